// Helpers shared by the backward formulas in cpp/ops/<family>_grad.cpp.
#pragma once

#include "ops/history.h"

namespace ignis {

// Sums a broadcast gradient back to `shape` (the input's shape before broadcasting).
Tensor sum_to(const Tensor& grad, IntArrayRef shape);

// The gradient for an input of the given dtype and shape: reduced over broadcast dims and cast
// back when the op promoted the input.
Tensor reduce_grad(const Tensor& grad, const Tensor& input);

}  // namespace ignis
