// Kernels behind sort, argsort, topk, kthvalue, median and unique. Every kernel works along the
// last dim of its input (the front end in ops/sort.cpp moves the sorted dim last); outputs have
// the input's shape except in the last dim.
#pragma once

#include <tuple>

#include "kernels/registry.h"
#include "tensor/tensor.h"

namespace ignis {

// values/indices (shape of in) = each row of in sorted; nan last (first when descending); equal
// elements keep their input order (the sort is always stable).
IGNIS_DECLARE_KERNEL(sort, void(const Tensor& values, const Tensor& indices, const Tensor& in,
                                bool descending));
// values/indices (..., k) = the k largest (or smallest) of each row, in sorted order; nan is
// largest.
IGNIS_DECLARE_KERNEL(topk, void(const Tensor& values, const Tensor& indices, const Tensor& in,
                                int64_t k, bool largest));
// values/indices (...) = the k-th smallest (0-based) of each row; nan is largest. With
// nan_propagates (median), a row holding a nan gives nan and the index of its first nan.
IGNIS_DECLARE_KERNEL(kthvalue, void(const Tensor& values, const Tensor& indices, const Tensor& in,
                                    int64_t k, bool nan_propagates));

// The distinct values of the 1-D tensor `in` in ascending order, the index of each element of
// `in` among them (when return_inverse; else empty) and their counts (when return_counts; else
// empty). Every nan is distinct, like PyTorch.
using UniqueResult = std::tuple<Tensor, Tensor, Tensor>;
IGNIS_DECLARE_KERNEL(unique,
                     UniqueResult(const Tensor& in, bool return_inverse, bool return_counts));

}  // namespace ignis
