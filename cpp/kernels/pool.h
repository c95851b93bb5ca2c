// Kernel slots of the pooling and resampling family (cpp/ops/pool.cpp). The front end reduces
// every op to planes: x is (P, H, W) and out (P, OH, OW), both contiguous, and it computes per
// axis which input positions feed each output position ("taps").
#pragma once

#include <cstdint>
#include <vector>

#include "kernels/registry.h"
#include "tensor/tensor.h"

namespace ignis {

// Per output index o of one axis: input indices idx[off[o] .. off[o+1]) with weights w (w is
// empty for max pools).
struct AxisTaps {
  std::vector<int64_t> off{0};
  std::vector<int64_t> idx;
  std::vector<double> w;
  int64_t in_size = 0;  // length of the input axis
  int64_t out_size() const { return static_cast<int64_t>(off.size()) - 1; }
};

// A separable linear map (average pools, interpolation):
//   out[p, i, j] = scale * sum_{a in h[i], b in w[j]} h.w[a] * w.w[b] * x[p, h.idx[a], w.idx[b]].
// adjoint = true runs the transpose instead: x is (P, OH, OW), out (P, H, W) and is overwritten.
IGNIS_DECLARE_KERNEL(pool_linear, void(const Tensor& out, const Tensor& x, const AxisTaps& h,
                                       const AxisTaps& w, double scale, bool adjoint));
// Window maximum: out[p, i, j] = max over the window's taps (NaN wins), indices (i64, may be
// undefined) = the flat index h * W + w of the maximum (the first one on ties).
IGNIS_DECLARE_KERNEL(pool_max, void(const Tensor& out, const Tensor& indices, const Tensor& x,
                                    const AxisTaps& h, const AxisTaps& w));

// The gradient of a window max: out (P, H, W) = zeros with g (P, OH, OW) added at the flat
// plane indices (i64, from pool_max) of each output.
IGNIS_DECLARE_KERNEL(pool_max_backward,
                     void(const Tensor& out, const Tensor& g, const Tensor& indices));

}  // namespace ignis
