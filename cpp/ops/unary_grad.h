// Recording the backward of the unary ops (cpp/ops/unary.cpp); the formulas live in
// unary_grad.cpp. Each record_* does nothing unless grad mode is on and `self` requires grad.
// `self` is the op's input and `out` its result; for in-place forms `out` is self after the
// write and `self` what keep_input returned before it.
#pragma once

#include "ops/history.h"

namespace ignis {

// Before an in-place or out= write into `dst`: checks that dst may be written in place and
// returns the input the backward should see: a copy of self (with history) when the formula
// needs self's old value (`needs_old`), grad is required and dst shares memory with self;
// self itself otherwise.
Tensor keep_input(const Tensor& self, const Tensor& dst, const char* op, bool needs_old);

// record_<op>(self, out), and <op>_grad_needs_old: whether the formula reads the input (true)
// or only the result or nothing (false), so that an in-place form need not copy self.
#define IGNIS_UNARY_GRAD_DECL(name, needs_old)                                                     \
  void record_##name(const Tensor& self, Tensor& out);                                             \
  inline constexpr bool name##_grad_needs_old = needs_old;

IGNIS_UNARY_GRAD_DECL(neg, false)
IGNIS_UNARY_GRAD_DECL(abs, true)
IGNIS_UNARY_GRAD_DECL(sign, false)
IGNIS_UNARY_GRAD_DECL(floor, false)
IGNIS_UNARY_GRAD_DECL(ceil, false)
IGNIS_UNARY_GRAD_DECL(round, false)
IGNIS_UNARY_GRAD_DECL(round_decimals, false)
IGNIS_UNARY_GRAD_DECL(trunc, false)
IGNIS_UNARY_GRAD_DECL(frac, false)
IGNIS_UNARY_GRAD_DECL(exp, false)
IGNIS_UNARY_GRAD_DECL(exp2, false)
IGNIS_UNARY_GRAD_DECL(expm1, false)
IGNIS_UNARY_GRAD_DECL(log, true)
IGNIS_UNARY_GRAD_DECL(log2, true)
IGNIS_UNARY_GRAD_DECL(log10, true)
IGNIS_UNARY_GRAD_DECL(log1p, true)
IGNIS_UNARY_GRAD_DECL(sqrt, false)
IGNIS_UNARY_GRAD_DECL(rsqrt, false)
IGNIS_UNARY_GRAD_DECL(reciprocal, false)
IGNIS_UNARY_GRAD_DECL(sin, true)
IGNIS_UNARY_GRAD_DECL(cos, true)
IGNIS_UNARY_GRAD_DECL(tan, false)
IGNIS_UNARY_GRAD_DECL(asin, true)
IGNIS_UNARY_GRAD_DECL(acos, true)
IGNIS_UNARY_GRAD_DECL(atan, true)
IGNIS_UNARY_GRAD_DECL(sinh, true)
IGNIS_UNARY_GRAD_DECL(cosh, true)
IGNIS_UNARY_GRAD_DECL(tanh, false)
IGNIS_UNARY_GRAD_DECL(sigmoid, false)
IGNIS_UNARY_GRAD_DECL(logsigmoid, true)
IGNIS_UNARY_GRAD_DECL(erf, true)
IGNIS_UNARY_GRAD_DECL(erfinv, false)
IGNIS_UNARY_GRAD_DECL(relu, false)
IGNIS_UNARY_GRAD_DECL(relu6, false)
IGNIS_UNARY_GRAD_DECL(selu, true)
IGNIS_UNARY_GRAD_DECL(silu, true)
IGNIS_UNARY_GRAD_DECL(mish, true)
IGNIS_UNARY_GRAD_DECL(hardswish, true)
IGNIS_UNARY_GRAD_DECL(hardsigmoid, true)
IGNIS_UNARY_GRAD_DECL(nan_to_num, true)

#undef IGNIS_UNARY_GRAD_DECL

// Ops with parameters; all read their input.
inline constexpr bool unary_param_grad_needs_old = true;
void record_leaky_relu(const Tensor& self, double negative_slope, Tensor& out);
void record_elu(const Tensor& self, double alpha, double scale, double input_scale, Tensor& out);
void record_gelu(const Tensor& self, bool use_tanh, Tensor& out);
void record_softplus(const Tensor& self, double beta, double threshold, Tensor& out);

}  // namespace ignis
