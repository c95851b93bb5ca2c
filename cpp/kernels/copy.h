// Kernels behind copy_, fill_ and the factories.
#pragma once

#include "kernels/registry.h"
#include "tensor/tensor.h"

namespace ignis {

// dst = src converted to dst's dtype; same device, same shape (src already expanded).
IGNIS_DECLARE_KERNEL(copy, void(const Tensor& dst, const Tensor& src));
// Every element of t = value converted to t's dtype.
IGNIS_DECLARE_KERNEL(fill, void(const Tensor& t, const Scalar& value));
// t[i] = start + i * step for a contiguous 1-D t.
IGNIS_DECLARE_KERNEL(arange, void(const Tensor& t, const Scalar& start, const Scalar& step));
// t[i] = start + i * (end - start) / (n - 1), symmetric from both ends like PyTorch.
IGNIS_DECLARE_KERNEL(linspace, void(const Tensor& t, double start, double end));

}  // namespace ignis
