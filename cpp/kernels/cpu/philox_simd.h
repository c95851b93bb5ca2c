// Philox4x32-10 over many consecutive counters at once (kernels/cpu/philox_simd.cpp), with
// Highway vectors picked at run time: the random fills' hot loop, bit-identical to philox4x32.
#pragma once

#include <cstdint>

namespace ignis::cpu {

// For j < n: words[k * stride + j] = word k of philox4x32(key, counter + j) (subsequence 0),
// k = 0..3. stride >= n.
void philox_block(uint64_t key, uint64_t counter, int64_t n, uint32_t* words, int64_t stride);

}  // namespace ignis::cpu
