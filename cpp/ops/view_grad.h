// Autograd through views that share memory with their base, as PyTorch does it:
//
//   x = a * 2; v = x[0]; v.mul_(3)      x's grad_fn becomes CopySlices: the gradient of x is
//                                       the incoming one with v's region replaced by what
//                                       mul_'s backward makes of it.
//   x = a * 2; v = x[0]; x.mul_(3)      v's history is stale; on first use it becomes
//                                       "v = as_strided(x)" over x's new history.
//
// View ops mark their result with mark_view (after recording their own backward); history.cpp
// calls rebase_view when an op writes into a view, and refresh_view when a view whose storage
// changed since its history was made is used.
#pragma once

#include <memory>

#include "tensor/graph.h"

namespace ignis {

// Position of a strided tensor in its storage (strides are non-negative in Ignis).
struct Geometry {
  DimVector sizes, strides;
  int64_t offset = 0;
  static Geometry of(const Tensor& t) {
    return {DimVector(t.sizes()), DimVector(t.strides()), t.storage_offset()};
  }
};

// Gradient of `input` for out = input.as_strided(out geometry), both in storage coordinates:
// the gradient is scattered into storage and gathered back. When several elements of input
// share one memory location, each gets its share (PyTorch's rule). Written with
// differentiable ops (index_add, index_select) so create_graph works.
Tensor as_strided_backward(const Tensor& grad, const Geometry& input, const Geometry& out);

// Marks `view` (just made from `self` by a view op in grad mode) as a view of self's base.
void mark_view(const Tensor& self, const Tensor& view);

// `node` is about to become the history of `view` (its output `output_nr`), which an op wrote
// in place: gives the base a CopySlices node wrapping `node` and makes the view's history
// as_strided(base).
void rebase_view(const Tensor& view, const std::shared_ptr<Node>& node, uint32_t output_nr);

// Remakes the history of a view whose storage was written since its history was made.
void refresh_view(const Tensor& view);

}  // namespace ignis
