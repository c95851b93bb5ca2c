// Philox4x32-10 over many consecutive counters at once (kernels/cpu/philox_simd.cpp), with
// Highway vectors picked at run time: the random fills' hot loop, bit-identical to philox4x32.
#pragma once

#include <cstdint>

namespace ignis::cpu {

// For j < n: words[4 * j + k] = word k of philox4x32(key, counter + j) (subsequence 0), k = 0..3:
// the words in the order the scalar-p fills consume them (element i reads word i).
void philox_block(uint64_t key, uint64_t counter, int64_t n, uint32_t* words);

}  // namespace ignis::cpu
