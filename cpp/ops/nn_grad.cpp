// Backward formulas of the nn ops that run their own kernels (softmax, log_softmax, dropout,
// layer_norm, embedding, the batched product): each written with differentiable ops, so
// create_graph gives second derivatives. layer_norm recomputes its statistics from the saved input
// rather than saving them, so that its double backward sees them as functions of the input.
#include "ops/nn_grad.h"

#include "kernels/nn.h"
#include "ops/grad_utils.h"
#include "ops/operators.h"
#include "ops/ops.gen.h"

namespace ignis {
namespace {

std::vector<int64_t> trailing_dims(int64_t ndim, int64_t n) {
  std::vector<int64_t> d;
  for (int64_t i = ndim - n; i < ndim; ++i) d.push_back(i);
  return d;
}

}  // namespace

void record_softmax(const Tensor& self, Tensor& out, int64_t dim, bool log) {
  if (!any_requires_grad({&self})) return;
  std::vector<int64_t> dims;
  if (self.dim() > 0) dims.push_back(dim);
  auto fn = [dims, log, dt = self.dtype()](const TensorList& g, const TensorList& s) -> TensorList {
    const Tensor& y = s[0];
    Tensor gx =
        log ? g[0] - exp(y) * sum(g[0], dims, true) : y * (g[0] - sum(g[0] * y, dims, true));
    return {gx.dtype() == dt ? gx : gx.to(dt)};
  };
  record(log ? "LogSoftmaxBackward0" : "SoftmaxBackward0", {self}, {&out}, {{out, true}},
         std::move(fn));
}

// The mask carries no history, so grad * mask is differentiable in grad (create_graph works).
void record_dropout(const Tensor& x, const Tensor& mask, Tensor& out) {
  if (!any_requires_grad({&x})) return;
  record("NativeDropoutBackward0", {x}, {&out}, {{mask, false}},
         [](const TensorList& g, const TensorList& s) -> TensorList { return {g[0] * s[0]}; });
}

void record_layer_norm(const Tensor& x, const Tensor& weight, const Tensor& bias, Tensor& out,
                       int64_t ndims, double eps) {
  if (!any_requires_grad({&x, &weight, &bias})) return;
  const bool has_w = weight.defined(), has_b = bias.defined();
  auto fn = [=](const TensorList& g, const TensorList& s) -> TensorList {
    const Tensor& x = s[0];
    std::vector<int64_t> dims = trailing_dims(x.dim(), ndims);
    Tensor xc = x - mean(x, dims, true);
    Tensor rstd = rsqrt(mean(xc * xc, dims, true) + eps);
    Tensor xhat = xc * rstd;
    Tensor gxhat = has_w ? g[0] * s[1] : g[0];
    Tensor gx = rstd * (gxhat - mean(gxhat, dims, true) - xhat * mean(gxhat * xhat, dims, true));
    TensorList r{gx, Tensor(), Tensor()};
    if (has_w) r[1] = sum_to(g[0] * xhat, s[1].sizes());
    if (has_b) r[2] = sum_to(g[0], s[1 + has_w].sizes());
    return r;
  };
  if (has_w && has_b)
    record("NativeLayerNormBackward0", {x, weight, bias}, {&out},
           {{x, false}, {weight, false}, {bias, false}}, std::move(fn));
  else if (has_w)
    record("NativeLayerNormBackward0", {x, weight, bias}, {&out}, {{x, false}, {weight, false}},
           std::move(fn));
  else if (has_b)
    record("NativeLayerNormBackward0", {x, weight, bias}, {&out}, {{x, false}, {bias, false}},
           std::move(fn));
  else
    record("NativeLayerNormBackward0", {x, weight, bias}, {&out}, {{x, false}}, std::move(fn));
}

void record_embedding(const Tensor& weight, const Tensor& index, Tensor& out, int64_t padding_idx) {
  if (!any_requires_grad({&weight})) return;
  record("EmbeddingBackward0", {weight}, {&out}, {{index, false}},
         [padding_idx, ws = weight.shape(),
          dt = weight.dtype()](const TensorList& g, const TensorList& s) -> TensorList {
           const Tensor& idx = s[0];
           Tensor g2 = g[0].reshape({idx.numel(), ws[1]});
           if (padding_idx >= 0) g2 = g2 * ne(idx, Scalar(padding_idx)).unsqueeze(1).to(dt);
           return {index_add(zeros(ws, {.dtype = dt, .device = g2.device()}), 0, idx, g2)};
         });
}

}  // namespace ignis
