// generated from codegen/ops.yaml by codegen/gen.py - do not edit

// Declarations of every schema op; index.d.ts merges TensorOps into Tensor and
// re-exports the functions.
import type { Tensor, DType } from './index';

/** Every schema op as a Tensor method (self is the tensor). */
export interface TensorOps {
  /** Negative of each element (-x). (`neg`) */
  neg(): Tensor;
  /** Negative of each element (-x). (`neg_`) */
  neg_(): Tensor;
  /** Absolute value of each element. (`abs`) */
  abs(): Tensor;
  /** Absolute value of each element. (`abs_`) */
  abs_(): Tensor;
  /** Sign of each element: -1, 0 or 1 (0 for NaN). (`sign`) */
  sign(): Tensor;
  /** Sign of each element: -1, 0 or 1 (0 for NaN). (`sign_`) */
  sign_(): Tensor;
  /** e raised to each element; integer inputs give the default float dtype. (`exp`) */
  exp(): Tensor;
  /** e raised to each element; integer inputs give the default float dtype. (`exp_`) */
  exp_(): Tensor;
  /** 2 raised to each element. (`exp2`) */
  exp2(): Tensor;
  /** 2 raised to each element. (`exp2_`) */
  exp2_(): Tensor;
  /** exp(x) - 1, accurate near zero. (`expm1`) */
  expm1(): Tensor;
  /** exp(x) - 1, accurate near zero. (`expm1_`) */
  expm1_(): Tensor;
  /** Natural logarithm of each element. (`log`) */
  log(): Tensor;
  /** Natural logarithm of each element. (`log_`) */
  log_(): Tensor;
  /** Base-2 logarithm of each element. (`log2`) */
  log2(): Tensor;
  /** Base-2 logarithm of each element. (`log2_`) */
  log2_(): Tensor;
  /** Base-10 logarithm of each element. (`log10`) */
  log10(): Tensor;
  /** Base-10 logarithm of each element. (`log10_`) */
  log10_(): Tensor;
  /** log(1 + x), accurate near zero. (`log1p`) */
  log1p(): Tensor;
  /** log(1 + x), accurate near zero. (`log1p_`) */
  log1p_(): Tensor;
  /** Square root of each element. (`sqrt`) */
  sqrt(): Tensor;
  /** Square root of each element. (`sqrt_`) */
  sqrt_(): Tensor;
  /** Reciprocal square root 1 / sqrt(x). (`rsqrt`) */
  rsqrt(): Tensor;
  /** Reciprocal square root 1 / sqrt(x). (`rsqrt_`) */
  rsqrt_(): Tensor;
  /** Reciprocal 1 / x. (`reciprocal`) */
  reciprocal(): Tensor;
  /** Reciprocal 1 / x. (`reciprocal_`) */
  reciprocal_(): Tensor;
  /** Sine of each element (radians). (`sin`) */
  sin(): Tensor;
  /** Sine of each element (radians). (`sin_`) */
  sin_(): Tensor;
  /** Cosine of each element (radians). (`cos`) */
  cos(): Tensor;
  /** Cosine of each element (radians). (`cos_`) */
  cos_(): Tensor;
  /** Tangent of each element (radians). (`tan`) */
  tan(): Tensor;
  /** Tangent of each element (radians). (`tan_`) */
  tan_(): Tensor;
  /** Arcsine of each element. (`asin`) */
  asin(): Tensor;
  /** Arcsine of each element. (`asin_`) */
  asin_(): Tensor;
  /** Arccosine of each element. (`acos`) */
  acos(): Tensor;
  /** Arccosine of each element. (`acos_`) */
  acos_(): Tensor;
  /** Arctangent of each element. (`atan`) */
  atan(): Tensor;
  /** Arctangent of each element. (`atan_`) */
  atan_(): Tensor;
  /** Hyperbolic sine of each element. (`sinh`) */
  sinh(): Tensor;
  /** Hyperbolic sine of each element. (`sinh_`) */
  sinh_(): Tensor;
  /** Hyperbolic cosine of each element. (`cosh`) */
  cosh(): Tensor;
  /** Hyperbolic cosine of each element. (`cosh_`) */
  cosh_(): Tensor;
  /** Hyperbolic tangent of each element. (`tanh`) */
  tanh(): Tensor;
  /** Hyperbolic tangent of each element. (`tanh_`) */
  tanh_(): Tensor;
  /** Logistic sigmoid 1 / (1 + exp(-x)). (`sigmoid`) */
  sigmoid(): Tensor;
  /** Logistic sigmoid 1 / (1 + exp(-x)). (`sigmoid_`) */
  sigmoid_(): Tensor;
  /** Rectified linear unit max(x, 0). (`relu`) */
  relu(): Tensor;
  /** Rectified linear unit max(x, 0). (`relu_`) */
  relu_(): Tensor;
  /** min(max(x, 0), 6). (`relu6_`) */
  relu6_(): Tensor;
  /** x where x > 0, else negative_slope * x. (`leaky_relu_`) */
  leakyRelu_(negativeSlope?: number | boolean): Tensor;
  /** x where x > 0, else negative_slope * x. (`leaky_relu_`) */
  leakyRelu_(options: { negativeSlope?: number | boolean }): Tensor;
  /** scale * x where x > 0, else scale * alpha * (exp(input_scale * x) - 1). (`elu_`) */
  elu_(alpha?: number | boolean, scale?: number | boolean, inputScale?: number | boolean): Tensor;
  /** scale * x where x > 0, else scale * alpha * (exp(input_scale * x) - 1). (`elu_`) */
  elu_(options: { alpha?: number | boolean; scale?: number | boolean; inputScale?: number | boolean }): Tensor;
  /** Scaled ELU with the self-normalizing constants alpha = 1.6733, scale = 1.0507. (`selu_`) */
  selu_(): Tensor;
  /** Gaussian error linear unit x * Phi(x); approximate "tanh" uses the tanh formula. (`gelu_`) */
  gelu_(approximate?: string): Tensor;
  /** Gaussian error linear unit x * Phi(x); approximate "tanh" uses the tanh formula. (`gelu_`) */
  gelu_(options: { approximate?: string }): Tensor;
  /** x * sigmoid(x) (swish). (`silu_`) */
  silu_(): Tensor;
  /** x * tanh(softplus(x)). (`mish_`) */
  mish_(): Tensor;
  /** x * relu6(x + 3) / 6. (`hardswish_`) */
  hardswish_(): Tensor;
  /** relu6(x + 3) / 6. (`hardsigmoid_`) */
  hardsigmoid_(): Tensor;
  /** Gauss error function of each element. (`erf`) */
  erf(): Tensor;
  /** Gauss error function of each element. (`erf_`) */
  erf_(): Tensor;
  /** Inverse of the error function on (-1, 1). (`erfinv`) */
  erfinv(): Tensor;
  /** Inverse of the error function on (-1, 1). (`erfinv_`) */
  erfinv_(): Tensor;
  /** Largest integer not above each element (integers unchanged). (`floor`) */
  floor(): Tensor;
  /** Largest integer not above each element (integers unchanged). (`floor_`) */
  floor_(): Tensor;
  /** Smallest integer not below each element (integers unchanged). (`ceil`) */
  ceil(): Tensor;
  /** Smallest integer not below each element (integers unchanged). (`ceil_`) */
  ceil_(): Tensor;
  /** Nearest integer to each element, ties to even (integers unchanged). (`round`) */
  round(): Tensor;
  /** Rounds to the given number of decimals (negative: to tens, hundreds...), ties to even. (`round.decimals`) */
  round(decimals: number): Tensor;
  /** Nearest integer to each element, ties to even (integers unchanged). (`round_`) */
  round_(): Tensor;
  /** Rounds to the given number of decimals (negative: to tens, hundreds...), ties to even. (`round_.decimals`) */
  round_(decimals: number): Tensor;
  /** Each element rounded toward zero (integers unchanged). (`trunc`) */
  trunc(): Tensor;
  /** Each element rounded toward zero (integers unchanged). (`trunc_`) */
  trunc_(): Tensor;
  /** Fractional part x - trunc(x). (`frac`) */
  frac(): Tensor;
  /** Fractional part x - trunc(x). (`frac_`) */
  frac_(): Tensor;
  /** True where the element is NaN. (`isnan`) */
  isnan(): Tensor;
  /** True where the element is +inf or -inf. (`isinf`) */
  isinf(): Tensor;
  /** True where the element is neither NaN nor infinite. (`isfinite`) */
  isfinite(): Tensor;
  /** Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value). (`nan_to_num`) */
  nanToNum(nan?: number | null, posinf?: number | null, neginf?: number | null): Tensor;
  /** Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value). (`nan_to_num`) */
  nanToNum(options: { nan?: number | null; posinf?: number | null; neginf?: number | null }): Tensor;
  /** Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value). (`nan_to_num_`) */
  nanToNum_(nan?: number | null, posinf?: number | null, neginf?: number | null): Tensor;
  /** Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value). (`nan_to_num_`) */
  nanToNum_(options: { nan?: number | null; posinf?: number | null; neginf?: number | null }): Tensor;
  /** True where the element is zero (bool result). (`logical_not`) */
  logicalNot(): Tensor;
  /** True where the element is zero (bool result). (`logical_not_`) */
  logicalNot_(): Tensor;
  /** Bitwise NOT of integer elements (logical NOT for bool). (`bitwise_not`) */
  bitwiseNot(): Tensor;
  /** Bitwise NOT of integer elements (logical NOT for bool). (`bitwise_not_`) */
  bitwiseNot_(): Tensor;
  /** self + alpha * other, broadcasting, with PyTorch type promotion. (`add.Tensor`) */
  add(other: Tensor, alpha?: number | boolean): Tensor;
  /** self + alpha * other, broadcasting, with PyTorch type promotion. (`add.Tensor`) */
  add(other: Tensor, options: { alpha?: number | boolean }): Tensor;
  /** self + alpha * other for a Scalar other. (`add.Scalar`) */
  add(other: number | boolean, alpha?: number | boolean): Tensor;
  /** self + alpha * other for a Scalar other. (`add.Scalar`) */
  add(other: number | boolean, options: { alpha?: number | boolean }): Tensor;
  /** self + alpha * other, broadcasting, with PyTorch type promotion. (`add_.Tensor`) */
  add_(other: Tensor, alpha?: number | boolean): Tensor;
  /** self + alpha * other, broadcasting, with PyTorch type promotion. (`add_.Tensor`) */
  add_(other: Tensor, options: { alpha?: number | boolean }): Tensor;
  /** self + alpha * other for a Scalar other. (`add_.Scalar`) */
  add_(other: number | boolean, alpha?: number | boolean): Tensor;
  /** self + alpha * other for a Scalar other. (`add_.Scalar`) */
  add_(other: number | boolean, options: { alpha?: number | boolean }): Tensor;
  /** self - alpha * other, broadcasting (not for bool tensors). (`sub.Tensor`) */
  sub(other: Tensor, alpha?: number | boolean): Tensor;
  /** self - alpha * other, broadcasting (not for bool tensors). (`sub.Tensor`) */
  sub(other: Tensor, options: { alpha?: number | boolean }): Tensor;
  /** self - alpha * other for a Scalar other. (`sub.Scalar`) */
  sub(other: number | boolean, alpha?: number | boolean): Tensor;
  /** self - alpha * other for a Scalar other. (`sub.Scalar`) */
  sub(other: number | boolean, options: { alpha?: number | boolean }): Tensor;
  /** self - alpha * other, broadcasting (not for bool tensors). (`sub_.Tensor`) */
  sub_(other: Tensor, alpha?: number | boolean): Tensor;
  /** self - alpha * other, broadcasting (not for bool tensors). (`sub_.Tensor`) */
  sub_(other: Tensor, options: { alpha?: number | boolean }): Tensor;
  /** self - alpha * other for a Scalar other. (`sub_.Scalar`) */
  sub_(other: number | boolean, alpha?: number | boolean): Tensor;
  /** self - alpha * other for a Scalar other. (`sub_.Scalar`) */
  sub_(other: number | boolean, options: { alpha?: number | boolean }): Tensor;
  /** Elementwise product, broadcasting. (`mul.Tensor`) */
  mul(other: Tensor): Tensor;
  /** Each element times a Scalar. (`mul.Scalar`) */
  mul(other: number | boolean): Tensor;
  /** Elementwise product, broadcasting. (`mul_.Tensor`) */
  mul_(other: Tensor): Tensor;
  /** Each element times a Scalar. (`mul_.Scalar`) */
  mul_(other: number | boolean): Tensor;
  /** True division; integer inputs give the default float dtype. (`div.Tensor`) */
  div(other: Tensor): Tensor;
  /** True division by a Scalar. (`div.Scalar`) */
  div(other: number | boolean): Tensor;
  /** Division rounded by rounding_mode: None (true division), "trunc" or "floor". (`div.Tensor_mode`) */
  div(other: Tensor, roundingMode: string | null): Tensor;
  /** Division by a Scalar rounded by rounding_mode: None, "trunc" or "floor". (`div.Scalar_mode`) */
  div(other: number | boolean, roundingMode: string | null): Tensor;
  /** True division; integer inputs give the default float dtype. (`div_.Tensor`) */
  div_(other: Tensor): Tensor;
  /** True division by a Scalar. (`div_.Scalar`) */
  div_(other: number | boolean): Tensor;
  /** Division rounded by rounding_mode: None (true division), "trunc" or "floor". (`div_.Tensor_mode`) */
  div_(other: Tensor, roundingMode: string | null): Tensor;
  /** Division by a Scalar rounded by rounding_mode: None, "trunc" or "floor". (`div_.Scalar_mode`) */
  div_(other: number | boolean, roundingMode: string | null): Tensor;
  /** Division rounded toward negative infinity (Python //). (`floor_divide`) */
  floorDivide(other: Tensor): Tensor;
  /** Floor division by a Scalar. (`floor_divide.Scalar`) */
  floorDivide(other: number | boolean): Tensor;
  /** Division rounded toward negative infinity (Python //). (`floor_divide_`) */
  floorDivide_(other: Tensor): Tensor;
  /** Floor division by a Scalar. (`floor_divide_.Scalar`) */
  floorDivide_(other: number | boolean): Tensor;
  /** Python-style modulus: the result has the sign of the divisor. (`remainder.Tensor`) */
  remainder(other: Tensor): Tensor;
  /** Python-style modulus by a Scalar. (`remainder.Scalar`) */
  remainder(other: number | boolean): Tensor;
  /** Python-style modulus: the result has the sign of the divisor. (`remainder_.Tensor`) */
  remainder_(other: Tensor): Tensor;
  /** Python-style modulus by a Scalar. (`remainder_.Scalar`) */
  remainder_(other: number | boolean): Tensor;
  /** C-style modulus: the result has the sign of the dividend. (`fmod.Tensor`) */
  fmod(other: Tensor): Tensor;
  /** C-style modulus by a Scalar. (`fmod.Scalar`) */
  fmod(other: number | boolean): Tensor;
  /** C-style modulus: the result has the sign of the dividend. (`fmod_.Tensor`) */
  fmod_(other: Tensor): Tensor;
  /** C-style modulus by a Scalar. (`fmod_.Scalar`) */
  fmod_(other: number | boolean): Tensor;
  /** self raised to exponent elementwise. (`pow.Tensor_Tensor`) */
  pow(exponent: Tensor): Tensor;
  /** Each element raised to a Scalar exponent. (`pow.Tensor_Scalar`) */
  pow(exponent: number | boolean): Tensor;
  /** self raised to exponent elementwise. (`pow_.Tensor_Tensor`) */
  pow_(exponent: Tensor): Tensor;
  /** Each element raised to a Scalar exponent. (`pow_.Tensor_Scalar`) */
  pow_(exponent: number | boolean): Tensor;
  /** Arctangent of self / other in the right quadrant; integers give the default float dtype. (`atan2`) */
  atan2(other: Tensor): Tensor;
  /** Arctangent of self / other in the right quadrant; integers give the default float dtype. (`atan2_`) */
  atan2_(other: Tensor): Tensor;
  /** Elementwise maximum; NaN if either is NaN. (`maximum`) */
  maximum(other: Tensor): Tensor;
  /** Elementwise minimum; NaN if either is NaN. (`minimum`) */
  minimum(other: Tensor): Tensor;
  /** self == other elementwise (bool result). (`eq.Tensor`) */
  eq(other: Tensor): Tensor;
  /** self == a Scalar elementwise (bool result). (`eq.Scalar`) */
  eq(other: number | boolean): Tensor;
  /** self == other elementwise (bool result). (`eq_.Tensor`) */
  eq_(other: Tensor): Tensor;
  /** self == a Scalar elementwise (bool result). (`eq_.Scalar`) */
  eq_(other: number | boolean): Tensor;
  /** self != other elementwise (bool result). (`ne.Tensor`) */
  ne(other: Tensor): Tensor;
  /** self != a Scalar elementwise (bool result). (`ne.Scalar`) */
  ne(other: number | boolean): Tensor;
  /** self != other elementwise (bool result). (`ne_.Tensor`) */
  ne_(other: Tensor): Tensor;
  /** self != a Scalar elementwise (bool result). (`ne_.Scalar`) */
  ne_(other: number | boolean): Tensor;
  /** self < other elementwise (bool result). (`lt.Tensor`) */
  lt(other: Tensor): Tensor;
  /** self < a Scalar elementwise (bool result). (`lt.Scalar`) */
  lt(other: number | boolean): Tensor;
  /** self < other elementwise (bool result). (`lt_.Tensor`) */
  lt_(other: Tensor): Tensor;
  /** self < a Scalar elementwise (bool result). (`lt_.Scalar`) */
  lt_(other: number | boolean): Tensor;
  /** self <= other elementwise (bool result). (`le.Tensor`) */
  le(other: Tensor): Tensor;
  /** self <= a Scalar elementwise (bool result). (`le.Scalar`) */
  le(other: number | boolean): Tensor;
  /** self <= other elementwise (bool result). (`le_.Tensor`) */
  le_(other: Tensor): Tensor;
  /** self <= a Scalar elementwise (bool result). (`le_.Scalar`) */
  le_(other: number | boolean): Tensor;
  /** self > other elementwise (bool result). (`gt.Tensor`) */
  gt(other: Tensor): Tensor;
  /** self > a Scalar elementwise (bool result). (`gt.Scalar`) */
  gt(other: number | boolean): Tensor;
  /** self > other elementwise (bool result). (`gt_.Tensor`) */
  gt_(other: Tensor): Tensor;
  /** self > a Scalar elementwise (bool result). (`gt_.Scalar`) */
  gt_(other: number | boolean): Tensor;
  /** self >= other elementwise (bool result). (`ge.Tensor`) */
  ge(other: Tensor): Tensor;
  /** self >= a Scalar elementwise (bool result). (`ge.Scalar`) */
  ge(other: number | boolean): Tensor;
  /** self >= other elementwise (bool result). (`ge_.Tensor`) */
  ge_(other: Tensor): Tensor;
  /** self >= a Scalar elementwise (bool result). (`ge_.Scalar`) */
  ge_(other: number | boolean): Tensor;
  /** Elementwise AND of truth values (nonzero is true; bool result). (`logical_and`) */
  logicalAnd(other: Tensor): Tensor;
  /** Elementwise AND of truth values (nonzero is true; bool result). (`logical_and_`) */
  logicalAnd_(other: Tensor): Tensor;
  /** Elementwise OR of truth values (bool result). (`logical_or`) */
  logicalOr(other: Tensor): Tensor;
  /** Elementwise OR of truth values (bool result). (`logical_or_`) */
  logicalOr_(other: Tensor): Tensor;
  /** Elementwise XOR of truth values (bool result). (`logical_xor`) */
  logicalXor(other: Tensor): Tensor;
  /** Elementwise XOR of truth values (bool result). (`logical_xor_`) */
  logicalXor_(other: Tensor): Tensor;
  /** Bitwise AND of integer or bool tensors. (`bitwise_and.Tensor`) */
  bitwiseAnd(other: Tensor): Tensor;
  /** Bitwise AND with an integer or bool Scalar. (`bitwise_and.Scalar`) */
  bitwiseAnd(other: number | boolean): Tensor;
  /** Bitwise AND of integer or bool tensors. (`bitwise_and_.Tensor`) */
  bitwiseAnd_(other: Tensor): Tensor;
  /** Bitwise AND with an integer or bool Scalar. (`bitwise_and_.Scalar`) */
  bitwiseAnd_(other: number | boolean): Tensor;
  /** Bitwise OR of integer or bool tensors. (`bitwise_or.Tensor`) */
  bitwiseOr(other: Tensor): Tensor;
  /** Bitwise OR with an integer or bool Scalar. (`bitwise_or.Scalar`) */
  bitwiseOr(other: number | boolean): Tensor;
  /** Bitwise OR of integer or bool tensors. (`bitwise_or_.Tensor`) */
  bitwiseOr_(other: Tensor): Tensor;
  /** Bitwise OR with an integer or bool Scalar. (`bitwise_or_.Scalar`) */
  bitwiseOr_(other: number | boolean): Tensor;
  /** Bitwise XOR of integer or bool tensors. (`bitwise_xor.Tensor`) */
  bitwiseXor(other: Tensor): Tensor;
  /** Bitwise XOR with an integer or bool Scalar. (`bitwise_xor.Scalar`) */
  bitwiseXor(other: number | boolean): Tensor;
  /** Bitwise XOR of integer or bool tensors. (`bitwise_xor_.Tensor`) */
  bitwiseXor_(other: Tensor): Tensor;
  /** Bitwise XOR with an integer or bool Scalar. (`bitwise_xor_.Scalar`) */
  bitwiseXor_(other: number | boolean): Tensor;
  /** Each element limited to [min, max] (min > max gives max); NaN stays NaN. (`clamp`) */
  clamp(min?: number | boolean | null, max?: number | boolean | null): Tensor;
  /** Each element limited to [min, max] (min > max gives max); NaN stays NaN. (`clamp`) */
  clamp(options: { min?: number | boolean | null; max?: number | boolean | null }): Tensor;
  /** Each element limited by broadcast min and max tensors (NaN bounds propagate). (`clamp.Tensor`) */
  clamp(min?: Tensor | null, max?: Tensor | null): Tensor;
  /** Each element limited by broadcast min and max tensors (NaN bounds propagate). (`clamp.Tensor`) */
  clamp(options: { min?: Tensor | null; max?: Tensor | null }): Tensor;
  /** Each element limited to [min, max] (min > max gives max); NaN stays NaN. (`clamp_`) */
  clamp_(min?: number | boolean | null, max?: number | boolean | null): Tensor;
  /** Each element limited to [min, max] (min > max gives max); NaN stays NaN. (`clamp_`) */
  clamp_(options: { min?: number | boolean | null; max?: number | boolean | null }): Tensor;
  /** Each element limited by broadcast min and max tensors (NaN bounds propagate). (`clamp_.Tensor`) */
  clamp_(min?: Tensor | null, max?: Tensor | null): Tensor;
  /** Each element limited by broadcast min and max tensors (NaN bounds propagate). (`clamp_.Tensor`) */
  clamp_(options: { min?: Tensor | null; max?: Tensor | null }): Tensor;
  /** Linear interpolation self + weight * (end - self). (`lerp.Scalar`) */
  lerp(end: Tensor, weight: number | boolean): Tensor;
  /** Linear interpolation with a broadcast weight tensor. (`lerp.Tensor`) */
  lerp(end: Tensor, weight: Tensor): Tensor;
  /** Linear interpolation self + weight * (end - self). (`lerp_.Scalar`) */
  lerp_(end: Tensor, weight: number | boolean): Tensor;
  /** Linear interpolation with a broadcast weight tensor. (`lerp_.Tensor`) */
  lerp_(end: Tensor, weight: Tensor): Tensor;
  /** self + value * tensor1 * tensor2. (`addcmul`) */
  addcmul(tensor1: Tensor, tensor2: Tensor, value?: number | boolean): Tensor;
  /** self + value * tensor1 * tensor2. (`addcmul`) */
  addcmul(tensor1: Tensor, tensor2: Tensor, options: { value?: number | boolean }): Tensor;
  /** self + value * tensor1 * tensor2. (`addcmul_`) */
  addcmul_(tensor1: Tensor, tensor2: Tensor, value?: number | boolean): Tensor;
  /** self + value * tensor1 * tensor2. (`addcmul_`) */
  addcmul_(tensor1: Tensor, tensor2: Tensor, options: { value?: number | boolean }): Tensor;
  /** self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error). (`addcdiv`) */
  addcdiv(tensor1: Tensor, tensor2: Tensor, value?: number | boolean): Tensor;
  /** self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error). (`addcdiv`) */
  addcdiv(tensor1: Tensor, tensor2: Tensor, options: { value?: number | boolean }): Tensor;
  /** self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error). (`addcdiv_`) */
  addcdiv_(tensor1: Tensor, tensor2: Tensor, value?: number | boolean): Tensor;
  /** self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error). (`addcdiv_`) */
  addcdiv_(tensor1: Tensor, tensor2: Tensor, options: { value?: number | boolean }): Tensor;
  /** Sum over dims (None or [] = all); integers and bool sum to int64 unless dtype is given. (`sum`) */
  sum(dim?: number | number[] | null, keepdim?: boolean, dtype?: DType | null): Tensor;
  /** Sum over dims (None or [] = all); integers and bool sum to int64 unless dtype is given. (`sum`) */
  sum(options: { dim?: number | number[] | null; keepdim?: boolean; dtype?: DType | null }): Tensor;
  /** Arithmetic mean over dims (None or [] = all); nan for an empty reduction. (`mean`) */
  mean(dim?: number | number[] | null, keepdim?: boolean, dtype?: DType | null): Tensor;
  /** Arithmetic mean over dims (None or [] = all); nan for an empty reduction. (`mean`) */
  mean(options: { dim?: number | number[] | null; keepdim?: boolean; dtype?: DType | null }): Tensor;
  /** Product over dims (None = all); integers and bool multiply to int64 unless dtype is given. (`prod`) */
  prod(dim?: number | number[] | null, keepdim?: boolean, dtype?: DType | null): Tensor;
  /** Product over dims (None = all); integers and bool multiply to int64 unless dtype is given. (`prod`) */
  prod(options: { dim?: number | number[] | null; keepdim?: boolean; dtype?: DType | null }): Tensor;
  /** Variance over dims with sum of squared deviations / max(0, N - correction) (None = 1). (`var`) */
  var(dim?: number | number[] | null, correction?: number | boolean | null, keepdim?: boolean): Tensor;
  /** Variance over dims with sum of squared deviations / max(0, N - correction) (None = 1). (`var`) */
  var(options: { dim?: number | number[] | null; correction?: number | boolean | null; keepdim?: boolean }): Tensor;
  /** Standard deviation over dims, the square root of var with the same correction (None = 1). (`std`) */
  std(dim?: number | number[] | null, correction?: number | boolean | null, keepdim?: boolean): Tensor;
  /** Standard deviation over dims, the square root of var with the same correction (None = 1). (`std`) */
  std(options: { dim?: number | number[] | null; correction?: number | boolean | null; keepdim?: boolean }): Tensor;
  /** Largest element (nan when any element is nan); errors on an empty tensor. (`max`) */
  max(): Tensor;
  /** Largest values along dim and the index of the first of each (nan propagates). (`max.dim`) */
  max(dim: number, keepdim?: boolean): [Tensor, Tensor];
  /** Largest values along dim and the index of the first of each (nan propagates). (`max.dim`) */
  max(dim: number, options: { keepdim?: boolean }): [Tensor, Tensor];
  /** Smallest element (nan when any element is nan); errors on an empty tensor. (`min`) */
  min(): Tensor;
  /** Smallest values along dim and the index of the first of each (nan propagates). (`min.dim`) */
  min(dim: number, keepdim?: boolean): [Tensor, Tensor];
  /** Smallest values along dim and the index of the first of each (nan propagates). (`min.dim`) */
  min(dim: number, options: { keepdim?: boolean }): [Tensor, Tensor];
  /** Largest values over dims ([] = all), nan propagating; reduced dims must be non-empty. (`amax`) */
  amax(dim?: number | number[], keepdim?: boolean): Tensor;
  /** Largest values over dims ([] = all), nan propagating; reduced dims must be non-empty. (`amax`) */
  amax(options: { dim?: number | number[]; keepdim?: boolean }): Tensor;
  /** Smallest values over dims ([] = all), nan propagating; reduced dims must be non-empty. (`amin`) */
  amin(dim?: number | number[], keepdim?: boolean): Tensor;
  /** Smallest values over dims ([] = all), nan propagating; reduced dims must be non-empty. (`amin`) */
  amin(options: { dim?: number | number[]; keepdim?: boolean }): Tensor;
  /** Index of the first largest value along dim (None = of the flattened tensor; nan is largest). (`argmax`) */
  argmax(dim?: number | null, keepdim?: boolean): Tensor;
  /** Index of the first largest value along dim (None = of the flattened tensor; nan is largest). (`argmax`) */
  argmax(options: { dim?: number | null; keepdim?: boolean }): Tensor;
  /** Index of the first smallest value along dim (None = of the flattened tensor; nan is smallest). (`argmin`) */
  argmin(dim?: number | null, keepdim?: boolean): Tensor;
  /** Index of the first smallest value along dim (None = of the flattened tensor; nan is smallest). (`argmin`) */
  argmin(options: { dim?: number | null; keepdim?: boolean }): Tensor;
  /** log(sum(exp(x))) over dims, computed stably; integers give the default float dtype. (`logsumexp`) */
  logsumexp(dim: number | number[], keepdim?: boolean): Tensor;
  /** log(sum(exp(x))) over dims, computed stably; integers give the default float dtype. (`logsumexp`) */
  logsumexp(dim: number | number[], options: { keepdim?: boolean }): Tensor;
  /** True (bool) where every element over dims is nonzero; true for an empty reduction. (`all`) */
  all(dim?: number | number[] | null, keepdim?: boolean): Tensor;
  /** True (bool) where every element over dims is nonzero; true for an empty reduction. (`all`) */
  all(options: { dim?: number | number[] | null; keepdim?: boolean }): Tensor;
  /** True (bool) where some element over dims is nonzero; false for an empty reduction. (`any`) */
  any(dim?: number | number[] | null, keepdim?: boolean): Tensor;
  /** True (bool) where some element over dims is nonzero; false for an empty reduction. (`any`) */
  any(options: { dim?: number | number[] | null; keepdim?: boolean }): Tensor;
  /** Vector p-norm over dims (None = all); p may be inf, -inf or 0 (count of nonzeros). (`norm`) */
  norm(p?: number | boolean | null, dim?: number | number[] | null, keepdim?: boolean, dtype?: DType | null): Tensor;
  /** Vector p-norm over dims (None = all); p may be inf, -inf or 0 (count of nonzeros). (`norm`) */
  norm(options: { p?: number | boolean | null; dim?: number | number[] | null; keepdim?: boolean; dtype?: DType | null }): Tensor;
  /** Frobenius norm for p = "fro" (the 2-norm over dims, None = all); "nuc" is not supported. (`norm.str`) */
  norm(p: string, dim?: number | number[] | null, keepdim?: boolean, dtype?: DType | null): Tensor;
  /** Frobenius norm for p = "fro" (the 2-norm over dims, None = all); "nuc" is not supported. (`norm.str`) */
  norm(p: string, options: { dim?: number | number[] | null; keepdim?: boolean; dtype?: DType | null }): Tensor;
  /** Number of nonzero elements over dims (None = all), as int64. (`count_nonzero`) */
  countNonzero(dim?: number | number[] | null): Tensor;
  /** Number of nonzero elements over dims (None = all), as int64. (`count_nonzero`) */
  countNonzero(options: { dim?: number | number[] | null }): Tensor;
  /** Running sum along dim; integers and bool give int64 unless dtype is given. (`cumsum`) */
  cumsum(dim: number, dtype?: DType | null): Tensor;
  /** Running sum along dim; integers and bool give int64 unless dtype is given. (`cumsum`) */
  cumsum(dim: number, options: { dtype?: DType | null }): Tensor;
  /** Running sum along dim; integers and bool give int64 unless dtype is given. (`cumsum_`) */
  cumsum_(dim: number, dtype?: DType | null): Tensor;
  /** Running sum along dim; integers and bool give int64 unless dtype is given. (`cumsum_`) */
  cumsum_(dim: number, options: { dtype?: DType | null }): Tensor;
  /** Running product along dim; integers and bool give int64 unless dtype is given. (`cumprod`) */
  cumprod(dim: number, dtype?: DType | null): Tensor;
  /** Running product along dim; integers and bool give int64 unless dtype is given. (`cumprod`) */
  cumprod(dim: number, options: { dtype?: DType | null }): Tensor;
  /** Running product along dim; integers and bool give int64 unless dtype is given. (`cumprod_`) */
  cumprod_(dim: number, dtype?: DType | null): Tensor;
  /** Running product along dim; integers and bool give int64 unless dtype is given. (`cumprod_`) */
  cumprod_(dim: number, options: { dtype?: DType | null }): Tensor;
  /** Values sorted along dim and their original indices; nan sorts last (first when descending). (`sort`) */
  sort(dim?: number, descending?: boolean, stable?: boolean): [Tensor, Tensor];
  /** Values sorted along dim and their original indices; nan sorts last (first when descending). (`sort`) */
  sort(options: { dim?: number; descending?: boolean; stable?: boolean }): [Tensor, Tensor];
  /** Indices that sort self along dim (the indices of sort). (`argsort`) */
  argsort(dim?: number, descending?: boolean, stable?: boolean): Tensor;
  /** Indices that sort self along dim (the indices of sort). (`argsort`) */
  argsort(options: { dim?: number; descending?: boolean; stable?: boolean }): Tensor;
  /** The k largest (or smallest) values along dim and their indices; nan counts as largest. (`topk`) */
  topk(k: number, dim?: number, largest?: boolean, sorted?: boolean): [Tensor, Tensor];
  /** The k largest (or smallest) values along dim and their indices; nan counts as largest. (`topk`) */
  topk(k: number, options: { dim?: number; largest?: boolean; sorted?: boolean }): [Tensor, Tensor];
  /** The k-th smallest value (1-based) along dim and its index; nan counts as largest. (`kthvalue`) */
  kthvalue(k: number, dim?: number, keepdim?: boolean): [Tensor, Tensor];
  /** The k-th smallest value (1-based) along dim and its index; nan counts as largest. (`kthvalue`) */
  kthvalue(k: number, options: { dim?: number; keepdim?: boolean }): [Tensor, Tensor];
  /** Lower median of all elements (nan when any element is nan or the tensor is empty). (`median`) */
  median(): Tensor;
  /** Lower median along dim and its index (nan and its index when the row holds a nan). (`median.dim`) */
  median(dim: number, keepdim?: boolean): [Tensor, Tensor];
  /** Lower median along dim and its index (nan and its index when the row holds a nan). (`median.dim`) */
  median(dim: number, options: { keepdim?: boolean }): [Tensor, Tensor];
  /** Views of self in pieces of split_size along dim (the last piece may be smaller). (`split`) */
  split(splitSize: number, dim?: number): Tensor[];
  /** Views of self in pieces of split_size along dim (the last piece may be smaller). (`split`) */
  split(splitSize: number, options: { dim?: number }): Tensor[];
  /** Views of self in pieces of the given sizes along dim (they must sum to its size). (`split.sizes`) */
  split(splitSize: number | number[], dim?: number): Tensor[];
  /** Views of self in pieces of the given sizes along dim (they must sum to its size). (`split.sizes`) */
  split(splitSize: number | number[], options: { dim?: number }): Tensor[];
  /** Views of self in pieces of the given sizes along dim (they must sum to its size). (`split_with_sizes`) */
  splitWithSizes(splitSizes: number | number[], dim?: number): Tensor[];
  /** Views of self in pieces of the given sizes along dim (they must sum to its size). (`split_with_sizes`) */
  splitWithSizes(splitSizes: number | number[], options: { dim?: number }): Tensor[];
  /** Views of self in at most `chunks` pieces of equal size (ceil) along dim. (`chunk`) */
  chunk(chunks: number, dim?: number): Tensor[];
  /** Views of self in at most `chunks` pieces of equal size (ceil) along dim. (`chunk`) */
  chunk(chunks: number, options: { dim?: number }): Tensor[];
  /** Views of every slice of self along dim, with that dimension removed. (`unbind`) */
  unbind(dim?: number): Tensor[];
  /** Views of every slice of self along dim, with that dimension removed. (`unbind`) */
  unbind(options: { dim?: number }): Tensor[];
  /** Copy of self with the order of elements reversed along dims. (`flip`) */
  flip(dims: number | number[]): Tensor;
  /** Copy of self rolled by shifts along dims (flattened and restored when dims is empty). (`roll`) */
  roll(shifts: number | number[], dims?: number | number[]): Tensor;
  /** Copy of self rolled by shifts along dims (flattened and restored when dims is empty). (`roll`) */
  roll(shifts: number | number[], options: { dims?: number | number[] }): Tensor;
  /** Copy of self tiled repeats[i] times along each dimension (leading new dims allowed). (`repeat`) */
  repeat(repeats: number | number[]): Tensor;
  /** Like repeat, but fewer dims than self.dim() are padded with leading 1s. (`tile`) */
  tile(dims: number | number[]): Tensor;
  /** Repeats each element (or slice along dim) of self repeats[i] times (self is flattened when dim is None). (`repeat_interleave.self_Tensor`) */
  repeatInterleave(repeats: Tensor, dim?: number | null, outputSize?: number | null): Tensor;
  /** Repeats each element (or slice along dim) of self repeats[i] times (self is flattened when dim is None). (`repeat_interleave.self_Tensor`) */
  repeatInterleave(repeats: Tensor, options: { dim?: number | null; outputSize?: number | null }): Tensor;
  /** Repeats each element (or slice along dim) of self `repeats` times (self is flattened when dim is None). (`repeat_interleave.self_int`) */
  repeatInterleave(repeats: number, dim?: number | null, outputSize?: number | null): Tensor;
  /** Repeats each element (or slice along dim) of self `repeats` times (self is flattened when dim is None). (`repeat_interleave.self_int`) */
  repeatInterleave(repeats: number, options: { dim?: number | null; outputSize?: number | null }): Tensor;
  /** Lower triangle of the last two dims of self (elements above `diagonal` zeroed). (`tril`) */
  tril(diagonal?: number): Tensor;
  /** Lower triangle of the last two dims of self (elements above `diagonal` zeroed). (`tril`) */
  tril(options: { diagonal?: number }): Tensor;
  /** Lower triangle of the last two dims of self (elements above `diagonal` zeroed). (`tril_`) */
  tril_(diagonal?: number): Tensor;
  /** Lower triangle of the last two dims of self (elements above `diagonal` zeroed). (`tril_`) */
  tril_(options: { diagonal?: number }): Tensor;
  /** Upper triangle of the last two dims of self (elements below `diagonal` zeroed). (`triu`) */
  triu(diagonal?: number): Tensor;
  /** Upper triangle of the last two dims of self (elements below `diagonal` zeroed). (`triu`) */
  triu(options: { diagonal?: number }): Tensor;
  /** Upper triangle of the last two dims of self (elements below `diagonal` zeroed). (`triu_`) */
  triu_(diagonal?: number): Tensor;
  /** Upper triangle of the last two dims of self (elements below `diagonal` zeroed). (`triu_`) */
  triu_(options: { diagonal?: number }): Tensor;
  /** The slices of self along dim at the positions in the 1-D index (int64 or int32). (`index_select`) */
  indexSelect(dim: number, index: Tensor): Tensor;
  /** out[i][j][k] = self[i][index[i][j][k]][k] for dim=1 (index int64, same rank as self). (`gather`) */
  gather(dim: number, index: Tensor, sparseGrad?: boolean): Tensor;
  /** out[i][j][k] = self[i][index[i][j][k]][k] for dim=1 (index int64, same rank as self). (`gather`) */
  gather(dim: number, index: Tensor, options: { sparseGrad?: boolean }): Tensor;
  /** Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce "add" or "multiply" combines instead). (`scatter.src`) */
  scatter(dim: number, index: Tensor, src: Tensor, reduce?: string | null): Tensor;
  /** Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce "add" or "multiply" combines instead). (`scatter.src`) */
  scatter(dim: number, index: Tensor, src: Tensor, options: { reduce?: string | null }): Tensor;
  /** Copy of self with value written at the positions index selects along dim (reduce "add" or "multiply" combines instead). (`scatter.value`) */
  scatter(dim: number, index: Tensor, value: number | boolean, reduce?: string | null): Tensor;
  /** Copy of self with value written at the positions index selects along dim (reduce "add" or "multiply" combines instead). (`scatter.value`) */
  scatter(dim: number, index: Tensor, value: number | boolean, options: { reduce?: string | null }): Tensor;
  /** Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce "add" or "multiply" combines instead). (`scatter_.src`) */
  scatter_(dim: number, index: Tensor, src: Tensor, reduce?: string | null): Tensor;
  /** Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce "add" or "multiply" combines instead). (`scatter_.src`) */
  scatter_(dim: number, index: Tensor, src: Tensor, options: { reduce?: string | null }): Tensor;
  /** Copy of self with value written at the positions index selects along dim (reduce "add" or "multiply" combines instead). (`scatter_.value`) */
  scatter_(dim: number, index: Tensor, value: number | boolean, reduce?: string | null): Tensor;
  /** Copy of self with value written at the positions index selects along dim (reduce "add" or "multiply" combines instead). (`scatter_.value`) */
  scatter_(dim: number, index: Tensor, value: number | boolean, options: { reduce?: string | null }): Tensor;
  /** Copy of self with src added at the positions index selects along dim (deterministic). (`scatter_add`) */
  scatterAdd(dim: number, index: Tensor, src: Tensor): Tensor;
  /** Copy of self with src added at the positions index selects along dim (deterministic). (`scatter_add_`) */
  scatterAdd_(dim: number, index: Tensor, src: Tensor): Tensor;
  /** Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic). (`index_add`) */
  indexAdd(dim: number, index: Tensor, source: Tensor, alpha?: number | boolean): Tensor;
  /** Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic). (`index_add`) */
  indexAdd(dim: number, index: Tensor, source: Tensor, options: { alpha?: number | boolean }): Tensor;
  /** Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic). (`index_add_`) */
  indexAdd_(dim: number, index: Tensor, source: Tensor, alpha?: number | boolean): Tensor;
  /** Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic). (`index_add_`) */
  indexAdd_(dim: number, index: Tensor, source: Tensor, options: { alpha?: number | boolean }): Tensor;
  /** Copy of self with self[indices] = values (or +=, with accumulate); an undefined index tensor is a full slice. (`index_put`) */
  indexPut(indices: Tensor[], values: Tensor, accumulate?: boolean): Tensor;
  /** Copy of self with self[indices] = values (or +=, with accumulate); an undefined index tensor is a full slice. (`index_put`) */
  indexPut(indices: Tensor[], values: Tensor, options: { accumulate?: boolean }): Tensor;
  /** Copy of self with self[indices] = values (or +=, with accumulate); an undefined index tensor is a full slice. (`index_put_`) */
  indexPut_(indices: Tensor[], values: Tensor, accumulate?: boolean): Tensor;
  /** Copy of self with self[indices] = values (or +=, with accumulate); an undefined index tensor is a full slice. (`index_put_`) */
  indexPut_(indices: Tensor[], values: Tensor, options: { accumulate?: boolean }): Tensor;
  /** Copy of self with value where the boolean mask (broadcast) is true. (`masked_fill.Scalar`) */
  maskedFill(mask: Tensor, value: number | boolean): Tensor;
  /** Copy of self with the 0-dim value where the boolean mask (broadcast) is true. (`masked_fill.Tensor`) */
  maskedFill(mask: Tensor, value: Tensor): Tensor;
  /** Copy of self with value where the boolean mask (broadcast) is true. (`masked_fill_.Scalar`) */
  maskedFill_(mask: Tensor, value: number | boolean): Tensor;
  /** Copy of self with the 0-dim value where the boolean mask (broadcast) is true. (`masked_fill_.Tensor`) */
  maskedFill_(mask: Tensor, value: Tensor): Tensor;
  /** 1-D tensor of the elements of self (broadcast with mask) where mask is true. (`masked_select`) */
  maskedSelect(mask: Tensor): Tensor;
  /** Copy of self with the positions where mask is true filled from source in row-major order. (`masked_scatter`) */
  maskedScatter(mask: Tensor, source: Tensor): Tensor;
  /** Copy of self with the positions where mask is true filled from source in row-major order. (`masked_scatter_`) */
  maskedScatter_(mask: Tensor, source: Tensor): Tensor;
  /** (n, self.dim()) int64 indices of the nonzero elements of self in row-major order. (`nonzero`) */
  nonzero(): Tensor;
  /** Elements of self, treated as 1-D, at the int64 indices in index (result has index's shape). (`take`) */
  take(index: Tensor): Tensor;
  /** Matrix product with NumPy semantics: dot for 1-D x 1-D, matrix-vector, and batched products broadcasting the batch dims. (`matmul`) */
  matmul(other: Tensor): Tensor;
  /** Product of two 2-D matrices. (`mm`) */
  mm(mat2: Tensor): Tensor;
  /** Batched product of two 3-D tensors with the same batch size (no broadcasting). (`bmm`) */
  bmm(mat2: Tensor): Tensor;
  /** beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape. (`addmm`) */
  addmm(mat1: Tensor, mat2: Tensor, beta?: number | boolean, alpha?: number | boolean): Tensor;
  /** beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape. (`addmm`) */
  addmm(mat1: Tensor, mat2: Tensor, options: { beta?: number | boolean; alpha?: number | boolean }): Tensor;
  /** beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape. (`addmm_`) */
  addmm_(mat1: Tensor, mat2: Tensor, beta?: number | boolean, alpha?: number | boolean): Tensor;
  /** beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape. (`addmm_`) */
  addmm_(mat1: Tensor, mat2: Tensor, options: { beta?: number | boolean; alpha?: number | boolean }): Tensor;
  /** beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape. (`baddbmm`) */
  baddbmm(batch1: Tensor, batch2: Tensor, beta?: number | boolean, alpha?: number | boolean): Tensor;
  /** beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape. (`baddbmm`) */
  baddbmm(batch1: Tensor, batch2: Tensor, options: { beta?: number | boolean; alpha?: number | boolean }): Tensor;
  /** beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape. (`baddbmm_`) */
  baddbmm_(batch1: Tensor, batch2: Tensor, beta?: number | boolean, alpha?: number | boolean): Tensor;
  /** beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape. (`baddbmm_`) */
  baddbmm_(batch1: Tensor, batch2: Tensor, options: { beta?: number | boolean; alpha?: number | boolean }): Tensor;
  /** Product of a 2-D matrix and a 1-D vector. (`mv`) */
  mv(vec: Tensor): Tensor;
  /** Inner product of two 1-D tensors of the same length (0-dim result). (`dot`) */
  dot(tensor: Tensor): Tensor;
  /** Outer product of two 1-D tensors (n x m result). (`outer`) */
  outer(vec2: Tensor): Tensor;
  /** exp(x) / sum(exp(x)) along dim, computed with max subtraction; dtype casts the input first. (`softmax`) */
  softmax(dim: number, dtype?: DType | null): Tensor;
  /** exp(x) / sum(exp(x)) along dim, computed with max subtraction; dtype casts the input first. (`softmax`) */
  softmax(dim: number, options: { dtype?: DType | null }): Tensor;
  /** x - logsumexp(x) along dim (numerically stable); dtype casts the input first. (`log_softmax`) */
  logSoftmax(dim: number, dtype?: DType | null): Tensor;
  /** x - logsumexp(x) along dim (numerically stable); dtype casts the input first. (`log_softmax`) */
  logSoftmax(dim: number, options: { dtype?: DType | null }): Tensor;
}

