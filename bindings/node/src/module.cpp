// ignis.nn.Module: an engine module (ignis_module_*) created by PyTorch class name with JSON
// options; forward on the JS thread or, with the ...Async forms, on a libuv worker thread.
#include <string>
#include <vector>

#include "async_worker.h"
#include "tensor.h"

namespace ignis_node {

namespace {

class Module;

bool strict_arg(Napi::Env env, const Napi::Value& v) {
  if (v.IsUndefined()) return true;
  if (!v.IsBoolean()) throw_arg(env, "strict must be a boolean, got " + describe(v));
  return v.As<Napi::Boolean>().Value();
}

// Tensors out of forward_n: one becomes a Tensor, several an array.
Napi::Value wrap_outputs(Napi::Env env, ignis_tensor** outs, size_t n) {
  std::vector<ignis_tensor*> hs(outs, outs + n);
  std::free(outs);  // the array itself; each handle now moves into a Tensor
  if (n == 1) return Tensor::Wrap(env, hs[0]);
  Napi::Array arr = Napi::Array::New(env, n);
  for (size_t i = 0; i < n; ++i) {
    try {
      arr.Set(static_cast<uint32_t>(i), Tensor::Wrap(env, hs[i]));
    } catch (...) {
      for (size_t j = i + 1; j < n; ++j) ignis_tensor_release(hs[j]);
      throw;
    }
  }
  return arr;
}

// Retained handles of forward's inputs (null stands for an optional input left out).
std::vector<ignis_tensor*> retained_inputs(const Napi::CallbackInfo& info) {
  std::vector<ignis_tensor*> in;
  try {
    for (size_t i = 0; i < info.Length(); ++i) {
      if (info[i].IsNull()) {
        in.push_back(nullptr);
        continue;
      }
      in.push_back(ignis_tensor_retain(Tensor::Handle(info.Env(), info[i], "forward input")));
    }
  } catch (...) {
    for (auto* h : in) ignis_tensor_release(h);
    throw;
  }
  if (in.empty()) throw_arg(info.Env(), "forward needs at least one input tensor");
  return in;
}

Napi::Object wrap_module(Napi::Env env, ignis_module* m) {
  AddonData* data = env.GetInstanceData<AddonData>();
  try {
    return data->module_ctor.New({Napi::External<ignis_module>::New(env, m)});
  } catch (...) {
    ignis_module_release(m);
    throw;
  }
}

class ForwardWorker : public PromiseWorker {
 public:
  ForwardWorker(Napi::Env env, ignis_module* m, std::vector<ignis_tensor*> in)
      : PromiseWorker(env), m_(ignis_module_retain(m)), in_(std::move(in)) {}
  ~ForwardWorker() override {
    for (auto* h : in_) ignis_tensor_release(h);
    if (outs_) ignis_tensor_array_free(outs_, n_);
    ignis_module_release(m_);
  }

 private:
  ignis_status Run() override {
    return ignis_module_forward_n(m_, in_.data(), in_.size(), &outs_, &n_);
  }
  Napi::Value Result(Napi::Env env) override {
    ignis_tensor** outs = outs_;
    outs_ = nullptr;
    return wrap_outputs(env, outs, n_);
  }
  ignis_module* m_;
  std::vector<ignis_tensor*> in_;
  ignis_tensor** outs_ = nullptr;
  size_t n_ = 0;
};

// One training step off the JS thread: out = m(input), loss = loss_fn(out, target), backward,
// optimizer step, then the gradients are dropped. Resolves with the loss as a number.
class TrainStepWorker : public PromiseWorker {
 public:
  TrainStepWorker(Napi::Env env, ignis_module* m, ignis_module* loss_fn, ignis_optimizer* opt,
                  ignis_tensor* input, ignis_tensor* target)
      : PromiseWorker(env),
        m_(ignis_module_retain(m)),
        loss_(ignis_module_retain(loss_fn)),
        opt_(ignis_optimizer_retain(opt)),
        input_(input),
        target_(target) {}
  ~TrainStepWorker() override {
    ignis_tensor_release(input_);
    ignis_tensor_release(target_);
    ignis_optimizer_release(opt_);
    ignis_module_release(loss_);
    ignis_module_release(m_);
  }

