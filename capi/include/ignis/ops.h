/* generated from codegen/ops.yaml by codegen/gen.py - do not edit */
/* Ignis C API: every op of the schema (codegen/ops.yaml), typed, and a dynamic entry point
 * (ignis_op_call) with schema introspection for bindings and fuzzers. Pure C11.
 *
 * Conventions: inputs are borrowed; a NULL required handle or out-pointer is
 * IGNIS_ERROR_INVALID_ARGUMENT naming the argument. Optional arguments are nullable pointers
 * (NULL = None); lists are a pointer plus a count (for an optional list, NULL = None and a
 * non-NULL pointer with count 0 is the empty list). Results are new references the caller owns;
 * on failure every out-pointer is set to NULL. Overloads carry the overload name as a suffix;
 * `_inplace` forms modify self, `_out` forms write into out. Every function may be called from
 * any thread (see tensor.h for what may share a tensor). An op whose engine implementation has
 * not been built in reports IGNIS_ERROR_UNSUPPORTED. */
#ifndef IGNIS_OPS_H
#define IGNIS_OPS_H

#include "ignis/tensor.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Tag of one dynamic argument (ignis_value). */
typedef enum ignis_value_kind {
  IGNIS_VALUE_NONE = 0, /* None: the default, or None for an optional argument */
  IGNIS_VALUE_TENSOR = 1,
  IGNIS_VALUE_TENSOR_LIST = 2,
  IGNIS_VALUE_INT = 3,
  IGNIS_VALUE_INT_LIST = 4,
  IGNIS_VALUE_FLOAT = 5,
  IGNIS_VALUE_BOOL = 6,
  IGNIS_VALUE_SCALAR = 7,
  IGNIS_VALUE_DTYPE = 8,
  IGNIS_VALUE_DEVICE = 9,
  IGNIS_VALUE_STRING = 10,
  IGNIS_VALUE_KIND_MAX_ENUM = 0x7FFFFFFF
} ignis_value_kind;

/* One argument of ignis_op_call. Ints are accepted where floats and Scalars are expected, bools
 * where ints are, and a single int where an int list is. Everything pointed to is borrowed. */
typedef struct ignis_value {
  int32_t kind; /* an ignis_value_kind */
  int32_t reserved;
  union {
    const ignis_tensor* tensor;
    struct {
      const ignis_tensor* const* data;
      size_t count;
    } tensors;
    int64_t i;
    struct {
      const int64_t* data;
      size_t count;
    } ints;
    double f;
    int32_t b;
    ignis_scalar scalar;
    ignis_dtype dtype;
    ignis_device device;
    const char* str;
  } v;
} ignis_value;

/* What ignis_op_schema reports about an op. Set struct_size = sizeof(ignis_op_info). */
typedef struct ignis_op_info {
  size_t struct_size;
  const char* name;   /* "add.Tensor"; in-place forms are "add_.Tensor"; static storage */
  const char* schema; /* "add.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor" */
  const char* doc;    /* one line */
  size_t num_args;
  int32_t num_returns; /* tensors returned; -1 for a Tensor[] of any length */
  int32_t inplace;     /* 1 for the in-place form (returns self) */
} ignis_op_info;

/* What ignis_op_arg reports about one argument. Set struct_size = sizeof(ignis_op_arg_info). */
typedef struct ignis_op_arg_info {
  size_t struct_size;
  const char* name;    /* static storage */
  const char* type;    /* schema type: "Tensor", "int[]?", "Scalar", ... */
  int32_t kind;        /* the ignis_value_kind it takes */
  int32_t optional;    /* 1 when None is a valid value */
  int32_t has_default; /* 1 when it may be omitted (IGNIS_VALUE_NONE or past n_args) */
  int32_t kwonly;      /* keyword-only in Python */
} ignis_op_arg_info;

/* Number of ops ignis_op_call knows (plain and in-place forms); any thread. */
IGNIS_API size_t ignis_op_count(void);
/* Name of op i ("add.Tensor"), static storage; NULL when i >= ignis_op_count(); any thread. */
IGNIS_API const char* ignis_op_name(size_t i);
/* Describes op name into *info (static strings); any thread. */
IGNIS_API ignis_status ignis_op_schema(const char* name, ignis_op_info* info);
/* Describes argument i of op name into *info (static strings); any thread. */
IGNIS_API ignis_status ignis_op_arg(const char* name, size_t i, ignis_op_arg_info* info);
/* Calls op name with positional args (missing trailing ones take their defaults); writes the
 * results, new references the caller owns, to outs[0..*n_outs) (outs_capacity entries; too few
 * is an invalid-argument error and nothing is returned). n_outs may be NULL; any thread. */
IGNIS_API ignis_status ignis_op_call(const char* name, const ignis_value* args, size_t n_args,
                                     ignis_tensor** outs, size_t outs_capacity, size_t* n_outs);

/* ---- unary ---- */

