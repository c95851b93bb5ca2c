// Ignis: header-only C++17 RAII wrappers over the C API (what the Python and Node bindings use).
// ignis::Tensor, Module, Optimizer, Scheduler, Dataset and DataLoader each own one reference
// (copy = retain, destructor = release); every failing call
// throws ignis::Error carrying the status and the library's message. The op functions and Tensor
// methods come from the schema (ignis/ops.hpp, generated). Thread safety is the C API's.
#ifndef IGNIS_IGNIS_HPP
#define IGNIS_IGNIS_HPP

#include <cmath>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "ignis/experimental.h"
#include "ignis/ignis.h"

namespace ignis {

// A failed C API call: status() is the code, what() the message.
class Error : public std::runtime_error {
 public:
  Error(ignis_status status, const std::string& msg) : std::runtime_error(msg), status_(status) {}
  ignis_status status() const noexcept { return status_; }

 private:
  ignis_status status_;
};

// Throws Error with this thread's message unless s is IGNIS_OK.
inline void check(ignis_status s) {
  if (s != IGNIS_OK) throw Error(s, ignis_last_error());
}

inline constexpr ignis_device kCPU{IGNIS_CPU, 0};
inline ignis_device cuda(int32_t index = 0) { return ignis_device{IGNIS_CUDA, index}; }

// A bool, integer or float passed to ops.
class Scalar {
 public:
  Scalar(bool v) : s_(ignis_scalar_bool(v)) {}
  Scalar(double v) : s_(ignis_scalar_float(v)) {}
  Scalar(float v) : s_(ignis_scalar_float(v)) {}
  template <typename T,
            std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
  Scalar(T v) : s_(ignis_scalar_int(static_cast<int64_t>(v))) {}
  const ignis_scalar& c() const { return s_; }

 private:
  ignis_scalar s_;
};

class Tensor;
using GradHook = std::function<std::optional<Tensor>(const Tensor&)>;

// One owned reference to an ignis_tensor.
class Tensor {
 public:
  Tensor() noexcept : h_(nullptr) {}
  Tensor(const Tensor& o) : h_(ignis_tensor_retain(o.h_)) {}
  Tensor(Tensor&& o) noexcept : h_(std::exchange(o.h_, nullptr)) {}
  Tensor& operator=(Tensor o) noexcept {
    std::swap(h_, o.h_);
    return *this;
  }
  ~Tensor() { ignis_tensor_release(h_); }

  // Takes over a reference the caller owns (e.g. from a C out-parameter).
  static Tensor adopt(ignis_tensor* h) {
    Tensor t;
    t.h_ = h;
    return t;
  }
  // A new reference to a borrowed handle.
  static Tensor borrow(ignis_tensor* h) { return adopt(ignis_tensor_retain(h)); }
  // Gives the reference to the caller.
  ignis_tensor* release() noexcept { return std::exchange(h_, nullptr); }
  ignis_tensor* get() const noexcept { return h_; }
  bool defined() const noexcept { return h_ != nullptr; }

  // Copies row-major data of a C++ element type.
  template <typename T>
  static Tensor from(const std::vector<T>& data, const std::vector<int64_t>& shape);

