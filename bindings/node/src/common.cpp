// Errors with codes, dtype and device names, number conversions (see common.h).
#include "common.h"

#include <cmath>
#include <cstring>
#include <vector>

namespace ignis_node {

const char* status_code(ignis_status s) {
  switch (s) {
  case IGNIS_OK:
    return "IGNIS_OK";
  case IGNIS_ERROR_INVALID_ARGUMENT:
    return "IGNIS_INVALID_ARGUMENT";
  case IGNIS_ERROR_SHAPE:
    return "IGNIS_SHAPE";
  case IGNIS_ERROR_DTYPE:
    return "IGNIS_DTYPE";
  case IGNIS_ERROR_DEVICE:
    return "IGNIS_DEVICE";
  case IGNIS_ERROR_OUT_OF_MEMORY:
    return "IGNIS_OUT_OF_MEMORY";
  case IGNIS_ERROR_IO:
    return "IGNIS_IO";
  case IGNIS_ERROR_UNSUPPORTED:
    return "IGNIS_UNSUPPORTED";
  case IGNIS_ERROR_INDEX:
    return "IGNIS_INDEX";
  default:
    return "IGNIS_INTERNAL";
  }
}

Napi::Error make_error(Napi::Env env, ignis_status s, const std::string& msg) {
  Napi::Error e = s == IGNIS_ERROR_INVALID_ARGUMENT ? Napi::TypeError::New(env, msg)
                                                    : Napi::Error::New(env, msg);
  e.Set("code", Napi::String::New(env, status_code(s)));
  e.Set("status", Napi::Number::New(env, static_cast<int>(s)));
  return e;
}

void check(Napi::Env env, ignis_status s) {
  if (s != IGNIS_OK) throw make_error(env, s, ignis_last_error());
}

void throw_arg(Napi::Env env, const std::string& msg) {
  throw make_error(env, IGNIS_ERROR_INVALID_ARGUMENT, msg);
}

std::string describe(const Napi::Value& v) {
  if (v.IsUndefined()) return "undefined";
  if (v.IsNull()) return "null";
  if (v.IsBoolean()) return v.As<Napi::Boolean>().Value() ? "true" : "false";
  if (v.IsNumber()) {
    double d = v.As<Napi::Number>().DoubleValue();
    if (std::isnan(d)) return "NaN";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", d);
    return std::string("the number ") + buf;
  }
  if (v.IsBigInt()) return "a bigint";
  if (v.IsString()) return "the string '" + v.As<Napi::String>().Utf8Value() + "'";
  if (v.IsTypedArray()) return "a TypedArray";
  if (v.IsArray()) return "an array";
  if (v.IsFunction()) return "a function";
  return "an object";
}

namespace {
struct DTypeName {
  const char* name;
  const char* alias;
  ignis_dtype dtype;
};
constexpr DTypeName kDTypes[] = {
    {"bool", "bool", IGNIS_BOOL},      {"uint8", "u8", IGNIS_UINT8},
    {"int8", "i8", IGNIS_INT8},        {"int16", "i16", IGNIS_INT16},
    {"int32", "i32", IGNIS_INT32},     {"int64", "i64", IGNIS_INT64},
    {"float16", "f16", IGNIS_FLOAT16}, {"bfloat16", "bf16", IGNIS_BFLOAT16},
    {"float32", "f32", IGNIS_FLOAT32}, {"float64", "f64", IGNIS_FLOAT64},
};
}  // namespace

ignis_dtype parse_dtype(Napi::Env env, const Napi::Value& v) {
  if (v.IsString()) {
    std::string s = v.As<Napi::String>().Utf8Value();
    for (const auto& d : kDTypes)
      if (s == d.name || s == d.alias) return d.dtype;
  }
  throw_arg(env, "expected a dtype ('bool', 'uint8', 'int8', 'int16', 'int32', 'int64', "
                 "'float16', 'bfloat16', 'float32', 'float64'), got " +
                     describe(v));
}

const char* dtype_name(ignis_dtype d) { return ignis_dtype_name(d); }

ignis_device parse_device(Napi::Env env, const Napi::Value& v) {
  if (v.IsString()) {
    std::string s = v.As<Napi::String>().Utf8Value();
    if (s == "cpu") return ignis_device{IGNIS_CPU, 0};
    if (s == "cuda") return ignis_device{IGNIS_CUDA, 0};
    if (s.rfind("cuda:", 0) == 0 && s.size() > 5 &&
        s.find_first_not_of("0123456789", 5) == std::string::npos)
      return ignis_device{IGNIS_CUDA, std::stoi(s.substr(5))};
  }
  throw_arg(env, "expected a device ('cpu', 'cuda' or 'cuda:N'), got " + describe(v));
}

std::string device_name(ignis_device d) {
  if (d.type == IGNIS_CPU) return "cpu";
  return "cuda:" + std::to_string(d.index);
}

int64_t to_int64(Napi::Env env, const Napi::Value& v, const char* what) {
  if (v.IsBigInt()) {
    bool lossless = false;
    int64_t r = v.As<Napi::BigInt>().Int64Value(&lossless);
    if (lossless) return r;
  } else if (v.IsNumber()) {
    double d = v.As<Napi::Number>().DoubleValue();
    if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) <= 9007199254740992.0)
      return static_cast<int64_t>(d);
  }
  throw_arg(env, std::string("expected an integer for ") + what + ", got " + describe(v));
}

ignis_scalar number_scalar(double d) {
  return std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9.2e18
             ? ignis_scalar_int(static_cast<int64_t>(d))
             : ignis_scalar_float(d);
}

std::vector<int64_t> to_int_list(Napi::Env env, const Napi::Value& v, const char* what) {
  std::vector<int64_t> out;
  if (v.IsArray()) {
    Napi::Array a = v.As<Napi::Array>();
    out.reserve(a.Length());
    for (uint32_t i = 0; i < a.Length(); ++i) out.push_back(to_int64(env, a.Get(i), what));
    return out;
  }
  if (v.IsNumber() || v.IsBigInt()) {
    out.push_back(to_int64(env, v, what));
    return out;
  }
  throw_arg(env, std::string("expected an array of integers for ") + what + ", got " + describe(v));
}

std::string options_json(Napi::Env env, const Napi::Value& v) {
  if (v.IsUndefined() || v.IsNull()) return "{}";
  if (v.IsString()) return v.As<Napi::String>().Utf8Value();
  if (!v.IsObject() || v.IsArray()) throw_arg(env, "options must be an object, got " + describe(v));
  Napi::Object json = env.Global().Get("JSON").As<Napi::Object>();
  return json.Get("stringify").As<Napi::Function>().Call(json, {v}).As<Napi::String>().Utf8Value();
}

std::string string_arg(Napi::Env env, const Napi::Value& v, const char* what) {
  if (!v.IsString())
    throw_arg(env, std::string("expected a string for ") + what + ", got " + describe(v));
  return v.As<Napi::String>().Utf8Value();
}

}  // namespace ignis_node