/* Negative of each element (-x). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_neg(const ignis_tensor* self, ignis_tensor** out);
/* Negative of each element (-x). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_neg_inplace(ignis_tensor* self);
/* Negative of each element (-x). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_neg_out(ignis_tensor* out, const ignis_tensor* self);

/* Absolute value of each element. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_abs(const ignis_tensor* self, ignis_tensor** out);
/* Absolute value of each element. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_abs_inplace(ignis_tensor* self);
/* Absolute value of each element. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_abs_out(ignis_tensor* out, const ignis_tensor* self);

/* Sign of each element: -1, 0 or 1 (0 for NaN). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_sign(const ignis_tensor* self, ignis_tensor** out);
/* Sign of each element: -1, 0 or 1 (0 for NaN). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_sign_inplace(ignis_tensor* self);
/* Sign of each element: -1, 0 or 1 (0 for NaN). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_sign_out(ignis_tensor* out, const ignis_tensor* self);

/* e raised to each element; integer inputs give the default float dtype. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_exp(const ignis_tensor* self, ignis_tensor** out);
/* e raised to each element; integer inputs give the default float dtype. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_exp_inplace(ignis_tensor* self);
/* e raised to each element; integer inputs give the default float dtype. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_exp_out(ignis_tensor* out, const ignis_tensor* self);

/* 2 raised to each element. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_exp2(const ignis_tensor* self, ignis_tensor** out);
/* 2 raised to each element. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_exp2_inplace(ignis_tensor* self);
/* 2 raised to each element. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_exp2_out(ignis_tensor* out, const ignis_tensor* self);

/* exp(x) - 1, accurate near zero. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_expm1(const ignis_tensor* self, ignis_tensor** out);
/* exp(x) - 1, accurate near zero. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_expm1_inplace(ignis_tensor* self);
/* exp(x) - 1, accurate near zero. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_expm1_out(ignis_tensor* out, const ignis_tensor* self);

/* Natural logarithm of each element. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_log(const ignis_tensor* self, ignis_tensor** out);
/* Natural logarithm of each element. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_log_inplace(ignis_tensor* self);
/* Natural logarithm of each element. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_log_out(ignis_tensor* out, const ignis_tensor* self);

/* Base-2 logarithm of each element. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_log2(const ignis_tensor* self, ignis_tensor** out);
/* Base-2 logarithm of each element. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_log2_inplace(ignis_tensor* self);
/* Base-2 logarithm of each element. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_log2_out(ignis_tensor* out, const ignis_tensor* self);

/* Base-10 logarithm of each element. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_log10(const ignis_tensor* self, ignis_tensor** out);
/* Base-10 logarithm of each element. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_log10_inplace(ignis_tensor* self);
/* Base-10 logarithm of each element. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_log10_out(ignis_tensor* out, const ignis_tensor* self);

/* log(1 + x), accurate near zero. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_log1p(const ignis_tensor* self, ignis_tensor** out);
/* log(1 + x), accurate near zero. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_log1p_inplace(ignis_tensor* self);
/* log(1 + x), accurate near zero. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_log1p_out(ignis_tensor* out, const ignis_tensor* self);

/* Square root of each element. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_sqrt(const ignis_tensor* self, ignis_tensor** out);
/* Square root of each element. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_sqrt_inplace(ignis_tensor* self);
/* Square root of each element. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_sqrt_out(ignis_tensor* out, const ignis_tensor* self);

/* Reciprocal square root 1 / sqrt(x). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_rsqrt(const ignis_tensor* self, ignis_tensor** out);
/* Reciprocal square root 1 / sqrt(x). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_rsqrt_inplace(ignis_tensor* self);
/* Reciprocal square root 1 / sqrt(x). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_rsqrt_out(ignis_tensor* out, const ignis_tensor* self);

/* Reciprocal 1 / x. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_reciprocal(const ignis_tensor* self, ignis_tensor** out);
/* Reciprocal 1 / x. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_reciprocal_inplace(ignis_tensor* self);
/* Reciprocal 1 / x. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_reciprocal_out(ignis_tensor* out, const ignis_tensor* self);

/* Sine of each element (radians). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_sin(const ignis_tensor* self, ignis_tensor** out);
/* Sine of each element (radians). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_sin_inplace(ignis_tensor* self);
/* Sine of each element (radians). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_sin_out(ignis_tensor* out, const ignis_tensor* self);

/* Cosine of each element (radians). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_cos(const ignis_tensor* self, ignis_tensor** out);
/* Cosine of each element (radians). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_cos_inplace(ignis_tensor* self);
/* Cosine of each element (radians). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_cos_out(ignis_tensor* out, const ignis_tensor* self);

/* Tangent of each element (radians). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_tan(const ignis_tensor* self, ignis_tensor** out);
/* Tangent of each element (radians). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_tan_inplace(ignis_tensor* self);
/* Tangent of each element (radians). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_tan_out(ignis_tensor* out, const ignis_tensor* self);

/* Arcsine of each element. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_asin(const ignis_tensor* self, ignis_tensor** out);
/* Arcsine of each element. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_asin_inplace(ignis_tensor* self);
/* Arcsine of each element. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_asin_out(ignis_tensor* out, const ignis_tensor* self);

/* Arccosine of each element. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_acos(const ignis_tensor* self, ignis_tensor** out);
/* Arccosine of each element. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_acos_inplace(ignis_tensor* self);
/* Arccosine of each element. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_acos_out(ignis_tensor* out, const ignis_tensor* self);

/* Arctangent of each element. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_atan(const ignis_tensor* self, ignis_tensor** out);
/* Arctangent of each element. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_atan_inplace(ignis_tensor* self);
/* Arctangent of each element. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_atan_out(ignis_tensor* out, const ignis_tensor* self);

/* Hyperbolic sine of each element. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_sinh(const ignis_tensor* self, ignis_tensor** out);
/* Hyperbolic sine of each element. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_sinh_inplace(ignis_tensor* self);
/* Hyperbolic sine of each element. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_sinh_out(ignis_tensor* out, const ignis_tensor* self);

/* Hyperbolic cosine of each element. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_cosh(const ignis_tensor* self, ignis_tensor** out);
/* Hyperbolic cosine of each element. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_cosh_inplace(ignis_tensor* self);
/* Hyperbolic cosine of each element. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_cosh_out(ignis_tensor* out, const ignis_tensor* self);

/* Hyperbolic tangent of each element. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_tanh(const ignis_tensor* self, ignis_tensor** out);
/* Hyperbolic tangent of each element. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_tanh_inplace(ignis_tensor* self);
/* Hyperbolic tangent of each element. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_tanh_out(ignis_tensor* out, const ignis_tensor* self);

/* Logistic sigmoid 1 / (1 + exp(-x)). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_sigmoid(const ignis_tensor* self, ignis_tensor** out);
/* Logistic sigmoid 1 / (1 + exp(-x)). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_sigmoid_inplace(ignis_tensor* self);
/* Logistic sigmoid 1 / (1 + exp(-x)). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_sigmoid_out(ignis_tensor* out, const ignis_tensor* self);

/* log(sigmoid(x)), computed without overflow. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_logsigmoid(const ignis_tensor* self, ignis_tensor** out);
/* log(sigmoid(x)), computed without overflow. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_logsigmoid_out(ignis_tensor* out, const ignis_tensor* self);

/* Rectified linear unit max(x, 0). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_relu(const ignis_tensor* self, ignis_tensor** out);
/* Rectified linear unit max(x, 0). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_relu_inplace(ignis_tensor* self);

/* min(max(x, 0), 6). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_relu6(const ignis_tensor* self, ignis_tensor** out);
/* min(max(x, 0), 6). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_relu6_inplace(ignis_tensor* self);

/* x where x > 0, else negative_slope * x. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_leaky_relu(const ignis_tensor* self, ignis_scalar negative_slope,
                                        ignis_tensor** out);
/* x where x > 0, else negative_slope * x. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_leaky_relu_inplace(ignis_tensor* self, ignis_scalar negative_slope);
/* x where x > 0, else negative_slope * x. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_leaky_relu_out(ignis_tensor* out, const ignis_tensor* self,
                                            ignis_scalar negative_slope);

/* scale * x where x > 0, else scale * alpha * (exp(input_scale * x) - 1). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_elu(const ignis_tensor* self, ignis_scalar alpha, ignis_scalar scale,
                                 ignis_scalar input_scale, ignis_tensor** out);
/* scale * x where x > 0, else scale * alpha * (exp(input_scale * x) - 1). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_elu_inplace(ignis_tensor* self, ignis_scalar alpha,
                                         ignis_scalar scale, ignis_scalar input_scale);
/* scale * x where x > 0, else scale * alpha * (exp(input_scale * x) - 1). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_elu_out(ignis_tensor* out, const ignis_tensor* self,
                                     ignis_scalar alpha, ignis_scalar scale,
                                     ignis_scalar input_scale);

/* Scaled ELU with the self-normalizing constants alpha = 1.6733, scale = 1.0507. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_selu(const ignis_tensor* self, ignis_tensor** out);
/* Scaled ELU with the self-normalizing constants alpha = 1.6733, scale = 1.0507. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_selu_inplace(ignis_tensor* self);

/* Gaussian error linear unit x * Phi(x); approximate "tanh" uses the tanh formula. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_gelu(const ignis_tensor* self, const char* approximate,
                                  ignis_tensor** out);
/* Gaussian error linear unit x * Phi(x); approximate "tanh" uses the tanh formula. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_gelu_inplace(ignis_tensor* self, const char* approximate);
/* Gaussian error linear unit x * Phi(x); approximate "tanh" uses the tanh formula. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_gelu_out(ignis_tensor* out, const ignis_tensor* self,
                                      const char* approximate);

/* x * sigmoid(x) (swish). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_silu(const ignis_tensor* self, ignis_tensor** out);
/* x * sigmoid(x) (swish). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_silu_inplace(ignis_tensor* self);
/* x * sigmoid(x) (swish). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_silu_out(ignis_tensor* out, const ignis_tensor* self);

/* x * tanh(softplus(x)). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_mish(const ignis_tensor* self, ignis_tensor** out);
/* x * tanh(softplus(x)). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_mish_inplace(ignis_tensor* self);
/* x * tanh(softplus(x)). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_mish_out(ignis_tensor* out, const ignis_tensor* self);

/* log(1 + exp(beta * x)) / beta, or x where beta * x > threshold. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_softplus(const ignis_tensor* self, ignis_scalar beta,
                                      ignis_scalar threshold, ignis_tensor** out);
/* log(1 + exp(beta * x)) / beta, or x where beta * x > threshold. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_softplus_out(ignis_tensor* out, const ignis_tensor* self,
                                          ignis_scalar beta, ignis_scalar threshold);

/* x * relu6(x + 3) / 6. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_hardswish(const ignis_tensor* self, ignis_tensor** out);
/* x * relu6(x + 3) / 6. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_hardswish_inplace(ignis_tensor* self);
/* x * relu6(x + 3) / 6. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_hardswish_out(ignis_tensor* out, const ignis_tensor* self);

/* relu6(x + 3) / 6. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_hardsigmoid(const ignis_tensor* self, ignis_tensor** out);
/* relu6(x + 3) / 6. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_hardsigmoid_inplace(ignis_tensor* self);
/* relu6(x + 3) / 6. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_hardsigmoid_out(ignis_tensor* out, const ignis_tensor* self);

/* Gauss error function of each element. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_erf(const ignis_tensor* self, ignis_tensor** out);
/* Gauss error function of each element. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_erf_inplace(ignis_tensor* self);
/* Gauss error function of each element. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_erf_out(ignis_tensor* out, const ignis_tensor* self);

/* Inverse of the error function on (-1, 1). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_erfinv(const ignis_tensor* self, ignis_tensor** out);
/* Inverse of the error function on (-1, 1). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_erfinv_inplace(ignis_tensor* self);
/* Inverse of the error function on (-1, 1). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_erfinv_out(ignis_tensor* out, const ignis_tensor* self);

/* Largest integer not above each element (integers unchanged). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_floor(const ignis_tensor* self, ignis_tensor** out);
/* Largest integer not above each element (integers unchanged). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_floor_inplace(ignis_tensor* self);
/* Largest integer not above each element (integers unchanged). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_floor_out(ignis_tensor* out, const ignis_tensor* self);

/* Smallest integer not below each element (integers unchanged). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_ceil(const ignis_tensor* self, ignis_tensor** out);
/* Smallest integer not below each element (integers unchanged). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_ceil_inplace(ignis_tensor* self);
/* Smallest integer not below each element (integers unchanged). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_ceil_out(ignis_tensor* out, const ignis_tensor* self);

/* Nearest integer to each element, ties to even (integers unchanged). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_round(const ignis_tensor* self, ignis_tensor** out);
/* Nearest integer to each element, ties to even (integers unchanged). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_round_inplace(ignis_tensor* self);
/* Nearest integer to each element, ties to even (integers unchanged). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_round_out(ignis_tensor* out, const ignis_tensor* self);

/* Rounds to the given number of decimals (negative: to tens, hundreds...), ties to even. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_round_decimals(const ignis_tensor* self, int64_t decimals,
                                            ignis_tensor** out);
/* Rounds to the given number of decimals (negative: to tens, hundreds...), ties to even. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_round_decimals_inplace(ignis_tensor* self, int64_t decimals);
/* Rounds to the given number of decimals (negative: to tens, hundreds...), ties to even. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_round_decimals_out(ignis_tensor* out, const ignis_tensor* self,
                                                int64_t decimals);

/* Each element rounded toward zero (integers unchanged). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_trunc(const ignis_tensor* self, ignis_tensor** out);
/* Each element rounded toward zero (integers unchanged). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_trunc_inplace(ignis_tensor* self);
/* Each element rounded toward zero (integers unchanged). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_trunc_out(ignis_tensor* out, const ignis_tensor* self);

/* Fractional part x - trunc(x). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_frac(const ignis_tensor* self, ignis_tensor** out);
/* Fractional part x - trunc(x). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_frac_inplace(ignis_tensor* self);
/* Fractional part x - trunc(x). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_frac_out(ignis_tensor* out, const ignis_tensor* self);

/* True where the element is NaN. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_isnan(const ignis_tensor* self, ignis_tensor** out);

/* True where the element is +inf or -inf. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_isinf(const ignis_tensor* self, ignis_tensor** out);

/* True where the element is neither NaN nor infinite. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_isfinite(const ignis_tensor* self, ignis_tensor** out);

/* Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_nan_to_num(const ignis_tensor* self, const double* nan,
                                        const double* posinf, const double* neginf,
                                        ignis_tensor** out);
/* Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_nan_to_num_inplace(ignis_tensor* self, const double* nan,
                                                const double* posinf, const double* neginf);
/* Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_nan_to_num_out(ignis_tensor* out, const ignis_tensor* self,
                                            const double* nan, const double* posinf,
                                            const double* neginf);

/* True where the element is zero (bool result). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_logical_not(const ignis_tensor* self, ignis_tensor** out);
/* True where the element is zero (bool result). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_logical_not_inplace(ignis_tensor* self);
/* True where the element is zero (bool result). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_logical_not_out(ignis_tensor* out, const ignis_tensor* self);

/* Bitwise NOT of integer elements (logical NOT for bool). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_bitwise_not(const ignis_tensor* self, ignis_tensor** out);
/* Bitwise NOT of integer elements (logical NOT for bool). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_bitwise_not_inplace(ignis_tensor* self);
/* Bitwise NOT of integer elements (logical NOT for bool). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_bitwise_not_out(ignis_tensor* out, const ignis_tensor* self);

/* ---- binary ---- */

