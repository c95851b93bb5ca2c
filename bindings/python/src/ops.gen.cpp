// generated from codegen/ops.yaml by codegen/gen.py - do not edit

// pybind11 registrations of every schema op (codegen/gen_python.py): functions on the
// module, methods and in-place methods on Tensor, out= overloads of the functions.
#include "casters.h"
#include "ignis/ops.h"

namespace ignis_py {

void init_ops(py::module_& m, py::class_<Tensor>& cls) {
  m.def("neg", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_neg(self.get(), r); });
  }, py::arg("input"), "Negative of each element (-x).");
  cls.def("neg", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_neg(self.get(), r); });
  }, "Negative of each element (-x).");
  m.def("abs", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_abs(self.get(), r); });
  }, py::arg("input"), "Absolute value of each element.");
  cls.def("abs", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_abs(self.get(), r); });
  }, "Absolute value of each element.");
  m.def("sign", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_sign(self.get(), r); });
  }, py::arg("input"), "Sign of each element: -1, 0 or 1 (0 for NaN).");
  cls.def("sign", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_sign(self.get(), r); });
  }, "Sign of each element: -1, 0 or 1 (0 for NaN).");
  m.def("exp", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_exp(self.get(), r); });
  }, py::arg("input"), "e raised to each element; integer inputs give the default float dtype.");
  cls.def("exp", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_exp(self.get(), r); });
  }, "e raised to each element; integer inputs give the default float dtype.");
  m.def("exp2", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_exp2(self.get(), r); });
  }, py::arg("input"), "2 raised to each element.");
  cls.def("exp2", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_exp2(self.get(), r); });
  }, "2 raised to each element.");
  m.def("expm1", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_expm1(self.get(), r); });
  }, py::arg("input"), "exp(x) - 1, accurate near zero.");
  cls.def("expm1", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_expm1(self.get(), r); });
  }, "exp(x) - 1, accurate near zero.");
  m.def("log", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_log(self.get(), r); });
  }, py::arg("input"), "Natural logarithm of each element.");
  cls.def("log", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_log(self.get(), r); });
  }, "Natural logarithm of each element.");
  m.def("log2", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_log2(self.get(), r); });
  }, py::arg("input"), "Base-2 logarithm of each element.");
  cls.def("log2", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_log2(self.get(), r); });
  }, "Base-2 logarithm of each element.");
  m.def("log10", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_log10(self.get(), r); });
  }, py::arg("input"), "Base-10 logarithm of each element.");
  cls.def("log10", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_log10(self.get(), r); });
  }, "Base-10 logarithm of each element.");
  m.def("log1p", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_log1p(self.get(), r); });
  }, py::arg("input"), "log(1 + x), accurate near zero.");
  cls.def("log1p", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_log1p(self.get(), r); });
  }, "log(1 + x), accurate near zero.");
  m.def("sqrt", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_sqrt(self.get(), r); });
  }, py::arg("input"), "Square root of each element.");
  cls.def("sqrt", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_sqrt(self.get(), r); });
  }, "Square root of each element.");
  m.def("rsqrt", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_rsqrt(self.get(), r); });
  }, py::arg("input"), "Reciprocal square root 1 / sqrt(x).");
  cls.def("rsqrt", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_rsqrt(self.get(), r); });
  }, "Reciprocal square root 1 / sqrt(x).");
  m.def("reciprocal", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_reciprocal(self.get(), r); });
  }, py::arg("input"), "Reciprocal 1 / x.");
  cls.def("reciprocal", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_reciprocal(self.get(), r); });
  }, "Reciprocal 1 / x.");
  m.def("sin", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_sin(self.get(), r); });
  }, py::arg("input"), "Sine of each element (radians).");
  cls.def("sin", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_sin(self.get(), r); });
  }, "Sine of each element (radians).");
  m.def("cos", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_cos(self.get(), r); });
  }, py::arg("input"), "Cosine of each element (radians).");
  cls.def("cos", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_cos(self.get(), r); });
  }, "Cosine of each element (radians).");
  m.def("tan", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_tan(self.get(), r); });
  }, py::arg("input"), "Tangent of each element (radians).");
  cls.def("tan", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_tan(self.get(), r); });
  }, "Tangent of each element (radians).");
  m.def("asin", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_asin(self.get(), r); });
  }, py::arg("input"), "Arcsine of each element.");
  cls.def("asin", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_asin(self.get(), r); });
  }, "Arcsine of each element.");
  m.def("acos", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_acos(self.get(), r); });
  }, py::arg("input"), "Arccosine of each element.");
  cls.def("acos", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_acos(self.get(), r); });
  }, "Arccosine of each element.");
  m.def("atan", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_atan(self.get(), r); });
  }, py::arg("input"), "Arctangent of each element.");
  cls.def("atan", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_atan(self.get(), r); });
  }, "Arctangent of each element.");
  m.def("sinh", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_sinh(self.get(), r); });
  }, py::arg("input"), "Hyperbolic sine of each element.");
  cls.def("sinh", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_sinh(self.get(), r); });
  }, "Hyperbolic sine of each element.");
  m.def("cosh", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_cosh(self.get(), r); });
  }, py::arg("input"), "Hyperbolic cosine of each element.");
  cls.def("cosh", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_cosh(self.get(), r); });
  }, "Hyperbolic cosine of each element.");
  m.def("tanh", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_tanh(self.get(), r); });
  }, py::arg("input"), "Hyperbolic tangent of each element.");
  cls.def("tanh", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_tanh(self.get(), r); });
  }, "Hyperbolic tangent of each element.");
  m.def("sigmoid", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_sigmoid(self.get(), r); });
  }, py::arg("input"), "Logistic sigmoid 1 / (1 + exp(-x)).");
  cls.def("sigmoid", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_sigmoid(self.get(), r); });
  }, "Logistic sigmoid 1 / (1 + exp(-x)).");
  m.def("logsigmoid", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_logsigmoid(self.get(), r); });
  }, py::arg("input"), "log(sigmoid(x)), computed without overflow.");
  m.def("relu", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_relu(self.get(), r); });
  }, py::arg("input"), "Rectified linear unit max(x, 0).");
  cls.def("relu", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_relu(self.get(), r); });
  }, "Rectified linear unit max(x, 0).");
  m.def("relu6", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_relu6(self.get(), r); });
  }, py::arg("input"), "min(max(x, 0), 6).");
  m.def("leaky_relu", [](const Tensor& self, const PyScalar& negative_slope) {
    return call1([&](ignis_tensor** r) { return ignis_leaky_relu(self.get(), negative_slope.s, r); });
  }, py::arg("input"), py::arg("negative_slope") = py::float_(0.01), "x where x > 0, else negative_slope * x.");
  m.def("elu", [](const Tensor& self, const PyScalar& alpha, const PyScalar& scale, const PyScalar& input_scale) {
    return call1([&](ignis_tensor** r) { return ignis_elu(self.get(), alpha.s, scale.s, input_scale.s, r); });
  }, py::arg("input"), py::arg("alpha") = py::int_(1), py::arg("scale") = py::int_(1), py::arg("input_scale") = py::int_(1), "scale * x where x > 0, else scale * alpha * (exp(input_scale * x) - 1).");
  m.def("selu", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_selu(self.get(), r); });
  }, py::arg("input"), "Scaled ELU with the self-normalizing constants alpha = 1.6733, scale = 1.0507.");
  m.def("gelu", [](const Tensor& self, const std::string& approximate) {
    return call1([&](ignis_tensor** r) { return ignis_gelu(self.get(), approximate.c_str(), r); });
  }, py::arg("input"), py::kw_only(), py::arg("approximate") = py::str("none"), "Gaussian error linear unit x * Phi(x); approximate \"tanh\" uses the tanh formula.");
  m.def("silu", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_silu(self.get(), r); });
  }, py::arg("input"), "x * sigmoid(x) (swish).");
  m.def("mish", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_mish(self.get(), r); });
  }, py::arg("input"), "x * tanh(softplus(x)).");
  m.def("softplus", [](const Tensor& self, const PyScalar& beta, const PyScalar& threshold) {
    return call1([&](ignis_tensor** r) { return ignis_softplus(self.get(), beta.s, threshold.s, r); });
  }, py::arg("input"), py::arg("beta") = py::int_(1), py::arg("threshold") = py::int_(20), "log(1 + exp(beta * x)) / beta, or x where beta * x > threshold.");
  m.def("hardswish", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_hardswish(self.get(), r); });
  }, py::arg("input"), "x * relu6(x + 3) / 6.");
  m.def("hardsigmoid", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_hardsigmoid(self.get(), r); });
  }, py::arg("input"), "relu6(x + 3) / 6.");
  m.def("erf", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_erf(self.get(), r); });
  }, py::arg("input"), "Gauss error function of each element.");
  cls.def("erf", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_erf(self.get(), r); });
  }, "Gauss error function of each element.");
  m.def("erfinv", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_erfinv(self.get(), r); });
  }, py::arg("input"), "Inverse of the error function on (-1, 1).");
  cls.def("erfinv", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_erfinv(self.get(), r); });
  }, "Inverse of the error function on (-1, 1).");
  m.def("floor", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_floor(self.get(), r); });
  }, py::arg("input"), "Largest integer not above each element (integers unchanged).");
  cls.def("floor", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_floor(self.get(), r); });
  }, "Largest integer not above each element (integers unchanged).");
  m.def("ceil", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_ceil(self.get(), r); });
  }, py::arg("input"), "Smallest integer not below each element (integers unchanged).");
  cls.def("ceil", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_ceil(self.get(), r); });
  }, "Smallest integer not below each element (integers unchanged).");
  m.def("round", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_round(self.get(), r); });
  }, py::arg("input"), "Nearest integer to each element, ties to even (integers unchanged).");
  cls.def("round", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_round(self.get(), r); });
  }, "Nearest integer to each element, ties to even (integers unchanged).");
  m.def("round", [](const Tensor& self, int64_t decimals) {
    return call1([&](ignis_tensor** r) { return ignis_round_decimals(self.get(), decimals, r); });
  }, py::arg("input"), py::kw_only(), py::arg("decimals"), "Rounds to the given number of decimals (negative: to tens, hundreds...), ties to even.");
  cls.def("round", [](const Tensor& self, int64_t decimals) {
    return call1([&](ignis_tensor** r) { return ignis_round_decimals(self.get(), decimals, r); });
  }, py::kw_only(), py::arg("decimals"), "Rounds to the given number of decimals (negative: to tens, hundreds...), ties to even.");
  m.def("trunc", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_trunc(self.get(), r); });
  }, py::arg("input"), "Each element rounded toward zero (integers unchanged).");
  cls.def("trunc", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_trunc(self.get(), r); });
  }, "Each element rounded toward zero (integers unchanged).");
  m.def("frac", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_frac(self.get(), r); });
  }, py::arg("input"), "Fractional part x - trunc(x).");
  cls.def("frac", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_frac(self.get(), r); });
  }, "Fractional part x - trunc(x).");
  m.def("isnan", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_isnan(self.get(), r); });
  }, py::arg("input"), "True where the element is NaN.");
  cls.def("isnan", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_isnan(self.get(), r); });
  }, "True where the element is NaN.");
  m.def("isinf", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_isinf(self.get(), r); });
  }, py::arg("input"), "True where the element is +inf or -inf.");
  cls.def("isinf", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_isinf(self.get(), r); });
  }, "True where the element is +inf or -inf.");
  m.def("isfinite", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_isfinite(self.get(), r); });
  }, py::arg("input"), "True where the element is neither NaN nor infinite.");
  cls.def("isfinite", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_isfinite(self.get(), r); });
  }, "True where the element is neither NaN nor infinite.");
  m.def("nan_to_num", [](const Tensor& self, std::optional<double> nan, std::optional<double> posinf, std::optional<double> neginf) {
    return call1([&](ignis_tensor** r) { return ignis_nan_to_num(self.get(), nan ? &*nan : nullptr, posinf ? &*posinf : nullptr, neginf ? &*neginf : nullptr, r); });
  }, py::arg("input"), py::arg("nan") = py::none(), py::arg("posinf") = py::none(), py::arg("neginf") = py::none(), "Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value).");
  cls.def("nan_to_num", [](const Tensor& self, std::optional<double> nan, std::optional<double> posinf, std::optional<double> neginf) {
    return call1([&](ignis_tensor** r) { return ignis_nan_to_num(self.get(), nan ? &*nan : nullptr, posinf ? &*posinf : nullptr, neginf ? &*neginf : nullptr, r); });
  }, py::arg("nan") = py::none(), py::arg("posinf") = py::none(), py::arg("neginf") = py::none(), "Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value).");
  m.def("logical_not", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_logical_not(self.get(), r); });
  }, py::arg("input"), "True where the element is zero (bool result).");
  cls.def("logical_not", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_logical_not(self.get(), r); });
  }, "True where the element is zero (bool result).");
  m.def("bitwise_not", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_bitwise_not(self.get(), r); });
  }, py::arg("input"), "Bitwise NOT of integer elements (logical NOT for bool).");
  cls.def("bitwise_not", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_bitwise_not(self.get(), r); });
  }, "Bitwise NOT of integer elements (logical NOT for bool).");
  m.def("add", [](const Tensor& self, const Tensor& other, const PyScalar& alpha) {
    return call1([&](ignis_tensor** r) { return ignis_add_tensor(self.get(), other.get(), alpha.s, r); });
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("alpha") = py::int_(1), "self + alpha * other, broadcasting, with PyTorch type promotion.");
  cls.def("add", [](const Tensor& self, const Tensor& other, const PyScalar& alpha) {
    return call1([&](ignis_tensor** r) { return ignis_add_tensor(self.get(), other.get(), alpha.s, r); });
  }, py::arg("other"), py::kw_only(), py::arg("alpha") = py::int_(1), "self + alpha * other, broadcasting, with PyTorch type promotion.");
  m.def("add", [](const Tensor& self, const PyScalar& other, const PyScalar& alpha) {
    return call1([&](ignis_tensor** r) { return ignis_add_scalar(self.get(), other.s, alpha.s, r); });
  }, py::arg("input"), py::arg("other"), py::arg("alpha") = py::int_(1), "self + alpha * other for a Scalar other.");
  cls.def("add", [](const Tensor& self, const PyScalar& other, const PyScalar& alpha) {
    return call1([&](ignis_tensor** r) { return ignis_add_scalar(self.get(), other.s, alpha.s, r); });
  }, py::arg("other"), py::arg("alpha") = py::int_(1), "self + alpha * other for a Scalar other.");
  m.def("sub", [](const Tensor& self, const Tensor& other, const PyScalar& alpha) {
    return call1([&](ignis_tensor** r) { return ignis_sub_tensor(self.get(), other.get(), alpha.s, r); });
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("alpha") = py::int_(1), "self - alpha * other, broadcasting (not for bool tensors).");
  cls.def("sub", [](const Tensor& self, const Tensor& other, const PyScalar& alpha) {
    return call1([&](ignis_tensor** r) { return ignis_sub_tensor(self.get(), other.get(), alpha.s, r); });
  }, py::arg("other"), py::kw_only(), py::arg("alpha") = py::int_(1), "self - alpha * other, broadcasting (not for bool tensors).");
  m.def("sub", [](const Tensor& self, const PyScalar& other, const PyScalar& alpha) {
    return call1([&](ignis_tensor** r) { return ignis_sub_scalar(self.get(), other.s, alpha.s, r); });
  }, py::arg("input"), py::arg("other"), py::arg("alpha") = py::int_(1), "self - alpha * other for a Scalar other.");
  cls.def("sub", [](const Tensor& self, const PyScalar& other, const PyScalar& alpha) {
    return call1([&](ignis_tensor** r) { return ignis_sub_scalar(self.get(), other.s, alpha.s, r); });
  }, py::arg("other"), py::arg("alpha") = py::int_(1), "self - alpha * other for a Scalar other.");
  m.def("mul", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_mul_tensor(self.get(), other.get(), r); });
  }, py::arg("input"), py::arg("other"), "Elementwise product, broadcasting.");
  cls.def("mul", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_mul_tensor(self.get(), other.get(), r); });
  }, py::arg("other"), "Elementwise product, broadcasting.");
  m.def("mul", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_mul_scalar(self.get(), other.s, r); });
  }, py::arg("input"), py::arg("other"), "Each element times a Scalar.");
  cls.def("mul", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_mul_scalar(self.get(), other.s, r); });
  }, py::arg("other"), "Each element times a Scalar.");
  m.def("div", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_div_tensor(self.get(), other.get(), r); });
  }, py::arg("input"), py::arg("other"), "True division; integer inputs give the default float dtype.");
  cls.def("div", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_div_tensor(self.get(), other.get(), r); });
  }, py::arg("other"), "True division; integer inputs give the default float dtype.");
  m.def("div", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_div_scalar(self.get(), other.s, r); });
  }, py::arg("input"), py::arg("other"), "True division by a Scalar.");
  cls.def("div", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_div_scalar(self.get(), other.s, r); });
  }, py::arg("other"), "True division by a Scalar.");
  m.def("div", [](const Tensor& self, const Tensor& other, const std::optional<std::string>& rounding_mode) {
    return call1([&](ignis_tensor** r) { return ignis_div_tensor_mode(self.get(), other.get(), rounding_mode ? rounding_mode->c_str() : nullptr, r); });
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("rounding_mode").none(true), "Division rounded by rounding_mode: None (true division), \"trunc\" or \"floor\".");
  cls.def("div", [](const Tensor& self, const Tensor& other, const std::optional<std::string>& rounding_mode) {
    return call1([&](ignis_tensor** r) { return ignis_div_tensor_mode(self.get(), other.get(), rounding_mode ? rounding_mode->c_str() : nullptr, r); });
  }, py::arg("other"), py::kw_only(), py::arg("rounding_mode").none(true), "Division rounded by rounding_mode: None (true division), \"trunc\" or \"floor\".");
  m.def("div", [](const Tensor& self, const PyScalar& other, const std::optional<std::string>& rounding_mode) {
    return call1([&](ignis_tensor** r) { return ignis_div_scalar_mode(self.get(), other.s, rounding_mode ? rounding_mode->c_str() : nullptr, r); });
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("rounding_mode").none(true), "Division by a Scalar rounded by rounding_mode: None, \"trunc\" or \"floor\".");
  cls.def("div", [](const Tensor& self, const PyScalar& other, const std::optional<std::string>& rounding_mode) {
    return call1([&](ignis_tensor** r) { return ignis_div_scalar_mode(self.get(), other.s, rounding_mode ? rounding_mode->c_str() : nullptr, r); });
  }, py::arg("other"), py::kw_only(), py::arg("rounding_mode").none(true), "Division by a Scalar rounded by rounding_mode: None, \"trunc\" or \"floor\".");
  m.def("floor_divide", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_floor_divide(self.get(), other.get(), r); });
  }, py::arg("input"), py::arg("other"), "Division rounded toward negative infinity (Python //).");
  cls.def("floor_divide", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_floor_divide(self.get(), other.get(), r); });
  }, py::arg("other"), "Division rounded toward negative infinity (Python //).");
  m.def("floor_divide", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_floor_divide_scalar(self.get(), other.s, r); });
  }, py::arg("input"), py::arg("other"), "Floor division by a Scalar.");
  cls.def("floor_divide", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_floor_divide_scalar(self.get(), other.s, r); });
  }, py::arg("other"), "Floor division by a Scalar.");
  m.def("remainder", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_remainder_tensor(self.get(), other.get(), r); });
  }, py::arg("input"), py::arg("other"), "Python-style modulus: the result has the sign of the divisor.");
  cls.def("remainder", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_remainder_tensor(self.get(), other.get(), r); });
  }, py::arg("other"), "Python-style modulus: the result has the sign of the divisor.");
  m.def("remainder", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_remainder_scalar(self.get(), other.s, r); });
  }, py::arg("input"), py::arg("other"), "Python-style modulus by a Scalar.");
  cls.def("remainder", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_remainder_scalar(self.get(), other.s, r); });
  }, py::arg("other"), "Python-style modulus by a Scalar.");
  m.def("remainder", [](const PyScalar& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_remainder_scalar_tensor(self.s, other.get(), r); });
  }, py::arg("input"), py::arg("other"), "Python-style modulus of a Scalar by each element.");
  m.def("fmod", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_fmod_tensor(self.get(), other.get(), r); });
  }, py::arg("input"), py::arg("other"), "C-style modulus: the result has the sign of the dividend.");
  cls.def("fmod", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_fmod_tensor(self.get(), other.get(), r); });
  }, py::arg("other"), "C-style modulus: the result has the sign of the dividend.");
  m.def("fmod", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_fmod_scalar(self.get(), other.s, r); });
  }, py::arg("input"), py::arg("other"), "C-style modulus by a Scalar.");
  cls.def("fmod", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_fmod_scalar(self.get(), other.s, r); });
  }, py::arg("other"), "C-style modulus by a Scalar.");
  m.def("pow", [](const Tensor& self, const Tensor& exponent) {
    return call1([&](ignis_tensor** r) { return ignis_pow_tensor_tensor(self.get(), exponent.get(), r); });
  }, py::arg("input"), py::arg("exponent"), "self raised to exponent elementwise.");
  cls.def("pow", [](const Tensor& self, const Tensor& exponent) {
    return call1([&](ignis_tensor** r) { return ignis_pow_tensor_tensor(self.get(), exponent.get(), r); });
  }, py::arg("exponent"), "self raised to exponent elementwise.");
  m.def("pow", [](const Tensor& self, const PyScalar& exponent) {
    return call1([&](ignis_tensor** r) { return ignis_pow_tensor_scalar(self.get(), exponent.s, r); });
  }, py::arg("input"), py::arg("exponent"), "Each element raised to a Scalar exponent.");
  cls.def("pow", [](const Tensor& self, const PyScalar& exponent) {
    return call1([&](ignis_tensor** r) { return ignis_pow_tensor_scalar(self.get(), exponent.s, r); });
  }, py::arg("exponent"), "Each element raised to a Scalar exponent.");
  m.def("pow", [](const PyScalar& self, const Tensor& exponent) {
    return call1([&](ignis_tensor** r) { return ignis_pow_scalar_self(self.s, exponent.get(), r); });
  }, py::arg("input"), py::arg("exponent"), "A Scalar raised to each element of exponent.");
  m.def("atan2", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_atan2(self.get(), other.get(), r); });
  }, py::arg("input"), py::arg("other"), "Arctangent of self / other in the right quadrant; integers give the default float dtype.");
  cls.def("atan2", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_atan2(self.get(), other.get(), r); });
  }, py::arg("other"), "Arctangent of self / other in the right quadrant; integers give the default float dtype.");
  m.def("maximum", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_maximum(self.get(), other.get(), r); });
  }, py::arg("input"), py::arg("other"), "Elementwise maximum; NaN if either is NaN.");
  cls.def("maximum", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_maximum(self.get(), other.get(), r); });
  }, py::arg("other"), "Elementwise maximum; NaN if either is NaN.");
  m.def("minimum", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_minimum(self.get(), other.get(), r); });
  }, py::arg("input"), py::arg("other"), "Elementwise minimum; NaN if either is NaN.");
  cls.def("minimum", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_minimum(self.get(), other.get(), r); });
  }, py::arg("other"), "Elementwise minimum; NaN if either is NaN.");
  m.def("eq", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_eq_tensor(self.get(), other.get(), r); });
  }, py::arg("input"), py::arg("other"), "self == other elementwise (bool result).");
  cls.def("eq", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_eq_tensor(self.get(), other.get(), r); });
  }, py::arg("other"), "self == other elementwise (bool result).");
  m.def("eq", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_eq_scalar(self.get(), other.s, r); });
  }, py::arg("input"), py::arg("other"), "self == a Scalar elementwise (bool result).");
  cls.def("eq", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_eq_scalar(self.get(), other.s, r); });
  }, py::arg("other"), "self == a Scalar elementwise (bool result).");
  m.def("ne", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_ne_tensor(self.get(), other.get(), r); });
  }, py::arg("input"), py::arg("other"), "self != other elementwise (bool result).");
  cls.def("ne", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_ne_tensor(self.get(), other.get(), r); });
  }, py::arg("other"), "self != other elementwise (bool result).");
  m.def("ne", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_ne_scalar(self.get(), other.s, r); });
  }, py::arg("input"), py::arg("other"), "self != a Scalar elementwise (bool result).");
  cls.def("ne", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_ne_scalar(self.get(), other.s, r); });
  }, py::arg("other"), "self != a Scalar elementwise (bool result).");
  m.def("lt", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_lt_tensor(self.get(), other.get(), r); });
  }, py::arg("input"), py::arg("other"), "self < other elementwise (bool result).");
  cls.def("lt", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_lt_tensor(self.get(), other.get(), r); });
  }, py::arg("other"), "self < other elementwise (bool result).");
  m.def("lt", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_lt_scalar(self.get(), other.s, r); });
  }, py::arg("input"), py::arg("other"), "self < a Scalar elementwise (bool result).");
  cls.def("lt", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_lt_scalar(self.get(), other.s, r); });
  }, py::arg("other"), "self < a Scalar elementwise (bool result).");
  m.def("le", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_le_tensor(self.get(), other.get(), r); });
  }, py::arg("input"), py::arg("other"), "self <= other elementwise (bool result).");
  cls.def("le", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_le_tensor(self.get(), other.get(), r); });
  }, py::arg("other"), "self <= other elementwise (bool result).");
  m.def("le", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_le_scalar(self.get(), other.s, r); });
  }, py::arg("input"), py::arg("other"), "self <= a Scalar elementwise (bool result).");
  cls.def("le", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_le_scalar(self.get(), other.s, r); });
  }, py::arg("other"), "self <= a Scalar elementwise (bool result).");
  m.def("gt", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_gt_tensor(self.get(), other.get(), r); });
  }, py::arg("input"), py::arg("other"), "self > other elementwise (bool result).");
  cls.def("gt", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_gt_tensor(self.get(), other.get(), r); });
  }, py::arg("other"), "self > other elementwise (bool result).");
  m.def("gt", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_gt_scalar(self.get(), other.s, r); });
  }, py::arg("input"), py::arg("other"), "self > a Scalar elementwise (bool result).");
  cls.def("gt", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_gt_scalar(self.get(), other.s, r); });
  }, py::arg("other"), "self > a Scalar elementwise (bool result).");
  m.def("ge", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_ge_tensor(self.get(), other.get(), r); });
  }, py::arg("input"), py::arg("other"), "self >= other elementwise (bool result).");
  cls.def("ge", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_ge_tensor(self.get(), other.get(), r); });
  }, py::arg("other"), "self >= other elementwise (bool result).");
  m.def("ge", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_ge_scalar(self.get(), other.s, r); });
  }, py::arg("input"), py::arg("other"), "self >= a Scalar elementwise (bool result).");
  cls.def("ge", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_ge_scalar(self.get(), other.s, r); });
  }, py::arg("other"), "self >= a Scalar elementwise (bool result).");
  m.def("logical_and", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_logical_and(self.get(), other.get(), r); });
  }, py::arg("input"), py::arg("other"), "Elementwise AND of truth values (nonzero is true; bool result).");
  cls.def("logical_and", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_logical_and(self.get(), other.get(), r); });
  }, py::arg("other"), "Elementwise AND of truth values (nonzero is true; bool result).");
  m.def("logical_or", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_logical_or(self.get(), other.get(), r); });
  }, py::arg("input"), py::arg("other"), "Elementwise OR of truth values (bool result).");
  cls.def("logical_or", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_logical_or(self.get(), other.get(), r); });
  }, py::arg("other"), "Elementwise OR of truth values (bool result).");
  m.def("logical_xor", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_logical_xor(self.get(), other.get(), r); });
  }, py::arg("input"), py::arg("other"), "Elementwise XOR of truth values (bool result).");
  cls.def("logical_xor", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_logical_xor(self.get(), other.get(), r); });
  }, py::arg("other"), "Elementwise XOR of truth values (bool result).");
  m.def("bitwise_and", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_bitwise_and_tensor(self.get(), other.get(), r); });
  }, py::arg("input"), py::arg("other"), "Bitwise AND of integer or bool tensors.");
  cls.def("bitwise_and", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_bitwise_and_tensor(self.get(), other.get(), r); });
  }, py::arg("other"), "Bitwise AND of integer or bool tensors.");
  m.def("bitwise_and", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_bitwise_and_scalar(self.get(), other.s, r); });
  }, py::arg("input"), py::arg("other"), "Bitwise AND with an integer or bool Scalar.");
  cls.def("bitwise_and", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_bitwise_and_scalar(self.get(), other.s, r); });
  }, py::arg("other"), "Bitwise AND with an integer or bool Scalar.");
  m.def("bitwise_or", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_bitwise_or_tensor(self.get(), other.get(), r); });
  }, py::arg("input"), py::arg("other"), "Bitwise OR of integer or bool tensors.");
  cls.def("bitwise_or", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_bitwise_or_tensor(self.get(), other.get(), r); });
  }, py::arg("other"), "Bitwise OR of integer or bool tensors.");
  m.def("bitwise_or", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_bitwise_or_scalar(self.get(), other.s, r); });
  }, py::arg("input"), py::arg("other"), "Bitwise OR with an integer or bool Scalar.");
  cls.def("bitwise_or", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_bitwise_or_scalar(self.get(), other.s, r); });
  }, py::arg("other"), "Bitwise OR with an integer or bool Scalar.");
  m.def("bitwise_xor", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_bitwise_xor_tensor(self.get(), other.get(), r); });
  }, py::arg("input"), py::arg("other"), "Bitwise XOR of integer or bool tensors.");
  cls.def("bitwise_xor", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_bitwise_xor_tensor(self.get(), other.get(), r); });
  }, py::arg("other"), "Bitwise XOR of integer or bool tensors.");
  m.def("bitwise_xor", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_bitwise_xor_scalar(self.get(), other.s, r); });
  }, py::arg("input"), py::arg("other"), "Bitwise XOR with an integer or bool Scalar.");
  cls.def("bitwise_xor", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_bitwise_xor_scalar(self.get(), other.s, r); });
  }, py::arg("other"), "Bitwise XOR with an integer or bool Scalar.");
  m.def("where", [](const Tensor& condition, const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_where_self(condition.get(), self.get(), other.get(), r); });
  }, py::arg("condition"), py::arg("input"), py::arg("other"), "Elements of self where the bool condition holds, else of other (broadcasting all three).");
  m.def("where", [](const Tensor& condition, const PyScalar& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_where_scalar_self(condition.get(), self.s, other.get(), r); });
  }, py::arg("condition"), py::arg("input"), py::arg("other"), "where with a Scalar self.");
  m.def("where", [](const Tensor& condition, const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_where_scalar_other(condition.get(), self.get(), other.s, r); });
  }, py::arg("condition"), py::arg("input"), py::arg("other"), "where with a Scalar other.");
  m.def("where", [](const Tensor& condition, const PyScalar& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_where_scalar(condition.get(), self.s, other.s, r); });
  }, py::arg("condition"), py::arg("input"), py::arg("other"), "where choosing between two Scalars.");
  m.def("clamp", [](const Tensor& self, const std::optional<PyScalar>& min, const std::optional<PyScalar>& max) {
    return call1([&](ignis_tensor** r) { return ignis_clamp(self.get(), min ? &min->s : nullptr, max ? &max->s : nullptr, r); });
  }, py::arg("input"), py::arg("min") = py::none(), py::arg("max") = py::none(), "Each element limited to [min, max] (min > max gives max); NaN stays NaN.");
  cls.def("clamp", [](const Tensor& self, const std::optional<PyScalar>& min, const std::optional<PyScalar>& max) {
    return call1([&](ignis_tensor** r) { return ignis_clamp(self.get(), min ? &min->s : nullptr, max ? &max->s : nullptr, r); });
  }, py::arg("min") = py::none(), py::arg("max") = py::none(), "Each element limited to [min, max] (min > max gives max); NaN stays NaN.");
  m.def("clamp", [](const Tensor& self, const std::optional<Tensor>& min, const std::optional<Tensor>& max) {
    return call1([&](ignis_tensor** r) { return ignis_clamp_tensor(self.get(), min ? min->get() : nullptr, max ? max->get() : nullptr, r); });
  }, py::arg("input"), py::arg("min") = py::none(), py::arg("max") = py::none(), "Each element limited by broadcast min and max tensors (NaN bounds propagate).");
  cls.def("clamp", [](const Tensor& self, const std::optional<Tensor>& min, const std::optional<Tensor>& max) {
    return call1([&](ignis_tensor** r) { return ignis_clamp_tensor(self.get(), min ? min->get() : nullptr, max ? max->get() : nullptr, r); });
  }, py::arg("min") = py::none(), py::arg("max") = py::none(), "Each element limited by broadcast min and max tensors (NaN bounds propagate).");
  m.def("lerp", [](const Tensor& self, const Tensor& end, const PyScalar& weight) {
    return call1([&](ignis_tensor** r) { return ignis_lerp_scalar(self.get(), end.get(), weight.s, r); });
  }, py::arg("input"), py::arg("end"), py::arg("weight"), "Linear interpolation self + weight * (end - self).");
  cls.def("lerp", [](const Tensor& self, const Tensor& end, const PyScalar& weight) {
    return call1([&](ignis_tensor** r) { return ignis_lerp_scalar(self.get(), end.get(), weight.s, r); });
  }, py::arg("end"), py::arg("weight"), "Linear interpolation self + weight * (end - self).");
  m.def("lerp", [](const Tensor& self, const Tensor& end, const Tensor& weight) {
    return call1([&](ignis_tensor** r) { return ignis_lerp_tensor(self.get(), end.get(), weight.get(), r); });
  }, py::arg("input"), py::arg("end"), py::arg("weight"), "Linear interpolation with a broadcast weight tensor.");
  cls.def("lerp", [](const Tensor& self, const Tensor& end, const Tensor& weight) {
    return call1([&](ignis_tensor** r) { return ignis_lerp_tensor(self.get(), end.get(), weight.get(), r); });
  }, py::arg("end"), py::arg("weight"), "Linear interpolation with a broadcast weight tensor.");
  m.def("addcmul", [](const Tensor& self, const Tensor& tensor1, const Tensor& tensor2, const PyScalar& value) {
    return call1([&](ignis_tensor** r) { return ignis_addcmul(self.get(), tensor1.get(), tensor2.get(), value.s, r); });
  }, py::arg("input"), py::arg("tensor1"), py::arg("tensor2"), py::kw_only(), py::arg("value") = py::int_(1), "self + value * tensor1 * tensor2.");
  cls.def("addcmul", [](const Tensor& self, const Tensor& tensor1, const Tensor& tensor2, const PyScalar& value) {
    return call1([&](ignis_tensor** r) { return ignis_addcmul(self.get(), tensor1.get(), tensor2.get(), value.s, r); });
  }, py::arg("tensor1"), py::arg("tensor2"), py::kw_only(), py::arg("value") = py::int_(1), "self + value * tensor1 * tensor2.");
  m.def("addcdiv", [](const Tensor& self, const Tensor& tensor1, const Tensor& tensor2, const PyScalar& value) {
    return call1([&](ignis_tensor** r) { return ignis_addcdiv(self.get(), tensor1.get(), tensor2.get(), value.s, r); });
  }, py::arg("input"), py::arg("tensor1"), py::arg("tensor2"), py::kw_only(), py::arg("value") = py::int_(1), "self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error).");
  cls.def("addcdiv", [](const Tensor& self, const Tensor& tensor1, const Tensor& tensor2, const PyScalar& value) {
    return call1([&](ignis_tensor** r) { return ignis_addcdiv(self.get(), tensor1.get(), tensor2.get(), value.s, r); });
  }, py::arg("tensor1"), py::arg("tensor2"), py::kw_only(), py::arg("value") = py::int_(1), "self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error).");
  m.def("sum", [](const Tensor& self, const std::optional<IntList>& dim, bool keepdim, std::optional<ignis_dtype> dtype) {
    return call1([&](ignis_tensor** r) { return ignis_sum(self.get(), dim ? dim->v.data() : nullptr, dim ? dim->v.size() : 0, keepdim ? 1 : 0, dtype ? &*dtype : nullptr, r); });
  }, py::arg("input"), py::arg("dim") = py::none(), py::arg("keepdim") = py::bool_(false), py::kw_only(), py::arg("dtype") = py::none(), "Sum over dims (None or [] = all); integers and bool sum to int64 unless dtype is given.");
  cls.def("sum", [](const Tensor& self, const std::optional<IntList>& dim, bool keepdim, std::optional<ignis_dtype> dtype) {
    return call1([&](ignis_tensor** r) { return ignis_sum(self.get(), dim ? dim->v.data() : nullptr, dim ? dim->v.size() : 0, keepdim ? 1 : 0, dtype ? &*dtype : nullptr, r); });
  }, py::arg("dim") = py::none(), py::arg("keepdim") = py::bool_(false), py::kw_only(), py::arg("dtype") = py::none(), "Sum over dims (None or [] = all); integers and bool sum to int64 unless dtype is given.");
  m.def("mean", [](const Tensor& self, const std::optional<IntList>& dim, bool keepdim, std::optional<ignis_dtype> dtype) {
    return call1([&](ignis_tensor** r) { return ignis_mean(self.get(), dim ? dim->v.data() : nullptr, dim ? dim->v.size() : 0, keepdim ? 1 : 0, dtype ? &*dtype : nullptr, r); });
  }, py::arg("input"), py::arg("dim") = py::none(), py::arg("keepdim") = py::bool_(false), py::kw_only(), py::arg("dtype") = py::none(), "Arithmetic mean over dims (None or [] = all); nan for an empty reduction.");
  cls.def("mean", [](const Tensor& self, const std::optional<IntList>& dim, bool keepdim, std::optional<ignis_dtype> dtype) {
    return call1([&](ignis_tensor** r) { return ignis_mean(self.get(), dim ? dim->v.data() : nullptr, dim ? dim->v.size() : 0, keepdim ? 1 : 0, dtype ? &*dtype : nullptr, r); });
  }, py::arg("dim") = py::none(), py::arg("keepdim") = py::bool_(false), py::kw_only(), py::arg("dtype") = py::none(), "Arithmetic mean over dims (None or [] = all); nan for an empty reduction.");
  m.def("prod", [](const Tensor& self, const std::optional<IntList>& dim, bool keepdim, std::optional<ignis_dtype> dtype) {
    return call1([&](ignis_tensor** r) { return ignis_prod(self.get(), dim ? dim->v.data() : nullptr, dim ? dim->v.size() : 0, keepdim ? 1 : 0, dtype ? &*dtype : nullptr, r); });
  }, py::arg("input"), py::arg("dim") = py::none(), py::arg("keepdim") = py::bool_(false), py::kw_only(), py::arg("dtype") = py::none(), "Product over dims (None = all); integers and bool multiply to int64 unless dtype is given.");
  cls.def("prod", [](const Tensor& self, const std::optional<IntList>& dim, bool keepdim, std::optional<ignis_dtype> dtype) {
    return call1([&](ignis_tensor** r) { return ignis_prod(self.get(), dim ? dim->v.data() : nullptr, dim ? dim->v.size() : 0, keepdim ? 1 : 0, dtype ? &*dtype : nullptr, r); });
  }, py::arg("dim") = py::none(), py::arg("keepdim") = py::bool_(false), py::kw_only(), py::arg("dtype") = py::none(), "Product over dims (None = all); integers and bool multiply to int64 unless dtype is given.");
  m.def("var", [](const Tensor& self, const std::optional<IntList>& dim, const std::optional<PyScalar>& correction, bool keepdim) {
    return call1([&](ignis_tensor** r) { return ignis_var(self.get(), dim ? dim->v.data() : nullptr, dim ? dim->v.size() : 0, correction ? &correction->s : nullptr, keepdim ? 1 : 0, r); });
  }, py::arg("input"), py::arg("dim") = py::none(), py::kw_only(), py::arg("correction") = py::none(), py::arg("keepdim") = py::bool_(false), "Variance over dims with sum of squared deviations / max(0, N - correction) (None = 1).");
  cls.def("var", [](const Tensor& self, const std::optional<IntList>& dim, const std::optional<PyScalar>& correction, bool keepdim) {
    return call1([&](ignis_tensor** r) { return ignis_var(self.get(), dim ? dim->v.data() : nullptr, dim ? dim->v.size() : 0, correction ? &correction->s : nullptr, keepdim ? 1 : 0, r); });
  }, py::arg("dim") = py::none(), py::kw_only(), py::arg("correction") = py::none(), py::arg("keepdim") = py::bool_(false), "Variance over dims with sum of squared deviations / max(0, N - correction) (None = 1).");
  m.def("std", [](const Tensor& self, const std::optional<IntList>& dim, const std::optional<PyScalar>& correction, bool keepdim) {
    return call1([&](ignis_tensor** r) { return ignis_std(self.get(), dim ? dim->v.data() : nullptr, dim ? dim->v.size() : 0, correction ? &correction->s : nullptr, keepdim ? 1 : 0, r); });
  }, py::arg("input"), py::arg("dim") = py::none(), py::kw_only(), py::arg("correction") = py::none(), py::arg("keepdim") = py::bool_(false), "Standard deviation over dims, the square root of var with the same correction (None = 1).");
  cls.def("std", [](const Tensor& self, const std::optional<IntList>& dim, const std::optional<PyScalar>& correction, bool keepdim) {
    return call1([&](ignis_tensor** r) { return ignis_std(self.get(), dim ? dim->v.data() : nullptr, dim ? dim->v.size() : 0, correction ? &correction->s : nullptr, keepdim ? 1 : 0, r); });
  }, py::arg("dim") = py::none(), py::kw_only(), py::arg("correction") = py::none(), py::arg("keepdim") = py::bool_(false), "Standard deviation over dims, the square root of var with the same correction (None = 1).");
  m.def("max", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_max(self.get(), r); });
  }, py::arg("input"), "Largest element (nan when any element is nan); errors on an empty tensor.");
  cls.def("max", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_max(self.get(), r); });
  }, "Largest element (nan when any element is nan); errors on an empty tensor.");
  m.def("max", [](const Tensor& self, int64_t dim, bool keepdim) {
    return call_tuple<2>([&](ignis_tensor** r) { return ignis_max_dim(self.get(), dim, keepdim ? 1 : 0, &r[0], &r[1]); }, named_tuple("max", "values indices"));
  }, py::arg("input"), py::arg("dim"), py::arg("keepdim") = py::bool_(false), "Largest values along dim and the index of the first of each (nan propagates).");
  cls.def("max", [](const Tensor& self, int64_t dim, bool keepdim) {
    return call_tuple<2>([&](ignis_tensor** r) { return ignis_max_dim(self.get(), dim, keepdim ? 1 : 0, &r[0], &r[1]); }, named_tuple("max", "values indices"));
  }, py::arg("dim"), py::arg("keepdim") = py::bool_(false), "Largest values along dim and the index of the first of each (nan propagates).");
  m.def("min", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_min(self.get(), r); });
  }, py::arg("input"), "Smallest element (nan when any element is nan); errors on an empty tensor.");
  cls.def("min", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_min(self.get(), r); });
  }, "Smallest element (nan when any element is nan); errors on an empty tensor.");
  m.def("min", [](const Tensor& self, int64_t dim, bool keepdim) {
    return call_tuple<2>([&](ignis_tensor** r) { return ignis_min_dim(self.get(), dim, keepdim ? 1 : 0, &r[0], &r[1]); }, named_tuple("min", "values indices"));
  }, py::arg("input"), py::arg("dim"), py::arg("keepdim") = py::bool_(false), "Smallest values along dim and the index of the first of each (nan propagates).");
  cls.def("min", [](const Tensor& self, int64_t dim, bool keepdim) {
    return call_tuple<2>([&](ignis_tensor** r) { return ignis_min_dim(self.get(), dim, keepdim ? 1 : 0, &r[0], &r[1]); }, named_tuple("min", "values indices"));
  }, py::arg("dim"), py::arg("keepdim") = py::bool_(false), "Smallest values along dim and the index of the first of each (nan propagates).");
  m.def("amax", [](const Tensor& self, const IntList& dim, bool keepdim) {
    return call1([&](ignis_tensor** r) { return ignis_amax(self.get(), dim.v.data(), dim.v.size(), keepdim ? 1 : 0, r); });
  }, py::arg("input"), py::arg("dim") = py::tuple(), py::arg("keepdim") = py::bool_(false), "Largest values over dims ([] = all), nan propagating; reduced dims must be non-empty.");
  cls.def("amax", [](const Tensor& self, const IntList& dim, bool keepdim) {
    return call1([&](ignis_tensor** r) { return ignis_amax(self.get(), dim.v.data(), dim.v.size(), keepdim ? 1 : 0, r); });
  }, py::arg("dim") = py::tuple(), py::arg("keepdim") = py::bool_(false), "Largest values over dims ([] = all), nan propagating; reduced dims must be non-empty.");
  m.def("amin", [](const Tensor& self, const IntList& dim, bool keepdim) {
    return call1([&](ignis_tensor** r) { return ignis_amin(self.get(), dim.v.data(), dim.v.size(), keepdim ? 1 : 0, r); });
  }, py::arg("input"), py::arg("dim") = py::tuple(), py::arg("keepdim") = py::bool_(false), "Smallest values over dims ([] = all), nan propagating; reduced dims must be non-empty.");
  cls.def("amin", [](const Tensor& self, const IntList& dim, bool keepdim) {
    return call1([&](ignis_tensor** r) { return ignis_amin(self.get(), dim.v.data(), dim.v.size(), keepdim ? 1 : 0, r); });
  }, py::arg("dim") = py::tuple(), py::arg("keepdim") = py::bool_(false), "Smallest values over dims ([] = all), nan propagating; reduced dims must be non-empty.");
  m.def("argmax", [](const Tensor& self, std::optional<int64_t> dim, bool keepdim) {
    return call1([&](ignis_tensor** r) { return ignis_argmax(self.get(), dim ? &*dim : nullptr, keepdim ? 1 : 0, r); });
  }, py::arg("input"), py::arg("dim") = py::none(), py::arg("keepdim") = py::bool_(false), "Index of the first largest value along dim (None = of the flattened tensor; nan is largest).");
  cls.def("argmax", [](const Tensor& self, std::optional<int64_t> dim, bool keepdim) {
    return call1([&](ignis_tensor** r) { return ignis_argmax(self.get(), dim ? &*dim : nullptr, keepdim ? 1 : 0, r); });
  }, py::arg("dim") = py::none(), py::arg("keepdim") = py::bool_(false), "Index of the first largest value along dim (None = of the flattened tensor; nan is largest).");
  m.def("argmin", [](const Tensor& self, std::optional<int64_t> dim, bool keepdim) {
    return call1([&](ignis_tensor** r) { return ignis_argmin(self.get(), dim ? &*dim : nullptr, keepdim ? 1 : 0, r); });
  }, py::arg("input"), py::arg("dim") = py::none(), py::arg("keepdim") = py::bool_(false), "Index of the first smallest value along dim (None = of the flattened tensor; nan is smallest).");
  cls.def("argmin", [](const Tensor& self, std::optional<int64_t> dim, bool keepdim) {
    return call1([&](ignis_tensor** r) { return ignis_argmin(self.get(), dim ? &*dim : nullptr, keepdim ? 1 : 0, r); });
  }, py::arg("dim") = py::none(), py::arg("keepdim") = py::bool_(false), "Index of the first smallest value along dim (None = of the flattened tensor; nan is smallest).");
  m.def("logsumexp", [](const Tensor& self, const IntList& dim, bool keepdim) {
    return call1([&](ignis_tensor** r) { return ignis_logsumexp(self.get(), dim.v.data(), dim.v.size(), keepdim ? 1 : 0, r); });
  }, py::arg("input"), py::arg("dim"), py::arg("keepdim") = py::bool_(false), "log(sum(exp(x))) over dims, computed stably; integers give the default float dtype.");
  cls.def("logsumexp", [](const Tensor& self, const IntList& dim, bool keepdim) {
    return call1([&](ignis_tensor** r) { return ignis_logsumexp(self.get(), dim.v.data(), dim.v.size(), keepdim ? 1 : 0, r); });
  }, py::arg("dim"), py::arg("keepdim") = py::bool_(false), "log(sum(exp(x))) over dims, computed stably; integers give the default float dtype.");
  m.def("all", [](const Tensor& self, const std::optional<IntList>& dim, bool keepdim) {
    return call1([&](ignis_tensor** r) { return ignis_all(self.get(), dim ? dim->v.data() : nullptr, dim ? dim->v.size() : 0, keepdim ? 1 : 0, r); });
  }, py::arg("input"), py::arg("dim") = py::none(), py::arg("keepdim") = py::bool_(false), "True (bool) where every element over dims is nonzero; true for an empty reduction.");
  cls.def("all", [](const Tensor& self, const std::optional<IntList>& dim, bool keepdim) {
    return call1([&](ignis_tensor** r) { return ignis_all(self.get(), dim ? dim->v.data() : nullptr, dim ? dim->v.size() : 0, keepdim ? 1 : 0, r); });
  }, py::arg("dim") = py::none(), py::arg("keepdim") = py::bool_(false), "True (bool) where every element over dims is nonzero; true for an empty reduction.");
  m.def("any", [](const Tensor& self, const std::optional<IntList>& dim, bool keepdim) {
    return call1([&](ignis_tensor** r) { return ignis_any(self.get(), dim ? dim->v.data() : nullptr, dim ? dim->v.size() : 0, keepdim ? 1 : 0, r); });
  }, py::arg("input"), py::arg("dim") = py::none(), py::arg("keepdim") = py::bool_(false), "True (bool) where some element over dims is nonzero; false for an empty reduction.");
  cls.def("any", [](const Tensor& self, const std::optional<IntList>& dim, bool keepdim) {
    return call1([&](ignis_tensor** r) { return ignis_any(self.get(), dim ? dim->v.data() : nullptr, dim ? dim->v.size() : 0, keepdim ? 1 : 0, r); });
  }, py::arg("dim") = py::none(), py::arg("keepdim") = py::bool_(false), "True (bool) where some element over dims is nonzero; false for an empty reduction.");
  m.def("norm", [](const Tensor& self, const std::optional<PyScalar>& p, const std::optional<IntList>& dim, bool keepdim, std::optional<ignis_dtype> dtype) {
    return call1([&](ignis_tensor** r) { return ignis_norm(self.get(), p ? &p->s : nullptr, dim ? dim->v.data() : nullptr, dim ? dim->v.size() : 0, keepdim ? 1 : 0, dtype ? &*dtype : nullptr, r); });
  }, py::arg("input"), py::arg("p") = py::int_(2), py::arg("dim") = py::none(), py::arg("keepdim") = py::bool_(false), py::kw_only(), py::arg("dtype") = py::none(), "Vector p-norm over dims (None = all); p may be inf, -inf or 0 (count of nonzeros).");
  cls.def("norm", [](const Tensor& self, const std::optional<PyScalar>& p, const std::optional<IntList>& dim, bool keepdim, std::optional<ignis_dtype> dtype) {
    return call1([&](ignis_tensor** r) { return ignis_norm(self.get(), p ? &p->s : nullptr, dim ? dim->v.data() : nullptr, dim ? dim->v.size() : 0, keepdim ? 1 : 0, dtype ? &*dtype : nullptr, r); });
  }, py::arg("p") = py::int_(2), py::arg("dim") = py::none(), py::arg("keepdim") = py::bool_(false), py::kw_only(), py::arg("dtype") = py::none(), "Vector p-norm over dims (None = all); p may be inf, -inf or 0 (count of nonzeros).");
  m.def("norm", [](const Tensor& self, const std::string& p, const std::optional<IntList>& dim, bool keepdim, std::optional<ignis_dtype> dtype) {
    return call1([&](ignis_tensor** r) { return ignis_norm_str(self.get(), p.c_str(), dim ? dim->v.data() : nullptr, dim ? dim->v.size() : 0, keepdim ? 1 : 0, dtype ? &*dtype : nullptr, r); });
  }, py::arg("input"), py::arg("p"), py::arg("dim") = py::none(), py::arg("keepdim") = py::bool_(false), py::kw_only(), py::arg("dtype") = py::none(), "Frobenius norm for p = \"fro\" (the 2-norm over dims, None = all); \"nuc\" is not supported.");
  cls.def("norm", [](const Tensor& self, const std::string& p, const std::optional<IntList>& dim, bool keepdim, std::optional<ignis_dtype> dtype) {
    return call1([&](ignis_tensor** r) { return ignis_norm_str(self.get(), p.c_str(), dim ? dim->v.data() : nullptr, dim ? dim->v.size() : 0, keepdim ? 1 : 0, dtype ? &*dtype : nullptr, r); });
  }, py::arg("p"), py::arg("dim") = py::none(), py::arg("keepdim") = py::bool_(false), py::kw_only(), py::arg("dtype") = py::none(), "Frobenius norm for p = \"fro\" (the 2-norm over dims, None = all); \"nuc\" is not supported.");
  m.def("count_nonzero", [](const Tensor& self, const std::optional<IntList>& dim) {
    return call1([&](ignis_tensor** r) { return ignis_count_nonzero(self.get(), dim ? dim->v.data() : nullptr, dim ? dim->v.size() : 0, r); });
  }, py::arg("input"), py::arg("dim") = py::none(), "Number of nonzero elements over dims (None = all), as int64.");
  cls.def("count_nonzero", [](const Tensor& self, const std::optional<IntList>& dim) {
    return call1([&](ignis_tensor** r) { return ignis_count_nonzero(self.get(), dim ? dim->v.data() : nullptr, dim ? dim->v.size() : 0, r); });
  }, py::arg("dim") = py::none(), "Number of nonzero elements over dims (None = all), as int64.");
  m.def("cumsum", [](const Tensor& self, int64_t dim, std::optional<ignis_dtype> dtype) {
    return call1([&](ignis_tensor** r) { return ignis_cumsum(self.get(), dim, dtype ? &*dtype : nullptr, r); });
  }, py::arg("input"), py::arg("dim"), py::kw_only(), py::arg("dtype") = py::none(), "Running sum along dim; integers and bool give int64 unless dtype is given.");
  cls.def("cumsum", [](const Tensor& self, int64_t dim, std::optional<ignis_dtype> dtype) {
    return call1([&](ignis_tensor** r) { return ignis_cumsum(self.get(), dim, dtype ? &*dtype : nullptr, r); });
  }, py::arg("dim"), py::kw_only(), py::arg("dtype") = py::none(), "Running sum along dim; integers and bool give int64 unless dtype is given.");
  m.def("cumprod", [](const Tensor& self, int64_t dim, std::optional<ignis_dtype> dtype) {
    return call1([&](ignis_tensor** r) { return ignis_cumprod(self.get(), dim, dtype ? &*dtype : nullptr, r); });
  }, py::arg("input"), py::arg("dim"), py::kw_only(), py::arg("dtype") = py::none(), "Running product along dim; integers and bool give int64 unless dtype is given.");
  cls.def("cumprod", [](const Tensor& self, int64_t dim, std::optional<ignis_dtype> dtype) {
    return call1([&](ignis_tensor** r) { return ignis_cumprod(self.get(), dim, dtype ? &*dtype : nullptr, r); });
  }, py::arg("dim"), py::kw_only(), py::arg("dtype") = py::none(), "Running product along dim; integers and bool give int64 unless dtype is given.");
  m.def("sort", [](const Tensor& self, int64_t dim, bool descending, bool stable) {
    return call_tuple<2>([&](ignis_tensor** r) { return ignis_sort(self.get(), dim, descending ? 1 : 0, stable ? 1 : 0, &r[0], &r[1]); }, named_tuple("sort", "values indices"));
  }, py::arg("input"), py::arg("dim") = py::int_(-1), py::arg("descending") = py::bool_(false), py::kw_only(), py::arg("stable") = py::bool_(false), "Values sorted along dim and their original indices; nan sorts last (first when descending).");
  cls.def("sort", [](const Tensor& self, int64_t dim, bool descending, bool stable) {
    return call_tuple<2>([&](ignis_tensor** r) { return ignis_sort(self.get(), dim, descending ? 1 : 0, stable ? 1 : 0, &r[0], &r[1]); }, named_tuple("sort", "values indices"));
  }, py::arg("dim") = py::int_(-1), py::arg("descending") = py::bool_(false), py::kw_only(), py::arg("stable") = py::bool_(false), "Values sorted along dim and their original indices; nan sorts last (first when descending).");
  m.def("argsort", [](const Tensor& self, int64_t dim, bool descending, bool stable) {
    return call1([&](ignis_tensor** r) { return ignis_argsort(self.get(), dim, descending ? 1 : 0, stable ? 1 : 0, r); });
  }, py::arg("input"), py::arg("dim") = py::int_(-1), py::arg("descending") = py::bool_(false), py::kw_only(), py::arg("stable") = py::bool_(false), "Indices that sort self along dim (the indices of sort).");
  cls.def("argsort", [](const Tensor& self, int64_t dim, bool descending, bool stable) {
    return call1([&](ignis_tensor** r) { return ignis_argsort(self.get(), dim, descending ? 1 : 0, stable ? 1 : 0, r); });
  }, py::arg("dim") = py::int_(-1), py::arg("descending") = py::bool_(false), py::kw_only(), py::arg("stable") = py::bool_(false), "Indices that sort self along dim (the indices of sort).");
  m.def("topk", [](const Tensor& self, int64_t k, int64_t dim, bool largest, bool sorted) {
    return call_tuple<2>([&](ignis_tensor** r) { return ignis_topk(self.get(), k, dim, largest ? 1 : 0, sorted ? 1 : 0, &r[0], &r[1]); }, named_tuple("topk", "values indices"));
  }, py::arg("input"), py::arg("k"), py::arg("dim") = py::int_(-1), py::arg("largest") = py::bool_(true), py::arg("sorted") = py::bool_(true), "The k largest (or smallest) values along dim and their indices; nan counts as largest.");
  cls.def("topk", [](const Tensor& self, int64_t k, int64_t dim, bool largest, bool sorted) {
    return call_tuple<2>([&](ignis_tensor** r) { return ignis_topk(self.get(), k, dim, largest ? 1 : 0, sorted ? 1 : 0, &r[0], &r[1]); }, named_tuple("topk", "values indices"));
  }, py::arg("k"), py::arg("dim") = py::int_(-1), py::arg("largest") = py::bool_(true), py::arg("sorted") = py::bool_(true), "The k largest (or smallest) values along dim and their indices; nan counts as largest.");
  m.def("kthvalue", [](const Tensor& self, int64_t k, int64_t dim, bool keepdim) {
    return call_tuple<2>([&](ignis_tensor** r) { return ignis_kthvalue(self.get(), k, dim, keepdim ? 1 : 0, &r[0], &r[1]); }, named_tuple("kthvalue", "values indices"));
  }, py::arg("input"), py::arg("k"), py::arg("dim") = py::int_(-1), py::arg("keepdim") = py::bool_(false), "The k-th smallest value (1-based) along dim and its index; nan counts as largest.");
  cls.def("kthvalue", [](const Tensor& self, int64_t k, int64_t dim, bool keepdim) {
    return call_tuple<2>([&](ignis_tensor** r) { return ignis_kthvalue(self.get(), k, dim, keepdim ? 1 : 0, &r[0], &r[1]); }, named_tuple("kthvalue", "values indices"));
  }, py::arg("k"), py::arg("dim") = py::int_(-1), py::arg("keepdim") = py::bool_(false), "The k-th smallest value (1-based) along dim and its index; nan counts as largest.");
  m.def("median", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_median(self.get(), r); });
  }, py::arg("input"), "Lower median of all elements (nan when any element is nan or the tensor is empty).");
  cls.def("median", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_median(self.get(), r); });
  }, "Lower median of all elements (nan when any element is nan or the tensor is empty).");
  m.def("median", [](const Tensor& self, int64_t dim, bool keepdim) {
    return call_tuple<2>([&](ignis_tensor** r) { return ignis_median_dim(self.get(), dim, keepdim ? 1 : 0, &r[0], &r[1]); }, named_tuple("median", "values indices"));
  }, py::arg("input"), py::arg("dim"), py::arg("keepdim") = py::bool_(false), "Lower median along dim and its index (nan and its index when the row holds a nan).");
  cls.def("median", [](const Tensor& self, int64_t dim, bool keepdim) {
    return call_tuple<2>([&](ignis_tensor** r) { return ignis_median_dim(self.get(), dim, keepdim ? 1 : 0, &r[0], &r[1]); }, named_tuple("median", "values indices"));
  }, py::arg("dim"), py::arg("keepdim") = py::bool_(false), "Lower median along dim and its index (nan and its index when the row holds a nan).");
  m.def("unique", [](const Tensor& self, bool sorted, bool return_inverse, bool return_counts) {
    return call_tuple<3>([&](ignis_tensor** r) { return ignis_unique(self.get(), sorted ? 1 : 0, return_inverse ? 1 : 0, return_counts ? 1 : 0, &r[0], &r[1], &r[2]); }, py::handle());
  }, py::arg("input"), py::arg("sorted") = py::bool_(true), py::arg("return_inverse") = py::bool_(false), py::arg("return_counts") = py::bool_(false), "Sorted distinct elements, the index of each input element in them, and their counts (inverse and counts are empty unless requested).");
  m.def("cat", [](const std::vector<Tensor>& tensors, int64_t dim) {
    auto tensors_h = handles(tensors);
    return call1([&](ignis_tensor** r) { return ignis_cat(tensors_h.data(), tensors_h.size(), dim, r); });
  }, py::arg("tensors"), py::arg("dim") = py::int_(0), "Concatenates tensors along dim (dtypes promoted; 1-D empty tensors are skipped).");
  m.def("stack", [](const std::vector<Tensor>& tensors, int64_t dim) {
    auto tensors_h = handles(tensors);
    return call1([&](ignis_tensor** r) { return ignis_stack(tensors_h.data(), tensors_h.size(), dim, r); });
  }, py::arg("tensors"), py::arg("dim") = py::int_(0), "Joins equally shaped tensors along a new dimension dim.");
  m.def("split", [](const Tensor& self, int64_t split_size, int64_t dim) {
    return call_list([&](ignis_tensor*** r, size_t* c) { return ignis_split(self.get(), split_size, dim, r, c); });
  }, py::arg("input"), py::arg("split_size"), py::arg("dim") = py::int_(0), "Views of self in pieces of split_size along dim (the last piece may be smaller).");
  cls.def("split", [](const Tensor& self, int64_t split_size, int64_t dim) {
    return call_list([&](ignis_tensor*** r, size_t* c) { return ignis_split(self.get(), split_size, dim, r, c); });
  }, py::arg("split_size"), py::arg("dim") = py::int_(0), "Views of self in pieces of split_size along dim (the last piece may be smaller).");
  m.def("split", [](const Tensor& self, const IntList& split_size, int64_t dim) {
    return call_list([&](ignis_tensor*** r, size_t* c) { return ignis_split_sizes(self.get(), split_size.v.data(), split_size.v.size(), dim, r, c); });
  }, py::arg("input"), py::arg("split_size"), py::arg("dim") = py::int_(0), "Views of self in pieces of the given sizes along dim (they must sum to its size).");
  cls.def("split", [](const Tensor& self, const IntList& split_size, int64_t dim) {
    return call_list([&](ignis_tensor*** r, size_t* c) { return ignis_split_sizes(self.get(), split_size.v.data(), split_size.v.size(), dim, r, c); });
  }, py::arg("split_size"), py::arg("dim") = py::int_(0), "Views of self in pieces of the given sizes along dim (they must sum to its size).");
  m.def("split_with_sizes", [](const Tensor& self, const IntList& split_sizes, int64_t dim) {
    return call_list([&](ignis_tensor*** r, size_t* c) { return ignis_split_with_sizes(self.get(), split_sizes.v.data(), split_sizes.v.size(), dim, r, c); });
  }, py::arg("input"), py::arg("split_sizes"), py::arg("dim") = py::int_(0), "Views of self in pieces of the given sizes along dim (they must sum to its size).");
  cls.def("split_with_sizes", [](const Tensor& self, const IntList& split_sizes, int64_t dim) {
    return call_list([&](ignis_tensor*** r, size_t* c) { return ignis_split_with_sizes(self.get(), split_sizes.v.data(), split_sizes.v.size(), dim, r, c); });
  }, py::arg("split_sizes"), py::arg("dim") = py::int_(0), "Views of self in pieces of the given sizes along dim (they must sum to its size).");
  m.def("chunk", [](const Tensor& self, int64_t chunks, int64_t dim) {
    return call_list([&](ignis_tensor*** r, size_t* c) { return ignis_chunk(self.get(), chunks, dim, r, c); });
  }, py::arg("input"), py::arg("chunks"), py::arg("dim") = py::int_(0), "Views of self in at most `chunks` pieces of equal size (ceil) along dim.");
  cls.def("chunk", [](const Tensor& self, int64_t chunks, int64_t dim) {
    return call_list([&](ignis_tensor*** r, size_t* c) { return ignis_chunk(self.get(), chunks, dim, r, c); });
  }, py::arg("chunks"), py::arg("dim") = py::int_(0), "Views of self in at most `chunks` pieces of equal size (ceil) along dim.");
  m.def("unbind", [](const Tensor& self, int64_t dim) {
    return call_list([&](ignis_tensor*** r, size_t* c) { return ignis_unbind(self.get(), dim, r, c); });
  }, py::arg("input"), py::arg("dim") = py::int_(0), "Views of every slice of self along dim, with that dimension removed.");
  cls.def("unbind", [](const Tensor& self, int64_t dim) {
    return call_list([&](ignis_tensor*** r, size_t* c) { return ignis_unbind(self.get(), dim, r, c); });
  }, py::arg("dim") = py::int_(0), "Views of every slice of self along dim, with that dimension removed.");
  m.def("flip", [](const Tensor& self, const IntList& dims) {
    return call1([&](ignis_tensor** r) { return ignis_flip(self.get(), dims.v.data(), dims.v.size(), r); });
  }, py::arg("input"), py::arg("dims"), "Copy of self with the order of elements reversed along dims.");
  cls.def("flip", [](const Tensor& self, const IntList& dims) {
    return call1([&](ignis_tensor** r) { return ignis_flip(self.get(), dims.v.data(), dims.v.size(), r); });
  }, py::arg("dims"), "Copy of self with the order of elements reversed along dims.");
  m.def("roll", [](const Tensor& self, const IntList& shifts, const IntList& dims) {
    return call1([&](ignis_tensor** r) { return ignis_roll(self.get(), shifts.v.data(), shifts.v.size(), dims.v.data(), dims.v.size(), r); });
  }, py::arg("input"), py::arg("shifts"), py::arg("dims") = py::tuple(), "Copy of self rolled by shifts along dims (flattened and restored when dims is empty).");
  cls.def("roll", [](const Tensor& self, const IntList& shifts, const IntList& dims) {
    return call1([&](ignis_tensor** r) { return ignis_roll(self.get(), shifts.v.data(), shifts.v.size(), dims.v.data(), dims.v.size(), r); });
  }, py::arg("shifts"), py::arg("dims") = py::tuple(), "Copy of self rolled by shifts along dims (flattened and restored when dims is empty).");
  cls.def("repeat", [](const Tensor& self, const IntList& repeats) {
    return call1([&](ignis_tensor** r) { return ignis_repeat(self.get(), repeats.v.data(), repeats.v.size(), r); });
  }, py::arg("repeats"), "Copy of self tiled repeats[i] times along each dimension (leading new dims allowed).");
  m.def("tile", [](const Tensor& self, const IntList& dims) {
    return call1([&](ignis_tensor** r) { return ignis_tile(self.get(), dims.v.data(), dims.v.size(), r); });
  }, py::arg("input"), py::arg("dims"), "Like repeat, but fewer dims than self.dim() are padded with leading 1s.");
  cls.def("tile", [](const Tensor& self, const IntList& dims) {
    return call1([&](ignis_tensor** r) { return ignis_tile(self.get(), dims.v.data(), dims.v.size(), r); });
  }, py::arg("dims"), "Like repeat, but fewer dims than self.dim() are padded with leading 1s.");
  m.def("repeat_interleave", [](const Tensor& repeats, std::optional<int64_t> output_size) {
    return call1([&](ignis_tensor** r) { return ignis_repeat_interleave_tensor(repeats.get(), output_size ? &*output_size : nullptr, r); });
  }, py::arg("repeats"), py::kw_only(), py::arg("output_size") = py::none(), "Indices 0..n-1, index i repeated repeats[i] times.");
  m.def("repeat_interleave", [](const Tensor& self, const Tensor& repeats, std::optional<int64_t> dim, std::optional<int64_t> output_size) {
    return call1([&](ignis_tensor** r) { return ignis_repeat_interleave_self_tensor(self.get(), repeats.get(), dim ? &*dim : nullptr, output_size ? &*output_size : nullptr, r); });
  }, py::arg("input"), py::arg("repeats"), py::arg("dim") = py::none(), py::kw_only(), py::arg("output_size") = py::none(), "Repeats each element (or slice along dim) of self repeats[i] times (self is flattened when dim is None).");
  cls.def("repeat_interleave", [](const Tensor& self, const Tensor& repeats, std::optional<int64_t> dim, std::optional<int64_t> output_size) {
    return call1([&](ignis_tensor** r) { return ignis_repeat_interleave_self_tensor(self.get(), repeats.get(), dim ? &*dim : nullptr, output_size ? &*output_size : nullptr, r); });
  }, py::arg("repeats"), py::arg("dim") = py::none(), py::kw_only(), py::arg("output_size") = py::none(), "Repeats each element (or slice along dim) of self repeats[i] times (self is flattened when dim is None).");
  m.def("repeat_interleave", [](const Tensor& self, int64_t repeats, std::optional<int64_t> dim, std::optional<int64_t> output_size) {
    return call1([&](ignis_tensor** r) { return ignis_repeat_interleave_self_int(self.get(), repeats, dim ? &*dim : nullptr, output_size ? &*output_size : nullptr, r); });
  }, py::arg("input"), py::arg("repeats"), py::arg("dim") = py::none(), py::kw_only(), py::arg("output_size") = py::none(), "Repeats each element (or slice along dim) of self `repeats` times (self is flattened when dim is None).");
  cls.def("repeat_interleave", [](const Tensor& self, int64_t repeats, std::optional<int64_t> dim, std::optional<int64_t> output_size) {
    return call1([&](ignis_tensor** r) { return ignis_repeat_interleave_self_int(self.get(), repeats, dim ? &*dim : nullptr, output_size ? &*output_size : nullptr, r); });
  }, py::arg("repeats"), py::arg("dim") = py::none(), py::kw_only(), py::arg("output_size") = py::none(), "Repeats each element (or slice along dim) of self `repeats` times (self is flattened when dim is None).");
  m.def("tril", [](const Tensor& self, int64_t diagonal) {
    return call1([&](ignis_tensor** r) { return ignis_tril(self.get(), diagonal, r); });
  }, py::arg("input"), py::arg("diagonal") = py::int_(0), "Lower triangle of the last two dims of self (elements above `diagonal` zeroed).");
  cls.def("tril", [](const Tensor& self, int64_t diagonal) {
    return call1([&](ignis_tensor** r) { return ignis_tril(self.get(), diagonal, r); });
  }, py::arg("diagonal") = py::int_(0), "Lower triangle of the last two dims of self (elements above `diagonal` zeroed).");
  m.def("triu", [](const Tensor& self, int64_t diagonal) {
    return call1([&](ignis_tensor** r) { return ignis_triu(self.get(), diagonal, r); });
  }, py::arg("input"), py::arg("diagonal") = py::int_(0), "Upper triangle of the last two dims of self (elements below `diagonal` zeroed).");
  cls.def("triu", [](const Tensor& self, int64_t diagonal) {
    return call1([&](ignis_tensor** r) { return ignis_triu(self.get(), diagonal, r); });
  }, py::arg("diagonal") = py::int_(0), "Upper triangle of the last two dims of self (elements below `diagonal` zeroed).");
  m.def("pad", [](const Tensor& self, const IntList& pad, const std::string& mode, std::optional<double> value) {
    return call1([&](ignis_tensor** r) { return ignis_pad(self.get(), pad.v.data(), pad.v.size(), mode.c_str(), value ? &*value : nullptr, r); });
  }, py::arg("input"), py::arg("pad"), py::arg("mode") = py::str("constant"), py::arg("value") = py::none(), "Pads the last len(pad)/2 dims (pairs from the last dim backwards) with a constant, reflection or replication.");
  m.def("index_select", [](const Tensor& self, int64_t dim, const Tensor& index) {
    return call1([&](ignis_tensor** r) { return ignis_index_select(self.get(), dim, index.get(), r); });
  }, py::arg("input"), py::arg("dim"), py::arg("index"), "The slices of self along dim at the positions in the 1-D index (int64 or int32).");
  cls.def("index_select", [](const Tensor& self, int64_t dim, const Tensor& index) {
    return call1([&](ignis_tensor** r) { return ignis_index_select(self.get(), dim, index.get(), r); });
  }, py::arg("dim"), py::arg("index"), "The slices of self along dim at the positions in the 1-D index (int64 or int32).");
  m.def("gather", [](const Tensor& self, int64_t dim, const Tensor& index, bool sparse_grad) {
    return call1([&](ignis_tensor** r) { return ignis_gather(self.get(), dim, index.get(), sparse_grad ? 1 : 0, r); });
  }, py::arg("input"), py::arg("dim"), py::arg("index"), py::kw_only(), py::arg("sparse_grad") = py::bool_(false), "out[i][j][k] = self[i][index[i][j][k]][k] for dim=1 (index int64, same rank as self).");
  cls.def("gather", [](const Tensor& self, int64_t dim, const Tensor& index, bool sparse_grad) {
    return call1([&](ignis_tensor** r) { return ignis_gather(self.get(), dim, index.get(), sparse_grad ? 1 : 0, r); });
  }, py::arg("dim"), py::arg("index"), py::kw_only(), py::arg("sparse_grad") = py::bool_(false), "out[i][j][k] = self[i][index[i][j][k]][k] for dim=1 (index int64, same rank as self).");
  m.def("scatter", [](const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src, const std::optional<std::string>& reduce) {
    return call1([&](ignis_tensor** r) { return ignis_scatter_src(self.get(), dim, index.get(), src.get(), reduce ? reduce->c_str() : nullptr, r); });
  }, py::arg("input"), py::arg("dim"), py::arg("index"), py::arg("src"), py::kw_only(), py::arg("reduce") = py::none(), "Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce \"add\" or \"multiply\" combines instead).");
  cls.def("scatter", [](const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src, const std::optional<std::string>& reduce) {
    return call1([&](ignis_tensor** r) { return ignis_scatter_src(self.get(), dim, index.get(), src.get(), reduce ? reduce->c_str() : nullptr, r); });
  }, py::arg("dim"), py::arg("index"), py::arg("src"), py::kw_only(), py::arg("reduce") = py::none(), "Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce \"add\" or \"multiply\" combines instead).");
  m.def("scatter", [](const Tensor& self, int64_t dim, const Tensor& index, const PyScalar& value, const std::optional<std::string>& reduce) {
    return call1([&](ignis_tensor** r) { return ignis_scatter_value(self.get(), dim, index.get(), value.s, reduce ? reduce->c_str() : nullptr, r); });
  }, py::arg("input"), py::arg("dim"), py::arg("index"), py::arg("value"), py::kw_only(), py::arg("reduce") = py::none(), "Copy of self with value written at the positions index selects along dim (reduce \"add\" or \"multiply\" combines instead).");
  cls.def("scatter", [](const Tensor& self, int64_t dim, const Tensor& index, const PyScalar& value, const std::optional<std::string>& reduce) {
    return call1([&](ignis_tensor** r) { return ignis_scatter_value(self.get(), dim, index.get(), value.s, reduce ? reduce->c_str() : nullptr, r); });
  }, py::arg("dim"), py::arg("index"), py::arg("value"), py::kw_only(), py::arg("reduce") = py::none(), "Copy of self with value written at the positions index selects along dim (reduce \"add\" or \"multiply\" combines instead).");
  m.def("scatter_add", [](const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src) {
    return call1([&](ignis_tensor** r) { return ignis_scatter_add(self.get(), dim, index.get(), src.get(), r); });
  }, py::arg("input"), py::arg("dim"), py::arg("index"), py::arg("src"), "Copy of self with src added at the positions index selects along dim (deterministic).");
  cls.def("scatter_add", [](const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src) {
    return call1([&](ignis_tensor** r) { return ignis_scatter_add(self.get(), dim, index.get(), src.get(), r); });
  }, py::arg("dim"), py::arg("index"), py::arg("src"), "Copy of self with src added at the positions index selects along dim (deterministic).");
  m.def("index_add", [](const Tensor& self, int64_t dim, const Tensor& index, const Tensor& source, const PyScalar& alpha) {
    return call1([&](ignis_tensor** r) { return ignis_index_add(self.get(), dim, index.get(), source.get(), alpha.s, r); });
  }, py::arg("input"), py::arg("dim"), py::arg("index"), py::arg("source"), py::kw_only(), py::arg("alpha") = py::int_(1), "Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic).");
  cls.def("index_add", [](const Tensor& self, int64_t dim, const Tensor& index, const Tensor& source, const PyScalar& alpha) {
    return call1([&](ignis_tensor** r) { return ignis_index_add(self.get(), dim, index.get(), source.get(), alpha.s, r); });
  }, py::arg("dim"), py::arg("index"), py::arg("source"), py::kw_only(), py::arg("alpha") = py::int_(1), "Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic).");
  m.def("index_put", [](const Tensor& self, const std::vector<Tensor>& indices, const Tensor& values, bool accumulate) {
    auto indices_h = handles(indices);
    return call1([&](ignis_tensor** r) { return ignis_index_put(self.get(), indices_h.data(), indices_h.size(), values.get(), accumulate ? 1 : 0, r); });
  }, py::arg("input"), py::arg("indices"), py::arg("values"), py::arg("accumulate") = py::bool_(false), "Copy of self with self[indices] = values (or +=, with accumulate); an undefined index tensor is a full slice.");
  cls.def("index_put", [](const Tensor& self, const std::vector<Tensor>& indices, const Tensor& values, bool accumulate) {
    auto indices_h = handles(indices);
    return call1([&](ignis_tensor** r) { return ignis_index_put(self.get(), indices_h.data(), indices_h.size(), values.get(), accumulate ? 1 : 0, r); });
  }, py::arg("indices"), py::arg("values"), py::arg("accumulate") = py::bool_(false), "Copy of self with self[indices] = values (or +=, with accumulate); an undefined index tensor is a full slice.");
  m.def("masked_fill", [](const Tensor& self, const Tensor& mask, const PyScalar& value) {
    return call1([&](ignis_tensor** r) { return ignis_masked_fill_scalar(self.get(), mask.get(), value.s, r); });
  }, py::arg("input"), py::arg("mask"), py::arg("value"), "Copy of self with value where the boolean mask (broadcast) is true.");
  cls.def("masked_fill", [](const Tensor& self, const Tensor& mask, const PyScalar& value) {
    return call1([&](ignis_tensor** r) { return ignis_masked_fill_scalar(self.get(), mask.get(), value.s, r); });
  }, py::arg("mask"), py::arg("value"), "Copy of self with value where the boolean mask (broadcast) is true.");
  m.def("masked_fill", [](const Tensor& self, const Tensor& mask, const Tensor& value) {
    return call1([&](ignis_tensor** r) { return ignis_masked_fill_tensor(self.get(), mask.get(), value.get(), r); });
  }, py::arg("input"), py::arg("mask"), py::arg("value"), "Copy of self with the 0-dim value where the boolean mask (broadcast) is true.");
  cls.def("masked_fill", [](const Tensor& self, const Tensor& mask, const Tensor& value) {
    return call1([&](ignis_tensor** r) { return ignis_masked_fill_tensor(self.get(), mask.get(), value.get(), r); });
  }, py::arg("mask"), py::arg("value"), "Copy of self with the 0-dim value where the boolean mask (broadcast) is true.");
  m.def("masked_select", [](const Tensor& self, const Tensor& mask) {
    return call1([&](ignis_tensor** r) { return ignis_masked_select(self.get(), mask.get(), r); });
  }, py::arg("input"), py::arg("mask"), "1-D tensor of the elements of self (broadcast with mask) where mask is true.");
  cls.def("masked_select", [](const Tensor& self, const Tensor& mask) {
    return call1([&](ignis_tensor** r) { return ignis_masked_select(self.get(), mask.get(), r); });
  }, py::arg("mask"), "1-D tensor of the elements of self (broadcast with mask) where mask is true.");
  m.def("masked_scatter", [](const Tensor& self, const Tensor& mask, const Tensor& source) {
    return call1([&](ignis_tensor** r) { return ignis_masked_scatter(self.get(), mask.get(), source.get(), r); });
  }, py::arg("input"), py::arg("mask"), py::arg("source"), "Copy of self with the positions where mask is true filled from source in row-major order.");
  cls.def("masked_scatter", [](const Tensor& self, const Tensor& mask, const Tensor& source) {
    return call1([&](ignis_tensor** r) { return ignis_masked_scatter(self.get(), mask.get(), source.get(), r); });
  }, py::arg("mask"), py::arg("source"), "Copy of self with the positions where mask is true filled from source in row-major order.");
  m.def("nonzero", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_nonzero(self.get(), r); });
  }, py::arg("input"), "(n, self.dim()) int64 indices of the nonzero elements of self in row-major order.");
  cls.def("nonzero", [](const Tensor& self) {
    return call1([&](ignis_tensor** r) { return ignis_nonzero(self.get(), r); });
  }, "(n, self.dim()) int64 indices of the nonzero elements of self in row-major order.");
  m.def("take", [](const Tensor& self, const Tensor& index) {
    return call1([&](ignis_tensor** r) { return ignis_take(self.get(), index.get(), r); });
  }, py::arg("input"), py::arg("index"), "Elements of self, treated as 1-D, at the int64 indices in index (result has index's shape).");
  cls.def("take", [](const Tensor& self, const Tensor& index) {
    return call1([&](ignis_tensor** r) { return ignis_take(self.get(), index.get(), r); });
  }, py::arg("index"), "Elements of self, treated as 1-D, at the int64 indices in index (result has index's shape).");
  m.def("one_hot", [](const Tensor& self, int64_t num_classes) {
    return call1([&](ignis_tensor** r) { return ignis_one_hot(self.get(), num_classes, r); });
  }, py::arg("input"), py::arg("num_classes") = py::int_(-1), "int64 one-hot encoding of the class indices in self (num_classes=-1 uses max + 1).");
  m.def("matmul", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_matmul(self.get(), other.get(), r); });
  }, py::arg("input"), py::arg("other"), "Matrix product with NumPy semantics: dot for 1-D x 1-D, matrix-vector, and batched products broadcasting the batch dims.");
  cls.def("matmul", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_matmul(self.get(), other.get(), r); });
  }, py::arg("other"), "Matrix product with NumPy semantics: dot for 1-D x 1-D, matrix-vector, and batched products broadcasting the batch dims.");
  m.def("mm", [](const Tensor& self, const Tensor& mat2) {
    return call1([&](ignis_tensor** r) { return ignis_mm(self.get(), mat2.get(), r); });
  }, py::arg("input"), py::arg("mat2"), "Product of two 2-D matrices.");
  cls.def("mm", [](const Tensor& self, const Tensor& mat2) {
    return call1([&](ignis_tensor** r) { return ignis_mm(self.get(), mat2.get(), r); });
  }, py::arg("mat2"), "Product of two 2-D matrices.");
  m.def("bmm", [](const Tensor& self, const Tensor& mat2) {
    return call1([&](ignis_tensor** r) { return ignis_bmm(self.get(), mat2.get(), r); });
  }, py::arg("input"), py::arg("mat2"), "Batched product of two 3-D tensors with the same batch size (no broadcasting).");
  cls.def("bmm", [](const Tensor& self, const Tensor& mat2) {
    return call1([&](ignis_tensor** r) { return ignis_bmm(self.get(), mat2.get(), r); });
  }, py::arg("mat2"), "Batched product of two 3-D tensors with the same batch size (no broadcasting).");
  m.def("addmm", [](const Tensor& self, const Tensor& mat1, const Tensor& mat2, const PyScalar& beta, const PyScalar& alpha) {
    return call1([&](ignis_tensor** r) { return ignis_addmm(self.get(), mat1.get(), mat2.get(), beta.s, alpha.s, r); });
  }, py::arg("input"), py::arg("mat1"), py::arg("mat2"), py::kw_only(), py::arg("beta") = py::int_(1), py::arg("alpha") = py::int_(1), "beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape.");
  cls.def("addmm", [](const Tensor& self, const Tensor& mat1, const Tensor& mat2, const PyScalar& beta, const PyScalar& alpha) {
    return call1([&](ignis_tensor** r) { return ignis_addmm(self.get(), mat1.get(), mat2.get(), beta.s, alpha.s, r); });
  }, py::arg("mat1"), py::arg("mat2"), py::kw_only(), py::arg("beta") = py::int_(1), py::arg("alpha") = py::int_(1), "beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape.");
  m.def("baddbmm", [](const Tensor& self, const Tensor& batch1, const Tensor& batch2, const PyScalar& beta, const PyScalar& alpha) {
    return call1([&](ignis_tensor** r) { return ignis_baddbmm(self.get(), batch1.get(), batch2.get(), beta.s, alpha.s, r); });
  }, py::arg("input"), py::arg("batch1"), py::arg("batch2"), py::kw_only(), py::arg("beta") = py::int_(1), py::arg("alpha") = py::int_(1), "beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape.");
  cls.def("baddbmm", [](const Tensor& self, const Tensor& batch1, const Tensor& batch2, const PyScalar& beta, const PyScalar& alpha) {
    return call1([&](ignis_tensor** r) { return ignis_baddbmm(self.get(), batch1.get(), batch2.get(), beta.s, alpha.s, r); });
  }, py::arg("batch1"), py::arg("batch2"), py::kw_only(), py::arg("beta") = py::int_(1), py::arg("alpha") = py::int_(1), "beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape.");
  m.def("mv", [](const Tensor& self, const Tensor& vec) {
    return call1([&](ignis_tensor** r) { return ignis_mv(self.get(), vec.get(), r); });
  }, py::arg("input"), py::arg("vec"), "Product of a 2-D matrix and a 1-D vector.");
  cls.def("mv", [](const Tensor& self, const Tensor& vec) {
    return call1([&](ignis_tensor** r) { return ignis_mv(self.get(), vec.get(), r); });
  }, py::arg("vec"), "Product of a 2-D matrix and a 1-D vector.");
  m.def("dot", [](const Tensor& self, const Tensor& tensor) {
    return call1([&](ignis_tensor** r) { return ignis_dot(self.get(), tensor.get(), r); });
  }, py::arg("input"), py::arg("tensor"), "Inner product of two 1-D tensors of the same length (0-dim result).");
  cls.def("dot", [](const Tensor& self, const Tensor& tensor) {
    return call1([&](ignis_tensor** r) { return ignis_dot(self.get(), tensor.get(), r); });
  }, py::arg("tensor"), "Inner product of two 1-D tensors of the same length (0-dim result).");
  m.def("outer", [](const Tensor& self, const Tensor& vec2) {
    return call1([&](ignis_tensor** r) { return ignis_outer(self.get(), vec2.get(), r); });
  }, py::arg("input"), py::arg("vec2"), "Outer product of two 1-D tensors (n x m result).");
  cls.def("outer", [](const Tensor& self, const Tensor& vec2) {
    return call1([&](ignis_tensor** r) { return ignis_outer(self.get(), vec2.get(), r); });
  }, py::arg("vec2"), "Outer product of two 1-D tensors (n x m result).");
  m.def("einsum", [](const std::string& equation, const std::vector<Tensor>& tensors) {
    auto tensors_h = handles(tensors);
    return call1([&](ignis_tensor** r) { return ignis_einsum(equation.c_str(), tensors_h.data(), tensors_h.size(), r); });
  }, py::arg("equation"), py::arg("tensors"), "Einstein summation over the operands' labelled dims ('ij,jk->ik'), with ellipsis, repeated labels (traces, diagonals) and implicit output.");
  m.def("tensordot", [](const Tensor& self, const Tensor& other, const IntList& dims_self, const IntList& dims_other) {
    return call1([&](ignis_tensor** r) { return ignis_tensordot(self.get(), other.get(), dims_self.v.data(), dims_self.v.size(), dims_other.v.data(), dims_other.v.size(), r); });
  }, py::arg("input"), py::arg("other"), py::arg("dims_self"), py::arg("dims_other"), "Sums the products over dims_self of self paired with dims_other of other; result dims are self's free dims then other's.");
  m.def("tensordot", [](const Tensor& self, const Tensor& other, int64_t dims) {
    return call1([&](ignis_tensor** r) { return ignis_tensordot_int(self.get(), other.get(), dims, r); });
  }, py::arg("input"), py::arg("other"), py::arg("dims") = py::int_(2), "tensordot over the last `dims` dims of self and the first `dims` dims of other.");
  m.def("linalg_norm", [](const Tensor& self, const std::optional<PyScalar>& ord, const std::optional<IntList>& dim, bool keepdim, std::optional<ignis_dtype> dtype) {
    return call1([&](ignis_tensor** r) { return ignis_linalg_norm(self.get(), ord ? &ord->s : nullptr, dim ? dim->v.data() : nullptr, dim ? dim->v.size() : 0, keepdim ? 1 : 0, dtype ? &*dtype : nullptr, r); });
  }, py::arg("input"), py::arg("ord") = py::none(), py::arg("dim") = py::none(), py::arg("keepdim") = py::bool_(false), py::kw_only(), py::arg("dtype") = py::none(), "Vector norm (dim of one dim, or None on any input with ord None) or matrix norm (two dims or a 2-D input with ord given): ord 2, -2, 1, -1, inf, -inf, or p for vectors.");
  m.def("linalg_norm", [](const Tensor& self, const std::string& ord, const std::optional<IntList>& dim, bool keepdim, std::optional<ignis_dtype> dtype) {
    return call1([&](ignis_tensor** r) { return ignis_linalg_norm_ord_str(self.get(), ord.c_str(), dim ? dim->v.data() : nullptr, dim ? dim->v.size() : 0, keepdim ? 1 : 0, dtype ? &*dtype : nullptr, r); });
  }, py::arg("input"), py::arg("ord"), py::arg("dim") = py::none(), py::arg("keepdim") = py::bool_(false), py::kw_only(), py::arg("dtype") = py::none(), "Matrix norm \"fro\" (Frobenius) or \"nuc\" (nuclear, the sum of singular values) over two dims (default the last two).");
  m.def("linalg_solve", [](const Tensor& A, const Tensor& B, bool left) {
    return call1([&](ignis_tensor** r) { return ignis_linalg_solve(A.get(), B.get(), left ? 1 : 0, r); });
  }, py::arg("A"), py::arg("B"), py::kw_only(), py::arg("left") = py::bool_(true), "Solution X of A X = B (left) or X A = B for square, non-singular A (batched; B may be a vector).");
  m.def("linalg_inv", [](const Tensor& A) {
    return call1([&](ignis_tensor** r) { return ignis_linalg_inv(A.get(), r); });
  }, py::arg("A"), "Inverse of a square non-singular matrix (batched).");
  m.def("linalg_det", [](const Tensor& A) {
    return call1([&](ignis_tensor** r) { return ignis_linalg_det(A.get(), r); });
  }, py::arg("A"), "Determinant of a square matrix (batched), from its LU factorization.");
  m.def("linalg_cholesky", [](const Tensor& A, bool upper) {
    return call1([&](ignis_tensor** r) { return ignis_linalg_cholesky(A.get(), upper ? 1 : 0, r); });
  }, py::arg("A"), py::kw_only(), py::arg("upper") = py::bool_(false), "Cholesky factor L (A = L L^T) of a symmetric positive-definite matrix, or U = L^T when upper.");
  m.def("linalg_qr", [](const Tensor& A, const std::string& mode) {
    return call_tuple<2>([&](ignis_tensor** r) { return ignis_linalg_qr(A.get(), mode.c_str(), &r[0], &r[1]); }, named_tuple("linalg_qr", "Q R"));
  }, py::arg("A"), py::arg("mode") = py::str("reduced"), "QR decomposition A = Q R; mode \"reduced\" (Q m x k) or \"complete\" (Q m x m), k = min(m, n).");
  m.def("linalg_svd", [](const Tensor& A, bool full_matrices) {
    return call_tuple<3>([&](ignis_tensor** r) { return ignis_linalg_svd(A.get(), full_matrices ? 1 : 0, &r[0], &r[1], &r[2]); }, named_tuple("linalg_svd", "U S Vh"));
  }, py::arg("A"), py::arg("full_matrices") = py::bool_(true), "Singular value decomposition A = U diag(S) Vh, S descending; full_matrices gives square U and Vh.");
  m.def("softmax", [](const Tensor& self, int64_t dim, std::optional<ignis_dtype> dtype) {
    return call1([&](ignis_tensor** r) { return ignis_softmax(self.get(), dim, dtype ? &*dtype : nullptr, r); });
  }, py::arg("input"), py::arg("dim"), py::arg("dtype") = py::none(), "exp(x) / sum(exp(x)) along dim, computed with max subtraction; dtype casts the input first.");
  cls.def("softmax", [](const Tensor& self, int64_t dim, std::optional<ignis_dtype> dtype) {
    return call1([&](ignis_tensor** r) { return ignis_softmax(self.get(), dim, dtype ? &*dtype : nullptr, r); });
  }, py::arg("dim"), py::arg("dtype") = py::none(), "exp(x) / sum(exp(x)) along dim, computed with max subtraction; dtype casts the input first.");
  m.def("log_softmax", [](const Tensor& self, int64_t dim, std::optional<ignis_dtype> dtype) {
    return call1([&](ignis_tensor** r) { return ignis_log_softmax(self.get(), dim, dtype ? &*dtype : nullptr, r); });
  }, py::arg("input"), py::arg("dim"), py::arg("dtype") = py::none(), "x - logsumexp(x) along dim (numerically stable); dtype casts the input first.");
  cls.def("log_softmax", [](const Tensor& self, int64_t dim, std::optional<ignis_dtype> dtype) {
    return call1([&](ignis_tensor** r) { return ignis_log_softmax(self.get(), dim, dtype ? &*dtype : nullptr, r); });
  }, py::arg("dim"), py::arg("dtype") = py::none(), "x - logsumexp(x) along dim (numerically stable); dtype casts the input first.");
  m.def("dropout", [](const Tensor& input, double p, bool train) {
    return call1([&](ignis_tensor** r) { return ignis_dropout(input.get(), p, train ? 1 : 0, r); });
  }, py::arg("input"), py::arg("p"), py::arg("train"), "Zeroes each element with probability p and scales the rest by 1/(1-p) when train; identity otherwise.");
  m.def("alpha_dropout", [](const Tensor& input, double p, bool train) {
    return call1([&](ignis_tensor** r) { return ignis_alpha_dropout(input.get(), p, train ? 1 : 0, r); });
  }, py::arg("input"), py::arg("p"), py::arg("train"), "Dropout for SELU networks that keeps mean and variance (dropped elements set to the SELU negative saturation).");
  m.def("linear", [](const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias) {
    return call1([&](ignis_tensor** r) { return ignis_linear(input.get(), weight.get(), bias ? bias->get() : nullptr, r); });
  }, py::arg("input"), py::arg("weight"), py::arg("bias") = py::none(), "input @ weight^T + bias over the last dim of input.");
  m.def("bilinear", [](const Tensor& input1, const Tensor& input2, const Tensor& weight, const std::optional<Tensor>& bias) {
    return call1([&](ignis_tensor** r) { return ignis_bilinear(input1.get(), input2.get(), weight.get(), bias ? bias->get() : nullptr, r); });
  }, py::arg("input1"), py::arg("input2"), py::arg("weight"), py::arg("bias") = py::none(), "y[..., k] = input1 @ weight[k] @ input2^T + bias[k].");
  m.def("embedding", [](const Tensor& weight, const Tensor& indices, int64_t padding_idx) {
    return call1([&](ignis_tensor** r) { return ignis_embedding(weight.get(), indices.get(), padding_idx, r); });
  }, py::arg("weight"), py::arg("indices"), py::arg("padding_idx") = py::int_(-1), "Rows of weight picked by the integer indices; the padding_idx row gets no gradient.");
  m.def("embedding_bag", [](const Tensor& weight, const Tensor& indices, const std::optional<Tensor>& offsets, const std::string& mode, const std::optional<Tensor>& per_sample_weights, bool include_last_offset, std::optional<int64_t> padding_idx) {
    return call1([&](ignis_tensor** r) { return ignis_embedding_bag(weight.get(), indices.get(), offsets ? offsets->get() : nullptr, mode.c_str(), per_sample_weights ? per_sample_weights->get() : nullptr, include_last_offset ? 1 : 0, padding_idx ? &*padding_idx : nullptr, r); });
  }, py::arg("weight"), py::arg("indices"), py::arg("offsets") = py::none(), py::arg("mode") = py::str("mean"), py::arg("per_sample_weights") = py::none(), py::arg("include_last_offset") = py::bool_(false), py::arg("padding_idx") = py::none(), "Sum, mean or max of the embedding rows of each bag (2-D indices, or 1-D indices split at offsets).");
  m.def("batch_norm", [](const Tensor& input, const std::optional<Tensor>& running_mean, const std::optional<Tensor>& running_var, const std::optional<Tensor>& weight, const std::optional<Tensor>& bias, bool training, double momentum, double eps) {
    return call1([&](ignis_tensor** r) { return ignis_batch_norm(input.get(), running_mean ? running_mean->get() : nullptr, running_var ? running_var->get() : nullptr, weight ? weight->get() : nullptr, bias ? bias->get() : nullptr, training ? 1 : 0, momentum, eps, r); });
  }, py::arg("input"), py::arg("running_mean").none(true), py::arg("running_var").none(true), py::arg("weight") = py::none(), py::arg("bias") = py::none(), py::arg("training") = py::bool_(false), py::arg("momentum") = py::float_(0.1), py::arg("eps") = py::float_(1e-05), "Normalizes over all dims but dim 1 (batch statistics when training, updating the running ones in place; else the running ones).");
  m.def("layer_norm", [](const Tensor& input, const IntList& normalized_shape, const std::optional<Tensor>& weight, const std::optional<Tensor>& bias, double eps) {
    return call1([&](ignis_tensor** r) { return ignis_layer_norm(input.get(), normalized_shape.v.data(), normalized_shape.v.size(), weight ? weight->get() : nullptr, bias ? bias->get() : nullptr, eps, r); });
  }, py::arg("input"), py::arg("normalized_shape"), py::arg("weight") = py::none(), py::arg("bias") = py::none(), py::arg("eps") = py::float_(1e-05), "Normalizes over the trailing normalized_shape dims, then scales by weight and shifts by bias.");
  m.def("group_norm", [](const Tensor& input, int64_t num_groups, const std::optional<Tensor>& weight, const std::optional<Tensor>& bias, double eps) {
    return call1([&](ignis_tensor** r) { return ignis_group_norm(input.get(), num_groups, weight ? weight->get() : nullptr, bias ? bias->get() : nullptr, eps, r); });
  }, py::arg("input"), py::arg("num_groups"), py::arg("weight") = py::none(), py::arg("bias") = py::none(), py::arg("eps") = py::float_(1e-05), "Normalizes each group of channels (dim 1 split into num_groups) per sample, then per-channel affine.");
  m.def("rms_norm", [](const Tensor& input, const IntList& normalized_shape, const std::optional<Tensor>& weight, std::optional<double> eps) {
    return call1([&](ignis_tensor** r) { return ignis_rms_norm(input.get(), normalized_shape.v.data(), normalized_shape.v.size(), weight ? weight->get() : nullptr, eps ? &*eps : nullptr, r); });
  }, py::arg("input"), py::arg("normalized_shape"), py::arg("weight") = py::none(), py::arg("eps") = py::none(), "x / sqrt(mean(x^2) + eps) over the trailing normalized_shape dims, times weight (eps None = the dtype's epsilon).");
  m.def("instance_norm", [](const Tensor& input, const std::optional<Tensor>& weight, const std::optional<Tensor>& bias, const std::optional<Tensor>& running_mean, const std::optional<Tensor>& running_var, bool use_input_stats, double momentum, double eps) {
    return call1([&](ignis_tensor** r) { return ignis_instance_norm(input.get(), weight ? weight->get() : nullptr, bias ? bias->get() : nullptr, running_mean ? running_mean->get() : nullptr, running_var ? running_var->get() : nullptr, use_input_stats ? 1 : 0, momentum, eps, r); });
  }, py::arg("input"), py::arg("weight") = py::none(), py::arg("bias") = py::none(), py::arg("running_mean") = py::none(), py::arg("running_var") = py::none(), py::arg("use_input_stats") = py::bool_(true), py::arg("momentum") = py::float_(0.1), py::arg("eps") = py::float_(1e-05), "Normalizes each (sample, channel) over the spatial dims, then per-channel affine.");
  m.def("cosine_similarity", [](const Tensor& x1, const Tensor& x2, int64_t dim, double eps) {
    return call1([&](ignis_tensor** r) { return ignis_cosine_similarity(x1.get(), x2.get(), dim, eps, r); });
  }, py::arg("x1"), py::arg("x2"), py::arg("dim") = py::int_(1), py::arg("eps") = py::float_(1e-08), "sum(x1 * x2) / max(|x1| * |x2|, eps) along dim, broadcasting.");
  m.def("pairwise_distance", [](const Tensor& x1, const Tensor& x2, double p, double eps, bool keepdim) {
    return call1([&](ignis_tensor** r) { return ignis_pairwise_distance(x1.get(), x2.get(), p, eps, keepdim ? 1 : 0, r); });
  }, py::arg("x1"), py::arg("x2"), py::arg("p") = py::float_(2.0), py::arg("eps") = py::float_(1e-06), py::arg("keepdim") = py::bool_(false), "p-norm of x1 - x2 + eps over the last dim, broadcasting.");
  m.def("scaled_dot_product_attention", [](const Tensor& query, const Tensor& key, const Tensor& value, const std::optional<Tensor>& attn_mask, double dropout_p, bool is_causal, std::optional<double> scale) {
    return call1([&](ignis_tensor** r) { return ignis_scaled_dot_product_attention(query.get(), key.get(), value.get(), attn_mask ? attn_mask->get() : nullptr, dropout_p, is_causal ? 1 : 0, scale ? &*scale : nullptr, r); });
  }, py::arg("query"), py::arg("key"), py::arg("value"), py::arg("attn_mask") = py::none(), py::arg("dropout_p") = py::float_(0.0), py::arg("is_causal") = py::bool_(false), py::kw_only(), py::arg("scale") = py::none(), "softmax(query @ key^T * scale + mask) @ value; a bool mask keeps True, a float mask is added; is_causal masks the future.");
  m.def("conv1d", [](const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias, const IntList& stride, const IntList& padding, const IntList& dilation, int64_t groups) {
    return call1([&](ignis_tensor** r) { return ignis_conv1d(input.get(), weight.get(), bias ? bias->get() : nullptr, stride.v.data(), stride.v.size(), padding.v.data(), padding.v.size(), dilation.v.data(), dilation.v.size(), groups, r); });
  }, py::arg("input"), py::arg("weight"), py::arg("bias") = py::none(), py::arg("stride") = py::make_tuple(py::int_(1)), py::arg("padding") = py::make_tuple(py::int_(0)), py::arg("dilation") = py::make_tuple(py::int_(1)), py::arg("groups") = py::int_(1), "1-D convolution of input (N, C, L) or (C, L) with weight (O, C/groups, K).");
  m.def("conv1d", [](const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias, const IntList& stride, const std::string& padding, const IntList& dilation, int64_t groups) {
    return call1([&](ignis_tensor** r) { return ignis_conv1d_padding(input.get(), weight.get(), bias ? bias->get() : nullptr, stride.v.data(), stride.v.size(), padding.c_str(), dilation.v.data(), dilation.v.size(), groups, r); });
  }, py::arg("input"), py::arg("weight"), py::arg("bias").none(true), py::arg("stride"), py::arg("padding"), py::arg("dilation") = py::make_tuple(py::int_(1)), py::arg("groups") = py::int_(1), "1-D convolution with padding \"valid\" (none) or \"same\" (output as long as input; stride 1).");
  m.def("conv2d", [](const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias, const IntList& stride, const IntList& padding, const IntList& dilation, int64_t groups) {
    return call1([&](ignis_tensor** r) { return ignis_conv2d(input.get(), weight.get(), bias ? bias->get() : nullptr, stride.v.data(), stride.v.size(), padding.v.data(), padding.v.size(), dilation.v.data(), dilation.v.size(), groups, r); });
  }, py::arg("input"), py::arg("weight"), py::arg("bias") = py::none(), py::arg("stride") = py::make_tuple(py::int_(1)), py::arg("padding") = py::make_tuple(py::int_(0)), py::arg("dilation") = py::make_tuple(py::int_(1)), py::arg("groups") = py::int_(1), "2-D convolution of input (N, C, H, W) or (C, H, W) with weight (O, C/groups, kH, kW).");
  m.def("conv2d", [](const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias, const IntList& stride, const std::string& padding, const IntList& dilation, int64_t groups) {
    return call1([&](ignis_tensor** r) { return ignis_conv2d_padding(input.get(), weight.get(), bias ? bias->get() : nullptr, stride.v.data(), stride.v.size(), padding.c_str(), dilation.v.data(), dilation.v.size(), groups, r); });
  }, py::arg("input"), py::arg("weight"), py::arg("bias").none(true), py::arg("stride"), py::arg("padding"), py::arg("dilation") = py::make_tuple(py::int_(1)), py::arg("groups") = py::int_(1), "2-D convolution with padding \"valid\" (none) or \"same\" (output as large as input; stride 1).");
  m.def("conv3d", [](const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias, const IntList& stride, const IntList& padding, const IntList& dilation, int64_t groups) {
    return call1([&](ignis_tensor** r) { return ignis_conv3d(input.get(), weight.get(), bias ? bias->get() : nullptr, stride.v.data(), stride.v.size(), padding.v.data(), padding.v.size(), dilation.v.data(), dilation.v.size(), groups, r); });
  }, py::arg("input"), py::arg("weight"), py::arg("bias") = py::none(), py::arg("stride") = py::make_tuple(py::int_(1)), py::arg("padding") = py::make_tuple(py::int_(0)), py::arg("dilation") = py::make_tuple(py::int_(1)), py::arg("groups") = py::int_(1), "3-D convolution of input (N, C, D, H, W) or (C, D, H, W) with weight (O, C/groups, kD, kH, kW).");
  m.def("conv3d", [](const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias, const IntList& stride, const std::string& padding, const IntList& dilation, int64_t groups) {
    return call1([&](ignis_tensor** r) { return ignis_conv3d_padding(input.get(), weight.get(), bias ? bias->get() : nullptr, stride.v.data(), stride.v.size(), padding.c_str(), dilation.v.data(), dilation.v.size(), groups, r); });
  }, py::arg("input"), py::arg("weight"), py::arg("bias").none(true), py::arg("stride"), py::arg("padding"), py::arg("dilation") = py::make_tuple(py::int_(1)), py::arg("groups") = py::int_(1), "3-D convolution with padding \"valid\" (none) or \"same\" (output as large as input; stride 1).");
  m.def("conv_transpose1d", [](const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias, const IntList& stride, const IntList& padding, const IntList& output_padding, int64_t groups, const IntList& dilation) {
    return call1([&](ignis_tensor** r) { return ignis_conv_transpose1d(input.get(), weight.get(), bias ? bias->get() : nullptr, stride.v.data(), stride.v.size(), padding.v.data(), padding.v.size(), output_padding.v.data(), output_padding.v.size(), groups, dilation.v.data(), dilation.v.size(), r); });
  }, py::arg("input"), py::arg("weight"), py::arg("bias") = py::none(), py::arg("stride") = py::make_tuple(py::int_(1)), py::arg("padding") = py::make_tuple(py::int_(0)), py::arg("output_padding") = py::make_tuple(py::int_(0)), py::arg("groups") = py::int_(1), py::arg("dilation") = py::make_tuple(py::int_(1)), "1-D transposed convolution (the gradient of conv1d) with weight (C, O/groups, K).");
  m.def("conv_transpose2d", [](const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias, const IntList& stride, const IntList& padding, const IntList& output_padding, int64_t groups, const IntList& dilation) {
    return call1([&](ignis_tensor** r) { return ignis_conv_transpose2d(input.get(), weight.get(), bias ? bias->get() : nullptr, stride.v.data(), stride.v.size(), padding.v.data(), padding.v.size(), output_padding.v.data(), output_padding.v.size(), groups, dilation.v.data(), dilation.v.size(), r); });
  }, py::arg("input"), py::arg("weight"), py::arg("bias") = py::none(), py::arg("stride") = py::make_tuple(py::int_(1)), py::arg("padding") = py::make_tuple(py::int_(0)), py::arg("output_padding") = py::make_tuple(py::int_(0)), py::arg("groups") = py::int_(1), py::arg("dilation") = py::make_tuple(py::int_(1)), "2-D transposed convolution (the gradient of conv2d) with weight (C, O/groups, kH, kW).");
  m.def("max_pool1d", [](const Tensor& self, const IntList& kernel_size, const IntList& stride, const IntList& padding, const IntList& dilation, bool ceil_mode) {
    return call1([&](ignis_tensor** r) { return ignis_max_pool1d(self.get(), kernel_size.v.data(), kernel_size.v.size(), stride.v.data(), stride.v.size(), padding.v.data(), padding.v.size(), dilation.v.data(), dilation.v.size(), ceil_mode ? 1 : 0, r); });
  }, py::arg("input"), py::arg("kernel_size"), py::arg("stride") = py::tuple(), py::arg("padding") = py::make_tuple(py::int_(0)), py::arg("dilation") = py::make_tuple(py::int_(1)), py::arg("ceil_mode") = py::bool_(false), "Maximum over sliding windows of the last dim of (N, C, L) or (C, L); stride defaults to kernel_size.");
  m.def("max_pool2d", [](const Tensor& self, const IntList& kernel_size, const IntList& stride, const IntList& padding, const IntList& dilation, bool ceil_mode) {
    return call1([&](ignis_tensor** r) { return ignis_max_pool2d(self.get(), kernel_size.v.data(), kernel_size.v.size(), stride.v.data(), stride.v.size(), padding.v.data(), padding.v.size(), dilation.v.data(), dilation.v.size(), ceil_mode ? 1 : 0, r); });
  }, py::arg("input"), py::arg("kernel_size"), py::arg("stride") = py::tuple(), py::arg("padding") = py::make_tuple(py::int_(0)), py::arg("dilation") = py::make_tuple(py::int_(1)), py::arg("ceil_mode") = py::bool_(false), "Maximum over sliding windows of the last two dims of (N, C, H, W) or (C, H, W).");
  m.def("max_pool2d_with_indices", [](const Tensor& self, const IntList& kernel_size, const IntList& stride, const IntList& padding, const IntList& dilation, bool ceil_mode) {
    return call_tuple<2>([&](ignis_tensor** r) { return ignis_max_pool2d_with_indices(self.get(), kernel_size.v.data(), kernel_size.v.size(), stride.v.data(), stride.v.size(), padding.v.data(), padding.v.size(), dilation.v.data(), dilation.v.size(), ceil_mode ? 1 : 0, &r[0], &r[1]); }, py::handle());
  }, py::arg("input"), py::arg("kernel_size"), py::arg("stride") = py::tuple(), py::arg("padding") = py::make_tuple(py::int_(0)), py::arg("dilation") = py::make_tuple(py::int_(1)), py::arg("ceil_mode") = py::bool_(false), "max_pool2d and the flat index (h * W + w) of each maximum in its input plane.");
  m.def("avg_pool1d", [](const Tensor& self, const IntList& kernel_size, const IntList& stride, const IntList& padding, bool ceil_mode, bool count_include_pad) {
    return call1([&](ignis_tensor** r) { return ignis_avg_pool1d(self.get(), kernel_size.v.data(), kernel_size.v.size(), stride.v.data(), stride.v.size(), padding.v.data(), padding.v.size(), ceil_mode ? 1 : 0, count_include_pad ? 1 : 0, r); });
  }, py::arg("input"), py::arg("kernel_size"), py::arg("stride") = py::tuple(), py::arg("padding") = py::make_tuple(py::int_(0)), py::arg("ceil_mode") = py::bool_(false), py::arg("count_include_pad") = py::bool_(true), "Mean over sliding windows of the last dim of (N, C, L) or (C, L).");
  m.def("avg_pool2d", [](const Tensor& self, const IntList& kernel_size, const IntList& stride, const IntList& padding, bool ceil_mode, bool count_include_pad, std::optional<int64_t> divisor_override) {
    return call1([&](ignis_tensor** r) { return ignis_avg_pool2d(self.get(), kernel_size.v.data(), kernel_size.v.size(), stride.v.data(), stride.v.size(), padding.v.data(), padding.v.size(), ceil_mode ? 1 : 0, count_include_pad ? 1 : 0, divisor_override ? &*divisor_override : nullptr, r); });
  }, py::arg("input"), py::arg("kernel_size"), py::arg("stride") = py::tuple(), py::arg("padding") = py::make_tuple(py::int_(0)), py::arg("ceil_mode") = py::bool_(false), py::arg("count_include_pad") = py::bool_(true), py::arg("divisor_override") = py::none(), "Mean over sliding windows of the last two dims; divisor_override replaces the window size.");
  m.def("adaptive_avg_pool1d", [](const Tensor& self, const IntList& output_size) {
    return call1([&](ignis_tensor** r) { return ignis_adaptive_avg_pool1d(self.get(), output_size.v.data(), output_size.v.size(), r); });
  }, py::arg("input"), py::arg("output_size"), "Mean over output_size evenly spread windows of the last dim.");
  m.def("adaptive_avg_pool2d", [](const Tensor& self, const IntList& output_size) {
    return call1([&](ignis_tensor** r) { return ignis_adaptive_avg_pool2d(self.get(), output_size.v.data(), output_size.v.size(), r); });
  }, py::arg("input"), py::arg("output_size"), "Mean over an output_size grid of evenly spread windows of the last two dims.");
  m.def("adaptive_max_pool2d", [](const Tensor& self, const IntList& output_size) {
    return call_tuple<2>([&](ignis_tensor** r) { return ignis_adaptive_max_pool2d(self.get(), output_size.v.data(), output_size.v.size(), &r[0], &r[1]); }, py::handle());
  }, py::arg("input"), py::arg("output_size"), "Maximum over an output_size grid of windows, and the flat index (h * W + w) of each maximum.");
  m.def("interpolate", [](const Tensor& input, const std::optional<IntList>& size, std::optional<double> scale_factor, const std::string& mode, std::optional<bool> align_corners) {
    int32_t align_corners_v = align_corners && *align_corners ? 1 : 0;
    return call1([&](ignis_tensor** r) { return ignis_interpolate(input.get(), size ? size->v.data() : nullptr, size ? size->v.size() : 0, scale_factor ? &*scale_factor : nullptr, mode.c_str(), align_corners ? &align_corners_v : nullptr, r); });
  }, py::arg("input"), py::arg("size") = py::none(), py::arg("scale_factor") = py::none(), py::arg("mode") = py::str("nearest"), py::arg("align_corners") = py::none(), "Resizes the spatial dims to size (or scale_factor times): mode \"nearest\", \"linear\" (3-D input) or \"bilinear\" (4-D input).");
  m.def("cross_entropy", [](const Tensor& input, const Tensor& target, const std::optional<Tensor>& weight, int64_t ignore_index, const std::string& reduction, double label_smoothing) {
    return call1([&](ignis_tensor** r) { return ignis_cross_entropy(input.get(), target.get(), weight ? weight->get() : nullptr, ignore_index, reduction.c_str(), label_smoothing, r); });
  }, py::arg("input"), py::arg("target"), py::arg("weight") = py::none(), py::arg("ignore_index") = py::int_(-100), py::arg("reduction") = py::str("mean"), py::arg("label_smoothing") = py::float_(0.0), "Cross entropy of logits (classes in dim 1) against class indices or class probabilities, with class weights, ignore_index and label smoothing.");
  m.def("nll_loss", [](const Tensor& input, const Tensor& target, const std::optional<Tensor>& weight, int64_t ignore_index, const std::string& reduction) {
    return call1([&](ignis_tensor** r) { return ignis_nll_loss(input.get(), target.get(), weight ? weight->get() : nullptr, ignore_index, reduction.c_str(), r); });
  }, py::arg("input"), py::arg("target"), py::arg("weight") = py::none(), py::arg("ignore_index") = py::int_(-100), py::arg("reduction") = py::str("mean"), "Negative log likelihood -weight[t] * input[n, t] of log-probabilities (classes in dim 1); mean divides by the summed weights.");
  m.def("mse_loss", [](const Tensor& input, const Tensor& target, const std::string& reduction) {
    return call1([&](ignis_tensor** r) { return ignis_mse_loss(input.get(), target.get(), reduction.c_str(), r); });
  }, py::arg("input"), py::arg("target"), py::arg("reduction") = py::str("mean"), "Squared error (input - target)^2, reduced by reduction (\"none\", \"mean\" or \"sum\").");
  m.def("l1_loss", [](const Tensor& input, const Tensor& target, const std::string& reduction) {
    return call1([&](ignis_tensor** r) { return ignis_l1_loss(input.get(), target.get(), reduction.c_str(), r); });
  }, py::arg("input"), py::arg("target"), py::arg("reduction") = py::str("mean"), "Absolute error |input - target|, reduced by reduction.");
  m.def("smooth_l1_loss", [](const Tensor& input, const Tensor& target, const std::string& reduction, double beta) {
    return call1([&](ignis_tensor** r) { return ignis_smooth_l1_loss(input.get(), target.get(), reduction.c_str(), beta, r); });
  }, py::arg("input"), py::arg("target"), py::arg("reduction") = py::str("mean"), py::arg("beta") = py::float_(1.0), "0.5 d^2 / beta where |d| < beta, else |d| - 0.5 beta (d = input - target), reduced.");
  m.def("huber_loss", [](const Tensor& input, const Tensor& target, const std::string& reduction, double delta) {
    return call1([&](ignis_tensor** r) { return ignis_huber_loss(input.get(), target.get(), reduction.c_str(), delta, r); });
  }, py::arg("input"), py::arg("target"), py::arg("reduction") = py::str("mean"), py::arg("delta") = py::float_(1.0), "0.5 d^2 where |d| <= delta, else delta (|d| - 0.5 delta), reduced.");
  m.def("binary_cross_entropy", [](const Tensor& input, const Tensor& target, const std::optional<Tensor>& weight, const std::string& reduction) {
    return call1([&](ignis_tensor** r) { return ignis_binary_cross_entropy(input.get(), target.get(), weight ? weight->get() : nullptr, reduction.c_str(), r); });
  }, py::arg("input"), py::arg("target"), py::arg("weight") = py::none(), py::arg("reduction") = py::str("mean"), "-weight (t log(p) + (1 - t) log(1 - p)) of probabilities p, logs clamped at -100 like PyTorch.");
  m.def("binary_cross_entropy_with_logits", [](const Tensor& input, const Tensor& target, const std::optional<Tensor>& weight, const std::optional<Tensor>& pos_weight, const std::string& reduction) {
    return call1([&](ignis_tensor** r) { return ignis_binary_cross_entropy_with_logits(input.get(), target.get(), weight ? weight->get() : nullptr, pos_weight ? pos_weight->get() : nullptr, reduction.c_str(), r); });
  }, py::arg("input"), py::arg("target"), py::arg("weight") = py::none(), py::arg("pos_weight") = py::none(), py::arg("reduction") = py::str("mean"), "Binary cross entropy of sigmoid(input) computed stably from logits, with weight and pos_weight.");
  m.def("kl_div", [](const Tensor& input, const Tensor& target, const std::string& reduction, bool log_target) {
    return call1([&](ignis_tensor** r) { return ignis_kl_div(input.get(), target.get(), reduction.c_str(), log_target ? 1 : 0, r); });
  }, py::arg("input"), py::arg("target"), py::arg("reduction") = py::str("mean"), py::kw_only(), py::arg("log_target") = py::bool_(false), "target (log(target) - input) pointwise (input is log-probabilities; log_target gives target as logs), reduced.");
  cls.def("__add__", [](const Tensor& self, const Tensor& other, const PyScalar& alpha) {
    return call1([&](ignis_tensor** r) { return ignis_add_tensor(self.get(), other.get(), alpha.s, r); });
  }, py::arg("other"), py::kw_only(), py::arg("alpha") = py::int_(1), py::is_operator(), "self + alpha * other, broadcasting, with PyTorch type promotion.");
  cls.def("__radd__", [](const Tensor& self, const Tensor& other, const PyScalar& alpha) {
    return call1([&](ignis_tensor** r) { return ignis_add_tensor(self.get(), other.get(), alpha.s, r); });
  }, py::arg("other"), py::kw_only(), py::arg("alpha") = py::int_(1), py::is_operator(), "self + alpha * other, broadcasting, with PyTorch type promotion.");
  cls.def("__iadd__", [](py::object self, const Tensor& other, const PyScalar& alpha) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_add_tensor_inplace(self_t.get(), other.get(), alpha.s); });
    return self;
  }, py::arg("other"), py::kw_only(), py::arg("alpha") = py::int_(1), py::is_operator(), "self + alpha * other, broadcasting, with PyTorch type promotion.");
  cls.def("__add__", [](const Tensor& self, const PyScalar& other, const PyScalar& alpha) {
    return call1([&](ignis_tensor** r) { return ignis_add_scalar(self.get(), other.s, alpha.s, r); });
  }, py::arg("other"), py::arg("alpha") = py::int_(1), py::is_operator(), "self + alpha * other for a Scalar other.");
  cls.def("__radd__", [](const Tensor& self, const PyScalar& other, const PyScalar& alpha) {
    return call1([&](ignis_tensor** r) { return ignis_add_scalar(self.get(), other.s, alpha.s, r); });
  }, py::arg("other"), py::arg("alpha") = py::int_(1), py::is_operator(), "self + alpha * other for a Scalar other.");
  cls.def("__iadd__", [](py::object self, const PyScalar& other, const PyScalar& alpha) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_add_scalar_inplace(self_t.get(), other.s, alpha.s); });
    return self;
  }, py::arg("other"), py::arg("alpha") = py::int_(1), py::is_operator(), "self + alpha * other for a Scalar other.");
  cls.def("__sub__", [](const Tensor& self, const Tensor& other, const PyScalar& alpha) {
    return call1([&](ignis_tensor** r) { return ignis_sub_tensor(self.get(), other.get(), alpha.s, r); });
  }, py::arg("other"), py::kw_only(), py::arg("alpha") = py::int_(1), py::is_operator(), "self - alpha * other, broadcasting (not for bool tensors).");
  cls.def("__isub__", [](py::object self, const Tensor& other, const PyScalar& alpha) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_sub_tensor_inplace(self_t.get(), other.get(), alpha.s); });
    return self;
  }, py::arg("other"), py::kw_only(), py::arg("alpha") = py::int_(1), py::is_operator(), "self - alpha * other, broadcasting (not for bool tensors).");
  cls.def("__sub__", [](const Tensor& self, const PyScalar& other, const PyScalar& alpha) {
    return call1([&](ignis_tensor** r) { return ignis_sub_scalar(self.get(), other.s, alpha.s, r); });
  }, py::arg("other"), py::arg("alpha") = py::int_(1), py::is_operator(), "self - alpha * other for a Scalar other.");
  cls.def("__isub__", [](py::object self, const PyScalar& other, const PyScalar& alpha) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_sub_scalar_inplace(self_t.get(), other.s, alpha.s); });
    return self;
  }, py::arg("other"), py::arg("alpha") = py::int_(1), py::is_operator(), "self - alpha * other for a Scalar other.");
  cls.def("__mul__", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_mul_tensor(self.get(), other.get(), r); });
  }, py::arg("other"), py::is_operator(), "Elementwise product, broadcasting.");
  cls.def("__rmul__", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_mul_tensor(self.get(), other.get(), r); });
  }, py::arg("other"), py::is_operator(), "Elementwise product, broadcasting.");
  cls.def("__imul__", [](py::object self, const Tensor& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_mul_tensor_inplace(self_t.get(), other.get()); });
    return self;
  }, py::arg("other"), py::is_operator(), "Elementwise product, broadcasting.");
  cls.def("__mul__", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_mul_scalar(self.get(), other.s, r); });
  }, py::arg("other"), py::is_operator(), "Each element times a Scalar.");
  cls.def("__rmul__", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_mul_scalar(self.get(), other.s, r); });
  }, py::arg("other"), py::is_operator(), "Each element times a Scalar.");
  cls.def("__imul__", [](py::object self, const PyScalar& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_mul_scalar_inplace(self_t.get(), other.s); });
    return self;
  }, py::arg("other"), py::is_operator(), "Each element times a Scalar.");
  cls.def("__truediv__", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_div_tensor(self.get(), other.get(), r); });
  }, py::arg("other"), py::is_operator(), "True division; integer inputs give the default float dtype.");
  cls.def("__itruediv__", [](py::object self, const Tensor& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_div_tensor_inplace(self_t.get(), other.get()); });
    return self;
  }, py::arg("other"), py::is_operator(), "True division; integer inputs give the default float dtype.");
  cls.def("__truediv__", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_div_scalar(self.get(), other.s, r); });
  }, py::arg("other"), py::is_operator(), "True division by a Scalar.");
  cls.def("__itruediv__", [](py::object self, const PyScalar& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_div_scalar_inplace(self_t.get(), other.s); });
    return self;
  }, py::arg("other"), py::is_operator(), "True division by a Scalar.");
  cls.def("__floordiv__", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_floor_divide(self.get(), other.get(), r); });
  }, py::arg("other"), py::is_operator(), "Division rounded toward negative infinity (Python //).");
  cls.def("__ifloordiv__", [](py::object self, const Tensor& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_floor_divide_inplace(self_t.get(), other.get()); });
    return self;
  }, py::arg("other"), py::is_operator(), "Division rounded toward negative infinity (Python //).");
  cls.def("__floordiv__", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_floor_divide_scalar(self.get(), other.s, r); });
  }, py::arg("other"), py::is_operator(), "Floor division by a Scalar.");
  cls.def("__ifloordiv__", [](py::object self, const PyScalar& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_floor_divide_scalar_inplace(self_t.get(), other.s); });
    return self;
  }, py::arg("other"), py::is_operator(), "Floor division by a Scalar.");
  cls.def("__mod__", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_remainder_tensor(self.get(), other.get(), r); });
  }, py::arg("other"), py::is_operator(), "Python-style modulus: the result has the sign of the divisor.");
  cls.def("__imod__", [](py::object self, const Tensor& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_remainder_tensor_inplace(self_t.get(), other.get()); });
    return self;
  }, py::arg("other"), py::is_operator(), "Python-style modulus: the result has the sign of the divisor.");
  cls.def("__mod__", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_remainder_scalar(self.get(), other.s, r); });
  }, py::arg("other"), py::is_operator(), "Python-style modulus by a Scalar.");
  cls.def("__imod__", [](py::object self, const PyScalar& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_remainder_scalar_inplace(self_t.get(), other.s); });
    return self;
  }, py::arg("other"), py::is_operator(), "Python-style modulus by a Scalar.");
  cls.def("__pow__", [](const Tensor& self, const Tensor& exponent) {
    return call1([&](ignis_tensor** r) { return ignis_pow_tensor_tensor(self.get(), exponent.get(), r); });
  }, py::arg("exponent"), py::is_operator(), "self raised to exponent elementwise.");
  cls.def("__ipow__", [](py::object self, const Tensor& exponent) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_pow_tensor_tensor_inplace(self_t.get(), exponent.get()); });
    return self;
  }, py::arg("exponent"), py::is_operator(), "self raised to exponent elementwise.");
  cls.def("__pow__", [](const Tensor& self, const PyScalar& exponent) {
    return call1([&](ignis_tensor** r) { return ignis_pow_tensor_scalar(self.get(), exponent.s, r); });
  }, py::arg("exponent"), py::is_operator(), "Each element raised to a Scalar exponent.");
  cls.def("__ipow__", [](py::object self, const PyScalar& exponent) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_pow_tensor_scalar_inplace(self_t.get(), exponent.s); });
    return self;
  }, py::arg("exponent"), py::is_operator(), "Each element raised to a Scalar exponent.");
  cls.def("__eq__", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_eq_tensor(self.get(), other.get(), r); });
  }, py::arg("other"), py::is_operator(), "self == other elementwise (bool result).");
  cls.def("__eq__", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_eq_scalar(self.get(), other.s, r); });
  }, py::arg("other"), py::is_operator(), "self == a Scalar elementwise (bool result).");
  cls.def("__ne__", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_ne_tensor(self.get(), other.get(), r); });
  }, py::arg("other"), py::is_operator(), "self != other elementwise (bool result).");
  cls.def("__ne__", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_ne_scalar(self.get(), other.s, r); });
  }, py::arg("other"), py::is_operator(), "self != a Scalar elementwise (bool result).");
  cls.def("__lt__", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_lt_tensor(self.get(), other.get(), r); });
  }, py::arg("other"), py::is_operator(), "self < other elementwise (bool result).");
  cls.def("__lt__", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_lt_scalar(self.get(), other.s, r); });
  }, py::arg("other"), py::is_operator(), "self < a Scalar elementwise (bool result).");
  cls.def("__le__", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_le_tensor(self.get(), other.get(), r); });
  }, py::arg("other"), py::is_operator(), "self <= other elementwise (bool result).");
  cls.def("__le__", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_le_scalar(self.get(), other.s, r); });
  }, py::arg("other"), py::is_operator(), "self <= a Scalar elementwise (bool result).");
  cls.def("__gt__", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_gt_tensor(self.get(), other.get(), r); });
  }, py::arg("other"), py::is_operator(), "self > other elementwise (bool result).");
  cls.def("__gt__", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_gt_scalar(self.get(), other.s, r); });
  }, py::arg("other"), py::is_operator(), "self > a Scalar elementwise (bool result).");
  cls.def("__ge__", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_ge_tensor(self.get(), other.get(), r); });
  }, py::arg("other"), py::is_operator(), "self >= other elementwise (bool result).");
  cls.def("__ge__", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_ge_scalar(self.get(), other.s, r); });
  }, py::arg("other"), py::is_operator(), "self >= a Scalar elementwise (bool result).");
  cls.def("__and__", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_bitwise_and_tensor(self.get(), other.get(), r); });
  }, py::arg("other"), py::is_operator(), "Bitwise AND of integer or bool tensors.");
  cls.def("__rand__", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_bitwise_and_tensor(self.get(), other.get(), r); });
  }, py::arg("other"), py::is_operator(), "Bitwise AND of integer or bool tensors.");
  cls.def("__iand__", [](py::object self, const Tensor& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_bitwise_and_tensor_inplace(self_t.get(), other.get()); });
    return self;
  }, py::arg("other"), py::is_operator(), "Bitwise AND of integer or bool tensors.");
  cls.def("__and__", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_bitwise_and_scalar(self.get(), other.s, r); });
  }, py::arg("other"), py::is_operator(), "Bitwise AND with an integer or bool Scalar.");
  cls.def("__rand__", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_bitwise_and_scalar(self.get(), other.s, r); });
  }, py::arg("other"), py::is_operator(), "Bitwise AND with an integer or bool Scalar.");
  cls.def("__iand__", [](py::object self, const PyScalar& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_bitwise_and_scalar_inplace(self_t.get(), other.s); });
    return self;
  }, py::arg("other"), py::is_operator(), "Bitwise AND with an integer or bool Scalar.");
  cls.def("__or__", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_bitwise_or_tensor(self.get(), other.get(), r); });
  }, py::arg("other"), py::is_operator(), "Bitwise OR of integer or bool tensors.");
  cls.def("__ror__", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_bitwise_or_tensor(self.get(), other.get(), r); });
  }, py::arg("other"), py::is_operator(), "Bitwise OR of integer or bool tensors.");
  cls.def("__ior__", [](py::object self, const Tensor& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_bitwise_or_tensor_inplace(self_t.get(), other.get()); });
    return self;
  }, py::arg("other"), py::is_operator(), "Bitwise OR of integer or bool tensors.");
  cls.def("__or__", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_bitwise_or_scalar(self.get(), other.s, r); });
  }, py::arg("other"), py::is_operator(), "Bitwise OR with an integer or bool Scalar.");
  cls.def("__ror__", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_bitwise_or_scalar(self.get(), other.s, r); });
  }, py::arg("other"), py::is_operator(), "Bitwise OR with an integer or bool Scalar.");
  cls.def("__ior__", [](py::object self, const PyScalar& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_bitwise_or_scalar_inplace(self_t.get(), other.s); });
    return self;
  }, py::arg("other"), py::is_operator(), "Bitwise OR with an integer or bool Scalar.");
  cls.def("__xor__", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_bitwise_xor_tensor(self.get(), other.get(), r); });
  }, py::arg("other"), py::is_operator(), "Bitwise XOR of integer or bool tensors.");
  cls.def("__rxor__", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_bitwise_xor_tensor(self.get(), other.get(), r); });
  }, py::arg("other"), py::is_operator(), "Bitwise XOR of integer or bool tensors.");
  cls.def("__ixor__", [](py::object self, const Tensor& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_bitwise_xor_tensor_inplace(self_t.get(), other.get()); });
    return self;
  }, py::arg("other"), py::is_operator(), "Bitwise XOR of integer or bool tensors.");
  cls.def("__xor__", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_bitwise_xor_scalar(self.get(), other.s, r); });
  }, py::arg("other"), py::is_operator(), "Bitwise XOR with an integer or bool Scalar.");
  cls.def("__rxor__", [](const Tensor& self, const PyScalar& other) {
    return call1([&](ignis_tensor** r) { return ignis_bitwise_xor_scalar(self.get(), other.s, r); });
  }, py::arg("other"), py::is_operator(), "Bitwise XOR with an integer or bool Scalar.");
  cls.def("__ixor__", [](py::object self, const PyScalar& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_bitwise_xor_scalar_inplace(self_t.get(), other.s); });
    return self;
  }, py::arg("other"), py::is_operator(), "Bitwise XOR with an integer or bool Scalar.");
  cls.def("__matmul__", [](const Tensor& self, const Tensor& other) {
    return call1([&](ignis_tensor** r) { return ignis_matmul(self.get(), other.get(), r); });
  }, py::arg("other"), py::is_operator(), "Matrix product with NumPy semantics: dot for 1-D x 1-D, matrix-vector, and batched products broadcasting the batch dims.");
  cls.def("neg_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_neg_inplace(self_t.get()); });
    return self;
  }, "Negative of each element (-x).");
  m.def("neg", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_neg_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "Negative of each element (-x).");
  cls.def("abs_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_abs_inplace(self_t.get()); });
    return self;
  }, "Absolute value of each element.");
  m.def("abs", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_abs_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "Absolute value of each element.");
  cls.def("sign_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_sign_inplace(self_t.get()); });
    return self;
  }, "Sign of each element: -1, 0 or 1 (0 for NaN).");
  m.def("sign", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_sign_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "Sign of each element: -1, 0 or 1 (0 for NaN).");
  cls.def("exp_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_exp_inplace(self_t.get()); });
    return self;
  }, "e raised to each element; integer inputs give the default float dtype.");
  m.def("exp", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_exp_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "e raised to each element; integer inputs give the default float dtype.");
  cls.def("exp2_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_exp2_inplace(self_t.get()); });
    return self;
  }, "2 raised to each element.");
  m.def("exp2", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_exp2_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "2 raised to each element.");
  cls.def("expm1_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_expm1_inplace(self_t.get()); });
    return self;
  }, "exp(x) - 1, accurate near zero.");
  m.def("expm1", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_expm1_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "exp(x) - 1, accurate near zero.");
  cls.def("log_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_log_inplace(self_t.get()); });
    return self;
  }, "Natural logarithm of each element.");
  m.def("log", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_log_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "Natural logarithm of each element.");
  cls.def("log2_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_log2_inplace(self_t.get()); });
    return self;
  }, "Base-2 logarithm of each element.");
  m.def("log2", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_log2_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "Base-2 logarithm of each element.");
  cls.def("log10_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_log10_inplace(self_t.get()); });
    return self;
  }, "Base-10 logarithm of each element.");
  m.def("log10", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_log10_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "Base-10 logarithm of each element.");
  cls.def("log1p_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_log1p_inplace(self_t.get()); });
    return self;
  }, "log(1 + x), accurate near zero.");
  m.def("log1p", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_log1p_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "log(1 + x), accurate near zero.");
  cls.def("sqrt_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_sqrt_inplace(self_t.get()); });
    return self;
  }, "Square root of each element.");
  m.def("sqrt", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_sqrt_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "Square root of each element.");
  cls.def("rsqrt_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_rsqrt_inplace(self_t.get()); });
    return self;
  }, "Reciprocal square root 1 / sqrt(x).");
  m.def("rsqrt", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_rsqrt_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "Reciprocal square root 1 / sqrt(x).");
  cls.def("reciprocal_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_reciprocal_inplace(self_t.get()); });
    return self;
  }, "Reciprocal 1 / x.");
  m.def("reciprocal", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_reciprocal_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "Reciprocal 1 / x.");
  cls.def("sin_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_sin_inplace(self_t.get()); });
    return self;
  }, "Sine of each element (radians).");
  m.def("sin", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_sin_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "Sine of each element (radians).");
  cls.def("cos_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_cos_inplace(self_t.get()); });
    return self;
  }, "Cosine of each element (radians).");
  m.def("cos", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_cos_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "Cosine of each element (radians).");
  cls.def("tan_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_tan_inplace(self_t.get()); });
    return self;
  }, "Tangent of each element (radians).");
  m.def("tan", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_tan_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "Tangent of each element (radians).");
  cls.def("asin_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_asin_inplace(self_t.get()); });
    return self;
  }, "Arcsine of each element.");
  m.def("asin", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_asin_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "Arcsine of each element.");
  cls.def("acos_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_acos_inplace(self_t.get()); });
    return self;
  }, "Arccosine of each element.");
  m.def("acos", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_acos_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "Arccosine of each element.");
  cls.def("atan_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_atan_inplace(self_t.get()); });
    return self;
  }, "Arctangent of each element.");
  m.def("atan", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_atan_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "Arctangent of each element.");
  cls.def("sinh_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_sinh_inplace(self_t.get()); });
    return self;
  }, "Hyperbolic sine of each element.");
  m.def("sinh", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_sinh_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "Hyperbolic sine of each element.");
  cls.def("cosh_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_cosh_inplace(self_t.get()); });
    return self;
  }, "Hyperbolic cosine of each element.");
  m.def("cosh", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_cosh_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "Hyperbolic cosine of each element.");
  cls.def("tanh_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_tanh_inplace(self_t.get()); });
    return self;
  }, "Hyperbolic tangent of each element.");
  m.def("tanh", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_tanh_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "Hyperbolic tangent of each element.");
  cls.def("sigmoid_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_sigmoid_inplace(self_t.get()); });
    return self;
  }, "Logistic sigmoid 1 / (1 + exp(-x)).");
  m.def("sigmoid", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_sigmoid_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "Logistic sigmoid 1 / (1 + exp(-x)).");
  m.def("logsigmoid", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_logsigmoid_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "log(sigmoid(x)), computed without overflow.");
  cls.def("relu_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_relu_inplace(self_t.get()); });
    return self;
  }, "Rectified linear unit max(x, 0).");
  cls.def("relu6_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_relu6_inplace(self_t.get()); });
    return self;
  }, "min(max(x, 0), 6).");
  cls.def("leaky_relu_", [](py::object self, const PyScalar& negative_slope) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_leaky_relu_inplace(self_t.get(), negative_slope.s); });
    return self;
  }, py::arg("negative_slope") = py::float_(0.01), "x where x > 0, else negative_slope * x.");
  m.def("leaky_relu", [](const Tensor& self, const PyScalar& negative_slope, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_leaky_relu_out(out_t.get(), self.get(), negative_slope.s); });
    return out;
  }, py::arg("input"), py::arg("negative_slope") = py::float_(0.01), py::kw_only(), py::arg("out"), "x where x > 0, else negative_slope * x.");
  cls.def("elu_", [](py::object self, const PyScalar& alpha, const PyScalar& scale, const PyScalar& input_scale) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_elu_inplace(self_t.get(), alpha.s, scale.s, input_scale.s); });
    return self;
  }, py::arg("alpha") = py::int_(1), py::arg("scale") = py::int_(1), py::arg("input_scale") = py::int_(1), "scale * x where x > 0, else scale * alpha * (exp(input_scale * x) - 1).");
  m.def("elu", [](const Tensor& self, const PyScalar& alpha, const PyScalar& scale, const PyScalar& input_scale, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_elu_out(out_t.get(), self.get(), alpha.s, scale.s, input_scale.s); });
    return out;
  }, py::arg("input"), py::arg("alpha") = py::int_(1), py::arg("scale") = py::int_(1), py::arg("input_scale") = py::int_(1), py::kw_only(), py::arg("out"), "scale * x where x > 0, else scale * alpha * (exp(input_scale * x) - 1).");
  cls.def("selu_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_selu_inplace(self_t.get()); });
    return self;
  }, "Scaled ELU with the self-normalizing constants alpha = 1.6733, scale = 1.0507.");
  cls.def("gelu_", [](py::object self, const std::string& approximate) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_gelu_inplace(self_t.get(), approximate.c_str()); });
    return self;
  }, py::kw_only(), py::arg("approximate") = py::str("none"), "Gaussian error linear unit x * Phi(x); approximate \"tanh\" uses the tanh formula.");
  m.def("gelu", [](const Tensor& self, const std::string& approximate, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_gelu_out(out_t.get(), self.get(), approximate.c_str()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("approximate") = py::str("none"), py::arg("out"), "Gaussian error linear unit x * Phi(x); approximate \"tanh\" uses the tanh formula.");
  cls.def("silu_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_silu_inplace(self_t.get()); });
    return self;
  }, "x * sigmoid(x) (swish).");
  m.def("silu", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_silu_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "x * sigmoid(x) (swish).");
  cls.def("mish_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_mish_inplace(self_t.get()); });
    return self;
  }, "x * tanh(softplus(x)).");
  m.def("mish", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_mish_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "x * tanh(softplus(x)).");
  m.def("softplus", [](const Tensor& self, const PyScalar& beta, const PyScalar& threshold, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_softplus_out(out_t.get(), self.get(), beta.s, threshold.s); });
    return out;
  }, py::arg("input"), py::arg("beta") = py::int_(1), py::arg("threshold") = py::int_(20), py::kw_only(), py::arg("out"), "log(1 + exp(beta * x)) / beta, or x where beta * x > threshold.");
  cls.def("hardswish_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_hardswish_inplace(self_t.get()); });
    return self;
  }, "x * relu6(x + 3) / 6.");
  m.def("hardswish", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_hardswish_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "x * relu6(x + 3) / 6.");
  cls.def("hardsigmoid_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_hardsigmoid_inplace(self_t.get()); });
    return self;
  }, "relu6(x + 3) / 6.");
  m.def("hardsigmoid", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_hardsigmoid_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "relu6(x + 3) / 6.");
  cls.def("erf_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_erf_inplace(self_t.get()); });
    return self;
  }, "Gauss error function of each element.");
  m.def("erf", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_erf_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "Gauss error function of each element.");
  cls.def("erfinv_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_erfinv_inplace(self_t.get()); });
    return self;
  }, "Inverse of the error function on (-1, 1).");
  m.def("erfinv", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_erfinv_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "Inverse of the error function on (-1, 1).");
  cls.def("floor_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_floor_inplace(self_t.get()); });
    return self;
  }, "Largest integer not above each element (integers unchanged).");
  m.def("floor", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_floor_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "Largest integer not above each element (integers unchanged).");
  cls.def("ceil_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_ceil_inplace(self_t.get()); });
    return self;
  }, "Smallest integer not below each element (integers unchanged).");
  m.def("ceil", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_ceil_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "Smallest integer not below each element (integers unchanged).");
  cls.def("round_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_round_inplace(self_t.get()); });
    return self;
  }, "Nearest integer to each element, ties to even (integers unchanged).");
  m.def("round", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_round_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "Nearest integer to each element, ties to even (integers unchanged).");
  cls.def("round_", [](py::object self, int64_t decimals) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_round_decimals_inplace(self_t.get(), decimals); });
    return self;
  }, py::kw_only(), py::arg("decimals"), "Rounds to the given number of decimals (negative: to tens, hundreds...), ties to even.");
  m.def("round", [](const Tensor& self, int64_t decimals, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_round_decimals_out(out_t.get(), self.get(), decimals); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("decimals"), py::arg("out"), "Rounds to the given number of decimals (negative: to tens, hundreds...), ties to even.");
  cls.def("trunc_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_trunc_inplace(self_t.get()); });
    return self;
  }, "Each element rounded toward zero (integers unchanged).");
  m.def("trunc", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_trunc_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "Each element rounded toward zero (integers unchanged).");
  cls.def("frac_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_frac_inplace(self_t.get()); });
    return self;
  }, "Fractional part x - trunc(x).");
  m.def("frac", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_frac_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "Fractional part x - trunc(x).");
  cls.def("nan_to_num_", [](py::object self, std::optional<double> nan, std::optional<double> posinf, std::optional<double> neginf) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_nan_to_num_inplace(self_t.get(), nan ? &*nan : nullptr, posinf ? &*posinf : nullptr, neginf ? &*neginf : nullptr); });
    return self;
  }, py::arg("nan") = py::none(), py::arg("posinf") = py::none(), py::arg("neginf") = py::none(), "Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value).");
  m.def("nan_to_num", [](const Tensor& self, std::optional<double> nan, std::optional<double> posinf, std::optional<double> neginf, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_nan_to_num_out(out_t.get(), self.get(), nan ? &*nan : nullptr, posinf ? &*posinf : nullptr, neginf ? &*neginf : nullptr); });
    return out;
  }, py::arg("input"), py::arg("nan") = py::none(), py::arg("posinf") = py::none(), py::arg("neginf") = py::none(), py::kw_only(), py::arg("out"), "Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value).");
  cls.def("logical_not_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_logical_not_inplace(self_t.get()); });
    return self;
  }, "True where the element is zero (bool result).");
  m.def("logical_not", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_logical_not_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "True where the element is zero (bool result).");
  cls.def("bitwise_not_", [](py::object self) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_bitwise_not_inplace(self_t.get()); });
    return self;
  }, "Bitwise NOT of integer elements (logical NOT for bool).");
  m.def("bitwise_not", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_bitwise_not_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "Bitwise NOT of integer elements (logical NOT for bool).");
  cls.def("add_", [](py::object self, const Tensor& other, const PyScalar& alpha) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_add_tensor_inplace(self_t.get(), other.get(), alpha.s); });
    return self;
  }, py::arg("other"), py::kw_only(), py::arg("alpha") = py::int_(1), "self + alpha * other, broadcasting, with PyTorch type promotion.");
  m.def("add", [](const Tensor& self, const Tensor& other, const PyScalar& alpha, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_add_tensor_out(out_t.get(), self.get(), other.get(), alpha.s); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("alpha") = py::int_(1), py::arg("out"), "self + alpha * other, broadcasting, with PyTorch type promotion.");
  cls.def("add_", [](py::object self, const PyScalar& other, const PyScalar& alpha) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_add_scalar_inplace(self_t.get(), other.s, alpha.s); });
    return self;
  }, py::arg("other"), py::arg("alpha") = py::int_(1), "self + alpha * other for a Scalar other.");
  m.def("add", [](const Tensor& self, const PyScalar& other, const PyScalar& alpha, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_add_scalar_out(out_t.get(), self.get(), other.s, alpha.s); });
    return out;
  }, py::arg("input"), py::arg("other"), py::arg("alpha") = py::int_(1), py::kw_only(), py::arg("out"), "self + alpha * other for a Scalar other.");
  cls.def("sub_", [](py::object self, const Tensor& other, const PyScalar& alpha) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_sub_tensor_inplace(self_t.get(), other.get(), alpha.s); });
    return self;
  }, py::arg("other"), py::kw_only(), py::arg("alpha") = py::int_(1), "self - alpha * other, broadcasting (not for bool tensors).");
  m.def("sub", [](const Tensor& self, const Tensor& other, const PyScalar& alpha, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_sub_tensor_out(out_t.get(), self.get(), other.get(), alpha.s); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("alpha") = py::int_(1), py::arg("out"), "self - alpha * other, broadcasting (not for bool tensors).");
  cls.def("sub_", [](py::object self, const PyScalar& other, const PyScalar& alpha) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_sub_scalar_inplace(self_t.get(), other.s, alpha.s); });
    return self;
  }, py::arg("other"), py::arg("alpha") = py::int_(1), "self - alpha * other for a Scalar other.");
  m.def("sub", [](const Tensor& self, const PyScalar& other, const PyScalar& alpha, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_sub_scalar_out(out_t.get(), self.get(), other.s, alpha.s); });
    return out;
  }, py::arg("input"), py::arg("other"), py::arg("alpha") = py::int_(1), py::kw_only(), py::arg("out"), "self - alpha * other for a Scalar other.");
  cls.def("mul_", [](py::object self, const Tensor& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_mul_tensor_inplace(self_t.get(), other.get()); });
    return self;
  }, py::arg("other"), "Elementwise product, broadcasting.");
  m.def("mul", [](const Tensor& self, const Tensor& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_mul_tensor_out(out_t.get(), self.get(), other.get()); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "Elementwise product, broadcasting.");
  cls.def("mul_", [](py::object self, const PyScalar& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_mul_scalar_inplace(self_t.get(), other.s); });
    return self;
  }, py::arg("other"), "Each element times a Scalar.");
  m.def("mul", [](const Tensor& self, const PyScalar& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_mul_scalar_out(out_t.get(), self.get(), other.s); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "Each element times a Scalar.");
  cls.def("div_", [](py::object self, const Tensor& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_div_tensor_inplace(self_t.get(), other.get()); });
    return self;
  }, py::arg("other"), "True division; integer inputs give the default float dtype.");
  m.def("div", [](const Tensor& self, const Tensor& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_div_tensor_out(out_t.get(), self.get(), other.get()); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "True division; integer inputs give the default float dtype.");
  cls.def("div_", [](py::object self, const PyScalar& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_div_scalar_inplace(self_t.get(), other.s); });
    return self;
  }, py::arg("other"), "True division by a Scalar.");
  m.def("div", [](const Tensor& self, const PyScalar& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_div_scalar_out(out_t.get(), self.get(), other.s); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "True division by a Scalar.");
  cls.def("div_", [](py::object self, const Tensor& other, const std::optional<std::string>& rounding_mode) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_div_tensor_mode_inplace(self_t.get(), other.get(), rounding_mode ? rounding_mode->c_str() : nullptr); });
    return self;
  }, py::arg("other"), py::kw_only(), py::arg("rounding_mode").none(true), "Division rounded by rounding_mode: None (true division), \"trunc\" or \"floor\".");
  m.def("div", [](const Tensor& self, const Tensor& other, const std::optional<std::string>& rounding_mode, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_div_tensor_mode_out(out_t.get(), self.get(), other.get(), rounding_mode ? rounding_mode->c_str() : nullptr); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("rounding_mode").none(true), py::arg("out"), "Division rounded by rounding_mode: None (true division), \"trunc\" or \"floor\".");
  cls.def("div_", [](py::object self, const PyScalar& other, const std::optional<std::string>& rounding_mode) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_div_scalar_mode_inplace(self_t.get(), other.s, rounding_mode ? rounding_mode->c_str() : nullptr); });
    return self;
  }, py::arg("other"), py::kw_only(), py::arg("rounding_mode").none(true), "Division by a Scalar rounded by rounding_mode: None, \"trunc\" or \"floor\".");
  m.def("div", [](const Tensor& self, const PyScalar& other, const std::optional<std::string>& rounding_mode, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_div_scalar_mode_out(out_t.get(), self.get(), other.s, rounding_mode ? rounding_mode->c_str() : nullptr); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("rounding_mode").none(true), py::arg("out"), "Division by a Scalar rounded by rounding_mode: None, \"trunc\" or \"floor\".");
  cls.def("floor_divide_", [](py::object self, const Tensor& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_floor_divide_inplace(self_t.get(), other.get()); });
    return self;
  }, py::arg("other"), "Division rounded toward negative infinity (Python //).");
  m.def("floor_divide", [](const Tensor& self, const Tensor& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_floor_divide_out(out_t.get(), self.get(), other.get()); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "Division rounded toward negative infinity (Python //).");
  cls.def("floor_divide_", [](py::object self, const PyScalar& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_floor_divide_scalar_inplace(self_t.get(), other.s); });
    return self;
  }, py::arg("other"), "Floor division by a Scalar.");
  m.def("floor_divide", [](const Tensor& self, const PyScalar& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_floor_divide_scalar_out(out_t.get(), self.get(), other.s); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "Floor division by a Scalar.");
  cls.def("remainder_", [](py::object self, const Tensor& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_remainder_tensor_inplace(self_t.get(), other.get()); });
    return self;
  }, py::arg("other"), "Python-style modulus: the result has the sign of the divisor.");
  m.def("remainder", [](const Tensor& self, const Tensor& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_remainder_tensor_out(out_t.get(), self.get(), other.get()); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "Python-style modulus: the result has the sign of the divisor.");
  cls.def("remainder_", [](py::object self, const PyScalar& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_remainder_scalar_inplace(self_t.get(), other.s); });
    return self;
  }, py::arg("other"), "Python-style modulus by a Scalar.");
  m.def("remainder", [](const Tensor& self, const PyScalar& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_remainder_scalar_out(out_t.get(), self.get(), other.s); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "Python-style modulus by a Scalar.");
  m.def("remainder", [](const PyScalar& self, const Tensor& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_remainder_scalar_tensor_out(out_t.get(), self.s, other.get()); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "Python-style modulus of a Scalar by each element.");
  cls.def("fmod_", [](py::object self, const Tensor& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_fmod_tensor_inplace(self_t.get(), other.get()); });
    return self;
  }, py::arg("other"), "C-style modulus: the result has the sign of the dividend.");
  m.def("fmod", [](const Tensor& self, const Tensor& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_fmod_tensor_out(out_t.get(), self.get(), other.get()); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "C-style modulus: the result has the sign of the dividend.");
  cls.def("fmod_", [](py::object self, const PyScalar& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_fmod_scalar_inplace(self_t.get(), other.s); });
    return self;
  }, py::arg("other"), "C-style modulus by a Scalar.");
  m.def("fmod", [](const Tensor& self, const PyScalar& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_fmod_scalar_out(out_t.get(), self.get(), other.s); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "C-style modulus by a Scalar.");
  cls.def("pow_", [](py::object self, const Tensor& exponent) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_pow_tensor_tensor_inplace(self_t.get(), exponent.get()); });
    return self;
  }, py::arg("exponent"), "self raised to exponent elementwise.");
  m.def("pow", [](const Tensor& self, const Tensor& exponent, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_pow_tensor_tensor_out(out_t.get(), self.get(), exponent.get()); });
    return out;
  }, py::arg("input"), py::arg("exponent"), py::kw_only(), py::arg("out"), "self raised to exponent elementwise.");
  cls.def("pow_", [](py::object self, const PyScalar& exponent) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_pow_tensor_scalar_inplace(self_t.get(), exponent.s); });
    return self;
  }, py::arg("exponent"), "Each element raised to a Scalar exponent.");
  m.def("pow", [](const Tensor& self, const PyScalar& exponent, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_pow_tensor_scalar_out(out_t.get(), self.get(), exponent.s); });
    return out;
  }, py::arg("input"), py::arg("exponent"), py::kw_only(), py::arg("out"), "Each element raised to a Scalar exponent.");
  m.def("pow", [](const PyScalar& self, const Tensor& exponent, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_pow_scalar_self_out(out_t.get(), self.s, exponent.get()); });
    return out;
  }, py::arg("input"), py::arg("exponent"), py::kw_only(), py::arg("out"), "A Scalar raised to each element of exponent.");
  cls.def("atan2_", [](py::object self, const Tensor& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_atan2_inplace(self_t.get(), other.get()); });
    return self;
  }, py::arg("other"), "Arctangent of self / other in the right quadrant; integers give the default float dtype.");
  m.def("atan2", [](const Tensor& self, const Tensor& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_atan2_out(out_t.get(), self.get(), other.get()); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "Arctangent of self / other in the right quadrant; integers give the default float dtype.");
  m.def("maximum", [](const Tensor& self, const Tensor& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_maximum_out(out_t.get(), self.get(), other.get()); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "Elementwise maximum; NaN if either is NaN.");
  m.def("minimum", [](const Tensor& self, const Tensor& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_minimum_out(out_t.get(), self.get(), other.get()); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "Elementwise minimum; NaN if either is NaN.");
  cls.def("eq_", [](py::object self, const Tensor& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_eq_tensor_inplace(self_t.get(), other.get()); });
    return self;
  }, py::arg("other"), "self == other elementwise (bool result).");
  m.def("eq", [](const Tensor& self, const Tensor& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_eq_tensor_out(out_t.get(), self.get(), other.get()); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "self == other elementwise (bool result).");
  cls.def("eq_", [](py::object self, const PyScalar& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_eq_scalar_inplace(self_t.get(), other.s); });
    return self;
  }, py::arg("other"), "self == a Scalar elementwise (bool result).");
  m.def("eq", [](const Tensor& self, const PyScalar& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_eq_scalar_out(out_t.get(), self.get(), other.s); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "self == a Scalar elementwise (bool result).");
  cls.def("ne_", [](py::object self, const Tensor& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_ne_tensor_inplace(self_t.get(), other.get()); });
    return self;
  }, py::arg("other"), "self != other elementwise (bool result).");
  m.def("ne", [](const Tensor& self, const Tensor& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_ne_tensor_out(out_t.get(), self.get(), other.get()); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "self != other elementwise (bool result).");
  cls.def("ne_", [](py::object self, const PyScalar& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_ne_scalar_inplace(self_t.get(), other.s); });
    return self;
  }, py::arg("other"), "self != a Scalar elementwise (bool result).");
  m.def("ne", [](const Tensor& self, const PyScalar& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_ne_scalar_out(out_t.get(), self.get(), other.s); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "self != a Scalar elementwise (bool result).");
  cls.def("lt_", [](py::object self, const Tensor& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_lt_tensor_inplace(self_t.get(), other.get()); });
    return self;
  }, py::arg("other"), "self < other elementwise (bool result).");
  m.def("lt", [](const Tensor& self, const Tensor& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_lt_tensor_out(out_t.get(), self.get(), other.get()); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "self < other elementwise (bool result).");
  cls.def("lt_", [](py::object self, const PyScalar& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_lt_scalar_inplace(self_t.get(), other.s); });
    return self;
  }, py::arg("other"), "self < a Scalar elementwise (bool result).");
  m.def("lt", [](const Tensor& self, const PyScalar& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_lt_scalar_out(out_t.get(), self.get(), other.s); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "self < a Scalar elementwise (bool result).");
  cls.def("le_", [](py::object self, const Tensor& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_le_tensor_inplace(self_t.get(), other.get()); });
    return self;
  }, py::arg("other"), "self <= other elementwise (bool result).");
  m.def("le", [](const Tensor& self, const Tensor& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_le_tensor_out(out_t.get(), self.get(), other.get()); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "self <= other elementwise (bool result).");
  cls.def("le_", [](py::object self, const PyScalar& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_le_scalar_inplace(self_t.get(), other.s); });
    return self;
  }, py::arg("other"), "self <= a Scalar elementwise (bool result).");
  m.def("le", [](const Tensor& self, const PyScalar& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_le_scalar_out(out_t.get(), self.get(), other.s); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "self <= a Scalar elementwise (bool result).");
  cls.def("gt_", [](py::object self, const Tensor& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_gt_tensor_inplace(self_t.get(), other.get()); });
    return self;
  }, py::arg("other"), "self > other elementwise (bool result).");
  m.def("gt", [](const Tensor& self, const Tensor& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_gt_tensor_out(out_t.get(), self.get(), other.get()); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "self > other elementwise (bool result).");
  cls.def("gt_", [](py::object self, const PyScalar& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_gt_scalar_inplace(self_t.get(), other.s); });
    return self;
  }, py::arg("other"), "self > a Scalar elementwise (bool result).");
  m.def("gt", [](const Tensor& self, const PyScalar& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_gt_scalar_out(out_t.get(), self.get(), other.s); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "self > a Scalar elementwise (bool result).");
  cls.def("ge_", [](py::object self, const Tensor& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_ge_tensor_inplace(self_t.get(), other.get()); });
    return self;
  }, py::arg("other"), "self >= other elementwise (bool result).");
  m.def("ge", [](const Tensor& self, const Tensor& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_ge_tensor_out(out_t.get(), self.get(), other.get()); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "self >= other elementwise (bool result).");
  cls.def("ge_", [](py::object self, const PyScalar& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_ge_scalar_inplace(self_t.get(), other.s); });
    return self;
  }, py::arg("other"), "self >= a Scalar elementwise (bool result).");
  m.def("ge", [](const Tensor& self, const PyScalar& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_ge_scalar_out(out_t.get(), self.get(), other.s); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "self >= a Scalar elementwise (bool result).");
  cls.def("logical_and_", [](py::object self, const Tensor& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_logical_and_inplace(self_t.get(), other.get()); });
    return self;
  }, py::arg("other"), "Elementwise AND of truth values (nonzero is true; bool result).");
  m.def("logical_and", [](const Tensor& self, const Tensor& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_logical_and_out(out_t.get(), self.get(), other.get()); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "Elementwise AND of truth values (nonzero is true; bool result).");
  cls.def("logical_or_", [](py::object self, const Tensor& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_logical_or_inplace(self_t.get(), other.get()); });
    return self;
  }, py::arg("other"), "Elementwise OR of truth values (bool result).");
  m.def("logical_or", [](const Tensor& self, const Tensor& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_logical_or_out(out_t.get(), self.get(), other.get()); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "Elementwise OR of truth values (bool result).");
  cls.def("logical_xor_", [](py::object self, const Tensor& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_logical_xor_inplace(self_t.get(), other.get()); });
    return self;
  }, py::arg("other"), "Elementwise XOR of truth values (bool result).");
  m.def("logical_xor", [](const Tensor& self, const Tensor& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_logical_xor_out(out_t.get(), self.get(), other.get()); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "Elementwise XOR of truth values (bool result).");
  cls.def("bitwise_and_", [](py::object self, const Tensor& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_bitwise_and_tensor_inplace(self_t.get(), other.get()); });
    return self;
  }, py::arg("other"), "Bitwise AND of integer or bool tensors.");
  m.def("bitwise_and", [](const Tensor& self, const Tensor& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_bitwise_and_tensor_out(out_t.get(), self.get(), other.get()); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "Bitwise AND of integer or bool tensors.");
  cls.def("bitwise_and_", [](py::object self, const PyScalar& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_bitwise_and_scalar_inplace(self_t.get(), other.s); });
    return self;
  }, py::arg("other"), "Bitwise AND with an integer or bool Scalar.");
  m.def("bitwise_and", [](const Tensor& self, const PyScalar& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_bitwise_and_scalar_out(out_t.get(), self.get(), other.s); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "Bitwise AND with an integer or bool Scalar.");
  cls.def("bitwise_or_", [](py::object self, const Tensor& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_bitwise_or_tensor_inplace(self_t.get(), other.get()); });
    return self;
  }, py::arg("other"), "Bitwise OR of integer or bool tensors.");
  m.def("bitwise_or", [](const Tensor& self, const Tensor& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_bitwise_or_tensor_out(out_t.get(), self.get(), other.get()); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "Bitwise OR of integer or bool tensors.");
  cls.def("bitwise_or_", [](py::object self, const PyScalar& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_bitwise_or_scalar_inplace(self_t.get(), other.s); });
    return self;
  }, py::arg("other"), "Bitwise OR with an integer or bool Scalar.");
  m.def("bitwise_or", [](const Tensor& self, const PyScalar& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_bitwise_or_scalar_out(out_t.get(), self.get(), other.s); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "Bitwise OR with an integer or bool Scalar.");
  cls.def("bitwise_xor_", [](py::object self, const Tensor& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_bitwise_xor_tensor_inplace(self_t.get(), other.get()); });
    return self;
  }, py::arg("other"), "Bitwise XOR of integer or bool tensors.");
  m.def("bitwise_xor", [](const Tensor& self, const Tensor& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_bitwise_xor_tensor_out(out_t.get(), self.get(), other.get()); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "Bitwise XOR of integer or bool tensors.");
  cls.def("bitwise_xor_", [](py::object self, const PyScalar& other) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_bitwise_xor_scalar_inplace(self_t.get(), other.s); });
    return self;
  }, py::arg("other"), "Bitwise XOR with an integer or bool Scalar.");
  m.def("bitwise_xor", [](const Tensor& self, const PyScalar& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_bitwise_xor_scalar_out(out_t.get(), self.get(), other.s); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "Bitwise XOR with an integer or bool Scalar.");
  m.def("where", [](const Tensor& condition, const Tensor& self, const Tensor& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_where_self_out(out_t.get(), condition.get(), self.get(), other.get()); });
    return out;
  }, py::arg("condition"), py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "Elements of self where the bool condition holds, else of other (broadcasting all three).");
  cls.def("clamp_", [](py::object self, const std::optional<PyScalar>& min, const std::optional<PyScalar>& max) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_clamp_inplace(self_t.get(), min ? &min->s : nullptr, max ? &max->s : nullptr); });
    return self;
  }, py::arg("min") = py::none(), py::arg("max") = py::none(), "Each element limited to [min, max] (min > max gives max); NaN stays NaN.");
  m.def("clamp", [](const Tensor& self, const std::optional<PyScalar>& min, const std::optional<PyScalar>& max, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_clamp_out(out_t.get(), self.get(), min ? &min->s : nullptr, max ? &max->s : nullptr); });
    return out;
  }, py::arg("input"), py::arg("min") = py::none(), py::arg("max") = py::none(), py::kw_only(), py::arg("out"), "Each element limited to [min, max] (min > max gives max); NaN stays NaN.");
  cls.def("clamp_", [](py::object self, const std::optional<Tensor>& min, const std::optional<Tensor>& max) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_clamp_tensor_inplace(self_t.get(), min ? min->get() : nullptr, max ? max->get() : nullptr); });
    return self;
  }, py::arg("min") = py::none(), py::arg("max") = py::none(), "Each element limited by broadcast min and max tensors (NaN bounds propagate).");
  m.def("clamp", [](const Tensor& self, const std::optional<Tensor>& min, const std::optional<Tensor>& max, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_clamp_tensor_out(out_t.get(), self.get(), min ? min->get() : nullptr, max ? max->get() : nullptr); });
    return out;
  }, py::arg("input"), py::arg("min") = py::none(), py::arg("max") = py::none(), py::kw_only(), py::arg("out"), "Each element limited by broadcast min and max tensors (NaN bounds propagate).");
  cls.def("lerp_", [](py::object self, const Tensor& end, const PyScalar& weight) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_lerp_scalar_inplace(self_t.get(), end.get(), weight.s); });
    return self;
  }, py::arg("end"), py::arg("weight"), "Linear interpolation self + weight * (end - self).");
  m.def("lerp", [](const Tensor& self, const Tensor& end, const PyScalar& weight, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_lerp_scalar_out(out_t.get(), self.get(), end.get(), weight.s); });
    return out;
  }, py::arg("input"), py::arg("end"), py::arg("weight"), py::kw_only(), py::arg("out"), "Linear interpolation self + weight * (end - self).");
  cls.def("lerp_", [](py::object self, const Tensor& end, const Tensor& weight) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_lerp_tensor_inplace(self_t.get(), end.get(), weight.get()); });
    return self;
  }, py::arg("end"), py::arg("weight"), "Linear interpolation with a broadcast weight tensor.");
  m.def("lerp", [](const Tensor& self, const Tensor& end, const Tensor& weight, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_lerp_tensor_out(out_t.get(), self.get(), end.get(), weight.get()); });
    return out;
  }, py::arg("input"), py::arg("end"), py::arg("weight"), py::kw_only(), py::arg("out"), "Linear interpolation with a broadcast weight tensor.");
  cls.def("addcmul_", [](py::object self, const Tensor& tensor1, const Tensor& tensor2, const PyScalar& value) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_addcmul_inplace(self_t.get(), tensor1.get(), tensor2.get(), value.s); });
    return self;
  }, py::arg("tensor1"), py::arg("tensor2"), py::kw_only(), py::arg("value") = py::int_(1), "self + value * tensor1 * tensor2.");
  m.def("addcmul", [](const Tensor& self, const Tensor& tensor1, const Tensor& tensor2, const PyScalar& value, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_addcmul_out(out_t.get(), self.get(), tensor1.get(), tensor2.get(), value.s); });
    return out;
  }, py::arg("input"), py::arg("tensor1"), py::arg("tensor2"), py::kw_only(), py::arg("value") = py::int_(1), py::arg("out"), "self + value * tensor1 * tensor2.");
  cls.def("addcdiv_", [](py::object self, const Tensor& tensor1, const Tensor& tensor2, const PyScalar& value) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_addcdiv_inplace(self_t.get(), tensor1.get(), tensor2.get(), value.s); });
    return self;
  }, py::arg("tensor1"), py::arg("tensor2"), py::kw_only(), py::arg("value") = py::int_(1), "self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error).");
  m.def("addcdiv", [](const Tensor& self, const Tensor& tensor1, const Tensor& tensor2, const PyScalar& value, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_addcdiv_out(out_t.get(), self.get(), tensor1.get(), tensor2.get(), value.s); });
    return out;
  }, py::arg("input"), py::arg("tensor1"), py::arg("tensor2"), py::kw_only(), py::arg("value") = py::int_(1), py::arg("out"), "self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error).");
  m.def("sum", [](const Tensor& self, const std::optional<IntList>& dim, bool keepdim, std::optional<ignis_dtype> dtype, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_sum_out(out_t.get(), self.get(), dim ? dim->v.data() : nullptr, dim ? dim->v.size() : 0, keepdim ? 1 : 0, dtype ? &*dtype : nullptr); });
    return out;
  }, py::arg("input"), py::arg("dim") = py::none(), py::arg("keepdim") = py::bool_(false), py::kw_only(), py::arg("dtype") = py::none(), py::arg("out"), "Sum over dims (None or [] = all); integers and bool sum to int64 unless dtype is given.");
  m.def("mean", [](const Tensor& self, const std::optional<IntList>& dim, bool keepdim, std::optional<ignis_dtype> dtype, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_mean_out(out_t.get(), self.get(), dim ? dim->v.data() : nullptr, dim ? dim->v.size() : 0, keepdim ? 1 : 0, dtype ? &*dtype : nullptr); });
    return out;
  }, py::arg("input"), py::arg("dim") = py::none(), py::arg("keepdim") = py::bool_(false), py::kw_only(), py::arg("dtype") = py::none(), py::arg("out"), "Arithmetic mean over dims (None or [] = all); nan for an empty reduction.");
  m.def("prod", [](const Tensor& self, const std::optional<IntList>& dim, bool keepdim, std::optional<ignis_dtype> dtype, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_prod_out(out_t.get(), self.get(), dim ? dim->v.data() : nullptr, dim ? dim->v.size() : 0, keepdim ? 1 : 0, dtype ? &*dtype : nullptr); });
    return out;
  }, py::arg("input"), py::arg("dim") = py::none(), py::arg("keepdim") = py::bool_(false), py::kw_only(), py::arg("dtype") = py::none(), py::arg("out"), "Product over dims (None = all); integers and bool multiply to int64 unless dtype is given.");
  m.def("var", [](const Tensor& self, const std::optional<IntList>& dim, const std::optional<PyScalar>& correction, bool keepdim, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_var_out(out_t.get(), self.get(), dim ? dim->v.data() : nullptr, dim ? dim->v.size() : 0, correction ? &correction->s : nullptr, keepdim ? 1 : 0); });
    return out;
  }, py::arg("input"), py::arg("dim") = py::none(), py::kw_only(), py::arg("correction") = py::none(), py::arg("keepdim") = py::bool_(false), py::arg("out"), "Variance over dims with sum of squared deviations / max(0, N - correction) (None = 1).");
  m.def("std", [](const Tensor& self, const std::optional<IntList>& dim, const std::optional<PyScalar>& correction, bool keepdim, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_std_out(out_t.get(), self.get(), dim ? dim->v.data() : nullptr, dim ? dim->v.size() : 0, correction ? &correction->s : nullptr, keepdim ? 1 : 0); });
    return out;
  }, py::arg("input"), py::arg("dim") = py::none(), py::kw_only(), py::arg("correction") = py::none(), py::arg("keepdim") = py::bool_(false), py::arg("out"), "Standard deviation over dims, the square root of var with the same correction (None = 1).");
  m.def("amax", [](const Tensor& self, const IntList& dim, bool keepdim, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_amax_out(out_t.get(), self.get(), dim.v.data(), dim.v.size(), keepdim ? 1 : 0); });
    return out;
  }, py::arg("input"), py::arg("dim") = py::tuple(), py::arg("keepdim") = py::bool_(false), py::kw_only(), py::arg("out"), "Largest values over dims ([] = all), nan propagating; reduced dims must be non-empty.");
  m.def("amin", [](const Tensor& self, const IntList& dim, bool keepdim, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_amin_out(out_t.get(), self.get(), dim.v.data(), dim.v.size(), keepdim ? 1 : 0); });
    return out;
  }, py::arg("input"), py::arg("dim") = py::tuple(), py::arg("keepdim") = py::bool_(false), py::kw_only(), py::arg("out"), "Smallest values over dims ([] = all), nan propagating; reduced dims must be non-empty.");
  m.def("argmax", [](const Tensor& self, std::optional<int64_t> dim, bool keepdim, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_argmax_out(out_t.get(), self.get(), dim ? &*dim : nullptr, keepdim ? 1 : 0); });
    return out;
  }, py::arg("input"), py::arg("dim") = py::none(), py::arg("keepdim") = py::bool_(false), py::kw_only(), py::arg("out"), "Index of the first largest value along dim (None = of the flattened tensor; nan is largest).");
  m.def("argmin", [](const Tensor& self, std::optional<int64_t> dim, bool keepdim, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_argmin_out(out_t.get(), self.get(), dim ? &*dim : nullptr, keepdim ? 1 : 0); });
    return out;
  }, py::arg("input"), py::arg("dim") = py::none(), py::arg("keepdim") = py::bool_(false), py::kw_only(), py::arg("out"), "Index of the first smallest value along dim (None = of the flattened tensor; nan is smallest).");
  m.def("logsumexp", [](const Tensor& self, const IntList& dim, bool keepdim, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_logsumexp_out(out_t.get(), self.get(), dim.v.data(), dim.v.size(), keepdim ? 1 : 0); });
    return out;
  }, py::arg("input"), py::arg("dim"), py::arg("keepdim") = py::bool_(false), py::kw_only(), py::arg("out"), "log(sum(exp(x))) over dims, computed stably; integers give the default float dtype.");
  m.def("all", [](const Tensor& self, const std::optional<IntList>& dim, bool keepdim, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_all_out(out_t.get(), self.get(), dim ? dim->v.data() : nullptr, dim ? dim->v.size() : 0, keepdim ? 1 : 0); });
    return out;
  }, py::arg("input"), py::arg("dim") = py::none(), py::arg("keepdim") = py::bool_(false), py::kw_only(), py::arg("out"), "True (bool) where every element over dims is nonzero; true for an empty reduction.");
  m.def("any", [](const Tensor& self, const std::optional<IntList>& dim, bool keepdim, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_any_out(out_t.get(), self.get(), dim ? dim->v.data() : nullptr, dim ? dim->v.size() : 0, keepdim ? 1 : 0); });
    return out;
  }, py::arg("input"), py::arg("dim") = py::none(), py::arg("keepdim") = py::bool_(false), py::kw_only(), py::arg("out"), "True (bool) where some element over dims is nonzero; false for an empty reduction.");
  m.def("norm", [](const Tensor& self, const std::optional<PyScalar>& p, const std::optional<IntList>& dim, bool keepdim, std::optional<ignis_dtype> dtype, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_norm_out(out_t.get(), self.get(), p ? &p->s : nullptr, dim ? dim->v.data() : nullptr, dim ? dim->v.size() : 0, keepdim ? 1 : 0, dtype ? &*dtype : nullptr); });
    return out;
  }, py::arg("input"), py::arg("p") = py::int_(2), py::arg("dim") = py::none(), py::arg("keepdim") = py::bool_(false), py::kw_only(), py::arg("dtype") = py::none(), py::arg("out"), "Vector p-norm over dims (None = all); p may be inf, -inf or 0 (count of nonzeros).");
  cls.def("cumsum_", [](py::object self, int64_t dim, std::optional<ignis_dtype> dtype) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_cumsum_inplace(self_t.get(), dim, dtype ? &*dtype : nullptr); });
    return self;
  }, py::arg("dim"), py::kw_only(), py::arg("dtype") = py::none(), "Running sum along dim; integers and bool give int64 unless dtype is given.");
  m.def("cumsum", [](const Tensor& self, int64_t dim, std::optional<ignis_dtype> dtype, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_cumsum_out(out_t.get(), self.get(), dim, dtype ? &*dtype : nullptr); });
    return out;
  }, py::arg("input"), py::arg("dim"), py::kw_only(), py::arg("dtype") = py::none(), py::arg("out"), "Running sum along dim; integers and bool give int64 unless dtype is given.");
  cls.def("cumprod_", [](py::object self, int64_t dim, std::optional<ignis_dtype> dtype) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_cumprod_inplace(self_t.get(), dim, dtype ? &*dtype : nullptr); });
    return self;
  }, py::arg("dim"), py::kw_only(), py::arg("dtype") = py::none(), "Running product along dim; integers and bool give int64 unless dtype is given.");
  m.def("cumprod", [](const Tensor& self, int64_t dim, std::optional<ignis_dtype> dtype, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_cumprod_out(out_t.get(), self.get(), dim, dtype ? &*dtype : nullptr); });
    return out;
  }, py::arg("input"), py::arg("dim"), py::kw_only(), py::arg("dtype") = py::none(), py::arg("out"), "Running product along dim; integers and bool give int64 unless dtype is given.");
  m.def("cat", [](const std::vector<Tensor>& tensors, int64_t dim, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    auto tensors_h = handles(tensors);
    call_void([&] { return ignis_cat_out(out_t.get(), tensors_h.data(), tensors_h.size(), dim); });
    return out;
  }, py::arg("tensors"), py::arg("dim") = py::int_(0), py::kw_only(), py::arg("out"), "Concatenates tensors along dim (dtypes promoted; 1-D empty tensors are skipped).");
  m.def("stack", [](const std::vector<Tensor>& tensors, int64_t dim, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    auto tensors_h = handles(tensors);
    call_void([&] { return ignis_stack_out(out_t.get(), tensors_h.data(), tensors_h.size(), dim); });
    return out;
  }, py::arg("tensors"), py::arg("dim") = py::int_(0), py::kw_only(), py::arg("out"), "Joins equally shaped tensors along a new dimension dim.");
  cls.def("tril_", [](py::object self, int64_t diagonal) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_tril_inplace(self_t.get(), diagonal); });
    return self;
  }, py::arg("diagonal") = py::int_(0), "Lower triangle of the last two dims of self (elements above `diagonal` zeroed).");
  m.def("tril", [](const Tensor& self, int64_t diagonal, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_tril_out(out_t.get(), self.get(), diagonal); });
    return out;
  }, py::arg("input"), py::arg("diagonal") = py::int_(0), py::kw_only(), py::arg("out"), "Lower triangle of the last two dims of self (elements above `diagonal` zeroed).");
  cls.def("triu_", [](py::object self, int64_t diagonal) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_triu_inplace(self_t.get(), diagonal); });
    return self;
  }, py::arg("diagonal") = py::int_(0), "Upper triangle of the last two dims of self (elements below `diagonal` zeroed).");
  m.def("triu", [](const Tensor& self, int64_t diagonal, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_triu_out(out_t.get(), self.get(), diagonal); });
    return out;
  }, py::arg("input"), py::arg("diagonal") = py::int_(0), py::kw_only(), py::arg("out"), "Upper triangle of the last two dims of self (elements below `diagonal` zeroed).");
  m.def("index_select", [](const Tensor& self, int64_t dim, const Tensor& index, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_index_select_out(out_t.get(), self.get(), dim, index.get()); });
    return out;
  }, py::arg("input"), py::arg("dim"), py::arg("index"), py::kw_only(), py::arg("out"), "The slices of self along dim at the positions in the 1-D index (int64 or int32).");
  m.def("gather", [](const Tensor& self, int64_t dim, const Tensor& index, bool sparse_grad, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_gather_out(out_t.get(), self.get(), dim, index.get(), sparse_grad ? 1 : 0); });
    return out;
  }, py::arg("input"), py::arg("dim"), py::arg("index"), py::kw_only(), py::arg("sparse_grad") = py::bool_(false), py::arg("out"), "out[i][j][k] = self[i][index[i][j][k]][k] for dim=1 (index int64, same rank as self).");
  cls.def("scatter_", [](py::object self, int64_t dim, const Tensor& index, const Tensor& src, const std::optional<std::string>& reduce) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_scatter_src_inplace(self_t.get(), dim, index.get(), src.get(), reduce ? reduce->c_str() : nullptr); });
    return self;
  }, py::arg("dim"), py::arg("index"), py::arg("src"), py::kw_only(), py::arg("reduce") = py::none(), "Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce \"add\" or \"multiply\" combines instead).");
  m.def("scatter", [](const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src, const std::optional<std::string>& reduce, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_scatter_src_out(out_t.get(), self.get(), dim, index.get(), src.get(), reduce ? reduce->c_str() : nullptr); });
    return out;
  }, py::arg("input"), py::arg("dim"), py::arg("index"), py::arg("src"), py::kw_only(), py::arg("reduce") = py::none(), py::arg("out"), "Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce \"add\" or \"multiply\" combines instead).");
  cls.def("scatter_", [](py::object self, int64_t dim, const Tensor& index, const PyScalar& value, const std::optional<std::string>& reduce) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_scatter_value_inplace(self_t.get(), dim, index.get(), value.s, reduce ? reduce->c_str() : nullptr); });
    return self;
  }, py::arg("dim"), py::arg("index"), py::arg("value"), py::kw_only(), py::arg("reduce") = py::none(), "Copy of self with value written at the positions index selects along dim (reduce \"add\" or \"multiply\" combines instead).");
  m.def("scatter", [](const Tensor& self, int64_t dim, const Tensor& index, const PyScalar& value, const std::optional<std::string>& reduce, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_scatter_value_out(out_t.get(), self.get(), dim, index.get(), value.s, reduce ? reduce->c_str() : nullptr); });
    return out;
  }, py::arg("input"), py::arg("dim"), py::arg("index"), py::arg("value"), py::kw_only(), py::arg("reduce") = py::none(), py::arg("out"), "Copy of self with value written at the positions index selects along dim (reduce \"add\" or \"multiply\" combines instead).");
  cls.def("scatter_add_", [](py::object self, int64_t dim, const Tensor& index, const Tensor& src) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_scatter_add_inplace(self_t.get(), dim, index.get(), src.get()); });
    return self;
  }, py::arg("dim"), py::arg("index"), py::arg("src"), "Copy of self with src added at the positions index selects along dim (deterministic).");
  m.def("scatter_add", [](const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_scatter_add_out(out_t.get(), self.get(), dim, index.get(), src.get()); });
    return out;
  }, py::arg("input"), py::arg("dim"), py::arg("index"), py::arg("src"), py::kw_only(), py::arg("out"), "Copy of self with src added at the positions index selects along dim (deterministic).");
  cls.def("index_add_", [](py::object self, int64_t dim, const Tensor& index, const Tensor& source, const PyScalar& alpha) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_index_add_inplace(self_t.get(), dim, index.get(), source.get(), alpha.s); });
    return self;
  }, py::arg("dim"), py::arg("index"), py::arg("source"), py::kw_only(), py::arg("alpha") = py::int_(1), "Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic).");
  m.def("index_add", [](const Tensor& self, int64_t dim, const Tensor& index, const Tensor& source, const PyScalar& alpha, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_index_add_out(out_t.get(), self.get(), dim, index.get(), source.get(), alpha.s); });
    return out;
  }, py::arg("input"), py::arg("dim"), py::arg("index"), py::arg("source"), py::kw_only(), py::arg("alpha") = py::int_(1), py::arg("out"), "Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic).");
  cls.def("index_put_", [](py::object self, const std::vector<Tensor>& indices, const Tensor& values, bool accumulate) {
    Tensor& self_t = self.cast<Tensor&>();
    auto indices_h = handles(indices);
    call_void([&] { return ignis_index_put_inplace(self_t.get(), indices_h.data(), indices_h.size(), values.get(), accumulate ? 1 : 0); });
    return self;
  }, py::arg("indices"), py::arg("values"), py::arg("accumulate") = py::bool_(false), "Copy of self with self[indices] = values (or +=, with accumulate); an undefined index tensor is a full slice.");
  cls.def("masked_fill_", [](py::object self, const Tensor& mask, const PyScalar& value) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_masked_fill_scalar_inplace(self_t.get(), mask.get(), value.s); });
    return self;
  }, py::arg("mask"), py::arg("value"), "Copy of self with value where the boolean mask (broadcast) is true.");
  cls.def("masked_fill_", [](py::object self, const Tensor& mask, const Tensor& value) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_masked_fill_tensor_inplace(self_t.get(), mask.get(), value.get()); });
    return self;
  }, py::arg("mask"), py::arg("value"), "Copy of self with the 0-dim value where the boolean mask (broadcast) is true.");
  m.def("masked_select", [](const Tensor& self, const Tensor& mask, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_masked_select_out(out_t.get(), self.get(), mask.get()); });
    return out;
  }, py::arg("input"), py::arg("mask"), py::kw_only(), py::arg("out"), "1-D tensor of the elements of self (broadcast with mask) where mask is true.");
  cls.def("masked_scatter_", [](py::object self, const Tensor& mask, const Tensor& source) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_masked_scatter_inplace(self_t.get(), mask.get(), source.get()); });
    return self;
  }, py::arg("mask"), py::arg("source"), "Copy of self with the positions where mask is true filled from source in row-major order.");
  m.def("nonzero", [](const Tensor& self, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_nonzero_out(out_t.get(), self.get()); });
    return out;
  }, py::arg("input"), py::kw_only(), py::arg("out"), "(n, self.dim()) int64 indices of the nonzero elements of self in row-major order.");
  m.def("take", [](const Tensor& self, const Tensor& index, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_take_out(out_t.get(), self.get(), index.get()); });
    return out;
  }, py::arg("input"), py::arg("index"), py::kw_only(), py::arg("out"), "Elements of self, treated as 1-D, at the int64 indices in index (result has index's shape).");
  m.def("matmul", [](const Tensor& self, const Tensor& other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_matmul_out(out_t.get(), self.get(), other.get()); });
    return out;
  }, py::arg("input"), py::arg("other"), py::kw_only(), py::arg("out"), "Matrix product with NumPy semantics: dot for 1-D x 1-D, matrix-vector, and batched products broadcasting the batch dims.");
  m.def("mm", [](const Tensor& self, const Tensor& mat2, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_mm_out(out_t.get(), self.get(), mat2.get()); });
    return out;
  }, py::arg("input"), py::arg("mat2"), py::kw_only(), py::arg("out"), "Product of two 2-D matrices.");
  m.def("bmm", [](const Tensor& self, const Tensor& mat2, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_bmm_out(out_t.get(), self.get(), mat2.get()); });
    return out;
  }, py::arg("input"), py::arg("mat2"), py::kw_only(), py::arg("out"), "Batched product of two 3-D tensors with the same batch size (no broadcasting).");
  cls.def("addmm_", [](py::object self, const Tensor& mat1, const Tensor& mat2, const PyScalar& beta, const PyScalar& alpha) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_addmm_inplace(self_t.get(), mat1.get(), mat2.get(), beta.s, alpha.s); });
    return self;
  }, py::arg("mat1"), py::arg("mat2"), py::kw_only(), py::arg("beta") = py::int_(1), py::arg("alpha") = py::int_(1), "beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape.");
  m.def("addmm", [](const Tensor& self, const Tensor& mat1, const Tensor& mat2, const PyScalar& beta, const PyScalar& alpha, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_addmm_out(out_t.get(), self.get(), mat1.get(), mat2.get(), beta.s, alpha.s); });
    return out;
  }, py::arg("input"), py::arg("mat1"), py::arg("mat2"), py::kw_only(), py::arg("beta") = py::int_(1), py::arg("alpha") = py::int_(1), py::arg("out"), "beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape.");
  cls.def("baddbmm_", [](py::object self, const Tensor& batch1, const Tensor& batch2, const PyScalar& beta, const PyScalar& alpha) {
    Tensor& self_t = self.cast<Tensor&>();
    call_void([&] { return ignis_baddbmm_inplace(self_t.get(), batch1.get(), batch2.get(), beta.s, alpha.s); });
    return self;
  }, py::arg("batch1"), py::arg("batch2"), py::kw_only(), py::arg("beta") = py::int_(1), py::arg("alpha") = py::int_(1), "beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape.");
  m.def("baddbmm", [](const Tensor& self, const Tensor& batch1, const Tensor& batch2, const PyScalar& beta, const PyScalar& alpha, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_baddbmm_out(out_t.get(), self.get(), batch1.get(), batch2.get(), beta.s, alpha.s); });
    return out;
  }, py::arg("input"), py::arg("batch1"), py::arg("batch2"), py::kw_only(), py::arg("beta") = py::int_(1), py::arg("alpha") = py::int_(1), py::arg("out"), "beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape.");
  m.def("mv", [](const Tensor& self, const Tensor& vec, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_mv_out(out_t.get(), self.get(), vec.get()); });
    return out;
  }, py::arg("input"), py::arg("vec"), py::kw_only(), py::arg("out"), "Product of a 2-D matrix and a 1-D vector.");
  m.def("dot", [](const Tensor& self, const Tensor& tensor, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_dot_out(out_t.get(), self.get(), tensor.get()); });
    return out;
  }, py::arg("input"), py::arg("tensor"), py::kw_only(), py::arg("out"), "Inner product of two 1-D tensors of the same length (0-dim result).");
  m.def("outer", [](const Tensor& self, const Tensor& vec2, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_outer_out(out_t.get(), self.get(), vec2.get()); });
    return out;
  }, py::arg("input"), py::arg("vec2"), py::kw_only(), py::arg("out"), "Outer product of two 1-D tensors (n x m result).");
  m.def("tensordot", [](const Tensor& self, const Tensor& other, const IntList& dims_self, const IntList& dims_other, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_tensordot_out(out_t.get(), self.get(), other.get(), dims_self.v.data(), dims_self.v.size(), dims_other.v.data(), dims_other.v.size()); });
    return out;
  }, py::arg("input"), py::arg("other"), py::arg("dims_self"), py::arg("dims_other"), py::kw_only(), py::arg("out"), "Sums the products over dims_self of self paired with dims_other of other; result dims are self's free dims then other's.");
  m.def("linalg_norm", [](const Tensor& self, const std::optional<PyScalar>& ord, const std::optional<IntList>& dim, bool keepdim, std::optional<ignis_dtype> dtype, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_linalg_norm_out(out_t.get(), self.get(), ord ? &ord->s : nullptr, dim ? dim->v.data() : nullptr, dim ? dim->v.size() : 0, keepdim ? 1 : 0, dtype ? &*dtype : nullptr); });
    return out;
  }, py::arg("input"), py::arg("ord") = py::none(), py::arg("dim") = py::none(), py::arg("keepdim") = py::bool_(false), py::kw_only(), py::arg("dtype") = py::none(), py::arg("out"), "Vector norm (dim of one dim, or None on any input with ord None) or matrix norm (two dims or a 2-D input with ord given): ord 2, -2, 1, -1, inf, -inf, or p for vectors.");
  m.def("linalg_norm", [](const Tensor& self, const std::string& ord, const std::optional<IntList>& dim, bool keepdim, std::optional<ignis_dtype> dtype, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_linalg_norm_ord_str_out(out_t.get(), self.get(), ord.c_str(), dim ? dim->v.data() : nullptr, dim ? dim->v.size() : 0, keepdim ? 1 : 0, dtype ? &*dtype : nullptr); });
    return out;
  }, py::arg("input"), py::arg("ord"), py::arg("dim") = py::none(), py::arg("keepdim") = py::bool_(false), py::kw_only(), py::arg("dtype") = py::none(), py::arg("out"), "Matrix norm \"fro\" (Frobenius) or \"nuc\" (nuclear, the sum of singular values) over two dims (default the last two).");
  m.def("linalg_solve", [](const Tensor& A, const Tensor& B, bool left, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_linalg_solve_out(out_t.get(), A.get(), B.get(), left ? 1 : 0); });
    return out;
  }, py::arg("A"), py::arg("B"), py::kw_only(), py::arg("left") = py::bool_(true), py::arg("out"), "Solution X of A X = B (left) or X A = B for square, non-singular A (batched; B may be a vector).");
  m.def("linalg_inv", [](const Tensor& A, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_linalg_inv_out(out_t.get(), A.get()); });
    return out;
  }, py::arg("A"), py::kw_only(), py::arg("out"), "Inverse of a square non-singular matrix (batched).");
  m.def("linalg_det", [](const Tensor& A, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_linalg_det_out(out_t.get(), A.get()); });
    return out;
  }, py::arg("A"), py::kw_only(), py::arg("out"), "Determinant of a square matrix (batched), from its LU factorization.");
  m.def("linalg_cholesky", [](const Tensor& A, bool upper, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_linalg_cholesky_out(out_t.get(), A.get(), upper ? 1 : 0); });
    return out;
  }, py::arg("A"), py::kw_only(), py::arg("upper") = py::bool_(false), py::arg("out"), "Cholesky factor L (A = L L^T) of a symmetric positive-definite matrix, or U = L^T when upper.");
  m.def("softmax", [](const Tensor& self, int64_t dim, std::optional<ignis_dtype> dtype, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_softmax_out(out_t.get(), self.get(), dim, dtype ? &*dtype : nullptr); });
    return out;
  }, py::arg("input"), py::arg("dim"), py::arg("dtype") = py::none(), py::kw_only(), py::arg("out"), "exp(x) / sum(exp(x)) along dim, computed with max subtraction; dtype casts the input first.");
  m.def("log_softmax", [](const Tensor& self, int64_t dim, std::optional<ignis_dtype> dtype, py::object out) {
    Tensor& out_t = out.cast<Tensor&>();
    call_void([&] { return ignis_log_softmax_out(out_t.get(), self.get(), dim, dtype ? &*dtype : nullptr); });
    return out;
  }, py::arg("input"), py::arg("dim"), py::arg("dtype") = py::none(), py::kw_only(), py::arg("out"), "x - logsumexp(x) along dim (numerically stable); dtype casts the input first.");
  m.attr("_op_names") = py::make_tuple("abs", "acos", "adaptive_avg_pool1d", "adaptive_avg_pool2d", "adaptive_max_pool2d", "add", "addcdiv", "addcmul", "addmm", "all", "alpha_dropout", "amax", "amin", "any", "argmax", "argmin", "argsort", "asin", "atan", "atan2", "avg_pool1d", "avg_pool2d", "baddbmm", "batch_norm", "bilinear", "binary_cross_entropy", "binary_cross_entropy_with_logits", "bitwise_and", "bitwise_not", "bitwise_or", "bitwise_xor", "bmm", "cat", "ceil", "chunk", "clamp", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d", "cos", "cosh", "cosine_similarity", "count_nonzero", "cross_entropy", "cumprod", "cumsum", "div", "dot", "dropout", "einsum", "elu", "embedding", "embedding_bag", "eq", "erf", "erfinv", "exp", "exp2", "expm1", "flip", "floor", "floor_divide", "fmod", "frac", "gather", "ge", "gelu", "group_norm", "gt", "hardsigmoid", "hardswish", "huber_loss", "index_add", "index_put", "index_select", "instance_norm", "interpolate", "isfinite", "isinf", "isnan", "kl_div", "kthvalue", "l1_loss", "layer_norm", "le", "leaky_relu", "lerp", "linalg_cholesky", "linalg_det", "linalg_inv", "linalg_norm", "linalg_qr", "linalg_solve", "linalg_svd", "linear", "log", "log10", "log1p", "log2", "log_softmax", "logical_and", "logical_not", "logical_or", "logical_xor", "logsigmoid", "logsumexp", "lt", "masked_fill", "masked_scatter", "masked_select", "matmul", "max", "max_pool1d", "max_pool2d", "max_pool2d_with_indices", "maximum", "mean", "median", "min", "minimum", "mish", "mm", "mse_loss", "mul", "mv", "nan_to_num", "ne", "neg", "nll_loss", "nonzero", "norm", "one_hot", "outer", "pad", "pairwise_distance", "pow", "prod", "reciprocal", "relu", "relu6", "remainder", "repeat_interleave", "rms_norm", "roll", "round", "rsqrt", "scaled_dot_product_attention", "scatter", "scatter_add", "selu", "sigmoid", "sign", "silu", "sin", "sinh", "smooth_l1_loss", "softmax", "softplus", "sort", "split", "split_with_sizes", "sqrt", "stack", "std", "sub", "sum", "take", "tan", "tanh", "tensordot", "tile", "topk", "tril", "triu", "trunc", "unbind", "unique", "var", "where");
}

}  // namespace ignis_py
