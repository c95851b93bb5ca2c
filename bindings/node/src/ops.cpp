// Calls schema ops from JS: picks the overload of an op group (ops.gen.cpp) that the JS values
// fit, converts them to ignis_value arguments and runs ignis_op_call.
//
// Arguments come positionally, then (optionally) as a trailing plain options object keyed by
// camelCase argument name: x.sum(1, true) and x.sum({dim: 1, keepdim: true}) are the same call.
#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "op_table.h"
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

// Converts v for arg a into out; false (with why) when v does not fit. lenient lets a single
// integer stand for an int list (tried after every overload failed strictly).
bool convert(Napi::Env env, const OpArg& a, const Napi::Value& v, bool lenient, Storage& st,
             ignis_value& out, std::string& why) {
  out = ignis_value{};
  if (v.IsUndefined() || v.IsNull()) {
    if ((v.IsNull() && a.optional) || (v.IsUndefined() && (a.has_default || a.optional))) {
      out.kind = IGNIS_VALUE_NONE;
      return true;
    }
    why = std::string(a.name) + " is required, got " + describe(v);
    return false;
  }
  auto fail = [&](const char* expected) {
    why = std::string("expected ") + expected + " for " + a.name + ", got " + describe(v);
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
      double d = v.As<Napi::Number>().DoubleValue();
      out.v.scalar = is_int(v) && std::fabs(d) < 9.2e18 ? ignis_scalar_int(static_cast<int64_t>(d))
                                                        : ignis_scalar_float(d);
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
    why = "unknown argument kind";
    return false;
  }
}

// Builds the arguments of ov from positional values and an options object; false with why when
// they do not fit.
bool bind_args(Napi::Env env, const OpOverload& ov, const std::vector<Napi::Value>& pos,
               const Napi::Object* opts, bool lenient, Storage& st, std::vector<ignis_value>& args,
               std::string& why) {
  if (pos.size() > ov.n_args) {
    why = "takes at most " + std::to_string(ov.n_args) + " arguments, got " +
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
        why = "unknown option '" + key + "'";
        return false;
      }
      if (i < pos.size()) {
        why = "option '" + key + "' was also given positionally";
        return false;
      }
    }
  }
  args.assign(ov.n_args, ignis_value{});
  for (size_t i = 0; i < ov.n_args; ++i) {
    Napi::Value v = i < pos.size() ? pos[i] : opts ? opts->Get(ov.args[i].name) : env.Undefined();
    if (!convert(env, ov.args[i], v, lenient, st, args[i], why)) return false;
  }
  return true;
}

// How many tensors a list-returning op may give back: no more than the largest dim of a tensor
// argument or the length of an int-list argument (split, chunk, unbind).
size_t list_capacity(const std::vector<ignis_value>& args) {
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

Napi::Value run(Napi::Env env, const OpOverload& ov, const std::vector<ignis_value>& args,
                const Napi::Value& self) {
  const size_t cap = ov.n_returns >= 0 ? static_cast<size_t>(ov.n_returns) : list_capacity(args);
  std::vector<ignis_tensor*> outs(cap, nullptr);
  size_t n = 0;
  check(env, ignis_op_call(ov.op, args.data(), args.size(), outs.data(), outs.size(), &n));
  if (ov.inplace) {
    for (size_t i = 0; i < n; ++i) ignis_tensor_release(outs[i]);  // self, retained
    return self;
  }
  if (ov.n_returns == 1) return Tensor::Wrap(env, outs[0]);
  Napi::Array arr = Napi::Array::New(env, n);
  for (size_t i = 0; i < n; ++i) {
    ignis_tensor* h = outs[i];
    outs[i] = nullptr;
    try {
      arr.Set(static_cast<uint32_t>(i), Tensor::Wrap(env, h));
    } catch (...) {
      for (size_t j = i + 1; j < n; ++j) ignis_tensor_release(outs[j]);
      throw;
    }
  }
  return arr;
}

Napi::Value call_function(const Napi::CallbackInfo& info) {
  return call_op(info, *static_cast<const OpGroup*>(info.Data()), Napi::Value());
}

}  // namespace

Napi::Value call_op(const Napi::CallbackInfo& info, const OpGroup& group, Napi::Value self) {
  Napi::Env env = info.Env();
  std::vector<Napi::Value> pos;
  if (!self.IsEmpty()) pos.push_back(self);
  for (size_t i = 0; i < info.Length(); ++i) pos.push_back(info[i]);
  Napi::Object opts;
  bool has_opts = !pos.empty() && is_options(env, pos.back()) && (pos.size() > 1 || self.IsEmpty());
  if (has_opts) {
    opts = pos.back().As<Napi::Object>();
    pos.pop_back();
  }
  std::vector<std::string> reasons(group.n_overloads);
  for (bool lenient : {false, true}) {
    for (size_t o = 0; o < group.n_overloads; ++o) {
      const OpOverload& ov = group.overloads[o];
      Storage st;
      std::vector<ignis_value> args;
      std::string why;
      if (bind_args(env, ov, pos, has_opts ? &opts : nullptr, lenient, st, args, why))
        return run(env, ov, args, self);
      if (lenient) reasons[o] = why;
    }
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
    if (g.function)
      ops.Set(g.js_name,
              Napi::Function::New(env, call_function, g.js_name, const_cast<OpGroup*>(&g)));
    if (g.method) methods.Set(methods.Length(), Napi::String::New(env, g.js_name));
  }
  exports.Set("ops", ops);
  exports.Set("opMethods", methods);
  exports.Set("opInfo", op_info(env));
}

}  // namespace ignis_node
