// Philox4x32-10 counter-based generator (Salmon et al., SC'11): 4 random uint32 per
// (key, counter) with no state between draws, so any element can be drawn independently.
#pragma once

#include <cstdint>

#include "tensor/half.h"  // IGNIS_HOST_DEVICE

namespace ignis {

struct Philox4 {
  uint32_t v[4];
};

IGNIS_HOST_DEVICE inline Philox4 philox4x32(uint64_t key, uint64_t counter,
                                            uint64_t subsequence = 0) {
  uint32_t c0 = static_cast<uint32_t>(counter), c1 = static_cast<uint32_t>(counter >> 32);
  uint32_t c2 = static_cast<uint32_t>(subsequence), c3 = static_cast<uint32_t>(subsequence >> 32);
  uint32_t k0 = static_cast<uint32_t>(key), k1 = static_cast<uint32_t>(key >> 32);
  for (int r = 0; r < 10; ++r) {
    uint64_t p0 = static_cast<uint64_t>(0xD2511F53u) * c0;
    uint64_t p1 = static_cast<uint64_t>(0xCD9E8D57u) * c2;
    uint32_t n0 = static_cast<uint32_t>(p1 >> 32) ^ c1 ^ k0;
    uint32_t n2 = static_cast<uint32_t>(p0 >> 32) ^ c3 ^ k1;
    c1 = static_cast<uint32_t>(p1);
    c3 = static_cast<uint32_t>(p0);
    c0 = n0;
    c2 = n2;
    k0 += 0x9E3779B9u;
    k1 += 0xBB67AE85u;
  }
  return {{c0, c1, c2, c3}};
}

// Uniform float in [0, 1) from 24 random bits.
IGNIS_HOST_DEVICE inline float uint_to_unit_float(uint32_t x) {
  return static_cast<float>(x >> 8) * (1.0f / 16777216.0f);
}
// Uniform double in [0, 1) from 53 random bits.
IGNIS_HOST_DEVICE inline double uint_to_unit_double(uint32_t hi, uint32_t lo) {
  uint64_t x = (static_cast<uint64_t>(hi) << 32 | lo) >> 11;
  return static_cast<double>(x) * (1.0 / 9007199254740992.0);
}

// A 32-bit draw u is a success of Bernoulli(p) when u < bernoulli_threshold(p) (= p * 2^32, so
// P(success) = p to within 2^-32; p = 1 gives 2^32 and always succeeds). Same on host and device.
IGNIS_HOST_DEVICE inline uint64_t bernoulli_threshold(double p) {
  return static_cast<uint64_t>(p * 4294967296.0);
}

}  // namespace ignis
