// copy_, fill_, to, clone, item: moving and converting data between dtypes and devices.
#include "kernels/copy.h"

#include "ops/grad_utils.h"
#include "tensor/broadcast.h"
#include "tensor/dispatch.h"

namespace ignis {
namespace {

// True when a and b may touch the same bytes.
bool may_overlap(const Tensor& a, const Tensor& b) {
  if (a.storage().get() != b.storage().get() || a.numel() == 0 || b.numel() == 0) return false;
  auto span = [](const Tensor& t) {
    int64_t lo = t.storage_offset(), hi = lo;
    for (int64_t i = 0; i < t.dim(); ++i) hi += (t.sizes()[i] - 1) * t.strides()[i];
    return std::pair<int64_t, int64_t>{lo * t.element_size(), (hi + 1) * t.element_size()};
  };
  auto [alo, ahi] = span(a);
  auto [blo, bhi] = span(b);
  return alo < bhi && blo < ahi;
}

// Copies a contiguous same-dtype tensor to another device (one side is not the CPU).
void copy_across_devices(const Tensor& dst, const Tensor& src) {
  Device dev = dst.device().is_cpu() ? src.device() : dst.device();
  DeviceBackend* b = device_backend(dev.type);
  IGNIS_CHECK(b != nullptr, Device, "copy_: cannot copy between ", src.device().str(), " and ",
              dst.device().str(), ": CUDA is not available in this build or on this machine");
  b->copy_bytes(dst.data_ptr(), dst.device(), src.data_ptr(), src.device(),
                static_cast<size_t>(dst.nbytes()));
}

}  // namespace

namespace {
// Raw copy without history (the body of copy_).
void copy_data(Tensor& self, const Tensor& src);
}  // namespace

Tensor& Tensor::copy_(const Tensor& src) {
  IGNIS_CHECK(src.defined(), InvalidArgument, "copy_: expected a defined source tensor");
  IGNIS_CHECK(is_expandable_to(src.sizes(), sizes()), Shape, "copy_: source of shape ",
              shape_str(src.sizes()), " cannot be broadcast to destination of shape ",
              shape_str(sizes()));
  check_no_internal_overlap(*this, "copy_");
  bool track = any_requires_grad({&src}) || (GradMode::is_enabled() && !is_leaf());
  if (track) check_inplace(*this, "copy_");
  copy_data(*this, src);
  if (track)
    record("CopyBackwards", {src}, {this}, {},
           [in = src.shape(), dt = src.dtype(),
            dev = src.device()](const TensorList& g, const TensorList&) -> TensorList {
             Tensor r = sum_to(g[0], in);
             if (r.dtype() != dt) r = r.to(dt);
             if (r.device() != dev) r = r.to(dev);
             return {r};
           });
  return *this;
}

namespace {
void copy_data(Tensor& self, const Tensor& src) {
  self.bump_version();
  if (self.numel() == 0) return;
  Tensor s = src.detach().expand(self.sizes());
  if (self.device() == src.device()) {
    bool same = self.storage_offset() == s.storage_offset() &&
                self.storage().get() == s.storage().get() &&
                equal_dims(self.strides(), s.strides()) && self.dtype() == s.dtype();
    if (same) return;  // copying a tensor onto itself
    if (may_overlap(self, s)) s = s.clone();
    kernel(copy_kernel, "copy_", self.device())(self, s);
    return;
  }
  // Across devices: convert on the source device, move contiguous bytes, then place.
  Tensor moved = s.to(self.dtype()).contiguous();
  if (self.is_contiguous()) {
    copy_across_devices(self, moved);
  } else {
    Tensor tmp = empty(self.sizes(), {.dtype = self.dtype(), .device = self.device()});
    copy_across_devices(tmp, moved);
    kernel(copy_kernel, "copy_", self.device())(self, tmp);
  }
}
}  // namespace

Tensor& Tensor::fill_(const Scalar& value) {
  check_inplace(*this, "fill_");
  check_no_internal_overlap(*this, "fill_");
  // Filling a view of a base with history makes that region of the base constant: record a
  // node without inputs, which rebases the base (ops/view_grad.h). Elsewhere the tensor
  // simply becomes a constant.
  bool rebase =
      GradMode::is_enabled() && impl()->view_base() && Tensor(impl()->view_base()).requires_grad();
  if (!rebase)
    if (AutogradMeta* m = impl()->autograd(); m && m->grad_fn) release_node(std::move(m->grad_fn));
  bump_version();
  if (numel() > 0) kernel(fill_kernel, "fill_", device())(*this, value);
  if (rebase)
    record("FillBackward0", {}, {this}, {},
           [](const TensorList&, const TensorList&) -> TensorList { return {}; });
  return *this;
}

Tensor& Tensor::zero_() { return fill_(0); }

Tensor Tensor::to(DType t, bool copy) const {
  if (t == dtype() && !copy) return *this;
  Tensor out = empty(sizes(), {.dtype = t, .device = device()});
  out.copy_(*this);
  return out;
}

Tensor Tensor::to(Device d, bool copy) const {
  if (d == device() && !copy) return *this;
  Tensor out = empty(sizes(), {.dtype = dtype(), .device = d});
  out.copy_(*this);
  return out;
}

Tensor Tensor::clone() const { return to(dtype(), /*copy=*/true); }

Scalar Tensor::item() const {
  IGNIS_CHECK(numel() == 1, InvalidArgument, "item: a tensor with ", numel(),
              " elements cannot be converted to a Scalar (expected exactly 1 element)");
  Tensor t = device().is_cpu() ? *this : to(kCPU);
  return IGNIS_DISPATCH_ALL(t.dtype(), "item", [&]() -> Scalar {
    scalar_t v = *static_cast<const scalar_t*>(t.data_ptr());
    if constexpr (std::is_same_v<scalar_t, bool>)
      return Scalar(v);
    else if constexpr (std::is_integral_v<scalar_t>)
      return Scalar(static_cast<int64_t>(v));
    else
      return Scalar(static_cast<double>(v));
  });
}

}  // namespace ignis
