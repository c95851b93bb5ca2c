// Shape ops: cat, stack, split/chunk/unbind (views), flip, roll, repeat, tile,
// repeat_interleave, tril/triu, pad. Most are views plus copies; cat and tril/triu have kernels.
#include "kernels/shape.h"

#include <algorithm>

#include "kernels/copy.h"
#include "ops/indexing.h"
#include "ops/ops.gen.h"
#include "ops/shape_grad.h"
#include "tensor/broadcast.h"

namespace ignis {

using detail::write_out;

// ---- cat, stack

Tensor cat(const std::vector<Tensor>& tensors, int64_t dim) {
  const char* op = "cat";
  IGNIS_CHECK(!tensors.empty(), InvalidArgument, op, ": expected a non-empty list of tensors");
  DType dtype = tensors[0].defined() ? tensors[0].dtype() : DType::F32;
  const Tensor* ref = nullptr;
  for (size_t i = 0; i < tensors.size(); ++i) {
    const Tensor& t = tensors[i];
    IGNIS_CHECK(t.defined(), InvalidArgument, op, ": expected a defined tensor at position ", i);
    IGNIS_CHECK(t.dim() > 0, Shape, op, ": zero-dimensional tensor (at position ", i,
                ") cannot be concatenated");
    IGNIS_CHECK(t.device() == tensors[0].device(), Device, op, ": expected all tensors on ",
                tensors[0].device().str(), " but got ", t.device().str(), " at position ", i);
    dtype = promote_types(dtype, t.dtype());
    if (!(t.dim() == 1 && t.numel() == 0) && !ref) ref = &t;  // legacy: 1-D empties skipped
  }
  Device dev = tensors[0].device();
  if (!ref) {
    Tensor out = empty({0}, {.dtype = dtype, .device = dev});
    record_cat(tensors, 0, out);
    return out;
  }
  int64_t d = wrap_dim(dim, ref->dim(), op);
  DimVector shape(ref->sizes());
  shape[d] = 0;
  std::vector<Tensor> parts;
  for (size_t i = 0; i < tensors.size(); ++i) {
    const Tensor& t = tensors[i];
    if (t.dim() == 1 && t.numel() == 0) continue;
    IGNIS_CHECK(t.dim() == ref->dim(), Shape, op, ": tensors must have the same number of ",
                "dimensions: got ", ref->dim(), " and ", t.dim(), " (tensor at position ", i, ")");
    for (int64_t k = 0; k < t.dim(); ++k)
      IGNIS_CHECK(k == d || t.sizes()[k] == ref->sizes()[k], Shape, op,
                  ": sizes of tensors must match except in dimension ", d, "; expected size ",
                  ref->sizes()[k], " but got size ", t.sizes()[k], " for tensor number ", i,
                  " in the list");
    shape[d] += t.sizes()[d];
    parts.push_back(t.dtype() == dtype ? t : t.to(dtype));
  }
  Tensor out = empty(shape, {.dtype = dtype, .device = dev});
  if (out.numel() > 0) kernel(cat_kernel, op, dev)(out, parts, d);
  record_cat(tensors, d, out);
  return out;
}

Tensor& cat_out(Tensor& out, const std::vector<Tensor>& tensors, int64_t dim) {
  return write_out("cat", out, cat(tensors, dim));
}

Tensor stack(const std::vector<Tensor>& tensors, int64_t dim) {
  IGNIS_CHECK(!tensors.empty(), InvalidArgument, "stack: expected a non-empty list of tensors");
  for (size_t i = 0; i < tensors.size(); ++i) {
    IGNIS_CHECK(tensors[i].defined(), InvalidArgument,
                "stack: expected a defined tensor at position ", i);
    IGNIS_CHECK(equal_dims(tensors[i].sizes(), tensors[0].sizes()), Shape,
                "stack: expects each tensor to be equal size, but got ",
                shape_str(tensors[0].sizes()), " at entry 0 and ", shape_str(tensors[i].sizes()),
                " at entry ", i);
  }
  int64_t d = wrap_dim(dim, tensors[0].dim() + 1, "stack");
  Tensor out = without_grad([&] {
    std::vector<Tensor> parts;
    for (const Tensor& t : tensors) parts.push_back(t.unsqueeze(d));
    return cat(parts, d);
  });
  record_stack(tensors, d, out);
  return out;
}

Tensor& stack_out(Tensor& out, const std::vector<Tensor>& tensors, int64_t dim) {
  return write_out("stack", out, stack(tensors, dim));
}

// ---- split, chunk, unbind (views)

std::vector<Tensor> split(const Tensor& self, int64_t split_size, int64_t dim) {
  IGNIS_CHECK(self.dim() > 0, Shape, "split: expected at least a 1-dimensional tensor");
  int64_t d = wrap_dim(dim, self.dim(), "split");
  int64_t n = self.sizes()[d];
  IGNIS_CHECK(split_size >= 0, InvalidArgument,
              "split: expected split_size to be non-negative but got ", split_size);
  IGNIS_CHECK(split_size > 0 || n == 0, InvalidArgument, "split: split_size can only be 0 if ",
              "dimension size is 0, but got dimension size of ", n);
  int64_t pieces = split_size == 0 ? 1 : std::max<int64_t>((n + split_size - 1) / split_size, 1);
  std::vector<Tensor> out = without_grad([&] {
    std::vector<Tensor> v;
    for (int64_t i = 0; i < pieces; ++i) {
      int64_t start = i * split_size;
      v.push_back(self.narrow(d, start, std::min(split_size, n - start)));
    }
    return v;
  });
  record_split("SplitBackward0", self, d, out);
  return out;
}

std::vector<Tensor> split_with_sizes(const Tensor& self, IntArrayRef split_sizes, int64_t dim) {
  IGNIS_CHECK(self.dim() > 0, Shape, "split_with_sizes: expected at least a 1-dimensional tensor");
  int64_t d = wrap_dim(dim, self.dim(), "split_with_sizes");
  int64_t n = self.sizes()[d], sum = 0;
  for (int64_t s : split_sizes) {
    IGNIS_CHECK(s >= 0, InvalidArgument, "split_with_sizes: expected non-negative split sizes ",
                "but got ", shape_str(split_sizes));
    sum += s;
  }
  IGNIS_CHECK(sum == n, Shape, "split_with_sizes: expected split_sizes to sum exactly to ", n,
              " (input tensor's size at dimension ", d,
              ") but got split_sizes=", shape_str(split_sizes));
  std::vector<Tensor> out = without_grad([&] {
    std::vector<Tensor> v;
    int64_t start = 0;
    for (int64_t s : split_sizes) {
      v.push_back(self.narrow(d, start, s));
      start += s;
    }
    return v;
  });
  record_split("SplitWithSizesBackward0", self, d, out);
  return out;
}

std::vector<Tensor> split(const Tensor& self, IntArrayRef split_size, int64_t dim) {
  return split_with_sizes(self, split_size, dim);
}

std::vector<Tensor> chunk(const Tensor& self, int64_t chunks, int64_t dim) {
  IGNIS_CHECK(self.dim() > 0, Shape, "chunk: expected at least a 1-dimensional tensor");
  IGNIS_CHECK(chunks > 0, InvalidArgument, "chunk: expected chunks to be greater than 0 but got ",
              chunks);
  int64_t d = wrap_dim(dim, self.dim(), "chunk");
  int64_t n = self.sizes()[d];
  if (n == 0) {
    // Every chunk of an empty dim is empty; refuse counts that would only exhaust memory.
    IGNIS_CHECK(chunks <= (int64_t(1) << 24), InvalidArgument, "chunk: ", chunks,
                " empty chunks of an empty dimension is more than the supported 16777216");
    std::vector<int64_t> zeros_(static_cast<size_t>(chunks), 0);
    return split_with_sizes(self, IntArrayRef(zeros_.data(), zeros_.size()), d);
  }
  return split(self, (n + chunks - 1) / chunks, d);
}

std::vector<Tensor> unbind(const Tensor& self, int64_t dim) {
  IGNIS_CHECK(self.dim() > 0, Shape, "unbind: expected at least a 1-dimensional tensor");
  int64_t d = wrap_dim(dim, self.dim(), "unbind");
  std::vector<Tensor> out = without_grad([&] {
    std::vector<Tensor> v;
    for (int64_t i = 0; i < self.sizes()[d]; ++i) v.push_back(self.select(d, i));
    return v;
  });
  record_unbind(self, d, out);
  return out;
}

// ---- flip, roll, repeat, tile

Tensor flip(const Tensor& self, IntArrayRef dims) {
  std::vector<bool> seen(static_cast<size_t>(std::max<int64_t>(self.dim(), 1)), false);
  DimVector st(self.strides());
  int64_t offset = self.storage_offset();
  for (int64_t raw : dims) {
    int64_t d = wrap_dim(raw, self.dim(), "flip");
    IGNIS_CHECK(!seen[d], InvalidArgument, "flip: dim ", d, " appears multiple times in dims ",
                shape_str(dims));
    seen[d] = true;
    if (self.dim() == 0 || self.sizes()[d] == 0) continue;
    offset += (self.sizes()[d] - 1) * st[d];
    st[d] = -st[d];
  }
  Tensor out = empty(self.sizes(), {.dtype = self.dtype(), .device = self.device()});
  if (self.numel() > 0) {
    // A negative-stride view read by the copy kernel (never handed out).
    Tensor reversed = make_tensor(self.storage(), self.dtype(), self.sizes(), st, offset);
    kernel(copy_kernel, "flip", self.device())(out, reversed);
  }
  record_flip(self, dims, out);
  return out;
}

Tensor roll(const Tensor& self, IntArrayRef shifts, IntArrayRef dims) {
  if (any_requires_grad({&self})) {
    Tensor out = without_grad([&] { return roll(self, shifts, dims); });
    record_roll(self, shifts, dims, out);
    return out;
  }
  if (dims.size() == 0) {
    IGNIS_CHECK(shifts.size() == 1, InvalidArgument, "roll: expected one shift when dims is ",
                "empty but got ", shifts.size());
    int64_t zero = 0;
    return roll(self.flatten(), shifts, IntArrayRef(&zero, 1)).view(self.sizes());
  }
  IGNIS_CHECK(shifts.size() == dims.size(), InvalidArgument, "roll: shifts and dims must align, ",
              "but got ", shifts.size(), " shifts and ", dims.size(), " dims");
  Tensor x = self;
  for (size_t i = 0; i < dims.size(); ++i) {
    int64_t d = wrap_dim(dims[i], self.dim(), "roll");
    int64_t n = self.dim() == 0 ? 1 : self.sizes()[d];
    Tensor out = empty(self.sizes(), {.dtype = self.dtype(), .device = self.device()});
    if (self.numel() == 0 || self.dim() == 0) {
      out.copy_(x);
    } else {
      int64_t s = ((shifts[i] % n) + n) % n;
      if (s > 0) out.narrow(d, 0, s).copy_(x.narrow(d, n - s, s));
      out.narrow(d, s, n - s).copy_(x.narrow(d, 0, n - s));
    }
    x = out;
  }
  return x;
}

Tensor repeat(const Tensor& self, IntArrayRef repeats) {
  if (any_requires_grad({&self})) {
    Tensor out = without_grad([&] { return repeat(self, repeats); });
    record_repeat(self, repeats, out);
    return out;
  }
  int64_t r = static_cast<int64_t>(repeats.size());
  IGNIS_CHECK(r >= self.dim(), Shape, "repeat: number of dimensions of repeat dims (", r,
              ") can not be smaller than number of dimensions of tensor (", self.dim(), ")");
  DimVector padded(r - self.dim(), 1);
  for (int64_t s : self.sizes()) padded.push_back(s);
  DimVector target, inter_src, inter_dst;
  for (int64_t i = 0; i < r; ++i) {
    IGNIS_CHECK(repeats[i] >= 0, InvalidArgument, "repeat: expected non-negative repeats but got ",
                shape_str(repeats));
    target.push_back(padded[i] * repeats[i]);
    inter_src.push_back(1);
    inter_src.push_back(padded[i]);
    inter_dst.push_back(repeats[i]);
    inter_dst.push_back(padded[i]);
  }
  Tensor out = empty(target, {.dtype = self.dtype(), .device = self.device()});
  if (out.numel() == 0) return out;
  out.view(inter_dst).copy_(self.reshape(inter_src).expand(inter_dst));
  return out;
}

Tensor tile(const Tensor& self, IntArrayRef dims) {
  DimVector reps;
  for (int64_t i = static_cast<int64_t>(dims.size()); i < self.dim(); ++i) reps.push_back(1);
  for (int64_t v : dims) reps.push_back(v);
  return repeat(self, reps);
}

// ---- repeat_interleave

Tensor repeat_interleave(const Tensor& repeats, std::optional<int64_t> output_size) {
  const char* op = "repeat_interleave";
  IGNIS_CHECK(repeats.defined(), InvalidArgument, op, ": expected a defined repeats tensor");
  IGNIS_CHECK(repeats.dim() <= 1, Shape, op, ": expected repeats to be 0-D or 1-D but got ",
              repeats.dim(), "-D");
  Tensor r = detail::long_index(repeats, op, "repeats", true).to(kCPU).contiguous();
  const int64_t* p = r.data_ptr<int64_t>();
  int64_t total = 0;
  for (int64_t i = 0; i < r.numel(); ++i) {
    IGNIS_CHECK(p[i] >= 0, InvalidArgument, op, ": repeats can not be negative but got ", p[i]);
    total += p[i];
  }
  IGNIS_CHECK(!output_size || *output_size == total, InvalidArgument, op, ": output_size ",
              output_size.value_or(0), " does not match the sum of repeats ", total);
  Tensor out = empty({total}, {.dtype = DType::I64});
  int64_t* o = out.data_ptr<int64_t>();
  for (int64_t i = 0; i < r.numel(); ++i)
    for (int64_t k = 0; k < p[i]; ++k) *o++ = i;
  return out.to(repeats.dtype()).to(repeats.device());  // int32 repeats give int32, like torch
}

Tensor repeat_interleave(const Tensor& self, const Tensor& repeats, std::optional<int64_t> dim,
                         std::optional<int64_t> output_size) {
  const char* op = "repeat_interleave";
  Tensor x = dim ? self : self.reshape({-1});
  int64_t d = dim ? wrap_dim(*dim, self.dim(), op) : 0;
  int64_t n = x.dim() == 0 ? 1 : x.sizes()[d];
  if (x.dim() == 0) x = x.reshape({1});
  Tensor r = repeats;
  IGNIS_CHECK(r.defined() && r.dim() <= 1, Shape, op, ": expected repeats to be 0-D or 1-D");
  if (r.numel() == 1) r = r.reshape({1}).expand({n});
  IGNIS_CHECK(r.numel() == n, Shape, op, ": repeats must have the same size as input along dim, ",
              "but got repeats.size(0) = ", r.numel(), " and input.size(", d, ") = ", n);
  Tensor out = index_select(x, d, repeat_interleave(r, output_size));
  return self.dim() == 0 && dim ? out.reshape({-1}) : out;
}

Tensor repeat_interleave(const Tensor& self, int64_t repeats, std::optional<int64_t> dim,
                         std::optional<int64_t> output_size) {
  return repeat_interleave(self, full({1}, repeats, {.dtype = DType::I64, .device = self.device()}),
                           dim, output_size);
}

// ---- tril, triu

namespace {
Tensor& tri_into(Tensor& out, const Tensor& self, int64_t diagonal, bool lower, const char* op) {
  IGNIS_CHECK(self.dim() >= 2, Shape, op, ": expected a tensor with at least 2 dimensions but got ",
              self.dim(), "-D");
  if (self.numel() > 0) kernel(tril_triu_kernel, op, self.device())(out, self, diagonal, lower);
  return out;
}
}  // namespace

Tensor tril(const Tensor& self, int64_t diagonal) {
  Tensor out = empty(self.sizes(), {.dtype = self.dtype(), .device = self.device()});
  tri_into(out, self, diagonal, true, "tril");
  record_tri(self, diagonal, true, out);
  return out;
}
Tensor& tril_(Tensor& self, int64_t diagonal) {
  check_inplace(self, "tril_");
  self.bump_version();
  tri_into(self, self, diagonal, true, "tril");
  record_tri(self, diagonal, true, self);
  return self;
}
Tensor& tril_out(Tensor& out, const Tensor& self, int64_t diagonal) {
  return write_out("tril", out, tril(self, diagonal));
}
Tensor triu(const Tensor& self, int64_t diagonal) {
  Tensor out = empty(self.sizes(), {.dtype = self.dtype(), .device = self.device()});
  tri_into(out, self, diagonal, false, "triu");
  record_tri(self, diagonal, false, out);
  return out;
}
Tensor& triu_(Tensor& self, int64_t diagonal) {
  check_inplace(self, "triu_");
  self.bump_version();
  tri_into(self, self, diagonal, false, "triu");
  record_tri(self, diagonal, false, self);
  return self;
}
Tensor& triu_out(Tensor& out, const Tensor& self, int64_t diagonal) {
  return write_out("triu", out, triu(self, diagonal));
}

// ---- pad

Tensor pad(const Tensor& self, IntArrayRef pad, std::string_view mode,
           std::optional<double> value) {
  if (any_requires_grad({&self})) {
    Tensor out = without_grad([&] { return ignis::pad(self, pad, mode, value); });
    record_pad(self, pad, mode, out);
    return out;
  }
  const char* op = "pad";
  int64_t np = static_cast<int64_t>(pad.size());
  IGNIS_CHECK(np % 2 == 0, InvalidArgument, op, ": padding length must be divisible by 2 but got ",
              np);
  IGNIS_CHECK(np / 2 <= self.dim(), InvalidArgument, op, ": padding length ", np,
              " is too large for a tensor of dimension ", self.dim());
  bool constant = mode == "constant";
  IGNIS_CHECK(constant || mode == "reflect" || mode == "replicate", InvalidArgument, op,
              ": expected mode \"constant\", \"reflect\" or \"replicate\" but got \"", mode, "\"");
  IGNIS_CHECK(constant || !value || *value == 0.0, InvalidArgument, op, ": padding mode \"", mode,
              "\" doesn't take a value argument");
  DimVector shape(self.sizes());
  for (int64_t k = 0; k < np / 2; ++k) {
    int64_t d = self.dim() - 1 - k;
    shape[d] += pad[2 * k] + pad[2 * k + 1];
    IGNIS_CHECK(shape[d] >= 0, Shape, op, ": padding ", shape_str(pad), " gives a negative size ",
                shape[d], " at dimension ", d, " of input ", shape_str(self.sizes()));
  }
  if (constant) {
    Tensor out = full(shape, value.value_or(0.0), {.dtype = self.dtype(), .device = self.device()});
    Tensor dst = out, src = self;
    for (int64_t k = 0; k < np / 2; ++k) {
      int64_t d = self.dim() - 1 - k, lo = pad[2 * k], hi = pad[2 * k + 1];
      int64_t n = self.sizes()[d];
      int64_t len = n - std::max<int64_t>(0, -lo) - std::max<int64_t>(0, -hi);
      if (len <= 0) return out;
      src = src.narrow(d, std::max<int64_t>(0, -lo), len);
      dst = dst.narrow(d, std::max<int64_t>(0, lo), len);
    }
    if (dst.numel() > 0) dst.copy_(src);
    return out;
  }
  // reflect / replicate: one index_select per padded dim with the source position of each
  // output position.
  Tensor x = self;
  for (int64_t k = 0; k < np / 2; ++k) {
    int64_t d = self.dim() - 1 - k, lo = pad[2 * k], hi = pad[2 * k + 1];
    int64_t n = self.sizes()[d];
    if (mode == "reflect")
      IGNIS_CHECK(lo < n && hi < n, InvalidArgument, op, ": padding size should be less than the ",
                  "corresponding input dimension, but got padding (", lo, ", ", hi,
                  ") at dimension ", d, " of input ", shape_str(self.sizes()));
    else
      IGNIS_CHECK(n > 0, InvalidArgument, op, ": replicate padding needs a non-empty dimension ", d,
                  " but input has shape ", shape_str(self.sizes()));
    int64_t m = n + lo + hi;
    Tensor idx = empty({m}, {.dtype = DType::I64});
    int64_t* p = idx.data_ptr<int64_t>();
    for (int64_t j = 0; j < m; ++j) {
      int64_t s = j - lo;
      if (mode == "reflect") {
        if (s < 0) s = -s;
        if (s >= n) s = 2 * (n - 1) - s;
      } else {
        s = std::clamp<int64_t>(s, 0, n - 1);
      }
      p[j] = s;
    }
    x = index_select(x, d, idx.to(self.device()));
  }
  return x;
}

}  // namespace ignis
