// NumPy/PyTorch indexing for the bindings: x[1, ::2, None, ..., idx, mask] as a list of
// TensorIndex. Basic indices (integers, slices, None, Ellipsis) give views; tensor indices
// (integer or boolean) gather into a new tensor.
#pragma once

#include <optional>
#include <variant>
#include <vector>

#include "tensor/tensor.h"

namespace ignis {
namespace indexing {

// start:stop:step; unset parts take their Python defaults.
struct Slice {
  std::optional<int64_t> start, stop, step;
};
struct NoneIndex {};
struct EllipsisIndex {};
// x[None] adds a dim of size 1; x[Ellipsis] stands for every dim not indexed otherwise.
inline constexpr NoneIndex None{};
inline constexpr EllipsisIndex Ellipsis{};

// One entry of an index expression.
class TensorIndex {
 public:
  TensorIndex(int64_t i) : v_(i) {}
  TensorIndex(int i) : v_(static_cast<int64_t>(i)) {}
  TensorIndex(bool b) : v_(b) {}
  TensorIndex(Slice s) : v_(s) {}
  TensorIndex(NoneIndex n) : v_(n) {}
  TensorIndex(EllipsisIndex e) : v_(e) {}
  TensorIndex(Tensor t) : v_(std::move(t)) {}

  bool is_integer() const { return std::holds_alternative<int64_t>(v_); }
  bool is_boolean() const { return std::holds_alternative<bool>(v_); }
  bool is_slice() const { return std::holds_alternative<Slice>(v_); }
  bool is_none() const { return std::holds_alternative<NoneIndex>(v_); }
  bool is_ellipsis() const { return std::holds_alternative<EllipsisIndex>(v_); }
  bool is_tensor() const { return std::holds_alternative<Tensor>(v_); }
  int64_t integer() const { return std::get<int64_t>(v_); }
  bool boolean() const { return std::get<bool>(v_); }
  const Slice& slice() const { return std::get<Slice>(v_); }
  const Tensor& tensor() const { return std::get<Tensor>(v_); }

 private:
  std::variant<int64_t, bool, Slice, NoneIndex, EllipsisIndex, Tensor> v_;
};

}  // namespace indexing

using indexing::TensorIndex;

// self[indices]: a view when every index is basic, else a new tensor (advanced indexing).
Tensor index(const Tensor& self, const std::vector<TensorIndex>& indices);
// self[indices] = value (value broadcast to the indexed shape and cast to self's dtype).
Tensor& index_put_(Tensor& self, const std::vector<TensorIndex>& indices, const Tensor& value);
// self[indices] = value for a Scalar value.
Tensor& index_put_(Tensor& self, const std::vector<TensorIndex>& indices, const Scalar& value);

namespace detail {
// index_put_ with accumulate (+=); `op` names the caller in errors.
Tensor& index_put_impl(Tensor& self, const std::vector<TensorIndex>& indices, const Tensor& value,
                       bool accumulate, const char* op);
// Writes result into a caller's out= tensor: same device, castable dtype; out is resized when
// it is empty (or always, with resize_any, for ops whose size depends on the data).
Tensor& write_out(const char* op, Tensor& out, const Tensor& result, bool resize_any = false);
// index as int64 (int32 accepted when allow_int32), else DTypeError naming op and argument.
Tensor long_index(const Tensor& index, const char* op, const char* arg, bool allow_int32);
}  // namespace detail

}  // namespace ignis
