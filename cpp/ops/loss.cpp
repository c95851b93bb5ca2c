// Front ends of the loss family. cross_entropy with class-index targets on 2-D input runs a
// fused log-softmax + NLL kernel per row (kernels/cpu/nn.cpp, backward in loss_grad.cpp); the
// other cases and the other losses are compositions of differentiable ops.
#include <cmath>
#include <string>

#include "kernels/nn.h"
#include "ops/loss_grad.h"
#include "ops/operators.h"
#include "ops/ops.gen.h"
#include "tensor/broadcast.h"
#include "tensor/dim_vector.h"
#include "tensor/graph.h"

namespace ignis {
namespace {

enum class Reduction { None, Mean, Sum, BatchMean };

Reduction reduction_of(std::string_view r, const char* op, bool batchmean = false) {
  if (r == "none") return Reduction::None;
  if (r == "mean") return Reduction::Mean;
  if (r == "sum") return Reduction::Sum;
  if (batchmean && r == "batchmean") return Reduction::BatchMean;
  IGNIS_FAIL(InvalidArgument, op, ": expected reduction to be 'none', 'mean' or 'sum'",
             batchmean ? " or 'batchmean'" : "", " but got '", r, "'");
}

Tensor reduce(const Tensor& loss, Reduction r) {
  switch (r) {
  case Reduction::None:
    return loss;
  case Reduction::Sum:
    return sum(loss);
  case Reduction::Mean:
    return mean(loss);
  case Reduction::BatchMean:
    return loss.dim() == 0 ? sum(loss) : sum(loss) / static_cast<double>(loss.size(0));
  }
  return loss;
}

void check_floating_input(const Tensor& t, const char* op, const char* arg) {
  IGNIS_CHECK(is_floating(t.dtype()), DType, op, ": expected ", arg,
              " to be a floating point tensor (float16, bfloat16, float32 or float64) but got ",
              dtype_name(t.dtype()));
}

// Pointwise losses: input and target of one floating dtype, broadcasting like PyTorch.
void check_pair(const Tensor& input, const Tensor& target, const char* op) {
  check_floating_input(input, op, "input");
  IGNIS_CHECK(target.dtype() == input.dtype(), DType, op, ": expected target of dtype ",
              dtype_name(input.dtype()), " (input's) but got ", dtype_name(target.dtype()));
  broadcast_shapes(input.sizes(), target.sizes(), op);
}

void check_same_shape(const Tensor& input, const Tensor& target, const char* op) {
  IGNIS_CHECK(equal_dims(input.sizes(), target.sizes()), Shape, op, ": expected target size ",
              shape_str(target.sizes()), " to be the same as input size ",
              shape_str(input.sizes()));
}

const Tensor* opt(const std::optional<Tensor>& t) { return t && t->defined() ? &*t : nullptr; }

// Class-index targets of an (N, C, d...) or (C) input: integral, shaped like input without
// dim 1, every value in [0, C) or ignore_index. Returns the flat int64 targets.
Tensor check_targets(const Tensor& input, const Tensor& target, int64_t ignore_index,
                     const char* op) {
  IGNIS_CHECK(!is_floating(target.dtype()) && target.dtype() != DType::Bool, DType, op,
              ": expected target of an integer dtype (class indices) but got ",
              dtype_name(target.dtype()));
  IGNIS_CHECK(input.dim() >= 1, Shape, op, ": expected input with at least 1 dim but got 0-D");
  std::vector<int64_t> want;
  if (input.dim() >= 2) {
    want.push_back(input.size(0));
    for (int64_t i = 2; i < input.dim(); ++i) want.push_back(input.size(i));
    IGNIS_CHECK(target.dim() >= 1 && target.size(0) == input.size(0), Shape, op,
                ": expected input batch_size (", input.size(0), ") to match target batch_size (",
                target.dim() >= 1 ? target.size(0) : 1, ")");
  }
  IGNIS_CHECK(equal_dims(target.sizes(), want), Shape, op, ": expected target of shape ",
              shape_str(want), " for input of shape ", shape_str(input.sizes()), " but got ",
              shape_str(target.sizes()));
  const int64_t C = input.dim() >= 2 ? input.size(1) : input.size(0);
  Tensor t = target.to(DType::I64).reshape({target.numel()}).contiguous();
  const int64_t* p = static_cast<const int64_t*>(t.data_ptr());
  for (int64_t i = 0; i < t.numel(); ++i)
    IGNIS_CHECK(p[i] == ignore_index || (p[i] >= 0 && p[i] < C), Index, op, ": Target ", p[i],
                " is out of bounds.");
  return t;
}

// Input with the class dim moved last and flattened to (rows, C).
Tensor class_rows(const Tensor& input) {
  if (input.dim() == 1) return input.unsqueeze(0);
  if (input.dim() == 2) return input;
  std::vector<int64_t> perm{0};
  for (int64_t i = 2; i < input.dim(); ++i) perm.push_back(i);
  perm.push_back(1);
  return input.permute(perm).reshape({-1, input.size(1)});
}

Tensor check_class_weight(const std::optional<Tensor>& weight, const Tensor& input, int64_t C,
                          const char* op) {
  const Tensor* w = opt(weight);
  if (!w) return Tensor();
  IGNIS_CHECK(w->dim() == 1 && w->numel() == C, Shape, op,
              ": weight tensor should be defined either for all ", C,
              " classes or no classes but got weight tensor of shape: ", shape_str(w->sizes()));
  IGNIS_CHECK(w->dtype() == input.dtype(), DType, op, ": expected weight of dtype ",
              dtype_name(input.dtype()), " but got ", dtype_name(w->dtype()));
  return *w;
}

// Per-row weights of flat targets t: weight[t] (1 without weight), 0 where ignored.
Tensor row_weights(const Tensor& w, const Tensor& t, int64_t ignore_index, DType dt) {
  Tensor valid = ne(t, Scalar(ignore_index));
  if (!w.defined()) return valid.to(dt);
  return index_select(w, 0, where(valid, t, Scalar(0))) * valid.to(dt);
}

// Reduces per-row losses (shaped like the targets for none) with the NLL rules: mean divides
// by the summed row weights.
Tensor reduce_rows(const Tensor& loss, const Tensor& wn, Reduction r, IntArrayRef target_shape) {
  switch (r) {
  case Reduction::None:
    return loss.reshape(target_shape);
  case Reduction::Sum:
    return sum(loss);
  default:
    return sum(loss) / sum(wn);
  }
}

}  // namespace

Tensor nll_loss(const Tensor& input, const Tensor& target, const std::optional<Tensor>& weight,
                int64_t ignore_index, std::string_view reduction) {
  const char* op = "nll_loss";
  check_floating_input(input, op, "input");
  Reduction r = reduction_of(reduction, op);
  Tensor t = check_targets(input, target, ignore_index, op);
  const int64_t C = input.dim() >= 2 ? input.size(1) : input.size(0);
  Tensor w = check_class_weight(weight, input, C, op);
  Tensor rows = class_rows(input);
  Tensor safe = where(ne(t, Scalar(ignore_index)), t, Scalar(0));
  Tensor wn = row_weights(w, t, ignore_index, input.dtype());
  Tensor picked = gather(rows, 1, safe.unsqueeze(1)).squeeze(1);
  return reduce_rows(-(picked * wn), wn, r, target.sizes());
}

Tensor cross_entropy(const Tensor& input, const Tensor& target, const std::optional<Tensor>& weight,
                     int64_t ignore_index, std::string_view reduction, double label_smoothing) {
  const char* op = "cross_entropy";
  check_floating_input(input, op, "input");
  Reduction r = reduction_of(reduction, op);
  IGNIS_CHECK(label_smoothing >= 0 && label_smoothing <= 1, InvalidArgument, op,
              ": expected label_smoothing in [0.0, 1.0] but got ", label_smoothing);
  IGNIS_CHECK(input.dim() >= 1, Shape, op, ": expected input with at least 1 dim but got 0-D");
  const int64_t cdim = input.dim() >= 2 ? 1 : 0, C = input.size(cdim);
  Tensor w = check_class_weight(weight, input, C, op);
  std::vector<int64_t> wshape(input.dim(), 1);
  wshape[cdim] = C;
  if (is_floating(target.dtype())) {
    // Class probabilities.
    check_same_shape(input, target, op);
    IGNIS_CHECK(target.dtype() == input.dtype(), DType, op, ": expected target of dtype ",
                dtype_name(input.dtype()), " but got ", dtype_name(target.dtype()));
    Tensor logp = log_softmax(input, cdim);
    Tensor tt = label_smoothing > 0 ? target * (1 - label_smoothing) + label_smoothing / C : target;
    Tensor prod = logp * tt;
    if (w.defined()) prod = prod * w.reshape(wshape);
    Tensor loss = -sum(prod, {cdim});
    if (r == Reduction::Mean)
      return input.numel() == 0 ? sum(loss) / 0.0
                                : sum(loss) / static_cast<double>(input.numel() / C);
    return reduce(loss, r);
  }
  Tensor t = check_targets(input, target, ignore_index, op);
  Tensor wn = row_weights(w, t, ignore_index, input.dtype());
  if (label_smoothing == 0 && input.dim() == 2) {
    Tensor x = input.contiguous();
    Tensor rows = empty({input.size(0)}, {.dtype = input.dtype(), .device = input.device()});
    if (rows.numel() > 0)
      kernel(cross_entropy_rows_kernel, op, input.device())(rows, x, t, ignore_index);
    record_cross_entropy_rows(input, t, rows, ignore_index);
    return reduce_rows(w.defined() ? rows * wn : rows, wn, r, target.sizes());
  }
  Tensor logp = log_softmax(input, cdim);
  Tensor nll = nll_loss(logp, target, weight, ignore_index, reduction);
  if (label_smoothing == 0) return nll;
  // Smoothing term: -sum_c w_c logp_c per row, zero on ignored rows.
  Tensor rowsp = class_rows(logp);
  Tensor smooth = w.defined() ? -sum(rowsp * w.reshape({1, C}), {1}) : -sum(rowsp, {1});
  Tensor valid = ne(t, Scalar(ignore_index)).to(input.dtype());
  smooth = smooth * valid;
  Tensor sm;
  switch (r) {
  case Reduction::None:
    sm = smooth.reshape(target.sizes());
    break;
  case Reduction::Sum:
    sm = sum(smooth);
    break;
  default:
    sm = sum(smooth) / (w.defined() ? sum(wn) : sum(valid));
    break;
  }
  return nll * (1 - label_smoothing) + sm * (label_smoothing / C);
}

Tensor mse_loss(const Tensor& input, const Tensor& target, std::string_view reduction) {
  check_pair(input, target, "mse_loss");
  Reduction r = reduction_of(reduction, "mse_loss");
  Tensor d = input - target;
  return reduce(d * d, r);
}

Tensor l1_loss(const Tensor& input, const Tensor& target, std::string_view reduction) {
  check_pair(input, target, "l1_loss");
  return reduce(abs(input - target), reduction_of(reduction, "l1_loss"));
}

Tensor smooth_l1_loss(const Tensor& input, const Tensor& target, std::string_view reduction,
                      double beta) {
  check_pair(input, target, "smooth_l1_loss");
  Reduction r = reduction_of(reduction, "smooth_l1_loss");
  IGNIS_CHECK(beta >= 0, InvalidArgument,
              "smooth_l1_loss: expected beta >= 0 (negative values are not supported) but got ",
              beta);
  Tensor z = abs(input - target);
  if (beta == 0) return reduce(z, r);
  return reduce(where(lt(z, Scalar(beta)), z * z * (0.5 / beta), z - 0.5 * beta), r);
}

Tensor huber_loss(const Tensor& input, const Tensor& target, std::string_view reduction,
                  double delta) {
  check_pair(input, target, "huber_loss");
  Reduction r = reduction_of(reduction, "huber_loss");
  IGNIS_CHECK(delta > 0, InvalidArgument,
              "huber_loss: expected delta > 0 (non-positive values are not supported) but got ",
              delta);
  Tensor z = abs(input - target);
  return reduce(where(lt(z, Scalar(delta)), z * z * 0.5, (z - 0.5 * delta) * delta), r);
}

Tensor binary_cross_entropy(const Tensor& input, const Tensor& target,
                            const std::optional<Tensor>& weight, std::string_view reduction) {
  const char* op = "binary_cross_entropy";
  check_pair(input, target, op);
  check_same_shape(input, target, op);
  Reduction r = reduction_of(reduction, op);
  {
    NoGradGuard no_history;
    if (input.numel() > 0) {
      bool in_range = all(logical_and(ge(input, Scalar(0)), le(input, Scalar(1)))).item<bool>();
      IGNIS_CHECK(in_range, InvalidArgument, op,
                  ": all elements of input should be between 0 and 1");
    }
  }
  // PyTorch clamps the logs at -100 so that p = 0 or 1 gives a finite loss.
  Tensor lp = clamp(log(input), Scalar(-100.0));
  Tensor lq = clamp(log(1.0 - input), Scalar(-100.0));
  Tensor loss = -(target * lp + (1.0 - target) * lq);
  if (const Tensor* w = opt(weight)) loss = loss * *w;
  return reduce(loss, r);
}

Tensor binary_cross_entropy_with_logits(const Tensor& input, const Tensor& target,
                                        const std::optional<Tensor>& weight,
                                        const std::optional<Tensor>& pos_weight,
                                        std::string_view reduction) {
  const char* op = "binary_cross_entropy_with_logits";
  check_pair(input, target, op);
  check_same_shape(input, target, op);
  Reduction r = reduction_of(reduction, op);
  // (1 - t) x - log_weight * logsigmoid(x), log_weight = 1 + (pos_weight - 1) t.
  Tensor ls = logsigmoid(input);
  Tensor loss;
  if (const Tensor* pw = opt(pos_weight))
    loss = (1.0 - target) * input - ((*pw - 1.0) * target + 1.0) * ls;
  else
    loss = (1.0 - target) * input - ls;
  if (const Tensor* w = opt(weight)) loss = loss * *w;
  return reduce(loss, r);
}

Tensor kl_div(const Tensor& input, const Tensor& target, std::string_view reduction,
              bool log_target) {
  check_pair(input, target, "kl_div");
  Reduction r = reduction_of(reduction, "kl_div", true);
  Tensor loss;
  if (log_target) {
    loss = exp(target) * (target - input);
  } else {
    // target * (log(target) - input), 0 where target == 0 (xlogy).
    Tensor pos = gt(target, Scalar(0));
    Tensor safe = where(pos, target, Scalar(1.0));
    loss = where(pos, target * log(safe), Scalar(0.0)) - target * input;
  }
  return reduce(loss, r);
}

}  // namespace ignis
