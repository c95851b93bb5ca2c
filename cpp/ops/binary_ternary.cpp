// Front ends of the ternary elementwise ops of the binary family: where, clamp (Scalar and
// Tensor bounds), lerp (Scalar and Tensor weight), addcmul and addcdiv; kernels in
// kernels/cpu/binary_ternary.cpp.
#include "kernels/binary.h"
#include "ops/binary_common.h"
#include "ops/binary_grad.h"
#include "ops/ops.gen.h"

namespace ignis {
namespace {

using detail::check_defined;
using detail::wrap_scalar;

constexpr OutMode F = OutMode::Functional, O = OutMode::Out, I = OutMode::InPlace;

// ---- where: inputs self, other (compute dtype) and condition (kept bool).
// self_t / other_t: the tensor sides the backward reaches (null for a Scalar side).
Tensor where_impl(const char* op, OutMode mode, Tensor* out, const Tensor& cond, const Tensor& self,
                  const Tensor& other, DType c, const Tensor* self_t, const Tensor* other_t) {
  IGNIS_CHECK(cond.dtype() == DType::Bool, DType, op,
              ": expected condition to be a bool tensor but got a tensor of dtype ",
              dtype_name(cond.dtype()));
  Tensor old_cond = keep_old(cond, grad_write_dst(op, mode, out, self),
                             (self_t && needs_grad(*self_t)) || (other_t && needs_grad(*other_t)));
  Tensor r = run_elementwise(
      op, mode, out, {self, other, cond}, c, c,
      [&](TensorIter& it) { kernel(where_kernel, op, cond.device())(it); }, 2);
  record_where(old_cond, self_t, other_t, r);
  return r;
}

// ---- clamp
Tensor clamp_scalar_impl(const char* op, OutMode mode, Tensor* out, const Tensor& self,
                         const std::optional<Scalar>& min, const std::optional<Scalar>& max) {
  check_defined(op, "self", self);
  IGNIS_CHECK(min || max, InvalidArgument, op, ": at least one of 'min' or 'max' must not be None");
  ResultTypeState st;
  st.add_tensor(self.dtype(), self.dim() == 0);
  if (min) st.add_scalar(min->kind());
  if (max) st.add_scalar(max->kind());
  DType c = st.result();
  IGNIS_CHECK(c != DType::Bool, DType, op, ": expected a numeric tensor or bounds but got bool");
  Tensor old_self = keep_old(self, grad_write_dst(op, mode, out, self), needs_grad(self));
  Tensor r = run_elementwise(op, mode, out, {self}, c, c, [&](TensorIter& it) {
    kernel(clamp_scalar_kernel, op, self.device())(it, min, max);
  });
  record_clamp(self, old_self, min, max, r);
  return r;
}

Tensor clamp_tensor_impl(const char* op, OutMode mode, Tensor* out, const Tensor& self,
                         const std::optional<Tensor>& min, const std::optional<Tensor>& max) {
  check_defined(op, "self", self);
  bool has_min = min && min->defined(), has_max = max && max->defined();
  IGNIS_CHECK(has_min || has_max, InvalidArgument, op,
              ": at least one of 'min' or 'max' must not be None");
  ResultTypeState st;
  st.add_tensor(self.dtype(), self.dim() == 0);
  if (has_min) st.add_tensor(min->dtype(), min->dim() == 0);
  if (has_max) st.add_tensor(max->dtype(), max->dim() == 0);
  DType c = st.result();
  IGNIS_CHECK(c != DType::Bool, DType, op, ": expected a numeric tensor or bounds but got bool");
  auto k = [&](TensorIter& it) {
    kernel(clamp_tensor_kernel, op, self.device())(it, has_min, has_max);
  };
  Tensor lo = has_min ? *min : Tensor(), hi = has_max ? *max : Tensor();
  const Tensor* dst = grad_write_dst(op, mode, out, self);
  bool grad = any_requires_grad({&self, &lo, &hi});
  Tensor old_self = keep_old(self, dst, grad), old_lo = keep_old(lo, dst, grad),
         old_hi = keep_old(hi, dst, grad);
  Tensor r = has_min && has_max
                 ? run_elementwise(op, mode, out, {self, lo, hi}, c, c, k)
                 : run_elementwise(op, mode, out, {self, has_min ? lo : hi}, c, c, k);
  record_clamp(self, old_self, lo, old_lo, hi, old_hi, r);
  return r;
}

// ---- lerp: floating self; end and weight must have self's dtype (no promotion, as PyTorch).
void check_lerp(const char* op, const Tensor& self, const Tensor& end, const Tensor* weight) {
  check_defined(op, "self", self);
  check_defined(op, "end", end);
  IGNIS_CHECK(is_floating(self.dtype()), DType, op,
              ": expected a floating point tensor for 'self' but got dtype ",
              dtype_name(self.dtype()));
  IGNIS_CHECK(end.dtype() == self.dtype(), DType, op, ": expected dtype ", dtype_name(self.dtype()),
              " for 'end' but got dtype ", dtype_name(end.dtype()));
  if (weight) {
    check_defined(op, "weight", *weight);
    IGNIS_CHECK(weight->dtype() == self.dtype(), DType, op, ": expected dtype ",
                dtype_name(self.dtype()), " for 'weight' but got dtype ",
                dtype_name(weight->dtype()));
  }
}

Tensor lerp_scalar_impl(const char* op, OutMode mode, Tensor* out, const Tensor& self,
                        const Tensor& end, const Scalar& weight) {
  check_lerp(op, self, end, nullptr);
  grad_write_dst(op, mode, out, self);
  Tensor r =
      run_elementwise(op, mode, out, {self, end}, self.dtype(), self.dtype(),
                      [&](TensorIter& it) { kernel(lerp_kernel, op, self.device())(it, weight); });
  record_lerp(self, end, weight, r);
  return r;
}

Tensor lerp_tensor_impl(const char* op, OutMode mode, Tensor* out, const Tensor& self,
                        const Tensor& end, const Tensor& weight) {
  check_lerp(op, self, end, &weight);
  const Tensor* dst = grad_write_dst(op, mode, out, self);
  bool gw = needs_grad(weight), gse = needs_grad(self) || needs_grad(end);
  Tensor old_self = keep_old(self, dst, gw), old_end = keep_old(end, dst, gw),
         old_weight = keep_old(weight, dst, gse);
  Tensor r =
      run_elementwise(op, mode, out, {self, end, weight}, self.dtype(), self.dtype(),
                      [&](TensorIter& it) { kernel(lerp_kernel, op, self.device())(it, 0); });
  record_lerp(self, old_self, end, old_end, weight, old_weight, r);
  return r;
}

// ---- addcmul / addcdiv
Tensor addc_impl(const char* op, OutMode mode, Tensor* out, const Tensor& self, const Tensor& t1,
                 const Tensor& t2, const Scalar& value, bool div) {
  check_defined(op, "self", self);
  check_defined(op, "tensor1", t1);
  check_defined(op, "tensor2", t2);
  if (div)
    IGNIS_CHECK(!(is_integral(t1.dtype(), true) && is_integral(t2.dtype(), true)), InvalidArgument,
                op, ": integer division of tensor1 (", dtype_name(t1.dtype()), ") by tensor2 (",
                dtype_name(t2.dtype()),
                ") is not supported; convert them to a floating point dtype first");
  DType c = result_type({self, t1, t2});
  IGNIS_CHECK(c != DType::Bool, DType, op, ": expected numeric tensors but got bool");
  const Tensor* dst = grad_write_dst(op, mode, out, self);
  bool g1 = needs_grad(t1), g2 = needs_grad(t2);
  Tensor old_t1 = keep_old(t1, dst, g2), old_t2 = keep_old(t2, dst, g1 || (div && g2));
  Tensor r = run_elementwise(op, mode, out, {self, t1, t2}, c, c, [&](TensorIter& it) {
    kernel(addcmul_kernel, op, self.device())(it, value, div);
  });
  record_addc(div, self, t1, old_t1, t2, old_t2, value, r);
  return r;
}

}  // namespace

// ---- where
Tensor where(const Tensor& condition, const Tensor& self, const Tensor& other) {
  check_defined("where", "condition", condition);
  check_defined("where", "self", self);
  check_defined("where", "other", other);
  return where_impl("where", F, nullptr, condition, self, other, result_type({self, other}), &self,
                    &other);
}
Tensor& where_out(Tensor& out, const Tensor& condition, const Tensor& self, const Tensor& other) {
  check_defined("where_out", "condition", condition);
  check_defined("where_out", "self", self);
  check_defined("where_out", "other", other);
  where_impl("where_out", O, &out, condition, self, other, result_type({self, other}), &self,
             &other);
  return out;
}
Tensor where(const Tensor& condition, const Scalar& self, const Tensor& other) {
  check_defined("where", "condition", condition);
  check_defined("where", "other", other);
  DType c = result_type({other}, {self});
  return where_impl("where", F, nullptr, condition, wrap_scalar(self, c, other.device()), other, c,
                    nullptr, &other);
}
Tensor where(const Tensor& condition, const Tensor& self, const Scalar& other) {
  check_defined("where", "condition", condition);
  check_defined("where", "self", self);
  DType c = result_type({self}, {other});
  return where_impl("where", F, nullptr, condition, self, wrap_scalar(other, c, self.device()), c,
                    &self, nullptr);
}
Tensor where(const Tensor& condition, const Scalar& self, const Scalar& other) {
  check_defined("where", "condition", condition);
  DType c = result_type({}, {self, other});
  Device d = condition.device();
  return where_impl("where", F, nullptr, condition, wrap_scalar(self, c, d),
                    wrap_scalar(other, c, d), c, nullptr, nullptr);
}

// ---- clamp
Tensor clamp(const Tensor& self, const std::optional<Scalar>& min,
             const std::optional<Scalar>& max) {
  return clamp_scalar_impl("clamp", F, nullptr, self, min, max);
}
Tensor& clamp_out(Tensor& out, const Tensor& self, const std::optional<Scalar>& min,
                  const std::optional<Scalar>& max) {
  clamp_scalar_impl("clamp_out", O, &out, self, min, max);
  return out;
}
Tensor& clamp_(Tensor& self, const std::optional<Scalar>& min, const std::optional<Scalar>& max) {
  clamp_scalar_impl("clamp_", I, nullptr, self, min, max);
  return self;
}
Tensor clamp(const Tensor& self, const std::optional<Tensor>& min,
             const std::optional<Tensor>& max) {
  return clamp_tensor_impl("clamp", F, nullptr, self, min, max);
}
Tensor& clamp_out(Tensor& out, const Tensor& self, const std::optional<Tensor>& min,
                  const std::optional<Tensor>& max) {
  clamp_tensor_impl("clamp_out", O, &out, self, min, max);
  return out;
}
Tensor& clamp_(Tensor& self, const std::optional<Tensor>& min, const std::optional<Tensor>& max) {
  clamp_tensor_impl("clamp_", I, nullptr, self, min, max);
  return self;
}

// ---- lerp
Tensor lerp(const Tensor& self, const Tensor& end, const Scalar& weight) {
  return lerp_scalar_impl("lerp", F, nullptr, self, end, weight);
}
Tensor& lerp_out(Tensor& out, const Tensor& self, const Tensor& end, const Scalar& weight) {
  lerp_scalar_impl("lerp_out", O, &out, self, end, weight);
  return out;
}
Tensor& lerp_(Tensor& self, const Tensor& end, const Scalar& weight) {
  lerp_scalar_impl("lerp_", I, nullptr, self, end, weight);
  return self;
}
Tensor lerp(const Tensor& self, const Tensor& end, const Tensor& weight) {
  return lerp_tensor_impl("lerp", F, nullptr, self, end, weight);
}
Tensor& lerp_out(Tensor& out, const Tensor& self, const Tensor& end, const Tensor& weight) {
  lerp_tensor_impl("lerp_out", O, &out, self, end, weight);
  return out;
}
Tensor& lerp_(Tensor& self, const Tensor& end, const Tensor& weight) {
  lerp_tensor_impl("lerp_", I, nullptr, self, end, weight);
  return self;
}

// ---- addcmul, addcdiv
Tensor addcmul(const Tensor& self, const Tensor& tensor1, const Tensor& tensor2,
               const Scalar& value) {
  return addc_impl("addcmul", F, nullptr, self, tensor1, tensor2, value, false);
}
Tensor& addcmul_out(Tensor& out, const Tensor& self, const Tensor& tensor1, const Tensor& tensor2,
                    const Scalar& value) {
  addc_impl("addcmul_out", O, &out, self, tensor1, tensor2, value, false);
  return out;
}
Tensor& addcmul_(Tensor& self, const Tensor& tensor1, const Tensor& tensor2, const Scalar& value) {
  addc_impl("addcmul_", I, nullptr, self, tensor1, tensor2, value, false);
  return self;
}
Tensor addcdiv(const Tensor& self, const Tensor& tensor1, const Tensor& tensor2,
               const Scalar& value) {
  return addc_impl("addcdiv", F, nullptr, self, tensor1, tensor2, value, true);
}
Tensor& addcdiv_out(Tensor& out, const Tensor& self, const Tensor& tensor1, const Tensor& tensor2,
                    const Scalar& value) {
  addc_impl("addcdiv_out", O, &out, self, tensor1, tensor2, value, true);
  return out;
}
Tensor& addcdiv_(Tensor& self, const Tensor& tensor1, const Tensor& tensor2, const Scalar& value) {
  addc_impl("addcdiv_", I, nullptr, self, tensor1, tensor2, value, true);
  return self;
}

}  // namespace ignis