/* self + alpha * other, broadcasting, with PyTorch type promotion. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_add_tensor(const ignis_tensor* self, const ignis_tensor* other,
                                        ignis_scalar alpha, ignis_tensor** out);
/* self + alpha * other, broadcasting, with PyTorch type promotion. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_add_tensor_inplace(ignis_tensor* self, const ignis_tensor* other,
                                                ignis_scalar alpha);
/* self + alpha * other, broadcasting, with PyTorch type promotion. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_add_tensor_out(ignis_tensor* out, const ignis_tensor* self,
                                            const ignis_tensor* other, ignis_scalar alpha);

/* self + alpha * other for a Scalar other. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_add_scalar(const ignis_tensor* self, ignis_scalar other,
                                        ignis_scalar alpha, ignis_tensor** out);
/* self + alpha * other for a Scalar other. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_add_scalar_inplace(ignis_tensor* self, ignis_scalar other,
                                                ignis_scalar alpha);
/* self + alpha * other for a Scalar other. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_add_scalar_out(ignis_tensor* out, const ignis_tensor* self,
                                            ignis_scalar other, ignis_scalar alpha);

/* self - alpha * other, broadcasting (not for bool tensors). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_sub_tensor(const ignis_tensor* self, const ignis_tensor* other,
                                        ignis_scalar alpha, ignis_tensor** out);
/* self - alpha * other, broadcasting (not for bool tensors). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_sub_tensor_inplace(ignis_tensor* self, const ignis_tensor* other,
                                                ignis_scalar alpha);
/* self - alpha * other, broadcasting (not for bool tensors). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_sub_tensor_out(ignis_tensor* out, const ignis_tensor* self,
                                            const ignis_tensor* other, ignis_scalar alpha);

/* self - alpha * other for a Scalar other. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_sub_scalar(const ignis_tensor* self, ignis_scalar other,
                                        ignis_scalar alpha, ignis_tensor** out);
/* self - alpha * other for a Scalar other. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_sub_scalar_inplace(ignis_tensor* self, ignis_scalar other,
                                                ignis_scalar alpha);
/* self - alpha * other for a Scalar other. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_sub_scalar_out(ignis_tensor* out, const ignis_tensor* self,
                                            ignis_scalar other, ignis_scalar alpha);

/* Elementwise product, broadcasting. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_mul_tensor(const ignis_tensor* self, const ignis_tensor* other,
                                        ignis_tensor** out);
/* Elementwise product, broadcasting. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_mul_tensor_inplace(ignis_tensor* self, const ignis_tensor* other);
/* Elementwise product, broadcasting. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_mul_tensor_out(ignis_tensor* out, const ignis_tensor* self,
                                            const ignis_tensor* other);

/* Each element times a Scalar. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_mul_scalar(const ignis_tensor* self, ignis_scalar other,
                                        ignis_tensor** out);
/* Each element times a Scalar. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_mul_scalar_inplace(ignis_tensor* self, ignis_scalar other);
/* Each element times a Scalar. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_mul_scalar_out(ignis_tensor* out, const ignis_tensor* self,
                                            ignis_scalar other);

/* True division; integer inputs give the default float dtype. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_div_tensor(const ignis_tensor* self, const ignis_tensor* other,
                                        ignis_tensor** out);
/* True division; integer inputs give the default float dtype. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_div_tensor_inplace(ignis_tensor* self, const ignis_tensor* other);
/* True division; integer inputs give the default float dtype. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_div_tensor_out(ignis_tensor* out, const ignis_tensor* self,
                                            const ignis_tensor* other);

/* True division by a Scalar. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_div_scalar(const ignis_tensor* self, ignis_scalar other,
                                        ignis_tensor** out);
/* True division by a Scalar. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_div_scalar_inplace(ignis_tensor* self, ignis_scalar other);
/* True division by a Scalar. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_div_scalar_out(ignis_tensor* out, const ignis_tensor* self,
                                            ignis_scalar other);

/* Division rounded by rounding_mode: None (true division), "trunc" or "floor". (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_div_tensor_mode(const ignis_tensor* self, const ignis_tensor* other,
                                             const char* rounding_mode, ignis_tensor** out);
/* Division rounded by rounding_mode: None (true division), "trunc" or "floor". (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_div_tensor_mode_inplace(
    ignis_tensor* self, const ignis_tensor* other, const char* rounding_mode);
/* Division rounded by rounding_mode: None (true division), "trunc" or "floor". (writes into out; any thread.) */
IGNIS_API ignis_status ignis_div_tensor_mode_out(ignis_tensor* out, const ignis_tensor* self,
                                                 const ignis_tensor* other,
                                                 const char* rounding_mode);

/* Division by a Scalar rounded by rounding_mode: None, "trunc" or "floor". (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_div_scalar_mode(const ignis_tensor* self, ignis_scalar other,
                                             const char* rounding_mode, ignis_tensor** out);
/* Division by a Scalar rounded by rounding_mode: None, "trunc" or "floor". (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_div_scalar_mode_inplace(
    ignis_tensor* self, ignis_scalar other, const char* rounding_mode);
/* Division by a Scalar rounded by rounding_mode: None, "trunc" or "floor". (writes into out; any thread.) */
IGNIS_API ignis_status ignis_div_scalar_mode_out(ignis_tensor* out, const ignis_tensor* self,
                                                 ignis_scalar other, const char* rounding_mode);

