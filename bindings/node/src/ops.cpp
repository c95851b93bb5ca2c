// Calls schema ops from JS: picks the overload of an op group (ops.gen.cpp) that the JS values
// fit, converts them to ignis_value arguments and runs ignis_op_call.
//
// Arguments come positionally, then (optionally) as a trailing plain options object keyed by
// camelCase argument name: x.sum(1, true) and x.sum({dim: 1, keepdim: true}) are the same call.
//
// Cost: this path runs for every op call, so it avoids work a successful call does not need:
// why an overload does not fit is spelled out only once every overload has failed (a second,
// reporting pass), a method's self is not checked again (the method already unwrapped it), and
// the short per-call arrays live inline (SmallVec). fast_ops.cpp skips it for the hottest ops.
#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "async_worker.h"
#include "fast_ops.h"
#include "op_table.h"
#include "small_vec.h"
#include "tensor.h"

namespace ignis_node {

namespace {

// Owns what the ignis_value array points into for one call.
// (Vectors of vectors, not deques, whose empty state already allocates: moving an inner vector
// keeps its buffer, and strings sit behind pointers so that their characters never move.)
struct Storage {
  std::vector<std::vector<int64_t>> ints;
  std::vector<std::vector<const ignis_tensor*>> tensors;
  std::vector<std::unique_ptr<std::string>> strings;
};

// A plain object ({...} or Object.create(null)) ends the positional arguments as options.
bool is_options(Napi::Env env, const Napi::Value& v) {
  if (!v.IsObject() || v.IsArray() || v.IsTypedArray() || v.IsFunction()) return false;
  napi_value proto;
  if (napi_get_prototype(env, v, &proto) != napi_ok) return false;
  Napi::Value p(env, proto);
  if (p.IsNull()) return true;
  return p.StrictEquals(env.GetInstanceData<AddonData>()->object_prototype.Value());
}

bool is_int(const Napi::Value& v) {
  if (v.IsBigInt()) return true;
  if (!v.IsNumber()) return false;
  double d = v.As<Napi::Number>().DoubleValue();
  return std::isfinite(d) && d == std::trunc(d);
}

using Values = SmallVec<Napi::Value, 8>;
using Args = SmallVec<ignis_value, 8>;
using Outs = SmallVec<ignis_tensor*, 4>;

// Converts v for arg a into out; false when v does not fit, saying why in *why unless why is
// null. lenient lets a single integer stand for an int list (tried after every overload failed
// strictly).
bool convert(Napi::Env env, const OpArg& a, const Napi::Value& v, bool lenient, Storage& st,
             ignis_value& out, std::string* why) {
  out = ignis_value{};
  if (v.IsUndefined() || v.IsNull()) {
    if ((v.IsNull() && a.optional) || (v.IsUndefined() && (a.has_default || a.optional))) {
      out.kind = IGNIS_VALUE_NONE;
      return true;
    }
    if (why) *why = std::string(a.name) + " is required, got " + describe(v);
    return false;
  }
  auto fail = [&](const char* expected) {
    if (why) *why = std::string("expected ") + expected + " for " + a.name + ", got " + describe(v);
    return false;
  };
  switch (a.kind) {
  case IGNIS_VALUE_TENSOR: {
    Tensor* t = Tensor::Of(env, v);
    if (!t) return fail("a Tensor");
    out.kind = a.kind;
    out.v.tensor = t->handle(env);  // throws for a disposed tensor
    return true;
  }
  case IGNIS_VALUE_TENSOR_LIST: {
    if (!v.IsArray()) return fail("an array of Tensors");
    Napi::Array arr = v.As<Napi::Array>();
    auto& list = st.tensors.emplace_back();
    for (uint32_t i = 0; i < arr.Length(); ++i) {
      Tensor* t = Tensor::Of(env, arr.Get(i));
      if (!t) return fail("an array of Tensors");
      list.push_back(t->handle(env));
    }
    out.kind = a.kind;
    out.v.tensors.data = list.data();
    out.v.tensors.count = list.size();
    return true;
  }
  case IGNIS_VALUE_INT:
    if (!is_int(v)) return fail("an integer");
    out.kind = a.kind;
    out.v.i = to_int64(env, v, a.name);
    return true;
  case IGNIS_VALUE_INT_LIST: {
    auto& list = st.ints.emplace_back();
    if (v.IsArray()) {
      Napi::Array arr = v.As<Napi::Array>();
      for (uint32_t i = 0; i < arr.Length(); ++i) {
        Napi::Value e = arr.Get(i);
        if (!is_int(e)) return fail("an array of integers");
        list.push_back(to_int64(env, e, a.name));
      }
    } else if (lenient && is_int(v)) {
      list.push_back(to_int64(env, v, a.name));
    } else {
      return fail("an array of integers");
    }
    out.kind = a.kind;
    out.v.ints.data = list.data();
    out.v.ints.count = list.size();
    return true;
  }
  case IGNIS_VALUE_FLOAT:
    if (!v.IsNumber()) return fail("a number");
    out.kind = a.kind;
    out.v.f = v.As<Napi::Number>().DoubleValue();
    return true;
  case IGNIS_VALUE_BOOL:
    if (!v.IsBoolean()) return fail("a boolean");
    out.kind = a.kind;
    out.v.b = v.As<Napi::Boolean>().Value();
    return true;
  case IGNIS_VALUE_SCALAR:
    out.kind = a.kind;
    if (v.IsBoolean()) {
      out.v.scalar = ignis_scalar_bool(v.As<Napi::Boolean>().Value());
    } else if (v.IsBigInt()) {
      out.v.scalar = ignis_scalar_int(to_int64(env, v, a.name));
    } else if (v.IsNumber()) {
      // JS has one number type: integral values travel as integers (PyTorch's int scalars),
      // the rest as floats.
      out.v.scalar = number_scalar(v.As<Napi::Number>().DoubleValue());
    } else {
      return fail("a number or boolean");
    }
    return true;
  case IGNIS_VALUE_DTYPE:
    if (!v.IsString()) return fail("a dtype string");
    out.kind = a.kind;
    out.v.dtype = parse_dtype(env, v);
    return true;
  case IGNIS_VALUE_DEVICE:
    if (!v.IsString()) return fail("a device string");
    out.kind = a.kind;
    out.v.device = parse_device(env, v);
    return true;
  case IGNIS_VALUE_STRING: {
    if (!v.IsString()) return fail("a string");
    out.kind = a.kind;
    st.strings.push_back(std::make_unique<std::string>(v.As<Napi::String>().Utf8Value()));
    out.v.str = st.strings.back()->c_str();
    return true;
  }
  default:
    if (why) *why = "unknown argument kind";
    return false;
  }
}

// Builds the arguments of ov from positional values and an options object; false (saying why
// in *why unless why is null) when they do not fit. self_h, when not null, is the live handle of
// pos[0], a method's this.
bool bind_args(Napi::Env env, const OpOverload& ov, const Values& pos, ignis_tensor* self_h,
               const Napi::Object* opts, bool lenient, Storage& st, Args& args, std::string* why) {
  if (pos.size() > ov.n_args) {
    if (why)
      *why = "takes at most " + std::to_string(ov.n_args) + " arguments, got " +
             std::to_string(pos.size());
    return false;
  }
  if (opts) {
    Napi::Array keys = opts->GetPropertyNames();
    for (uint32_t k = 0; k < keys.Length(); ++k) {
      std::string key = keys.Get(k).As<Napi::String>().Utf8Value();
      size_t i = 0;
      while (i < ov.n_args && key != ov.args[i].name) ++i;
      if (i == ov.n_args) {
        if (why) *why = "unknown option '" + key + "'";
        return false;
      }
      if (i < pos.size()) {
        if (why) *why = "option '" + key + "' was also given positionally";
        return false;
      }
    }
  }
  args.assign(ov.n_args, ignis_value{});
  size_t first = 0;
  if (self_h && ov.n_args > 0 && ov.args[0].kind == IGNIS_VALUE_TENSOR) {
    args[0].kind = IGNIS_VALUE_TENSOR;
    args[0].v.tensor = self_h;
    first = 1;
  }
  for (size_t i = first; i < ov.n_args; ++i) {
    Napi::Value v = i < pos.size() ? pos[i] : opts ? opts->Get(ov.args[i].name) : env.Undefined();
    if (!convert(env, ov.args[i], v, lenient, st, args[i], why)) return false;
  }
  return true;
}

// How many tensors a list-returning op may give back: no more than the largest dim of a tensor
// argument or the length of an int-list argument (split, chunk, unbind).
size_t list_capacity(const Args& args) {
  size_t cap = 1;
  for (const auto& a : args) {
    if (a.kind == IGNIS_VALUE_TENSOR) {
      int64_t nd = ignis_tensor_ndim(a.v.tensor);
      std::vector<int64_t> shape(static_cast<size_t>(nd > 0 ? nd : 0));
      if (nd > 0 && ignis_tensor_shape(a.v.tensor, shape.data(), shape.size()) == IGNIS_OK)
        for (int64_t s : shape) cap = std::max(cap, static_cast<size_t>(s));
    } else if (a.kind == IGNIS_VALUE_INT_LIST) {
      cap = std::max(cap, a.v.ints.count);
    } else if (a.kind == IGNIS_VALUE_INT && a.v.i > 0) {
      cap = std::max(cap, static_cast<size_t>(a.v.i));
    }
  }
  return cap;
}

// The output tensors of an op as a Tensor (one) or an array; takes over the handles.
Napi::Value wrap_outs(Napi::Env env, const OpOverload& ov, Outs& outs, size_t n) {
  if (ov.n_returns == 1) {
    ignis_tensor* h = outs[0];
    outs[0] = nullptr;
    return Tensor::Wrap(env, h);
  }
  Napi::Array arr = Napi::Array::New(env, n);
  for (size_t i = 0; i < n; ++i) {
    ignis_tensor* h = outs[i];
    outs[i] = nullptr;
    arr.Set(static_cast<uint32_t>(i), Tensor::Wrap(env, h));  // Wrap releases h if it throws
  }
  return arr;
}

Napi::Value run(Napi::Env env, const OpOverload& ov, const Args& args, const Napi::Value& self) {
  const size_t cap = ov.n_returns >= 0 ? static_cast<size_t>(ov.n_returns) : list_capacity(args);
  Outs outs;
  outs.assign(cap, nullptr);
  size_t n = 0;
  check(env, ignis_op_call(ov.op, args.data(), args.size(), outs.data(), outs.size(), &n));
  if (ov.inplace) {
    for (size_t i = 0; i < n; ++i) ignis_tensor_release(outs[i]);  // self, retained
    return self;
  }
  try {
    return wrap_outs(env, ov, outs, n);
  } catch (...) {
    for (auto* h : outs) ignis_tensor_release(h);
    throw;
  }
}

Napi::Value call_function(const Napi::CallbackInfo& info) {
  return call_op(info, *static_cast<const OpGroup*>(info.Data()), Napi::Value(), nullptr);
}

}  // namespace

namespace {

// An overload picked for the JS arguments, with its converted arguments and what they point into.
struct Bound {
  const OpOverload* ov = nullptr;
  Storage st;
  Args args;
};

// Picks the overload of group that pos (self first for the method form, with its live handle
// self_h) fits, trying every overload strictly and then leniently; throws with every overload's
// reason when none does. may_take_options: a trailing plain object may be options (not for a
// method's lone self).
void bind(Napi::Env env, const OpGroup& group, Values& pos, ignis_tensor* self_h,
          bool may_take_options, Bound& b) {
  Napi::Object opts;
  bool has_opts = may_take_options && !pos.empty() && is_options(env, pos.back());
  if (has_opts) {
    opts = pos.back().As<Napi::Object>();
    pos.pop_back();
  }
  const Napi::Object* o_ptr = has_opts ? &opts : nullptr;
  for (bool lenient : {false, true}) {
    for (size_t o = 0; o < group.n_overloads; ++o) {
      b.ov = &group.overloads[o];
      b.st = Storage{};
      if (bind_args(env, *b.ov, pos, self_h, o_ptr, lenient, b.st, b.args, nullptr)) return;
    }
  }
  // Nothing fits: the lenient pass again, now collecting each overload's reason (the same
  // conversions, so whatever threw above would have thrown already).
  std::vector<std::string> reasons(group.n_overloads);
  for (size_t o = 0; o < group.n_overloads; ++o) {
    Storage st;
    Args args;
    bind_args(env, group.overloads[o], pos, self_h, o_ptr, true, st, args, &reasons[o]);
  }
  std::string msg = std::string(group.js_name) + ": ";
  if (group.n_overloads == 1) {
    msg += reasons[0] + " (signature " + group.overloads[0].signature + ")";
  } else {
    msg += "no overload takes these arguments:";
    for (size_t o = 0; o < group.n_overloads; ++o)
      msg += std::string("\n  ") + group.overloads[o].signature + ": " + reasons[o];
  }
  throw_arg(env, msg);
}

// One op on a libuv thread. Its tensor arguments are retained until the worker is done, so the
// JS side may dispose them meanwhile; writing to them while it runs is a data race, as for any
// engine call sharing a tensor across threads.
class OpWorker : public PromiseWorker {
 public:
  OpWorker(Napi::Env env, Bound b) : PromiseWorker(env), b_(std::move(b)) {
    for (auto& a : b_.args) {
      if (a.kind == IGNIS_VALUE_TENSOR) {
        ignis_tensor_retain(const_cast<ignis_tensor*>(a.v.tensor));
      } else if (a.kind == IGNIS_VALUE_TENSOR_LIST) {
        for (size_t i = 0; i < a.v.tensors.count; ++i)
          ignis_tensor_retain(const_cast<ignis_tensor*>(a.v.tensors.data[i]));
      }
    }
    const size_t cap =
        b_.ov->n_returns >= 0 ? static_cast<size_t>(b_.ov->n_returns) : list_capacity(b_.args);
    outs_.assign(cap, nullptr);
  }
  ~OpWorker() override {
    for (auto* h : outs_) ignis_tensor_release(h);
    for (auto& a : b_.args) {
      if (a.kind == IGNIS_VALUE_TENSOR) {
        ignis_tensor_release(const_cast<ignis_tensor*>(a.v.tensor));
      } else if (a.kind == IGNIS_VALUE_TENSOR_LIST) {
        for (size_t i = 0; i < a.v.tensors.count; ++i)
          ignis_tensor_release(const_cast<ignis_tensor*>(a.v.tensors.data[i]));
      }
    }
  }

