// Convolution layers: Conv1d/2d/3d (transposed ones are in conv_transpose.h).
#pragma once

#include "nn/module.h"
// The pooling layers lived here first; code that includes conv.h for them keeps working.
#include "nn/pool.h"

namespace ignis::nn {

// Options shared by Conv1d/2d/3d: lists have one entry per spatial dim (one entry is repeated).
struct ConvOptions {
  std::vector<int64_t> stride{1}, padding{0}, dilation{1};
  std::string padding_mode_str;  // "" (use padding), "same" or "valid"
  int64_t groups = 1;
  bool bias = true;
  DType dtype = DType::F32;
};

// N-d convolution over (N, C, *spatial) input; weight (out, in/groups, *kernel); PyTorch's
// default init (kaiming_uniform with a = sqrt(5), bias U(-1/sqrt(fan_in), 1/sqrt(fan_in))).
class ConvNd : public Module {
 public:
  ConvNd(int dims, int64_t in_channels, int64_t out_channels, std::vector<int64_t> kernel_size,
         ConvOptions opts);
  Tensor forward(const Tensor& x) override;
  std::string type_name() const override { return "Conv" + std::to_string(dims_) + "d"; }
  std::string extra_repr() const override;

 private:
  int dims_;
  int64_t in_, out_;
  std::vector<int64_t> kernel_;
  ConvOptions opts_;
};

class Conv1d : public ConvNd {
 public:
  Conv1d(int64_t in, int64_t out, int64_t k, ConvOptions o = {}) : ConvNd(1, in, out, {k}, o) {}
};
class Conv2d : public ConvNd {
 public:
  Conv2d(int64_t in, int64_t out, std::vector<int64_t> k, ConvOptions o = {})
      : ConvNd(2, in, out, std::move(k), o) {}
};
class Conv3d : public ConvNd {
 public:
  Conv3d(int64_t in, int64_t out, std::vector<int64_t> k, ConvOptions o = {})
      : ConvNd(3, in, out, std::move(k), o) {}
};

}  // namespace ignis::nn
