// generated from codegen/ops.yaml by codegen/gen.py - do not edit
// The superclass of Tensor: one method per schema op (see codegen/gen_java.py for the
// naming and type mapping, docs/java.md for the guide).
package dev.ignis;

import dev.ignis.raw.IgnisRaw;
import java.lang.ref.Reference;

/** Every op of the schema as a Tensor method (or static function); see {@link Tensor}. */
public abstract class TensorOps {
  TensorOps() {}

  /** The native handle (ignis_tensor*) of this tensor; throws once it is closed. */
  public abstract long handle();

  /** Negative of each element (-x). */
  public Tensor neg() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_neg(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Negative of each element (-x). */
  public Tensor neg_() {
    try {
      IgnisRaw.ignis_neg_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Negative of each element (-x). */
  public Tensor negOut(Tensor out) {
    try {
      IgnisRaw.ignis_neg_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Absolute value of each element. */
  public Tensor abs() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_abs(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Absolute value of each element. */
  public Tensor abs_() {
    try {
      IgnisRaw.ignis_abs_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Absolute value of each element. */
  public Tensor absOut(Tensor out) {
    try {
      IgnisRaw.ignis_abs_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Sign of each element: -1, 0 or 1 (0 for NaN). */
  public Tensor sign() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_sign(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Sign of each element: -1, 0 or 1 (0 for NaN). */
  public Tensor sign_() {
    try {
      IgnisRaw.ignis_sign_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Sign of each element: -1, 0 or 1 (0 for NaN). */
  public Tensor signOut(Tensor out) {
    try {
      IgnisRaw.ignis_sign_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** e raised to each element; integer inputs give the default float dtype. */
  public Tensor exp() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_exp(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** e raised to each element; integer inputs give the default float dtype. */
  public Tensor exp_() {
    try {
      IgnisRaw.ignis_exp_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** e raised to each element; integer inputs give the default float dtype. */
  public Tensor expOut(Tensor out) {
    try {
      IgnisRaw.ignis_exp_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** 2 raised to each element. */
  public Tensor exp2() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_exp2(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** 2 raised to each element. */
  public Tensor exp2_() {
    try {
      IgnisRaw.ignis_exp2_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** 2 raised to each element. */
  public Tensor exp2Out(Tensor out) {
    try {
      IgnisRaw.ignis_exp2_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** exp(x) - 1, accurate near zero. */
  public Tensor expm1() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_expm1(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** exp(x) - 1, accurate near zero. */
  public Tensor expm1_() {
    try {
      IgnisRaw.ignis_expm1_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** exp(x) - 1, accurate near zero. */
  public Tensor expm1Out(Tensor out) {
    try {
      IgnisRaw.ignis_expm1_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Natural logarithm of each element. */
  public Tensor log() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_log(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Natural logarithm of each element. */
  public Tensor log_() {
    try {
      IgnisRaw.ignis_log_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Natural logarithm of each element. */
  public Tensor logOut(Tensor out) {
    try {
      IgnisRaw.ignis_log_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Base-2 logarithm of each element. */
  public Tensor log2() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_log2(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Base-2 logarithm of each element. */
  public Tensor log2_() {
    try {
      IgnisRaw.ignis_log2_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Base-2 logarithm of each element. */
  public Tensor log2Out(Tensor out) {
    try {
      IgnisRaw.ignis_log2_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Base-10 logarithm of each element. */
  public Tensor log10() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_log10(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Base-10 logarithm of each element. */
  public Tensor log10_() {
    try {
      IgnisRaw.ignis_log10_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Base-10 logarithm of each element. */
  public Tensor log10Out(Tensor out) {
    try {
      IgnisRaw.ignis_log10_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** log(1 + x), accurate near zero. */
  public Tensor log1p() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_log1p(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** log(1 + x), accurate near zero. */
  public Tensor log1p_() {
    try {
      IgnisRaw.ignis_log1p_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** log(1 + x), accurate near zero. */
  public Tensor log1pOut(Tensor out) {
    try {
      IgnisRaw.ignis_log1p_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Square root of each element. */
  public Tensor sqrt() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_sqrt(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Square root of each element. */
  public Tensor sqrt_() {
    try {
      IgnisRaw.ignis_sqrt_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Square root of each element. */
  public Tensor sqrtOut(Tensor out) {
    try {
      IgnisRaw.ignis_sqrt_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Reciprocal square root 1 / sqrt(x). */
  public Tensor rsqrt() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_rsqrt(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Reciprocal square root 1 / sqrt(x). */
  public Tensor rsqrt_() {
    try {
      IgnisRaw.ignis_rsqrt_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Reciprocal square root 1 / sqrt(x). */
  public Tensor rsqrtOut(Tensor out) {
    try {
      IgnisRaw.ignis_rsqrt_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Reciprocal 1 / x. */
  public Tensor reciprocal() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_reciprocal(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Reciprocal 1 / x. */
  public Tensor reciprocal_() {
    try {
      IgnisRaw.ignis_reciprocal_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Reciprocal 1 / x. */
  public Tensor reciprocalOut(Tensor out) {
    try {
      IgnisRaw.ignis_reciprocal_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Sine of each element (radians). */
  public Tensor sin() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_sin(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Sine of each element (radians). */
  public Tensor sin_() {
    try {
      IgnisRaw.ignis_sin_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Sine of each element (radians). */
  public Tensor sinOut(Tensor out) {
    try {
      IgnisRaw.ignis_sin_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Cosine of each element (radians). */
  public Tensor cos() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_cos(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Cosine of each element (radians). */
  public Tensor cos_() {
    try {
      IgnisRaw.ignis_cos_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Cosine of each element (radians). */
  public Tensor cosOut(Tensor out) {
    try {
      IgnisRaw.ignis_cos_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Tangent of each element (radians). */
  public Tensor tan() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_tan(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Tangent of each element (radians). */
  public Tensor tan_() {
    try {
      IgnisRaw.ignis_tan_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Tangent of each element (radians). */
  public Tensor tanOut(Tensor out) {
    try {
      IgnisRaw.ignis_tan_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Arcsine of each element. */
  public Tensor asin() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_asin(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Arcsine of each element. */
  public Tensor asin_() {
    try {
      IgnisRaw.ignis_asin_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Arcsine of each element. */
  public Tensor asinOut(Tensor out) {
    try {
      IgnisRaw.ignis_asin_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Arccosine of each element. */
  public Tensor acos() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_acos(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Arccosine of each element. */
  public Tensor acos_() {
    try {
      IgnisRaw.ignis_acos_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Arccosine of each element. */
  public Tensor acosOut(Tensor out) {
    try {
      IgnisRaw.ignis_acos_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Arctangent of each element. */
  public Tensor atan() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_atan(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Arctangent of each element. */
  public Tensor atan_() {
    try {
      IgnisRaw.ignis_atan_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Arctangent of each element. */
  public Tensor atanOut(Tensor out) {
    try {
      IgnisRaw.ignis_atan_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Hyperbolic sine of each element. */
  public Tensor sinh() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_sinh(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Hyperbolic sine of each element. */
  public Tensor sinh_() {
    try {
      IgnisRaw.ignis_sinh_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Hyperbolic sine of each element. */
  public Tensor sinhOut(Tensor out) {
    try {
      IgnisRaw.ignis_sinh_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Hyperbolic cosine of each element. */
  public Tensor cosh() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_cosh(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Hyperbolic cosine of each element. */
  public Tensor cosh_() {
    try {
      IgnisRaw.ignis_cosh_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Hyperbolic cosine of each element. */
  public Tensor coshOut(Tensor out) {
    try {
      IgnisRaw.ignis_cosh_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Hyperbolic tangent of each element. */
  public Tensor tanh() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_tanh(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Hyperbolic tangent of each element. */
  public Tensor tanh_() {
    try {
      IgnisRaw.ignis_tanh_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Hyperbolic tangent of each element. */
  public Tensor tanhOut(Tensor out) {
    try {
      IgnisRaw.ignis_tanh_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Logistic sigmoid 1 / (1 + exp(-x)). */
  public Tensor sigmoid() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_sigmoid(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Logistic sigmoid 1 / (1 + exp(-x)). */
  public Tensor sigmoid_() {
    try {
      IgnisRaw.ignis_sigmoid_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Logistic sigmoid 1 / (1 + exp(-x)). */
  public Tensor sigmoidOut(Tensor out) {
    try {
      IgnisRaw.ignis_sigmoid_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** log(sigmoid(x)), computed without overflow. */
  public Tensor logsigmoid() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_logsigmoid(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** log(sigmoid(x)), computed without overflow. */
  public Tensor logsigmoidOut(Tensor out) {
    try {
      IgnisRaw.ignis_logsigmoid_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Rectified linear unit max(x, 0). */
  public Tensor relu() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_relu(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Rectified linear unit max(x, 0). */
  public Tensor relu_() {
    try {
      IgnisRaw.ignis_relu_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** min(max(x, 0), 6). */
  public Tensor relu6() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_relu6(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** min(max(x, 0), 6). */
  public Tensor relu6_() {
    try {
      IgnisRaw.ignis_relu6_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** x where x &gt; 0, else negative_slope * x. Defaults: negativeSlope = 0.01. */
  public Tensor leakyRelu() {
    return leakyRelu(0.01);
  }

  /** x where x &gt; 0, else negative_slope * x. */
  public Tensor leakyRelu(Number negativeSlope) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_leaky_relu(handle(), Tensor.num(negativeSlope, "negative_slope"), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** x where x &gt; 0, else negative_slope * x. Defaults: negativeSlope = 0.01. */
  public Tensor leakyRelu_() {
    return leakyRelu_(0.01);
  }

  /** x where x &gt; 0, else negative_slope * x. */
  public Tensor leakyRelu_(Number negativeSlope) {
    try {
      IgnisRaw.ignis_leaky_relu_inplace(handle(), Tensor.num(negativeSlope, "negative_slope"));
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** x where x &gt; 0, else negative_slope * x. Defaults: negativeSlope = 0.01. */
  public Tensor leakyReluOut(Tensor out) {
    return leakyReluOut(out, 0.01);
  }

  /** x where x &gt; 0, else negative_slope * x. */
  public Tensor leakyReluOut(Tensor out, Number negativeSlope) {
    try {
      IgnisRaw.ignis_leaky_relu_out(Tensor.h(out, "out"), handle(), Tensor.num(negativeSlope, "negative_slope"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** scale * x where x &gt; 0, else scale * alpha * (exp(input_scale * x) - 1). Defaults: alpha = 1, scale = 1, inputScale = 1. */
  public Tensor elu() {
    return elu(1, 1, 1);
  }

  /** scale * x where x &gt; 0, else scale * alpha * (exp(input_scale * x) - 1). Defaults: scale = 1, inputScale = 1. */
  public Tensor elu(Number alpha) {
    return elu(alpha, 1, 1);
  }

  /** scale * x where x &gt; 0, else scale * alpha * (exp(input_scale * x) - 1). Defaults: inputScale = 1. */
  public Tensor elu(Number alpha, Number scale) {
    return elu(alpha, scale, 1);
  }

  /** scale * x where x &gt; 0, else scale * alpha * (exp(input_scale * x) - 1). */
  public Tensor elu(Number alpha, Number scale, Number inputScale) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_elu(handle(), Tensor.num(alpha, "alpha"), Tensor.num(scale, "scale"), Tensor.num(inputScale, "input_scale"), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** scale * x where x &gt; 0, else scale * alpha * (exp(input_scale * x) - 1). Defaults: alpha = 1, scale = 1, inputScale = 1. */
  public Tensor elu_() {
    return elu_(1, 1, 1);
  }

  /** scale * x where x &gt; 0, else scale * alpha * (exp(input_scale * x) - 1). Defaults: scale = 1, inputScale = 1. */
  public Tensor elu_(Number alpha) {
    return elu_(alpha, 1, 1);
  }

  /** scale * x where x &gt; 0, else scale * alpha * (exp(input_scale * x) - 1). Defaults: inputScale = 1. */
  public Tensor elu_(Number alpha, Number scale) {
    return elu_(alpha, scale, 1);
  }

  /** scale * x where x &gt; 0, else scale * alpha * (exp(input_scale * x) - 1). */
  public Tensor elu_(Number alpha, Number scale, Number inputScale) {
    try {
      IgnisRaw.ignis_elu_inplace(handle(), Tensor.num(alpha, "alpha"), Tensor.num(scale, "scale"), Tensor.num(inputScale, "input_scale"));
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** scale * x where x &gt; 0, else scale * alpha * (exp(input_scale * x) - 1). Defaults: alpha = 1, scale = 1, inputScale = 1. */
  public Tensor eluOut(Tensor out) {
    return eluOut(out, 1, 1, 1);
  }

  /** scale * x where x &gt; 0, else scale * alpha * (exp(input_scale * x) - 1). Defaults: scale = 1, inputScale = 1. */
  public Tensor eluOut(Tensor out, Number alpha) {
    return eluOut(out, alpha, 1, 1);
  }

  /** scale * x where x &gt; 0, else scale * alpha * (exp(input_scale * x) - 1). Defaults: inputScale = 1. */
  public Tensor eluOut(Tensor out, Number alpha, Number scale) {
    return eluOut(out, alpha, scale, 1);
  }

  /** scale * x where x &gt; 0, else scale * alpha * (exp(input_scale * x) - 1). */
  public Tensor eluOut(Tensor out, Number alpha, Number scale, Number inputScale) {
    try {
      IgnisRaw.ignis_elu_out(Tensor.h(out, "out"), handle(), Tensor.num(alpha, "alpha"), Tensor.num(scale, "scale"), Tensor.num(inputScale, "input_scale"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Scaled ELU with the self-normalizing constants alpha = 1.6733, scale = 1.0507. */
  public Tensor selu() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_selu(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Scaled ELU with the self-normalizing constants alpha = 1.6733, scale = 1.0507. */
  public Tensor selu_() {
    try {
      IgnisRaw.ignis_selu_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Gaussian error linear unit x * Phi(x); approximate "tanh" uses the tanh formula. Defaults: approximate = "none". */
  public Tensor gelu() {
    return gelu("none");
  }

  /** Gaussian error linear unit x * Phi(x); approximate "tanh" uses the tanh formula. */
  public Tensor gelu(String approximate) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_gelu(handle(), approximate, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Gaussian error linear unit x * Phi(x); approximate "tanh" uses the tanh formula. Defaults: approximate = "none". */
  public Tensor gelu_() {
    return gelu_("none");
  }

  /** Gaussian error linear unit x * Phi(x); approximate "tanh" uses the tanh formula. */
  public Tensor gelu_(String approximate) {
    try {
      IgnisRaw.ignis_gelu_inplace(handle(), approximate);
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Gaussian error linear unit x * Phi(x); approximate "tanh" uses the tanh formula. Defaults: approximate = "none". */
  public Tensor geluOut(Tensor out) {
    return geluOut(out, "none");
  }

  /** Gaussian error linear unit x * Phi(x); approximate "tanh" uses the tanh formula. */
  public Tensor geluOut(Tensor out, String approximate) {
    try {
      IgnisRaw.ignis_gelu_out(Tensor.h(out, "out"), handle(), approximate);
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** x * sigmoid(x) (swish). */
  public Tensor silu() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_silu(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** x * sigmoid(x) (swish). */
  public Tensor silu_() {
    try {
      IgnisRaw.ignis_silu_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** x * sigmoid(x) (swish). */
  public Tensor siluOut(Tensor out) {
    try {
      IgnisRaw.ignis_silu_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** x * tanh(softplus(x)). */
  public Tensor mish() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_mish(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** x * tanh(softplus(x)). */
  public Tensor mish_() {
    try {
      IgnisRaw.ignis_mish_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** x * tanh(softplus(x)). */
  public Tensor mishOut(Tensor out) {
    try {
      IgnisRaw.ignis_mish_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** log(1 + exp(beta * x)) / beta, or x where beta * x &gt; threshold. Defaults: beta = 1, threshold = 20. */
  public Tensor softplus() {
    return softplus(1, 20);
  }

  /** log(1 + exp(beta * x)) / beta, or x where beta * x &gt; threshold. Defaults: threshold = 20. */
  public Tensor softplus(Number beta) {
    return softplus(beta, 20);
  }

  /** log(1 + exp(beta * x)) / beta, or x where beta * x &gt; threshold. */
  public Tensor softplus(Number beta, Number threshold) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_softplus(handle(), Tensor.num(beta, "beta"), Tensor.num(threshold, "threshold"), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** log(1 + exp(beta * x)) / beta, or x where beta * x &gt; threshold. Defaults: beta = 1, threshold = 20. */
  public Tensor softplusOut(Tensor out) {
    return softplusOut(out, 1, 20);
  }

  /** log(1 + exp(beta * x)) / beta, or x where beta * x &gt; threshold. Defaults: threshold = 20. */
  public Tensor softplusOut(Tensor out, Number beta) {
    return softplusOut(out, beta, 20);
  }

  /** log(1 + exp(beta * x)) / beta, or x where beta * x &gt; threshold. */
  public Tensor softplusOut(Tensor out, Number beta, Number threshold) {
    try {
      IgnisRaw.ignis_softplus_out(Tensor.h(out, "out"), handle(), Tensor.num(beta, "beta"), Tensor.num(threshold, "threshold"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** x * relu6(x + 3) / 6. */
  public Tensor hardswish() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_hardswish(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** x * relu6(x + 3) / 6. */
  public Tensor hardswish_() {
    try {
      IgnisRaw.ignis_hardswish_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** x * relu6(x + 3) / 6. */
  public Tensor hardswishOut(Tensor out) {
    try {
      IgnisRaw.ignis_hardswish_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** relu6(x + 3) / 6. */
  public Tensor hardsigmoid() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_hardsigmoid(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** relu6(x + 3) / 6. */
  public Tensor hardsigmoid_() {
    try {
      IgnisRaw.ignis_hardsigmoid_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** relu6(x + 3) / 6. */
  public Tensor hardsigmoidOut(Tensor out) {
    try {
      IgnisRaw.ignis_hardsigmoid_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Gauss error function of each element. */
  public Tensor erf() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_erf(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Gauss error function of each element. */
  public Tensor erf_() {
    try {
      IgnisRaw.ignis_erf_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Gauss error function of each element. */
  public Tensor erfOut(Tensor out) {
    try {
      IgnisRaw.ignis_erf_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Inverse of the error function on (-1, 1). */
  public Tensor erfinv() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_erfinv(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Inverse of the error function on (-1, 1). */
  public Tensor erfinv_() {
    try {
      IgnisRaw.ignis_erfinv_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Inverse of the error function on (-1, 1). */
  public Tensor erfinvOut(Tensor out) {
    try {
      IgnisRaw.ignis_erfinv_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Largest integer not above each element (integers unchanged). */
  public Tensor floor() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_floor(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Largest integer not above each element (integers unchanged). */
  public Tensor floor_() {
    try {
      IgnisRaw.ignis_floor_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Largest integer not above each element (integers unchanged). */
  public Tensor floorOut(Tensor out) {
    try {
      IgnisRaw.ignis_floor_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Smallest integer not below each element (integers unchanged). */
  public Tensor ceil() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_ceil(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Smallest integer not below each element (integers unchanged). */
  public Tensor ceil_() {
    try {
      IgnisRaw.ignis_ceil_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Smallest integer not below each element (integers unchanged). */
  public Tensor ceilOut(Tensor out) {
    try {
      IgnisRaw.ignis_ceil_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Nearest integer to each element, ties to even (integers unchanged). */
  public Tensor round() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_round(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Nearest integer to each element, ties to even (integers unchanged). */
  public Tensor round_() {
    try {
      IgnisRaw.ignis_round_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Nearest integer to each element, ties to even (integers unchanged). */
  public Tensor roundOut(Tensor out) {
    try {
      IgnisRaw.ignis_round_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Rounds to the given number of decimals (negative: to tens, hundreds...), ties to even. */
  public Tensor round(long decimals) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_round_decimals(handle(), decimals, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Rounds to the given number of decimals (negative: to tens, hundreds...), ties to even. */
  public Tensor round_(long decimals) {
    try {
      IgnisRaw.ignis_round_decimals_inplace(handle(), decimals);
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Rounds to the given number of decimals (negative: to tens, hundreds...), ties to even. */
  public Tensor roundOut(Tensor out, long decimals) {
    try {
      IgnisRaw.ignis_round_decimals_out(Tensor.h(out, "out"), handle(), decimals);
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Each element rounded toward zero (integers unchanged). */
  public Tensor trunc() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_trunc(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Each element rounded toward zero (integers unchanged). */
  public Tensor trunc_() {
    try {
      IgnisRaw.ignis_trunc_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Each element rounded toward zero (integers unchanged). */
  public Tensor truncOut(Tensor out) {
    try {
      IgnisRaw.ignis_trunc_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Fractional part x - trunc(x). */
  public Tensor frac() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_frac(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Fractional part x - trunc(x). */
  public Tensor frac_() {
    try {
      IgnisRaw.ignis_frac_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Fractional part x - trunc(x). */
  public Tensor fracOut(Tensor out) {
    try {
      IgnisRaw.ignis_frac_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** True where the element is NaN. */
  public Tensor isnan() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_isnan(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** True where the element is +inf or -inf. */
  public Tensor isinf() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_isinf(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** True where the element is neither NaN nor infinite. */
  public Tensor isfinite() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_isfinite(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value). Defaults: nan = None, posinf = None, neginf = None. */
  public Tensor nanToNum() {
    return nanToNum((Double) null, (Double) null, (Double) null);
  }

  /** Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value). Defaults: posinf = None, neginf = None. */
  public Tensor nanToNum(Double nan) {
    return nanToNum(nan, (Double) null, (Double) null);
  }

  /** Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value). Defaults: neginf = None. */
  public Tensor nanToNum(Double nan, Double posinf) {
    return nanToNum(nan, posinf, (Double) null);
  }

  /** Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value). */
  public Tensor nanToNum(Double nan, Double posinf, Double neginf) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_nan_to_num(handle(), nan == null ? null : new double[] {nan}, posinf == null ? null : new double[] {posinf}, neginf == null ? null : new double[] {neginf}, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value). Defaults: nan = None, posinf = None, neginf = None. */
  public Tensor nanToNum_() {
    return nanToNum_((Double) null, (Double) null, (Double) null);
  }

  /** Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value). Defaults: posinf = None, neginf = None. */
  public Tensor nanToNum_(Double nan) {
    return nanToNum_(nan, (Double) null, (Double) null);
  }

  /** Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value). Defaults: neginf = None. */
  public Tensor nanToNum_(Double nan, Double posinf) {
    return nanToNum_(nan, posinf, (Double) null);
  }

  /** Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value). */
  public Tensor nanToNum_(Double nan, Double posinf, Double neginf) {
    try {
      IgnisRaw.ignis_nan_to_num_inplace(handle(), nan == null ? null : new double[] {nan}, posinf == null ? null : new double[] {posinf}, neginf == null ? null : new double[] {neginf});
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value). Defaults: nan = None, posinf = None, neginf = None. */
  public Tensor nanToNumOut(Tensor out) {
    return nanToNumOut(out, (Double) null, (Double) null, (Double) null);
  }

  /** Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value). Defaults: posinf = None, neginf = None. */
  public Tensor nanToNumOut(Tensor out, Double nan) {
    return nanToNumOut(out, nan, (Double) null, (Double) null);
  }

  /** Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value). Defaults: neginf = None. */
  public Tensor nanToNumOut(Tensor out, Double nan, Double posinf) {
    return nanToNumOut(out, nan, posinf, (Double) null);
  }

  /** Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value). */
  public Tensor nanToNumOut(Tensor out, Double nan, Double posinf, Double neginf) {
    try {
      IgnisRaw.ignis_nan_to_num_out(Tensor.h(out, "out"), handle(), nan == null ? null : new double[] {nan}, posinf == null ? null : new double[] {posinf}, neginf == null ? null : new double[] {neginf});
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** True where the element is zero (bool result). */
  public Tensor logicalNot() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_logical_not(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** True where the element is zero (bool result). */
  public Tensor logicalNot_() {
    try {
      IgnisRaw.ignis_logical_not_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** True where the element is zero (bool result). */
  public Tensor logicalNotOut(Tensor out) {
    try {
      IgnisRaw.ignis_logical_not_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Bitwise NOT of integer elements (logical NOT for bool). */
  public Tensor bitwiseNot() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_bitwise_not(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Bitwise NOT of integer elements (logical NOT for bool). */
  public Tensor bitwiseNot_() {
    try {
      IgnisRaw.ignis_bitwise_not_inplace(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Bitwise NOT of integer elements (logical NOT for bool). */
  public Tensor bitwiseNotOut(Tensor out) {
    try {
      IgnisRaw.ignis_bitwise_not_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** self + alpha * other, broadcasting, with PyTorch type promotion. Defaults: alpha = 1. */
  public Tensor add(Tensor other) {
    return add(other, 1);
  }

  /** self + alpha * other, broadcasting, with PyTorch type promotion. */
  public Tensor add(Tensor other, Number alpha) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_add_tensor(handle(), Tensor.h(other, "other"), Tensor.num(alpha, "alpha"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return Tensor.wrap(r[0]);
  }

  /** self + alpha * other, broadcasting, with PyTorch type promotion. Defaults: alpha = 1. */
  public Tensor add_(Tensor other) {
    return add_(other, 1);
  }

  /** self + alpha * other, broadcasting, with PyTorch type promotion. */
  public Tensor add_(Tensor other, Number alpha) {
    try {
      IgnisRaw.ignis_add_tensor_inplace(handle(), Tensor.h(other, "other"), Tensor.num(alpha, "alpha"));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return (Tensor) this;
  }

  /** self + alpha * other, broadcasting, with PyTorch type promotion. Defaults: alpha = 1. */
  public Tensor addOut(Tensor out, Tensor other) {
    return addOut(out, other, 1);
  }

  /** self + alpha * other, broadcasting, with PyTorch type promotion. */
  public Tensor addOut(Tensor out, Tensor other, Number alpha) {
    try {
      IgnisRaw.ignis_add_tensor_out(Tensor.h(out, "out"), handle(), Tensor.h(other, "other"), Tensor.num(alpha, "alpha"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return out;
  }

  /** self + alpha * other for a Scalar other. Defaults: alpha = 1. */
  public Tensor add(Number other) {
    return add(other, 1);
  }

  /** self + alpha * other for a Scalar other. */
  public Tensor add(Number other, Number alpha) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_add_scalar(handle(), Tensor.num(other, "other"), Tensor.num(alpha, "alpha"), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** self + alpha * other for a Scalar other. Defaults: alpha = 1. */
  public Tensor add_(Number other) {
    return add_(other, 1);
  }

  /** self + alpha * other for a Scalar other. */
  public Tensor add_(Number other, Number alpha) {
    try {
      IgnisRaw.ignis_add_scalar_inplace(handle(), Tensor.num(other, "other"), Tensor.num(alpha, "alpha"));
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** self + alpha * other for a Scalar other. Defaults: alpha = 1. */
  public Tensor addOut(Tensor out, Number other) {
    return addOut(out, other, 1);
  }

  /** self + alpha * other for a Scalar other. */
  public Tensor addOut(Tensor out, Number other, Number alpha) {
    try {
      IgnisRaw.ignis_add_scalar_out(Tensor.h(out, "out"), handle(), Tensor.num(other, "other"), Tensor.num(alpha, "alpha"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** self - alpha * other, broadcasting (not for bool tensors). Defaults: alpha = 1. */
  public Tensor sub(Tensor other) {
    return sub(other, 1);
  }

  /** self - alpha * other, broadcasting (not for bool tensors). */
  public Tensor sub(Tensor other, Number alpha) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_sub_tensor(handle(), Tensor.h(other, "other"), Tensor.num(alpha, "alpha"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return Tensor.wrap(r[0]);
  }

  /** self - alpha * other, broadcasting (not for bool tensors). Defaults: alpha = 1. */
  public Tensor sub_(Tensor other) {
    return sub_(other, 1);
  }

  /** self - alpha * other, broadcasting (not for bool tensors). */
  public Tensor sub_(Tensor other, Number alpha) {
    try {
      IgnisRaw.ignis_sub_tensor_inplace(handle(), Tensor.h(other, "other"), Tensor.num(alpha, "alpha"));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return (Tensor) this;
  }

  /** self - alpha * other, broadcasting (not for bool tensors). Defaults: alpha = 1. */
  public Tensor subOut(Tensor out, Tensor other) {
    return subOut(out, other, 1);
  }

  /** self - alpha * other, broadcasting (not for bool tensors). */
  public Tensor subOut(Tensor out, Tensor other, Number alpha) {
    try {
      IgnisRaw.ignis_sub_tensor_out(Tensor.h(out, "out"), handle(), Tensor.h(other, "other"), Tensor.num(alpha, "alpha"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return out;
  }

  /** self - alpha * other for a Scalar other. Defaults: alpha = 1. */
  public Tensor sub(Number other) {
    return sub(other, 1);
  }

  /** self - alpha * other for a Scalar other. */
  public Tensor sub(Number other, Number alpha) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_sub_scalar(handle(), Tensor.num(other, "other"), Tensor.num(alpha, "alpha"), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** self - alpha * other for a Scalar other. Defaults: alpha = 1. */
  public Tensor sub_(Number other) {
    return sub_(other, 1);
  }

  /** self - alpha * other for a Scalar other. */
  public Tensor sub_(Number other, Number alpha) {
    try {
      IgnisRaw.ignis_sub_scalar_inplace(handle(), Tensor.num(other, "other"), Tensor.num(alpha, "alpha"));
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** self - alpha * other for a Scalar other. Defaults: alpha = 1. */
  public Tensor subOut(Tensor out, Number other) {
    return subOut(out, other, 1);
  }

  /** self - alpha * other for a Scalar other. */
  public Tensor subOut(Tensor out, Number other, Number alpha) {
    try {
      IgnisRaw.ignis_sub_scalar_out(Tensor.h(out, "out"), handle(), Tensor.num(other, "other"), Tensor.num(alpha, "alpha"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Elementwise product, broadcasting. */
  public Tensor mul(Tensor other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_mul_tensor(handle(), Tensor.h(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return Tensor.wrap(r[0]);
  }

  /** Elementwise product, broadcasting. */
  public Tensor mul_(Tensor other) {
    try {
      IgnisRaw.ignis_mul_tensor_inplace(handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return (Tensor) this;
  }

  /** Elementwise product, broadcasting. */
  public Tensor mulOut(Tensor out, Tensor other) {
    try {
      IgnisRaw.ignis_mul_tensor_out(Tensor.h(out, "out"), handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return out;
  }

  /** Each element times a Scalar. */
  public Tensor mul(Number other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_mul_scalar(handle(), Tensor.num(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Each element times a Scalar. */
  public Tensor mul_(Number other) {
    try {
      IgnisRaw.ignis_mul_scalar_inplace(handle(), Tensor.num(other, "other"));
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Each element times a Scalar. */
  public Tensor mulOut(Tensor out, Number other) {
    try {
      IgnisRaw.ignis_mul_scalar_out(Tensor.h(out, "out"), handle(), Tensor.num(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** True division; integer inputs give the default float dtype. */
  public Tensor div(Tensor other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_div_tensor(handle(), Tensor.h(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return Tensor.wrap(r[0]);
  }

  /** True division; integer inputs give the default float dtype. */
  public Tensor div_(Tensor other) {
    try {
      IgnisRaw.ignis_div_tensor_inplace(handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return (Tensor) this;
  }

  /** True division; integer inputs give the default float dtype. */
  public Tensor divOut(Tensor out, Tensor other) {
    try {
      IgnisRaw.ignis_div_tensor_out(Tensor.h(out, "out"), handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return out;
  }

  /** True division by a Scalar. */
  public Tensor div(Number other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_div_scalar(handle(), Tensor.num(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** True division by a Scalar. */
  public Tensor div_(Number other) {
    try {
      IgnisRaw.ignis_div_scalar_inplace(handle(), Tensor.num(other, "other"));
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** True division by a Scalar. */
  public Tensor divOut(Tensor out, Number other) {
    try {
      IgnisRaw.ignis_div_scalar_out(Tensor.h(out, "out"), handle(), Tensor.num(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Division rounded by rounding_mode: None (true division), "trunc" or "floor". */
  public Tensor div(Tensor other, String roundingMode) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_div_tensor_mode(handle(), Tensor.h(other, "other"), roundingMode, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return Tensor.wrap(r[0]);
  }

  /** Division rounded by rounding_mode: None (true division), "trunc" or "floor". */
  public Tensor div_(Tensor other, String roundingMode) {
    try {
      IgnisRaw.ignis_div_tensor_mode_inplace(handle(), Tensor.h(other, "other"), roundingMode);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return (Tensor) this;
  }

  /** Division rounded by rounding_mode: None (true division), "trunc" or "floor". */
  public Tensor divOut(Tensor out, Tensor other, String roundingMode) {
    try {
      IgnisRaw.ignis_div_tensor_mode_out(Tensor.h(out, "out"), handle(), Tensor.h(other, "other"), roundingMode);
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return out;
  }

  /** Division by a Scalar rounded by rounding_mode: None, "trunc" or "floor". */
  public Tensor div(Number other, String roundingMode) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_div_scalar_mode(handle(), Tensor.num(other, "other"), roundingMode, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Division by a Scalar rounded by rounding_mode: None, "trunc" or "floor". */
  public Tensor div_(Number other, String roundingMode) {
    try {
      IgnisRaw.ignis_div_scalar_mode_inplace(handle(), Tensor.num(other, "other"), roundingMode);
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Division by a Scalar rounded by rounding_mode: None, "trunc" or "floor". */
  public Tensor divOut(Tensor out, Number other, String roundingMode) {
    try {
      IgnisRaw.ignis_div_scalar_mode_out(Tensor.h(out, "out"), handle(), Tensor.num(other, "other"), roundingMode);
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Division rounded toward negative infinity (Python //). */
  public Tensor floorDivide(Tensor other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_floor_divide(handle(), Tensor.h(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return Tensor.wrap(r[0]);
  }

  /** Division rounded toward negative infinity (Python //). */
  public Tensor floorDivide_(Tensor other) {
    try {
      IgnisRaw.ignis_floor_divide_inplace(handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return (Tensor) this;
  }

  /** Division rounded toward negative infinity (Python //). */
  public Tensor floorDivideOut(Tensor out, Tensor other) {
    try {
      IgnisRaw.ignis_floor_divide_out(Tensor.h(out, "out"), handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return out;
  }

  /** Floor division by a Scalar. */
  public Tensor floorDivide(Number other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_floor_divide_scalar(handle(), Tensor.num(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Floor division by a Scalar. */
  public Tensor floorDivide_(Number other) {
    try {
      IgnisRaw.ignis_floor_divide_scalar_inplace(handle(), Tensor.num(other, "other"));
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Floor division by a Scalar. */
  public Tensor floorDivideOut(Tensor out, Number other) {
    try {
      IgnisRaw.ignis_floor_divide_scalar_out(Tensor.h(out, "out"), handle(), Tensor.num(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Python-style modulus: the result has the sign of the divisor. */
  public Tensor remainder(Tensor other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_remainder_tensor(handle(), Tensor.h(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return Tensor.wrap(r[0]);
  }

  /** Python-style modulus: the result has the sign of the divisor. */
  public Tensor remainder_(Tensor other) {
    try {
      IgnisRaw.ignis_remainder_tensor_inplace(handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return (Tensor) this;
  }

  /** Python-style modulus: the result has the sign of the divisor. */
  public Tensor remainderOut(Tensor out, Tensor other) {
    try {
      IgnisRaw.ignis_remainder_tensor_out(Tensor.h(out, "out"), handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return out;
  }

  /** Python-style modulus by a Scalar. */
  public Tensor remainder(Number other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_remainder_scalar(handle(), Tensor.num(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Python-style modulus by a Scalar. */
  public Tensor remainder_(Number other) {
    try {
      IgnisRaw.ignis_remainder_scalar_inplace(handle(), Tensor.num(other, "other"));
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Python-style modulus by a Scalar. */
  public Tensor remainderOut(Tensor out, Number other) {
    try {
      IgnisRaw.ignis_remainder_scalar_out(Tensor.h(out, "out"), handle(), Tensor.num(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Python-style modulus of a Scalar by each element. */
  public static Tensor remainder(Number self_, Tensor other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_remainder_scalar_tensor(Tensor.num(self_, "self"), Tensor.h(other, "other"), r);
    } finally {
      Reference.reachabilityFence(other);
    }
    return Tensor.wrap(r[0]);
  }

  /** Python-style modulus of a Scalar by each element. */
  public static Tensor remainderOut(Tensor out, Number self_, Tensor other) {
    try {
      IgnisRaw.ignis_remainder_scalar_tensor_out(Tensor.h(out, "out"), Tensor.num(self_, "self"), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(other);
    }
    return out;
  }

  /** C-style modulus: the result has the sign of the dividend. */
  public Tensor fmod(Tensor other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_fmod_tensor(handle(), Tensor.h(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return Tensor.wrap(r[0]);
  }

  /** C-style modulus: the result has the sign of the dividend. */
  public Tensor fmod_(Tensor other) {
    try {
      IgnisRaw.ignis_fmod_tensor_inplace(handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return (Tensor) this;
  }

  /** C-style modulus: the result has the sign of the dividend. */
  public Tensor fmodOut(Tensor out, Tensor other) {
    try {
      IgnisRaw.ignis_fmod_tensor_out(Tensor.h(out, "out"), handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return out;
  }

  /** C-style modulus by a Scalar. */
  public Tensor fmod(Number other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_fmod_scalar(handle(), Tensor.num(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** C-style modulus by a Scalar. */
  public Tensor fmod_(Number other) {
    try {
      IgnisRaw.ignis_fmod_scalar_inplace(handle(), Tensor.num(other, "other"));
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** C-style modulus by a Scalar. */
  public Tensor fmodOut(Tensor out, Number other) {
    try {
      IgnisRaw.ignis_fmod_scalar_out(Tensor.h(out, "out"), handle(), Tensor.num(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** self raised to exponent elementwise. */
  public Tensor pow(Tensor exponent) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_pow_tensor_tensor(handle(), Tensor.h(exponent, "exponent"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(exponent);
    }
    return Tensor.wrap(r[0]);
  }

  /** self raised to exponent elementwise. */
  public Tensor pow_(Tensor exponent) {
    try {
      IgnisRaw.ignis_pow_tensor_tensor_inplace(handle(), Tensor.h(exponent, "exponent"));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(exponent);
    }
    return (Tensor) this;
  }

  /** self raised to exponent elementwise. */
  public Tensor powOut(Tensor out, Tensor exponent) {
    try {
      IgnisRaw.ignis_pow_tensor_tensor_out(Tensor.h(out, "out"), handle(), Tensor.h(exponent, "exponent"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(exponent);
    }
    return out;
  }

  /** Each element raised to a Scalar exponent. */
  public Tensor pow(Number exponent) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_pow_tensor_scalar(handle(), Tensor.num(exponent, "exponent"), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Each element raised to a Scalar exponent. */
  public Tensor pow_(Number exponent) {
    try {
      IgnisRaw.ignis_pow_tensor_scalar_inplace(handle(), Tensor.num(exponent, "exponent"));
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Each element raised to a Scalar exponent. */
  public Tensor powOut(Tensor out, Number exponent) {
    try {
      IgnisRaw.ignis_pow_tensor_scalar_out(Tensor.h(out, "out"), handle(), Tensor.num(exponent, "exponent"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** A Scalar raised to each element of exponent. */
  public static Tensor pow(Number self_, Tensor exponent) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_pow_scalar_self(Tensor.num(self_, "self"), Tensor.h(exponent, "exponent"), r);
    } finally {
      Reference.reachabilityFence(exponent);
    }
    return Tensor.wrap(r[0]);
  }

  /** A Scalar raised to each element of exponent. */
  public static Tensor powOut(Tensor out, Number self_, Tensor exponent) {
    try {
      IgnisRaw.ignis_pow_scalar_self_out(Tensor.h(out, "out"), Tensor.num(self_, "self"), Tensor.h(exponent, "exponent"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(exponent);
    }
    return out;
  }

  /** Arctangent of self / other in the right quadrant; integers give the default float dtype. */
  public Tensor atan2(Tensor other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_atan2(handle(), Tensor.h(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return Tensor.wrap(r[0]);
  }

  /** Arctangent of self / other in the right quadrant; integers give the default float dtype. */
  public Tensor atan2_(Tensor other) {
    try {
      IgnisRaw.ignis_atan2_inplace(handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return (Tensor) this;
  }

  /** Arctangent of self / other in the right quadrant; integers give the default float dtype. */
  public Tensor atan2Out(Tensor out, Tensor other) {
    try {
      IgnisRaw.ignis_atan2_out(Tensor.h(out, "out"), handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return out;
  }

  /** Elementwise maximum; NaN if either is NaN. */
  public Tensor maximum(Tensor other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_maximum(handle(), Tensor.h(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return Tensor.wrap(r[0]);
  }

  /** Elementwise maximum; NaN if either is NaN. */
  public Tensor maximumOut(Tensor out, Tensor other) {
    try {
      IgnisRaw.ignis_maximum_out(Tensor.h(out, "out"), handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return out;
  }

  /** Elementwise minimum; NaN if either is NaN. */
  public Tensor minimum(Tensor other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_minimum(handle(), Tensor.h(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return Tensor.wrap(r[0]);
  }

  /** Elementwise minimum; NaN if either is NaN. */
  public Tensor minimumOut(Tensor out, Tensor other) {
    try {
      IgnisRaw.ignis_minimum_out(Tensor.h(out, "out"), handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return out;
  }

  /** self == other elementwise (bool result). */
  public Tensor eq(Tensor other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_eq_tensor(handle(), Tensor.h(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return Tensor.wrap(r[0]);
  }

  /** self == other elementwise (bool result). */
  public Tensor eq_(Tensor other) {
    try {
      IgnisRaw.ignis_eq_tensor_inplace(handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return (Tensor) this;
  }

  /** self == other elementwise (bool result). */
  public Tensor eqOut(Tensor out, Tensor other) {
    try {
      IgnisRaw.ignis_eq_tensor_out(Tensor.h(out, "out"), handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return out;
  }

  /** self == a Scalar elementwise (bool result). */
  public Tensor eq(Number other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_eq_scalar(handle(), Tensor.num(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** self == a Scalar elementwise (bool result). */
  public Tensor eq_(Number other) {
    try {
      IgnisRaw.ignis_eq_scalar_inplace(handle(), Tensor.num(other, "other"));
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** self == a Scalar elementwise (bool result). */
  public Tensor eqOut(Tensor out, Number other) {
    try {
      IgnisRaw.ignis_eq_scalar_out(Tensor.h(out, "out"), handle(), Tensor.num(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** self != other elementwise (bool result). */
  public Tensor ne(Tensor other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_ne_tensor(handle(), Tensor.h(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return Tensor.wrap(r[0]);
  }

  /** self != other elementwise (bool result). */
  public Tensor ne_(Tensor other) {
    try {
      IgnisRaw.ignis_ne_tensor_inplace(handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return (Tensor) this;
  }

  /** self != other elementwise (bool result). */
  public Tensor neOut(Tensor out, Tensor other) {
    try {
      IgnisRaw.ignis_ne_tensor_out(Tensor.h(out, "out"), handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return out;
  }

  /** self != a Scalar elementwise (bool result). */
  public Tensor ne(Number other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_ne_scalar(handle(), Tensor.num(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** self != a Scalar elementwise (bool result). */
  public Tensor ne_(Number other) {
    try {
      IgnisRaw.ignis_ne_scalar_inplace(handle(), Tensor.num(other, "other"));
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** self != a Scalar elementwise (bool result). */
  public Tensor neOut(Tensor out, Number other) {
    try {
      IgnisRaw.ignis_ne_scalar_out(Tensor.h(out, "out"), handle(), Tensor.num(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** self &lt; other elementwise (bool result). */
  public Tensor lt(Tensor other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_lt_tensor(handle(), Tensor.h(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return Tensor.wrap(r[0]);
  }

  /** self &lt; other elementwise (bool result). */
  public Tensor lt_(Tensor other) {
    try {
      IgnisRaw.ignis_lt_tensor_inplace(handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return (Tensor) this;
  }

  /** self &lt; other elementwise (bool result). */
  public Tensor ltOut(Tensor out, Tensor other) {
    try {
      IgnisRaw.ignis_lt_tensor_out(Tensor.h(out, "out"), handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return out;
  }

  /** self &lt; a Scalar elementwise (bool result). */
  public Tensor lt(Number other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_lt_scalar(handle(), Tensor.num(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** self &lt; a Scalar elementwise (bool result). */
  public Tensor lt_(Number other) {
    try {
      IgnisRaw.ignis_lt_scalar_inplace(handle(), Tensor.num(other, "other"));
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** self &lt; a Scalar elementwise (bool result). */
  public Tensor ltOut(Tensor out, Number other) {
    try {
      IgnisRaw.ignis_lt_scalar_out(Tensor.h(out, "out"), handle(), Tensor.num(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** self &lt;= other elementwise (bool result). */
  public Tensor le(Tensor other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_le_tensor(handle(), Tensor.h(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return Tensor.wrap(r[0]);
  }

  /** self &lt;= other elementwise (bool result). */
  public Tensor le_(Tensor other) {
    try {
      IgnisRaw.ignis_le_tensor_inplace(handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return (Tensor) this;
  }

  /** self &lt;= other elementwise (bool result). */
  public Tensor leOut(Tensor out, Tensor other) {
    try {
      IgnisRaw.ignis_le_tensor_out(Tensor.h(out, "out"), handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return out;
  }

  /** self &lt;= a Scalar elementwise (bool result). */
  public Tensor le(Number other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_le_scalar(handle(), Tensor.num(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** self &lt;= a Scalar elementwise (bool result). */
  public Tensor le_(Number other) {
    try {
      IgnisRaw.ignis_le_scalar_inplace(handle(), Tensor.num(other, "other"));
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** self &lt;= a Scalar elementwise (bool result). */
  public Tensor leOut(Tensor out, Number other) {
    try {
      IgnisRaw.ignis_le_scalar_out(Tensor.h(out, "out"), handle(), Tensor.num(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** self &gt; other elementwise (bool result). */
  public Tensor gt(Tensor other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_gt_tensor(handle(), Tensor.h(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return Tensor.wrap(r[0]);
  }

  /** self &gt; other elementwise (bool result). */
  public Tensor gt_(Tensor other) {
    try {
      IgnisRaw.ignis_gt_tensor_inplace(handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return (Tensor) this;
  }

  /** self &gt; other elementwise (bool result). */
  public Tensor gtOut(Tensor out, Tensor other) {
    try {
      IgnisRaw.ignis_gt_tensor_out(Tensor.h(out, "out"), handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return out;
  }

  /** self &gt; a Scalar elementwise (bool result). */
  public Tensor gt(Number other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_gt_scalar(handle(), Tensor.num(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** self &gt; a Scalar elementwise (bool result). */
  public Tensor gt_(Number other) {
    try {
      IgnisRaw.ignis_gt_scalar_inplace(handle(), Tensor.num(other, "other"));
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** self &gt; a Scalar elementwise (bool result). */
  public Tensor gtOut(Tensor out, Number other) {
    try {
      IgnisRaw.ignis_gt_scalar_out(Tensor.h(out, "out"), handle(), Tensor.num(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** self &gt;= other elementwise (bool result). */
  public Tensor ge(Tensor other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_ge_tensor(handle(), Tensor.h(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return Tensor.wrap(r[0]);
  }

  /** self &gt;= other elementwise (bool result). */
  public Tensor ge_(Tensor other) {
    try {
      IgnisRaw.ignis_ge_tensor_inplace(handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return (Tensor) this;
  }

  /** self &gt;= other elementwise (bool result). */
  public Tensor geOut(Tensor out, Tensor other) {
    try {
      IgnisRaw.ignis_ge_tensor_out(Tensor.h(out, "out"), handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return out;
  }

  /** self &gt;= a Scalar elementwise (bool result). */
  public Tensor ge(Number other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_ge_scalar(handle(), Tensor.num(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** self &gt;= a Scalar elementwise (bool result). */
  public Tensor ge_(Number other) {
    try {
      IgnisRaw.ignis_ge_scalar_inplace(handle(), Tensor.num(other, "other"));
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** self &gt;= a Scalar elementwise (bool result). */
  public Tensor geOut(Tensor out, Number other) {
    try {
      IgnisRaw.ignis_ge_scalar_out(Tensor.h(out, "out"), handle(), Tensor.num(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Elementwise AND of truth values (nonzero is true; bool result). */
  public Tensor logicalAnd(Tensor other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_logical_and(handle(), Tensor.h(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return Tensor.wrap(r[0]);
  }

  /** Elementwise AND of truth values (nonzero is true; bool result). */
  public Tensor logicalAnd_(Tensor other) {
    try {
      IgnisRaw.ignis_logical_and_inplace(handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return (Tensor) this;
  }

  /** Elementwise AND of truth values (nonzero is true; bool result). */
  public Tensor logicalAndOut(Tensor out, Tensor other) {
    try {
      IgnisRaw.ignis_logical_and_out(Tensor.h(out, "out"), handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return out;
  }

  /** Elementwise OR of truth values (bool result). */
  public Tensor logicalOr(Tensor other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_logical_or(handle(), Tensor.h(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return Tensor.wrap(r[0]);
  }

  /** Elementwise OR of truth values (bool result). */
  public Tensor logicalOr_(Tensor other) {
    try {
      IgnisRaw.ignis_logical_or_inplace(handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return (Tensor) this;
  }

  /** Elementwise OR of truth values (bool result). */
  public Tensor logicalOrOut(Tensor out, Tensor other) {
    try {
      IgnisRaw.ignis_logical_or_out(Tensor.h(out, "out"), handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return out;
  }

  /** Elementwise XOR of truth values (bool result). */
  public Tensor logicalXor(Tensor other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_logical_xor(handle(), Tensor.h(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return Tensor.wrap(r[0]);
  }

  /** Elementwise XOR of truth values (bool result). */
  public Tensor logicalXor_(Tensor other) {
    try {
      IgnisRaw.ignis_logical_xor_inplace(handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return (Tensor) this;
  }

  /** Elementwise XOR of truth values (bool result). */
  public Tensor logicalXorOut(Tensor out, Tensor other) {
    try {
      IgnisRaw.ignis_logical_xor_out(Tensor.h(out, "out"), handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return out;
  }

  /** Bitwise AND of integer or bool tensors. */
  public Tensor bitwiseAnd(Tensor other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_bitwise_and_tensor(handle(), Tensor.h(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return Tensor.wrap(r[0]);
  }

  /** Bitwise AND of integer or bool tensors. */
  public Tensor bitwiseAnd_(Tensor other) {
    try {
      IgnisRaw.ignis_bitwise_and_tensor_inplace(handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return (Tensor) this;
  }

  /** Bitwise AND of integer or bool tensors. */
  public Tensor bitwiseAndOut(Tensor out, Tensor other) {
    try {
      IgnisRaw.ignis_bitwise_and_tensor_out(Tensor.h(out, "out"), handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return out;
  }

  /** Bitwise AND with an integer or bool Scalar. */
  public Tensor bitwiseAnd(Number other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_bitwise_and_scalar(handle(), Tensor.num(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Bitwise AND with an integer or bool Scalar. */
  public Tensor bitwiseAnd_(Number other) {
    try {
      IgnisRaw.ignis_bitwise_and_scalar_inplace(handle(), Tensor.num(other, "other"));
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Bitwise AND with an integer or bool Scalar. */
  public Tensor bitwiseAndOut(Tensor out, Number other) {
    try {
      IgnisRaw.ignis_bitwise_and_scalar_out(Tensor.h(out, "out"), handle(), Tensor.num(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Bitwise OR of integer or bool tensors. */
  public Tensor bitwiseOr(Tensor other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_bitwise_or_tensor(handle(), Tensor.h(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return Tensor.wrap(r[0]);
  }

  /** Bitwise OR of integer or bool tensors. */
  public Tensor bitwiseOr_(Tensor other) {
    try {
      IgnisRaw.ignis_bitwise_or_tensor_inplace(handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return (Tensor) this;
  }

  /** Bitwise OR of integer or bool tensors. */
  public Tensor bitwiseOrOut(Tensor out, Tensor other) {
    try {
      IgnisRaw.ignis_bitwise_or_tensor_out(Tensor.h(out, "out"), handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return out;
  }

  /** Bitwise OR with an integer or bool Scalar. */
  public Tensor bitwiseOr(Number other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_bitwise_or_scalar(handle(), Tensor.num(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Bitwise OR with an integer or bool Scalar. */
  public Tensor bitwiseOr_(Number other) {
    try {
      IgnisRaw.ignis_bitwise_or_scalar_inplace(handle(), Tensor.num(other, "other"));
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Bitwise OR with an integer or bool Scalar. */
  public Tensor bitwiseOrOut(Tensor out, Number other) {
    try {
      IgnisRaw.ignis_bitwise_or_scalar_out(Tensor.h(out, "out"), handle(), Tensor.num(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Bitwise XOR of integer or bool tensors. */
  public Tensor bitwiseXor(Tensor other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_bitwise_xor_tensor(handle(), Tensor.h(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return Tensor.wrap(r[0]);
  }

  /** Bitwise XOR of integer or bool tensors. */
  public Tensor bitwiseXor_(Tensor other) {
    try {
      IgnisRaw.ignis_bitwise_xor_tensor_inplace(handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return (Tensor) this;
  }

  /** Bitwise XOR of integer or bool tensors. */
  public Tensor bitwiseXorOut(Tensor out, Tensor other) {
    try {
      IgnisRaw.ignis_bitwise_xor_tensor_out(Tensor.h(out, "out"), handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return out;
  }

  /** Bitwise XOR with an integer or bool Scalar. */
  public Tensor bitwiseXor(Number other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_bitwise_xor_scalar(handle(), Tensor.num(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Bitwise XOR with an integer or bool Scalar. */
  public Tensor bitwiseXor_(Number other) {
    try {
      IgnisRaw.ignis_bitwise_xor_scalar_inplace(handle(), Tensor.num(other, "other"));
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Bitwise XOR with an integer or bool Scalar. */
  public Tensor bitwiseXorOut(Tensor out, Number other) {
    try {
      IgnisRaw.ignis_bitwise_xor_scalar_out(Tensor.h(out, "out"), handle(), Tensor.num(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Elements of self where the bool condition holds, else of other (broadcasting all three). ({@code this} is the schema's {@code condition}.) */
  public Tensor where(Tensor self_, Tensor other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_where_self(handle(), Tensor.h(self_, "self"), Tensor.h(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(self_);
      Reference.reachabilityFence(other);
    }
    return Tensor.wrap(r[0]);
  }

  /** Elements of self where the bool condition holds, else of other (broadcasting all three). ({@code this} is the schema's {@code condition}.) */
  public Tensor whereOut(Tensor out, Tensor self_, Tensor other) {
    try {
      IgnisRaw.ignis_where_self_out(Tensor.h(out, "out"), handle(), Tensor.h(self_, "self"), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(self_);
      Reference.reachabilityFence(other);
    }
    return out;
  }

  /** where with a Scalar self. ({@code this} is the schema's {@code condition}.) */
  public Tensor where(Number self_, Tensor other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_where_scalar_self(handle(), Tensor.num(self_, "self"), Tensor.h(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return Tensor.wrap(r[0]);
  }

  /** where with a Scalar other. ({@code this} is the schema's {@code condition}.) */
  public Tensor where(Tensor self_, Number other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_where_scalar_other(handle(), Tensor.h(self_, "self"), Tensor.num(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(self_);
    }
    return Tensor.wrap(r[0]);
  }

  /** where choosing between two Scalars. ({@code this} is the schema's {@code condition}.) */
  public Tensor where(Number self_, Number other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_where_scalar(handle(), Tensor.num(self_, "self"), Tensor.num(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Each element limited to [min, max] (min &gt; max gives max); NaN stays NaN. Defaults: min = None, max = None. */
  public Tensor clamp() {
    return clamp((Number) null, (Number) null);
  }

  /** Each element limited to [min, max] (min &gt; max gives max); NaN stays NaN. Defaults: max = None. */
  public Tensor clamp(Number min) {
    return clamp(min, (Number) null);
  }

  /** Each element limited to [min, max] (min &gt; max gives max); NaN stays NaN. */
  public Tensor clamp(Number min, Number max) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_clamp(handle(), min, max, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Each element limited to [min, max] (min &gt; max gives max); NaN stays NaN. Defaults: min = None, max = None. */
  public Tensor clamp_() {
    return clamp_((Number) null, (Number) null);
  }

  /** Each element limited to [min, max] (min &gt; max gives max); NaN stays NaN. Defaults: max = None. */
  public Tensor clamp_(Number min) {
    return clamp_(min, (Number) null);
  }

  /** Each element limited to [min, max] (min &gt; max gives max); NaN stays NaN. */
  public Tensor clamp_(Number min, Number max) {
    try {
      IgnisRaw.ignis_clamp_inplace(handle(), min, max);
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Each element limited to [min, max] (min &gt; max gives max); NaN stays NaN. Defaults: min = None, max = None. */
  public Tensor clampOut(Tensor out) {
    return clampOut(out, (Number) null, (Number) null);
  }

  /** Each element limited to [min, max] (min &gt; max gives max); NaN stays NaN. Defaults: max = None. */
  public Tensor clampOut(Tensor out, Number min) {
    return clampOut(out, min, (Number) null);
  }

  /** Each element limited to [min, max] (min &gt; max gives max); NaN stays NaN. */
  public Tensor clampOut(Tensor out, Number min, Number max) {
    try {
      IgnisRaw.ignis_clamp_out(Tensor.h(out, "out"), handle(), min, max);
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Each element limited by broadcast min and max tensors (NaN bounds propagate). Defaults: min = None, max = None. */
  public Tensor clampTensor() {
    return clampTensor((Tensor) null, (Tensor) null);
  }

  /** Each element limited by broadcast min and max tensors (NaN bounds propagate). Defaults: max = None. */
  public Tensor clampTensor(Tensor min) {
    return clampTensor(min, (Tensor) null);
  }

  /** Each element limited by broadcast min and max tensors (NaN bounds propagate). */
  public Tensor clampTensor(Tensor min, Tensor max) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_clamp_tensor(handle(), Tensor.hOpt(min), Tensor.hOpt(max), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(min);
      Reference.reachabilityFence(max);
    }
    return Tensor.wrap(r[0]);
  }

  /** Each element limited by broadcast min and max tensors (NaN bounds propagate). Defaults: min = None, max = None. */
  public Tensor clampTensor_() {
    return clampTensor_((Tensor) null, (Tensor) null);
  }

  /** Each element limited by broadcast min and max tensors (NaN bounds propagate). Defaults: max = None. */
  public Tensor clampTensor_(Tensor min) {
    return clampTensor_(min, (Tensor) null);
  }

  /** Each element limited by broadcast min and max tensors (NaN bounds propagate). */
  public Tensor clampTensor_(Tensor min, Tensor max) {
    try {
      IgnisRaw.ignis_clamp_tensor_inplace(handle(), Tensor.hOpt(min), Tensor.hOpt(max));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(min);
      Reference.reachabilityFence(max);
    }
    return (Tensor) this;
  }

  /** Each element limited by broadcast min and max tensors (NaN bounds propagate). Defaults: min = None, max = None. */
  public Tensor clampTensorOut(Tensor out) {
    return clampTensorOut(out, (Tensor) null, (Tensor) null);
  }

  /** Each element limited by broadcast min and max tensors (NaN bounds propagate). Defaults: max = None. */
  public Tensor clampTensorOut(Tensor out, Tensor min) {
    return clampTensorOut(out, min, (Tensor) null);
  }

  /** Each element limited by broadcast min and max tensors (NaN bounds propagate). */
  public Tensor clampTensorOut(Tensor out, Tensor min, Tensor max) {
    try {
      IgnisRaw.ignis_clamp_tensor_out(Tensor.h(out, "out"), handle(), Tensor.hOpt(min), Tensor.hOpt(max));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(min);
      Reference.reachabilityFence(max);
    }
    return out;
  }

  /** Linear interpolation self + weight * (end - self). */
  public Tensor lerp(Tensor end, Number weight) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_lerp_scalar(handle(), Tensor.h(end, "end"), Tensor.num(weight, "weight"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(end);
    }
    return Tensor.wrap(r[0]);
  }

  /** Linear interpolation self + weight * (end - self). */
  public Tensor lerp_(Tensor end, Number weight) {
    try {
      IgnisRaw.ignis_lerp_scalar_inplace(handle(), Tensor.h(end, "end"), Tensor.num(weight, "weight"));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(end);
    }
    return (Tensor) this;
  }

  /** Linear interpolation self + weight * (end - self). */
  public Tensor lerpOut(Tensor out, Tensor end, Number weight) {
    try {
      IgnisRaw.ignis_lerp_scalar_out(Tensor.h(out, "out"), handle(), Tensor.h(end, "end"), Tensor.num(weight, "weight"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(end);
    }
    return out;
  }

  /** Linear interpolation with a broadcast weight tensor. */
  public Tensor lerp(Tensor end, Tensor weight) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_lerp_tensor(handle(), Tensor.h(end, "end"), Tensor.h(weight, "weight"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(end);
      Reference.reachabilityFence(weight);
    }
    return Tensor.wrap(r[0]);
  }

  /** Linear interpolation with a broadcast weight tensor. */
  public Tensor lerp_(Tensor end, Tensor weight) {
    try {
      IgnisRaw.ignis_lerp_tensor_inplace(handle(), Tensor.h(end, "end"), Tensor.h(weight, "weight"));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(end);
      Reference.reachabilityFence(weight);
    }
    return (Tensor) this;
  }

  /** Linear interpolation with a broadcast weight tensor. */
  public Tensor lerpOut(Tensor out, Tensor end, Tensor weight) {
    try {
      IgnisRaw.ignis_lerp_tensor_out(Tensor.h(out, "out"), handle(), Tensor.h(end, "end"), Tensor.h(weight, "weight"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(end);
      Reference.reachabilityFence(weight);
    }
    return out;
  }

  /** self + value * tensor1 * tensor2. Defaults: value = 1. */
  public Tensor addcmul(Tensor tensor1, Tensor tensor2) {
    return addcmul(tensor1, tensor2, 1);
  }

  /** self + value * tensor1 * tensor2. */
  public Tensor addcmul(Tensor tensor1, Tensor tensor2, Number value) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_addcmul(handle(), Tensor.h(tensor1, "tensor1"), Tensor.h(tensor2, "tensor2"), Tensor.num(value, "value"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(tensor1);
      Reference.reachabilityFence(tensor2);
    }
    return Tensor.wrap(r[0]);
  }

  /** self + value * tensor1 * tensor2. Defaults: value = 1. */
  public Tensor addcmul_(Tensor tensor1, Tensor tensor2) {
    return addcmul_(tensor1, tensor2, 1);
  }

  /** self + value * tensor1 * tensor2. */
  public Tensor addcmul_(Tensor tensor1, Tensor tensor2, Number value) {
    try {
      IgnisRaw.ignis_addcmul_inplace(handle(), Tensor.h(tensor1, "tensor1"), Tensor.h(tensor2, "tensor2"), Tensor.num(value, "value"));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(tensor1);
      Reference.reachabilityFence(tensor2);
    }
    return (Tensor) this;
  }

  /** self + value * tensor1 * tensor2. Defaults: value = 1. */
  public Tensor addcmulOut(Tensor out, Tensor tensor1, Tensor tensor2) {
    return addcmulOut(out, tensor1, tensor2, 1);
  }

  /** self + value * tensor1 * tensor2. */
  public Tensor addcmulOut(Tensor out, Tensor tensor1, Tensor tensor2, Number value) {
    try {
      IgnisRaw.ignis_addcmul_out(Tensor.h(out, "out"), handle(), Tensor.h(tensor1, "tensor1"), Tensor.h(tensor2, "tensor2"), Tensor.num(value, "value"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(tensor1);
      Reference.reachabilityFence(tensor2);
    }
    return out;
  }

  /** self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error). Defaults: value = 1. */
  public Tensor addcdiv(Tensor tensor1, Tensor tensor2) {
    return addcdiv(tensor1, tensor2, 1);
  }

  /** self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error). */
  public Tensor addcdiv(Tensor tensor1, Tensor tensor2, Number value) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_addcdiv(handle(), Tensor.h(tensor1, "tensor1"), Tensor.h(tensor2, "tensor2"), Tensor.num(value, "value"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(tensor1);
      Reference.reachabilityFence(tensor2);
    }
    return Tensor.wrap(r[0]);
  }

  /** self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error). Defaults: value = 1. */
  public Tensor addcdiv_(Tensor tensor1, Tensor tensor2) {
    return addcdiv_(tensor1, tensor2, 1);
  }

  /** self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error). */
  public Tensor addcdiv_(Tensor tensor1, Tensor tensor2, Number value) {
    try {
      IgnisRaw.ignis_addcdiv_inplace(handle(), Tensor.h(tensor1, "tensor1"), Tensor.h(tensor2, "tensor2"), Tensor.num(value, "value"));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(tensor1);
      Reference.reachabilityFence(tensor2);
    }
    return (Tensor) this;
  }

  /** self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error). Defaults: value = 1. */
  public Tensor addcdivOut(Tensor out, Tensor tensor1, Tensor tensor2) {
    return addcdivOut(out, tensor1, tensor2, 1);
  }

  /** self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error). */
  public Tensor addcdivOut(Tensor out, Tensor tensor1, Tensor tensor2, Number value) {
    try {
      IgnisRaw.ignis_addcdiv_out(Tensor.h(out, "out"), handle(), Tensor.h(tensor1, "tensor1"), Tensor.h(tensor2, "tensor2"), Tensor.num(value, "value"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(tensor1);
      Reference.reachabilityFence(tensor2);
    }
    return out;
  }

  /** Sum over dims (None or [] = all); integers and bool sum to int64 unless dtype is given. Defaults: dim = None, keepdim = False, dtype = None. */
  public Tensor sum() {
    return sum((long[]) null, false, (DType) null);
  }

  /** Sum over dims (None or [] = all); integers and bool sum to int64 unless dtype is given. Defaults: keepdim = False, dtype = None. */
  public Tensor sum(long[] dim) {
    return sum(dim, false, (DType) null);
  }

  /** Sum over dims (None or [] = all); integers and bool sum to int64 unless dtype is given. Defaults: dtype = None. */
  public Tensor sum(long[] dim, boolean keepdim) {
    return sum(dim, keepdim, (DType) null);
  }

  /** Sum over dims (None or [] = all); integers and bool sum to int64 unless dtype is given. */
  public Tensor sum(long[] dim, boolean keepdim, DType dtype) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_sum(handle(), dim, dim == null ? 0 : dim.length, keepdim ? 1 : 0, dtype == null ? null : new int[] {dtype.code()}, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Sum over dims (None or [] = all); integers and bool sum to int64 unless dtype is given. Defaults: dim = None, keepdim = False, dtype = None. */
  public Tensor sumOut(Tensor out) {
    return sumOut(out, (long[]) null, false, (DType) null);
  }

  /** Sum over dims (None or [] = all); integers and bool sum to int64 unless dtype is given. Defaults: keepdim = False, dtype = None. */
  public Tensor sumOut(Tensor out, long[] dim) {
    return sumOut(out, dim, false, (DType) null);
  }

  /** Sum over dims (None or [] = all); integers and bool sum to int64 unless dtype is given. Defaults: dtype = None. */
  public Tensor sumOut(Tensor out, long[] dim, boolean keepdim) {
    return sumOut(out, dim, keepdim, (DType) null);
  }

  /** Sum over dims (None or [] = all); integers and bool sum to int64 unless dtype is given. */
  public Tensor sumOut(Tensor out, long[] dim, boolean keepdim, DType dtype) {
    try {
      IgnisRaw.ignis_sum_out(Tensor.h(out, "out"), handle(), dim, dim == null ? 0 : dim.length, keepdim ? 1 : 0, dtype == null ? null : new int[] {dtype.code()});
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Arithmetic mean over dims (None or [] = all); nan for an empty reduction. Defaults: dim = None, keepdim = False, dtype = None. */
  public Tensor mean() {
    return mean((long[]) null, false, (DType) null);
  }

  /** Arithmetic mean over dims (None or [] = all); nan for an empty reduction. Defaults: keepdim = False, dtype = None. */
  public Tensor mean(long[] dim) {
    return mean(dim, false, (DType) null);
  }

  /** Arithmetic mean over dims (None or [] = all); nan for an empty reduction. Defaults: dtype = None. */
  public Tensor mean(long[] dim, boolean keepdim) {
    return mean(dim, keepdim, (DType) null);
  }

  /** Arithmetic mean over dims (None or [] = all); nan for an empty reduction. */
  public Tensor mean(long[] dim, boolean keepdim, DType dtype) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_mean(handle(), dim, dim == null ? 0 : dim.length, keepdim ? 1 : 0, dtype == null ? null : new int[] {dtype.code()}, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Arithmetic mean over dims (None or [] = all); nan for an empty reduction. Defaults: dim = None, keepdim = False, dtype = None. */
  public Tensor meanOut(Tensor out) {
    return meanOut(out, (long[]) null, false, (DType) null);
  }

  /** Arithmetic mean over dims (None or [] = all); nan for an empty reduction. Defaults: keepdim = False, dtype = None. */
  public Tensor meanOut(Tensor out, long[] dim) {
    return meanOut(out, dim, false, (DType) null);
  }

  /** Arithmetic mean over dims (None or [] = all); nan for an empty reduction. Defaults: dtype = None. */
  public Tensor meanOut(Tensor out, long[] dim, boolean keepdim) {
    return meanOut(out, dim, keepdim, (DType) null);
  }

  /** Arithmetic mean over dims (None or [] = all); nan for an empty reduction. */
  public Tensor meanOut(Tensor out, long[] dim, boolean keepdim, DType dtype) {
    try {
      IgnisRaw.ignis_mean_out(Tensor.h(out, "out"), handle(), dim, dim == null ? 0 : dim.length, keepdim ? 1 : 0, dtype == null ? null : new int[] {dtype.code()});
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Product over dims (None = all); integers and bool multiply to int64 unless dtype is given. Defaults: dim = None, keepdim = False, dtype = None. */
  public Tensor prod() {
    return prod((long[]) null, false, (DType) null);
  }

  /** Product over dims (None = all); integers and bool multiply to int64 unless dtype is given. Defaults: keepdim = False, dtype = None. */
  public Tensor prod(long[] dim) {
    return prod(dim, false, (DType) null);
  }

  /** Product over dims (None = all); integers and bool multiply to int64 unless dtype is given. Defaults: dtype = None. */
  public Tensor prod(long[] dim, boolean keepdim) {
    return prod(dim, keepdim, (DType) null);
  }

  /** Product over dims (None = all); integers and bool multiply to int64 unless dtype is given. */
  public Tensor prod(long[] dim, boolean keepdim, DType dtype) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_prod(handle(), dim, dim == null ? 0 : dim.length, keepdim ? 1 : 0, dtype == null ? null : new int[] {dtype.code()}, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Product over dims (None = all); integers and bool multiply to int64 unless dtype is given. Defaults: dim = None, keepdim = False, dtype = None. */
  public Tensor prodOut(Tensor out) {
    return prodOut(out, (long[]) null, false, (DType) null);
  }

  /** Product over dims (None = all); integers and bool multiply to int64 unless dtype is given. Defaults: keepdim = False, dtype = None. */
  public Tensor prodOut(Tensor out, long[] dim) {
    return prodOut(out, dim, false, (DType) null);
  }

  /** Product over dims (None = all); integers and bool multiply to int64 unless dtype is given. Defaults: dtype = None. */
  public Tensor prodOut(Tensor out, long[] dim, boolean keepdim) {
    return prodOut(out, dim, keepdim, (DType) null);
  }

  /** Product over dims (None = all); integers and bool multiply to int64 unless dtype is given. */
  public Tensor prodOut(Tensor out, long[] dim, boolean keepdim, DType dtype) {
    try {
      IgnisRaw.ignis_prod_out(Tensor.h(out, "out"), handle(), dim, dim == null ? 0 : dim.length, keepdim ? 1 : 0, dtype == null ? null : new int[] {dtype.code()});
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Variance over dims with sum of squared deviations / max(0, N - correction) (None = 1). Defaults: dim = None, correction = None, keepdim = False. */
  public Tensor var() {
    return var((long[]) null, (Number) null, false);
  }

  /** Variance over dims with sum of squared deviations / max(0, N - correction) (None = 1). Defaults: correction = None, keepdim = False. */
  public Tensor var(long[] dim) {
    return var(dim, (Number) null, false);
  }

  /** Variance over dims with sum of squared deviations / max(0, N - correction) (None = 1). Defaults: keepdim = False. */
  public Tensor var(long[] dim, Number correction) {
    return var(dim, correction, false);
  }

  /** Variance over dims with sum of squared deviations / max(0, N - correction) (None = 1). */
  public Tensor var(long[] dim, Number correction, boolean keepdim) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_var(handle(), dim, dim == null ? 0 : dim.length, correction, keepdim ? 1 : 0, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Variance over dims with sum of squared deviations / max(0, N - correction) (None = 1). Defaults: dim = None, correction = None, keepdim = False. */
  public Tensor varOut(Tensor out) {
    return varOut(out, (long[]) null, (Number) null, false);
  }

  /** Variance over dims with sum of squared deviations / max(0, N - correction) (None = 1). Defaults: correction = None, keepdim = False. */
  public Tensor varOut(Tensor out, long[] dim) {
    return varOut(out, dim, (Number) null, false);
  }

  /** Variance over dims with sum of squared deviations / max(0, N - correction) (None = 1). Defaults: keepdim = False. */
  public Tensor varOut(Tensor out, long[] dim, Number correction) {
    return varOut(out, dim, correction, false);
  }

  /** Variance over dims with sum of squared deviations / max(0, N - correction) (None = 1). */
  public Tensor varOut(Tensor out, long[] dim, Number correction, boolean keepdim) {
    try {
      IgnisRaw.ignis_var_out(Tensor.h(out, "out"), handle(), dim, dim == null ? 0 : dim.length, correction, keepdim ? 1 : 0);
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Standard deviation over dims, the square root of var with the same correction (None = 1). Defaults: dim = None, correction = None, keepdim = False. */
  public Tensor std() {
    return std((long[]) null, (Number) null, false);
  }

  /** Standard deviation over dims, the square root of var with the same correction (None = 1). Defaults: correction = None, keepdim = False. */
  public Tensor std(long[] dim) {
    return std(dim, (Number) null, false);
  }

  /** Standard deviation over dims, the square root of var with the same correction (None = 1). Defaults: keepdim = False. */
  public Tensor std(long[] dim, Number correction) {
    return std(dim, correction, false);
  }

  /** Standard deviation over dims, the square root of var with the same correction (None = 1). */
  public Tensor std(long[] dim, Number correction, boolean keepdim) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_std(handle(), dim, dim == null ? 0 : dim.length, correction, keepdim ? 1 : 0, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Standard deviation over dims, the square root of var with the same correction (None = 1). Defaults: dim = None, correction = None, keepdim = False. */
  public Tensor stdOut(Tensor out) {
    return stdOut(out, (long[]) null, (Number) null, false);
  }

  /** Standard deviation over dims, the square root of var with the same correction (None = 1). Defaults: correction = None, keepdim = False. */
  public Tensor stdOut(Tensor out, long[] dim) {
    return stdOut(out, dim, (Number) null, false);
  }

  /** Standard deviation over dims, the square root of var with the same correction (None = 1). Defaults: keepdim = False. */
  public Tensor stdOut(Tensor out, long[] dim, Number correction) {
    return stdOut(out, dim, correction, false);
  }

  /** Standard deviation over dims, the square root of var with the same correction (None = 1). */
  public Tensor stdOut(Tensor out, long[] dim, Number correction, boolean keepdim) {
    try {
      IgnisRaw.ignis_std_out(Tensor.h(out, "out"), handle(), dim, dim == null ? 0 : dim.length, correction, keepdim ? 1 : 0);
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Largest element (nan when any element is nan); errors on an empty tensor. */
  public Tensor max() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_max(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Largest values along dim and the index of the first of each (nan propagates). Defaults: keepdim = False. */
  public Tensor[] max(long dim) {
    return max(dim, false);
  }

  /** Largest values along dim and the index of the first of each (nan propagates). */
  public Tensor[] max(long dim, boolean keepdim) {
    long[] r0 = new long[1];
    long[] r1 = new long[1];
    try {
      IgnisRaw.ignis_max_dim(handle(), dim, keepdim ? 1 : 0, r0, r1);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrapAll(new long[] {r0[0], r1[0]});
  }

  /** Smallest element (nan when any element is nan); errors on an empty tensor. */
  public Tensor min() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_min(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Smallest values along dim and the index of the first of each (nan propagates). Defaults: keepdim = False. */
  public Tensor[] min(long dim) {
    return min(dim, false);
  }

  /** Smallest values along dim and the index of the first of each (nan propagates). */
  public Tensor[] min(long dim, boolean keepdim) {
    long[] r0 = new long[1];
    long[] r1 = new long[1];
    try {
      IgnisRaw.ignis_min_dim(handle(), dim, keepdim ? 1 : 0, r0, r1);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrapAll(new long[] {r0[0], r1[0]});
  }

  /** Largest values over dims ([] = all), nan propagating; reduced dims must be non-empty. Defaults: dim = [], keepdim = False. */
  public Tensor amax() {
    return amax(new long[] {}, false);
  }

  /** Largest values over dims ([] = all), nan propagating; reduced dims must be non-empty. Defaults: keepdim = False. */
  public Tensor amax(long[] dim) {
    return amax(dim, false);
  }

  /** Largest values over dims ([] = all), nan propagating; reduced dims must be non-empty. */
  public Tensor amax(long[] dim, boolean keepdim) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_amax(handle(), Tensor.ints(dim, "dim"), dim.length, keepdim ? 1 : 0, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Largest values over dims ([] = all), nan propagating; reduced dims must be non-empty. Defaults: dim = [], keepdim = False. */
  public Tensor amaxOut(Tensor out) {
    return amaxOut(out, new long[] {}, false);
  }

  /** Largest values over dims ([] = all), nan propagating; reduced dims must be non-empty. Defaults: keepdim = False. */
  public Tensor amaxOut(Tensor out, long[] dim) {
    return amaxOut(out, dim, false);
  }

  /** Largest values over dims ([] = all), nan propagating; reduced dims must be non-empty. */
  public Tensor amaxOut(Tensor out, long[] dim, boolean keepdim) {
    try {
      IgnisRaw.ignis_amax_out(Tensor.h(out, "out"), handle(), Tensor.ints(dim, "dim"), dim.length, keepdim ? 1 : 0);
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Smallest values over dims ([] = all), nan propagating; reduced dims must be non-empty. Defaults: dim = [], keepdim = False. */
  public Tensor amin() {
    return amin(new long[] {}, false);
  }

  /** Smallest values over dims ([] = all), nan propagating; reduced dims must be non-empty. Defaults: keepdim = False. */
  public Tensor amin(long[] dim) {
    return amin(dim, false);
  }

  /** Smallest values over dims ([] = all), nan propagating; reduced dims must be non-empty. */
  public Tensor amin(long[] dim, boolean keepdim) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_amin(handle(), Tensor.ints(dim, "dim"), dim.length, keepdim ? 1 : 0, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Smallest values over dims ([] = all), nan propagating; reduced dims must be non-empty. Defaults: dim = [], keepdim = False. */
  public Tensor aminOut(Tensor out) {
    return aminOut(out, new long[] {}, false);
  }

  /** Smallest values over dims ([] = all), nan propagating; reduced dims must be non-empty. Defaults: keepdim = False. */
  public Tensor aminOut(Tensor out, long[] dim) {
    return aminOut(out, dim, false);
  }

  /** Smallest values over dims ([] = all), nan propagating; reduced dims must be non-empty. */
  public Tensor aminOut(Tensor out, long[] dim, boolean keepdim) {
    try {
      IgnisRaw.ignis_amin_out(Tensor.h(out, "out"), handle(), Tensor.ints(dim, "dim"), dim.length, keepdim ? 1 : 0);
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Index of the first largest value along dim (None = of the flattened tensor; nan is largest). Defaults: dim = None, keepdim = False. */
  public Tensor argmax() {
    return argmax((Long) null, false);
  }

  /** Index of the first largest value along dim (None = of the flattened tensor; nan is largest). Defaults: keepdim = False. */
  public Tensor argmax(Long dim) {
    return argmax(dim, false);
  }

  /** Index of the first largest value along dim (None = of the flattened tensor; nan is largest). */
  public Tensor argmax(Long dim, boolean keepdim) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_argmax(handle(), dim == null ? null : new long[] {dim}, keepdim ? 1 : 0, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Index of the first largest value along dim (None = of the flattened tensor; nan is largest). Defaults: dim = None, keepdim = False. */
  public Tensor argmaxOut(Tensor out) {
    return argmaxOut(out, (Long) null, false);
  }

  /** Index of the first largest value along dim (None = of the flattened tensor; nan is largest). Defaults: keepdim = False. */
  public Tensor argmaxOut(Tensor out, Long dim) {
    return argmaxOut(out, dim, false);
  }

  /** Index of the first largest value along dim (None = of the flattened tensor; nan is largest). */
  public Tensor argmaxOut(Tensor out, Long dim, boolean keepdim) {
    try {
      IgnisRaw.ignis_argmax_out(Tensor.h(out, "out"), handle(), dim == null ? null : new long[] {dim}, keepdim ? 1 : 0);
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Index of the first smallest value along dim (None = of the flattened tensor; nan is smallest). Defaults: dim = None, keepdim = False. */
  public Tensor argmin() {
    return argmin((Long) null, false);
  }

  /** Index of the first smallest value along dim (None = of the flattened tensor; nan is smallest). Defaults: keepdim = False. */
  public Tensor argmin(Long dim) {
    return argmin(dim, false);
  }

  /** Index of the first smallest value along dim (None = of the flattened tensor; nan is smallest). */
  public Tensor argmin(Long dim, boolean keepdim) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_argmin(handle(), dim == null ? null : new long[] {dim}, keepdim ? 1 : 0, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Index of the first smallest value along dim (None = of the flattened tensor; nan is smallest). Defaults: dim = None, keepdim = False. */
  public Tensor argminOut(Tensor out) {
    return argminOut(out, (Long) null, false);
  }

  /** Index of the first smallest value along dim (None = of the flattened tensor; nan is smallest). Defaults: keepdim = False. */
  public Tensor argminOut(Tensor out, Long dim) {
    return argminOut(out, dim, false);
  }

  /** Index of the first smallest value along dim (None = of the flattened tensor; nan is smallest). */
  public Tensor argminOut(Tensor out, Long dim, boolean keepdim) {
    try {
      IgnisRaw.ignis_argmin_out(Tensor.h(out, "out"), handle(), dim == null ? null : new long[] {dim}, keepdim ? 1 : 0);
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** log(sum(exp(x))) over dims, computed stably; integers give the default float dtype. Defaults: keepdim = False. */
  public Tensor logsumexp(long[] dim) {
    return logsumexp(dim, false);
  }

  /** log(sum(exp(x))) over dims, computed stably; integers give the default float dtype. */
  public Tensor logsumexp(long[] dim, boolean keepdim) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_logsumexp(handle(), Tensor.ints(dim, "dim"), dim.length, keepdim ? 1 : 0, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** log(sum(exp(x))) over dims, computed stably; integers give the default float dtype. Defaults: keepdim = False. */
  public Tensor logsumexpOut(Tensor out, long[] dim) {
    return logsumexpOut(out, dim, false);
  }

  /** log(sum(exp(x))) over dims, computed stably; integers give the default float dtype. */
  public Tensor logsumexpOut(Tensor out, long[] dim, boolean keepdim) {
    try {
      IgnisRaw.ignis_logsumexp_out(Tensor.h(out, "out"), handle(), Tensor.ints(dim, "dim"), dim.length, keepdim ? 1 : 0);
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** True (bool) where every element over dims is nonzero; true for an empty reduction. Defaults: dim = None, keepdim = False. */
  public Tensor all() {
    return all((long[]) null, false);
  }

  /** True (bool) where every element over dims is nonzero; true for an empty reduction. Defaults: keepdim = False. */
  public Tensor all(long[] dim) {
    return all(dim, false);
  }

  /** True (bool) where every element over dims is nonzero; true for an empty reduction. */
  public Tensor all(long[] dim, boolean keepdim) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_all(handle(), dim, dim == null ? 0 : dim.length, keepdim ? 1 : 0, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** True (bool) where every element over dims is nonzero; true for an empty reduction. Defaults: dim = None, keepdim = False. */
  public Tensor allOut(Tensor out) {
    return allOut(out, (long[]) null, false);
  }

  /** True (bool) where every element over dims is nonzero; true for an empty reduction. Defaults: keepdim = False. */
  public Tensor allOut(Tensor out, long[] dim) {
    return allOut(out, dim, false);
  }

  /** True (bool) where every element over dims is nonzero; true for an empty reduction. */
  public Tensor allOut(Tensor out, long[] dim, boolean keepdim) {
    try {
      IgnisRaw.ignis_all_out(Tensor.h(out, "out"), handle(), dim, dim == null ? 0 : dim.length, keepdim ? 1 : 0);
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** True (bool) where some element over dims is nonzero; false for an empty reduction. Defaults: dim = None, keepdim = False. */
  public Tensor any() {
    return any((long[]) null, false);
  }

  /** True (bool) where some element over dims is nonzero; false for an empty reduction. Defaults: keepdim = False. */
  public Tensor any(long[] dim) {
    return any(dim, false);
  }

  /** True (bool) where some element over dims is nonzero; false for an empty reduction. */
  public Tensor any(long[] dim, boolean keepdim) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_any(handle(), dim, dim == null ? 0 : dim.length, keepdim ? 1 : 0, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** True (bool) where some element over dims is nonzero; false for an empty reduction. Defaults: dim = None, keepdim = False. */
  public Tensor anyOut(Tensor out) {
    return anyOut(out, (long[]) null, false);
  }

  /** True (bool) where some element over dims is nonzero; false for an empty reduction. Defaults: keepdim = False. */
  public Tensor anyOut(Tensor out, long[] dim) {
    return anyOut(out, dim, false);
  }

  /** True (bool) where some element over dims is nonzero; false for an empty reduction. */
  public Tensor anyOut(Tensor out, long[] dim, boolean keepdim) {
    try {
      IgnisRaw.ignis_any_out(Tensor.h(out, "out"), handle(), dim, dim == null ? 0 : dim.length, keepdim ? 1 : 0);
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Vector p-norm over dims (None = all); p may be inf, -inf or 0 (count of nonzeros). Defaults: p = 2, dim = None, keepdim = False, dtype = None. */
  public Tensor norm() {
    return norm(2, (long[]) null, false, (DType) null);
  }

  /** Vector p-norm over dims (None = all); p may be inf, -inf or 0 (count of nonzeros). Defaults: dim = None, keepdim = False, dtype = None. */
  public Tensor norm(Number p) {
    return norm(p, (long[]) null, false, (DType) null);
  }

  /** Vector p-norm over dims (None = all); p may be inf, -inf or 0 (count of nonzeros). Defaults: keepdim = False, dtype = None. */
  public Tensor norm(Number p, long[] dim) {
    return norm(p, dim, false, (DType) null);
  }

  /** Vector p-norm over dims (None = all); p may be inf, -inf or 0 (count of nonzeros). Defaults: dtype = None. */
  public Tensor norm(Number p, long[] dim, boolean keepdim) {
    return norm(p, dim, keepdim, (DType) null);
  }

  /** Vector p-norm over dims (None = all); p may be inf, -inf or 0 (count of nonzeros). */
  public Tensor norm(Number p, long[] dim, boolean keepdim, DType dtype) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_norm(handle(), p, dim, dim == null ? 0 : dim.length, keepdim ? 1 : 0, dtype == null ? null : new int[] {dtype.code()}, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Vector p-norm over dims (None = all); p may be inf, -inf or 0 (count of nonzeros). Defaults: p = 2, dim = None, keepdim = False, dtype = None. */
  public Tensor normOut(Tensor out) {
    return normOut(out, 2, (long[]) null, false, (DType) null);
  }

  /** Vector p-norm over dims (None = all); p may be inf, -inf or 0 (count of nonzeros). Defaults: dim = None, keepdim = False, dtype = None. */
  public Tensor normOut(Tensor out, Number p) {
    return normOut(out, p, (long[]) null, false, (DType) null);
  }

  /** Vector p-norm over dims (None = all); p may be inf, -inf or 0 (count of nonzeros). Defaults: keepdim = False, dtype = None. */
  public Tensor normOut(Tensor out, Number p, long[] dim) {
    return normOut(out, p, dim, false, (DType) null);
  }

  /** Vector p-norm over dims (None = all); p may be inf, -inf or 0 (count of nonzeros). Defaults: dtype = None. */
  public Tensor normOut(Tensor out, Number p, long[] dim, boolean keepdim) {
    return normOut(out, p, dim, keepdim, (DType) null);
  }

  /** Vector p-norm over dims (None = all); p may be inf, -inf or 0 (count of nonzeros). */
  public Tensor normOut(Tensor out, Number p, long[] dim, boolean keepdim, DType dtype) {
    try {
      IgnisRaw.ignis_norm_out(Tensor.h(out, "out"), handle(), p, dim, dim == null ? 0 : dim.length, keepdim ? 1 : 0, dtype == null ? null : new int[] {dtype.code()});
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Frobenius norm for p = "fro" (the 2-norm over dims, None = all); "nuc" is not supported. Defaults: dim = None, keepdim = False, dtype = None. */
  public Tensor norm(String p) {
    return norm(p, (long[]) null, false, (DType) null);
  }

  /** Frobenius norm for p = "fro" (the 2-norm over dims, None = all); "nuc" is not supported. Defaults: keepdim = False, dtype = None. */
  public Tensor norm(String p, long[] dim) {
    return norm(p, dim, false, (DType) null);
  }

  /** Frobenius norm for p = "fro" (the 2-norm over dims, None = all); "nuc" is not supported. Defaults: dtype = None. */
  public Tensor norm(String p, long[] dim, boolean keepdim) {
    return norm(p, dim, keepdim, (DType) null);
  }

  /** Frobenius norm for p = "fro" (the 2-norm over dims, None = all); "nuc" is not supported. */
  public Tensor norm(String p, long[] dim, boolean keepdim, DType dtype) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_norm_str(handle(), p, dim, dim == null ? 0 : dim.length, keepdim ? 1 : 0, dtype == null ? null : new int[] {dtype.code()}, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Number of nonzero elements over dims (None = all), as int64. Defaults: dim = None. */
  public Tensor countNonzero() {
    return countNonzero((long[]) null);
  }

  /** Number of nonzero elements over dims (None = all), as int64. */
  public Tensor countNonzero(long[] dim) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_count_nonzero(handle(), dim, dim == null ? 0 : dim.length, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Running sum along dim; integers and bool give int64 unless dtype is given. Defaults: dtype = None. */
  public Tensor cumsum(long dim) {
    return cumsum(dim, (DType) null);
  }

  /** Running sum along dim; integers and bool give int64 unless dtype is given. */
  public Tensor cumsum(long dim, DType dtype) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_cumsum(handle(), dim, dtype == null ? null : new int[] {dtype.code()}, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Running sum along dim; integers and bool give int64 unless dtype is given. Defaults: dtype = None. */
  public Tensor cumsum_(long dim) {
    return cumsum_(dim, (DType) null);
  }

  /** Running sum along dim; integers and bool give int64 unless dtype is given. */
  public Tensor cumsum_(long dim, DType dtype) {
    try {
      IgnisRaw.ignis_cumsum_inplace(handle(), dim, dtype == null ? null : new int[] {dtype.code()});
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Running sum along dim; integers and bool give int64 unless dtype is given. Defaults: dtype = None. */
  public Tensor cumsumOut(Tensor out, long dim) {
    return cumsumOut(out, dim, (DType) null);
  }

  /** Running sum along dim; integers and bool give int64 unless dtype is given. */
  public Tensor cumsumOut(Tensor out, long dim, DType dtype) {
    try {
      IgnisRaw.ignis_cumsum_out(Tensor.h(out, "out"), handle(), dim, dtype == null ? null : new int[] {dtype.code()});
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Running product along dim; integers and bool give int64 unless dtype is given. Defaults: dtype = None. */
  public Tensor cumprod(long dim) {
    return cumprod(dim, (DType) null);
  }

  /** Running product along dim; integers and bool give int64 unless dtype is given. */
  public Tensor cumprod(long dim, DType dtype) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_cumprod(handle(), dim, dtype == null ? null : new int[] {dtype.code()}, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Running product along dim; integers and bool give int64 unless dtype is given. Defaults: dtype = None. */
  public Tensor cumprod_(long dim) {
    return cumprod_(dim, (DType) null);
  }

  /** Running product along dim; integers and bool give int64 unless dtype is given. */
  public Tensor cumprod_(long dim, DType dtype) {
    try {
      IgnisRaw.ignis_cumprod_inplace(handle(), dim, dtype == null ? null : new int[] {dtype.code()});
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Running product along dim; integers and bool give int64 unless dtype is given. Defaults: dtype = None. */
  public Tensor cumprodOut(Tensor out, long dim) {
    return cumprodOut(out, dim, (DType) null);
  }

  /** Running product along dim; integers and bool give int64 unless dtype is given. */
  public Tensor cumprodOut(Tensor out, long dim, DType dtype) {
    try {
      IgnisRaw.ignis_cumprod_out(Tensor.h(out, "out"), handle(), dim, dtype == null ? null : new int[] {dtype.code()});
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Values sorted along dim and their original indices; nan sorts last (first when descending). Defaults: dim = -1, descending = False, stable = False. */
  public Tensor[] sort() {
    return sort(-1L, false, false);
  }

  /** Values sorted along dim and their original indices; nan sorts last (first when descending). Defaults: descending = False, stable = False. */
  public Tensor[] sort(long dim) {
    return sort(dim, false, false);
  }

  /** Values sorted along dim and their original indices; nan sorts last (first when descending). Defaults: stable = False. */
  public Tensor[] sort(long dim, boolean descending) {
    return sort(dim, descending, false);
  }

  /** Values sorted along dim and their original indices; nan sorts last (first when descending). */
  public Tensor[] sort(long dim, boolean descending, boolean stable) {
    long[] r0 = new long[1];
    long[] r1 = new long[1];
    try {
      IgnisRaw.ignis_sort(handle(), dim, descending ? 1 : 0, stable ? 1 : 0, r0, r1);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrapAll(new long[] {r0[0], r1[0]});
  }

  /** Indices that sort self along dim (the indices of sort). Defaults: dim = -1, descending = False, stable = False. */
  public Tensor argsort() {
    return argsort(-1L, false, false);
  }

  /** Indices that sort self along dim (the indices of sort). Defaults: descending = False, stable = False. */
  public Tensor argsort(long dim) {
    return argsort(dim, false, false);
  }

  /** Indices that sort self along dim (the indices of sort). Defaults: stable = False. */
  public Tensor argsort(long dim, boolean descending) {
    return argsort(dim, descending, false);
  }

  /** Indices that sort self along dim (the indices of sort). */
  public Tensor argsort(long dim, boolean descending, boolean stable) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_argsort(handle(), dim, descending ? 1 : 0, stable ? 1 : 0, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** The k largest (or smallest) values along dim and their indices; nan counts as largest. Defaults: dim = -1, largest = True, sorted = True. */
  public Tensor[] topk(long k) {
    return topk(k, -1L, true, true);
  }

  /** The k largest (or smallest) values along dim and their indices; nan counts as largest. Defaults: largest = True, sorted = True. */
  public Tensor[] topk(long k, long dim) {
    return topk(k, dim, true, true);
  }

  /** The k largest (or smallest) values along dim and their indices; nan counts as largest. Defaults: sorted = True. */
  public Tensor[] topk(long k, long dim, boolean largest) {
    return topk(k, dim, largest, true);
  }

  /** The k largest (or smallest) values along dim and their indices; nan counts as largest. */
  public Tensor[] topk(long k, long dim, boolean largest, boolean sorted) {
    long[] r0 = new long[1];
    long[] r1 = new long[1];
    try {
      IgnisRaw.ignis_topk(handle(), k, dim, largest ? 1 : 0, sorted ? 1 : 0, r0, r1);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrapAll(new long[] {r0[0], r1[0]});
  }

  /** The k-th smallest value (1-based) along dim and its index; nan counts as largest. Defaults: dim = -1, keepdim = False. */
  public Tensor[] kthvalue(long k) {
    return kthvalue(k, -1L, false);
  }

  /** The k-th smallest value (1-based) along dim and its index; nan counts as largest. Defaults: keepdim = False. */
  public Tensor[] kthvalue(long k, long dim) {
    return kthvalue(k, dim, false);
  }

  /** The k-th smallest value (1-based) along dim and its index; nan counts as largest. */
  public Tensor[] kthvalue(long k, long dim, boolean keepdim) {
    long[] r0 = new long[1];
    long[] r1 = new long[1];
    try {
      IgnisRaw.ignis_kthvalue(handle(), k, dim, keepdim ? 1 : 0, r0, r1);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrapAll(new long[] {r0[0], r1[0]});
  }

  /** Lower median of all elements (nan when any element is nan or the tensor is empty). */
  public Tensor median() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_median(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Lower median along dim and its index (nan and its index when the row holds a nan). Defaults: keepdim = False. */
  public Tensor[] median(long dim) {
    return median(dim, false);
  }

  /** Lower median along dim and its index (nan and its index when the row holds a nan). */
  public Tensor[] median(long dim, boolean keepdim) {
    long[] r0 = new long[1];
    long[] r1 = new long[1];
    try {
      IgnisRaw.ignis_median_dim(handle(), dim, keepdim ? 1 : 0, r0, r1);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrapAll(new long[] {r0[0], r1[0]});
  }

  /** Sorted distinct elements, the index of each input element in them, and their counts (inverse and counts are empty unless requested). Defaults: sorted = True, returnInverse = False, returnCounts = False. */
  public Tensor[] unique() {
    return unique(true, false, false);
  }

  /** Sorted distinct elements, the index of each input element in them, and their counts (inverse and counts are empty unless requested). Defaults: returnInverse = False, returnCounts = False. */
  public Tensor[] unique(boolean sorted) {
    return unique(sorted, false, false);
  }

  /** Sorted distinct elements, the index of each input element in them, and their counts (inverse and counts are empty unless requested). Defaults: returnCounts = False. */
  public Tensor[] unique(boolean sorted, boolean returnInverse) {
    return unique(sorted, returnInverse, false);
  }

  /** Sorted distinct elements, the index of each input element in them, and their counts (inverse and counts are empty unless requested). */
  public Tensor[] unique(boolean sorted, boolean returnInverse, boolean returnCounts) {
    long[] r0 = new long[1];
    long[] r1 = new long[1];
    long[] r2 = new long[1];
    try {
      IgnisRaw.ignis_unique(handle(), sorted ? 1 : 0, returnInverse ? 1 : 0, returnCounts ? 1 : 0, r0, r1, r2);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrapAll(new long[] {r0[0], r1[0], r2[0]});
  }

  /** Concatenates tensors along dim (dtypes promoted; 1-D empty tensors are skipped). Defaults: dim = 0. */
  public static Tensor cat(Tensor[] tensors) {
    return cat(tensors, 0L);
  }

  /** Concatenates tensors along dim (dtypes promoted; 1-D empty tensors are skipped). */
  public static Tensor cat(Tensor[] tensors, long dim) {
    long[] c_tensors = Tensor.hAll(tensors, "tensors");
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_cat(c_tensors, c_tensors.length, dim, r);
    } finally {
      Reference.reachabilityFence(tensors);
    }
    return Tensor.wrap(r[0]);
  }

  /** Concatenates tensors along dim (dtypes promoted; 1-D empty tensors are skipped). Defaults: dim = 0. */
  public static Tensor catOut(Tensor out, Tensor[] tensors) {
    return catOut(out, tensors, 0L);
  }

  /** Concatenates tensors along dim (dtypes promoted; 1-D empty tensors are skipped). */
  public static Tensor catOut(Tensor out, Tensor[] tensors, long dim) {
    long[] c_tensors = Tensor.hAll(tensors, "tensors");
    try {
      IgnisRaw.ignis_cat_out(Tensor.h(out, "out"), c_tensors, c_tensors.length, dim);
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(tensors);
    }
    return out;
  }

  /** Joins equally shaped tensors along a new dimension dim. Defaults: dim = 0. */
  public static Tensor stack(Tensor[] tensors) {
    return stack(tensors, 0L);
  }

  /** Joins equally shaped tensors along a new dimension dim. */
  public static Tensor stack(Tensor[] tensors, long dim) {
    long[] c_tensors = Tensor.hAll(tensors, "tensors");
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_stack(c_tensors, c_tensors.length, dim, r);
    } finally {
      Reference.reachabilityFence(tensors);
    }
    return Tensor.wrap(r[0]);
  }

  /** Joins equally shaped tensors along a new dimension dim. Defaults: dim = 0. */
  public static Tensor stackOut(Tensor out, Tensor[] tensors) {
    return stackOut(out, tensors, 0L);
  }

  /** Joins equally shaped tensors along a new dimension dim. */
  public static Tensor stackOut(Tensor out, Tensor[] tensors, long dim) {
    long[] c_tensors = Tensor.hAll(tensors, "tensors");
    try {
      IgnisRaw.ignis_stack_out(Tensor.h(out, "out"), c_tensors, c_tensors.length, dim);
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(tensors);
    }
    return out;
  }

  /** Views of self in pieces of split_size along dim (the last piece may be smaller). Defaults: dim = 0. */
  public Tensor[] split(long splitSize) {
    return split(splitSize, 0L);
  }

  /** Views of self in pieces of split_size along dim (the last piece may be smaller). */
  public Tensor[] split(long splitSize, long dim) {
    long[][] r = new long[1][];
    try {
      IgnisRaw.ignis_split(handle(), splitSize, dim, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrapAll(r[0]);
  }

  /** Views of self in pieces of the given sizes along dim (they must sum to its size). Defaults: dim = 0. */
  public Tensor[] split(long[] splitSize) {
    return split(splitSize, 0L);
  }

  /** Views of self in pieces of the given sizes along dim (they must sum to its size). */
  public Tensor[] split(long[] splitSize, long dim) {
    long[][] r = new long[1][];
    try {
      IgnisRaw.ignis_split_sizes(handle(), Tensor.ints(splitSize, "split_size"), splitSize.length, dim, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrapAll(r[0]);
  }

  /** Views of self in pieces of the given sizes along dim (they must sum to its size). Defaults: dim = 0. */
  public Tensor[] splitWithSizes(long[] splitSizes) {
    return splitWithSizes(splitSizes, 0L);
  }

  /** Views of self in pieces of the given sizes along dim (they must sum to its size). */
  public Tensor[] splitWithSizes(long[] splitSizes, long dim) {
    long[][] r = new long[1][];
    try {
      IgnisRaw.ignis_split_with_sizes(handle(), Tensor.ints(splitSizes, "split_sizes"), splitSizes.length, dim, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrapAll(r[0]);
  }

  /** Views of self in at most `chunks` pieces of equal size (ceil) along dim. Defaults: dim = 0. */
  public Tensor[] chunk(long chunks) {
    return chunk(chunks, 0L);
  }

  /** Views of self in at most `chunks` pieces of equal size (ceil) along dim. */
  public Tensor[] chunk(long chunks, long dim) {
    long[][] r = new long[1][];
    try {
      IgnisRaw.ignis_chunk(handle(), chunks, dim, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrapAll(r[0]);
  }

  /** Views of every slice of self along dim, with that dimension removed. Defaults: dim = 0. */
  public Tensor[] unbind() {
    return unbind(0L);
  }

  /** Views of every slice of self along dim, with that dimension removed. */
  public Tensor[] unbind(long dim) {
    long[][] r = new long[1][];
    try {
      IgnisRaw.ignis_unbind(handle(), dim, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrapAll(r[0]);
  }

  /** Copy of self with the order of elements reversed along dims. */
  public Tensor flip(long[] dims) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_flip(handle(), Tensor.ints(dims, "dims"), dims.length, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Copy of self rolled by shifts along dims (flattened and restored when dims is empty). Defaults: dims = []. */
  public Tensor roll(long[] shifts) {
    return roll(shifts, new long[] {});
  }

  /** Copy of self rolled by shifts along dims (flattened and restored when dims is empty). */
  public Tensor roll(long[] shifts, long[] dims) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_roll(handle(), Tensor.ints(shifts, "shifts"), shifts.length, Tensor.ints(dims, "dims"), dims.length, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Copy of self tiled repeats[i] times along each dimension (leading new dims allowed). */
  public Tensor repeat(long[] repeats) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_repeat(handle(), Tensor.ints(repeats, "repeats"), repeats.length, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Like repeat, but fewer dims than self.dim() are padded with leading 1s. */
  public Tensor tile(long[] dims) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_tile(handle(), Tensor.ints(dims, "dims"), dims.length, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Indices 0..n-1, index i repeated repeats[i] times. ({@code this} is the schema's {@code repeats}.) Defaults: outputSize = None. */
  public Tensor repeatInterleave() {
    return repeatInterleave((Long) null);
  }

  /** Indices 0..n-1, index i repeated repeats[i] times. ({@code this} is the schema's {@code repeats}.) */
  public Tensor repeatInterleave(Long outputSize) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_repeat_interleave_tensor(handle(), outputSize == null ? null : new long[] {outputSize}, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Repeats each element (or slice along dim) of self repeats[i] times (self is flattened when dim is None). Defaults: dim = None, outputSize = None. */
  public Tensor repeatInterleave(Tensor repeats) {
    return repeatInterleave(repeats, (Long) null, (Long) null);
  }

  /** Repeats each element (or slice along dim) of self repeats[i] times (self is flattened when dim is None). Defaults: outputSize = None. */
  public Tensor repeatInterleave(Tensor repeats, Long dim) {
    return repeatInterleave(repeats, dim, (Long) null);
  }

  /** Repeats each element (or slice along dim) of self repeats[i] times (self is flattened when dim is None). */
  public Tensor repeatInterleave(Tensor repeats, Long dim, Long outputSize) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_repeat_interleave_self_tensor(handle(), Tensor.h(repeats, "repeats"), dim == null ? null : new long[] {dim}, outputSize == null ? null : new long[] {outputSize}, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(repeats);
    }
    return Tensor.wrap(r[0]);
  }

  /** Repeats each element (or slice along dim) of self `repeats` times (self is flattened when dim is None). Defaults: dim = None, outputSize = None. */
  public Tensor repeatInterleave(long repeats) {
    return repeatInterleave(repeats, (Long) null, (Long) null);
  }

  /** Repeats each element (or slice along dim) of self `repeats` times (self is flattened when dim is None). Defaults: outputSize = None. */
  public Tensor repeatInterleave(long repeats, Long dim) {
    return repeatInterleave(repeats, dim, (Long) null);
  }

  /** Repeats each element (or slice along dim) of self `repeats` times (self is flattened when dim is None). */
  public Tensor repeatInterleave(long repeats, Long dim, Long outputSize) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_repeat_interleave_self_int(handle(), repeats, dim == null ? null : new long[] {dim}, outputSize == null ? null : new long[] {outputSize}, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Lower triangle of the last two dims of self (elements above `diagonal` zeroed). Defaults: diagonal = 0. */
  public Tensor tril() {
    return tril(0L);
  }

  /** Lower triangle of the last two dims of self (elements above `diagonal` zeroed). */
  public Tensor tril(long diagonal) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_tril(handle(), diagonal, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Lower triangle of the last two dims of self (elements above `diagonal` zeroed). Defaults: diagonal = 0. */
  public Tensor tril_() {
    return tril_(0L);
  }

  /** Lower triangle of the last two dims of self (elements above `diagonal` zeroed). */
  public Tensor tril_(long diagonal) {
    try {
      IgnisRaw.ignis_tril_inplace(handle(), diagonal);
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Lower triangle of the last two dims of self (elements above `diagonal` zeroed). Defaults: diagonal = 0. */
  public Tensor trilOut(Tensor out) {
    return trilOut(out, 0L);
  }

  /** Lower triangle of the last two dims of self (elements above `diagonal` zeroed). */
  public Tensor trilOut(Tensor out, long diagonal) {
    try {
      IgnisRaw.ignis_tril_out(Tensor.h(out, "out"), handle(), diagonal);
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Upper triangle of the last two dims of self (elements below `diagonal` zeroed). Defaults: diagonal = 0. */
  public Tensor triu() {
    return triu(0L);
  }

  /** Upper triangle of the last two dims of self (elements below `diagonal` zeroed). */
  public Tensor triu(long diagonal) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_triu(handle(), diagonal, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Upper triangle of the last two dims of self (elements below `diagonal` zeroed). Defaults: diagonal = 0. */
  public Tensor triu_() {
    return triu_(0L);
  }

  /** Upper triangle of the last two dims of self (elements below `diagonal` zeroed). */
  public Tensor triu_(long diagonal) {
    try {
      IgnisRaw.ignis_triu_inplace(handle(), diagonal);
    } finally {
      Reference.reachabilityFence(this);
    }
    return (Tensor) this;
  }

  /** Upper triangle of the last two dims of self (elements below `diagonal` zeroed). Defaults: diagonal = 0. */
  public Tensor triuOut(Tensor out) {
    return triuOut(out, 0L);
  }

  /** Upper triangle of the last two dims of self (elements below `diagonal` zeroed). */
  public Tensor triuOut(Tensor out, long diagonal) {
    try {
      IgnisRaw.ignis_triu_out(Tensor.h(out, "out"), handle(), diagonal);
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Pads the last len(pad)/2 dims (pairs from the last dim backwards) with a constant, reflection or replication. Defaults: mode = "constant", value = None. */
  public Tensor pad(long[] pad) {
    return pad(pad, "constant", (Double) null);
  }

  /** Pads the last len(pad)/2 dims (pairs from the last dim backwards) with a constant, reflection or replication. Defaults: value = None. */
  public Tensor pad(long[] pad, String mode) {
    return pad(pad, mode, (Double) null);
  }

  /** Pads the last len(pad)/2 dims (pairs from the last dim backwards) with a constant, reflection or replication. */
  public Tensor pad(long[] pad, String mode, Double value) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_pad(handle(), Tensor.ints(pad, "pad"), pad.length, mode, value == null ? null : new double[] {value}, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** The slices of self along dim at the positions in the 1-D index (int64 or int32). */
  public Tensor indexSelect(long dim, Tensor index) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_index_select(handle(), dim, Tensor.h(index, "index"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(index);
    }
    return Tensor.wrap(r[0]);
  }

  /** The slices of self along dim at the positions in the 1-D index (int64 or int32). */
  public Tensor indexSelectOut(Tensor out, long dim, Tensor index) {
    try {
      IgnisRaw.ignis_index_select_out(Tensor.h(out, "out"), handle(), dim, Tensor.h(index, "index"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(index);
    }
    return out;
  }

  /** out[i][j][k] = self[i][index[i][j][k]][k] for dim=1 (index int64, same rank as self). Defaults: sparseGrad = False. */
  public Tensor gather(long dim, Tensor index) {
    return gather(dim, index, false);
  }

  /** out[i][j][k] = self[i][index[i][j][k]][k] for dim=1 (index int64, same rank as self). */
  public Tensor gather(long dim, Tensor index, boolean sparseGrad) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_gather(handle(), dim, Tensor.h(index, "index"), sparseGrad ? 1 : 0, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(index);
    }
    return Tensor.wrap(r[0]);
  }

  /** out[i][j][k] = self[i][index[i][j][k]][k] for dim=1 (index int64, same rank as self). Defaults: sparseGrad = False. */
  public Tensor gatherOut(Tensor out, long dim, Tensor index) {
    return gatherOut(out, dim, index, false);
  }

  /** out[i][j][k] = self[i][index[i][j][k]][k] for dim=1 (index int64, same rank as self). */
  public Tensor gatherOut(Tensor out, long dim, Tensor index, boolean sparseGrad) {
    try {
      IgnisRaw.ignis_gather_out(Tensor.h(out, "out"), handle(), dim, Tensor.h(index, "index"), sparseGrad ? 1 : 0);
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(index);
    }
    return out;
  }

  /** Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce "add" or "multiply" combines instead). Defaults: reduce = None. */
  public Tensor scatter(long dim, Tensor index, Tensor src) {
    return scatter(dim, index, src, (String) null);
  }

  /** Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce "add" or "multiply" combines instead). */
  public Tensor scatter(long dim, Tensor index, Tensor src, String reduce) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_scatter_src(handle(), dim, Tensor.h(index, "index"), Tensor.h(src, "src"), reduce, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(index);
      Reference.reachabilityFence(src);
    }
    return Tensor.wrap(r[0]);
  }

  /** Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce "add" or "multiply" combines instead). Defaults: reduce = None. */
  public Tensor scatter_(long dim, Tensor index, Tensor src) {
    return scatter_(dim, index, src, (String) null);
  }

  /** Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce "add" or "multiply" combines instead). */
  public Tensor scatter_(long dim, Tensor index, Tensor src, String reduce) {
    try {
      IgnisRaw.ignis_scatter_src_inplace(handle(), dim, Tensor.h(index, "index"), Tensor.h(src, "src"), reduce);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(index);
      Reference.reachabilityFence(src);
    }
    return (Tensor) this;
  }

  /** Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce "add" or "multiply" combines instead). Defaults: reduce = None. */
  public Tensor scatterOut(Tensor out, long dim, Tensor index, Tensor src) {
    return scatterOut(out, dim, index, src, (String) null);
  }

  /** Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce "add" or "multiply" combines instead). */
  public Tensor scatterOut(Tensor out, long dim, Tensor index, Tensor src, String reduce) {
    try {
      IgnisRaw.ignis_scatter_src_out(Tensor.h(out, "out"), handle(), dim, Tensor.h(index, "index"), Tensor.h(src, "src"), reduce);
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(index);
      Reference.reachabilityFence(src);
    }
    return out;
  }

  /** Copy of self with value written at the positions index selects along dim (reduce "add" or "multiply" combines instead). Defaults: reduce = None. */
  public Tensor scatter(long dim, Tensor index, Number value) {
    return scatter(dim, index, value, (String) null);
  }

  /** Copy of self with value written at the positions index selects along dim (reduce "add" or "multiply" combines instead). */
  public Tensor scatter(long dim, Tensor index, Number value, String reduce) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_scatter_value(handle(), dim, Tensor.h(index, "index"), Tensor.num(value, "value"), reduce, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(index);
    }
    return Tensor.wrap(r[0]);
  }

  /** Copy of self with value written at the positions index selects along dim (reduce "add" or "multiply" combines instead). Defaults: reduce = None. */
  public Tensor scatter_(long dim, Tensor index, Number value) {
    return scatter_(dim, index, value, (String) null);
  }

  /** Copy of self with value written at the positions index selects along dim (reduce "add" or "multiply" combines instead). */
  public Tensor scatter_(long dim, Tensor index, Number value, String reduce) {
    try {
      IgnisRaw.ignis_scatter_value_inplace(handle(), dim, Tensor.h(index, "index"), Tensor.num(value, "value"), reduce);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(index);
    }
    return (Tensor) this;
  }

  /** Copy of self with value written at the positions index selects along dim (reduce "add" or "multiply" combines instead). Defaults: reduce = None. */
  public Tensor scatterOut(Tensor out, long dim, Tensor index, Number value) {
    return scatterOut(out, dim, index, value, (String) null);
  }

  /** Copy of self with value written at the positions index selects along dim (reduce "add" or "multiply" combines instead). */
  public Tensor scatterOut(Tensor out, long dim, Tensor index, Number value, String reduce) {
    try {
      IgnisRaw.ignis_scatter_value_out(Tensor.h(out, "out"), handle(), dim, Tensor.h(index, "index"), Tensor.num(value, "value"), reduce);
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(index);
    }
    return out;
  }

  /** Copy of self with src added at the positions index selects along dim (deterministic). */
  public Tensor scatterAdd(long dim, Tensor index, Tensor src) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_scatter_add(handle(), dim, Tensor.h(index, "index"), Tensor.h(src, "src"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(index);
      Reference.reachabilityFence(src);
    }
    return Tensor.wrap(r[0]);
  }

  /** Copy of self with src added at the positions index selects along dim (deterministic). */
  public Tensor scatterAdd_(long dim, Tensor index, Tensor src) {
    try {
      IgnisRaw.ignis_scatter_add_inplace(handle(), dim, Tensor.h(index, "index"), Tensor.h(src, "src"));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(index);
      Reference.reachabilityFence(src);
    }
    return (Tensor) this;
  }

  /** Copy of self with src added at the positions index selects along dim (deterministic). */
  public Tensor scatterAddOut(Tensor out, long dim, Tensor index, Tensor src) {
    try {
      IgnisRaw.ignis_scatter_add_out(Tensor.h(out, "out"), handle(), dim, Tensor.h(index, "index"), Tensor.h(src, "src"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(index);
      Reference.reachabilityFence(src);
    }
    return out;
  }

  /** Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic). Defaults: alpha = 1. */
  public Tensor indexAdd(long dim, Tensor index, Tensor source) {
    return indexAdd(dim, index, source, 1);
  }

  /** Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic). */
  public Tensor indexAdd(long dim, Tensor index, Tensor source, Number alpha) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_index_add(handle(), dim, Tensor.h(index, "index"), Tensor.h(source, "source"), Tensor.num(alpha, "alpha"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(index);
      Reference.reachabilityFence(source);
    }
    return Tensor.wrap(r[0]);
  }

  /** Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic). Defaults: alpha = 1. */
  public Tensor indexAdd_(long dim, Tensor index, Tensor source) {
    return indexAdd_(dim, index, source, 1);
  }

  /** Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic). */
  public Tensor indexAdd_(long dim, Tensor index, Tensor source, Number alpha) {
    try {
      IgnisRaw.ignis_index_add_inplace(handle(), dim, Tensor.h(index, "index"), Tensor.h(source, "source"), Tensor.num(alpha, "alpha"));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(index);
      Reference.reachabilityFence(source);
    }
    return (Tensor) this;
  }

  /** Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic). Defaults: alpha = 1. */
  public Tensor indexAddOut(Tensor out, long dim, Tensor index, Tensor source) {
    return indexAddOut(out, dim, index, source, 1);
  }

  /** Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic). */
  public Tensor indexAddOut(Tensor out, long dim, Tensor index, Tensor source, Number alpha) {
    try {
      IgnisRaw.ignis_index_add_out(Tensor.h(out, "out"), handle(), dim, Tensor.h(index, "index"), Tensor.h(source, "source"), Tensor.num(alpha, "alpha"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(index);
      Reference.reachabilityFence(source);
    }
    return out;
  }

  /** Copy of self with self[indices] = values (or +=, with accumulate); an undefined index tensor is a full slice. Defaults: accumulate = False. */
  public Tensor indexPut(Tensor[] indices, Tensor values) {
    return indexPut(indices, values, false);
  }

  /** Copy of self with self[indices] = values (or +=, with accumulate); an undefined index tensor is a full slice. */
  public Tensor indexPut(Tensor[] indices, Tensor values, boolean accumulate) {
    long[] c_indices = Tensor.hAll(indices, "indices");
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_index_put(handle(), c_indices, c_indices.length, Tensor.h(values, "values"), accumulate ? 1 : 0, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(indices);
      Reference.reachabilityFence(values);
    }
    return Tensor.wrap(r[0]);
  }

  /** Copy of self with self[indices] = values (or +=, with accumulate); an undefined index tensor is a full slice. Defaults: accumulate = False. */
  public Tensor indexPut_(Tensor[] indices, Tensor values) {
    return indexPut_(indices, values, false);
  }

  /** Copy of self with self[indices] = values (or +=, with accumulate); an undefined index tensor is a full slice. */
  public Tensor indexPut_(Tensor[] indices, Tensor values, boolean accumulate) {
    long[] c_indices = Tensor.hAll(indices, "indices");
    try {
      IgnisRaw.ignis_index_put_inplace(handle(), c_indices, c_indices.length, Tensor.h(values, "values"), accumulate ? 1 : 0);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(indices);
      Reference.reachabilityFence(values);
    }
    return (Tensor) this;
  }

  /** Copy of self with value where the boolean mask (broadcast) is true. */
  public Tensor maskedFill(Tensor mask, Number value) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_masked_fill_scalar(handle(), Tensor.h(mask, "mask"), Tensor.num(value, "value"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(mask);
    }
    return Tensor.wrap(r[0]);
  }

  /** Copy of self with value where the boolean mask (broadcast) is true. */
  public Tensor maskedFill_(Tensor mask, Number value) {
    try {
      IgnisRaw.ignis_masked_fill_scalar_inplace(handle(), Tensor.h(mask, "mask"), Tensor.num(value, "value"));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(mask);
    }
    return (Tensor) this;
  }

  /** Copy of self with the 0-dim value where the boolean mask (broadcast) is true. */
  public Tensor maskedFill(Tensor mask, Tensor value) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_masked_fill_tensor(handle(), Tensor.h(mask, "mask"), Tensor.h(value, "value"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(mask);
      Reference.reachabilityFence(value);
    }
    return Tensor.wrap(r[0]);
  }

  /** Copy of self with the 0-dim value where the boolean mask (broadcast) is true. */
  public Tensor maskedFill_(Tensor mask, Tensor value) {
    try {
      IgnisRaw.ignis_masked_fill_tensor_inplace(handle(), Tensor.h(mask, "mask"), Tensor.h(value, "value"));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(mask);
      Reference.reachabilityFence(value);
    }
    return (Tensor) this;
  }

  /** 1-D tensor of the elements of self (broadcast with mask) where mask is true. */
  public Tensor maskedSelect(Tensor mask) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_masked_select(handle(), Tensor.h(mask, "mask"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(mask);
    }
    return Tensor.wrap(r[0]);
  }

  /** 1-D tensor of the elements of self (broadcast with mask) where mask is true. */
  public Tensor maskedSelectOut(Tensor out, Tensor mask) {
    try {
      IgnisRaw.ignis_masked_select_out(Tensor.h(out, "out"), handle(), Tensor.h(mask, "mask"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(mask);
    }
    return out;
  }

  /** Copy of self with the positions where mask is true filled from source in row-major order. */
  public Tensor maskedScatter(Tensor mask, Tensor source) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_masked_scatter(handle(), Tensor.h(mask, "mask"), Tensor.h(source, "source"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(mask);
      Reference.reachabilityFence(source);
    }
    return Tensor.wrap(r[0]);
  }

  /** Copy of self with the positions where mask is true filled from source in row-major order. */
  public Tensor maskedScatter_(Tensor mask, Tensor source) {
    try {
      IgnisRaw.ignis_masked_scatter_inplace(handle(), Tensor.h(mask, "mask"), Tensor.h(source, "source"));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(mask);
      Reference.reachabilityFence(source);
    }
    return (Tensor) this;
  }

  /** (n, self.dim()) int64 indices of the nonzero elements of self in row-major order. */
  public Tensor nonzero() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_nonzero(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** (n, self.dim()) int64 indices of the nonzero elements of self in row-major order. */
  public Tensor nonzeroOut(Tensor out) {
    try {
      IgnisRaw.ignis_nonzero_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Elements of self, treated as 1-D, at the int64 indices in index (result has index's shape). */
  public Tensor take(Tensor index) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_take(handle(), Tensor.h(index, "index"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(index);
    }
    return Tensor.wrap(r[0]);
  }

  /** Elements of self, treated as 1-D, at the int64 indices in index (result has index's shape). */
  public Tensor takeOut(Tensor out, Tensor index) {
    try {
      IgnisRaw.ignis_take_out(Tensor.h(out, "out"), handle(), Tensor.h(index, "index"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(index);
    }
    return out;
  }

  /** int64 one-hot encoding of the class indices in self (num_classes=-1 uses max + 1). Defaults: numClasses = -1. */
  public Tensor oneHot() {
    return oneHot(-1L);
  }

  /** int64 one-hot encoding of the class indices in self (num_classes=-1 uses max + 1). */
  public Tensor oneHot(long numClasses) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_one_hot(handle(), numClasses, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Matrix product with NumPy semantics: dot for 1-D x 1-D, matrix-vector, and batched products broadcasting the batch dims. */
  public Tensor matmul(Tensor other) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_matmul(handle(), Tensor.h(other, "other"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return Tensor.wrap(r[0]);
  }

  /** Matrix product with NumPy semantics: dot for 1-D x 1-D, matrix-vector, and batched products broadcasting the batch dims. */
  public Tensor matmulOut(Tensor out, Tensor other) {
    try {
      IgnisRaw.ignis_matmul_out(Tensor.h(out, "out"), handle(), Tensor.h(other, "other"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return out;
  }

  /** Product of two 2-D matrices. */
  public Tensor mm(Tensor mat2) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_mm(handle(), Tensor.h(mat2, "mat2"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(mat2);
    }
    return Tensor.wrap(r[0]);
  }

  /** Product of two 2-D matrices. */
  public Tensor mmOut(Tensor out, Tensor mat2) {
    try {
      IgnisRaw.ignis_mm_out(Tensor.h(out, "out"), handle(), Tensor.h(mat2, "mat2"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(mat2);
    }
    return out;
  }

  /** Batched product of two 3-D tensors with the same batch size (no broadcasting). */
  public Tensor bmm(Tensor mat2) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_bmm(handle(), Tensor.h(mat2, "mat2"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(mat2);
    }
    return Tensor.wrap(r[0]);
  }

  /** Batched product of two 3-D tensors with the same batch size (no broadcasting). */
  public Tensor bmmOut(Tensor out, Tensor mat2) {
    try {
      IgnisRaw.ignis_bmm_out(Tensor.h(out, "out"), handle(), Tensor.h(mat2, "mat2"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(mat2);
    }
    return out;
  }

  /** beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape. Defaults: beta = 1, alpha = 1. */
  public Tensor addmm(Tensor mat1, Tensor mat2) {
    return addmm(mat1, mat2, 1, 1);
  }

  /** beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape. Defaults: alpha = 1. */
  public Tensor addmm(Tensor mat1, Tensor mat2, Number beta) {
    return addmm(mat1, mat2, beta, 1);
  }

  /** beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape. */
  public Tensor addmm(Tensor mat1, Tensor mat2, Number beta, Number alpha) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_addmm(handle(), Tensor.h(mat1, "mat1"), Tensor.h(mat2, "mat2"), Tensor.num(beta, "beta"), Tensor.num(alpha, "alpha"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(mat1);
      Reference.reachabilityFence(mat2);
    }
    return Tensor.wrap(r[0]);
  }

  /** beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape. Defaults: beta = 1, alpha = 1. */
  public Tensor addmm_(Tensor mat1, Tensor mat2) {
    return addmm_(mat1, mat2, 1, 1);
  }

  /** beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape. Defaults: alpha = 1. */
  public Tensor addmm_(Tensor mat1, Tensor mat2, Number beta) {
    return addmm_(mat1, mat2, beta, 1);
  }

  /** beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape. */
  public Tensor addmm_(Tensor mat1, Tensor mat2, Number beta, Number alpha) {
    try {
      IgnisRaw.ignis_addmm_inplace(handle(), Tensor.h(mat1, "mat1"), Tensor.h(mat2, "mat2"), Tensor.num(beta, "beta"), Tensor.num(alpha, "alpha"));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(mat1);
      Reference.reachabilityFence(mat2);
    }
    return (Tensor) this;
  }

  /** beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape. Defaults: beta = 1, alpha = 1. */
  public Tensor addmmOut(Tensor out, Tensor mat1, Tensor mat2) {
    return addmmOut(out, mat1, mat2, 1, 1);
  }

  /** beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape. Defaults: alpha = 1. */
  public Tensor addmmOut(Tensor out, Tensor mat1, Tensor mat2, Number beta) {
    return addmmOut(out, mat1, mat2, beta, 1);
  }

  /** beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape. */
  public Tensor addmmOut(Tensor out, Tensor mat1, Tensor mat2, Number beta, Number alpha) {
    try {
      IgnisRaw.ignis_addmm_out(Tensor.h(out, "out"), handle(), Tensor.h(mat1, "mat1"), Tensor.h(mat2, "mat2"), Tensor.num(beta, "beta"), Tensor.num(alpha, "alpha"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(mat1);
      Reference.reachabilityFence(mat2);
    }
    return out;
  }

  /** beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape. Defaults: beta = 1, alpha = 1. */
  public Tensor baddbmm(Tensor batch1, Tensor batch2) {
    return baddbmm(batch1, batch2, 1, 1);
  }

  /** beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape. Defaults: alpha = 1. */
  public Tensor baddbmm(Tensor batch1, Tensor batch2, Number beta) {
    return baddbmm(batch1, batch2, beta, 1);
  }

  /** beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape. */
  public Tensor baddbmm(Tensor batch1, Tensor batch2, Number beta, Number alpha) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_baddbmm(handle(), Tensor.h(batch1, "batch1"), Tensor.h(batch2, "batch2"), Tensor.num(beta, "beta"), Tensor.num(alpha, "alpha"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(batch1);
      Reference.reachabilityFence(batch2);
    }
    return Tensor.wrap(r[0]);
  }

  /** beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape. Defaults: beta = 1, alpha = 1. */
  public Tensor baddbmm_(Tensor batch1, Tensor batch2) {
    return baddbmm_(batch1, batch2, 1, 1);
  }

  /** beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape. Defaults: alpha = 1. */
  public Tensor baddbmm_(Tensor batch1, Tensor batch2, Number beta) {
    return baddbmm_(batch1, batch2, beta, 1);
  }

  /** beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape. */
  public Tensor baddbmm_(Tensor batch1, Tensor batch2, Number beta, Number alpha) {
    try {
      IgnisRaw.ignis_baddbmm_inplace(handle(), Tensor.h(batch1, "batch1"), Tensor.h(batch2, "batch2"), Tensor.num(beta, "beta"), Tensor.num(alpha, "alpha"));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(batch1);
      Reference.reachabilityFence(batch2);
    }
    return (Tensor) this;
  }

  /** beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape. Defaults: beta = 1, alpha = 1. */
  public Tensor baddbmmOut(Tensor out, Tensor batch1, Tensor batch2) {
    return baddbmmOut(out, batch1, batch2, 1, 1);
  }

  /** beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape. Defaults: alpha = 1. */
  public Tensor baddbmmOut(Tensor out, Tensor batch1, Tensor batch2, Number beta) {
    return baddbmmOut(out, batch1, batch2, beta, 1);
  }

  /** beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape. */
  public Tensor baddbmmOut(Tensor out, Tensor batch1, Tensor batch2, Number beta, Number alpha) {
    try {
      IgnisRaw.ignis_baddbmm_out(Tensor.h(out, "out"), handle(), Tensor.h(batch1, "batch1"), Tensor.h(batch2, "batch2"), Tensor.num(beta, "beta"), Tensor.num(alpha, "alpha"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(batch1);
      Reference.reachabilityFence(batch2);
    }
    return out;
  }

  /** Product of a 2-D matrix and a 1-D vector. */
  public Tensor mv(Tensor vec) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_mv(handle(), Tensor.h(vec, "vec"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(vec);
    }
    return Tensor.wrap(r[0]);
  }

  /** Product of a 2-D matrix and a 1-D vector. */
  public Tensor mvOut(Tensor out, Tensor vec) {
    try {
      IgnisRaw.ignis_mv_out(Tensor.h(out, "out"), handle(), Tensor.h(vec, "vec"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(vec);
    }
    return out;
  }

  /** Inner product of two 1-D tensors of the same length (0-dim result). */
  public Tensor dot(Tensor tensor) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_dot(handle(), Tensor.h(tensor, "tensor"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(tensor);
    }
    return Tensor.wrap(r[0]);
  }

  /** Inner product of two 1-D tensors of the same length (0-dim result). */
  public Tensor dotOut(Tensor out, Tensor tensor) {
    try {
      IgnisRaw.ignis_dot_out(Tensor.h(out, "out"), handle(), Tensor.h(tensor, "tensor"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(tensor);
    }
    return out;
  }

  /** Outer product of two 1-D tensors (n x m result). */
  public Tensor outer(Tensor vec2) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_outer(handle(), Tensor.h(vec2, "vec2"), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(vec2);
    }
    return Tensor.wrap(r[0]);
  }

  /** Outer product of two 1-D tensors (n x m result). */
  public Tensor outerOut(Tensor out, Tensor vec2) {
    try {
      IgnisRaw.ignis_outer_out(Tensor.h(out, "out"), handle(), Tensor.h(vec2, "vec2"));
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(vec2);
    }
    return out;
  }

  /** Einstein summation over the operands' labelled dims ('ij,jk-&gt;ik'), with ellipsis, repeated labels (traces, diagonals) and implicit output. */
  public static Tensor einsum(String equation, Tensor[] tensors) {
    long[] c_tensors = Tensor.hAll(tensors, "tensors");
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_einsum(equation, c_tensors, c_tensors.length, r);
    } finally {
      Reference.reachabilityFence(tensors);
    }
    return Tensor.wrap(r[0]);
  }

  /** Sums the products over dims_self of self paired with dims_other of other; result dims are self's free dims then other's. */
  public Tensor tensordot(Tensor other, long[] dimsSelf, long[] dimsOther) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_tensordot(handle(), Tensor.h(other, "other"), Tensor.ints(dimsSelf, "dims_self"), dimsSelf.length, Tensor.ints(dimsOther, "dims_other"), dimsOther.length, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return Tensor.wrap(r[0]);
  }

  /** Sums the products over dims_self of self paired with dims_other of other; result dims are self's free dims then other's. */
  public Tensor tensordotOut(Tensor out, Tensor other, long[] dimsSelf, long[] dimsOther) {
    try {
      IgnisRaw.ignis_tensordot_out(Tensor.h(out, "out"), handle(), Tensor.h(other, "other"), Tensor.ints(dimsSelf, "dims_self"), dimsSelf.length, Tensor.ints(dimsOther, "dims_other"), dimsOther.length);
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return out;
  }

  /** tensordot over the last `dims` dims of self and the first `dims` dims of other. Defaults: dims = 2. */
  public Tensor tensordot(Tensor other) {
    return tensordot(other, 2L);
  }

  /** tensordot over the last `dims` dims of self and the first `dims` dims of other. */
  public Tensor tensordot(Tensor other, long dims) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_tensordot_int(handle(), Tensor.h(other, "other"), dims, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
    return Tensor.wrap(r[0]);
  }

  /** Vector norm (dim of one dim, or None on any input with ord None) or matrix norm (two dims or a 2-D input with ord given): ord 2, -2, 1, -1, inf, -inf, or p for vectors. Defaults: ord = None, dim = None, keepdim = False, dtype = None. */
  public Tensor linalgNorm() {
    return linalgNorm((Number) null, (long[]) null, false, (DType) null);
  }

  /** Vector norm (dim of one dim, or None on any input with ord None) or matrix norm (two dims or a 2-D input with ord given): ord 2, -2, 1, -1, inf, -inf, or p for vectors. Defaults: dim = None, keepdim = False, dtype = None. */
  public Tensor linalgNorm(Number ord) {
    return linalgNorm(ord, (long[]) null, false, (DType) null);
  }

  /** Vector norm (dim of one dim, or None on any input with ord None) or matrix norm (two dims or a 2-D input with ord given): ord 2, -2, 1, -1, inf, -inf, or p for vectors. Defaults: keepdim = False, dtype = None. */
  public Tensor linalgNorm(Number ord, long[] dim) {
    return linalgNorm(ord, dim, false, (DType) null);
  }

  /** Vector norm (dim of one dim, or None on any input with ord None) or matrix norm (two dims or a 2-D input with ord given): ord 2, -2, 1, -1, inf, -inf, or p for vectors. Defaults: dtype = None. */
  public Tensor linalgNorm(Number ord, long[] dim, boolean keepdim) {
    return linalgNorm(ord, dim, keepdim, (DType) null);
  }

  /** Vector norm (dim of one dim, or None on any input with ord None) or matrix norm (two dims or a 2-D input with ord given): ord 2, -2, 1, -1, inf, -inf, or p for vectors. */
  public Tensor linalgNorm(Number ord, long[] dim, boolean keepdim, DType dtype) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_linalg_norm(handle(), ord, dim, dim == null ? 0 : dim.length, keepdim ? 1 : 0, dtype == null ? null : new int[] {dtype.code()}, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Vector norm (dim of one dim, or None on any input with ord None) or matrix norm (two dims or a 2-D input with ord given): ord 2, -2, 1, -1, inf, -inf, or p for vectors. Defaults: ord = None, dim = None, keepdim = False, dtype = None. */
  public Tensor linalgNormOut(Tensor out) {
    return linalgNormOut(out, (Number) null, (long[]) null, false, (DType) null);
  }

  /** Vector norm (dim of one dim, or None on any input with ord None) or matrix norm (two dims or a 2-D input with ord given): ord 2, -2, 1, -1, inf, -inf, or p for vectors. Defaults: dim = None, keepdim = False, dtype = None. */
  public Tensor linalgNormOut(Tensor out, Number ord) {
    return linalgNormOut(out, ord, (long[]) null, false, (DType) null);
  }

  /** Vector norm (dim of one dim, or None on any input with ord None) or matrix norm (two dims or a 2-D input with ord given): ord 2, -2, 1, -1, inf, -inf, or p for vectors. Defaults: keepdim = False, dtype = None. */
  public Tensor linalgNormOut(Tensor out, Number ord, long[] dim) {
    return linalgNormOut(out, ord, dim, false, (DType) null);
  }

  /** Vector norm (dim of one dim, or None on any input with ord None) or matrix norm (two dims or a 2-D input with ord given): ord 2, -2, 1, -1, inf, -inf, or p for vectors. Defaults: dtype = None. */
  public Tensor linalgNormOut(Tensor out, Number ord, long[] dim, boolean keepdim) {
    return linalgNormOut(out, ord, dim, keepdim, (DType) null);
  }

  /** Vector norm (dim of one dim, or None on any input with ord None) or matrix norm (two dims or a 2-D input with ord given): ord 2, -2, 1, -1, inf, -inf, or p for vectors. */
  public Tensor linalgNormOut(Tensor out, Number ord, long[] dim, boolean keepdim, DType dtype) {
    try {
      IgnisRaw.ignis_linalg_norm_out(Tensor.h(out, "out"), handle(), ord, dim, dim == null ? 0 : dim.length, keepdim ? 1 : 0, dtype == null ? null : new int[] {dtype.code()});
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Matrix norm "fro" (Frobenius) or "nuc" (nuclear, the sum of singular values) over two dims (default the last two). Defaults: dim = None, keepdim = False, dtype = None. */
  public Tensor linalgNorm(String ord) {
    return linalgNorm(ord, (long[]) null, false, (DType) null);
  }

  /** Matrix norm "fro" (Frobenius) or "nuc" (nuclear, the sum of singular values) over two dims (default the last two). Defaults: keepdim = False, dtype = None. */
  public Tensor linalgNorm(String ord, long[] dim) {
    return linalgNorm(ord, dim, false, (DType) null);
  }

  /** Matrix norm "fro" (Frobenius) or "nuc" (nuclear, the sum of singular values) over two dims (default the last two). Defaults: dtype = None. */
  public Tensor linalgNorm(String ord, long[] dim, boolean keepdim) {
    return linalgNorm(ord, dim, keepdim, (DType) null);
  }

  /** Matrix norm "fro" (Frobenius) or "nuc" (nuclear, the sum of singular values) over two dims (default the last two). */
  public Tensor linalgNorm(String ord, long[] dim, boolean keepdim, DType dtype) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_linalg_norm_ord_str(handle(), ord, dim, dim == null ? 0 : dim.length, keepdim ? 1 : 0, dtype == null ? null : new int[] {dtype.code()}, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Matrix norm "fro" (Frobenius) or "nuc" (nuclear, the sum of singular values) over two dims (default the last two). Defaults: dim = None, keepdim = False, dtype = None. */
  public Tensor linalgNormOut(Tensor out, String ord) {
    return linalgNormOut(out, ord, (long[]) null, false, (DType) null);
  }

  /** Matrix norm "fro" (Frobenius) or "nuc" (nuclear, the sum of singular values) over two dims (default the last two). Defaults: keepdim = False, dtype = None. */
  public Tensor linalgNormOut(Tensor out, String ord, long[] dim) {
    return linalgNormOut(out, ord, dim, false, (DType) null);
  }

  /** Matrix norm "fro" (Frobenius) or "nuc" (nuclear, the sum of singular values) over two dims (default the last two). Defaults: dtype = None. */
  public Tensor linalgNormOut(Tensor out, String ord, long[] dim, boolean keepdim) {
    return linalgNormOut(out, ord, dim, keepdim, (DType) null);
  }

  /** Matrix norm "fro" (Frobenius) or "nuc" (nuclear, the sum of singular values) over two dims (default the last two). */
  public Tensor linalgNormOut(Tensor out, String ord, long[] dim, boolean keepdim, DType dtype) {
    try {
      IgnisRaw.ignis_linalg_norm_ord_str_out(Tensor.h(out, "out"), handle(), ord, dim, dim == null ? 0 : dim.length, keepdim ? 1 : 0, dtype == null ? null : new int[] {dtype.code()});
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Solution X of A X = B (left) or X A = B for square, non-singular A (batched; B may be a vector). ({@code this} is the schema's {@code A}.) Defaults: left = True. */
  public Tensor linalgSolve(Tensor B) {
    return linalgSolve(B, true);
  }

  /** Solution X of A X = B (left) or X A = B for square, non-singular A (batched; B may be a vector). ({@code this} is the schema's {@code A}.) */
  public Tensor linalgSolve(Tensor B, boolean left) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_linalg_solve(handle(), Tensor.h(B, "B"), left ? 1 : 0, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(B);
    }
    return Tensor.wrap(r[0]);
  }

  /** Solution X of A X = B (left) or X A = B for square, non-singular A (batched; B may be a vector). ({@code this} is the schema's {@code A}.) Defaults: left = True. */
  public Tensor linalgSolveOut(Tensor out, Tensor B) {
    return linalgSolveOut(out, B, true);
  }

  /** Solution X of A X = B (left) or X A = B for square, non-singular A (batched; B may be a vector). ({@code this} is the schema's {@code A}.) */
  public Tensor linalgSolveOut(Tensor out, Tensor B, boolean left) {
    try {
      IgnisRaw.ignis_linalg_solve_out(Tensor.h(out, "out"), handle(), Tensor.h(B, "B"), left ? 1 : 0);
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(B);
    }
    return out;
  }

  /** Inverse of a square non-singular matrix (batched). ({@code this} is the schema's {@code A}.) */
  public Tensor linalgInv() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_linalg_inv(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Inverse of a square non-singular matrix (batched). ({@code this} is the schema's {@code A}.) */
  public Tensor linalgInvOut(Tensor out) {
    try {
      IgnisRaw.ignis_linalg_inv_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Determinant of a square matrix (batched), from its LU factorization. ({@code this} is the schema's {@code A}.) */
  public Tensor linalgDet() {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_linalg_det(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Determinant of a square matrix (batched), from its LU factorization. ({@code this} is the schema's {@code A}.) */
  public Tensor linalgDetOut(Tensor out) {
    try {
      IgnisRaw.ignis_linalg_det_out(Tensor.h(out, "out"), handle());
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Cholesky factor L (A = L L^T) of a symmetric positive-definite matrix, or U = L^T when upper. ({@code this} is the schema's {@code A}.) Defaults: upper = False. */
  public Tensor linalgCholesky() {
    return linalgCholesky(false);
  }

  /** Cholesky factor L (A = L L^T) of a symmetric positive-definite matrix, or U = L^T when upper. ({@code this} is the schema's {@code A}.) */
  public Tensor linalgCholesky(boolean upper) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_linalg_cholesky(handle(), upper ? 1 : 0, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Cholesky factor L (A = L L^T) of a symmetric positive-definite matrix, or U = L^T when upper. ({@code this} is the schema's {@code A}.) Defaults: upper = False. */
  public Tensor linalgCholeskyOut(Tensor out) {
    return linalgCholeskyOut(out, false);
  }

  /** Cholesky factor L (A = L L^T) of a symmetric positive-definite matrix, or U = L^T when upper. ({@code this} is the schema's {@code A}.) */
  public Tensor linalgCholeskyOut(Tensor out, boolean upper) {
    try {
      IgnisRaw.ignis_linalg_cholesky_out(Tensor.h(out, "out"), handle(), upper ? 1 : 0);
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** QR decomposition A = Q R; mode "reduced" (Q m x k) or "complete" (Q m x m), k = min(m, n). ({@code this} is the schema's {@code A}.) Defaults: mode = "reduced". */
  public Tensor[] linalgQr() {
    return linalgQr("reduced");
  }

  /** QR decomposition A = Q R; mode "reduced" (Q m x k) or "complete" (Q m x m), k = min(m, n). ({@code this} is the schema's {@code A}.) */
  public Tensor[] linalgQr(String mode) {
    long[] r0 = new long[1];
    long[] r1 = new long[1];
    try {
      IgnisRaw.ignis_linalg_qr(handle(), mode, r0, r1);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrapAll(new long[] {r0[0], r1[0]});
  }

  /** Singular value decomposition A = U diag(S) Vh, S descending; full_matrices gives square U and Vh. ({@code this} is the schema's {@code A}.) Defaults: fullMatrices = True. */
  public Tensor[] linalgSvd() {
    return linalgSvd(true);
  }

  /** Singular value decomposition A = U diag(S) Vh, S descending; full_matrices gives square U and Vh. ({@code this} is the schema's {@code A}.) */
  public Tensor[] linalgSvd(boolean fullMatrices) {
    long[] r0 = new long[1];
    long[] r1 = new long[1];
    long[] r2 = new long[1];
    try {
      IgnisRaw.ignis_linalg_svd(handle(), fullMatrices ? 1 : 0, r0, r1, r2);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrapAll(new long[] {r0[0], r1[0], r2[0]});
  }

  /** exp(x) / sum(exp(x)) along dim, computed with max subtraction; dtype casts the input first. Defaults: dtype = None. */
  public Tensor softmax(long dim) {
    return softmax(dim, (DType) null);
  }

  /** exp(x) / sum(exp(x)) along dim, computed with max subtraction; dtype casts the input first. */
  public Tensor softmax(long dim, DType dtype) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_softmax(handle(), dim, dtype == null ? null : new int[] {dtype.code()}, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** exp(x) / sum(exp(x)) along dim, computed with max subtraction; dtype casts the input first. Defaults: dtype = None. */
  public Tensor softmaxOut(Tensor out, long dim) {
    return softmaxOut(out, dim, (DType) null);
  }

  /** exp(x) / sum(exp(x)) along dim, computed with max subtraction; dtype casts the input first. */
  public Tensor softmaxOut(Tensor out, long dim, DType dtype) {
    try {
      IgnisRaw.ignis_softmax_out(Tensor.h(out, "out"), handle(), dim, dtype == null ? null : new int[] {dtype.code()});
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** x - logsumexp(x) along dim (numerically stable); dtype casts the input first. Defaults: dtype = None. */
  public Tensor logSoftmax(long dim) {
    return logSoftmax(dim, (DType) null);
  }

  /** x - logsumexp(x) along dim (numerically stable); dtype casts the input first. */
  public Tensor logSoftmax(long dim, DType dtype) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_log_softmax(handle(), dim, dtype == null ? null : new int[] {dtype.code()}, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** x - logsumexp(x) along dim (numerically stable); dtype casts the input first. Defaults: dtype = None. */
  public Tensor logSoftmaxOut(Tensor out, long dim) {
    return logSoftmaxOut(out, dim, (DType) null);
  }

  /** x - logsumexp(x) along dim (numerically stable); dtype casts the input first. */
  public Tensor logSoftmaxOut(Tensor out, long dim, DType dtype) {
    try {
      IgnisRaw.ignis_log_softmax_out(Tensor.h(out, "out"), handle(), dim, dtype == null ? null : new int[] {dtype.code()});
    } finally {
      Reference.reachabilityFence(out);
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Zeroes each element with probability p and scales the rest by 1/(1-p) when train; identity otherwise. ({@code this} is the schema's {@code input}.) */
  public Tensor dropout(double p, boolean train) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_dropout(handle(), p, train ? 1 : 0, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Dropout for SELU networks that keeps mean and variance (dropped elements set to the SELU negative saturation). ({@code this} is the schema's {@code input}.) */
  public Tensor alphaDropout(double p, boolean train) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_alpha_dropout(handle(), p, train ? 1 : 0, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** input @ weight^T + bias over the last dim of input. ({@code this} is the schema's {@code input}.) Defaults: bias = None. */
  public Tensor linear(Tensor weight) {
    return linear(weight, (Tensor) null);
  }

  /** input @ weight^T + bias over the last dim of input. ({@code this} is the schema's {@code input}.) */
  public Tensor linear(Tensor weight, Tensor bias) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_linear(handle(), Tensor.h(weight, "weight"), Tensor.hOpt(bias), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(weight);
      Reference.reachabilityFence(bias);
    }
    return Tensor.wrap(r[0]);
  }

  /** y[..., k] = input1 @ weight[k] @ input2^T + bias[k]. ({@code this} is the schema's {@code input1}.) Defaults: bias = None. */
  public Tensor bilinear(Tensor input2, Tensor weight) {
    return bilinear(input2, weight, (Tensor) null);
  }

  /** y[..., k] = input1 @ weight[k] @ input2^T + bias[k]. ({@code this} is the schema's {@code input1}.) */
  public Tensor bilinear(Tensor input2, Tensor weight, Tensor bias) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_bilinear(handle(), Tensor.h(input2, "input2"), Tensor.h(weight, "weight"), Tensor.hOpt(bias), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(input2);
      Reference.reachabilityFence(weight);
      Reference.reachabilityFence(bias);
    }
    return Tensor.wrap(r[0]);
  }

  /** Rows of weight picked by the integer indices; the padding_idx row gets no gradient. ({@code this} is the schema's {@code weight}.) Defaults: paddingIdx = -1. */
  public Tensor embedding(Tensor indices) {
    return embedding(indices, -1L);
  }

  /** Rows of weight picked by the integer indices; the padding_idx row gets no gradient. ({@code this} is the schema's {@code weight}.) */
  public Tensor embedding(Tensor indices, long paddingIdx) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_embedding(handle(), Tensor.h(indices, "indices"), paddingIdx, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(indices);
    }
    return Tensor.wrap(r[0]);
  }

  /** Sum, mean or max of the embedding rows of each bag (2-D indices, or 1-D indices split at offsets). ({@code this} is the schema's {@code weight}.) Defaults: offsets = None, mode = "mean", perSampleWeights = None, includeLastOffset = False, paddingIdx = None. */
  public Tensor embeddingBag(Tensor indices) {
    return embeddingBag(indices, (Tensor) null, "mean", (Tensor) null, false, (Long) null);
  }

  /** Sum, mean or max of the embedding rows of each bag (2-D indices, or 1-D indices split at offsets). ({@code this} is the schema's {@code weight}.) Defaults: mode = "mean", perSampleWeights = None, includeLastOffset = False, paddingIdx = None. */
  public Tensor embeddingBag(Tensor indices, Tensor offsets) {
    return embeddingBag(indices, offsets, "mean", (Tensor) null, false, (Long) null);
  }

  /** Sum, mean or max of the embedding rows of each bag (2-D indices, or 1-D indices split at offsets). ({@code this} is the schema's {@code weight}.) Defaults: perSampleWeights = None, includeLastOffset = False, paddingIdx = None. */
  public Tensor embeddingBag(Tensor indices, Tensor offsets, String mode) {
    return embeddingBag(indices, offsets, mode, (Tensor) null, false, (Long) null);
  }

  /** Sum, mean or max of the embedding rows of each bag (2-D indices, or 1-D indices split at offsets). ({@code this} is the schema's {@code weight}.) Defaults: includeLastOffset = False, paddingIdx = None. */
  public Tensor embeddingBag(Tensor indices, Tensor offsets, String mode, Tensor perSampleWeights) {
    return embeddingBag(indices, offsets, mode, perSampleWeights, false, (Long) null);
  }

  /** Sum, mean or max of the embedding rows of each bag (2-D indices, or 1-D indices split at offsets). ({@code this} is the schema's {@code weight}.) Defaults: paddingIdx = None. */
  public Tensor embeddingBag(Tensor indices, Tensor offsets, String mode, Tensor perSampleWeights, boolean includeLastOffset) {
    return embeddingBag(indices, offsets, mode, perSampleWeights, includeLastOffset, (Long) null);
  }

  /** Sum, mean or max of the embedding rows of each bag (2-D indices, or 1-D indices split at offsets). ({@code this} is the schema's {@code weight}.) */
  public Tensor embeddingBag(Tensor indices, Tensor offsets, String mode, Tensor perSampleWeights, boolean includeLastOffset, Long paddingIdx) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_embedding_bag(handle(), Tensor.h(indices, "indices"), Tensor.hOpt(offsets), mode, Tensor.hOpt(perSampleWeights), includeLastOffset ? 1 : 0, paddingIdx == null ? null : new long[] {paddingIdx}, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(indices);
      Reference.reachabilityFence(offsets);
      Reference.reachabilityFence(perSampleWeights);
    }
    return Tensor.wrap(r[0]);
  }

  /** Normalizes over all dims but dim 1 (batch statistics when training, updating the running ones in place; else the running ones). ({@code this} is the schema's {@code input}.) Defaults: weight = None, bias = None, training = False, momentum = 0.1, eps = 1e-05. */
  public Tensor batchNorm(Tensor runningMean, Tensor runningVar) {
    return batchNorm(runningMean, runningVar, (Tensor) null, (Tensor) null, false, 0.1, 1e-05);
  }

  /** Normalizes over all dims but dim 1 (batch statistics when training, updating the running ones in place; else the running ones). ({@code this} is the schema's {@code input}.) Defaults: bias = None, training = False, momentum = 0.1, eps = 1e-05. */
  public Tensor batchNorm(Tensor runningMean, Tensor runningVar, Tensor weight) {
    return batchNorm(runningMean, runningVar, weight, (Tensor) null, false, 0.1, 1e-05);
  }

  /** Normalizes over all dims but dim 1 (batch statistics when training, updating the running ones in place; else the running ones). ({@code this} is the schema's {@code input}.) Defaults: training = False, momentum = 0.1, eps = 1e-05. */
  public Tensor batchNorm(Tensor runningMean, Tensor runningVar, Tensor weight, Tensor bias) {
    return batchNorm(runningMean, runningVar, weight, bias, false, 0.1, 1e-05);
  }

  /** Normalizes over all dims but dim 1 (batch statistics when training, updating the running ones in place; else the running ones). ({@code this} is the schema's {@code input}.) Defaults: momentum = 0.1, eps = 1e-05. */
  public Tensor batchNorm(Tensor runningMean, Tensor runningVar, Tensor weight, Tensor bias, boolean training) {
    return batchNorm(runningMean, runningVar, weight, bias, training, 0.1, 1e-05);
  }

  /** Normalizes over all dims but dim 1 (batch statistics when training, updating the running ones in place; else the running ones). ({@code this} is the schema's {@code input}.) Defaults: eps = 1e-05. */
  public Tensor batchNorm(Tensor runningMean, Tensor runningVar, Tensor weight, Tensor bias, boolean training, double momentum) {
    return batchNorm(runningMean, runningVar, weight, bias, training, momentum, 1e-05);
  }

  /** Normalizes over all dims but dim 1 (batch statistics when training, updating the running ones in place; else the running ones). ({@code this} is the schema's {@code input}.) */
  public Tensor batchNorm(Tensor runningMean, Tensor runningVar, Tensor weight, Tensor bias, boolean training, double momentum, double eps) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_batch_norm(handle(), Tensor.hOpt(runningMean), Tensor.hOpt(runningVar), Tensor.hOpt(weight), Tensor.hOpt(bias), training ? 1 : 0, momentum, eps, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(runningMean);
      Reference.reachabilityFence(runningVar);
      Reference.reachabilityFence(weight);
      Reference.reachabilityFence(bias);
    }
    return Tensor.wrap(r[0]);
  }

  /** Normalizes over the trailing normalized_shape dims, then scales by weight and shifts by bias. ({@code this} is the schema's {@code input}.) Defaults: weight = None, bias = None, eps = 1e-05. */
  public Tensor layerNorm(long[] normalizedShape) {
    return layerNorm(normalizedShape, (Tensor) null, (Tensor) null, 1e-05);
  }

  /** Normalizes over the trailing normalized_shape dims, then scales by weight and shifts by bias. ({@code this} is the schema's {@code input}.) Defaults: bias = None, eps = 1e-05. */
  public Tensor layerNorm(long[] normalizedShape, Tensor weight) {
    return layerNorm(normalizedShape, weight, (Tensor) null, 1e-05);
  }

  /** Normalizes over the trailing normalized_shape dims, then scales by weight and shifts by bias. ({@code this} is the schema's {@code input}.) Defaults: eps = 1e-05. */
  public Tensor layerNorm(long[] normalizedShape, Tensor weight, Tensor bias) {
    return layerNorm(normalizedShape, weight, bias, 1e-05);
  }

  /** Normalizes over the trailing normalized_shape dims, then scales by weight and shifts by bias. ({@code this} is the schema's {@code input}.) */
  public Tensor layerNorm(long[] normalizedShape, Tensor weight, Tensor bias, double eps) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_layer_norm(handle(), Tensor.ints(normalizedShape, "normalized_shape"), normalizedShape.length, Tensor.hOpt(weight), Tensor.hOpt(bias), eps, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(weight);
      Reference.reachabilityFence(bias);
    }
    return Tensor.wrap(r[0]);
  }

  /** Normalizes each group of channels (dim 1 split into num_groups) per sample, then per-channel affine. ({@code this} is the schema's {@code input}.) Defaults: weight = None, bias = None, eps = 1e-05. */
  public Tensor groupNorm(long numGroups) {
    return groupNorm(numGroups, (Tensor) null, (Tensor) null, 1e-05);
  }

  /** Normalizes each group of channels (dim 1 split into num_groups) per sample, then per-channel affine. ({@code this} is the schema's {@code input}.) Defaults: bias = None, eps = 1e-05. */
  public Tensor groupNorm(long numGroups, Tensor weight) {
    return groupNorm(numGroups, weight, (Tensor) null, 1e-05);
  }

  /** Normalizes each group of channels (dim 1 split into num_groups) per sample, then per-channel affine. ({@code this} is the schema's {@code input}.) Defaults: eps = 1e-05. */
  public Tensor groupNorm(long numGroups, Tensor weight, Tensor bias) {
    return groupNorm(numGroups, weight, bias, 1e-05);
  }

  /** Normalizes each group of channels (dim 1 split into num_groups) per sample, then per-channel affine. ({@code this} is the schema's {@code input}.) */
  public Tensor groupNorm(long numGroups, Tensor weight, Tensor bias, double eps) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_group_norm(handle(), numGroups, Tensor.hOpt(weight), Tensor.hOpt(bias), eps, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(weight);
      Reference.reachabilityFence(bias);
    }
    return Tensor.wrap(r[0]);
  }

  /** x / sqrt(mean(x^2) + eps) over the trailing normalized_shape dims, times weight (eps None = the dtype's epsilon). ({@code this} is the schema's {@code input}.) Defaults: weight = None, eps = None. */
  public Tensor rmsNorm(long[] normalizedShape) {
    return rmsNorm(normalizedShape, (Tensor) null, (Double) null);
  }

  /** x / sqrt(mean(x^2) + eps) over the trailing normalized_shape dims, times weight (eps None = the dtype's epsilon). ({@code this} is the schema's {@code input}.) Defaults: eps = None. */
  public Tensor rmsNorm(long[] normalizedShape, Tensor weight) {
    return rmsNorm(normalizedShape, weight, (Double) null);
  }

  /** x / sqrt(mean(x^2) + eps) over the trailing normalized_shape dims, times weight (eps None = the dtype's epsilon). ({@code this} is the schema's {@code input}.) */
  public Tensor rmsNorm(long[] normalizedShape, Tensor weight, Double eps) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_rms_norm(handle(), Tensor.ints(normalizedShape, "normalized_shape"), normalizedShape.length, Tensor.hOpt(weight), eps == null ? null : new double[] {eps}, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(weight);
    }
    return Tensor.wrap(r[0]);
  }

  /** Normalizes each (sample, channel) over the spatial dims, then per-channel affine. ({@code this} is the schema's {@code input}.) Defaults: weight = None, bias = None, runningMean = None, runningVar = None, useInputStats = True, momentum = 0.1, eps = 1e-05. */
  public Tensor instanceNorm() {
    return instanceNorm((Tensor) null, (Tensor) null, (Tensor) null, (Tensor) null, true, 0.1, 1e-05);
  }

  /** Normalizes each (sample, channel) over the spatial dims, then per-channel affine. ({@code this} is the schema's {@code input}.) Defaults: bias = None, runningMean = None, runningVar = None, useInputStats = True, momentum = 0.1, eps = 1e-05. */
  public Tensor instanceNorm(Tensor weight) {
    return instanceNorm(weight, (Tensor) null, (Tensor) null, (Tensor) null, true, 0.1, 1e-05);
  }

  /** Normalizes each (sample, channel) over the spatial dims, then per-channel affine. ({@code this} is the schema's {@code input}.) Defaults: runningMean = None, runningVar = None, useInputStats = True, momentum = 0.1, eps = 1e-05. */
  public Tensor instanceNorm(Tensor weight, Tensor bias) {
    return instanceNorm(weight, bias, (Tensor) null, (Tensor) null, true, 0.1, 1e-05);
  }

  /** Normalizes each (sample, channel) over the spatial dims, then per-channel affine. ({@code this} is the schema's {@code input}.) Defaults: runningVar = None, useInputStats = True, momentum = 0.1, eps = 1e-05. */
  public Tensor instanceNorm(Tensor weight, Tensor bias, Tensor runningMean) {
    return instanceNorm(weight, bias, runningMean, (Tensor) null, true, 0.1, 1e-05);
  }

  /** Normalizes each (sample, channel) over the spatial dims, then per-channel affine. ({@code this} is the schema's {@code input}.) Defaults: useInputStats = True, momentum = 0.1, eps = 1e-05. */
  public Tensor instanceNorm(Tensor weight, Tensor bias, Tensor runningMean, Tensor runningVar) {
    return instanceNorm(weight, bias, runningMean, runningVar, true, 0.1, 1e-05);
  }

  /** Normalizes each (sample, channel) over the spatial dims, then per-channel affine. ({@code this} is the schema's {@code input}.) Defaults: momentum = 0.1, eps = 1e-05. */
  public Tensor instanceNorm(Tensor weight, Tensor bias, Tensor runningMean, Tensor runningVar, boolean useInputStats) {
    return instanceNorm(weight, bias, runningMean, runningVar, useInputStats, 0.1, 1e-05);
  }

  /** Normalizes each (sample, channel) over the spatial dims, then per-channel affine. ({@code this} is the schema's {@code input}.) Defaults: eps = 1e-05. */
  public Tensor instanceNorm(Tensor weight, Tensor bias, Tensor runningMean, Tensor runningVar, boolean useInputStats, double momentum) {
    return instanceNorm(weight, bias, runningMean, runningVar, useInputStats, momentum, 1e-05);
  }

  /** Normalizes each (sample, channel) over the spatial dims, then per-channel affine. ({@code this} is the schema's {@code input}.) */
  public Tensor instanceNorm(Tensor weight, Tensor bias, Tensor runningMean, Tensor runningVar, boolean useInputStats, double momentum, double eps) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_instance_norm(handle(), Tensor.hOpt(weight), Tensor.hOpt(bias), Tensor.hOpt(runningMean), Tensor.hOpt(runningVar), useInputStats ? 1 : 0, momentum, eps, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(weight);
      Reference.reachabilityFence(bias);
      Reference.reachabilityFence(runningMean);
      Reference.reachabilityFence(runningVar);
    }
    return Tensor.wrap(r[0]);
  }

  /** sum(x1 * x2) / max(|x1| * |x2|, eps) along dim, broadcasting. ({@code this} is the schema's {@code x1}.) Defaults: dim = 1, eps = 1e-08. */
  public Tensor cosineSimilarity(Tensor x2) {
    return cosineSimilarity(x2, 1L, 1e-08);
  }

  /** sum(x1 * x2) / max(|x1| * |x2|, eps) along dim, broadcasting. ({@code this} is the schema's {@code x1}.) Defaults: eps = 1e-08. */
  public Tensor cosineSimilarity(Tensor x2, long dim) {
    return cosineSimilarity(x2, dim, 1e-08);
  }

  /** sum(x1 * x2) / max(|x1| * |x2|, eps) along dim, broadcasting. ({@code this} is the schema's {@code x1}.) */
  public Tensor cosineSimilarity(Tensor x2, long dim, double eps) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_cosine_similarity(handle(), Tensor.h(x2, "x2"), dim, eps, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(x2);
    }
    return Tensor.wrap(r[0]);
  }

  /** p-norm of x1 - x2 + eps over the last dim, broadcasting. ({@code this} is the schema's {@code x1}.) Defaults: p = 2, eps = 1e-06, keepdim = False. */
  public Tensor pairwiseDistance(Tensor x2) {
    return pairwiseDistance(x2, 2.0, 1e-06, false);
  }

  /** p-norm of x1 - x2 + eps over the last dim, broadcasting. ({@code this} is the schema's {@code x1}.) Defaults: eps = 1e-06, keepdim = False. */
  public Tensor pairwiseDistance(Tensor x2, double p) {
    return pairwiseDistance(x2, p, 1e-06, false);
  }

  /** p-norm of x1 - x2 + eps over the last dim, broadcasting. ({@code this} is the schema's {@code x1}.) Defaults: keepdim = False. */
  public Tensor pairwiseDistance(Tensor x2, double p, double eps) {
    return pairwiseDistance(x2, p, eps, false);
  }

  /** p-norm of x1 - x2 + eps over the last dim, broadcasting. ({@code this} is the schema's {@code x1}.) */
  public Tensor pairwiseDistance(Tensor x2, double p, double eps, boolean keepdim) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_pairwise_distance(handle(), Tensor.h(x2, "x2"), p, eps, keepdim ? 1 : 0, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(x2);
    }
    return Tensor.wrap(r[0]);
  }

  /** softmax(query @ key^T * scale + mask) @ value; a bool mask keeps True, a float mask is added; is_causal masks the future. ({@code this} is the schema's {@code query}.) Defaults: attnMask = None, dropoutP = 0.0, isCausal = False, scale = None. */
  public Tensor scaledDotProductAttention(Tensor key, Tensor value) {
    return scaledDotProductAttention(key, value, (Tensor) null, 0.0, false, (Double) null);
  }

  /** softmax(query @ key^T * scale + mask) @ value; a bool mask keeps True, a float mask is added; is_causal masks the future. ({@code this} is the schema's {@code query}.) Defaults: dropoutP = 0.0, isCausal = False, scale = None. */
  public Tensor scaledDotProductAttention(Tensor key, Tensor value, Tensor attnMask) {
    return scaledDotProductAttention(key, value, attnMask, 0.0, false, (Double) null);
  }

  /** softmax(query @ key^T * scale + mask) @ value; a bool mask keeps True, a float mask is added; is_causal masks the future. ({@code this} is the schema's {@code query}.) Defaults: isCausal = False, scale = None. */
  public Tensor scaledDotProductAttention(Tensor key, Tensor value, Tensor attnMask, double dropoutP) {
    return scaledDotProductAttention(key, value, attnMask, dropoutP, false, (Double) null);
  }

  /** softmax(query @ key^T * scale + mask) @ value; a bool mask keeps True, a float mask is added; is_causal masks the future. ({@code this} is the schema's {@code query}.) Defaults: scale = None. */
  public Tensor scaledDotProductAttention(Tensor key, Tensor value, Tensor attnMask, double dropoutP, boolean isCausal) {
    return scaledDotProductAttention(key, value, attnMask, dropoutP, isCausal, (Double) null);
  }

  /** softmax(query @ key^T * scale + mask) @ value; a bool mask keeps True, a float mask is added; is_causal masks the future. ({@code this} is the schema's {@code query}.) */
  public Tensor scaledDotProductAttention(Tensor key, Tensor value, Tensor attnMask, double dropoutP, boolean isCausal, Double scale) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_scaled_dot_product_attention(handle(), Tensor.h(key, "key"), Tensor.h(value, "value"), Tensor.hOpt(attnMask), dropoutP, isCausal ? 1 : 0, scale == null ? null : new double[] {scale}, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(key);
      Reference.reachabilityFence(value);
      Reference.reachabilityFence(attnMask);
    }
    return Tensor.wrap(r[0]);
  }

  /** 1-D convolution of input (N, C, L) or (C, L) with weight (O, C/groups, K). ({@code this} is the schema's {@code input}.) Defaults: bias = None, stride = [1], padding = [0], dilation = [1], groups = 1. */
  public Tensor conv1d(Tensor weight) {
    return conv1d(weight, (Tensor) null, new long[] {1L}, new long[] {0L}, new long[] {1L}, 1L);
  }

  /** 1-D convolution of input (N, C, L) or (C, L) with weight (O, C/groups, K). ({@code this} is the schema's {@code input}.) Defaults: stride = [1], padding = [0], dilation = [1], groups = 1. */
  public Tensor conv1d(Tensor weight, Tensor bias) {
    return conv1d(weight, bias, new long[] {1L}, new long[] {0L}, new long[] {1L}, 1L);
  }

  /** 1-D convolution of input (N, C, L) or (C, L) with weight (O, C/groups, K). ({@code this} is the schema's {@code input}.) Defaults: padding = [0], dilation = [1], groups = 1. */
  public Tensor conv1d(Tensor weight, Tensor bias, long[] stride) {
    return conv1d(weight, bias, stride, new long[] {0L}, new long[] {1L}, 1L);
  }

  /** 1-D convolution of input (N, C, L) or (C, L) with weight (O, C/groups, K). ({@code this} is the schema's {@code input}.) Defaults: dilation = [1], groups = 1. */
  public Tensor conv1d(Tensor weight, Tensor bias, long[] stride, long[] padding) {
    return conv1d(weight, bias, stride, padding, new long[] {1L}, 1L);
  }

  /** 1-D convolution of input (N, C, L) or (C, L) with weight (O, C/groups, K). ({@code this} is the schema's {@code input}.) Defaults: groups = 1. */
  public Tensor conv1d(Tensor weight, Tensor bias, long[] stride, long[] padding, long[] dilation) {
    return conv1d(weight, bias, stride, padding, dilation, 1L);
  }

  /** 1-D convolution of input (N, C, L) or (C, L) with weight (O, C/groups, K). ({@code this} is the schema's {@code input}.) */
  public Tensor conv1d(Tensor weight, Tensor bias, long[] stride, long[] padding, long[] dilation, long groups) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_conv1d(handle(), Tensor.h(weight, "weight"), Tensor.hOpt(bias), Tensor.ints(stride, "stride"), stride.length, Tensor.ints(padding, "padding"), padding.length, Tensor.ints(dilation, "dilation"), dilation.length, groups, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(weight);
      Reference.reachabilityFence(bias);
    }
    return Tensor.wrap(r[0]);
  }

  /** 1-D convolution with padding "valid" (none) or "same" (output as long as input; stride 1). ({@code this} is the schema's {@code input}.) Defaults: dilation = [1], groups = 1. */
  public Tensor conv1d(Tensor weight, Tensor bias, long[] stride, String padding) {
    return conv1d(weight, bias, stride, padding, new long[] {1L}, 1L);
  }

  /** 1-D convolution with padding "valid" (none) or "same" (output as long as input; stride 1). ({@code this} is the schema's {@code input}.) Defaults: groups = 1. */
  public Tensor conv1d(Tensor weight, Tensor bias, long[] stride, String padding, long[] dilation) {
    return conv1d(weight, bias, stride, padding, dilation, 1L);
  }

  /** 1-D convolution with padding "valid" (none) or "same" (output as long as input; stride 1). ({@code this} is the schema's {@code input}.) */
  public Tensor conv1d(Tensor weight, Tensor bias, long[] stride, String padding, long[] dilation, long groups) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_conv1d_padding(handle(), Tensor.h(weight, "weight"), Tensor.hOpt(bias), Tensor.ints(stride, "stride"), stride.length, padding, Tensor.ints(dilation, "dilation"), dilation.length, groups, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(weight);
      Reference.reachabilityFence(bias);
    }
    return Tensor.wrap(r[0]);
  }

  /** 2-D convolution of input (N, C, H, W) or (C, H, W) with weight (O, C/groups, kH, kW). ({@code this} is the schema's {@code input}.) Defaults: bias = None, stride = [1], padding = [0], dilation = [1], groups = 1. */
  public Tensor conv2d(Tensor weight) {
    return conv2d(weight, (Tensor) null, new long[] {1L}, new long[] {0L}, new long[] {1L}, 1L);
  }

  /** 2-D convolution of input (N, C, H, W) or (C, H, W) with weight (O, C/groups, kH, kW). ({@code this} is the schema's {@code input}.) Defaults: stride = [1], padding = [0], dilation = [1], groups = 1. */
  public Tensor conv2d(Tensor weight, Tensor bias) {
    return conv2d(weight, bias, new long[] {1L}, new long[] {0L}, new long[] {1L}, 1L);
  }

  /** 2-D convolution of input (N, C, H, W) or (C, H, W) with weight (O, C/groups, kH, kW). ({@code this} is the schema's {@code input}.) Defaults: padding = [0], dilation = [1], groups = 1. */
  public Tensor conv2d(Tensor weight, Tensor bias, long[] stride) {
    return conv2d(weight, bias, stride, new long[] {0L}, new long[] {1L}, 1L);
  }

  /** 2-D convolution of input (N, C, H, W) or (C, H, W) with weight (O, C/groups, kH, kW). ({@code this} is the schema's {@code input}.) Defaults: dilation = [1], groups = 1. */
  public Tensor conv2d(Tensor weight, Tensor bias, long[] stride, long[] padding) {
    return conv2d(weight, bias, stride, padding, new long[] {1L}, 1L);
  }

  /** 2-D convolution of input (N, C, H, W) or (C, H, W) with weight (O, C/groups, kH, kW). ({@code this} is the schema's {@code input}.) Defaults: groups = 1. */
  public Tensor conv2d(Tensor weight, Tensor bias, long[] stride, long[] padding, long[] dilation) {
    return conv2d(weight, bias, stride, padding, dilation, 1L);
  }

  /** 2-D convolution of input (N, C, H, W) or (C, H, W) with weight (O, C/groups, kH, kW). ({@code this} is the schema's {@code input}.) */
  public Tensor conv2d(Tensor weight, Tensor bias, long[] stride, long[] padding, long[] dilation, long groups) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_conv2d(handle(), Tensor.h(weight, "weight"), Tensor.hOpt(bias), Tensor.ints(stride, "stride"), stride.length, Tensor.ints(padding, "padding"), padding.length, Tensor.ints(dilation, "dilation"), dilation.length, groups, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(weight);
      Reference.reachabilityFence(bias);
    }
    return Tensor.wrap(r[0]);
  }

  /** 2-D convolution with padding "valid" (none) or "same" (output as large as input; stride 1). ({@code this} is the schema's {@code input}.) Defaults: dilation = [1], groups = 1. */
  public Tensor conv2d(Tensor weight, Tensor bias, long[] stride, String padding) {
    return conv2d(weight, bias, stride, padding, new long[] {1L}, 1L);
  }

  /** 2-D convolution with padding "valid" (none) or "same" (output as large as input; stride 1). ({@code this} is the schema's {@code input}.) Defaults: groups = 1. */
  public Tensor conv2d(Tensor weight, Tensor bias, long[] stride, String padding, long[] dilation) {
    return conv2d(weight, bias, stride, padding, dilation, 1L);
  }

  /** 2-D convolution with padding "valid" (none) or "same" (output as large as input; stride 1). ({@code this} is the schema's {@code input}.) */
  public Tensor conv2d(Tensor weight, Tensor bias, long[] stride, String padding, long[] dilation, long groups) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_conv2d_padding(handle(), Tensor.h(weight, "weight"), Tensor.hOpt(bias), Tensor.ints(stride, "stride"), stride.length, padding, Tensor.ints(dilation, "dilation"), dilation.length, groups, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(weight);
      Reference.reachabilityFence(bias);
    }
    return Tensor.wrap(r[0]);
  }

  /** 3-D convolution of input (N, C, D, H, W) or (C, D, H, W) with weight (O, C/groups, kD, kH, kW). ({@code this} is the schema's {@code input}.) Defaults: bias = None, stride = [1], padding = [0], dilation = [1], groups = 1. */
  public Tensor conv3d(Tensor weight) {
    return conv3d(weight, (Tensor) null, new long[] {1L}, new long[] {0L}, new long[] {1L}, 1L);
  }

  /** 3-D convolution of input (N, C, D, H, W) or (C, D, H, W) with weight (O, C/groups, kD, kH, kW). ({@code this} is the schema's {@code input}.) Defaults: stride = [1], padding = [0], dilation = [1], groups = 1. */
  public Tensor conv3d(Tensor weight, Tensor bias) {
    return conv3d(weight, bias, new long[] {1L}, new long[] {0L}, new long[] {1L}, 1L);
  }

  /** 3-D convolution of input (N, C, D, H, W) or (C, D, H, W) with weight (O, C/groups, kD, kH, kW). ({@code this} is the schema's {@code input}.) Defaults: padding = [0], dilation = [1], groups = 1. */
  public Tensor conv3d(Tensor weight, Tensor bias, long[] stride) {
    return conv3d(weight, bias, stride, new long[] {0L}, new long[] {1L}, 1L);
  }

  /** 3-D convolution of input (N, C, D, H, W) or (C, D, H, W) with weight (O, C/groups, kD, kH, kW). ({@code this} is the schema's {@code input}.) Defaults: dilation = [1], groups = 1. */
  public Tensor conv3d(Tensor weight, Tensor bias, long[] stride, long[] padding) {
    return conv3d(weight, bias, stride, padding, new long[] {1L}, 1L);
  }

  /** 3-D convolution of input (N, C, D, H, W) or (C, D, H, W) with weight (O, C/groups, kD, kH, kW). ({@code this} is the schema's {@code input}.) Defaults: groups = 1. */
  public Tensor conv3d(Tensor weight, Tensor bias, long[] stride, long[] padding, long[] dilation) {
    return conv3d(weight, bias, stride, padding, dilation, 1L);
  }

  /** 3-D convolution of input (N, C, D, H, W) or (C, D, H, W) with weight (O, C/groups, kD, kH, kW). ({@code this} is the schema's {@code input}.) */
  public Tensor conv3d(Tensor weight, Tensor bias, long[] stride, long[] padding, long[] dilation, long groups) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_conv3d(handle(), Tensor.h(weight, "weight"), Tensor.hOpt(bias), Tensor.ints(stride, "stride"), stride.length, Tensor.ints(padding, "padding"), padding.length, Tensor.ints(dilation, "dilation"), dilation.length, groups, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(weight);
      Reference.reachabilityFence(bias);
    }
    return Tensor.wrap(r[0]);
  }

  /** 3-D convolution with padding "valid" (none) or "same" (output as large as input; stride 1). ({@code this} is the schema's {@code input}.) Defaults: dilation = [1], groups = 1. */
  public Tensor conv3d(Tensor weight, Tensor bias, long[] stride, String padding) {
    return conv3d(weight, bias, stride, padding, new long[] {1L}, 1L);
  }

  /** 3-D convolution with padding "valid" (none) or "same" (output as large as input; stride 1). ({@code this} is the schema's {@code input}.) Defaults: groups = 1. */
  public Tensor conv3d(Tensor weight, Tensor bias, long[] stride, String padding, long[] dilation) {
    return conv3d(weight, bias, stride, padding, dilation, 1L);
  }

  /** 3-D convolution with padding "valid" (none) or "same" (output as large as input; stride 1). ({@code this} is the schema's {@code input}.) */
  public Tensor conv3d(Tensor weight, Tensor bias, long[] stride, String padding, long[] dilation, long groups) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_conv3d_padding(handle(), Tensor.h(weight, "weight"), Tensor.hOpt(bias), Tensor.ints(stride, "stride"), stride.length, padding, Tensor.ints(dilation, "dilation"), dilation.length, groups, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(weight);
      Reference.reachabilityFence(bias);
    }
    return Tensor.wrap(r[0]);
  }

  /** 1-D transposed convolution (the gradient of conv1d) with weight (C, O/groups, K). ({@code this} is the schema's {@code input}.) Defaults: bias = None, stride = [1], padding = [0], outputPadding = [0], groups = 1, dilation = [1]. */
  public Tensor convTranspose1d(Tensor weight) {
    return convTranspose1d(weight, (Tensor) null, new long[] {1L}, new long[] {0L}, new long[] {0L}, 1L, new long[] {1L});
  }

  /** 1-D transposed convolution (the gradient of conv1d) with weight (C, O/groups, K). ({@code this} is the schema's {@code input}.) Defaults: stride = [1], padding = [0], outputPadding = [0], groups = 1, dilation = [1]. */
  public Tensor convTranspose1d(Tensor weight, Tensor bias) {
    return convTranspose1d(weight, bias, new long[] {1L}, new long[] {0L}, new long[] {0L}, 1L, new long[] {1L});
  }

  /** 1-D transposed convolution (the gradient of conv1d) with weight (C, O/groups, K). ({@code this} is the schema's {@code input}.) Defaults: padding = [0], outputPadding = [0], groups = 1, dilation = [1]. */
  public Tensor convTranspose1d(Tensor weight, Tensor bias, long[] stride) {
    return convTranspose1d(weight, bias, stride, new long[] {0L}, new long[] {0L}, 1L, new long[] {1L});
  }

  /** 1-D transposed convolution (the gradient of conv1d) with weight (C, O/groups, K). ({@code this} is the schema's {@code input}.) Defaults: outputPadding = [0], groups = 1, dilation = [1]. */
  public Tensor convTranspose1d(Tensor weight, Tensor bias, long[] stride, long[] padding) {
    return convTranspose1d(weight, bias, stride, padding, new long[] {0L}, 1L, new long[] {1L});
  }

  /** 1-D transposed convolution (the gradient of conv1d) with weight (C, O/groups, K). ({@code this} is the schema's {@code input}.) Defaults: groups = 1, dilation = [1]. */
  public Tensor convTranspose1d(Tensor weight, Tensor bias, long[] stride, long[] padding, long[] outputPadding) {
    return convTranspose1d(weight, bias, stride, padding, outputPadding, 1L, new long[] {1L});
  }

  /** 1-D transposed convolution (the gradient of conv1d) with weight (C, O/groups, K). ({@code this} is the schema's {@code input}.) Defaults: dilation = [1]. */
  public Tensor convTranspose1d(Tensor weight, Tensor bias, long[] stride, long[] padding, long[] outputPadding, long groups) {
    return convTranspose1d(weight, bias, stride, padding, outputPadding, groups, new long[] {1L});
  }

  /** 1-D transposed convolution (the gradient of conv1d) with weight (C, O/groups, K). ({@code this} is the schema's {@code input}.) */
  public Tensor convTranspose1d(Tensor weight, Tensor bias, long[] stride, long[] padding, long[] outputPadding, long groups, long[] dilation) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_conv_transpose1d(handle(), Tensor.h(weight, "weight"), Tensor.hOpt(bias), Tensor.ints(stride, "stride"), stride.length, Tensor.ints(padding, "padding"), padding.length, Tensor.ints(outputPadding, "output_padding"), outputPadding.length, groups, Tensor.ints(dilation, "dilation"), dilation.length, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(weight);
      Reference.reachabilityFence(bias);
    }
    return Tensor.wrap(r[0]);
  }

  /** 2-D transposed convolution (the gradient of conv2d) with weight (C, O/groups, kH, kW). ({@code this} is the schema's {@code input}.) Defaults: bias = None, stride = [1], padding = [0], outputPadding = [0], groups = 1, dilation = [1]. */
  public Tensor convTranspose2d(Tensor weight) {
    return convTranspose2d(weight, (Tensor) null, new long[] {1L}, new long[] {0L}, new long[] {0L}, 1L, new long[] {1L});
  }

  /** 2-D transposed convolution (the gradient of conv2d) with weight (C, O/groups, kH, kW). ({@code this} is the schema's {@code input}.) Defaults: stride = [1], padding = [0], outputPadding = [0], groups = 1, dilation = [1]. */
  public Tensor convTranspose2d(Tensor weight, Tensor bias) {
    return convTranspose2d(weight, bias, new long[] {1L}, new long[] {0L}, new long[] {0L}, 1L, new long[] {1L});
  }

  /** 2-D transposed convolution (the gradient of conv2d) with weight (C, O/groups, kH, kW). ({@code this} is the schema's {@code input}.) Defaults: padding = [0], outputPadding = [0], groups = 1, dilation = [1]. */
  public Tensor convTranspose2d(Tensor weight, Tensor bias, long[] stride) {
    return convTranspose2d(weight, bias, stride, new long[] {0L}, new long[] {0L}, 1L, new long[] {1L});
  }

  /** 2-D transposed convolution (the gradient of conv2d) with weight (C, O/groups, kH, kW). ({@code this} is the schema's {@code input}.) Defaults: outputPadding = [0], groups = 1, dilation = [1]. */
  public Tensor convTranspose2d(Tensor weight, Tensor bias, long[] stride, long[] padding) {
    return convTranspose2d(weight, bias, stride, padding, new long[] {0L}, 1L, new long[] {1L});
  }

  /** 2-D transposed convolution (the gradient of conv2d) with weight (C, O/groups, kH, kW). ({@code this} is the schema's {@code input}.) Defaults: groups = 1, dilation = [1]. */
  public Tensor convTranspose2d(Tensor weight, Tensor bias, long[] stride, long[] padding, long[] outputPadding) {
    return convTranspose2d(weight, bias, stride, padding, outputPadding, 1L, new long[] {1L});
  }

  /** 2-D transposed convolution (the gradient of conv2d) with weight (C, O/groups, kH, kW). ({@code this} is the schema's {@code input}.) Defaults: dilation = [1]. */
  public Tensor convTranspose2d(Tensor weight, Tensor bias, long[] stride, long[] padding, long[] outputPadding, long groups) {
    return convTranspose2d(weight, bias, stride, padding, outputPadding, groups, new long[] {1L});
  }

  /** 2-D transposed convolution (the gradient of conv2d) with weight (C, O/groups, kH, kW). ({@code this} is the schema's {@code input}.) */
  public Tensor convTranspose2d(Tensor weight, Tensor bias, long[] stride, long[] padding, long[] outputPadding, long groups, long[] dilation) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_conv_transpose2d(handle(), Tensor.h(weight, "weight"), Tensor.hOpt(bias), Tensor.ints(stride, "stride"), stride.length, Tensor.ints(padding, "padding"), padding.length, Tensor.ints(outputPadding, "output_padding"), outputPadding.length, groups, Tensor.ints(dilation, "dilation"), dilation.length, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(weight);
      Reference.reachabilityFence(bias);
    }
    return Tensor.wrap(r[0]);
  }

  /** Maximum over sliding windows of the last dim of (N, C, L) or (C, L); stride defaults to kernel_size. Defaults: stride = [], padding = [0], dilation = [1], ceilMode = False. */
  public Tensor maxPool1d(long[] kernelSize) {
    return maxPool1d(kernelSize, new long[] {}, new long[] {0L}, new long[] {1L}, false);
  }

  /** Maximum over sliding windows of the last dim of (N, C, L) or (C, L); stride defaults to kernel_size. Defaults: padding = [0], dilation = [1], ceilMode = False. */
  public Tensor maxPool1d(long[] kernelSize, long[] stride) {
    return maxPool1d(kernelSize, stride, new long[] {0L}, new long[] {1L}, false);
  }

  /** Maximum over sliding windows of the last dim of (N, C, L) or (C, L); stride defaults to kernel_size. Defaults: dilation = [1], ceilMode = False. */
  public Tensor maxPool1d(long[] kernelSize, long[] stride, long[] padding) {
    return maxPool1d(kernelSize, stride, padding, new long[] {1L}, false);
  }

  /** Maximum over sliding windows of the last dim of (N, C, L) or (C, L); stride defaults to kernel_size. Defaults: ceilMode = False. */
  public Tensor maxPool1d(long[] kernelSize, long[] stride, long[] padding, long[] dilation) {
    return maxPool1d(kernelSize, stride, padding, dilation, false);
  }

  /** Maximum over sliding windows of the last dim of (N, C, L) or (C, L); stride defaults to kernel_size. */
  public Tensor maxPool1d(long[] kernelSize, long[] stride, long[] padding, long[] dilation, boolean ceilMode) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_max_pool1d(handle(), Tensor.ints(kernelSize, "kernel_size"), kernelSize.length, Tensor.ints(stride, "stride"), stride.length, Tensor.ints(padding, "padding"), padding.length, Tensor.ints(dilation, "dilation"), dilation.length, ceilMode ? 1 : 0, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Maximum over sliding windows of the last two dims of (N, C, H, W) or (C, H, W). Defaults: stride = [], padding = [0], dilation = [1], ceilMode = False. */
  public Tensor maxPool2d(long[] kernelSize) {
    return maxPool2d(kernelSize, new long[] {}, new long[] {0L}, new long[] {1L}, false);
  }

  /** Maximum over sliding windows of the last two dims of (N, C, H, W) or (C, H, W). Defaults: padding = [0], dilation = [1], ceilMode = False. */
  public Tensor maxPool2d(long[] kernelSize, long[] stride) {
    return maxPool2d(kernelSize, stride, new long[] {0L}, new long[] {1L}, false);
  }

  /** Maximum over sliding windows of the last two dims of (N, C, H, W) or (C, H, W). Defaults: dilation = [1], ceilMode = False. */
  public Tensor maxPool2d(long[] kernelSize, long[] stride, long[] padding) {
    return maxPool2d(kernelSize, stride, padding, new long[] {1L}, false);
  }

  /** Maximum over sliding windows of the last two dims of (N, C, H, W) or (C, H, W). Defaults: ceilMode = False. */
  public Tensor maxPool2d(long[] kernelSize, long[] stride, long[] padding, long[] dilation) {
    return maxPool2d(kernelSize, stride, padding, dilation, false);
  }

  /** Maximum over sliding windows of the last two dims of (N, C, H, W) or (C, H, W). */
  public Tensor maxPool2d(long[] kernelSize, long[] stride, long[] padding, long[] dilation, boolean ceilMode) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_max_pool2d(handle(), Tensor.ints(kernelSize, "kernel_size"), kernelSize.length, Tensor.ints(stride, "stride"), stride.length, Tensor.ints(padding, "padding"), padding.length, Tensor.ints(dilation, "dilation"), dilation.length, ceilMode ? 1 : 0, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** max_pool2d and the flat index (h * W + w) of each maximum in its input plane. Defaults: stride = [], padding = [0], dilation = [1], ceilMode = False. */
  public Tensor[] maxPool2dWithIndices(long[] kernelSize) {
    return maxPool2dWithIndices(kernelSize, new long[] {}, new long[] {0L}, new long[] {1L}, false);
  }

  /** max_pool2d and the flat index (h * W + w) of each maximum in its input plane. Defaults: padding = [0], dilation = [1], ceilMode = False. */
  public Tensor[] maxPool2dWithIndices(long[] kernelSize, long[] stride) {
    return maxPool2dWithIndices(kernelSize, stride, new long[] {0L}, new long[] {1L}, false);
  }

  /** max_pool2d and the flat index (h * W + w) of each maximum in its input plane. Defaults: dilation = [1], ceilMode = False. */
  public Tensor[] maxPool2dWithIndices(long[] kernelSize, long[] stride, long[] padding) {
    return maxPool2dWithIndices(kernelSize, stride, padding, new long[] {1L}, false);
  }

  /** max_pool2d and the flat index (h * W + w) of each maximum in its input plane. Defaults: ceilMode = False. */
  public Tensor[] maxPool2dWithIndices(long[] kernelSize, long[] stride, long[] padding, long[] dilation) {
    return maxPool2dWithIndices(kernelSize, stride, padding, dilation, false);
  }

  /** max_pool2d and the flat index (h * W + w) of each maximum in its input plane. */
  public Tensor[] maxPool2dWithIndices(long[] kernelSize, long[] stride, long[] padding, long[] dilation, boolean ceilMode) {
    long[] r0 = new long[1];
    long[] r1 = new long[1];
    try {
      IgnisRaw.ignis_max_pool2d_with_indices(handle(), Tensor.ints(kernelSize, "kernel_size"), kernelSize.length, Tensor.ints(stride, "stride"), stride.length, Tensor.ints(padding, "padding"), padding.length, Tensor.ints(dilation, "dilation"), dilation.length, ceilMode ? 1 : 0, r0, r1);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrapAll(new long[] {r0[0], r1[0]});
  }

  /** Mean over sliding windows of the last dim of (N, C, L) or (C, L). Defaults: stride = [], padding = [0], ceilMode = False, countIncludePad = True. */
  public Tensor avgPool1d(long[] kernelSize) {
    return avgPool1d(kernelSize, new long[] {}, new long[] {0L}, false, true);
  }

  /** Mean over sliding windows of the last dim of (N, C, L) or (C, L). Defaults: padding = [0], ceilMode = False, countIncludePad = True. */
  public Tensor avgPool1d(long[] kernelSize, long[] stride) {
    return avgPool1d(kernelSize, stride, new long[] {0L}, false, true);
  }

  /** Mean over sliding windows of the last dim of (N, C, L) or (C, L). Defaults: ceilMode = False, countIncludePad = True. */
  public Tensor avgPool1d(long[] kernelSize, long[] stride, long[] padding) {
    return avgPool1d(kernelSize, stride, padding, false, true);
  }

  /** Mean over sliding windows of the last dim of (N, C, L) or (C, L). Defaults: countIncludePad = True. */
  public Tensor avgPool1d(long[] kernelSize, long[] stride, long[] padding, boolean ceilMode) {
    return avgPool1d(kernelSize, stride, padding, ceilMode, true);
  }

  /** Mean over sliding windows of the last dim of (N, C, L) or (C, L). */
  public Tensor avgPool1d(long[] kernelSize, long[] stride, long[] padding, boolean ceilMode, boolean countIncludePad) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_avg_pool1d(handle(), Tensor.ints(kernelSize, "kernel_size"), kernelSize.length, Tensor.ints(stride, "stride"), stride.length, Tensor.ints(padding, "padding"), padding.length, ceilMode ? 1 : 0, countIncludePad ? 1 : 0, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Mean over sliding windows of the last two dims; divisor_override replaces the window size. Defaults: stride = [], padding = [0], ceilMode = False, countIncludePad = True, divisorOverride = None. */
  public Tensor avgPool2d(long[] kernelSize) {
    return avgPool2d(kernelSize, new long[] {}, new long[] {0L}, false, true, (Long) null);
  }

  /** Mean over sliding windows of the last two dims; divisor_override replaces the window size. Defaults: padding = [0], ceilMode = False, countIncludePad = True, divisorOverride = None. */
  public Tensor avgPool2d(long[] kernelSize, long[] stride) {
    return avgPool2d(kernelSize, stride, new long[] {0L}, false, true, (Long) null);
  }

  /** Mean over sliding windows of the last two dims; divisor_override replaces the window size. Defaults: ceilMode = False, countIncludePad = True, divisorOverride = None. */
  public Tensor avgPool2d(long[] kernelSize, long[] stride, long[] padding) {
    return avgPool2d(kernelSize, stride, padding, false, true, (Long) null);
  }

  /** Mean over sliding windows of the last two dims; divisor_override replaces the window size. Defaults: countIncludePad = True, divisorOverride = None. */
  public Tensor avgPool2d(long[] kernelSize, long[] stride, long[] padding, boolean ceilMode) {
    return avgPool2d(kernelSize, stride, padding, ceilMode, true, (Long) null);
  }

  /** Mean over sliding windows of the last two dims; divisor_override replaces the window size. Defaults: divisorOverride = None. */
  public Tensor avgPool2d(long[] kernelSize, long[] stride, long[] padding, boolean ceilMode, boolean countIncludePad) {
    return avgPool2d(kernelSize, stride, padding, ceilMode, countIncludePad, (Long) null);
  }

  /** Mean over sliding windows of the last two dims; divisor_override replaces the window size. */
  public Tensor avgPool2d(long[] kernelSize, long[] stride, long[] padding, boolean ceilMode, boolean countIncludePad, Long divisorOverride) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_avg_pool2d(handle(), Tensor.ints(kernelSize, "kernel_size"), kernelSize.length, Tensor.ints(stride, "stride"), stride.length, Tensor.ints(padding, "padding"), padding.length, ceilMode ? 1 : 0, countIncludePad ? 1 : 0, divisorOverride == null ? null : new long[] {divisorOverride}, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Mean over output_size evenly spread windows of the last dim. */
  public Tensor adaptiveAvgPool1d(long[] outputSize) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_adaptive_avg_pool1d(handle(), Tensor.ints(outputSize, "output_size"), outputSize.length, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Mean over an output_size grid of evenly spread windows of the last two dims. */
  public Tensor adaptiveAvgPool2d(long[] outputSize) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_adaptive_avg_pool2d(handle(), Tensor.ints(outputSize, "output_size"), outputSize.length, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Maximum over an output_size grid of windows, and the flat index (h * W + w) of each maximum. */
  public Tensor[] adaptiveMaxPool2d(long[] outputSize) {
    long[] r0 = new long[1];
    long[] r1 = new long[1];
    try {
      IgnisRaw.ignis_adaptive_max_pool2d(handle(), Tensor.ints(outputSize, "output_size"), outputSize.length, r0, r1);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrapAll(new long[] {r0[0], r1[0]});
  }

  /** Resizes the spatial dims to size (or scale_factor times): mode "nearest", "linear" (3-D input) or "bilinear" (4-D input). ({@code this} is the schema's {@code input}.) Defaults: size = None, scaleFactor = None, mode = "nearest", alignCorners = None. */
  public Tensor interpolate() {
    return interpolate((long[]) null, (Double) null, "nearest", (Boolean) null);
  }

  /** Resizes the spatial dims to size (or scale_factor times): mode "nearest", "linear" (3-D input) or "bilinear" (4-D input). ({@code this} is the schema's {@code input}.) Defaults: scaleFactor = None, mode = "nearest", alignCorners = None. */
  public Tensor interpolate(long[] size) {
    return interpolate(size, (Double) null, "nearest", (Boolean) null);
  }

  /** Resizes the spatial dims to size (or scale_factor times): mode "nearest", "linear" (3-D input) or "bilinear" (4-D input). ({@code this} is the schema's {@code input}.) Defaults: mode = "nearest", alignCorners = None. */
  public Tensor interpolate(long[] size, Double scaleFactor) {
    return interpolate(size, scaleFactor, "nearest", (Boolean) null);
  }

  /** Resizes the spatial dims to size (or scale_factor times): mode "nearest", "linear" (3-D input) or "bilinear" (4-D input). ({@code this} is the schema's {@code input}.) Defaults: alignCorners = None. */
  public Tensor interpolate(long[] size, Double scaleFactor, String mode) {
    return interpolate(size, scaleFactor, mode, (Boolean) null);
  }

  /** Resizes the spatial dims to size (or scale_factor times): mode "nearest", "linear" (3-D input) or "bilinear" (4-D input). ({@code this} is the schema's {@code input}.) */
  public Tensor interpolate(long[] size, Double scaleFactor, String mode, Boolean alignCorners) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_interpolate(handle(), size, size == null ? 0 : size.length, scaleFactor == null ? null : new double[] {scaleFactor}, mode, alignCorners == null ? null : new int[] {alignCorners ? 1 : 0}, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Tensor.wrap(r[0]);
  }

  /** Cross entropy of logits (classes in dim 1) against class indices or class probabilities, with class weights, ignore_index and label smoothing. ({@code this} is the schema's {@code input}.) Defaults: weight = None, ignoreIndex = -100, reduction = "mean", labelSmoothing = 0.0. */
  public Tensor crossEntropy(Tensor target) {
    return crossEntropy(target, (Tensor) null, -100L, "mean", 0.0);
  }

  /** Cross entropy of logits (classes in dim 1) against class indices or class probabilities, with class weights, ignore_index and label smoothing. ({@code this} is the schema's {@code input}.) Defaults: ignoreIndex = -100, reduction = "mean", labelSmoothing = 0.0. */
  public Tensor crossEntropy(Tensor target, Tensor weight) {
    return crossEntropy(target, weight, -100L, "mean", 0.0);
  }

  /** Cross entropy of logits (classes in dim 1) against class indices or class probabilities, with class weights, ignore_index and label smoothing. ({@code this} is the schema's {@code input}.) Defaults: reduction = "mean", labelSmoothing = 0.0. */
  public Tensor crossEntropy(Tensor target, Tensor weight, long ignoreIndex) {
    return crossEntropy(target, weight, ignoreIndex, "mean", 0.0);
  }

  /** Cross entropy of logits (classes in dim 1) against class indices or class probabilities, with class weights, ignore_index and label smoothing. ({@code this} is the schema's {@code input}.) Defaults: labelSmoothing = 0.0. */
  public Tensor crossEntropy(Tensor target, Tensor weight, long ignoreIndex, String reduction) {
    return crossEntropy(target, weight, ignoreIndex, reduction, 0.0);
  }

  /** Cross entropy of logits (classes in dim 1) against class indices or class probabilities, with class weights, ignore_index and label smoothing. ({@code this} is the schema's {@code input}.) */
  public Tensor crossEntropy(Tensor target, Tensor weight, long ignoreIndex, String reduction, double labelSmoothing) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_cross_entropy(handle(), Tensor.h(target, "target"), Tensor.hOpt(weight), ignoreIndex, reduction, labelSmoothing, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(target);
      Reference.reachabilityFence(weight);
    }
    return Tensor.wrap(r[0]);
  }

  /** Negative log likelihood -weight[t] * input[n, t] of log-probabilities (classes in dim 1); mean divides by the summed weights. ({@code this} is the schema's {@code input}.) Defaults: weight = None, ignoreIndex = -100, reduction = "mean". */
  public Tensor nllLoss(Tensor target) {
    return nllLoss(target, (Tensor) null, -100L, "mean");
  }

  /** Negative log likelihood -weight[t] * input[n, t] of log-probabilities (classes in dim 1); mean divides by the summed weights. ({@code this} is the schema's {@code input}.) Defaults: ignoreIndex = -100, reduction = "mean". */
  public Tensor nllLoss(Tensor target, Tensor weight) {
    return nllLoss(target, weight, -100L, "mean");
  }

  /** Negative log likelihood -weight[t] * input[n, t] of log-probabilities (classes in dim 1); mean divides by the summed weights. ({@code this} is the schema's {@code input}.) Defaults: reduction = "mean". */
  public Tensor nllLoss(Tensor target, Tensor weight, long ignoreIndex) {
    return nllLoss(target, weight, ignoreIndex, "mean");
  }

  /** Negative log likelihood -weight[t] * input[n, t] of log-probabilities (classes in dim 1); mean divides by the summed weights. ({@code this} is the schema's {@code input}.) */
  public Tensor nllLoss(Tensor target, Tensor weight, long ignoreIndex, String reduction) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_nll_loss(handle(), Tensor.h(target, "target"), Tensor.hOpt(weight), ignoreIndex, reduction, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(target);
      Reference.reachabilityFence(weight);
    }
    return Tensor.wrap(r[0]);
  }

  /** Squared error (input - target)^2, reduced by reduction ("none", "mean" or "sum"). ({@code this} is the schema's {@code input}.) Defaults: reduction = "mean". */
  public Tensor mseLoss(Tensor target) {
    return mseLoss(target, "mean");
  }

  /** Squared error (input - target)^2, reduced by reduction ("none", "mean" or "sum"). ({@code this} is the schema's {@code input}.) */
  public Tensor mseLoss(Tensor target, String reduction) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_mse_loss(handle(), Tensor.h(target, "target"), reduction, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(target);
    }
    return Tensor.wrap(r[0]);
  }

  /** Absolute error |input - target|, reduced by reduction. ({@code this} is the schema's {@code input}.) Defaults: reduction = "mean". */
  public Tensor l1Loss(Tensor target) {
    return l1Loss(target, "mean");
  }

  /** Absolute error |input - target|, reduced by reduction. ({@code this} is the schema's {@code input}.) */
  public Tensor l1Loss(Tensor target, String reduction) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_l1_loss(handle(), Tensor.h(target, "target"), reduction, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(target);
    }
    return Tensor.wrap(r[0]);
  }

  /** 0.5 d^2 / beta where |d| &lt; beta, else |d| - 0.5 beta (d = input - target), reduced. ({@code this} is the schema's {@code input}.) Defaults: reduction = "mean", beta = 1.0. */
  public Tensor smoothL1Loss(Tensor target) {
    return smoothL1Loss(target, "mean", 1.0);
  }

  /** 0.5 d^2 / beta where |d| &lt; beta, else |d| - 0.5 beta (d = input - target), reduced. ({@code this} is the schema's {@code input}.) Defaults: beta = 1.0. */
  public Tensor smoothL1Loss(Tensor target, String reduction) {
    return smoothL1Loss(target, reduction, 1.0);
  }

  /** 0.5 d^2 / beta where |d| &lt; beta, else |d| - 0.5 beta (d = input - target), reduced. ({@code this} is the schema's {@code input}.) */
  public Tensor smoothL1Loss(Tensor target, String reduction, double beta) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_smooth_l1_loss(handle(), Tensor.h(target, "target"), reduction, beta, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(target);
    }
    return Tensor.wrap(r[0]);
  }

  /** 0.5 d^2 where |d| &lt;= delta, else delta (|d| - 0.5 delta), reduced. ({@code this} is the schema's {@code input}.) Defaults: reduction = "mean", delta = 1.0. */
  public Tensor huberLoss(Tensor target) {
    return huberLoss(target, "mean", 1.0);
  }

  /** 0.5 d^2 where |d| &lt;= delta, else delta (|d| - 0.5 delta), reduced. ({@code this} is the schema's {@code input}.) Defaults: delta = 1.0. */
  public Tensor huberLoss(Tensor target, String reduction) {
    return huberLoss(target, reduction, 1.0);
  }

  /** 0.5 d^2 where |d| &lt;= delta, else delta (|d| - 0.5 delta), reduced. ({@code this} is the schema's {@code input}.) */
  public Tensor huberLoss(Tensor target, String reduction, double delta) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_huber_loss(handle(), Tensor.h(target, "target"), reduction, delta, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(target);
    }
    return Tensor.wrap(r[0]);
  }

  /** -weight (t log(p) + (1 - t) log(1 - p)) of probabilities p, logs clamped at -100 like PyTorch. ({@code this} is the schema's {@code input}.) Defaults: weight = None, reduction = "mean". */
  public Tensor binaryCrossEntropy(Tensor target) {
    return binaryCrossEntropy(target, (Tensor) null, "mean");
  }

  /** -weight (t log(p) + (1 - t) log(1 - p)) of probabilities p, logs clamped at -100 like PyTorch. ({@code this} is the schema's {@code input}.) Defaults: reduction = "mean". */
  public Tensor binaryCrossEntropy(Tensor target, Tensor weight) {
    return binaryCrossEntropy(target, weight, "mean");
  }

  /** -weight (t log(p) + (1 - t) log(1 - p)) of probabilities p, logs clamped at -100 like PyTorch. ({@code this} is the schema's {@code input}.) */
  public Tensor binaryCrossEntropy(Tensor target, Tensor weight, String reduction) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_binary_cross_entropy(handle(), Tensor.h(target, "target"), Tensor.hOpt(weight), reduction, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(target);
      Reference.reachabilityFence(weight);
    }
    return Tensor.wrap(r[0]);
  }

  /** Binary cross entropy of sigmoid(input) computed stably from logits, with weight and pos_weight. ({@code this} is the schema's {@code input}.) Defaults: weight = None, posWeight = None, reduction = "mean". */
  public Tensor binaryCrossEntropyWithLogits(Tensor target) {
    return binaryCrossEntropyWithLogits(target, (Tensor) null, (Tensor) null, "mean");
  }

  /** Binary cross entropy of sigmoid(input) computed stably from logits, with weight and pos_weight. ({@code this} is the schema's {@code input}.) Defaults: posWeight = None, reduction = "mean". */
  public Tensor binaryCrossEntropyWithLogits(Tensor target, Tensor weight) {
    return binaryCrossEntropyWithLogits(target, weight, (Tensor) null, "mean");
  }

  /** Binary cross entropy of sigmoid(input) computed stably from logits, with weight and pos_weight. ({@code this} is the schema's {@code input}.) Defaults: reduction = "mean". */
  public Tensor binaryCrossEntropyWithLogits(Tensor target, Tensor weight, Tensor posWeight) {
    return binaryCrossEntropyWithLogits(target, weight, posWeight, "mean");
  }

  /** Binary cross entropy of sigmoid(input) computed stably from logits, with weight and pos_weight. ({@code this} is the schema's {@code input}.) */
  public Tensor binaryCrossEntropyWithLogits(Tensor target, Tensor weight, Tensor posWeight, String reduction) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_binary_cross_entropy_with_logits(handle(), Tensor.h(target, "target"), Tensor.hOpt(weight), Tensor.hOpt(posWeight), reduction, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(target);
      Reference.reachabilityFence(weight);
      Reference.reachabilityFence(posWeight);
    }
    return Tensor.wrap(r[0]);
  }

  /** target (log(target) - input) pointwise (input is log-probabilities; log_target gives target as logs), reduced. ({@code this} is the schema's {@code input}.) Defaults: reduction = "mean", logTarget = False. */
  public Tensor klDiv(Tensor target) {
    return klDiv(target, "mean", false);
  }

  /** target (log(target) - input) pointwise (input is log-probabilities; log_target gives target as logs), reduced. ({@code this} is the schema's {@code input}.) Defaults: logTarget = False. */
  public Tensor klDiv(Tensor target, String reduction) {
    return klDiv(target, reduction, false);
  }

  /** target (log(target) - input) pointwise (input is log-probabilities; log_target gives target as logs), reduced. ({@code this} is the schema's {@code input}.) */
  public Tensor klDiv(Tensor target, String reduction, boolean logTarget) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_kl_div(handle(), Tensor.h(target, "target"), reduction, logTarget ? 1 : 0, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(target);
    }
    return Tensor.wrap(r[0]);
  }
}
