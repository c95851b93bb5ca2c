// Factories: empty, zeros, ones, full, arange, linspace, eye, from_data, from_blob, *_like.
#include <cmath>
#include <cstring>

#include "kernels/copy.h"
#include "tensor/broadcast.h"

namespace ignis {
namespace {

Tensor finish(Tensor t, const TensorOptions& opts) {
  if (opts.requires_grad) t.set_requires_grad(true);
  return t;
}

// Elements a (sizes, strides) view reaches, i.e. the storage it needs.
int64_t storage_extent(IntArrayRef sizes, IntArrayRef strides, const char* op) {
  int64_t n = checked_numel(sizes, op);
  if (n == 0) return 0;
  int64_t last = 0;
  for (size_t i = 0; i < sizes.size(); ++i) {
    IGNIS_CHECK(strides[i] >= 0, InvalidArgument, op, ": expected non-negative strides but got ",
                shape_str(strides));
    last += (sizes[i] - 1) * strides[i];
  }
  return last + 1;
}

}  // namespace

Tensor empty(IntArrayRef sizes, TensorOptions opts) {
  DType dt = opts.dtype.value_or(default_float_dtype());
  int64_t n = checked_numel(sizes, "empty");
  int64_t nbytes;
  IGNIS_CHECK(!__builtin_mul_overflow(n, itemsize(dt), &nbytes), Shape,
              "empty: the byte size overflows int64 for shape ", shape_str(sizes));
  auto storage = make_ref<Storage>(static_cast<size_t>(nbytes), opts.dev());
  return finish(make_tensor(std::move(storage), dt, sizes, contiguous_strides(sizes), 0), opts);
}

Tensor empty_strided(IntArrayRef sizes, IntArrayRef strides, TensorOptions opts) {
  IGNIS_CHECK(sizes.size() == strides.size(), Shape,
              "empty_strided: expected as many strides as sizes but got ", strides.size(),
              " strides for ", sizes.size(), " sizes");
  DType dt = opts.dtype.value_or(default_float_dtype());
  int64_t extent = storage_extent(sizes, strides, "empty_strided");
  auto storage = make_ref<Storage>(static_cast<size_t>(extent * itemsize(dt)), opts.dev());
  return finish(make_tensor(std::move(storage), dt, sizes, strides, 0), opts);
}

Tensor zeros(IntArrayRef sizes, TensorOptions opts) {
  return full(sizes, 0,
              {.dtype = opts.dtype.value_or(default_float_dtype()),
               .device = opts.device,
               .requires_grad = opts.requires_grad});
}

Tensor ones(IntArrayRef sizes, TensorOptions opts) {
  return full(sizes, 1,
              {.dtype = opts.dtype.value_or(default_float_dtype()),
               .device = opts.device,
               .requires_grad = opts.requires_grad});
}

Tensor full(IntArrayRef sizes, const Scalar& value, TensorOptions opts) {
  // Like torch.full: the dtype follows the fill value unless given.
  DType dt = opts.dtype.value_or(value.is_floating() ? default_float_dtype() : value.kind());
  Tensor t = empty(sizes, {.dtype = dt, .device = opts.device});
  t.fill_(value);
  return finish(t, opts);
}

Tensor arange(const Scalar& end, TensorOptions opts) { return arange(0, end, 1, opts); }

Tensor arange(const Scalar& start, const Scalar& end, const Scalar& step, TensorOptions opts) {
  bool floating = start.is_floating() || end.is_floating() || step.is_floating();
  DType dt = opts.dtype.value_or(floating ? default_float_dtype() : DType::I64);
  double s = start.to_double(), e = end.to_double(), st = step.to_double();
  IGNIS_CHECK(std::isfinite(s) && std::isfinite(e), InvalidArgument,
              "arange: expected finite start and end but got ", start, " and ", end);
  IGNIS_CHECK(st != 0.0, InvalidArgument, "arange: expected a nonzero step but got 0");
  IGNIS_CHECK((st > 0 && e >= s) || (st < 0 && e <= s), InvalidArgument,
              "arange: upper bound and larger bound inconsistent with step sign (start=", start,
              ", end=", end, ", step=", step, ")");
  double count = floating ? std::ceil((e - s) / st)
                          : std::ceil(static_cast<double>(end.to_int() - start.to_int()) /
                                      static_cast<double>(step.to_int()));
  IGNIS_CHECK(count < 9.2e18, Shape, "arange: too many elements (", count, ")");
  int64_t n = static_cast<int64_t>(count);
  Tensor t = empty(std::vector<int64_t>{n}, {.dtype = dt, .device = opts.device});
  if (n > 0) kernel(arange_kernel, "arange", opts.dev())(t, start, step);
  return finish(t, opts);
}

Tensor linspace(double start, double end, int64_t steps, TensorOptions opts) {
  IGNIS_CHECK(steps >= 0, InvalidArgument,
              "linspace: expected a non-negative number of steps but got ", steps);
  Tensor t = empty(std::vector<int64_t>{steps},
                   {.dtype = opts.dtype.value_or(default_float_dtype()), .device = opts.device});
  if (steps > 0) kernel(linspace_kernel, "linspace", opts.dev())(t, start, end);
  return finish(t, opts);
}

Tensor eye(int64_t n, std::optional<int64_t> m, TensorOptions opts) {
  int64_t cols = m.value_or(n);
  IGNIS_CHECK(n >= 0 && cols >= 0, InvalidArgument,
              "eye: expected non-negative sizes but got n=", n, ", m=", cols);
  Tensor t = zeros(std::vector<int64_t>{n, cols},
                   {.dtype = opts.dtype.value_or(default_float_dtype()), .device = opts.device});
  t.diagonal().fill_(1);
  return finish(t, opts);
}

Tensor from_data(const void* data, IntArrayRef sizes, DType dtype, TensorOptions opts) {
  Tensor t = empty(sizes, {.dtype = dtype});
  if (t.numel() > 0) {
    IGNIS_CHECK(data != nullptr, InvalidArgument,
                "from_data: expected a data pointer but got null");
    std::memcpy(t.data_ptr(), data, static_cast<size_t>(t.nbytes()));
  }
  if (opts.dtype && *opts.dtype != dtype) t = t.to(*opts.dtype);
  if (opts.dev() != kCPU) t = t.to(opts.dev());
  return finish(t, opts);
}

Tensor from_blob(void* data, IntArrayRef sizes, IntArrayRef strides, DType dtype, Device device,
                 std::function<void(void*)> deleter) {
  DimVector st = strides.empty() && !sizes.empty() ? contiguous_strides(sizes) : DimVector(strides);
  IGNIS_CHECK(st.size() == sizes.size(), Shape,
              "from_blob: expected as many strides as sizes but got ", st.size(), " strides for ",
              sizes.size(), " sizes");
  int64_t extent = storage_extent(sizes, st, "from_blob");
  IGNIS_CHECK(data != nullptr || extent == 0, InvalidArgument,
              "from_blob: expected a data pointer but got null");
  auto storage = make_ref<Storage>(data, static_cast<size_t>(extent * itemsize(dtype)), device,
                                   std::move(deleter));
  return make_tensor(std::move(storage), dtype, sizes, st, 0);
}

TensorOptions like_options(const Tensor& like, TensorOptions opts) {
  if (!opts.dtype) opts.dtype = like.dtype();
  if (!opts.device) opts.device = like.device();
  return opts;
}

Tensor empty_like(const Tensor& t, TensorOptions opts) {
  return empty(t.sizes(), like_options(t, opts));
}
Tensor zeros_like(const Tensor& t, TensorOptions opts) {
  return zeros(t.sizes(), like_options(t, opts));
}
Tensor ones_like(const Tensor& t, TensorOptions opts) {
  return ones(t.sizes(), like_options(t, opts));
}
Tensor full_like(const Tensor& t, const Scalar& value, TensorOptions opts) {
  return full(t.sizes(), value, like_options(t, opts));
}

}  // namespace ignis
