// Activations, dropout and softmax as modules. Each calls the op of the same name, or composes
// a few ops where the library has none (Hardtanh = clamp, Softmin = softmax(-x), ...), so every
// one is differentiable; extra_repr() prints what PyTorch's repr prints.
#pragma once

#include "nn/module.h"
#include "nn/repr.h"
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
IGNIS_ACTIVATION(Softsign, div(x, add(abs(x), 1)))  // x / (1 + |x|)
IGNIS_ACTIVATION(Tanhshrink, sub(x, tanh(x)))       // x - tanh(x)
#undef IGNIS_ACTIVATION

// x where x > 0, else negative_slope * x.
class LeakyReLU : public Module {
 public:
  explicit LeakyReLU(double negative_slope = 0.01) : slope_(negative_slope) {}
  Tensor forward(const Tensor& x) override { return leaky_relu(x, slope_); }
  std::string type_name() const override { return "LeakyReLU"; }
  std::string extra_repr() const override { return "negative_slope=" + repr::py_float(slope_); }

 private:
  double slope_;
};

// x where x > 0, else alpha * (exp(x) - 1).
class ELU : public Module {
 public:
  explicit ELU(double alpha = 1.0) : alpha_(alpha) {}
  Tensor forward(const Tensor& x) override { return elu(x, alpha_); }
  std::string type_name() const override { return "ELU"; }
  std::string extra_repr() const override { return "alpha=" + repr::py_float(alpha_); }

 private:
  double alpha_;
};

// max(0, x) + min(0, alpha * (exp(x / alpha) - 1)): ELU with input_scale 1 / alpha.
class CELU : public Module {
 public:
  explicit CELU(double alpha = 1.0);
  Tensor forward(const Tensor& x) override { return elu(x, alpha_, 1, 1.0 / alpha_); }
  std::string type_name() const override { return "CELU"; }
  std::string extra_repr() const override { return "alpha=" + repr::py_float(alpha_); }

 private:
  double alpha_;
};

// x * Phi(x); approximate "tanh" uses the tanh formula.
class GELU : public Module {
 public:
  explicit GELU(std::string approximate = "none");
  Tensor forward(const Tensor& x) override { return gelu(x, approximate_); }
  std::string type_name() const override { return "GELU"; }
  std::string extra_repr() const override { return "approximate='" + approximate_ + "'"; }

 private:
  std::string approximate_;
};

// log(1 + exp(beta * x)) / beta, or x where beta * x > threshold.
class Softplus : public Module {
 public:
  explicit Softplus(double beta = 1.0, double threshold = 20.0)
      : beta_(beta), threshold_(threshold) {}
  Tensor forward(const Tensor& x) override { return softplus(x, beta_, threshold_); }
  std::string type_name() const override { return "Softplus"; }
  std::string extra_repr() const override;

 private:
  double beta_, threshold_;
};

// clamp(x, min_val, max_val).
class Hardtanh : public Module {
 public:
  explicit Hardtanh(double min_val = -1.0, double max_val = 1.0);
  Tensor forward(const Tensor& x) override { return clamp(x, Scalar(min_), Scalar(max_)); }
  std::string type_name() const override { return "Hardtanh"; }
  std::string extra_repr() const override;

 private:
  double min_, max_;
};

// x where x > threshold, else value.
class Threshold : public Module {
 public:
  Threshold(double threshold, double value) : threshold_(threshold), value_(value) {}
  Tensor forward(const Tensor& x) override { return where(gt(x, threshold_), x, value_); }
  std::string type_name() const override { return "Threshold"; }
  std::string extra_repr() const override;

 private:
  double threshold_, value_;
};

// x where |x| > lambd, else 0.
class Hardshrink : public Module {
 public:
  explicit Hardshrink(double lambd = 0.5);
  Tensor forward(const Tensor& x) override;
  std::string type_name() const override { return "Hardshrink"; }
  std::string extra_repr() const override { return repr::py_float(lambd_); }

 private:
  double lambd_;
};

// x - lambd where x > lambd, x + lambd where x < -lambd, else 0.
class Softshrink : public Module {
 public:
  explicit Softshrink(double lambd = 0.5);
  Tensor forward(const Tensor& x) override;
  std::string type_name() const override { return "Softshrink"; }
  std::string extra_repr() const override { return repr::py_float(lambd_); }

 private:
  double lambd_;
};

// x where x >= 0, else weight * x, with a learnt slope per channel (dim 1) or one shared slope;
// parameter "weight" (num_parameters,) starts at init.
class PReLU : public Module {
 public:
  explicit PReLU(int64_t num_parameters = 1, double init = 0.25, DType dtype = DType::F32);
  Tensor forward(const Tensor& x) override;
  std::string type_name() const override { return "PReLU"; }
  std::string extra_repr() const override { return "num_parameters=" + std::to_string(num_); }

 private:
  int64_t num_;
};

// a * sigmoid(b) where a and b are the two halves of the input along dim.
class GLU : public Module {
 public:
  explicit GLU(int64_t dim = -1) : dim_(dim) {}
  Tensor forward(const Tensor& x) override;
  std::string type_name() const override { return "GLU"; }
  std::string extra_repr() const override { return "dim=" + std::to_string(dim_); }

 private:
  int64_t dim_;
};

class Softmax : public Module {
 public:
  explicit Softmax(int64_t dim) : dim_(dim) {}
  Tensor forward(const Tensor& x) override { return softmax(x, dim_); }
  std::string type_name() const override { return "Softmax"; }
  std::string extra_repr() const override { return "dim=" + std::to_string(dim_); }

 private:
  int64_t dim_;
};

// softmax(-x) along dim.
class Softmin : public Module {
 public:
  explicit Softmin(int64_t dim) : dim_(dim) {}
  Tensor forward(const Tensor& x) override { return softmax(neg(x), dim_); }
  std::string type_name() const override { return "Softmin"; }
  std::string extra_repr() const override { return "dim=" + std::to_string(dim_); }

 private:
  int64_t dim_;
};

class LogSoftmax : public Module {
 public:
  explicit LogSoftmax(int64_t dim) : dim_(dim) {}
  Tensor forward(const Tensor& x) override { return log_softmax(x, dim_); }
  std::string type_name() const override { return "LogSoftmax"; }
  std::string extra_repr() const override { return "dim=" + std::to_string(dim_); }

 private:
  int64_t dim_;
};

// Zeroes elements with probability p in training mode (scaling the rest by 1/(1-p)).
class Dropout : public Module {
 public:
  explicit Dropout(double p = 0.5);
  Tensor forward(const Tensor& x) override { return dropout(x, p_, training_); }
  std::string type_name() const override { return "Dropout"; }
  std::string extra_repr() const override { return "p=" + repr::py_float(p_) + ", inplace=False"; }

 private:
  double p_;
};

// Dropout that keeps the mean and variance of SELU activations (alpha_dropout) in training.
class AlphaDropout : public Module {
 public:
  explicit AlphaDropout(double p = 0.5);
  Tensor forward(const Tensor& x) override { return alpha_dropout(x, p_, training_); }
  std::string type_name() const override { return "AlphaDropout"; }
  std::string extra_repr() const override { return "p=" + repr::py_float(p_) + ", inplace=False"; }

 private:
  double p_;
};

}  // namespace ignis::nn
