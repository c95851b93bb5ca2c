// Gradient clipping (optim/clip_grad.h), with torch.nn.utils' rules.
#include "optim/clip_grad.h"

#include <algorithm>
#include <cmath>

#include "ops/ops.gen.h"
#include "tensor/graph.h"

namespace ignis::optim {

Tensor clip_grad_norm_(const std::vector<Tensor>& params, double max_norm, double norm_type,
                       bool error_if_nonfinite) {
  NoGradGuard no_grad;
  std::vector<Tensor> grads;
  for (const Tensor& p : params)
    if (p.defined() && p.grad().defined()) grads.push_back(p.grad());
  if (grads.empty()) return zeros({});
  IGNIS_CHECK(norm_type > 0 || std::isinf(norm_type), InvalidArgument,
              "clip_grad_norm_: expected norm_type > 0 or inf but got ", norm_type);
  bool is_inf = std::isinf(norm_type);
  double total = 0.0;
  for (const Tensor& g : grads) {
    double n = norm(g.detach(), Scalar(norm_type)).item<double>();
    if (is_inf)
      total = std::isnan(n) || std::isnan(total) ? NAN : std::max(total, n);
    else
      total += std::pow(n, norm_type);
  }
  if (!is_inf) total = std::pow(total, 1.0 / norm_type);
  IGNIS_CHECK(!error_if_nonfinite || std::isfinite(total), InvalidArgument,
              "clip_grad_norm_: the total norm of order ", norm_type, " of the gradients is ",
              total,
              ", so they cannot be clipped; set error_if_nonfinite=false to skip this check");
  double coef = std::min(max_norm / (total + 1e-6), 1.0);
  for (const Tensor& g : grads) {
    Tensor gd = g.detach();
    mul_(gd, Scalar(coef));
  }
  return full({}, total, {.dtype = grads[0].dtype()});
}

void clip_grad_value_(const std::vector<Tensor>& params, double clip_value) {
  NoGradGuard no_grad;
  for (const Tensor& p : params) {
    if (!p.defined() || !p.grad().defined()) continue;
    Tensor g = p.grad().detach();
    clamp_(g, Scalar(-clip_value), Scalar(clip_value));
  }
}

}  // namespace ignis::optim
