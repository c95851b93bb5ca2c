// Transposed convolutions: ConvTranspose1d/2d (the gradient of a convolution, used to upsample).
#pragma once

#include "nn/module.h"

namespace ignis::nn {

// Options of ConvTranspose1d/2d: lists have one entry per spatial dim (one entry is repeated).
struct ConvTransposeOptions {
  std::vector<int64_t> stride{1}, padding{0}, output_padding{0}, dilation{1};
  int64_t groups = 1;
  bool bias = true;
  DType dtype = DType::F32;
};

// N-d transposed convolution over (N, C_in, *spatial) or unbatched (C_in, *spatial) input.
// Parameters "weight" (in, out/groups, *kernel) and "bias" (out); PyTorch's default init:
// kaiming_uniform with a = sqrt(5) (fan_in = out/groups * prod(kernel), from weight dim 1),
// bias U(-1/sqrt(fan_in), 1/sqrt(fan_in)). Each output_padding must be below its stride or
// its dilation.
class ConvTransposeNd : public Module {
 public:
  ConvTransposeNd(int dims, int64_t in_channels, int64_t out_channels,
                  std::vector<int64_t> kernel_size, ConvTransposeOptions opts);
  Tensor forward(const Tensor& x) override;
  // Picks output_padding so the spatial output has output_size (the last `dims` entries are
  // used, so (N, C, H, W) works too), as PyTorch's forward(input, output_size) does.
  Tensor forward(const Tensor& x, const std::vector<int64_t>& output_size);
  std::string type_name() const override { return "ConvTranspose" + std::to_string(dims_) + "d"; }
  std::string extra_repr() const override;

 private:
  Tensor run(const Tensor& x, const std::vector<int64_t>& output_padding);
  int dims_;
  int64_t in_, out_;
  std::vector<int64_t> kernel_;
  ConvTransposeOptions opts_;
};

class ConvTranspose1d : public ConvTransposeNd {
 public:
  ConvTranspose1d(int64_t in, int64_t out, int64_t k, ConvTransposeOptions o = {})
      : ConvTransposeNd(1, in, out, {k}, std::move(o)) {}
};
class ConvTranspose2d : public ConvTransposeNd {
 public:
  ConvTranspose2d(int64_t in, int64_t out, std::vector<int64_t> k, ConvTransposeOptions o = {})
      : ConvTransposeNd(2, in, out, std::move(k), std::move(o)) {}
};

}  // namespace ignis::nn
