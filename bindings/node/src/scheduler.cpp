// ignis.optim.lr_scheduler: engine learning-rate schedulers (ignis_scheduler_*) over an
// ignis.optim.Optimizer, created by PyTorch class name with PyTorch's option names. LambdaLR's
// lr_lambda is a JS function that the engine calls back during step() on the JS thread.
#include <cmath>
#include <string>
#include <vector>

#include "tensor.h"

namespace ignis_node {

namespace {

// What LambdaLR's C callback needs: the JS functions (one for every group, or one per group)
// and the JS exception of the last failed call, attached as `cause` to the Error step throws.
struct LambdaState {
  Napi::Env env;
  std::thread::id js_thread;
  std::vector<Napi::FunctionReference> fns;
  Napi::Reference<Napi::Value> pending;
};

ignis_status lambda_call(int64_t epoch, size_t group, double* factor, void* user_data) {
  auto* st = static_cast<LambdaState*>(user_data);
  // The engine calls back on the thread calling step(); JS can only run on the JS thread.
  if (std::this_thread::get_id() != st->js_thread)
    return ignis_set_last_error(IGNIS_ERROR_UNSUPPORTED,
                                "LambdaLR: lr_lambda is a JS function and runs only on the JS "
                                "thread that created the scheduler; call step() there");
  if (st->fns.size() > 1 && group >= st->fns.size())
    return ignis_set_last_error(IGNIS_ERROR_INVALID_ARGUMENT,
                                ("LambdaLR: got " + std::to_string(st->fns.size()) +
                                 " lr_lambdas but the optimizer has a group " +
                                 std::to_string(group))
                                    .c_str());
  Napi::Env env = st->env;
  Napi::HandleScope scope(env);
  const Napi::FunctionReference& fn = st->fns.size() == 1 ? st->fns[0] : st->fns[group];
  try {
    Napi::Value r = fn.Call({Napi::Number::New(env, static_cast<double>(epoch))});
    if (!r.IsNumber() || !std::isfinite(r.As<Napi::Number>().DoubleValue()))
      return ignis_set_last_error(IGNIS_ERROR_INVALID_ARGUMENT,
                                  ("LambdaLR: lr_lambda(" + std::to_string(epoch) +
                                   ") must return a finite number, got " + describe(r))
                                      .c_str());
    *factor = r.As<Napi::Number>().DoubleValue();
    return IGNIS_OK;
  } catch (const Napi::Error& e) {
    st->pending = Napi::Persistent(e.Value().As<Napi::Value>());
    return ignis_set_last_error(
        IGNIS_ERROR_INVALID_ARGUMENT,
        ("LambdaLR: lr_lambda(" + std::to_string(epoch) + ") threw: " + e.Message()).c_str());
  }
}

void lambda_destroy(void* user_data) {
  auto* st = static_cast<LambdaState*>(user_data);
  // References may only be deleted on their JS thread; elsewhere (never reached today: only JS
  // objects hold schedulers) leaking them is the safe choice.
  if (std::this_thread::get_id() != st->js_thread) return;
  delete st;
}

class Scheduler : public Napi::ObjectWrap<Scheduler> {
 public:
  static Napi::Function Init(Napi::Env env, AddonData* data) {
    Napi::Function ctor = DefineClass(env, "LRScheduler",
                                      {
                                          StaticMethod<&Scheduler::Create>("create"),
                                          StaticMethod<&Scheduler::Lambda>("lambda"),
                                          StaticMethod<&Scheduler::Sequential>("sequential"),
                                          InstanceAccessor<&Scheduler::Type>("type"),
                                          InstanceAccessor<&Scheduler::Optimizer>("optimizer"),
                                          InstanceMethod<&Scheduler::Step>("step"),
                                          InstanceMethod<&Scheduler::GetLastLr>("getLastLr"),
                                          InstanceMethod<&Scheduler::Dispose>("dispose"),
                                      });
    data->scheduler_ctor = Napi::Persistent(ctor);
    return ctor;
  }

