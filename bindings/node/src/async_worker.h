// PromiseWorker: engine work on a libuv thread that settles a Promise (forwardAsync,
// trainStepAsync, loadCheckpointAsync, a DataLoader's async iteration, runAsync). A failure
// rejects it with an Error carrying the engine's status code and message. Grad mode is per
// thread, so the caller's is carried over to the worker.
#pragma once

#include <napi.h>

#include <string>
#include <vector>

#include "common.h"

namespace ignis_node {

class PromiseWorker : public Napi::AsyncWorker {
 public:
  explicit PromiseWorker(Napi::Env env)
      : Napi::AsyncWorker(env, "ignis"),
        deferred_(Napi::Promise::Deferred::New(env)),
        grad_enabled_(ignis_grad_mode_is_enabled()) {}
  Napi::Promise Promise() const { return deferred_.Promise(); }
  // Keeps a JS object (a Module, Optimizer, DataLoader) from being collected until the Promise
  // settles, so the JS side sees it alive for as long as the worker uses its handle.
  void Keep(const Napi::Value& v) {
    if (v.IsObject()) kept_.push_back(Napi::Persistent(v.As<Napi::Object>()));
  }

 protected:
  virtual ignis_status Run() = 0;
  virtual Napi::Value Result(Napi::Env env) = 0;
  // Runs on the JS thread when the work is over, before the Promise settles either way.
  virtual void Settled() {}

 private:
  void Execute() override {
    ignis_grad_mode_set(grad_enabled_, nullptr);
    status_ = Run();
    if (status_ != IGNIS_OK) {
      message_ = ignis_last_error();
      SetError(message_);
    }
  }
  // Settling may fail only when the environment is shutting down (a terminated Worker): there
  // is no JS left to tell, so the failure is dropped rather than thrown out of libuv's callback.
  void OnOK() override {
    Settled();
    Napi::Env env = Env();
    try {
      deferred_.Resolve(Result(env));
    } catch (const Napi::Error& e) {
      try {
        deferred_.Reject(e.Value());
      } catch (const Napi::Error&) {
      }
    }
  }
  void OnError(const Napi::Error&) override {
    Settled();
    try {
      deferred_.Reject(make_error(Env(), status_, message_).Value());
    } catch (const Napi::Error&) {
    }
  }

  Napi::Promise::Deferred deferred_;
  int32_t grad_enabled_;
  ignis_status status_ = IGNIS_OK;
  std::string message_;
  std::vector<Napi::ObjectReference> kept_;  // released with the worker, on the JS thread
};

}  // namespace ignis_node
