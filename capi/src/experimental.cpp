// experimental.h: functions outside the ABI promise.
#include "ignis/experimental.h"

#include "capi/src/glue.h"

extern "C" {

IGNIS_API int64_t ignis_experimental_tensor_use_count(const ignis_tensor* t) {
  return t ? ignis::capi::impl(t)->use_count() : -1;
}

IGNIS_API ignis_status ignis_experimental_set_default_dtype(ignis_dtype dtype) {
  IGNIS_CAPI_TRY
  ignis::DType d = ignis::capi::dtype_arg("ignis_experimental_set_default_dtype", "dtype", dtype);
  IGNIS_CHECK(d == ignis::DType::F32 || d == ignis::DType::F64, DType,
              "ignis_experimental_set_default_dtype: expected float32 or float64 but got ",
              ignis::dtype_name(d));
  ignis::set_default_float_dtype(d);
  IGNIS_CAPI_CATCH
}

}  // extern "C"