 private:
  ignis_status Run() override {
    ignis_status s = ignis_optimizer_zero_grad(opt_, 1);
    ignis_tensor* out = nullptr;
    if (s == IGNIS_OK) s = ignis_module_forward(m_, input_, &out);
    ignis_tensor** losses = nullptr;
    size_t n = 0;
    if (s == IGNIS_OK) {
      const ignis_tensor* args[2] = {out, target_};
      s = ignis_module_forward_n(loss_, args, 2, &losses, &n);
    }
    if (s == IGNIS_OK && n != 1)
      s = ignis_set_last_error(IGNIS_ERROR_INVALID_ARGUMENT,
                               "trainStepAsync: the loss module must return one tensor");
    if (s == IGNIS_OK) s = ignis_tensor_item_double(losses[0], &loss_value_);
    if (s == IGNIS_OK) s = ignis_tensor_backward(losses[0], nullptr, 0, 0);
    if (s == IGNIS_OK) s = ignis_optimizer_step(opt_);
    ignis_tensor_array_free(losses, n);
    ignis_tensor_release(out);
    return s;
  }
  Napi::Value Result(Napi::Env env) override { return Napi::Number::New(env, loss_value_); }

  ignis_module* m_;
  ignis_module* loss_;
  ignis_optimizer* opt_;
  ignis_tensor* input_;
  ignis_tensor* target_;
  double loss_value_ = 0;
};

// Creates a module and, given a path, loads its safetensors state dict, off the JS thread.
class LoadWorker : public PromiseWorker {
 public:
  LoadWorker(Napi::Env env, std::string type, std::string options, std::string path,
             ignis_module* existing, bool strict)
      : PromiseWorker(env),
        type_(std::move(type)),
        options_(std::move(options)),
        path_(std::move(path)),
        m_(ignis_module_retain(existing)),
        strict_(strict),
        returns_module_(existing == nullptr) {}
  ~LoadWorker() override { ignis_module_release(m_); }

 private:
  ignis_status Run() override {
    if (!m_) {
      ignis_status s = ignis_module_create(type_.c_str(), options_.c_str(), &m_);
      if (s != IGNIS_OK) return s;
    }
    if (path_.empty()) return IGNIS_OK;
    return ignis_module_load(m_, path_.c_str(), strict_, nullptr);
  }
  Napi::Value Result(Napi::Env env) override {
    if (!returns_module_) return env.Undefined();
    ignis_module* m = m_;
    m_ = nullptr;
    return wrap_module(env, m);
  }
  std::string type_, options_, path_;
  ignis_module* m_;
  bool strict_;
  bool returns_module_;
};

constexpr auto kReplaceable =
    static_cast<napi_property_attributes>(napi_writable | napi_configurable);

class Module : public Napi::ObjectWrap<Module> {
 public:
  static Napi::Function Init(Napi::Env env, AddonData* data) {
    Napi::Function ctor =
        DefineClass(env, "Module",
                    {
                        StaticMethod<&Module::Create>("create"),
                        StaticMethod<&Module::Load>("load"),
                        StaticMethod<&Module::Types>("types"),
                        InstanceAccessor<&Module::Type>("type"),
                        InstanceAccessor<&Module::Training>("training"),
                        InstanceMethod<&Module::Forward>("forward"),
                        // index.js wraps these two for JS-defined modules
                        InstanceMethod<&Module::ForwardAsync>("forwardAsync", kReplaceable),
                        InstanceMethod<&Module::TrainStepAsync>("trainStepAsync", kReplaceable),
                        InstanceMethod<&Module::Parameters>("parameters"),
                        InstanceMethod<&Module::LoadStateDict>("loadStateDict"),
                        InstanceMethod<&Module::LoadStateDictAsync>("loadStateDictAsync"),
                        InstanceMethod<&Module::Save>("save"),
                        InstanceMethod<&Module::Train>("train"),
                        InstanceMethod<&Module::Eval>("eval"),
                        InstanceMethod<&Module::ZeroGrad>("zeroGrad"),
                        InstanceMethod<&Module::NamedParameters>("namedParameters"),
                        InstanceMethod<&Module::StateDict>("stateDict"),
                        InstanceMethod<&Module::ToString>("toString"),
                        InstanceMethod<&Module::Dispose>("dispose"),
                        InstanceMethod<&Module::Append>("append"),
                        InstanceMethod<&Module::AddChild>("addChild"),
                        InstanceMethod<&Module::Children>("children"),
                        InstanceMethod<&Module::SetParameter>("setParameter"),
                        InstanceMethod<&Module::SetBuffer>("setBuffer"),
                    });
    data->module_ctor = Napi::Persistent(ctor);
    return ctor;
  }

