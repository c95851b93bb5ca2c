#include "nn/linear.h"

#include <cmath>

#include "nn/init.h"
#include "nn/repr.h"
#include "ops/ops.gen.h"

namespace ignis::nn {

Linear::Linear(int64_t in_features, int64_t out_features, bool bias, DType dtype)
    : in_(in_features), out_(out_features) {
  IGNIS_CHECK(in_features >= 0 && out_features >= 0, InvalidArgument,
              "Linear: expected non-negative sizes but got in_features=", in_features,
              ", out_features=", out_features);
  register_parameter("weight", empty({out_, in_}, {.dtype = dtype}));
  if (bias) register_parameter("bias", empty({out_}, {.dtype = dtype}));
  reset_parameters();
}

void Linear::reset_parameters() {
  init::default_weight_and_bias_(param("weight"), params_.size() > 1 ? &param("bias") : nullptr);
}

Tensor Linear::forward(const Tensor& x) {
  std::optional<Tensor> b;
  if (params_.size() > 1) b = params_[1].second;
  return linear(x, params_[0].second, b);
}

std::string Linear::extra_repr() const {
  return "in_features=" + std::to_string(in_) + ", out_features=" + std::to_string(out_) +
         ", bias=" + repr::py_bool(params_.size() > 1);
}

Bilinear::Bilinear(int64_t in1, int64_t in2, int64_t out, bool bias, DType dtype)
    : in1_(in1), in2_(in2), out_(out) {
  IGNIS_CHECK(in1 >= 0 && in2 >= 0 && out >= 0, InvalidArgument,
              "Bilinear: expected non-negative sizes but got in1_features=", in1,
              ", in2_features=", in2, ", out_features=", out);
  double bound = in1 > 0 ? 1.0 / std::sqrt(static_cast<double>(in1)) : 0.0;
  Tensor& w = register_parameter("weight", empty({out, in1, in2}, {.dtype = dtype}));
  init::uniform_(w, -bound, bound);
  if (bias) {
    Tensor& b = register_parameter("bias", empty({out}, {.dtype = dtype}));
    init::uniform_(b, -bound, bound);
  }
}

Tensor Bilinear::forward(const Tensor& x1, const Tensor& x2) {
  std::optional<Tensor> b;
  if (params_.size() > 1) b = params_[1].second;
  return bilinear(x1, x2, params_[0].second, b);
}

std::string Bilinear::extra_repr() const {
  return "in1_features=" + std::to_string(in1_) + ", in2_features=" + std::to_string(in2_) +
         ", out_features=" + std::to_string(out_) + ", bias=" + repr::py_bool(params_.size() > 1);
}

std::string Flatten::extra_repr() const {
  return "start_dim=" + std::to_string(start_) + ", end_dim=" + std::to_string(end_);
}

Unflatten::Unflatten(int64_t dim, std::vector<int64_t> sizes)
    : dim_(dim), sizes_(std::move(sizes)) {
  IGNIS_CHECK(!sizes_.empty(), InvalidArgument, "Unflatten: unflattened_size must be non-empty");
  int inferred = 0;
  for (int64_t s : sizes_) {
    IGNIS_CHECK(s > 0 || s == -1, InvalidArgument,
                "Unflatten: expected unflattened_size entries > 0 or -1 but got ",
                repr::py_tuple(sizes_));
    inferred += s == -1;
  }
  IGNIS_CHECK(inferred <= 1, InvalidArgument,
              "Unflatten: only one entry of unflattened_size can be -1 but got ",
              repr::py_tuple(sizes_));
}

std::string Unflatten::extra_repr() const {
  return "dim=" + std::to_string(dim_) + ", unflattened_size=" + repr::py_tuple(sizes_);
}

}  // namespace ignis::nn
