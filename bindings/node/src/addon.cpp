// Entry point of the ignis Node.js addon: checks the library's API level, then exports the
// Tensor and Module classes, the factories and every schema op (index.js builds the JS API).
#include "tensor.h"

namespace ignis_node {
void InitModule(Napi::Env env, Napi::Object exports, AddonData* data);
void InitOptim(Napi::Env env, Napi::Object exports, AddonData* data);
void InitScheduler(Napi::Env env, Napi::Object exports, AddonData* data);
void InitData(Napi::Env env, Napi::Object exports, AddonData* data);
void InitIo(Napi::Env env, Napi::Object exports);
void InitCheckpoint(Napi::Env env, Napi::Object exports);
}  // namespace ignis_node

namespace {

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  using namespace ignis_node;
  if (ignis_api_version() < IGNIS_API_VERSION)
    throw Napi::Error::New(env, "ignis: libignis has API level " +
                                    std::to_string(ignis_api_version()) + " but this addon needs " +
                                    std::to_string(IGNIS_API_VERSION) + " (a newer libignis)");
  auto* data = new AddonData();
  env.SetInstanceData(data);  // deleted with the environment
  data->object_prototype = Napi::Persistent(
      env.Global().Get("Object").As<Napi::Object>().Get("prototype").As<Napi::Object>());
  exports.Set("Tensor", Tensor::Init(env, data));
  InitModule(env, exports, data);
  InitOptim(env, exports, data);
  InitScheduler(env, exports, data);
  InitData(env, exports, data);
  InitCreation(env, exports);
  InitIo(env, exports);
  InitCheckpoint(env, exports);
  InitTidy(env, exports);
  InitOps(env, exports);
  exports.Set("version", Napi::String::New(env, ignis_version_string()));
  exports.Set("apiVersion", Napi::Number::New(env, ignis_api_version()));
  return exports;
}

}  // namespace

NODE_API_MODULE(ignis, Init)
