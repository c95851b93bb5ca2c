// C++ operators on Tensors, with PyTorch's meaning: arithmetic (+ - * / and unary -), bitwise
// (& | ^), comparisons returning bool Tensors, and the in-place forms (+= -= *= /=), each also
// with a Scalar on either side. Opt-in: include this header where the operators are wanted.
#pragma once

#include "ops/elementwise.h"
#include "ops/ops.gen.h"

namespace ignis {

namespace detail {
// `s` as a 0-dim tensor of the dtype an op between s and t computes in (for Scalar-left forms).
inline Tensor scalar_like_operand(const Scalar& s, const Tensor& t) {
  return scalar_tensor(s, result_type({t}, {s}), t.device());
}
}  // namespace detail

inline Tensor operator+(const Tensor& a, const Tensor& b) { return add(a, b); }
inline Tensor operator+(const Tensor& a, const Scalar& b) { return add(a, b); }
inline Tensor operator+(const Scalar& a, const Tensor& b) { return add(b, a); }
inline Tensor operator-(const Tensor& a, const Tensor& b) { return sub(a, b); }
inline Tensor operator-(const Tensor& a, const Scalar& b) { return sub(a, b); }
inline Tensor operator-(const Scalar& a, const Tensor& b) {
  return sub(detail::scalar_like_operand(a, b), b);
}
inline Tensor operator*(const Tensor& a, const Tensor& b) { return mul(a, b); }
inline Tensor operator*(const Tensor& a, const Scalar& b) { return mul(a, b); }
inline Tensor operator*(const Scalar& a, const Tensor& b) { return mul(b, a); }
inline Tensor operator/(const Tensor& a, const Tensor& b) { return div(a, b); }
inline Tensor operator/(const Tensor& a, const Scalar& b) { return div(a, b); }
inline Tensor operator/(const Scalar& a, const Tensor& b) {
  return div(detail::scalar_like_operand(a, b), b);
}
// -a (bool tensors are an error, as in PyTorch).
inline Tensor operator-(const Tensor& a) { return neg(a); }

inline Tensor operator&(const Tensor& a, const Tensor& b) { return bitwise_and(a, b); }
inline Tensor operator&(const Tensor& a, const Scalar& b) { return bitwise_and(a, b); }
inline Tensor operator|(const Tensor& a, const Tensor& b) { return bitwise_or(a, b); }
inline Tensor operator|(const Tensor& a, const Scalar& b) { return bitwise_or(a, b); }
inline Tensor operator^(const Tensor& a, const Tensor& b) { return bitwise_xor(a, b); }
inline Tensor operator^(const Tensor& a, const Scalar& b) { return bitwise_xor(a, b); }

#define IGNIS_COMPARISON_OPERATOR(sym, fn, flipped)                                                \
  inline Tensor operator sym(const Tensor& a, const Tensor& b) { return fn(a, b); }                \
  inline Tensor operator sym(const Tensor& a, const Scalar& b) { return fn(a, b); }                \
  inline Tensor operator sym(const Scalar& a, const Tensor& b) { return flipped(b, a); }
IGNIS_COMPARISON_OPERATOR(==, eq, eq)
IGNIS_COMPARISON_OPERATOR(!=, ne, ne)
IGNIS_COMPARISON_OPERATOR(<, lt, gt)
IGNIS_COMPARISON_OPERATOR(<=, le, ge)
IGNIS_COMPARISON_OPERATOR(>, gt, lt)
IGNIS_COMPARISON_OPERATOR(>=, ge, le)
#undef IGNIS_COMPARISON_OPERATOR

inline Tensor& operator+=(Tensor& a, const Tensor& b) { return add_(a, b); }
inline Tensor& operator+=(Tensor& a, const Scalar& b) { return add_(a, b); }
inline Tensor& operator-=(Tensor& a, const Tensor& b) { return sub_(a, b); }
inline Tensor& operator-=(Tensor& a, const Scalar& b) { return sub_(a, b); }
inline Tensor& operator*=(Tensor& a, const Tensor& b) { return mul_(a, b); }
inline Tensor& operator*=(Tensor& a, const Scalar& b) { return mul_(a, b); }
inline Tensor& operator/=(Tensor& a, const Tensor& b) { return div_(a, b); }
inline Tensor& operator/=(Tensor& a, const Scalar& b) { return div_(a, b); }

}  // namespace ignis
