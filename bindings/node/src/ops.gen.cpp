// generated from codegen/ops.yaml by codegen/gen.py - do not edit

// The op table the addon registers (src/ops.cpp): every schema op by its JS name.
#include "op_table.h"

namespace ignis_node {

static const OpArg kArgs_neg[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_neg[] = {
    {"neg", "neg(Tensor self)", 1, false, 1, kArgs_neg},
};
static const OpArg kArgs_neg_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_neg_[] = {
    {"neg_", "neg_(Tensor self)", 1, true, 1, kArgs_neg_},
};
static const OpArg kArgs_abs[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_abs[] = {
    {"abs", "abs(Tensor self)", 1, false, 1, kArgs_abs},
};
static const OpArg kArgs_abs_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_abs_[] = {
    {"abs_", "abs_(Tensor self)", 1, true, 1, kArgs_abs_},
};
static const OpArg kArgs_sign[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_sign[] = {
    {"sign", "sign(Tensor self)", 1, false, 1, kArgs_sign},
};
static const OpArg kArgs_sign_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_sign_[] = {
    {"sign_", "sign_(Tensor self)", 1, true, 1, kArgs_sign_},
};
static const OpArg kArgs_exp[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_exp[] = {
    {"exp", "exp(Tensor self)", 1, false, 1, kArgs_exp},
};
static const OpArg kArgs_exp_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_exp_[] = {
    {"exp_", "exp_(Tensor self)", 1, true, 1, kArgs_exp_},
};
static const OpArg kArgs_exp2[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_exp2[] = {
    {"exp2", "exp2(Tensor self)", 1, false, 1, kArgs_exp2},
};
static const OpArg kArgs_exp2_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_exp2_[] = {
    {"exp2_", "exp2_(Tensor self)", 1, true, 1, kArgs_exp2_},
};
static const OpArg kArgs_expm1[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_expm1[] = {
    {"expm1", "expm1(Tensor self)", 1, false, 1, kArgs_expm1},
};
static const OpArg kArgs_expm1_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_expm1_[] = {
    {"expm1_", "expm1_(Tensor self)", 1, true, 1, kArgs_expm1_},
};
static const OpArg kArgs_log[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_log[] = {
    {"log", "log(Tensor self)", 1, false, 1, kArgs_log},
};
static const OpArg kArgs_log_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_log_[] = {
    {"log_", "log_(Tensor self)", 1, true, 1, kArgs_log_},
};
static const OpArg kArgs_log2[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_log2[] = {
    {"log2", "log2(Tensor self)", 1, false, 1, kArgs_log2},
};
static const OpArg kArgs_log2_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_log2_[] = {
    {"log2_", "log2_(Tensor self)", 1, true, 1, kArgs_log2_},
};
static const OpArg kArgs_log10[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_log10[] = {
    {"log10", "log10(Tensor self)", 1, false, 1, kArgs_log10},
};
static const OpArg kArgs_log10_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_log10_[] = {
    {"log10_", "log10_(Tensor self)", 1, true, 1, kArgs_log10_},
};
static const OpArg kArgs_log1p[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_log1p[] = {
    {"log1p", "log1p(Tensor self)", 1, false, 1, kArgs_log1p},
};
static const OpArg kArgs_log1p_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_log1p_[] = {
    {"log1p_", "log1p_(Tensor self)", 1, true, 1, kArgs_log1p_},
};
static const OpArg kArgs_sqrt[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_sqrt[] = {
    {"sqrt", "sqrt(Tensor self)", 1, false, 1, kArgs_sqrt},
};
static const OpArg kArgs_sqrt_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_sqrt_[] = {
    {"sqrt_", "sqrt_(Tensor self)", 1, true, 1, kArgs_sqrt_},
};
static const OpArg kArgs_rsqrt[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_rsqrt[] = {
    {"rsqrt", "rsqrt(Tensor self)", 1, false, 1, kArgs_rsqrt},
};
static const OpArg kArgs_rsqrt_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_rsqrt_[] = {
    {"rsqrt_", "rsqrt_(Tensor self)", 1, true, 1, kArgs_rsqrt_},
};
static const OpArg kArgs_reciprocal[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_reciprocal[] = {
    {"reciprocal", "reciprocal(Tensor self)", 1, false, 1, kArgs_reciprocal},
};
static const OpArg kArgs_reciprocal_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_reciprocal_[] = {
    {"reciprocal_", "reciprocal_(Tensor self)", 1, true, 1, kArgs_reciprocal_},
};
static const OpArg kArgs_sin[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_sin[] = {
    {"sin", "sin(Tensor self)", 1, false, 1, kArgs_sin},
};
static const OpArg kArgs_sin_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_sin_[] = {
    {"sin_", "sin_(Tensor self)", 1, true, 1, kArgs_sin_},
};
static const OpArg kArgs_cos[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_cos[] = {
    {"cos", "cos(Tensor self)", 1, false, 1, kArgs_cos},
};
static const OpArg kArgs_cos_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_cos_[] = {
    {"cos_", "cos_(Tensor self)", 1, true, 1, kArgs_cos_},
};
static const OpArg kArgs_tan[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_tan[] = {
    {"tan", "tan(Tensor self)", 1, false, 1, kArgs_tan},
};
static const OpArg kArgs_tan_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_tan_[] = {
    {"tan_", "tan_(Tensor self)", 1, true, 1, kArgs_tan_},
};
static const OpArg kArgs_asin[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_asin[] = {
    {"asin", "asin(Tensor self)", 1, false, 1, kArgs_asin},
};
static const OpArg kArgs_asin_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_asin_[] = {
    {"asin_", "asin_(Tensor self)", 1, true, 1, kArgs_asin_},
};
static const OpArg kArgs_acos[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_acos[] = {
    {"acos", "acos(Tensor self)", 1, false, 1, kArgs_acos},
};
static const OpArg kArgs_acos_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_acos_[] = {
    {"acos_", "acos_(Tensor self)", 1, true, 1, kArgs_acos_},
};
static const OpArg kArgs_atan[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_atan[] = {
    {"atan", "atan(Tensor self)", 1, false, 1, kArgs_atan},
};
static const OpArg kArgs_atan_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_atan_[] = {
    {"atan_", "atan_(Tensor self)", 1, true, 1, kArgs_atan_},
};
static const OpArg kArgs_sinh[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_sinh[] = {
    {"sinh", "sinh(Tensor self)", 1, false, 1, kArgs_sinh},
};
static const OpArg kArgs_sinh_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_sinh_[] = {
    {"sinh_", "sinh_(Tensor self)", 1, true, 1, kArgs_sinh_},
};
static const OpArg kArgs_cosh[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_cosh[] = {
    {"cosh", "cosh(Tensor self)", 1, false, 1, kArgs_cosh},
};
static const OpArg kArgs_cosh_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_cosh_[] = {
    {"cosh_", "cosh_(Tensor self)", 1, true, 1, kArgs_cosh_},
};
static const OpArg kArgs_tanh[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_tanh[] = {
    {"tanh", "tanh(Tensor self)", 1, false, 1, kArgs_tanh},
};
static const OpArg kArgs_tanh_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_tanh_[] = {
    {"tanh_", "tanh_(Tensor self)", 1, true, 1, kArgs_tanh_},
};
static const OpArg kArgs_sigmoid[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_sigmoid[] = {
    {"sigmoid", "sigmoid(Tensor self)", 1, false, 1, kArgs_sigmoid},
};
static const OpArg kArgs_sigmoid_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_sigmoid_[] = {
    {"sigmoid_", "sigmoid_(Tensor self)", 1, true, 1, kArgs_sigmoid_},
};
static const OpArg kArgs_logsigmoid[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_logsigmoid[] = {
    {"logsigmoid", "logsigmoid(Tensor self)", 1, false, 1, kArgs_logsigmoid},
};
static const OpArg kArgs_relu[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_relu[] = {
    {"relu", "relu(Tensor self)", 1, false, 1, kArgs_relu},
};
static const OpArg kArgs_relu_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_relu_[] = {
    {"relu_", "relu_(Tensor self)", 1, true, 1, kArgs_relu_},
};
static const OpArg kArgs_relu6[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_relu6[] = {
    {"relu6", "relu6(Tensor self)", 1, false, 1, kArgs_relu6},
};
static const OpArg kArgs_relu6_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_relu6_[] = {
    {"relu6_", "relu6_(Tensor self)", 1, true, 1, kArgs_relu6_},
};
static const OpArg kArgs_leaky_relu[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"negativeSlope", IGNIS_VALUE_SCALAR, false, true},
};
static const OpOverload kOverloads_leakyRelu[] = {
    {"leaky_relu", "leakyRelu(Tensor self, Scalar negativeSlope)", 1, false, 2, kArgs_leaky_relu},
};
static const OpArg kArgs_leaky_relu_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"negativeSlope", IGNIS_VALUE_SCALAR, false, true},
};
static const OpOverload kOverloads_leakyRelu_[] = {
    {"leaky_relu_", "leakyRelu_(Tensor self, Scalar negativeSlope)", 1, true, 2, kArgs_leaky_relu_},
};
static const OpArg kArgs_elu[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"alpha", IGNIS_VALUE_SCALAR, false, true},
    {"scale", IGNIS_VALUE_SCALAR, false, true},
    {"inputScale", IGNIS_VALUE_SCALAR, false, true},
};
static const OpOverload kOverloads_elu[] = {
    {"elu", "elu(Tensor self, Scalar alpha, Scalar scale, Scalar inputScale)", 1, false, 4, kArgs_elu},
};
static const OpArg kArgs_elu_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"alpha", IGNIS_VALUE_SCALAR, false, true},
    {"scale", IGNIS_VALUE_SCALAR, false, true},
    {"inputScale", IGNIS_VALUE_SCALAR, false, true},
};
static const OpOverload kOverloads_elu_[] = {
    {"elu_", "elu_(Tensor self, Scalar alpha, Scalar scale, Scalar inputScale)", 1, true, 4, kArgs_elu_},
};
static const OpArg kArgs_selu[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_selu[] = {
    {"selu", "selu(Tensor self)", 1, false, 1, kArgs_selu},
};
static const OpArg kArgs_selu_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_selu_[] = {
    {"selu_", "selu_(Tensor self)", 1, true, 1, kArgs_selu_},
};
static const OpArg kArgs_gelu[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"approximate", IGNIS_VALUE_STRING, false, true},
};
static const OpOverload kOverloads_gelu[] = {
    {"gelu", "gelu(Tensor self, str approximate)", 1, false, 2, kArgs_gelu},
};
static const OpArg kArgs_gelu_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"approximate", IGNIS_VALUE_STRING, false, true},
};
static const OpOverload kOverloads_gelu_[] = {
    {"gelu_", "gelu_(Tensor self, str approximate)", 1, true, 2, kArgs_gelu_},
};
static const OpArg kArgs_silu[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_silu[] = {
    {"silu", "silu(Tensor self)", 1, false, 1, kArgs_silu},
};
static const OpArg kArgs_silu_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_silu_[] = {
    {"silu_", "silu_(Tensor self)", 1, true, 1, kArgs_silu_},
};
static const OpArg kArgs_mish[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_mish[] = {
    {"mish", "mish(Tensor self)", 1, false, 1, kArgs_mish},
};
static const OpArg kArgs_mish_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_mish_[] = {
    {"mish_", "mish_(Tensor self)", 1, true, 1, kArgs_mish_},
};
static const OpArg kArgs_softplus[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"beta", IGNIS_VALUE_SCALAR, false, true},
    {"threshold", IGNIS_VALUE_SCALAR, false, true},
};
static const OpOverload kOverloads_softplus[] = {
    {"softplus", "softplus(Tensor self, Scalar beta, Scalar threshold)", 1, false, 3, kArgs_softplus},
};
static const OpArg kArgs_hardswish[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_hardswish[] = {
    {"hardswish", "hardswish(Tensor self)", 1, false, 1, kArgs_hardswish},
};
static const OpArg kArgs_hardswish_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_hardswish_[] = {
    {"hardswish_", "hardswish_(Tensor self)", 1, true, 1, kArgs_hardswish_},
};
static const OpArg kArgs_hardsigmoid[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_hardsigmoid[] = {
    {"hardsigmoid", "hardsigmoid(Tensor self)", 1, false, 1, kArgs_hardsigmoid},
};
static const OpArg kArgs_hardsigmoid_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_hardsigmoid_[] = {
    {"hardsigmoid_", "hardsigmoid_(Tensor self)", 1, true, 1, kArgs_hardsigmoid_},
};
static const OpArg kArgs_erf[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_erf[] = {
    {"erf", "erf(Tensor self)", 1, false, 1, kArgs_erf},
};
static const OpArg kArgs_erf_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_erf_[] = {
    {"erf_", "erf_(Tensor self)", 1, true, 1, kArgs_erf_},
};
static const OpArg kArgs_erfinv[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_erfinv[] = {
    {"erfinv", "erfinv(Tensor self)", 1, false, 1, kArgs_erfinv},
};
static const OpArg kArgs_erfinv_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_erfinv_[] = {
    {"erfinv_", "erfinv_(Tensor self)", 1, true, 1, kArgs_erfinv_},
};
static const OpArg kArgs_floor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_floor[] = {
    {"floor", "floor(Tensor self)", 1, false, 1, kArgs_floor},
};
static const OpArg kArgs_floor_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_floor_[] = {
    {"floor_", "floor_(Tensor self)", 1, true, 1, kArgs_floor_},
};
static const OpArg kArgs_ceil[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_ceil[] = {
    {"ceil", "ceil(Tensor self)", 1, false, 1, kArgs_ceil},
};
static const OpArg kArgs_ceil_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_ceil_[] = {
    {"ceil_", "ceil_(Tensor self)", 1, true, 1, kArgs_ceil_},
};
static const OpArg kArgs_round[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_round_decimals[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"decimals", IGNIS_VALUE_INT, false, false},
};
static const OpOverload kOverloads_round[] = {
    {"round", "round(Tensor self)", 1, false, 1, kArgs_round},
    {"round.decimals", "round(Tensor self, int decimals)", 1, false, 2, kArgs_round_decimals},
};
static const OpArg kArgs_round_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_round__decimals[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"decimals", IGNIS_VALUE_INT, false, false},
};
static const OpOverload kOverloads_round_[] = {
    {"round_", "round_(Tensor self)", 1, true, 1, kArgs_round_},
    {"round_.decimals", "round_(Tensor self, int decimals)", 1, true, 2, kArgs_round__decimals},
};
static const OpArg kArgs_trunc[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_trunc[] = {
    {"trunc", "trunc(Tensor self)", 1, false, 1, kArgs_trunc},
};
static const OpArg kArgs_trunc_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_trunc_[] = {
    {"trunc_", "trunc_(Tensor self)", 1, true, 1, kArgs_trunc_},
};
static const OpArg kArgs_frac[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_frac[] = {
    {"frac", "frac(Tensor self)", 1, false, 1, kArgs_frac},
};
static const OpArg kArgs_frac_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_frac_[] = {
    {"frac_", "frac_(Tensor self)", 1, true, 1, kArgs_frac_},
};
static const OpArg kArgs_isnan[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_isnan[] = {
    {"isnan", "isnan(Tensor self)", 1, false, 1, kArgs_isnan},
};
static const OpArg kArgs_isinf[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_isinf[] = {
    {"isinf", "isinf(Tensor self)", 1, false, 1, kArgs_isinf},
};
static const OpArg kArgs_isfinite[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_isfinite[] = {
    {"isfinite", "isfinite(Tensor self)", 1, false, 1, kArgs_isfinite},
};
static const OpArg kArgs_nan_to_num[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"nan", IGNIS_VALUE_FLOAT, true, true},
    {"posinf", IGNIS_VALUE_FLOAT, true, true},
    {"neginf", IGNIS_VALUE_FLOAT, true, true},
};
static const OpOverload kOverloads_nanToNum[] = {
    {"nan_to_num", "nanToNum(Tensor self, float? nan, float? posinf, float? neginf)", 1, false, 4, kArgs_nan_to_num},
};
static const OpArg kArgs_nan_to_num_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"nan", IGNIS_VALUE_FLOAT, true, true},
    {"posinf", IGNIS_VALUE_FLOAT, true, true},
    {"neginf", IGNIS_VALUE_FLOAT, true, true},
};
static const OpOverload kOverloads_nanToNum_[] = {
    {"nan_to_num_", "nanToNum_(Tensor self, float? nan, float? posinf, float? neginf)", 1, true, 4, kArgs_nan_to_num_},
};
static const OpArg kArgs_logical_not[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_logicalNot[] = {
    {"logical_not", "logicalNot(Tensor self)", 1, false, 1, kArgs_logical_not},
};
static const OpArg kArgs_logical_not_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_logicalNot_[] = {
    {"logical_not_", "logicalNot_(Tensor self)", 1, true, 1, kArgs_logical_not_},
};
static const OpArg kArgs_bitwise_not[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_bitwiseNot[] = {
    {"bitwise_not", "bitwiseNot(Tensor self)", 1, false, 1, kArgs_bitwise_not},
};
static const OpArg kArgs_bitwise_not_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_bitwiseNot_[] = {
    {"bitwise_not_", "bitwiseNot_(Tensor self)", 1, true, 1, kArgs_bitwise_not_},
};
static const OpArg kArgs_add_Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
    {"alpha", IGNIS_VALUE_SCALAR, false, true},
};
static const OpArg kArgs_add_Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
    {"alpha", IGNIS_VALUE_SCALAR, false, true},
};
static const OpOverload kOverloads_add[] = {
    {"add.Tensor", "add(Tensor self, Tensor other, Scalar alpha)", 1, false, 3, kArgs_add_Tensor},
    {"add.Scalar", "add(Tensor self, Scalar other, Scalar alpha)", 1, false, 3, kArgs_add_Scalar},
};
static const OpArg kArgs_add__Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
    {"alpha", IGNIS_VALUE_SCALAR, false, true},
};
static const OpArg kArgs_add__Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
    {"alpha", IGNIS_VALUE_SCALAR, false, true},
};
static const OpOverload kOverloads_add_[] = {
    {"add_.Tensor", "add_(Tensor self, Tensor other, Scalar alpha)", 1, true, 3, kArgs_add__Tensor},
    {"add_.Scalar", "add_(Tensor self, Scalar other, Scalar alpha)", 1, true, 3, kArgs_add__Scalar},
};
static const OpArg kArgs_sub_Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
    {"alpha", IGNIS_VALUE_SCALAR, false, true},
};
static const OpArg kArgs_sub_Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
    {"alpha", IGNIS_VALUE_SCALAR, false, true},
};
static const OpOverload kOverloads_sub[] = {
    {"sub.Tensor", "sub(Tensor self, Tensor other, Scalar alpha)", 1, false, 3, kArgs_sub_Tensor},
    {"sub.Scalar", "sub(Tensor self, Scalar other, Scalar alpha)", 1, false, 3, kArgs_sub_Scalar},
};
static const OpArg kArgs_sub__Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
    {"alpha", IGNIS_VALUE_SCALAR, false, true},
};
static const OpArg kArgs_sub__Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
    {"alpha", IGNIS_VALUE_SCALAR, false, true},
};
static const OpOverload kOverloads_sub_[] = {
    {"sub_.Tensor", "sub_(Tensor self, Tensor other, Scalar alpha)", 1, true, 3, kArgs_sub__Tensor},
    {"sub_.Scalar", "sub_(Tensor self, Scalar other, Scalar alpha)", 1, true, 3, kArgs_sub__Scalar},
};
static const OpArg kArgs_mul_Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_mul_Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
};
static const OpOverload kOverloads_mul[] = {
    {"mul.Tensor", "mul(Tensor self, Tensor other)", 1, false, 2, kArgs_mul_Tensor},
    {"mul.Scalar", "mul(Tensor self, Scalar other)", 1, false, 2, kArgs_mul_Scalar},
};
static const OpArg kArgs_mul__Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_mul__Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
};
static const OpOverload kOverloads_mul_[] = {
    {"mul_.Tensor", "mul_(Tensor self, Tensor other)", 1, true, 2, kArgs_mul__Tensor},
    {"mul_.Scalar", "mul_(Tensor self, Scalar other)", 1, true, 2, kArgs_mul__Scalar},
};
static const OpArg kArgs_div_Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_div_Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
};
static const OpArg kArgs_div_Tensor_mode[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
    {"roundingMode", IGNIS_VALUE_STRING, true, false},
};
static const OpArg kArgs_div_Scalar_mode[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
    {"roundingMode", IGNIS_VALUE_STRING, true, false},
};
static const OpOverload kOverloads_div[] = {
    {"div.Tensor", "div(Tensor self, Tensor other)", 1, false, 2, kArgs_div_Tensor},
    {"div.Scalar", "div(Tensor self, Scalar other)", 1, false, 2, kArgs_div_Scalar},
    {"div.Tensor_mode", "div(Tensor self, Tensor other, str? roundingMode)", 1, false, 3, kArgs_div_Tensor_mode},
    {"div.Scalar_mode", "div(Tensor self, Scalar other, str? roundingMode)", 1, false, 3, kArgs_div_Scalar_mode},
};
static const OpArg kArgs_div__Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_div__Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
};
static const OpArg kArgs_div__Tensor_mode[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
    {"roundingMode", IGNIS_VALUE_STRING, true, false},
};
static const OpArg kArgs_div__Scalar_mode[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
    {"roundingMode", IGNIS_VALUE_STRING, true, false},
};
static const OpOverload kOverloads_div_[] = {
    {"div_.Tensor", "div_(Tensor self, Tensor other)", 1, true, 2, kArgs_div__Tensor},
    {"div_.Scalar", "div_(Tensor self, Scalar other)", 1, true, 2, kArgs_div__Scalar},
    {"div_.Tensor_mode", "div_(Tensor self, Tensor other, str? roundingMode)", 1, true, 3, kArgs_div__Tensor_mode},
    {"div_.Scalar_mode", "div_(Tensor self, Scalar other, str? roundingMode)", 1, true, 3, kArgs_div__Scalar_mode},
};
static const OpArg kArgs_floor_divide[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_floor_divide_Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
};
static const OpOverload kOverloads_floorDivide[] = {
    {"floor_divide", "floorDivide(Tensor self, Tensor other)", 1, false, 2, kArgs_floor_divide},
    {"floor_divide.Scalar", "floorDivide(Tensor self, Scalar other)", 1, false, 2, kArgs_floor_divide_Scalar},
};
static const OpArg kArgs_floor_divide_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_floor_divide__Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
};
static const OpOverload kOverloads_floorDivide_[] = {
    {"floor_divide_", "floorDivide_(Tensor self, Tensor other)", 1, true, 2, kArgs_floor_divide_},
    {"floor_divide_.Scalar", "floorDivide_(Tensor self, Scalar other)", 1, true, 2, kArgs_floor_divide__Scalar},
};
static const OpArg kArgs_remainder_Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_remainder_Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
};
static const OpArg kArgs_remainder_Scalar_Tensor[] = {
    {"self", IGNIS_VALUE_SCALAR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_remainder[] = {
    {"remainder.Tensor", "remainder(Tensor self, Tensor other)", 1, false, 2, kArgs_remainder_Tensor},
    {"remainder.Scalar", "remainder(Tensor self, Scalar other)", 1, false, 2, kArgs_remainder_Scalar},
    {"remainder.Scalar_Tensor", "remainder(Scalar self, Tensor other)", 1, false, 2, kArgs_remainder_Scalar_Tensor},
};
static const OpArg kArgs_remainder__Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_remainder__Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
};
static const OpOverload kOverloads_remainder_[] = {
    {"remainder_.Tensor", "remainder_(Tensor self, Tensor other)", 1, true, 2, kArgs_remainder__Tensor},
    {"remainder_.Scalar", "remainder_(Tensor self, Scalar other)", 1, true, 2, kArgs_remainder__Scalar},
};
static const OpArg kArgs_fmod_Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_fmod_Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
};
static const OpOverload kOverloads_fmod[] = {
    {"fmod.Tensor", "fmod(Tensor self, Tensor other)", 1, false, 2, kArgs_fmod_Tensor},
    {"fmod.Scalar", "fmod(Tensor self, Scalar other)", 1, false, 2, kArgs_fmod_Scalar},
};
static const OpArg kArgs_fmod__Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_fmod__Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
};
static const OpOverload kOverloads_fmod_[] = {
    {"fmod_.Tensor", "fmod_(Tensor self, Tensor other)", 1, true, 2, kArgs_fmod__Tensor},
    {"fmod_.Scalar", "fmod_(Tensor self, Scalar other)", 1, true, 2, kArgs_fmod__Scalar},
};
static const OpArg kArgs_pow_Tensor_Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"exponent", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_pow_Tensor_Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"exponent", IGNIS_VALUE_SCALAR, false, false},
};
static const OpArg kArgs_pow_Scalar_self[] = {
    {"self", IGNIS_VALUE_SCALAR, false, false},
    {"exponent", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_pow[] = {
    {"pow.Tensor_Tensor", "pow(Tensor self, Tensor exponent)", 1, false, 2, kArgs_pow_Tensor_Tensor},
    {"pow.Tensor_Scalar", "pow(Tensor self, Scalar exponent)", 1, false, 2, kArgs_pow_Tensor_Scalar},
    {"pow.Scalar_self", "pow(Scalar self, Tensor exponent)", 1, false, 2, kArgs_pow_Scalar_self},
};
static const OpArg kArgs_pow__Tensor_Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"exponent", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_pow__Tensor_Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"exponent", IGNIS_VALUE_SCALAR, false, false},
};
static const OpOverload kOverloads_pow_[] = {
    {"pow_.Tensor_Tensor", "pow_(Tensor self, Tensor exponent)", 1, true, 2, kArgs_pow__Tensor_Tensor},
    {"pow_.Tensor_Scalar", "pow_(Tensor self, Scalar exponent)", 1, true, 2, kArgs_pow__Tensor_Scalar},
};
static const OpArg kArgs_atan2[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_atan2[] = {
    {"atan2", "atan2(Tensor self, Tensor other)", 1, false, 2, kArgs_atan2},
};
static const OpArg kArgs_atan2_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_atan2_[] = {
    {"atan2_", "atan2_(Tensor self, Tensor other)", 1, true, 2, kArgs_atan2_},
};
static const OpArg kArgs_maximum[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_maximum[] = {
    {"maximum", "maximum(Tensor self, Tensor other)", 1, false, 2, kArgs_maximum},
};
static const OpArg kArgs_minimum[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_minimum[] = {
    {"minimum", "minimum(Tensor self, Tensor other)", 1, false, 2, kArgs_minimum},
};
static const OpArg kArgs_eq_Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_eq_Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
};
static const OpOverload kOverloads_eq[] = {
    {"eq.Tensor", "eq(Tensor self, Tensor other)", 1, false, 2, kArgs_eq_Tensor},
    {"eq.Scalar", "eq(Tensor self, Scalar other)", 1, false, 2, kArgs_eq_Scalar},
};
static const OpArg kArgs_eq__Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_eq__Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
};
static const OpOverload kOverloads_eq_[] = {
    {"eq_.Tensor", "eq_(Tensor self, Tensor other)", 1, true, 2, kArgs_eq__Tensor},
    {"eq_.Scalar", "eq_(Tensor self, Scalar other)", 1, true, 2, kArgs_eq__Scalar},
};
static const OpArg kArgs_ne_Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_ne_Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
};
static const OpOverload kOverloads_ne[] = {
    {"ne.Tensor", "ne(Tensor self, Tensor other)", 1, false, 2, kArgs_ne_Tensor},
    {"ne.Scalar", "ne(Tensor self, Scalar other)", 1, false, 2, kArgs_ne_Scalar},
};
static const OpArg kArgs_ne__Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_ne__Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
};
static const OpOverload kOverloads_ne_[] = {
    {"ne_.Tensor", "ne_(Tensor self, Tensor other)", 1, true, 2, kArgs_ne__Tensor},
    {"ne_.Scalar", "ne_(Tensor self, Scalar other)", 1, true, 2, kArgs_ne__Scalar},
};
static const OpArg kArgs_lt_Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_lt_Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
};
static const OpOverload kOverloads_lt[] = {
    {"lt.Tensor", "lt(Tensor self, Tensor other)", 1, false, 2, kArgs_lt_Tensor},
    {"lt.Scalar", "lt(Tensor self, Scalar other)", 1, false, 2, kArgs_lt_Scalar},
};
static const OpArg kArgs_lt__Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_lt__Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
};
static const OpOverload kOverloads_lt_[] = {
    {"lt_.Tensor", "lt_(Tensor self, Tensor other)", 1, true, 2, kArgs_lt__Tensor},
    {"lt_.Scalar", "lt_(Tensor self, Scalar other)", 1, true, 2, kArgs_lt__Scalar},
};
static const OpArg kArgs_le_Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_le_Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
};
static const OpOverload kOverloads_le[] = {
    {"le.Tensor", "le(Tensor self, Tensor other)", 1, false, 2, kArgs_le_Tensor},
    {"le.Scalar", "le(Tensor self, Scalar other)", 1, false, 2, kArgs_le_Scalar},
};
static const OpArg kArgs_le__Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_le__Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
};
static const OpOverload kOverloads_le_[] = {
    {"le_.Tensor", "le_(Tensor self, Tensor other)", 1, true, 2, kArgs_le__Tensor},
    {"le_.Scalar", "le_(Tensor self, Scalar other)", 1, true, 2, kArgs_le__Scalar},
};
static const OpArg kArgs_gt_Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_gt_Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
};
static const OpOverload kOverloads_gt[] = {
    {"gt.Tensor", "gt(Tensor self, Tensor other)", 1, false, 2, kArgs_gt_Tensor},
    {"gt.Scalar", "gt(Tensor self, Scalar other)", 1, false, 2, kArgs_gt_Scalar},
};
static const OpArg kArgs_gt__Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_gt__Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
};
static const OpOverload kOverloads_gt_[] = {
    {"gt_.Tensor", "gt_(Tensor self, Tensor other)", 1, true, 2, kArgs_gt__Tensor},
    {"gt_.Scalar", "gt_(Tensor self, Scalar other)", 1, true, 2, kArgs_gt__Scalar},
};
static const OpArg kArgs_ge_Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_ge_Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
};
static const OpOverload kOverloads_ge[] = {
    {"ge.Tensor", "ge(Tensor self, Tensor other)", 1, false, 2, kArgs_ge_Tensor},
    {"ge.Scalar", "ge(Tensor self, Scalar other)", 1, false, 2, kArgs_ge_Scalar},
};
static const OpArg kArgs_ge__Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_ge__Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
};
static const OpOverload kOverloads_ge_[] = {
    {"ge_.Tensor", "ge_(Tensor self, Tensor other)", 1, true, 2, kArgs_ge__Tensor},
    {"ge_.Scalar", "ge_(Tensor self, Scalar other)", 1, true, 2, kArgs_ge__Scalar},
};
static const OpArg kArgs_logical_and[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_logicalAnd[] = {
    {"logical_and", "logicalAnd(Tensor self, Tensor other)", 1, false, 2, kArgs_logical_and},
};
static const OpArg kArgs_logical_and_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_logicalAnd_[] = {
    {"logical_and_", "logicalAnd_(Tensor self, Tensor other)", 1, true, 2, kArgs_logical_and_},
};
static const OpArg kArgs_logical_or[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_logicalOr[] = {
    {"logical_or", "logicalOr(Tensor self, Tensor other)", 1, false, 2, kArgs_logical_or},
};
static const OpArg kArgs_logical_or_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_logicalOr_[] = {
    {"logical_or_", "logicalOr_(Tensor self, Tensor other)", 1, true, 2, kArgs_logical_or_},
};
static const OpArg kArgs_logical_xor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_logicalXor[] = {
    {"logical_xor", "logicalXor(Tensor self, Tensor other)", 1, false, 2, kArgs_logical_xor},
};
static const OpArg kArgs_logical_xor_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_logicalXor_[] = {
    {"logical_xor_", "logicalXor_(Tensor self, Tensor other)", 1, true, 2, kArgs_logical_xor_},
};
static const OpArg kArgs_bitwise_and_Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_bitwise_and_Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
};
static const OpOverload kOverloads_bitwiseAnd[] = {
    {"bitwise_and.Tensor", "bitwiseAnd(Tensor self, Tensor other)", 1, false, 2, kArgs_bitwise_and_Tensor},
    {"bitwise_and.Scalar", "bitwiseAnd(Tensor self, Scalar other)", 1, false, 2, kArgs_bitwise_and_Scalar},
};
static const OpArg kArgs_bitwise_and__Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_bitwise_and__Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
};
static const OpOverload kOverloads_bitwiseAnd_[] = {
    {"bitwise_and_.Tensor", "bitwiseAnd_(Tensor self, Tensor other)", 1, true, 2, kArgs_bitwise_and__Tensor},
    {"bitwise_and_.Scalar", "bitwiseAnd_(Tensor self, Scalar other)", 1, true, 2, kArgs_bitwise_and__Scalar},
};
static const OpArg kArgs_bitwise_or_Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_bitwise_or_Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
};
static const OpOverload kOverloads_bitwiseOr[] = {
    {"bitwise_or.Tensor", "bitwiseOr(Tensor self, Tensor other)", 1, false, 2, kArgs_bitwise_or_Tensor},
    {"bitwise_or.Scalar", "bitwiseOr(Tensor self, Scalar other)", 1, false, 2, kArgs_bitwise_or_Scalar},
};
static const OpArg kArgs_bitwise_or__Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_bitwise_or__Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
};
static const OpOverload kOverloads_bitwiseOr_[] = {
    {"bitwise_or_.Tensor", "bitwiseOr_(Tensor self, Tensor other)", 1, true, 2, kArgs_bitwise_or__Tensor},
    {"bitwise_or_.Scalar", "bitwiseOr_(Tensor self, Scalar other)", 1, true, 2, kArgs_bitwise_or__Scalar},
};
static const OpArg kArgs_bitwise_xor_Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_bitwise_xor_Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
};
static const OpOverload kOverloads_bitwiseXor[] = {
    {"bitwise_xor.Tensor", "bitwiseXor(Tensor self, Tensor other)", 1, false, 2, kArgs_bitwise_xor_Tensor},
    {"bitwise_xor.Scalar", "bitwiseXor(Tensor self, Scalar other)", 1, false, 2, kArgs_bitwise_xor_Scalar},
};
static const OpArg kArgs_bitwise_xor__Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_bitwise_xor__Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
};
static const OpOverload kOverloads_bitwiseXor_[] = {
    {"bitwise_xor_.Tensor", "bitwiseXor_(Tensor self, Tensor other)", 1, true, 2, kArgs_bitwise_xor__Tensor},
    {"bitwise_xor_.Scalar", "bitwiseXor_(Tensor self, Scalar other)", 1, true, 2, kArgs_bitwise_xor__Scalar},
};
static const OpArg kArgs_where_self[] = {
    {"condition", IGNIS_VALUE_TENSOR, false, false},
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_where_ScalarSelf[] = {
    {"condition", IGNIS_VALUE_TENSOR, false, false},
    {"self", IGNIS_VALUE_SCALAR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_where_ScalarOther[] = {
    {"condition", IGNIS_VALUE_TENSOR, false, false},
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
};
static const OpArg kArgs_where_Scalar[] = {
    {"condition", IGNIS_VALUE_TENSOR, false, false},
    {"self", IGNIS_VALUE_SCALAR, false, false},
    {"other", IGNIS_VALUE_SCALAR, false, false},
};
static const OpOverload kOverloads_where[] = {
    {"where.self", "where(Tensor condition, Tensor self, Tensor other)", 1, false, 3, kArgs_where_self},
    {"where.ScalarSelf", "where(Tensor condition, Scalar self, Tensor other)", 1, false, 3, kArgs_where_ScalarSelf},
    {"where.ScalarOther", "where(Tensor condition, Tensor self, Scalar other)", 1, false, 3, kArgs_where_ScalarOther},
    {"where.Scalar", "where(Tensor condition, Scalar self, Scalar other)", 1, false, 3, kArgs_where_Scalar},
};
static const OpArg kArgs_clamp[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"min", IGNIS_VALUE_SCALAR, true, true},
    {"max", IGNIS_VALUE_SCALAR, true, true},
};
static const OpArg kArgs_clamp_Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"min", IGNIS_VALUE_TENSOR, true, true},
    {"max", IGNIS_VALUE_TENSOR, true, true},
};
static const OpOverload kOverloads_clamp[] = {
    {"clamp", "clamp(Tensor self, Scalar? min, Scalar? max)", 1, false, 3, kArgs_clamp},
    {"clamp.Tensor", "clamp(Tensor self, Tensor? min, Tensor? max)", 1, false, 3, kArgs_clamp_Tensor},
};
static const OpArg kArgs_clamp_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"min", IGNIS_VALUE_SCALAR, true, true},
    {"max", IGNIS_VALUE_SCALAR, true, true},
};
static const OpArg kArgs_clamp__Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"min", IGNIS_VALUE_TENSOR, true, true},
    {"max", IGNIS_VALUE_TENSOR, true, true},
};
static const OpOverload kOverloads_clamp_[] = {
    {"clamp_", "clamp_(Tensor self, Scalar? min, Scalar? max)", 1, true, 3, kArgs_clamp_},
    {"clamp_.Tensor", "clamp_(Tensor self, Tensor? min, Tensor? max)", 1, true, 3, kArgs_clamp__Tensor},
};
static const OpArg kArgs_lerp_Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"end", IGNIS_VALUE_TENSOR, false, false},
    {"weight", IGNIS_VALUE_SCALAR, false, false},
};
static const OpArg kArgs_lerp_Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"end", IGNIS_VALUE_TENSOR, false, false},
    {"weight", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_lerp[] = {
    {"lerp.Scalar", "lerp(Tensor self, Tensor end, Scalar weight)", 1, false, 3, kArgs_lerp_Scalar},
    {"lerp.Tensor", "lerp(Tensor self, Tensor end, Tensor weight)", 1, false, 3, kArgs_lerp_Tensor},
};
static const OpArg kArgs_lerp__Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"end", IGNIS_VALUE_TENSOR, false, false},
    {"weight", IGNIS_VALUE_SCALAR, false, false},
};
static const OpArg kArgs_lerp__Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"end", IGNIS_VALUE_TENSOR, false, false},
    {"weight", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_lerp_[] = {
    {"lerp_.Scalar", "lerp_(Tensor self, Tensor end, Scalar weight)", 1, true, 3, kArgs_lerp__Scalar},
    {"lerp_.Tensor", "lerp_(Tensor self, Tensor end, Tensor weight)", 1, true, 3, kArgs_lerp__Tensor},
};
static const OpArg kArgs_addcmul[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"tensor1", IGNIS_VALUE_TENSOR, false, false},
    {"tensor2", IGNIS_VALUE_TENSOR, false, false},
    {"value", IGNIS_VALUE_SCALAR, false, true},
};
static const OpOverload kOverloads_addcmul[] = {
    {"addcmul", "addcmul(Tensor self, Tensor tensor1, Tensor tensor2, Scalar value)", 1, false, 4, kArgs_addcmul},
};
static const OpArg kArgs_addcmul_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"tensor1", IGNIS_VALUE_TENSOR, false, false},
    {"tensor2", IGNIS_VALUE_TENSOR, false, false},
    {"value", IGNIS_VALUE_SCALAR, false, true},
};
static const OpOverload kOverloads_addcmul_[] = {
    {"addcmul_", "addcmul_(Tensor self, Tensor tensor1, Tensor tensor2, Scalar value)", 1, true, 4, kArgs_addcmul_},
};
static const OpArg kArgs_addcdiv[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"tensor1", IGNIS_VALUE_TENSOR, false, false},
    {"tensor2", IGNIS_VALUE_TENSOR, false, false},
    {"value", IGNIS_VALUE_SCALAR, false, true},
};
static const OpOverload kOverloads_addcdiv[] = {
    {"addcdiv", "addcdiv(Tensor self, Tensor tensor1, Tensor tensor2, Scalar value)", 1, false, 4, kArgs_addcdiv},
};
static const OpArg kArgs_addcdiv_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"tensor1", IGNIS_VALUE_TENSOR, false, false},
    {"tensor2", IGNIS_VALUE_TENSOR, false, false},
    {"value", IGNIS_VALUE_SCALAR, false, true},
};
static const OpOverload kOverloads_addcdiv_[] = {
    {"addcdiv_", "addcdiv_(Tensor self, Tensor tensor1, Tensor tensor2, Scalar value)", 1, true, 4, kArgs_addcdiv_},
};
static const OpArg kArgs_sum[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT_LIST, true, true},
    {"keepdim", IGNIS_VALUE_BOOL, false, true},
    {"dtype", IGNIS_VALUE_DTYPE, true, true},
};
static const OpOverload kOverloads_sum[] = {
    {"sum", "sum(Tensor self, int[]? dim, bool keepdim, DType? dtype)", 1, false, 4, kArgs_sum},
};
static const OpArg kArgs_mean[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT_LIST, true, true},
    {"keepdim", IGNIS_VALUE_BOOL, false, true},
    {"dtype", IGNIS_VALUE_DTYPE, true, true},
};
static const OpOverload kOverloads_mean[] = {
    {"mean", "mean(Tensor self, int[]? dim, bool keepdim, DType? dtype)", 1, false, 4, kArgs_mean},
};
static const OpArg kArgs_prod[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT_LIST, true, true},
    {"keepdim", IGNIS_VALUE_BOOL, false, true},
    {"dtype", IGNIS_VALUE_DTYPE, true, true},
};
static const OpOverload kOverloads_prod[] = {
    {"prod", "prod(Tensor self, int[]? dim, bool keepdim, DType? dtype)", 1, false, 4, kArgs_prod},
};
static const OpArg kArgs_var[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT_LIST, true, true},
    {"correction", IGNIS_VALUE_SCALAR, true, true},
    {"keepdim", IGNIS_VALUE_BOOL, false, true},
};
static const OpOverload kOverloads_var[] = {
    {"var", "var(Tensor self, int[]? dim, Scalar? correction, bool keepdim)", 1, false, 4, kArgs_var},
};
static const OpArg kArgs_std[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT_LIST, true, true},
    {"correction", IGNIS_VALUE_SCALAR, true, true},
    {"keepdim", IGNIS_VALUE_BOOL, false, true},
};
static const OpOverload kOverloads_std[] = {
    {"std", "std(Tensor self, int[]? dim, Scalar? correction, bool keepdim)", 1, false, 4, kArgs_std},
};
static const OpArg kArgs_max[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_max_dim[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT, false, false},
    {"keepdim", IGNIS_VALUE_BOOL, false, true},
};
static const OpOverload kOverloads_max[] = {
    {"max", "max(Tensor self)", 1, false, 1, kArgs_max},
    {"max.dim", "max(Tensor self, int dim, bool keepdim)", 2, false, 3, kArgs_max_dim},
};
static const OpArg kArgs_min[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_min_dim[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT, false, false},
    {"keepdim", IGNIS_VALUE_BOOL, false, true},
};
static const OpOverload kOverloads_min[] = {
    {"min", "min(Tensor self)", 1, false, 1, kArgs_min},
    {"min.dim", "min(Tensor self, int dim, bool keepdim)", 2, false, 3, kArgs_min_dim},
};
static const OpArg kArgs_amax[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT_LIST, false, true},
    {"keepdim", IGNIS_VALUE_BOOL, false, true},
};
static const OpOverload kOverloads_amax[] = {
    {"amax", "amax(Tensor self, int[] dim, bool keepdim)", 1, false, 3, kArgs_amax},
};
static const OpArg kArgs_amin[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT_LIST, false, true},
    {"keepdim", IGNIS_VALUE_BOOL, false, true},
};
static const OpOverload kOverloads_amin[] = {
    {"amin", "amin(Tensor self, int[] dim, bool keepdim)", 1, false, 3, kArgs_amin},
};
static const OpArg kArgs_argmax[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT, true, true},
    {"keepdim", IGNIS_VALUE_BOOL, false, true},
};
static const OpOverload kOverloads_argmax[] = {
    {"argmax", "argmax(Tensor self, int? dim, bool keepdim)", 1, false, 3, kArgs_argmax},
};
static const OpArg kArgs_argmin[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT, true, true},
    {"keepdim", IGNIS_VALUE_BOOL, false, true},
};
static const OpOverload kOverloads_argmin[] = {
    {"argmin", "argmin(Tensor self, int? dim, bool keepdim)", 1, false, 3, kArgs_argmin},
};
static const OpArg kArgs_logsumexp[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT_LIST, false, false},
    {"keepdim", IGNIS_VALUE_BOOL, false, true},
};
static const OpOverload kOverloads_logsumexp[] = {
    {"logsumexp", "logsumexp(Tensor self, int[] dim, bool keepdim)", 1, false, 3, kArgs_logsumexp},
};
static const OpArg kArgs_all[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT_LIST, true, true},
    {"keepdim", IGNIS_VALUE_BOOL, false, true},
};
static const OpOverload kOverloads_all[] = {
    {"all", "all(Tensor self, int[]? dim, bool keepdim)", 1, false, 3, kArgs_all},
};
static const OpArg kArgs_any[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT_LIST, true, true},
    {"keepdim", IGNIS_VALUE_BOOL, false, true},
};
static const OpOverload kOverloads_any[] = {
    {"any", "any(Tensor self, int[]? dim, bool keepdim)", 1, false, 3, kArgs_any},
};
static const OpArg kArgs_norm[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"p", IGNIS_VALUE_SCALAR, true, true},
    {"dim", IGNIS_VALUE_INT_LIST, true, true},
    {"keepdim", IGNIS_VALUE_BOOL, false, true},
    {"dtype", IGNIS_VALUE_DTYPE, true, true},
};
static const OpArg kArgs_norm_str[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"p", IGNIS_VALUE_STRING, false, false},
    {"dim", IGNIS_VALUE_INT_LIST, true, true},
    {"keepdim", IGNIS_VALUE_BOOL, false, true},
    {"dtype", IGNIS_VALUE_DTYPE, true, true},
};
static const OpOverload kOverloads_norm[] = {
    {"norm", "norm(Tensor self, Scalar? p, int[]? dim, bool keepdim, DType? dtype)", 1, false, 5, kArgs_norm},
    {"norm.str", "norm(Tensor self, str p, int[]? dim, bool keepdim, DType? dtype)", 1, false, 5, kArgs_norm_str},
};
static const OpArg kArgs_count_nonzero[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT_LIST, true, true},
};
static const OpOverload kOverloads_countNonzero[] = {
    {"count_nonzero", "countNonzero(Tensor self, int[]? dim)", 1, false, 2, kArgs_count_nonzero},
};
static const OpArg kArgs_cumsum[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT, false, false},
    {"dtype", IGNIS_VALUE_DTYPE, true, true},
};
static const OpOverload kOverloads_cumsum[] = {
    {"cumsum", "cumsum(Tensor self, int dim, DType? dtype)", 1, false, 3, kArgs_cumsum},
};
static const OpArg kArgs_cumsum_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT, false, false},
    {"dtype", IGNIS_VALUE_DTYPE, true, true},
};
static const OpOverload kOverloads_cumsum_[] = {
    {"cumsum_", "cumsum_(Tensor self, int dim, DType? dtype)", 1, true, 3, kArgs_cumsum_},
};
static const OpArg kArgs_cumprod[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT, false, false},
    {"dtype", IGNIS_VALUE_DTYPE, true, true},
};
static const OpOverload kOverloads_cumprod[] = {
    {"cumprod", "cumprod(Tensor self, int dim, DType? dtype)", 1, false, 3, kArgs_cumprod},
};
static const OpArg kArgs_cumprod_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT, false, false},
    {"dtype", IGNIS_VALUE_DTYPE, true, true},
};
static const OpOverload kOverloads_cumprod_[] = {
    {"cumprod_", "cumprod_(Tensor self, int dim, DType? dtype)", 1, true, 3, kArgs_cumprod_},
};
static const OpArg kArgs_sort[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT, false, true},
    {"descending", IGNIS_VALUE_BOOL, false, true},
    {"stable", IGNIS_VALUE_BOOL, false, true},
};
static const OpOverload kOverloads_sort[] = {
    {"sort", "sort(Tensor self, int dim, bool descending, bool stable)", 2, false, 4, kArgs_sort},
};
static const OpArg kArgs_argsort[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT, false, true},
    {"descending", IGNIS_VALUE_BOOL, false, true},
    {"stable", IGNIS_VALUE_BOOL, false, true},
};
static const OpOverload kOverloads_argsort[] = {
    {"argsort", "argsort(Tensor self, int dim, bool descending, bool stable)", 1, false, 4, kArgs_argsort},
};
static const OpArg kArgs_topk[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"k", IGNIS_VALUE_INT, false, false},
    {"dim", IGNIS_VALUE_INT, false, true},
    {"largest", IGNIS_VALUE_BOOL, false, true},
    {"sorted", IGNIS_VALUE_BOOL, false, true},
};
static const OpOverload kOverloads_topk[] = {
    {"topk", "topk(Tensor self, int k, int dim, bool largest, bool sorted)", 2, false, 5, kArgs_topk},
};
static const OpArg kArgs_kthvalue[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"k", IGNIS_VALUE_INT, false, false},
    {"dim", IGNIS_VALUE_INT, false, true},
    {"keepdim", IGNIS_VALUE_BOOL, false, true},
};
static const OpOverload kOverloads_kthvalue[] = {
    {"kthvalue", "kthvalue(Tensor self, int k, int dim, bool keepdim)", 2, false, 4, kArgs_kthvalue},
};
static const OpArg kArgs_median[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpArg kArgs_median_dim[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT, false, false},
    {"keepdim", IGNIS_VALUE_BOOL, false, true},
};
static const OpOverload kOverloads_median[] = {
    {"median", "median(Tensor self)", 1, false, 1, kArgs_median},
    {"median.dim", "median(Tensor self, int dim, bool keepdim)", 2, false, 3, kArgs_median_dim},
};
static const OpArg kArgs_unique[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"sorted", IGNIS_VALUE_BOOL, false, true},
    {"returnInverse", IGNIS_VALUE_BOOL, false, true},
    {"returnCounts", IGNIS_VALUE_BOOL, false, true},
};
static const OpOverload kOverloads_unique[] = {
    {"unique", "unique(Tensor self, bool sorted, bool returnInverse, bool returnCounts)", 3, false, 4, kArgs_unique},
};
static const OpArg kArgs_cat[] = {
    {"tensors", IGNIS_VALUE_TENSOR_LIST, false, false},
    {"dim", IGNIS_VALUE_INT, false, true},
};
static const OpOverload kOverloads_cat[] = {
    {"cat", "cat(Tensor[] tensors, int dim)", 1, false, 2, kArgs_cat},
};
static const OpArg kArgs_stack[] = {
    {"tensors", IGNIS_VALUE_TENSOR_LIST, false, false},
    {"dim", IGNIS_VALUE_INT, false, true},
};
static const OpOverload kOverloads_stack[] = {
    {"stack", "stack(Tensor[] tensors, int dim)", 1, false, 2, kArgs_stack},
};
static const OpArg kArgs_split[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"splitSize", IGNIS_VALUE_INT, false, false},
    {"dim", IGNIS_VALUE_INT, false, true},
};
static const OpArg kArgs_split_sizes[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"splitSize", IGNIS_VALUE_INT_LIST, false, false},
    {"dim", IGNIS_VALUE_INT, false, true},
};
static const OpOverload kOverloads_split[] = {
    {"split", "split(Tensor self, int splitSize, int dim)", -1, false, 3, kArgs_split},
    {"split.sizes", "split(Tensor self, int[] splitSize, int dim)", -1, false, 3, kArgs_split_sizes},
};
static const OpArg kArgs_split_with_sizes[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"splitSizes", IGNIS_VALUE_INT_LIST, false, false},
    {"dim", IGNIS_VALUE_INT, false, true},
};
static const OpOverload kOverloads_splitWithSizes[] = {
    {"split_with_sizes", "splitWithSizes(Tensor self, int[] splitSizes, int dim)", -1, false, 3, kArgs_split_with_sizes},
};
static const OpArg kArgs_chunk[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"chunks", IGNIS_VALUE_INT, false, false},
    {"dim", IGNIS_VALUE_INT, false, true},
};
static const OpOverload kOverloads_chunk[] = {
    {"chunk", "chunk(Tensor self, int chunks, int dim)", -1, false, 3, kArgs_chunk},
};
static const OpArg kArgs_unbind[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT, false, true},
};
static const OpOverload kOverloads_unbind[] = {
    {"unbind", "unbind(Tensor self, int dim)", -1, false, 2, kArgs_unbind},
};
static const OpArg kArgs_flip[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dims", IGNIS_VALUE_INT_LIST, false, false},
};
static const OpOverload kOverloads_flip[] = {
    {"flip", "flip(Tensor self, int[] dims)", 1, false, 2, kArgs_flip},
};
static const OpArg kArgs_roll[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"shifts", IGNIS_VALUE_INT_LIST, false, false},
    {"dims", IGNIS_VALUE_INT_LIST, false, true},
};
static const OpOverload kOverloads_roll[] = {
    {"roll", "roll(Tensor self, int[] shifts, int[] dims)", 1, false, 3, kArgs_roll},
};
static const OpArg kArgs_repeat[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"repeats", IGNIS_VALUE_INT_LIST, false, false},
};
static const OpOverload kOverloads_repeat[] = {
    {"repeat", "repeat(Tensor self, int[] repeats)", 1, false, 2, kArgs_repeat},
};
static const OpArg kArgs_tile[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dims", IGNIS_VALUE_INT_LIST, false, false},
};
static const OpOverload kOverloads_tile[] = {
    {"tile", "tile(Tensor self, int[] dims)", 1, false, 2, kArgs_tile},
};
static const OpArg kArgs_repeat_interleave_Tensor[] = {
    {"repeats", IGNIS_VALUE_TENSOR, false, false},
    {"outputSize", IGNIS_VALUE_INT, true, true},
};
static const OpArg kArgs_repeat_interleave_self_Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"repeats", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT, true, true},
    {"outputSize", IGNIS_VALUE_INT, true, true},
};
static const OpArg kArgs_repeat_interleave_self_int[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"repeats", IGNIS_VALUE_INT, false, false},
    {"dim", IGNIS_VALUE_INT, true, true},
    {"outputSize", IGNIS_VALUE_INT, true, true},
};
static const OpOverload kOverloads_repeatInterleave[] = {
    {"repeat_interleave.Tensor", "repeatInterleave(Tensor repeats, int? outputSize)", 1, false, 2, kArgs_repeat_interleave_Tensor},
    {"repeat_interleave.self_Tensor", "repeatInterleave(Tensor self, Tensor repeats, int? dim, int? outputSize)", 1, false, 4, kArgs_repeat_interleave_self_Tensor},
    {"repeat_interleave.self_int", "repeatInterleave(Tensor self, int repeats, int? dim, int? outputSize)", 1, false, 4, kArgs_repeat_interleave_self_int},
};
static const OpArg kArgs_tril[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"diagonal", IGNIS_VALUE_INT, false, true},
};
static const OpOverload kOverloads_tril[] = {
    {"tril", "tril(Tensor self, int diagonal)", 1, false, 2, kArgs_tril},
};
static const OpArg kArgs_tril_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"diagonal", IGNIS_VALUE_INT, false, true},
};
static const OpOverload kOverloads_tril_[] = {
    {"tril_", "tril_(Tensor self, int diagonal)", 1, true, 2, kArgs_tril_},
};
static const OpArg kArgs_triu[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"diagonal", IGNIS_VALUE_INT, false, true},
};
static const OpOverload kOverloads_triu[] = {
    {"triu", "triu(Tensor self, int diagonal)", 1, false, 2, kArgs_triu},
};
static const OpArg kArgs_triu_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"diagonal", IGNIS_VALUE_INT, false, true},
};
static const OpOverload kOverloads_triu_[] = {
    {"triu_", "triu_(Tensor self, int diagonal)", 1, true, 2, kArgs_triu_},
};
static const OpArg kArgs_pad[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"pad", IGNIS_VALUE_INT_LIST, false, false},
    {"mode", IGNIS_VALUE_STRING, false, true},
    {"value", IGNIS_VALUE_FLOAT, true, true},
};
static const OpOverload kOverloads_pad[] = {
    {"pad", "pad(Tensor self, int[] pad, str mode, float? value)", 1, false, 4, kArgs_pad},
};
static const OpArg kArgs_index_select[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT, false, false},
    {"index", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_indexSelect[] = {
    {"index_select", "indexSelect(Tensor self, int dim, Tensor index)", 1, false, 3, kArgs_index_select},
};
static const OpArg kArgs_gather[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT, false, false},
    {"index", IGNIS_VALUE_TENSOR, false, false},
    {"sparseGrad", IGNIS_VALUE_BOOL, false, true},
};
static const OpOverload kOverloads_gather[] = {
    {"gather", "gather(Tensor self, int dim, Tensor index, bool sparseGrad)", 1, false, 4, kArgs_gather},
};
static const OpArg kArgs_scatter_src[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT, false, false},
    {"index", IGNIS_VALUE_TENSOR, false, false},
    {"src", IGNIS_VALUE_TENSOR, false, false},
    {"reduce", IGNIS_VALUE_STRING, true, true},
};
static const OpArg kArgs_scatter_value[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT, false, false},
    {"index", IGNIS_VALUE_TENSOR, false, false},
    {"value", IGNIS_VALUE_SCALAR, false, false},
    {"reduce", IGNIS_VALUE_STRING, true, true},
};
static const OpOverload kOverloads_scatter[] = {
    {"scatter.src", "scatter(Tensor self, int dim, Tensor index, Tensor src, str? reduce)", 1, false, 5, kArgs_scatter_src},
    {"scatter.value", "scatter(Tensor self, int dim, Tensor index, Scalar value, str? reduce)", 1, false, 5, kArgs_scatter_value},
};
static const OpArg kArgs_scatter__src[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT, false, false},
    {"index", IGNIS_VALUE_TENSOR, false, false},
    {"src", IGNIS_VALUE_TENSOR, false, false},
    {"reduce", IGNIS_VALUE_STRING, true, true},
};
static const OpArg kArgs_scatter__value[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT, false, false},
    {"index", IGNIS_VALUE_TENSOR, false, false},
    {"value", IGNIS_VALUE_SCALAR, false, false},
    {"reduce", IGNIS_VALUE_STRING, true, true},
};
static const OpOverload kOverloads_scatter_[] = {
    {"scatter_.src", "scatter_(Tensor self, int dim, Tensor index, Tensor src, str? reduce)", 1, true, 5, kArgs_scatter__src},
    {"scatter_.value", "scatter_(Tensor self, int dim, Tensor index, Scalar value, str? reduce)", 1, true, 5, kArgs_scatter__value},
};
static const OpArg kArgs_scatter_add[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT, false, false},
    {"index", IGNIS_VALUE_TENSOR, false, false},
    {"src", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_scatterAdd[] = {
    {"scatter_add", "scatterAdd(Tensor self, int dim, Tensor index, Tensor src)", 1, false, 4, kArgs_scatter_add},
};
static const OpArg kArgs_scatter_add_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT, false, false},
    {"index", IGNIS_VALUE_TENSOR, false, false},
    {"src", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_scatterAdd_[] = {
    {"scatter_add_", "scatterAdd_(Tensor self, int dim, Tensor index, Tensor src)", 1, true, 4, kArgs_scatter_add_},
};
static const OpArg kArgs_index_add[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT, false, false},
    {"index", IGNIS_VALUE_TENSOR, false, false},
    {"source", IGNIS_VALUE_TENSOR, false, false},
    {"alpha", IGNIS_VALUE_SCALAR, false, true},
};
static const OpOverload kOverloads_indexAdd[] = {
    {"index_add", "indexAdd(Tensor self, int dim, Tensor index, Tensor source, Scalar alpha)", 1, false, 5, kArgs_index_add},
};
static const OpArg kArgs_index_add_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT, false, false},
    {"index", IGNIS_VALUE_TENSOR, false, false},
    {"source", IGNIS_VALUE_TENSOR, false, false},
    {"alpha", IGNIS_VALUE_SCALAR, false, true},
};
static const OpOverload kOverloads_indexAdd_[] = {
    {"index_add_", "indexAdd_(Tensor self, int dim, Tensor index, Tensor source, Scalar alpha)", 1, true, 5, kArgs_index_add_},
};
static const OpArg kArgs_index_put[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"indices", IGNIS_VALUE_TENSOR_LIST, false, false},
    {"values", IGNIS_VALUE_TENSOR, false, false},
    {"accumulate", IGNIS_VALUE_BOOL, false, true},
};
static const OpOverload kOverloads_indexPut[] = {
    {"index_put", "indexPut(Tensor self, Tensor[] indices, Tensor values, bool accumulate)", 1, false, 4, kArgs_index_put},
};
static const OpArg kArgs_index_put_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"indices", IGNIS_VALUE_TENSOR_LIST, false, false},
    {"values", IGNIS_VALUE_TENSOR, false, false},
    {"accumulate", IGNIS_VALUE_BOOL, false, true},
};
static const OpOverload kOverloads_indexPut_[] = {
    {"index_put_", "indexPut_(Tensor self, Tensor[] indices, Tensor values, bool accumulate)", 1, true, 4, kArgs_index_put_},
};
static const OpArg kArgs_masked_fill_Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"mask", IGNIS_VALUE_TENSOR, false, false},
    {"value", IGNIS_VALUE_SCALAR, false, false},
};
static const OpArg kArgs_masked_fill_Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"mask", IGNIS_VALUE_TENSOR, false, false},
    {"value", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_maskedFill[] = {
    {"masked_fill.Scalar", "maskedFill(Tensor self, Tensor mask, Scalar value)", 1, false, 3, kArgs_masked_fill_Scalar},
    {"masked_fill.Tensor", "maskedFill(Tensor self, Tensor mask, Tensor value)", 1, false, 3, kArgs_masked_fill_Tensor},
};
static const OpArg kArgs_masked_fill__Scalar[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"mask", IGNIS_VALUE_TENSOR, false, false},
    {"value", IGNIS_VALUE_SCALAR, false, false},
};
static const OpArg kArgs_masked_fill__Tensor[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"mask", IGNIS_VALUE_TENSOR, false, false},
    {"value", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_maskedFill_[] = {
    {"masked_fill_.Scalar", "maskedFill_(Tensor self, Tensor mask, Scalar value)", 1, true, 3, kArgs_masked_fill__Scalar},
    {"masked_fill_.Tensor", "maskedFill_(Tensor self, Tensor mask, Tensor value)", 1, true, 3, kArgs_masked_fill__Tensor},
};
static const OpArg kArgs_masked_select[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"mask", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_maskedSelect[] = {
    {"masked_select", "maskedSelect(Tensor self, Tensor mask)", 1, false, 2, kArgs_masked_select},
};
static const OpArg kArgs_masked_scatter[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"mask", IGNIS_VALUE_TENSOR, false, false},
    {"source", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_maskedScatter[] = {
    {"masked_scatter", "maskedScatter(Tensor self, Tensor mask, Tensor source)", 1, false, 3, kArgs_masked_scatter},
};
static const OpArg kArgs_masked_scatter_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"mask", IGNIS_VALUE_TENSOR, false, false},
    {"source", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_maskedScatter_[] = {
    {"masked_scatter_", "maskedScatter_(Tensor self, Tensor mask, Tensor source)", 1, true, 3, kArgs_masked_scatter_},
};
static const OpArg kArgs_nonzero[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_nonzero[] = {
    {"nonzero", "nonzero(Tensor self)", 1, false, 1, kArgs_nonzero},
};
static const OpArg kArgs_take[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"index", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_take[] = {
    {"take", "take(Tensor self, Tensor index)", 1, false, 2, kArgs_take},
};
static const OpArg kArgs_one_hot[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"numClasses", IGNIS_VALUE_INT, false, true},
};
static const OpOverload kOverloads_oneHot[] = {
    {"one_hot", "oneHot(Tensor self, int numClasses)", 1, false, 2, kArgs_one_hot},
};
static const OpArg kArgs_matmul[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_matmul[] = {
    {"matmul", "matmul(Tensor self, Tensor other)", 1, false, 2, kArgs_matmul},
};
static const OpArg kArgs_mm[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"mat2", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_mm[] = {
    {"mm", "mm(Tensor self, Tensor mat2)", 1, false, 2, kArgs_mm},
};
static const OpArg kArgs_bmm[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"mat2", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_bmm[] = {
    {"bmm", "bmm(Tensor self, Tensor mat2)", 1, false, 2, kArgs_bmm},
};
static const OpArg kArgs_addmm[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"mat1", IGNIS_VALUE_TENSOR, false, false},
    {"mat2", IGNIS_VALUE_TENSOR, false, false},
    {"beta", IGNIS_VALUE_SCALAR, false, true},
    {"alpha", IGNIS_VALUE_SCALAR, false, true},
};
static const OpOverload kOverloads_addmm[] = {
    {"addmm", "addmm(Tensor self, Tensor mat1, Tensor mat2, Scalar beta, Scalar alpha)", 1, false, 5, kArgs_addmm},
};
static const OpArg kArgs_addmm_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"mat1", IGNIS_VALUE_TENSOR, false, false},
    {"mat2", IGNIS_VALUE_TENSOR, false, false},
    {"beta", IGNIS_VALUE_SCALAR, false, true},
    {"alpha", IGNIS_VALUE_SCALAR, false, true},
};
static const OpOverload kOverloads_addmm_[] = {
    {"addmm_", "addmm_(Tensor self, Tensor mat1, Tensor mat2, Scalar beta, Scalar alpha)", 1, true, 5, kArgs_addmm_},
};
static const OpArg kArgs_baddbmm[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"batch1", IGNIS_VALUE_TENSOR, false, false},
    {"batch2", IGNIS_VALUE_TENSOR, false, false},
    {"beta", IGNIS_VALUE_SCALAR, false, true},
    {"alpha", IGNIS_VALUE_SCALAR, false, true},
};
static const OpOverload kOverloads_baddbmm[] = {
    {"baddbmm", "baddbmm(Tensor self, Tensor batch1, Tensor batch2, Scalar beta, Scalar alpha)", 1, false, 5, kArgs_baddbmm},
};
static const OpArg kArgs_baddbmm_[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"batch1", IGNIS_VALUE_TENSOR, false, false},
    {"batch2", IGNIS_VALUE_TENSOR, false, false},
    {"beta", IGNIS_VALUE_SCALAR, false, true},
    {"alpha", IGNIS_VALUE_SCALAR, false, true},
};
static const OpOverload kOverloads_baddbmm_[] = {
    {"baddbmm_", "baddbmm_(Tensor self, Tensor batch1, Tensor batch2, Scalar beta, Scalar alpha)", 1, true, 5, kArgs_baddbmm_},
};
static const OpArg kArgs_mv[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"vec", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_mv[] = {
    {"mv", "mv(Tensor self, Tensor vec)", 1, false, 2, kArgs_mv},
};
static const OpArg kArgs_dot[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"tensor", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_dot[] = {
    {"dot", "dot(Tensor self, Tensor tensor)", 1, false, 2, kArgs_dot},
};
static const OpArg kArgs_outer[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"vec2", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_outer[] = {
    {"outer", "outer(Tensor self, Tensor vec2)", 1, false, 2, kArgs_outer},
};
static const OpArg kArgs_einsum[] = {
    {"equation", IGNIS_VALUE_STRING, false, false},
    {"tensors", IGNIS_VALUE_TENSOR_LIST, false, false},
};
static const OpOverload kOverloads_einsum[] = {
    {"einsum", "einsum(str equation, Tensor[] tensors)", 1, false, 2, kArgs_einsum},
};
static const OpArg kArgs_tensordot[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
    {"dimsSelf", IGNIS_VALUE_INT_LIST, false, false},
    {"dimsOther", IGNIS_VALUE_INT_LIST, false, false},
};
static const OpArg kArgs_tensordot_int[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"other", IGNIS_VALUE_TENSOR, false, false},
    {"dims", IGNIS_VALUE_INT, false, true},
};
static const OpOverload kOverloads_tensordot[] = {
    {"tensordot", "tensordot(Tensor self, Tensor other, int[] dimsSelf, int[] dimsOther)", 1, false, 4, kArgs_tensordot},
    {"tensordot.int", "tensordot(Tensor self, Tensor other, int dims)", 1, false, 3, kArgs_tensordot_int},
};
static const OpArg kArgs_linalg_norm[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"ord", IGNIS_VALUE_SCALAR, true, true},
    {"dim", IGNIS_VALUE_INT_LIST, true, true},
    {"keepdim", IGNIS_VALUE_BOOL, false, true},
    {"dtype", IGNIS_VALUE_DTYPE, true, true},
};
static const OpArg kArgs_linalg_norm_ord_str[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"ord", IGNIS_VALUE_STRING, false, false},
    {"dim", IGNIS_VALUE_INT_LIST, true, true},
    {"keepdim", IGNIS_VALUE_BOOL, false, true},
    {"dtype", IGNIS_VALUE_DTYPE, true, true},
};
static const OpOverload kOverloads_linalgNorm[] = {
    {"linalg_norm", "linalgNorm(Tensor self, Scalar? ord, int[]? dim, bool keepdim, DType? dtype)", 1, false, 5, kArgs_linalg_norm},
    {"linalg_norm.ord_str", "linalgNorm(Tensor self, str ord, int[]? dim, bool keepdim, DType? dtype)", 1, false, 5, kArgs_linalg_norm_ord_str},
};
static const OpArg kArgs_linalg_solve[] = {
    {"A", IGNIS_VALUE_TENSOR, false, false},
    {"B", IGNIS_VALUE_TENSOR, false, false},
    {"left", IGNIS_VALUE_BOOL, false, true},
};
static const OpOverload kOverloads_linalgSolve[] = {
    {"linalg_solve", "linalgSolve(Tensor A, Tensor B, bool left)", 1, false, 3, kArgs_linalg_solve},
};
static const OpArg kArgs_linalg_inv[] = {
    {"A", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_linalgInv[] = {
    {"linalg_inv", "linalgInv(Tensor A)", 1, false, 1, kArgs_linalg_inv},
};
static const OpArg kArgs_linalg_det[] = {
    {"A", IGNIS_VALUE_TENSOR, false, false},
};
static const OpOverload kOverloads_linalgDet[] = {
    {"linalg_det", "linalgDet(Tensor A)", 1, false, 1, kArgs_linalg_det},
};
static const OpArg kArgs_linalg_cholesky[] = {
    {"A", IGNIS_VALUE_TENSOR, false, false},
    {"upper", IGNIS_VALUE_BOOL, false, true},
};
static const OpOverload kOverloads_linalgCholesky[] = {
    {"linalg_cholesky", "linalgCholesky(Tensor A, bool upper)", 1, false, 2, kArgs_linalg_cholesky},
};
static const OpArg kArgs_linalg_qr[] = {
    {"A", IGNIS_VALUE_TENSOR, false, false},
    {"mode", IGNIS_VALUE_STRING, false, true},
};
static const OpOverload kOverloads_linalgQr[] = {
    {"linalg_qr", "linalgQr(Tensor A, str mode)", 2, false, 2, kArgs_linalg_qr},
};
static const OpArg kArgs_linalg_svd[] = {
    {"A", IGNIS_VALUE_TENSOR, false, false},
    {"fullMatrices", IGNIS_VALUE_BOOL, false, true},
};
static const OpOverload kOverloads_linalgSvd[] = {
    {"linalg_svd", "linalgSvd(Tensor A, bool fullMatrices)", 3, false, 2, kArgs_linalg_svd},
};
static const OpArg kArgs_softmax[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT, false, false},
    {"dtype", IGNIS_VALUE_DTYPE, true, true},
};
static const OpOverload kOverloads_softmax[] = {
    {"softmax", "softmax(Tensor self, int dim, DType? dtype)", 1, false, 3, kArgs_softmax},
};
static const OpArg kArgs_log_softmax[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT, false, false},
    {"dtype", IGNIS_VALUE_DTYPE, true, true},
};
static const OpOverload kOverloads_logSoftmax[] = {
    {"log_softmax", "logSoftmax(Tensor self, int dim, DType? dtype)", 1, false, 3, kArgs_log_softmax},
};
static const OpArg kArgs_dropout[] = {
    {"input", IGNIS_VALUE_TENSOR, false, false},
    {"p", IGNIS_VALUE_FLOAT, false, false},
    {"train", IGNIS_VALUE_BOOL, false, false},
};
static const OpOverload kOverloads_dropout[] = {
    {"dropout", "dropout(Tensor input, float p, bool train)", 1, false, 3, kArgs_dropout},
};
static const OpArg kArgs_alpha_dropout[] = {
    {"input", IGNIS_VALUE_TENSOR, false, false},
    {"p", IGNIS_VALUE_FLOAT, false, false},
    {"train", IGNIS_VALUE_BOOL, false, false},
};
static const OpOverload kOverloads_alphaDropout[] = {
    {"alpha_dropout", "alphaDropout(Tensor input, float p, bool train)", 1, false, 3, kArgs_alpha_dropout},
};
static const OpArg kArgs_linear[] = {
    {"input", IGNIS_VALUE_TENSOR, false, false},
    {"weight", IGNIS_VALUE_TENSOR, false, false},
    {"bias", IGNIS_VALUE_TENSOR, true, true},
};
static const OpOverload kOverloads_linear[] = {
    {"linear", "linear(Tensor input, Tensor weight, Tensor? bias)", 1, false, 3, kArgs_linear},
};
static const OpArg kArgs_bilinear[] = {
    {"input1", IGNIS_VALUE_TENSOR, false, false},
    {"input2", IGNIS_VALUE_TENSOR, false, false},
    {"weight", IGNIS_VALUE_TENSOR, false, false},
    {"bias", IGNIS_VALUE_TENSOR, true, true},
};
static const OpOverload kOverloads_bilinear[] = {
    {"bilinear", "bilinear(Tensor input1, Tensor input2, Tensor weight, Tensor? bias)", 1, false, 4, kArgs_bilinear},
};
static const OpArg kArgs_embedding[] = {
    {"weight", IGNIS_VALUE_TENSOR, false, false},
    {"indices", IGNIS_VALUE_TENSOR, false, false},
    {"paddingIdx", IGNIS_VALUE_INT, false, true},
};
static const OpOverload kOverloads_embedding[] = {
    {"embedding", "embedding(Tensor weight, Tensor indices, int paddingIdx)", 1, false, 3, kArgs_embedding},
};
static const OpArg kArgs_embedding_bag[] = {
    {"weight", IGNIS_VALUE_TENSOR, false, false},
    {"indices", IGNIS_VALUE_TENSOR, false, false},
    {"offsets", IGNIS_VALUE_TENSOR, true, true},
    {"mode", IGNIS_VALUE_STRING, false, true},
    {"perSampleWeights", IGNIS_VALUE_TENSOR, true, true},
    {"includeLastOffset", IGNIS_VALUE_BOOL, false, true},
    {"paddingIdx", IGNIS_VALUE_INT, true, true},
};
static const OpOverload kOverloads_embeddingBag[] = {
    {"embedding_bag", "embeddingBag(Tensor weight, Tensor indices, Tensor? offsets, str mode, Tensor? perSampleWeights, bool includeLastOffset, int? paddingIdx)", 1, false, 7, kArgs_embedding_bag},
};
static const OpArg kArgs_batch_norm[] = {
    {"input", IGNIS_VALUE_TENSOR, false, false},
    {"runningMean", IGNIS_VALUE_TENSOR, true, false},
    {"runningVar", IGNIS_VALUE_TENSOR, true, false},
    {"weight", IGNIS_VALUE_TENSOR, true, true},
    {"bias", IGNIS_VALUE_TENSOR, true, true},
    {"training", IGNIS_VALUE_BOOL, false, true},
    {"momentum", IGNIS_VALUE_FLOAT, false, true},
    {"eps", IGNIS_VALUE_FLOAT, false, true},
};
static const OpOverload kOverloads_batchNorm[] = {
    {"batch_norm", "batchNorm(Tensor input, Tensor? runningMean, Tensor? runningVar, Tensor? weight, Tensor? bias, bool training, float momentum, float eps)", 1, false, 8, kArgs_batch_norm},
};
static const OpArg kArgs_layer_norm[] = {
    {"input", IGNIS_VALUE_TENSOR, false, false},
    {"normalizedShape", IGNIS_VALUE_INT_LIST, false, false},
    {"weight", IGNIS_VALUE_TENSOR, true, true},
    {"bias", IGNIS_VALUE_TENSOR, true, true},
    {"eps", IGNIS_VALUE_FLOAT, false, true},
};
static const OpOverload kOverloads_layerNorm[] = {
    {"layer_norm", "layerNorm(Tensor input, int[] normalizedShape, Tensor? weight, Tensor? bias, float eps)", 1, false, 5, kArgs_layer_norm},
};
static const OpArg kArgs_group_norm[] = {
    {"input", IGNIS_VALUE_TENSOR, false, false},
    {"numGroups", IGNIS_VALUE_INT, false, false},
    {"weight", IGNIS_VALUE_TENSOR, true, true},
    {"bias", IGNIS_VALUE_TENSOR, true, true},
    {"eps", IGNIS_VALUE_FLOAT, false, true},
};
static const OpOverload kOverloads_groupNorm[] = {
    {"group_norm", "groupNorm(Tensor input, int numGroups, Tensor? weight, Tensor? bias, float eps)", 1, false, 5, kArgs_group_norm},
};
static const OpArg kArgs_rms_norm[] = {
    {"input", IGNIS_VALUE_TENSOR, false, false},
    {"normalizedShape", IGNIS_VALUE_INT_LIST, false, false},
    {"weight", IGNIS_VALUE_TENSOR, true, true},
    {"eps", IGNIS_VALUE_FLOAT, true, true},
};
static const OpOverload kOverloads_rmsNorm[] = {
    {"rms_norm", "rmsNorm(Tensor input, int[] normalizedShape, Tensor? weight, float? eps)", 1, false, 4, kArgs_rms_norm},
};
static const OpArg kArgs_instance_norm[] = {
    {"input", IGNIS_VALUE_TENSOR, false, false},
    {"weight", IGNIS_VALUE_TENSOR, true, true},
    {"bias", IGNIS_VALUE_TENSOR, true, true},
    {"runningMean", IGNIS_VALUE_TENSOR, true, true},
    {"runningVar", IGNIS_VALUE_TENSOR, true, true},
    {"useInputStats", IGNIS_VALUE_BOOL, false, true},
    {"momentum", IGNIS_VALUE_FLOAT, false, true},
    {"eps", IGNIS_VALUE_FLOAT, false, true},
};
static const OpOverload kOverloads_instanceNorm[] = {
    {"instance_norm", "instanceNorm(Tensor input, Tensor? weight, Tensor? bias, Tensor? runningMean, Tensor? runningVar, bool useInputStats, float momentum, float eps)", 1, false, 8, kArgs_instance_norm},
};
static const OpArg kArgs_cosine_similarity[] = {
    {"x1", IGNIS_VALUE_TENSOR, false, false},
    {"x2", IGNIS_VALUE_TENSOR, false, false},
    {"dim", IGNIS_VALUE_INT, false, true},
    {"eps", IGNIS_VALUE_FLOAT, false, true},
};
static const OpOverload kOverloads_cosineSimilarity[] = {
    {"cosine_similarity", "cosineSimilarity(Tensor x1, Tensor x2, int dim, float eps)", 1, false, 4, kArgs_cosine_similarity},
};
static const OpArg kArgs_pairwise_distance[] = {
    {"x1", IGNIS_VALUE_TENSOR, false, false},
    {"x2", IGNIS_VALUE_TENSOR, false, false},
    {"p", IGNIS_VALUE_FLOAT, false, true},
    {"eps", IGNIS_VALUE_FLOAT, false, true},
    {"keepdim", IGNIS_VALUE_BOOL, false, true},
};
static const OpOverload kOverloads_pairwiseDistance[] = {
    {"pairwise_distance", "pairwiseDistance(Tensor x1, Tensor x2, float p, float eps, bool keepdim)", 1, false, 5, kArgs_pairwise_distance},
};
static const OpArg kArgs_scaled_dot_product_attention[] = {
    {"query", IGNIS_VALUE_TENSOR, false, false},
    {"key", IGNIS_VALUE_TENSOR, false, false},
    {"value", IGNIS_VALUE_TENSOR, false, false},
    {"attnMask", IGNIS_VALUE_TENSOR, true, true},
    {"dropoutP", IGNIS_VALUE_FLOAT, false, true},
    {"isCausal", IGNIS_VALUE_BOOL, false, true},
    {"scale", IGNIS_VALUE_FLOAT, true, true},
};
static const OpOverload kOverloads_scaledDotProductAttention[] = {
    {"scaled_dot_product_attention", "scaledDotProductAttention(Tensor query, Tensor key, Tensor value, Tensor? attnMask, float dropoutP, bool isCausal, float? scale)", 1, false, 7, kArgs_scaled_dot_product_attention},
};
static const OpArg kArgs_conv1d[] = {
    {"input", IGNIS_VALUE_TENSOR, false, false},
    {"weight", IGNIS_VALUE_TENSOR, false, false},
    {"bias", IGNIS_VALUE_TENSOR, true, true},
    {"stride", IGNIS_VALUE_INT_LIST, false, true},
    {"padding", IGNIS_VALUE_INT_LIST, false, true},
    {"dilation", IGNIS_VALUE_INT_LIST, false, true},
    {"groups", IGNIS_VALUE_INT, false, true},
};
static const OpArg kArgs_conv1d_padding[] = {
    {"input", IGNIS_VALUE_TENSOR, false, false},
    {"weight", IGNIS_VALUE_TENSOR, false, false},
    {"bias", IGNIS_VALUE_TENSOR, true, false},
    {"stride", IGNIS_VALUE_INT_LIST, false, false},
    {"padding", IGNIS_VALUE_STRING, false, false},
    {"dilation", IGNIS_VALUE_INT_LIST, false, true},
    {"groups", IGNIS_VALUE_INT, false, true},
};
static const OpOverload kOverloads_conv1d[] = {
    {"conv1d", "conv1d(Tensor input, Tensor weight, Tensor? bias, int[] stride, int[] padding, int[] dilation, int groups)", 1, false, 7, kArgs_conv1d},
    {"conv1d.padding", "conv1d(Tensor input, Tensor weight, Tensor? bias, int[] stride, str padding, int[] dilation, int groups)", 1, false, 7, kArgs_conv1d_padding},
};
static const OpArg kArgs_conv2d[] = {
    {"input", IGNIS_VALUE_TENSOR, false, false},
    {"weight", IGNIS_VALUE_TENSOR, false, false},
    {"bias", IGNIS_VALUE_TENSOR, true, true},
    {"stride", IGNIS_VALUE_INT_LIST, false, true},
    {"padding", IGNIS_VALUE_INT_LIST, false, true},
    {"dilation", IGNIS_VALUE_INT_LIST, false, true},
    {"groups", IGNIS_VALUE_INT, false, true},
};
static const OpArg kArgs_conv2d_padding[] = {
    {"input", IGNIS_VALUE_TENSOR, false, false},
    {"weight", IGNIS_VALUE_TENSOR, false, false},
    {"bias", IGNIS_VALUE_TENSOR, true, false},
    {"stride", IGNIS_VALUE_INT_LIST, false, false},
    {"padding", IGNIS_VALUE_STRING, false, false},
    {"dilation", IGNIS_VALUE_INT_LIST, false, true},
    {"groups", IGNIS_VALUE_INT, false, true},
};
static const OpOverload kOverloads_conv2d[] = {
    {"conv2d", "conv2d(Tensor input, Tensor weight, Tensor? bias, int[] stride, int[] padding, int[] dilation, int groups)", 1, false, 7, kArgs_conv2d},
    {"conv2d.padding", "conv2d(Tensor input, Tensor weight, Tensor? bias, int[] stride, str padding, int[] dilation, int groups)", 1, false, 7, kArgs_conv2d_padding},
};
static const OpArg kArgs_conv3d[] = {
    {"input", IGNIS_VALUE_TENSOR, false, false},
    {"weight", IGNIS_VALUE_TENSOR, false, false},
    {"bias", IGNIS_VALUE_TENSOR, true, true},
    {"stride", IGNIS_VALUE_INT_LIST, false, true},
    {"padding", IGNIS_VALUE_INT_LIST, false, true},
    {"dilation", IGNIS_VALUE_INT_LIST, false, true},
    {"groups", IGNIS_VALUE_INT, false, true},
};
static const OpArg kArgs_conv3d_padding[] = {
    {"input", IGNIS_VALUE_TENSOR, false, false},
    {"weight", IGNIS_VALUE_TENSOR, false, false},
    {"bias", IGNIS_VALUE_TENSOR, true, false},
    {"stride", IGNIS_VALUE_INT_LIST, false, false},
    {"padding", IGNIS_VALUE_STRING, false, false},
    {"dilation", IGNIS_VALUE_INT_LIST, false, true},
    {"groups", IGNIS_VALUE_INT, false, true},
};
static const OpOverload kOverloads_conv3d[] = {
    {"conv3d", "conv3d(Tensor input, Tensor weight, Tensor? bias, int[] stride, int[] padding, int[] dilation, int groups)", 1, false, 7, kArgs_conv3d},
    {"conv3d.padding", "conv3d(Tensor input, Tensor weight, Tensor? bias, int[] stride, str padding, int[] dilation, int groups)", 1, false, 7, kArgs_conv3d_padding},
};
static const OpArg kArgs_conv_transpose1d[] = {
    {"input", IGNIS_VALUE_TENSOR, false, false},
    {"weight", IGNIS_VALUE_TENSOR, false, false},
    {"bias", IGNIS_VALUE_TENSOR, true, true},
    {"stride", IGNIS_VALUE_INT_LIST, false, true},
    {"padding", IGNIS_VALUE_INT_LIST, false, true},
    {"outputPadding", IGNIS_VALUE_INT_LIST, false, true},
    {"groups", IGNIS_VALUE_INT, false, true},
    {"dilation", IGNIS_VALUE_INT_LIST, false, true},
};
static const OpOverload kOverloads_convTranspose1d[] = {
    {"conv_transpose1d", "convTranspose1d(Tensor input, Tensor weight, Tensor? bias, int[] stride, int[] padding, int[] outputPadding, int groups, int[] dilation)", 1, false, 8, kArgs_conv_transpose1d},
};
static const OpArg kArgs_conv_transpose2d[] = {
    {"input", IGNIS_VALUE_TENSOR, false, false},
    {"weight", IGNIS_VALUE_TENSOR, false, false},
    {"bias", IGNIS_VALUE_TENSOR, true, true},
    {"stride", IGNIS_VALUE_INT_LIST, false, true},
    {"padding", IGNIS_VALUE_INT_LIST, false, true},
    {"outputPadding", IGNIS_VALUE_INT_LIST, false, true},
    {"groups", IGNIS_VALUE_INT, false, true},
    {"dilation", IGNIS_VALUE_INT_LIST, false, true},
};
static const OpOverload kOverloads_convTranspose2d[] = {
    {"conv_transpose2d", "convTranspose2d(Tensor input, Tensor weight, Tensor? bias, int[] stride, int[] padding, int[] outputPadding, int groups, int[] dilation)", 1, false, 8, kArgs_conv_transpose2d},
};
static const OpArg kArgs_max_pool1d[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"kernelSize", IGNIS_VALUE_INT_LIST, false, false},
    {"stride", IGNIS_VALUE_INT_LIST, false, true},
    {"padding", IGNIS_VALUE_INT_LIST, false, true},
    {"dilation", IGNIS_VALUE_INT_LIST, false, true},
    {"ceilMode", IGNIS_VALUE_BOOL, false, true},
};
static const OpOverload kOverloads_maxPool1d[] = {
    {"max_pool1d", "maxPool1d(Tensor self, int[] kernelSize, int[] stride, int[] padding, int[] dilation, bool ceilMode)", 1, false, 6, kArgs_max_pool1d},
};
static const OpArg kArgs_max_pool2d[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"kernelSize", IGNIS_VALUE_INT_LIST, false, false},
    {"stride", IGNIS_VALUE_INT_LIST, false, true},
    {"padding", IGNIS_VALUE_INT_LIST, false, true},
    {"dilation", IGNIS_VALUE_INT_LIST, false, true},
    {"ceilMode", IGNIS_VALUE_BOOL, false, true},
};
static const OpOverload kOverloads_maxPool2d[] = {
    {"max_pool2d", "maxPool2d(Tensor self, int[] kernelSize, int[] stride, int[] padding, int[] dilation, bool ceilMode)", 1, false, 6, kArgs_max_pool2d},
};
static const OpArg kArgs_max_pool2d_with_indices[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"kernelSize", IGNIS_VALUE_INT_LIST, false, false},
    {"stride", IGNIS_VALUE_INT_LIST, false, true},
    {"padding", IGNIS_VALUE_INT_LIST, false, true},
    {"dilation", IGNIS_VALUE_INT_LIST, false, true},
    {"ceilMode", IGNIS_VALUE_BOOL, false, true},
};
static const OpOverload kOverloads_maxPool2dWithIndices[] = {
    {"max_pool2d_with_indices", "maxPool2dWithIndices(Tensor self, int[] kernelSize, int[] stride, int[] padding, int[] dilation, bool ceilMode)", 2, false, 6, kArgs_max_pool2d_with_indices},
};
static const OpArg kArgs_avg_pool1d[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"kernelSize", IGNIS_VALUE_INT_LIST, false, false},
    {"stride", IGNIS_VALUE_INT_LIST, false, true},
    {"padding", IGNIS_VALUE_INT_LIST, false, true},
    {"ceilMode", IGNIS_VALUE_BOOL, false, true},
    {"countIncludePad", IGNIS_VALUE_BOOL, false, true},
};
static const OpOverload kOverloads_avgPool1d[] = {
    {"avg_pool1d", "avgPool1d(Tensor self, int[] kernelSize, int[] stride, int[] padding, bool ceilMode, bool countIncludePad)", 1, false, 6, kArgs_avg_pool1d},
};
static const OpArg kArgs_avg_pool2d[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"kernelSize", IGNIS_VALUE_INT_LIST, false, false},
    {"stride", IGNIS_VALUE_INT_LIST, false, true},
    {"padding", IGNIS_VALUE_INT_LIST, false, true},
    {"ceilMode", IGNIS_VALUE_BOOL, false, true},
    {"countIncludePad", IGNIS_VALUE_BOOL, false, true},
    {"divisorOverride", IGNIS_VALUE_INT, true, true},
};
static const OpOverload kOverloads_avgPool2d[] = {
    {"avg_pool2d", "avgPool2d(Tensor self, int[] kernelSize, int[] stride, int[] padding, bool ceilMode, bool countIncludePad, int? divisorOverride)", 1, false, 7, kArgs_avg_pool2d},
};
static const OpArg kArgs_adaptive_avg_pool1d[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"outputSize", IGNIS_VALUE_INT_LIST, false, false},
};
static const OpOverload kOverloads_adaptiveAvgPool1d[] = {
    {"adaptive_avg_pool1d", "adaptiveAvgPool1d(Tensor self, int[] outputSize)", 1, false, 2, kArgs_adaptive_avg_pool1d},
};
static const OpArg kArgs_adaptive_avg_pool2d[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"outputSize", IGNIS_VALUE_INT_LIST, false, false},
};
static const OpOverload kOverloads_adaptiveAvgPool2d[] = {
    {"adaptive_avg_pool2d", "adaptiveAvgPool2d(Tensor self, int[] outputSize)", 1, false, 2, kArgs_adaptive_avg_pool2d},
};
static const OpArg kArgs_adaptive_max_pool2d[] = {
    {"self", IGNIS_VALUE_TENSOR, false, false},
    {"outputSize", IGNIS_VALUE_INT_LIST, false, false},
};
static const OpOverload kOverloads_adaptiveMaxPool2d[] = {
    {"adaptive_max_pool2d", "adaptiveMaxPool2d(Tensor self, int[] outputSize)", 2, false, 2, kArgs_adaptive_max_pool2d},
};
static const OpArg kArgs_interpolate[] = {
    {"input", IGNIS_VALUE_TENSOR, false, false},
    {"size", IGNIS_VALUE_INT_LIST, true, true},
    {"scaleFactor", IGNIS_VALUE_FLOAT, true, true},
    {"mode", IGNIS_VALUE_STRING, false, true},
    {"alignCorners", IGNIS_VALUE_BOOL, true, true},
};
static const OpOverload kOverloads_interpolate[] = {
    {"interpolate", "interpolate(Tensor input, int[]? size, float? scaleFactor, str mode, bool? alignCorners)", 1, false, 5, kArgs_interpolate},
};
static const OpArg kArgs_cross_entropy[] = {
    {"input", IGNIS_VALUE_TENSOR, false, false},
    {"target", IGNIS_VALUE_TENSOR, false, false},
    {"weight", IGNIS_VALUE_TENSOR, true, true},
    {"ignoreIndex", IGNIS_VALUE_INT, false, true},
    {"reduction", IGNIS_VALUE_STRING, false, true},
    {"labelSmoothing", IGNIS_VALUE_FLOAT, false, true},
};
static const OpOverload kOverloads_crossEntropy[] = {
    {"cross_entropy", "crossEntropy(Tensor input, Tensor target, Tensor? weight, int ignoreIndex, str reduction, float labelSmoothing)", 1, false, 6, kArgs_cross_entropy},
};
static const OpArg kArgs_nll_loss[] = {
    {"input", IGNIS_VALUE_TENSOR, false, false},
    {"target", IGNIS_VALUE_TENSOR, false, false},
    {"weight", IGNIS_VALUE_TENSOR, true, true},
    {"ignoreIndex", IGNIS_VALUE_INT, false, true},
    {"reduction", IGNIS_VALUE_STRING, false, true},
};
static const OpOverload kOverloads_nllLoss[] = {
    {"nll_loss", "nllLoss(Tensor input, Tensor target, Tensor? weight, int ignoreIndex, str reduction)", 1, false, 5, kArgs_nll_loss},
};
static const OpArg kArgs_mse_loss[] = {
    {"input", IGNIS_VALUE_TENSOR, false, false},
    {"target", IGNIS_VALUE_TENSOR, false, false},
    {"reduction", IGNIS_VALUE_STRING, false, true},
};
static const OpOverload kOverloads_mseLoss[] = {
    {"mse_loss", "mseLoss(Tensor input, Tensor target, str reduction)", 1, false, 3, kArgs_mse_loss},
};
static const OpArg kArgs_l1_loss[] = {
    {"input", IGNIS_VALUE_TENSOR, false, false},
    {"target", IGNIS_VALUE_TENSOR, false, false},
    {"reduction", IGNIS_VALUE_STRING, false, true},
};
static const OpOverload kOverloads_l1Loss[] = {
    {"l1_loss", "l1Loss(Tensor input, Tensor target, str reduction)", 1, false, 3, kArgs_l1_loss},
};
static const OpArg kArgs_smooth_l1_loss[] = {
    {"input", IGNIS_VALUE_TENSOR, false, false},
    {"target", IGNIS_VALUE_TENSOR, false, false},
    {"reduction", IGNIS_VALUE_STRING, false, true},
    {"beta", IGNIS_VALUE_FLOAT, false, true},
};
static const OpOverload kOverloads_smoothL1Loss[] = {
    {"smooth_l1_loss", "smoothL1Loss(Tensor input, Tensor target, str reduction, float beta)", 1, false, 4, kArgs_smooth_l1_loss},
};
static const OpArg kArgs_huber_loss[] = {
    {"input", IGNIS_VALUE_TENSOR, false, false},
    {"target", IGNIS_VALUE_TENSOR, false, false},
    {"reduction", IGNIS_VALUE_STRING, false, true},
    {"delta", IGNIS_VALUE_FLOAT, false, true},
};
static const OpOverload kOverloads_huberLoss[] = {
    {"huber_loss", "huberLoss(Tensor input, Tensor target, str reduction, float delta)", 1, false, 4, kArgs_huber_loss},
};
static const OpArg kArgs_binary_cross_entropy[] = {
    {"input", IGNIS_VALUE_TENSOR, false, false},
    {"target", IGNIS_VALUE_TENSOR, false, false},
    {"weight", IGNIS_VALUE_TENSOR, true, true},
    {"reduction", IGNIS_VALUE_STRING, false, true},
};
static const OpOverload kOverloads_binaryCrossEntropy[] = {
    {"binary_cross_entropy", "binaryCrossEntropy(Tensor input, Tensor target, Tensor? weight, str reduction)", 1, false, 4, kArgs_binary_cross_entropy},
};
static const OpArg kArgs_binary_cross_entropy_with_logits[] = {
    {"input", IGNIS_VALUE_TENSOR, false, false},
    {"target", IGNIS_VALUE_TENSOR, false, false},
    {"weight", IGNIS_VALUE_TENSOR, true, true},
    {"posWeight", IGNIS_VALUE_TENSOR, true, true},
    {"reduction", IGNIS_VALUE_STRING, false, true},
};
static const OpOverload kOverloads_binaryCrossEntropyWithLogits[] = {
    {"binary_cross_entropy_with_logits", "binaryCrossEntropyWithLogits(Tensor input, Tensor target, Tensor? weight, Tensor? posWeight, str reduction)", 1, false, 5, kArgs_binary_cross_entropy_with_logits},
};
static const OpArg kArgs_kl_div[] = {
    {"input", IGNIS_VALUE_TENSOR, false, false},
    {"target", IGNIS_VALUE_TENSOR, false, false},
    {"reduction", IGNIS_VALUE_STRING, false, true},
    {"logTarget", IGNIS_VALUE_BOOL, false, true},
};
static const OpOverload kOverloads_klDiv[] = {
    {"kl_div", "klDiv(Tensor input, Tensor target, str reduction, bool logTarget)", 1, false, 4, kArgs_kl_div},
};

