// Recording the backward of sort, topk, kthvalue and median (cpp/ops/sort.cpp); the formulas
// live in sort_grad.cpp. Only the values get history: indices are not differentiable.
#pragma once

#include "ops/history.h"

namespace ignis {

// sort and topk along dim d (wrapped): the values' gradient goes back to the indices.
void record_sort(const Tensor& self, int64_t d, Tensor& values, const Tensor& indices);
void record_topk(const Tensor& self, int64_t d, Tensor& values, const Tensor& indices);
// kthvalue and median.dim (is_median) along dim d (wrapped), keepdim or not.
void record_kth(const Tensor& self, int64_t d, bool keepdim, bool is_median, Tensor& values,
                const Tensor& indices);
// median(): the gradient is split evenly among the elements equal to the median.
void record_median(const Tensor& self, Tensor& out);

}  // namespace ignis
