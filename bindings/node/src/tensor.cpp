// The JS Tensor class (see tensor.h): geometry, data out (zero-copy where possible), printing,
// autograd members and the common views.
#include "tensor.h"

#include <vector>

#include "fast_ops.h"
#include "op_table.h"

namespace ignis_node {

namespace {

// One owned handle, for the common "call, then wrap *out" pattern (out by reference: it is
// read after the call that fills it, whatever the order arguments are evaluated in).
Napi::Value wrap_result(Napi::Env env, ignis_status s, ignis_tensor*& out) {
  check(env, s);
  return Tensor::Wrap(env, out);
}

// Shape-like arguments: f(2, 3) or f([2, 3]).
std::vector<int64_t> dims_from_args(const Napi::CallbackInfo& info, const char* what) {
  if (info.Length() == 1 && info[0].IsArray()) return to_int_list(info.Env(), info[0], what);
  std::vector<int64_t> out;
  for (size_t i = 0; i < info.Length(); ++i) out.push_back(to_int64(info.Env(), info[i], what));
  return out;
}

bool truthy_option(const Napi::Value& opts, const char* key) {
  if (!opts.IsObject()) return false;
  Napi::Value v = opts.As<Napi::Object>().Get(key);
  return v.IsBoolean() && v.As<Napi::Boolean>().Value();
}

}  // namespace

Napi::Function Tensor::Init(Napi::Env env, AddonData* data) {
  std::vector<PropertyDescriptor> props = {
      InstanceAccessor<&Tensor::Shape>("shape"),
      InstanceAccessor<&Tensor::DType>("dtype"),
      InstanceAccessor<&Tensor::Device>("device"),
      InstanceAccessor<&Tensor::NDim>("ndim"),
      InstanceAccessor<&Tensor::Numel>("numel"),
      InstanceAccessor<&Tensor::IsDisposed>("isDisposed"),
      InstanceAccessor<&Tensor::RequiresGrad, &Tensor::SetRequiresGrad>("requiresGrad"),
      InstanceAccessor<&Tensor::Grad, &Tensor::SetGrad>("grad"),
      InstanceAccessor<&Tensor::IsLeaf>("isLeaf"),
      InstanceMethod<&Tensor::IsContiguous>("isContiguous"),
      InstanceMethod<&Tensor::Data>("data"),
      InstanceMethod<&Tensor::Data>("toTypedArray"),
      InstanceMethod<&Tensor::Item>("item"),
      InstanceMethod<&Tensor::ToString>("toString"),
      InstanceMethod<&Tensor::Dispose>("dispose"),
      InstanceMethod<&Tensor::RetainGrad>("retainGrad"),
      InstanceMethod<&Tensor::Backward>("backward"),
      InstanceMethod<&Tensor::Detach>("detach"),
      InstanceMethod<&Tensor::Clone>("clone"),
      InstanceMethod<&Tensor::Contiguous>("contiguous"),
      InstanceMethod<&Tensor::To>("to"),
      InstanceMethod<&Tensor::Reshape>("reshape"),
      InstanceMethod<&Tensor::View>("view"),
      InstanceMethod<&Tensor::Transpose>("transpose"),
      InstanceMethod<&Tensor::Permute>("permute"),
      InstanceMethod<&Tensor::Squeeze>("squeeze"),
      InstanceMethod<&Tensor::Unsqueeze>("unsqueeze"),
      InstanceMethod<&Tensor::Flatten>("flatten"),
      InstanceMethod<&Tensor::Expand>("expand"),
      InstanceMethod<&Tensor::Select>("select"),
  };
  for (size_t i = 0; i < kOpGroupCount; ++i) {
    const OpGroup& g = kOpGroups[i];
    if (!g.method) continue;
    if (const FastOp* f = find_fast_op(g.js_name))
      props.push_back(InstanceMethod(g.js_name, &Tensor::FastOpMethod, napi_default_method,
                                     const_cast<FastOp*>(f)));
    else
      props.push_back(InstanceMethod(g.js_name, &Tensor::OpMethod, napi_default_method,
                                     const_cast<OpGroup*>(&g)));
  }
  Napi::Function ctor = DefineClass(env, "Tensor", props);
  data->tensor_ctor = Napi::Persistent(ctor);
  data->tensor_prototype = Napi::Persistent(ctor.Get("prototype").As<Napi::Object>());
  return ctor;
}

// Wrap hands the handle over through AddonData::pending_tensor rather than an External argument:
// one JS object (and its weak callback) less per tensor, which is most of what a small op costs.
// A constructor call with nothing pending is user code calling `new Tensor()`.
Tensor::Tensor(const Napi::CallbackInfo& info) : Napi::ObjectWrap<Tensor>(info) {
  AddonData* data = info.Env().GetInstanceData<AddonData>();
  if (info.Length() != 0 || !data->pending_tensor)
    throw_arg(info.Env(), "Tensor cannot be constructed directly; use ignis.tensor(), "
                          "ignis.fromTypedArray() or a factory such as ignis.zeros()");
  h_ = data->pending_tensor;
  data->pending_tensor = nullptr;
  if (!data->tidy_scopes.empty())
    data->tidy_scopes.back().push_back(Napi::Weak(info.This().As<Napi::Object>()));
}

// (napi_new_instance directly: FunctionReference::New adds an escapable handle scope the
// caller's scope makes unnecessary.)
Napi::Object Tensor::Wrap(Napi::Env env, ignis_tensor* h) {
  AddonData* data = env.GetInstanceData<AddonData>();
  data->pending_tensor = h;
  napi_value ctor = nullptr, obj = nullptr;
  napi_status s = napi_get_reference_value(env, data->tensor_ctor, &ctor);
  if (s == napi_ok) s = napi_new_instance(env, ctor, 0, nullptr, &obj);
  if (s != napi_ok) {
    // Still pending: the constructor never took the handle, so it is still ours to release.
    if (data->pending_tensor == h) {
      data->pending_tensor = nullptr;
      ignis_tensor_release(h);
    }
    throw Napi::Error::New(env);
  }
  return Napi::Object(env, obj);
}

// A Tensor's prototype is Tensor.prototype (the constructor cannot be called for a subclass
// instance), so comparing prototypes answers at once for every real Tensor; anything else
// (another prototype, Object.create(Tensor.prototype)) takes the instanceof-and-unwrap path,
// which defines the answer.
Tensor* Tensor::Of(Napi::Env env, const Napi::Value& v) {
  napi_valuetype type;
  if (napi_typeof(env, v, &type) != napi_ok) return nullptr;
  AddonData* data = env.GetInstanceData<AddonData>();
  if (type == napi_object) {
    napi_value proto = nullptr, tensor_proto = nullptr;
    bool same = false;
    if (napi_get_prototype(env, v, &proto) == napi_ok &&
        napi_get_reference_value(env, data->tensor_prototype, &tensor_proto) == napi_ok &&
        napi_strict_equals(env, proto, tensor_proto, &same) == napi_ok && same) {
      void* p = nullptr;
      if (napi_unwrap(env, v, &p) == napi_ok && p)
        return static_cast<Tensor*>(static_cast<Napi::ObjectWrap<Tensor>*>(p));
    }
  } else if (type != napi_function) {
    return nullptr;
  }
  Napi::Object o = v.As<Napi::Object>();
  if (!o.InstanceOf(data->tensor_ctor.Value())) return nullptr;
  try {
    return Tensor::Unwrap(o);
  } catch (const Napi::Error&) {
    return nullptr;  // Object.create(Tensor.prototype): a Tensor by prototype only
  }
}

ignis_tensor* Tensor::Handle(Napi::Env env, const Napi::Value& v, const char* what) {
  Tensor* t = Of(env, v);
  if (!t) throw_arg(env, std::string("expected a Tensor for ") + what + ", got " + describe(v));
  return t->handle(env);
}

ignis_tensor* Tensor::handle(Napi::Env env) const {
  if (!h_) throw_arg(env, "the tensor has been disposed (dispose() was called on it)");
  return h_;
}

Napi::Value Tensor::Shape(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  ignis_tensor* h = handle(env);
  std::vector<int64_t> shape(static_cast<size_t>(ignis_tensor_ndim(h)));
  check(env, ignis_tensor_shape(h, shape.data(), shape.size()));
  Napi::Array a = Napi::Array::New(env, shape.size());
  for (size_t i = 0; i < shape.size(); ++i)
    a.Set(static_cast<uint32_t>(i), Napi::Number::New(env, static_cast<double>(shape[i])));
  return a;
}

Napi::Value Tensor::DType(const Napi::CallbackInfo& info) {
  ignis_dtype d;
  check(info.Env(), ignis_tensor_dtype(handle(info.Env()), &d));
  return Napi::String::New(info.Env(), dtype_name(d));
}

Napi::Value Tensor::Device(const Napi::CallbackInfo& info) {
  ignis_device d;
  check(info.Env(), ignis_tensor_device(handle(info.Env()), &d));
  return Napi::String::New(info.Env(), device_name(d));
}

Napi::Value Tensor::NDim(const Napi::CallbackInfo& info) {
  return Napi::Number::New(info.Env(), static_cast<double>(ignis_tensor_ndim(handle(info.Env()))));
}

Napi::Value Tensor::Numel(const Napi::CallbackInfo& info) {
  return Napi::Number::New(info.Env(), static_cast<double>(ignis_tensor_numel(handle(info.Env()))));
}

Napi::Value Tensor::IsDisposed(const Napi::CallbackInfo& info) {
  return Napi::Boolean::New(info.Env(), h_ == nullptr);
}

Napi::Value Tensor::IsContiguous(const Napi::CallbackInfo& info) {
  int32_t c = 0;
  check(info.Env(), ignis_tensor_is_contiguous(handle(info.Env()), &c));
  return Napi::Boolean::New(info.Env(), c != 0);
}

// The TypedArray type that holds dtype's elements (raw bits for the 16-bit floats).
static napi_typedarray_type typed_array_type(ignis_dtype d) {
  switch (d) {
  case IGNIS_BOOL:
  case IGNIS_UINT8:
    return napi_uint8_array;
  case IGNIS_INT8:
    return napi_int8_array;
  case IGNIS_INT16:
    return napi_int16_array;
  case IGNIS_INT32:
    return napi_int32_array;
  case IGNIS_INT64:
    return napi_bigint64_array;
  case IGNIS_FLOAT16:
  case IGNIS_BFLOAT16:
    return napi_uint16_array;
  case IGNIS_FLOAT32:
    return napi_float32_array;
  default:
    return napi_float64_array;
  }
}

Napi::Value Tensor::Data(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  ignis_tensor* h = handle(env);
  ignis_dtype dt;
  ignis_device dev;
  int32_t contiguous = 0;
  check(env, ignis_tensor_dtype(h, &dt));
  check(env, ignis_tensor_device(h, &dev));
  check(env, ignis_tensor_is_contiguous(h, &contiguous));
  const size_t numel = static_cast<size_t>(ignis_tensor_numel(h));
  const size_t nbytes = numel * ignis_dtype_itemsize(dt);
  Napi::ArrayBuffer buf;
  bool viewed = false;
  if (dev.type == IGNIS_CPU && contiguous && numel > 0) {
    // Zero-copy: an external buffer over the tensor's memory; it holds its own reference, so
    // the memory outlives both dispose() and the Tensor object as long as the buffer lives.
    void* ptr = nullptr;
    check(env, ignis_tensor_data(h, &ptr));
    ignis_tensor* ref = ignis_tensor_retain(h);
    try {
      buf = Napi::ArrayBuffer::New(
          env, ptr, nbytes, [](Napi::Env, void*, ignis_tensor* t) { ignis_tensor_release(t); },
          ref);
      viewed = true;
    } catch (const Napi::Error&) {
      ignis_tensor_release(ref);  // runtimes without external buffers (Electron): copy below
    }
  }
  if (!viewed) {
    buf = Napi::ArrayBuffer::New(env, nbytes);
    if (nbytes > 0) check(env, ignis_tensor_copy_to(h, buf.Data(), nbytes));
  }
  return Napi::TypedArray(env, [&] {
    napi_value arr;
    napi_status s = napi_create_typedarray(env, typed_array_type(dt), numel, buf, 0, &arr);
    NAPI_THROW_IF_FAILED(env, s, napi_value());
    return arr;
  }());
}

Napi::Value Tensor::Item(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  ignis_tensor* h = handle(env);
  ignis_dtype dt;
  check(env, ignis_tensor_dtype(h, &dt));
  if (dt == IGNIS_BOOL) {
    int64_t v;
    check(env, ignis_tensor_item_int64(h, &v));
    return Napi::Boolean::New(env, v != 0);
  }
  double v;
  check(env, ignis_tensor_item_double(h, &v));
  return Napi::Number::New(env, v);
}

Napi::Value Tensor::ToString(const Napi::CallbackInfo& info) {
  if (!h_) return Napi::String::New(info.Env(), "tensor(<disposed>)");
  char* s = nullptr;
  check(info.Env(), ignis_tensor_to_string(h_, &s));
  Napi::String out = Napi::String::New(info.Env(), s);
  ignis_string_free(s);
  return out;
}

Napi::Value Tensor::Dispose(const Napi::CallbackInfo& info) {
  release();
  return info.Env().Undefined();
}

namespace {

Napi::Value TidyBegin(const Napi::CallbackInfo& info) {
  info.Env().GetInstanceData<AddonData>()->tidy_scopes.emplace_back();
  return info.Env().Undefined();
}

// Ends the innermost scope: disposes its tensors except those in the keep array, which move to
// the enclosing scope (so an outer tidy still frees them unless it returns them too).
Napi::Value TidyEnd(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AddonData* data = env.GetInstanceData<AddonData>();
  if (data->tidy_scopes.empty()) throw_arg(env, "tidyEnd without tidyBegin");
  std::vector<Napi::ObjectReference> scope = std::move(data->tidy_scopes.back());
  data->tidy_scopes.pop_back();
  Napi::Array keep =
      info.Length() > 0 && info[0].IsArray() ? info[0].As<Napi::Array>() : Napi::Array::New(env);
  std::vector<Napi::Value> kept;
  for (uint32_t i = 0; i < keep.Length(); ++i) kept.push_back(keep.Get(i));
  for (auto& ref : scope) {
    Napi::Object obj = ref.Value();
    if (obj.IsEmpty()) continue;  // already collected
    bool keep_it = false;
    for (const auto& k : kept) keep_it = keep_it || obj.StrictEquals(k);
    if (keep_it) {
      if (!data->tidy_scopes.empty()) data->tidy_scopes.back().push_back(Napi::Weak(obj));
    } else {
      Tensor::Unwrap(obj)->release();
    }
  }
  return env.Undefined();
}

}  // namespace

void InitTidy(Napi::Env env, Napi::Object exports) {
  exports.Set("tidyBegin", Napi::Function::New(env, TidyBegin, "tidyBegin"));
  exports.Set("tidyEnd", Napi::Function::New(env, TidyEnd, "tidyEnd"));
}

Napi::Value Tensor::RequiresGrad(const Napi::CallbackInfo& info) {
  int32_t r = 0;
  check(info.Env(), ignis_tensor_requires_grad(handle(info.Env()), &r));
  return Napi::Boolean::New(info.Env(), r != 0);
}

void Tensor::SetRequiresGrad(const Napi::CallbackInfo& info, const Napi::Value& v) {
  if (!v.IsBoolean()) throw_arg(info.Env(), "requiresGrad must be a boolean, got " + describe(v));
  check(info.Env(),
        ignis_tensor_set_requires_grad(handle(info.Env()), v.As<Napi::Boolean>().Value()));
}

Napi::Value Tensor::Grad(const Napi::CallbackInfo& info) {
  ignis_tensor* g = nullptr;
  check(info.Env(), ignis_tensor_grad(handle(info.Env()), &g));
  if (!g) return info.Env().Null();
  return Wrap(info.Env(), g);
}

void Tensor::SetGrad(const Napi::CallbackInfo& info, const Napi::Value& v) {
  Napi::Env env = info.Env();
  const ignis_tensor* g = v.IsNull() || v.IsUndefined() ? nullptr : Handle(env, v, "grad");
  check(env, ignis_tensor_set_grad(handle(env), g));
}

Napi::Value Tensor::IsLeaf(const Napi::CallbackInfo& info) {
  int32_t r = 0;
  check(info.Env(), ignis_tensor_is_leaf(handle(info.Env()), &r));
  return Napi::Boolean::New(info.Env(), r != 0);
}

Napi::Value Tensor::RetainGrad(const Napi::CallbackInfo& info) {
  check(info.Env(), ignis_tensor_retain_grad(handle(info.Env())));
  return info.This();
}

// backward(gradient?, {retainGraph, createGraph}) or backward({retainGraph, createGraph}).
Napi::Value Tensor::Backward(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  const ignis_tensor* gradient = nullptr;
  Napi::Value opts = env.Undefined();
  size_t next = 0;
  if (info.Length() > 0 && Of(env, info[0])) {
    gradient = Handle(env, info[0], "gradient");
    next = 1;
  } else if (info.Length() > 0 && (info[0].IsNull() || info[0].IsUndefined())) {
    next = 1;
  }
  if (info.Length() > next) {
    opts = info[next];
    if (!opts.IsObject() || opts.IsArray())
      throw_arg(env,
                "backward() takes (gradient?, {retainGraph, createGraph}), got " + describe(opts));
  }
  check(env, ignis_tensor_backward(handle(env), gradient, truthy_option(opts, "retainGraph"),
                                   truthy_option(opts, "createGraph")));
  return env.Undefined();
}

Napi::Value Tensor::Detach(const Napi::CallbackInfo& info) {
  ignis_tensor* out = nullptr;
  return wrap_result(info.Env(), ignis_tensor_detach(handle(info.Env()), &out), out);
}

Napi::Value Tensor::Clone(const Napi::CallbackInfo& info) {
  ignis_tensor* out = nullptr;
  return wrap_result(info.Env(), ignis_tensor_clone(handle(info.Env()), &out), out);
}

Napi::Value Tensor::Contiguous(const Napi::CallbackInfo& info) {
  ignis_tensor* out = nullptr;
  return wrap_result(info.Env(), ignis_tensor_contiguous(handle(info.Env()), &out), out);
}

// to('float64'), to({dtype, device, copy}).
Napi::Value Tensor::To(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  ignis_tensor* h = handle(env);
  ignis_dtype dt;
  ignis_device dev;
  check(env, ignis_tensor_dtype(h, &dt));
  check(env, ignis_tensor_device(h, &dev));
  bool copy = false;
  Napi::Value a = info.Length() > 0 ? info[0] : env.Undefined();
  if (a.IsString()) {
    std::string s = a.As<Napi::String>().Utf8Value();
    if (s == "cpu" || s.rfind("cuda", 0) == 0)
      dev = parse_device(env, a);
    else
      dt = parse_dtype(env, a);
  } else if (a.IsObject() && !a.IsArray()) {
    Napi::Object o = a.As<Napi::Object>();
    if (o.Has("dtype") && !o.Get("dtype").IsUndefined()) dt = parse_dtype(env, o.Get("dtype"));
    if (o.Has("device") && !o.Get("device").IsUndefined()) dev = parse_device(env, o.Get("device"));
    copy = truthy_option(o, "copy");
  } else {
    throw_arg(env, "to() takes a dtype, a device or {dtype, device, copy}, got " + describe(a));
  }
  ignis_tensor* out = nullptr;
  return wrap_result(env, ignis_tensor_to(h, dt, dev, copy, &out), out);
}

Napi::Value Tensor::Reshape(const Napi::CallbackInfo& info) {
  std::vector<int64_t> s = dims_from_args(info, "shape");
  ignis_tensor* out = nullptr;
  return wrap_result(info.Env(), ignis_tensor_reshape(handle(info.Env()), s.data(), s.size(), &out),
                     out);
}

Napi::Value Tensor::View(const Napi::CallbackInfo& info) {
  std::vector<int64_t> s = dims_from_args(info, "shape");
  ignis_tensor* out = nullptr;
  return wrap_result(info.Env(), ignis_tensor_view(handle(info.Env()), s.data(), s.size(), &out),
                     out);
}

Napi::Value Tensor::Transpose(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  int64_t d0 = to_int64(env, info[0], "dim0"), d1 = to_int64(env, info[1], "dim1");
  ignis_tensor* out = nullptr;
  return wrap_result(env, ignis_tensor_transpose(handle(env), d0, d1, &out), out);
}

Napi::Value Tensor::Permute(const Napi::CallbackInfo& info) {
  std::vector<int64_t> d = dims_from_args(info, "dims");
  ignis_tensor* out = nullptr;
  return wrap_result(info.Env(), ignis_tensor_permute(handle(info.Env()), d.data(), d.size(), &out),
                     out);
}

Napi::Value Tensor::Squeeze(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  int64_t dim = 0;
  bool has = info.Length() > 0 && !info[0].IsUndefined() && !info[0].IsNull();
  if (has) dim = to_int64(env, info[0], "dim");
  ignis_tensor* out = nullptr;
  return wrap_result(env, ignis_tensor_squeeze(handle(env), has ? &dim : nullptr, &out), out);
}

Napi::Value Tensor::Unsqueeze(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  int64_t dim = to_int64(env, info[0], "dim");
  ignis_tensor* out = nullptr;
  return wrap_result(env, ignis_tensor_unsqueeze(handle(env), dim, &out), out);
}

Napi::Value Tensor::Flatten(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  int64_t start =
      info.Length() > 0 && !info[0].IsUndefined() ? to_int64(env, info[0], "startDim") : 0;
  int64_t end = info.Length() > 1 && !info[1].IsUndefined() ? to_int64(env, info[1], "endDim") : -1;
  ignis_tensor* out = nullptr;
  return wrap_result(env, ignis_tensor_flatten(handle(env), start, end, &out), out);
}

Napi::Value Tensor::Expand(const Napi::CallbackInfo& info) {
  std::vector<int64_t> s = dims_from_args(info, "shape");
  ignis_tensor* out = nullptr;
  return wrap_result(info.Env(), ignis_tensor_expand(handle(info.Env()), s.data(), s.size(), &out),
                     out);
}

Napi::Value Tensor::Select(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  int64_t dim = to_int64(env, info[0], "dim"), index = to_int64(env, info[1], "index");
  ignis_tensor* out = nullptr;
  return wrap_result(env, ignis_tensor_select(handle(env), dim, index, &out), out);
}

Napi::Value Tensor::OpMethod(const Napi::CallbackInfo& info) {
  // handle(): a disposed self is reported as such, not as a type mismatch.
  return call_op(info, *static_cast<const OpGroup*>(info.Data()), info.This(), handle(info.Env()));
}

Napi::Value Tensor::FastOpMethod(const Napi::CallbackInfo& info) {
  const FastOp& f = *static_cast<const FastOp*>(info.Data());
  Napi::Env env = info.Env();
  ignis_status s = IGNIS_OK;
  ignis_tensor* out = nullptr;
  if (h_ && info.Length() == 1 && try_fast_op(env, f, h_, info[0], s, out)) {
    check(env, s);
    return f.inplace ? info.This() : Wrap(env, out);
  }
  return call_op(info, *f.group, info.This(), handle(env));
}

}  // namespace ignis_node
