// Kernel slots of the unary op family (front ends in ops/unary*.cpp, CPU loops in
// kernels/cpu/unary*.cpp). Each kernel gets a TensorIter whose operand 0 is the output and
// operand 1 the input, already in the dtypes the front end chose (see ops/unary.cpp).
#pragma once

#include "kernels/registry.h"
#include "tensor/tensor_iter.h"

namespace ignis {

// Ops whose kernel takes only the iterator.
// clang-format off
#define IGNIS_UNARY_PLAIN_OPS(X)                                                          \
  X(neg) X(abs) X(sign) X(exp) X(exp2) X(expm1) X(log) X(log2) X(log10) X(log1p)         \
  X(sqrt) X(rsqrt) X(reciprocal) X(sin) X(cos) X(tan) X(asin) X(acos) X(atan) X(sinh)     \
  X(cosh) X(tanh) X(sigmoid) X(logsigmoid) X(relu) X(relu6) X(selu) X(silu) X(mish)       \
  X(hardswish) X(hardsigmoid) X(erf) X(erfinv) X(floor) X(ceil) X(round) X(trunc)         \
  X(frac) X(isnan) X(isinf) X(isfinite) X(logical_not) X(bitwise_not)
// clang-format on

#define IGNIS_DECLARE_UNARY_KERNEL(name) IGNIS_DECLARE_KERNEL(name, void(const TensorIter& it));
IGNIS_UNARY_PLAIN_OPS(IGNIS_DECLARE_UNARY_KERNEL)
#undef IGNIS_DECLARE_UNARY_KERNEL

// Ops with parameters (already validated and converted to double by the front end).
IGNIS_DECLARE_KERNEL(leaky_relu, void(const TensorIter& it, double negative_slope));
IGNIS_DECLARE_KERNEL(elu,
                     void(const TensorIter& it, double alpha, double scale, double input_scale));
IGNIS_DECLARE_KERNEL(gelu, void(const TensorIter& it, bool tanh_approximation));
IGNIS_DECLARE_KERNEL(softplus, void(const TensorIter& it, double beta, double threshold));
IGNIS_DECLARE_KERNEL(round_decimals, void(const TensorIter& it, int64_t decimals));
// nan, posinf and neginf are the replacement values, already defaulted for the dtype.
IGNIS_DECLARE_KERNEL(nan_to_num,
                     void(const TensorIter& it, double nan, double posinf, double neginf));

// Fused backward of relu-like ops: out[i] = grad[i] * (y[i] > threshold), over contiguous tensors
// of one floating dtype and one shape (the composite formula's values, NaN and inf included).
IGNIS_DECLARE_KERNEL(threshold_backward, void(const Tensor& out, const Tensor& grad,
                                              const Tensor& y, double threshold));

}  // namespace ignis
