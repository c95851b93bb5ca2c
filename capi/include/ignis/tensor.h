/* Ignis C API: tensors — handles, creation, geometry, data access, conversion, factories,
 * DLPack. Pure C11.
 *
 * Ownership: every ignis_tensor* a function hands out through an out-parameter is a new
 * reference the caller owns and ends with ignis_tensor_release. Inputs are borrowed for the
 * call. Borrowed data (ignis_tensor_data) lives as long as the handle.
 * Thread safety: a handle may be retained, released and read from any thread at once; a
 * tensor must not be written (in-place ops, set_requires_grad, backward into its .grad) while
 * another thread uses it. Functions without state of their own may be called from any thread. */
#ifndef IGNIS_TENSOR_H
#define IGNIS_TENSOR_H

#include "ignis/core.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Opaque refcounted tensor; used only through pointers. */
typedef struct ignis_tensor ignis_tensor;
/* DLPack's managed tensor (include <dlpack/dlpack.h> to use it). */
struct DLManagedTensor;

/* Called once when the last view of from_blob memory goes away, on the releasing thread. */
typedef void (*ignis_deleter_fn)(void* data, void* user_data);

/* ---- lifetime ---- */

/* Adds a reference to t and returns t (NULL-safe); any thread. */
IGNIS_API ignis_tensor* ignis_tensor_retain(ignis_tensor* t);
/* Drops the caller's reference to t, freeing it with the last one (NULL-safe); any thread. */
IGNIS_API void ignis_tensor_release(ignis_tensor* t);
/* Releases count handles of an array the library returned, then frees the array (NULL-safe). */
IGNIS_API void ignis_tensor_array_free(ignis_tensor** tensors, size_t count);

/* ---- creation ---- */

/* New CPU tensor holding a copy of nbytes of row-major data (nbytes must equal numel * itemsize;
 * data may be NULL when that is 0); *out is owned by the caller; any thread. */
IGNIS_API ignis_status ignis_tensor_from_data(const void* data, size_t nbytes,
                                              const int64_t* shape, size_t ndim,
                                              ignis_dtype dtype, ignis_tensor** out);
/* Wraps caller memory without copying (strides in elements, NULL = row-major). On success the
 * tensor owns the memory and calls deleter(data, user_data) (deleter may be NULL) when its last
 * view goes away; on failure nothing is taken and the deleter is never called. Any thread. */
IGNIS_API ignis_status ignis_tensor_from_blob(void* data, const int64_t* shape,
                                              const int64_t* strides, size_t ndim,
                                              ignis_dtype dtype, ignis_device device,
                                              ignis_deleter_fn deleter, void* user_data,
                                              ignis_tensor** out);

/* ---- geometry and metadata (read-only; any thread) ---- */

/* Number of dimensions; -1 (with an error message) when t is NULL. */
IGNIS_API int64_t ignis_tensor_ndim(const ignis_tensor* t);
/* Number of elements; -1 (with an error message) when t is NULL. */
IGNIS_API int64_t ignis_tensor_numel(const ignis_tensor* t);
/* Copies the ndim sizes into out (capacity elements, at least ndim). */
IGNIS_API ignis_status ignis_tensor_shape(const ignis_tensor* t, int64_t* out, size_t capacity);
/* Copies the ndim strides (in elements) into out (capacity elements, at least ndim). */
IGNIS_API ignis_status ignis_tensor_strides(const ignis_tensor* t, int64_t* out,
                                            size_t capacity);
/* The element type into *out. */
IGNIS_API ignis_status ignis_tensor_dtype(const ignis_tensor* t, ignis_dtype* out);
/* The device into *out. */
IGNIS_API ignis_status ignis_tensor_device(const ignis_tensor* t, ignis_device* out);
/* 1 into *out when the elements are row-major and dense, else 0. */
IGNIS_API ignis_status ignis_tensor_is_contiguous(const ignis_tensor* t, int32_t* out);

/* ---- data ---- */

