// Highway kernels behind nn_hwy.h: compiled once per SIMD target, dispatched at run time.
#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "kernels/cpu/nn_hwy.cpp"
#include "kernels/cpu/nn_hwy.h"

#include <cmath>
#include <limits>

#include <hwy/foreach_target.h>  // IWYU pragma: keep
#include <hwy/highway.h>
// Exp per target; must follow highway.h (clang-format: keep this block separate).
#include <hwy/contrib/math/math-inl.h>

HWY_BEFORE_NAMESPACE();
namespace ignis::cpu {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

float RowMax(const float* x, int64_t n) {
  const hn::ScalableTag<float> d;
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  auto m0 = hn::Set(d, -std::numeric_limits<float>::infinity()), m1 = m0;
  int64_t i = 0;
  for (; i + 2 * N <= n; i += 2 * N) {
    m0 = hn::Max(m0, hn::LoadU(d, x + i));
    m1 = hn::Max(m1, hn::LoadU(d, x + i + N));
  }
  for (; i + N <= n; i += N) m0 = hn::Max(m0, hn::LoadU(d, x + i));
  float m = hn::GetLane(hn::MaxOfLanes(d, hn::Max(m0, m1)));
  for (; i < n; ++i) {
    if (std::isnan(x[i])) return x[i];
    m = x[i] > m ? x[i] : m;
  }
  return m;
}

// sum(exp(x - m)); stores the exponentials to out when out is not null.
float SumExp(float* out, const float* x, int64_t n, float m) {
  const hn::ScalableTag<float> d;
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  const auto vm = hn::Set(d, m);
  auto s0 = hn::Zero(d), s1 = hn::Zero(d);
  int64_t i = 0;
  for (; i + 2 * N <= n; i += 2 * N) {
    auto e0 = hn::Exp(d, hn::Sub(hn::LoadU(d, x + i), vm));
    auto e1 = hn::Exp(d, hn::Sub(hn::LoadU(d, x + i + N), vm));
    if (out) {
      hn::StoreU(e0, d, out + i);
      hn::StoreU(e1, d, out + i + N);
    }
    s0 = hn::Add(s0, e0);
    s1 = hn::Add(s1, e1);
  }
  for (; i + N <= n; i += N) {
    auto e0 = hn::Exp(d, hn::Sub(hn::LoadU(d, x + i), vm));
    if (out) hn::StoreU(e0, d, out + i);
    s0 = hn::Add(s0, e0);
  }
  float s = hn::GetLane(hn::SumOfLanes(d, hn::Add(s0, s1)));
  for (; i < n; ++i) {
    float e = std::exp(x[i] - m);
    if (out) out[i] = e;
    s += e;
  }
  return s;
}

void SoftmaxRow(float* out, const float* x, int64_t n, bool log) {
  const hn::ScalableTag<float> d;
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  float m = RowMax(x, n);
  if (std::isinf(m) && m < 0) m = 0;  // all -inf: exp gives 0s and the result nan, as torch
  int64_t i = 0;
  if (log) {
    const float shift = m + std::log(SumExp(nullptr, x, n, m));
    const auto vs = hn::Set(d, shift);
    for (; i + N <= n; i += N) hn::StoreU(hn::Sub(hn::LoadU(d, x + i), vs), d, out + i);
    for (; i < n; ++i) out[i] = x[i] - shift;
  } else {
    const float inv = 1.0f / SumExp(out, x, n, m);
    const auto vi = hn::Set(d, inv);
    for (; i + N <= n; i += N) hn::StoreU(hn::Mul(hn::LoadU(d, out + i), vi), d, out + i);
    for (; i < n; ++i) out[i] *= inv;
  }
}

float LogSumExpRow(const float* x, int64_t n) {
  float m = RowMax(x, n);
  if (std::isinf(m)) return m;
  return m + std::log(SumExp(nullptr, x, n, m));
}

void NormRow(float* out, const float* x, const float* w, const float* b, int64_t n, float eps,
             bool rms) {
  const hn::ScalableTag<float> d;
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  float mean = 0;
  int64_t i = 0;
  if (!rms) {
    auto s0 = hn::Zero(d), s1 = hn::Zero(d);
    for (; i + 2 * N <= n; i += 2 * N) {
      s0 = hn::Add(s0, hn::LoadU(d, x + i));
      s1 = hn::Add(s1, hn::LoadU(d, x + i + N));
    }
    for (; i + N <= n; i += N) s0 = hn::Add(s0, hn::LoadU(d, x + i));
    float s = hn::GetLane(hn::SumOfLanes(d, hn::Add(s0, s1)));
    for (; i < n; ++i) s += x[i];
    mean = s / static_cast<float>(n);
  }
  const auto vm = hn::Set(d, mean);
  auto q0 = hn::Zero(d), q1 = hn::Zero(d);
  i = 0;
  for (; i + 2 * N <= n; i += 2 * N) {
    auto a = hn::Sub(hn::LoadU(d, x + i), vm), c = hn::Sub(hn::LoadU(d, x + i + N), vm);
    q0 = hn::MulAdd(a, a, q0);
    q1 = hn::MulAdd(c, c, q1);
  }
  for (; i + N <= n; i += N) {
    auto a = hn::Sub(hn::LoadU(d, x + i), vm);
    q0 = hn::MulAdd(a, a, q0);
  }
  float q = hn::GetLane(hn::SumOfLanes(d, hn::Add(q0, q1)));
  for (; i < n; ++i) q += (x[i] - mean) * (x[i] - mean);
  const float rstd = 1.0f / std::sqrt(q / static_cast<float>(n) + eps);
  const auto vr = hn::Set(d, rstd);
  i = 0;
  for (; i + N <= n; i += N) {
    auto y = hn::Mul(hn::Sub(hn::LoadU(d, x + i), vm), vr);
    if (w) y = hn::Mul(y, hn::LoadU(d, w + i));
    if (b) y = hn::Add(y, hn::LoadU(d, b + i));
    hn::StoreU(y, d, out + i);
  }
  for (; i < n; ++i) {
    float y = (x[i] - mean) * rstd;
    if (w) y *= w[i];
    if (b) y += b[i];
    out[i] = y;
  }
}

}  // namespace HWY_NAMESPACE
}  // namespace ignis::cpu
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
namespace ignis::cpu {
HWY_EXPORT(SoftmaxRow);
HWY_EXPORT(NormRow);
HWY_EXPORT(LogSumExpRow);

void softmax_row_f32(float* out, const float* x, int64_t n, bool log) {
  HWY_DYNAMIC_DISPATCH(SoftmaxRow)(out, x, n, log);
}
void norm_row_f32(float* out, const float* x, const float* w, const float* b, int64_t n, float eps,
                  bool rms) {
  HWY_DYNAMIC_DISPATCH(NormRow)(out, x, w, b, n, eps, rms);
}
float logsumexp_row_f32(const float* x, int64_t n) {
  return HWY_DYNAMIC_DISPATCH(LogSumExpRow)(x, n);
}
}  // namespace ignis::cpu
#endif
