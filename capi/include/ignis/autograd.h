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
IGNIS_API ignis_status ignis_autograd_backward(const ignis_tensor* const* outputs,
                                               size_t n_outputs,
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

#ifdef __cplusplus
}
#endif

#endif /* IGNIS_AUTOGRAD_H */
