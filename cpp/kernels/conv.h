// Kernel slots of the convolution family (cpp/ops/conv.cpp). Tensors arrive batched with 1 to 3
// spatial dims: input (N, C, *in), weight (O, C/groups, *k) for conv and (C, O/groups, *k) for
// conv_transpose, bias (O) or undefined, out (N, O, *out) allocated contiguous by the front end.
// Inputs may be strided views (a gradient, a transposed weight); kernels record no history.
#pragma once

#include <array>
#include <cstdint>

#include "kernels/registry.h"
#include "tensor/tensor.h"

namespace ignis {

// Geometry of one convolution; entries past the spatial rank are unused.
struct ConvParams {
  int64_t nd = 2;  // spatial dims (1, 2 or 3)
  std::array<int64_t, 3> stride{1, 1, 1}, padding{0, 0, 0}, dilation{1, 1, 1},
      output_padding{0, 0, 0};
  int64_t groups = 1;
};

// out = conv(x, w) + bias.
IGNIS_DECLARE_KERNEL(conv_forward, void(const Tensor& out, const Tensor& x, const Tensor& w,
                                        const Tensor& bias, const ConvParams& p));
// out = conv_transpose(x, w) + bias (the adjoint of conv in x).
IGNIS_DECLARE_KERNEL(conv_transpose_forward,
                     void(const Tensor& out, const Tensor& x, const Tensor& w, const Tensor& bias,
                          const ConvParams& p));

// The gradients of out = conv(x, w) + bias given g = d(loss)/d(out): gw (shaped like w,
// contiguous) = sum over batch and output positions of g times the input taps; gb (O, or
// undefined to skip it) = g summed over batch and space.
IGNIS_DECLARE_KERNEL(conv_backward_weight, void(const Tensor& gw, const Tensor& gb, const Tensor& x,
                                                const Tensor& g, const ConvParams& p));

}  // namespace ignis
