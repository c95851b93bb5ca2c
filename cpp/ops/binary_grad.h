// Recording the backward of the binary family (cpp/ops/binary.cpp, binary_ternary.cpp); the
// formulas live in binary_grad.cpp. Each record_* does nothing unless grad mode is on and an
// input requires grad. Inputs are passed as the caller gave them (before dtype conversion);
// `out` is the result: self after the write for in-place forms, the out tensor for out=.
//
// In-place and out= forms call check_inplace(dst, op) before writing, and pass every input a
// formula reads through keep_old first, so the formula sees the value from before the write.
#pragma once

#include <optional>

#include "ops/elementwise.h"
#include "ops/history.h"

namespace ignis {

// The tensor an in-place (self) or out= (out) form writes, after checking that autograd allows
// the write (check_inplace); null for the functional form.
const Tensor* grad_write_dst(const char* op, OutMode mode, const Tensor* out, const Tensor& self);

// t, or a copy of t (with history) when `needed` (a gradient that reads t will be computed) and
// the write into dst (null for the functional form) shares t's memory.
Tensor keep_old(const Tensor& t, const Tensor* dst, bool needed);

// True when grad mode is on and t requires grad (a gradient for t will be computed).
inline bool needs_grad(const Tensor& t) { return any_requires_grad({&t}); }

// The differentiable two-input ops; None records nothing.
enum class BinaryGrad {
  None,
  Mul,
  Div,
  DivRounding,
  Remainder,
  Fmod,
  Pow,
  Atan2,
  Maximum,
  Minimum
};

// Whether kind's formula reads self / other, given which of the two gradients are needed
// (needs_grad): the `needed` argument of keep_old for in-place and out= forms.
bool binary_grad_reads_self(BinaryGrad kind, bool self_needed, bool other_needed);
bool binary_grad_reads_other(BinaryGrad kind, bool self_needed, bool other_needed);

// self + alpha * other (negative alpha for sub); other is a tensor or a Scalar (other_t null).
void record_add(const char* name, const Tensor& self, const Tensor* other_t, const Scalar& alpha,
                Tensor& out);
// self (op) other for the ops of BinaryGrad. old_self / old_other are what keep_old returned
// (other_t null for a Scalar other, which is then given as other_s).
void record_binary(BinaryGrad kind, const Tensor& self, const Tensor& old_self,
                   const Tensor* other_t, const Tensor& old_other, const Scalar* other_s,
                   Tensor& out);
// remainder(Scalar self, Tensor other) and pow(Scalar self, Tensor exponent); old_*: see keep_old
// (both formulas read the tensor).
void record_remainder_scalar_self(const Scalar& self, const Tensor& other, const Tensor& old_other,
                                  Tensor& out);
void record_pow_scalar_self(const Scalar& self, const Tensor& exponent, const Tensor& old_exponent,
                            Tensor& out);

// where(condition, self, other); a Scalar side is passed as null.
void record_where(const Tensor& condition, const Tensor* self, const Tensor* other, Tensor& out);
// clamp with Scalar bounds (old_self: see keep_old).
void record_clamp(const Tensor& self, const Tensor& old_self, const std::optional<Scalar>& min,
                  const std::optional<Scalar>& max, Tensor& out);
// clamp with Tensor bounds (undefined for a missing bound).
void record_clamp(const Tensor& self, const Tensor& old_self, const Tensor& min,
                  const Tensor& old_min, const Tensor& max, const Tensor& old_max, Tensor& out);
// lerp with a Scalar weight.
void record_lerp(const Tensor& self, const Tensor& end, const Scalar& weight, Tensor& out);
// lerp with a Tensor weight (old_*: see keep_old).
void record_lerp(const Tensor& self, const Tensor& old_self, const Tensor& end,
                 const Tensor& old_end, const Tensor& weight, const Tensor& old_weight,
                 Tensor& out);
// addcmul (div false) and addcdiv (div true); old_t1 / old_t2: see keep_old.
void record_addc(bool div, const Tensor& self, const Tensor& t1, const Tensor& old_t1,
                 const Tensor& t2, const Tensor& old_t2, const Scalar& value, Tensor& out);

}  // namespace ignis
