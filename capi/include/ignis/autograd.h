/* Ignis C API: autograd — requires_grad, backward, .grad, the functional grad(), and gradient
 * hooks. Pure C11. Grad mode itself is in core.h (ignis_grad_mode_set).
 *
 * Thread safety: backward runs on the calling thread and writes the .grad of the leaves it
 * reaches; do not read or write those leaves from another thread meanwhile. Hooks run on the
 * thread that calls backward / grad, during that call. */
#ifndef IGNIS_AUTOGRAD_H
#define IGNIS_AUTOGRAD_H

#include "ignis/tensor.h"

#ifdef __cplusplus
extern "C" {
#endif

/* 1 into *out when t records history for autograd. */
IGNIS_API ignis_status ignis_tensor_requires_grad(const ignis_tensor* t, int32_t* out);
/* Marks a leaf tensor as needing gradients (or not); error for non-leaves turned off. */
IGNIS_API ignis_status ignis_tensor_set_requires_grad(ignis_tensor* t, int32_t requires_grad);
/* 1 into *out when t was not produced by a recorded op. */
IGNIS_API ignis_status ignis_tensor_is_leaf(const ignis_tensor* t, int32_t* out);
/* Keeps .grad for a non-leaf after backward. */
IGNIS_API ignis_status ignis_tensor_retain_grad(ignis_tensor* t);
/* The accumulated gradient into *out (a new reference), or NULL when there is none. */
IGNIS_API ignis_status ignis_tensor_grad(const ignis_tensor* t, ignis_tensor** out);
/* Replaces t's .grad with grad (NULL clears it). */
IGNIS_API ignis_status ignis_tensor_set_grad(ignis_tensor* t, const ignis_tensor* grad);
/* Backpropagates from t (one element unless gradient is given; gradient may be NULL) and
 * accumulates into the .grad of every leaf that requires grad. Frees the graph unless
 * retain_graph; with create_graph the gradients record history themselves. */
IGNIS_API ignis_status ignis_tensor_backward(const ignis_tensor* t, const ignis_tensor* gradient,
                                             int32_t retain_graph, int32_t create_graph);
/* Backward from several outputs at once (grad_outputs may be NULL, or hold NULL entries meaning
 * ones for one-element outputs; n_grad_outputs is 0 or n_outputs). */
IGNIS_API ignis_status ignis_autograd_backward(const ignis_tensor* const* outputs, size_t n_outputs,
                                               const ignis_tensor* const* grad_outputs,
                                               size_t n_grad_outputs, int32_t retain_graph,
                                               int32_t create_graph);
/* d(outputs)/d(inputs) weighted by grad_outputs, written to grads[0..n_inputs) (caller array;
 * each entry a new reference, or NULL for an unused input when allow_unused). No .grad is
 * touched. On failure every grads entry is NULL. */
IGNIS_API ignis_status ignis_autograd_grad(const ignis_tensor* const* outputs, size_t n_outputs,
                                           const ignis_tensor* const* inputs, size_t n_inputs,
                                           const ignis_tensor* const* grad_outputs,
                                           size_t n_grad_outputs, int32_t retain_graph,
                                           int32_t create_graph, int32_t allow_unused,
                                           ignis_tensor** grads);

/* A gradient hook: called with the gradient (borrowed for the call). It may store a
 * replacement gradient in *replacement (a reference the library takes over) or leave it NULL to
 * keep the gradient. A status other than IGNIS_OK stops backward, and the message the callback
 * set with ignis_set_last_error reaches backward's caller. Runs on the thread calling
 * backward. */
typedef ignis_status (*ignis_grad_hook_fn)(const ignis_tensor* grad, ignis_tensor** replacement,
                                           void* user_data);
/* A hook with its state; destroy (may be NULL) runs once, on any thread, when the hook goes
 * away with the tensor or its graph. Set struct_size = sizeof(ignis_grad_hook). */
typedef struct ignis_grad_hook {
  size_t struct_size;
  ignis_grad_hook_fn fn;
  void* user_data;
  void (*destroy)(void* user_data);
} ignis_grad_hook;

/* Registers hook on t's gradient (t must require grad); the library copies *hook and owns
 * user_data from then on (destroy runs even when registration fails). */
IGNIS_API ignis_status ignis_tensor_register_hook(const ignis_tensor* t,
                                                  const ignis_grad_hook* hook);

/* The name of the node that produced t ("AddBackward0", a custom function's name) into *out
 * (ignis_string_free), or NULL into *out for a tensor without history (a leaf). */
IGNIS_API ignis_status ignis_tensor_grad_fn_name(const ignis_tensor* t, char** out);

/* ---- custom autograd functions (autograd.Function in the bindings) ---- */
/* A custom function's backward: receives one gradient per output (grad_outputs, borrowed for the
 * call; an output that got no gradient gets zeros) and the tensors saved at apply (saved,
 * borrowed), and stores one gradient per input into grad_inputs[0..n_inputs) (new references
 * the library takes over; leave an entry NULL for no gradient). Gradients must have their
 * input's shape. A status other than IGNIS_OK stops backward, and the message set with
 * ignis_set_last_error reaches backward's caller. Runs on the thread calling backward, with grad
 * mode off unless backward was asked to create a graph. */
typedef ignis_status (*ignis_autograd_backward_fn)(const ignis_tensor* const* grad_outputs,
                                                   size_t n_outputs,
                                                   const ignis_tensor* const* saved, size_t n_saved,
                                                   ignis_tensor** grad_inputs, size_t n_inputs,
                                                   void* user_data);
/* A custom function: name (copied; shown as the outputs' grad_fn name), backward with its state.
 * destroy (may be NULL) runs once when the function's node goes away (with the graph, on the
 * thread freeing it), or at once when apply fails or no input requires grad. Set
 * struct_size = sizeof(ignis_autograd_function). */
typedef struct ignis_autograd_function {
  size_t struct_size;
  const char* name;
  ignis_autograd_backward_fn backward;
  void* user_data;
  void (*destroy)(void* user_data);
} ignis_autograd_function;
/* Records a custom function: the caller computed outputs[0..n_outputs) from inputs[0..n_inputs)
 * itself (typically with grad mode off); results[0..n_outputs) (a caller array) receive new
 * tensors sharing the outputs' memory whose grad_fn runs fn->backward when any input requires
 * grad (else plain aliases). saved[0..n_saved) (inputs, outputs or any tensor) are kept for
 * backward and checked for in-place changes when backward unpacks them. The library copies *fn
 * and owns user_data from then on (except when fn->struct_size is wrong). NULL inputs are
 * allowed (no gradient flows to them). */
IGNIS_API ignis_status ignis_autograd_function_apply(
    const ignis_autograd_function* fn, const ignis_tensor* const* inputs, size_t n_inputs,
    const ignis_tensor* const* outputs, size_t n_outputs, const ignis_tensor* const* saved,
    size_t n_saved, ignis_tensor** results);

#ifdef __cplusplus
}
#endif

#endif /* IGNIS_AUTOGRAD_H */
