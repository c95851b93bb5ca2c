// Losses as modules: forward(input, target) calls the loss op with the module's options.
#pragma once

#include <string>

#include "nn/module.h"
#include "ops/ops.gen.h"

namespace ignis::nn {

// Base of the loss modules: reduction is "mean", "sum" or "none" (KLDivLoss also allows
// "batchmean").
class Loss : public Module {
 public:
  explicit Loss(std::string reduction, bool allow_batchmean = false)
      : reduction_(std::move(reduction)) {
    IGNIS_CHECK(reduction_ == "mean" || reduction_ == "sum" || reduction_ == "none" ||
                    (allow_batchmean && reduction_ == "batchmean"),
                InvalidArgument, "loss: expected reduction 'mean', ",
                allow_batchmean ? "'batchmean', " : "", "'sum' or 'none' but got '", reduction_,
                "'");
  }
  virtual Tensor forward(const Tensor& input, const Tensor& target) = 0;
  Tensor operator()(const Tensor& input, const Tensor& target) { return forward(input, target); }
  using Module::forward;

 protected:
  // The buffer of that name, if the loss was given one.
  std::optional<Tensor> named_buffer(const char* name) const {
    for (const auto& [n, t] : buffers_)
      if (n == name) return t;
    return std::nullopt;
  }
  std::string reduction_;
};

class CrossEntropyLoss : public Loss {
 public:
  explicit CrossEntropyLoss(std::optional<Tensor> weight = std::nullopt,
                            int64_t ignore_index = -100, std::string reduction = "mean",
                            double label_smoothing = 0.0)
      : Loss(std::move(reduction)), ignore_(ignore_index), smoothing_(label_smoothing) {
    if (weight) register_buffer("weight", *weight);
  }
  Tensor forward(const Tensor& input, const Tensor& target) override {
    return cross_entropy(input, target, named_buffer("weight"), ignore_, reduction_, smoothing_);
  }
  std::string type_name() const override { return "CrossEntropyLoss"; }

 private:
  int64_t ignore_;
  double smoothing_;
};

class NLLLoss : public Loss {
 public:
  explicit NLLLoss(std::optional<Tensor> weight = std::nullopt, int64_t ignore_index = -100,
                   std::string reduction = "mean")
      : Loss(std::move(reduction)), ignore_(ignore_index) {
    if (weight) register_buffer("weight", *weight);
  }
  Tensor forward(const Tensor& input, const Tensor& target) override {
    return nll_loss(input, target, named_buffer("weight"), ignore_, reduction_);
  }
  std::string type_name() const override { return "NLLLoss"; }

 private:
  int64_t ignore_;
};

#define IGNIS_SIMPLE_LOSS(Name, op)                                                                \
  class Name : public Loss {                                                                       \
   public:                                                                                         \
    explicit Name(std::string reduction = "mean") : Loss(std::move(reduction)) {}                  \
    Tensor forward(const Tensor& input, const Tensor& target) override {                           \
      return op(input, target, reduction_);                                                        \
    }                                                                                              \
    std::string type_name() const override { return #Name; }                                       \
  };
IGNIS_SIMPLE_LOSS(MSELoss, mse_loss)
IGNIS_SIMPLE_LOSS(L1Loss, l1_loss)
#undef IGNIS_SIMPLE_LOSS

// 0.5 (x - y)^2 / beta where |x - y| < beta, else |x - y| - 0.5 beta.
class SmoothL1Loss : public Loss {
 public:
  explicit SmoothL1Loss(std::string reduction = "mean", double beta = 1.0)
      : Loss(std::move(reduction)), beta_(beta) {
    IGNIS_CHECK(beta >= 0, InvalidArgument, "SmoothL1Loss: expected beta >= 0 but got ", beta);
  }
  Tensor forward(const Tensor& input, const Tensor& target) override {
    return smooth_l1_loss(input, target, reduction_, beta_);
  }
  std::string type_name() const override { return "SmoothL1Loss"; }

 private:
  double beta_;
};

// 0.5 (x - y)^2 where |x - y| < delta, else delta (|x - y| - 0.5 delta).
class HuberLoss : public Loss {
 public:
  explicit HuberLoss(std::string reduction = "mean", double delta = 1.0)
      : Loss(std::move(reduction)), delta_(delta) {
    IGNIS_CHECK(delta > 0, InvalidArgument, "HuberLoss: expected delta > 0 but got ", delta);
  }
  Tensor forward(const Tensor& input, const Tensor& target) override {
    return huber_loss(input, target, reduction_, delta_);
  }
  std::string type_name() const override { return "HuberLoss"; }

 private:
  double delta_;
};

// target (log(target) - input) for log-probabilities input; reduction may also be "batchmean"
// (the sum divided by the batch size, the mathematically correct KL divergence).
class KLDivLoss : public Loss {
 public:
  explicit KLDivLoss(std::string reduction = "mean", bool log_target = false)
      : Loss(std::move(reduction), /*allow_batchmean=*/true), log_target_(log_target) {}
  Tensor forward(const Tensor& input, const Tensor& target) override {
    if (reduction_ != "batchmean") return kl_div(input, target, reduction_, log_target_);
    Tensor sum = kl_div(input, target, "sum", log_target_);
    return input.dim() == 0 ? sum : div(sum, Scalar(input.size(0)));
  }
  std::string type_name() const override { return "KLDivLoss"; }

 private:
  bool log_target_;
};

// -w (t log(p) + (1 - t) log(1 - p)) of probabilities p; buffer "weight" when given.
class BCELoss : public Loss {
 public:
  explicit BCELoss(std::string reduction = "mean", std::optional<Tensor> weight = std::nullopt)
      : Loss(std::move(reduction)) {
    if (weight) register_buffer("weight", *weight);
  }
  Tensor forward(const Tensor& input, const Tensor& target) override {
    return binary_cross_entropy(input, target, named_buffer("weight"), reduction_);
  }
  std::string type_name() const override { return "BCELoss"; }
};

// BCE of sigmoid(logits), computed stably; buffers "pos_weight" (weight of the positive class
// per class) and "weight" (per element) when given.
class BCEWithLogitsLoss : public Loss {
 public:
  explicit BCEWithLogitsLoss(std::optional<Tensor> pos_weight = std::nullopt,
                             std::string reduction = "mean",
                             std::optional<Tensor> weight = std::nullopt)
      : Loss(std::move(reduction)) {
    if (weight) register_buffer("weight", *weight);
    if (pos_weight) register_buffer("pos_weight", *pos_weight);
  }
  Tensor forward(const Tensor& input, const Tensor& target) override {
    return binary_cross_entropy_with_logits(input, target, named_buffer("weight"),
                                            named_buffer("pos_weight"), reduction_);
  }
  std::string type_name() const override { return "BCEWithLogitsLoss"; }
};

}  // namespace ignis::nn
