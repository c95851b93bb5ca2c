// Normalization layers: BatchNorm1d/2d, LayerNorm, GroupNorm, RMSNorm.
#pragma once

#include "nn/module.h"

namespace ignis::nn {

// Batch normalization over dim 1 with running statistics (buffers running_mean, running_var,
// num_batches_tracked) updated in training mode; momentum < 0 means a cumulative average.
class BatchNorm : public Module {
 public:
  BatchNorm(int dims, int64_t num_features, double eps = 1e-5, double momentum = 0.1,
            bool affine = true, bool track_running_stats = true, DType dtype = DType::F32);
  Tensor forward(const Tensor& x) override;
  std::string type_name() const override { return "BatchNorm" + std::to_string(dims_) + "d"; }
  std::string extra_repr() const override;

 private:
  int dims_;
  int64_t num_;
  double eps_, momentum_;
  bool affine_, track_;
};

class BatchNorm1d : public BatchNorm {
 public:
  explicit BatchNorm1d(int64_t n, double eps = 1e-5, double momentum = 0.1, bool affine = true,
                       bool track = true)
      : BatchNorm(1, n, eps, momentum, affine, track) {}
};
class BatchNorm2d : public BatchNorm {
 public:
  explicit BatchNorm2d(int64_t n, double eps = 1e-5, double momentum = 0.1, bool affine = true,
                       bool track = true)
      : BatchNorm(2, n, eps, momentum, affine, track) {}
};

class LayerNorm : public Module {
 public:
  explicit LayerNorm(std::vector<int64_t> normalized_shape, double eps = 1e-5,
                     bool elementwise_affine = true, DType dtype = DType::F32);
  Tensor forward(const Tensor& x) override;
  std::string type_name() const override { return "LayerNorm"; }

 private:
  std::vector<int64_t> shape_;
  double eps_;
};

class GroupNorm : public Module {
 public:
  GroupNorm(int64_t num_groups, int64_t num_channels, double eps = 1e-5, bool affine = true,
            DType dtype = DType::F32);
  Tensor forward(const Tensor& x) override;
  std::string type_name() const override { return "GroupNorm"; }

 private:
  int64_t groups_;
  double eps_;
};

class RMSNorm : public Module {
 public:
  explicit RMSNorm(std::vector<int64_t> normalized_shape, std::optional<double> eps = std::nullopt,
                   bool elementwise_affine = true, DType dtype = DType::F32);
  Tensor forward(const Tensor& x) override;
  std::string type_name() const override { return "RMSNorm"; }

 private:
  std::vector<int64_t> shape_;
  std::optional<double> eps_;
};

}  // namespace ignis::nn
