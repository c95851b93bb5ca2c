// Tensor: a cheap refcounted handle to a TensorImpl. Methods that are ops are declared here and
// defined in cpp/ops/ (the layer that records history), so the data model stays below the ops.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "tensor/error.h"
#include "tensor/scalar.h"
#include "tensor/tensor_impl.h"

namespace ignis {

class Generator;
class Node;

// Options for factories: dtype (default: the factory's natural dtype), device, requires_grad.
// Use with designated initializers: zeros({2, 3}, {.dtype = DType::F64}).
struct TensorOptions {
  std::optional<DType> dtype;
  std::optional<Device> device;  // default: the CPU (or the `like` tensor's device)
  bool requires_grad = false;
  Device dev() const { return device.value_or(kCPU); }
};

class Tensor {
 public:
  Tensor() = default;
  explicit Tensor(Ref<TensorImpl> impl) : impl_(std::move(impl)) {}

  bool defined() const { return static_cast<bool>(impl_); }
  TensorImpl* impl() const { return impl_.get(); }
  const Ref<TensorImpl>& impl_ref() const { return impl_; }
  // True when both handles point at the same TensorImpl.
  bool is_same(const Tensor& o) const { return impl_ == o.impl_; }

  // ---- geometry (tensor/tensor.cpp)
  IntArrayRef sizes() const { return impl_->sizes(); }
  IntArrayRef strides() const { return impl_->strides(); }
  std::vector<int64_t> shape() const { return {sizes().begin(), sizes().end()}; }
  int64_t dim() const { return impl_->dim(); }
  int64_t numel() const { return impl_->numel(); }
  // Size/stride of one dim; negative dims count from the end.
  int64_t size(int64_t dim) const;
  int64_t stride(int64_t dim) const;
  DType dtype() const { return impl_->dtype(); }
  Device device() const { return impl_->device(); }
  int64_t storage_offset() const { return impl_->offset(); }
  int64_t element_size() const { return itemsize(dtype()); }
  int64_t nbytes() const { return numel() * element_size(); }
  bool is_contiguous() const { return impl_->is_contiguous(); }
  bool is_floating_point() const { return is_floating(dtype()); }
  const Ref<Storage>& storage() const { return impl_->storage(); }
  // Address of element 0 (device memory for CUDA tensors).
  void* data_ptr() const { return impl_->data(); }
  // Typed address of element 0; throws DTypeError when T does not match.
  template <typename T>
  T* data_ptr() const {
    IGNIS_CHECK(dtype() == dtype_of<T>, DType, "data_ptr: expected a tensor of dtype ",
                dtype_name(dtype_of<T>), " but got ", dtype_name(dtype()));
    return static_cast<T*>(data_ptr());
  }
  // Version counter shared with every view of the same storage.
  uint64_t version() const { return storage()->version(); }
  void bump_version() const { storage()->bump_version(); }

  // ---- views (ops/view.cpp); every result shares storage with *this
  Tensor view(IntArrayRef sizes) const;
  Tensor reshape(IntArrayRef sizes) const;
  Tensor transpose(int64_t dim0, int64_t dim1) const;
  Tensor t() const;
  Tensor permute(IntArrayRef dims) const;
  Tensor slice(int64_t dim, std::optional<int64_t> start = std::nullopt,
               std::optional<int64_t> end = std::nullopt, int64_t step = 1) const;
  Tensor select(int64_t dim, int64_t index) const;
  Tensor narrow(int64_t dim, int64_t start, int64_t length) const;
  Tensor expand(IntArrayRef sizes) const;
  Tensor expand_as(const Tensor& other) const;
  Tensor squeeze() const;
  Tensor squeeze(int64_t dim) const;
  Tensor unsqueeze(int64_t dim) const;
  Tensor flatten(int64_t start_dim = 0, int64_t end_dim = -1) const;
  Tensor unflatten(int64_t dim, IntArrayRef sizes) const;
  Tensor as_strided(IntArrayRef sizes, IntArrayRef strides,
                    std::optional<int64_t> storage_offset = std::nullopt) const;
  Tensor diagonal(int64_t offset = 0, int64_t dim1 = 0, int64_t dim2 = 1) const;
  // Self when already contiguous, else a contiguous copy.
  Tensor contiguous() const;

  // ---- copies and conversion (ops/copy.cpp)
  Tensor to(DType dtype, bool copy = false) const;
  Tensor to(Device device, bool copy = false) const;
  Tensor clone() const;
  // Copies src into *this (broadcasting src, converting dtype and device).
  Tensor& copy_(const Tensor& src);
  Tensor& fill_(const Scalar& value);
  Tensor& zero_();
  // The single element as a Scalar; throws unless numel() == 1.
  Scalar item() const;
  template <typename T>
  T item() const {
    return item().to<T>();
  }

  // ---- in-place random fills (ops/random.cpp); gen == nullptr uses the default generator
  Tensor& uniform_(double from = 0.0, double to = 1.0, Generator* gen = nullptr);
  Tensor& normal_(double mean = 0.0, double std = 1.0, Generator* gen = nullptr);
  Tensor& bernoulli_(double p = 0.5, Generator* gen = nullptr);
  // Integers uniformly in [from, to).
  Tensor& random_(int64_t from, int64_t to, Generator* gen = nullptr);