  int64_t ndim() const { return ignis_tensor_ndim(h_); }
  int64_t numel() const { return ignis_tensor_numel(h_); }
  std::vector<int64_t> shape() const {
    std::vector<int64_t> s(static_cast<size_t>(ndim() < 0 ? 0 : ndim()));
    check(ignis_tensor_shape(h_, s.data(), s.size()));
    return s;
  }
  std::vector<int64_t> strides() const {
    std::vector<int64_t> s(static_cast<size_t>(ndim() < 0 ? 0 : ndim()));
    check(ignis_tensor_strides(h_, s.data(), s.size()));
    return s;
  }
  ignis_dtype dtype() const {
    ignis_dtype d;
    check(ignis_tensor_dtype(h_, &d));
    return d;
  }
  ignis_device device() const {
    ignis_device d;
    check(ignis_tensor_device(h_, &d));
    return d;
  }
  // Borrowed address of element 0 (CPU tensors); valid while this Tensor lives.
  void* data() const {
    void* p = nullptr;
    check(ignis_tensor_data(h_, &p));
    return p;
  }
  // The elements, row-major, as a vector of T (T must match dtype's size).
  template <typename T>
  std::vector<T> to_vector() const {
    std::vector<T> v(static_cast<size_t>(numel()));
    check(ignis_tensor_copy_to(h_, v.data(), v.size() * sizeof(T)));
    return v;
  }
  std::string str() const {
    char* s = nullptr;
    check(ignis_tensor_to_string(h_, &s));
    std::string r(s);
    ignis_string_free(s);
    return r;
  }
  double item() const {
    double v;
    check(ignis_tensor_item_double(h_, &v));
    return v;
  }
  int64_t item_int() const {
    int64_t v;
    check(ignis_tensor_item_int64(h_, &v));
    return v;
  }
  Tensor to(ignis_dtype dtype, ignis_device device = kCPU, bool copy = false) const {
    return wrap([&](ignis_tensor** o) { return ignis_tensor_to(h_, dtype, device, copy, o); });
  }
  Tensor contiguous() const {
    return wrap([&](ignis_tensor** o) { return ignis_tensor_contiguous(h_, o); });
  }
  Tensor clone() const {
    return wrap([&](ignis_tensor** o) { return ignis_tensor_clone(h_, o); });
  }
  Tensor detach() const {
    return wrap([&](ignis_tensor** o) { return ignis_tensor_detach(h_, o); });
  }
  Tensor reshape(const std::vector<int64_t>& shape) const {
    return wrap(
        [&](ignis_tensor** o) { return ignis_tensor_reshape(h_, shape.data(), shape.size(), o); });
  }

  bool requires_grad() const {
    int32_t r;
    check(ignis_tensor_requires_grad(h_, &r));
    return r != 0;
  }
  Tensor& set_requires_grad(bool r = true) {
    check(ignis_tensor_set_requires_grad(h_, r));
    return *this;
  }
  bool is_leaf() const {
    int32_t r;
    check(ignis_tensor_is_leaf(h_, &r));
    return r != 0;
  }
  void retain_grad() { check(ignis_tensor_retain_grad(h_)); }
  // The gradient, or an undefined Tensor.
  Tensor grad() const {
    return wrap([&](ignis_tensor** o) { return ignis_tensor_grad(h_, o); });
  }
  void backward(const Tensor& gradient = Tensor(), bool retain_graph = false,
                bool create_graph = false) const {
    check(ignis_tensor_backward(h_, gradient.h_, retain_graph, create_graph));
  }
  // Runs hook(grad) during backward; returning a Tensor replaces the gradient. An exception
  // thrown by the hook stops backward and reaches backward's caller as ignis::Error.
  void register_hook(GradHook hook) const;

  // One method per schema op (generated).
#define IGNIS_OPS_HPP_METHODS
#include "ignis/ops.hpp"
#undef IGNIS_OPS_HPP_METHODS

