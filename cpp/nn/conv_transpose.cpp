#include "nn/conv_transpose.h"

#include <cmath>

#include "nn/init.h"
#include "nn/repr.h"
#include "ops/ops.gen.h"
#include "tensor/broadcast.h"

namespace ignis::nn {

ConvTransposeNd::ConvTransposeNd(int dims, int64_t in, int64_t out, std::vector<int64_t> kernel,
                                 ConvTransposeOptions opts)
    : dims_(dims), in_(in), out_(out), kernel_(std::move(kernel)), opts_(std::move(opts)) {
  const std::string name = type_name();
  const size_t n = static_cast<size_t>(dims);
  IGNIS_CHECK(in > 0 && out > 0, InvalidArgument, name,
              ": expected positive in_channels and out_channels but got ", in, " and ", out);
  IGNIS_CHECK(opts_.groups > 0, InvalidArgument, name, ": groups must be a positive integer (got ",
              opts_.groups, ")");
  IGNIS_CHECK(in % opts_.groups == 0 && out % opts_.groups == 0, InvalidArgument, name,
              ": in_channels (", in, ") and out_channels (", out, ") must be divisible by groups (",
              opts_.groups, ")");
  auto norm = [&](std::vector<int64_t>& v, const char* what, int64_t min) {
    IGNIS_CHECK(v.size() == 1 || v.size() == n, Shape, name, ": expected ", what, " to have 1 or ",
                n, " entries but got ", v.size());
    v = repr::expand(v, n);
    for (int64_t x : v)
      IGNIS_CHECK(x >= min, InvalidArgument, name, ": expected ", what, " to be at least ", min,
                  " but got ", repr::py_tuple(v));
  };
  norm(kernel_, "kernel_size", 1);
  norm(opts_.stride, "stride", 1);
  norm(opts_.padding, "padding", 0);
  norm(opts_.output_padding, "output_padding", 0);
  norm(opts_.dilation, "dilation", 1);
  for (size_t i = 0; i < n; ++i)
    IGNIS_CHECK(opts_.output_padding[i] < std::max(opts_.stride[i], opts_.dilation[i]),
                InvalidArgument, name, ": output padding must be smaller than either stride or ",
                "dilation, but got output_padding=", repr::py_tuple(opts_.output_padding),
                ", stride=", repr::py_tuple(opts_.stride),
                ", dilation=", repr::py_tuple(opts_.dilation));
  std::vector<int64_t> wshape{in, out / opts_.groups};
  wshape.insert(wshape.end(), kernel_.begin(), kernel_.end());
  // Both are registered before either is referenced: registering moves the parameter list.
  register_parameter("weight", empty(wshape, {.dtype = opts_.dtype}));
  if (opts_.bias) register_parameter("bias", empty({out}, {.dtype = opts_.dtype}));
  init::default_weight_and_bias_(param("weight"), opts_.bias ? &param("bias") : nullptr);
}

Tensor ConvTransposeNd::run(const Tensor& x, const std::vector<int64_t>& output_padding) {
  const Tensor& w = params_[0].second;
  std::optional<Tensor> b;
  if (params_.size() > 1) b = params_[1].second;
  const auto& o = opts_;
  // The ops take batched input; unbatched (C, *spatial) input gets a batch of one.
  bool unbatched = x.dim() == dims_ + 1;
  Tensor in = unbatched ? x.unsqueeze(0) : x;
  Tensor y =
      dims_ == 1
          ? conv_transpose1d(in, w, b, o.stride, o.padding, output_padding, o.groups, o.dilation)
          : conv_transpose2d(in, w, b, o.stride, o.padding, output_padding, o.groups, o.dilation);
  return unbatched ? y.squeeze(0) : y;
}

Tensor ConvTransposeNd::forward(const Tensor& x) { return run(x, opts_.output_padding); }

Tensor ConvTransposeNd::forward(const Tensor& x, const std::vector<int64_t>& output_size) {
  const std::string name = type_name();
  const size_t n = static_cast<size_t>(dims_);
  IGNIS_CHECK(x.dim() == dims_ + 1 || x.dim() == dims_ + 2, Shape, name, ": expected ", dims_ + 1,
              "-D (unbatched) or ", dims_ + 2, "-D (batched) input but got ", x.dim(),
              "-D input of shape ", shape_str(x.sizes()));
  IGNIS_CHECK(output_size.size() >= n && output_size.size() <= n + 2, Shape, name,
              ": output_size must have ", n, " or ", n + 2, " elements (got ", output_size.size(),
              ")");
  std::vector<int64_t> pad(n);
  for (size_t i = 0; i < n; ++i) {
    int64_t in_size = x.size(x.dim() - dims_ + static_cast<int64_t>(i));
    int64_t want = output_size[output_size.size() - n + i];
    int64_t min_size = (in_size - 1) * opts_.stride[i] - 2 * opts_.padding[i] +
                       opts_.dilation[i] * (kernel_[i] - 1) + 1;
    int64_t max_size = min_size + opts_.stride[i] - 1;
    IGNIS_CHECK(want >= min_size && want <= max_size, InvalidArgument, name,
                ": requested an output size of ", repr::py_tuple(output_size), ", but valid sizes ",
                "of dim ", i, " range from ", min_size, " to ", max_size,
                " (for an input of shape ", shape_str(x.sizes()), ")");
    pad[i] = want - min_size;
  }
  return run(x, pad);
}

std::string ConvTransposeNd::extra_repr() const {
  const size_t n = static_cast<size_t>(dims_);
  std::string s = std::to_string(in_) + ", " + std::to_string(out_) +
                  ", kernel_size=" + repr::py_tuple(kernel_) +
                  ", stride=" + repr::py_tuple(opts_.stride);
  if (opts_.padding != std::vector<int64_t>(n, 0))
    s += ", padding=" + repr::py_tuple(opts_.padding);
  if (opts_.dilation != std::vector<int64_t>(n, 1))
    s += ", dilation=" + repr::py_tuple(opts_.dilation);
  if (opts_.output_padding != std::vector<int64_t>(n, 0))
    s += ", output_padding=" + repr::py_tuple(opts_.output_padding);
  if (opts_.groups != 1) s += ", groups=" + std::to_string(opts_.groups);
  if (!opts_.bias) s += ", bias=False";
  return s;
}

}  // namespace ignis::nn
