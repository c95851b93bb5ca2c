// tensor.h's views: thin wrappers over the engine's view methods (cpp/ops/view.cpp).
#include "capi/src/glue.h"
#include "ignis/tensor.h"

using namespace ignis;

#define VIEW(name, ...)                                                                            \
  constexpr const char* fn = "ignis_tensor_" #name;                                                \
  if (!out) return capi::null_out(fn, "out");                                                      \
  *out = nullptr;                                                                                  \
  IGNIS_CAPI_TRY                                                                                   \
  capi::Borrowed b = capi::tensor_arg(fn, "t", t);                                                 \
  const Tensor& x = b;                                                                             \
  *out = capi::leak(__VA_ARGS__);                                                                  \
  IGNIS_CAPI_CATCH

extern "C" {

IGNIS_API ignis_status ignis_tensor_view(const ignis_tensor* t, const int64_t* shape, size_t ndim,
                                         ignis_tensor** out){
    VIEW(view, x.view(capi::int_list_arg(fn, "shape", shape, ndim)))}

IGNIS_API ignis_status ignis_tensor_reshape(const ignis_tensor* t, const int64_t* shape,
                                            size_t ndim, ignis_tensor** out){
    VIEW(reshape, x.reshape(capi::int_list_arg(fn, "shape", shape, ndim)))}

IGNIS_API ignis_status
    ignis_tensor_transpose(const ignis_tensor* t, int64_t dim0, int64_t dim1,
                           ignis_tensor** out){VIEW(transpose, x.transpose(dim0, dim1))}

IGNIS_API ignis_status ignis_tensor_permute(const ignis_tensor* t, const int64_t* dims, size_t ndim,
                                            ignis_tensor** out){
    VIEW(permute, x.permute(capi::int_list_arg(fn, "dims", dims, ndim)))}

IGNIS_API ignis_status ignis_tensor_slice(const ignis_tensor* t, int64_t dim, const int64_t* start,
                                          const int64_t* end, int64_t step, ignis_tensor** out){
    VIEW(slice, x.slice(dim, capi::opt(start), capi::opt(end), step))}

IGNIS_API ignis_status ignis_tensor_select(const ignis_tensor* t, int64_t dim, int64_t index,
                                           ignis_tensor** out){VIEW(select, x.select(dim, index))}

IGNIS_API ignis_status ignis_tensor_expand(const ignis_tensor* t, const int64_t* shape, size_t ndim,
                                           ignis_tensor** out){
    VIEW(expand, x.expand(capi::int_list_arg(fn, "shape", shape, ndim)))}

IGNIS_API ignis_status
    ignis_tensor_squeeze(const ignis_tensor* t, const int64_t* dim,
                         ignis_tensor** out){VIEW(squeeze, dim ? x.squeeze(*dim) : x.squeeze())}

IGNIS_API ignis_status ignis_tensor_unsqueeze(const ignis_tensor* t, int64_t dim,
                                              ignis_tensor** out){VIEW(unsqueeze, x.unsqueeze(dim))}

IGNIS_API ignis_status ignis_tensor_flatten(const ignis_tensor* t, int64_t start_dim,
                                            int64_t end_dim, ignis_tensor** out) {
  VIEW(flatten, x.flatten(start_dim, end_dim))
}

}  // extern "C"