 private:
  template <typename F>
  static Tensor wrap(F&& f) {
    ignis_tensor* o = nullptr;
    check(f(&o));
    return adopt(o);
  }
  ignis_tensor* h_;
};

namespace detail {
inline std::vector<const ignis_tensor*> handles(const std::vector<Tensor>& ts) {
  std::vector<const ignis_tensor*> v;
  v.reserve(ts.size());
  for (const Tensor& t : ts) v.push_back(t.get());
  return v;
}
inline std::vector<Tensor> adopt_array(ignis_tensor** arr, size_t n) {
  std::vector<Tensor> v;
  v.reserve(n);
  for (size_t i = 0; i < n; ++i) v.push_back(Tensor::adopt(arr[i]));
  ignis_tensor_array_free(arr, 0);  // the references now live in v
  return v;
}
template <typename T>
struct DTypeOf;
template <>
struct DTypeOf<float> {
  static constexpr ignis_dtype value = IGNIS_FLOAT32;
};
template <>
struct DTypeOf<double> {
  static constexpr ignis_dtype value = IGNIS_FLOAT64;
};
template <>
struct DTypeOf<int64_t> {
  static constexpr ignis_dtype value = IGNIS_INT64;
};
template <>
struct DTypeOf<int32_t> {
  static constexpr ignis_dtype value = IGNIS_INT32;
};
template <>
struct DTypeOf<uint8_t> {
  static constexpr ignis_dtype value = IGNIS_UINT8;
};
template <>
struct DTypeOf<bool> {
  static constexpr ignis_dtype value = IGNIS_BOOL;
};
struct HookBox {
  GradHook fn;
};
inline ignis_status call_hook(const ignis_tensor* grad, ignis_tensor** replacement, void* ud) {
  try {
    std::optional<Tensor> r =
        static_cast<HookBox*>(ud)->fn(Tensor::borrow(const_cast<ignis_tensor*>(grad)));
    if (r && r->defined()) *replacement = Tensor(*r).release();
    return IGNIS_OK;
  } catch (const Error& e) {
    return ignis_set_last_error(e.status(), e.what());
  } catch (const std::exception& e) {
    return ignis_set_last_error(IGNIS_ERROR_INTERNAL, e.what());
  } catch (...) {
    return ignis_set_last_error(IGNIS_ERROR_INTERNAL, "gradient hook threw");
  }
}
inline void destroy_hook(void* ud) { delete static_cast<HookBox*>(ud); }
}  // namespace detail

template <typename T>
Tensor Tensor::from(const std::vector<T>& data, const std::vector<int64_t>& shape) {
  static_assert(!std::is_same_v<T, bool>, "use uint8_t data with .to(IGNIS_BOOL)");
  return wrap([&](ignis_tensor** o) {
    return ignis_tensor_from_data(data.data(), data.size() * sizeof(T), shape.data(), shape.size(),
                                  detail::DTypeOf<T>::value, o);
  });
}

inline void Tensor::register_hook(GradHook hook) const {
  ignis_grad_hook h{sizeof(ignis_grad_hook), &detail::call_hook,
                    new detail::HookBox{std::move(hook)}, &detail::destroy_hook};
  check(ignis_tensor_register_hook(h_, &h));  // destroy runs even on failure
}

// ---- factories
inline Tensor zeros(const std::vector<int64_t>& shape, ignis_dtype dtype = IGNIS_FLOAT32,
                    ignis_device device = kCPU) {
  ignis_tensor* o = nullptr;
  check(ignis_zeros(shape.data(), shape.size(), dtype, device, &o));
  return Tensor::adopt(o);
}
inline Tensor ones(const std::vector<int64_t>& shape, ignis_dtype dtype = IGNIS_FLOAT32,
                   ignis_device device = kCPU) {
  ignis_tensor* o = nullptr;
  check(ignis_ones(shape.data(), shape.size(), dtype, device, &o));
  return Tensor::adopt(o);
}
inline Tensor full(const std::vector<int64_t>& shape, Scalar value,
                   ignis_dtype dtype = IGNIS_FLOAT32, ignis_device device = kCPU) {
  ignis_tensor* o = nullptr;
  check(ignis_full(shape.data(), shape.size(), value.c(), dtype, device, &o));
  return Tensor::adopt(o);
}
inline Tensor arange(Scalar start, Scalar end, Scalar step = 1, ignis_dtype dtype = IGNIS_INT64,
                     ignis_device device = kCPU) {
  ignis_tensor* o = nullptr;
  check(ignis_arange(start.c(), end.c(), step.c(), dtype, device, &o));
  return Tensor::adopt(o);
}
inline Tensor randn(const std::vector<int64_t>& shape, ignis_dtype dtype = IGNIS_FLOAT32,
                    ignis_device device = kCPU) {
  ignis_tensor* o = nullptr;
  check(ignis_randn(shape.data(), shape.size(), dtype, device, nullptr, &o));
  return Tensor::adopt(o);
}

// Disables gradient recording on this thread for its scope.
class NoGradGuard {
 public:
  NoGradGuard() { ignis_grad_mode_set(0, &prev_); }
  ~NoGradGuard() { ignis_grad_mode_set(prev_, nullptr); }
  NoGradGuard(const NoGradGuard&) = delete;
  NoGradGuard& operator=(const NoGradGuard&) = delete;

 private:
  int32_t prev_ = 1;
};

// ---- one function per schema op (generated)
#include "ignis/ops.hpp"

// ---- nn, optim, data: owning wrappers of the object handles (copy = retain)
namespace detail {
template <typename H, H* (*Retain)(H*), void (*Release)(H*)>
class Handle {
 public:
  Handle() noexcept = default;
  Handle(const Handle& o) : h_(Retain(o.h_)) {}
  Handle(Handle&& o) noexcept : h_(std::exchange(o.h_, nullptr)) {}
  Handle& operator=(Handle o) noexcept {
    std::swap(h_, o.h_);
    return *this;
  }
  ~Handle() { Release(h_); }
  H* get() const noexcept { return h_; }
  bool defined() const noexcept { return h_ != nullptr; }

