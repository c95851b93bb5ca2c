// Activations, dropout and softmax as modules (each calls the op of the same name).
#pragma once

#include "nn/module.h"
#include "ops/ops.gen.h"

namespace ignis::nn {

#define IGNIS_ACTIVATION(Name, expr)                                                               \
  class Name : public Module {                                                                     \
   public:                                                                                         \
    Tensor forward(const Tensor& x) override { return expr; }                                      \
    std::string type_name() const override { return #Name; }                                       \
  };
IGNIS_ACTIVATION(ReLU, relu(x))
IGNIS_ACTIVATION(ReLU6, relu6(x))
IGNIS_ACTIVATION(SELU, selu(x))
IGNIS_ACTIVATION(SiLU, silu(x))
IGNIS_ACTIVATION(Mish, mish(x))
IGNIS_ACTIVATION(Sigmoid, sigmoid(x))
IGNIS_ACTIVATION(LogSigmoid, logsigmoid(x))
IGNIS_ACTIVATION(Tanh, tanh(x))
IGNIS_ACTIVATION(Hardswish, hardswish(x))
IGNIS_ACTIVATION(Hardsigmoid, hardsigmoid(x))
#undef IGNIS_ACTIVATION

class LeakyReLU : public Module {
 public:
  explicit LeakyReLU(double negative_slope = 0.01) : slope_(negative_slope) {}
  Tensor forward(const Tensor& x) override { return leaky_relu(x, slope_); }
  std::string type_name() const override { return "LeakyReLU"; }

 private:
  double slope_;
};

class ELU : public Module {
 public:
  explicit ELU(double alpha = 1.0) : alpha_(alpha) {}
  Tensor forward(const Tensor& x) override { return elu(x, alpha_); }
  std::string type_name() const override { return "ELU"; }

 private:
  double alpha_;
};

class GELU : public Module {
 public:
  explicit GELU(std::string approximate = "none") : approximate_(std::move(approximate)) {}
  Tensor forward(const Tensor& x) override { return gelu(x, approximate_); }
  std::string type_name() const override { return "GELU"; }

 private:
  std::string approximate_;
};

class Softplus : public Module {
 public:
  explicit Softplus(double beta = 1.0, double threshold = 20.0)
      : beta_(beta), threshold_(threshold) {}
  Tensor forward(const Tensor& x) override { return softplus(x, beta_, threshold_); }
  std::string type_name() const override { return "Softplus"; }

 private:
  double beta_, threshold_;
};

class Softmax : public Module {
 public:
  explicit Softmax(int64_t dim) : dim_(dim) {}
  Tensor forward(const Tensor& x) override { return softmax(x, dim_); }
  std::string type_name() const override { return "Softmax"; }

 private:
  int64_t dim_;
};

class LogSoftmax : public Module {
 public:
  explicit LogSoftmax(int64_t dim) : dim_(dim) {}
  Tensor forward(const Tensor& x) override { return log_softmax(x, dim_); }
  std::string type_name() const override { return "LogSoftmax"; }

 private:
  int64_t dim_;
};

// Zeroes elements with probability p in training mode (scaling the rest by 1/(1-p)).
class Dropout : public Module {
 public:
  explicit Dropout(double p = 0.5) : p_(p) {
    IGNIS_CHECK(p >= 0.0 && p <= 1.0, InvalidArgument,
                "Dropout: dropout probability has to be between 0 and 1, but got ", p);
  }
  Tensor forward(const Tensor& x) override { return dropout(x, p_, training_); }
  std::string type_name() const override { return "Dropout"; }
  std::string extra_repr() const override { return "p=" + std::to_string(p_); }

 private:
  double p_;
};

}  // namespace ignis::nn
