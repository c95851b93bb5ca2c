#include "nn/conv.h"

#include <cmath>

#include "nn/init.h"
#include "nn/repr.h"
#include "ops/ops.gen.h"

namespace ignis::nn {
ConvNd::ConvNd(int dims, int64_t in, int64_t out, std::vector<int64_t> kernel, ConvOptions opts)
    : dims_(dims), in_(in), out_(out), kernel_(std::move(kernel)), opts_(std::move(opts)) {
  IGNIS_CHECK(opts_.groups > 0, InvalidArgument, type_name(),
              ": groups must be a positive integer (got ", opts_.groups, ")");
  IGNIS_CHECK(in % opts_.groups == 0 && out % opts_.groups == 0, InvalidArgument, type_name(),
              ": in_channels (", in, ") and out_channels (", out, ") must be divisible by groups (",
              opts_.groups, ")");
  if (kernel_.size() == 1) kernel_.assign(static_cast<size_t>(dims), kernel_[0]);
  IGNIS_CHECK(static_cast<int>(kernel_.size()) == dims, Shape, type_name(), ": expected ", dims,
              " kernel sizes but got ", kernel_.size());
  std::vector<int64_t> wshape{out, in / opts_.groups};
  wshape.insert(wshape.end(), kernel_.begin(), kernel_.end());
  // Both are registered before either is referenced: registering moves the parameter list.
  register_parameter("weight", empty(wshape, {.dtype = opts_.dtype}));
  if (opts_.bias) register_parameter("bias", empty({out}, {.dtype = opts_.dtype}));
  init::default_weight_and_bias_(param("weight"), opts_.bias ? &param("bias") : nullptr);
}

Tensor ConvNd::forward(const Tensor& x) {
  const Tensor& w = params_[0].second;
  std::optional<Tensor> b;
  if (params_.size() > 1) b = params_[1].second;
  const auto& o = opts_;
  if (!o.padding_mode_str.empty()) {
    std::string_view pad(o.padding_mode_str);
    if (dims_ == 1) return conv1d(x, w, b, o.stride, pad, o.dilation, o.groups);
    if (dims_ == 2) return conv2d(x, w, b, o.stride, pad, o.dilation, o.groups);
    return conv3d(x, w, b, o.stride, pad, o.dilation, o.groups);
  }
  if (dims_ == 1) return conv1d(x, w, b, o.stride, IntArrayRef(o.padding), o.dilation, o.groups);
  if (dims_ == 2) return conv2d(x, w, b, o.stride, IntArrayRef(o.padding), o.dilation, o.groups);
  return conv3d(x, w, b, o.stride, IntArrayRef(o.padding), o.dilation, o.groups);
}

std::string ConvNd::extra_repr() const {
  // PyTorch prints every size as a tuple with one entry per spatial dim.
  size_t n = static_cast<size_t>(dims_);
  auto tup = [&](const std::vector<int64_t>& v) { return repr::py_tuple(repr::expand(v, n)); };
  std::string s = std::to_string(in_) + ", " + std::to_string(out_) +
                  ", kernel_size=" + tup(kernel_) + ", stride=" + tup(opts_.stride);
  if (!opts_.padding_mode_str.empty())
    s += ", padding=" + opts_.padding_mode_str;
  else if (repr::expand(opts_.padding, n) != std::vector<int64_t>(n, 0))
    s += ", padding=" + tup(opts_.padding);
  if (repr::expand(opts_.dilation, n) != std::vector<int64_t>(n, 1))
    s += ", dilation=" + tup(opts_.dilation);
  if (opts_.groups != 1) s += ", groups=" + std::to_string(opts_.groups);
  if (!opts_.bias) s += ", bias=False";
  return s;
}

}  // namespace ignis::nn
