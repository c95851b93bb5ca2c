// tensor.h: handles, creation, geometry, data access, conversion and factories; and the argument
// conversions every C API source shares (glue.h).
#include "ignis/tensor.h"

#include <cstdlib>
#include <memory>

#include "capi/src/glue.h"
#include "ops/ops.gen.h"
#include "tensor/broadcast.h"
#include "tensor/generator.h"
#include "tensor/graph.h"

namespace ignis::capi {

std::vector<Tensor> tensor_list_arg(const char* fn, const char* name, const ignis_tensor* const* hs,
                                    size_t count) {
  if (count > 0) require(hs, fn, name);
  std::vector<Tensor> v;
  v.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    if (!hs[i]) IGNIS_FAIL(InvalidArgument, fn, ": ", name, "[", i, "] is NULL");
    v.emplace_back(Ref<TensorImpl>(impl(hs[i])));
  }
  return v;
}

Scalar scalar_arg(const char* fn, const char* name, ignis_scalar s) {
  switch (s.kind) {
  case IGNIS_SCALAR_BOOL:
    return Scalar(s.value.i != 0);
  case IGNIS_SCALAR_INT:
    return Scalar(s.value.i);
  case IGNIS_SCALAR_FLOAT:
    return Scalar(s.value.f);
  }
  IGNIS_FAIL(InvalidArgument, fn, ": scalar '", name, "' has an invalid kind ", s.kind,
             " (expected IGNIS_SCALAR_BOOL, _INT or _FLOAT)");
}

DType dtype_arg(const char* fn, const char* name, int64_t d) {
  IGNIS_CHECK(d >= 0 && d < kNumDTypes, DType, fn, ": '", name, "' is not a valid ignis_dtype (", d,
              ")");
  return static_cast<DType>(d);
}

Device device_arg(const char* fn, const char* name, ignis_device d) {
  IGNIS_CHECK(d.type == IGNIS_CPU || d.type == IGNIS_CUDA, Device, fn, ": '", name,
              "' has an invalid device type ", static_cast<int>(d.type));
  IGNIS_CHECK(d.index >= 0, Device, fn, ": '", name, "' has a negative device index ", d.index);
  if (d.type == IGNIS_CUDA)
    IGNIS_CHECK(cuda_is_available(), Device, fn, ": '", name,
                "' asks for CUDA, which is not available in this process");
  return Device(static_cast<DeviceType>(d.type), d.type == IGNIS_CPU ? 0 : d.index);
}

void leak_list(std::vector<Tensor>&& ts, ignis_tensor*** out, size_t* count) {
  auto** arr = static_cast<ignis_tensor**>(std::malloc(sizeof(ignis_tensor*) * (ts.size() + 1)));
  if (!arr) throw std::bad_alloc();
  for (size_t i = 0; i < ts.size(); ++i) arr[i] = leak(std::move(ts[i]));
  *out = arr;
  *count = ts.size();
}

namespace {

IntArrayRef shape_arg(const char* fn, const int64_t* shape, size_t ndim) {
  if (ndim > 0) require(shape, fn, "shape");
  IGNIS_CHECK(ndim <= 64, InvalidArgument, fn, ": expected at most 64 dims but got ", ndim);
  return IntArrayRef(shape, ndim);
}

TensorOptions options(const char* fn, ignis_dtype dtype, ignis_device device) {
  return {.dtype = dtype_arg(fn, "dtype", dtype), .device = device_arg(fn, "device", device)};
}

// Unless armed, the deleter of a from_blob storage does nothing: a storage destroyed while
// from_blob fails must not free memory the caller still owns.
struct BlobDeleter {
  ignis_deleter_fn fn;
  void* user_data;
  std::shared_ptr<bool> armed;
  void operator()(void* data) const {
    if (fn && *armed) fn(data, user_data);
  }
};

}  // namespace
}  // namespace ignis::capi

using namespace ignis;
using capi::Borrowed;
using capi::null_out;
using capi::require;

#define OUT_CHECK(fn)                                                                              \
  if (!out) return null_out(fn, "out");                                                            \
  *out = nullptr;

