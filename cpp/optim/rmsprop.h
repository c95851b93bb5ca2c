// RMSprop with momentum, centering, weight decay and maximize (PyTorch's rules).
#pragma once

#include "optim/optimizer.h"

namespace ignis::optim {

// Hyper-parameters of RMSprop (PyTorch's defaults).
struct RMSpropOptions {
  double lr = 1e-2;
  double alpha = 0.99;
  double eps = 1e-8;
  double weight_decay = 0.0;
  double momentum = 0.0;
  bool centered = false;
  bool maximize = false;
  Options to_map() const;
};

// s = alpha s + (1-alpha) g^2; avg = sqrt(s - mean_g^2 if centered) + eps; p -= lr * g / avg
// (through a momentum buffer b = momentum b + g / avg when momentum > 0).
class RMSprop : public Optimizer {
 public:
  RMSprop(std::vector<Tensor> params, RMSpropOptions options = {});
  RMSprop(std::vector<ParamGroup> groups, RMSpropOptions defaults = {});

 protected:
  void check_options(const Options& o) const override;
  void update(const Options& o, const Tensor& param, const Tensor& grad,
              ParamState& state) override;
};

}  // namespace ignis::optim
