// generated from codegen/ops.yaml by codegen/gen.py - do not edit

// Declarations of every public op; definitions are handwritten in cpp/ops/<family>.cpp.
#pragma once

#include <optional>
#include <string_view>
#include <tuple>
#include <vector>

#include "tensor/tensor.h"

namespace ignis {

// Negative of each element (-x).
Tensor neg(const Tensor& self);
Tensor& neg_out(Tensor& out, const Tensor& self);
Tensor& neg_(Tensor& self);
// Absolute value of each element.
Tensor abs(const Tensor& self);
Tensor& abs_out(Tensor& out, const Tensor& self);
Tensor& abs_(Tensor& self);
// Sign of each element: -1, 0 or 1 (0 for NaN).
Tensor sign(const Tensor& self);
Tensor& sign_out(Tensor& out, const Tensor& self);
Tensor& sign_(Tensor& self);
// e raised to each element; integer inputs give the default float dtype.
Tensor exp(const Tensor& self);
Tensor& exp_out(Tensor& out, const Tensor& self);
Tensor& exp_(Tensor& self);
// 2 raised to each element.
Tensor exp2(const Tensor& self);
Tensor& exp2_out(Tensor& out, const Tensor& self);
Tensor& exp2_(Tensor& self);
// exp(x) - 1, accurate near zero.
Tensor expm1(const Tensor& self);
Tensor& expm1_out(Tensor& out, const Tensor& self);
Tensor& expm1_(Tensor& self);
// Natural logarithm of each element.
Tensor log(const Tensor& self);
Tensor& log_out(Tensor& out, const Tensor& self);
Tensor& log_(Tensor& self);
// Base-2 logarithm of each element.
Tensor log2(const Tensor& self);
Tensor& log2_out(Tensor& out, const Tensor& self);
Tensor& log2_(Tensor& self);
// Base-10 logarithm of each element.
Tensor log10(const Tensor& self);
Tensor& log10_out(Tensor& out, const Tensor& self);
Tensor& log10_(Tensor& self);
// log(1 + x), accurate near zero.
Tensor log1p(const Tensor& self);
Tensor& log1p_out(Tensor& out, const Tensor& self);
Tensor& log1p_(Tensor& self);
// Square root of each element.
Tensor sqrt(const Tensor& self);
Tensor& sqrt_out(Tensor& out, const Tensor& self);
Tensor& sqrt_(Tensor& self);
// Reciprocal square root 1 / sqrt(x).
Tensor rsqrt(const Tensor& self);
Tensor& rsqrt_out(Tensor& out, const Tensor& self);
Tensor& rsqrt_(Tensor& self);
// Reciprocal 1 / x.
Tensor reciprocal(const Tensor& self);
Tensor& reciprocal_out(Tensor& out, const Tensor& self);
Tensor& reciprocal_(Tensor& self);
// Sine of each element (radians).
Tensor sin(const Tensor& self);
Tensor& sin_out(Tensor& out, const Tensor& self);
Tensor& sin_(Tensor& self);
// Cosine of each element (radians).
Tensor cos(const Tensor& self);
Tensor& cos_out(Tensor& out, const Tensor& self);
Tensor& cos_(Tensor& self);
// Tangent of each element (radians).
Tensor tan(const Tensor& self);
Tensor& tan_out(Tensor& out, const Tensor& self);
Tensor& tan_(Tensor& self);
// Arcsine of each element.
Tensor asin(const Tensor& self);
Tensor& asin_out(Tensor& out, const Tensor& self);
Tensor& asin_(Tensor& self);
// Arccosine of each element.
Tensor acos(const Tensor& self);
Tensor& acos_out(Tensor& out, const Tensor& self);
Tensor& acos_(Tensor& self);
// Arctangent of each element.
Tensor atan(const Tensor& self);
Tensor& atan_out(Tensor& out, const Tensor& self);
Tensor& atan_(Tensor& self);
// Hyperbolic sine of each element.
Tensor sinh(const Tensor& self);
Tensor& sinh_out(Tensor& out, const Tensor& self);
Tensor& sinh_(Tensor& self);
// Hyperbolic cosine of each element.
Tensor cosh(const Tensor& self);
Tensor& cosh_out(Tensor& out, const Tensor& self);
Tensor& cosh_(Tensor& self);
// Hyperbolic tangent of each element.
Tensor tanh(const Tensor& self);
Tensor& tanh_out(Tensor& out, const Tensor& self);
Tensor& tanh_(Tensor& self);
// Logistic sigmoid 1 / (1 + exp(-x)).
Tensor sigmoid(const Tensor& self);
Tensor& sigmoid_out(Tensor& out, const Tensor& self);
Tensor& sigmoid_(Tensor& self);
// log(sigmoid(x)), computed without overflow.
Tensor logsigmoid(const Tensor& self);
Tensor& logsigmoid_out(Tensor& out, const Tensor& self);
// Rectified linear unit max(x, 0).
Tensor relu(const Tensor& self);
Tensor& relu_(Tensor& self);
// min(max(x, 0), 6).
Tensor relu6(const Tensor& self);
Tensor& relu6_(Tensor& self);
// x where x > 0, else negative_slope * x.
Tensor leaky_relu(const Tensor& self, const Scalar& negative_slope = 0.01);
Tensor& leaky_relu_out(Tensor& out, const Tensor& self, const Scalar& negative_slope = 0.01);
Tensor& leaky_relu_(Tensor& self, const Scalar& negative_slope = 0.01);
// scale * x where x > 0, else scale * alpha * (exp(input_scale * x) - 1).
Tensor elu(const Tensor& self, const Scalar& alpha = 1, const Scalar& scale = 1, const Scalar& input_scale = 1);
Tensor& elu_out(Tensor& out, const Tensor& self, const Scalar& alpha = 1, const Scalar& scale = 1, const Scalar& input_scale = 1);
Tensor& elu_(Tensor& self, const Scalar& alpha = 1, const Scalar& scale = 1, const Scalar& input_scale = 1);
// Scaled ELU with the self-normalizing constants alpha = 1.6733, scale = 1.0507.
Tensor selu(const Tensor& self);
Tensor& selu_(Tensor& self);
// Gaussian error linear unit x * Phi(x); approximate "tanh" uses the tanh formula.
Tensor gelu(const Tensor& self, std::string_view approximate = "none");
Tensor& gelu_out(Tensor& out, const Tensor& self, std::string_view approximate = "none");
Tensor& gelu_(Tensor& self, std::string_view approximate = "none");
// x * sigmoid(x) (swish).
Tensor silu(const Tensor& self);
Tensor& silu_out(Tensor& out, const Tensor& self);
Tensor& silu_(Tensor& self);
// x * tanh(softplus(x)).
Tensor mish(const Tensor& self);
Tensor& mish_out(Tensor& out, const Tensor& self);
Tensor& mish_(Tensor& self);
// log(1 + exp(beta * x)) / beta, or x where beta * x > threshold.
Tensor softplus(const Tensor& self, const Scalar& beta = 1, const Scalar& threshold = 20);
Tensor& softplus_out(Tensor& out, const Tensor& self, const Scalar& beta = 1, const Scalar& threshold = 20);
// x * relu6(x + 3) / 6.
Tensor hardswish(const Tensor& self);
Tensor& hardswish_out(Tensor& out, const Tensor& self);
Tensor& hardswish_(Tensor& self);
// relu6(x + 3) / 6.
Tensor hardsigmoid(const Tensor& self);
Tensor& hardsigmoid_out(Tensor& out, const Tensor& self);
Tensor& hardsigmoid_(Tensor& self);
// Gauss error function of each element.
Tensor erf(const Tensor& self);
Tensor& erf_out(Tensor& out, const Tensor& self);
Tensor& erf_(Tensor& self);
// Inverse of the error function on (-1, 1).
Tensor erfinv(const Tensor& self);
Tensor& erfinv_out(Tensor& out, const Tensor& self);
Tensor& erfinv_(Tensor& self);
// Largest integer not above each element (integers unchanged).
Tensor floor(const Tensor& self);
Tensor& floor_out(Tensor& out, const Tensor& self);
Tensor& floor_(Tensor& self);
// Smallest integer not below each element (integers unchanged).
Tensor ceil(const Tensor& self);
Tensor& ceil_out(Tensor& out, const Tensor& self);
Tensor& ceil_(Tensor& self);
// Nearest integer to each element, ties to even (integers unchanged).
Tensor round(const Tensor& self);
Tensor& round_out(Tensor& out, const Tensor& self);
Tensor& round_(Tensor& self);
// Rounds to the given number of decimals (negative: to tens, hundreds...), ties to even.
Tensor round(const Tensor& self, int64_t decimals);
Tensor& round_out(Tensor& out, const Tensor& self, int64_t decimals);
Tensor& round_(Tensor& self, int64_t decimals);
// Each element rounded toward zero (integers unchanged).
Tensor trunc(const Tensor& self);
Tensor& trunc_out(Tensor& out, const Tensor& self);
Tensor& trunc_(Tensor& self);
// Fractional part x - trunc(x).
Tensor frac(const Tensor& self);
Tensor& frac_out(Tensor& out, const Tensor& self);
Tensor& frac_(Tensor& self);
// True where the element is NaN.
Tensor isnan(const Tensor& self);
// True where the element is +inf or -inf.
Tensor isinf(const Tensor& self);
// True where the element is neither NaN nor infinite.
Tensor isfinite(const Tensor& self);
// Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value).
Tensor nan_to_num(const Tensor& self, std::optional<double> nan = std::nullopt, std::optional<double> posinf = std::nullopt, std::optional<double> neginf = std::nullopt);
Tensor& nan_to_num_out(Tensor& out, const Tensor& self, std::optional<double> nan = std::nullopt, std::optional<double> posinf = std::nullopt, std::optional<double> neginf = std::nullopt);
Tensor& nan_to_num_(Tensor& self, std::optional<double> nan = std::nullopt, std::optional<double> posinf = std::nullopt, std::optional<double> neginf = std::nullopt);
// True where the element is zero (bool result).
Tensor logical_not(const Tensor& self);
Tensor& logical_not_out(Tensor& out, const Tensor& self);
Tensor& logical_not_(Tensor& self);
// Bitwise NOT of integer elements (logical NOT for bool).
Tensor bitwise_not(const Tensor& self);
Tensor& bitwise_not_out(Tensor& out, const Tensor& self);
Tensor& bitwise_not_(Tensor& self);
// self + alpha * other, broadcasting, with PyTorch type promotion.
Tensor add(const Tensor& self, const Tensor& other, const Scalar& alpha = 1);
Tensor& add_out(Tensor& out, const Tensor& self, const Tensor& other, const Scalar& alpha = 1);
Tensor& add_(Tensor& self, const Tensor& other, const Scalar& alpha = 1);
// self + alpha * other for a Scalar other.
Tensor add(const Tensor& self, const Scalar& other, const Scalar& alpha = 1);
Tensor& add_out(Tensor& out, const Tensor& self, const Scalar& other, const Scalar& alpha = 1);
Tensor& add_(Tensor& self, const Scalar& other, const Scalar& alpha = 1);
// self - alpha * other, broadcasting (not for bool tensors).
Tensor sub(const Tensor& self, const Tensor& other, const Scalar& alpha = 1);
Tensor& sub_out(Tensor& out, const Tensor& self, const Tensor& other, const Scalar& alpha = 1);
Tensor& sub_(Tensor& self, const Tensor& other, const Scalar& alpha = 1);
// self - alpha * other for a Scalar other.
Tensor sub(const Tensor& self, const Scalar& other, const Scalar& alpha = 1);
Tensor& sub_out(Tensor& out, const Tensor& self, const Scalar& other, const Scalar& alpha = 1);
Tensor& sub_(Tensor& self, const Scalar& other, const Scalar& alpha = 1);
// Elementwise product, broadcasting.
Tensor mul(const Tensor& self, const Tensor& other);
Tensor& mul_out(Tensor& out, const Tensor& self, const Tensor& other);
Tensor& mul_(Tensor& self, const Tensor& other);
// Each element times a Scalar.
Tensor mul(const Tensor& self, const Scalar& other);
Tensor& mul_out(Tensor& out, const Tensor& self, const Scalar& other);
Tensor& mul_(Tensor& self, const Scalar& other);
// True division; integer inputs give the default float dtype.
Tensor div(const Tensor& self, const Tensor& other);
Tensor& div_out(Tensor& out, const Tensor& self, const Tensor& other);
Tensor& div_(Tensor& self, const Tensor& other);
// True division by a Scalar.
Tensor div(const Tensor& self, const Scalar& other);
Tensor& div_out(Tensor& out, const Tensor& self, const Scalar& other);
Tensor& div_(Tensor& self, const Scalar& other);
// Division rounded by rounding_mode: None (true division), "trunc" or "floor".
Tensor div(const Tensor& self, const Tensor& other, std::optional<std::string_view> rounding_mode);
Tensor& div_out(Tensor& out, const Tensor& self, const Tensor& other, std::optional<std::string_view> rounding_mode);
Tensor& div_(Tensor& self, const Tensor& other, std::optional<std::string_view> rounding_mode);
// Division by a Scalar rounded by rounding_mode: None, "trunc" or "floor".
Tensor div(const Tensor& self, const Scalar& other, std::optional<std::string_view> rounding_mode);
Tensor& div_out(Tensor& out, const Tensor& self, const Scalar& other, std::optional<std::string_view> rounding_mode);
Tensor& div_(Tensor& self, const Scalar& other, std::optional<std::string_view> rounding_mode);
// Division rounded toward negative infinity (Python //).
Tensor floor_divide(const Tensor& self, const Tensor& other);
Tensor& floor_divide_out(Tensor& out, const Tensor& self, const Tensor& other);
Tensor& floor_divide_(Tensor& self, const Tensor& other);
// Floor division by a Scalar.
Tensor floor_divide(const Tensor& self, const Scalar& other);
Tensor& floor_divide_out(Tensor& out, const Tensor& self, const Scalar& other);
Tensor& floor_divide_(Tensor& self, const Scalar& other);
// Python-style modulus: the result has the sign of the divisor.
Tensor remainder(const Tensor& self, const Tensor& other);
Tensor& remainder_out(Tensor& out, const Tensor& self, const Tensor& other);
Tensor& remainder_(Tensor& self, const Tensor& other);
// Python-style modulus by a Scalar.
Tensor remainder(const Tensor& self, const Scalar& other);
Tensor& remainder_out(Tensor& out, const Tensor& self, const Scalar& other);
Tensor& remainder_(Tensor& self, const Scalar& other);
// Python-style modulus of a Scalar by each element.
Tensor remainder(const Scalar& self, const Tensor& other);
Tensor& remainder_out(Tensor& out, const Scalar& self, const Tensor& other);
// C-style modulus: the result has the sign of the dividend.
Tensor fmod(const Tensor& self, const Tensor& other);
Tensor& fmod_out(Tensor& out, const Tensor& self, const Tensor& other);
Tensor& fmod_(Tensor& self, const Tensor& other);
// C-style modulus by a Scalar.
Tensor fmod(const Tensor& self, const Scalar& other);
Tensor& fmod_out(Tensor& out, const Tensor& self, const Scalar& other);
Tensor& fmod_(Tensor& self, const Scalar& other);
// self raised to exponent elementwise.
Tensor pow(const Tensor& self, const Tensor& exponent);
Tensor& pow_out(Tensor& out, const Tensor& self, const Tensor& exponent);
Tensor& pow_(Tensor& self, const Tensor& exponent);
// Each element raised to a Scalar exponent.
Tensor pow(const Tensor& self, const Scalar& exponent);
Tensor& pow_out(Tensor& out, const Tensor& self, const Scalar& exponent);
Tensor& pow_(Tensor& self, const Scalar& exponent);
// A Scalar raised to each element of exponent.
Tensor pow(const Scalar& self, const Tensor& exponent);
Tensor& pow_out(Tensor& out, const Scalar& self, const Tensor& exponent);
// Arctangent of self / other in the right quadrant; integers give the default float dtype.
Tensor atan2(const Tensor& self, const Tensor& other);
Tensor& atan2_out(Tensor& out, const Tensor& self, const Tensor& other);
Tensor& atan2_(Tensor& self, const Tensor& other);
// Elementwise maximum; NaN if either is NaN.
Tensor maximum(const Tensor& self, const Tensor& other);
Tensor& maximum_out(Tensor& out, const Tensor& self, const Tensor& other);
// Elementwise minimum; NaN if either is NaN.
Tensor minimum(const Tensor& self, const Tensor& other);
Tensor& minimum_out(Tensor& out, const Tensor& self, const Tensor& other);
// self == other elementwise (bool result).
Tensor eq(const Tensor& self, const Tensor& other);
Tensor& eq_out(Tensor& out, const Tensor& self, const Tensor& other);
Tensor& eq_(Tensor& self, const Tensor& other);
// self == a Scalar elementwise (bool result).
Tensor eq(const Tensor& self, const Scalar& other);
Tensor& eq_out(Tensor& out, const Tensor& self, const Scalar& other);
Tensor& eq_(Tensor& self, const Scalar& other);
// self != other elementwise (bool result).
Tensor ne(const Tensor& self, const Tensor& other);
Tensor& ne_out(Tensor& out, const Tensor& self, const Tensor& other);
Tensor& ne_(Tensor& self, const Tensor& other);
// self != a Scalar elementwise (bool result).
Tensor ne(const Tensor& self, const Scalar& other);
Tensor& ne_out(Tensor& out, const Tensor& self, const Scalar& other);
Tensor& ne_(Tensor& self, const Scalar& other);
// self < other elementwise (bool result).
Tensor lt(const Tensor& self, const Tensor& other);
Tensor& lt_out(Tensor& out, const Tensor& self, const Tensor& other);
Tensor& lt_(Tensor& self, const Tensor& other);
// self < a Scalar elementwise (bool result).
Tensor lt(const Tensor& self, const Scalar& other);
Tensor& lt_out(Tensor& out, const Tensor& self, const Scalar& other);
Tensor& lt_(Tensor& self, const Scalar& other);
// self <= other elementwise (bool result).
Tensor le(const Tensor& self, const Tensor& other);
Tensor& le_out(Tensor& out, const Tensor& self, const Tensor& other);
Tensor& le_(Tensor& self, const Tensor& other);
// self <= a Scalar elementwise (bool result).
Tensor le(const Tensor& self, const Scalar& other);
Tensor& le_out(Tensor& out, const Tensor& self, const Scalar& other);
Tensor& le_(Tensor& self, const Scalar& other);
// self > other elementwise (bool result).
Tensor gt(const Tensor& self, const Tensor& other);
Tensor& gt_out(Tensor& out, const Tensor& self, const Tensor& other);
Tensor& gt_(Tensor& self, const Tensor& other);
// self > a Scalar elementwise (bool result).
Tensor gt(const Tensor& self, const Scalar& other);
Tensor& gt_out(Tensor& out, const Tensor& self, const Scalar& other);
Tensor& gt_(Tensor& self, const Scalar& other);
// self >= other elementwise (bool result).
Tensor ge(const Tensor& self, const Tensor& other);
Tensor& ge_out(Tensor& out, const Tensor& self, const Tensor& other);
Tensor& ge_(Tensor& self, const Tensor& other);
// self >= a Scalar elementwise (bool result).
Tensor ge(const Tensor& self, const Scalar& other);
Tensor& ge_out(Tensor& out, const Tensor& self, const Scalar& other);
Tensor& ge_(Tensor& self, const Scalar& other);
// Elementwise AND of truth values (nonzero is true; bool result).
Tensor logical_and(const Tensor& self, const Tensor& other);
Tensor& logical_and_out(Tensor& out, const Tensor& self, const Tensor& other);
Tensor& logical_and_(Tensor& self, const Tensor& other);
// Elementwise OR of truth values (bool result).
Tensor logical_or(const Tensor& self, const Tensor& other);
Tensor& logical_or_out(Tensor& out, const Tensor& self, const Tensor& other);
Tensor& logical_or_(Tensor& self, const Tensor& other);
// Elementwise XOR of truth values (bool result).
Tensor logical_xor(const Tensor& self, const Tensor& other);
Tensor& logical_xor_out(Tensor& out, const Tensor& self, const Tensor& other);
Tensor& logical_xor_(Tensor& self, const Tensor& other);
// Bitwise AND of integer or bool tensors.
Tensor bitwise_and(const Tensor& self, const Tensor& other);
Tensor& bitwise_and_out(Tensor& out, const Tensor& self, const Tensor& other);
Tensor& bitwise_and_(Tensor& self, const Tensor& other);
// Bitwise AND with an integer or bool Scalar.
Tensor bitwise_and(const Tensor& self, const Scalar& other);
Tensor& bitwise_and_out(Tensor& out, const Tensor& self, const Scalar& other);
Tensor& bitwise_and_(Tensor& self, const Scalar& other);
// Bitwise OR of integer or bool tensors.
Tensor bitwise_or(const Tensor& self, const Tensor& other);
Tensor& bitwise_or_out(Tensor& out, const Tensor& self, const Tensor& other);
Tensor& bitwise_or_(Tensor& self, const Tensor& other);
// Bitwise OR with an integer or bool Scalar.
Tensor bitwise_or(const Tensor& self, const Scalar& other);
Tensor& bitwise_or_out(Tensor& out, const Tensor& self, const Scalar& other);
Tensor& bitwise_or_(Tensor& self, const Scalar& other);
// Bitwise XOR of integer or bool tensors.
Tensor bitwise_xor(const Tensor& self, const Tensor& other);
Tensor& bitwise_xor_out(Tensor& out, const Tensor& self, const Tensor& other);
Tensor& bitwise_xor_(Tensor& self, const Tensor& other);
// Bitwise XOR with an integer or bool Scalar.
Tensor bitwise_xor(const Tensor& self, const Scalar& other);
Tensor& bitwise_xor_out(Tensor& out, const Tensor& self, const Scalar& other);
Tensor& bitwise_xor_(Tensor& self, const Scalar& other);
// Elements of self where the bool condition holds, else of other (broadcasting all three).
Tensor where(const Tensor& condition, const Tensor& self, const Tensor& other);
Tensor& where_out(Tensor& out, const Tensor& condition, const Tensor& self, const Tensor& other);
// where with a Scalar self.
Tensor where(const Tensor& condition, const Scalar& self, const Tensor& other);
// where with a Scalar other.
Tensor where(const Tensor& condition, const Tensor& self, const Scalar& other);
// where choosing between two Scalars.
Tensor where(const Tensor& condition, const Scalar& self, const Scalar& other);
// Each element limited to [min, max] (min > max gives max); NaN stays NaN.
Tensor clamp(const Tensor& self, const std::optional<Scalar>& min = std::nullopt, const std::optional<Scalar>& max = std::nullopt);
Tensor& clamp_out(Tensor& out, const Tensor& self, const std::optional<Scalar>& min = std::nullopt, const std::optional<Scalar>& max = std::nullopt);
Tensor& clamp_(Tensor& self, const std::optional<Scalar>& min = std::nullopt, const std::optional<Scalar>& max = std::nullopt);
// Each element limited by broadcast min and max tensors (NaN bounds propagate).
Tensor clamp(const Tensor& self, const std::optional<Tensor>& min = std::nullopt, const std::optional<Tensor>& max = std::nullopt);
Tensor& clamp_out(Tensor& out, const Tensor& self, const std::optional<Tensor>& min = std::nullopt, const std::optional<Tensor>& max = std::nullopt);
Tensor& clamp_(Tensor& self, const std::optional<Tensor>& min = std::nullopt, const std::optional<Tensor>& max = std::nullopt);
// Linear interpolation self + weight * (end - self).
Tensor lerp(const Tensor& self, const Tensor& end, const Scalar& weight);
Tensor& lerp_out(Tensor& out, const Tensor& self, const Tensor& end, const Scalar& weight);
Tensor& lerp_(Tensor& self, const Tensor& end, const Scalar& weight);
// Linear interpolation with a broadcast weight tensor.
Tensor lerp(const Tensor& self, const Tensor& end, const Tensor& weight);
Tensor& lerp_out(Tensor& out, const Tensor& self, const Tensor& end, const Tensor& weight);
Tensor& lerp_(Tensor& self, const Tensor& end, const Tensor& weight);
// self + value * tensor1 * tensor2.
Tensor addcmul(const Tensor& self, const Tensor& tensor1, const Tensor& tensor2, const Scalar& value = 1);
Tensor& addcmul_out(Tensor& out, const Tensor& self, const Tensor& tensor1, const Tensor& tensor2, const Scalar& value = 1);
Tensor& addcmul_(Tensor& self, const Tensor& tensor1, const Tensor& tensor2, const Scalar& value = 1);
// self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error).
Tensor addcdiv(const Tensor& self, const Tensor& tensor1, const Tensor& tensor2, const Scalar& value = 1);
Tensor& addcdiv_out(Tensor& out, const Tensor& self, const Tensor& tensor1, const Tensor& tensor2, const Scalar& value = 1);
Tensor& addcdiv_(Tensor& self, const Tensor& tensor1, const Tensor& tensor2, const Scalar& value = 1);
// Sum over dims (None or [] = all); integers and bool sum to int64 unless dtype is given.
Tensor sum(const Tensor& self, OptIntArrayRef dim = std::nullopt, bool keepdim = false, std::optional<DType> dtype = std::nullopt);
Tensor& sum_out(Tensor& out, const Tensor& self, OptIntArrayRef dim = std::nullopt, bool keepdim = false, std::optional<DType> dtype = std::nullopt);
// Arithmetic mean over dims (None or [] = all); nan for an empty reduction.
Tensor mean(const Tensor& self, OptIntArrayRef dim = std::nullopt, bool keepdim = false, std::optional<DType> dtype = std::nullopt);
Tensor& mean_out(Tensor& out, const Tensor& self, OptIntArrayRef dim = std::nullopt, bool keepdim = false, std::optional<DType> dtype = std::nullopt);
// Product over dims (None = all); integers and bool multiply to int64 unless dtype is given.
Tensor prod(const Tensor& self, OptIntArrayRef dim = std::nullopt, bool keepdim = false, std::optional<DType> dtype = std::nullopt);
Tensor& prod_out(Tensor& out, const Tensor& self, OptIntArrayRef dim = std::nullopt, bool keepdim = false, std::optional<DType> dtype = std::nullopt);
// Variance over dims with sum of squared deviations / max(0, N - correction) (None = 1).
Tensor var(const Tensor& self, OptIntArrayRef dim = std::nullopt, const std::optional<Scalar>& correction = std::nullopt, bool keepdim = false);
Tensor& var_out(Tensor& out, const Tensor& self, OptIntArrayRef dim = std::nullopt, const std::optional<Scalar>& correction = std::nullopt, bool keepdim = false);
// Standard deviation over dims, the square root of var with the same correction (None = 1).
Tensor std(const Tensor& self, OptIntArrayRef dim = std::nullopt, const std::optional<Scalar>& correction = std::nullopt, bool keepdim = false);
Tensor& std_out(Tensor& out, const Tensor& self, OptIntArrayRef dim = std::nullopt, const std::optional<Scalar>& correction = std::nullopt, bool keepdim = false);
// Largest element (nan when any element is nan); errors on an empty tensor.
Tensor max(const Tensor& self);
// Largest values along dim and the index of the first of each (nan propagates).
std::tuple<Tensor, Tensor> max(const Tensor& self, int64_t dim, bool keepdim = false);
// Smallest element (nan when any element is nan); errors on an empty tensor.
Tensor min(const Tensor& self);
// Smallest values along dim and the index of the first of each (nan propagates).
std::tuple<Tensor, Tensor> min(const Tensor& self, int64_t dim, bool keepdim = false);
// Largest values over dims ([] = all), nan propagating; reduced dims must be non-empty.
Tensor amax(const Tensor& self, IntArrayRef dim = {}, bool keepdim = false);
Tensor& amax_out(Tensor& out, const Tensor& self, IntArrayRef dim = {}, bool keepdim = false);
// Smallest values over dims ([] = all), nan propagating; reduced dims must be non-empty.
Tensor amin(const Tensor& self, IntArrayRef dim = {}, bool keepdim = false);
Tensor& amin_out(Tensor& out, const Tensor& self, IntArrayRef dim = {}, bool keepdim = false);
// Index of the first largest value along dim (None = of the flattened tensor; nan is largest).
Tensor argmax(const Tensor& self, std::optional<int64_t> dim = std::nullopt, bool keepdim = false);
Tensor& argmax_out(Tensor& out, const Tensor& self, std::optional<int64_t> dim = std::nullopt, bool keepdim = false);
// Index of the first smallest value along dim (None = of the flattened tensor; nan is smallest).
Tensor argmin(const Tensor& self, std::optional<int64_t> dim = std::nullopt, bool keepdim = false);
Tensor& argmin_out(Tensor& out, const Tensor& self, std::optional<int64_t> dim = std::nullopt, bool keepdim = false);
// log(sum(exp(x))) over dims, computed stably; integers give the default float dtype.
Tensor logsumexp(const Tensor& self, IntArrayRef dim, bool keepdim = false);
Tensor& logsumexp_out(Tensor& out, const Tensor& self, IntArrayRef dim, bool keepdim = false);
// True (bool) where every element over dims is nonzero; true for an empty reduction.
Tensor all(const Tensor& self, OptIntArrayRef dim = std::nullopt, bool keepdim = false);
Tensor& all_out(Tensor& out, const Tensor& self, OptIntArrayRef dim = std::nullopt, bool keepdim = false);
// True (bool) where some element over dims is nonzero; false for an empty reduction.
Tensor any(const Tensor& self, OptIntArrayRef dim = std::nullopt, bool keepdim = false);
Tensor& any_out(Tensor& out, const Tensor& self, OptIntArrayRef dim = std::nullopt, bool keepdim = false);
// Vector p-norm over dims (None = all); p may be inf, -inf or 0 (count of nonzeros).
Tensor norm(const Tensor& self, const std::optional<Scalar>& p = 2, OptIntArrayRef dim = std::nullopt, bool keepdim = false, std::optional<DType> dtype = std::nullopt);
Tensor& norm_out(Tensor& out, const Tensor& self, const std::optional<Scalar>& p = 2, OptIntArrayRef dim = std::nullopt, bool keepdim = false, std::optional<DType> dtype = std::nullopt);
// Frobenius norm for p = "fro" (the 2-norm over dims, None = all); "nuc" is not supported.
Tensor norm(const Tensor& self, std::string_view p, OptIntArrayRef dim = std::nullopt, bool keepdim = false, std::optional<DType> dtype = std::nullopt);
// Number of nonzero elements over dims (None = all), as int64.
Tensor count_nonzero(const Tensor& self, OptIntArrayRef dim = std::nullopt);
// Running sum along dim; integers and bool give int64 unless dtype is given.
Tensor cumsum(const Tensor& self, int64_t dim, std::optional<DType> dtype = std::nullopt);
Tensor& cumsum_out(Tensor& out, const Tensor& self, int64_t dim, std::optional<DType> dtype = std::nullopt);
Tensor& cumsum_(Tensor& self, int64_t dim, std::optional<DType> dtype = std::nullopt);
// Running product along dim; integers and bool give int64 unless dtype is given.
Tensor cumprod(const Tensor& self, int64_t dim, std::optional<DType> dtype = std::nullopt);
Tensor& cumprod_out(Tensor& out, const Tensor& self, int64_t dim, std::optional<DType> dtype = std::nullopt);
Tensor& cumprod_(Tensor& self, int64_t dim, std::optional<DType> dtype = std::nullopt);
// Values sorted along dim and their original indices; nan sorts last (first when descending).
std::tuple<Tensor, Tensor> sort(const Tensor& self, int64_t dim = -1, bool descending = false, bool stable = false);
// Indices that sort self along dim (the indices of sort).
Tensor argsort(const Tensor& self, int64_t dim = -1, bool descending = false, bool stable = false);
// The k largest (or smallest) values along dim and their indices; nan counts as largest.
std::tuple<Tensor, Tensor> topk(const Tensor& self, int64_t k, int64_t dim = -1, bool largest = true, bool sorted = true);
// The k-th smallest value (1-based) along dim and its index; nan counts as largest.
std::tuple<Tensor, Tensor> kthvalue(const Tensor& self, int64_t k, int64_t dim = -1, bool keepdim = false);
// Lower median of all elements (nan when any element is nan or the tensor is empty).
Tensor median(const Tensor& self);
// Lower median along dim and its index (nan and its index when the row holds a nan).
std::tuple<Tensor, Tensor> median(const Tensor& self, int64_t dim, bool keepdim = false);
// Sorted distinct elements, the index of each input element in them, and their counts (inverse and counts are empty unless requested).
std::tuple<Tensor, Tensor, Tensor> unique(const Tensor& self, bool sorted = true, bool return_inverse = false, bool return_counts = false);
// Concatenates tensors along dim (dtypes promoted; 1-D empty tensors are skipped).
Tensor cat(const std::vector<Tensor>& tensors, int64_t dim = 0);
Tensor& cat_out(Tensor& out, const std::vector<Tensor>& tensors, int64_t dim = 0);
// Joins equally shaped tensors along a new dimension dim.
Tensor stack(const std::vector<Tensor>& tensors, int64_t dim = 0);
Tensor& stack_out(Tensor& out, const std::vector<Tensor>& tensors, int64_t dim = 0);
// Views of self in pieces of split_size along dim (the last piece may be smaller).
std::vector<Tensor> split(const Tensor& self, int64_t split_size, int64_t dim = 0);
// Views of self in pieces of the given sizes along dim (they must sum to its size).
std::vector<Tensor> split(const Tensor& self, IntArrayRef split_size, int64_t dim = 0);
// Views of self in pieces of the given sizes along dim (they must sum to its size).
std::vector<Tensor> split_with_sizes(const Tensor& self, IntArrayRef split_sizes, int64_t dim = 0);
// Views of self in at most `chunks` pieces of equal size (ceil) along dim.
std::vector<Tensor> chunk(const Tensor& self, int64_t chunks, int64_t dim = 0);
// Views of every slice of self along dim, with that dimension removed.
std::vector<Tensor> unbind(const Tensor& self, int64_t dim = 0);
// Copy of self with the order of elements reversed along dims.
Tensor flip(const Tensor& self, IntArrayRef dims);
// Copy of self rolled by shifts along dims (flattened and restored when dims is empty).
Tensor roll(const Tensor& self, IntArrayRef shifts, IntArrayRef dims = {});
// Copy of self tiled repeats[i] times along each dimension (leading new dims allowed).
Tensor repeat(const Tensor& self, IntArrayRef repeats);
// Like repeat, but fewer dims than self.dim() are padded with leading 1s.
Tensor tile(const Tensor& self, IntArrayRef dims);
// Indices 0..n-1, index i repeated repeats[i] times.
Tensor repeat_interleave(const Tensor& repeats, std::optional<int64_t> output_size = std::nullopt);
// Repeats each element (or slice along dim) of self repeats[i] times (self is flattened when dim is None).
Tensor repeat_interleave(const Tensor& self, const Tensor& repeats, std::optional<int64_t> dim = std::nullopt, std::optional<int64_t> output_size = std::nullopt);
// Repeats each element (or slice along dim) of self `repeats` times (self is flattened when dim is None).
Tensor repeat_interleave(const Tensor& self, int64_t repeats, std::optional<int64_t> dim = std::nullopt, std::optional<int64_t> output_size = std::nullopt);
// Lower triangle of the last two dims of self (elements above `diagonal` zeroed).
Tensor tril(const Tensor& self, int64_t diagonal = 0);
Tensor& tril_out(Tensor& out, const Tensor& self, int64_t diagonal = 0);
Tensor& tril_(Tensor& self, int64_t diagonal = 0);
// Upper triangle of the last two dims of self (elements below `diagonal` zeroed).
Tensor triu(const Tensor& self, int64_t diagonal = 0);
Tensor& triu_out(Tensor& out, const Tensor& self, int64_t diagonal = 0);
Tensor& triu_(Tensor& self, int64_t diagonal = 0);
// Pads the last len(pad)/2 dims (pairs from the last dim backwards) with a constant, reflection or replication.
Tensor pad(const Tensor& self, IntArrayRef pad, std::string_view mode = "constant", std::optional<double> value = std::nullopt);
// The slices of self along dim at the positions in the 1-D index (int64 or int32).
Tensor index_select(const Tensor& self, int64_t dim, const Tensor& index);
Tensor& index_select_out(Tensor& out, const Tensor& self, int64_t dim, const Tensor& index);
// out[i][j][k] = self[i][index[i][j][k]][k] for dim=1 (index int64, same rank as self).
Tensor gather(const Tensor& self, int64_t dim, const Tensor& index, bool sparse_grad = false);
Tensor& gather_out(Tensor& out, const Tensor& self, int64_t dim, const Tensor& index, bool sparse_grad = false);
// Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce "add" or "multiply" combines instead).
Tensor scatter(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src, std::optional<std::string_view> reduce = std::nullopt);
Tensor& scatter_out(Tensor& out, const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src, std::optional<std::string_view> reduce = std::nullopt);
Tensor& scatter_(Tensor& self, int64_t dim, const Tensor& index, const Tensor& src, std::optional<std::string_view> reduce = std::nullopt);
// Copy of self with value written at the positions index selects along dim (reduce "add" or "multiply" combines instead).
Tensor scatter(const Tensor& self, int64_t dim, const Tensor& index, const Scalar& value, std::optional<std::string_view> reduce = std::nullopt);
Tensor& scatter_out(Tensor& out, const Tensor& self, int64_t dim, const Tensor& index, const Scalar& value, std::optional<std::string_view> reduce = std::nullopt);
Tensor& scatter_(Tensor& self, int64_t dim, const Tensor& index, const Scalar& value, std::optional<std::string_view> reduce = std::nullopt);
// Copy of self with src added at the positions index selects along dim (deterministic).
Tensor scatter_add(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src);
Tensor& scatter_add_out(Tensor& out, const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src);
Tensor& scatter_add_(Tensor& self, int64_t dim, const Tensor& index, const Tensor& src);
// Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic).
Tensor index_add(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& source, const Scalar& alpha = 1);
Tensor& index_add_out(Tensor& out, const Tensor& self, int64_t dim, const Tensor& index, const Tensor& source, const Scalar& alpha = 1);
Tensor& index_add_(Tensor& self, int64_t dim, const Tensor& index, const Tensor& source, const Scalar& alpha = 1);
// Copy of self with self[indices] = values (or +=, with accumulate); an undefined index tensor is a full slice.
Tensor index_put(const Tensor& self, const std::vector<Tensor>& indices, const Tensor& values, bool accumulate = false);
Tensor& index_put_(Tensor& self, const std::vector<Tensor>& indices, const Tensor& values, bool accumulate = false);
// Copy of self with value where the boolean mask (broadcast) is true.
Tensor masked_fill(const Tensor& self, const Tensor& mask, const Scalar& value);
Tensor& masked_fill_(Tensor& self, const Tensor& mask, const Scalar& value);
// Copy of self with the 0-dim value where the boolean mask (broadcast) is true.
Tensor masked_fill(const Tensor& self, const Tensor& mask, const Tensor& value);
Tensor& masked_fill_(Tensor& self, const Tensor& mask, const Tensor& value);
// 1-D tensor of the elements of self (broadcast with mask) where mask is true.
Tensor masked_select(const Tensor& self, const Tensor& mask);
Tensor& masked_select_out(Tensor& out, const Tensor& self, const Tensor& mask);
// Copy of self with the positions where mask is true filled from source in row-major order.
Tensor masked_scatter(const Tensor& self, const Tensor& mask, const Tensor& source);
Tensor& masked_scatter_(Tensor& self, const Tensor& mask, const Tensor& source);
// (n, self.dim()) int64 indices of the nonzero elements of self in row-major order.
Tensor nonzero(const Tensor& self);
Tensor& nonzero_out(Tensor& out, const Tensor& self);
// Elements of self, treated as 1-D, at the int64 indices in index (result has index's shape).
Tensor take(const Tensor& self, const Tensor& index);
Tensor& take_out(Tensor& out, const Tensor& self, const Tensor& index);
// int64 one-hot encoding of the class indices in self (num_classes=-1 uses max + 1).
Tensor one_hot(const Tensor& self, int64_t num_classes = -1);
// Matrix product with NumPy semantics: dot for 1-D x 1-D, matrix-vector, and batched products broadcasting the batch dims.
Tensor matmul(const Tensor& self, const Tensor& other);
Tensor& matmul_out(Tensor& out, const Tensor& self, const Tensor& other);
// Product of two 2-D matrices.
Tensor mm(const Tensor& self, const Tensor& mat2);
Tensor& mm_out(Tensor& out, const Tensor& self, const Tensor& mat2);
// Batched product of two 3-D tensors with the same batch size (no broadcasting).
Tensor bmm(const Tensor& self, const Tensor& mat2);
Tensor& bmm_out(Tensor& out, const Tensor& self, const Tensor& mat2);
// beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape.
Tensor addmm(const Tensor& self, const Tensor& mat1, const Tensor& mat2, const Scalar& beta = 1, const Scalar& alpha = 1);
Tensor& addmm_out(Tensor& out, const Tensor& self, const Tensor& mat1, const Tensor& mat2, const Scalar& beta = 1, const Scalar& alpha = 1);
Tensor& addmm_(Tensor& self, const Tensor& mat1, const Tensor& mat2, const Scalar& beta = 1, const Scalar& alpha = 1);
// beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape.
Tensor baddbmm(const Tensor& self, const Tensor& batch1, const Tensor& batch2, const Scalar& beta = 1, const Scalar& alpha = 1);
Tensor& baddbmm_out(Tensor& out, const Tensor& self, const Tensor& batch1, const Tensor& batch2, const Scalar& beta = 1, const Scalar& alpha = 1);
Tensor& baddbmm_(Tensor& self, const Tensor& batch1, const Tensor& batch2, const Scalar& beta = 1, const Scalar& alpha = 1);
// Product of a 2-D matrix and a 1-D vector.
Tensor mv(const Tensor& self, const Tensor& vec);
Tensor& mv_out(Tensor& out, const Tensor& self, const Tensor& vec);
// Inner product of two 1-D tensors of the same length (0-dim result).
Tensor dot(const Tensor& self, const Tensor& tensor);
Tensor& dot_out(Tensor& out, const Tensor& self, const Tensor& tensor);
// Outer product of two 1-D tensors (n x m result).
Tensor outer(const Tensor& self, const Tensor& vec2);
Tensor& outer_out(Tensor& out, const Tensor& self, const Tensor& vec2);
// Einstein summation over the operands' labelled dims ('ij,jk->ik'), with ellipsis, repeated labels (traces, diagonals) and implicit output.
Tensor einsum(std::string_view equation, const std::vector<Tensor>& tensors);
// Sums the products over dims_self of self paired with dims_other of other; result dims are self's free dims then other's.
Tensor tensordot(const Tensor& self, const Tensor& other, IntArrayRef dims_self, IntArrayRef dims_other);
Tensor& tensordot_out(Tensor& out, const Tensor& self, const Tensor& other, IntArrayRef dims_self, IntArrayRef dims_other);
// tensordot over the last `dims` dims of self and the first `dims` dims of other.
Tensor tensordot(const Tensor& self, const Tensor& other, int64_t dims = 2);
// Vector norm (dim of one dim, or None on any input with ord None) or matrix norm (two dims or a 2-D input with ord given): ord 2, -2, 1, -1, inf, -inf, or p for vectors.
Tensor linalg_norm(const Tensor& self, const std::optional<Scalar>& ord = std::nullopt, OptIntArrayRef dim = std::nullopt, bool keepdim = false, std::optional<DType> dtype = std::nullopt);
Tensor& linalg_norm_out(Tensor& out, const Tensor& self, const std::optional<Scalar>& ord = std::nullopt, OptIntArrayRef dim = std::nullopt, bool keepdim = false, std::optional<DType> dtype = std::nullopt);
// Matrix norm "fro" (Frobenius) or "nuc" (nuclear, the sum of singular values) over two dims (default the last two).
Tensor linalg_norm(const Tensor& self, std::string_view ord, OptIntArrayRef dim = std::nullopt, bool keepdim = false, std::optional<DType> dtype = std::nullopt);
Tensor& linalg_norm_out(Tensor& out, const Tensor& self, std::string_view ord, OptIntArrayRef dim = std::nullopt, bool keepdim = false, std::optional<DType> dtype = std::nullopt);
// Solution X of A X = B (left) or X A = B for square, non-singular A (batched; B may be a vector).
Tensor linalg_solve(const Tensor& A, const Tensor& B, bool left = true);
Tensor& linalg_solve_out(Tensor& out, const Tensor& A, const Tensor& B, bool left = true);
// Inverse of a square non-singular matrix (batched).
Tensor linalg_inv(const Tensor& A);
Tensor& linalg_inv_out(Tensor& out, const Tensor& A);
// Determinant of a square matrix (batched), from its LU factorization.
Tensor linalg_det(const Tensor& A);
Tensor& linalg_det_out(Tensor& out, const Tensor& A);
// Cholesky factor L (A = L L^T) of a symmetric positive-definite matrix, or U = L^T when upper.
Tensor linalg_cholesky(const Tensor& A, bool upper = false);
Tensor& linalg_cholesky_out(Tensor& out, const Tensor& A, bool upper = false);
// QR decomposition A = Q R; mode "reduced" (Q m x k) or "complete" (Q m x m), k = min(m, n).
std::tuple<Tensor, Tensor> linalg_qr(const Tensor& A, std::string_view mode = "reduced");
// Singular value decomposition A = U diag(S) Vh, S descending; full_matrices gives square U and Vh.
std::tuple<Tensor, Tensor, Tensor> linalg_svd(const Tensor& A, bool full_matrices = true);
// exp(x) / sum(exp(x)) along dim, computed with max subtraction; dtype casts the input first.
Tensor softmax(const Tensor& self, int64_t dim, std::optional<DType> dtype = std::nullopt);
Tensor& softmax_out(Tensor& out, const Tensor& self, int64_t dim, std::optional<DType> dtype = std::nullopt);
// x - logsumexp(x) along dim (numerically stable); dtype casts the input first.
Tensor log_softmax(const Tensor& self, int64_t dim, std::optional<DType> dtype = std::nullopt);
Tensor& log_softmax_out(Tensor& out, const Tensor& self, int64_t dim, std::optional<DType> dtype = std::nullopt);
// Zeroes each element with probability p and scales the rest by 1/(1-p) when train; identity otherwise.
Tensor dropout(const Tensor& input, double p, bool train);
// Dropout for SELU networks that keeps mean and variance (dropped elements set to the SELU negative saturation).
Tensor alpha_dropout(const Tensor& input, double p, bool train);
// input @ weight^T + bias over the last dim of input.
Tensor linear(const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias = std::nullopt);
// y[..., k] = input1 @ weight[k] @ input2^T + bias[k].
Tensor bilinear(const Tensor& input1, const Tensor& input2, const Tensor& weight, const std::optional<Tensor>& bias = std::nullopt);
// Rows of weight picked by the integer indices; the padding_idx row gets no gradient.
Tensor embedding(const Tensor& weight, const Tensor& indices, int64_t padding_idx = -1);
// Sum, mean or max of the embedding rows of each bag (2-D indices, or 1-D indices split at offsets).
Tensor embedding_bag(const Tensor& weight, const Tensor& indices, const std::optional<Tensor>& offsets = std::nullopt, std::string_view mode = "mean", const std::optional<Tensor>& per_sample_weights = std::nullopt, bool include_last_offset = false, std::optional<int64_t> padding_idx = std::nullopt);
// Normalizes over all dims but dim 1 (batch statistics when training, updating the running ones in place; else the running ones).
Tensor batch_norm(const Tensor& input, const std::optional<Tensor>& running_mean, const std::optional<Tensor>& running_var, const std::optional<Tensor>& weight = std::nullopt, const std::optional<Tensor>& bias = std::nullopt, bool training = false, double momentum = 0.1, double eps = 1e-05);
// Normalizes over the trailing normalized_shape dims, then scales by weight and shifts by bias.
Tensor layer_norm(const Tensor& input, IntArrayRef normalized_shape, const std::optional<Tensor>& weight = std::nullopt, const std::optional<Tensor>& bias = std::nullopt, double eps = 1e-05);
// Normalizes each group of channels (dim 1 split into num_groups) per sample, then per-channel affine.
Tensor group_norm(const Tensor& input, int64_t num_groups, const std::optional<Tensor>& weight = std::nullopt, const std::optional<Tensor>& bias = std::nullopt, double eps = 1e-05);
// x / sqrt(mean(x^2) + eps) over the trailing normalized_shape dims, times weight (eps None = the dtype's epsilon).
Tensor rms_norm(const Tensor& input, IntArrayRef normalized_shape, const std::optional<Tensor>& weight = std::nullopt, std::optional<double> eps = std::nullopt);
// Normalizes each (sample, channel) over the spatial dims, then per-channel affine.
Tensor instance_norm(const Tensor& input, const std::optional<Tensor>& weight = std::nullopt, const std::optional<Tensor>& bias = std::nullopt, const std::optional<Tensor>& running_mean = std::nullopt, const std::optional<Tensor>& running_var = std::nullopt, bool use_input_stats = true, double momentum = 0.1, double eps = 1e-05);
// sum(x1 * x2) / max(|x1| * |x2|, eps) along dim, broadcasting.
Tensor cosine_similarity(const Tensor& x1, const Tensor& x2, int64_t dim = 1, double eps = 1e-08);
// p-norm of x1 - x2 + eps over the last dim, broadcasting.
Tensor pairwise_distance(const Tensor& x1, const Tensor& x2, double p = 2, double eps = 1e-06, bool keepdim = false);
// softmax(query @ key^T * scale + mask) @ value; a bool mask keeps True, a float mask is added; is_causal masks the future.
Tensor scaled_dot_product_attention(const Tensor& query, const Tensor& key, const Tensor& value, const std::optional<Tensor>& attn_mask = std::nullopt, double dropout_p = 0.0, bool is_causal = false, std::optional<double> scale = std::nullopt);
// 1-D convolution of input (N, C, L) or (C, L) with weight (O, C/groups, K).
Tensor conv1d(const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias = std::nullopt, IntArrayRef stride = {1}, IntArrayRef padding = {0}, IntArrayRef dilation = {1}, int64_t groups = 1);
// 1-D convolution with padding "valid" (none) or "same" (output as long as input; stride 1).
Tensor conv1d(const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias, IntArrayRef stride, std::string_view padding, IntArrayRef dilation = {1}, int64_t groups = 1);
// 2-D convolution of input (N, C, H, W) or (C, H, W) with weight (O, C/groups, kH, kW).
Tensor conv2d(const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias = std::nullopt, IntArrayRef stride = {1}, IntArrayRef padding = {0}, IntArrayRef dilation = {1}, int64_t groups = 1);
// 2-D convolution with padding "valid" (none) or "same" (output as large as input; stride 1).
Tensor conv2d(const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias, IntArrayRef stride, std::string_view padding, IntArrayRef dilation = {1}, int64_t groups = 1);
// 3-D convolution of input (N, C, D, H, W) or (C, D, H, W) with weight (O, C/groups, kD, kH, kW).
Tensor conv3d(const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias = std::nullopt, IntArrayRef stride = {1}, IntArrayRef padding = {0}, IntArrayRef dilation = {1}, int64_t groups = 1);
// 3-D convolution with padding "valid" (none) or "same" (output as large as input; stride 1).
Tensor conv3d(const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias, IntArrayRef stride, std::string_view padding, IntArrayRef dilation = {1}, int64_t groups = 1);
// 1-D transposed convolution (the gradient of conv1d) with weight (C, O/groups, K).
Tensor conv_transpose1d(const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias = std::nullopt, IntArrayRef stride = {1}, IntArrayRef padding = {0}, IntArrayRef output_padding = {0}, int64_t groups = 1, IntArrayRef dilation = {1});
// 2-D transposed convolution (the gradient of conv2d) with weight (C, O/groups, kH, kW).
Tensor conv_transpose2d(const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias = std::nullopt, IntArrayRef stride = {1}, IntArrayRef padding = {0}, IntArrayRef output_padding = {0}, int64_t groups = 1, IntArrayRef dilation = {1});
// Maximum over sliding windows of the last dim of (N, C, L) or (C, L); stride defaults to kernel_size.
Tensor max_pool1d(const Tensor& self, IntArrayRef kernel_size, IntArrayRef stride = {}, IntArrayRef padding = {0}, IntArrayRef dilation = {1}, bool ceil_mode = false);
// Maximum over sliding windows of the last two dims of (N, C, H, W) or (C, H, W).
Tensor max_pool2d(const Tensor& self, IntArrayRef kernel_size, IntArrayRef stride = {}, IntArrayRef padding = {0}, IntArrayRef dilation = {1}, bool ceil_mode = false);
// max_pool2d and the flat index (h * W + w) of each maximum in its input plane.
std::tuple<Tensor, Tensor> max_pool2d_with_indices(const Tensor& self, IntArrayRef kernel_size, IntArrayRef stride = {}, IntArrayRef padding = {0}, IntArrayRef dilation = {1}, bool ceil_mode = false);
// Mean over sliding windows of the last dim of (N, C, L) or (C, L).
Tensor avg_pool1d(const Tensor& self, IntArrayRef kernel_size, IntArrayRef stride = {}, IntArrayRef padding = {0}, bool ceil_mode = false, bool count_include_pad = true);
// Mean over sliding windows of the last two dims; divisor_override replaces the window size.
Tensor avg_pool2d(const Tensor& self, IntArrayRef kernel_size, IntArrayRef stride = {}, IntArrayRef padding = {0}, bool ceil_mode = false, bool count_include_pad = true, std::optional<int64_t> divisor_override = std::nullopt);
// Mean over output_size evenly spread windows of the last dim.
Tensor adaptive_avg_pool1d(const Tensor& self, IntArrayRef output_size);
// Mean over an output_size grid of evenly spread windows of the last two dims.
Tensor adaptive_avg_pool2d(const Tensor& self, IntArrayRef output_size);
// Maximum over an output_size grid of windows, and the flat index (h * W + w) of each maximum.
std::tuple<Tensor, Tensor> adaptive_max_pool2d(const Tensor& self, IntArrayRef output_size);
// Resizes the spatial dims to size (or scale_factor times): mode "nearest", "linear" (3-D input) or "bilinear" (4-D input).
Tensor interpolate(const Tensor& input, OptIntArrayRef size = std::nullopt, std::optional<double> scale_factor = std::nullopt, std::string_view mode = "nearest", std::optional<bool> align_corners = std::nullopt);
// Cross entropy of logits (classes in dim 1) against class indices or class probabilities, with class weights, ignore_index and label smoothing.
Tensor cross_entropy(const Tensor& input, const Tensor& target, const std::optional<Tensor>& weight = std::nullopt, int64_t ignore_index = -100, std::string_view reduction = "mean", double label_smoothing = 0.0);
// Negative log likelihood -weight[t] * input[n, t] of log-probabilities (classes in dim 1); mean divides by the summed weights.
Tensor nll_loss(const Tensor& input, const Tensor& target, const std::optional<Tensor>& weight = std::nullopt, int64_t ignore_index = -100, std::string_view reduction = "mean");
// Squared error (input - target)^2, reduced by reduction ("none", "mean" or "sum").
Tensor mse_loss(const Tensor& input, const Tensor& target, std::string_view reduction = "mean");
// Absolute error |input - target|, reduced by reduction.
Tensor l1_loss(const Tensor& input, const Tensor& target, std::string_view reduction = "mean");
// 0.5 d^2 / beta where |d| < beta, else |d| - 0.5 beta (d = input - target), reduced.
Tensor smooth_l1_loss(const Tensor& input, const Tensor& target, std::string_view reduction = "mean", double beta = 1.0);
// 0.5 d^2 where |d| <= delta, else delta (|d| - 0.5 delta), reduced.
Tensor huber_loss(const Tensor& input, const Tensor& target, std::string_view reduction = "mean", double delta = 1.0);
// -weight (t log(p) + (1 - t) log(1 - p)) of probabilities p, logs clamped at -100 like PyTorch.
Tensor binary_cross_entropy(const Tensor& input, const Tensor& target, const std::optional<Tensor>& weight = std::nullopt, std::string_view reduction = "mean");
// Binary cross entropy of sigmoid(input) computed stably from logits, with weight and pos_weight.
Tensor binary_cross_entropy_with_logits(const Tensor& input, const Tensor& target, const std::optional<Tensor>& weight = std::nullopt, const std::optional<Tensor>& pos_weight = std::nullopt, std::string_view reduction = "mean");
// target (log(target) - input) pointwise (input is log-probabilities; log_target gives target as logs), reduced.
Tensor kl_div(const Tensor& input, const Tensor& target, std::string_view reduction = "mean", bool log_target = false);

// Tensor methods of every schema op, forwarding to the free functions above.
inline Tensor Tensor::neg() const {
  return ignis::neg(*this);
}
inline Tensor Tensor::abs() const {
  return ignis::abs(*this);
}
inline Tensor Tensor::sign() const {
  return ignis::sign(*this);
}
inline Tensor Tensor::exp() const {
  return ignis::exp(*this);
}
inline Tensor Tensor::exp2() const {
  return ignis::exp2(*this);
}
inline Tensor Tensor::expm1() const {
  return ignis::expm1(*this);
}
inline Tensor Tensor::log() const {
  return ignis::log(*this);
}
inline Tensor Tensor::log2() const {
  return ignis::log2(*this);
}
inline Tensor Tensor::log10() const {
  return ignis::log10(*this);
}
inline Tensor Tensor::log1p() const {
  return ignis::log1p(*this);
}
inline Tensor Tensor::sqrt() const {
  return ignis::sqrt(*this);
}
inline Tensor Tensor::rsqrt() const {
  return ignis::rsqrt(*this);
}
inline Tensor Tensor::reciprocal() const {
  return ignis::reciprocal(*this);
}
inline Tensor Tensor::sin() const {
  return ignis::sin(*this);
}
inline Tensor Tensor::cos() const {
  return ignis::cos(*this);
}
inline Tensor Tensor::tan() const {
  return ignis::tan(*this);
}
inline Tensor Tensor::asin() const {
  return ignis::asin(*this);
}
inline Tensor Tensor::acos() const {
  return ignis::acos(*this);
}
inline Tensor Tensor::atan() const {
  return ignis::atan(*this);
}
inline Tensor Tensor::sinh() const {
  return ignis::sinh(*this);
}
inline Tensor Tensor::cosh() const {
  return ignis::cosh(*this);
}
inline Tensor Tensor::tanh() const {
  return ignis::tanh(*this);
}
inline Tensor Tensor::sigmoid() const {
  return ignis::sigmoid(*this);
}
inline Tensor Tensor::relu() const {
  return ignis::relu(*this);
}
inline Tensor Tensor::erf() const {
  return ignis::erf(*this);
}
inline Tensor Tensor::erfinv() const {
  return ignis::erfinv(*this);
}
inline Tensor Tensor::floor() const {
  return ignis::floor(*this);
}
inline Tensor Tensor::ceil() const {
  return ignis::ceil(*this);
}
inline Tensor Tensor::round() const {
  return ignis::round(*this);
}
inline Tensor Tensor::round(int64_t decimals) const {
  return ignis::round(*this, decimals);
}
inline Tensor Tensor::trunc() const {
  return ignis::trunc(*this);
}
inline Tensor Tensor::frac() const {
  return ignis::frac(*this);
}
inline Tensor Tensor::isnan() const {
  return ignis::isnan(*this);
}
inline Tensor Tensor::isinf() const {
  return ignis::isinf(*this);
}
inline Tensor Tensor::isfinite() const {
  return ignis::isfinite(*this);
}
inline Tensor Tensor::nan_to_num(std::optional<double> nan, std::optional<double> posinf, std::optional<double> neginf) const {
  return ignis::nan_to_num(*this, nan, posinf, neginf);
}
inline Tensor Tensor::logical_not() const {
  return ignis::logical_not(*this);
}
inline Tensor Tensor::bitwise_not() const {
  return ignis::bitwise_not(*this);
}
inline Tensor Tensor::add(const Tensor& other, const Scalar& alpha) const {
  return ignis::add(*this, other, alpha);
}
inline Tensor Tensor::add(const Scalar& other, const Scalar& alpha) const {
  return ignis::add(*this, other, alpha);
}
inline Tensor Tensor::sub(const Tensor& other, const Scalar& alpha) const {
  return ignis::sub(*this, other, alpha);
}
inline Tensor Tensor::sub(const Scalar& other, const Scalar& alpha) const {
  return ignis::sub(*this, other, alpha);
}
inline Tensor Tensor::mul(const Tensor& other) const {
  return ignis::mul(*this, other);
}
inline Tensor Tensor::mul(const Scalar& other) const {
  return ignis::mul(*this, other);
}
inline Tensor Tensor::div(const Tensor& other) const {
  return ignis::div(*this, other);
}
inline Tensor Tensor::div(const Scalar& other) const {
  return ignis::div(*this, other);
}
inline Tensor Tensor::div(const Tensor& other, std::optional<std::string_view> rounding_mode) const {
  return ignis::div(*this, other, rounding_mode);
}
inline Tensor Tensor::div(const Scalar& other, std::optional<std::string_view> rounding_mode) const {
  return ignis::div(*this, other, rounding_mode);
}
inline Tensor Tensor::floor_divide(const Tensor& other) const {
  return ignis::floor_divide(*this, other);
}
inline Tensor Tensor::floor_divide(const Scalar& other) const {
  return ignis::floor_divide(*this, other);
}
inline Tensor Tensor::remainder(const Tensor& other) const {
  return ignis::remainder(*this, other);
}
inline Tensor Tensor::remainder(const Scalar& other) const {
  return ignis::remainder(*this, other);
}
inline Tensor Tensor::fmod(const Tensor& other) const {
  return ignis::fmod(*this, other);
}
inline Tensor Tensor::fmod(const Scalar& other) const {
  return ignis::fmod(*this, other);
}
inline Tensor Tensor::pow(const Tensor& exponent) const {
  return ignis::pow(*this, exponent);
}
inline Tensor Tensor::pow(const Scalar& exponent) const {
  return ignis::pow(*this, exponent);
}
inline Tensor Tensor::atan2(const Tensor& other) const {
  return ignis::atan2(*this, other);
}
inline Tensor Tensor::maximum(const Tensor& other) const {
  return ignis::maximum(*this, other);
}
inline Tensor Tensor::minimum(const Tensor& other) const {
  return ignis::minimum(*this, other);
}
inline Tensor Tensor::eq(const Tensor& other) const {
  return ignis::eq(*this, other);
}
inline Tensor Tensor::eq(const Scalar& other) const {
  return ignis::eq(*this, other);
}
inline Tensor Tensor::ne(const Tensor& other) const {
  return ignis::ne(*this, other);
}
inline Tensor Tensor::ne(const Scalar& other) const {
  return ignis::ne(*this, other);
}
inline Tensor Tensor::lt(const Tensor& other) const {
  return ignis::lt(*this, other);
}
inline Tensor Tensor::lt(const Scalar& other) const {
  return ignis::lt(*this, other);
}
inline Tensor Tensor::le(const Tensor& other) const {
  return ignis::le(*this, other);
}
inline Tensor Tensor::le(const Scalar& other) const {
  return ignis::le(*this, other);
}
inline Tensor Tensor::gt(const Tensor& other) const {
  return ignis::gt(*this, other);
}
inline Tensor Tensor::gt(const Scalar& other) const {
  return ignis::gt(*this, other);
}
inline Tensor Tensor::ge(const Tensor& other) const {
  return ignis::ge(*this, other);
}
inline Tensor Tensor::ge(const Scalar& other) const {
  return ignis::ge(*this, other);
}
inline Tensor Tensor::logical_and(const Tensor& other) const {
  return ignis::logical_and(*this, other);
}
inline Tensor Tensor::logical_or(const Tensor& other) const {
  return ignis::logical_or(*this, other);
}
inline Tensor Tensor::logical_xor(const Tensor& other) const {
  return ignis::logical_xor(*this, other);
}
inline Tensor Tensor::bitwise_and(const Tensor& other) const {
  return ignis::bitwise_and(*this, other);
}
inline Tensor Tensor::bitwise_and(const Scalar& other) const {
  return ignis::bitwise_and(*this, other);
}
inline Tensor Tensor::bitwise_or(const Tensor& other) const {
  return ignis::bitwise_or(*this, other);
}
inline Tensor Tensor::bitwise_or(const Scalar& other) const {
  return ignis::bitwise_or(*this, other);
}
inline Tensor Tensor::bitwise_xor(const Tensor& other) const {
  return ignis::bitwise_xor(*this, other);
}
inline Tensor Tensor::bitwise_xor(const Scalar& other) const {
  return ignis::bitwise_xor(*this, other);
}
inline Tensor Tensor::clamp(const std::optional<Scalar>& min, const std::optional<Scalar>& max) const {
  return ignis::clamp(*this, min, max);
}
inline Tensor Tensor::clamp(const std::optional<Tensor>& min, const std::optional<Tensor>& max) const {
  return ignis::clamp(*this, min, max);
}
inline Tensor Tensor::lerp(const Tensor& end, const Scalar& weight) const {
  return ignis::lerp(*this, end, weight);
}
inline Tensor Tensor::lerp(const Tensor& end, const Tensor& weight) const {
  return ignis::lerp(*this, end, weight);
}
inline Tensor Tensor::addcmul(const Tensor& tensor1, const Tensor& tensor2, const Scalar& value) const {
  return ignis::addcmul(*this, tensor1, tensor2, value);
}
inline Tensor Tensor::addcdiv(const Tensor& tensor1, const Tensor& tensor2, const Scalar& value) const {
  return ignis::addcdiv(*this, tensor1, tensor2, value);
}
inline Tensor Tensor::sum(OptIntArrayRef dim, bool keepdim, std::optional<DType> dtype) const {
  return ignis::sum(*this, dim, keepdim, dtype);
}
inline Tensor Tensor::mean(OptIntArrayRef dim, bool keepdim, std::optional<DType> dtype) const {
  return ignis::mean(*this, dim, keepdim, dtype);
}
inline Tensor Tensor::prod(OptIntArrayRef dim, bool keepdim, std::optional<DType> dtype) const {
  return ignis::prod(*this, dim, keepdim, dtype);
}
inline Tensor Tensor::var(OptIntArrayRef dim, const std::optional<Scalar>& correction, bool keepdim) const {
  return ignis::var(*this, dim, correction, keepdim);
}
inline Tensor Tensor::std(OptIntArrayRef dim, const std::optional<Scalar>& correction, bool keepdim) const {
  return ignis::std(*this, dim, correction, keepdim);
}
inline Tensor Tensor::max() const {
  return ignis::max(*this);
}
inline std::tuple<Tensor, Tensor> Tensor::max(int64_t dim, bool keepdim) const {
  return ignis::max(*this, dim, keepdim);
}
inline Tensor Tensor::min() const {
  return ignis::min(*this);
}
inline std::tuple<Tensor, Tensor> Tensor::min(int64_t dim, bool keepdim) const {
  return ignis::min(*this, dim, keepdim);
}
inline Tensor Tensor::amax(IntArrayRef dim, bool keepdim) const {
  return ignis::amax(*this, dim, keepdim);
}
inline Tensor Tensor::amin(IntArrayRef dim, bool keepdim) const {
  return ignis::amin(*this, dim, keepdim);
}
inline Tensor Tensor::argmax(std::optional<int64_t> dim, bool keepdim) const {
  return ignis::argmax(*this, dim, keepdim);
}
inline Tensor Tensor::argmin(std::optional<int64_t> dim, bool keepdim) const {
  return ignis::argmin(*this, dim, keepdim);
}
inline Tensor Tensor::logsumexp(IntArrayRef dim, bool keepdim) const {
  return ignis::logsumexp(*this, dim, keepdim);
}
inline Tensor Tensor::all(OptIntArrayRef dim, bool keepdim) const {
  return ignis::all(*this, dim, keepdim);
}
inline Tensor Tensor::any(OptIntArrayRef dim, bool keepdim) const {
  return ignis::any(*this, dim, keepdim);
}
inline Tensor Tensor::norm(const std::optional<Scalar>& p, OptIntArrayRef dim, bool keepdim, std::optional<DType> dtype) const {
  return ignis::norm(*this, p, dim, keepdim, dtype);
}
inline Tensor Tensor::norm(std::string_view p, OptIntArrayRef dim, bool keepdim, std::optional<DType> dtype) const {
  return ignis::norm(*this, p, dim, keepdim, dtype);
}
inline Tensor Tensor::count_nonzero(OptIntArrayRef dim) const {
  return ignis::count_nonzero(*this, dim);
}
inline Tensor Tensor::cumsum(int64_t dim, std::optional<DType> dtype) const {
  return ignis::cumsum(*this, dim, dtype);
}
inline Tensor Tensor::cumprod(int64_t dim, std::optional<DType> dtype) const {
  return ignis::cumprod(*this, dim, dtype);
}
inline std::tuple<Tensor, Tensor> Tensor::sort(int64_t dim, bool descending, bool stable) const {
  return ignis::sort(*this, dim, descending, stable);
}
inline Tensor Tensor::argsort(int64_t dim, bool descending, bool stable) const {
  return ignis::argsort(*this, dim, descending, stable);
}
inline std::tuple<Tensor, Tensor> Tensor::topk(int64_t k, int64_t dim, bool largest, bool sorted) const {
  return ignis::topk(*this, k, dim, largest, sorted);
}
inline std::tuple<Tensor, Tensor> Tensor::kthvalue(int64_t k, int64_t dim, bool keepdim) const {
  return ignis::kthvalue(*this, k, dim, keepdim);
}
inline Tensor Tensor::median() const {
  return ignis::median(*this);
}
inline std::tuple<Tensor, Tensor> Tensor::median(int64_t dim, bool keepdim) const {
  return ignis::median(*this, dim, keepdim);
}
inline std::vector<Tensor> Tensor::split(int64_t split_size, int64_t dim) const {
  return ignis::split(*this, split_size, dim);
}
inline std::vector<Tensor> Tensor::split(IntArrayRef split_size, int64_t dim) const {
  return ignis::split(*this, split_size, dim);
}
inline std::vector<Tensor> Tensor::split_with_sizes(IntArrayRef split_sizes, int64_t dim) const {
  return ignis::split_with_sizes(*this, split_sizes, dim);
}
inline std::vector<Tensor> Tensor::chunk(int64_t chunks, int64_t dim) const {
  return ignis::chunk(*this, chunks, dim);
}
inline std::vector<Tensor> Tensor::unbind(int64_t dim) const {
  return ignis::unbind(*this, dim);
}
inline Tensor Tensor::flip(IntArrayRef dims) const {
  return ignis::flip(*this, dims);
}
inline Tensor Tensor::roll(IntArrayRef shifts, IntArrayRef dims) const {
  return ignis::roll(*this, shifts, dims);
}
inline Tensor Tensor::repeat(IntArrayRef repeats) const {
  return ignis::repeat(*this, repeats);
}
inline Tensor Tensor::tile(IntArrayRef dims) const {
  return ignis::tile(*this, dims);
}
inline Tensor Tensor::repeat_interleave(const Tensor& repeats, std::optional<int64_t> dim, std::optional<int64_t> output_size) const {
  return ignis::repeat_interleave(*this, repeats, dim, output_size);
}
inline Tensor Tensor::repeat_interleave(int64_t repeats, std::optional<int64_t> dim, std::optional<int64_t> output_size) const {
  return ignis::repeat_interleave(*this, repeats, dim, output_size);
}
inline Tensor Tensor::tril(int64_t diagonal) const {
  return ignis::tril(*this, diagonal);
}
inline Tensor Tensor::triu(int64_t diagonal) const {
  return ignis::triu(*this, diagonal);
}
inline Tensor Tensor::index_select(int64_t dim, const Tensor& index) const {
  return ignis::index_select(*this, dim, index);
}
inline Tensor Tensor::gather(int64_t dim, const Tensor& index, bool sparse_grad) const {
  return ignis::gather(*this, dim, index, sparse_grad);
}
inline Tensor Tensor::scatter(int64_t dim, const Tensor& index, const Tensor& src, std::optional<std::string_view> reduce) const {
  return ignis::scatter(*this, dim, index, src, reduce);
}
inline Tensor Tensor::scatter(int64_t dim, const Tensor& index, const Scalar& value, std::optional<std::string_view> reduce) const {
  return ignis::scatter(*this, dim, index, value, reduce);
}
inline Tensor Tensor::scatter_add(int64_t dim, const Tensor& index, const Tensor& src) const {
  return ignis::scatter_add(*this, dim, index, src);
}
inline Tensor Tensor::index_add(int64_t dim, const Tensor& index, const Tensor& source, const Scalar& alpha) const {
  return ignis::index_add(*this, dim, index, source, alpha);
}
inline Tensor Tensor::index_put(const std::vector<Tensor>& indices, const Tensor& values, bool accumulate) const {
  return ignis::index_put(*this, indices, values, accumulate);
}
inline Tensor Tensor::masked_fill(const Tensor& mask, const Scalar& value) const {
  return ignis::masked_fill(*this, mask, value);
}
inline Tensor Tensor::masked_fill(const Tensor& mask, const Tensor& value) const {
  return ignis::masked_fill(*this, mask, value);
}
inline Tensor Tensor::masked_select(const Tensor& mask) const {
  return ignis::masked_select(*this, mask);
}
inline Tensor Tensor::masked_scatter(const Tensor& mask, const Tensor& source) const {
  return ignis::masked_scatter(*this, mask, source);
}
inline Tensor Tensor::nonzero() const {
  return ignis::nonzero(*this);
}
inline Tensor Tensor::take(const Tensor& index) const {
  return ignis::take(*this, index);
}
inline Tensor Tensor::matmul(const Tensor& other) const {
  return ignis::matmul(*this, other);
}
inline Tensor Tensor::mm(const Tensor& mat2) const {
  return ignis::mm(*this, mat2);
}
inline Tensor Tensor::bmm(const Tensor& mat2) const {
  return ignis::bmm(*this, mat2);
}
inline Tensor Tensor::addmm(const Tensor& mat1, const Tensor& mat2, const Scalar& beta, const Scalar& alpha) const {
  return ignis::addmm(*this, mat1, mat2, beta, alpha);
}
inline Tensor Tensor::baddbmm(const Tensor& batch1, const Tensor& batch2, const Scalar& beta, const Scalar& alpha) const {
  return ignis::baddbmm(*this, batch1, batch2, beta, alpha);
}
inline Tensor Tensor::mv(const Tensor& vec) const {
  return ignis::mv(*this, vec);
}
inline Tensor Tensor::dot(const Tensor& tensor) const {
  return ignis::dot(*this, tensor);
}
inline Tensor Tensor::outer(const Tensor& vec2) const {
  return ignis::outer(*this, vec2);
}
inline Tensor Tensor::softmax(int64_t dim, std::optional<DType> dtype) const {
  return ignis::softmax(*this, dim, dtype);
}
inline Tensor Tensor::log_softmax(int64_t dim, std::optional<DType> dtype) const {
  return ignis::log_softmax(*this, dim, dtype);
}
inline Tensor& Tensor::neg_() {
  return ignis::neg_(*this);
}
inline Tensor& Tensor::abs_() {
  return ignis::abs_(*this);
}
inline Tensor& Tensor::sign_() {
  return ignis::sign_(*this);
}
inline Tensor& Tensor::exp_() {
  return ignis::exp_(*this);
}
inline Tensor& Tensor::exp2_() {
  return ignis::exp2_(*this);
}
inline Tensor& Tensor::expm1_() {
  return ignis::expm1_(*this);
}
inline Tensor& Tensor::log_() {
  return ignis::log_(*this);
}
inline Tensor& Tensor::log2_() {
  return ignis::log2_(*this);
}
inline Tensor& Tensor::log10_() {
  return ignis::log10_(*this);
}
inline Tensor& Tensor::log1p_() {
  return ignis::log1p_(*this);
}
inline Tensor& Tensor::sqrt_() {
  return ignis::sqrt_(*this);
}
inline Tensor& Tensor::rsqrt_() {
  return ignis::rsqrt_(*this);
}
inline Tensor& Tensor::reciprocal_() {
  return ignis::reciprocal_(*this);
}
inline Tensor& Tensor::sin_() {
  return ignis::sin_(*this);
}
inline Tensor& Tensor::cos_() {
  return ignis::cos_(*this);
}
inline Tensor& Tensor::tan_() {
  return ignis::tan_(*this);
}
inline Tensor& Tensor::asin_() {
  return ignis::asin_(*this);
}
inline Tensor& Tensor::acos_() {
  return ignis::acos_(*this);
}
inline Tensor& Tensor::atan_() {
  return ignis::atan_(*this);
}
inline Tensor& Tensor::sinh_() {
  return ignis::sinh_(*this);
}
inline Tensor& Tensor::cosh_() {
  return ignis::cosh_(*this);
}
inline Tensor& Tensor::tanh_() {
  return ignis::tanh_(*this);
}
inline Tensor& Tensor::sigmoid_() {
  return ignis::sigmoid_(*this);
}
inline Tensor& Tensor::relu_() {
  return ignis::relu_(*this);
}
inline Tensor& Tensor::relu6_() {
  return ignis::relu6_(*this);
}
inline Tensor& Tensor::leaky_relu_(const Scalar& negative_slope) {
  return ignis::leaky_relu_(*this, negative_slope);
}
inline Tensor& Tensor::elu_(const Scalar& alpha, const Scalar& scale, const Scalar& input_scale) {
  return ignis::elu_(*this, alpha, scale, input_scale);
}
inline Tensor& Tensor::selu_() {
  return ignis::selu_(*this);
}
inline Tensor& Tensor::gelu_(std::string_view approximate) {
  return ignis::gelu_(*this, approximate);
}
inline Tensor& Tensor::silu_() {
  return ignis::silu_(*this);
}
inline Tensor& Tensor::mish_() {
  return ignis::mish_(*this);
}
inline Tensor& Tensor::hardswish_() {
  return ignis::hardswish_(*this);
}
inline Tensor& Tensor::hardsigmoid_() {
  return ignis::hardsigmoid_(*this);
}
inline Tensor& Tensor::erf_() {
  return ignis::erf_(*this);
}
inline Tensor& Tensor::erfinv_() {
  return ignis::erfinv_(*this);
}
inline Tensor& Tensor::floor_() {
  return ignis::floor_(*this);
}
inline Tensor& Tensor::ceil_() {
  return ignis::ceil_(*this);
}
inline Tensor& Tensor::round_() {
  return ignis::round_(*this);
}
inline Tensor& Tensor::round_(int64_t decimals) {
  return ignis::round_(*this, decimals);
}
inline Tensor& Tensor::trunc_() {
  return ignis::trunc_(*this);
}
inline Tensor& Tensor::frac_() {
  return ignis::frac_(*this);
}
inline Tensor& Tensor::nan_to_num_(std::optional<double> nan, std::optional<double> posinf, std::optional<double> neginf) {
  return ignis::nan_to_num_(*this, nan, posinf, neginf);
}
inline Tensor& Tensor::logical_not_() {
  return ignis::logical_not_(*this);
}
inline Tensor& Tensor::bitwise_not_() {
  return ignis::bitwise_not_(*this);
}
inline Tensor& Tensor::add_(const Tensor& other, const Scalar& alpha) {
  return ignis::add_(*this, other, alpha);
}
inline Tensor& Tensor::add_(const Scalar& other, const Scalar& alpha) {
  return ignis::add_(*this, other, alpha);
}
inline Tensor& Tensor::sub_(const Tensor& other, const Scalar& alpha) {
  return ignis::sub_(*this, other, alpha);
}
inline Tensor& Tensor::sub_(const Scalar& other, const Scalar& alpha) {
  return ignis::sub_(*this, other, alpha);
}
inline Tensor& Tensor::mul_(const Tensor& other) {
  return ignis::mul_(*this, other);
}
inline Tensor& Tensor::mul_(const Scalar& other) {
  return ignis::mul_(*this, other);
}
inline Tensor& Tensor::div_(const Tensor& other) {
  return ignis::div_(*this, other);
}
inline Tensor& Tensor::div_(const Scalar& other) {
  return ignis::div_(*this, other);
}
inline Tensor& Tensor::div_(const Tensor& other, std::optional<std::string_view> rounding_mode) {
  return ignis::div_(*this, other, rounding_mode);
}
inline Tensor& Tensor::div_(const Scalar& other, std::optional<std::string_view> rounding_mode) {
  return ignis::div_(*this, other, rounding_mode);
}
inline Tensor& Tensor::floor_divide_(const Tensor& other) {
  return ignis::floor_divide_(*this, other);
}
inline Tensor& Tensor::floor_divide_(const Scalar& other) {
  return ignis::floor_divide_(*this, other);
}
inline Tensor& Tensor::remainder_(const Tensor& other) {
  return ignis::remainder_(*this, other);
}
inline Tensor& Tensor::remainder_(const Scalar& other) {
  return ignis::remainder_(*this, other);
}
inline Tensor& Tensor::fmod_(const Tensor& other) {
  return ignis::fmod_(*this, other);
}
inline Tensor& Tensor::fmod_(const Scalar& other) {
  return ignis::fmod_(*this, other);
}
inline Tensor& Tensor::pow_(const Tensor& exponent) {
  return ignis::pow_(*this, exponent);
}
inline Tensor& Tensor::pow_(const Scalar& exponent) {
  return ignis::pow_(*this, exponent);
}
inline Tensor& Tensor::atan2_(const Tensor& other) {
  return ignis::atan2_(*this, other);
}
inline Tensor& Tensor::eq_(const Tensor& other) {
  return ignis::eq_(*this, other);
}
inline Tensor& Tensor::eq_(const Scalar& other) {
  return ignis::eq_(*this, other);
}
inline Tensor& Tensor::ne_(const Tensor& other) {
  return ignis::ne_(*this, other);
}
inline Tensor& Tensor::ne_(const Scalar& other) {
  return ignis::ne_(*this, other);
}
inline Tensor& Tensor::lt_(const Tensor& other) {
  return ignis::lt_(*this, other);
}
inline Tensor& Tensor::lt_(const Scalar& other) {
  return ignis::lt_(*this, other);
}
inline Tensor& Tensor::le_(const Tensor& other) {
  return ignis::le_(*this, other);
}
inline Tensor& Tensor::le_(const Scalar& other) {
  return ignis::le_(*this, other);
}
inline Tensor& Tensor::gt_(const Tensor& other) {
  return ignis::gt_(*this, other);
}
inline Tensor& Tensor::gt_(const Scalar& other) {
  return ignis::gt_(*this, other);
}
inline Tensor& Tensor::ge_(const Tensor& other) {
  return ignis::ge_(*this, other);
}
inline Tensor& Tensor::ge_(const Scalar& other) {
  return ignis::ge_(*this, other);
}
inline Tensor& Tensor::logical_and_(const Tensor& other) {
  return ignis::logical_and_(*this, other);
}
inline Tensor& Tensor::logical_or_(const Tensor& other) {
  return ignis::logical_or_(*this, other);
}
inline Tensor& Tensor::logical_xor_(const Tensor& other) {
  return ignis::logical_xor_(*this, other);
}
inline Tensor& Tensor::bitwise_and_(const Tensor& other) {
  return ignis::bitwise_and_(*this, other);
}
inline Tensor& Tensor::bitwise_and_(const Scalar& other) {
  return ignis::bitwise_and_(*this, other);
}
inline Tensor& Tensor::bitwise_or_(const Tensor& other) {
  return ignis::bitwise_or_(*this, other);
}
inline Tensor& Tensor::bitwise_or_(const Scalar& other) {
  return ignis::bitwise_or_(*this, other);
}
inline Tensor& Tensor::bitwise_xor_(const Tensor& other) {
  return ignis::bitwise_xor_(*this, other);
}
inline Tensor& Tensor::bitwise_xor_(const Scalar& other) {
  return ignis::bitwise_xor_(*this, other);
}
inline Tensor& Tensor::clamp_(const std::optional<Scalar>& min, const std::optional<Scalar>& max) {
  return ignis::clamp_(*this, min, max);
}
inline Tensor& Tensor::clamp_(const std::optional<Tensor>& min, const std::optional<Tensor>& max) {
  return ignis::clamp_(*this, min, max);
}
inline Tensor& Tensor::lerp_(const Tensor& end, const Scalar& weight) {
  return ignis::lerp_(*this, end, weight);
}
inline Tensor& Tensor::lerp_(const Tensor& end, const Tensor& weight) {
  return ignis::lerp_(*this, end, weight);
}
inline Tensor& Tensor::addcmul_(const Tensor& tensor1, const Tensor& tensor2, const Scalar& value) {
  return ignis::addcmul_(*this, tensor1, tensor2, value);
}
inline Tensor& Tensor::addcdiv_(const Tensor& tensor1, const Tensor& tensor2, const Scalar& value) {
  return ignis::addcdiv_(*this, tensor1, tensor2, value);
}
inline Tensor& Tensor::cumsum_(int64_t dim, std::optional<DType> dtype) {
  return ignis::cumsum_(*this, dim, dtype);
}
inline Tensor& Tensor::cumprod_(int64_t dim, std::optional<DType> dtype) {
  return ignis::cumprod_(*this, dim, dtype);
}
inline Tensor& Tensor::tril_(int64_t diagonal) {
  return ignis::tril_(*this, diagonal);
}
inline Tensor& Tensor::triu_(int64_t diagonal) {
  return ignis::triu_(*this, diagonal);
}
inline Tensor& Tensor::scatter_(int64_t dim, const Tensor& index, const Tensor& src, std::optional<std::string_view> reduce) {
  return ignis::scatter_(*this, dim, index, src, reduce);
}
inline Tensor& Tensor::scatter_(int64_t dim, const Tensor& index, const Scalar& value, std::optional<std::string_view> reduce) {
  return ignis::scatter_(*this, dim, index, value, reduce);
}
inline Tensor& Tensor::scatter_add_(int64_t dim, const Tensor& index, const Tensor& src) {
  return ignis::scatter_add_(*this, dim, index, src);
}
inline Tensor& Tensor::index_add_(int64_t dim, const Tensor& index, const Tensor& source, const Scalar& alpha) {
  return ignis::index_add_(*this, dim, index, source, alpha);
}
inline Tensor& Tensor::index_put_(const std::vector<Tensor>& indices, const Tensor& values, bool accumulate) {
  return ignis::index_put_(*this, indices, values, accumulate);
}
inline Tensor& Tensor::masked_fill_(const Tensor& mask, const Scalar& value) {
  return ignis::masked_fill_(*this, mask, value);
}
inline Tensor& Tensor::masked_fill_(const Tensor& mask, const Tensor& value) {
  return ignis::masked_fill_(*this, mask, value);
}
inline Tensor& Tensor::masked_scatter_(const Tensor& mask, const Tensor& source) {
  return ignis::masked_scatter_(*this, mask, source);
}
inline Tensor& Tensor::addmm_(const Tensor& mat1, const Tensor& mat2, const Scalar& beta, const Scalar& alpha) {
  return ignis::addmm_(*this, mat1, mat2, beta, alpha);
}
inline Tensor& Tensor::baddbmm_(const Tensor& batch1, const Tensor& batch2, const Scalar& beta, const Scalar& alpha) {
  return ignis::baddbmm_(*this, batch1, batch2, beta, alpha);
}

}  // namespace ignis