const OpGroup kOpGroups[] = {
    {"neg", true, true, 1, kOverloads_neg},
    {"neg_", true, false, 1, kOverloads_neg_},
    {"abs", true, true, 1, kOverloads_abs},
    {"abs_", true, false, 1, kOverloads_abs_},
    {"sign", true, true, 1, kOverloads_sign},
    {"sign_", true, false, 1, kOverloads_sign_},
    {"exp", true, true, 1, kOverloads_exp},
    {"exp_", true, false, 1, kOverloads_exp_},
    {"exp2", true, true, 1, kOverloads_exp2},
    {"exp2_", true, false, 1, kOverloads_exp2_},
    {"expm1", true, true, 1, kOverloads_expm1},
    {"expm1_", true, false, 1, kOverloads_expm1_},
    {"log", true, true, 1, kOverloads_log},
    {"log_", true, false, 1, kOverloads_log_},
    {"log2", true, true, 1, kOverloads_log2},
    {"log2_", true, false, 1, kOverloads_log2_},
    {"log10", true, true, 1, kOverloads_log10},
    {"log10_", true, false, 1, kOverloads_log10_},
    {"log1p", true, true, 1, kOverloads_log1p},
    {"log1p_", true, false, 1, kOverloads_log1p_},
    {"sqrt", true, true, 1, kOverloads_sqrt},
    {"sqrt_", true, false, 1, kOverloads_sqrt_},
    {"rsqrt", true, true, 1, kOverloads_rsqrt},
    {"rsqrt_", true, false, 1, kOverloads_rsqrt_},
    {"reciprocal", true, true, 1, kOverloads_reciprocal},
    {"reciprocal_", true, false, 1, kOverloads_reciprocal_},
    {"sin", true, true, 1, kOverloads_sin},
    {"sin_", true, false, 1, kOverloads_sin_},
    {"cos", true, true, 1, kOverloads_cos},
    {"cos_", true, false, 1, kOverloads_cos_},
    {"tan", true, true, 1, kOverloads_tan},
    {"tan_", true, false, 1, kOverloads_tan_},
    {"asin", true, true, 1, kOverloads_asin},
    {"asin_", true, false, 1, kOverloads_asin_},
    {"acos", true, true, 1, kOverloads_acos},
    {"acos_", true, false, 1, kOverloads_acos_},
    {"atan", true, true, 1, kOverloads_atan},
    {"atan_", true, false, 1, kOverloads_atan_},
    {"sinh", true, true, 1, kOverloads_sinh},
    {"sinh_", true, false, 1, kOverloads_sinh_},
    {"cosh", true, true, 1, kOverloads_cosh},
    {"cosh_", true, false, 1, kOverloads_cosh_},
    {"tanh", true, true, 1, kOverloads_tanh},
    {"tanh_", true, false, 1, kOverloads_tanh_},
    {"sigmoid", true, true, 1, kOverloads_sigmoid},
    {"sigmoid_", true, false, 1, kOverloads_sigmoid_},
    {"logsigmoid", false, true, 1, kOverloads_logsigmoid},
    {"relu", true, true, 1, kOverloads_relu},
    {"relu_", true, false, 1, kOverloads_relu_},
    {"relu6", false, true, 1, kOverloads_relu6},
    {"relu6_", true, false, 1, kOverloads_relu6_},
    {"leakyRelu", false, true, 1, kOverloads_leakyRelu},
    {"leakyRelu_", true, false, 1, kOverloads_leakyRelu_},
    {"elu", false, true, 1, kOverloads_elu},
    {"elu_", true, false, 1, kOverloads_elu_},
    {"selu", false, true, 1, kOverloads_selu},
    {"selu_", true, false, 1, kOverloads_selu_},
    {"gelu", false, true, 1, kOverloads_gelu},
    {"gelu_", true, false, 1, kOverloads_gelu_},
    {"silu", false, true, 1, kOverloads_silu},
    {"silu_", true, false, 1, kOverloads_silu_},
    {"mish", false, true, 1, kOverloads_mish},
    {"mish_", true, false, 1, kOverloads_mish_},
    {"softplus", false, true, 1, kOverloads_softplus},
    {"hardswish", false, true, 1, kOverloads_hardswish},
    {"hardswish_", true, false, 1, kOverloads_hardswish_},
    {"hardsigmoid", false, true, 1, kOverloads_hardsigmoid},
    {"hardsigmoid_", true, false, 1, kOverloads_hardsigmoid_},
    {"erf", true, true, 1, kOverloads_erf},
    {"erf_", true, false, 1, kOverloads_erf_},
    {"erfinv", true, true, 1, kOverloads_erfinv},
    {"erfinv_", true, false, 1, kOverloads_erfinv_},
    {"floor", true, true, 1, kOverloads_floor},
    {"floor_", true, false, 1, kOverloads_floor_},
    {"ceil", true, true, 1, kOverloads_ceil},
    {"ceil_", true, false, 1, kOverloads_ceil_},
    {"round", true, true, 2, kOverloads_round},
    {"round_", true, false, 2, kOverloads_round_},
    {"trunc", true, true, 1, kOverloads_trunc},
    {"trunc_", true, false, 1, kOverloads_trunc_},
    {"frac", true, true, 1, kOverloads_frac},
    {"frac_", true, false, 1, kOverloads_frac_},
    {"isnan", true, true, 1, kOverloads_isnan},
    {"isinf", true, true, 1, kOverloads_isinf},
    {"isfinite", true, true, 1, kOverloads_isfinite},
    {"nanToNum", true, true, 1, kOverloads_nanToNum},
    {"nanToNum_", true, false, 1, kOverloads_nanToNum_},
    {"logicalNot", true, true, 1, kOverloads_logicalNot},
    {"logicalNot_", true, false, 1, kOverloads_logicalNot_},
    {"bitwiseNot", true, true, 1, kOverloads_bitwiseNot},
    {"bitwiseNot_", true, false, 1, kOverloads_bitwiseNot_},
    {"add", true, true, 2, kOverloads_add},
    {"add_", true, false, 2, kOverloads_add_},
    {"sub", true, true, 2, kOverloads_sub},
    {"sub_", true, false, 2, kOverloads_sub_},
    {"mul", true, true, 2, kOverloads_mul},
    {"mul_", true, false, 2, kOverloads_mul_},
    {"div", true, true, 4, kOverloads_div},
    {"div_", true, false, 4, kOverloads_div_},
    {"floorDivide", true, true, 2, kOverloads_floorDivide},
    {"floorDivide_", true, false, 2, kOverloads_floorDivide_},
    {"remainder", true, true, 3, kOverloads_remainder},
    {"remainder_", true, false, 2, kOverloads_remainder_},
    {"fmod", true, true, 2, kOverloads_fmod},
    {"fmod_", true, false, 2, kOverloads_fmod_},
    {"pow", true, true, 3, kOverloads_pow},
    {"pow_", true, false, 2, kOverloads_pow_},
    {"atan2", true, true, 1, kOverloads_atan2},
    {"atan2_", true, false, 1, kOverloads_atan2_},
    {"maximum", true, true, 1, kOverloads_maximum},
    {"minimum", true, true, 1, kOverloads_minimum},
    {"eq", true, true, 2, kOverloads_eq},
    {"eq_", true, false, 2, kOverloads_eq_},
    {"ne", true, true, 2, kOverloads_ne},
    {"ne_", true, false, 2, kOverloads_ne_},
    {"lt", true, true, 2, kOverloads_lt},
    {"lt_", true, false, 2, kOverloads_lt_},
    {"le", true, true, 2, kOverloads_le},
    {"le_", true, false, 2, kOverloads_le_},
    {"gt", true, true, 2, kOverloads_gt},
    {"gt_", true, false, 2, kOverloads_gt_},
    {"ge", true, true, 2, kOverloads_ge},
    {"ge_", true, false, 2, kOverloads_ge_},
    {"logicalAnd", true, true, 1, kOverloads_logicalAnd},
    {"logicalAnd_", true, false, 1, kOverloads_logicalAnd_},
    {"logicalOr", true, true, 1, kOverloads_logicalOr},
    {"logicalOr_", true, false, 1, kOverloads_logicalOr_},
    {"logicalXor", true, true, 1, kOverloads_logicalXor},
    {"logicalXor_", true, false, 1, kOverloads_logicalXor_},
    {"bitwiseAnd", true, true, 2, kOverloads_bitwiseAnd},
    {"bitwiseAnd_", true, false, 2, kOverloads_bitwiseAnd_},
    {"bitwiseOr", true, true, 2, kOverloads_bitwiseOr},
    {"bitwiseOr_", true, false, 2, kOverloads_bitwiseOr_},
    {"bitwiseXor", true, true, 2, kOverloads_bitwiseXor},
    {"bitwiseXor_", true, false, 2, kOverloads_bitwiseXor_},
    {"where", false, true, 4, kOverloads_where},
    {"clamp", true, true, 2, kOverloads_clamp},
    {"clamp_", true, false, 2, kOverloads_clamp_},
    {"lerp", true, true, 2, kOverloads_lerp},
    {"lerp_", true, false, 2, kOverloads_lerp_},
    {"addcmul", true, true, 1, kOverloads_addcmul},
    {"addcmul_", true, false, 1, kOverloads_addcmul_},
    {"addcdiv", true, true, 1, kOverloads_addcdiv},
    {"addcdiv_", true, false, 1, kOverloads_addcdiv_},
    {"sum", true, true, 1, kOverloads_sum},
    {"mean", true, true, 1, kOverloads_mean},
    {"prod", true, true, 1, kOverloads_prod},
    {"var", true, true, 1, kOverloads_var},
    {"std", true, true, 1, kOverloads_std},
    {"max", true, true, 2, kOverloads_max},
    {"min", true, true, 2, kOverloads_min},
    {"amax", true, true, 1, kOverloads_amax},
    {"amin", true, true, 1, kOverloads_amin},
    {"argmax", true, true, 1, kOverloads_argmax},
    {"argmin", true, true, 1, kOverloads_argmin},
    {"logsumexp", true, true, 1, kOverloads_logsumexp},
    {"all", true, true, 1, kOverloads_all},
    {"any", true, true, 1, kOverloads_any},
    {"norm", true, true, 2, kOverloads_norm},
    {"countNonzero", true, true, 1, kOverloads_countNonzero},
    {"cumsum", true, true, 1, kOverloads_cumsum},
    {"cumsum_", true, false, 1, kOverloads_cumsum_},
    {"cumprod", true, true, 1, kOverloads_cumprod},
    {"cumprod_", true, false, 1, kOverloads_cumprod_},
    {"sort", true, true, 1, kOverloads_sort},
    {"argsort", true, true, 1, kOverloads_argsort},
    {"topk", true, true, 1, kOverloads_topk},
    {"kthvalue", true, true, 1, kOverloads_kthvalue},
    {"median", true, true, 2, kOverloads_median},
    {"unique", false, true, 1, kOverloads_unique},
    {"cat", false, true, 1, kOverloads_cat},
    {"stack", false, true, 1, kOverloads_stack},
    {"split", true, true, 2, kOverloads_split},
    {"splitWithSizes", true, true, 1, kOverloads_splitWithSizes},
    {"chunk", true, true, 1, kOverloads_chunk},
    {"unbind", true, true, 1, kOverloads_unbind},
    {"flip", true, true, 1, kOverloads_flip},
    {"roll", true, true, 1, kOverloads_roll},
    {"repeat", true, true, 1, kOverloads_repeat},
    {"tile", true, true, 1, kOverloads_tile},
    {"repeatInterleave", true, true, 3, kOverloads_repeatInterleave},
    {"tril", true, true, 1, kOverloads_tril},
    {"tril_", true, false, 1, kOverloads_tril_},
    {"triu", true, true, 1, kOverloads_triu},
    {"triu_", true, false, 1, kOverloads_triu_},
    {"pad", false, true, 1, kOverloads_pad},
    {"indexSelect", true, true, 1, kOverloads_indexSelect},
    {"gather", true, true, 1, kOverloads_gather},
    {"scatter", true, true, 2, kOverloads_scatter},
    {"scatter_", true, false, 2, kOverloads_scatter_},
    {"scatterAdd", true, true, 1, kOverloads_scatterAdd},
    {"scatterAdd_", true, false, 1, kOverloads_scatterAdd_},
    {"indexAdd", true, true, 1, kOverloads_indexAdd},
    {"indexAdd_", true, false, 1, kOverloads_indexAdd_},
    {"indexPut", true, true, 1, kOverloads_indexPut},
    {"indexPut_", true, false, 1, kOverloads_indexPut_},
    {"maskedFill", true, true, 2, kOverloads_maskedFill},
    {"maskedFill_", true, false, 2, kOverloads_maskedFill_},
    {"maskedSelect", true, true, 1, kOverloads_maskedSelect},
    {"maskedScatter", true, true, 1, kOverloads_maskedScatter},
    {"maskedScatter_", true, false, 1, kOverloads_maskedScatter_},
    {"nonzero", true, true, 1, kOverloads_nonzero},
    {"take", true, true, 1, kOverloads_take},
    {"oneHot", false, true, 1, kOverloads_oneHot},
    {"matmul", true, true, 1, kOverloads_matmul},
    {"mm", true, true, 1, kOverloads_mm},
    {"bmm", true, true, 1, kOverloads_bmm},
    {"addmm", true, true, 1, kOverloads_addmm},
    {"addmm_", true, false, 1, kOverloads_addmm_},
    {"baddbmm", true, true, 1, kOverloads_baddbmm},
    {"baddbmm_", true, false, 1, kOverloads_baddbmm_},
    {"mv", true, true, 1, kOverloads_mv},
    {"dot", true, true, 1, kOverloads_dot},
    {"outer", true, true, 1, kOverloads_outer},
    {"einsum", false, true, 1, kOverloads_einsum},
    {"tensordot", false, true, 2, kOverloads_tensordot},
    {"linalgNorm", false, true, 2, kOverloads_linalgNorm},
    {"linalgSolve", false, true, 1, kOverloads_linalgSolve},
    {"linalgInv", false, true, 1, kOverloads_linalgInv},
    {"linalgDet", false, true, 1, kOverloads_linalgDet},
    {"linalgCholesky", false, true, 1, kOverloads_linalgCholesky},
    {"linalgQr", false, true, 1, kOverloads_linalgQr},
    {"linalgSvd", false, true, 1, kOverloads_linalgSvd},
    {"softmax", true, true, 1, kOverloads_softmax},
    {"logSoftmax", true, true, 1, kOverloads_logSoftmax},
    {"dropout", false, true, 1, kOverloads_dropout},
    {"alphaDropout", false, true, 1, kOverloads_alphaDropout},
    {"linear", false, true, 1, kOverloads_linear},
    {"bilinear", false, true, 1, kOverloads_bilinear},
    {"embedding", false, true, 1, kOverloads_embedding},
    {"embeddingBag", false, true, 1, kOverloads_embeddingBag},
    {"batchNorm", false, true, 1, kOverloads_batchNorm},
    {"layerNorm", false, true, 1, kOverloads_layerNorm},
    {"groupNorm", false, true, 1, kOverloads_groupNorm},
    {"rmsNorm", false, true, 1, kOverloads_rmsNorm},
    {"instanceNorm", false, true, 1, kOverloads_instanceNorm},
    {"cosineSimilarity", false, true, 1, kOverloads_cosineSimilarity},
    {"pairwiseDistance", false, true, 1, kOverloads_pairwiseDistance},
    {"scaledDotProductAttention", false, true, 1, kOverloads_scaledDotProductAttention},
    {"conv1d", false, true, 2, kOverloads_conv1d},
    {"conv2d", false, true, 2, kOverloads_conv2d},
    {"conv3d", false, true, 2, kOverloads_conv3d},
    {"convTranspose1d", false, true, 1, kOverloads_convTranspose1d},
    {"convTranspose2d", false, true, 1, kOverloads_convTranspose2d},
    {"maxPool1d", false, true, 1, kOverloads_maxPool1d},
    {"maxPool2d", false, true, 1, kOverloads_maxPool2d},
    {"maxPool2dWithIndices", false, true, 1, kOverloads_maxPool2dWithIndices},
    {"avgPool1d", false, true, 1, kOverloads_avgPool1d},
    {"avgPool2d", false, true, 1, kOverloads_avgPool2d},
    {"adaptiveAvgPool1d", false, true, 1, kOverloads_adaptiveAvgPool1d},
    {"adaptiveAvgPool2d", false, true, 1, kOverloads_adaptiveAvgPool2d},
    {"adaptiveMaxPool2d", false, true, 1, kOverloads_adaptiveMaxPool2d},
    {"interpolate", false, true, 1, kOverloads_interpolate},
    {"crossEntropy", false, true, 1, kOverloads_crossEntropy},
    {"nllLoss", false, true, 1, kOverloads_nllLoss},
    {"mseLoss", false, true, 1, kOverloads_mseLoss},
    {"l1Loss", false, true, 1, kOverloads_l1Loss},
    {"smoothL1Loss", false, true, 1, kOverloads_smoothL1Loss},
    {"huberLoss", false, true, 1, kOverloads_huberLoss},
    {"binaryCrossEntropy", false, true, 1, kOverloads_binaryCrossEntropy},
    {"binaryCrossEntropyWithLogits", false, true, 1, kOverloads_binaryCrossEntropyWithLogits},
    {"klDiv", false, true, 1, kOverloads_klDiv},
};
const size_t kOpGroupCount = 262;

const char* const kAsyncOps[] = {
    "matmul",
    "mm",
    "bmm",
    "addmm",
    "baddbmm",
    "einsum",
    "linear",
    "conv1d",
    "conv2d",
    "conv3d",
    "convTranspose1d",
    "convTranspose2d",
    "scaledDotProductAttention",
    "linalgSolve",
    "linalgInv",
    "linalgSvd",
    "linalgQr",
    "linalgCholesky",
};
const size_t kAsyncOpCount = 18;

}  // namespace ignis_node
