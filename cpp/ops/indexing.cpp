// Advanced indexing: basic indices become a view, tensor indices become offsets into that
// view (kernels/index.h) that are gathered into, or scattered from, a tensor.
#include "ops/indexing.h"

#include "kernels/index.h"
#include "ops/elementwise.h"
#include "ops/index_grad.h"
#include "ops/ops.gen.h"
#include "ops/shape_grad.h"
#include "tensor/broadcast.h"

namespace ignis {
namespace detail {

Tensor& write_out(const char* op, Tensor& out, const Tensor& result, bool resize_any) {
  IGNIS_CHECK(out.defined(), InvalidArgument, op, ": expected a defined out tensor");
  IGNIS_CHECK(out.device() == result.device(), Device, op, ": expected out on ",
              result.device().str(), " but got ", out.device().str());
  IGNIS_CHECK(can_cast(result.dtype(), out.dtype()), DType, op, ": result type ",
              dtype_name(result.dtype()), " can't be cast to the desired output type ",
              dtype_name(out.dtype()));
  if (!equal_dims(out.sizes(), result.sizes())) {
    IGNIS_CHECK(resize_any || out.numel() == 0, Shape, op, ": expected out of shape ",
                shape_str(result.sizes()), " but got ", shape_str(out.sizes()));
    out = empty(result.sizes(), {.dtype = out.dtype(), .device = out.device()});
  }
  out.copy_(result);
  return out;
}

Tensor long_index(const Tensor& index, const char* op, const char* arg, bool allow_int32) {
  IGNIS_CHECK(index.defined(), InvalidArgument, op, ": expected a defined ", arg, " tensor");
  if (index.dtype() == DType::I64) return index;
  IGNIS_CHECK(allow_int32 && index.dtype() == DType::I32, DType, op, ": expected ", arg,
              " of dtype int64", allow_int32 ? " or int32" : "", " but got ",
              dtype_name(index.dtype()));
  return index.to(DType::I64);
}

}  // namespace detail

namespace {

// Result of walking an index expression: the view after basic indexing and the tensor
// indices (int64) with the dims of that view they index.
struct Plan {
  Tensor view;
  std::vector<Tensor> tensors;
  std::vector<int64_t> dims;
};

Plan plan_index(const Tensor& self, const std::vector<TensorIndex>& indices, const char* op) {
  IGNIS_CHECK(self.defined(), InvalidArgument, op, ": expected a defined tensor");
  int64_t consumed = 0, ellipses = 0;
  for (const TensorIndex& i : indices) {
    if (i.is_integer() || i.is_slice())
      ++consumed;
    else if (i.is_ellipsis())
      ++ellipses;
    else if (i.is_tensor()) {
      const Tensor& t = i.tensor();
      IGNIS_CHECK(t.defined(), InvalidArgument, op, ": expected defined index tensors");
      bool mask = t.dtype() == DType::Bool || t.dtype() == DType::U8;
      consumed += mask ? t.dim() : 1;
    }
  }
  IGNIS_CHECK(ellipses <= 1, Index, op, ": an index can only have a single ellipsis ('...')");
  IGNIS_CHECK(consumed <= self.dim(), Index, op, ": too many indices for tensor of dimension ",
              self.dim(), " (got ", consumed, ")");
  Plan p;
  Tensor x = self;
  int64_t d = 0;
  for (const TensorIndex& i : indices) {
    if (i.is_integer()) {
      int64_t n = x.sizes()[d], v = i.integer();
      IGNIS_CHECK(v >= -n && v < n, Index, op, ": index ", v, " is out of bounds for dimension ", d,
                  " with size ", n);
      x = x.select(d, v);
    } else if (i.is_slice()) {
      const indexing::Slice& s = i.slice();
      int64_t step = s.step.value_or(1);
      IGNIS_CHECK(step > 0, InvalidArgument, op, ": slice step must be greater than zero but got ",
                  step);
      x = x.slice(d, s.start, s.stop, step);
      ++d;
    } else if (i.is_none()) {
      x = x.unsqueeze(d);
      ++d;
    } else if (i.is_ellipsis()) {
      d += self.dim() - consumed;
    } else if (i.is_boolean()) {
      x = x.unsqueeze(d);
      p.tensors.push_back(zeros({i.boolean() ? 1 : 0}, {.dtype = DType::I64}));
      p.dims.push_back(d++);
    } else {
      const Tensor& t = i.tensor();
      IGNIS_CHECK(t.device() == self.device(), Device, op, ": expected index on ",
                  self.device().str(), " but got ", t.device().str());
      if (t.dtype() == DType::Bool || t.dtype() == DType::U8) {
        if (t.dim() == 0) {  // like a Python bool
          x = x.unsqueeze(d);
          p.tensors.push_back(zeros({t.item<bool>() ? 1 : 0}, {.dtype = DType::I64}));
          p.dims.push_back(d++);
          continue;
        }
        for (int64_t k = 0; k < t.dim(); ++k)
          IGNIS_CHECK(t.sizes()[k] == x.sizes()[d + k], Index, op, ": the shape of the mask ",
                      shape_str(t.sizes()), " at index ", k, " does not match the shape of the ",
                      "indexed tensor ", shape_str(x.sizes()), " at index ", d + k);
        Tensor nz = nonzero(t);
        for (int64_t k = 0; k < t.dim(); ++k) {
          p.tensors.push_back(nz.select(1, k));
          p.dims.push_back(d++);
        }
      } else {
        IGNIS_CHECK(t.dtype() == DType::I64 || t.dtype() == DType::I32, Index, op,
                    ": tensors used as indices must be int64, int32, uint8 or bool tensors but "
                    "got ",
                    dtype_name(t.dtype()));
        p.tensors.push_back(t.to(DType::I64));
        p.dims.push_back(d++);
      }
    }
  }
  p.view = x;
  return p;
}

// The pieces of advanced indexing: offsets of shape B, the view with the indexed dims
// removed (shape R), and where B goes in the result.
struct Advanced {
  DimVector bshape;
  Tensor offsets, rest;
  DimVector result_shape;
  int64_t bpos = 0;  // first result dim of B
};

Advanced plan_advanced(const Plan& p, const char* op) {
  Advanced a;
  const Tensor& x = p.view;
  a.bshape = DimVector(p.tensors[0].sizes());
  for (size_t k = 1; k < p.tensors.size(); ++k) {
    try {
      a.bshape = broadcast_shapes(a.bshape, p.tensors[k].sizes(), op);
    } catch (const ShapeError&) {
      IGNIS_FAIL(Index, op, ": shape mismatch: indexing tensors could not be broadcast together ",
                 "with shapes ", shape_str(a.bshape), " and ", shape_str(p.tensors[k].sizes()));
    }
  }
  DimVector sizes, strides;
  for (int64_t d : p.dims) {
    sizes.push_back(x.sizes()[d]);
    strides.push_back(x.strides()[d]);
  }
  a.offsets = empty(a.bshape, {.dtype = DType::I64, .device = x.device()});
  kernel(index_offsets_kernel, op, x.device())(a.offsets, p.tensors, sizes, strides,
                                               IntArrayRef(p.dims.data(), p.dims.size()), true, op);
  DimVector rs, rst;
  std::vector<bool> indexed(x.dim(), false);
  for (int64_t d : p.dims) indexed[d] = true;
  for (int64_t d = 0; d < x.dim(); ++d)
    if (!indexed[d]) {
      rs.push_back(x.sizes()[d]);
      rst.push_back(x.strides()[d]);
    }
  a.rest = make_tensor(x.storage(), x.dtype(), rs, rst, x.storage_offset());
  bool adjacent = true;
  for (size_t k = 1; k < p.dims.size(); ++k) adjacent = adjacent && p.dims[k] == p.dims[k - 1] + 1;
  a.bpos = adjacent ? p.dims[0] : 0;
  for (int64_t i = 0; i < a.bpos; ++i) a.result_shape.push_back(rs[i]);
  for (size_t i = 0; i < a.bshape.size(); ++i) a.result_shape.push_back(a.bshape[i]);
  for (size_t i = a.bpos; i < rs.size(); ++i) a.result_shape.push_back(rs[i]);
  return a;
}

// A (nB, R...) view of t (shape result_shape) with B's dims moved first and merged; valid
// when t is contiguous.
Tensor nb_view(const Tensor& t, const Advanced& a) {
  int64_t nb = checked_numel(a.bshape, "index"), nbd = static_cast<int64_t>(a.bshape.size());
  DimVector sz{nb}, st{nbd > 0 ? t.strides()[a.bpos + nbd - 1] : 0};
  for (int64_t i = 0; i < t.dim(); ++i)
    if (i < a.bpos || i >= a.bpos + nbd) {
      sz.push_back(t.sizes()[i]);
      st.push_back(t.strides()[i]);
    }
  return make_tensor(t.storage(), t.dtype(), sz, st, t.storage_offset());
}

}  // namespace

Tensor index(const Tensor& self, const std::vector<TensorIndex>& indices) {
  if (any_requires_grad({&self})) {
    bool advanced = false;
    for (const TensorIndex& i : indices) advanced = advanced || i.is_tensor() || i.is_boolean();
    if (advanced) {  // basic indexing returns a view, which records itself
      Tensor out = without_grad([&] { return index(self, indices); });
      record_index(self, indices, out);
      return out;
    }
  }
  Plan p = plan_index(self, indices, "index");
  if (p.tensors.empty()) return p.view;
  Advanced a = plan_advanced(p, "index");
  Tensor out = empty(a.result_shape, {.dtype = self.dtype(), .device = self.device()});
  if (out.numel() > 0)
    kernel(index_gather_kernel, "index", self.device())(nb_view(out, a), a.rest, a.offsets);
  return out;
}

Tensor& detail::index_put_impl(Tensor& self, const std::vector<TensorIndex>& indices,
                               const Tensor& value, bool accumulate, const char* op) {
  IGNIS_CHECK(value.defined(), InvalidArgument, op, ": expected a defined value tensor");
  if (any_requires_grad({&self, &value})) {
    check_inplace(self, op);
    without_grad([&]() -> Tensor& { return index_put_impl(self, indices, value, accumulate, op); });
    record_index_put(self, indices, value, accumulate, self);
    return self;
  }
  IGNIS_CHECK(value.device() == self.device(), Device, op, ": expected value on ",
              self.device().str(), " but got ", value.device().str());
  Plan p = plan_index(self, indices, op);
  Tensor v = value.storage().get() == self.storage().get() ? value.clone() : value;
  if (p.tensors.empty()) {
    IGNIS_CHECK(is_expandable_to(v.sizes(), p.view.sizes()), Shape, op, ": shape mismatch: value ",
                "tensor of shape ", shape_str(v.sizes()), " cannot be broadcast to indexing ",
                "result of shape ", shape_str(p.view.sizes()));
    if (accumulate) {
      self.bump_version();
      Tensor offsets = zeros({1}, {.dtype = DType::I64, .device = self.device()});
      Tensor vals = v.to(self.dtype()).expand(p.view.sizes()).contiguous().unsqueeze(0);
      kernel(index_scatter_kernel, op, self.device())(p.view, offsets, vals, true, 1);
      return self;
    }
    p.view.copy_(v);
    return self;
  }
  Advanced a = plan_advanced(p, op);
  IGNIS_CHECK(is_expandable_to(v.sizes(), a.result_shape), Shape, op, ": shape mismatch: value ",
              "tensor of shape ", shape_str(v.sizes()), " cannot be broadcast to indexing result ",
              "of shape ", shape_str(a.result_shape));
  self.bump_version();
  if (checked_numel(a.result_shape, op) == 0) return self;
  Tensor full = empty(a.result_shape, {.dtype = self.dtype(), .device = self.device()});
  full.copy_(v);
  kernel(index_scatter_kernel, op, self.device())(a.rest, a.offsets, nb_view(full, a), accumulate,
                                                  1);
  return self;
}

Tensor& index_put_(Tensor& self, const std::vector<TensorIndex>& indices, const Tensor& value) {
  return detail::index_put_impl(self, indices, value, false, "index_put_");
}

Tensor& index_put_(Tensor& self, const std::vector<TensorIndex>& indices, const Scalar& value) {
  return detail::index_put_impl(self, indices, scalar_tensor(value, self.dtype(), self.device()),
                                false, "index_put_");
}

}  // namespace ignis