  // new Module(External) wraps an engine module (wrap_module). `super()` from a JS class that
  // extends Module makes an engine ModuleDict to hold what the class registers (its parameters,
  // buffers and submodules), so state dicts, optimizers, train()/eval() and save/load go through
  // the engine with PyTorch's dotted names; the class's own forward() is JS.
  explicit Module(const Napi::CallbackInfo& info) : Napi::ObjectWrap<Module>(info) {
    Napi::Env env = info.Env();
    if (info.Length() == 1 && info[0].IsExternal()) {
      m_ = info[0].As<Napi::External<ignis_module>>().Data();
      return;
    }
    AddonData* data = env.GetInstanceData<AddonData>();
    if (info.Length() != 0 || info.NewTarget().StrictEquals(data->module_ctor.Value()))
      throw_arg(env, "Module cannot be constructed directly; use "
                     "ignis.nn.Module.create(type, options), await "
                     "ignis.nn.Module.load(type, options, path), or extend it "
                     "(class Net extends ignis.nn.Module { constructor() { super(); ... } })");
    check(env, ignis_module_create("ModuleDict", nullptr, &m_));
    js_type_ = info.NewTarget().As<Napi::Object>().Get("name").ToString().Utf8Value();
  }
  ~Module() override { ignis_module_release(m_); }

 private:
  friend ignis_module* ignis_node::module_handle(Napi::Env, const Napi::Value&, const char*);

  ignis_module* handle(Napi::Env env) const {
    if (!m_) throw_arg(env, "the module has been disposed (dispose() was called on it)");
    return m_;
  }

  // create(type, options?) -> Module.
  static Napi::Value Create(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    std::string type = string_arg(env, info[0], "type");
    std::string opts = options_json(env, info.Length() > 1 ? info[1] : env.Undefined());
    ignis_module* m = nullptr;
    check(env, ignis_module_create(type.c_str(), opts.c_str(), &m));
    return wrap_module(env, m);
  }

  // load(type, options?, path?, strict?) -> Promise<Module>, created (and filled) off-thread.
  static Napi::Value Load(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    std::string type = string_arg(env, info[0], "type");
    std::string opts = options_json(env, info.Length() > 1 ? info[1] : env.Undefined());
    std::string path = info.Length() > 2 && !info[2].IsUndefined() && !info[2].IsNull()
                           ? string_arg(env, info[2], "path")
                           : "";
    bool strict = strict_arg(env, info.Length() > 3 ? info[3] : env.Undefined());
    auto* w = new LoadWorker(env, type, opts, path, nullptr, strict);
    Napi::Promise p = w->Promise();
    w->Queue();
    return p;
  }

  static Napi::Value Types(const Napi::CallbackInfo& info) {
    char** names = nullptr;
    size_t n = 0;
    check(info.Env(), ignis_module_types(&names, &n));
    Napi::Array arr = Napi::Array::New(info.Env(), n);
    for (size_t i = 0; i < n; ++i) arr.Set(static_cast<uint32_t>(i), names[i]);
    ignis_string_array_free(names, n);
    return arr;
  }

  // The engine type name, or the JS class name of a JS-defined module.
  Napi::Value Type(const Napi::CallbackInfo& info) {
    if (!js_type_.empty()) return Napi::String::New(info.Env(), js_type_);
    char* s = nullptr;
    check(info.Env(), ignis_module_type(handle(info.Env()), &s));
    Napi::String out = Napi::String::New(info.Env(), s);
    ignis_string_free(s);
    return out;
  }

  Napi::Value Training(const Napi::CallbackInfo& info) {
    int32_t t = 0;
    check(info.Env(), ignis_module_is_training(handle(info.Env()), &t));
    return Napi::Boolean::New(info.Env(), t != 0);
  }

  Napi::Value Forward(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    ignis_module* m = handle(env);
    std::vector<ignis_tensor*> in = retained_inputs(info);
    ignis_tensor** outs = nullptr;
    size_t n = 0;
    ignis_status s = ignis_module_forward_n(m, in.data(), in.size(), &outs, &n);
    for (auto* h : in) ignis_tensor_release(h);
    check(env, s);
    return wrap_outputs(env, outs, n);
  }

  // The inputs and the module are retained until the worker is done, so disposing them (or
  // letting them be collected) while it runs is safe.
  Napi::Value ForwardAsync(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    auto* w = new ForwardWorker(env, handle(env), retained_inputs(info));
    Napi::Promise p = w->Promise();
    w->Queue();
    return p;
  }

