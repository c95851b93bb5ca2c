// Seeded random draws for data loading (shuffles, splits, random transforms).
#pragma once

#include <cstdint>
#include <vector>

#include "tensor/generator.h"

namespace ignis::data {

// A random permutation of 0..n-1 (Fisher-Yates over Philox draws); gen null: the CPU default.
std::vector<int64_t> random_permutation(int64_t n, Generator* gen = nullptr);
// A uniform integer in [0, n) (n > 0).
int64_t random_below(int64_t n, Generator* gen = nullptr);
// A uniform double in [0, 1).
double random_unit(Generator* gen = nullptr);

}  // namespace ignis::data
