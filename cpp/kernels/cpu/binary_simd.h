// Highway (runtime-dispatched) paths of the binary kernel for dense and broadcast-scalar runs of
// f32, f64, i32 and i64 (kernels/cpu/binary_simd.cpp).
#pragma once

#include <cstdint>
#include <type_traits>

#include "kernels/binary.h"

namespace ignis::cpu {

// True for the element types with a vector path.
template <typename T>
inline constexpr bool has_simd_v = std::is_same_v<T, float> || std::is_same_v<T, double> ||
                                   std::is_same_v<T, int32_t> || std::is_same_v<T, int64_t>;

// o[i] = op(a[i], b[i]) for i < n; mode 0: a and b dense, 1: b[0] broadcast, 2: a[0] broadcast.
// `alpha` (Add only; alpha_f for floats, alpha_i for integers). Returns false, touching nothing,
// when op has no vector path for this type (the caller then runs its scalar loop).
bool simd_binary(BinaryOp op, float* o, const float* a, const float* b, int64_t n, int mode,
                 double alpha_f, int64_t alpha_i);
bool simd_binary(BinaryOp op, double* o, const double* a, const double* b, int64_t n, int mode,
                 double alpha_f, int64_t alpha_i);
bool simd_binary(BinaryOp op, int32_t* o, const int32_t* a, const int32_t* b, int64_t n, int mode,
                 double alpha_f, int64_t alpha_i);
bool simd_binary(BinaryOp op, int64_t* o, const int64_t* a, const int64_t* b, int64_t n, int mode,
                 double alpha_f, int64_t alpha_i);

// o[i] = a[i] <cmp> b[i] for the comparisons Eq..Ge (same modes); false for any other op.
bool simd_compare(BinaryOp op, bool* o, const float* a, const float* b, int64_t n, int mode);
bool simd_compare(BinaryOp op, bool* o, const double* a, const double* b, int64_t n, int mode);
bool simd_compare(BinaryOp op, bool* o, const int32_t* a, const int32_t* b, int64_t n, int mode);
bool simd_compare(BinaryOp op, bool* o, const int64_t* a, const int64_t* b, int64_t n, int mode);

}  // namespace ignis::cpu
