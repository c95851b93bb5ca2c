#include "tensor/tensor.h"

#include <limits>

#include "tensor/graph.h"

namespace ignis {

int64_t checked_numel(IntArrayRef sizes, const char* op) {
  int64_t n = 1;
  for (size_t i = 0; i < sizes.size(); ++i) {
    IGNIS_CHECK(sizes[i] >= 0, Shape, op, ": expected non-negative sizes but got size ", sizes[i],
                " at dim ", i);
    IGNIS_CHECK(!__builtin_mul_overflow(n, sizes[i], &n), Shape, op,
                ": the number of elements overflows int64 for this shape");
  }
  return n;
}

DimVector contiguous_strides(IntArrayRef sizes) {
  DimVector st(sizes.size());
  int64_t s = 1;
  for (size_t i = sizes.size(); i-- > 0;) {
    st[i] = s;
    s *= std::max<int64_t>(sizes[i], 1);
  }
  return st;
}

bool compute_contiguous(IntArrayRef sizes, IntArrayRef strides) {
  int64_t expected = 1;
  for (size_t i = sizes.size(); i-- > 0;) {
    if (sizes[i] == 0) return true;
    if (sizes[i] == 1) continue;
    if (strides[i] != expected) return false;
    expected *= sizes[i];
  }
  return true;
}

TensorImpl::TensorImpl(Ref<Storage> storage, DType dtype, DimVector sizes, DimVector strides,
                       int64_t offset)
    : storage_(std::move(storage)),
      dtype_(dtype),
      sizes_(std::move(sizes)),
      strides_(std::move(strides)),
      offset_(offset) {
  refresh();
}

TensorImpl::~TensorImpl() = default;

void TensorImpl::set_geometry(DimVector sizes, DimVector strides, int64_t offset) {
  sizes_ = std::move(sizes);
  strides_ = std::move(strides);
  offset_ = offset;
  refresh();
}

void TensorImpl::set_data(const TensorImpl& other) {
  storage_ = other.storage_;
  dtype_ = other.dtype_;
  view_base_ = Ref<TensorImpl>();  // now views other's data, not its old base's
  set_geometry(other.sizes_, other.strides_, other.offset_);
}

void TensorImpl::refresh() {
  numel_ = checked_numel(sizes_, "tensor");
  contiguous_ = compute_contiguous(sizes_, strides_);
}

AutogradMeta& TensorImpl::autograd_mut() {
  if (!autograd_) autograd_ = std::make_shared<AutogradMeta>();
  return *autograd_;
}

void check_no_internal_overlap(const Tensor& t, const char* op) {
  for (int64_t i = 0; i < t.dim(); ++i)
    IGNIS_CHECK(t.strides()[i] != 0 || t.sizes()[i] <= 1, InvalidArgument, op,
                ": unsupported operation: more than one element of the written-to tensor refers "
                "to a single memory location (dim ",
                i, " has stride 0); clone() the tensor before writing into it");
}

int64_t wrap_dim(int64_t dim, int64_t ndim, const char* op) {
  int64_t n = ndim == 0 ? 1 : ndim;  // a 0-dim tensor accepts dim 0 and -1, like PyTorch
  IGNIS_CHECK(dim >= -n && dim < n, Index, op,
              ": dimension out of range (expected to be in range of [", -n, ", ", n - 1,
              "], but got ", dim, ")");
  return dim < 0 ? dim + n : dim;
}

Tensor make_tensor(Ref<Storage> storage, DType dtype, IntArrayRef sizes, IntArrayRef strides,
                   int64_t offset) {
  return Tensor(make_ref<TensorImpl>(std::move(storage), dtype, DimVector(sizes),
                                     DimVector(strides), offset));
}

int64_t Tensor::size(int64_t d) const {
  IGNIS_CHECK(dim() > 0, Index, "size: a 0-dim tensor has no dimension ", d);
  return sizes()[wrap_dim(d, dim(), "size")];
}

int64_t Tensor::stride(int64_t d) const {
  IGNIS_CHECK(dim() > 0, Index, "stride: a 0-dim tensor has no dimension ", d);
  return strides()[wrap_dim(d, dim(), "stride")];
}

bool Tensor::requires_grad() const {
  AutogradMeta* m = impl_->autograd();
  if (m && (m->requires_grad || m->grad_fn)) return true;
  // A view whose base gained history after the view was made (an in-place write through
  // another view) requires grad too; its grad_fn is made on first use (ops/view_grad.h).
  const Ref<TensorImpl>& b = impl_->view_base();
  if (!b || impl_->view_version() == impl_->storage()->version()) return false;
  AutogradMeta* bm = b->autograd();
  return bm && (bm->requires_grad || bm->grad_fn);
}

Tensor& Tensor::set_requires_grad(bool requires_grad) {
  IGNIS_CHECK(
      !requires_grad || is_floating(dtype()), DType,
      "requires_grad_: only tensors of floating point dtype can require gradients, but got ",
      dtype_name(dtype()));
  AutogradMeta* m = impl_->autograd();
  IGNIS_CHECK(!m || !m->grad_fn || requires_grad, InvalidArgument,
              "requires_grad_: you can only change requires_grad flags of leaf variables");
  if (requires_grad || m) impl_->autograd_mut().requires_grad = requires_grad;
  return *this;
}

Tensor Tensor::grad() const {
  AutogradMeta* m = impl_->autograd();
  return m ? m->grad : Tensor();
}

void Tensor::set_grad(const Tensor& grad) { impl_->autograd_mut().grad = grad; }

std::ostream& operator<<(std::ostream& os, const Tensor& t) { return os << t.str(); }

}  // namespace ignis
