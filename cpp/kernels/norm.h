// Kernel slots of batch normalization (cpp/ops/nn_norm.cpp). The front end views the input as
// (N, C, S) (S = the product of the spatial dims), contiguous, and passes per-channel vectors
// (C) of the input's dtype; weight and bias may be undefined (1 and 0).
#pragma once

#include "kernels/registry.h"
#include "tensor/tensor.h"

namespace ignis {

// mean[c] and biased var[c] of x over N and S.
IGNIS_DECLARE_KERNEL(batch_norm_stats,
                     void(const Tensor& mean, const Tensor& var, const Tensor& x));
// out = (x - mean[c]) * invstd[c] * weight[c] + bias[c].
IGNIS_DECLARE_KERNEL(batch_norm_apply,
                     void(const Tensor& out, const Tensor& x, const Tensor& mean,
                          const Tensor& invstd, const Tensor& weight, const Tensor& bias));
// The gradients of batch_norm_apply for output gradient gy, where training means mean and
// invstd are x's own statistics (so they depend on x): gx, gw (weight) and gb (bias), each
// undefined to skip it.
IGNIS_DECLARE_KERNEL(batch_norm_backward,
                     void(const Tensor& gx, const Tensor& gw, const Tensor& gb, const Tensor& gy,
                          const Tensor& x, const Tensor& mean, const Tensor& invstd,
                          const Tensor& weight, bool training));

}  // namespace ignis