  // new LRScheduler(External<ignis_scheduler>, type, optimizer) from the static factories.
  explicit Scheduler(const Napi::CallbackInfo& info) : Napi::ObjectWrap<Scheduler>(info) {
    if (info.Length() != 3 || !info[0].IsExternal())
      throw_arg(info.Env(), "LRScheduler cannot be constructed directly; use "
                            "ignis.optim.lr_scheduler.StepLR(optimizer, {step_size: 10}) and the "
                            "other factories");
    s_ = info[0].As<Napi::External<ignis_scheduler>>().Data();
    type_ = info[1].As<Napi::String>().Utf8Value();
    optimizer_ = Napi::Persistent(info[2].As<Napi::Object>());
  }
  ~Scheduler() override { ignis_scheduler_release(s_); }

  ignis_scheduler* handle(Napi::Env env) const {
    if (!s_) throw_arg(env, "the scheduler has been disposed (dispose() was called on it)");
    return s_;
  }

  static Scheduler* Of(Napi::Env env, const Napi::Value& v) {
    AddonData* data = env.GetInstanceData<AddonData>();
    if (!v.IsObject() || !v.As<Napi::Object>().InstanceOf(data->scheduler_ctor.Value()))
      return nullptr;
    try {
      return Unwrap(v.As<Napi::Object>());
    } catch (const Napi::Error&) {  // an object made from the prototype, never constructed
      return nullptr;
    }
  }

 private:
  static Napi::Value Wrap(Napi::Env env, ignis_scheduler* s, const std::string& type,
                          const Napi::Value& optimizer) {
    AddonData* data = env.GetInstanceData<AddonData>();
    try {
      return data->scheduler_ctor.New(
          {Napi::External<ignis_scheduler>::New(env, s), Napi::String::New(env, type), optimizer});
    } catch (...) {
      ignis_scheduler_release(s);
      throw;
    }
  }

  // create(type, optimizer, options?) -> LRScheduler.
  static Napi::Value Create(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    std::string type = string_arg(env, info[0], "type");
    ignis_optimizer* opt = optimizer_handle(env, info[1]);
    std::string opts = options_json(env, info.Length() > 2 ? info[2] : env.Undefined());
    ignis_scheduler* s = nullptr;
    check(env, ignis_scheduler_create(type.c_str(), opt, opts.c_str(), &s));
    return Wrap(env, s, type, info[1]);
  }

  // lambda(optimizer, fn | fn[]) -> LambdaLR; fn(epoch) returns the factor of the initial lr.
  static Napi::Value Lambda(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    ignis_optimizer* opt = optimizer_handle(env, info[0]);
    auto* st = new LambdaState{env, env.GetInstanceData<AddonData>()->js_thread, {}, {}};
    Napi::Value f = info[1];
    bool ok = f.IsFunction();
    if (f.IsArray()) {
      Napi::Array arr = f.As<Napi::Array>();
      ok = arr.Length() > 0;
      for (uint32_t i = 0; ok && i < arr.Length(); ++i) {
        ok = arr.Get(i).IsFunction();
        if (ok) st->fns.push_back(Napi::Persistent(arr.Get(i).As<Napi::Function>()));
      }
    } else if (ok) {
      st->fns.push_back(Napi::Persistent(f.As<Napi::Function>()));
    }
    if (!ok) {
      delete st;
      throw_arg(env, "LambdaLR expects lr_lambda as a function (epoch) => factor or an array of "
                     "them (one per parameter group), got " +
                         describe(f));
    }
    size_t groups = 0;
    ignis_status gs = ignis_optimizer_group_count(opt, &groups);
    if (gs == IGNIS_OK && st->fns.size() > 1 && st->fns.size() != groups) {
      size_t given = st->fns.size();
      delete st;
      throw_arg(env, "LambdaLR: expected " + std::to_string(groups) +
                         " lr_lambdas (one per parameter group), got " + std::to_string(given));
    }
    ignis_lr_lambda cb{sizeof(ignis_lr_lambda), lambda_call, st, lambda_destroy};
    ignis_scheduler* s = nullptr;
    ignis_status status = ignis_scheduler_create_lambda(opt, &cb, &s);
    // On failure the library has already run destroy (st is gone); the message says why.
    if (status != IGNIS_OK) throw make_error(env, status, ignis_last_error());
    Napi::Value out = Wrap(env, s, "LambdaLR", info[0]);
    Unwrap(out.As<Napi::Object>())->lambda_ = st;
    return out;
  }