  // trainStepAsync(lossModule, optimizer, input, target) -> Promise<number>.
  Napi::Value TrainStepAsync(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    Module* loss = Of(env, info.Length() > 0 ? info[0] : env.Undefined());
    if (!loss)
      throw_arg(env, "trainStepAsync expects a loss Module first, got " +
                         describe(info.Length() > 0 ? info[0] : env.Undefined()));
    ignis_optimizer* opt = optimizer_handle(env, info.Length() > 1 ? info[1] : env.Undefined());
    ignis_tensor* input =
        Tensor::Handle(env, info.Length() > 2 ? info[2] : env.Undefined(), "input");
    ignis_tensor* target =
        Tensor::Handle(env, info.Length() > 3 ? info[3] : env.Undefined(), "target");
    auto* w = new TrainStepWorker(env, handle(env), loss->handle(env), opt,
                                  ignis_tensor_retain(input), ignis_tensor_retain(target));
    Napi::Promise p = w->Promise();
    w->Queue();
    return p;
  }

  // The parameters as Tensors sharing the module's memory (for optimizers).
  Napi::Value Parameters(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    ignis_module* m = handle(env);
    size_t n = 0;
    check(env, ignis_module_parameter_count(m, 1, &n));
    Napi::Array arr = Napi::Array::New(env, n);
    for (size_t i = 0; i < n; ++i) {
      ignis_tensor* t = nullptr;
      check(env, ignis_module_parameter(m, 1, i, nullptr, &t));
      arr.Set(static_cast<uint32_t>(i), Tensor::Wrap(env, t));
    }
    return arr;
  }

  static Module* Of(Napi::Env env, const Napi::Value& v) {
    AddonData* data = env.GetInstanceData<AddonData>();
    if (!v.IsObject() || !v.As<Napi::Object>().InstanceOf(data->module_ctor.Value()))
      return nullptr;
    try {
      return Unwrap(v.As<Napi::Object>());
    } catch (const Napi::Error&) {
      return nullptr;
    }
  }

  Napi::Value LoadStateDict(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    std::string path = string_arg(env, info[0], "path");
    bool strict = strict_arg(env, info.Length() > 1 ? info[1] : env.Undefined());
    check(env, ignis_module_load(handle(env), path.c_str(), strict, nullptr));
    return info.This();
  }

  Napi::Value LoadStateDictAsync(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    std::string path = string_arg(env, info[0], "path");
    bool strict = strict_arg(env, info.Length() > 1 ? info[1] : env.Undefined());
    auto* w = new LoadWorker(env, "", "", path, handle(env), strict);
    Napi::Promise p = w->Promise();
    w->Queue();
    return p;
  }

  Napi::Value Save(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    std::string path = string_arg(env, info[0], "path");
    check(env, ignis_module_save(handle(env), path.c_str()));
    return env.Undefined();
  }

  Napi::Value Train(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    bool on = true;
    if (info.Length() > 0 && !info[0].IsUndefined()) {
      if (!info[0].IsBoolean()) throw_arg(env, "train() takes a boolean, got " + describe(info[0]));
      on = info[0].As<Napi::Boolean>().Value();
    }
    check(env, ignis_module_train(handle(env), on));
    return info.This();
  }

  Napi::Value Eval(const Napi::CallbackInfo& info) {
    check(info.Env(), ignis_module_train(handle(info.Env()), 0));
    return info.This();
  }

  Napi::Value ZeroGrad(const Napi::CallbackInfo& info) {
    check(info.Env(), ignis_module_zero_grad(handle(info.Env()), 1));
    return info.Env().Undefined();
  }

  // [[name, Tensor], ...] of every parameter (sharing the module's memory).
  Napi::Value NamedParameters(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    ignis_module* m = handle(env);
    size_t n = 0;
    check(env, ignis_module_parameter_count(m, 1, &n));
    Napi::Array arr = Napi::Array::New(env, n);
    for (size_t i = 0; i < n; ++i) {
      char* name = nullptr;
      ignis_tensor* t = nullptr;
      check(env, ignis_module_parameter(m, 1, i, &name, &t));
      Napi::Array pair = Napi::Array::New(env, 2);
      pair.Set(0u, Napi::String::New(env, name));
      ignis_string_free(name);
      pair.Set(1u, Tensor::Wrap(env, t));
      arr.Set(static_cast<uint32_t>(i), pair);
    }
    return arr;
  }

  // {name: Tensor} of every parameter and buffer.
  Napi::Value StateDict(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    char** names = nullptr;
    ignis_tensor** ts = nullptr;
    size_t n = 0;
    check(env, ignis_module_state_dict(handle(env), &names, &ts, &n));
    Napi::Object obj = Napi::Object::New(env);
    for (size_t i = 0; i < n; ++i) {
      obj.Set(names[i], Tensor::Wrap(env, ignis_tensor_retain(ts[i])));
    }
    ignis_string_array_free(names, n);
    ignis_tensor_array_free(ts, n);
    return obj;
  }

