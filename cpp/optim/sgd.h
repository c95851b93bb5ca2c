// SGD with momentum, dampening, Nesterov momentum, weight decay and maximize (PyTorch's rules).
#pragma once

#include "optim/optimizer.h"

namespace ignis::optim {

// Hyper-parameters of SGD; PyTorch has no default lr, here it is 0.01.
struct SGDOptions {
  double lr = 0.01;
  double momentum = 0.0;
  double dampening = 0.0;
  double weight_decay = 0.0;
  bool nesterov = false;
  bool maximize = false;
  Options to_map() const;
};

// v = momentum * v + (1 - dampening) * g (v = g at the first step); p -= lr * v (or, with
// nesterov, p -= lr * (g + momentum * v)); g includes weight_decay * p.
class SGD : public Optimizer {
 public:
  SGD(std::vector<Tensor> params, SGDOptions options = {});
  SGD(std::vector<ParamGroup> groups, SGDOptions defaults = {});

 protected:
  void check_options(const Options& o) const override;
  void update(const Options& o, const Tensor& param, const Tensor& grad,
              ParamState& state) override;
};

}  // namespace ignis::optim