/* Division rounded toward negative infinity (Python //). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_floor_divide(const ignis_tensor* self, const ignis_tensor* other,
                                          ignis_tensor** out);
/* Division rounded toward negative infinity (Python //). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_floor_divide_inplace(ignis_tensor* self, const ignis_tensor* other);
/* Division rounded toward negative infinity (Python //). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_floor_divide_out(ignis_tensor* out, const ignis_tensor* self,
                                              const ignis_tensor* other);

/* Floor division by a Scalar. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_floor_divide_scalar(const ignis_tensor* self, ignis_scalar other,
                                                 ignis_tensor** out);
/* Floor division by a Scalar. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_floor_divide_scalar_inplace(ignis_tensor* self, ignis_scalar other);
/* Floor division by a Scalar. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_floor_divide_scalar_out(
    ignis_tensor* out, const ignis_tensor* self, ignis_scalar other);

/* Python-style modulus: the result has the sign of the divisor. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_remainder_tensor(const ignis_tensor* self, const ignis_tensor* other,
                                              ignis_tensor** out);
/* Python-style modulus: the result has the sign of the divisor. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_remainder_tensor_inplace(ignis_tensor* self, const ignis_tensor* other);
/* Python-style modulus: the result has the sign of the divisor. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_remainder_tensor_out(ignis_tensor* out, const ignis_tensor* self,
                                                  const ignis_tensor* other);

/* Python-style modulus by a Scalar. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_remainder_scalar(const ignis_tensor* self, ignis_scalar other,
                                              ignis_tensor** out);
/* Python-style modulus by a Scalar. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_remainder_scalar_inplace(ignis_tensor* self, ignis_scalar other);
/* Python-style modulus by a Scalar. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_remainder_scalar_out(ignis_tensor* out, const ignis_tensor* self,
                                                  ignis_scalar other);

/* Python-style modulus of a Scalar by each element. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_remainder_scalar_tensor(
    ignis_scalar self, const ignis_tensor* other, ignis_tensor** out);
/* Python-style modulus of a Scalar by each element. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_remainder_scalar_tensor_out(
    ignis_tensor* out, ignis_scalar self, const ignis_tensor* other);

/* C-style modulus: the result has the sign of the dividend. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_fmod_tensor(const ignis_tensor* self, const ignis_tensor* other,
                                         ignis_tensor** out);
/* C-style modulus: the result has the sign of the dividend. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_fmod_tensor_inplace(ignis_tensor* self, const ignis_tensor* other);
/* C-style modulus: the result has the sign of the dividend. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_fmod_tensor_out(ignis_tensor* out, const ignis_tensor* self,
                                             const ignis_tensor* other);

/* C-style modulus by a Scalar. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_fmod_scalar(const ignis_tensor* self, ignis_scalar other,
                                         ignis_tensor** out);
/* C-style modulus by a Scalar. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_fmod_scalar_inplace(ignis_tensor* self, ignis_scalar other);
/* C-style modulus by a Scalar. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_fmod_scalar_out(ignis_tensor* out, const ignis_tensor* self,
                                             ignis_scalar other);

/* self raised to exponent elementwise. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_pow_tensor_tensor(const ignis_tensor* self,
                                               const ignis_tensor* exponent, ignis_tensor** out);
/* self raised to exponent elementwise. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_pow_tensor_tensor_inplace(
    ignis_tensor* self, const ignis_tensor* exponent);
/* self raised to exponent elementwise. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_pow_tensor_tensor_out(
    ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* exponent);

/* Each element raised to a Scalar exponent. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_pow_tensor_scalar(const ignis_tensor* self, ignis_scalar exponent,
                                               ignis_tensor** out);
/* Each element raised to a Scalar exponent. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_pow_tensor_scalar_inplace(ignis_tensor* self, ignis_scalar exponent);
/* Each element raised to a Scalar exponent. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_pow_tensor_scalar_out(
    ignis_tensor* out, const ignis_tensor* self, ignis_scalar exponent);

/* A Scalar raised to each element of exponent. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_pow_scalar_self(ignis_scalar self, const ignis_tensor* exponent,
                                             ignis_tensor** out);
/* A Scalar raised to each element of exponent. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_pow_scalar_self_out(ignis_tensor* out, ignis_scalar self,
                                                 const ignis_tensor* exponent);

/* Arctangent of self / other in the right quadrant; integers give the default float dtype. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_atan2(const ignis_tensor* self, const ignis_tensor* other,
                                   ignis_tensor** out);
/* Arctangent of self / other in the right quadrant; integers give the default float dtype. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_atan2_inplace(ignis_tensor* self, const ignis_tensor* other);
/* Arctangent of self / other in the right quadrant; integers give the default float dtype. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_atan2_out(ignis_tensor* out, const ignis_tensor* self,
                                       const ignis_tensor* other);

/* Elementwise maximum; NaN if either is NaN. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_maximum(const ignis_tensor* self, const ignis_tensor* other,
                                     ignis_tensor** out);
/* Elementwise maximum; NaN if either is NaN. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_maximum_out(ignis_tensor* out, const ignis_tensor* self,
                                         const ignis_tensor* other);

/* Elementwise minimum; NaN if either is NaN. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_minimum(const ignis_tensor* self, const ignis_tensor* other,
                                     ignis_tensor** out);
/* Elementwise minimum; NaN if either is NaN. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_minimum_out(ignis_tensor* out, const ignis_tensor* self,
                                         const ignis_tensor* other);

/* self == other elementwise (bool result). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_eq_tensor(const ignis_tensor* self, const ignis_tensor* other,
                                       ignis_tensor** out);
/* self == other elementwise (bool result). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_eq_tensor_inplace(ignis_tensor* self, const ignis_tensor* other);
/* self == other elementwise (bool result). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_eq_tensor_out(ignis_tensor* out, const ignis_tensor* self,
                                           const ignis_tensor* other);

/* self == a Scalar elementwise (bool result). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_eq_scalar(const ignis_tensor* self, ignis_scalar other,
                                       ignis_tensor** out);
/* self == a Scalar elementwise (bool result). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_eq_scalar_inplace(ignis_tensor* self, ignis_scalar other);
/* self == a Scalar elementwise (bool result). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_eq_scalar_out(ignis_tensor* out, const ignis_tensor* self,
                                           ignis_scalar other);

/* self != other elementwise (bool result). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_ne_tensor(const ignis_tensor* self, const ignis_tensor* other,
                                       ignis_tensor** out);
/* self != other elementwise (bool result). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_ne_tensor_inplace(ignis_tensor* self, const ignis_tensor* other);
/* self != other elementwise (bool result). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_ne_tensor_out(ignis_tensor* out, const ignis_tensor* self,
                                           const ignis_tensor* other);

/* self != a Scalar elementwise (bool result). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_ne_scalar(const ignis_tensor* self, ignis_scalar other,
                                       ignis_tensor** out);
/* self != a Scalar elementwise (bool result). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_ne_scalar_inplace(ignis_tensor* self, ignis_scalar other);
/* self != a Scalar elementwise (bool result). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_ne_scalar_out(ignis_tensor* out, const ignis_tensor* self,
                                           ignis_scalar other);

/* self < other elementwise (bool result). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_lt_tensor(const ignis_tensor* self, const ignis_tensor* other,
                                       ignis_tensor** out);
/* self < other elementwise (bool result). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_lt_tensor_inplace(ignis_tensor* self, const ignis_tensor* other);
/* self < other elementwise (bool result). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_lt_tensor_out(ignis_tensor* out, const ignis_tensor* self,
                                           const ignis_tensor* other);

/* self < a Scalar elementwise (bool result). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_lt_scalar(const ignis_tensor* self, ignis_scalar other,
                                       ignis_tensor** out);
/* self < a Scalar elementwise (bool result). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_lt_scalar_inplace(ignis_tensor* self, ignis_scalar other);
/* self < a Scalar elementwise (bool result). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_lt_scalar_out(ignis_tensor* out, const ignis_tensor* self,
                                           ignis_scalar other);

/* self <= other elementwise (bool result). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_le_tensor(const ignis_tensor* self, const ignis_tensor* other,
                                       ignis_tensor** out);
/* self <= other elementwise (bool result). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_le_tensor_inplace(ignis_tensor* self, const ignis_tensor* other);
/* self <= other elementwise (bool result). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_le_tensor_out(ignis_tensor* out, const ignis_tensor* self,
                                           const ignis_tensor* other);

/* self <= a Scalar elementwise (bool result). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_le_scalar(const ignis_tensor* self, ignis_scalar other,
                                       ignis_tensor** out);
/* self <= a Scalar elementwise (bool result). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_le_scalar_inplace(ignis_tensor* self, ignis_scalar other);
/* self <= a Scalar elementwise (bool result). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_le_scalar_out(ignis_tensor* out, const ignis_tensor* self,
                                           ignis_scalar other);

/* self > other elementwise (bool result). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_gt_tensor(const ignis_tensor* self, const ignis_tensor* other,
                                       ignis_tensor** out);
/* self > other elementwise (bool result). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_gt_tensor_inplace(ignis_tensor* self, const ignis_tensor* other);
/* self > other elementwise (bool result). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_gt_tensor_out(ignis_tensor* out, const ignis_tensor* self,
                                           const ignis_tensor* other);

/* self > a Scalar elementwise (bool result). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_gt_scalar(const ignis_tensor* self, ignis_scalar other,
                                       ignis_tensor** out);
/* self > a Scalar elementwise (bool result). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_gt_scalar_inplace(ignis_tensor* self, ignis_scalar other);
/* self > a Scalar elementwise (bool result). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_gt_scalar_out(ignis_tensor* out, const ignis_tensor* self,
                                           ignis_scalar other);

/* self >= other elementwise (bool result). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_ge_tensor(const ignis_tensor* self, const ignis_tensor* other,
                                       ignis_tensor** out);
/* self >= other elementwise (bool result). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_ge_tensor_inplace(ignis_tensor* self, const ignis_tensor* other);
/* self >= other elementwise (bool result). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_ge_tensor_out(ignis_tensor* out, const ignis_tensor* self,
                                           const ignis_tensor* other);

/* self >= a Scalar elementwise (bool result). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_ge_scalar(const ignis_tensor* self, ignis_scalar other,
                                       ignis_tensor** out);
/* self >= a Scalar elementwise (bool result). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_ge_scalar_inplace(ignis_tensor* self, ignis_scalar other);
/* self >= a Scalar elementwise (bool result). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_ge_scalar_out(ignis_tensor* out, const ignis_tensor* self,
                                           ignis_scalar other);

/* Elementwise AND of truth values (nonzero is true; bool result). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_logical_and(const ignis_tensor* self, const ignis_tensor* other,
                                         ignis_tensor** out);
/* Elementwise AND of truth values (nonzero is true; bool result). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_logical_and_inplace(ignis_tensor* self, const ignis_tensor* other);
/* Elementwise AND of truth values (nonzero is true; bool result). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_logical_and_out(ignis_tensor* out, const ignis_tensor* self,
                                             const ignis_tensor* other);

/* Elementwise OR of truth values (bool result). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_logical_or(const ignis_tensor* self, const ignis_tensor* other,
                                        ignis_tensor** out);
/* Elementwise OR of truth values (bool result). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_logical_or_inplace(ignis_tensor* self, const ignis_tensor* other);
/* Elementwise OR of truth values (bool result). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_logical_or_out(ignis_tensor* out, const ignis_tensor* self,
                                            const ignis_tensor* other);

/* Elementwise XOR of truth values (bool result). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_logical_xor(const ignis_tensor* self, const ignis_tensor* other,
                                         ignis_tensor** out);
/* Elementwise XOR of truth values (bool result). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_logical_xor_inplace(ignis_tensor* self, const ignis_tensor* other);
/* Elementwise XOR of truth values (bool result). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_logical_xor_out(ignis_tensor* out, const ignis_tensor* self,
                                             const ignis_tensor* other);

/* Bitwise AND of integer or bool tensors. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_bitwise_and_tensor(const ignis_tensor* self,
                                                const ignis_tensor* other, ignis_tensor** out);
/* Bitwise AND of integer or bool tensors. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_bitwise_and_tensor_inplace(
    ignis_tensor* self, const ignis_tensor* other);
/* Bitwise AND of integer or bool tensors. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_bitwise_and_tensor_out(
    ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* other);

/* Bitwise AND with an integer or bool Scalar. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_bitwise_and_scalar(const ignis_tensor* self, ignis_scalar other,
                                                ignis_tensor** out);
/* Bitwise AND with an integer or bool Scalar. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_bitwise_and_scalar_inplace(ignis_tensor* self, ignis_scalar other);
/* Bitwise AND with an integer or bool Scalar. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_bitwise_and_scalar_out(
    ignis_tensor* out, const ignis_tensor* self, ignis_scalar other);

/* Bitwise OR of integer or bool tensors. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_bitwise_or_tensor(const ignis_tensor* self, const ignis_tensor* other,
                                               ignis_tensor** out);
/* Bitwise OR of integer or bool tensors. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_bitwise_or_tensor_inplace(
    ignis_tensor* self, const ignis_tensor* other);
/* Bitwise OR of integer or bool tensors. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_bitwise_or_tensor_out(
    ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* other);

/* Bitwise OR with an integer or bool Scalar. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_bitwise_or_scalar(const ignis_tensor* self, ignis_scalar other,
                                               ignis_tensor** out);
/* Bitwise OR with an integer or bool Scalar. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_bitwise_or_scalar_inplace(ignis_tensor* self, ignis_scalar other);
/* Bitwise OR with an integer or bool Scalar. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_bitwise_or_scalar_out(
    ignis_tensor* out, const ignis_tensor* self, ignis_scalar other);

/* Bitwise XOR of integer or bool tensors. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_bitwise_xor_tensor(const ignis_tensor* self,
                                                const ignis_tensor* other, ignis_tensor** out);
/* Bitwise XOR of integer or bool tensors. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_bitwise_xor_tensor_inplace(
    ignis_tensor* self, const ignis_tensor* other);
/* Bitwise XOR of integer or bool tensors. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_bitwise_xor_tensor_out(
    ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* other);

/* Bitwise XOR with an integer or bool Scalar. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_bitwise_xor_scalar(const ignis_tensor* self, ignis_scalar other,
                                                ignis_tensor** out);
/* Bitwise XOR with an integer or bool Scalar. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_bitwise_xor_scalar_inplace(ignis_tensor* self, ignis_scalar other);
/* Bitwise XOR with an integer or bool Scalar. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_bitwise_xor_scalar_out(
    ignis_tensor* out, const ignis_tensor* self, ignis_scalar other);

/* Elements of self where the bool condition holds, else of other (broadcasting all three). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_where_self(const ignis_tensor* condition, const ignis_tensor* self,
                                        const ignis_tensor* other, ignis_tensor** out);
/* Elements of self where the bool condition holds, else of other (broadcasting all three). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_where_self_out(ignis_tensor* out, const ignis_tensor* condition,
                                            const ignis_tensor* self, const ignis_tensor* other);

/* where with a Scalar self. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_where_scalar_self(const ignis_tensor* condition, ignis_scalar self,
                                               const ignis_tensor* other, ignis_tensor** out);

/* where with a Scalar other. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_where_scalar_other(const ignis_tensor* condition,
                                                const ignis_tensor* self, ignis_scalar other,
                                                ignis_tensor** out);

/* where choosing between two Scalars. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_where_scalar(const ignis_tensor* condition, ignis_scalar self,
                                          ignis_scalar other, ignis_tensor** out);

/* Each element limited to [min, max] (min > max gives max); NaN stays NaN. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_clamp(const ignis_tensor* self, const ignis_scalar* min,
                                   const ignis_scalar* max, ignis_tensor** out);
/* Each element limited to [min, max] (min > max gives max); NaN stays NaN. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_clamp_inplace(ignis_tensor* self, const ignis_scalar* min,
                                           const ignis_scalar* max);
/* Each element limited to [min, max] (min > max gives max); NaN stays NaN. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_clamp_out(ignis_tensor* out, const ignis_tensor* self,
                                       const ignis_scalar* min, const ignis_scalar* max);

/* Each element limited by broadcast min and max tensors (NaN bounds propagate). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_clamp_tensor(const ignis_tensor* self, const ignis_tensor* min,
                                          const ignis_tensor* max, ignis_tensor** out);
/* Each element limited by broadcast min and max tensors (NaN bounds propagate). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_clamp_tensor_inplace(ignis_tensor* self, const ignis_tensor* min,
                                                  const ignis_tensor* max);
/* Each element limited by broadcast min and max tensors (NaN bounds propagate). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_clamp_tensor_out(ignis_tensor* out, const ignis_tensor* self,
                                              const ignis_tensor* min, const ignis_tensor* max);

/* Linear interpolation self + weight * (end - self). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_lerp_scalar(const ignis_tensor* self, const ignis_tensor* end,
                                         ignis_scalar weight, ignis_tensor** out);
/* Linear interpolation self + weight * (end - self). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_lerp_scalar_inplace(ignis_tensor* self, const ignis_tensor* end,
                                                 ignis_scalar weight);
/* Linear interpolation self + weight * (end - self). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_lerp_scalar_out(ignis_tensor* out, const ignis_tensor* self,
                                             const ignis_tensor* end, ignis_scalar weight);

/* Linear interpolation with a broadcast weight tensor. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_lerp_tensor(const ignis_tensor* self, const ignis_tensor* end,
                                         const ignis_tensor* weight, ignis_tensor** out);
/* Linear interpolation with a broadcast weight tensor. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_lerp_tensor_inplace(ignis_tensor* self, const ignis_tensor* end,
                                                 const ignis_tensor* weight);
/* Linear interpolation with a broadcast weight tensor. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_lerp_tensor_out(ignis_tensor* out, const ignis_tensor* self,
                                             const ignis_tensor* end, const ignis_tensor* weight);

/* self + value * tensor1 * tensor2. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_addcmul(const ignis_tensor* self, const ignis_tensor* tensor1,
                                     const ignis_tensor* tensor2, ignis_scalar value,
                                     ignis_tensor** out);
/* self + value * tensor1 * tensor2. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_addcmul_inplace(ignis_tensor* self, const ignis_tensor* tensor1,
                                             const ignis_tensor* tensor2, ignis_scalar value);
/* self + value * tensor1 * tensor2. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_addcmul_out(ignis_tensor* out, const ignis_tensor* self,
                                         const ignis_tensor* tensor1, const ignis_tensor* tensor2,
                                         ignis_scalar value);

/* self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_addcdiv(const ignis_tensor* self, const ignis_tensor* tensor1,
                                     const ignis_tensor* tensor2, ignis_scalar value,
                                     ignis_tensor** out);
/* self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_addcdiv_inplace(ignis_tensor* self, const ignis_tensor* tensor1,
                                             const ignis_tensor* tensor2, ignis_scalar value);
/* self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_addcdiv_out(ignis_tensor* out, const ignis_tensor* self,
                                         const ignis_tensor* tensor1, const ignis_tensor* tensor2,
                                         ignis_scalar value);

/* ---- reduce ---- */

