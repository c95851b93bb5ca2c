// Shared pieces of the addon: per-environment data, errors with codes, dtype and device names.
#pragma once

#include <napi.h>

#include <string>
#include <thread>
#include <vector>

#include "ignis/ignis.h"

namespace ignis_node {

// What the addon keeps per JS environment (worker threads each load their own copy).
struct AddonData {
  Napi::FunctionReference tensor_ctor;
  // Tensor.prototype: Tensor::Of recognizes a Tensor by its prototype before asking instanceof,
  // which looks Symbol.hasInstance up along the constructor's prototype chain on every call.
  Napi::ObjectReference tensor_prototype;
  Napi::FunctionReference module_ctor;
  Napi::FunctionReference optimizer_ctor;
  Napi::FunctionReference scheduler_ctor;
  Napi::FunctionReference dataset_ctor;
  Napi::FunctionReference dataloader_ctor;
  // The thread running this environment's JS: callbacks into JS (LambdaLR) check they are on it.
  std::thread::id js_thread = std::this_thread::get_id();
  // Object.prototype, to tell an options object from other arguments without two property
  // lookups on every op call.
  Napi::ObjectReference object_prototype;
  // The handle Tensor::Wrap is handing to the Tensor constructor it is calling.
  ignis_tensor* pending_tensor = nullptr;
  // ignis.tidy scopes, innermost last: weak references to every Tensor made inside each.
  std::vector<std::vector<Napi::ObjectReference>> tidy_scopes;
};

// The JS code of a status: "IGNIS_SHAPE", "IGNIS_INVALID_ARGUMENT", ...
const char* status_code(ignis_status s);
// An Error (TypeError for invalid arguments) with .code and .status set.
Napi::Error make_error(Napi::Env env, ignis_status s, const std::string& msg);
// Throws the library's last error unless s is IGNIS_OK.
void check(Napi::Env env, ignis_status s);
// Throws a JS argument error (code IGNIS_INVALID_ARGUMENT) naming what was expected.
[[noreturn]] void throw_arg(Napi::Env env, const std::string& msg);

// "float32" -> IGNIS_FLOAT32 (PyTorch's names, plus the short "f32" forms); throws otherwise.
ignis_dtype parse_dtype(Napi::Env env, const Napi::Value& v);
const char* dtype_name(ignis_dtype d);
// "cpu", "cuda", "cuda:1"; throws otherwise.
ignis_device parse_device(Napi::Env env, const Napi::Value& v);
std::string device_name(ignis_device d);
// A JS number that is an integer (or a BigInt) as int64; throws with `what` otherwise.
int64_t to_int64(Napi::Env env, const Napi::Value& v, const char* what);
// A JS number as an op's Scalar: integral values travel as integers (PyTorch's int scalars),
// the rest (and NaN, infinities) as floats.
ignis_scalar number_scalar(double d);
// A JS array of integers (or one integer) as a shape or dim list.
std::vector<int64_t> to_int_list(Napi::Env env, const Napi::Value& v, const char* what);
// Options as JSON text: an object goes through JSON.stringify, a string as it is, none is "{}".
std::string options_json(Napi::Env env, const Napi::Value& v);
// A JS string; throws naming `what` otherwise.
std::string string_arg(Napi::Env env, const Napi::Value& v, const char* what);
// The handle of an ignis.optim.Optimizer (optim.cpp); throws when v is not a live one.
ignis_optimizer* optimizer_handle(Napi::Env env, const Napi::Value& v);
// The handle of an ignis.nn.Module (module.cpp); throws naming `what` when v is not a live one.
ignis_module* module_handle(Napi::Env env, const Napi::Value& v, const char* what);
// Text for a JS value in error messages ("a string", "undefined", "NaN").
std::string describe(const Napi::Value& v);

}  // namespace ignis_node
