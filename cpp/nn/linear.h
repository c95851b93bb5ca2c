// Linear-family layers: Identity, Linear, Bilinear, Flatten, Unflatten.
#pragma once

// Embedding lived here first; code that includes linear.h for it keeps working.
#include "nn/embedding.h"
#include "nn/module.h"

namespace ignis::nn {

// Returns its input unchanged (a placeholder, e.g. for a removed head).
class Identity : public Module {
 public:
  Tensor forward(const Tensor& x) override { return x; }
  std::string type_name() const override { return "Identity"; }
};

// y = x W^T + b; weight (out, in) and bias ~ U(-1/sqrt(in), 1/sqrt(in)) like PyTorch.
class Linear : public Module {
 public:
  Linear(int64_t in_features, int64_t out_features, bool bias = true, DType dtype = DType::F32);
  Tensor forward(const Tensor& x) override;
  std::string type_name() const override { return "Linear"; }
  std::string extra_repr() const override;
  void reset_parameters();

 private:
  int64_t in_, out_;
};

// y = x1^T A x2 + b; weight (out, in1, in2) and bias (out) ~ U(-1/sqrt(in1), 1/sqrt(in1)).
// Called with two inputs (forward(x1, x2)); forward(x) is an error.
class Bilinear : public Module {
 public:
  Bilinear(int64_t in1, int64_t in2, int64_t out, bool bias = true, DType dtype = DType::F32);
  Tensor forward(const Tensor& x1, const Tensor& x2);
  using Module::forward;
  std::string type_name() const override { return "Bilinear"; }
  std::string extra_repr() const override;

 private:
  int64_t in1_, in2_, out_;
};

// Flattens dims start_dim..end_dim into one.
class Flatten : public Module {
 public:
  explicit Flatten(int64_t start_dim = 1, int64_t end_dim = -1)
      : start_(start_dim), end_(end_dim) {}
  Tensor forward(const Tensor& x) override { return x.flatten(start_, end_); }
  std::string type_name() const override { return "Flatten"; }
  std::string extra_repr() const override;

 private:
  int64_t start_, end_;
};

// Splits dim into sizes (one entry may be -1).
class Unflatten : public Module {
 public:
  Unflatten(int64_t dim, std::vector<int64_t> sizes);
  Tensor forward(const Tensor& x) override { return x.unflatten(dim_, sizes_); }
  std::string type_name() const override { return "Unflatten"; }
  std::string extra_repr() const override;

 private:
  int64_t dim_;
  std::vector<int64_t> sizes_;
};

}  // namespace ignis::nn