// Every schema op as a function of the module (`ignis.add(a, b)`).
/** Negative of each element (-x). (`neg`) */
export declare function neg(self: Tensor): Tensor;
/** Absolute value of each element. (`abs`) */
export declare function abs(self: Tensor): Tensor;
/** Sign of each element: -1, 0 or 1 (0 for NaN). (`sign`) */
export declare function sign(self: Tensor): Tensor;
/** e raised to each element; integer inputs give the default float dtype. (`exp`) */
export declare function exp(self: Tensor): Tensor;
/** 2 raised to each element. (`exp2`) */
export declare function exp2(self: Tensor): Tensor;
/** exp(x) - 1, accurate near zero. (`expm1`) */
export declare function expm1(self: Tensor): Tensor;
/** Natural logarithm of each element. (`log`) */
export declare function log(self: Tensor): Tensor;
/** Base-2 logarithm of each element. (`log2`) */
export declare function log2(self: Tensor): Tensor;
/** Base-10 logarithm of each element. (`log10`) */
export declare function log10(self: Tensor): Tensor;
/** log(1 + x), accurate near zero. (`log1p`) */
export declare function log1p(self: Tensor): Tensor;
/** Square root of each element. (`sqrt`) */
export declare function sqrt(self: Tensor): Tensor;
/** Reciprocal square root 1 / sqrt(x). (`rsqrt`) */
export declare function rsqrt(self: Tensor): Tensor;
/** Reciprocal 1 / x. (`reciprocal`) */
export declare function reciprocal(self: Tensor): Tensor;
/** Sine of each element (radians). (`sin`) */
export declare function sin(self: Tensor): Tensor;
/** Cosine of each element (radians). (`cos`) */
export declare function cos(self: Tensor): Tensor;
/** Tangent of each element (radians). (`tan`) */
export declare function tan(self: Tensor): Tensor;
/** Arcsine of each element. (`asin`) */
export declare function asin(self: Tensor): Tensor;
/** Arccosine of each element. (`acos`) */
export declare function acos(self: Tensor): Tensor;
/** Arctangent of each element. (`atan`) */
export declare function atan(self: Tensor): Tensor;
/** Hyperbolic sine of each element. (`sinh`) */
export declare function sinh(self: Tensor): Tensor;
/** Hyperbolic cosine of each element. (`cosh`) */
export declare function cosh(self: Tensor): Tensor;
/** Hyperbolic tangent of each element. (`tanh`) */
export declare function tanh(self: Tensor): Tensor;
/** Logistic sigmoid 1 / (1 + exp(-x)). (`sigmoid`) */
export declare function sigmoid(self: Tensor): Tensor;
/** log(sigmoid(x)), computed without overflow. (`logsigmoid`) */
export declare function logsigmoid(self: Tensor): Tensor;
/** Rectified linear unit max(x, 0). (`relu`) */
export declare function relu(self: Tensor): Tensor;
/** min(max(x, 0), 6). (`relu6`) */
export declare function relu6(self: Tensor): Tensor;
/** x where x > 0, else negative_slope * x. (`leaky_relu`) */
export declare function leakyRelu(self: Tensor, negativeSlope?: number | boolean): Tensor;
/** x where x > 0, else negative_slope * x. (`leaky_relu`) */
export declare function leakyRelu(self: Tensor, options: { negativeSlope?: number | boolean }): Tensor;
/** scale * x where x > 0, else scale * alpha * (exp(input_scale * x) - 1). (`elu`) */
export declare function elu(self: Tensor, alpha?: number | boolean, scale?: number | boolean, inputScale?: number | boolean): Tensor;
/** scale * x where x > 0, else scale * alpha * (exp(input_scale * x) - 1). (`elu`) */
export declare function elu(self: Tensor, options: { alpha?: number | boolean; scale?: number | boolean; inputScale?: number | boolean }): Tensor;
/** Scaled ELU with the self-normalizing constants alpha = 1.6733, scale = 1.0507. (`selu`) */
export declare function selu(self: Tensor): Tensor;
/** Gaussian error linear unit x * Phi(x); approximate "tanh" uses the tanh formula. (`gelu`) */
export declare function gelu(self: Tensor, approximate?: string): Tensor;
/** Gaussian error linear unit x * Phi(x); approximate "tanh" uses the tanh formula. (`gelu`) */
export declare function gelu(self: Tensor, options: { approximate?: string }): Tensor;
/** x * sigmoid(x) (swish). (`silu`) */
export declare function silu(self: Tensor): Tensor;
/** x * tanh(softplus(x)). (`mish`) */
export declare function mish(self: Tensor): Tensor;
/** log(1 + exp(beta * x)) / beta, or x where beta * x > threshold. (`softplus`) */
export declare function softplus(self: Tensor, beta?: number | boolean, threshold?: number | boolean): Tensor;
/** log(1 + exp(beta * x)) / beta, or x where beta * x > threshold. (`softplus`) */
export declare function softplus(self: Tensor, options: { beta?: number | boolean; threshold?: number | boolean }): Tensor;
/** x * relu6(x + 3) / 6. (`hardswish`) */
export declare function hardswish(self: Tensor): Tensor;
/** relu6(x + 3) / 6. (`hardsigmoid`) */
export declare function hardsigmoid(self: Tensor): Tensor;
/** Gauss error function of each element. (`erf`) */
export declare function erf(self: Tensor): Tensor;
/** Inverse of the error function on (-1, 1). (`erfinv`) */
export declare function erfinv(self: Tensor): Tensor;
/** Largest integer not above each element (integers unchanged). (`floor`) */
export declare function floor(self: Tensor): Tensor;
/** Smallest integer not below each element (integers unchanged). (`ceil`) */
export declare function ceil(self: Tensor): Tensor;
/** Nearest integer to each element, ties to even (integers unchanged). (`round`) */
export declare function round(self: Tensor): Tensor;
/** Rounds to the given number of decimals (negative: to tens, hundreds...), ties to even. (`round.decimals`) */
export declare function round(self: Tensor, decimals: number): Tensor;
/** Each element rounded toward zero (integers unchanged). (`trunc`) */
export declare function trunc(self: Tensor): Tensor;
/** Fractional part x - trunc(x). (`frac`) */
export declare function frac(self: Tensor): Tensor;
/** True where the element is NaN. (`isnan`) */
export declare function isnan(self: Tensor): Tensor;
/** True where the element is +inf or -inf. (`isinf`) */
export declare function isinf(self: Tensor): Tensor;
/** True where the element is neither NaN nor infinite. (`isfinite`) */
export declare function isfinite(self: Tensor): Tensor;
/** Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value). (`nan_to_num`) */
export declare function nanToNum(self: Tensor, nan?: number | null, posinf?: number | null, neginf?: number | null): Tensor;
/** Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value). (`nan_to_num`) */
export declare function nanToNum(self: Tensor, options: { nan?: number | null; posinf?: number | null; neginf?: number | null }): Tensor;
/** True where the element is zero (bool result). (`logical_not`) */
export declare function logicalNot(self: Tensor): Tensor;
/** Bitwise NOT of integer elements (logical NOT for bool). (`bitwise_not`) */
export declare function bitwiseNot(self: Tensor): Tensor;
/** self + alpha * other, broadcasting, with PyTorch type promotion. (`add.Tensor`) */
export declare function add(self: Tensor, other: Tensor, alpha?: number | boolean): Tensor;
/** self + alpha * other, broadcasting, with PyTorch type promotion. (`add.Tensor`) */
export declare function add(self: Tensor, other: Tensor, options: { alpha?: number | boolean }): Tensor;
/** self + alpha * other for a Scalar other. (`add.Scalar`) */
export declare function add(self: Tensor, other: number | boolean, alpha?: number | boolean): Tensor;
/** self + alpha * other for a Scalar other. (`add.Scalar`) */
export declare function add(self: Tensor, other: number | boolean, options: { alpha?: number | boolean }): Tensor;
/** self - alpha * other, broadcasting (not for bool tensors). (`sub.Tensor`) */
export declare function sub(self: Tensor, other: Tensor, alpha?: number | boolean): Tensor;
/** self - alpha * other, broadcasting (not for bool tensors). (`sub.Tensor`) */
export declare function sub(self: Tensor, other: Tensor, options: { alpha?: number | boolean }): Tensor;
/** self - alpha * other for a Scalar other. (`sub.Scalar`) */
export declare function sub(self: Tensor, other: number | boolean, alpha?: number | boolean): Tensor;
/** self - alpha * other for a Scalar other. (`sub.Scalar`) */
export declare function sub(self: Tensor, other: number | boolean, options: { alpha?: number | boolean }): Tensor;
/** Elementwise product, broadcasting. (`mul.Tensor`) */
export declare function mul(self: Tensor, other: Tensor): Tensor;
/** Each element times a Scalar. (`mul.Scalar`) */
export declare function mul(self: Tensor, other: number | boolean): Tensor;
/** True division; integer inputs give the default float dtype. (`div.Tensor`) */
export declare function div(self: Tensor, other: Tensor): Tensor;
/** True division by a Scalar. (`div.Scalar`) */
export declare function div(self: Tensor, other: number | boolean): Tensor;
/** Division rounded by rounding_mode: None (true division), "trunc" or "floor". (`div.Tensor_mode`) */
export declare function div(self: Tensor, other: Tensor, roundingMode: string | null): Tensor;
/** Division by a Scalar rounded by rounding_mode: None, "trunc" or "floor". (`div.Scalar_mode`) */
export declare function div(self: Tensor, other: number | boolean, roundingMode: string | null): Tensor;
/** Division rounded toward negative infinity (Python //). (`floor_divide`) */
export declare function floorDivide(self: Tensor, other: Tensor): Tensor;
/** Floor division by a Scalar. (`floor_divide.Scalar`) */
export declare function floorDivide(self: Tensor, other: number | boolean): Tensor;
/** Python-style modulus: the result has the sign of the divisor. (`remainder.Tensor`) */
export declare function remainder(self: Tensor, other: Tensor): Tensor;
/** Python-style modulus by a Scalar. (`remainder.Scalar`) */
export declare function remainder(self: Tensor, other: number | boolean): Tensor;
/** Python-style modulus of a Scalar by each element. (`remainder.Scalar_Tensor`) */
export declare function remainder(self: number | boolean, other: Tensor): Tensor;
/** C-style modulus: the result has the sign of the dividend. (`fmod.Tensor`) */
export declare function fmod(self: Tensor, other: Tensor): Tensor;
/** C-style modulus by a Scalar. (`fmod.Scalar`) */
export declare function fmod(self: Tensor, other: number | boolean): Tensor;
/** self raised to exponent elementwise. (`pow.Tensor_Tensor`) */
export declare function pow(self: Tensor, exponent: Tensor): Tensor;
/** Each element raised to a Scalar exponent. (`pow.Tensor_Scalar`) */
export declare function pow(self: Tensor, exponent: number | boolean): Tensor;
/** A Scalar raised to each element of exponent. (`pow.Scalar_self`) */
export declare function pow(self: number | boolean, exponent: Tensor): Tensor;
/** Arctangent of self / other in the right quadrant; integers give the default float dtype. (`atan2`) */
export declare function atan2(self: Tensor, other: Tensor): Tensor;
/** Elementwise maximum; NaN if either is NaN. (`maximum`) */
export declare function maximum(self: Tensor, other: Tensor): Tensor;
/** Elementwise minimum; NaN if either is NaN. (`minimum`) */
export declare function minimum(self: Tensor, other: Tensor): Tensor;
/** self == other elementwise (bool result). (`eq.Tensor`) */
export declare function eq(self: Tensor, other: Tensor): Tensor;
/** self == a Scalar elementwise (bool result). (`eq.Scalar`) */
export declare function eq(self: Tensor, other: number | boolean): Tensor;
/** self != other elementwise (bool result). (`ne.Tensor`) */
export declare function ne(self: Tensor, other: Tensor): Tensor;
/** self != a Scalar elementwise (bool result). (`ne.Scalar`) */
export declare function ne(self: Tensor, other: number | boolean): Tensor;
/** self < other elementwise (bool result). (`lt.Tensor`) */
export declare function lt(self: Tensor, other: Tensor): Tensor;
/** self < a Scalar elementwise (bool result). (`lt.Scalar`) */
export declare function lt(self: Tensor, other: number | boolean): Tensor;
/** self <= other elementwise (bool result). (`le.Tensor`) */
export declare function le(self: Tensor, other: Tensor): Tensor;
/** self <= a Scalar elementwise (bool result). (`le.Scalar`) */
export declare function le(self: Tensor, other: number | boolean): Tensor;
/** self > other elementwise (bool result). (`gt.Tensor`) */
export declare function gt(self: Tensor, other: Tensor): Tensor;
/** self > a Scalar elementwise (bool result). (`gt.Scalar`) */
export declare function gt(self: Tensor, other: number | boolean): Tensor;
/** self >= other elementwise (bool result). (`ge.Tensor`) */
export declare function ge(self: Tensor, other: Tensor): Tensor;
/** self >= a Scalar elementwise (bool result). (`ge.Scalar`) */
export declare function ge(self: Tensor, other: number | boolean): Tensor;
/** Elementwise AND of truth values (nonzero is true; bool result). (`logical_and`) */
export declare function logicalAnd(self: Tensor, other: Tensor): Tensor;
/** Elementwise OR of truth values (bool result). (`logical_or`) */
export declare function logicalOr(self: Tensor, other: Tensor): Tensor;
/** Elementwise XOR of truth values (bool result). (`logical_xor`) */
export declare function logicalXor(self: Tensor, other: Tensor): Tensor;
/** Bitwise AND of integer or bool tensors. (`bitwise_and.Tensor`) */
export declare function bitwiseAnd(self: Tensor, other: Tensor): Tensor;
/** Bitwise AND with an integer or bool Scalar. (`bitwise_and.Scalar`) */
export declare function bitwiseAnd(self: Tensor, other: number | boolean): Tensor;
/** Bitwise OR of integer or bool tensors. (`bitwise_or.Tensor`) */
export declare function bitwiseOr(self: Tensor, other: Tensor): Tensor;
/** Bitwise OR with an integer or bool Scalar. (`bitwise_or.Scalar`) */
export declare function bitwiseOr(self: Tensor, other: number | boolean): Tensor;
/** Bitwise XOR of integer or bool tensors. (`bitwise_xor.Tensor`) */
export declare function bitwiseXor(self: Tensor, other: Tensor): Tensor;
/** Bitwise XOR with an integer or bool Scalar. (`bitwise_xor.Scalar`) */
export declare function bitwiseXor(self: Tensor, other: number | boolean): Tensor;
/** Elements of self where the bool condition holds, else of other (broadcasting all three). (`where.self`) */
export declare function where(condition: Tensor, self: Tensor, other: Tensor): Tensor;
/** where with a Scalar self. (`where.ScalarSelf`) */
export declare function where(condition: Tensor, self: number | boolean, other: Tensor): Tensor;
/** where with a Scalar other. (`where.ScalarOther`) */
export declare function where(condition: Tensor, self: Tensor, other: number | boolean): Tensor;
/** where choosing between two Scalars. (`where.Scalar`) */
export declare function where(condition: Tensor, self: number | boolean, other: number | boolean): Tensor;
/** Each element limited to [min, max] (min > max gives max); NaN stays NaN. (`clamp`) */
export declare function clamp(self: Tensor, min?: number | boolean | null, max?: number | boolean | null): Tensor;
/** Each element limited to [min, max] (min > max gives max); NaN stays NaN. (`clamp`) */
export declare function clamp(self: Tensor, options: { min?: number | boolean | null; max?: number | boolean | null }): Tensor;
/** Each element limited by broadcast min and max tensors (NaN bounds propagate). (`clamp.Tensor`) */
export declare function clamp(self: Tensor, min?: Tensor | null, max?: Tensor | null): Tensor;
/** Each element limited by broadcast min and max tensors (NaN bounds propagate). (`clamp.Tensor`) */
export declare function clamp(self: Tensor, options: { min?: Tensor | null; max?: Tensor | null }): Tensor;
/** Linear interpolation self + weight * (end - self). (`lerp.Scalar`) */
export declare function lerp(self: Tensor, end: Tensor, weight: number | boolean): Tensor;
/** Linear interpolation with a broadcast weight tensor. (`lerp.Tensor`) */
export declare function lerp(self: Tensor, end: Tensor, weight: Tensor): Tensor;
/** self + value * tensor1 * tensor2. (`addcmul`) */
export declare function addcmul(self: Tensor, tensor1: Tensor, tensor2: Tensor, value?: number | boolean): Tensor;
/** self + value * tensor1 * tensor2. (`addcmul`) */
export declare function addcmul(self: Tensor, tensor1: Tensor, tensor2: Tensor, options: { value?: number | boolean }): Tensor;
/** self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error). (`addcdiv`) */
export declare function addcdiv(self: Tensor, tensor1: Tensor, tensor2: Tensor, value?: number | boolean): Tensor;
/** self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error). (`addcdiv`) */
export declare function addcdiv(self: Tensor, tensor1: Tensor, tensor2: Tensor, options: { value?: number | boolean }): Tensor;
/** Sum over dims (None or [] = all); integers and bool sum to int64 unless dtype is given. (`sum`) */
export declare function sum(self: Tensor, dim?: number | number[] | null, keepdim?: boolean, dtype?: DType | null): Tensor;
/** Sum over dims (None or [] = all); integers and bool sum to int64 unless dtype is given. (`sum`) */
export declare function sum(self: Tensor, options: { dim?: number | number[] | null; keepdim?: boolean; dtype?: DType | null }): Tensor;
/** Arithmetic mean over dims (None or [] = all); nan for an empty reduction. (`mean`) */
export declare function mean(self: Tensor, dim?: number | number[] | null, keepdim?: boolean, dtype?: DType | null): Tensor;
/** Arithmetic mean over dims (None or [] = all); nan for an empty reduction. (`mean`) */
export declare function mean(self: Tensor, options: { dim?: number | number[] | null; keepdim?: boolean; dtype?: DType | null }): Tensor;
/** Product over dims (None = all); integers and bool multiply to int64 unless dtype is given. (`prod`) */
export declare function prod(self: Tensor, dim?: number | number[] | null, keepdim?: boolean, dtype?: DType | null): Tensor;
/** Product over dims (None = all); integers and bool multiply to int64 unless dtype is given. (`prod`) */
export declare function prod(self: Tensor, options: { dim?: number | number[] | null; keepdim?: boolean; dtype?: DType | null }): Tensor;
/** Variance over dims with sum of squared deviations / max(0, N - correction) (None = 1). (`var`) */
declare function var_(self: Tensor, dim?: number | number[] | null, correction?: number | boolean | null, keepdim?: boolean): Tensor;
/** Variance over dims with sum of squared deviations / max(0, N - correction) (None = 1). (`var`) */
declare function var_(self: Tensor, options: { dim?: number | number[] | null; correction?: number | boolean | null; keepdim?: boolean }): Tensor;
/** Standard deviation over dims, the square root of var with the same correction (None = 1). (`std`) */
export declare function std(self: Tensor, dim?: number | number[] | null, correction?: number | boolean | null, keepdim?: boolean): Tensor;
/** Standard deviation over dims, the square root of var with the same correction (None = 1). (`std`) */
export declare function std(self: Tensor, options: { dim?: number | number[] | null; correction?: number | boolean | null; keepdim?: boolean }): Tensor;
/** Largest element (nan when any element is nan); errors on an empty tensor. (`max`) */
export declare function max(self: Tensor): Tensor;
/** Largest values along dim and the index of the first of each (nan propagates). (`max.dim`) */
export declare function max(self: Tensor, dim: number, keepdim?: boolean): [Tensor, Tensor];
/** Largest values along dim and the index of the first of each (nan propagates). (`max.dim`) */
export declare function max(self: Tensor, dim: number, options: { keepdim?: boolean }): [Tensor, Tensor];
/** Smallest element (nan when any element is nan); errors on an empty tensor. (`min`) */
export declare function min(self: Tensor): Tensor;
/** Smallest values along dim and the index of the first of each (nan propagates). (`min.dim`) */
export declare function min(self: Tensor, dim: number, keepdim?: boolean): [Tensor, Tensor];
/** Smallest values along dim and the index of the first of each (nan propagates). (`min.dim`) */
export declare function min(self: Tensor, dim: number, options: { keepdim?: boolean }): [Tensor, Tensor];
/** Largest values over dims ([] = all), nan propagating; reduced dims must be non-empty. (`amax`) */
export declare function amax(self: Tensor, dim?: number | number[], keepdim?: boolean): Tensor;
/** Largest values over dims ([] = all), nan propagating; reduced dims must be non-empty. (`amax`) */
export declare function amax(self: Tensor, options: { dim?: number | number[]; keepdim?: boolean }): Tensor;
/** Smallest values over dims ([] = all), nan propagating; reduced dims must be non-empty. (`amin`) */
export declare function amin(self: Tensor, dim?: number | number[], keepdim?: boolean): Tensor;
/** Smallest values over dims ([] = all), nan propagating; reduced dims must be non-empty. (`amin`) */
export declare function amin(self: Tensor, options: { dim?: number | number[]; keepdim?: boolean }): Tensor;
/** Index of the first largest value along dim (None = of the flattened tensor; nan is largest). (`argmax`) */
export declare function argmax(self: Tensor, dim?: number | null, keepdim?: boolean): Tensor;
/** Index of the first largest value along dim (None = of the flattened tensor; nan is largest). (`argmax`) */
export declare function argmax(self: Tensor, options: { dim?: number | null; keepdim?: boolean }): Tensor;
/** Index of the first smallest value along dim (None = of the flattened tensor; nan is smallest). (`argmin`) */
export declare function argmin(self: Tensor, dim?: number | null, keepdim?: boolean): Tensor;
/** Index of the first smallest value along dim (None = of the flattened tensor; nan is smallest). (`argmin`) */
export declare function argmin(self: Tensor, options: { dim?: number | null; keepdim?: boolean }): Tensor;
/** log(sum(exp(x))) over dims, computed stably; integers give the default float dtype. (`logsumexp`) */
export declare function logsumexp(self: Tensor, dim: number | number[], keepdim?: boolean): Tensor;
/** log(sum(exp(x))) over dims, computed stably; integers give the default float dtype. (`logsumexp`) */
export declare function logsumexp(self: Tensor, dim: number | number[], options: { keepdim?: boolean }): Tensor;
/** True (bool) where every element over dims is nonzero; true for an empty reduction. (`all`) */
export declare function all(self: Tensor, dim?: number | number[] | null, keepdim?: boolean): Tensor;
/** True (bool) where every element over dims is nonzero; true for an empty reduction. (`all`) */
export declare function all(self: Tensor, options: { dim?: number | number[] | null; keepdim?: boolean }): Tensor;
/** True (bool) where some element over dims is nonzero; false for an empty reduction. (`any`) */
export declare function any(self: Tensor, dim?: number | number[] | null, keepdim?: boolean): Tensor;
/** True (bool) where some element over dims is nonzero; false for an empty reduction. (`any`) */
export declare function any(self: Tensor, options: { dim?: number | number[] | null; keepdim?: boolean }): Tensor;
/** Vector p-norm over dims (None = all); p may be inf, -inf or 0 (count of nonzeros). (`norm`) */
export declare function norm(self: Tensor, p?: number | boolean | null, dim?: number | number[] | null, keepdim?: boolean, dtype?: DType | null): Tensor;
/** Vector p-norm over dims (None = all); p may be inf, -inf or 0 (count of nonzeros). (`norm`) */
export declare function norm(self: Tensor, options: { p?: number | boolean | null; dim?: number | number[] | null; keepdim?: boolean; dtype?: DType | null }): Tensor;
/** Frobenius norm for p = "fro" (the 2-norm over dims, None = all); "nuc" is not supported. (`norm.str`) */
export declare function norm(self: Tensor, p: string, dim?: number | number[] | null, keepdim?: boolean, dtype?: DType | null): Tensor;
/** Frobenius norm for p = "fro" (the 2-norm over dims, None = all); "nuc" is not supported. (`norm.str`) */
export declare function norm(self: Tensor, p: string, options: { dim?: number | number[] | null; keepdim?: boolean; dtype?: DType | null }): Tensor;
/** Number of nonzero elements over dims (None = all), as int64. (`count_nonzero`) */
export declare function countNonzero(self: Tensor, dim?: number | number[] | null): Tensor;
/** Number of nonzero elements over dims (None = all), as int64. (`count_nonzero`) */
export declare function countNonzero(self: Tensor, options: { dim?: number | number[] | null }): Tensor;
/** Running sum along dim; integers and bool give int64 unless dtype is given. (`cumsum`) */
export declare function cumsum(self: Tensor, dim: number, dtype?: DType | null): Tensor;
/** Running sum along dim; integers and bool give int64 unless dtype is given. (`cumsum`) */
export declare function cumsum(self: Tensor, dim: number, options: { dtype?: DType | null }): Tensor;
/** Running product along dim; integers and bool give int64 unless dtype is given. (`cumprod`) */
export declare function cumprod(self: Tensor, dim: number, dtype?: DType | null): Tensor;
/** Running product along dim; integers and bool give int64 unless dtype is given. (`cumprod`) */
export declare function cumprod(self: Tensor, dim: number, options: { dtype?: DType | null }): Tensor;
/** Values sorted along dim and their original indices; nan sorts last (first when descending). (`sort`) */
export declare function sort(self: Tensor, dim?: number, descending?: boolean, stable?: boolean): [Tensor, Tensor];
/** Values sorted along dim and their original indices; nan sorts last (first when descending). (`sort`) */
export declare function sort(self: Tensor, options: { dim?: number; descending?: boolean; stable?: boolean }): [Tensor, Tensor];
/** Indices that sort self along dim (the indices of sort). (`argsort`) */
export declare function argsort(self: Tensor, dim?: number, descending?: boolean, stable?: boolean): Tensor;
/** Indices that sort self along dim (the indices of sort). (`argsort`) */
export declare function argsort(self: Tensor, options: { dim?: number; descending?: boolean; stable?: boolean }): Tensor;
/** The k largest (or smallest) values along dim and their indices; nan counts as largest. (`topk`) */
export declare function topk(self: Tensor, k: number, dim?: number, largest?: boolean, sorted?: boolean): [Tensor, Tensor];
/** The k largest (or smallest) values along dim and their indices; nan counts as largest. (`topk`) */
export declare function topk(self: Tensor, k: number, options: { dim?: number; largest?: boolean; sorted?: boolean }): [Tensor, Tensor];
/** The k-th smallest value (1-based) along dim and its index; nan counts as largest. (`kthvalue`) */
export declare function kthvalue(self: Tensor, k: number, dim?: number, keepdim?: boolean): [Tensor, Tensor];
/** The k-th smallest value (1-based) along dim and its index; nan counts as largest. (`kthvalue`) */
export declare function kthvalue(self: Tensor, k: number, options: { dim?: number; keepdim?: boolean }): [Tensor, Tensor];
/** Lower median of all elements (nan when any element is nan or the tensor is empty). (`median`) */
export declare function median(self: Tensor): Tensor;
/** Lower median along dim and its index (nan and its index when the row holds a nan). (`median.dim`) */
export declare function median(self: Tensor, dim: number, keepdim?: boolean): [Tensor, Tensor];
/** Lower median along dim and its index (nan and its index when the row holds a nan). (`median.dim`) */
export declare function median(self: Tensor, dim: number, options: { keepdim?: boolean }): [Tensor, Tensor];
/** Sorted distinct elements, the index of each input element in them, and their counts (inverse and counts are empty unless requested). (`unique`) */
export declare function unique(self: Tensor, sorted?: boolean, returnInverse?: boolean, returnCounts?: boolean): [Tensor, Tensor, Tensor];
/** Sorted distinct elements, the index of each input element in them, and their counts (inverse and counts are empty unless requested). (`unique`) */
export declare function unique(self: Tensor, options: { sorted?: boolean; returnInverse?: boolean; returnCounts?: boolean }): [Tensor, Tensor, Tensor];
/** Concatenates tensors along dim (dtypes promoted; 1-D empty tensors are skipped). (`cat`) */
export declare function cat(tensors: Tensor[], dim?: number): Tensor;
/** Concatenates tensors along dim (dtypes promoted; 1-D empty tensors are skipped). (`cat`) */
export declare function cat(tensors: Tensor[], options: { dim?: number }): Tensor;
/** Joins equally shaped tensors along a new dimension dim. (`stack`) */
export declare function stack(tensors: Tensor[], dim?: number): Tensor;
/** Joins equally shaped tensors along a new dimension dim. (`stack`) */
export declare function stack(tensors: Tensor[], options: { dim?: number }): Tensor;
/** Views of self in pieces of split_size along dim (the last piece may be smaller). (`split`) */
export declare function split(self: Tensor, splitSize: number, dim?: number): Tensor[];
/** Views of self in pieces of split_size along dim (the last piece may be smaller). (`split`) */
export declare function split(self: Tensor, splitSize: number, options: { dim?: number }): Tensor[];
/** Views of self in pieces of the given sizes along dim (they must sum to its size). (`split.sizes`) */
export declare function split(self: Tensor, splitSize: number | number[], dim?: number): Tensor[];
/** Views of self in pieces of the given sizes along dim (they must sum to its size). (`split.sizes`) */
export declare function split(self: Tensor, splitSize: number | number[], options: { dim?: number }): Tensor[];
/** Views of self in pieces of the given sizes along dim (they must sum to its size). (`split_with_sizes`) */
export declare function splitWithSizes(self: Tensor, splitSizes: number | number[], dim?: number): Tensor[];
/** Views of self in pieces of the given sizes along dim (they must sum to its size). (`split_with_sizes`) */
export declare function splitWithSizes(self: Tensor, splitSizes: number | number[], options: { dim?: number }): Tensor[];
/** Views of self in at most `chunks` pieces of equal size (ceil) along dim. (`chunk`) */
export declare function chunk(self: Tensor, chunks: number, dim?: number): Tensor[];
/** Views of self in at most `chunks` pieces of equal size (ceil) along dim. (`chunk`) */
export declare function chunk(self: Tensor, chunks: number, options: { dim?: number }): Tensor[];
/** Views of every slice of self along dim, with that dimension removed. (`unbind`) */
export declare function unbind(self: Tensor, dim?: number): Tensor[];
/** Views of every slice of self along dim, with that dimension removed. (`unbind`) */
export declare function unbind(self: Tensor, options: { dim?: number }): Tensor[];
/** Copy of self with the order of elements reversed along dims. (`flip`) */
export declare function flip(self: Tensor, dims: number | number[]): Tensor;
/** Copy of self rolled by shifts along dims (flattened and restored when dims is empty). (`roll`) */
export declare function roll(self: Tensor, shifts: number | number[], dims?: number | number[]): Tensor;
/** Copy of self rolled by shifts along dims (flattened and restored when dims is empty). (`roll`) */
export declare function roll(self: Tensor, shifts: number | number[], options: { dims?: number | number[] }): Tensor;
/** Copy of self tiled repeats[i] times along each dimension (leading new dims allowed). (`repeat`) */
export declare function repeat(self: Tensor, repeats: number | number[]): Tensor;
/** Like repeat, but fewer dims than self.dim() are padded with leading 1s. (`tile`) */
export declare function tile(self: Tensor, dims: number | number[]): Tensor;
/** Indices 0..n-1, index i repeated repeats[i] times. (`repeat_interleave.Tensor`) */
export declare function repeatInterleave(repeats: Tensor, outputSize?: number | null): Tensor;
/** Indices 0..n-1, index i repeated repeats[i] times. (`repeat_interleave.Tensor`) */
export declare function repeatInterleave(repeats: Tensor, options: { outputSize?: number | null }): Tensor;
/** Repeats each element (or slice along dim) of self repeats[i] times (self is flattened when dim is None). (`repeat_interleave.self_Tensor`) */
export declare function repeatInterleave(self: Tensor, repeats: Tensor, dim?: number | null, outputSize?: number | null): Tensor;
/** Repeats each element (or slice along dim) of self repeats[i] times (self is flattened when dim is None). (`repeat_interleave.self_Tensor`) */
export declare function repeatInterleave(self: Tensor, repeats: Tensor, options: { dim?: number | null; outputSize?: number | null }): Tensor;
/** Repeats each element (or slice along dim) of self `repeats` times (self is flattened when dim is None). (`repeat_interleave.self_int`) */
export declare function repeatInterleave(self: Tensor, repeats: number, dim?: number | null, outputSize?: number | null): Tensor;
/** Repeats each element (or slice along dim) of self `repeats` times (self is flattened when dim is None). (`repeat_interleave.self_int`) */
export declare function repeatInterleave(self: Tensor, repeats: number, options: { dim?: number | null; outputSize?: number | null }): Tensor;
/** Lower triangle of the last two dims of self (elements above `diagonal` zeroed). (`tril`) */
export declare function tril(self: Tensor, diagonal?: number): Tensor;
/** Lower triangle of the last two dims of self (elements above `diagonal` zeroed). (`tril`) */
export declare function tril(self: Tensor, options: { diagonal?: number }): Tensor;
/** Upper triangle of the last two dims of self (elements below `diagonal` zeroed). (`triu`) */
export declare function triu(self: Tensor, diagonal?: number): Tensor;
/** Upper triangle of the last two dims of self (elements below `diagonal` zeroed). (`triu`) */
export declare function triu(self: Tensor, options: { diagonal?: number }): Tensor;
/** Pads the last len(pad)/2 dims (pairs from the last dim backwards) with a constant, reflection or replication. (`pad`) */
export declare function pad(self: Tensor, pad: number | number[], mode?: string, value?: number | null): Tensor;
/** Pads the last len(pad)/2 dims (pairs from the last dim backwards) with a constant, reflection or replication. (`pad`) */
export declare function pad(self: Tensor, pad: number | number[], options: { mode?: string; value?: number | null }): Tensor;
/** The slices of self along dim at the positions in the 1-D index (int64 or int32). (`index_select`) */
export declare function indexSelect(self: Tensor, dim: number, index: Tensor): Tensor;
/** out[i][j][k] = self[i][index[i][j][k]][k] for dim=1 (index int64, same rank as self). (`gather`) */
export declare function gather(self: Tensor, dim: number, index: Tensor, sparseGrad?: boolean): Tensor;
/** out[i][j][k] = self[i][index[i][j][k]][k] for dim=1 (index int64, same rank as self). (`gather`) */
export declare function gather(self: Tensor, dim: number, index: Tensor, options: { sparseGrad?: boolean }): Tensor;
/** Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce "add" or "multiply" combines instead). (`scatter.src`) */
export declare function scatter(self: Tensor, dim: number, index: Tensor, src: Tensor, reduce?: string | null): Tensor;
/** Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce "add" or "multiply" combines instead). (`scatter.src`) */
export declare function scatter(self: Tensor, dim: number, index: Tensor, src: Tensor, options: { reduce?: string | null }): Tensor;
/** Copy of self with value written at the positions index selects along dim (reduce "add" or "multiply" combines instead). (`scatter.value`) */
export declare function scatter(self: Tensor, dim: number, index: Tensor, value: number | boolean, reduce?: string | null): Tensor;
/** Copy of self with value written at the positions index selects along dim (reduce "add" or "multiply" combines instead). (`scatter.value`) */
export declare function scatter(self: Tensor, dim: number, index: Tensor, value: number | boolean, options: { reduce?: string | null }): Tensor;
/** Copy of self with src added at the positions index selects along dim (deterministic). (`scatter_add`) */
export declare function scatterAdd(self: Tensor, dim: number, index: Tensor, src: Tensor): Tensor;
/** Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic). (`index_add`) */
export declare function indexAdd(self: Tensor, dim: number, index: Tensor, source: Tensor, alpha?: number | boolean): Tensor;
/** Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic). (`index_add`) */
export declare function indexAdd(self: Tensor, dim: number, index: Tensor, source: Tensor, options: { alpha?: number | boolean }): Tensor;
/** Copy of self with self[indices] = values (or +=, with accumulate); an undefined index tensor is a full slice. (`index_put`) */
export declare function indexPut(self: Tensor, indices: Tensor[], values: Tensor, accumulate?: boolean): Tensor;
/** Copy of self with self[indices] = values (or +=, with accumulate); an undefined index tensor is a full slice. (`index_put`) */
export declare function indexPut(self: Tensor, indices: Tensor[], values: Tensor, options: { accumulate?: boolean }): Tensor;
/** Copy of self with value where the boolean mask (broadcast) is true. (`masked_fill.Scalar`) */
export declare function maskedFill(self: Tensor, mask: Tensor, value: number | boolean): Tensor;
/** Copy of self with the 0-dim value where the boolean mask (broadcast) is true. (`masked_fill.Tensor`) */
export declare function maskedFill(self: Tensor, mask: Tensor, value: Tensor): Tensor;
/** 1-D tensor of the elements of self (broadcast with mask) where mask is true. (`masked_select`) */
export declare function maskedSelect(self: Tensor, mask: Tensor): Tensor;
/** Copy of self with the positions where mask is true filled from source in row-major order. (`masked_scatter`) */
export declare function maskedScatter(self: Tensor, mask: Tensor, source: Tensor): Tensor;
/** (n, self.dim()) int64 indices of the nonzero elements of self in row-major order. (`nonzero`) */
export declare function nonzero(self: Tensor): Tensor;
/** Elements of self, treated as 1-D, at the int64 indices in index (result has index's shape). (`take`) */
export declare function take(self: Tensor, index: Tensor): Tensor;
/** int64 one-hot encoding of the class indices in self (num_classes=-1 uses max + 1). (`one_hot`) */
export declare function oneHot(self: Tensor, numClasses?: number): Tensor;
/** int64 one-hot encoding of the class indices in self (num_classes=-1 uses max + 1). (`one_hot`) */
export declare function oneHot(self: Tensor, options: { numClasses?: number }): Tensor;
/** Matrix product with NumPy semantics: dot for 1-D x 1-D, matrix-vector, and batched products broadcasting the batch dims. (`matmul`) */
export declare function matmul(self: Tensor, other: Tensor): Tensor;
/** Product of two 2-D matrices. (`mm`) */
export declare function mm(self: Tensor, mat2: Tensor): Tensor;
/** Batched product of two 3-D tensors with the same batch size (no broadcasting). (`bmm`) */
export declare function bmm(self: Tensor, mat2: Tensor): Tensor;
/** beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape. (`addmm`) */
export declare function addmm(self: Tensor, mat1: Tensor, mat2: Tensor, beta?: number | boolean, alpha?: number | boolean): Tensor;
/** beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape. (`addmm`) */
export declare function addmm(self: Tensor, mat1: Tensor, mat2: Tensor, options: { beta?: number | boolean; alpha?: number | boolean }): Tensor;
/** beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape. (`baddbmm`) */
export declare function baddbmm(self: Tensor, batch1: Tensor, batch2: Tensor, beta?: number | boolean, alpha?: number | boolean): Tensor;
/** beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape. (`baddbmm`) */
export declare function baddbmm(self: Tensor, batch1: Tensor, batch2: Tensor, options: { beta?: number | boolean; alpha?: number | boolean }): Tensor;
/** Product of a 2-D matrix and a 1-D vector. (`mv`) */
export declare function mv(self: Tensor, vec: Tensor): Tensor;
/** Inner product of two 1-D tensors of the same length (0-dim result). (`dot`) */
export declare function dot(self: Tensor, tensor: Tensor): Tensor;
/** Outer product of two 1-D tensors (n x m result). (`outer`) */
export declare function outer(self: Tensor, vec2: Tensor): Tensor;
/** Einstein summation over the operands' labelled dims ('ij,jk->ik'), with ellipsis, repeated labels (traces, diagonals) and implicit output. (`einsum`) */
export declare function einsum(equation: string, tensors: Tensor[]): Tensor;
/** Sums the products over dims_self of self paired with dims_other of other; result dims are self's free dims then other's. (`tensordot`) */
export declare function tensordot(self: Tensor, other: Tensor, dimsSelf: number | number[], dimsOther: number | number[]): Tensor;
/** tensordot over the last `dims` dims of self and the first `dims` dims of other. (`tensordot.int`) */
export declare function tensordot(self: Tensor, other: Tensor, dims?: number): Tensor;
/** tensordot over the last `dims` dims of self and the first `dims` dims of other. (`tensordot.int`) */
export declare function tensordot(self: Tensor, other: Tensor, options: { dims?: number }): Tensor;
/** Vector norm (dim of one dim, or None on any input with ord None) or matrix norm (two dims or a 2-D input with ord given): ord 2, -2, 1, -1, inf, -inf, or p for vectors. (`linalg_norm`) */
export declare function linalgNorm(self: Tensor, ord?: number | boolean | null, dim?: number | number[] | null, keepdim?: boolean, dtype?: DType | null): Tensor;
/** Vector norm (dim of one dim, or None on any input with ord None) or matrix norm (two dims or a 2-D input with ord given): ord 2, -2, 1, -1, inf, -inf, or p for vectors. (`linalg_norm`) */
export declare function linalgNorm(self: Tensor, options: { ord?: number | boolean | null; dim?: number | number[] | null; keepdim?: boolean; dtype?: DType | null }): Tensor;
/** Matrix norm "fro" (Frobenius) or "nuc" (nuclear, the sum of singular values) over two dims (default the last two). (`linalg_norm.ord_str`) */
export declare function linalgNorm(self: Tensor, ord: string, dim?: number | number[] | null, keepdim?: boolean, dtype?: DType | null): Tensor;
/** Matrix norm "fro" (Frobenius) or "nuc" (nuclear, the sum of singular values) over two dims (default the last two). (`linalg_norm.ord_str`) */
export declare function linalgNorm(self: Tensor, ord: string, options: { dim?: number | number[] | null; keepdim?: boolean; dtype?: DType | null }): Tensor;
/** Solution X of A X = B (left) or X A = B for square, non-singular A (batched; B may be a vector). (`linalg_solve`) */
export declare function linalgSolve(A: Tensor, B: Tensor, left?: boolean): Tensor;
/** Solution X of A X = B (left) or X A = B for square, non-singular A (batched; B may be a vector). (`linalg_solve`) */
export declare function linalgSolve(A: Tensor, B: Tensor, options: { left?: boolean }): Tensor;
/** Inverse of a square non-singular matrix (batched). (`linalg_inv`) */
export declare function linalgInv(A: Tensor): Tensor;
/** Determinant of a square matrix (batched), from its LU factorization. (`linalg_det`) */
export declare function linalgDet(A: Tensor): Tensor;
/** Cholesky factor L (A = L L^T) of a symmetric positive-definite matrix, or U = L^T when upper. (`linalg_cholesky`) */
export declare function linalgCholesky(A: Tensor, upper?: boolean): Tensor;
/** Cholesky factor L (A = L L^T) of a symmetric positive-definite matrix, or U = L^T when upper. (`linalg_cholesky`) */
export declare function linalgCholesky(A: Tensor, options: { upper?: boolean }): Tensor;
/** QR decomposition A = Q R; mode "reduced" (Q m x k) or "complete" (Q m x m), k = min(m, n). (`linalg_qr`) */
export declare function linalgQr(A: Tensor, mode?: string): [Tensor, Tensor];
/** QR decomposition A = Q R; mode "reduced" (Q m x k) or "complete" (Q m x m), k = min(m, n). (`linalg_qr`) */
export declare function linalgQr(A: Tensor, options: { mode?: string }): [Tensor, Tensor];
/** Singular value decomposition A = U diag(S) Vh, S descending; full_matrices gives square U and Vh. (`linalg_svd`) */
export declare function linalgSvd(A: Tensor, fullMatrices?: boolean): [Tensor, Tensor, Tensor];
/** Singular value decomposition A = U diag(S) Vh, S descending; full_matrices gives square U and Vh. (`linalg_svd`) */
export declare function linalgSvd(A: Tensor, options: { fullMatrices?: boolean }): [Tensor, Tensor, Tensor];
/** exp(x) / sum(exp(x)) along dim, computed with max subtraction; dtype casts the input first. (`softmax`) */
export declare function softmax(self: Tensor, dim: number, dtype?: DType | null): Tensor;
/** exp(x) / sum(exp(x)) along dim, computed with max subtraction; dtype casts the input first. (`softmax`) */
export declare function softmax(self: Tensor, dim: number, options: { dtype?: DType | null }): Tensor;
/** x - logsumexp(x) along dim (numerically stable); dtype casts the input first. (`log_softmax`) */
export declare function logSoftmax(self: Tensor, dim: number, dtype?: DType | null): Tensor;
/** x - logsumexp(x) along dim (numerically stable); dtype casts the input first. (`log_softmax`) */
export declare function logSoftmax(self: Tensor, dim: number, options: { dtype?: DType | null }): Tensor;
/** Zeroes each element with probability p and scales the rest by 1/(1-p) when train; identity otherwise. (`dropout`) */
export declare function dropout(input: Tensor, p: number, train: boolean): Tensor;
/** Dropout for SELU networks that keeps mean and variance (dropped elements set to the SELU negative saturation). (`alpha_dropout`) */
export declare function alphaDropout(input: Tensor, p: number, train: boolean): Tensor;
/** input @ weight^T + bias over the last dim of input. (`linear`) */
export declare function linear(input: Tensor, weight: Tensor, bias?: Tensor | null): Tensor;
/** input @ weight^T + bias over the last dim of input. (`linear`) */
export declare function linear(input: Tensor, weight: Tensor, options: { bias?: Tensor | null }): Tensor;
/** y[..., k] = input1 @ weight[k] @ input2^T + bias[k]. (`bilinear`) */
export declare function bilinear(input1: Tensor, input2: Tensor, weight: Tensor, bias?: Tensor | null): Tensor;
/** y[..., k] = input1 @ weight[k] @ input2^T + bias[k]. (`bilinear`) */
export declare function bilinear(input1: Tensor, input2: Tensor, weight: Tensor, options: { bias?: Tensor | null }): Tensor;
/** Rows of weight picked by the integer indices; the padding_idx row gets no gradient. (`embedding`) */
export declare function embedding(weight: Tensor, indices: Tensor, paddingIdx?: number): Tensor;
/** Rows of weight picked by the integer indices; the padding_idx row gets no gradient. (`embedding`) */
export declare function embedding(weight: Tensor, indices: Tensor, options: { paddingIdx?: number }): Tensor;
/** Sum, mean or max of the embedding rows of each bag (2-D indices, or 1-D indices split at offsets). (`embedding_bag`) */
export declare function embeddingBag(weight: Tensor, indices: Tensor, offsets?: Tensor | null, mode?: string, perSampleWeights?: Tensor | null, includeLastOffset?: boolean, paddingIdx?: number | null): Tensor;
/** Sum, mean or max of the embedding rows of each bag (2-D indices, or 1-D indices split at offsets). (`embedding_bag`) */
export declare function embeddingBag(weight: Tensor, indices: Tensor, options: { offsets?: Tensor | null; mode?: string; perSampleWeights?: Tensor | null; includeLastOffset?: boolean; paddingIdx?: number | null }): Tensor;
/** Normalizes over all dims but dim 1 (batch statistics when training, updating the running ones in place; else the running ones). (`batch_norm`) */
export declare function batchNorm(input: Tensor, runningMean: Tensor | null, runningVar: Tensor | null, weight?: Tensor | null, bias?: Tensor | null, training?: boolean, momentum?: number, eps?: number): Tensor;
/** Normalizes over all dims but dim 1 (batch statistics when training, updating the running ones in place; else the running ones). (`batch_norm`) */
export declare function batchNorm(input: Tensor, runningMean: Tensor | null, runningVar: Tensor | null, options: { weight?: Tensor | null; bias?: Tensor | null; training?: boolean; momentum?: number; eps?: number }): Tensor;
/** Normalizes over the trailing normalized_shape dims, then scales by weight and shifts by bias. (`layer_norm`) */
export declare function layerNorm(input: Tensor, normalizedShape: number | number[], weight?: Tensor | null, bias?: Tensor | null, eps?: number): Tensor;
/** Normalizes over the trailing normalized_shape dims, then scales by weight and shifts by bias. (`layer_norm`) */
export declare function layerNorm(input: Tensor, normalizedShape: number | number[], options: { weight?: Tensor | null; bias?: Tensor | null; eps?: number }): Tensor;
/** Normalizes each group of channels (dim 1 split into num_groups) per sample, then per-channel affine. (`group_norm`) */
export declare function groupNorm(input: Tensor, numGroups: number, weight?: Tensor | null, bias?: Tensor | null, eps?: number): Tensor;
/** Normalizes each group of channels (dim 1 split into num_groups) per sample, then per-channel affine. (`group_norm`) */
export declare function groupNorm(input: Tensor, numGroups: number, options: { weight?: Tensor | null; bias?: Tensor | null; eps?: number }): Tensor;
/** x / sqrt(mean(x^2) + eps) over the trailing normalized_shape dims, times weight (eps None = the dtype's epsilon). (`rms_norm`) */
export declare function rmsNorm(input: Tensor, normalizedShape: number | number[], weight?: Tensor | null, eps?: number | null): Tensor;
/** x / sqrt(mean(x^2) + eps) over the trailing normalized_shape dims, times weight (eps None = the dtype's epsilon). (`rms_norm`) */
export declare function rmsNorm(input: Tensor, normalizedShape: number | number[], options: { weight?: Tensor | null; eps?: number | null }): Tensor;
/** Normalizes each (sample, channel) over the spatial dims, then per-channel affine. (`instance_norm`) */
export declare function instanceNorm(input: Tensor, weight?: Tensor | null, bias?: Tensor | null, runningMean?: Tensor | null, runningVar?: Tensor | null, useInputStats?: boolean, momentum?: number, eps?: number): Tensor;
/** Normalizes each (sample, channel) over the spatial dims, then per-channel affine. (`instance_norm`) */
export declare function instanceNorm(input: Tensor, options: { weight?: Tensor | null; bias?: Tensor | null; runningMean?: Tensor | null; runningVar?: Tensor | null; useInputStats?: boolean; momentum?: number; eps?: number }): Tensor;
/** sum(x1 * x2) / max(|x1| * |x2|, eps) along dim, broadcasting. (`cosine_similarity`) */
export declare function cosineSimilarity(x1: Tensor, x2: Tensor, dim?: number, eps?: number): Tensor;
/** sum(x1 * x2) / max(|x1| * |x2|, eps) along dim, broadcasting. (`cosine_similarity`) */
export declare function cosineSimilarity(x1: Tensor, x2: Tensor, options: { dim?: number; eps?: number }): Tensor;
/** p-norm of x1 - x2 + eps over the last dim, broadcasting. (`pairwise_distance`) */
export declare function pairwiseDistance(x1: Tensor, x2: Tensor, p?: number, eps?: number, keepdim?: boolean): Tensor;
/** p-norm of x1 - x2 + eps over the last dim, broadcasting. (`pairwise_distance`) */
export declare function pairwiseDistance(x1: Tensor, x2: Tensor, options: { p?: number; eps?: number; keepdim?: boolean }): Tensor;
/** softmax(query @ key^T * scale + mask) @ value; a bool mask keeps True, a float mask is added; is_causal masks the future. (`scaled_dot_product_attention`) */
export declare function scaledDotProductAttention(query: Tensor, key: Tensor, value: Tensor, attnMask?: Tensor | null, dropoutP?: number, isCausal?: boolean, scale?: number | null): Tensor;
/** softmax(query @ key^T * scale + mask) @ value; a bool mask keeps True, a float mask is added; is_causal masks the future. (`scaled_dot_product_attention`) */
export declare function scaledDotProductAttention(query: Tensor, key: Tensor, value: Tensor, options: { attnMask?: Tensor | null; dropoutP?: number; isCausal?: boolean; scale?: number | null }): Tensor;
/** 1-D convolution of input (N, C, L) or (C, L) with weight (O, C/groups, K). (`conv1d`) */
export declare function conv1d(input: Tensor, weight: Tensor, bias?: Tensor | null, stride?: number | number[], padding?: number | number[], dilation?: number | number[], groups?: number): Tensor;
/** 1-D convolution of input (N, C, L) or (C, L) with weight (O, C/groups, K). (`conv1d`) */
export declare function conv1d(input: Tensor, weight: Tensor, options: { bias?: Tensor | null; stride?: number | number[]; padding?: number | number[]; dilation?: number | number[]; groups?: number }): Tensor;
/** 1-D convolution with padding "valid" (none) or "same" (output as long as input; stride 1). (`conv1d.padding`) */
export declare function conv1d(input: Tensor, weight: Tensor, bias: Tensor | null, stride: number | number[], padding: string, dilation?: number | number[], groups?: number): Tensor;
/** 1-D convolution with padding "valid" (none) or "same" (output as long as input; stride 1). (`conv1d.padding`) */
export declare function conv1d(input: Tensor, weight: Tensor, bias: Tensor | null, stride: number | number[], padding: string, options: { dilation?: number | number[]; groups?: number }): Tensor;
/** 2-D convolution of input (N, C, H, W) or (C, H, W) with weight (O, C/groups, kH, kW). (`conv2d`) */
export declare function conv2d(input: Tensor, weight: Tensor, bias?: Tensor | null, stride?: number | number[], padding?: number | number[], dilation?: number | number[], groups?: number): Tensor;
/** 2-D convolution of input (N, C, H, W) or (C, H, W) with weight (O, C/groups, kH, kW). (`conv2d`) */
export declare function conv2d(input: Tensor, weight: Tensor, options: { bias?: Tensor | null; stride?: number | number[]; padding?: number | number[]; dilation?: number | number[]; groups?: number }): Tensor;
/** 2-D convolution with padding "valid" (none) or "same" (output as large as input; stride 1). (`conv2d.padding`) */
export declare function conv2d(input: Tensor, weight: Tensor, bias: Tensor | null, stride: number | number[], padding: string, dilation?: number | number[], groups?: number): Tensor;
/** 2-D convolution with padding "valid" (none) or "same" (output as large as input; stride 1). (`conv2d.padding`) */
export declare function conv2d(input: Tensor, weight: Tensor, bias: Tensor | null, stride: number | number[], padding: string, options: { dilation?: number | number[]; groups?: number }): Tensor;
/** 3-D convolution of input (N, C, D, H, W) or (C, D, H, W) with weight (O, C/groups, kD, kH, kW). (`conv3d`) */
export declare function conv3d(input: Tensor, weight: Tensor, bias?: Tensor | null, stride?: number | number[], padding?: number | number[], dilation?: number | number[], groups?: number): Tensor;
/** 3-D convolution of input (N, C, D, H, W) or (C, D, H, W) with weight (O, C/groups, kD, kH, kW). (`conv3d`) */
export declare function conv3d(input: Tensor, weight: Tensor, options: { bias?: Tensor | null; stride?: number | number[]; padding?: number | number[]; dilation?: number | number[]; groups?: number }): Tensor;
/** 3-D convolution with padding "valid" (none) or "same" (output as large as input; stride 1). (`conv3d.padding`) */
export declare function conv3d(input: Tensor, weight: Tensor, bias: Tensor | null, stride: number | number[], padding: string, dilation?: number | number[], groups?: number): Tensor;
/** 3-D convolution with padding "valid" (none) or "same" (output as large as input; stride 1). (`conv3d.padding`) */
export declare function conv3d(input: Tensor, weight: Tensor, bias: Tensor | null, stride: number | number[], padding: string, options: { dilation?: number | number[]; groups?: number }): Tensor;
/** 1-D transposed convolution (the gradient of conv1d) with weight (C, O/groups, K). (`conv_transpose1d`) */
export declare function convTranspose1d(input: Tensor, weight: Tensor, bias?: Tensor | null, stride?: number | number[], padding?: number | number[], outputPadding?: number | number[], groups?: number, dilation?: number | number[]): Tensor;
/** 1-D transposed convolution (the gradient of conv1d) with weight (C, O/groups, K). (`conv_transpose1d`) */
export declare function convTranspose1d(input: Tensor, weight: Tensor, options: { bias?: Tensor | null; stride?: number | number[]; padding?: number | number[]; outputPadding?: number | number[]; groups?: number; dilation?: number | number[] }): Tensor;
/** 2-D transposed convolution (the gradient of conv2d) with weight (C, O/groups, kH, kW). (`conv_transpose2d`) */
export declare function convTranspose2d(input: Tensor, weight: Tensor, bias?: Tensor | null, stride?: number | number[], padding?: number | number[], outputPadding?: number | number[], groups?: number, dilation?: number | number[]): Tensor;
/** 2-D transposed convolution (the gradient of conv2d) with weight (C, O/groups, kH, kW). (`conv_transpose2d`) */
export declare function convTranspose2d(input: Tensor, weight: Tensor, options: { bias?: Tensor | null; stride?: number | number[]; padding?: number | number[]; outputPadding?: number | number[]; groups?: number; dilation?: number | number[] }): Tensor;
/** Maximum over sliding windows of the last dim of (N, C, L) or (C, L); stride defaults to kernel_size. (`max_pool1d`) */
export declare function maxPool1d(self: Tensor, kernelSize: number | number[], stride?: number | number[], padding?: number | number[], dilation?: number | number[], ceilMode?: boolean): Tensor;
/** Maximum over sliding windows of the last dim of (N, C, L) or (C, L); stride defaults to kernel_size. (`max_pool1d`) */
export declare function maxPool1d(self: Tensor, kernelSize: number | number[], options: { stride?: number | number[]; padding?: number | number[]; dilation?: number | number[]; ceilMode?: boolean }): Tensor;
/** Maximum over sliding windows of the last two dims of (N, C, H, W) or (C, H, W). (`max_pool2d`) */
export declare function maxPool2d(self: Tensor, kernelSize: number | number[], stride?: number | number[], padding?: number | number[], dilation?: number | number[], ceilMode?: boolean): Tensor;
/** Maximum over sliding windows of the last two dims of (N, C, H, W) or (C, H, W). (`max_pool2d`) */
export declare function maxPool2d(self: Tensor, kernelSize: number | number[], options: { stride?: number | number[]; padding?: number | number[]; dilation?: number | number[]; ceilMode?: boolean }): Tensor;
/** max_pool2d and the flat index (h * W + w) of each maximum in its input plane. (`max_pool2d_with_indices`) */
export declare function maxPool2dWithIndices(self: Tensor, kernelSize: number | number[], stride?: number | number[], padding?: number | number[], dilation?: number | number[], ceilMode?: boolean): [Tensor, Tensor];
/** max_pool2d and the flat index (h * W + w) of each maximum in its input plane. (`max_pool2d_with_indices`) */
export declare function maxPool2dWithIndices(self: Tensor, kernelSize: number | number[], options: { stride?: number | number[]; padding?: number | number[]; dilation?: number | number[]; ceilMode?: boolean }): [Tensor, Tensor];
/** Mean over sliding windows of the last dim of (N, C, L) or (C, L). (`avg_pool1d`) */
export declare function avgPool1d(self: Tensor, kernelSize: number | number[], stride?: number | number[], padding?: number | number[], ceilMode?: boolean, countIncludePad?: boolean): Tensor;
/** Mean over sliding windows of the last dim of (N, C, L) or (C, L). (`avg_pool1d`) */
export declare function avgPool1d(self: Tensor, kernelSize: number | number[], options: { stride?: number | number[]; padding?: number | number[]; ceilMode?: boolean; countIncludePad?: boolean }): Tensor;
/** Mean over sliding windows of the last two dims; divisor_override replaces the window size. (`avg_pool2d`) */
export declare function avgPool2d(self: Tensor, kernelSize: number | number[], stride?: number | number[], padding?: number | number[], ceilMode?: boolean, countIncludePad?: boolean, divisorOverride?: number | null): Tensor;
/** Mean over sliding windows of the last two dims; divisor_override replaces the window size. (`avg_pool2d`) */
export declare function avgPool2d(self: Tensor, kernelSize: number | number[], options: { stride?: number | number[]; padding?: number | number[]; ceilMode?: boolean; countIncludePad?: boolean; divisorOverride?: number | null }): Tensor;
/** Mean over output_size evenly spread windows of the last dim. (`adaptive_avg_pool1d`) */
export declare function adaptiveAvgPool1d(self: Tensor, outputSize: number | number[]): Tensor;
/** Mean over an output_size grid of evenly spread windows of the last two dims. (`adaptive_avg_pool2d`) */
export declare function adaptiveAvgPool2d(self: Tensor, outputSize: number | number[]): Tensor;
/** Maximum over an output_size grid of windows, and the flat index (h * W + w) of each maximum. (`adaptive_max_pool2d`) */
export declare function adaptiveMaxPool2d(self: Tensor, outputSize: number | number[]): [Tensor, Tensor];
/** Resizes the spatial dims to size (or scale_factor times): mode "nearest", "linear" (3-D input) or "bilinear" (4-D input). (`interpolate`) */
export declare function interpolate(input: Tensor, size?: number | number[] | null, scaleFactor?: number | null, mode?: string, alignCorners?: boolean | null): Tensor;
/** Resizes the spatial dims to size (or scale_factor times): mode "nearest", "linear" (3-D input) or "bilinear" (4-D input). (`interpolate`) */
export declare function interpolate(input: Tensor, options: { size?: number | number[] | null; scaleFactor?: number | null; mode?: string; alignCorners?: boolean | null }): Tensor;
/** Cross entropy of logits (classes in dim 1) against class indices or class probabilities, with class weights, ignore_index and label smoothing. (`cross_entropy`) */
export declare function crossEntropy(input: Tensor, target: Tensor, weight?: Tensor | null, ignoreIndex?: number, reduction?: string, labelSmoothing?: number): Tensor;
/** Cross entropy of logits (classes in dim 1) against class indices or class probabilities, with class weights, ignore_index and label smoothing. (`cross_entropy`) */
export declare function crossEntropy(input: Tensor, target: Tensor, options: { weight?: Tensor | null; ignoreIndex?: number; reduction?: string; labelSmoothing?: number }): Tensor;
/** Negative log likelihood -weight[t] * input[n, t] of log-probabilities (classes in dim 1); mean divides by the summed weights. (`nll_loss`) */
export declare function nllLoss(input: Tensor, target: Tensor, weight?: Tensor | null, ignoreIndex?: number, reduction?: string): Tensor;
/** Negative log likelihood -weight[t] * input[n, t] of log-probabilities (classes in dim 1); mean divides by the summed weights. (`nll_loss`) */
export declare function nllLoss(input: Tensor, target: Tensor, options: { weight?: Tensor | null; ignoreIndex?: number; reduction?: string }): Tensor;
/** Squared error (input - target)^2, reduced by reduction ("none", "mean" or "sum"). (`mse_loss`) */
export declare function mseLoss(input: Tensor, target: Tensor, reduction?: string): Tensor;
/** Squared error (input - target)^2, reduced by reduction ("none", "mean" or "sum"). (`mse_loss`) */
export declare function mseLoss(input: Tensor, target: Tensor, options: { reduction?: string }): Tensor;
/** Absolute error |input - target|, reduced by reduction. (`l1_loss`) */
export declare function l1Loss(input: Tensor, target: Tensor, reduction?: string): Tensor;
/** Absolute error |input - target|, reduced by reduction. (`l1_loss`) */
export declare function l1Loss(input: Tensor, target: Tensor, options: { reduction?: string }): Tensor;
/** 0.5 d^2 / beta where |d| < beta, else |d| - 0.5 beta (d = input - target), reduced. (`smooth_l1_loss`) */
export declare function smoothL1Loss(input: Tensor, target: Tensor, reduction?: string, beta?: number): Tensor;
/** 0.5 d^2 / beta where |d| < beta, else |d| - 0.5 beta (d = input - target), reduced. (`smooth_l1_loss`) */
export declare function smoothL1Loss(input: Tensor, target: Tensor, options: { reduction?: string; beta?: number }): Tensor;
/** 0.5 d^2 where |d| <= delta, else delta (|d| - 0.5 delta), reduced. (`huber_loss`) */
export declare function huberLoss(input: Tensor, target: Tensor, reduction?: string, delta?: number): Tensor;
/** 0.5 d^2 where |d| <= delta, else delta (|d| - 0.5 delta), reduced. (`huber_loss`) */
export declare function huberLoss(input: Tensor, target: Tensor, options: { reduction?: string; delta?: number }): Tensor;
/** -weight (t log(p) + (1 - t) log(1 - p)) of probabilities p, logs clamped at -100 like PyTorch. (`binary_cross_entropy`) */
export declare function binaryCrossEntropy(input: Tensor, target: Tensor, weight?: Tensor | null, reduction?: string): Tensor;
/** -weight (t log(p) + (1 - t) log(1 - p)) of probabilities p, logs clamped at -100 like PyTorch. (`binary_cross_entropy`) */
export declare function binaryCrossEntropy(input: Tensor, target: Tensor, options: { weight?: Tensor | null; reduction?: string }): Tensor;
/** Binary cross entropy of sigmoid(input) computed stably from logits, with weight and pos_weight. (`binary_cross_entropy_with_logits`) */
export declare function binaryCrossEntropyWithLogits(input: Tensor, target: Tensor, weight?: Tensor | null, posWeight?: Tensor | null, reduction?: string): Tensor;
/** Binary cross entropy of sigmoid(input) computed stably from logits, with weight and pos_weight. (`binary_cross_entropy_with_logits`) */
export declare function binaryCrossEntropyWithLogits(input: Tensor, target: Tensor, options: { weight?: Tensor | null; posWeight?: Tensor | null; reduction?: string }): Tensor;
/** target (log(target) - input) pointwise (input is log-probabilities; log_target gives target as logs), reduced. (`kl_div`) */
export declare function klDiv(input: Tensor, target: Tensor, reduction?: string, logTarget?: boolean): Tensor;
/** target (log(target) - input) pointwise (input is log-probabilities; log_target gives target as logs), reduced. (`kl_div`) */
export declare function klDiv(input: Tensor, target: Tensor, options: { reduction?: string; logTarget?: boolean }): Tensor;
export { var_ as var };

