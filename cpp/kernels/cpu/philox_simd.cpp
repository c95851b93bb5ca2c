// Highway path of philox_block (declared in philox_simd.h). Each 64-bit lane carries one
// counter's 32-bit words in its low half, so MulEven gives the rounds' full 32x32->64 products;
// the scalar tail calls philox4x32 itself. Results equal philox4x32 for every counter.
#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "kernels/cpu/philox_simd.cpp"
#include "kernels/cpu/philox_simd.h"

#include <hwy/foreach_target.h>  // IWYU pragma: keep
#include <hwy/highway.h>

#include "tensor/philox.h"

HWY_BEFORE_NAMESPACE();
namespace ignis::cpu::HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

void PhiloxBlock(uint64_t key, uint64_t counter, int64_t n, uint32_t* words) {
  int64_t j = 0;
#if HWY_TARGET != HWY_SCALAR  // one-lane vectors cannot split a u64 into u32 halves
  const hn::ScalableTag<uint64_t> d;
  const hn::Repartition<uint32_t, decltype(d)> d32;
  const size_t N = hn::Lanes(d);
  const auto lo = hn::Set(d, 0xFFFFFFFFull);
  const auto m0 = hn::BitCast(d32, hn::Set(d, 0xD2511F53ull));
  const auto m1 = hn::BitCast(d32, hn::Set(d, 0xCD9E8D57ull));
  HWY_ALIGN uint64_t out[4][hn::MaxLanes(d)];
  for (; j + static_cast<int64_t>(N) <= n; j += static_cast<int64_t>(N)) {
    const auto ctr = hn::Add(hn::Set(d, counter + static_cast<uint64_t>(j)), hn::Iota(d, 0));
    auto c0 = hn::And(ctr, lo), c1 = hn::ShiftRight<32>(ctr);
    auto c2 = hn::Zero(d), c3 = hn::Zero(d);
    uint32_t k0 = static_cast<uint32_t>(key), k1 = static_cast<uint32_t>(key >> 32);
    for (int r = 0; r < 10; ++r) {
      const auto p0 = hn::MulEven(hn::BitCast(d32, c0), m0);
      const auto p1 = hn::MulEven(hn::BitCast(d32, c2), m1);
      const auto n0 = hn::Xor(hn::Xor(hn::ShiftRight<32>(p1), c1), hn::Set(d, uint64_t{k0}));
      const auto n2 = hn::Xor(hn::Xor(hn::ShiftRight<32>(p0), c3), hn::Set(d, uint64_t{k1}));
      c1 = hn::And(p1, lo);
      c3 = hn::And(p0, lo);
      c0 = n0;
      c2 = n2;
      k0 += 0x9E3779B9u;
      k1 += 0xBB67AE85u;
    }
    hn::Store(c0, d, out[0]);
    hn::Store(c1, d, out[1]);
    hn::Store(c2, d, out[2]);
    hn::Store(c3, d, out[3]);
    for (int k = 0; k < 4; ++k)
      for (size_t l = 0; l < N; ++l)
        words[4 * (j + static_cast<int64_t>(l)) + k] = static_cast<uint32_t>(out[k][l]);
  }
#endif
  for (; j < n; ++j) {
    Philox4 r = philox4x32(key, counter + static_cast<uint64_t>(j));
    for (int k = 0; k < 4; ++k) words[4 * j + k] = r.v[k];
  }
}

}  // namespace ignis::cpu::HWY_NAMESPACE
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
namespace ignis::cpu {

HWY_EXPORT(PhiloxBlock);

void philox_block(uint64_t key, uint64_t counter, int64_t n, uint32_t* words) {
  HWY_DYNAMIC_DISPATCH(PhiloxBlock)(key, counter, n, words);
}

}  // namespace ignis::cpu
#endif  // HWY_ONCE
