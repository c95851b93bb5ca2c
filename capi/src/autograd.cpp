// autograd.h: requires_grad, backward, .grad, the functional grad() and C gradient hooks.
#include "ignis/autograd.h"

#include <memory>

#include "autograd/engine.h"
#include "capi/src/glue.h"

using namespace ignis;
using capi::Borrowed;
using capi::null_out;
using capi::require;

namespace {

// Owns a hook's user_data: destroy runs when the last copy of the std::function goes away.
struct HookState {
  ignis_grad_hook hook;
  ~HookState() {
    if (hook.destroy) hook.destroy(hook.user_data);
  }
};

// Reads an optional list of gradient seeds (NULL entries mean "ones").
std::vector<Tensor> seeds(const char* fn, const ignis_tensor* const* gs, size_t n, size_t n_out) {
  if (n == 0) return {};
  require(gs, fn, "grad_outputs");
  IGNIS_CHECK(n == n_out, InvalidArgument, fn,
              ": expected n_grad_outputs = 0 or n_outputs = ", n_out, " but got ", n);
  std::vector<Tensor> v;
  for (size_t i = 0; i < n; ++i)
    v.push_back(gs[i] ? Tensor(Ref<TensorImpl>(capi::impl(gs[i]))) : Tensor());
  return v;
}

}  // namespace

extern "C" {

IGNIS_API ignis_status ignis_tensor_requires_grad(const ignis_tensor* t, int32_t* out) {
  if (!out) return null_out("ignis_tensor_requires_grad", "out");
  IGNIS_CAPI_TRY
  *out = capi::tensor_arg("ignis_tensor_requires_grad", "t", t).get().requires_grad() ? 1 : 0;
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_tensor_set_requires_grad(ignis_tensor* t, int32_t requires_grad) {
  IGNIS_CAPI_TRY
  Borrowed b(capi::tensor_arg_handle("ignis_tensor_set_requires_grad", "t", t));
  b.mut().set_requires_grad(requires_grad != 0);
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_tensor_is_leaf(const ignis_tensor* t, int32_t* out) {
  if (!out) return null_out("ignis_tensor_is_leaf", "out");
  IGNIS_CAPI_TRY
  *out = capi::tensor_arg("ignis_tensor_is_leaf", "t", t).get().is_leaf() ? 1 : 0;
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_tensor_retain_grad(ignis_tensor* t) {
  IGNIS_CAPI_TRY
  capi::tensor_arg("ignis_tensor_retain_grad", "t", t).get().retain_grad();
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_tensor_grad(const ignis_tensor* t, ignis_tensor** out) {
  if (!out) return null_out("ignis_tensor_grad", "out");
  *out = nullptr;
  IGNIS_CAPI_TRY
  Tensor g = capi::tensor_arg("ignis_tensor_grad", "t", t).get().grad();
  if (g.defined()) *out = capi::leak(std::move(g));
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_tensor_set_grad(ignis_tensor* t, const ignis_tensor* grad) {
  IGNIS_CAPI_TRY
  Borrowed b(capi::tensor_arg_handle("ignis_tensor_set_grad", "t", t));
  b.mut().set_grad(grad ? Tensor(Ref<TensorImpl>(capi::impl(grad))) : Tensor());
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_tensor_backward(const ignis_tensor* t, const ignis_tensor* gradient,
                                             int32_t retain_graph, int32_t create_graph) {
  IGNIS_CAPI_TRY
  Borrowed b = capi::tensor_arg("ignis_tensor_backward", "t", t);
  Tensor g = gradient ? Tensor(Ref<TensorImpl>(capi::impl(gradient))) : Tensor();
  b.get().backward(g, retain_graph != 0, create_graph != 0);
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_autograd_backward(const ignis_tensor* const* outputs, size_t n_outputs,
                                               const ignis_tensor* const* grad_outputs,
                                               size_t n_grad_outputs, int32_t retain_graph,
                                               int32_t create_graph) {
  constexpr const char* fn = "ignis_autograd_backward";
  IGNIS_CAPI_TRY
  std::vector<Tensor> outs = capi::tensor_list_arg(fn, "outputs", outputs, n_outputs);
  autograd::backward(outs, seeds(fn, grad_outputs, n_grad_outputs, n_outputs), retain_graph != 0,
                     create_graph != 0);
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_autograd_grad(const ignis_tensor* const* outputs, size_t n_outputs,
                                           const ignis_tensor* const* inputs, size_t n_inputs,
                                           const ignis_tensor* const* grad_outputs,
                                           size_t n_grad_outputs, int32_t retain_graph,
                                           int32_t create_graph, int32_t allow_unused,
                                           ignis_tensor** grads) {
  constexpr const char* fn = "ignis_autograd_grad";
  if (n_inputs > 0 && !grads) return null_out(fn, "grads");
  for (size_t i = 0; i < n_inputs; ++i) grads[i] = nullptr;
  IGNIS_CAPI_TRY
  std::vector<Tensor> outs = capi::tensor_list_arg(fn, "outputs", outputs, n_outputs);
  std::vector<Tensor> ins = capi::tensor_list_arg(fn, "inputs", inputs, n_inputs);
  std::vector<Tensor> r =
      autograd::grad(outs, ins, seeds(fn, grad_outputs, n_grad_outputs, n_outputs),
                     retain_graph != 0, create_graph != 0, allow_unused != 0);
  IGNIS_CHECK(r.size() == n_inputs, Internal, fn, ": engine returned ", r.size(), " gradients for ",
              n_inputs, " inputs");
  for (size_t i = 0; i < n_inputs; ++i)
    if (r[i].defined()) grads[i] = capi::leak(std::move(r[i]));
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_tensor_register_hook(const ignis_tensor* t,
                                                  const ignis_grad_hook* hook) {
  constexpr const char* fn = "ignis_tensor_register_hook";
  if (!hook)
    return capi::set_error(IGNIS_ERROR_INVALID_ARGUMENT, std::string(fn) + ": hook is NULL");
  if (hook->struct_size < sizeof(ignis_grad_hook)) {
    return capi::set_error(IGNIS_ERROR_INVALID_ARGUMENT,
                           std::string(fn) + ": hook->struct_size is " +
                               std::to_string(hook->struct_size) + ", expected at least " +
                               std::to_string(sizeof(ignis_grad_hook)));
  }
  // From here on the library owns user_data: destroy runs whatever happens.
  auto state = std::make_shared<HookState>();
  state->hook = *hook;
  IGNIS_CAPI_TRY
  require(t, fn, "t");
  require(reinterpret_cast<const void*>(hook->fn), fn, "hook->fn");
  capi::Borrowed b(t);
  b.get().register_hook([state](const Tensor& grad) -> Tensor {
    ignis_tensor* replacement = nullptr;
    ignis_set_last_error(IGNIS_OK, "");
    ignis_status s = state->hook.fn(capi::handle(grad.impl()), &replacement, state->hook.user_data);
    if (s != IGNIS_OK) {
      ignis_tensor_release(replacement);
      std::string msg = ignis_last_error();
      if (msg.empty())
        msg = std::string("gradient hook failed with status ") + ignis_status_name(s);
      int k = static_cast<int>(s);
      throw Error(k >= 1 && k <= 9 ? static_cast<ErrorKind>(k) : ErrorKind::Internal, msg);
    }
    return replacement ? Tensor(Ref<TensorImpl>::adopt(capi::impl(replacement))) : Tensor();
  });
  IGNIS_CAPI_CATCH
}

}  // extern "C"