 private:
  ignis_status Run() override {
    return ignis_op_call(b_.ov->op, b_.args.data(), b_.args.size(), outs_.data(), outs_.size(),
                         &n_);
  }
  Napi::Value Result(Napi::Env env) override { return wrap_outs(env, *b_.ov, outs_, n_); }

  Bound b_;
  Outs outs_;
  size_t n_ = 0;
};

const OpGroup* find_group(const std::string& name) {
  for (size_t i = 0; i < kOpGroupCount; ++i)
    if (name == kOpGroups[i].js_name) return &kOpGroups[i];
  return nullptr;
}

// runAsync(opName, ...args) -> Promise<Tensor | Tensor[]>: the op named as ignis.<opName> (or
// the method x.<opName>(...), with x first), its overload picked and its arguments checked on
// the JS thread, run on a libuv thread.
Napi::Value run_async(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  std::string name = string_arg(env, info.Length() > 0 ? info[0] : env.Undefined(), "op name");
  const OpGroup* group = find_group(name);
  if (!group) throw_arg(env, "runAsync: no op named '" + name + "'");
  Values pos;
  for (size_t i = 1; i < info.Length(); ++i) pos.push_back(info[i]);
  Bound b;
  bind(env, *group, pos, nullptr, true, b);
  if (b.ov->inplace)
    throw_arg(env, "runAsync: " + name +
                       " changes its input in place; in-place ops run "
                       "synchronously (x." +
                       name + "(...)), so JS never sees a tensor mid-write");
  auto* w = new OpWorker(env, std::move(b));
  Napi::Promise p = w->Promise();
  w->Queue();
  return p;
}

}  // namespace

Napi::Value call_op(const Napi::CallbackInfo& info, const OpGroup& group, Napi::Value self,
                    ignis_tensor* self_h) {
  Napi::Env env = info.Env();
  Values pos;
  if (!self.IsEmpty()) pos.push_back(self);
  for (size_t i = 0; i < info.Length(); ++i) pos.push_back(info[i]);
  bool may_take_options = pos.size() > 1 || self.IsEmpty();
  Bound b;
  bind(env, group, pos, self.IsEmpty() ? nullptr : self_h, may_take_options, b);
  return run(env, *b.ov, b.args, self);
}

namespace {

const char* kind_name(int32_t kind) {
  switch (kind) {
  case IGNIS_VALUE_TENSOR:
    return "Tensor";
  case IGNIS_VALUE_TENSOR_LIST:
    return "Tensor[]";
  case IGNIS_VALUE_INT:
    return "int";
  case IGNIS_VALUE_INT_LIST:
    return "int[]";
  case IGNIS_VALUE_FLOAT:
    return "float";
  case IGNIS_VALUE_BOOL:
    return "bool";
  case IGNIS_VALUE_SCALAR:
    return "Scalar";
  case IGNIS_VALUE_DTYPE:
    return "DType";
  case IGNIS_VALUE_DEVICE:
    return "Device";
  default:
    return "str";
  }
}

// {jsName: [{op, signature, returns, inplace, args: [{name, kind, optional, hasDefault}]}]}:
// the op table as data, for tests and tools that walk every op.
Napi::Object op_info(Napi::Env env) {
  Napi::Object info = Napi::Object::New(env);
  for (size_t i = 0; i < kOpGroupCount; ++i) {
    const OpGroup& g = kOpGroups[i];
    Napi::Array ovs = Napi::Array::New(env, g.n_overloads);
    for (size_t o = 0; o < g.n_overloads; ++o) {
      const OpOverload& ov = g.overloads[o];
      Napi::Object d = Napi::Object::New(env);
      d.Set("op", ov.op);
      d.Set("signature", ov.signature);
      d.Set("returns", ov.n_returns);
      d.Set("inplace", ov.inplace);
      Napi::Array args = Napi::Array::New(env, ov.n_args);
      for (size_t a = 0; a < ov.n_args; ++a) {
        Napi::Object ad = Napi::Object::New(env);
        ad.Set("name", ov.args[a].name);
        ad.Set("kind", kind_name(ov.args[a].kind));
        ad.Set("optional", ov.args[a].optional);
        ad.Set("hasDefault", ov.args[a].has_default);
        args.Set(static_cast<uint32_t>(a), ad);
      }
      d.Set("args", args);
      ovs.Set(static_cast<uint32_t>(o), d);
    }
    info.Set(g.js_name, ovs);
  }
  return info;
}

}  // namespace

void InitOps(Napi::Env env, Napi::Object exports) {
  Napi::Object ops = Napi::Object::New(env);
  Napi::Array methods = Napi::Array::New(env);
  for (size_t i = 0; i < kOpGroupCount; ++i) {
    const OpGroup& g = kOpGroups[i];
    const FastOp* f = find_fast_op(g.js_name);
    if (g.function && f && !f->inplace)
      ops.Set(g.js_name,
              Napi::Function::New(env, call_fast_function, g.js_name, const_cast<FastOp*>(f)));
    else if (g.function)
      ops.Set(g.js_name,
              Napi::Function::New(env, call_function, g.js_name, const_cast<OpGroup*>(&g)));
    if (g.method) methods.Set(methods.Length(), Napi::String::New(env, g.js_name));
  }
  exports.Set("ops", ops);
  exports.Set("runAsync", Napi::Function::New(env, run_async, "runAsync"));
  Napi::Array async_ops = Napi::Array::New(env, kAsyncOpCount);
  for (size_t i = 0; i < kAsyncOpCount; ++i)
    async_ops.Set(static_cast<uint32_t>(i), Napi::String::New(env, kAsyncOps[i]));
  exports.Set("asyncOps", async_ops);
  exports.Set("opMethods", methods);
  exports.Set("opInfo", op_info(env));
  InitFastOps(env, exports);
}

}  // namespace ignis_node
