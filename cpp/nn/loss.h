// Losses as modules: forward(input, target) calls the loss op with the module's options.
#pragma once

#include <string>

#include "nn/module.h"
#include "ops/ops.gen.h"

namespace ignis::nn {

// Base of the loss modules: reduction is "mean", "sum" or "none".
class Loss : public Module {
 public:
  explicit Loss(std::string reduction) : reduction_(std::move(reduction)) {
    IGNIS_CHECK(reduction_ == "mean" || reduction_ == "sum" || reduction_ == "none",
                InvalidArgument, "loss: expected reduction 'mean', 'sum' or 'none' but got '",
                reduction_, "'");
  }
  virtual Tensor forward(const Tensor& input, const Tensor& target) = 0;
  Tensor operator()(const Tensor& input, const Tensor& target) { return forward(input, target); }
  using Module::forward;

 protected:
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
    std::optional<Tensor> w;
    if (!buffers_.empty()) w = buffers_[0].second;
    return cross_entropy(input, target, w, ignore_, reduction_, smoothing_);
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
    std::optional<Tensor> w;
    if (!buffers_.empty()) w = buffers_[0].second;
    return nll_loss(input, target, w, ignore_, reduction_);
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

class BCELoss : public Loss {
 public:
  explicit BCELoss(std::string reduction = "mean") : Loss(std::move(reduction)) {}
  Tensor forward(const Tensor& input, const Tensor& target) override {
    return binary_cross_entropy(input, target, std::nullopt, reduction_);
  }
  std::string type_name() const override { return "BCELoss"; }
};

class BCEWithLogitsLoss : public Loss {
 public:
  explicit BCEWithLogitsLoss(std::optional<Tensor> pos_weight = std::nullopt,
                             std::string reduction = "mean")
      : Loss(std::move(reduction)) {
    if (pos_weight) register_buffer("pos_weight", *pos_weight);
  }
  Tensor forward(const Tensor& input, const Tensor& target) override {
    std::optional<Tensor> pw;
    if (!buffers_.empty()) pw = buffers_[0].second;
    return binary_cross_entropy_with_logits(input, target, std::nullopt, pw, reduction_);
  }
  std::string type_name() const override { return "BCEWithLogitsLoss"; }
};

}  // namespace ignis::nn
