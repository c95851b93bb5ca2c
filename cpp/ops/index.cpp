// Index ops: index_select, take, gather, scatter(_add), index_add, index_put, masked_fill,
// masked_select, masked_scatter, nonzero, one_hot. Slices move through kernels/index.h.
#include "kernels/index.h"

#include <algorithm>

#include "ops/elementwise.h"
#include "ops/index_grad.h"
#include "ops/indexing.h"
#include "ops/ops.gen.h"
#include "ops/shape_grad.h"
#include "tensor/broadcast.h"

namespace ignis {
namespace {

using detail::long_index;
using detail::write_out;

void check_device(const Tensor& self, const Tensor& other, const char* op, const char* arg) {
  IGNIS_CHECK(other.device() == self.device(), Device, op, ": expected ", arg, " on ",
              self.device().str(), " but got ", other.device().str());
}

// self with dim d removed (a view of the same storage and offset).
Tensor drop_dim(const Tensor& t, int64_t d) {
  DimVector sz, st;
  for (int64_t i = 0; i < t.dim(); ++i)
    if (i != d) {
      sz.push_back(t.sizes()[i]);
      st.push_back(t.strides()[i]);
    }
  return make_tensor(t.storage(), t.dtype(), sz, st, t.storage_offset());
}

// t with dim d moved to the front (a view).
Tensor dim_first(const Tensor& t, int64_t d) {
  std::vector<int64_t> perm{d};
  for (int64_t i = 0; i < t.dim(); ++i)
    if (i != d) perm.push_back(i);
  return t.permute(IntArrayRef(perm.data(), perm.size()));
}

// Offsets index[i] * stride of a 1-D int64 index into a dim of `size` (checked, no wrapping).
Tensor dim_offsets(const Tensor& index, int64_t size, int64_t stride, int64_t dim, bool wrap,
                   const char* op) {
  Tensor off = empty({index.numel()}, {.dtype = DType::I64, .device = index.device()});
  int64_t dims[1] = {dim}, sizes[1] = {size}, strides[1] = {stride};
  kernel(index_offsets_kernel, op, index.device())(off, {index.reshape({-1})},
                                                   IntArrayRef(sizes, 1), IntArrayRef(strides, 1),
                                                   IntArrayRef(dims, 1), wrap, op);
  return off;
}

ScatterReduce parse_reduce(std::optional<std::string_view> reduce, const char* op) {
  if (!reduce) return ScatterReduce::None;
  if (*reduce == "add") return ScatterReduce::Add;
  if (*reduce == "multiply") return ScatterReduce::Multiply;
  IGNIS_FAIL(InvalidArgument, op, ": reduce argument must be either \"add\" or \"multiply\" but ",
             "got \"", *reduce, "\"");
}

// Shape checks shared by gather and scatter (PyTorch's gather_shape_check/scatter_shape_check).
void check_gather_scatter(const Tensor& self, int64_t dim, const Tensor& index, const Tensor* src,
                          const char* op) {
  int64_t sd = std::max<int64_t>(self.dim(), 1), id = std::max<int64_t>(index.dim(), 1);
  IGNIS_CHECK(sd == id, Shape, op, ": expected index to have the same number of dimensions as ",
              "self (", self.dim(), ") but got ", index.dim());
  for (int64_t d = 0; d < index.dim() && self.dim() > 0; ++d) {
    if (d != dim)
      IGNIS_CHECK(index.sizes()[d] <= self.sizes()[d], Shape, op, ": expected index.size(", d,
                  ") = ", index.sizes()[d], " to be at most self.size(", d,
                  ") = ", self.sizes()[d]);
    if (src)
      IGNIS_CHECK(index.sizes()[d] <= src->sizes()[d], Shape, op, ": expected index.size(", d,
                  ") = ", index.sizes()[d], " to be at most src.size(", d, ") = ", src->sizes()[d]);
  }
}

Tensor& scatter_impl(Tensor& self, int64_t dim, const Tensor& index, const Tensor& src,
                     bool src_is_value, ScatterReduce reduce, const char* op) {
  Tensor idx = long_index(index, op, "index", false);
  check_device(self, idx, op, "index");
  check_device(self, src, op, "src");
  int64_t d = wrap_dim(dim, self.dim(), op);
  IGNIS_CHECK(src.dtype() == self.dtype(), DType, op, ": expected src of dtype ",
              dtype_name(self.dtype()), " (self's) but got ", dtype_name(src.dtype()));
  if (!src_is_value)
    IGNIS_CHECK(std::max<int64_t>(src.dim(), 1) == std::max<int64_t>(idx.dim(), 1), Shape, op,
                ": expected src to have the same number of dimensions as index (", idx.dim(),
                ") but got ", src.dim());
  check_gather_scatter(self, d, idx, src_is_value || src.dim() == 0 ? nullptr : &src, op);
  self.bump_version();
  if (idx.numel() == 0) return self;
  Tensor s = src.storage().get() == self.storage().get() ? src.clone() : src;
  kernel(scatter_kernel, op, self.device())(self, d, idx, s, reduce, op);
  return self;
}

}  // namespace

// ---- index_select, take, gather

Tensor index_select(const Tensor& self, int64_t dim, const Tensor& index) {
  const char* op = "index_select";
  Tensor idx = long_index(index, op, "index", true);
  check_device(self, idx, op, "index");
  IGNIS_CHECK(idx.dim() <= 1, Index, op, ": expected index to be 0-D or 1-D but got ", idx.dim(),
              "-D");
  int64_t d = wrap_dim(dim, self.dim(), op);
  Tensor x = self.dim() == 0 ? self.reshape({1}) : self;
  DimVector shape(x.sizes());
  shape[d] = idx.numel();
  Tensor out = empty(shape, {.dtype = self.dtype(), .device = self.device()});
  Tensor off = dim_offsets(idx, x.sizes()[d], x.strides()[d], d, false, op);
  if (out.numel() > 0)
    kernel(index_gather_kernel, op, self.device())(dim_first(out, d), drop_dim(x, d), off);
  if (self.dim() == 0) out = out.reshape({});
  record_index_select(self, dim, index, out);
  return out;
}

Tensor& index_select_out(Tensor& out, const Tensor& self, int64_t dim, const Tensor& index) {
  return write_out("index_select", out, index_select(self, dim, index));
}

Tensor take(const Tensor& self, const Tensor& index) {
  const char* op = "take";
  Tensor idx = long_index(index, op, "index", false);
  check_device(self, idx, op, "index");
  Tensor x = self.reshape({-1});
  Tensor off = dim_offsets(idx, x.numel(), x.strides()[0], 0, true, op);
  Tensor out = empty(idx.sizes(), {.dtype = self.dtype(), .device = self.device()});
  if (out.numel() > 0)
    kernel(index_gather_kernel, op, self.device())(out.reshape({-1}), x.select(0, 0).reshape({}),
                                                   off);
  record_take(self, index, out);
  return out;
}

Tensor& take_out(Tensor& out, const Tensor& self, const Tensor& index) {
  return write_out("take", out, take(self, index));
}

Tensor gather(const Tensor& self, int64_t dim, const Tensor& index, bool /*sparse_grad*/) {
  const char* op = "gather";
  Tensor idx = long_index(index, op, "index", false);
  check_device(self, idx, op, "index");
  int64_t d = wrap_dim(dim, self.dim(), op);
  check_gather_scatter(self, d, idx, nullptr, op);
  Tensor out = empty(idx.sizes(), {.dtype = self.dtype(), .device = self.device()});
  if (out.numel() > 0) kernel(gather_kernel, op, self.device())(out, self, d, idx, op);
  record_gather(self, dim, index, out);
  return out;
}

Tensor& gather_out(Tensor& out, const Tensor& self, int64_t dim, const Tensor& index,
                   bool sparse_grad) {
  return write_out("gather", out, gather(self, dim, index, sparse_grad));
}

// ---- scatter, scatter_add, index_add

Tensor& scatter_(Tensor& self, int64_t dim, const Tensor& index, const Tensor& src,
                 std::optional<std::string_view> reduce) {
  if (any_requires_grad({&self, &src})) check_inplace(self, "scatter_");
  scatter_impl(self, dim, index, src, false, parse_reduce(reduce, "scatter"), "scatter");
  record_scatter(self, dim, index, src, reduce, self);
  return self;
}
Tensor scatter(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src,
               std::optional<std::string_view> reduce) {
  Tensor r = without_grad([&] {
    Tensor c = self.clone();
    return scatter_(c, dim, index, src, reduce);
  });
  record_scatter(self, dim, index, src, reduce, r);
  return r;
}
Tensor& scatter_out(Tensor& out, const Tensor& self, int64_t dim, const Tensor& index,
                    const Tensor& src, std::optional<std::string_view> reduce) {
  return write_out("scatter", out, scatter(self, dim, index, src, reduce));
}

Tensor& scatter_(Tensor& self, int64_t dim, const Tensor& index, const Scalar& value,
                 std::optional<std::string_view> reduce) {
  if (any_requires_grad({&self})) check_inplace(self, "scatter_");
  scatter_impl(self, dim, index, scalar_tensor(value, self.dtype(), self.device()), true,
               parse_reduce(reduce, "scatter"), "scatter");
  record_scatter(self, dim, index, Tensor(), reduce, self);
  return self;
}
Tensor scatter(const Tensor& self, int64_t dim, const Tensor& index, const Scalar& value,
               std::optional<std::string_view> reduce) {
  Tensor r = without_grad([&] {
    Tensor c = self.clone();
    return scatter_(c, dim, index, value, reduce);
  });
  record_scatter(self, dim, index, Tensor(), reduce, r);
  return r;
}
Tensor& scatter_out(Tensor& out, const Tensor& self, int64_t dim, const Tensor& index,
                    const Scalar& value, std::optional<std::string_view> reduce) {
  return write_out("scatter", out, scatter(self, dim, index, value, reduce));
}

Tensor& scatter_add_(Tensor& self, int64_t dim, const Tensor& index, const Tensor& src) {
  if (any_requires_grad({&self, &src})) check_inplace(self, "scatter_add_");
  scatter_impl(self, dim, index, src, false, ScatterReduce::Add, "scatter_add");
  record_scatter_add(self, dim, index, src, self);
  return self;
}
Tensor scatter_add(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src) {
  Tensor r = without_grad([&] {
    Tensor c = self.clone();
    return scatter_add_(c, dim, index, src);
  });
  record_scatter_add(self, dim, index, src, r);
  return r;
}
Tensor& scatter_add_out(Tensor& out, const Tensor& self, int64_t dim, const Tensor& index,
                        const Tensor& src) {
  return write_out("scatter_add", out, scatter_add(self, dim, index, src));
}

Tensor& index_add_(Tensor& self, int64_t dim, const Tensor& index, const Tensor& source,
                   const Scalar& alpha) {
  if (any_requires_grad({&self, &source})) {
    check_inplace(self, "index_add_");
    without_grad([&]() -> Tensor& { return index_add_(self, dim, index, source, alpha); });
    record_index_add(self, dim, index, source, alpha, self);
    return self;
  }
  const char* op = "index_add";
  Tensor idx = long_index(index, op, "index", true);
  check_device(self, idx, op, "index");
  check_device(self, source, op, "source");
  IGNIS_CHECK(idx.dim() <= 1, Index, op, ": expected index to be 0-D or 1-D but got ", idx.dim(),
              "-D");
  IGNIS_CHECK(source.dtype() == self.dtype(), DType, op, ": expected source of dtype ",
              dtype_name(self.dtype()), " (self's) but got ", dtype_name(source.dtype()));
  IGNIS_CHECK(!alpha.is_floating() || is_floating(self.dtype()), InvalidArgument, op,
              ": a floating alpha (", alpha, ") needs a floating self but got ",
              dtype_name(self.dtype()));
  int64_t d = wrap_dim(dim, self.dim(), op);
  Tensor x = self.dim() == 0 ? self.reshape({1}) : self;
  Tensor src = source.dim() == 0 ? source.reshape({1}) : source;
  IGNIS_CHECK(src.dim() == x.dim(), Shape, op, ": expected source to have ", x.dim(),
              " dimensions (self's) but got ", source.dim());
  for (int64_t i = 0; i < x.dim(); ++i) {
    int64_t want = i == d ? idx.numel() : x.sizes()[i];
    IGNIS_CHECK(src.sizes()[i] == want, Shape, op, ": expected source.size(", i, ") = ", want,
                i == d ? " (index.numel())" : " (self's)", " but got ", src.sizes()[i],
                " (source of shape ", shape_str(source.sizes()), ", self of shape ",
                shape_str(self.sizes()), ")");
  }
  Tensor off = dim_offsets(idx, x.sizes()[d], x.strides()[d], d, false, op);
  self.bump_version();
  if (idx.numel() == 0 || src.numel() == 0) return self;
  Tensor vals = dim_first(src, d).contiguous();
  kernel(index_scatter_kernel, op, self.device())(drop_dim(x, d), off, vals, true, alpha);
  return self;
}
Tensor index_add(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& source,
                 const Scalar& alpha) {
  Tensor r = without_grad([&] {
    Tensor c = self.clone();
    return index_add_(c, dim, index, source, alpha);
  });
  record_index_add(self, dim, index, source, alpha, r);
  return r;
}
Tensor& index_add_out(Tensor& out, const Tensor& self, int64_t dim, const Tensor& index,
                      const Tensor& source, const Scalar& alpha) {
  return write_out("index_add", out, index_add(self, dim, index, source, alpha));
}

// ---- index_put

Tensor& index_put_(Tensor& self, const std::vector<Tensor>& indices, const Tensor& values,
                   bool accumulate) {
  const char* op = "index_put";
  IGNIS_CHECK(values.defined(), InvalidArgument, op, ": expected a defined values tensor");
  IGNIS_CHECK(values.dtype() == self.dtype(), DType, op, ": expected values of dtype ",
              dtype_name(self.dtype()), " (self's) but got ", dtype_name(values.dtype()));
  std::vector<TensorIndex> ti;
  for (const Tensor& t : indices)
    ti.push_back(t.defined() ? TensorIndex(t) : TensorIndex(indexing::Slice{}));
  return detail::index_put_impl(self, ti, values, accumulate, op);
}
Tensor index_put(const Tensor& self, const std::vector<Tensor>& indices, const Tensor& values,
                 bool accumulate) {
  Tensor r = without_grad([&] {
    Tensor c = self.clone();
    return index_put_(c, indices, values, accumulate);
  });
  if (any_requires_grad({&self, &values})) {
    std::vector<TensorIndex> ti;
    for (const Tensor& t : indices)
      ti.push_back(t.defined() ? TensorIndex(t) : TensorIndex(indexing::Slice{}));
    record_index_put(self, ti, values, accumulate, r);
  }
  return r;
}

// ---- masked ops

namespace {
void check_mask(const Tensor& self, const Tensor& mask, const char* op) {
  IGNIS_CHECK(mask.defined(), InvalidArgument, op, ": expected a defined mask");
  check_device(self, mask, op, "mask");
  IGNIS_CHECK(mask.dtype() == DType::Bool, DType, op, ": expected mask of dtype bool but got ",
              dtype_name(mask.dtype()));
}
// mask broadcast to self's shape (in-place forms), else ShapeError.
Tensor mask_like(const Tensor& self, const Tensor& mask, const char* op) {
  check_mask(self, mask, op);
  IGNIS_CHECK(is_expandable_to(mask.sizes(), self.sizes()), Shape, op, ": mask of shape ",
              shape_str(mask.sizes()), " cannot be broadcast to self of shape ",
              shape_str(self.sizes()));
  return mask.expand(self.sizes());
}
// self expanded to the broadcast shape of self and mask, as a new tensor.
Tensor broadcast_copy(const Tensor& self, const Tensor& mask, const char* op) {
  check_mask(self, mask, op);
  DimVector shape = broadcast_shapes(self.sizes(), mask.sizes(), op);
  return self.expand(shape).clone();
}
// Offsets (in elements) of the true positions of mask (self's shape) within self.
Tensor mask_offsets(const Tensor& self, const Tensor& mask, const char* op) {
  Tensor nz = nonzero(mask);
  std::vector<Tensor> cols;
  for (int64_t k = 0; k < mask.dim(); ++k) cols.push_back(nz.select(1, k));
  Tensor off = zeros({nz.sizes()[0]}, {.dtype = DType::I64, .device = self.device()});
  if (!cols.empty())
    kernel(index_offsets_kernel, op, self.device())(off, cols, self.sizes(), self.strides(),
                                                    mask.sizes(), false, op);
  return off;
}
Tensor element_view(const Tensor& t) {
  return make_tensor(t.storage(), t.dtype(), {}, {}, t.storage_offset());
}
}  // namespace

Tensor& masked_fill_(Tensor& self, const Tensor& mask, const Scalar& value) {
  if (any_requires_grad({&self})) check_inplace(self, "masked_fill_");
  Tensor m = mask_like(self, mask, "masked_fill");
  self.bump_version();
  if (self.numel() > 0)
    kernel(masked_fill_kernel, "masked_fill", self.device())(self, self, m, value);
  record_masked_fill(self, mask, Tensor(), self);
  return self;
}
Tensor masked_fill(const Tensor& self, const Tensor& mask, const Scalar& value) {
  check_mask(self, mask, "masked_fill");
  DimVector shape = broadcast_shapes(self.sizes(), mask.sizes(), "masked_fill");
  Tensor out = empty(shape, {.dtype = self.dtype(), .device = self.device()});
  if (out.numel() > 0)
    kernel(masked_fill_kernel, "masked_fill", self.device())(out, self, mask, value);
  record_masked_fill(self, mask, Tensor(), out);
  return out;
}
Tensor& masked_fill_(Tensor& self, const Tensor& mask, const Tensor& value) {
  IGNIS_CHECK(value.defined() && value.dim() == 0, Shape, "masked_fill: expected a 0-dim value ",
              "tensor but got a tensor with ", value.defined() ? value.dim() : 0, " dimension(s)");
  if (any_requires_grad({&self, &value})) check_inplace(self, "masked_fill_");
  without_grad([&]() -> Tensor& { return masked_fill_(self, mask, value.item()); });
  record_masked_fill(self, mask, value, self);
  return self;
}
Tensor masked_fill(const Tensor& self, const Tensor& mask, const Tensor& value) {
  Tensor r = without_grad([&] {
    Tensor c = broadcast_copy(self, mask, "masked_fill");
    return masked_fill_(c, mask, value);
  });
  record_masked_fill(self, mask, value, r);
  return r;
}

Tensor masked_select(const Tensor& self, const Tensor& mask) {
  const char* op = "masked_select";
  check_mask(self, mask, op);
  DimVector shape = broadcast_shapes(self.sizes(), mask.sizes(), op);
  Tensor x = self.expand(shape), m = mask.expand(shape);
  Tensor off = mask_offsets(x, m, op);
  Tensor out = empty({off.numel()}, {.dtype = self.dtype(), .device = self.device()});
  if (out.numel() > 0) kernel(index_gather_kernel, op, self.device())(out, element_view(x), off);
  record_masked_select(self, mask, out);
  return out;
}
Tensor& masked_select_out(Tensor& out, const Tensor& self, const Tensor& mask) {
  return write_out("masked_select", out, masked_select(self, mask), /*resize_any=*/true);
}

Tensor& masked_scatter_(Tensor& self, const Tensor& mask, const Tensor& source) {
  if (any_requires_grad({&self, &source})) {
    check_inplace(self, "masked_scatter_");
    without_grad([&]() -> Tensor& { return masked_scatter_(self, mask, source); });
    record_masked_scatter(self, mask, source, self);
    return self;
  }
  const char* op = "masked_scatter";
  Tensor m = mask_like(self, mask, op);
  IGNIS_CHECK(source.defined(), InvalidArgument, op, ": expected a defined source tensor");
  check_device(self, source, op, "source");
  IGNIS_CHECK(source.dtype() == self.dtype(), DType, op, ": expected source of dtype ",
              dtype_name(self.dtype()), " (self's) but got ", dtype_name(source.dtype()));
  Tensor off = mask_offsets(self, m, op);
  int64_t n = off.numel();
  IGNIS_CHECK(source.numel() >= n, Shape, op, ": expected source to have at least ", n,
              " elements (the number of true values in mask) but got ", source.numel());
  self.bump_version();
  if (n == 0) return self;
  Tensor vals = source.reshape({-1}).narrow(0, 0, n).contiguous();
  if (vals.storage().get() == self.storage().get()) vals = vals.clone();
  kernel(index_scatter_kernel, op, self.device())(element_view(self), off, vals, false, 1);
  return self;
}
Tensor masked_scatter(const Tensor& self, const Tensor& mask, const Tensor& source) {
  Tensor r = without_grad([&] {
    Tensor c = broadcast_copy(self, mask, "masked_scatter");
    return masked_scatter_(c, mask, source);
  });
  record_masked_scatter(self, mask, source, r);
  return r;
}

// ---- nonzero, one_hot

Tensor nonzero(const Tensor& self) {
  IGNIS_CHECK(self.defined(), InvalidArgument, "nonzero: expected a defined tensor");
  Device dev = self.device();
  int64_t n = kernel(count_nonzero_kernel, "nonzero", dev)(self);
  Tensor out = empty({n, self.dim()}, {.dtype = DType::I64, .device = dev});
  if (out.numel() > 0) kernel(nonzero_kernel, "nonzero", dev)(out, self);
  return out;
}
Tensor& nonzero_out(Tensor& out, const Tensor& self) {
  IGNIS_CHECK(out.defined() && out.dtype() == DType::I64, DType,
              "nonzero: expected out of dtype int64 but got ",
              out.defined() ? dtype_name(out.dtype()) : "an undefined tensor");
  return write_out("nonzero", out, nonzero(self), /*resize_any=*/true);
}

Tensor one_hot(const Tensor& self, int64_t num_classes) {
  const char* op = "one_hot";
  IGNIS_CHECK(self.defined(), InvalidArgument, op, ": expected a defined tensor");
  IGNIS_CHECK(self.dtype() == DType::I64, DType, op, ": expected a class index tensor of dtype ",
              "int64 but got ", dtype_name(self.dtype()));
  Tensor c = self.to(kCPU).contiguous();
  const int64_t* p = c.data_ptr<int64_t>();
  int64_t lo = 0, hi = -1;
  if (c.numel() > 0) {
    lo = *std::min_element(p, p + c.numel());
    hi = *std::max_element(p, p + c.numel());
  }
  if (num_classes == -1) {
    IGNIS_CHECK(c.numel() > 0, InvalidArgument, op, ": cannot infer the number of classes ",
                "from an empty tensor; pass num_classes");
    num_classes = hi + 1;
  }
  IGNIS_CHECK(num_classes >= 0, InvalidArgument, op, ": expected num_classes >= 0 (or -1) but got ",
              num_classes);
  IGNIS_CHECK(lo >= 0, Index, op, ": class values must be non-negative but got ", lo);
  IGNIS_CHECK(hi < num_classes, Index, op, ": class value ", hi,
              " is out of bounds for num_classes ", num_classes);
  DimVector shape(self.sizes());
  shape.push_back(num_classes);
  Tensor out = zeros(shape, {.dtype = DType::I64, .device = self.device()});
  if (self.numel() > 0) out.scatter_(-1, self.unsqueeze(-1), 1);
  return out;
}

}  // namespace ignis
