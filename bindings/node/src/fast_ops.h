// Hand-written fast paths for the hottest ops: add/sub/mul/div and add_/sub_/mul_/div_ as
// methods (x.add(y)) and as functions (ignis.add(x, y)), see fast_ops.cpp.
#pragma once

#include <napi.h>

#include "common.h"

namespace ignis_node {

struct OpGroup;

// One fast op: the typed C API calls for a Tensor and a number operand (in-place forms return
// no out), and the op group whose general path defines its semantics.
struct FastOp {
  const char* js_name;
  bool inplace;
  ignis_status (*with_tensor)(ignis_tensor* self, const ignis_tensor* other, ignis_tensor** out);
  ignis_status (*with_scalar)(ignis_tensor* self, ignis_scalar other, ignis_tensor** out);
  const OpGroup* group;
};

// The fast op named js_name, or nullptr (the table is built once per process).
const FastOp* find_fast_op(const char* js_name);

// Runs f on self and other when other is a live Tensor or a JS number, setting s (and out for
// an out-of-place op); false, having run nothing, for any other operand.
bool try_fast_op(Napi::Env env, const FastOp& f, ignis_tensor* self, napi_value other,
                 ignis_status& s, ignis_tensor*& out);

// The function form of a fast op (info.Data() is its FastOp).
Napi::Value call_fast_function(const Napi::CallbackInfo& info);

// For the tests that compare the two paths: exports.generalMethods[name] (called with a Tensor
// as this) and exports.generalFunctions[name], the general path of each fast op.
void InitFastOps(Napi::Env env, Napi::Object exports);

}  // namespace ignis_node