/* Sum over dims (None or [] = all); integers and bool sum to int64 unless dtype is given. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_sum(const ignis_tensor* self, const int64_t* dim, size_t dim_count,
                                 int32_t keepdim, const ignis_dtype* dtype, ignis_tensor** out);
/* Sum over dims (None or [] = all); integers and bool sum to int64 unless dtype is given. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_sum_out(ignis_tensor* out, const ignis_tensor* self,
                                     const int64_t* dim, size_t dim_count, int32_t keepdim,
                                     const ignis_dtype* dtype);

/* Arithmetic mean over dims (None or [] = all); nan for an empty reduction. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_mean(const ignis_tensor* self, const int64_t* dim, size_t dim_count,
                                  int32_t keepdim, const ignis_dtype* dtype, ignis_tensor** out);
/* Arithmetic mean over dims (None or [] = all); nan for an empty reduction. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_mean_out(ignis_tensor* out, const ignis_tensor* self,
                                      const int64_t* dim, size_t dim_count, int32_t keepdim,
                                      const ignis_dtype* dtype);

/* Product over dims (None = all); integers and bool multiply to int64 unless dtype is given. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_prod(const ignis_tensor* self, const int64_t* dim, size_t dim_count,
                                  int32_t keepdim, const ignis_dtype* dtype, ignis_tensor** out);
/* Product over dims (None = all); integers and bool multiply to int64 unless dtype is given. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_prod_out(ignis_tensor* out, const ignis_tensor* self,
                                      const int64_t* dim, size_t dim_count, int32_t keepdim,
                                      const ignis_dtype* dtype);

/* Variance over dims with sum of squared deviations / max(0, N - correction) (None = 1). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_var(const ignis_tensor* self, const int64_t* dim, size_t dim_count,
                                 const ignis_scalar* correction, int32_t keepdim,
                                 ignis_tensor** out);
/* Variance over dims with sum of squared deviations / max(0, N - correction) (None = 1). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_var_out(ignis_tensor* out, const ignis_tensor* self,
                                     const int64_t* dim, size_t dim_count,
                                     const ignis_scalar* correction, int32_t keepdim);

/* Standard deviation over dims, the square root of var with the same correction (None = 1). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_std(const ignis_tensor* self, const int64_t* dim, size_t dim_count,
                                 const ignis_scalar* correction, int32_t keepdim,
                                 ignis_tensor** out);
/* Standard deviation over dims, the square root of var with the same correction (None = 1). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_std_out(ignis_tensor* out, const ignis_tensor* self,
                                     const int64_t* dim, size_t dim_count,
                                     const ignis_scalar* correction, int32_t keepdim);

/* Largest element (nan when any element is nan); errors on an empty tensor. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_max(const ignis_tensor* self, ignis_tensor** out);

/* Largest values along dim and the index of the first of each (nan propagates). (each out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_max_dim(const ignis_tensor* self, int64_t dim, int32_t keepdim,
                                     ignis_tensor** out0, ignis_tensor** out1);

/* Smallest element (nan when any element is nan); errors on an empty tensor. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_min(const ignis_tensor* self, ignis_tensor** out);

/* Smallest values along dim and the index of the first of each (nan propagates). (each out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_min_dim(const ignis_tensor* self, int64_t dim, int32_t keepdim,
                                     ignis_tensor** out0, ignis_tensor** out1);

/* Largest values over dims ([] = all), nan propagating; reduced dims must be non-empty. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_amax(const ignis_tensor* self, const int64_t* dim, size_t dim_count,
                                  int32_t keepdim, ignis_tensor** out);
/* Largest values over dims ([] = all), nan propagating; reduced dims must be non-empty. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_amax_out(ignis_tensor* out, const ignis_tensor* self,
                                      const int64_t* dim, size_t dim_count, int32_t keepdim);

/* Smallest values over dims ([] = all), nan propagating; reduced dims must be non-empty. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_amin(const ignis_tensor* self, const int64_t* dim, size_t dim_count,
                                  int32_t keepdim, ignis_tensor** out);
/* Smallest values over dims ([] = all), nan propagating; reduced dims must be non-empty. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_amin_out(ignis_tensor* out, const ignis_tensor* self,
                                      const int64_t* dim, size_t dim_count, int32_t keepdim);

/* Index of the first largest value along dim (None = of the flattened tensor; nan is largest). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_argmax(const ignis_tensor* self, const int64_t* dim, int32_t keepdim,
                                    ignis_tensor** out);
/* Index of the first largest value along dim (None = of the flattened tensor; nan is largest). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_argmax_out(ignis_tensor* out, const ignis_tensor* self,
                                        const int64_t* dim, int32_t keepdim);

/* Index of the first smallest value along dim (None = of the flattened tensor; nan is smallest). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_argmin(const ignis_tensor* self, const int64_t* dim, int32_t keepdim,
                                    ignis_tensor** out);
/* Index of the first smallest value along dim (None = of the flattened tensor; nan is smallest). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_argmin_out(ignis_tensor* out, const ignis_tensor* self,
                                        const int64_t* dim, int32_t keepdim);

/* log(sum(exp(x))) over dims, computed stably; integers give the default float dtype. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_logsumexp(const ignis_tensor* self, const int64_t* dim,
                                       size_t dim_count, int32_t keepdim, ignis_tensor** out);
/* log(sum(exp(x))) over dims, computed stably; integers give the default float dtype. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_logsumexp_out(ignis_tensor* out, const ignis_tensor* self,
                                           const int64_t* dim, size_t dim_count, int32_t keepdim);

/* True (bool) where every element over dims is nonzero; true for an empty reduction. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_all(const ignis_tensor* self, const int64_t* dim, size_t dim_count,
                                 int32_t keepdim, ignis_tensor** out);
/* True (bool) where every element over dims is nonzero; true for an empty reduction. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_all_out(ignis_tensor* out, const ignis_tensor* self,
                                     const int64_t* dim, size_t dim_count, int32_t keepdim);

/* True (bool) where some element over dims is nonzero; false for an empty reduction. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_any(const ignis_tensor* self, const int64_t* dim, size_t dim_count,
                                 int32_t keepdim, ignis_tensor** out);
/* True (bool) where some element over dims is nonzero; false for an empty reduction. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_any_out(ignis_tensor* out, const ignis_tensor* self,
                                     const int64_t* dim, size_t dim_count, int32_t keepdim);

/* Vector p-norm over dims (None = all); p may be inf, -inf or 0 (count of nonzeros). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_norm(const ignis_tensor* self, const ignis_scalar* p,
                                  const int64_t* dim, size_t dim_count, int32_t keepdim,
                                  const ignis_dtype* dtype, ignis_tensor** out);
/* Vector p-norm over dims (None = all); p may be inf, -inf or 0 (count of nonzeros). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_norm_out(ignis_tensor* out, const ignis_tensor* self,
                                      const ignis_scalar* p, const int64_t* dim, size_t dim_count,
                                      int32_t keepdim, const ignis_dtype* dtype);

/* Frobenius norm for p = "fro" (the 2-norm over dims, None = all); "nuc" is not supported. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_norm_str(const ignis_tensor* self, const char* p, const int64_t* dim,
                                      size_t dim_count, int32_t keepdim, const ignis_dtype* dtype,
                                      ignis_tensor** out);

/* Number of nonzero elements over dims (None = all), as int64. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_count_nonzero(const ignis_tensor* self, const int64_t* dim,
                                           size_t dim_count, ignis_tensor** out);

/* Running sum along dim; integers and bool give int64 unless dtype is given. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_cumsum(const ignis_tensor* self, int64_t dim,
                                    const ignis_dtype* dtype, ignis_tensor** out);
/* Running sum along dim; integers and bool give int64 unless dtype is given. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_cumsum_inplace(ignis_tensor* self, int64_t dim,
                                            const ignis_dtype* dtype);
/* Running sum along dim; integers and bool give int64 unless dtype is given. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_cumsum_out(ignis_tensor* out, const ignis_tensor* self, int64_t dim,
                                        const ignis_dtype* dtype);

/* Running product along dim; integers and bool give int64 unless dtype is given. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_cumprod(const ignis_tensor* self, int64_t dim,
                                     const ignis_dtype* dtype, ignis_tensor** out);
/* Running product along dim; integers and bool give int64 unless dtype is given. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_cumprod_inplace(ignis_tensor* self, int64_t dim,
                                             const ignis_dtype* dtype);
/* Running product along dim; integers and bool give int64 unless dtype is given. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_cumprod_out(ignis_tensor* out, const ignis_tensor* self, int64_t dim,
                                         const ignis_dtype* dtype);

/* ---- sort ---- */

/* Values sorted along dim and their original indices; nan sorts last (first when descending). (each out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_sort(const ignis_tensor* self, int64_t dim, int32_t descending,
                                  int32_t stable, ignis_tensor** out0, ignis_tensor** out1);

/* Indices that sort self along dim (the indices of sort). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_argsort(const ignis_tensor* self, int64_t dim, int32_t descending,
                                     int32_t stable, ignis_tensor** out);

/* The k largest (or smallest) values along dim and their indices; nan counts as largest. (each out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_topk(const ignis_tensor* self, int64_t k, int64_t dim,
                                  int32_t largest, int32_t sorted, ignis_tensor** out0,
                                  ignis_tensor** out1);

/* The k-th smallest value (1-based) along dim and its index; nan counts as largest. (each out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_kthvalue(const ignis_tensor* self, int64_t k, int64_t dim,
                                      int32_t keepdim, ignis_tensor** out0, ignis_tensor** out1);

/* Lower median of all elements (nan when any element is nan or the tensor is empty). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_median(const ignis_tensor* self, ignis_tensor** out);

/* Lower median along dim and its index (nan and its index when the row holds a nan). (each out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_median_dim(const ignis_tensor* self, int64_t dim, int32_t keepdim,
                                        ignis_tensor** out0, ignis_tensor** out1);

/* Sorted distinct elements, the index of each input element in them, and their counts (inverse and counts are empty unless requested). (each out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_unique(const ignis_tensor* self, int32_t sorted,
                                    int32_t return_inverse, int32_t return_counts,
                                    ignis_tensor** out0, ignis_tensor** out1, ignis_tensor** out2);

/* ---- shape ---- */

/* Concatenates tensors along dim (dtypes promoted; 1-D empty tensors are skipped). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_cat(const ignis_tensor* const* tensors, size_t tensors_count,
                                 int64_t dim, ignis_tensor** out);
/* Concatenates tensors along dim (dtypes promoted; 1-D empty tensors are skipped). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_cat_out(ignis_tensor* out, const ignis_tensor* const* tensors,
                                     size_t tensors_count, int64_t dim);

/* Joins equally shaped tensors along a new dimension dim. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_stack(const ignis_tensor* const* tensors, size_t tensors_count,
                                   int64_t dim, ignis_tensor** out);
/* Joins equally shaped tensors along a new dimension dim. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_stack_out(ignis_tensor* out, const ignis_tensor* const* tensors,
                                       size_t tensors_count, int64_t dim);

/* Views of self in pieces of split_size along dim (the last piece may be smaller). (*out is an array the caller frees with ignis_tensor_array_free; any thread.) */
IGNIS_API ignis_status ignis_split(const ignis_tensor* self, int64_t split_size, int64_t dim,
                                   ignis_tensor*** out, size_t* out_count);

