// Kernels behind the index ops: offsets from index tensors, gathering and scattering slices at
// those offsets, torch.gather/scatter along a dim, masked fill and nonzero.
#pragma once

#include <vector>

#include "kernels/registry.h"
#include "tensor/tensor.h"

namespace ignis {

// offsets (int64, contiguous, shape B) = sum_k indices[k] * strides[k], where every indices[k]
// is int64 broadcastable to B and indexes a dim of size sizes[k] (with wrap_negative, values
// from -size count from the end). Throws IndexError "<op>: index 7 is out of bounds for
// dimension <dims[k]> with size 5" before anything the caller can see is written.
IGNIS_DECLARE_KERNEL(index_offsets, void(const Tensor& offsets, const std::vector<Tensor>& indices,
                                         IntArrayRef sizes, IntArrayRef strides, IntArrayRef dims,
                                         bool wrap_negative, const char* op));
// out[b, r...] = element (src + offsets[b]) at position r of the view src: out has shape
// (n, src.sizes()...) (any strides), src is a view of shape R, offsets int64 contiguous of n
// elements (in elements of src's storage, already bounds-checked).
IGNIS_DECLARE_KERNEL(index_gather,
                     void(const Tensor& out, const Tensor& src, const Tensor& offsets));
// The reverse: element (dst + offsets[b]) at r = values[b, r] (accumulate: += alpha * values).
// values has shape (n, dst.sizes()...) and dst's dtype. Serial, so repeated offsets give the
// last write (or the sum in index order) on every run.
IGNIS_DECLARE_KERNEL(index_scatter,
                     void(const Tensor& dst, const Tensor& offsets, const Tensor& values,
                          bool accumulate, const Scalar& alpha));
// torch.gather: out[..i_dim..] = self[..index[..]..] along dim; out and index share a shape,
// index is int64 and within self's sizes on every other dim. Bounds-checked.
IGNIS_DECLARE_KERNEL(gather, void(const Tensor& out, const Tensor& self, int64_t dim,
                                  const Tensor& index, const char* op));
// Reduction applied by scatter: plain store, sum or product.
enum class ScatterReduce { None, Add, Multiply };
// torch.scatter_ in place on self: self[..index[..]..] (op)= src[..] along dim, over index's
// shape (src has at least index's sizes; a 0-dim src is a value). Checks every index first.
IGNIS_DECLARE_KERNEL(scatter, void(const Tensor& self, int64_t dim, const Tensor& index,
                                   const Tensor& src, ScatterReduce reduce, const char* op));
// out[i] = mask[i] ? value : self[i]; self and mask broadcast to out's shape, mask is bool,
// out has self's dtype and may be self (in place).
IGNIS_DECLARE_KERNEL(masked_fill, void(const Tensor& out, const Tensor& self, const Tensor& mask,
                                       const Scalar& value));
// Number of nonzero elements of t.
IGNIS_DECLARE_KERNEL(count_nonzero, int64_t(const Tensor& t));
// out (int64, (count, self.dim()), contiguous) = indices of the nonzero elements in row-major
// order.
IGNIS_DECLARE_KERNEL(nonzero, void(const Tensor& out, const Tensor& self));

}  // namespace ignis
