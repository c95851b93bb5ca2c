// The data behind a Tensor handle: storage, offset, sizes, strides, dtype and the autograd
// metadata (null until a tensor takes part in autograd).
#pragma once

#include <memory>

#include "tensor/dim_vector.h"
#include "tensor/dtype.h"
#include "tensor/ref.h"
#include "tensor/storage.h"

namespace ignis {

struct AutogradMeta;

// Refcounted tensor state. Sizes/strides are in elements; offset is in elements too.
class TensorImpl : public RefCounted {
 public:
  TensorImpl(Ref<Storage> storage, DType dtype, DimVector sizes, DimVector strides, int64_t offset);
  ~TensorImpl() override;

  const Ref<Storage>& storage() const { return storage_; }
  DType dtype() const { return dtype_; }
  Device device() const { return storage_->device(); }
  IntArrayRef sizes() const { return sizes_; }
  IntArrayRef strides() const { return strides_; }
  int64_t dim() const { return static_cast<int64_t>(sizes_.size()); }
  int64_t numel() const { return numel_; }
  int64_t offset() const { return offset_; }
  bool is_contiguous() const { return contiguous_; }
  void* data() const { return static_cast<char*>(storage_->data()) + offset_ * itemsize(dtype_); }

  // Replaces the geometry in place (used by in-place view ops such as squeeze_/t_).
  void set_geometry(DimVector sizes, DimVector strides, int64_t offset);
  // Makes this impl view other's data (storage, dtype, geometry) while keeping its own
  // identity and autograd metadata: what `param.data = x` does (Module::to, loading).
  void set_data(const TensorImpl& other);

  AutogradMeta* autograd() const { return autograd_.get(); }
  // Shared handle to the metadata (hooks and grad accumulators hold it weakly or strongly
  // without holding the TensorImpl, which keeps the graph free of reference cycles).
  const std::shared_ptr<AutogradMeta>& autograd_shared() const { return autograd_; }
  // Creates the autograd metadata on first use.
  AutogradMeta& autograd_mut();
  // Drops the autograd metadata (detach_).
  void reset_autograd() { autograd_.reset(); }

  // Views made in grad mode remember their base (the tensor that is not itself a view) and the
  // storage version their history was made at, so that an in-place change through the view or
  // the base can rewrite the other's history (cpp/ops/view_grad.h). Null for other tensors.
  const Ref<TensorImpl>& view_base() const { return view_base_; }
  uint64_t view_version() const { return view_version_; }
  void set_view_base(Ref<TensorImpl> base, uint64_t version) {
    view_base_ = std::move(base);
    view_version_ = version;
  }
  void set_view_version(uint64_t version) { view_version_ = version; }
  // Set by an in-place op about to write this view, cleared when its history is recorded.
  bool view_write_pending() const { return view_write_pending_; }
  void set_view_write_pending(bool on) { view_write_pending_ = on; }

 private:
  void refresh();

  Ref<Storage> storage_;
  DType dtype_;
  DimVector sizes_, strides_;
  int64_t offset_;
  int64_t numel_ = 1;
  bool contiguous_ = true;
  std::shared_ptr<AutogradMeta> autograd_;
  Ref<TensorImpl> view_base_;
  uint64_t view_version_ = 0;
  bool view_write_pending_ = false;
};

// Element count of a shape; throws ShapeError on negative sizes or int64 overflow.
int64_t checked_numel(IntArrayRef sizes, const char* op);
// Row-major (C-contiguous) strides of a shape.
DimVector contiguous_strides(IntArrayRef sizes);
// True when (sizes, strides) describe a row-major dense layout (size-1 dims ignored).
bool compute_contiguous(IntArrayRef sizes, IntArrayRef strides);

}  // namespace ignis
