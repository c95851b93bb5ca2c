#include "nn/activation.h"

#include <cmath>

#include "nn/init.h"
#include "ops/operators.h"
#include "tensor/broadcast.h"

namespace ignis::nn {
namespace {
// Python prints an int default as an int ("beta=1") and a float as a float ("beta=2.5");
// integral values print as ints here so the defaults read as in PyTorch.
std::string py_num(double v) {
  if (std::isfinite(v) && v == std::trunc(v) && std::fabs(v) < 1e15)
    return std::to_string(static_cast<int64_t>(v));
  return repr::py_float(v);
}

void check_p(double p, const char* layer) {
  IGNIS_CHECK(p >= 0.0 && p <= 1.0, InvalidArgument, layer,
              ": dropout probability has to be between 0 and 1, but got ", p);
}
}  // namespace

CELU::CELU(double alpha) : alpha_(alpha) {
  IGNIS_CHECK(alpha != 0.0, InvalidArgument, "CELU: alpha must not be 0");
}

GELU::GELU(std::string approximate) : approximate_(std::move(approximate)) {
  IGNIS_CHECK(approximate_ == "none" || approximate_ == "tanh", InvalidArgument,
              "GELU: expected approximate 'none' or 'tanh' but got '", approximate_, "'");
}

std::string Softplus::extra_repr() const {
  return "beta=" + py_num(beta_) + ", threshold=" + py_num(threshold_);
}

Hardtanh::Hardtanh(double min_val, double max_val) : min_(min_val), max_(max_val) {
  IGNIS_CHECK(max_val > min_val, InvalidArgument,
              "Hardtanh: expected max_val > min_val but got min_val=", min_val,
              ", max_val=", max_val);
}

std::string Hardtanh::extra_repr() const {
  return "min_val=" + repr::py_float(min_) + ", max_val=" + repr::py_float(max_);
}

std::string Threshold::extra_repr() const {
  return "threshold=" + py_num(threshold_) + ", value=" + py_num(value_);
}

Hardshrink::Hardshrink(double lambd) : lambd_(lambd) {
  IGNIS_CHECK(lambd >= 0, InvalidArgument, "Hardshrink: expected lambd >= 0 but got ", lambd);
}

Tensor Hardshrink::forward(const Tensor& x) { return where(gt(abs(x), lambd_), x, Scalar(0.0)); }

Softshrink::Softshrink(double lambd) : lambd_(lambd) {
  IGNIS_CHECK(lambd >= 0, InvalidArgument, "Softshrink: expected lambd >= 0 but got ", lambd);
}

Tensor Softshrink::forward(const Tensor& x) {
  return where(gt(x, lambd_), x - lambd_, where(lt(x, -lambd_), x + lambd_, Scalar(0.0)));
}

PReLU::PReLU(int64_t num_parameters, double init, DType dtype) : num_(num_parameters) {
  IGNIS_CHECK(num_parameters >= 1, InvalidArgument, "PReLU: expected num_parameters >= 1 but got ",
              num_parameters);
  Tensor& w = register_parameter("weight", empty({num_parameters}, {.dtype = dtype}));
  init::constant_(w, init);
}

Tensor PReLU::forward(const Tensor& x) {
  Tensor w = params_[0].second;
  if (num_ > 1) {
    // One slope per channel: dim 1 of batched input, dim 0 of 1-D input.
    int64_t cdim = x.dim() >= 2 ? 1 : 0;
    IGNIS_CHECK(x.dim() >= 1 && x.size(cdim) == num_, Shape, "PReLU: expected ", num_,
                " channels in dim ", cdim, " of the input but got input of shape ",
                shape_str(x.sizes()));
    std::vector<int64_t> shape(static_cast<size_t>(x.dim() - cdim), 1);
    shape[0] = num_;
    w = w.reshape(shape);
  }
  return where(gt(x, 0.0), x, w * x);
}

Tensor GLU::forward(const Tensor& x) {
  IGNIS_CHECK(x.dim() > 0, Shape,
              "GLU: glu does not support scalars because halving size must "
              "be even");
  int64_t d = dim_ < 0 ? dim_ + x.dim() : dim_;
  IGNIS_CHECK(d >= 0 && d < x.dim(), Index, "GLU: dim ", dim_, " is out of range for a ", x.dim(),
              "-D input");
  IGNIS_CHECK(x.size(d) % 2 == 0, Shape, "GLU: halving dimension must be even, but dimension ", d,
              " is size ", x.size(d));
  int64_t half = x.size(d) / 2;
  return x.narrow(d, 0, half) * sigmoid(x.narrow(d, half, half));
}

Dropout::Dropout(double p) : p_(p) { check_p(p, "Dropout"); }

AlphaDropout::AlphaDropout(double p) : p_(p) { check_p(p, "AlphaDropout"); }

}  // namespace ignis::nn