/* Borrowed address of element 0 of a CPU tensor (strided as ignis_tensor_strides says); valid
 * while the handle lives; device error for CUDA tensors. */
IGNIS_API ignis_status ignis_tensor_data(const ignis_tensor* t, void** out);
/* Copies the elements, row-major, into a caller buffer of nbytes bytes (must equal
 * numel * itemsize; any device and layout). */
IGNIS_API ignis_status ignis_tensor_copy_to(const ignis_tensor* t, void* buffer, size_t nbytes);
/* PyTorch-style text ("tensor([1., 2.])") into *out; the caller frees it with
 * ignis_string_free. */
IGNIS_API ignis_status ignis_tensor_to_string(const ignis_tensor* t, char** out);
/* The single element converted to double; invalid argument unless numel == 1. */
IGNIS_API ignis_status ignis_tensor_item_double(const ignis_tensor* t, double* out);
/* The single element converted to int64 (floats truncate); invalid argument unless numel == 1. */
IGNIS_API ignis_status ignis_tensor_item_int64(const ignis_tensor* t, int64_t* out);

/* ---- conversion and copies (each *out is a new reference the caller owns) ---- */

/* t converted to dtype on device (t itself, retained, when nothing changes and copy is 0). */
IGNIS_API ignis_status ignis_tensor_to(const ignis_tensor* t, ignis_dtype dtype,
                                       ignis_device device, int32_t copy, ignis_tensor** out);
/* t itself (retained) when contiguous, else a contiguous copy. */
IGNIS_API ignis_status ignis_tensor_contiguous(const ignis_tensor* t, ignis_tensor** out);
/* A copy with its own memory (history is recorded). */
IGNIS_API ignis_status ignis_tensor_clone(const ignis_tensor* t, ignis_tensor** out);
/* A view sharing t's memory, cut from history (requires_grad 0). */
IGNIS_API ignis_status ignis_tensor_detach(const ignis_tensor* t, ignis_tensor** out);
/* Copies src into dst in place (broadcasting, converting dtype and device). */
IGNIS_API ignis_status ignis_tensor_copy_(ignis_tensor* dst, const ignis_tensor* src);

/* ---- views (each *out shares t's memory and is a new reference the caller owns) ---- */

/* t with a new shape of the same numel (one size may be -1); t must be viewable. */
IGNIS_API ignis_status ignis_tensor_view(const ignis_tensor* t, const int64_t* shape, size_t ndim,
                                         ignis_tensor** out);
/* t with a new shape: a view when possible, else a copy. */
IGNIS_API ignis_status ignis_tensor_reshape(const ignis_tensor* t, const int64_t* shape,
                                            size_t ndim, ignis_tensor** out);
/* Swaps dims dim0 and dim1 (negative dims count from the end). */
IGNIS_API ignis_status ignis_tensor_transpose(const ignis_tensor* t, int64_t dim0, int64_t dim1,
                                              ignis_tensor** out);
/* Reorders the dims (ndim entries, a permutation). */
IGNIS_API ignis_status ignis_tensor_permute(const ignis_tensor* t, const int64_t* dims,
                                            size_t ndim, ignis_tensor** out);
/* Elements start, start+step, ... below end along dim (start/end NULL = the whole range). */
IGNIS_API ignis_status ignis_tensor_slice(const ignis_tensor* t, int64_t dim, const int64_t* start,
                                          const int64_t* end, int64_t step, ignis_tensor** out);
/* The slice at index along dim, with that dim removed. */
IGNIS_API ignis_status ignis_tensor_select(const ignis_tensor* t, int64_t dim, int64_t index,
                                           ignis_tensor** out);
/* Broadcasts t to shape (-1 keeps a size). */
IGNIS_API ignis_status ignis_tensor_expand(const ignis_tensor* t, const int64_t* shape,
                                           size_t ndim, ignis_tensor** out);
/* Removes size-1 dims: dim NULL removes all, else only *dim. */
IGNIS_API ignis_status ignis_tensor_squeeze(const ignis_tensor* t, const int64_t* dim,
                                            ignis_tensor** out);
