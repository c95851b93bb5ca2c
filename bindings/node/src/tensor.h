// The JS Tensor class: one owned ignis_tensor reference per JS object, released by dispose() or,
// failing that, by the finalizer when the object is collected.
#pragma once

#include <napi.h>

#include "common.h"

namespace ignis_node {

class Tensor : public Napi::ObjectWrap<Tensor> {
 public:
  // Defines the class (with the generated op methods) and stores its constructor in data.
  static Napi::Function Init(Napi::Env env, AddonData* data);
  // A new JS Tensor owning h (the caller's reference moves into it).
  static Napi::Object Wrap(Napi::Env env, ignis_tensor* h);
  // The Tensor v wraps, or nullptr when v is not a Tensor.
  static Tensor* Of(Napi::Env env, const Napi::Value& v);
  // The live handle of v; throws when v is not a Tensor or has been disposed.
  static ignis_tensor* Handle(Napi::Env env, const Napi::Value& v, const char* what);

  explicit Tensor(const Napi::CallbackInfo& info);
  ~Tensor() override { ignis_tensor_release(h_); }
  // The live handle; throws when disposed.
  ignis_tensor* handle(Napi::Env env) const;
  bool disposed() const { return h_ == nullptr; }
  // Drops the reference now (dispose()).
  void release() {
    ignis_tensor_release(h_);
    h_ = nullptr;
  }

 private:
  Napi::Value Shape(const Napi::CallbackInfo& info);
  Napi::Value DType(const Napi::CallbackInfo& info);
  Napi::Value Device(const Napi::CallbackInfo& info);
  Napi::Value NDim(const Napi::CallbackInfo& info);
  Napi::Value Numel(const Napi::CallbackInfo& info);
  Napi::Value IsDisposed(const Napi::CallbackInfo& info);
  Napi::Value IsContiguous(const Napi::CallbackInfo& info);
  Napi::Value Data(const Napi::CallbackInfo& info);
  Napi::Value Item(const Napi::CallbackInfo& info);
  Napi::Value ToString(const Napi::CallbackInfo& info);
  Napi::Value Dispose(const Napi::CallbackInfo& info);
  Napi::Value RequiresGrad(const Napi::CallbackInfo& info);
  void SetRequiresGrad(const Napi::CallbackInfo& info, const Napi::Value& v);
  Napi::Value Grad(const Napi::CallbackInfo& info);
  void SetGrad(const Napi::CallbackInfo& info, const Napi::Value& v);
  Napi::Value IsLeaf(const Napi::CallbackInfo& info);
  Napi::Value RetainGrad(const Napi::CallbackInfo& info);
  Napi::Value Backward(const Napi::CallbackInfo& info);
  Napi::Value Detach(const Napi::CallbackInfo& info);
  Napi::Value Clone(const Napi::CallbackInfo& info);
  Napi::Value Contiguous(const Napi::CallbackInfo& info);
  Napi::Value To(const Napi::CallbackInfo& info);
  Napi::Value Reshape(const Napi::CallbackInfo& info);
  Napi::Value View(const Napi::CallbackInfo& info);
  Napi::Value Transpose(const Napi::CallbackInfo& info);
  Napi::Value Permute(const Napi::CallbackInfo& info);
  Napi::Value Squeeze(const Napi::CallbackInfo& info);
  Napi::Value Unsqueeze(const Napi::CallbackInfo& info);
  Napi::Value Flatten(const Napi::CallbackInfo& info);
  Napi::Value Expand(const Napi::CallbackInfo& info);
  Napi::Value Select(const Napi::CallbackInfo& info);
  // A generated op called as a method (info.Data() is its OpGroup; see ops.cpp).
  Napi::Value OpMethod(const Napi::CallbackInfo& info);
  // The same with a fast path in front (info.Data() is its FastOp; see fast_ops.h).
  Napi::Value FastOpMethod(const Napi::CallbackInfo& info);

  ignis_tensor* h_ = nullptr;
};

struct OpGroup;
// Calls an op group with self (empty for the function form; otherwise self_h is its live
// handle) and the JS arguments (ops.cpp).
Napi::Value call_op(const Napi::CallbackInfo& info, const OpGroup& group, Napi::Value self,
                    ignis_tensor* self_h);
// Exports every op group as a function (ops.cpp).
void InitOps(Napi::Env env, Napi::Object exports);

// tidyBegin() / tidyEnd(keep): the native half of ignis.tidy (index.js).
void InitTidy(Napi::Env env, Napi::Object exports);

// Module-level functions: creation from TypedArrays, factories, seeds and grad mode.
void InitCreation(Napi::Env env, Napi::Object exports);

}  // namespace ignis_node
