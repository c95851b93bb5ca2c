// oneDNN paths of the CPU convolution kernels (conv.cpp): forward convolution, transposed
// convolution (oneDNN's deconvolution, which is also conv's input gradient) and conv's weight
// and bias gradient. Each takes the kernel slot's arguments (kernels/conv.h) and returns false
// when oneDNN cannot take the case (a dtype or geometry it lacks); the caller then runs the
// reference loop. Primitives are cached by shape, strides, dtype and geometry (dnnl_utils.h).
#pragma once

#include "kernels/conv.h"

namespace ignis::conv_dnnl {

// out = conv(x, w) + bias.
bool forward(const Tensor& out, const Tensor& x, const Tensor& w, const Tensor& bias,
             const ConvParams& p);
// out = conv_transpose(x, w) + bias.
bool transpose_forward(const Tensor& out, const Tensor& x, const Tensor& w, const Tensor& bias,
                       const ConvParams& p);
// gw, gb = the weight and bias gradients of conv(x, w) for output gradient g.
bool backward_weight(const Tensor& gw, const Tensor& gb, const Tensor& x, const Tensor& g,
                     const ConvParams& p);

}  // namespace ignis::conv_dnnl