 protected:
  explicit Handle(H* h) noexcept : h_(h) {}
  H* h_ = nullptr;
};
inline std::string take_string(char* s) {
  std::string r = s ? s : "";
  ignis_string_free(s);
  return r;
}
inline std::vector<std::string> take_strings(char** s, size_t n) {
  std::vector<std::string> r(s, s + n);
  ignis_string_array_free(s, n);
  return r;
}
}  // namespace detail

// What a state-dict load found.
struct LoadReport {
  std::vector<std::string> missing_keys, unexpected_keys;
};

// A module (layer, container or loss) created by PyTorch class name and JSON options.
class Module : public detail::Handle<ignis_module, ignis_module_retain, ignis_module_release> {
 public:
  Module() = default;
  explicit Module(const std::string& type, const std::string& options_json = "{}") {
    check(ignis_module_create(type.c_str(), options_json.c_str(), &h_));
  }
  static Module adopt(ignis_module* h) {
    Module m;
    m.h_ = h;
    return m;
  }
  Tensor forward(const Tensor& x) const {
    ignis_tensor* o = nullptr;
    check(ignis_module_forward(h_, x.get(), &o));
    return Tensor::adopt(o);
  }
  Tensor operator()(const Tensor& x) const { return forward(x); }
  // Several tensors in and out (losses take {input, target}).
  std::vector<Tensor> forward(const std::vector<Tensor>& xs) const {
    auto hs = detail::handles(xs);
    ignis_tensor** outs = nullptr;
    size_t n = 0;
    check(ignis_module_forward_n(h_, hs.data(), hs.size(), &outs, &n));
    return detail::adopt_array(outs, n);
  }
  Tensor operator()(const Tensor& a, const Tensor& b) const { return forward({a, b}).at(0); }
  void train(bool on = true) { check(ignis_module_train(h_, on)); }
  void eval() { train(false); }
  bool is_training() const {
    int32_t r = 0;
    check(ignis_module_is_training(h_, &r));
    return r != 0;
  }
  void to(ignis_dtype dtype) { check(ignis_module_to_dtype(h_, dtype)); }
  void to(ignis_device device) { check(ignis_module_to_device(h_, device)); }
  void zero_grad(bool set_to_none = true) { check(ignis_module_zero_grad(h_, set_to_none)); }
  std::string repr() const {
    char* s = nullptr;
    check(ignis_module_repr(h_, &s));
    return detail::take_string(s);
  }
  // Appends to a Sequential / ModuleList; returns *this for chaining.
  Module& append(const Module& child) {
    check(ignis_module_append(h_, child.get()));
    return *this;
  }
  void add_child(const std::string& name, const Module& child) {
    check(ignis_module_add_child(h_, name.c_str(), child.get()));
  }
  std::vector<std::pair<std::string, Tensor>> named_parameters(bool recurse = true) const {
    return named(recurse, ignis_module_parameter_count, ignis_module_parameter);
  }
  std::vector<Tensor> parameters(bool recurse = true) const {
    std::vector<Tensor> v;
    for (auto& [n, t] : named_parameters(recurse)) v.push_back(t);
    return v;
  }
  std::vector<std::pair<std::string, Tensor>> named_buffers(bool recurse = true) const {
    return named(recurse, ignis_module_buffer_count, ignis_module_buffer);
  }
  void set_parameter(const std::string& name, const Tensor& t, bool requires_grad = true) {
    check(ignis_module_set_parameter(h_, name.c_str(), t.get(), requires_grad));
  }
  void save(const std::string& path) const { check(ignis_module_save(h_, path.c_str())); }
  LoadReport load(const std::string& path, bool strict = true) {
    ignis_load_report r{sizeof(ignis_load_report), nullptr, 0, nullptr, 0};
    check(ignis_module_load(h_, path.c_str(), strict, &r));
    LoadReport out{detail::take_strings(r.missing_keys, r.missing_count),
                   detail::take_strings(r.unexpected_keys, r.unexpected_count)};
    return out;
  }

