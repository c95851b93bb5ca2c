// Unary op front ends: dtype rules, argument checks and the functional / out= / in-place forms of
// every op of the `unary` family; the loops are in kernels/cpu/unary*.cpp.
#include "kernels/unary.h"

#include <cfloat>

#include "ops/elementwise.h"
#include "ops/ops.gen.h"
#include "ops/unary_grad.h"

namespace ignis {
namespace {

// Which input dtypes an op takes and what its result is.
enum class Rule {
  Numeric,       // any dtype but bool; the result keeps the input dtype (neg, abs, floor...)
  All,           // any dtype; the result keeps the input dtype (sign, nan_to_num)
  ToFloat,       // any dtype; integers and bool compute in the default float dtype (exp...)
  Floating,      // floating dtypes only (activations such as gelu, frac)
  IntegralBool,  // integer and bool only (bitwise_not)
  ToBool,        // any dtype; the result is bool (isnan, logical_not)
};

struct Types {
  DType compute, result;
};

// Checks self against rule (before any memory is touched) and returns the kernel's dtypes.
Types resolve(const char* op, const Tensor& self, Rule rule) {
  IGNIS_CHECK(self.defined(), InvalidArgument, op, ": expected a defined tensor for self");
  DType d = self.dtype();
  switch (rule) {
  case Rule::Numeric:
    IGNIS_CHECK(d != DType::Bool, DType, op,
                ": expected self to be a numeric tensor (not bool) but got bool");
    return {d, d};
  case Rule::All:
    return {d, d};
  case Rule::ToFloat:
    if (is_floating(d)) return {d, d};
    return {default_float_dtype(), default_float_dtype()};
  case Rule::Floating:
    IGNIS_CHECK(is_floating(d), DType, op, ": expected self to be a floating-point tensor but got ",
                dtype_name(d));
    return {d, d};
  case Rule::IntegralBool:
    IGNIS_CHECK(is_integral(d, /*include_bool=*/true), DType, op,
                ": expected self to be an integer or bool tensor but got ", dtype_name(d));
    return {d, d};
  case Rule::ToBool:
    return {d, DType::Bool};
  }
  return {d, d};
}

// Runs one form of a unary op: checks self, looks up the kernel of `slot` for self's device
// (both before any memory is touched), then runs it with the extra kernel arguments.
template <typename Fn, typename... Args>
Tensor run_unary(const char* op, OutMode mode, Tensor* out, const Tensor& self, Rule rule,
                 const KernelSlot<Fn>& slot, Args... args) {
  Types t = resolve(op, self, rule);
  Fn* k = kernel(slot, op, self.device());
  return run_elementwise(op, mode, out, {self}, t.compute, t.result,
                         [&](TensorIter& it) { k(it, args...); });
}

// run_unary, then records the backward with rec(input, result) (cpp/ops/unary_grad.h); in-place
// and out= forms first keep self's old value when the formula reads it (needs_old).
template <typename Rec, typename Fn, typename... Args>
Tensor run_grad(const char* op, OutMode mode, Tensor* out, const Tensor& self, Rule rule,
                bool needs_old, Rec rec, const KernelSlot<Fn>& slot, Args... args) {
  Tensor in = mode == OutMode::Functional
                  ? self
                  : keep_input(self, mode == OutMode::Out ? *out : self, op, needs_old);
  Tensor r = run_unary(op, mode, out, self, rule, slot, args...);
  rec(in, r);
  return r;
}

}  // namespace

// The three forms of a plain op: functional, out= and in-place.
#define IGNIS_UNARY_FORMS(name, rule)                                                              \
  IGNIS_UNARY_FORMS_GRAD(name, rule, record_##name, name##_grad_needs_old)
// ... with the backward recorded by rec (needs_old: see run_grad).
#define IGNIS_UNARY_FORMS_GRAD(name, rule, rec, needs_old)                                         \
  Tensor name(const Tensor& self) {                                                                \
    return run_grad(#name, OutMode::Functional, nullptr, self, rule, needs_old, rec,               \
                    name##_kernel);                                                                \
  }                                                                                                \
  Tensor& name##_out(Tensor& out, const Tensor& self) {                                            \
    run_grad(#name, OutMode::Out, &out, self, rule, needs_old, rec, name##_kernel);                \
    return out;                                                                                    \
  }                                                                                                \
  Tensor& name##_(Tensor& self) {                                                                  \
    run_grad(#name "_", OutMode::InPlace, nullptr, self, rule, needs_old, rec, name##_kernel);     \
    return self;                                                                                   \
  }

// Integers and bool keep their dtype where it makes sense.
IGNIS_UNARY_FORMS(neg, Rule::Numeric)
IGNIS_UNARY_FORMS(abs, Rule::Numeric)
IGNIS_UNARY_FORMS(sign, Rule::All)
IGNIS_UNARY_FORMS(floor, Rule::Numeric)
IGNIS_UNARY_FORMS(ceil, Rule::Numeric)
IGNIS_UNARY_FORMS(round, Rule::Numeric)
IGNIS_UNARY_FORMS(trunc, Rule::Numeric)
IGNIS_UNARY_FORMS(frac, Rule::Floating)

// Floating math: integer and bool inputs compute in the default float dtype.
IGNIS_UNARY_FORMS(exp, Rule::ToFloat)
IGNIS_UNARY_FORMS(exp2, Rule::ToFloat)
IGNIS_UNARY_FORMS(expm1, Rule::ToFloat)
IGNIS_UNARY_FORMS(log, Rule::ToFloat)
IGNIS_UNARY_FORMS(log2, Rule::ToFloat)
IGNIS_UNARY_FORMS(log10, Rule::ToFloat)
IGNIS_UNARY_FORMS(log1p, Rule::ToFloat)
IGNIS_UNARY_FORMS(sqrt, Rule::ToFloat)
IGNIS_UNARY_FORMS(rsqrt, Rule::ToFloat)
IGNIS_UNARY_FORMS(reciprocal, Rule::ToFloat)
IGNIS_UNARY_FORMS(sin, Rule::ToFloat)
IGNIS_UNARY_FORMS(cos, Rule::ToFloat)
IGNIS_UNARY_FORMS(tan, Rule::ToFloat)
IGNIS_UNARY_FORMS(asin, Rule::ToFloat)
IGNIS_UNARY_FORMS(acos, Rule::ToFloat)
IGNIS_UNARY_FORMS(atan, Rule::ToFloat)
IGNIS_UNARY_FORMS(sinh, Rule::ToFloat)
IGNIS_UNARY_FORMS(cosh, Rule::ToFloat)
IGNIS_UNARY_FORMS(tanh, Rule::ToFloat)
IGNIS_UNARY_FORMS(sigmoid, Rule::ToFloat)
IGNIS_UNARY_FORMS(erf, Rule::ToFloat)
IGNIS_UNARY_FORMS(erfinv, Rule::ToFloat)

// Activations: floating inputs only, as in PyTorch.
IGNIS_UNARY_FORMS(silu, Rule::Floating)
IGNIS_UNARY_FORMS(mish, Rule::Floating)
IGNIS_UNARY_FORMS(hardswish, Rule::Floating)
IGNIS_UNARY_FORMS(hardsigmoid, Rule::Floating)

// Not differentiable: no backward.
constexpr auto no_backward = [](const Tensor&, Tensor&) {};
IGNIS_UNARY_FORMS_GRAD(logical_not, Rule::ToBool, no_backward, false)
IGNIS_UNARY_FORMS_GRAD(bitwise_not, Rule::IntegralBool, no_backward, false)

#undef IGNIS_UNARY_FORMS
#undef IGNIS_UNARY_FORMS_GRAD

// ---- ops without some of the three forms

Tensor logsigmoid(const Tensor& self) {
  return run_grad("logsigmoid", OutMode::Functional, nullptr, self, Rule::Floating,
                  logsigmoid_grad_needs_old, record_logsigmoid, logsigmoid_kernel);
}
Tensor& logsigmoid_out(Tensor& out, const Tensor& self) {
  run_grad("logsigmoid", OutMode::Out, &out, self, Rule::Floating, logsigmoid_grad_needs_old,
           record_logsigmoid, logsigmoid_kernel);
  return out;
}

// Functional and in-place forms (PyTorch has no out= for these).
#define IGNIS_UNARY_NO_OUT(name, rule)                                                             \
  Tensor name(const Tensor& self) {                                                                \
    return run_grad(#name, OutMode::Functional, nullptr, self, rule, name##_grad_needs_old,        \
                    record_##name, name##_kernel);                                                 \
  }                                                                                                \
  Tensor& name##_(Tensor& self) {                                                                  \
    run_grad(#name "_", OutMode::InPlace, nullptr, self, rule, name##_grad_needs_old,              \
             record_##name, name##_kernel);                                                        \
    return self;                                                                                   \
  }
IGNIS_UNARY_NO_OUT(relu, Rule::Numeric)
IGNIS_UNARY_NO_OUT(relu6, Rule::Numeric)
IGNIS_UNARY_NO_OUT(selu, Rule::Floating)
#undef IGNIS_UNARY_NO_OUT

// Bool result, functional form only.
#define IGNIS_UNARY_PREDICATE(name)                                                                \
  Tensor name(const Tensor& self) {                                                                \
    return run_unary(#name, OutMode::Functional, nullptr, self, Rule::ToBool, name##_kernel);      \
  }
IGNIS_UNARY_PREDICATE(isnan)
IGNIS_UNARY_PREDICATE(isinf)
IGNIS_UNARY_PREDICATE(isfinite)
#undef IGNIS_UNARY_PREDICATE

// ---- ops with parameters: each *_impl runs one form.

namespace {

Tensor leaky_relu_impl(const char* op, OutMode mode, Tensor* out, const Tensor& self,
                       const Scalar& negative_slope) {
  double s = negative_slope.to_double();
  return run_grad(
      op, mode, out, self, Rule::Floating, unary_param_grad_needs_old,
      [s](const Tensor& in, Tensor& r) { record_leaky_relu(in, s, r); }, leaky_relu_kernel, s);
}

Tensor elu_impl(const char* op, OutMode mode, Tensor* out, const Tensor& self, const Scalar& alpha,
                const Scalar& scale, const Scalar& input_scale) {
  double a = alpha.to_double(), s = scale.to_double(), is = input_scale.to_double();
  return run_grad(
      op, mode, out, self, Rule::Floating, unary_param_grad_needs_old,
      [=](const Tensor& in, Tensor& r) { record_elu(in, a, s, is, r); }, elu_kernel, a, s, is);
}

Tensor gelu_impl(const char* op, OutMode mode, Tensor* out, const Tensor& self,
                 std::string_view approximate) {
  IGNIS_CHECK(approximate == "none" || approximate == "tanh", InvalidArgument, op,
              ": expected approximate to be 'none' or 'tanh' but got '", approximate, "'");
  bool use_tanh = approximate == "tanh";
  return run_grad(
      op, mode, out, self, Rule::Floating, unary_param_grad_needs_old,
      [=](const Tensor& in, Tensor& r) { record_gelu(in, use_tanh, r); }, gelu_kernel, use_tanh);
}

Tensor softplus_impl(const char* op, OutMode mode, Tensor* out, const Tensor& self,
                     const Scalar& beta, const Scalar& threshold) {
  double b = beta.to_double(), t = threshold.to_double();
  return run_grad(
      op, mode, out, self, Rule::Floating, unary_param_grad_needs_old,
      [=](const Tensor& in, Tensor& r) { record_softplus(in, b, t, r); }, softplus_kernel, b, t);
}

Tensor round_decimals_impl(const char* op, OutMode mode, Tensor* out, const Tensor& self,
                           int64_t decimals) {
  return run_grad(op, mode, out, self, Rule::Floating, round_decimals_grad_needs_old,
                  record_round_decimals, round_decimals_kernel, decimals);
}

// The largest finite value of a floating dtype (nan_to_num's default for +inf).
double max_finite(DType d) {
  switch (d) {
  case DType::F16:
    return 65504.0;
  case DType::BF16:
    return 3.3895313892515355e38;
  case DType::F32:
    return FLT_MAX;
  default:
    return DBL_MAX;
  }
}

Tensor nan_to_num_impl(const char* op, OutMode mode, Tensor* out, const Tensor& self,
                       std::optional<double> nan, std::optional<double> posinf,
                       std::optional<double> neginf) {
  Types t = resolve(op, self, Rule::All);
  double n = nan.value_or(0.0);
  double p = posinf.value_or(max_finite(t.compute));
  double m = neginf.value_or(-max_finite(t.compute));
  return run_grad(op, mode, out, self, Rule::All, nan_to_num_grad_needs_old, record_nan_to_num,
                  nan_to_num_kernel, n, p, m);
}

}  // namespace

Tensor leaky_relu(const Tensor& self, const Scalar& negative_slope) {
  return leaky_relu_impl("leaky_relu", OutMode::Functional, nullptr, self, negative_slope);
}
Tensor& leaky_relu_out(Tensor& out, const Tensor& self, const Scalar& negative_slope) {
  leaky_relu_impl("leaky_relu", OutMode::Out, &out, self, negative_slope);
  return out;
}
Tensor& leaky_relu_(Tensor& self, const Scalar& negative_slope) {
  leaky_relu_impl("leaky_relu_", OutMode::InPlace, nullptr, self, negative_slope);
  return self;
}

Tensor elu(const Tensor& self, const Scalar& alpha, const Scalar& scale,
           const Scalar& input_scale) {
  return elu_impl("elu", OutMode::Functional, nullptr, self, alpha, scale, input_scale);
}
Tensor& elu_out(Tensor& out, const Tensor& self, const Scalar& alpha, const Scalar& scale,
                const Scalar& input_scale) {
  elu_impl("elu", OutMode::Out, &out, self, alpha, scale, input_scale);
  return out;
}
Tensor& elu_(Tensor& self, const Scalar& alpha, const Scalar& scale, const Scalar& input_scale) {
  elu_impl("elu_", OutMode::InPlace, nullptr, self, alpha, scale, input_scale);
  return self;
}

Tensor gelu(const Tensor& self, std::string_view approximate) {
  return gelu_impl("gelu", OutMode::Functional, nullptr, self, approximate);
}
Tensor& gelu_out(Tensor& out, const Tensor& self, std::string_view approximate) {
  gelu_impl("gelu", OutMode::Out, &out, self, approximate);
  return out;
}
Tensor& gelu_(Tensor& self, std::string_view approximate) {
  gelu_impl("gelu_", OutMode::InPlace, nullptr, self, approximate);
  return self;
}

Tensor softplus(const Tensor& self, const Scalar& beta, const Scalar& threshold) {
  return softplus_impl("softplus", OutMode::Functional, nullptr, self, beta, threshold);
}
Tensor& softplus_out(Tensor& out, const Tensor& self, const Scalar& beta, const Scalar& threshold) {
  softplus_impl("softplus", OutMode::Out, &out, self, beta, threshold);
  return out;
}

Tensor round(const Tensor& self, int64_t decimals) {
  return round_decimals_impl("round", OutMode::Functional, nullptr, self, decimals);
}
Tensor& round_out(Tensor& out, const Tensor& self, int64_t decimals) {
  round_decimals_impl("round", OutMode::Out, &out, self, decimals);
  return out;
}
Tensor& round_(Tensor& self, int64_t decimals) {
  round_decimals_impl("round_", OutMode::InPlace, nullptr, self, decimals);
  return self;
}

Tensor nan_to_num(const Tensor& self, std::optional<double> nan, std::optional<double> posinf,
                  std::optional<double> neginf) {
  return nan_to_num_impl("nan_to_num", OutMode::Functional, nullptr, self, nan, posinf, neginf);
}
Tensor& nan_to_num_out(Tensor& out, const Tensor& self, std::optional<double> nan,
                       std::optional<double> posinf, std::optional<double> neginf) {
  nan_to_num_impl("nan_to_num", OutMode::Out, &out, self, nan, posinf, neginf);
  return out;
}
Tensor& nan_to_num_(Tensor& self, std::optional<double> nan, std::optional<double> posinf,
                    std::optional<double> neginf) {
  nan_to_num_impl("nan_to_num_", OutMode::InPlace, nullptr, self, nan, posinf, neginf);
  return self;
}

}  // namespace ignis
