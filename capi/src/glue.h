// What every C API source shares: handle <-> Tensor conversion without refcount traffic, argument
// checks and conversions, the exception -> status mapping and the thread-local error message.
#pragma once

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ignis/ops.h"
#include "tensor/tensor.h"

namespace ignis::capi {

// An ignis_tensor* is a TensorImpl* whose reference count the C caller holds.
inline TensorImpl* impl(const ignis_tensor* h) {
  return reinterpret_cast<TensorImpl*>(const_cast<ignis_tensor*>(h));
}
inline ignis_tensor* handle(TensorImpl* p) { return reinterpret_cast<ignis_tensor*>(p); }

// Hands t's reference to the C caller.
inline ignis_tensor* leak(Tensor&& t) {
  Ref<TensorImpl> r = std::move(const_cast<Ref<TensorImpl>&>(t.impl_ref()));
  return handle(r.leak());
}
// A new reference for the C caller (t stays valid).
inline ignis_tensor* leak_copy(const Tensor& t) { return leak(Tensor(t)); }

// A Tensor viewing a caller's handle for the length of a call, without retain/release: the
// Tensor adopts the caller's reference and is never destroyed, so the count is untouched.
class Borrowed {
 public:
  explicit Borrowed(const ignis_tensor* h) { new (&t_) Tensor(Ref<TensorImpl>::adopt(impl(h))); }
  ~Borrowed() {}
  Borrowed(const Borrowed&) = delete;
  Borrowed& operator=(const Borrowed&) = delete;
  operator const Tensor&() const { return t_; }
  const Tensor& get() const { return t_; }
  Tensor& mut() { return t_; }

 private:
  union {
    Tensor t_;
  };
};

// Sets this thread's message; returns status.
ignis_status set_error(ignis_status status, std::string msg);
// Maps the exception in flight to a status and sets the message (call inside catch (...)).
ignis_status handle_exception() noexcept;
// "fn: out-pointer 'name' is NULL" as an invalid-argument status.
ignis_status null_out(const char* fn, const char* name);

// Throws InvalidArgumentError "fn: argument 'name' is NULL" unless p.
inline void require(const void* p, const char* fn, const char* name) {
  if (!p) IGNIS_FAIL(InvalidArgument, fn, ": argument '", name, "' is NULL");
}

inline const ignis_tensor* tensor_arg_handle(const char* fn, const char* name,
                                             const ignis_tensor* h) {
  require(h, fn, name);
  return h;
}
inline ignis_tensor* tensor_arg_handle(const char* fn, const char* name, ignis_tensor* h) {
  require(h, fn, name);
  return h;
}
// A required tensor argument (a NULL handle throws).
inline Borrowed tensor_arg(const char* fn, const char* name, const ignis_tensor* h) {
  require(h, fn, name);
  return Borrowed(h);
}
inline std::optional<Tensor> opt_tensor_arg(const ignis_tensor* h) {
  if (!h) return std::nullopt;
  return Tensor(Ref<TensorImpl>(impl(h)));
}
std::vector<Tensor> tensor_list_arg(const char* fn, const char* name, const ignis_tensor* const* hs,
                                    size_t count);
inline IntArrayRef int_list_arg(const char* fn, const char* name, const int64_t* p, size_t n) {
  if (n > 0) require(p, fn, name);
  return IntArrayRef(p, n);
}
inline OptIntArrayRef opt_int_list_arg(const char* fn, const char* name, const int64_t* p,
                                       size_t n) {
  if (!p) return OptIntArrayRef();
  return OptIntArrayRef(IntArrayRef(p, n));
}
template <typename T>
std::optional<T> opt(const T* p) {
  return p ? std::optional<T>(*p) : std::nullopt;
}
inline std::optional<bool> opt_bool(const int32_t* p) {
  return p ? std::optional<bool>(*p != 0) : std::nullopt;
}
Scalar scalar_arg(const char* fn, const char* name, ignis_scalar s);
inline std::optional<Scalar> opt_scalar_arg(const char* fn, const char* name,
                                            const ignis_scalar* s) {
  return s ? std::optional<Scalar>(scalar_arg(fn, name, *s)) : std::nullopt;
}
DType dtype_arg(const char* fn, const char* name, int64_t d);
inline std::optional<DType> opt_dtype_arg(const char* fn, const char* name, const ignis_dtype* d) {
  return d ? std::optional<DType>(dtype_arg(fn, name, *d)) : std::nullopt;
}
Device device_arg(const char* fn, const char* name, ignis_device d);
inline std::string_view str_arg(const char* fn, const char* name, const char* s) {
  require(s, fn, name);
  return s;
}
inline std::optional<std::string_view> opt_str_arg(const char* s) {
  return s ? std::optional<std::string_view>(s) : std::nullopt;
}
// Returns a Tensor[] result as a malloc'ed array of new references.
void leak_list(std::vector<Tensor>&& ts, ignis_tensor*** out, size_t* count);

// The dynamic call's argument readers (ops.gen.cpp) and its table.
namespace dyn {
inline bool present(const ignis_value* a, size_t n, size_t i) {
  return i < n && a[i].kind != IGNIS_VALUE_NONE;
}
const ignis_value& required(const ignis_value* a, size_t n, size_t i, const char* fn,
                            const char* name);
Tensor get_tensor(const ignis_value& v, const char* fn, const char* name);
std::vector<Tensor> get_tensor_list(const ignis_value& v, const char* fn, const char* name);
int64_t get_int(const ignis_value& v, const char* fn, const char* name);
std::vector<int64_t> get_int_list(const ignis_value& v, const char* fn, const char* name);
double get_float(const ignis_value& v, const char* fn, const char* name);
bool get_bool(const ignis_value& v, const char* fn, const char* name);
Scalar get_scalar(const ignis_value& v, const char* fn, const char* name);
DType get_dtype(const ignis_value& v, const char* fn, const char* name);
Device get_device(const ignis_value& v, const char* fn, const char* name);
std::string get_str(const ignis_value& v, const char* fn, const char* name);
}  // namespace dyn

struct OpArg {
  const char* name;
  const char* type;
  int32_t kind, optional, has_default, kwonly;
};
struct OpEntry {
  const char* name;
  const char* schema;
  const char* doc;
  const OpArg* args;
  size_t num_args;
  int32_t num_returns, inplace;
  void (*call)(const ignis_value* args, size_t n, std::vector<Tensor>& outs);
};
extern const OpEntry kOps[];
extern const size_t kNumOps;

}  // namespace ignis::capi

// Wraps a C API body: exceptions become a status and this thread's message.
#define IGNIS_CAPI_TRY try {
#define IGNIS_CAPI_CATCH                                                                           \
  }                                                                                                \
  catch (...) {                                                                                    \
    return ::ignis::capi::handle_exception();                                                      \
  }                                                                                                \
  return IGNIS_OK;
