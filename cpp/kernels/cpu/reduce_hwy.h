// Highway fast paths of the CPU reductions over contiguous float32 runs (runtime dispatch to
// the best SIMD target of the machine; reduce_hwy.cpp).
#pragma once

#include <cstdint>
#include <utility>

namespace ignis::cpu {

// Sum of p[0..n): float32 partial sums over blocks of 1024 elements, added in double.
double hwy_sum_f32(const float* p, int64_t n);
// Largest / smallest of p[0..n) (nan when any element is nan; -inf / inf when n == 0).
float hwy_max_f32(const float* p, int64_t n);
float hwy_min_f32(const float* p, int64_t n);
// The first largest (is_max) or smallest element of p[0..n) (n > 0) and its index; nan counts
// as the extreme.
std::pair<float, int64_t> hwy_argext_f32(const float* p, int64_t n, bool is_max);

}  // namespace ignis::cpu
