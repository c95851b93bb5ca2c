// ignis.optim.Optimizer: an engine optimizer (ignis_optimizer_*) over JS tensors, created by
// PyTorch class name with JSON options.
#include <string>
#include <vector>

#include "tensor.h"

namespace ignis_node {

namespace {

size_t group_arg(Napi::Env env, const Napi::Value& v) {
  if (v.IsUndefined()) return 0;
  int64_t g = to_int64(env, v, "group");
  if (g < 0) throw_arg(env, "group must be >= 0, got " + std::to_string(g));
  return static_cast<size_t>(g);
}

class Optimizer : public Napi::ObjectWrap<Optimizer> {
 public:
  static Napi::Function Init(Napi::Env env, AddonData* data) {
    Napi::Function ctor = DefineClass(env, "Optimizer",
                                      {
                                          StaticMethod<&Optimizer::Create>("create"),
                                          InstanceMethod<&Optimizer::Step>("step"),
                                          InstanceMethod<&Optimizer::ZeroGrad>("zeroGrad"),
                                          InstanceMethod<&Optimizer::GetOption>("getOption"),
                                          InstanceMethod<&Optimizer::SetOption>("setOption"),
                                          InstanceMethod<&Optimizer::Save>("save"),
                                          InstanceMethod<&Optimizer::Load>("load"),
                                          InstanceMethod<&Optimizer::Dispose>("dispose"),
                                      });
    data->optimizer_ctor = Napi::Persistent(ctor);
    return ctor;
  }

  explicit Optimizer(const Napi::CallbackInfo& info) : Napi::ObjectWrap<Optimizer>(info) {
    if (info.Length() != 1 || !info[0].IsExternal())
      throw_arg(info.Env(), "Optimizer cannot be constructed directly; use "
                            "ignis.optim.Optimizer.create(type, params, options) or "
                            "ignis.optim.SGD(params, options)");
    opt_ = info[0].As<Napi::External<ignis_optimizer>>().Data();
  }
  ~Optimizer() override { ignis_optimizer_release(opt_); }

  ignis_optimizer* handle(Napi::Env env) const {
    if (!opt_) throw_arg(env, "the optimizer has been disposed (dispose() was called on it)");
    return opt_;
  }

 private:
  // create(type, params: Tensor[], options?) -> Optimizer.
  static Napi::Value Create(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    std::string type = string_arg(env, info[0], "type");
    if (info.Length() < 2 || !info[1].IsArray())
      throw_arg(env, "expected an array of parameter tensors, got " +
                         describe(info.Length() < 2 ? env.Undefined() : info[1]));
    Napi::Array arr = info[1].As<Napi::Array>();
    std::vector<const ignis_tensor*> params;
    for (uint32_t i = 0; i < arr.Length(); ++i)
      params.push_back(Tensor::Handle(env, arr.Get(i), "params"));
    std::string opts = options_json(env, info.Length() > 2 ? info[2] : env.Undefined());
    ignis_optimizer* opt = nullptr;
    check(env,
          ignis_optimizer_create(type.c_str(), params.data(), params.size(), opts.c_str(), &opt));
    AddonData* data = env.GetInstanceData<AddonData>();
    try {
      return data->optimizer_ctor.New({Napi::External<ignis_optimizer>::New(env, opt)});
    } catch (...) {
      ignis_optimizer_release(opt);
      throw;
    }
  }

  Napi::Value Step(const Napi::CallbackInfo& info) {
    check(info.Env(), ignis_optimizer_step(handle(info.Env())));
    return info.Env().Undefined();
  }

  // zeroGrad(setToNone = true), as PyTorch.
  Napi::Value ZeroGrad(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    bool none = true;
    if (info.Length() > 0 && !info[0].IsUndefined()) {
      if (!info[0].IsBoolean())
        throw_arg(env, "setToNone must be a boolean, got " + describe(info[0]));
      none = info[0].As<Napi::Boolean>().Value();
    }
    check(env, ignis_optimizer_zero_grad(handle(env), none));
    return env.Undefined();
  }

  Napi::Value GetOption(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    std::string name = string_arg(env, info[0], "name");
    double v = 0;
    check(env, ignis_optimizer_get_option(handle(env), group_arg(env, info[1]), name.c_str(), &v));
    return Napi::Number::New(env, v);
  }

  Napi::Value SetOption(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    std::string name = string_arg(env, info[0], "name");
    if (!info[1].IsNumber())
      throw_arg(env, "option value must be a number, got " + describe(info[1]));
    check(env, ignis_optimizer_set_option(handle(env), group_arg(env, info[2]), name.c_str(),
                                          info[1].As<Napi::Number>().DoubleValue()));
    return env.Undefined();
  }

  Napi::Value Save(const Napi::CallbackInfo& info) {
    std::string path = string_arg(info.Env(), info[0], "path");
    check(info.Env(), ignis_optimizer_save(handle(info.Env()), path.c_str()));
    return info.Env().Undefined();
  }

  Napi::Value Load(const Napi::CallbackInfo& info) {
    std::string path = string_arg(info.Env(), info[0], "path");
    check(info.Env(), ignis_optimizer_load(handle(info.Env()), path.c_str()));
    return info.Env().Undefined();
  }

  Napi::Value Dispose(const Napi::CallbackInfo& info) {
    ignis_optimizer_release(opt_);
    opt_ = nullptr;
    return info.Env().Undefined();
  }

  ignis_optimizer* opt_ = nullptr;
};

}  // namespace

ignis_optimizer* optimizer_handle(Napi::Env env, const Napi::Value& v) {
  AddonData* data = env.GetInstanceData<AddonData>();
  if (v.IsObject() && v.As<Napi::Object>().InstanceOf(data->optimizer_ctor.Value())) {
    try {
      return Optimizer::Unwrap(v.As<Napi::Object>())->handle(env);
    } catch (const Napi::Error& e) {
      if (!e.Get("code").IsUndefined()) throw;  // disposed: our own coded error
    }
  }
  throw_arg(env, "expected an ignis.optim.Optimizer, got " + describe(v));
}

void InitOptim(Napi::Env env, Napi::Object exports, AddonData* data) {
  exports.Set("Optimizer", Optimizer::Init(env, data));
}

}  // namespace ignis_node
