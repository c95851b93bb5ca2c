// Highway dense loops of the hot unary ops (neg, abs, exp, log, sqrt, tanh, sigmoid, relu, gelu,
// silu, erf) in f32 and f64, compiled once per instruction set and picked at run time.
// Highway's math is valid on a finite range; each op here restores IEEE results outside it
// (exp overflow to inf, log of 0 / negatives / inf, NaN passing through).

#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "kernels/cpu/unary_simd.cpp"
// foreach_target must come first, then highway and the contrib math.
// clang-format off
#include <hwy/foreach_target.h>  // IWYU pragma: keep
#include <hwy/highway.h>
#include <hwy/contrib/math/math-inl.h>
// clang-format on

#include <cmath>

#ifndef IGNIS_UNARY_SIMD_SLEEF_DECLARED
#define IGNIS_UNARY_SIMD_SLEEF_DECLARED
#include <immintrin.h>
// SLEEF's AVX-512 erf for f64 (1.0 ULP); called only from the AVX-512 targets.
extern "C" __m512d Sleef_erfd8_u10avx512f(__m512d);
#endif

HWY_BEFORE_NAMESPACE();
namespace ignis {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

// exp with IEEE results outside Highway's valid range: overflow to inf, NaN through.
template <class D, class V>
HWY_INLINE V SafeExp(D d, V x) {
  using T = hn::TFromD<D>;
  const V hi = hn::Set(d, static_cast<T>(sizeof(T) == 4 ? 88.72283935546875 : 709.782712893384));
  V y = hn::Exp(d, hn::Min(x, hi));
  y = hn::IfThenElse(hn::Gt(x, hi), hn::Inf(d), y);
  return hn::IfThenElse(hn::IsNaN(x), x, y);
}

template <class D, class V>
HWY_INLINE V SafeLog(D d, V x) {
  V y = hn::Log(d, x);
  y = hn::IfThenElse(hn::Eq(x, hn::Zero(d)), hn::Neg(hn::Inf(d)), y);
  y = hn::IfThenElse(hn::Eq(x, hn::Inf(d)), x, y);
  return hn::IfThenElse(hn::Or(hn::Lt(x, hn::Zero(d)), hn::IsNaN(x)), hn::NaN(d), y);
}

template <class D, class V>
HWY_INLINE V SafeTanh(D d, V x) {
  return hn::IfThenElse(hn::IsNaN(x), x, hn::Tanh(d, x));
}

template <class D, class V>
HWY_INLINE V Sigmoid(D d, V x) {
  const V one = hn::Set(d, 1);
  return hn::Div(one, hn::Add(one, SafeExp(d, hn::Neg(x))));
}

// erf in f32: Eigen's rational approximation on [-4, 4] (erf is +-1 in f32 beyond).
template <class D, class V, hwy::EnableIf<sizeof(hn::TFromD<D>) == 4>* = nullptr>
HWY_INLINE V Erf(D d, V a) {
  const V x = hn::Max(hn::Min(a, hn::Set(d, 4.0f)), hn::Set(d, -4.0f));
  const V x2 = hn::Mul(x, x);
  V p = hn::MulAdd(x2, hn::Set(d, -2.72614225801306e-10f), hn::Set(d, 2.77068142495902e-08f));
  p = hn::MulAdd(x2, p, hn::Set(d, -2.10102402082508e-06f));
  p = hn::MulAdd(x2, p, hn::Set(d, -5.69250639462346e-05f));
  p = hn::MulAdd(x2, p, hn::Set(d, -7.34990630326855e-04f));
  p = hn::MulAdd(x2, p, hn::Set(d, -2.95459980854025e-03f));
  p = hn::MulAdd(x2, p, hn::Set(d, -1.60960333262415e-02f));
  p = hn::Mul(x, p);
  V q = hn::MulAdd(x2, hn::Set(d, -1.45660718464996e-05f), hn::Set(d, -2.13374055278905e-04f));
  q = hn::MulAdd(x2, q, hn::Set(d, -1.68282697438203e-03f));
  q = hn::MulAdd(x2, q, hn::Set(d, -7.37332916720468e-03f));
  q = hn::MulAdd(x2, q, hn::Set(d, -1.42647390514189e-02f));
  // Beyond |x| = 4 erf rounds to +-1 in f32; the rational form only comes close.
  const V r = hn::IfThenElse(hn::Ge(hn::Abs(a), hn::Set(d, 4.0f)),
                             hn::CopySignToAbs(hn::Set(d, 1.0f), a), hn::Div(p, q));
  return hn::IfThenElse(hn::IsNaN(a), a, r);
}

// erf in f64: SLEEF on AVX-512 targets, the C library lane by lane elsewhere.
template <class D, class V, hwy::EnableIf<sizeof(hn::TFromD<D>) == 8>* = nullptr>
HWY_INLINE V Erf(D d, V x) {
#if HWY_TARGET == HWY_AVX3 || HWY_TARGET == HWY_AVX3_DL
  (void)d;
  return V{Sleef_erfd8_u10avx512f(x.raw)};
#else
  HWY_ALIGN double buf[hn::MaxLanes(d)];
  hn::Store(x, d, buf);
  for (size_t i = 0; i < hn::Lanes(d); ++i) buf[i] = std::erf(buf[i]);
  return hn::Load(d, buf);
#endif
}

// Applies op to n elements: whole vectors, then the tail through a padded buffer.
template <typename T, class Op>
HWY_INLINE void Apply(const T* HWY_RESTRICT in, T* out, int64_t n, const Op& op) {
  const hn::ScalableTag<T> d;
  const size_t N = hn::Lanes(d);
  const size_t count = static_cast<size_t>(n);
  size_t i = 0;
  for (; i + N <= count; i += N) hn::StoreU(op(d, hn::LoadU(d, in + i)), d, out + i);
  if (i < count) {
    HWY_ALIGN T buf[hn::MaxLanes(d)] = {};
    for (size_t j = 0; i + j < count; ++j) buf[j] = in[i + j];
    hn::Store(op(d, hn::Load(d, buf)), d, buf);
    for (size_t j = 0; i + j < count; ++j) out[i + j] = buf[j];
  }
}

// The per-op lane functions.
struct NegOp {
  template <class D, class V>
  V operator()(D, V x) const {
    return hn::Neg(x);
  }
};
struct AbsOp {
  template <class D, class V>
  V operator()(D, V x) const {
    return hn::Abs(x);
  }
};
struct ExpOp {
  template <class D, class V>
  V operator()(D d, V x) const {
    return SafeExp(d, x);
  }
};
struct LogOp {
  template <class D, class V>
  V operator()(D d, V x) const {
    return SafeLog(d, x);
  }
};
struct SqrtOp {
  template <class D, class V>
  V operator()(D, V x) const {
    return hn::Sqrt(x);
  }
};
struct TanhOp {
  template <class D, class V>
  V operator()(D d, V x) const {
    return SafeTanh(d, x);
  }
};
struct SigmoidOp {
  template <class D, class V>
  V operator()(D d, V x) const {
    return Sigmoid(d, x);
  }
};
// NaN stays NaN: lanes where x < 0 become 0, the rest keep x.
struct ReluOp {
  template <class D, class V>
  V operator()(D d, V x) const {
    return hn::IfThenZeroElse(hn::Lt(x, hn::Zero(d)), x);
  }
};
struct GeluOp {
  template <class D, class V>
  V operator()(D d, V x) const {
    const V half = hn::Set(d, 0.5);
    const V e = Erf(d, hn::Mul(x, hn::Set(d, 0.7071067811865476)));
    return hn::Mul(hn::Mul(half, x), hn::Add(hn::Set(d, 1), e));
  }
};
struct GeluTanhOp {
  template <class D, class V>
  V operator()(D d, V x) const {
    const V inner = hn::Mul(hn::Set(d, 0.7978845608028654),
                            hn::MulAdd(hn::Mul(hn::Set(d, 0.044715), hn::Mul(x, x)), x, x));
    return hn::Mul(hn::Mul(hn::Set(d, 0.5), x), hn::Add(hn::Set(d, 1), SafeTanh(d, inner)));
  }
};
struct SiluOp {
  template <class D, class V>
  V operator()(D d, V x) const {
    return hn::Mul(x, Sigmoid(d, x));
  }
};
struct ErfOp {
  template <class D, class V>
  V operator()(D d, V x) const {
    return Erf(d, x);
  }
};

#define IGNIS_SIMD_UNARY(Name)                                                                     \
  void Name##F32(const float* in, float* out, int64_t n) { Apply(in, out, n, Name##Op()); }        \
  void Name##F64(const double* in, double* out, int64_t n) { Apply(in, out, n, Name##Op()); }
IGNIS_SIMD_UNARY(Neg)
IGNIS_SIMD_UNARY(Abs)
IGNIS_SIMD_UNARY(Exp)
IGNIS_SIMD_UNARY(Log)
IGNIS_SIMD_UNARY(Sqrt)
IGNIS_SIMD_UNARY(Tanh)
IGNIS_SIMD_UNARY(Sigmoid)
IGNIS_SIMD_UNARY(Relu)
IGNIS_SIMD_UNARY(Gelu)
IGNIS_SIMD_UNARY(GeluTanh)
IGNIS_SIMD_UNARY(Silu)
IGNIS_SIMD_UNARY(Erf)
#undef IGNIS_SIMD_UNARY

}  // namespace HWY_NAMESPACE
}  // namespace ignis
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
#include "kernels/cpu/unary_simd.h"

