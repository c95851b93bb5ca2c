#include "nn/norm.h"

#include "nn/repr.h"
#include "ops/ops.gen.h"
#include "tensor/broadcast.h"
#include "tensor/graph.h"

namespace ignis::nn {
namespace {
std::optional<Tensor> opt(const std::vector<std::pair<std::string, Tensor>>& v, const char* name) {
  for (const auto& [n, t] : v)
    if (n == name) return t;
  return std::nullopt;
}
}  // namespace

NormBase::NormBase(int dims, int64_t num, double eps, double momentum, bool affine, bool track,
                   DType dtype, const std::string& type)
    : dims_(dims), num_(num), eps_(eps), momentum_(momentum), affine_(affine), track_(track) {
  IGNIS_CHECK(num > 0, InvalidArgument, type, ": expected num_features > 0 but got ", num);
  if (affine) {
    register_parameter("weight", ones({num}, {.dtype = dtype}));
    register_parameter("bias", zeros({num}, {.dtype = dtype}));
  }
  if (track) {
    register_buffer("running_mean", zeros({num}, {.dtype = dtype}));
    register_buffer("running_var", ones({num}, {.dtype = dtype}));
    register_buffer("num_batches_tracked", zeros({}, {.dtype = DType::I64}));
  }
}

std::string NormBase::extra_repr() const {
  return std::to_string(num_) + ", eps=" + repr::py_float(eps_) +
         ", momentum=" + (momentum_ < 0 ? std::string("None") : repr::py_float(momentum_)) +
         ", affine=" + repr::py_bool(affine_) + ", track_running_stats=" + repr::py_bool(track_);
}

BatchNorm::BatchNorm(int dims, int64_t num, double eps, double momentum, bool affine, bool track,
                     DType dtype)
    : NormBase(dims, num, eps, momentum, affine, track, dtype,
               "BatchNorm" + std::to_string(dims) + "d") {}

Tensor BatchNorm::forward(const Tensor& x) {
  int64_t want = dims_ == 1 ? 2 : dims_ + 2;
  IGNIS_CHECK(x.dim() == want || (dims_ == 1 && x.dim() == 3), Shape, type_name(), ": expected ",
              dims_ == 1 ? "2D or 3D" : std::to_string(want) + "D", " input (got ", x.dim(),
              "D input)");
  double momentum = momentum_;
  bool use_batch = training_ || !track_;
  if (training_ && track_) {
    NoGradGuard ng;
    Tensor& n = buffer("num_batches_tracked");
    n.add_(1);
    if (momentum_ < 0) momentum = 1.0 / static_cast<double>(n.item<int64_t>());  // cumulative
  }
  return batch_norm(x, opt(buffers_, "running_mean"), opt(buffers_, "running_var"),
                    opt(params_, "weight"), opt(params_, "bias"), use_batch, momentum, eps_);
}

InstanceNorm::InstanceNorm(int dims, int64_t num, double eps, double momentum, bool affine,
                           bool track, DType dtype)
    : NormBase(dims, num, eps, momentum, affine, track, dtype,
               "InstanceNorm" + std::to_string(dims) + "d") {
  IGNIS_CHECK(momentum >= 0 && momentum <= 1, InvalidArgument, type_name(),
              ": expected momentum in [0, 1] but got ", momentum);
}

Tensor InstanceNorm::forward(const Tensor& x) {
  IGNIS_CHECK(x.dim() == dims_ + 1 || x.dim() == dims_ + 2, Shape, type_name(), ": expected ",
              dims_ + 1, "D or ", dims_ + 2, "D input (got ", x.dim(), "D input)");
  bool unbatched = x.dim() == dims_ + 1;
  Tensor in = unbatched ? x.unsqueeze(0) : x;
  IGNIS_CHECK(!(affine_ || track_) || in.size(1) == num_, Shape, type_name(),
              ": expected input's size at dim=", unbatched ? 0 : 1, " to match num_features (",
              num_, "), but got: ", in.size(1));
  Tensor y =
      instance_norm(in, opt(params_, "weight"), opt(params_, "bias"), opt(buffers_, "running_mean"),
                    opt(buffers_, "running_var"), training_ || !track_, momentum_, eps_);
  return unbatched ? y.squeeze(0) : y;
}

LayerNorm::LayerNorm(std::vector<int64_t> shape, double eps, bool affine, DType dtype)
    : shape_(std::move(shape)), eps_(eps) {
  if (affine) {
    register_parameter("weight", ones(shape_, {.dtype = dtype}));
    register_parameter("bias", zeros(shape_, {.dtype = dtype}));
  }
}

Tensor LayerNorm::forward(const Tensor& x) {
  return layer_norm(x, shape_, opt(params_, "weight"), opt(params_, "bias"), eps_);
}

std::string LayerNorm::extra_repr() const {
  return repr::py_tuple(shape_) + ", eps=" + repr::py_float(eps_) +
         ", elementwise_affine=" + repr::py_bool(!params_.empty());
}

GroupNorm::GroupNorm(int64_t groups, int64_t channels, double eps, bool affine, DType dtype)
    : groups_(groups), channels_(channels), eps_(eps) {
  IGNIS_CHECK(groups > 0 && channels % groups == 0, InvalidArgument, "GroupNorm: num_channels (",
              channels, ") must be divisible by num_groups (", groups, ")");
  if (affine) {
    register_parameter("weight", ones({channels}, {.dtype = dtype}));
    register_parameter("bias", zeros({channels}, {.dtype = dtype}));
  }
}

Tensor GroupNorm::forward(const Tensor& x) {
  return group_norm(x, groups_, opt(params_, "weight"), opt(params_, "bias"), eps_);
}

std::string GroupNorm::extra_repr() const {
  return std::to_string(groups_) + ", " + std::to_string(channels_) +
         ", eps=" + repr::py_float(eps_) + ", affine=" + repr::py_bool(!params_.empty());
}

RMSNorm::RMSNorm(std::vector<int64_t> shape, std::optional<double> eps, bool affine, DType dtype)
    : shape_(std::move(shape)), eps_(eps) {
  if (affine) register_parameter("weight", ones(shape_, {.dtype = dtype}));
}

Tensor RMSNorm::forward(const Tensor& x) {
  return rms_norm(x, shape_, opt(params_, "weight"), eps_);
}

std::string RMSNorm::extra_repr() const {
  return repr::py_tuple(shape_) + ", eps=" + (eps_ ? repr::py_float(*eps_) : std::string("None")) +
         ", elementwise_affine=" + repr::py_bool(!params_.empty());
}

}  // namespace ignis::nn
