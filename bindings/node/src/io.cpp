// ignis.save(tensors, path, metadata?) and ignis.load(path): named tensors to and from
// safetensors files (ignis_safetensors_*), the format module.save() and PyTorch's safetensors
// write. Files saved here carry {"format": "pt"} unless other metadata is given, as PyTorch
// users' files (and the Python binding's ignis.save) do.
#include <string>
#include <vector>

#include "tensor.h"

namespace ignis_node {

namespace {

// save({name: Tensor, ...}, path, metadata = {format: 'pt'}).
Napi::Value Save(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  Napi::Value dict = info.Length() > 0 ? info[0] : env.Undefined();
  if (!dict.IsObject() || dict.IsArray())
    throw_arg(env, "save expects an object {name: Tensor} first, got " + describe(dict));
  std::string path = string_arg(env, info.Length() > 1 ? info[1] : env.Undefined(), "path");
  Napi::Object obj = dict.As<Napi::Object>();
  Napi::Array keys = obj.GetPropertyNames();
  std::vector<std::string> names;
  std::vector<const ignis_tensor*> tensors;
  for (uint32_t i = 0; i < keys.Length(); ++i) {
    std::string name = keys.Get(i).ToString().Utf8Value();
    std::string what = "save: tensors['" + name + "']";
    tensors.push_back(Tensor::Handle(env, obj.Get(name), what.c_str()));
    names.push_back(std::move(name));
  }
  std::vector<std::string> mkeys{"format"}, mvalues{"pt"};
  if (info.Length() > 2 && !info[2].IsUndefined()) {
    if (!info[2].IsObject() || info[2].IsArray())
      throw_arg(env, "save: metadata must be an object of strings, got " + describe(info[2]));
    Napi::Object m = info[2].As<Napi::Object>();
    Napi::Array mk = m.GetPropertyNames();
    mkeys.clear();
    mvalues.clear();
    for (uint32_t i = 0; i < mk.Length(); ++i) {
      std::string k = mk.Get(i).ToString().Utf8Value();
      Napi::Value v = m.Get(k);
      if (!v.IsString())
        throw_arg(env, "save: metadata['" + k + "'] must be a string, got " + describe(v));
      mkeys.push_back(k);
      mvalues.push_back(v.As<Napi::String>().Utf8Value());
    }
  }
  std::vector<const char*> cnames, ck, cv;
  for (auto& n : names) cnames.push_back(n.c_str());
  for (size_t i = 0; i < mkeys.size(); ++i) {
    ck.push_back(mkeys[i].c_str());
    cv.push_back(mvalues[i].c_str());
  }
  check(env, ignis_safetensors_save(path.c_str(), cnames.data(), tensors.data(), tensors.size(),
                                    ck.data(), cv.data(), ck.size()));
  return env.Undefined();
}

// load(path) -> {name: Tensor} (CPU tensors, names sorted); the file's metadata is the
// non-enumerable property `metadata` of the result.
Napi::Value Load(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  std::string path = string_arg(env, info.Length() > 0 ? info[0] : env.Undefined(), "path");
  char** names = nullptr;
  ignis_tensor** ts = nullptr;
  size_t n = 0;
  char **mk = nullptr, **mv = nullptr;
  size_t nm = 0;
  check(env, ignis_safetensors_load(path.c_str(), &names, &ts, &n, &mk, &mv, &nm));
  Napi::Object out = Napi::Object::New(env);
  Napi::Object meta = Napi::Object::New(env);
  size_t i = 0;
  try {
    for (; i < n; ++i) {
      ignis_tensor* t = ts[i];
      ts[i] = nullptr;  // Wrap owns it from here, also when it throws
      out.Set(names[i], Tensor::Wrap(env, t));
    }
    for (size_t j = 0; j < nm; ++j) meta.Set(mk[j], Napi::String::New(env, mv[j]));
    out.DefineProperty(Napi::PropertyDescriptor::Value("metadata", meta, napi_default));
  } catch (...) {
    ignis_tensor_array_free(ts, n);
    ignis_string_array_free(names, n);
    ignis_string_array_free(mk, nm);
    ignis_string_array_free(mv, nm);
    throw;
  }
  ignis_tensor_array_free(ts, n);  // every entry is null by now: frees the array only
  ignis_string_array_free(names, n);
  ignis_string_array_free(mk, nm);
  ignis_string_array_free(mv, nm);
  return out;
}

}  // namespace

void InitIo(Napi::Env env, Napi::Object exports) {
  exports.Set("save", Napi::Function::New<Save>(env, "save"));
  exports.Set("load", Napi::Function::New<Load>(env, "load"));
}

}  // namespace ignis_node