/* Views of self in pieces of the given sizes along dim (they must sum to its size). (*out is an array the caller frees with ignis_tensor_array_free; any thread.) */
IGNIS_API ignis_status ignis_split_sizes(const ignis_tensor* self, const int64_t* split_size,
                                         size_t split_size_count, int64_t dim, ignis_tensor*** out,
                                         size_t* out_count);

/* Views of self in pieces of the given sizes along dim (they must sum to its size). (*out is an array the caller frees with ignis_tensor_array_free; any thread.) */
IGNIS_API ignis_status ignis_split_with_sizes(const ignis_tensor* self, const int64_t* split_sizes,
                                              size_t split_sizes_count, int64_t dim,
                                              ignis_tensor*** out, size_t* out_count);

/* Views of self in at most `chunks` pieces of equal size (ceil) along dim. (*out is an array the caller frees with ignis_tensor_array_free; any thread.) */
IGNIS_API ignis_status ignis_chunk(const ignis_tensor* self, int64_t chunks, int64_t dim,
                                   ignis_tensor*** out, size_t* out_count);

/* Views of every slice of self along dim, with that dimension removed. (*out is an array the caller frees with ignis_tensor_array_free; any thread.) */
IGNIS_API ignis_status ignis_unbind(const ignis_tensor* self, int64_t dim, ignis_tensor*** out,
                                    size_t* out_count);

/* Copy of self with the order of elements reversed along dims. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_flip(const ignis_tensor* self, const int64_t* dims, size_t dims_count,
                                  ignis_tensor** out);

/* Copy of self rolled by shifts along dims (flattened and restored when dims is empty). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_roll(const ignis_tensor* self, const int64_t* shifts,
                                  size_t shifts_count, const int64_t* dims, size_t dims_count,
                                  ignis_tensor** out);

/* Copy of self tiled repeats[i] times along each dimension (leading new dims allowed). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_repeat(const ignis_tensor* self, const int64_t* repeats,
                                    size_t repeats_count, ignis_tensor** out);

/* Like repeat, but fewer dims than self.dim() are padded with leading 1s. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_tile(const ignis_tensor* self, const int64_t* dims, size_t dims_count,
                                  ignis_tensor** out);

/* Indices 0..n-1, index i repeated repeats[i] times. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_repeat_interleave_tensor(
    const ignis_tensor* repeats, const int64_t* output_size, ignis_tensor** out);

/* Repeats each element (or slice along dim) of self repeats[i] times (self is flattened when dim is None). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_repeat_interleave_self_tensor(
    const ignis_tensor* self, const ignis_tensor* repeats, const int64_t* dim,
    const int64_t* output_size, ignis_tensor** out);

/* Repeats each element (or slice along dim) of self `repeats` times (self is flattened when dim is None). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_repeat_interleave_self_int(
    const ignis_tensor* self, int64_t repeats, const int64_t* dim, const int64_t* output_size,
    ignis_tensor** out);

/* Lower triangle of the last two dims of self (elements above `diagonal` zeroed). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_tril(const ignis_tensor* self, int64_t diagonal, ignis_tensor** out);
/* Lower triangle of the last two dims of self (elements above `diagonal` zeroed). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_tril_inplace(ignis_tensor* self, int64_t diagonal);
/* Lower triangle of the last two dims of self (elements above `diagonal` zeroed). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_tril_out(ignis_tensor* out, const ignis_tensor* self, int64_t diagonal);

/* Upper triangle of the last two dims of self (elements below `diagonal` zeroed). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_triu(const ignis_tensor* self, int64_t diagonal, ignis_tensor** out);
/* Upper triangle of the last two dims of self (elements below `diagonal` zeroed). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_triu_inplace(ignis_tensor* self, int64_t diagonal);
/* Upper triangle of the last two dims of self (elements below `diagonal` zeroed). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_triu_out(ignis_tensor* out, const ignis_tensor* self, int64_t diagonal);

/* Pads the last len(pad)/2 dims (pairs from the last dim backwards) with a constant, reflection or replication. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_pad(const ignis_tensor* self, const int64_t* pad, size_t pad_count,
                                 const char* mode, const double* value, ignis_tensor** out);

/* ---- index ---- */

/* The slices of self along dim at the positions in the 1-D index (int64 or int32). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_index_select(const ignis_tensor* self, int64_t dim,
                                          const ignis_tensor* index, ignis_tensor** out);
/* The slices of self along dim at the positions in the 1-D index (int64 or int32). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_index_select_out(ignis_tensor* out, const ignis_tensor* self,
                                              int64_t dim, const ignis_tensor* index);

/* out[i][j][k] = self[i][index[i][j][k]][k] for dim=1 (index int64, same rank as self). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_gather(const ignis_tensor* self, int64_t dim,
                                    const ignis_tensor* index, int32_t sparse_grad,
                                    ignis_tensor** out);
/* out[i][j][k] = self[i][index[i][j][k]][k] for dim=1 (index int64, same rank as self). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_gather_out(ignis_tensor* out, const ignis_tensor* self, int64_t dim,
                                        const ignis_tensor* index, int32_t sparse_grad);

/* Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce "add" or "multiply" combines instead). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_scatter_src(const ignis_tensor* self, int64_t dim,
                                         const ignis_tensor* index, const ignis_tensor* src,
                                         const char* reduce, ignis_tensor** out);
/* Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce "add" or "multiply" combines instead). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_scatter_src_inplace(ignis_tensor* self, int64_t dim,
                                                 const ignis_tensor* index,
                                                 const ignis_tensor* src, const char* reduce);
/* Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce "add" or "multiply" combines instead). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_scatter_src_out(ignis_tensor* out, const ignis_tensor* self,
                                             int64_t dim, const ignis_tensor* index,
                                             const ignis_tensor* src, const char* reduce);

/* Copy of self with value written at the positions index selects along dim (reduce "add" or "multiply" combines instead). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_scatter_value(const ignis_tensor* self, int64_t dim,
                                           const ignis_tensor* index, ignis_scalar value,
                                           const char* reduce, ignis_tensor** out);
/* Copy of self with value written at the positions index selects along dim (reduce "add" or "multiply" combines instead). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_scatter_value_inplace(
    ignis_tensor* self, int64_t dim, const ignis_tensor* index, ignis_scalar value,
    const char* reduce);
/* Copy of self with value written at the positions index selects along dim (reduce "add" or "multiply" combines instead). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_scatter_value_out(ignis_tensor* out, const ignis_tensor* self,
                                               int64_t dim, const ignis_tensor* index,
                                               ignis_scalar value, const char* reduce);

/* Copy of self with src added at the positions index selects along dim (deterministic). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_scatter_add(const ignis_tensor* self, int64_t dim,
                                         const ignis_tensor* index, const ignis_tensor* src,
                                         ignis_tensor** out);
/* Copy of self with src added at the positions index selects along dim (deterministic). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_scatter_add_inplace(ignis_tensor* self, int64_t dim,
                                                 const ignis_tensor* index,
                                                 const ignis_tensor* src);
/* Copy of self with src added at the positions index selects along dim (deterministic). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_scatter_add_out(ignis_tensor* out, const ignis_tensor* self,
                                             int64_t dim, const ignis_tensor* index,
                                             const ignis_tensor* src);

/* Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_index_add(const ignis_tensor* self, int64_t dim,
                                       const ignis_tensor* index, const ignis_tensor* source,
                                       ignis_scalar alpha, ignis_tensor** out);
/* Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic). (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_index_add_inplace(ignis_tensor* self, int64_t dim,
                                               const ignis_tensor* index,
                                               const ignis_tensor* source, ignis_scalar alpha);
/* Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_index_add_out(ignis_tensor* out, const ignis_tensor* self,
                                           int64_t dim, const ignis_tensor* index,
                                           const ignis_tensor* source, ignis_scalar alpha);

/* Copy of self with self[indices] = values (or +=, with accumulate); an undefined index tensor is a full slice. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_index_put(const ignis_tensor* self,
                                       const ignis_tensor* const* indices, size_t indices_count,
                                       const ignis_tensor* values, int32_t accumulate,
                                       ignis_tensor** out);
/* Copy of self with self[indices] = values (or +=, with accumulate); an undefined index tensor is a full slice. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_index_put_inplace(ignis_tensor* self,
                                               const ignis_tensor* const* indices,
                                               size_t indices_count, const ignis_tensor* values,
                                               int32_t accumulate);

/* Copy of self with value where the boolean mask (broadcast) is true. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_masked_fill_scalar(const ignis_tensor* self, const ignis_tensor* mask,
                                                ignis_scalar value, ignis_tensor** out);
/* Copy of self with value where the boolean mask (broadcast) is true. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_masked_fill_scalar_inplace(
    ignis_tensor* self, const ignis_tensor* mask, ignis_scalar value);

/* Copy of self with the 0-dim value where the boolean mask (broadcast) is true. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_masked_fill_tensor(const ignis_tensor* self, const ignis_tensor* mask,
                                                const ignis_tensor* value, ignis_tensor** out);
/* Copy of self with the 0-dim value where the boolean mask (broadcast) is true. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_masked_fill_tensor_inplace(
    ignis_tensor* self, const ignis_tensor* mask, const ignis_tensor* value);

/* 1-D tensor of the elements of self (broadcast with mask) where mask is true. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_masked_select(const ignis_tensor* self, const ignis_tensor* mask,
                                           ignis_tensor** out);
/* 1-D tensor of the elements of self (broadcast with mask) where mask is true. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_masked_select_out(ignis_tensor* out, const ignis_tensor* self,
                                               const ignis_tensor* mask);

/* Copy of self with the positions where mask is true filled from source in row-major order. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_masked_scatter(const ignis_tensor* self, const ignis_tensor* mask,
                                            const ignis_tensor* source, ignis_tensor** out);
/* Copy of self with the positions where mask is true filled from source in row-major order. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_masked_scatter_inplace(
    ignis_tensor* self, const ignis_tensor* mask, const ignis_tensor* source);

/* (n, self.dim()) int64 indices of the nonzero elements of self in row-major order. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_nonzero(const ignis_tensor* self, ignis_tensor** out);
/* (n, self.dim()) int64 indices of the nonzero elements of self in row-major order. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_nonzero_out(ignis_tensor* out, const ignis_tensor* self);

/* Elements of self, treated as 1-D, at the int64 indices in index (result has index's shape). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_take(const ignis_tensor* self, const ignis_tensor* index,
                                  ignis_tensor** out);
/* Elements of self, treated as 1-D, at the int64 indices in index (result has index's shape). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_take_out(ignis_tensor* out, const ignis_tensor* self,
                                      const ignis_tensor* index);

/* int64 one-hot encoding of the class indices in self (num_classes=-1 uses max + 1). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_one_hot(const ignis_tensor* self, int64_t num_classes,
                                     ignis_tensor** out);

/* ---- linalg ---- */