  Napi::Value ToString(const Napi::CallbackInfo& info) {
    if (!m_) return Napi::String::New(info.Env(), "Module(<disposed>)");
    char* s = nullptr;
    check(info.Env(), ignis_module_repr(m_, &s));
    std::string text(s);
    ignis_string_free(s);
    // A JS-defined module's engine container is a ModuleDict; show the class name instead.
    if (!js_type_.empty() && text.rfind("ModuleDict", 0) == 0)
      text = js_type_ + text.substr(std::string("ModuleDict").size());
    return Napi::String::New(info.Env(), text);
  }

  Napi::Value Dispose(const Napi::CallbackInfo& info) {
    ignis_module_release(m_);
    m_ = nullptr;
    return info.Env().Undefined();
  }

  // append(child): a Sequential's or ModuleList's next child ("0", "1", ...). Returns this.
  Napi::Value Append(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    check(env, ignis_module_append(handle(env), child_arg(env, info, 0, "append")));
    return info.This();
  }

  // addChild(name, child): registers child under name (PyTorch's add_module). Returns child.
  Napi::Value AddChild(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    std::string name = string_arg(env, info.Length() > 0 ? info[0] : env.Undefined(), "name");
    check(env,
          ignis_module_add_child(handle(env), name.c_str(), child_arg(env, info, 1, "addChild")));
    return info[1];
  }

  // children() -> [[name, Module], ...]: the direct children, as new handles on the same modules.
  Napi::Value Children(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    ignis_module* m = handle(env);
    size_t n = 0;
    check(env, ignis_module_child_count(m, &n));
    Napi::Array arr = Napi::Array::New(env, n);
    for (size_t i = 0; i < n; ++i) {
      char* name = nullptr;
      ignis_module* c = nullptr;
      check(env, ignis_module_child(m, i, &name, &c));
      Napi::Array pair = Napi::Array::New(env, 2);
      pair.Set(0u, Napi::String::New(env, name));
      ignis_string_free(name);
      pair.Set(1u, wrap_module(env, c));
      arr.Set(static_cast<uint32_t>(i), pair);
    }
    return arr;
  }

  // setParameter(name, tensor, requiresGrad = true): registers the tensor (shared, not copied) as
  // a parameter, replacing one of that name; dotted names reach into children. Returns tensor.
  Napi::Value SetParameter(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    std::string name = string_arg(env, info.Length() > 0 ? info[0] : env.Undefined(), "name");
    ignis_tensor* t =
        Tensor::Handle(env, info.Length() > 1 ? info[1] : env.Undefined(), "setParameter tensor");
    bool grad = true;
    if (info.Length() > 2 && !info[2].IsUndefined()) {
      if (!info[2].IsBoolean())
        throw_arg(env, "setParameter: requiresGrad must be a boolean, got " + describe(info[2]));
      grad = info[2].As<Napi::Boolean>().Value();
    }
    check(env, ignis_module_set_parameter(handle(env), name.c_str(), t, grad));
    return info[1];
  }

  // setBuffer(name, tensor): registers a buffer (saved in the state dict, not trained).
  Napi::Value SetBuffer(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    std::string name = string_arg(env, info.Length() > 0 ? info[0] : env.Undefined(), "name");
    ignis_tensor* t =
        Tensor::Handle(env, info.Length() > 1 ? info[1] : env.Undefined(), "setBuffer tensor");
    check(env, ignis_module_set_buffer(handle(env), name.c_str(), t));
    return info[1];
  }

  static ignis_module* child_arg(Napi::Env env, const Napi::CallbackInfo& info, size_t i,
                                 const char* fn) {
    Napi::Value v = info.Length() > i ? info[i] : env.Undefined();
    Module* c = Of(env, v);
    if (!c)
      throw_arg(env, std::string(fn) + " expects an ignis.nn.Module child, got " + describe(v));
    return c->handle(env);
  }

  ignis_module* m_ = nullptr;
  std::string js_type_;  // set for a JS class extending Module
};

}  // namespace

ignis_module* module_handle(Napi::Env env, const Napi::Value& v, const char* what) {
  Module* m = Module::Of(env, v);
  if (!m)
    throw_arg(env, std::string("expected an ignis.nn.Module for ") + what + ", got " + describe(v));
  return m->handle(env);
}

void InitModule(Napi::Env env, Napi::Object exports, AddonData* data) {
  exports.Set("Module", Module::Init(env, data));
}

}  // namespace ignis_node
