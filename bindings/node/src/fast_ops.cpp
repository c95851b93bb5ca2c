// Hand-written fast paths for the hottest Tensor calls: the methods add/sub/mul/div and
// add_/sub_/mul_/div_, and the functions ignis.add/sub/mul/div. The general path (ops.cpp)
// converts every argument of every overload against the op table and calls ignis_op_call by
// name; these look at one shape of call only, `x.op(y)` or `ignis.op(x, y)` with y a live
// Tensor or a JS number, and call the typed C API function directly.
//
// Anything else (a missing, extra or options argument, a bigint or boolean operand, an array,
// a disposed tensor, a non-Tensor self) goes to the general path of the same op group, which
// therefore still defines the semantics and the errors. Both reach the same engine function
// with the same arguments: the Tensor overload for a Tensor operand, the Scalar overload for a
// number (integral values as int scalars, the rest as floats: number_scalar, which the general
// path uses too), alpha = 1 (the schema default), so results, type promotion, broadcasting,
// autograd history and version counters are the general path's, and a failed status becomes
// the same Error (check: code, status, the library's message). In-place forms return this, as
// the general path does. tests/bindings/node/fast_ops.test.js compares the two paths.
#include "fast_ops.h"

#include <cstring>
#include <vector>

#include "op_table.h"
#include "tensor.h"

