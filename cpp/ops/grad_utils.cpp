#include "ops/grad_utils.h"

#include "ops/ops.gen.h"

namespace ignis {

Tensor sum_to(const Tensor& grad, IntArrayRef shape) {
  if (equal_dims(grad.sizes(), shape)) return grad;
  int64_t lead = grad.dim() - static_cast<int64_t>(shape.size());
  std::vector<int64_t> dims;
  for (int64_t i = 0; i < lead; ++i) dims.push_back(i);
  for (size_t i = 0; i < shape.size(); ++i)
    if (shape[i] == 1 && grad.sizes()[lead + i] != 1)
      dims.push_back(lead + static_cast<int64_t>(i));
  Tensor r = dims.empty() ? grad : sum(grad, dims, /*keepdim=*/true);
  return lead > 0 || !equal_dims(r.sizes(), shape) ? r.reshape(shape) : r;
}

Tensor reduce_grad(const Tensor& grad, const Tensor& input) {
  Tensor g = sum_to(grad, input.sizes());
  return g.dtype() == input.dtype() ? g : g.to(input.dtype());
}

}  // namespace ignis
