// Backward formulas of the unary ops (cpp/ops/unary.cpp), written with differentiable ops so
// that create_graph gives higher-order gradients. Follows PyTorch's derivatives.yaml; formulas
// that can be written with the result (exp, sqrt, tanh, sigmoid, relu...) save the result, so
// their in-place forms need no copy of the input.
#include "ops/unary_grad.h"

#include <cmath>
#include <numbers>

#include "kernels/unary.h"
#include "ops/operators.h"
#include "tensor/dim_vector.h"

namespace ignis {
namespace {

using std::numbers::ln10;
using std::numbers::ln2;
using std::numbers::pi;

Tensor cast(const Tensor& g, DType dt) { return g.dtype() == dt ? g : g.to(dt); }

// What a formula reads besides the incoming gradient.
enum class Saves { Nothing, Input, Output };

// Records a one-input backward: f(grad, v) is the gradient of self, where v is self, out or
// undefined (per `saves`). The result is cast back to self's dtype (out= may cast).
template <typename F>
void record1(const char* name, const Tensor& self, Tensor& out, Saves saves, F f) {
  if (!any_requires_grad({&self})) return;
  auto fn = [f = std::move(f), dt = self.dtype()](const TensorList& g,
                                                  const TensorList& s) -> TensorList {
    return {cast(f(g[0], s.empty() ? Tensor() : s[0]), dt)};
  };
  switch (saves) {
  case Saves::Nothing:
    record(name, {self}, {&out}, {}, std::move(fn));
    break;
  case Saves::Input:
    record(name, {self}, {&out}, {{self, false}}, std::move(fn));
    break;
  case Saves::Output:
    record(name, {self}, {&out}, {{out, true}}, std::move(fn));
    break;
  }
}

// The gradient of a piecewise-constant op (floor, sign...): zero everywhere it is defined.
Tensor zero_grad(const Tensor& g, const Tensor&) { return zeros_like(g); }

// g where mask, else 0 (mask is bool and carries no history).
Tensor masked(const Tensor& g, const Tensor& mask) { return mul(g, mask); }

// g where y > threshold, else 0. Without a graph to build (no create_graph) and with g and y
// dense alike, one fused kernel; otherwise the differentiable formula.
Tensor threshold_backward(const Tensor& g, const Tensor& y, double threshold) {
  auto* fused = threshold_backward_kernel.fns[static_cast<int>(g.device().type)];
  if (fused && !any_requires_grad({&g, &y}) && g.dtype() == y.dtype() && is_floating(g.dtype()) &&
      g.device() == y.device() && equal_dims(g.sizes(), y.sizes()) && g.is_contiguous() &&
      y.is_contiguous()) {
    Tensor out = empty(g.sizes(), {.dtype = g.dtype(), .device = g.device()});
    if (out.numel() > 0) fused(out, g, y, threshold);
    return out;
  }
  return masked(g, gt(y, threshold));
}

}  // namespace

Tensor keep_input(const Tensor& self, const Tensor& dst, const char* op, bool needs_old) {
  check_inplace(dst, op);
  if (needs_old && any_requires_grad({&self}) && self.storage().get() == dst.storage().get())
    return self.clone();
  return self;
}

// ---- piecewise constant and linear

void record_neg(const Tensor& self, Tensor& out) {
  record1("NegBackward0", self, out, Saves::Nothing,
          [](const Tensor& g, const Tensor&) { return neg(g); });
}
void record_abs(const Tensor& self, Tensor& out) {
  record1("AbsBackward0", self, out, Saves::Input,
          [](const Tensor& g, const Tensor& x) { return g * sign(x); });
}
void record_sign(const Tensor& self, Tensor& out) {
  record1("SignBackward0", self, out, Saves::Nothing, zero_grad);
}
void record_floor(const Tensor& self, Tensor& out) {
  record1("FloorBackward0", self, out, Saves::Nothing, zero_grad);
}
void record_ceil(const Tensor& self, Tensor& out) {
  record1("CeilBackward0", self, out, Saves::Nothing, zero_grad);
}
void record_round(const Tensor& self, Tensor& out) {
  record1("RoundBackward0", self, out, Saves::Nothing, zero_grad);
}
void record_round_decimals(const Tensor& self, Tensor& out) {
  record1("RoundBackward1", self, out, Saves::Nothing, zero_grad);
}
void record_trunc(const Tensor& self, Tensor& out) {
  record1("TruncBackward0", self, out, Saves::Nothing, zero_grad);
}
void record_frac(const Tensor& self, Tensor& out) {
  record1("FracBackward0", self, out, Saves::Nothing,
          [](const Tensor& g, const Tensor&) { return g; });
}
// Gradient passes where the input was finite (PyTorch: grad * isfinite(self)).
void record_nan_to_num(const Tensor& self, Tensor& out) {
  record1("NanToNumBackward0", self, out, Saves::Input,
          [](const Tensor& g, const Tensor& x) { return masked(g, isfinite(x)); });
}

// ---- exponentials and logarithms

void record_exp(const Tensor& self, Tensor& out) {
  record1("ExpBackward0", self, out, Saves::Output,
          [](const Tensor& g, const Tensor& y) { return g * y; });
}
void record_exp2(const Tensor& self, Tensor& out) {
  record1("Exp2Backward0", self, out, Saves::Output,
          [](const Tensor& g, const Tensor& y) { return g * (y * ln2); });
}
void record_expm1(const Tensor& self, Tensor& out) {
  record1("Expm1Backward0", self, out, Saves::Output,
          [](const Tensor& g, const Tensor& y) { return g * (y + 1); });
}
void record_log(const Tensor& self, Tensor& out) {
  record1("LogBackward0", self, out, Saves::Input,
          [](const Tensor& g, const Tensor& x) { return g / x; });
}
void record_log2(const Tensor& self, Tensor& out) {
  record1("Log2Backward0", self, out, Saves::Input,
          [](const Tensor& g, const Tensor& x) { return g / (x * ln2); });
}
void record_log10(const Tensor& self, Tensor& out) {
  record1("Log10Backward0", self, out, Saves::Input,
          [](const Tensor& g, const Tensor& x) { return g / (x * ln10); });
}
void record_log1p(const Tensor& self, Tensor& out) {
  record1("Log1PBackward0", self, out, Saves::Input,
          [](const Tensor& g, const Tensor& x) { return g / (x + 1); });
}
void record_sqrt(const Tensor& self, Tensor& out) {
  record1("SqrtBackward0", self, out, Saves::Output,
          [](const Tensor& g, const Tensor& y) { return g / (y * 2); });
}
// d/dx x^-1/2 = -1/2 y^3
void record_rsqrt(const Tensor& self, Tensor& out) {
  record1("RsqrtBackward0", self, out, Saves::Output,
          [](const Tensor& g, const Tensor& y) { return g * (y * y * y * -0.5); });
}
void record_reciprocal(const Tensor& self, Tensor& out) {
  record1("ReciprocalBackward0", self, out, Saves::Output,
          [](const Tensor& g, const Tensor& y) { return g * -(y * y); });
}

// ---- trigonometric and hyperbolic

void record_sin(const Tensor& self, Tensor& out) {
  record1("SinBackward0", self, out, Saves::Input,
          [](const Tensor& g, const Tensor& x) { return g * cos(x); });
}
void record_cos(const Tensor& self, Tensor& out) {
  record1("CosBackward0", self, out, Saves::Input,
          [](const Tensor& g, const Tensor& x) { return g * neg(sin(x)); });
}
void record_tan(const Tensor& self, Tensor& out) {
  record1("TanBackward0", self, out, Saves::Output,
          [](const Tensor& g, const Tensor& y) { return g * (y * y + 1); });
}
void record_asin(const Tensor& self, Tensor& out) {
  record1("AsinBackward0", self, out, Saves::Input,
          [](const Tensor& g, const Tensor& x) { return g * rsqrt(1.0 - x * x); });
}
void record_acos(const Tensor& self, Tensor& out) {
  record1("AcosBackward0", self, out, Saves::Input,
          [](const Tensor& g, const Tensor& x) { return g * neg(rsqrt(1.0 - x * x)); });
}
void record_atan(const Tensor& self, Tensor& out) {
  record1("AtanBackward0", self, out, Saves::Input,
          [](const Tensor& g, const Tensor& x) { return g / (x * x + 1); });
}
void record_sinh(const Tensor& self, Tensor& out) {
  record1("SinhBackward0", self, out, Saves::Input,
          [](const Tensor& g, const Tensor& x) { return g * cosh(x); });
}
void record_cosh(const Tensor& self, Tensor& out) {
  record1("CoshBackward0", self, out, Saves::Input,
          [](const Tensor& g, const Tensor& x) { return g * sinh(x); });
}
void record_tanh(const Tensor& self, Tensor& out) {
  record1("TanhBackward0", self, out, Saves::Output,
          [](const Tensor& g, const Tensor& y) { return g * (1.0 - y * y); });
}

// ---- special functions

void record_sigmoid(const Tensor& self, Tensor& out) {
  record1("SigmoidBackward0", self, out, Saves::Output,
          [](const Tensor& g, const Tensor& y) { return g * (y * (1.0 - y)); });
}
// d/dx log(sigmoid(x)) = sigmoid(-x)
void record_logsigmoid(const Tensor& self, Tensor& out) {
  record1("LogSigmoidBackward0", self, out, Saves::Input,
          [](const Tensor& g, const Tensor& x) { return g * sigmoid(neg(x)); });
}
// d/dx erf(x) = 2/sqrt(pi) exp(-x^2)
void record_erf(const Tensor& self, Tensor& out) {
  record1("ErfBackward0", self, out, Saves::Input, [](const Tensor& g, const Tensor& x) {
    return g * (exp(neg(x * x)) * (2.0 / std::sqrt(pi)));
  });
}
// d/dx erfinv(x) = sqrt(pi)/2 exp(erfinv(x)^2)
void record_erfinv(const Tensor& self, Tensor& out) {
  record1("ErfinvBackward0", self, out, Saves::Output, [](const Tensor& g, const Tensor& y) {
    return g * (exp(y * y) * (std::sqrt(pi) / 2.0));
  });
}

// ---- activations

// Gradient where the result is positive (PyTorch's threshold_backward(grad, result, 0)).
void record_relu(const Tensor& self, Tensor& out) {
  record1("ReluBackward0", self, out, Saves::Output,
          [](const Tensor& g, const Tensor& y) { return threshold_backward(g, y, 0); });
}
// relu6 is hardtanh(x, 0, 6): gradient where 0 < x < 6, i.e. where 0 < result < 6.
void record_relu6(const Tensor& self, Tensor& out) {
  record1("HardtanhBackward0", self, out, Saves::Output, [](const Tensor& g, const Tensor& y) {
    return masked(g, logical_and(gt(y, 0), lt(y, 6)));
  });
}
void record_leaky_relu(const Tensor& self, double negative_slope, Tensor& out) {
  record1("LeakyReluBackward0", self, out, Saves::Input,
          [negative_slope](const Tensor& g, const Tensor& x) {
            return where(gt(x, 0), g, g * negative_slope);
          });
}
// x > 0: scale; else scale * alpha * input_scale * exp(input_scale * x).
void record_elu(const Tensor& self, double alpha, double scale, double input_scale, Tensor& out) {
  record1("EluBackward0", self, out, Saves::Input,
          [alpha, scale, input_scale](const Tensor& g, const Tensor& x) {
            return where(gt(x, 0), g * scale,
                         g * (exp(x * input_scale) * (alpha * scale * input_scale)));
          });
}
// selu is elu with the self-normalizing constants (as in kernels/cpu/unary.cpp).
void record_selu(const Tensor& self, Tensor& out) {
  constexpr double kAlpha = 1.6732632423543772848170429916717;
  constexpr double kScale = 1.0507009873554804934193349852946;
  record1("EluBackward0", self, out, Saves::Input, [](const Tensor& g, const Tensor& x) {
    return where(gt(x, 0), g * kScale, g * (exp(x) * (kAlpha * kScale)));
  });
}
// none: Phi(x) + x phi(x). tanh: with t = tanh(k (x + c x^3)),
// 0.5 (1 + t) + 0.5 x (1 - t^2) k (1 + 3 c x^2).
void record_gelu(const Tensor& self, bool use_tanh, Tensor& out) {
  record1("GeluBackward0", self, out, Saves::Input, [use_tanh](const Tensor& g, const Tensor& x) {
    if (use_tanh) {
      const double k = std::sqrt(2.0 / pi), c = 0.044715;
      Tensor x2 = x * x;
      Tensor t = tanh((x + x2 * x * c) * k);
      Tensor inner = (x2 * (3.0 * c) + 1.0) * k;
      return g * ((t + 1.0) * 0.5 + x * 0.5 * (1.0 - t * t) * inner);
    }
    Tensor cdf = (erf(x * (1.0 / std::sqrt(2.0))) + 1.0) * 0.5;
    Tensor pdf = exp(x * x * -0.5) * (1.0 / std::sqrt(2.0 * pi));
    return g * (cdf + x * pdf);
  });
}
// s (1 + x (1 - s)) with s = sigmoid(x)
void record_silu(const Tensor& self, Tensor& out) {
  record1("SiluBackward0", self, out, Saves::Input, [](const Tensor& g, const Tensor& x) {
    Tensor s = sigmoid(x);
    return g * (s * (x * (1.0 - s) + 1.0));
  });
}
// t + x sigmoid(x) (1 - t^2) with t = tanh(softplus(x))
void record_mish(const Tensor& self, Tensor& out) {
  record1("MishBackward0", self, out, Saves::Input, [](const Tensor& g, const Tensor& x) {
    Tensor t = tanh(softplus(x));
    return g * (t + x * sigmoid(x) * (1.0 - t * t));
  });
}
// sigmoid(beta x), or 1 where beta x > threshold (the op is linear there).
void record_softplus(const Tensor& self, double beta, double threshold, Tensor& out) {
  record1("SoftplusBackward0", self, out, Saves::Input,
          [beta, threshold](const Tensor& g, const Tensor& x) {
            Tensor z = x * beta;
            return where(gt(z, threshold), g, g * sigmoid(z));
          });
}
// 0 below -3, x/3 + 1/2 on [-3, 3], 1 above (PyTorch's hardswish_backward).
void record_hardswish(const Tensor& self, Tensor& out) {
  record1("HardswishBackward0", self, out, Saves::Input, [](const Tensor& g, const Tensor& x) {
    Tensor mid = logical_and(ge(x, -3), le(x, 3));
    return masked(g * (x / 3.0 + 0.5), mid) + masked(g, gt(x, 3));
  });
}
// 1/6 on (-3, 3), else 0.
void record_hardsigmoid(const Tensor& self, Tensor& out) {
  record1("HardsigmoidBackward0", self, out, Saves::Input, [](const Tensor& g, const Tensor& x) {
    return masked(g / 6.0, logical_and(gt(x, -3), lt(x, 3)));
  });
}

}  // namespace ignis
