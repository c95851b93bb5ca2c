// Shared front-end plumbing of elementwise ops (unary, binary, ternary): result dtypes, the
// functional / out= / in-place forms, and building the TensorIter a kernel runs over.
#pragma once

#include <cstdint>
#include <functional>
#include <initializer_list>

#include "tensor/tensor_iter.h"

namespace ignis {

// torch.can_cast: floating -> integral and non-bool -> bool are the casts an out= or in-place
// result may not make.
bool can_cast(DType from, DType to);

// result_type of tensors and scalars (dimensioned tensors > 0-dim tensors > scalars).
DType result_type(std::initializer_list<Tensor> tensors,
                  std::initializer_list<Scalar> scalars = {});

// A 0-dim tensor holding s in dtype d (broadcasts with stride 0).
Tensor scalar_tensor(const Scalar& s, DType d, Device device = kCPU);

// Where an elementwise op writes: a new tensor, a caller's `out`, or its first input in place.
enum class OutMode { Functional, Out, InPlace };

// Runs an elementwise kernel.
//   inputs   are converted to `compute` dtype (when they differ) and broadcast together;
//   result   is the dtype of the functional result (compute, or Bool for comparisons);
//   out      is ignored for Functional, the destination for Out, inputs[0] for InPlace;
//   kernel   gets a TensorIter whose operand 0 is the output (dtype `result`) and whose other
//            operands are the inputs (dtype `compute`).
// Out/in-place destinations of another dtype get the result through a cast (checked with
// can_cast); an in-place destination must already have the broadcast shape; an out= tensor of
// another shape is only resized when it is empty (numel 0). Inputs from index `n_compute` on
// (default: none) keep their own dtype (where's bool condition).
Tensor run_elementwise(const char* op, OutMode mode, Tensor* out,
                       std::initializer_list<Tensor> inputs, DType compute, DType result,
                       const std::function<void(TensorIter&)>& kernel, size_t n_compute = SIZE_MAX);

}  // namespace ignis
