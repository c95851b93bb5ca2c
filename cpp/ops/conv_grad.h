// Backward of the convolutions (cpp/ops/conv.cpp), written with conv and conv_transpose
// themselves so that double backward works: the input gradient of conv is a transposed
// convolution of grad with the weight, the weight gradient a convolution of input with grad.
// When no graph is being built (backward without create_graph) the weight and bias gradients
// come from a fused kernel instead (conv_weight_grad_fused), which is several times faster.
// Note: padding="same" with an odd total padding crops the output with narrow(); gradgradcheck
// of that case fails with respect to grad_output (narrow's backward is not differentiated again
// by the shape family yet), so its grad case runs gradcheck only.
#pragma once

#include "kernels/conv.h"
#include "ops/history.h"

namespace ignis {

// The unchecked convolution of batched x (N, C, *sp) with w; records history.
Tensor conv_nd(const Tensor& x, const Tensor& w, const Tensor& bias, const ConvParams& p);
// The unchecked transposed convolution of batched x with w (C, O/groups, *k); records history.
Tensor conv_transpose_nd(const Tensor& x, const Tensor& w, const Tensor& bias, const ConvParams& p);
// Gradient of conv's weight (shape of w) from input x and output gradient g.
Tensor conv_weight_grad(const Tensor& x, const Tensor& g, IntArrayRef w_shape, const ConvParams& p);
// The same gradient, and the bias's (g summed over batch and space) when with_bias, from the
// fused kernel (kernels/conv.h): fast, but records no history (not differentiable again).
std::pair<Tensor, Tensor> conv_weight_grad_fused(const Tensor& x, const Tensor& g,
                                                 IntArrayRef w_shape, const ConvParams& p,
                                                 bool with_bias);

// Records the backward node of out = conv(x, w) + bias (transposed: conv_transpose).
void record_conv(const Tensor& x, const Tensor& w, const Tensor& bias, const ConvParams& p,
                 bool transposed, Tensor& out);

}  // namespace ignis