  // sequential(optimizer, schedulers[], milestones[]) -> SequentialLR.
  static Napi::Value Sequential(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    ignis_optimizer* opt = optimizer_handle(env, info[0]);
    if (!info[1].IsArray())
      throw_arg(env, "SequentialLR expects an array of schedulers, got " + describe(info[1]));
    Napi::Array arr = info[1].As<Napi::Array>();
    std::vector<ignis_scheduler*> subs;
    for (uint32_t i = 0; i < arr.Length(); ++i) {
      Scheduler* sub = Of(env, arr.Get(i));
      if (!sub)
        throw_arg(env, "SequentialLR: schedulers[" + std::to_string(i) +
                           "] is not an LRScheduler, got " + describe(arr.Get(i)));
      subs.push_back(sub->handle(env));
    }
    std::vector<int64_t> milestones = to_int_list(env, info[2], "milestones");
    ignis_scheduler* s = nullptr;
    check(env, ignis_scheduler_create_sequential(opt, subs.data(), subs.size(), milestones.data(),
                                                 milestones.size(), &s));
    return Wrap(env, s, "SequentialLR", info[0]);
  }

  Napi::Value Type(const Napi::CallbackInfo& info) { return Napi::String::New(info.Env(), type_); }

  Napi::Value Optimizer(const Napi::CallbackInfo& info) { return optimizer_.Value(); }

  // step() advances one epoch; ReduceLROnPlateau's step(metric) records the epoch's metric.
  Napi::Value Step(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    ignis_scheduler* s = handle(env);
    ignis_status status;
    if (info.Length() > 0 && !info[0].IsUndefined()) {
      if (!info[0].IsNumber())
        throw_arg(env, "step(metric): metric must be a number, got " + describe(info[0]));
      status = ignis_scheduler_step_metric(s, info[0].As<Napi::Number>().DoubleValue());
    } else {
      status = ignis_scheduler_step(s);
    }
    if (status != IGNIS_OK) {
      Napi::Error e = make_error(env, status, ignis_last_error());
      if (lambda_ && !lambda_->pending.IsEmpty()) {
        e.Set("cause", lambda_->pending.Value());
        lambda_->pending.Reset();
      }
      throw e;
    }
    return env.Undefined();
  }

  // The lrs the last step set, one per parameter group.
  Napi::Value GetLastLr(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    ignis_scheduler* s = handle(env);
    size_t n = 0;
    check(env, ignis_scheduler_get_last_lr(s, nullptr, 0, &n));
    std::vector<double> lrs(n);
    check(env, ignis_scheduler_get_last_lr(s, lrs.data(), lrs.size(), &n));
    Napi::Array arr = Napi::Array::New(env, n);
    for (size_t i = 0; i < n; ++i) arr.Set(static_cast<uint32_t>(i), lrs[i]);
    return arr;
  }

  Napi::Value Dispose(const Napi::CallbackInfo& info) {
    ignis_scheduler_release(s_);
    s_ = nullptr;
    lambda_ = nullptr;  // freed by the library with the scheduler's last reference
    return info.Env().Undefined();
  }

  ignis_scheduler* s_ = nullptr;
  std::string type_;
  Napi::ObjectReference optimizer_;
  LambdaState* lambda_ = nullptr;  // LambdaLR's callback state, owned by the library
};

}  // namespace

void InitScheduler(Napi::Env env, Napi::Object exports, AddonData* data) {
  exports.Set("LRScheduler", Scheduler::Init(env, data));
}

}  // namespace ignis_node
