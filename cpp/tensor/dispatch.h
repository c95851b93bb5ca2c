// Dtype dispatch: runs a lambda with `scalar_t` bound to the C++ type of a runtime DType.
//   IGNIS_DISPATCH_ALL(t.dtype(), "fill_", [&] { fill<scalar_t>(...); });
// One macro per set of dtypes an op supports; unsupported dtypes raise DTypeError naming the op.
#pragma once

#include "tensor/dtype.h"
#include "tensor/error.h"

#define IGNIS_DTYPE_CASE(D, T, ...)                                                                \
  case ::ignis::DType::D: {                                                                        \
    using scalar_t = T;                                                                            \
    return __VA_ARGS__();                                                                          \
  }

#define IGNIS_DTYPE_FAIL(dtype, name, set)                                                         \
  default:                                                                                         \
    IGNIS_FAIL(DType, name, ": expected a tensor of dtype ", set, " but got ",                     \
               ::ignis::dtype_name(dtype));

// float32, float64, float16, bfloat16.
#define IGNIS_DISPATCH_FLOATING(dtype, name, ...)                                                  \
  [&] {                                                                                            \
    switch (dtype) {                                                                               \
      IGNIS_DTYPE_CASE(F32, float, __VA_ARGS__)                                                    \
      IGNIS_DTYPE_CASE(F64, double, __VA_ARGS__)                                                   \
      IGNIS_DTYPE_CASE(F16, ::ignis::Half, __VA_ARGS__)                                            \
      IGNIS_DTYPE_CASE(BF16, ::ignis::BFloat16, __VA_ARGS__)                                       \
      IGNIS_DTYPE_FAIL(dtype, name, "float16, bfloat16, float32 or float64")                       \
    }                                                                                              \
  }()

// uint8, int8, int16, int32, int64.
#define IGNIS_DISPATCH_INTEGRAL(dtype, name, ...)                                                  \
  [&] {                                                                                            \
    switch (dtype) {                                                                               \
      IGNIS_DTYPE_CASE(U8, uint8_t, __VA_ARGS__)                                                   \
      IGNIS_DTYPE_CASE(I8, int8_t, __VA_ARGS__)                                                    \
      IGNIS_DTYPE_CASE(I16, int16_t, __VA_ARGS__)                                                  \
      IGNIS_DTYPE_CASE(I32, int32_t, __VA_ARGS__)                                                  \
      IGNIS_DTYPE_CASE(I64, int64_t, __VA_ARGS__)                                                  \
      IGNIS_DTYPE_FAIL(dtype, name, "an integer type")                                             \
    }                                                                                              \
  }()

// Every numeric dtype (no bool).
#define IGNIS_DISPATCH_NUMERIC(dtype, name, ...)                                                   \
  [&] {                                                                                            \
    switch (dtype) {                                                                               \
      IGNIS_DTYPE_CASE(U8, uint8_t, __VA_ARGS__)                                                   \
      IGNIS_DTYPE_CASE(I8, int8_t, __VA_ARGS__)                                                    \
      IGNIS_DTYPE_CASE(I16, int16_t, __VA_ARGS__)                                                  \
      IGNIS_DTYPE_CASE(I32, int32_t, __VA_ARGS__)                                                  \
      IGNIS_DTYPE_CASE(I64, int64_t, __VA_ARGS__)                                                  \
      IGNIS_DTYPE_CASE(F32, float, __VA_ARGS__)                                                    \
      IGNIS_DTYPE_CASE(F64, double, __VA_ARGS__)                                                   \
      IGNIS_DTYPE_CASE(F16, ::ignis::Half, __VA_ARGS__)                                            \
      IGNIS_DTYPE_CASE(BF16, ::ignis::BFloat16, __VA_ARGS__)                                       \
      IGNIS_DTYPE_FAIL(dtype, name, "a numeric type (not bool)")                                   \
    }                                                                                              \
  }()

// Every dtype, bool included.
#define IGNIS_DISPATCH_ALL(dtype, name, ...)                                                       \
  [&] {                                                                                            \
    switch (dtype) {                                                                               \
      IGNIS_DTYPE_CASE(Bool, bool, __VA_ARGS__)                                                    \
      IGNIS_DTYPE_CASE(U8, uint8_t, __VA_ARGS__)                                                   \
      IGNIS_DTYPE_CASE(I8, int8_t, __VA_ARGS__)                                                    \
      IGNIS_DTYPE_CASE(I16, int16_t, __VA_ARGS__)                                                  \
      IGNIS_DTYPE_CASE(I32, int32_t, __VA_ARGS__)                                                  \
      IGNIS_DTYPE_CASE(I64, int64_t, __VA_ARGS__)                                                  \
      IGNIS_DTYPE_CASE(F32, float, __VA_ARGS__)                                                    \
      IGNIS_DTYPE_CASE(F64, double, __VA_ARGS__)                                                   \
      IGNIS_DTYPE_CASE(F16, ::ignis::Half, __VA_ARGS__)                                            \
      IGNIS_DTYPE_CASE(BF16, ::ignis::BFloat16, __VA_ARGS__)                                       \
      IGNIS_DTYPE_FAIL(dtype, name, "a supported type")                                            \
    }                                                                                              \
  }()
