#include "nn/pool.h"

#include "nn/repr.h"
#include "ops/ops.gen.h"

namespace ignis::nn {
namespace {
// Checks that a size list has 1 or `dims` entries, each at least `min`.
void check_sizes(const std::vector<int64_t>& v, size_t dims, int64_t min, const char* layer,
                 const char* what) {
  IGNIS_CHECK(v.size() == 1 || v.size() == dims, Shape, layer, ": expected ", what,
              " to have 1 or ", dims, " entries but got ", v.size());
  for (int64_t x : v)
    IGNIS_CHECK(x >= min, InvalidArgument, layer, ": expected ", what, " to be at least ", min,
                " but got ", repr::py_tuple(v));
}
}  // namespace

MaxPool1d::MaxPool1d(int64_t kernel, std::optional<int64_t> stride, int64_t padding, bool ceil_mode,
                     int64_t dilation)
    : kernel_(kernel),
      stride_(stride.value_or(kernel)),
      padding_(padding),
      dilation_(dilation),
      ceil_(ceil_mode) {
  check_sizes({kernel_}, 1, 1, "MaxPool1d", "kernel_size");
  check_sizes({stride_}, 1, 1, "MaxPool1d", "stride");
  check_sizes({padding_}, 1, 0, "MaxPool1d", "padding");
  check_sizes({dilation_}, 1, 1, "MaxPool1d", "dilation");
}

Tensor MaxPool1d::forward(const Tensor& x) {
  return max_pool1d(x, {kernel_}, {stride_}, {padding_}, {dilation_}, ceil_);
}

std::string MaxPool1d::extra_repr() const {
  return "kernel_size=" + std::to_string(kernel_) + ", stride=" + std::to_string(stride_) +
         ", padding=" + std::to_string(padding_) + ", dilation=" + std::to_string(dilation_) +
         ", ceil_mode=" + repr::py_bool(ceil_);
}

MaxPool2d::MaxPool2d(std::vector<int64_t> kernel, std::vector<int64_t> stride,
                     std::vector<int64_t> padding, bool ceil_mode, std::vector<int64_t> dilation)
    : kernel_(std::move(kernel)),
      stride_(std::move(stride)),
      padding_(std::move(padding)),
      dilation_(std::move(dilation)),
      ceil_(ceil_mode) {
  check_sizes(kernel_, 2, 1, "MaxPool2d", "kernel_size");
  if (stride_.empty()) stride_ = kernel_;
  check_sizes(stride_, 2, 1, "MaxPool2d", "stride");
  check_sizes(padding_, 2, 0, "MaxPool2d", "padding");
  check_sizes(dilation_, 2, 1, "MaxPool2d", "dilation");
}

Tensor MaxPool2d::forward(const Tensor& x) {
  return max_pool2d(x, kernel_, stride_, padding_, dilation_, ceil_);
}

std::string MaxPool2d::extra_repr() const {
  return "kernel_size=" + repr::py_int_or_tuple(kernel_) +
         ", stride=" + repr::py_int_or_tuple(stride_) +
         ", padding=" + repr::py_int_or_tuple(padding_) +
         ", dilation=" + repr::py_int_or_tuple(dilation_) + ", ceil_mode=" + repr::py_bool(ceil_);
}

AvgPool1d::AvgPool1d(int64_t kernel, std::optional<int64_t> stride, int64_t padding, bool ceil_mode,
                     bool count_include_pad)
    : kernel_(kernel),
      stride_(stride.value_or(kernel)),
      padding_(padding),
      ceil_(ceil_mode),
      count_pad_(count_include_pad) {
  check_sizes({kernel_}, 1, 1, "AvgPool1d", "kernel_size");
  check_sizes({stride_}, 1, 1, "AvgPool1d", "stride");
  check_sizes({padding_}, 1, 0, "AvgPool1d", "padding");
}

Tensor AvgPool1d::forward(const Tensor& x) {
  return avg_pool1d(x, {kernel_}, {stride_}, {padding_}, ceil_, count_pad_);
}

std::string AvgPool1d::extra_repr() const {
  // PyTorch stores AvgPool1d's sizes as 1-tuples.
  return "kernel_size=" + repr::py_tuple({kernel_}) + ", stride=" + repr::py_tuple({stride_}) +
         ", padding=" + repr::py_tuple({padding_});
}

AvgPool2d::AvgPool2d(std::vector<int64_t> kernel, std::vector<int64_t> stride,
                     std::vector<int64_t> padding, bool ceil_mode, bool count_include_pad,
                     std::optional<int64_t> divisor_override)
    : kernel_(std::move(kernel)),
      stride_(std::move(stride)),
      padding_(std::move(padding)),
      ceil_(ceil_mode),
      count_pad_(count_include_pad),
      divisor_(divisor_override) {
  check_sizes(kernel_, 2, 1, "AvgPool2d", "kernel_size");
  if (stride_.empty()) stride_ = kernel_;
  check_sizes(stride_, 2, 1, "AvgPool2d", "stride");
  check_sizes(padding_, 2, 0, "AvgPool2d", "padding");
  IGNIS_CHECK(!divisor_ || *divisor_ != 0, InvalidArgument,
              "AvgPool2d: divisor_override must not be 0");
}

Tensor AvgPool2d::forward(const Tensor& x) {
  return avg_pool2d(x, kernel_, stride_, padding_, ceil_, count_pad_, divisor_);
}

std::string AvgPool2d::extra_repr() const {
  return "kernel_size=" + repr::py_int_or_tuple(kernel_) +
         ", stride=" + repr::py_int_or_tuple(stride_) +
         ", padding=" + repr::py_int_or_tuple(padding_);
}

Tensor AdaptiveAvgPool1d::forward(const Tensor& x) { return adaptive_avg_pool1d(x, {out_}); }

Tensor AdaptiveAvgPool2d::forward(const Tensor& x) { return adaptive_avg_pool2d(x, out_); }

std::string AdaptiveAvgPool2d::extra_repr() const {
  return "output_size=" + repr::py_int_or_tuple(out_);
}

Tensor AdaptiveMaxPool2d::forward(const Tensor& x) {
  return std::get<0>(adaptive_max_pool2d(x, out_));
}

std::string AdaptiveMaxPool2d::extra_repr() const {
  return "output_size=" + repr::py_int_or_tuple(out_);
}

}  // namespace ignis::nn