extern "C" {

IGNIS_API ignis_tensor* ignis_tensor_retain(ignis_tensor* t) {
  if (t) capi::impl(t)->retain();
  return t;
}

IGNIS_API void ignis_tensor_release(ignis_tensor* t) {
  if (t) capi::impl(t)->release();
}

IGNIS_API void ignis_tensor_array_free(ignis_tensor** tensors, size_t count) {
  if (!tensors) return;
  for (size_t i = 0; i < count; ++i) ignis_tensor_release(tensors[i]);
  std::free(tensors);
}

IGNIS_API ignis_status ignis_tensor_from_data(const void* data, size_t nbytes, const int64_t* shape,
                                              size_t ndim, ignis_dtype dtype, ignis_tensor** out) {
  constexpr const char* fn = "ignis_tensor_from_data";
  OUT_CHECK(fn)
  IGNIS_CAPI_TRY
  IntArrayRef sizes = capi::shape_arg(fn, shape, ndim);
  DType dt = capi::dtype_arg(fn, "dtype", dtype);
  int64_t numel = checked_numel(sizes, fn);
  IGNIS_CHECK(numel <= INT64_MAX / itemsize(dt), Shape, fn, ": shape ", shape_str(sizes),
              " of ", dtype_name(dt), " needs more than 2^63 bytes");
  auto want = static_cast<uint64_t>(numel) * static_cast<uint64_t>(itemsize(dt));
  IGNIS_CHECK(nbytes == want, InvalidArgument, fn, ": expected nbytes = numel * itemsize = ", want,
              " for shape ", shape_str(sizes), " of ", dtype_name(dt), " but got ", nbytes);
  if (want > 0) require(data, fn, "data");
  *out = capi::leak(from_data(data, sizes, dt));
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_tensor_from_blob(void* data, const int64_t* shape,
                                              const int64_t* strides, size_t ndim,
                                              ignis_dtype dtype, ignis_device device,
                                              ignis_deleter_fn deleter, void* user_data,
                                              ignis_tensor** out) {
  constexpr const char* fn = "ignis_tensor_from_blob";
  OUT_CHECK(fn)
  IGNIS_CAPI_TRY
  IntArrayRef sizes = capi::shape_arg(fn, shape, ndim);
  DType dt = capi::dtype_arg(fn, "dtype", dtype);
  Device dev = capi::device_arg(fn, "device", device);
  IntArrayRef st = strides ? IntArrayRef(strides, ndim) : IntArrayRef();
  auto armed = std::make_shared<bool>(false);
  Tensor t = from_blob(data, sizes, st, dt, dev, capi::BlobDeleter{deleter, user_data, armed});
  *armed = true;
  *out = capi::leak(std::move(t));
  IGNIS_CAPI_CATCH
}

IGNIS_API int64_t ignis_tensor_ndim(const ignis_tensor* t) {
  if (!t)
    return (capi::set_error(IGNIS_ERROR_INVALID_ARGUMENT, "ignis_tensor_ndim: t is NULL"), -1);
  return capi::impl(t)->dim();
}

IGNIS_API int64_t ignis_tensor_numel(const ignis_tensor* t) {
  if (!t)
    return (capi::set_error(IGNIS_ERROR_INVALID_ARGUMENT, "ignis_tensor_numel: t is NULL"), -1);
  return capi::impl(t)->numel();
}

namespace {
ignis_status copy_dims(const char* fn, const ignis_tensor* t,
                       IntArrayRef (TensorImpl::*get)() const, int64_t* out, size_t capacity) {
  IGNIS_CAPI_TRY
  require(t, fn, "t");
  IntArrayRef d = (capi::impl(t)->*get)();
  IGNIS_CHECK(capacity >= d.size(), InvalidArgument, fn, ": expected capacity >= ndim = ", d.size(),
              " but got ", capacity);
  if (!d.empty()) require(out, fn, "out");
  for (size_t i = 0; i < d.size(); ++i) out[i] = d[i];
  IGNIS_CAPI_CATCH
}
}  // namespace

IGNIS_API ignis_status ignis_tensor_shape(const ignis_tensor* t, int64_t* out, size_t capacity) {
  return copy_dims("ignis_tensor_shape", t, &TensorImpl::sizes, out, capacity);
}

IGNIS_API ignis_status ignis_tensor_strides(const ignis_tensor* t, int64_t* out, size_t capacity) {
  return copy_dims("ignis_tensor_strides", t, &TensorImpl::strides, out, capacity);
}

IGNIS_API ignis_status ignis_tensor_dtype(const ignis_tensor* t, ignis_dtype* out) {
  if (!out) return null_out("ignis_tensor_dtype", "out");
  IGNIS_CAPI_TRY
  require(t, "ignis_tensor_dtype", "t");
  *out = static_cast<ignis_dtype>(capi::impl(t)->dtype());
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_tensor_device(const ignis_tensor* t, ignis_device* out) {
  if (!out) return null_out("ignis_tensor_device", "out");
  IGNIS_CAPI_TRY
  require(t, "ignis_tensor_device", "t");
  Device d = capi::impl(t)->device();
  *out = ignis_device{static_cast<ignis_device_type>(d.type), d.index};
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_tensor_is_contiguous(const ignis_tensor* t, int32_t* out) {
  if (!out) return null_out("ignis_tensor_is_contiguous", "out");
  IGNIS_CAPI_TRY
  require(t, "ignis_tensor_is_contiguous", "t");
  *out = capi::impl(t)->is_contiguous() ? 1 : 0;
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_tensor_data(const ignis_tensor* t, void** out) {
  constexpr const char* fn = "ignis_tensor_data";
  OUT_CHECK(fn)
  IGNIS_CAPI_TRY
  require(t, fn, "t");
  TensorImpl* p = capi::impl(t);
  IGNIS_CHECK(p->device().is_cpu(), Device, fn, ": expected a CPU tensor but got one on ",
              p->device().str(), " (copy it with ignis_tensor_to or ignis_tensor_copy_to)");
  *out = p->data();
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_tensor_copy_to(const ignis_tensor* t, void* buffer, size_t nbytes) {
  constexpr const char* fn = "ignis_tensor_copy_to";
  IGNIS_CAPI_TRY
  require(t, fn, "t");
  Borrowed b(t);
  const Tensor& x = b;
  auto want = static_cast<uint64_t>(x.nbytes());
  IGNIS_CHECK(nbytes == want, InvalidArgument, fn,
              ": expected a buffer of numel * itemsize = ", want, " bytes for shape ",
              shape_str(x.sizes()), " of ", dtype_name(x.dtype()), " but got ", nbytes);
  if (want == 0) return IGNIS_OK;
  require(buffer, fn, "buffer");
  NoGradGuard no_grad;
  Tensor dst = from_blob(buffer, x.sizes(), {}, x.dtype(), kCPU);
  dst.copy_(x);
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_tensor_to_string(const ignis_tensor* t, char** out) {
  constexpr const char* fn = "ignis_tensor_to_string";
  OUT_CHECK(fn)
  IGNIS_CAPI_TRY
  require(t, fn, "t");
  std::string s = Borrowed(t).get().str();
  char* r = static_cast<char*>(std::malloc(s.size() + 1));
  if (!r) throw std::bad_alloc();
  std::memcpy(r, s.c_str(), s.size() + 1);
  *out = r;
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_tensor_item_double(const ignis_tensor* t, double* out) {
  if (!out) return null_out("ignis_tensor_item_double", "out");
  IGNIS_CAPI_TRY
  require(t, "ignis_tensor_item_double", "t");
  *out = Borrowed(t).get().item().to_double();
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_tensor_item_int64(const ignis_tensor* t, int64_t* out) {
  if (!out) return null_out("ignis_tensor_item_int64", "out");
  IGNIS_CAPI_TRY
  require(t, "ignis_tensor_item_int64", "t");
  Scalar s = Borrowed(t).get().item();
  if (s.is_floating()) {
    double d = s.to_double();
    IGNIS_CHECK(d == d && d >= -9.2233720368547758e18 && d < 9.2233720368547758e18, InvalidArgument,
                "ignis_tensor_item_int64: ", d, " does not fit in int64");
  }
  *out = s.to_int();
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_tensor_to(const ignis_tensor* t, ignis_dtype dtype,
                                       ignis_device device, int32_t copy, ignis_tensor** out) {
  constexpr const char* fn = "ignis_tensor_to";
  OUT_CHECK(fn)
  IGNIS_CAPI_TRY
  Borrowed b = capi::tensor_arg(fn, "t", t);
  DType dt = capi::dtype_arg(fn, "dtype", dtype);
  Device dev = capi::device_arg(fn, "device", device);
  const Tensor& x = b;
  Tensor r = x.to(dt, copy != 0 && x.device() == dev);
  r = r.to(dev);
  *out = capi::leak(std::move(r));
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_tensor_contiguous(const ignis_tensor* t, ignis_tensor** out) {
  OUT_CHECK("ignis_tensor_contiguous")
  IGNIS_CAPI_TRY
  *out = capi::leak(capi::tensor_arg("ignis_tensor_contiguous", "t", t).get().contiguous());
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_tensor_clone(const ignis_tensor* t, ignis_tensor** out) {
  OUT_CHECK("ignis_tensor_clone")
  IGNIS_CAPI_TRY
  *out = capi::leak(capi::tensor_arg("ignis_tensor_clone", "t", t).get().clone());
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_tensor_detach(const ignis_tensor* t, ignis_tensor** out) {
  OUT_CHECK("ignis_tensor_detach")
  IGNIS_CAPI_TRY
  *out = capi::leak(capi::tensor_arg("ignis_tensor_detach", "t", t).get().detach());
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_tensor_copy_(ignis_tensor* dst, const ignis_tensor* src) {
  IGNIS_CAPI_TRY
  Borrowed d(capi::tensor_arg_handle("ignis_tensor_copy_", "dst", dst));
  d.mut().copy_(capi::tensor_arg("ignis_tensor_copy_", "src", src));
  IGNIS_CAPI_CATCH
}

#define FACTORY(name, expr)                                                                        \
  IGNIS_API ignis_status ignis_##name(const int64_t* shape, size_t ndim, ignis_dtype dtype,        \
                                      ignis_device device, ignis_tensor** out) {                   \
    constexpr const char* fn = "ignis_" #name;                                                     \
    OUT_CHECK(fn)                                                                                  \
    IGNIS_CAPI_TRY                                                                                 \
    IntArrayRef sizes = capi::shape_arg(fn, shape, ndim);                                          \
    *out = capi::leak(expr(sizes, capi::options(fn, dtype, device)));                              \
    IGNIS_CAPI_CATCH                                                                               \
  }
FACTORY(empty, ignis::empty)
FACTORY(zeros, ignis::zeros)
FACTORY(ones, ignis::ones)
#undef FACTORY

IGNIS_API ignis_status ignis_full(const int64_t* shape, size_t ndim, ignis_scalar value,
                                  ignis_dtype dtype, ignis_device device, ignis_tensor** out) {
  constexpr const char* fn = "ignis_full";
  OUT_CHECK(fn)
  IGNIS_CAPI_TRY
  IntArrayRef sizes = capi::shape_arg(fn, shape, ndim);
  *out = capi::leak(
      full(sizes, capi::scalar_arg(fn, "value", value), capi::options(fn, dtype, device)));
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_arange(ignis_scalar start, ignis_scalar end, ignis_scalar step,
                                    ignis_dtype dtype, ignis_device device, ignis_tensor** out) {
  constexpr const char* fn = "ignis_arange";
  OUT_CHECK(fn)
  IGNIS_CAPI_TRY
  *out = capi::leak(arange(capi::scalar_arg(fn, "start", start), capi::scalar_arg(fn, "end", end),
                           capi::scalar_arg(fn, "step", step), capi::options(fn, dtype, device)));
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_linspace(double start, double end, int64_t steps, ignis_dtype dtype,
                                      ignis_device device, ignis_tensor** out) {
  constexpr const char* fn = "ignis_linspace";
  OUT_CHECK(fn)
  IGNIS_CAPI_TRY
  *out = capi::leak(linspace(start, end, steps, capi::options(fn, dtype, device)));
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_eye(int64_t n, int64_t m, ignis_dtype dtype, ignis_device device,
                                 ignis_tensor** out) {
  constexpr const char* fn = "ignis_eye";
  OUT_CHECK(fn)
  IGNIS_CAPI_TRY
  std::optional<int64_t> mm = m < 0 ? std::nullopt : std::optional<int64_t>(m);
  *out = capi::leak(eye(n, mm, capi::options(fn, dtype, device)));
  IGNIS_CAPI_CATCH
}

#define RANDOM(name, ...)                                                                          \
  constexpr const char* fn = "ignis_" #name;                                                       \
  OUT_CHECK(fn)                                                                                    \
  IGNIS_CAPI_TRY                                                                                   \
  IntArrayRef sizes = capi::shape_arg(fn, shape, ndim);                                            \
  TensorOptions opts = capi::options(fn, dtype, device);                                           \
  std::optional<Generator> local;                                                                  \
  if (seed) local.emplace(*seed);                                                                  \
  Generator* gen = seed ? &*local : nullptr;                                                       \
  *out = capi::leak(__VA_ARGS__);                                                                  \
  IGNIS_CAPI_CATCH

IGNIS_API ignis_status ignis_rand(const int64_t* shape, size_t ndim, ignis_dtype dtype,
                                  ignis_device device, const uint64_t* seed,
                                  ignis_tensor** out){RANDOM(rand, rand(sizes, gen, opts))}

IGNIS_API ignis_status
    ignis_randn(const int64_t* shape, size_t ndim, ignis_dtype dtype, ignis_device device,
                const uint64_t* seed, ignis_tensor** out){RANDOM(randn, randn(sizes, gen, opts))}

IGNIS_API ignis_status
    ignis_randint(int64_t low, int64_t high, const int64_t* shape, size_t ndim, ignis_dtype dtype,
                  ignis_device device, const uint64_t* seed, ignis_tensor** out) {
  RANDOM(randint, randint(low, high, sizes, gen, opts))
}
#undef RANDOM

}  // extern "C"
