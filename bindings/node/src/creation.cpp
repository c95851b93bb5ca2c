// Module-level functions: tensors from TypedArrays, factories, seeds, threads and grad mode.
#include <cmath>
#include <optional>
#include <string>

#include "tensor.h"

namespace ignis_node {

namespace {

// The {dtype, device, requiresGrad, seed} options of a factory.
struct FactoryOptions {
  ignis_dtype dtype = IGNIS_FLOAT32;
  ignis_device device{IGNIS_CPU, 0};
  bool requires_grad = false;
  std::optional<uint64_t> seed;
};

FactoryOptions factory_options(Napi::Env env, const Napi::Value& v, ignis_dtype dflt) {
  FactoryOptions o;
  o.dtype = dflt;
  if (v.IsUndefined() || v.IsNull()) return o;
  if (!v.IsObject() || v.IsArray())
    throw_arg(env,
              "expected an options object {dtype, device, requiresGrad, seed}, got " + describe(v));
  Napi::Object obj = v.As<Napi::Object>();
  if (!obj.Get("dtype").IsUndefined()) o.dtype = parse_dtype(env, obj.Get("dtype"));
  if (!obj.Get("device").IsUndefined()) o.device = parse_device(env, obj.Get("device"));
  Napi::Value rg = obj.Get("requiresGrad");
  if (!rg.IsUndefined()) {
    if (!rg.IsBoolean()) throw_arg(env, "requiresGrad must be a boolean, got " + describe(rg));
    o.requires_grad = rg.As<Napi::Boolean>().Value();
  }
  Napi::Value seed = obj.Get("seed");
  if (!seed.IsUndefined()) {
    int64_t s = to_int64(env, seed, "seed");
    if (s < 0) throw_arg(env, "seed must be >= 0, got " + std::to_string(s));
    o.seed = static_cast<uint64_t>(s);
  }
  return o;
}

Napi::Value finish(Napi::Env env, ignis_status s, ignis_tensor*& out, const FactoryOptions& o) {
  check(env, s);
  Napi::Object t = Tensor::Wrap(env, out);
  if (o.requires_grad) check(env, ignis_tensor_set_requires_grad(out, 1));
  return t;
}

Napi::Value arg(const Napi::CallbackInfo& info, size_t i) {
  return i < info.Length() ? info[i] : info.Env().Undefined();
}

std::vector<int64_t> shape_arg(const Napi::CallbackInfo& info, size_t i) {
  if (!arg(info, i).IsArray())
    throw_arg(info.Env(), "expected a shape (an array of integers), got " + describe(arg(info, i)));
  std::vector<int64_t> s = to_int_list(info.Env(), info[i], "shape");
  for (int64_t d : s)
    if (d < 0) throw_arg(info.Env(), "shape sizes must be >= 0, got " + std::to_string(d));
  return s;
}

// The dtype a TypedArray's elements have (Uint8Array is uint8; pass 'bool' to reinterpret).
ignis_dtype typed_array_dtype(Napi::Env env, napi_typedarray_type t) {
  switch (t) {
  case napi_uint8_array:
    return IGNIS_UINT8;
  case napi_int8_array:
    return IGNIS_INT8;
  case napi_int16_array:
    return IGNIS_INT16;
  case napi_int32_array:
    return IGNIS_INT32;
  case napi_bigint64_array:
    return IGNIS_INT64;
  case napi_float32_array:
    return IGNIS_FLOAT32;
  case napi_float64_array:
    return IGNIS_FLOAT64;
  case napi_uint16_array:
    return IGNIS_FLOAT16;  // raw half bits; pass 'bfloat16' for those
  default:
    throw_arg(env, "unsupported TypedArray type (use Float32Array, Float64Array, Int32Array, "
                   "BigInt64Array, Int16Array, Int8Array or Uint8Array)");
  }
}

// fromTypedArray(array, shape?, dtype?): copies the elements into a new CPU tensor. shape
// defaults to [array.length]; dtype defaults to the array's own type and may only reinterpret
// elements of the same size (Uint8Array as 'bool', Uint16Array as 'bfloat16').
Napi::Value FromTypedArray(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (!arg(info, 0).IsTypedArray())
    throw_arg(env, "fromTypedArray expects a TypedArray, got " + describe(arg(info, 0)));
  Napi::TypedArray ta = info[0].As<Napi::TypedArray>();
  ignis_dtype dt = typed_array_dtype(env, ta.TypedArrayType());
  if (!arg(info, 2).IsUndefined()) {
    ignis_dtype want = parse_dtype(env, info[2]);
    if (ignis_dtype_itemsize(want) != ignis_dtype_itemsize(dt))
      throw_arg(env, std::string("dtype ") + dtype_name(want) + " does not match the " +
                         dtype_name(dt) + " elements of this TypedArray (convert with .to())");
    dt = want;
  }
  std::vector<int64_t> shape = arg(info, 1).IsUndefined()
                                   ? std::vector<int64_t>{static_cast<int64_t>(ta.ElementLength())}
                                   : shape_arg(info, 1);
  const auto* bytes = static_cast<const uint8_t*>(ta.ArrayBuffer().Data()) + ta.ByteOffset();
  ignis_tensor* out = nullptr;
  check(env, ignis_tensor_from_data(ta.ByteLength() ? bytes : nullptr, ta.ByteLength(),
                                    shape.data(), shape.size(), dt, &out));
  return Tensor::Wrap(env, out);
}

using ShapeFactory = ignis_status (*)(const int64_t*, size_t, ignis_dtype, ignis_device,
                                      ignis_tensor**);
template <ShapeFactory F>
Napi::Value ShapeFn(const Napi::CallbackInfo& info) {
  std::vector<int64_t> shape = shape_arg(info, 0);
  FactoryOptions o = factory_options(info.Env(), arg(info, 1), IGNIS_FLOAT32);
  ignis_tensor* out = nullptr;
  return finish(info.Env(), F(shape.data(), shape.size(), o.dtype, o.device, &out), out, o);
}

ignis_scalar scalar_of(Napi::Env env, const Napi::Value& v, const char* what) {
  if (v.IsBoolean()) return ignis_scalar_bool(v.As<Napi::Boolean>().Value());
  if (v.IsNumber()) {
    double d = v.As<Napi::Number>().DoubleValue();
    return d == std::trunc(d) && std::fabs(d) < 9.2e18 ? ignis_scalar_int(static_cast<int64_t>(d))
                                                       : ignis_scalar_float(d);
  }
  throw_arg(env, std::string("expected a number for ") + what + ", got " + describe(v));
}

Napi::Value Full(const Napi::CallbackInfo& info) {
  std::vector<int64_t> shape = shape_arg(info, 0);
  ignis_scalar value = scalar_of(info.Env(), arg(info, 1), "value");
  FactoryOptions o = factory_options(info.Env(), arg(info, 2), IGNIS_FLOAT32);
  ignis_tensor* out = nullptr;
  return finish(info.Env(), ignis_full(shape.data(), shape.size(), value, o.dtype, o.device, &out),
                out, o);
}

// arange(end), arange(start, end, step?) with an optional trailing options object; the default
// dtype is int64 when every bound is an integer (as in PyTorch), else float32.
Napi::Value Arange(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  std::vector<Napi::Value> nums;
  Napi::Value opts = env.Undefined();
  for (size_t i = 0; i < info.Length(); ++i) {
    if (info[i].IsObject())
      opts = info[i];
    else if (!info[i].IsUndefined())
      nums.push_back(info[i]);
  }
  if (nums.empty() || nums.size() > 3)
    throw_arg(env, "arange takes (end) or (start, end, step?), got " + std::to_string(nums.size()) +
                       " numbers");
  bool all_int = true;
  for (const auto& n : nums) {
    if (!n.IsNumber()) throw_arg(env, "arange bounds must be numbers, got " + describe(n));
    double d = n.As<Napi::Number>().DoubleValue();
    all_int = all_int && d == std::trunc(d);
  }
  ignis_scalar start = nums.size() == 1 ? ignis_scalar_int(0) : scalar_of(env, nums[0], "start");
  ignis_scalar end = scalar_of(env, nums.size() == 1 ? nums[0] : nums[1], "end");
  ignis_scalar step = nums.size() == 3 ? scalar_of(env, nums[2], "step") : ignis_scalar_int(1);
  FactoryOptions o = factory_options(env, opts, all_int ? IGNIS_INT64 : IGNIS_FLOAT32);
  ignis_tensor* out = nullptr;
  return finish(env, ignis_arange(start, end, step, o.dtype, o.device, &out), out, o);
}

double number_arg(const Napi::CallbackInfo& info, size_t i, const char* what) {
  if (!arg(info, i).IsNumber())
    throw_arg(info.Env(),
              std::string("expected a number for ") + what + ", got " + describe(arg(info, i)));
  return info[i].As<Napi::Number>().DoubleValue();
}

Napi::Value Linspace(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  double start = number_arg(info, 0, "start"), end = number_arg(info, 1, "end");
  int64_t steps = to_int64(env, arg(info, 2), "steps");
  FactoryOptions o = factory_options(env, arg(info, 3), IGNIS_FLOAT32);
  ignis_tensor* out = nullptr;
  return finish(env, ignis_linspace(start, end, steps, o.dtype, o.device, &out), out, o);
}

// eye(n), eye(n, m), eye(n, options), eye(n, m, options).
Napi::Value Eye(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  int64_t n = to_int64(env, arg(info, 0), "n");
  int64_t m = -1;
  size_t next = 1;
  if (arg(info, 1).IsNumber()) {
    m = to_int64(env, info[1], "m");
    next = 2;
  }
  FactoryOptions o = factory_options(env, arg(info, next), IGNIS_FLOAT32);
  ignis_tensor* out = nullptr;
  return finish(env, ignis_eye(n, m, o.dtype, o.device, &out), out, o);
}

using RandomFactory = ignis_status (*)(const int64_t*, size_t, ignis_dtype, ignis_device,
                                       const uint64_t*, ignis_tensor**);
template <RandomFactory F>
Napi::Value RandomFn(const Napi::CallbackInfo& info) {
  std::vector<int64_t> shape = shape_arg(info, 0);
  FactoryOptions o = factory_options(info.Env(), arg(info, 1), IGNIS_FLOAT32);
  ignis_tensor* out = nullptr;
  return finish(info.Env(),
                F(shape.data(), shape.size(), o.dtype, o.device, o.seed ? &*o.seed : nullptr, &out),
                out, o);
}

Napi::Value Randint(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  int64_t low = to_int64(env, arg(info, 0), "low"), high = to_int64(env, arg(info, 1), "high");
  std::vector<int64_t> shape = shape_arg(info, 2);
  FactoryOptions o = factory_options(env, arg(info, 3), IGNIS_INT64);
  ignis_tensor* out = nullptr;
  return finish(env,
                ignis_randint(low, high, shape.data(), shape.size(), o.dtype, o.device,
                              o.seed ? &*o.seed : nullptr, &out),
                out, o);
}

Napi::Value ManualSeed(const Napi::CallbackInfo& info) {
  int64_t s = to_int64(info.Env(), arg(info, 0), "seed");
  check(info.Env(), ignis_manual_seed(static_cast<uint64_t>(s)));
  return info.Env().Undefined();
}

Napi::Value SetNumThreads(const Napi::CallbackInfo& info) {
  check(info.Env(),
        ignis_set_num_threads(static_cast<int32_t>(to_int64(info.Env(), arg(info, 0), "n"))));
  return info.Env().Undefined();
}

Napi::Value GetNumThreads(const Napi::CallbackInfo& info) {
  return Napi::Number::New(info.Env(), ignis_get_num_threads());
}

// setGradEnabled(bool) -> the previous state (grad mode is per thread: the JS thread's).
Napi::Value SetGradEnabled(const Napi::CallbackInfo& info) {
  if (!arg(info, 0).IsBoolean())
    throw_arg(info.Env(), "setGradEnabled expects a boolean, got " + describe(arg(info, 0)));
  int32_t prev = 0;
  check(info.Env(), ignis_grad_mode_set(info[0].As<Napi::Boolean>().Value(), &prev));
  return Napi::Boolean::New(info.Env(), prev != 0);
}

Napi::Value IsGradEnabled(const Napi::CallbackInfo& info) {
  return Napi::Boolean::New(info.Env(), ignis_grad_mode_is_enabled() != 0);
}

Napi::Value CudaIsAvailable(const Napi::CallbackInfo& info) {
  return Napi::Boolean::New(info.Env(), ignis_cuda_is_available() != 0);
}

}  // namespace

void InitCreation(Napi::Env env, Napi::Object exports) {
  exports.Set("fromTypedArray", Napi::Function::New(env, FromTypedArray, "fromTypedArray"));
  exports.Set("empty", Napi::Function::New(env, ShapeFn<ignis_empty>, "empty"));
  exports.Set("zeros", Napi::Function::New(env, ShapeFn<ignis_zeros>, "zeros"));
  exports.Set("ones", Napi::Function::New(env, ShapeFn<ignis_ones>, "ones"));
  exports.Set("full", Napi::Function::New(env, Full, "full"));
  exports.Set("arange", Napi::Function::New(env, Arange, "arange"));
  exports.Set("linspace", Napi::Function::New(env, Linspace, "linspace"));
  exports.Set("eye", Napi::Function::New(env, Eye, "eye"));
  exports.Set("rand", Napi::Function::New(env, RandomFn<ignis_rand>, "rand"));
  exports.Set("randn", Napi::Function::New(env, RandomFn<ignis_randn>, "randn"));
  exports.Set("randint", Napi::Function::New(env, Randint, "randint"));
  exports.Set("manualSeed", Napi::Function::New(env, ManualSeed, "manualSeed"));
  exports.Set("setNumThreads", Napi::Function::New(env, SetNumThreads, "setNumThreads"));
  exports.Set("getNumThreads", Napi::Function::New(env, GetNumThreads, "getNumThreads"));
  exports.Set("setGradEnabled", Napi::Function::New(env, SetGradEnabled, "setGradEnabled"));
  exports.Set("isGradEnabled", Napi::Function::New(env, IsGradEnabled, "isGradEnabled"));
  exports.Set("cudaIsAvailable", Napi::Function::New(env, CudaIsAvailable, "cudaIsAvailable"));
}

}  // namespace ignis_node
