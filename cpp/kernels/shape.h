// Kernels behind the shape ops (cat, tril/triu); the other shape ops are views and copies.
#pragma once

#include <vector>

#include "kernels/registry.h"
#include "tensor/tensor.h"

namespace ignis {

// out = the inputs laid end to end along dim; every input has out's dtype and device and
// out's sizes except along dim (their sizes there sum to out's).
IGNIS_DECLARE_KERNEL(cat, void(const Tensor& out, const std::vector<Tensor>& inputs, int64_t dim));
// out = self with the elements above (lower) or below (!lower) `diagonal` of the last two dims
// zeroed; out has self's shape and dtype and may be self.
IGNIS_DECLARE_KERNEL(tril_triu,
                     void(const Tensor& out, const Tensor& self, int64_t diagonal, bool lower));

}  // namespace ignis