 private:
  template <typename Count, typename Get>
  std::vector<std::pair<std::string, Tensor>> named(bool recurse, Count count, Get get) const {
    size_t n = 0;
    check(count(h_, recurse, &n));
    std::vector<std::pair<std::string, Tensor>> v;
    for (size_t i = 0; i < n; ++i) {
      char* name = nullptr;
      ignis_tensor* t = nullptr;
      check(get(h_, recurse, i, &name, &t));
      v.emplace_back(detail::take_string(name), Tensor::adopt(t));
    }
    return v;
  }
};

// An optimizer ("SGD", "Adam", ...) over parameters, with JSON options.
class Optimizer
    : public detail::Handle<ignis_optimizer, ignis_optimizer_retain, ignis_optimizer_release> {
 public:
  Optimizer() = default;
  Optimizer(const std::string& type, const std::vector<Tensor>& params,
            const std::string& options_json = "{}") {
    auto hs = detail::handles(params);
    check(ignis_optimizer_create(type.c_str(), hs.data(), hs.size(), options_json.c_str(), &h_));
  }
  void add_param_group(const std::vector<Tensor>& params, const std::string& options_json = "{}") {
    auto hs = detail::handles(params);
    check(ignis_optimizer_add_param_group(h_, hs.data(), hs.size(), options_json.c_str()));
  }
  void step() { check(ignis_optimizer_step(h_)); }
  void zero_grad(bool set_to_none = true) { check(ignis_optimizer_zero_grad(h_, set_to_none)); }
  double option(const std::string& name, size_t group = 0) const {
    double v = 0;
    check(ignis_optimizer_get_option(h_, group, name.c_str(), &v));
    return v;
  }
  void set_option(const std::string& name, double value, size_t group = 0) {
    check(ignis_optimizer_set_option(h_, group, name.c_str(), value));
  }
  void save(const std::string& path) const { check(ignis_optimizer_save(h_, path.c_str())); }
  void load(const std::string& path) { check(ignis_optimizer_load(h_, path.c_str())); }
};

// A learning-rate scheduler over an optimizer (which it keeps alive).
class Scheduler
    : public detail::Handle<ignis_scheduler, ignis_scheduler_retain, ignis_scheduler_release> {
 public:
  using Lambda = std::function<double(int64_t epoch, size_t group)>;
  Scheduler() = default;
  Scheduler(const std::string& type, const Optimizer& opt, const std::string& options_json = "{}") {
    check(ignis_scheduler_create(type.c_str(), opt.get(), options_json.c_str(), &h_));
  }
  // LambdaLR: lr = initial lr * fn(epoch, group); an exception in fn fails that step.
  static Scheduler lambda(const Optimizer& opt, Lambda fn) {
    ignis_lr_lambda cb{sizeof(ignis_lr_lambda), &call, new Lambda(std::move(fn)), &destroy};
    Scheduler s;
    check(ignis_scheduler_create_lambda(opt.get(), &cb, &s.h_));  // destroy runs on failure
    return s;
  }
  void step() { check(ignis_scheduler_step(h_)); }
  void step(double metric) { check(ignis_scheduler_step_metric(h_, metric)); }
  std::vector<double> last_lr() const {
    size_t n = 0;
    check(ignis_scheduler_get_last_lr(h_, nullptr, 0, &n));
    std::vector<double> v(n);
    check(ignis_scheduler_get_last_lr(h_, v.data(), v.size(), &n));
    return v;
  }

 private:
  static ignis_status call(int64_t epoch, size_t group, double* factor, void* ud) {
    try {
      *factor = (*static_cast<Lambda*>(ud))(epoch, group);
      return IGNIS_OK;
    } catch (const Error& e) {
      return ignis_set_last_error(e.status(), e.what());
    } catch (const std::exception& e) {
      return ignis_set_last_error(IGNIS_ERROR_INVALID_ARGUMENT, e.what());
    } catch (...) {
      return ignis_set_last_error(IGNIS_ERROR_INTERNAL, "LambdaLR callback threw");
    }
  }
  static void destroy(void* ud) { delete static_cast<Lambda*>(ud); }
};

// A dataset: examples are lists of tensors.
class Dataset : public detail::Handle<ignis_dataset, ignis_dataset_retain, ignis_dataset_release> {
 public:
  Dataset() = default;
  using Handle::get;
  static Dataset adopt(ignis_dataset* h) {
    Dataset d;
    d.h_ = h;
    return d;
  }
  static Dataset from_tensors(const std::vector<Tensor>& ts) {
    auto hs = detail::handles(ts);
    Dataset d;
    check(ignis_dataset_from_tensors(hs.data(), hs.size(), &d.h_));
    return d;
  }
  // Fashion-MNIST from root ("" = Debian's /usr/share/datasets/fashion-mnist).
  static Dataset fashion_mnist(bool train, const std::string& root = "") {
    Dataset d;
    check(ignis_dataset_fashion_mnist(root.empty() ? nullptr : root.c_str(), train, &d.h_));
    return d;
  }
  static Dataset csv(const std::string& path, const std::string& options_json) {
    Dataset d;
    check(ignis_dataset_csv(path.c_str(), options_json.c_str(), &d.h_));
    return d;
  }
  static Dataset image_folder(const std::string& root, const std::string& transforms_json = "") {
    Dataset d;
    check(ignis_dataset_image_folder(root.c_str(), transforms_json.c_str(), &d.h_));
    return d;
  }
  int64_t size() const {
    int64_t n = 0;
    check(ignis_dataset_size(h_, &n));
    return n;
  }
  std::vector<Tensor> get(int64_t i) const {
    ignis_tensor** ts = nullptr;
    size_t n = 0;
    check(ignis_dataset_get(h_, i, &ts, &n));
    return detail::adopt_array(ts, n);
  }
};

// Batches of a dataset; next() is empty at the end of each epoch.
class DataLoader
    : public detail::Handle<ignis_dataloader, ignis_dataloader_retain, ignis_dataloader_release> {
 public:
  DataLoader() = default;
  explicit DataLoader(const Dataset& ds, const std::string& options_json = "{}") {
    check(ignis_dataloader_create(ds.get(), options_json.c_str(), &h_));
  }
  std::optional<std::vector<Tensor>> next() {
    ignis_tensor** ts = nullptr;
    size_t n = 0;
    check(ignis_dataloader_next(h_, &ts, &n));
    if (!ts) return std::nullopt;
    return detail::adopt_array(ts, n);
  }
  void reset() { check(ignis_dataloader_reset(h_)); }
  int64_t size() const {
    int64_t n = 0;
    check(ignis_dataloader_length(h_, &n));
    return n;
  }
};

// Training checkpoints (checkpoint.h): the module and, when given, the optimizer in one file.
struct CheckpointLoadReport {
  std::vector<std::string> missing_keys, unexpected_keys;
  bool optimizer_loaded = false;
  std::vector<std::pair<std::string, std::string>> metadata;  // the caller's entries, "format"
};

inline void save_checkpoint(const std::string& path, const Module& module,
                            const Optimizer* optimizer = nullptr,
                            const std::vector<std::pair<std::string, std::string>>& metadata = {}) {
  std::vector<const char*> keys, values;
  for (const auto& [k, v] : metadata) {
    keys.push_back(k.c_str());
    values.push_back(v.c_str());
  }
  check(ignis_checkpoint_save(path.c_str(), module.get(), optimizer ? optimizer->get() : nullptr,
                              keys.data(), values.data(), keys.size()));
}

inline CheckpointLoadReport load_checkpoint(const std::string& path, Module& module,
                                            Optimizer* optimizer = nullptr, bool strict = true) {
  ignis_load_report r{sizeof(ignis_load_report), nullptr, 0, nullptr, 0};
  int32_t loaded = 0;
  char **mk = nullptr, **mv = nullptr;
  size_t nm = 0;
  check(ignis_checkpoint_load(path.c_str(), module.get(), optimizer ? optimizer->get() : nullptr,
                              strict, &r, &loaded, &mk, &mv, &nm));
  CheckpointLoadReport out;
  out.missing_keys = detail::take_strings(r.missing_keys, r.missing_count);
  out.unexpected_keys = detail::take_strings(r.unexpected_keys, r.unexpected_count);
  out.optimizer_loaded = loaded != 0;
  std::vector<std::string> keys = detail::take_strings(mk, nm),
                           values = detail::take_strings(mv, nm);
  for (size_t i = 0; i < nm; ++i) out.metadata.emplace_back(keys[i], values[i]);
  return out;
}

}  // namespace ignis

#endif  // IGNIS_IGNIS_HPP