namespace ignis_node {

namespace {

template <ignis_status (*F)(const ignis_tensor*, const ignis_tensor*, ignis_scalar, ignis_tensor**)>
ignis_status alpha_tensor(ignis_tensor* self, const ignis_tensor* other, ignis_tensor** out) {
  return F(self, other, ignis_scalar_int(1), out);
}
template <ignis_status (*F)(const ignis_tensor*, ignis_scalar, ignis_scalar, ignis_tensor**)>
ignis_status alpha_scalar(ignis_tensor* self, ignis_scalar other, ignis_tensor** out) {
  return F(self, other, ignis_scalar_int(1), out);
}
template <ignis_status (*F)(ignis_tensor*, const ignis_tensor*, ignis_scalar)>
ignis_status alpha_tensor_(ignis_tensor* self, const ignis_tensor* other, ignis_tensor**) {
  return F(self, other, ignis_scalar_int(1));
}
template <ignis_status (*F)(ignis_tensor*, ignis_scalar, ignis_scalar)>
ignis_status alpha_scalar_(ignis_tensor* self, ignis_scalar other, ignis_tensor**) {
  return F(self, other, ignis_scalar_int(1));
}
template <ignis_status (*F)(const ignis_tensor*, const ignis_tensor*, ignis_tensor**)>
ignis_status plain_tensor(ignis_tensor* self, const ignis_tensor* other, ignis_tensor** out) {
  return F(self, other, out);
}
template <ignis_status (*F)(const ignis_tensor*, ignis_scalar, ignis_tensor**)>
ignis_status plain_scalar(ignis_tensor* self, ignis_scalar other, ignis_tensor** out) {
  return F(self, other, out);
}
template <ignis_status (*F)(ignis_tensor*, const ignis_tensor*)>
ignis_status plain_tensor_(ignis_tensor* self, const ignis_tensor* other, ignis_tensor**) {
  return F(self, other);
}
template <ignis_status (*F)(ignis_tensor*, ignis_scalar)>
ignis_status plain_scalar_(ignis_tensor* self, ignis_scalar other, ignis_tensor**) {
  return F(self, other);
}

const std::vector<FastOp>& fast_ops() {
  static const std::vector<FastOp> ops = [] {
    std::vector<FastOp> v = {
        {"add", false, alpha_tensor<ignis_add_tensor>, alpha_scalar<ignis_add_scalar>, nullptr},
        {"add_", true, alpha_tensor_<ignis_add_tensor_inplace>,
         alpha_scalar_<ignis_add_scalar_inplace>, nullptr},
        {"sub", false, alpha_tensor<ignis_sub_tensor>, alpha_scalar<ignis_sub_scalar>, nullptr},
        {"sub_", true, alpha_tensor_<ignis_sub_tensor_inplace>,
         alpha_scalar_<ignis_sub_scalar_inplace>, nullptr},
        {"mul", false, plain_tensor<ignis_mul_tensor>, plain_scalar<ignis_mul_scalar>, nullptr},
        {"mul_", true, plain_tensor_<ignis_mul_tensor_inplace>,
         plain_scalar_<ignis_mul_scalar_inplace>, nullptr},
        {"div", false, plain_tensor<ignis_div_tensor>, plain_scalar<ignis_div_scalar>, nullptr},
        {"div_", true, plain_tensor_<ignis_div_tensor_inplace>,
         plain_scalar_<ignis_div_scalar_inplace>, nullptr},
    };
    for (auto& f : v)
      for (size_t i = 0; i < kOpGroupCount && !f.group; ++i)
        if (std::strcmp(kOpGroups[i].js_name, f.js_name) == 0) f.group = &kOpGroups[i];
    return v;
  }();
  return ops;
}

}  // namespace

const FastOp* find_fast_op(const char* js_name) {
  for (const auto& f : fast_ops())
    if (f.group && std::strcmp(f.js_name, js_name) == 0) return &f;
  return nullptr;
}

bool try_fast_op(Napi::Env env, const FastOp& f, ignis_tensor* self, napi_value other,
                 ignis_status& s, ignis_tensor*& out) {
  napi_valuetype type;
  if (napi_typeof(env, other, &type) != napi_ok) return false;
  if (type == napi_number) {
    double d = 0;
    if (napi_get_value_double(env, other, &d) != napi_ok) return false;
    s = f.with_scalar(self, number_scalar(d), &out);
    return true;
  }
  if (type != napi_object) return false;
  Tensor* t = Tensor::Of(env, Napi::Value(env, other));
  if (!t || t->disposed()) return false;
  s = f.with_tensor(self, t->handle(env), &out);
  return true;
}

Napi::Value call_fast_function(const Napi::CallbackInfo& info) {
  const FastOp& f = *static_cast<const FastOp*>(info.Data());
  Napi::Env env = info.Env();
  if (info.Length() == 2) {
    Tensor* self = Tensor::Of(env, info[0]);
    ignis_status s = IGNIS_OK;
    ignis_tensor* out = nullptr;
    if (self && !self->disposed() && !f.inplace &&
        try_fast_op(env, f, self->handle(env), info[1], s, out)) {
      check(env, s);
      return Tensor::Wrap(env, out);
    }
  }
  return call_op(info, *f.group, Napi::Value(), nullptr);
}

namespace {

Napi::Value general_method(const Napi::CallbackInfo& info) {
  const FastOp& f = *static_cast<const FastOp*>(info.Data());
  Tensor* self = Tensor::Of(info.Env(), info.This());
  if (!self)
    throw_arg(info.Env(), std::string("generalMethods.") + f.js_name + ": this must be a Tensor");
  return call_op(info, *f.group, info.This(), self->handle(info.Env()));
}

Napi::Value general_function(const Napi::CallbackInfo& info) {
  const FastOp& f = *static_cast<const FastOp*>(info.Data());
  return call_op(info, *f.group, Napi::Value(), nullptr);
}

}  // namespace

void InitFastOps(Napi::Env env, Napi::Object exports) {
  Napi::Object methods = Napi::Object::New(env);
  Napi::Object functions = Napi::Object::New(env);
  for (const auto& f : fast_ops()) {
    if (!f.group) continue;
    auto* data = const_cast<FastOp*>(&f);
    methods.Set(f.js_name, Napi::Function::New(env, general_method, f.js_name, data));
    if (f.group->function)
      functions.Set(f.js_name, Napi::Function::New(env, general_function, f.js_name, data));
  }
  exports.Set("generalMethods", methods);
  exports.Set("generalFunctions", functions);
}

}  // namespace ignis_node
