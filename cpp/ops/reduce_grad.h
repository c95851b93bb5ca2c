// Recording the backward of the reductions and scans of cpp/ops/reduce.cpp; the formulas live
// in reduce_grad.cpp. Each record_* does nothing unless grad mode is on and self requires grad.
// `self` is the op's input before any dtype= conversion; gradients are cast back to its dtype.
#pragma once

#include "ops/history.h"

namespace ignis {

void record_sum(const Tensor& self, OptIntArrayRef dim, bool keepdim, Tensor& out);
void record_mean(const Tensor& self, OptIntArrayRef dim, bool keepdim, Tensor& out);
void record_prod(const Tensor& self, OptIntArrayRef dim, bool keepdim, Tensor& out);
// var and std (is_std) with the given correction.
void record_var(const Tensor& self, OptIntArrayRef dim, double correction, bool keepdim,
                bool is_std, Tensor& out);
// max() / min(): the gradient is split evenly among the elements equal to the result.
void record_extreme(const Tensor& self, bool is_max, Tensor& out);
// max.dim / min.dim: the gradient goes to the position of each index.
void record_extreme_dim(const Tensor& self, int64_t dim, bool keepdim, bool is_max, Tensor& values,
                        const Tensor& indices);
// amax / amin: the gradient is split evenly among the ties of each reduced slice.
void record_amax_amin(const Tensor& self, IntArrayRef dim, bool keepdim, bool is_max, Tensor& out);
void record_logsumexp(const Tensor& self, IntArrayRef dim, bool keepdim, Tensor& out);
void record_norm(const Tensor& self, double p, OptIntArrayRef dim, bool keepdim, Tensor& out);
void record_cumsum(const Tensor& self, int64_t dim, Tensor& out);
void record_cumprod(const Tensor& self, int64_t dim, Tensor& out);

// Formulas shared with sort_grad.cpp.

// Gradient of a full reduction that selects a value (max, min, median): grad split evenly
// among the elements of self equal to result (nan matching nan).
Tensor evenly_distribute_backward(const Tensor& grad, const Tensor& self, const Tensor& result);
// Gradient of a reduction along dim that selects values at `indices` (max.dim, kthvalue, ...):
// grad placed at the indices in a zero tensor of self's shape.
Tensor select_backward(const Tensor& grad, const Tensor& indices, IntArrayRef self_sizes,
                       DType dtype, Device device, int64_t dim, bool keepdim);

}  // namespace ignis
