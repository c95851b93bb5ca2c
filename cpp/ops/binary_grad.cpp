// Backward formulas of the binary family (cpp/ops/binary.cpp, binary_ternary.cpp), written with
// differentiable ops so that create_graph gives higher-order gradients. Follows PyTorch's
// derivatives.yaml (node names included); every gradient is summed back over broadcast dims and
// cast to its input's dtype, and only the gradients of inputs that require grad are computed.
#include "ops/binary_grad.h"

#include <cmath>
#include <string>

#include "ops/grad_utils.h"
#include "ops/operators.h"

namespace ignis {
namespace {

// What a formula needs to know about an input without holding it: its shape, its dtype and
// whether its gradient is wanted.
struct In {
  std::vector<int64_t> shape;
  DType dtype = DType::F32;
  bool needed = false;
};

In meta(const Tensor* t) {
  if (!t || !t->defined()) return {};
  return {t->shape(), t->dtype(), needs_grad(*t)};
}

// g summed over the dims `in` was broadcast along and cast to its dtype.
Tensor fit(const Tensor& g, const In& in) {
  Tensor r = sum_to(g, in.shape);
  return r.dtype() == in.dtype ? r : r.to(in.dtype);
}

// The gradient of `in` computed by f (only when needed).
template <typename F>
Tensor grad_for(const In& in, F f) {
  return in.needed ? fit(f(), in) : Tensor();
}

const Tensor& or_none(const Tensor* t) {
  static const Tensor none;
  return t ? *t : none;
}

// t when `keep`, else an undefined tensor (nothing saved).
Tensor save_if(const Tensor& t, bool keep) { return keep ? t : Tensor(); }

bool is_one(const Scalar& s) { return !s.is_bool() && s.to_double() == 1.0; }
Tensor scaled(const Tensor& g, const Scalar& s) { return is_one(s) ? g : g * s; }

// A 0/0.5/1 coefficient where `wins` / ties hold: maximum and minimum split ties evenly.
Tensor select_coef(const Tensor& wins, const Tensor& ties, DType dt) {
  return add(wins.to(dt), ties.to(dt), 0.5);
}

const char* binary_name(BinaryGrad kind, bool scalar_other) {
  switch (kind) {
  case BinaryGrad::Mul:
    return scalar_other ? "MulBackward1" : "MulBackward0";
  case BinaryGrad::Div:
    return scalar_other ? "DivBackward1" : "DivBackward0";
  case BinaryGrad::DivRounding:
    return scalar_other ? "DivBackward3" : "DivBackward2";
  case BinaryGrad::Remainder:
    return scalar_other ? "RemainderBackward0" : "RemainderBackward1";
  case BinaryGrad::Fmod:
    return scalar_other ? "FmodBackward0" : "FmodBackward1";
  case BinaryGrad::Pow:
    return scalar_other ? "PowBackward0" : "PowBackward1";
  case BinaryGrad::Atan2:
    return "Atan2Backward0";
  case BinaryGrad::Maximum:
    return "MaximumBackward0";
  case BinaryGrad::Minimum:
    return "MinimumBackward0";
  case BinaryGrad::None:
    break;
  }
  return "BinaryBackward";
}

}  // namespace

const Tensor* grad_write_dst(const char* op, OutMode mode, const Tensor* out, const Tensor& self) {
  const Tensor* dst = mode == OutMode::InPlace ? &self : (mode == OutMode::Out ? out : nullptr);
  if (dst && dst->defined()) check_inplace(*dst, op);
  return dst;
}

Tensor keep_old(const Tensor& t, const Tensor* dst, bool needed) {
  if (!needed || !dst || !t.defined() || !dst->defined()) return t;
  return t.storage().get() == dst->storage().get() ? t.clone() : t;
}

bool binary_grad_reads_self(BinaryGrad kind, bool self_needed, bool other_needed) {
  switch (kind) {
  case BinaryGrad::Mul:
  case BinaryGrad::Div:
  case BinaryGrad::Remainder:
  case BinaryGrad::Fmod:
    return other_needed;
  case BinaryGrad::Pow:
  case BinaryGrad::Atan2:
  case BinaryGrad::Maximum:
  case BinaryGrad::Minimum:
    return self_needed || other_needed;
  case BinaryGrad::None:
  case BinaryGrad::DivRounding:
    break;
  }
  return false;
}

bool binary_grad_reads_other(BinaryGrad kind, bool self_needed, bool other_needed) {
  switch (kind) {
  case BinaryGrad::Mul:
    return self_needed;
  case BinaryGrad::Remainder:
  case BinaryGrad::Fmod:
    return other_needed;
  case BinaryGrad::Div:
  case BinaryGrad::Pow:
  case BinaryGrad::Atan2:
  case BinaryGrad::Maximum:
  case BinaryGrad::Minimum:
    return self_needed || other_needed;
  case BinaryGrad::None:
  case BinaryGrad::DivRounding:
    break;
  }
  return false;
}

// ---- add, sub: the gradient passes through (times alpha for other).

void record_add(const char* name, const Tensor& self, const Tensor* other_t, const Scalar& alpha,
                Tensor& out) {
  const Tensor& other = or_none(other_t);
  if (!any_requires_grad({&self, &other})) return;
  record(name, {self, other}, {&out}, {},
         [a = meta(&self), b = meta(&other), alpha](const TensorList& g,
                                                    const TensorList&) -> TensorList {
           return {grad_for(a, [&] { return g[0]; }),
                   grad_for(b, [&] { return scaled(g[0], alpha); })};
         });
}

// ---- mul, div, remainder, fmod, pow, atan2, maximum, minimum

void record_binary(BinaryGrad kind, const Tensor& self, const Tensor& old_self,
                   const Tensor* other_t, const Tensor& old_other, const Scalar* other_s,
                   Tensor& out) {
  const Tensor& other = or_none(other_t);
  if (kind == BinaryGrad::None || !any_requires_grad({&self, &other})) return;
  In a = meta(&self), b = meta(&other);
  Scalar s = other_s ? *other_s : Scalar();
  bool scalar = other_t == nullptr;
  const char* name = binary_name(kind, scalar);
  Tensor x = save_if(old_self, binary_grad_reads_self(kind, a.needed, b.needed));
  Tensor y = save_if(old_other, binary_grad_reads_other(kind, a.needed, b.needed));
  bool saves_out = kind == BinaryGrad::Pow && other_t && b.needed;
  record(
      name, {self, other}, {&out}, {{x, false}, {y, false}, {save_if(out, saves_out), true}},
      [kind, a, b, s, scalar](const TensorList& g, const TensorList& sv) -> TensorList {
        const Tensor &gr = g[0], &x = sv[0], &y = sv[1], &result = sv[2];
        switch (kind) {
        case BinaryGrad::Mul:
          return {grad_for(a, [&] { return scalar ? gr * s : gr * y; }),
                  grad_for(b, [&] { return gr * x; })};
        case BinaryGrad::Div:
          return {grad_for(a, [&] { return scalar ? gr / s : gr / y; }),
                  grad_for(b, [&] { return -gr * ((x / y) / y); })};
        case BinaryGrad::DivRounding:
          return {grad_for(a, [&] { return zeros_like(gr); }),
                  grad_for(b, [&] { return zeros_like(gr); })};
        case BinaryGrad::Remainder:
          return {grad_for(a, [&] { return gr; }),
                  grad_for(b, [&] { return -gr * div(x, y, "floor"); })};
        case BinaryGrad::Fmod:
          return {grad_for(a, [&] { return gr; }),
                  grad_for(b, [&] { return -gr * div(x, y, "trunc"); })};
        case BinaryGrad::Pow:
          if (scalar) {
            // d/dx x^e = e x^(e-1); zero for e == 0 (also at x == 0).
            if (s.to_double() == 0.0) return {grad_for(a, [&] { return zeros_like(gr); })};
            Scalar e1 = s.is_integral() ? Scalar(s.to_int() - 1) : Scalar(s.to_double() - 1);
            return {grad_for(a, [&] { return gr * (pow(x, e1) * s); })};
          }
          return {grad_for(a, [&] { return where(eq(y, 0.0), 0.0, gr * (y * pow(x, y - 1.0))); }),
                  // d/de x^e = x^e log x, taken as 0 where x == 0 and e >= 0.
                  grad_for(b, [&] {
                    Tensor zero_base = logical_and(eq(x, 0.0), ge(y, 0.0));
                    Tensor xr = x.dtype() == result.dtype() ? x : x.to(result.dtype());
                    return gr * where(zero_base, 0.0, result * log(xr));
                  })};
        case BinaryGrad::Atan2: {
          auto recip = [&] { return reciprocal(x * x + y * y); };
          return {grad_for(a, [&] { return gr * (y * recip()); }),
                  grad_for(b, [&] { return gr * (-x * recip()); })};
        }
        case BinaryGrad::Maximum:
        case BinaryGrad::Minimum: {
          bool mx = kind == BinaryGrad::Maximum;
          DType dt = gr.dtype();
          return {
              grad_for(a, [&] { return gr * select_coef(mx ? gt(x, y) : lt(x, y), eq(x, y), dt); }),
              grad_for(b,
                       [&] { return gr * select_coef(mx ? lt(x, y) : gt(x, y), eq(x, y), dt); })};
        }
        case BinaryGrad::None:
          break;
        }
        return {};
      });
}

// remainder(s, other) = s - floor(s / other) * other: d/dother = -floor(s / other).
void record_remainder_scalar_self(const Scalar& self, const Tensor& other, const Tensor& old_other,
                                  Tensor& out) {
  if (!any_requires_grad({&other})) return;
  record("RemainderBackward2", {other}, {&out}, {{old_other, false}},
         [self, b = meta(&other)](const TensorList& g, const TensorList& sv) -> TensorList {
           const Tensor& y = sv[0];
           return {grad_for(b, [&] {
             return -g[0] * div(scalar_tensor(self, y.dtype(), y.device()), y, "floor");
           })};
         });
}

// d/de s^e = s^e log s, taken as 0 where s == 0 and e >= 0.
void record_pow_scalar_self(const Scalar& self, const Tensor& exponent, const Tensor& old_exponent,
                            Tensor& out) {
  if (!any_requires_grad({&exponent})) return;
  bool zero_base = self.to_double() == 0.0;
  record("PowBackward2", {exponent}, {&out},
         {{zero_base ? old_exponent : Tensor(), false}, {out, true}},
         [self, zero_base, b = meta(&exponent)](const TensorList& g,
                                                const TensorList& sv) -> TensorList {
           const Tensor &e = sv[0], &result = sv[1];
           return {grad_for(b, [&] {
             if (zero_base) return g[0] * where(ge(e, 0.0), 0.0, result * std::log(0.0));
             return g[0] * (result * std::log(self.to_double()));
           })};
         });
}

// ---- ternary: where, clamp, lerp, addcmul, addcdiv

void record_where(const Tensor& condition, const Tensor* self, const Tensor* other, Tensor& out) {
  const Tensor &x = or_none(self), &y = or_none(other);
  if (!any_requires_grad({&x, &y})) return;
  record(
      "WhereBackward0", {x, y}, {&out}, {{condition, false}},
      [a = meta(self), b = meta(other)](const TensorList& g, const TensorList& sv) -> TensorList {
        const Tensor& c = sv[0];
        return {grad_for(a, [&] { return where(c, g[0], 0.0); }),
                grad_for(b, [&] { return where(c, 0.0, g[0]); })};
      });
}

void record_clamp(const Tensor& self, const Tensor& old_self, const std::optional<Scalar>& min,
                  const std::optional<Scalar>& max, Tensor& out) {
  if (!any_requires_grad({&self})) return;
  record("ClampBackward1", {self}, {&out}, {{old_self, false}},
         [a = meta(&self), min, max](const TensorList& g, const TensorList& sv) -> TensorList {
           const Tensor& x = sv[0];
           return {grad_for(a, [&] {
             Tensor in_range = min && max ? logical_and(ge(x, *min), le(x, *max))
                               : min      ? ge(x, *min)
                                          : le(x, *max);
             return where(in_range, g[0], 0.0);
           })};
         });
}

// self's gradient where min <= self <= max; min's where self < min (and min < max); max's where
// self > max or max < min (clamp gives max then).
void record_clamp(const Tensor& self, const Tensor& old_self, const Tensor& min,
                  const Tensor& old_min, const Tensor& max, const Tensor& old_max, Tensor& out) {
  if (!any_requires_grad({&self, &min, &max})) return;
  record("ClampBackward0", {self, min, max}, {&out},
         {{old_self, false}, {old_min, false}, {old_max, false}},
         [a = meta(&self), lo = meta(&min), hi = meta(&max)](const TensorList& g,
                                                             const TensorList& sv) -> TensorList {
           const Tensor &gr = g[0], &x = sv[0], &mn = sv[1], &mx = sv[2];
           bool has_min = mn.defined(), has_max = mx.defined();
           return {grad_for(a,
                            [&] {
                              Tensor m = has_min && has_max ? logical_and(ge(x, mn), le(x, mx))
                                         : has_min          ? ge(x, mn)
                                                            : le(x, mx);
                              return where(m, gr, 0.0);
                            }),
                   grad_for(lo,
                            [&] {
                              Tensor m = has_max ? logical_and(lt(x, mn), lt(mn, mx)) : lt(x, mn);
                              return where(m, gr, 0.0);
                            }),
                   grad_for(hi, [&] {
                     Tensor m = has_min ? logical_or(gt(x, mx), lt(mx, mn)) : gt(x, mx);
                     return where(m, gr, 0.0);
                   })};
         });
}

void record_lerp(const Tensor& self, const Tensor& end, const Scalar& weight, Tensor& out) {
  if (!any_requires_grad({&self, &end})) return;
  record("LerpBackward0", {self, end}, {&out}, {},
         [a = meta(&self), b = meta(&end),
          w = weight.to_double()](const TensorList& g, const TensorList&) -> TensorList {
           return {grad_for(a, [&] { return g[0] * (1.0 - w); }),
                   grad_for(b, [&] { return g[0] * w; })};
         });
}

void record_lerp(const Tensor& self, const Tensor& old_self, const Tensor& end,
                 const Tensor& old_end, const Tensor& weight, const Tensor& old_weight,
                 Tensor& out) {
  if (!any_requires_grad({&self, &end, &weight})) return;
  In a = meta(&self), b = meta(&end), c = meta(&weight);
  record("LerpBackward1", {self, end, weight}, {&out},
         {{save_if(old_self, c.needed), false},
          {save_if(old_end, c.needed), false},
          {save_if(old_weight, a.needed || b.needed), false}},
         [a, b, c](const TensorList& g, const TensorList& sv) -> TensorList {
           const Tensor &gr = g[0], &x = sv[0], &e = sv[1], &w = sv[2];
           return {grad_for(a, [&] { return gr * (1.0 - w); }), grad_for(b, [&] { return gr * w; }),
                   grad_for(c, [&] { return gr * (e - x); })};
         });
}

void record_addc(bool div, const Tensor& self, const Tensor& t1, const Tensor& old_t1,
                 const Tensor& t2, const Tensor& old_t2, const Scalar& value, Tensor& out) {
  if (!any_requires_grad({&self, &t1, &t2})) return;
  In a = meta(&self), b = meta(&t1), c = meta(&t2);
  record(
      div ? "AddcdivBackward0" : "AddcmulBackward0", {self, t1, t2}, {&out},
      {{save_if(old_t1, c.needed), false}, {save_if(old_t2, b.needed || (div && c.needed)), false}},
      [div, a, b, c, value](const TensorList& g, const TensorList& sv) -> TensorList {
        const Tensor &gr = g[0], &x1 = sv[0], &x2 = sv[1];
        if (div)
          return {grad_for(a, [&] { return gr; }),
                  grad_for(b, [&] { return scaled(gr, value) / x2; }),
                  grad_for(c, [&] { return -scaled(gr, value) * x1 / (x2 * x2); })};
        return {grad_for(a, [&] { return gr; }),
                grad_for(b, [&] { return scaled(gr * x2, value); }),
                grad_for(c, [&] { return scaled(gr * x1, value); })};
      });
}

}  // namespace ignis
