/* Ignis C API: io — named tensors to and from safetensors files (Hugging Face's format, which
 * PyTorch's safetensors package reads), with string metadata. Pure C11.
 *
 * Ownership: tensors and strings received are new references / malloc'ed copies the caller
 * frees (ignis_tensor_array_free, ignis_string_array_free).
 * Thread safety: any thread; two calls writing the same path at once leave one of the two
 * files. This header has no callbacks. */
#ifndef IGNIS_IO_H
#define IGNIS_IO_H

#include "ignis/tensor.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Writes count named tensors (any device, strides or dtype; stored row-major little-endian)
 * and n_metadata key/value strings to path, atomically: the file is either the old one or the
 * new one. Names must be unique, non-empty and not "__metadata__". IGNIS_ERROR_IO names the
 * file on failure. */
IGNIS_API ignis_status ignis_safetensors_save(const char* path, const char* const* names,
                                              const ignis_tensor* const* tensors, size_t count,
                                              const char* const* metadata_keys,
                                              const char* const* metadata_values,
                                              size_t n_metadata);
/* Reads every tensor of a safetensors file (CPU tensors; names sorted) into *names
 * (ignis_string_array_free) and *tensors (ignis_tensor_array_free), *count entries each, and
 * its metadata into *metadata_keys / *metadata_values (*n_metadata entries; pass NULL for all
 * three to skip it). A missing or corrupt file is IGNIS_ERROR_IO naming it and the problem. */
IGNIS_API ignis_status ignis_safetensors_load(const char* path, char*** names,
                                              ignis_tensor*** tensors, size_t* count,
                                              char*** metadata_keys, char*** metadata_values,
                                              size_t* n_metadata);

#ifdef __cplusplus
}
#endif

#endif /* IGNIS_IO_H */
