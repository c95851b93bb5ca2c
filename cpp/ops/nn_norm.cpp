// Front ends of the normalizations: layer_norm (a fused kernel, kernels/cpu/nn.cpp, with its
// backward in nn_grad.cpp), batch_norm (fused kernels, kernels/norm.h, for float32/float64 on
// the CPU; composed from ops otherwise), and group_norm, rms_norm and instance_norm composed
// from differentiable ops (statistics in float32 for float16/bfloat16 inputs).
#include <cmath>
#include <limits>

#include "kernels/nn.h"
#include "kernels/norm.h"
#include "ops/nn_grad.h"
#include "ops/operators.h"
#include "ops/ops.gen.h"
#include "tensor/broadcast.h"
#include "tensor/dim_vector.h"
#include "tensor/graph.h"

namespace ignis {
namespace {

void check_floating_input(const Tensor& t, const char* op) {
  IGNIS_CHECK(is_floating(t.dtype()), DType, op,
              ": expected input to be a floating point tensor (float16, bfloat16, float32 or "
              "float64) but got ",
              dtype_name(t.dtype()));
}

// float16 and bfloat16 compute in float32.
Tensor up(const Tensor& t) {
  return t.dtype() == DType::F16 || t.dtype() == DType::BF16 ? t.to(DType::F32) : t;
}

const Tensor* opt(const std::optional<Tensor>& t) { return t && t->defined() ? &*t : nullptr; }

// A per-channel tensor of C elements, checked, shaped (1, C, 1, ...) for an input of ndim dims.
Tensor channel(const Tensor& t, int64_t C, int64_t ndim, const char* op, const char* arg) {
  IGNIS_CHECK(t.numel() == C, Shape, op, ": expected ", arg, " to have ", C,
              " elements (one per channel) but got shape ", shape_str(t.sizes()));
  std::vector<int64_t> s(ndim, 1);
  s[1] = C;
  return t.reshape(s);
}

// Biased variance of x over dims around its mean mu (kept dims).
Tensor var_of(const Tensor& x, IntArrayRef dims, const Tensor& mu) {
  Tensor c = x - mu;
  return mean(c * c, dims, true);
}

std::vector<int64_t> dims_except_1(int64_t ndim) {
  std::vector<int64_t> d{0};
  for (int64_t i = 2; i < ndim; ++i) d.push_back(i);
  return d;
}

void check_trailing(const Tensor& input, IntArrayRef normalized_shape, const char* op) {
  const int64_t k = static_cast<int64_t>(normalized_shape.size());
  IGNIS_CHECK(k >= 1, InvalidArgument, op, ": expected normalized_shape to have at least 1 dim");
  bool ok = input.dim() >= k;
  for (int64_t i = 0; ok && i < k; ++i) ok = input.size(input.dim() - k + i) == normalized_shape[i];
  IGNIS_CHECK(ok, Shape, op, ": given normalized_shape=", shape_str(normalized_shape),
              ", expected input with shape [*, ", shape_str(normalized_shape).substr(1),
              " but got input of size ", shape_str(input.sizes()));
}

void check_affine(const Tensor* t, IntArrayRef normalized_shape, const Tensor& input,
                  const char* op, const char* arg) {
  if (!t) return;
  IGNIS_CHECK(equal_dims(t->sizes(), normalized_shape), Shape, op, ": expected ", arg,
              " to be of same shape as normalized_shape ", shape_str(normalized_shape), " but got ",
              arg, " of shape ", shape_str(t->sizes()));
  IGNIS_CHECK(t->dtype() == input.dtype(), DType, op, ": expected ", arg, " of dtype ",
              dtype_name(input.dtype()), " but got ", dtype_name(t->dtype()));
}

// True when batch_norm can take the fused kernels: a non-empty float32/float64 CPU input with
// weight and bias of its dtype and running statistics that need no gradient.
bool batch_norm_fusable(const Tensor& input, const Tensor* rm, const Tensor* rv, const Tensor* w,
                        const Tensor* b) {
  auto same = [&](const Tensor* t) { return !t || t->dtype() == input.dtype(); };
  auto no_grad = [](const Tensor* t) { return !t || !t->requires_grad(); };
  return (input.dtype() == DType::F32 || input.dtype() == DType::F64) && input.device().is_cpu() &&
         input.numel() > 0 && same(w) && same(b) && no_grad(rm) && no_grad(rv);
}

// batch_norm through the fused kernels. Its backward node runs the fused backward kernel, or,
// when a graph is being built (create_graph), the same gradient written with ops (statistics
// recomputed from the input), so it differentiates again.
Tensor batch_norm_fused(const Tensor& input, const Tensor* rm, const Tensor* rv, const Tensor* w,
                        const Tensor* b, bool training, double momentum, double eps) {
  const int64_t N = input.size(0), C = input.size(1), nd = input.dim();
  const TensorOptions o{.dtype = input.dtype(), .device = input.device()};
  Tensor x = input.detach().contiguous().view({N, C, -1});
  Tensor W = w ? *w : Tensor(), B = b ? *b : Tensor();
  Tensor mu, invstd;
  {
    NoGradGuard no_history;  // the statistics' gradient is the node's business
    if (training) {
      const int64_t count = input.numel() / C;
      mu = empty({C}, o);
      Tensor var = empty({C}, o);
      kernel(batch_norm_stats_kernel, "batch_norm", input.device())(mu, var, x);
      if (rm) Tensor(*rm).mul_(1 - momentum).add_(mu.to(rm->dtype()) * momentum);
      if (rv) {
        Tensor unbiased = var * (static_cast<double>(count) / (count - 1));
        Tensor(*rv).mul_(1 - momentum).add_(unbiased.to(rv->dtype()) * momentum);
      }
      invstd = rsqrt(var + eps);
    } else {
      mu = rm->to(input.dtype()).reshape({C}).clone();  // a copy: the buffer may change later
      invstd = rsqrt(rv->to(input.dtype()).reshape({C}) + eps);
    }
  }
  Tensor wc = W.defined() ? W.detach().reshape({C}).contiguous() : W;
  Tensor bc = B.defined() ? B.detach().reshape({C}).contiguous() : B;
  Tensor out = empty(input.sizes(), o);
  kernel(batch_norm_apply_kernel, "batch_norm", input.device())(out.view({N, C, -1}), x, mu, invstd,
                                                                wc, bc);
  if (!any_requires_grad({&input, &W, &B})) return out;
  bool need_x = input.requires_grad(), need_w = W.defined() && W.requires_grad(),
       need_b = B.defined() && B.requires_grad();
  std::vector<int64_t> x_shape = input.shape();
  std::vector<int64_t> w_shape = W.defined() ? W.shape() : std::vector<int64_t>{};
  record("NativeBatchNormBackward0", {input, W, B}, {&out},
         {{input, false}, {W, false}, {mu, false}, {invstd, false}},
         [=](const TensorList& g, const TensorList& s) -> TensorList {
           const Tensor &x = s[0], &w = s[1];
           Tensor gx, gw, gb;
           if (!any_requires_grad({&g[0], &x, &w})) {  // no graph to build: the fused kernel
             const TensorOptions go{.dtype = x.dtype(), .device = x.device()};
             if (need_x) gx = empty(x_shape, go);
             if (need_w) gw = empty({C}, go);
             if (need_b) gb = empty({C}, go);
             kernel(batch_norm_backward_kernel, "batch_norm backward",
                    x.device())(need_x ? gx.view({N, C, -1}) : gx, gw, gb,
                                g[0].detach().contiguous().view({N, C, -1}),
                                x.detach().contiguous().view({N, C, -1}), s[2], s[3],
                                w.defined() ? w.detach().reshape({C}).contiguous() : w, training);
           } else {
             std::vector<int64_t> dims = dims_except_1(nd), cs(nd, 1);
             cs[1] = C;
             Tensor m = training ? mean(x, dims, true) : s[2].reshape(cs);
             Tensor is = training ? rsqrt(var_of(x, dims, m) + eps) : s[3].reshape(cs);
             Tensor xhat = (x - m) * is;
             const Tensor& gy = g[0];
             if (need_b) gb = sum(gy, dims);
             if (need_w) gw = sum(gy * xhat, dims);
             if (need_x) {
               Tensor a = w.defined() ? is * w.reshape(cs) : is;
               gx = training ? a * (gy - mean(gy, dims, true) - xhat * mean(gy * xhat, dims, true))
                             : a * gy;
             }
           }
           if (gw.defined()) gw = gw.reshape(w_shape);
           return {gx, gw, gb};
         });
  return out;
}

}  // namespace

Tensor layer_norm(const Tensor& input, IntArrayRef normalized_shape,
                  const std::optional<Tensor>& weight, const std::optional<Tensor>& bias,
                  double eps) {
  const char* op = "layer_norm";
  check_floating_input(input, op);
  check_trailing(input, normalized_shape, op);
  check_affine(opt(weight), normalized_shape, input, op, "weight");
  check_affine(opt(bias), normalized_shape, input, op, "bias");
  int64_t N = 1;
  for (int64_t s : normalized_shape) N *= s;
  Tensor w = opt(weight) ? *weight : Tensor(), b = opt(bias) ? *bias : Tensor();
  Tensor out = empty(input.sizes(), {.dtype = input.dtype(), .device = input.device()});
  kernel(layer_norm_kernel, op, input.device())(out, input.contiguous(),
                                                w.defined() ? w.contiguous() : w,
                                                b.defined() ? b.contiguous() : b, N, eps, false);
  record_layer_norm(input, w, b, out, static_cast<int64_t>(normalized_shape.size()), eps);
  return out;
}

Tensor rms_norm(const Tensor& input, IntArrayRef normalized_shape,
                const std::optional<Tensor>& weight, std::optional<double> eps) {
  const char* op = "rms_norm";
  check_floating_input(input, op);
  check_trailing(input, normalized_shape, op);
  check_affine(opt(weight), normalized_shape, input, op, "weight");
  const double e =
      eps.value_or(input.dtype() == DType::F64   ? std::numeric_limits<double>::epsilon()
                   : input.dtype() == DType::F32 ? std::numeric_limits<float>::epsilon()
                   : input.dtype() == DType::F16 ? 0.0009765625
                                                 : 0.0078125);
  std::vector<int64_t> dims;
  for (int64_t i = input.dim() - static_cast<int64_t>(normalized_shape.size()); i < input.dim();
       ++i)
    dims.push_back(i);
  Tensor x = up(input);
  Tensor y = x * rsqrt(mean(x * x, dims, true) + e);
  if (opt(weight)) y = y * up(*weight);
  return y.to(input.dtype());
}

Tensor batch_norm(const Tensor& input, const std::optional<Tensor>& running_mean,
                  const std::optional<Tensor>& running_var, const std::optional<Tensor>& weight,
                  const std::optional<Tensor>& bias, bool training, double momentum, double eps) {
  const char* op = "batch_norm";
  check_floating_input(input, op);
  IGNIS_CHECK(input.dim() >= 2, Shape, op,
              ": expected input with at least 2 dims (N, C, ...) but got ", input.dim(), "-D");
  const int64_t C = input.size(1), nd = input.dim();
  const Tensor *rm = opt(running_mean), *rv = opt(running_var);
  if (rm) channel(*rm, C, nd, op, "running_mean");
  if (rv) channel(*rv, C, nd, op, "running_var");
  const Tensor *w = opt(weight), *b = opt(bias);
  if (w) channel(*w, C, nd, op, "weight");
  if (b) channel(*b, C, nd, op, "bias");
  if (training) {
    const int64_t count = C == 0 ? 0 : input.numel() / C;
    IGNIS_CHECK(count > 1, InvalidArgument, op,
                ": expected more than 1 value per channel when training, got input size ",
                shape_str(input.sizes()));
  } else {
    IGNIS_CHECK(rm && rv, InvalidArgument, op,
                ": expected running_mean and running_var when training is false");
  }
  if (batch_norm_fusable(input, rm, rv, w, b))
    return batch_norm_fused(input, rm, rv, w, b, training, momentum, eps);
  std::vector<int64_t> dims = dims_except_1(nd);
  Tensor x = up(input);
  Tensor mu, var;
  if (training) {
    const int64_t count = C == 0 ? 0 : input.numel() / C;
    IGNIS_CHECK(count > 1, InvalidArgument, op,
                ": expected more than 1 value per channel when training, got input size ",
                shape_str(input.sizes()));
    mu = mean(x, dims, true);
    var = var_of(x, dims, mu);
    if (rm || rv) {
      NoGradGuard no_history;
      if (rm) Tensor(*rm).mul_(1 - momentum).add_(mu.reshape({C}).to(rm->dtype()) * momentum);
      if (rv) {
        Tensor unbiased = var.reshape({C}) * (static_cast<double>(count) / (count - 1));
        Tensor(*rv).mul_(1 - momentum).add_(unbiased.to(rv->dtype()) * momentum);
      }
    }
  } else {
    IGNIS_CHECK(rm && rv, InvalidArgument, op,
                ": expected running_mean and running_var when training is false");
    mu = channel(up(*rm), C, nd, op, "running_mean");
    var = channel(up(*rv), C, nd, op, "running_var");
  }
  Tensor y = (x - mu) * rsqrt(var + eps);
  if (const Tensor* w = opt(weight)) y = y * channel(up(*w), C, nd, op, "weight");
  if (const Tensor* b = opt(bias)) y = y + channel(up(*b), C, nd, op, "bias");
  return y.to(input.dtype());
}

Tensor group_norm(const Tensor& input, int64_t num_groups, const std::optional<Tensor>& weight,
                  const std::optional<Tensor>& bias, double eps) {
  const char* op = "group_norm";
  check_floating_input(input, op);
  IGNIS_CHECK(input.dim() >= 2, Shape, op,
              ": expected input with at least 2 dims (N, C, ...) but got ", input.dim(), "-D");
  const int64_t N = input.size(0), C = input.size(1), nd = input.dim();
  IGNIS_CHECK(num_groups > 0 && C % num_groups == 0, InvalidArgument, op,
              ": expected number of channels in input to be divisible by num_groups, but got "
              "input of shape ",
              shape_str(input.sizes()), " and num_groups=", num_groups);
  Tensor x = up(input).reshape({N, num_groups, -1});
  Tensor mu = mean(x, {2}, true);
  Tensor y = ((x - mu) * rsqrt(var_of(x, {2}, mu) + eps)).reshape(input.sizes());
  if (const Tensor* w = opt(weight)) y = y * channel(up(*w), C, nd, op, "weight");
  if (const Tensor* b = opt(bias)) y = y + channel(up(*b), C, nd, op, "bias");
  return y.to(input.dtype());
}

Tensor instance_norm(const Tensor& input, const std::optional<Tensor>& weight,
                     const std::optional<Tensor>& bias, const std::optional<Tensor>& running_mean,
                     const std::optional<Tensor>& running_var, bool use_input_stats,
                     double momentum, double eps) {
  const char* op = "instance_norm";
  check_floating_input(input, op);
  IGNIS_CHECK(input.dim() >= 3, Shape, op,
              ": expected input with at least 3 dims (N, C, spatial...) but got ", input.dim(),
              "-D");
  const int64_t C = input.size(1), nd = input.dim();
  const Tensor *rm = opt(running_mean), *rv = opt(running_var);
  if (rm) channel(*rm, C, nd, op, "running_mean");
  if (rv) channel(*rv, C, nd, op, "running_var");
  std::vector<int64_t> dims;
  for (int64_t i = 2; i < nd; ++i) dims.push_back(i);
  Tensor x = up(input);
  Tensor mu, var;
  if (use_input_stats) {
    const int64_t spatial = input.numel() / std::max<int64_t>(1, input.size(0) * C);
    IGNIS_CHECK(spatial > 1 || input.numel() == 0, InvalidArgument, op,
                ": expected more than 1 spatial element when training, got input size ",
                shape_str(input.sizes()));
    mu = mean(x, dims, true);
    var = var_of(x, dims, mu);
    if (rm || rv) {
      NoGradGuard no_history;
      if (rm)
        Tensor(*rm)
            .mul_(1 - momentum)
            .add_(mean(mu.reshape({input.size(0), C}), {0}).to(rm->dtype()) * momentum);
      if (rv) {
        Tensor unbiased = mean(var.reshape({input.size(0), C}), {0}) *
                          (static_cast<double>(spatial) / std::max<int64_t>(1, spatial - 1));
        Tensor(*rv).mul_(1 - momentum).add_(unbiased.to(rv->dtype()) * momentum);
      }
    }
  } else {
    IGNIS_CHECK(rm && rv, InvalidArgument, op,
                ": expected running_mean and running_var when use_input_stats is false");
    mu = channel(up(*rm), C, nd, op, "running_mean");
    var = channel(up(*rv), C, nd, op, "running_var");
  }
  Tensor y = (x - mu) * rsqrt(var + eps);
  if (const Tensor* w = opt(weight)) y = y * channel(up(*w), C, nd, op, "weight");
  if (const Tensor* b = opt(bias)) y = y + channel(up(*b), C, nd, op, "bias");
  return y.to(input.dtype());
}

}  // namespace ignis
