// Kernels behind the reductions (sum, mean, max, var, ...) and the scans (cumsum, cumprod).
//
// Geometry shared by every reduction kernel: the front end (ops/reduce.cpp) moves the reduced
// dims of the input last and merges them into one, so `in` has shape (kept..., R) with any
// strides, and `out` has shape (kept...) (no keepdim) with any strides. Each output element
// reduces one row of R elements.
#pragma once

#include "kernels/registry.h"
#include "tensor/tensor.h"

namespace ignis {

// Reductions that produce one value per row.
enum class ReduceOp {
  Sum,           // out dtype: in's (int64 for integers and bool)
  Prod,          // out dtype: in's (int64 for integers and bool)
  Mean,          // floating in/out
  Var,           // floating; arg = correction
  Std,           // floating; arg = correction
  Max,           // out dtype = in's; nan propagates
  Min,           // out dtype = in's; nan propagates
  LogSumExp,     // floating in/out
  All,           // bool out
  Any,           // bool out
  Norm,          // floating; arg = p (inf, -inf, 0, 1, 2, any other)
  CountNonzero,  // int64 out
};

// out[kept] = op over in[kept, :]; out's dtype is the op's result dtype for in's dtype.
IGNIS_DECLARE_KERNEL(reduce, void(ReduceOp op, const Tensor& out, const Tensor& in, double arg));
// values[kept] / indices[kept] = the first max (is_max) or min of in[kept, :] and its index;
// nan counts as the extreme. `values` may be undefined (argmax / argmin).
IGNIS_DECLARE_KERNEL(arg_reduce, void(bool is_max, const Tensor& values, const Tensor& indices,
                                      const Tensor& in));

// Running sum or product along the last dim: out and in have the same shape (..., R).
enum class ScanOp { Sum, Prod };
IGNIS_DECLARE_KERNEL(scan, void(ScanOp op, const Tensor& out, const Tensor& in));

}  // namespace ignis