namespace ignis {

#define IGNIS_SIMD_EXPORT(Name)                                                                    \
  HWY_EXPORT(Name##F32);                                                                           \
  HWY_EXPORT(Name##F64);                                                                           \
  void Name##F32(const float* in, float* out, int64_t n) {                                         \
    HWY_DYNAMIC_DISPATCH(Name##F32)(in, out, n);                                                   \
  }                                                                                                \
  void Name##F64(const double* in, double* out, int64_t n) {                                       \
    HWY_DYNAMIC_DISPATCH(Name##F64)(in, out, n);                                                   \
  }
#define IGNIS_SIMD_OPS(X)                                                                          \
  X(Neg) X(Abs) X(Exp) X(Log) X(Sqrt) X(Tanh) X(Sigmoid) X(Relu) X(Gelu) X(GeluTanh) X(Silu) X(Erf)
IGNIS_SIMD_OPS(IGNIS_SIMD_EXPORT)
#undef IGNIS_SIMD_EXPORT

SimdF32 simd_f32(SimdOp op) {
  switch (op) {
#define IGNIS_SIMD_CASE(Name)                                                                      \
  case SimdOp::Name:                                                                               \
    return &Name##F32;
    IGNIS_SIMD_OPS(IGNIS_SIMD_CASE)
#undef IGNIS_SIMD_CASE
  case SimdOp::None:
    break;
  }
  return nullptr;
}

SimdF64 simd_f64(SimdOp op) {
  switch (op) {
#define IGNIS_SIMD_CASE(Name)                                                                      \
  case SimdOp::Name:                                                                               \
    return &Name##F64;
    IGNIS_SIMD_OPS(IGNIS_SIMD_CASE)
#undef IGNIS_SIMD_CASE
  case SimdOp::None:
    break;
  }
  return nullptr;
}

}  // namespace ignis
#endif  // HWY_ONCE
