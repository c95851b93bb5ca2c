// Adagrad with learning-rate decay, weight decay, an initial accumulator and maximize.
#pragma once

#include "optim/optimizer.h"

namespace ignis::optim {

// Hyper-parameters of Adagrad (PyTorch's defaults).
struct AdagradOptions {
  double lr = 1e-2;
  double lr_decay = 0.0;
  double weight_decay = 0.0;
  double initial_accumulator_value = 0.0;
  double eps = 1e-10;
  bool maximize = false;
  Options to_map() const;
};

// sum += g^2; p -= lr / (1 + (t-1) lr_decay) * g / (sqrt(sum) + eps).
class Adagrad : public Optimizer {
 public:
  Adagrad(std::vector<Tensor> params, AdagradOptions options = {});
  Adagrad(std::vector<ParamGroup> groups, AdagradOptions defaults = {});

 protected:
  void check_options(const Options& o) const override;
  void update(const Options& o, const Tensor& param, const Tensor& grad,
              ParamState& state) override;
};

}  // namespace ignis::optim