// The large ops' async forms: the same overloads, run on a libuv thread (runAsync).
/** Matrix product with NumPy semantics: dot for 1-D x 1-D, matrix-vector, and batched products broadcasting the batch dims. (`matmul`) */
export declare function matmulAsync(self: Tensor, other: Tensor): Promise<Tensor>;
/** Product of two 2-D matrices. (`mm`) */
export declare function mmAsync(self: Tensor, mat2: Tensor): Promise<Tensor>;
/** Batched product of two 3-D tensors with the same batch size (no broadcasting). (`bmm`) */
export declare function bmmAsync(self: Tensor, mat2: Tensor): Promise<Tensor>;
/** beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape. (`addmm`) */
export declare function addmmAsync(self: Tensor, mat1: Tensor, mat2: Tensor, beta?: number | boolean, alpha?: number | boolean): Promise<Tensor>;
/** beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape. (`addmm`) */
export declare function addmmAsync(self: Tensor, mat1: Tensor, mat2: Tensor, options: { beta?: number | boolean; alpha?: number | boolean }): Promise<Tensor>;
/** beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape. (`baddbmm`) */
export declare function baddbmmAsync(self: Tensor, batch1: Tensor, batch2: Tensor, beta?: number | boolean, alpha?: number | boolean): Promise<Tensor>;
/** beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape. (`baddbmm`) */
export declare function baddbmmAsync(self: Tensor, batch1: Tensor, batch2: Tensor, options: { beta?: number | boolean; alpha?: number | boolean }): Promise<Tensor>;
/** Einstein summation over the operands' labelled dims ('ij,jk->ik'), with ellipsis, repeated labels (traces, diagonals) and implicit output. (`einsum`) */
export declare function einsumAsync(equation: string, tensors: Tensor[]): Promise<Tensor>;
/** input @ weight^T + bias over the last dim of input. (`linear`) */
export declare function linearAsync(input: Tensor, weight: Tensor, bias?: Tensor | null): Promise<Tensor>;
/** input @ weight^T + bias over the last dim of input. (`linear`) */
export declare function linearAsync(input: Tensor, weight: Tensor, options: { bias?: Tensor | null }): Promise<Tensor>;
/** 1-D convolution of input (N, C, L) or (C, L) with weight (O, C/groups, K). (`conv1d`) */
export declare function conv1dAsync(input: Tensor, weight: Tensor, bias?: Tensor | null, stride?: number | number[], padding?: number | number[], dilation?: number | number[], groups?: number): Promise<Tensor>;
/** 1-D convolution of input (N, C, L) or (C, L) with weight (O, C/groups, K). (`conv1d`) */
export declare function conv1dAsync(input: Tensor, weight: Tensor, options: { bias?: Tensor | null; stride?: number | number[]; padding?: number | number[]; dilation?: number | number[]; groups?: number }): Promise<Tensor>;
/** 1-D convolution with padding "valid" (none) or "same" (output as long as input; stride 1). (`conv1d.padding`) */
export declare function conv1dAsync(input: Tensor, weight: Tensor, bias: Tensor | null, stride: number | number[], padding: string, dilation?: number | number[], groups?: number): Promise<Tensor>;
/** 1-D convolution with padding "valid" (none) or "same" (output as long as input; stride 1). (`conv1d.padding`) */
export declare function conv1dAsync(input: Tensor, weight: Tensor, bias: Tensor | null, stride: number | number[], padding: string, options: { dilation?: number | number[]; groups?: number }): Promise<Tensor>;
/** 2-D convolution of input (N, C, H, W) or (C, H, W) with weight (O, C/groups, kH, kW). (`conv2d`) */
export declare function conv2dAsync(input: Tensor, weight: Tensor, bias?: Tensor | null, stride?: number | number[], padding?: number | number[], dilation?: number | number[], groups?: number): Promise<Tensor>;
/** 2-D convolution of input (N, C, H, W) or (C, H, W) with weight (O, C/groups, kH, kW). (`conv2d`) */
export declare function conv2dAsync(input: Tensor, weight: Tensor, options: { bias?: Tensor | null; stride?: number | number[]; padding?: number | number[]; dilation?: number | number[]; groups?: number }): Promise<Tensor>;
/** 2-D convolution with padding "valid" (none) or "same" (output as large as input; stride 1). (`conv2d.padding`) */
export declare function conv2dAsync(input: Tensor, weight: Tensor, bias: Tensor | null, stride: number | number[], padding: string, dilation?: number | number[], groups?: number): Promise<Tensor>;
/** 2-D convolution with padding "valid" (none) or "same" (output as large as input; stride 1). (`conv2d.padding`) */
export declare function conv2dAsync(input: Tensor, weight: Tensor, bias: Tensor | null, stride: number | number[], padding: string, options: { dilation?: number | number[]; groups?: number }): Promise<Tensor>;
/** 3-D convolution of input (N, C, D, H, W) or (C, D, H, W) with weight (O, C/groups, kD, kH, kW). (`conv3d`) */
export declare function conv3dAsync(input: Tensor, weight: Tensor, bias?: Tensor | null, stride?: number | number[], padding?: number | number[], dilation?: number | number[], groups?: number): Promise<Tensor>;
/** 3-D convolution of input (N, C, D, H, W) or (C, D, H, W) with weight (O, C/groups, kD, kH, kW). (`conv3d`) */
export declare function conv3dAsync(input: Tensor, weight: Tensor, options: { bias?: Tensor | null; stride?: number | number[]; padding?: number | number[]; dilation?: number | number[]; groups?: number }): Promise<Tensor>;
/** 3-D convolution with padding "valid" (none) or "same" (output as large as input; stride 1). (`conv3d.padding`) */
export declare function conv3dAsync(input: Tensor, weight: Tensor, bias: Tensor | null, stride: number | number[], padding: string, dilation?: number | number[], groups?: number): Promise<Tensor>;
/** 3-D convolution with padding "valid" (none) or "same" (output as large as input; stride 1). (`conv3d.padding`) */
export declare function conv3dAsync(input: Tensor, weight: Tensor, bias: Tensor | null, stride: number | number[], padding: string, options: { dilation?: number | number[]; groups?: number }): Promise<Tensor>;
/** 1-D transposed convolution (the gradient of conv1d) with weight (C, O/groups, K). (`conv_transpose1d`) */
export declare function convTranspose1dAsync(input: Tensor, weight: Tensor, bias?: Tensor | null, stride?: number | number[], padding?: number | number[], outputPadding?: number | number[], groups?: number, dilation?: number | number[]): Promise<Tensor>;
/** 1-D transposed convolution (the gradient of conv1d) with weight (C, O/groups, K). (`conv_transpose1d`) */
export declare function convTranspose1dAsync(input: Tensor, weight: Tensor, options: { bias?: Tensor | null; stride?: number | number[]; padding?: number | number[]; outputPadding?: number | number[]; groups?: number; dilation?: number | number[] }): Promise<Tensor>;
/** 2-D transposed convolution (the gradient of conv2d) with weight (C, O/groups, kH, kW). (`conv_transpose2d`) */
export declare function convTranspose2dAsync(input: Tensor, weight: Tensor, bias?: Tensor | null, stride?: number | number[], padding?: number | number[], outputPadding?: number | number[], groups?: number, dilation?: number | number[]): Promise<Tensor>;
/** 2-D transposed convolution (the gradient of conv2d) with weight (C, O/groups, kH, kW). (`conv_transpose2d`) */
export declare function convTranspose2dAsync(input: Tensor, weight: Tensor, options: { bias?: Tensor | null; stride?: number | number[]; padding?: number | number[]; outputPadding?: number | number[]; groups?: number; dilation?: number | number[] }): Promise<Tensor>;
/** softmax(query @ key^T * scale + mask) @ value; a bool mask keeps True, a float mask is added; is_causal masks the future. (`scaled_dot_product_attention`) */
export declare function scaledDotProductAttentionAsync(query: Tensor, key: Tensor, value: Tensor, attnMask?: Tensor | null, dropoutP?: number, isCausal?: boolean, scale?: number | null): Promise<Tensor>;
/** softmax(query @ key^T * scale + mask) @ value; a bool mask keeps True, a float mask is added; is_causal masks the future. (`scaled_dot_product_attention`) */
export declare function scaledDotProductAttentionAsync(query: Tensor, key: Tensor, value: Tensor, options: { attnMask?: Tensor | null; dropoutP?: number; isCausal?: boolean; scale?: number | null }): Promise<Tensor>;
/** Solution X of A X = B (left) or X A = B for square, non-singular A (batched; B may be a vector). (`linalg_solve`) */
export declare function linalgSolveAsync(A: Tensor, B: Tensor, left?: boolean): Promise<Tensor>;
/** Solution X of A X = B (left) or X A = B for square, non-singular A (batched; B may be a vector). (`linalg_solve`) */
export declare function linalgSolveAsync(A: Tensor, B: Tensor, options: { left?: boolean }): Promise<Tensor>;
/** Inverse of a square non-singular matrix (batched). (`linalg_inv`) */
export declare function linalgInvAsync(A: Tensor): Promise<Tensor>;
/** Singular value decomposition A = U diag(S) Vh, S descending; full_matrices gives square U and Vh. (`linalg_svd`) */
export declare function linalgSvdAsync(A: Tensor, fullMatrices?: boolean): Promise<[Tensor, Tensor, Tensor]>;
/** Singular value decomposition A = U diag(S) Vh, S descending; full_matrices gives square U and Vh. (`linalg_svd`) */
export declare function linalgSvdAsync(A: Tensor, options: { fullMatrices?: boolean }): Promise<[Tensor, Tensor, Tensor]>;
/** QR decomposition A = Q R; mode "reduced" (Q m x k) or "complete" (Q m x m), k = min(m, n). (`linalg_qr`) */
export declare function linalgQrAsync(A: Tensor, mode?: string): Promise<[Tensor, Tensor]>;
/** QR decomposition A = Q R; mode "reduced" (Q m x k) or "complete" (Q m x m), k = min(m, n). (`linalg_qr`) */
export declare function linalgQrAsync(A: Tensor, options: { mode?: string }): Promise<[Tensor, Tensor]>;
/** Cholesky factor L (A = L L^T) of a symmetric positive-definite matrix, or U = L^T when upper. (`linalg_cholesky`) */
export declare function linalgCholeskyAsync(A: Tensor, upper?: boolean): Promise<Tensor>;
/** Cholesky factor L (A = L L^T) of a symmetric positive-definite matrix, or U = L^T when upper. (`linalg_cholesky`) */
export declare function linalgCholeskyAsync(A: Tensor, options: { upper?: boolean }): Promise<Tensor>;
