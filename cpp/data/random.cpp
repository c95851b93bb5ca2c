// Host-side draws from a Generator's Philox stream, reserved per call so threads never collide.
#include "data/random.h"

#include "tensor/philox.h"

namespace ignis::data {

namespace {

Generator& pick(Generator* gen) { return gen ? *gen : default_generator(kCPU); }

uint64_t u64_at(const PhiloxState& s, uint64_t i) {
  Philox4 r = philox4x32(s.seed, s.offset + i);
  return (static_cast<uint64_t>(r.v[0]) << 32) | r.v[1];
}

// Unbiased enough: 64 random bits reduced modulo n < 2^63 (bias below 2^-1 per 2^63/n).
uint64_t below(uint64_t x, uint64_t n) {
  return static_cast<uint64_t>((static_cast<unsigned __int128>(x) * n) >> 64);
}

}  // namespace

std::vector<int64_t> random_permutation(int64_t n, Generator* gen) {
  std::vector<int64_t> p(static_cast<size_t>(n > 0 ? n : 0));
  for (int64_t i = 0; i < n; ++i) p[static_cast<size_t>(i)] = i;
  if (n < 2) return p;
  PhiloxState s = pick(gen).reserve(static_cast<uint64_t>(n));
  for (int64_t i = n - 1; i > 0; --i) {
    auto j = static_cast<int64_t>(
        below(u64_at(s, static_cast<uint64_t>(i)), static_cast<uint64_t>(i + 1)));
    std::swap(p[static_cast<size_t>(i)], p[static_cast<size_t>(j)]);
  }
  return p;
}

int64_t random_below(int64_t n, Generator* gen) {
  PhiloxState s = pick(gen).reserve(1);
  return static_cast<int64_t>(below(u64_at(s, 0), static_cast<uint64_t>(n)));
}

double random_unit(Generator* gen) {
  PhiloxState s = pick(gen).reserve(1);
  Philox4 r = philox4x32(s.seed, s.offset);
  return uint_to_unit_double(r.v[0], r.v[1]);
}

}  // namespace ignis::data
