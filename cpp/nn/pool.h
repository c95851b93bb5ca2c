// Pooling layers: MaxPool1d/2d, AvgPool1d/2d, AdaptiveAvgPool1d/2d, AdaptiveMaxPool2d. Sizes
// given as one entry apply to every spatial dim; an empty stride means stride = kernel_size.
#pragma once

#include <optional>

#include "nn/module.h"

namespace ignis::nn {

// Max over windows of (N, C, L) or (C, L) input. Argument order as MaxPool2d's below.
class MaxPool1d : public Module {
 public:
  explicit MaxPool1d(int64_t kernel_size, std::optional<int64_t> stride = std::nullopt,
                     int64_t padding = 0, bool ceil_mode = false, int64_t dilation = 1);
  Tensor forward(const Tensor& x) override;
  std::string type_name() const override { return "MaxPool1d"; }
  std::string extra_repr() const override;

 private:
  int64_t kernel_, stride_, padding_, dilation_;
  bool ceil_;
};

// Max over windows of (N, C, H, W) or (C, H, W) input. ceil_mode comes before dilation (unlike
// PyTorch's keyword order, which has return_indices between them).
class MaxPool2d : public Module {
 public:
  explicit MaxPool2d(std::vector<int64_t> kernel, std::vector<int64_t> stride = {},
                     std::vector<int64_t> padding = {0}, bool ceil_mode = false,
                     std::vector<int64_t> dilation = {1});
  Tensor forward(const Tensor& x) override;
  std::string type_name() const override { return "MaxPool2d"; }
  std::string extra_repr() const override;

 private:
  std::vector<int64_t> kernel_, stride_, padding_, dilation_;
  bool ceil_;
};

// Mean over windows of (N, C, L) or (C, L) input; count_include_pad counts padded zeros.
class AvgPool1d : public Module {
 public:
  explicit AvgPool1d(int64_t kernel_size, std::optional<int64_t> stride = std::nullopt,
                     int64_t padding = 0, bool ceil_mode = false, bool count_include_pad = true);
  Tensor forward(const Tensor& x) override;
  std::string type_name() const override { return "AvgPool1d"; }
  std::string extra_repr() const override;

 private:
  int64_t kernel_, stride_, padding_;
  bool ceil_, count_pad_;
};

// Mean over windows of (N, C, H, W) or (C, H, W) input; divisor_override replaces the count.
class AvgPool2d : public Module {
 public:
  explicit AvgPool2d(std::vector<int64_t> kernel, std::vector<int64_t> stride = {},
                     std::vector<int64_t> padding = {0}, bool ceil_mode = false,
                     bool count_include_pad = true,
                     std::optional<int64_t> divisor_override = std::nullopt);
  Tensor forward(const Tensor& x) override;
  std::string type_name() const override { return "AvgPool2d"; }
  std::string extra_repr() const override;

 private:
  std::vector<int64_t> kernel_, stride_, padding_;
  bool ceil_, count_pad_;
  std::optional<int64_t> divisor_;
};

// Mean over the windows that split L into output_size parts.
class AdaptiveAvgPool1d : public Module {
 public:
  explicit AdaptiveAvgPool1d(int64_t output_size) : out_(output_size) {}
  Tensor forward(const Tensor& x) override;
  std::string type_name() const override { return "AdaptiveAvgPool1d"; }
  std::string extra_repr() const override { return "output_size=" + std::to_string(out_); }

 private:
  int64_t out_;
};

class AdaptiveAvgPool2d : public Module {
 public:
  explicit AdaptiveAvgPool2d(std::vector<int64_t> output_size) : out_(std::move(output_size)) {}
  Tensor forward(const Tensor& x) override;
  std::string type_name() const override { return "AdaptiveAvgPool2d"; }
  std::string extra_repr() const override;

 private:
  std::vector<int64_t> out_;
};

// Max over the windows that split (H, W) into output_size parts (the values, not the indices).
class AdaptiveMaxPool2d : public Module {
 public:
  explicit AdaptiveMaxPool2d(std::vector<int64_t> output_size) : out_(std::move(output_size)) {}
  Tensor forward(const Tensor& x) override;
  std::string type_name() const override { return "AdaptiveMaxPool2d"; }
  std::string extra_repr() const override;

 private:
  std::vector<int64_t> out_;
};

}  // namespace ignis::nn
