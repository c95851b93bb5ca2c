// Ignis: header-only C++17 RAII wrappers over the C API (what the Python and Node bindings use).
// ignis::Tensor owns one reference (copy = retain, destructor = release); every failing call
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

}  // namespace ignis

#endif  // IGNIS_IGNIS_HPP