  // ---- autograd state (tensor/tensor.cpp; the engine is in cpp/autograd)
  bool requires_grad() const;
  Tensor& set_requires_grad(bool requires_grad);
  // Points this tensor at data's memory, dtype and shape, keeping its identity (every handle,
  // its requires_grad and .grad): PyTorch's `t.data = data`. Not recorded by autograd.
  void set_data(const Tensor& data) const { impl_->set_data(*data.impl()); }
  // The accumulated gradient, or an undefined Tensor.
  Tensor grad() const;
  void set_grad(const Tensor& grad);
  bool is_leaf() const;
  // The backward node that produced this tensor, or null for leaves (tensor/graph.h).
  std::shared_ptr<Node> grad_fn() const;
  // requires_grad_ with PyTorch's name; returns *this.
  Tensor& requires_grad_(bool requires_grad = true) { return set_requires_grad(requires_grad); }

  // ---- autograd (cpp/autograd/tensor_autograd.cpp)
  // Backpropagates from this tensor (a one-element tensor unless `gradient` is given).
  void backward(const Tensor& gradient = Tensor(), bool retain_graph = false,
                bool create_graph = false) const;
  // A tensor sharing data with this one but cut from history (requires_grad false).
  Tensor detach() const;
  // Cuts this tensor from history in place.
  Tensor& detach_();
  // Keeps .grad for a non-leaf after backward.
  void retain_grad() const;
  bool retains_grad() const;
  // Runs hook on this tensor's gradient during backward; the hook may return a replacement
  // (or an undefined Tensor to keep the gradient). Throws for tensors that do not require grad.
  void register_hook(std::function<Tensor(const Tensor&)> hook) const;
  // Runs hook(grad) after a leaf's gradient was accumulated into .grad.
  void register_post_accumulate_grad_hook(std::function<void(const Tensor&)> hook) const;

  // PyTorch-style text: tensor([[1., 2.], [3., 4.]]) (tensor/format.cpp).
  std::string str() const;

  // ---- one method per schema op (codegen/ops.yaml); defined inline in ops/ops.gen.h, so
  // include "ops/ops.gen.h" to call them
#include "tensor/tensor_methods.gen.h"

 private:
  Ref<TensorImpl> impl_;
};

std::ostream& operator<<(std::ostream& os, const Tensor& t);

// Throws InvalidArgumentError naming op when several elements of t share one memory location
// (a dim of stride 0 and size > 1, as in an expanded tensor): writing into t would race.
void check_no_internal_overlap(const Tensor& t, const char* op);
// Normalizes a possibly negative dim against ndim; throws IndexError naming op.
int64_t wrap_dim(int64_t dim, int64_t ndim, const char* op);
// Tensor of the given geometry over existing storage (no checks beyond numel overflow).
Tensor make_tensor(Ref<Storage> storage, DType dtype, IntArrayRef sizes, IntArrayRef strides,
                   int64_t offset);

// ---- factories (ops/factory.cpp)
Tensor empty(IntArrayRef sizes, TensorOptions opts = {});
Tensor empty_strided(IntArrayRef sizes, IntArrayRef strides, TensorOptions opts = {});
Tensor zeros(IntArrayRef sizes, TensorOptions opts = {});
Tensor ones(IntArrayRef sizes, TensorOptions opts = {});
Tensor full(IntArrayRef sizes, const Scalar& value, TensorOptions opts = {});
// Values start, start+step, ... below end. Integral arguments give int64 unless dtype is set.
Tensor arange(const Scalar& end, TensorOptions opts = {});
Tensor arange(const Scalar& start, const Scalar& end, const Scalar& step = 1,
              TensorOptions opts = {});
Tensor linspace(double start, double end, int64_t steps, TensorOptions opts = {});
Tensor eye(int64_t n, std::optional<int64_t> m = std::nullopt, TensorOptions opts = {});
// Copies `sizes`-shaped row-major data of `dtype` from host memory.
Tensor from_data(const void* data, IntArrayRef sizes, DType dtype, TensorOptions opts = {});
// Wraps external memory without copying; `deleter` runs when the last view goes away.
Tensor from_blob(void* data, IntArrayRef sizes, IntArrayRef strides, DType dtype, Device device,
                 std::function<void(void*)> deleter = {});
// Builds a 1-D tensor from a list of values of a C++ element type.
template <typename T>
Tensor tensor(std::initializer_list<T> values, TensorOptions opts = {}) {
  std::vector<T> v(values);
  int64_t n = static_cast<int64_t>(v.size());
  Tensor t = from_data(v.data(), IntArrayRef(&n, 1), dtype_of<T>);
  return opts.dtype && *opts.dtype != t.dtype() ? t.to(*opts.dtype) : t;
}

// Options taking dtype/device from `like` unless set.
TensorOptions like_options(const Tensor& like, TensorOptions opts);
Tensor empty_like(const Tensor& t, TensorOptions opts = {});
Tensor zeros_like(const Tensor& t, TensorOptions opts = {});
Tensor ones_like(const Tensor& t, TensorOptions opts = {});
Tensor full_like(const Tensor& t, const Scalar& value, TensorOptions opts = {});

// ---- random factories (ops/random.cpp)
Tensor rand(IntArrayRef sizes, Generator* gen = nullptr, TensorOptions opts = {});
Tensor randn(IntArrayRef sizes, Generator* gen = nullptr, TensorOptions opts = {});
Tensor randint(int64_t low, int64_t high, IntArrayRef sizes, Generator* gen = nullptr,
               TensorOptions opts = {});
Tensor rand_like(const Tensor& t, Generator* gen = nullptr, TensorOptions opts = {});
Tensor randn_like(const Tensor& t, Generator* gen = nullptr, TensorOptions opts = {});
// Samples 0/1 with the probabilities in p (same shape and dtype as p).
Tensor bernoulli(const Tensor& p, Generator* gen = nullptr);
Tensor normal(double mean, double std, IntArrayRef sizes, Generator* gen = nullptr,
              TensorOptions opts = {});

}  // namespace ignis
