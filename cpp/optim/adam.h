// Adam and AdamW (decoupled weight decay), with amsgrad and maximize (PyTorch's rules).
#pragma once

#include "optim/optimizer.h"

namespace ignis::optim {

// Hyper-parameters of Adam and AdamW; betas are beta1 and beta2. AdamW's default weight_decay
// is 0.01 (AdamWOptions), Adam's 0.
struct AdamOptions {
  double lr = 1e-3;
  double beta1 = 0.9;
  double beta2 = 0.999;
  double eps = 1e-8;
  double weight_decay = 0.0;
  bool amsgrad = false;
  bool maximize = false;
  Options to_map() const;
};
struct AdamWOptions {
  double lr = 1e-3;
  double beta1 = 0.9;
  double beta2 = 0.999;
  double eps = 1e-8;
  double weight_decay = 1e-2;
  bool amsgrad = false;
  bool maximize = false;
  Options to_map() const;
};

// m = b1 m + (1-b1) g; v = b2 v + (1-b2) g^2; p -= lr/(1-b1^t) * m / (sqrt(v)/sqrt(1-b2^t) + eps)
// (sqrt of the running max of v with amsgrad). Adam adds weight_decay * p to g.
class Adam : public Optimizer {
 public:
  Adam(std::vector<Tensor> params, AdamOptions options = {});
  Adam(std::vector<ParamGroup> groups, AdamOptions defaults = {});

 protected:
  Adam(const char* name, Options defaults, bool decoupled);
  void check_options(const Options& o) const override;
  void update(const Options& o, const Tensor& param, const Tensor& grad,
              ParamState& state) override;

 private:
  bool decoupled_ = false;
};

// Adam with decoupled weight decay: p *= 1 - lr * weight_decay before the Adam update.
class AdamW : public Adam {
 public:
  AdamW(std::vector<Tensor> params, AdamWOptions options = {});
  AdamW(std::vector<ParamGroup> groups, AdamWOptions defaults = {});
};

}  // namespace ignis::optim
