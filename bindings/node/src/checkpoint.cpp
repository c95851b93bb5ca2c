// ignis.saveCheckpoint / ignis.loadCheckpoint and their ...Async forms: a module's state dict
// and, optionally, its optimizer's state in one safetensors file (ignis_checkpoint_*). The same
// job runs on the JS thread or, for the async forms, on a libuv thread.
#include <memory>
#include <string>
#include <vector>

#include "async_worker.h"
#include "tensor.h"

namespace ignis_node {

namespace {

// The C call with its inputs and outputs; retains the module and optimizer it uses.
class CheckpointJob {
 public:
  CheckpointJob(std::string path, ignis_module* m, ignis_optimizer* opt)
      : path_(std::move(path)), m_(ignis_module_retain(m)), opt_(ignis_optimizer_retain(opt)) {}
  virtual ~CheckpointJob() {
    ignis_optimizer_release(opt_);
    ignis_module_release(m_);
  }
  virtual ignis_status Run() = 0;
  virtual Napi::Value Result(Napi::Env env) = 0;

 protected:
  std::string path_;
  ignis_module* m_;
  ignis_optimizer* opt_;
};

class SaveJob : public CheckpointJob {
 public:
  SaveJob(std::string path, ignis_module* m, ignis_optimizer* opt, std::vector<std::string> keys,
          std::vector<std::string> values)
      : CheckpointJob(std::move(path), m, opt),
        keys_(std::move(keys)),
        values_(std::move(values)) {}
  ignis_status Run() override {
    std::vector<const char*> k, v;
    for (size_t i = 0; i < keys_.size(); ++i) {
      k.push_back(keys_[i].c_str());
      v.push_back(values_[i].c_str());
    }
    return ignis_checkpoint_save(path_.c_str(), m_, opt_, k.empty() ? nullptr : k.data(),
                                 v.empty() ? nullptr : v.data(), k.size());
  }
  Napi::Value Result(Napi::Env env) override { return env.Undefined(); }

 private:
  std::vector<std::string> keys_, values_;
};

class LoadJob : public CheckpointJob {
 public:
  LoadJob(std::string path, ignis_module* m, ignis_optimizer* opt, bool strict)
      : CheckpointJob(std::move(path), m, opt), strict_(strict) {
    report_.struct_size = sizeof(ignis_load_report);
  }
  ~LoadJob() override {
    ignis_load_report_clear(&report_);
    ignis_string_array_free(mk_, nm_);
    ignis_string_array_free(mv_, nm_);
  }
  ignis_status Run() override {
    return ignis_checkpoint_load(path_.c_str(), m_, opt_, strict_, &report_, &optimizer_loaded_,
                                 &mk_, &mv_, &nm_);
  }
  // {missingKeys, unexpectedKeys, optimizerLoaded, metadata}.
  Napi::Value Result(Napi::Env env) override {
    auto strings = [&](char** s, size_t n) {
      Napi::Array a = Napi::Array::New(env, n);
      for (size_t i = 0; i < n; ++i) a.Set(static_cast<uint32_t>(i), Napi::String::New(env, s[i]));
      return a;
    };
    Napi::Object out = Napi::Object::New(env);
    out.Set("missingKeys", strings(report_.missing_keys, report_.missing_count));
    out.Set("unexpectedKeys", strings(report_.unexpected_keys, report_.unexpected_count));
    out.Set("optimizerLoaded", Napi::Boolean::New(env, optimizer_loaded_ != 0));
    Napi::Object meta = Napi::Object::New(env);
    for (size_t i = 0; i < nm_; ++i) meta.Set(mk_[i], Napi::String::New(env, mv_[i]));
    out.Set("metadata", meta);
    return out;
  }

 private:
  bool strict_;
  ignis_load_report report_{};
  int32_t optimizer_loaded_ = 0;
  char** mk_ = nullptr;
  char** mv_ = nullptr;
  size_t nm_ = 0;
};

class CheckpointWorker : public PromiseWorker {
 public:
  CheckpointWorker(Napi::Env env, std::unique_ptr<CheckpointJob> job)
      : PromiseWorker(env), job_(std::move(job)) {}

