// Backward formulas of conv1d/2d/3d and conv_transpose1d/2d (see conv_grad.h).
#include "ops/conv_grad.h"

#include "ops/ops.gen.h"

namespace ignis {

Tensor conv_weight_grad(const Tensor& x, const Tensor& g, IntArrayRef w_shape,
                        const ConvParams& p) {
  // dW[o, c, k] = sum_{n, q} g[n, o, q] x[n, c, q*s - p + k*d]: a convolution of x^T (C, N, *in)
  // with g^T (O, N, *out) as weight, stride and dilation swapped; cropped to the kernel size.
  ConvParams q = p;
  q.groups = 1;
  q.stride = p.dilation;
  q.dilation = p.stride;
  q.output_padding = {0, 0, 0};
  int64_t G = p.groups, Cg = x.size(1) / G, Og = g.size(1) / G;
  std::vector<Tensor> parts;
  for (int64_t gi = 0; gi < G; ++gi) {
    Tensor xg = G == 1 ? x : x.narrow(1, gi * Cg, Cg);
    Tensor gg = G == 1 ? g : g.narrow(1, gi * Og, Og);
    Tensor r = conv_nd(xg.transpose(0, 1), gg.transpose(0, 1), Tensor(), q);  // (Cg, Og, *k')
    for (int64_t i = 0; i < p.nd; ++i)
      if (r.size(2 + i) != w_shape[2 + i]) r = r.narrow(2 + i, 0, w_shape[2 + i]);
    parts.push_back(r.transpose(0, 1));
  }
  return G == 1 ? parts[0].contiguous() : cat(parts, 0);
}

std::pair<Tensor, Tensor> conv_weight_grad_fused(const Tensor& x, const Tensor& g,
                                                 IntArrayRef w_shape, const ConvParams& p,
                                                 bool with_bias) {
  TensorOptions o{.dtype = x.dtype(), .device = x.device()};
  Tensor gw = empty(w_shape, o);
  Tensor gb = with_bias ? empty({g.size(1)}, o) : Tensor();
  kernel(conv_backward_weight_kernel, "conv backward", x.device())(gw, gb, x, g, p);
  return {gw, gb};
}

namespace {

std::vector<int64_t> spatial_dims(int64_t nd) {
  std::vector<int64_t> d{0};
  for (int64_t i = 0; i < nd; ++i) d.push_back(2 + i);
  return d;
}

}  // namespace

void record_conv(const Tensor& x, const Tensor& w, const Tensor& bias, const ConvParams& p,
                 bool transposed, Tensor& out) {
  if (!any_requires_grad({&x, &w, &bias})) return;
  // Which inputs get a gradient (an input that does not require grad has no edge to feed).
  bool need_x = x.requires_grad(), need_w = w.requires_grad();
  bool need_b = bias.defined() && bias.requires_grad();
  auto fn = [p, transposed, need_x, need_w, need_b](const TensorList& g,
                                                    const TensorList& s) -> TensorList {
    const Tensor& x = s[0];
    const Tensor& w = s[1];
    // Without a graph to build (no create_graph, or nothing requiring grad) the weight and
    // bias gradients come from one fused kernel; otherwise from the differentiable formula.
    bool fused = !any_requires_grad({&g[0], &x, &w});
    Tensor gi, gw, gb;
    if (!transposed) {
      if (need_x) {
        ConvParams q = p;  // output_padding restores the input's size
        for (int64_t i = 0; i < p.nd; ++i) {
          int64_t full = (g[0].size(2 + i) - 1) * p.stride[i] - 2 * p.padding[i] +
                         p.dilation[i] * (w.size(2 + i) - 1) + 1;
          q.output_padding[i] = x.size(2 + i) - full;
        }
        gi = conv_transpose_nd(g[0], w, Tensor(), q);
      }
      if (fused && (need_w || need_b)) {
        std::tie(gw, gb) = conv_weight_grad_fused(x, g[0], w.sizes(), p, need_b);
      } else {
        if (need_w) gw = conv_weight_grad(x, g[0], w.sizes(), p);
        if (need_b) gb = sum(g[0], spatial_dims(p.nd));
      }
    } else {
      // conv_transpose is conv's adjoint: its weight gradient is conv's with x and g swapped.
      if (need_x) gi = conv_nd(g[0], w, Tensor(), p);
      if (need_w)
        gw = fused ? conv_weight_grad_fused(g[0], x, w.sizes(), p, false).first
                   : conv_weight_grad(g[0], x, w.sizes(), p);
      if (need_b) gb = sum(g[0], spatial_dims(p.nd));
    }
    return {gi, gw, gb};
  };
  record(transposed ? "ConvolutionBackward1" : "ConvolutionBackward0", {x, w, bias}, {&out},
         {{x, false}, {w, false}}, std::move(fn));
}

}  // namespace ignis
