// View ops: results share storage with their input; only sizes, strides and offset change.
#include <algorithm>

#include "ops/grad_utils.h"
#include "ops/view_grad.h"
#include "tensor/broadcast.h"
#include "tensor/tensor.h"

namespace ignis {
namespace {

Tensor make_view(const Tensor& base, IntArrayRef sizes, IntArrayRef strides, int64_t offset) {
  return make_tensor(base.storage(), base.dtype(), sizes, strides, offset);
}

// Records the backward of a view (fn maps the view's gradient to the input's), then marks it
// as a view of self's base so in-place writes through either keep both histories right.
template <typename F>
Tensor with_grad(const Tensor& self, Tensor out, const char* name, F fn) {
  if (any_requires_grad({&self}))
    record(name, {self}, {&out}, {},
           [fn = std::move(fn)](const TensorList& g, const TensorList&) -> TensorList {
             return {fn(g[0])};
           });
  mark_view(self, out);
  return out;
}

// Backward of a view that selects part of its input: scatter the gradient into zeros.
template <typename V>
Tensor with_part_grad(const Tensor& self, Tensor out, const char* name, V view_of) {
  return with_grad(
      self, std::move(out), name,
      [sz = self.shape(), dt = self.dtype(), dev = self.device(), view_of](const Tensor& g) {
        Tensor z = zeros(sz, {.dtype = dt, .device = dev});
        view_of(z).copy_(g);
        return z;
      });
}

// Backward of a view that only changes the shape.
Tensor with_reshape_grad(const Tensor& self, Tensor out, const char* name) {
  return with_grad(self, std::move(out), name,
                   [sz = self.shape()](const Tensor& g) { return g.reshape(sz); });
}

// Resolves one -1 in `shape` so that its product is numel.
DimVector infer_size(IntArrayRef shape, int64_t numel, const char* op) {
  DimVector out(shape);
  int64_t known = 1;
  int infer = -1;
  for (size_t i = 0; i < shape.size(); ++i) {
    if (shape[i] == -1) {
      IGNIS_CHECK(infer < 0, Shape, op, ": only one dimension can be inferred (-1) but got ",
                  shape_str(shape));
      infer = static_cast<int>(i);
    } else {
      IGNIS_CHECK(shape[i] >= 0, Shape, op, ": invalid shape dimension ", shape[i], " in ",
                  shape_str(shape));
      IGNIS_CHECK(!__builtin_mul_overflow(known, shape[i], &known), Shape, op, ": shape '",
                  shape_str(shape), "' is invalid for input of size ", numel,
                  " (its number of elements overflows int64)");
    }
  }
  if (infer >= 0) {
    IGNIS_CHECK(known != 0 && numel % known == 0, Shape, op, ": shape '", shape_str(shape),
                "' is invalid for input of size ", numel);
    out[infer] = numel / known;
  } else {
    IGNIS_CHECK(known == numel, Shape, op, ": shape '", shape_str(shape),
                "' is invalid for input of size ", numel);
  }
  return out;
}

// Strides that let `newshape` view memory laid out as (oldshape, oldstride), or false when
// some new dimension would span two non-contiguous chunks (PyTorch's computeStride).
bool view_strides(IntArrayRef oldshape, IntArrayRef oldstride, IntArrayRef newshape,
                  DimVector& newstride) {
  newstride = DimVector(newshape.size(), 1);
  if (oldshape.empty()) return true;
  int64_t numel = 1;
  for (int64_t s : oldshape) numel *= s;
  if (numel == 0) {
    // Like PyTorch: the same shape keeps its strides, another gets contiguous ones.
    newstride =
        equal_dims(oldshape, newshape) ? DimVector(oldstride) : contiguous_strides(newshape);
    return true;
  }
  int64_t view_d = static_cast<int64_t>(newshape.size()) - 1;
  int64_t chunk_base_stride = oldstride.back();
  int64_t tensor_numel = 1, view_numel = 1;
  for (int64_t d = static_cast<int64_t>(oldshape.size()) - 1; d >= 0; --d) {
    tensor_numel *= oldshape[d];
    if (d == 0 || (oldshape[d - 1] != 1 && oldstride[d - 1] != tensor_numel * chunk_base_stride)) {
      while (view_d >= 0 && (view_numel < tensor_numel || newshape[view_d] == 1)) {
        newstride[view_d] = view_numel * chunk_base_stride;
        view_numel *= newshape[view_d];
        --view_d;
      }
      if (view_numel != tensor_numel) return false;
      if (d > 0) {
        chunk_base_stride = oldstride[d - 1];
        tensor_numel = 1;
        view_numel = 1;
      }
    }
  }
  return view_d == -1;
}

}  // namespace

Tensor Tensor::view(IntArrayRef sizes) const {
  DimVector shape = infer_size(sizes, numel(), "view");
  DimVector st;
  IGNIS_CHECK(view_strides(this->sizes(), strides(), shape, st), Shape,
              "view: view size is not compatible with input tensor's size and stride (at least "
              "one dimension spans across two contiguous subspaces); use .reshape(...) instead");
  return with_reshape_grad(*this, make_view(*this, shape, st, storage_offset()), "ViewBackward0");
}

Tensor Tensor::reshape(IntArrayRef sizes) const {
  DimVector shape = infer_size(sizes, numel(), "reshape");
  DimVector st;
  if (view_strides(this->sizes(), strides(), shape, st))
    return with_reshape_grad(*this, make_view(*this, shape, st, storage_offset()), "ViewBackward0");
  return contiguous().view(shape);
}

Tensor Tensor::transpose(int64_t dim0, int64_t dim1) const {
  int64_t d0 = wrap_dim(dim0, dim(), "transpose"), d1 = wrap_dim(dim1, dim(), "transpose");
  DimVector sz(sizes()), st(strides());
  if (dim() > 0) {
    std::swap(sz[d0], sz[d1]);
    std::swap(st[d0], st[d1]);
  }
  return with_grad(*this, make_view(*this, sz, st, storage_offset()), "TransposeBackward0",
                   [d0, d1](const Tensor& g) { return g.dim() ? g.transpose(d0, d1) : g; });
}

Tensor Tensor::t() const {
  IGNIS_CHECK(dim() <= 2, Shape, "t: expected a tensor with <= 2 dimensions but got ", dim(),
              "-D; use transpose(dim0, dim1) or mT");
  return dim() < 2 ? transpose(0, 0) : transpose(0, 1);
}

Tensor Tensor::permute(IntArrayRef dims) const {
  IGNIS_CHECK(static_cast<int64_t>(dims.size()) == dim(), Shape, "permute: expected ", dim(),
              " dims (the input's rank) but got ", dims.size());
  DimVector sz(dims.size()), st(dims.size());
  std::vector<bool> seen(dims.size(), false);
  for (size_t i = 0; i < dims.size(); ++i) {
    int64_t d = wrap_dim(dims[i], dim(), "permute");
    IGNIS_CHECK(!seen[d], InvalidArgument, "permute: dims must be a permutation but dim ", d,
                " appears twice in ", shape_str(dims));
    seen[d] = true;
    sz[i] = sizes()[d];
    st[i] = strides()[d];
  }
  std::vector<int64_t> inverse(dims.size());
  for (size_t i = 0; i < dims.size(); ++i) inverse[wrap_dim(dims[i], dim(), "permute")] = i;
  return with_grad(*this, make_view(*this, sz, st, storage_offset()), "PermuteBackward0",
                   [inverse](const Tensor& g) { return g.permute(inverse); });
}

Tensor Tensor::slice(int64_t d, std::optional<int64_t> start, std::optional<int64_t> end,
                     int64_t step) const {
  IGNIS_CHECK(dim() > 0, Index, "slice: cannot slice a 0-dim tensor");
  d = wrap_dim(d, dim(), "slice");
  IGNIS_CHECK(step > 0, InvalidArgument, "slice: expected a positive step but got ", step);
  int64_t n = sizes()[d];
  auto clamp = [n](int64_t v) {
    if (v < 0) v += n;
    return std::clamp<int64_t>(v, 0, n);
  };
  int64_t b = start ? clamp(*start) : 0;
  int64_t e = end ? clamp(*end) : n;
  int64_t len = e > b ? (e - b + step - 1) / step : 0;
  DimVector sz(sizes()), st(strides());
  sz[d] = len;
  st[d] *= step;
  return with_part_grad(*this, make_view(*this, sz, st, storage_offset() + b * strides()[d]),
                        "SliceBackward0",
                        [d, b, e, step](const Tensor& z) { return z.slice(d, b, e, step); });
}

Tensor Tensor::select(int64_t d, int64_t index) const {
  IGNIS_CHECK(dim() > 0, Index, "select: cannot select from a 0-dim tensor");
  d = wrap_dim(d, dim(), "select");
  int64_t n = sizes()[d];
  IGNIS_CHECK(index >= -n && index < n, Index, "select: index ", index,
              " out of range for tensor of size ", shape_str(sizes()), " at dimension ", d);
  if (index < 0) index += n;
  DimVector sz(sizes()), st(strides());
  sz.erase(d);
  st.erase(d);
  return with_part_grad(*this, make_view(*this, sz, st, storage_offset() + index * strides()[d]),
                        "SelectBackward0",
                        [d, index](const Tensor& z) { return z.select(d, index); });
}

Tensor Tensor::narrow(int64_t d, int64_t start, int64_t length) const {
  IGNIS_CHECK(dim() > 0, Index, "narrow: cannot narrow a 0-dim tensor");
  d = wrap_dim(d, dim(), "narrow");
  int64_t n = sizes()[d];
  IGNIS_CHECK(start >= -n && start <= n, Index, "narrow: start ", start,
              " out of range for dimension ", d, " of size ", n);
  if (start < 0) start += n;
  IGNIS_CHECK(length >= 0 && start + length <= n, Index, "narrow: start (", start, ") + length (",
              length, ") exceeds dimension size (", n, ")");
  return slice(d, start, start + length, 1);
}

Tensor Tensor::expand(IntArrayRef target) const {
  IGNIS_CHECK(static_cast<int64_t>(target.size()) >= dim(), Shape,
              "expand: the number of sizes provided (", target.size(),
              ") must be greater or equal to the number of dimensions in the tensor (", dim(), ")");
  size_t nd = target.size(), off = nd - static_cast<size_t>(dim());
  DimVector sz(nd), st(nd);
  for (size_t i = 0; i < nd; ++i) {
    if (i < off) {
      IGNIS_CHECK(target[i] >= 0, Shape, "expand: the expanded size ", target[i],
                  " is not allowed in a leading, non-existing dimension ", i);
      sz[i] = target[i];
      st[i] = 0;
      continue;
    }
    int64_t cur = sizes()[i - off];
    int64_t want = target[i] == -1 ? cur : target[i];
    IGNIS_CHECK(want >= 0, Shape, "expand: the expanded size ", want,
                " is not allowed (expected -1 or a non-negative size at dim ", i, ")");
    IGNIS_CHECK(cur == want || cur == 1, Shape, "expand: the expanded size of the tensor (", want,
                ") must match the existing size (", cur, ") at non-singleton dimension ", i,
                "; target sizes: ", shape_str(target), ", tensor sizes: ", shape_str(sizes()));
    sz[i] = want;
    st[i] = cur == want ? strides()[i - off] : 0;
  }
  // Like PyTorch, a new leading dim of size 1 gets the stride of a step over the next dim.
  if (dim() > 0)
    for (size_t i = off; i-- > 0;)
      if (sz[i] == 1) st[i] = sz[i + 1] * st[i + 1];
  return with_grad(*this, make_view(*this, sz, st, storage_offset()), "ExpandBackward0",
                   [in = shape()](const Tensor& g) { return sum_to(g, in); });
}

Tensor Tensor::expand_as(const Tensor& other) const { return expand(other.sizes()); }

Tensor Tensor::squeeze() const {
  DimVector sz, st;
  for (int64_t i = 0; i < dim(); ++i)
    if (sizes()[i] != 1) {
      sz.push_back(sizes()[i]);
      st.push_back(strides()[i]);
    }
  return with_reshape_grad(*this, make_view(*this, sz, st, storage_offset()), "SqueezeBackward0");
}

Tensor Tensor::squeeze(int64_t d) const {
  d = wrap_dim(d, dim(), "squeeze");
  DimVector sz(sizes()), st(strides());
  if (dim() > 0 && sizes()[d] == 1) {
    sz.erase(d);
    st.erase(d);
  }
  return with_reshape_grad(*this, make_view(*this, sz, st, storage_offset()), "SqueezeBackward1");
}

Tensor Tensor::unsqueeze(int64_t d) const {
  d = wrap_dim(d, dim() + 1, "unsqueeze");
  DimVector sz(sizes()), st(strides());
  int64_t s = d < dim() ? sizes()[d] * strides()[d] : 1;
  sz.insert(d, 1);
  st.insert(d, s);
  return with_reshape_grad(*this, make_view(*this, sz, st, storage_offset()), "UnsqueezeBackward0");
}

Tensor Tensor::flatten(int64_t start_dim, int64_t end_dim) const {
  if (dim() == 0) return reshape(std::vector<int64_t>{1});
  int64_t s = wrap_dim(start_dim, dim(), "flatten"), e = wrap_dim(end_dim, dim(), "flatten");
  IGNIS_CHECK(s <= e, InvalidArgument, "flatten: start_dim (", s, ") cannot come after end_dim (",
              e, ")");
  if (s == e) return *this;  // nothing to merge; PyTorch returns self too
  DimVector shape;
  int64_t prod = 1;
  for (int64_t i = 0; i < dim(); ++i) {
    if (i < s || i > e) {
      shape.push_back(sizes()[i]);
    } else {
      prod *= sizes()[i];
      if (i == e) shape.push_back(prod);
    }
  }
  return reshape(shape);
}

Tensor Tensor::unflatten(int64_t d, IntArrayRef sz) const {
  IGNIS_CHECK(dim() > 0, Index, "unflatten: cannot unflatten a 0-dim tensor");
  d = wrap_dim(d, dim(), "unflatten");
  IGNIS_CHECK(!sz.empty(), Shape, "unflatten: sizes must be non-empty");
  DimVector inner = infer_size(sz, sizes()[d], "unflatten");
  DimVector shape;
  for (int64_t i = 0; i < dim(); ++i) {
    if (i == d)
      for (int64_t v : inner) shape.push_back(v);
    else
      shape.push_back(sizes()[i]);
  }
  return view(shape);
}

Tensor Tensor::as_strided(IntArrayRef sz, IntArrayRef st, std::optional<int64_t> offset) const {
  IGNIS_CHECK(sz.size() == st.size(), Shape,
              "as_strided: expected as many strides as sizes but got ", st.size(), " strides for ",
              sz.size(), " sizes");
  int64_t off = offset.value_or(storage_offset());
  IGNIS_CHECK(off >= 0, InvalidArgument,
              "as_strided: expected a non-negative storage offset but got ", off);
  int64_t n = checked_numel(sz, "as_strided");
  int64_t last = off;
  for (size_t i = 0; i < sz.size(); ++i) {
    IGNIS_CHECK(st[i] >= 0, InvalidArgument, "as_strided: expected non-negative strides but got ",
                shape_str(st));
    if (n > 0) last += (sz[i] - 1) * st[i];
  }
  int64_t capacity = static_cast<int64_t>(storage()->nbytes()) / element_size();
  IGNIS_CHECK(n == 0 || last < capacity, Shape, "as_strided: size ", shape_str(sz), ", stride ",
              shape_str(st), " and offset ", off, " reach element ", last,
              " but the storage holds only ", capacity, " elements");
  Geometry in = Geometry::of(*this), out{DimVector(sz), DimVector(st), off};
  return with_grad(*this, make_view(*this, sz, st, off), "AsStridedBackward0",
                   [in, out](const Tensor& g) { return as_strided_backward(g, in, out); });
}

Tensor Tensor::diagonal(int64_t offset, int64_t dim1, int64_t dim2) const {
  IGNIS_CHECK(dim() >= 2, Shape, "diagonal: expected a tensor with at least 2 dims but got ", dim(),
              "-D");
  int64_t d1 = wrap_dim(dim1, dim(), "diagonal"), d2 = wrap_dim(dim2, dim(), "diagonal");
  IGNIS_CHECK(d1 != d2, InvalidArgument, "diagonal: dim1 and dim2 must differ but both are ", d1);
  int64_t len, off = storage_offset();
  if (offset >= 0) {
    len = std::max<int64_t>(std::min(sizes()[d1], sizes()[d2] - offset), 0);
    if (len > 0) off += offset * strides()[d2];
  } else {
    len = std::max<int64_t>(std::min(sizes()[d1] + offset, sizes()[d2]), 0);
    if (len > 0) off -= offset * strides()[d1];
  }
  DimVector sz, st;
  for (int64_t i = 0; i < dim(); ++i)
    if (i != d1 && i != d2) {
      sz.push_back(sizes()[i]);
      st.push_back(strides()[i]);
    }
  sz.push_back(len);
  st.push_back(strides()[d1] + strides()[d2]);
  return with_part_grad(*this, make_view(*this, sz, st, off), "DiagonalBackward0",
                        [offset, d1, d2](const Tensor& z) { return z.diagonal(offset, d1, d2); });
}

Tensor Tensor::contiguous() const { return is_contiguous() ? *this : clone(); }

}  // namespace ignis