/* Matrix product with NumPy semantics: dot for 1-D x 1-D, matrix-vector, and batched products broadcasting the batch dims. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_matmul(const ignis_tensor* self, const ignis_tensor* other,
                                    ignis_tensor** out);
/* Matrix product with NumPy semantics: dot for 1-D x 1-D, matrix-vector, and batched products broadcasting the batch dims. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_matmul_out(ignis_tensor* out, const ignis_tensor* self,
                                        const ignis_tensor* other);

/* Product of two 2-D matrices. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_mm(const ignis_tensor* self, const ignis_tensor* mat2,
                                ignis_tensor** out);
/* Product of two 2-D matrices. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_mm_out(ignis_tensor* out, const ignis_tensor* self,
                                    const ignis_tensor* mat2);

/* Batched product of two 3-D tensors with the same batch size (no broadcasting). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_bmm(const ignis_tensor* self, const ignis_tensor* mat2,
                                 ignis_tensor** out);
/* Batched product of two 3-D tensors with the same batch size (no broadcasting). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_bmm_out(ignis_tensor* out, const ignis_tensor* self,
                                     const ignis_tensor* mat2);

/* beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_addmm(const ignis_tensor* self, const ignis_tensor* mat1,
                                   const ignis_tensor* mat2, ignis_scalar beta, ignis_scalar alpha,
                                   ignis_tensor** out);
/* beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_addmm_inplace(ignis_tensor* self, const ignis_tensor* mat1,
                                           const ignis_tensor* mat2, ignis_scalar beta,
                                           ignis_scalar alpha);
/* beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_addmm_out(ignis_tensor* out, const ignis_tensor* self,
                                       const ignis_tensor* mat1, const ignis_tensor* mat2,
                                       ignis_scalar beta, ignis_scalar alpha);

/* beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_baddbmm(const ignis_tensor* self, const ignis_tensor* batch1,
                                     const ignis_tensor* batch2, ignis_scalar beta,
                                     ignis_scalar alpha, ignis_tensor** out);
/* beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape. (modifies self in place; any thread.) */
IGNIS_API ignis_status ignis_baddbmm_inplace(ignis_tensor* self, const ignis_tensor* batch1,
                                             const ignis_tensor* batch2, ignis_scalar beta,
                                             ignis_scalar alpha);
/* beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_baddbmm_out(ignis_tensor* out, const ignis_tensor* self,
                                         const ignis_tensor* batch1, const ignis_tensor* batch2,
                                         ignis_scalar beta, ignis_scalar alpha);

/* Product of a 2-D matrix and a 1-D vector. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_mv(const ignis_tensor* self, const ignis_tensor* vec,
                                ignis_tensor** out);
/* Product of a 2-D matrix and a 1-D vector. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_mv_out(ignis_tensor* out, const ignis_tensor* self,
                                    const ignis_tensor* vec);

/* Inner product of two 1-D tensors of the same length (0-dim result). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_dot(const ignis_tensor* self, const ignis_tensor* tensor,
                                 ignis_tensor** out);
/* Inner product of two 1-D tensors of the same length (0-dim result). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_dot_out(ignis_tensor* out, const ignis_tensor* self,
                                     const ignis_tensor* tensor);

/* Outer product of two 1-D tensors (n x m result). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_outer(const ignis_tensor* self, const ignis_tensor* vec2,
                                   ignis_tensor** out);
/* Outer product of two 1-D tensors (n x m result). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_outer_out(ignis_tensor* out, const ignis_tensor* self,
                                       const ignis_tensor* vec2);

/* Einstein summation over the operands' labelled dims ('ij,jk->ik'), with ellipsis, repeated labels (traces, diagonals) and implicit output. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_einsum(const char* equation, const ignis_tensor* const* tensors,
                                    size_t tensors_count, ignis_tensor** out);

/* Sums the products over dims_self of self paired with dims_other of other; result dims are self's free dims then other's. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_tensordot(const ignis_tensor* self, const ignis_tensor* other,
                                       const int64_t* dims_self, size_t dims_self_count,
                                       const int64_t* dims_other, size_t dims_other_count,
                                       ignis_tensor** out);
/* Sums the products over dims_self of self paired with dims_other of other; result dims are self's free dims then other's. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_tensordot_out(ignis_tensor* out, const ignis_tensor* self,
                                           const ignis_tensor* other, const int64_t* dims_self,
                                           size_t dims_self_count, const int64_t* dims_other,
                                           size_t dims_other_count);

/* tensordot over the last `dims` dims of self and the first `dims` dims of other. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_tensordot_int(const ignis_tensor* self, const ignis_tensor* other,
                                           int64_t dims, ignis_tensor** out);

/* Vector norm (dim of one dim, or None on any input with ord None) or matrix norm (two dims or a 2-D input with ord given): ord 2, -2, 1, -1, inf, -inf, or p for vectors. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_linalg_norm(const ignis_tensor* self, const ignis_scalar* ord,
                                         const int64_t* dim, size_t dim_count, int32_t keepdim,
                                         const ignis_dtype* dtype, ignis_tensor** out);
/* Vector norm (dim of one dim, or None on any input with ord None) or matrix norm (two dims or a 2-D input with ord given): ord 2, -2, 1, -1, inf, -inf, or p for vectors. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_linalg_norm_out(ignis_tensor* out, const ignis_tensor* self,
                                             const ignis_scalar* ord, const int64_t* dim,
                                             size_t dim_count, int32_t keepdim,
                                             const ignis_dtype* dtype);

/* Matrix norm "fro" (Frobenius) or "nuc" (nuclear, the sum of singular values) over two dims (default the last two). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_linalg_norm_ord_str(const ignis_tensor* self, const char* ord,
                                                 const int64_t* dim, size_t dim_count,
                                                 int32_t keepdim, const ignis_dtype* dtype,
                                                 ignis_tensor** out);
/* Matrix norm "fro" (Frobenius) or "nuc" (nuclear, the sum of singular values) over two dims (default the last two). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_linalg_norm_ord_str_out(
    ignis_tensor* out, const ignis_tensor* self, const char* ord, const int64_t* dim,
    size_t dim_count, int32_t keepdim, const ignis_dtype* dtype);

/* Solution X of A X = B (left) or X A = B for square, non-singular A (batched; B may be a vector). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_linalg_solve(const ignis_tensor* A, const ignis_tensor* B,
                                          int32_t left, ignis_tensor** out);
/* Solution X of A X = B (left) or X A = B for square, non-singular A (batched; B may be a vector). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_linalg_solve_out(ignis_tensor* out, const ignis_tensor* A,
                                              const ignis_tensor* B, int32_t left);

/* Inverse of a square non-singular matrix (batched). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_linalg_inv(const ignis_tensor* A, ignis_tensor** out);
/* Inverse of a square non-singular matrix (batched). (writes into out; any thread.) */
IGNIS_API ignis_status ignis_linalg_inv_out(ignis_tensor* out, const ignis_tensor* A);

/* Determinant of a square matrix (batched), from its LU factorization. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_linalg_det(const ignis_tensor* A, ignis_tensor** out);
/* Determinant of a square matrix (batched), from its LU factorization. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_linalg_det_out(ignis_tensor* out, const ignis_tensor* A);

/* Cholesky factor L (A = L L^T) of a symmetric positive-definite matrix, or U = L^T when upper. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_linalg_cholesky(const ignis_tensor* A, int32_t upper,
                                             ignis_tensor** out);
/* Cholesky factor L (A = L L^T) of a symmetric positive-definite matrix, or U = L^T when upper. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_linalg_cholesky_out(ignis_tensor* out, const ignis_tensor* A,
                                                 int32_t upper);

/* QR decomposition A = Q R; mode "reduced" (Q m x k) or "complete" (Q m x m), k = min(m, n). (each out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_linalg_qr(const ignis_tensor* A, const char* mode,
                                       ignis_tensor** out0, ignis_tensor** out1);

/* Singular value decomposition A = U diag(S) Vh, S descending; full_matrices gives square U and Vh. (each out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_linalg_svd(const ignis_tensor* A, int32_t full_matrices,
                                        ignis_tensor** out0, ignis_tensor** out1,
                                        ignis_tensor** out2);

/* ---- nn ---- */

/* exp(x) / sum(exp(x)) along dim, computed with max subtraction; dtype casts the input first. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_softmax(const ignis_tensor* self, int64_t dim,
                                     const ignis_dtype* dtype, ignis_tensor** out);
/* exp(x) / sum(exp(x)) along dim, computed with max subtraction; dtype casts the input first. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_softmax_out(ignis_tensor* out, const ignis_tensor* self, int64_t dim,
                                         const ignis_dtype* dtype);

/* x - logsumexp(x) along dim (numerically stable); dtype casts the input first. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_log_softmax(const ignis_tensor* self, int64_t dim,
                                         const ignis_dtype* dtype, ignis_tensor** out);
/* x - logsumexp(x) along dim (numerically stable); dtype casts the input first. (writes into out; any thread.) */
IGNIS_API ignis_status ignis_log_softmax_out(ignis_tensor* out, const ignis_tensor* self,
                                             int64_t dim, const ignis_dtype* dtype);

/* Zeroes each element with probability p and scales the rest by 1/(1-p) when train; identity otherwise. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_dropout(const ignis_tensor* input, double p, int32_t train,
                                     ignis_tensor** out);

/* Dropout for SELU networks that keeps mean and variance (dropped elements set to the SELU negative saturation). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_alpha_dropout(const ignis_tensor* input, double p, int32_t train,
                                           ignis_tensor** out);

/* input @ weight^T + bias over the last dim of input. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_linear(const ignis_tensor* input, const ignis_tensor* weight,
                                    const ignis_tensor* bias, ignis_tensor** out);

/* y[..., k] = input1 @ weight[k] @ input2^T + bias[k]. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_bilinear(const ignis_tensor* input1, const ignis_tensor* input2,
                                      const ignis_tensor* weight, const ignis_tensor* bias,
                                      ignis_tensor** out);

/* Rows of weight picked by the integer indices; the padding_idx row gets no gradient. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_embedding(const ignis_tensor* weight, const ignis_tensor* indices,
                                       int64_t padding_idx, ignis_tensor** out);

/* Sum, mean or max of the embedding rows of each bag (2-D indices, or 1-D indices split at offsets). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_embedding_bag(const ignis_tensor* weight, const ignis_tensor* indices,
                                           const ignis_tensor* offsets, const char* mode,
                                           const ignis_tensor* per_sample_weights,
                                           int32_t include_last_offset, const int64_t* padding_idx,
                                           ignis_tensor** out);

/* Normalizes over all dims but dim 1 (batch statistics when training, updating the running ones in place; else the running ones). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_batch_norm(const ignis_tensor* input,
                                        const ignis_tensor* running_mean,
                                        const ignis_tensor* running_var,
                                        const ignis_tensor* weight, const ignis_tensor* bias,
                                        int32_t training, double momentum, double eps,
                                        ignis_tensor** out);

/* Normalizes over the trailing normalized_shape dims, then scales by weight and shifts by bias. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_layer_norm(const ignis_tensor* input, const int64_t* normalized_shape,
                                        size_t normalized_shape_count, const ignis_tensor* weight,
                                        const ignis_tensor* bias, double eps, ignis_tensor** out);

/* Normalizes each group of channels (dim 1 split into num_groups) per sample, then per-channel affine. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_group_norm(const ignis_tensor* input, int64_t num_groups,
                                        const ignis_tensor* weight, const ignis_tensor* bias,
                                        double eps, ignis_tensor** out);

/* x / sqrt(mean(x^2) + eps) over the trailing normalized_shape dims, times weight (eps None = the dtype's epsilon). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_rms_norm(const ignis_tensor* input, const int64_t* normalized_shape,
                                      size_t normalized_shape_count, const ignis_tensor* weight,
                                      const double* eps, ignis_tensor** out);

/* Normalizes each (sample, channel) over the spatial dims, then per-channel affine. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_instance_norm(const ignis_tensor* input, const ignis_tensor* weight,
                                           const ignis_tensor* bias,
                                           const ignis_tensor* running_mean,
                                           const ignis_tensor* running_var,
                                           int32_t use_input_stats, double momentum, double eps,
                                           ignis_tensor** out);

/* sum(x1 * x2) / max(|x1| * |x2|, eps) along dim, broadcasting. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_cosine_similarity(const ignis_tensor* x1, const ignis_tensor* x2,
                                               int64_t dim, double eps, ignis_tensor** out);

/* p-norm of x1 - x2 + eps over the last dim, broadcasting. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_pairwise_distance(const ignis_tensor* x1, const ignis_tensor* x2,
                                               double p, double eps, int32_t keepdim,
                                               ignis_tensor** out);

/* softmax(query @ key^T * scale + mask) @ value; a bool mask keeps True, a float mask is added; is_causal masks the future. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_scaled_dot_product_attention(
    const ignis_tensor* query, const ignis_tensor* key, const ignis_tensor* value,
    const ignis_tensor* attn_mask, double dropout_p, int32_t is_causal, const double* scale,
    ignis_tensor** out);

/* ---- conv ---- */

