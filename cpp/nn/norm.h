// Normalization layers: BatchNorm1d/2d, InstanceNorm1d/2d, LayerNorm, GroupNorm, RMSNorm.
#pragma once

#include "nn/module.h"

namespace ignis::nn {

// What BatchNorm and InstanceNorm share (PyTorch's _NormBase): num_features, eps, momentum,
// affine weight (ones) and bias (zeros), and running statistics (buffers running_mean,
// running_var, num_batches_tracked) when track_running_stats. A negative momentum stands for
// PyTorch's momentum=None (a cumulative average).
class NormBase : public Module {
 public:
  std::string extra_repr() const override;

 protected:
  NormBase(int dims, int64_t num_features, double eps, double momentum, bool affine,
           bool track_running_stats, DType dtype, const std::string& type);

  int dims_;
  int64_t num_;
  double eps_, momentum_;
  bool affine_, track_;
};

// Batch normalization over dim 1 with running statistics updated in training mode.
class BatchNorm : public NormBase {
 public:
  BatchNorm(int dims, int64_t num_features, double eps = 1e-5, double momentum = 0.1,
            bool affine = true, bool track_running_stats = true, DType dtype = DType::F32);
  Tensor forward(const Tensor& x) override;
  std::string type_name() const override { return "BatchNorm" + std::to_string(dims_) + "d"; }
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

// Instance normalization: each (sample, channel) normalized over its spatial dims. Parameters
// weight (ones) and bias (zeros) when affine; buffers running_mean, running_var and
// num_batches_tracked when track_running_stats (then eval() normalizes with the running
// statistics; num_batches_tracked is kept for PyTorch's state-dict keys but never counted, as in
// PyTorch). Accepts batched (N, C, *spatial) and unbatched (C, *spatial) input.
class InstanceNorm : public NormBase {
 public:
  InstanceNorm(int dims, int64_t num_features, double eps = 1e-5, double momentum = 0.1,
               bool affine = false, bool track_running_stats = false, DType dtype = DType::F32);
  Tensor forward(const Tensor& x) override;
  std::string type_name() const override { return "InstanceNorm" + std::to_string(dims_) + "d"; }
};

class InstanceNorm1d : public InstanceNorm {
 public:
  explicit InstanceNorm1d(int64_t n, double eps = 1e-5, double momentum = 0.1, bool affine = false,
                          bool track = false)
      : InstanceNorm(1, n, eps, momentum, affine, track) {}
};
class InstanceNorm2d : public InstanceNorm {
 public:
  explicit InstanceNorm2d(int64_t n, double eps = 1e-5, double momentum = 0.1, bool affine = false,
                          bool track = false)
      : InstanceNorm(2, n, eps, momentum, affine, track) {}
};

class LayerNorm : public Module {
 public:
  explicit LayerNorm(std::vector<int64_t> normalized_shape, double eps = 1e-5,
                     bool elementwise_affine = true, DType dtype = DType::F32);
  Tensor forward(const Tensor& x) override;
  std::string type_name() const override { return "LayerNorm"; }
  std::string extra_repr() const override;

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
  std::string extra_repr() const override;

 private:
  int64_t groups_, channels_;
  double eps_;
};

class RMSNorm : public Module {
 public:
  explicit RMSNorm(std::vector<int64_t> normalized_shape, std::optional<double> eps = std::nullopt,
                   bool elementwise_affine = true, DType dtype = DType::F32);
  Tensor forward(const Tensor& x) override;
  std::string type_name() const override { return "RMSNorm"; }
  std::string extra_repr() const override;

 private:
  std::vector<int64_t> shape_;
  std::optional<double> eps_;
};

}  // namespace ignis::nn