/* Inserts a size-1 dim at dim. */
IGNIS_API ignis_status ignis_tensor_unsqueeze(const ignis_tensor* t, int64_t dim,
                                              ignis_tensor** out);
/* Merges dims start_dim..end_dim into one. */
IGNIS_API ignis_status ignis_tensor_flatten(const ignis_tensor* t, int64_t start_dim,
                                            int64_t end_dim, ignis_tensor** out);

/* ---- factories (device CPU or CUDA; each *out is a new reference the caller owns) ---- */

/* Uninitialized tensor of the given shape. */
IGNIS_API ignis_status ignis_empty(const int64_t* shape, size_t ndim, ignis_dtype dtype,
                                   ignis_device device, ignis_tensor** out);
/* Tensor of zeros. */
IGNIS_API ignis_status ignis_zeros(const int64_t* shape, size_t ndim, ignis_dtype dtype,
                                   ignis_device device, ignis_tensor** out);
/* Tensor of ones. */
IGNIS_API ignis_status ignis_ones(const int64_t* shape, size_t ndim, ignis_dtype dtype,
                                  ignis_device device, ignis_tensor** out);
/* Tensor filled with value. */
IGNIS_API ignis_status ignis_full(const int64_t* shape, size_t ndim, ignis_scalar value,
                                  ignis_dtype dtype, ignis_device device, ignis_tensor** out);
/* 1-D tensor start, start+step, ... below end. */
IGNIS_API ignis_status ignis_arange(ignis_scalar start, ignis_scalar end, ignis_scalar step,
                                    ignis_dtype dtype, ignis_device device, ignis_tensor** out);
/* 1-D tensor of steps values evenly spaced from start to end inclusive. */
IGNIS_API ignis_status ignis_linspace(double start, double end, int64_t steps,
                                      ignis_dtype dtype, ignis_device device, ignis_tensor** out);
/* n x m identity matrix (m < 0 means m = n). */
IGNIS_API ignis_status ignis_eye(int64_t n, int64_t m, ignis_dtype dtype, ignis_device device,
                                 ignis_tensor** out);
/* Uniform samples in [0, 1). seed NULL draws from the default generator (ignis_manual_seed);
 * a seed draws from a fresh generator seeded with *seed (reproducible, thread-independent). */
IGNIS_API ignis_status ignis_rand(const int64_t* shape, size_t ndim, ignis_dtype dtype,
                                  ignis_device device, const uint64_t* seed, ignis_tensor** out);
/* Standard normal samples; seed as for ignis_rand. */
IGNIS_API ignis_status ignis_randn(const int64_t* shape, size_t ndim, ignis_dtype dtype,
                                   ignis_device device, const uint64_t* seed, ignis_tensor** out);
/* Integers uniform in [low, high); seed as for ignis_rand. */
IGNIS_API ignis_status ignis_randint(int64_t low, int64_t high, const int64_t* shape,
                                     size_t ndim, ignis_dtype dtype, ignis_device device,
                                     const uint64_t* seed, ignis_tensor** out);

/* ---- DLPack (DLPack 0.6 structs; bool travels as code 6, bits 8, as DLPack >= 0.8 has it) ---- */

/* Exports t without copying; the caller owns *out and ends it by calling (*out)->deleter(*out),
 * which releases the tensor (any thread). */
IGNIS_API ignis_status ignis_tensor_to_dlpack(const ignis_tensor* t,
                                              struct DLManagedTensor** out);
/* Imports src without copying. On success the tensor owns src and calls src->deleter when its
 * last view goes away; on failure the caller still owns src. CPU memory always; CUDA memory
 * only when CUDA is available (else a device error); other devices and dtypes are errors. */
IGNIS_API ignis_status ignis_tensor_from_dlpack(struct DLManagedTensor* src, ignis_tensor** out);

#ifdef __cplusplus
}
#endif

#endif /* IGNIS_TENSOR_H */