/* 1-D convolution of input (N, C, L) or (C, L) with weight (O, C/groups, K). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_conv1d(const ignis_tensor* input, const ignis_tensor* weight,
                                    const ignis_tensor* bias, const int64_t* stride,
                                    size_t stride_count, const int64_t* padding,
                                    size_t padding_count, const int64_t* dilation,
                                    size_t dilation_count, int64_t groups, ignis_tensor** out);

/* 1-D convolution with padding "valid" (none) or "same" (output as long as input; stride 1). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_conv1d_padding(const ignis_tensor* input, const ignis_tensor* weight,
                                            const ignis_tensor* bias, const int64_t* stride,
                                            size_t stride_count, const char* padding,
                                            const int64_t* dilation, size_t dilation_count,
                                            int64_t groups, ignis_tensor** out);

/* 2-D convolution of input (N, C, H, W) or (C, H, W) with weight (O, C/groups, kH, kW). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_conv2d(const ignis_tensor* input, const ignis_tensor* weight,
                                    const ignis_tensor* bias, const int64_t* stride,
                                    size_t stride_count, const int64_t* padding,
                                    size_t padding_count, const int64_t* dilation,
                                    size_t dilation_count, int64_t groups, ignis_tensor** out);

/* 2-D convolution with padding "valid" (none) or "same" (output as large as input; stride 1). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_conv2d_padding(const ignis_tensor* input, const ignis_tensor* weight,
                                            const ignis_tensor* bias, const int64_t* stride,
                                            size_t stride_count, const char* padding,
                                            const int64_t* dilation, size_t dilation_count,
                                            int64_t groups, ignis_tensor** out);

/* 3-D convolution of input (N, C, D, H, W) or (C, D, H, W) with weight (O, C/groups, kD, kH, kW). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_conv3d(const ignis_tensor* input, const ignis_tensor* weight,
                                    const ignis_tensor* bias, const int64_t* stride,
                                    size_t stride_count, const int64_t* padding,
                                    size_t padding_count, const int64_t* dilation,
                                    size_t dilation_count, int64_t groups, ignis_tensor** out);

/* 3-D convolution with padding "valid" (none) or "same" (output as large as input; stride 1). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_conv3d_padding(const ignis_tensor* input, const ignis_tensor* weight,
                                            const ignis_tensor* bias, const int64_t* stride,
                                            size_t stride_count, const char* padding,
                                            const int64_t* dilation, size_t dilation_count,
                                            int64_t groups, ignis_tensor** out);

/* 1-D transposed convolution (the gradient of conv1d) with weight (C, O/groups, K). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_conv_transpose1d(const ignis_tensor* input,
                                              const ignis_tensor* weight, const ignis_tensor* bias,
                                              const int64_t* stride, size_t stride_count,
                                              const int64_t* padding, size_t padding_count,
                                              const int64_t* output_padding,
                                              size_t output_padding_count, int64_t groups,
                                              const int64_t* dilation, size_t dilation_count,
                                              ignis_tensor** out);

/* 2-D transposed convolution (the gradient of conv2d) with weight (C, O/groups, kH, kW). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_conv_transpose2d(const ignis_tensor* input,
                                              const ignis_tensor* weight, const ignis_tensor* bias,
                                              const int64_t* stride, size_t stride_count,
                                              const int64_t* padding, size_t padding_count,
                                              const int64_t* output_padding,
                                              size_t output_padding_count, int64_t groups,
                                              const int64_t* dilation, size_t dilation_count,
                                              ignis_tensor** out);

/* ---- pool ---- */

/* Maximum over sliding windows of the last dim of (N, C, L) or (C, L); stride defaults to kernel_size. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_max_pool1d(const ignis_tensor* self, const int64_t* kernel_size,
                                        size_t kernel_size_count, const int64_t* stride,
                                        size_t stride_count, const int64_t* padding,
                                        size_t padding_count, const int64_t* dilation,
                                        size_t dilation_count, int32_t ceil_mode,
                                        ignis_tensor** out);

/* Maximum over sliding windows of the last two dims of (N, C, H, W) or (C, H, W). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_max_pool2d(const ignis_tensor* self, const int64_t* kernel_size,
                                        size_t kernel_size_count, const int64_t* stride,
                                        size_t stride_count, const int64_t* padding,
                                        size_t padding_count, const int64_t* dilation,
                                        size_t dilation_count, int32_t ceil_mode,
                                        ignis_tensor** out);

/* max_pool2d and the flat index (h * W + w) of each maximum in its input plane. (each out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_max_pool2d_with_indices(
    const ignis_tensor* self, const int64_t* kernel_size, size_t kernel_size_count,
    const int64_t* stride, size_t stride_count, const int64_t* padding, size_t padding_count,
    const int64_t* dilation, size_t dilation_count, int32_t ceil_mode, ignis_tensor** out0,
    ignis_tensor** out1);

/* Mean over sliding windows of the last dim of (N, C, L) or (C, L). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_avg_pool1d(const ignis_tensor* self, const int64_t* kernel_size,
                                        size_t kernel_size_count, const int64_t* stride,
                                        size_t stride_count, const int64_t* padding,
                                        size_t padding_count, int32_t ceil_mode,
                                        int32_t count_include_pad, ignis_tensor** out);

/* Mean over sliding windows of the last two dims; divisor_override replaces the window size. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_avg_pool2d(const ignis_tensor* self, const int64_t* kernel_size,
                                        size_t kernel_size_count, const int64_t* stride,
                                        size_t stride_count, const int64_t* padding,
                                        size_t padding_count, int32_t ceil_mode,
                                        int32_t count_include_pad, const int64_t* divisor_override,
                                        ignis_tensor** out);

/* Mean over output_size evenly spread windows of the last dim. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_adaptive_avg_pool1d(const ignis_tensor* self,
                                                 const int64_t* output_size,
                                                 size_t output_size_count, ignis_tensor** out);

/* Mean over an output_size grid of evenly spread windows of the last two dims. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_adaptive_avg_pool2d(const ignis_tensor* self,
                                                 const int64_t* output_size,
                                                 size_t output_size_count, ignis_tensor** out);

/* Maximum over an output_size grid of windows, and the flat index (h * W + w) of each maximum. (each out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_adaptive_max_pool2d(const ignis_tensor* self,
                                                 const int64_t* output_size,
                                                 size_t output_size_count, ignis_tensor** out0,
                                                 ignis_tensor** out1);

/* Resizes the spatial dims to size (or scale_factor times): mode "nearest", "linear" (3-D input) or "bilinear" (4-D input). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_interpolate(const ignis_tensor* input, const int64_t* size,
                                         size_t size_count, const double* scale_factor,
                                         const char* mode, const int32_t* align_corners,
                                         ignis_tensor** out);

/* ---- loss ---- */

/* Cross entropy of logits (classes in dim 1) against class indices or class probabilities, with class weights, ignore_index and label smoothing. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_cross_entropy(const ignis_tensor* input, const ignis_tensor* target,
                                           const ignis_tensor* weight, int64_t ignore_index,
                                           const char* reduction, double label_smoothing,
                                           ignis_tensor** out);

/* Negative log likelihood -weight[t] * input[n, t] of log-probabilities (classes in dim 1); mean divides by the summed weights. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_nll_loss(const ignis_tensor* input, const ignis_tensor* target,
                                      const ignis_tensor* weight, int64_t ignore_index,
                                      const char* reduction, ignis_tensor** out);

/* Squared error (input - target)^2, reduced by reduction ("none", "mean" or "sum"). (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_mse_loss(const ignis_tensor* input, const ignis_tensor* target,
                                      const char* reduction, ignis_tensor** out);

/* Absolute error |input - target|, reduced by reduction. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_l1_loss(const ignis_tensor* input, const ignis_tensor* target,
                                     const char* reduction, ignis_tensor** out);

/* 0.5 d^2 / beta where |d| < beta, else |d| - 0.5 beta (d = input - target), reduced. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_smooth_l1_loss(const ignis_tensor* input, const ignis_tensor* target,
                                            const char* reduction, double beta, ignis_tensor** out);

/* 0.5 d^2 where |d| <= delta, else delta (|d| - 0.5 delta), reduced. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_huber_loss(const ignis_tensor* input, const ignis_tensor* target,
                                        const char* reduction, double delta, ignis_tensor** out);

/* -weight (t log(p) + (1 - t) log(1 - p)) of probabilities p, logs clamped at -100 like PyTorch. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_binary_cross_entropy(const ignis_tensor* input,
                                                  const ignis_tensor* target,
                                                  const ignis_tensor* weight,
                                                  const char* reduction, ignis_tensor** out);

/* Binary cross entropy of sigmoid(input) computed stably from logits, with weight and pos_weight. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_binary_cross_entropy_with_logits(
    const ignis_tensor* input, const ignis_tensor* target, const ignis_tensor* weight,
    const ignis_tensor* pos_weight, const char* reduction, ignis_tensor** out);

/* target (log(target) - input) pointwise (input is log-probabilities; log_target gives target as logs), reduced. (*out is a new reference the caller owns; any thread.) */
IGNIS_API ignis_status ignis_kl_div(const ignis_tensor* input, const ignis_tensor* target,
                                    const char* reduction, int32_t log_target, ignis_tensor** out);

#ifdef __cplusplus
}
#endif

#endif /* IGNIS_OPS_H */
