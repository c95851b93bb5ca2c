// autograd.h: custom autograd functions (a C backward callback over the engine's
// autograd::CustomFunction) and grad_fn names.
#include <memory>
#include <string>
#include <vector>

#include "autograd/function.h"
#include "capi/src/glue.h"
#include "capi/src/handles.h"
#include "ignis/autograd.h"

using namespace ignis;

namespace {

// Owns the caller's function: destroy runs when the node (or a failed apply) drops the last copy.
struct FunctionState {
  ignis_autograd_function fn;
  std::string name;
  ~FunctionState() {
    if (fn.destroy) fn.destroy(fn.user_data);
  }
};

// Calls the C backward with borrowed handles and adopts the gradients it returns.
std::vector<Tensor> run_backward(const FunctionState& st, autograd::FunctionCtx& ctx,
                                 const std::vector<Tensor>& grads, size_t n_inputs) {
  std::vector<Tensor> saved = ctx.saved_tensors();
  std::vector<const ignis_tensor*> gh, sh;
  for (const Tensor& g : grads) gh.push_back(g.defined() ? capi::handle(g.impl()) : nullptr);
  for (const Tensor& s : saved) sh.push_back(capi::handle(s.impl()));
  std::vector<ignis_tensor*> out(n_inputs, nullptr);
  ignis_set_last_error(IGNIS_OK, "");
  ignis_status s = st.fn.backward(gh.data(), gh.size(), sh.data(), sh.size(), out.data(),
                                  out.size(), st.fn.user_data);
  std::vector<Tensor> result;
  for (ignis_tensor* h : out)
    result.push_back(h ? Tensor(Ref<TensorImpl>::adopt(capi::impl(h))) : Tensor());
  if (s != IGNIS_OK) {
    std::string msg = ignis_last_error();
    if (msg.empty()) msg = st.name + ": backward failed with status " + ignis_status_name(s);
    int k = static_cast<int>(s);
    throw Error(k >= 1 && k <= 9 ? static_cast<ErrorKind>(k) : ErrorKind::Internal, msg);
  }
  return result;
}

}  // namespace

extern "C" {

IGNIS_API ignis_status ignis_tensor_grad_fn_name(const ignis_tensor* t, char** out) {
  constexpr const char* fn = "ignis_tensor_grad_fn_name";
  if (!out) return capi::null_out(fn, "out");
  *out = nullptr;
  IGNIS_CAPI_TRY
  auto node = capi::tensor_arg(fn, "t", t).get().grad_fn();
  if (node) *out = capi::dup_string(node->name());
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_autograd_function_apply(
    const ignis_autograd_function* fn, const ignis_tensor* const* inputs, size_t n_inputs,
    const ignis_tensor* const* outputs, size_t n_outputs, const ignis_tensor* const* saved,
    size_t n_saved, ignis_tensor** results) {
  constexpr const char* where = "ignis_autograd_function_apply";
  if (!fn)
    return capi::set_error(IGNIS_ERROR_INVALID_ARGUMENT, std::string(where) + ": fn is NULL");
  if (fn->struct_size < sizeof(ignis_autograd_function)) {
    return capi::set_error(IGNIS_ERROR_INVALID_ARGUMENT,
                           std::string(where) + ": fn->struct_size is " +
                               std::to_string(fn->struct_size) + ", expected at least " +
                               std::to_string(sizeof(ignis_autograd_function)));
  }
  // From here on the library owns user_data: destroy runs whatever happens.
  auto state = std::make_shared<FunctionState>();
  state->fn = *fn;
  if (!results) return capi::null_out(where, "results");
  for (size_t i = 0; i < n_outputs; ++i) results[i] = nullptr;
  IGNIS_CAPI_TRY
  capi::require(reinterpret_cast<const void*>(fn->backward), where, "fn->backward");
  state->name = fn->name && *fn->name ? fn->name : "CustomFunctionBackward";
  IGNIS_CHECK(n_outputs > 0, InvalidArgument, where, ": expected at least one output");
  if (n_inputs > 0) capi::require(inputs, where, "inputs");
  capi::require(outputs, where, "outputs");
  if (n_saved > 0) capi::require(saved, where, "saved");
  std::vector<Tensor> ins, outs, keep;
  for (size_t i = 0; i < n_inputs; ++i)
    ins.push_back(inputs[i] ? Tensor(Ref<TensorImpl>(capi::impl(inputs[i]))) : Tensor());
  for (size_t i = 0; i < n_outputs; ++i) {
    IGNIS_CHECK(outputs[i], InvalidArgument, where, ": outputs[", i, "] is NULL");
    // A fresh alias per output: the caller's tensor keeps no history of ours.
    outs.push_back(Tensor(Ref<TensorImpl>(capi::impl(outputs[i]))).detach());
  }
  for (size_t i = 0; i < n_saved; ++i) {
    IGNIS_CHECK(saved[i], InvalidArgument, where, ": saved[", i, "] is NULL");
    Tensor s(Ref<TensorImpl>(capi::impl(saved[i])));
    // A saved output is saved as the result (so backward sees the recorded output).
    for (size_t k = 0; k < n_outputs; ++k)
      if (saved[i] == outputs[k]) s = outs[k];
    keep.push_back(s);
  }
  autograd::CustomFunction cf;
  cf.name = state->name;
  // forward runs once, inside apply; it captures by reference because the node keeps a copy of
  // cf, and owning the outputs from there would be a reference cycle (output -> node -> output).
  cf.forward = [&](autograd::FunctionCtx& ctx, const std::vector<Tensor>&) {
    ctx.save_for_backward(keep);
    return outs;
  };
  cf.backward = [state, n_inputs](autograd::FunctionCtx& ctx, const std::vector<Tensor>& g) {
    return run_backward(*state, ctx, g, n_inputs);
  };
  std::vector<Tensor> res = autograd::apply(cf, ins);
  for (size_t i = 0; i < res.size(); ++i) results[i] = capi::leak(std::move(res[i]));
  IGNIS_CAPI_CATCH
}

}  // extern "C"
