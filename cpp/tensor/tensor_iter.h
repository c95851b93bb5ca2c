// TensorIter: the strided loop helper every elementwise and reduction kernel builds on.
// It broadcasts operands to one shape, orders dimensions so the output is walked in memory
// order, merges dimensions that are contiguous across all operands, and hands a kernel 1-D
// runs (pointer per operand, byte stride per operand, length), in parallel above a grain size.
#pragma once

#include <array>
#include <vector>

#include "tensor/function_ref.h"
#include "tensor/parallel.h"
#include "tensor/tensor.h"

namespace ignis {

// Inner loop: data[k] points at operand k's first element, strides[k] is its step in bytes.
using LoopFn = FunctionRef<void(char** data, const int64_t* strides, int64_t n)>;

class TensorIter {
 public:
  static constexpr int kMaxOperands = 8;

  // Outputs first, then inputs. Every output must already have the same shape, and the inputs
  // are broadcast to it (to their common shape when there are no outputs). `op` names the
  // caller in error messages.
  TensorIter(std::initializer_list<Tensor> outputs, std::initializer_list<Tensor> inputs,
             const char* op);
  // Reduction form: `output` has the input's rank with size 1 on reduced dims; those dims get
  // output stride 0 so a kernel accumulates into the same element.
  static TensorIter reduce(const Tensor& output, const Tensor& input, const char* op);

  int ntensors() const { return ntensors_; }
  int ndim() const { return static_cast<int>(shape_.size()); }
  int64_t numel() const { return numel_; }
  // Shape after reordering (fastest-varying dim first) and merging.
  IntArrayRef shape() const { return shape_; }
  // Byte strides of operand k in the same order as shape().
  IntArrayRef strides(int k) const { return strides_[k]; }
  char* data(int k) const { return data_[k]; }
  DType dtype(int k) const { return dtypes_[k]; }
  // True when every operand is dense and in the same order (one run covers everything).
  bool is_contiguous() const;

  // Calls loop over [begin, end) of the linear index space on this thread.
  void serial_for_each(LoopFn loop, int64_t begin, int64_t end) const;
  // Calls loop over the whole space, split across threads above `grain` elements.
  void for_each(LoopFn loop, int64_t grain = kGrainSize) const;

 private:
  TensorIter() = default;
  void add_operand(const Tensor& t, IntArrayRef shape);
  void reorder_and_coalesce();

  int ntensors_ = 0;
  int64_t numel_ = 1;
  DimVector shape_;
  std::array<DimVector, kMaxOperands> strides_;
  std::array<char*, kMaxOperands> data_{};
  std::array<DType, kMaxOperands> dtypes_{};
};

}  // namespace ignis
