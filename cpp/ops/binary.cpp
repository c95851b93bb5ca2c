// Front ends of the two-input elementwise ops: arithmetic (add, sub, mul, div, floor_divide,
// remainder, fmod, pow, atan2, maximum, minimum), comparisons, logical and bitwise ops, each with
// its Tensor and Scalar overloads and out= / in-place forms. The ternary ops (where, clamp, lerp,
// addcmul, addcdiv) are in ops/binary_ternary.cpp; the kernels in kernels/cpu/binary.cpp.
#include "kernels/binary.h"

#include <string>

#include "ops/binary_common.h"
#include "ops/binary_grad.h"
#include "ops/ops.gen.h"

namespace ignis {
namespace {

using detail::check_defined;
using detail::wrap_scalar;

// Runs BinaryOp `bop` over a and b converted to `compute`, writing `result` (or the
// destination of out= / in-place).
Tensor run_binary(const char* op, OutMode mode, Tensor* out, const Tensor& a, const Tensor& b,
                  DType compute, DType result, BinaryOp bop, const Scalar& alpha = 1) {
  return run_elementwise(op, mode, out, {a, b}, compute, result, [&](TensorIter& it) {
    kernel(binary_kernel, op, a.device())(it, bop, alpha);
  });
}

// The two forms of a binary op's second operand: a tensor, or a Scalar wrapped as a 0-dim
// tensor of the compute dtype once that dtype is known.
struct Other {
  const Tensor* t = nullptr;
  const Scalar* s = nullptr;
  Other(const Tensor& tensor) : t(&tensor) {}
  Other(const Scalar& scalar) : s(&scalar) {}
  DType result_type_with(const char* op, const Tensor& self) const {
    check_defined(op, "self", self);
    if (t) {
      check_defined(op, "other", *t);
      return result_type({self, *t});
    }
    return result_type({self}, {*s});
  }
  Tensor as_tensor(DType compute, Device dev) const {
    return t ? *t : wrap_scalar(*s, compute, dev);
  }
};

// ---- add / sub

Scalar negate(const Scalar& s) {
  if (s.is_floating()) return Scalar(-s.to_double());
  return Scalar(static_cast<int64_t>(0ULL - static_cast<uint64_t>(s.to_int())));
}

void check_alpha(const char* op, DType compute, const Scalar& alpha) {
  IGNIS_CHECK(!(is_integral(compute) && alpha.is_floating()), InvalidArgument, op,
              ": for integral input tensors, argument alpha must not be a floating point number "
              "but got ",
              alpha);
  IGNIS_CHECK(!(compute != DType::Bool && alpha.is_bool()), InvalidArgument, op,
              ": boolean alpha is only supported for bool results but the result is ",
              dtype_name(compute));
}

Tensor add_impl(const char* op, OutMode mode, Tensor* out, const Tensor& self, Other other,
                const Scalar& alpha) {
  DType c = other.result_type_with(op, self);
  check_alpha(op, c, alpha);
  grad_write_dst(op, mode, out, self);
  Tensor r = run_binary(op, mode, out, self, other.as_tensor(c, self.device()), c, c, BinaryOp::Add,
                        alpha);
  record_add(other.t ? "AddBackward0" : "AddBackward1", self, other.t, alpha, r);
  return r;
}

Tensor sub_impl(const char* op, OutMode mode, Tensor* out, const Tensor& self, Other other,
                const Scalar& alpha) {
  DType c = other.result_type_with(op, self);
  bool other_bool = other.t ? other.t->dtype() == DType::Bool : other.s->is_bool();
  IGNIS_CHECK(!(self.dtype() == DType::Bool && other_bool), DType, op,
              ": subtraction with two bool tensors is not supported; use logical_xor (^) instead");
  IGNIS_CHECK(self.dtype() != DType::Bool && !other_bool, DType, op,
              ": subtraction with a bool tensor is not supported; use logical_not (~) to invert a "
              "mask");
  check_alpha(op, c, alpha);
  grad_write_dst(op, mode, out, self);
  Tensor r = run_binary(op, mode, out, self, other.as_tensor(c, self.device()), c, c, BinaryOp::Add,
                        negate(alpha));
  record_add(other.t ? "SubBackward0" : "SubBackward1", self, other.t, negate(alpha), r);
  return r;
}

// ---- ops with one compute dtype rule: `numeric_only` rejects bool, `floating` promotes integers
// to the default float dtype, `int_only` accepts integral and bool only.
enum class Rule { Any, Numeric, Floating, IntOnly };

DType compute_dtype(const char* op, DType c, Rule rule) {
  switch (rule) {
  case Rule::Any:
    return c;
  case Rule::Numeric:
    IGNIS_CHECK(c != DType::Bool, DType, op, ": expected numeric tensors but got bool");
    return c;
  case Rule::Floating:
    return is_floating(c) ? c : default_float_dtype();
  case Rule::IntOnly:
    IGNIS_CHECK(is_integral(c, /*include_bool=*/true), DType, op,
                ": expected integral or bool tensors but got ", dtype_name(c));
    return c;
  }
  return c;
}

// Runs `bop` and records the backward `grad` (cpp/ops/binary_grad.h); in-place and out= forms
// first keep the inputs the formula reads.
Tensor simple(const char* op, OutMode mode, Tensor* out, const Tensor& self, Other other,
              BinaryOp bop, Rule rule, bool bool_result = false,
              BinaryGrad grad = BinaryGrad::None) {
  DType c = compute_dtype(op, other.result_type_with(op, self), rule);
  const Tensor* dst = grad_write_dst(op, mode, out, self);
  bool gs = needs_grad(self), go = other.t && needs_grad(*other.t);
  Tensor old_self = keep_old(self, dst, binary_grad_reads_self(grad, gs, go));
  Tensor old_other =
      other.t ? keep_old(*other.t, dst, binary_grad_reads_other(grad, gs, go)) : Tensor();
  Tensor r = run_binary(op, mode, out, self, other.as_tensor(c, self.device()), c,
                        bool_result ? DType::Bool : c, bop);
  record_binary(grad, self, old_self, other.t, old_other, other.s, r);
  return r;
}

// div's rounding_mode: nullopt -> true division.
BinaryOp div_op(std::optional<std::string_view> mode) {
  if (!mode) return BinaryOp::Div;
  if (*mode == "trunc") return BinaryOp::DivTrunc;
  if (*mode == "floor") return BinaryOp::DivFloor;
  IGNIS_FAIL(InvalidArgument,
             "div: expected rounding_mode to be one of None, 'trunc', or 'floor' "
             "but got '",
             std::string(*mode), "'");
}

Tensor div_impl(OutMode mode, Tensor* out, const Tensor& self, Other other,
                std::optional<std::string_view> rounding_mode) {
  BinaryOp bop = div_op(rounding_mode);
  const char* op =
      mode == OutMode::Functional ? "div" : (mode == OutMode::Out ? "div_out" : "div_");
  return simple(op, mode, out, self, other, bop,
                bop == BinaryOp::Div ? Rule::Floating : Rule::Numeric, false,
                bop == BinaryOp::Div ? BinaryGrad::Div : BinaryGrad::DivRounding);
}

Tensor pow_impl(OutMode mode, Tensor* out, const Tensor& self, Other exponent) {
  const char* op =
      mode == OutMode::Functional ? "pow" : (mode == OutMode::Out ? "pow_out" : "pow_");
  DType c = compute_dtype(op, exponent.result_type_with(op, self), Rule::Numeric);
  if (exponent.s && is_integral(c) && exponent.s->is_integral())
    IGNIS_CHECK(exponent.s->to_int() >= 0, InvalidArgument, op,
                ": integers to negative integer powers are not allowed (exponent ", *exponent.s,
                " with an integral tensor of dtype ", dtype_name(self.dtype()), ")");
  return simple(op, mode, out, self, exponent, BinaryOp::Pow, Rule::Numeric, false,
                BinaryGrad::Pow);
}

constexpr OutMode F = OutMode::Functional, O = OutMode::Out, I = OutMode::InPlace;

}  // namespace

// ---- add, sub
Tensor add(const Tensor& self, const Tensor& other, const Scalar& alpha) {
  return add_impl("add", F, nullptr, self, other, alpha);
}
Tensor& add_out(Tensor& out, const Tensor& self, const Tensor& other, const Scalar& alpha) {
  add_impl("add_out", O, &out, self, other, alpha);
  return out;
}
Tensor& add_(Tensor& self, const Tensor& other, const Scalar& alpha) {
  add_impl("add_", I, nullptr, self, other, alpha);
  return self;
}
Tensor add(const Tensor& self, const Scalar& other, const Scalar& alpha) {
  return add_impl("add", F, nullptr, self, other, alpha);
}
Tensor& add_out(Tensor& out, const Tensor& self, const Scalar& other, const Scalar& alpha) {
  add_impl("add_out", O, &out, self, other, alpha);
  return out;
}
Tensor& add_(Tensor& self, const Scalar& other, const Scalar& alpha) {
  add_impl("add_", I, nullptr, self, other, alpha);
  return self;
}
Tensor sub(const Tensor& self, const Tensor& other, const Scalar& alpha) {
  return sub_impl("sub", F, nullptr, self, other, alpha);
}
Tensor& sub_out(Tensor& out, const Tensor& self, const Tensor& other, const Scalar& alpha) {
  sub_impl("sub_out", O, &out, self, other, alpha);
  return out;
}
Tensor& sub_(Tensor& self, const Tensor& other, const Scalar& alpha) {
  sub_impl("sub_", I, nullptr, self, other, alpha);
  return self;
}
Tensor sub(const Tensor& self, const Scalar& other, const Scalar& alpha) {
  return sub_impl("sub", F, nullptr, self, other, alpha);
}
Tensor& sub_out(Tensor& out, const Tensor& self, const Scalar& other, const Scalar& alpha) {
  sub_impl("sub_out", O, &out, self, other, alpha);
  return out;
}
Tensor& sub_(Tensor& self, const Scalar& other, const Scalar& alpha) {
  sub_impl("sub_", I, nullptr, self, other, alpha);
  return self;
}

// ---- div (true division and rounding modes)
Tensor div(const Tensor& self, const Tensor& other) {
  return div_impl(F, nullptr, self, other, {});
}
Tensor& div_out(Tensor& out, const Tensor& self, const Tensor& other) {
  div_impl(O, &out, self, other, {});
  return out;
}
Tensor& div_(Tensor& self, const Tensor& other) {
  div_impl(I, nullptr, self, other, {});
  return self;
}
Tensor div(const Tensor& self, const Scalar& other) {
  return div_impl(F, nullptr, self, other, {});
}
Tensor& div_out(Tensor& out, const Tensor& self, const Scalar& other) {
  div_impl(O, &out, self, other, {});
  return out;
}
Tensor& div_(Tensor& self, const Scalar& other) {
  div_impl(I, nullptr, self, other, {});
  return self;
}
Tensor div(const Tensor& self, const Tensor& other, std::optional<std::string_view> rounding_mode) {
  return div_impl(F, nullptr, self, other, rounding_mode);
}
Tensor& div_out(Tensor& out, const Tensor& self, const Tensor& other,
                std::optional<std::string_view> rounding_mode) {
  div_impl(O, &out, self, other, rounding_mode);
  return out;
}
Tensor& div_(Tensor& self, const Tensor& other, std::optional<std::string_view> rounding_mode) {
  div_impl(I, nullptr, self, other, rounding_mode);
  return self;
}
Tensor div(const Tensor& self, const Scalar& other, std::optional<std::string_view> rounding_mode) {
  return div_impl(F, nullptr, self, other, rounding_mode);
}
Tensor& div_out(Tensor& out, const Tensor& self, const Scalar& other,
                std::optional<std::string_view> rounding_mode) {
  div_impl(O, &out, self, other, rounding_mode);
  return out;
}
Tensor& div_(Tensor& self, const Scalar& other, std::optional<std::string_view> rounding_mode) {
  div_impl(I, nullptr, self, other, rounding_mode);
  return self;
}

// ---- ops whose Tensor and Scalar overloads differ only in how `other` arrives
// `grad`: the backward recorded (BinaryGrad::None for non-differentiable ops).
#define IGNIS_BINARY_FORMS(name, Other_t, bop, rule, bool_result, grad)                            \
  Tensor name(const Tensor& self, const Other_t& other) {                                          \
    return simple(#name, F, nullptr, self, other, bop, rule, bool_result, grad);                   \
  }                                                                                                \
  Tensor& name##_out(Tensor& out, const Tensor& self, const Other_t& other) {                      \
    simple(#name "_out", O, &out, self, other, bop, rule, bool_result, grad);                      \
    return out;                                                                                    \
  }
#define IGNIS_BINARY_INPLACE(name, Other_t, bop, rule, bool_result, grad)                          \
  Tensor& name##_(Tensor& self, const Other_t& other) {                                            \
    simple(#name "_", I, nullptr, self, other, bop, rule, bool_result, grad);                      \
    return self;                                                                                   \
  }
#define IGNIS_BINARY_ALL(name, bop, rule, bool_result, grad)                                       \
  IGNIS_BINARY_FORMS(name, Tensor, bop, rule, bool_result, grad)                                   \
  IGNIS_BINARY_INPLACE(name, Tensor, bop, rule, bool_result, grad)                                 \
  IGNIS_BINARY_FORMS(name, Scalar, bop, rule, bool_result, grad)                                   \
  IGNIS_BINARY_INPLACE(name, Scalar, bop, rule, bool_result, grad)
constexpr BinaryGrad kNoGrad = BinaryGrad::None;

IGNIS_BINARY_ALL(mul, BinaryOp::Mul, Rule::Any, false, BinaryGrad::Mul)
IGNIS_BINARY_ALL(floor_divide, BinaryOp::DivFloor, Rule::Numeric, false, kNoGrad)
IGNIS_BINARY_ALL(remainder, BinaryOp::Remainder, Rule::Numeric, false, BinaryGrad::Remainder)
IGNIS_BINARY_ALL(fmod, BinaryOp::Fmod, Rule::Numeric, false, BinaryGrad::Fmod)
IGNIS_BINARY_ALL(eq, BinaryOp::Eq, Rule::Any, true, kNoGrad)
IGNIS_BINARY_ALL(ne, BinaryOp::Ne, Rule::Any, true, kNoGrad)
IGNIS_BINARY_ALL(lt, BinaryOp::Lt, Rule::Any, true, kNoGrad)
IGNIS_BINARY_ALL(le, BinaryOp::Le, Rule::Any, true, kNoGrad)
IGNIS_BINARY_ALL(gt, BinaryOp::Gt, Rule::Any, true, kNoGrad)
IGNIS_BINARY_ALL(ge, BinaryOp::Ge, Rule::Any, true, kNoGrad)
IGNIS_BINARY_ALL(bitwise_and, BinaryOp::BitAnd, Rule::IntOnly, false, kNoGrad)
IGNIS_BINARY_ALL(bitwise_or, BinaryOp::BitOr, Rule::IntOnly, false, kNoGrad)
IGNIS_BINARY_ALL(bitwise_xor, BinaryOp::BitXor, Rule::IntOnly, false, kNoGrad)
IGNIS_BINARY_FORMS(atan2, Tensor, BinaryOp::Atan2, Rule::Floating, false, BinaryGrad::Atan2)
IGNIS_BINARY_INPLACE(atan2, Tensor, BinaryOp::Atan2, Rule::Floating, false, BinaryGrad::Atan2)
IGNIS_BINARY_FORMS(maximum, Tensor, BinaryOp::Maximum, Rule::Any, false, BinaryGrad::Maximum)
IGNIS_BINARY_FORMS(minimum, Tensor, BinaryOp::Minimum, Rule::Any, false, BinaryGrad::Minimum)
IGNIS_BINARY_FORMS(logical_and, Tensor, BinaryOp::LogicalAnd, Rule::Any, true, kNoGrad)
IGNIS_BINARY_INPLACE(logical_and, Tensor, BinaryOp::LogicalAnd, Rule::Any, true, kNoGrad)
IGNIS_BINARY_FORMS(logical_or, Tensor, BinaryOp::LogicalOr, Rule::Any, true, kNoGrad)
IGNIS_BINARY_INPLACE(logical_or, Tensor, BinaryOp::LogicalOr, Rule::Any, true, kNoGrad)
IGNIS_BINARY_FORMS(logical_xor, Tensor, BinaryOp::LogicalXor, Rule::Any, true, kNoGrad)
IGNIS_BINARY_INPLACE(logical_xor, Tensor, BinaryOp::LogicalXor, Rule::Any, true, kNoGrad)
#undef IGNIS_BINARY_ALL
#undef IGNIS_BINARY_INPLACE
#undef IGNIS_BINARY_FORMS

// remainder(Scalar, Tensor): the Scalar is the dividend.
Tensor remainder(const Scalar& self, const Tensor& other) {
  check_defined("remainder", "other", other);
  DType c = compute_dtype("remainder", result_type({other}, {self}), Rule::Numeric);
  Tensor r = run_binary("remainder", F, nullptr, wrap_scalar(self, c, other.device()), other, c, c,
                        BinaryOp::Remainder);
  record_remainder_scalar_self(self, other, other, r);
  return r;
}
Tensor& remainder_out(Tensor& out, const Scalar& self, const Tensor& other) {
  check_defined("remainder_out", "other", other);
  DType c = compute_dtype("remainder_out", result_type({other}, {self}), Rule::Numeric);
  Tensor old_other =
      keep_old(other, grad_write_dst("remainder_out", O, &out, other), needs_grad(other));
  run_binary("remainder_out", O, &out, wrap_scalar(self, c, other.device()), other, c, c,
             BinaryOp::Remainder);
  record_remainder_scalar_self(self, other, old_other, out);
  return out;
}

// ---- pow
Tensor pow(const Tensor& self, const Tensor& exponent) {
  return pow_impl(F, nullptr, self, exponent);
}
Tensor& pow_out(Tensor& out, const Tensor& self, const Tensor& exponent) {
  pow_impl(O, &out, self, exponent);
  return out;
}
Tensor& pow_(Tensor& self, const Tensor& exponent) {
  pow_impl(I, nullptr, self, exponent);
  return self;
}
Tensor pow(const Tensor& self, const Scalar& exponent) {
  return pow_impl(F, nullptr, self, exponent);
}
Tensor& pow_out(Tensor& out, const Tensor& self, const Scalar& exponent) {
  pow_impl(O, &out, self, exponent);
  return out;
}
Tensor& pow_(Tensor& self, const Scalar& exponent) {
  pow_impl(I, nullptr, self, exponent);
  return self;
}
Tensor pow(const Scalar& self, const Tensor& exponent) {
  check_defined("pow", "exponent", exponent);
  DType c = compute_dtype("pow", result_type({exponent}, {self}), Rule::Numeric);
  Tensor r = run_binary("pow", F, nullptr, wrap_scalar(self, c, exponent.device()), exponent, c, c,
                        BinaryOp::Pow);
  record_pow_scalar_self(self, exponent, exponent, r);
  return r;
}
Tensor& pow_out(Tensor& out, const Scalar& self, const Tensor& exponent) {
  check_defined("pow_out", "exponent", exponent);
  DType c = compute_dtype("pow_out", result_type({exponent}, {self}), Rule::Numeric);
  Tensor old_exponent =
      keep_old(exponent, grad_write_dst("pow_out", O, &out, exponent), needs_grad(exponent));
  run_binary("pow_out", O, &out, wrap_scalar(self, c, exponent.device()), exponent, c, c,
             BinaryOp::Pow);
  record_pow_scalar_self(self, exponent, old_exponent, out);
  return out;
}

}  // namespace ignis
