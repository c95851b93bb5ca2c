// Highway kernels behind reduce_hwy.h: compiled once per SIMD target, dispatched at run time.
#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "kernels/cpu/reduce_hwy.cpp"
#include "kernels/cpu/reduce_hwy.h"

#include <cmath>
#include <limits>
#include <vector>

#include <hwy/foreach_target.h>  // IWYU pragma: keep
#include <hwy/highway.h>

#include "tensor/parallel.h"

HWY_BEFORE_NAMESPACE();
namespace ignis::cpu {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

double SumF32(const float* p, int64_t n) {
  const hn::ScalableTag<float> d;
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  constexpr int64_t kBlock = 1024;
  double total = 0;
  int64_t i = 0;
  for (; i + kBlock <= n && kBlock % (4 * N) == 0; i += kBlock) {
    auto a0 = hn::Zero(d), a1 = hn::Zero(d), a2 = hn::Zero(d), a3 = hn::Zero(d);
    for (int64_t j = i; j < i + kBlock; j += 4 * N) {
      a0 = hn::Add(a0, hn::LoadU(d, p + j));
      a1 = hn::Add(a1, hn::LoadU(d, p + j + N));
      a2 = hn::Add(a2, hn::LoadU(d, p + j + 2 * N));
      a3 = hn::Add(a3, hn::LoadU(d, p + j + 3 * N));
    }
    total += hn::GetLane(hn::SumOfLanes(d, hn::Add(hn::Add(a0, a1), hn::Add(a2, a3))));
  }
  auto a = hn::Zero(d);
  for (; i + N <= n; i += N) a = hn::Add(a, hn::LoadU(d, p + i));
  double tail = hn::GetLane(hn::SumOfLanes(d, a));
  for (; i < n; ++i) tail += p[i];
  return total + tail;
}

// kMax: largest, else smallest; nan when any element is nan.
template <bool kMax>
float ExtF32(const float* p, int64_t n) {
  const hn::ScalableTag<float> d;
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  const float init =
      kMax ? -std::numeric_limits<float>::infinity() : std::numeric_limits<float>::infinity();
  auto a0 = hn::Set(d, init), a1 = a0, a2 = a0, a3 = a0;
  auto nan = hn::Zero(d);  // lanes with all bits set where a nan was seen (Ne is ordered on x86)
  auto ext = [](auto a, auto b) { return kMax ? hn::Max(a, b) : hn::Min(a, b); };
  int64_t i = 0;
  for (; i + 4 * N <= n; i += 4 * N) {
    auto v0 = hn::LoadU(d, p + i), v1 = hn::LoadU(d, p + i + N);
    auto v2 = hn::LoadU(d, p + i + 2 * N), v3 = hn::LoadU(d, p + i + 3 * N);
    a0 = ext(a0, v0);
    a1 = ext(a1, v1);
    a2 = ext(a2, v2);
    a3 = ext(a3, v3);
    auto u = hn::Or(hn::Or(hn::VecFromMask(d, hn::Not(hn::Eq(v0, v0))),
                           hn::VecFromMask(d, hn::Not(hn::Eq(v1, v1)))),
                    hn::Or(hn::VecFromMask(d, hn::Not(hn::Eq(v2, v2))),
                           hn::VecFromMask(d, hn::Not(hn::Eq(v3, v3)))));
    nan = hn::Or(nan, u);
  }
  for (; i + N <= n; i += N) {
    auto v = hn::LoadU(d, p + i);
    a0 = ext(a0, v);
    nan = hn::Or(nan, hn::VecFromMask(d, hn::Not(hn::Eq(v, v))));
  }
  if (!hn::AllFalse(d, hn::MaskFromVec(nan))) return std::numeric_limits<float>::quiet_NaN();
  a0 = ext(ext(a0, a1), ext(a2, a3));
  float r = hn::GetLane(kMax ? hn::MaxOfLanes(d, a0) : hn::MinOfLanes(d, a0));
  for (; i < n; ++i) {
    if (std::isnan(p[i])) return p[i];
    r = kMax ? (p[i] > r ? p[i] : r) : (p[i] < r ? p[i] : r);
  }
  return r;
}
float MaxF32(const float* p, int64_t n) { return ExtF32<true>(p, n); }
float MinF32(const float* p, int64_t n) { return ExtF32<false>(p, n); }

// Index of the first element equal to v in p[0..n), or -1.
int64_t FindEqF32(const float* p, int64_t n, float v) {
  const hn::ScalableTag<float> d;
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  const auto vv = hn::Set(d, v);
  int64_t i = 0;
  for (; i + N <= n; i += N) {
    intptr_t k = hn::FindFirstTrue(d, hn::Eq(hn::LoadU(d, p + i), vv));
    if (k >= 0) return i + k;
  }
  for (; i < n; ++i)
    if (p[i] == v) return i;
  return -1;
}

}  // namespace HWY_NAMESPACE
}  // namespace ignis::cpu
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
namespace ignis::cpu {

HWY_EXPORT(SumF32);
HWY_EXPORT(MaxF32);
HWY_EXPORT(MinF32);
HWY_EXPORT(FindEqF32);

double hwy_sum_f32(const float* p, int64_t n) { return HWY_DYNAMIC_DISPATCH(SumF32)(p, n); }
float hwy_max_f32(const float* p, int64_t n) { return HWY_DYNAMIC_DISPATCH(MaxF32)(p, n); }
float hwy_min_f32(const float* p, int64_t n) { return HWY_DYNAMIC_DISPATCH(MinF32)(p, n); }

std::pair<float, int64_t> hwy_argext_f32(const float* p, int64_t n, bool is_max) {
  // Two passes, each split across threads: the extreme, then its first position.
  int nt = n < 4 * kGrainSize || in_parallel_region() ? 1 : get_num_threads();
  int64_t chunk = (n + nt - 1) / nt;
  std::vector<float> ext(nt, std::numeric_limits<float>::quiet_NaN());
  auto reduce_chunks = [&](auto&& f) {
    parallel_for(0, nt, 1, [&](int64_t b, int64_t e) {
      for (int64_t c = b; c < e; ++c) {
        int64_t lo = c * chunk, len = std::min(chunk, n - lo);
        if (len > 0) f(c, lo, len);
      }
    });
  };
  reduce_chunks([&](int64_t c, int64_t lo, int64_t len) {
    ext[c] = is_max ? hwy_max_f32(p + lo, len) : hwy_min_f32(p + lo, len);
  });
  float m = ext[0];
  for (int c = 1; c < nt && !std::isnan(m); ++c)
    if (chunk * c < n)
      m = std::isnan(ext[c]) ? ext[c] : is_max ? std::max(m, ext[c]) : std::min(m, ext[c]);
  if (std::isnan(m)) {
    for (int64_t i = 0; i < n; ++i)
      if (std::isnan(p[i])) return {p[i], i};
  }
  std::vector<int64_t> pos(nt, -1);
  reduce_chunks([&](int64_t c, int64_t lo, int64_t len) {
    int64_t k = HWY_DYNAMIC_DISPATCH(FindEqF32)(p + lo, len, m);
    pos[c] = k < 0 ? -1 : lo + k;
  });
  for (int c = 0; c < nt; ++c)
    if (pos[c] >= 0) return {m, pos[c]};
  return {m, 0};
}

}  // namespace ignis::cpu
#endif
