// Kernels behind the neural-network functions (ops/nn*.cpp) and the fused losses (ops/loss.cpp).
// Every tensor a kernel receives is contiguous; the front ends make it so.
#pragma once

#include "kernels/registry.h"
#include "tensor/tensor.h"

namespace ignis {

// out = softmax (or log_softmax when log) of in along dim; same shape and floating dtype.
IGNIS_DECLARE_KERNEL(softmax, void(const Tensor& out, const Tensor& in, int64_t dim, bool log));
// Rows of in viewed as (M, N): out = (x - mean) / sqrt(var + eps) * weight + bias, where weight
// and bias are undefined or hold N elements of in's dtype. rms: no mean subtraction, var =
// mean(x^2).
IGNIS_DECLARE_KERNEL(layer_norm, void(const Tensor& out, const Tensor& in, const Tensor& weight,
                                      const Tensor& bias, int64_t N, double eps, bool rms));
// loss[n] = logsumexp(in[n, :]) - in[n, target[n]] for in (N, C) and int64 target (N); 0 where
// target[n] == ignore_index. Targets are in range (the front end checks).
IGNIS_DECLARE_KERNEL(cross_entropy_rows, void(const Tensor& loss, const Tensor& in,
                                              const Tensor& target, int64_t ignore_index));

}  // namespace ignis