 private:
  ignis_status Run() override { return job_->Run(); }
  Napi::Value Result(Napi::Env env) override { return job_->Result(env); }
  std::unique_ptr<CheckpointJob> job_;
};

// The options object (undefined or a plain object) and its optimizer (null when absent).
Napi::Object options_arg(Napi::Env env, const Napi::CallbackInfo& info, const char* fn) {
  Napi::Value v = info.Length() > 2 ? info[2] : env.Undefined();
  if (v.IsUndefined()) return Napi::Object::New(env);
  if (!v.IsObject() || v.IsArray() || v.IsFunction())
    throw_arg(env, std::string(fn) + ": options must be an object, got " + describe(v));
  return v.As<Napi::Object>();
}

ignis_optimizer* optimizer_option(Napi::Env env, const Napi::Object& opts) {
  Napi::Value v = opts.Get("optimizer");
  if (v.IsUndefined() || v.IsNull()) return nullptr;
  return optimizer_handle(env, v);
}

void check_keys(Napi::Env env, const Napi::Object& opts, const char* fn,
                std::initializer_list<const char*> known) {
  Napi::Array keys = opts.GetPropertyNames();
  for (uint32_t i = 0; i < keys.Length(); ++i) {
    std::string k = keys.Get(i).ToString().Utf8Value();
    bool ok = false;
    std::string names;
    for (const char* n : known) {
      ok |= k == n;
      names += std::string(names.empty() ? "" : ", ") + n;
    }
    if (!ok)
      throw_arg(env, std::string(fn) + ": unknown option '" + k + "' (known: " + names + ")");
  }
}

// saveCheckpoint(path, module, {optimizer, metadata}) as a job.
std::unique_ptr<CheckpointJob> save_job(const Napi::CallbackInfo& info, const char* fn) {
  Napi::Env env = info.Env();
  std::string path = string_arg(env, info.Length() > 0 ? info[0] : env.Undefined(), "path");
  ignis_module* m = module_handle(env, info.Length() > 1 ? info[1] : env.Undefined(), "module");
  Napi::Object opts = options_arg(env, info, fn);
  check_keys(env, opts, fn, {"optimizer", "metadata"});
  ignis_optimizer* opt = optimizer_option(env, opts);
  std::vector<std::string> keys, values;
  Napi::Value meta = opts.Get("metadata");
  if (!meta.IsUndefined() && !meta.IsNull()) {
    if (!meta.IsObject() || meta.IsArray())
      throw_arg(env,
                std::string(fn) + ": metadata must be an object of strings, got " + describe(meta));
    Napi::Object mo = meta.As<Napi::Object>();
    Napi::Array mk = mo.GetPropertyNames();
    for (uint32_t i = 0; i < mk.Length(); ++i) {
      std::string k = mk.Get(i).ToString().Utf8Value();
      Napi::Value v = mo.Get(k);
      if (!v.IsString())
        throw_arg(env,
                  std::string(fn) + ": metadata['" + k + "'] must be a string, got " + describe(v));
      keys.push_back(k);
      values.push_back(v.As<Napi::String>().Utf8Value());
    }
  }
  return std::make_unique<SaveJob>(path, m, opt, std::move(keys), std::move(values));
}

// loadCheckpoint(path, module, {optimizer, strict = true}) as a job.
std::unique_ptr<CheckpointJob> load_job(const Napi::CallbackInfo& info, const char* fn) {
  Napi::Env env = info.Env();
  std::string path = string_arg(env, info.Length() > 0 ? info[0] : env.Undefined(), "path");
  ignis_module* m = module_handle(env, info.Length() > 1 ? info[1] : env.Undefined(), "module");
  Napi::Object opts = options_arg(env, info, fn);
  check_keys(env, opts, fn, {"optimizer", "strict"});
  ignis_optimizer* opt = optimizer_option(env, opts);
  bool strict = true;
  Napi::Value s = opts.Get("strict");
  if (!s.IsUndefined()) {
    if (!s.IsBoolean())
      throw_arg(env, std::string(fn) + ": strict must be a boolean, got " + describe(s));
    strict = s.As<Napi::Boolean>().Value();
  }
  return std::make_unique<LoadJob>(path, m, opt, strict);
}

Napi::Value run_now(Napi::Env env, std::unique_ptr<CheckpointJob> job) {
  check(env, job->Run());
  return job->Result(env);
}

// The module and optimizer objects stay referenced (and their handles retained) until the
// Promise settles.
Napi::Value run_async(const Napi::CallbackInfo& info, std::unique_ptr<CheckpointJob> job) {
  auto* w = new CheckpointWorker(info.Env(), std::move(job));
  w->Keep(info[1]);
  if (info.Length() > 2 && info[2].IsObject()) w->Keep(info[2].As<Napi::Object>().Get("optimizer"));
  Napi::Promise p = w->Promise();
  w->Queue();
  return p;
}

Napi::Value SaveCheckpoint(const Napi::CallbackInfo& info) {
  return run_now(info.Env(), save_job(info, "saveCheckpoint"));
}
Napi::Value SaveCheckpointAsync(const Napi::CallbackInfo& info) {
  return run_async(info, save_job(info, "saveCheckpointAsync"));
}
Napi::Value LoadCheckpoint(const Napi::CallbackInfo& info) {
  return run_now(info.Env(), load_job(info, "loadCheckpoint"));
}
Napi::Value LoadCheckpointAsync(const Napi::CallbackInfo& info) {
  return run_async(info, load_job(info, "loadCheckpointAsync"));
}

}  // namespace

void InitCheckpoint(Napi::Env env, Napi::Object exports) {
  exports.Set("saveCheckpoint", Napi::Function::New<SaveCheckpoint>(env, "saveCheckpoint"));
  exports.Set("saveCheckpointAsync",
              Napi::Function::New<SaveCheckpointAsync>(env, "saveCheckpointAsync"));
  exports.Set("loadCheckpoint", Napi::Function::New<LoadCheckpoint>(env, "loadCheckpoint"));
  exports.Set("loadCheckpointAsync",
              Napi::Function::New<LoadCheckpointAsync>(env, "loadCheckpointAsync"));
}

}  // namespace ignis_node
