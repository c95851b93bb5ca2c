// Adadelta with weight decay and maximize (PyTorch's rules).
#pragma once

#include "optim/optimizer.h"

namespace ignis::optim {

// Hyper-parameters of Adadelta (PyTorch's defaults).
struct AdadeltaOptions {
  double lr = 1.0;
  double rho = 0.9;
  double eps = 1e-6;
  double weight_decay = 0.0;
  bool maximize = false;
  Options to_map() const;
};

// s = rho s + (1-rho) g^2; d = sqrt(a + eps) / sqrt(s + eps) * g; a = rho a + (1-rho) d^2;
// p -= lr * d.
class Adadelta : public Optimizer {
 public:
  Adadelta(std::vector<Tensor> params, AdadeltaOptions options = {});
  Adadelta(std::vector<ParamGroup> groups, AdadeltaOptions defaults = {});

 protected:
  void check_options(const Options& o) const override;
  void update(const Options& o, const Tensor& param, const Tensor& grad,
              ParamState& state) override;
};

}  // namespace ignis::optim
