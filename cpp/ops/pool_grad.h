// Backward of the pools and interpolation (cpp/ops/pool.cpp). The linear ops (average pools,
// adaptive average pools, interpolation) are a separable map whose backward is its adjoint and
// whose adjoint's backward is the map again, so they differentiate to any order. Max pools send
// the gradient to the argmax through scatter_add (itself differentiable) when a graph is being
// built (create_graph), and through a fused kernel otherwise.
#pragma once

#include <memory>

#include "kernels/pool.h"
#include "ops/history.h"

namespace ignis {

// Per-axis taps and scale of one separable linear map (shared by a node and its adjoint).
struct LinearMap {
  AxisTaps h, w;
  double scale = 1.0;
};

// Applies the map (adjoint: its transpose) to planes x (P, a, b); records history.
Tensor apply_linear_map(const Tensor& x, const std::shared_ptr<const LinearMap>& m, bool adjoint);

// The gradient of a window max: zeros of planes (P, H, W) with g added at indices.
Tensor max_pool_grad(const Tensor& g, const Tensor& indices, int64_t P, int64_t H, int64_t W);

}  // namespace ignis
