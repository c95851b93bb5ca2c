// Backward formulas of the pools and interpolation (see pool_grad.h).
#include "ops/pool_grad.h"

#include "ops/ops.gen.h"

namespace ignis {

Tensor apply_linear_map(const Tensor& x, const std::shared_ptr<const LinearMap>& m, bool adjoint) {
  const AxisTaps& h = m->h;
  const AxisTaps& w = m->w;
  Tensor xc = x.contiguous();
  std::vector<int64_t> shape{x.size(0)};
  if (adjoint) {
    shape.push_back(h.in_size);
    shape.push_back(w.in_size);
  } else {
    shape.push_back(h.out_size());
    shape.push_back(w.out_size());
  }
  Tensor out = empty(shape, {.dtype = x.dtype(), .device = x.device()});
  kernel(pool_linear_kernel, "pool", x.device())(out, xc, h, w, m->scale, adjoint);
  if (any_requires_grad({&x}))
    record(adjoint ? "PoolLinearAdjointBackward" : "PoolLinearBackward", {x}, {&out}, {},
           [m, adjoint](const TensorList& g, const TensorList&) -> TensorList {
             return {apply_linear_map(g[0], m, !adjoint)};
           });
  return out;
}

Tensor max_pool_grad(const Tensor& g, const Tensor& indices, int64_t P, int64_t H, int64_t W) {
  if (!any_requires_grad({&g})) {  // no graph to build: the fused kernel
    Tensor out = empty({P, H, W}, {.dtype = g.dtype(), .device = g.device()});
    kernel(pool_max_backward_kernel, "max_pool backward", g.device())(out, g.detach().contiguous(),
                                                                      indices.contiguous());
    return out;
  }
  Tensor z = zeros({P, H * W}, {.dtype = g.dtype(), .device = g.device()});
  return scatter_add(z, 1, indices.reshape({P, -1}), g.reshape({P, -1})).view({P, H, W});
}

}  // namespace ignis
