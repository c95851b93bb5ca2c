/* Ignis C API: optim — optimizers over any leaf tensors that require grad, learning-rate
 * schedulers, gradient clipping. Pure C11.
 *
 * Ownership: every ignis_optimizer* / ignis_scheduler* received is a new reference the caller
 * owns (ignis_optimizer_release / ignis_scheduler_release). An optimizer keeps its parameters
 * alive (it shares them; it does not copy), and a scheduler keeps its optimizer alive.
 * Thread safety: handles may be retained and released from any thread. An optimizer or
 * scheduler must not be used from two threads at once, and step must not overlap a forward or
 * backward that uses its parameters. The LambdaLR callback runs on the thread that calls
 * ignis_scheduler_create_lambda (once, for epoch 0) or ignis_scheduler_step, during that call. */
#ifndef IGNIS_OPTIM_H
#define IGNIS_OPTIM_H

#include "ignis/tensor.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Opaque refcounted optimizer and scheduler; used only through pointers. */
typedef struct ignis_optimizer ignis_optimizer;
typedef struct ignis_scheduler ignis_scheduler;

/* ---- optimizers ---- */

/* A new optimizer of `type` ("SGD", "Adam", "AdamW", "RMSprop", "Adagrad", "Adadelta") over
 * n_params parameters (at least one; each a leaf tensor that requires grad, in no other group)
 * with options_json in PyTorch's names: {"lr": 0.1, "momentum": 0.9, "nesterov": true},
 * {"lr": 1e-3, "betas": [0.9, 0.999], "weight_decay": 0.01}. NULL or "" means PyTorch's
 * defaults (SGD's lr, which PyTorch requires, defaults to 0.01). Flags take true/false or 0/1.
 * Unknown options and out-of-range values are IGNIS_ERROR_INVALID_ARGUMENT naming them. */
IGNIS_API ignis_status ignis_optimizer_create(const char* type, const ignis_tensor* const* params,
                                              size_t n_params, const char* options_json,
                                              ignis_optimizer** out);
/* Adds a parameter group with its own options (others come from the creation options). */
IGNIS_API ignis_status ignis_optimizer_add_param_group(ignis_optimizer* opt,
                                                       const ignis_tensor* const* params,
                                                       size_t n_params, const char* options_json);
/* Adds a reference to opt and returns opt (NULL-safe); any thread. */
IGNIS_API ignis_optimizer* ignis_optimizer_retain(ignis_optimizer* opt);
/* Drops the caller's reference (NULL-safe). */
IGNIS_API void ignis_optimizer_release(ignis_optimizer* opt);
/* Updates every parameter that has a gradient (without recording history). */
IGNIS_API ignis_status ignis_optimizer_step(ignis_optimizer* opt);
/* Drops (set_to_none nonzero, PyTorch's default) or zeroes every parameter's gradient. */
IGNIS_API ignis_status ignis_optimizer_zero_grad(ignis_optimizer* opt, int32_t set_to_none);
/* Number of parameter groups into *out. */
IGNIS_API ignis_status ignis_optimizer_group_count(const ignis_optimizer* opt, size_t* out);
/* Number of parameters of group `group` into *out. */
IGNIS_API ignis_status ignis_optimizer_group_size(const ignis_optimizer* opt, size_t group,
                                                  size_t* out);
/* Option `name` ("lr", "momentum", "beta1", ...; flags are 0 or 1) of group `group` into *out. */
IGNIS_API ignis_status ignis_optimizer_get_option(const ignis_optimizer* opt, size_t group,
                                                  const char* name, double* out);
/* Sets option `name` of group `group` (checked like creation options: an out-of-range value
 * is an error and changes nothing). */
IGNIS_API ignis_status ignis_optimizer_set_option(ignis_optimizer* opt, size_t group,
                                                  const char* name, double value);
/* Writes the optimizer state (buffers as tensors "state.<i>.<name>", steps and group options in
 * the file's metadata) to a safetensors file, atomically. */
IGNIS_API ignis_status ignis_optimizer_save(const ignis_optimizer* opt, const char* path);
/* Restores a state saved from an optimizer of the same type with the same groups (same number of
 * groups and parameters, same shapes). All-or-nothing; IGNIS_ERROR_IO for a missing or corrupt
 * file. */
IGNIS_API ignis_status ignis_optimizer_load(ignis_optimizer* opt, const char* path);

/* ---- learning-rate schedulers ---- */

/* A scheduler of `type` over opt with options_json in PyTorch's names: "StepLR" {step_size,
 * gamma=0.1}, "MultiStepLR" {milestones, gamma=0.1}, "ExponentialLR" {gamma},
 * "CosineAnnealingLR" {T_max, eta_min=0}, "LinearLR" {start_factor=1/3, end_factor=1,
 * total_iters=5}, "OneCycleLR" {max_lr, total_steps | epochs + steps_per_epoch, pct_start=0.3,
 * anneal_strategy="cos", cycle_momentum=true, base_momentum=0.85, max_momentum=0.95,
 * div_factor=25, final_div_factor=1e4, three_phase=false}, "ReduceLROnPlateau" {mode="min",
 * factor=0.1, patience=10, threshold=1e-4, threshold_mode="rel", cooldown=0, min_lr=0,
 * eps=1e-8}. Like PyTorch, creation sets the lrs of epoch 0. */
IGNIS_API ignis_status ignis_scheduler_create(const char* type, ignis_optimizer* opt,
                                              const char* options_json, ignis_scheduler** out);

/* LambdaLR's callback: stores the factor for epoch `epoch` and parameter group `group` into
 * *factor (lr = initial lr * factor). A status other than IGNIS_OK stops the step and reaches
 * its caller with the message the callback set through ignis_set_last_error. */
typedef ignis_status (*ignis_lr_lambda_fn)(int64_t epoch, size_t group, double* factor,
                                           void* user_data);
/* The callback with its state; destroy (may be NULL) runs once, on the thread releasing the
 * scheduler's last reference (or at once when creation fails). struct_size =
 * sizeof(ignis_lr_lambda). */
typedef struct ignis_lr_lambda {
  size_t struct_size;
  ignis_lr_lambda_fn fn;
  void* user_data;
  void (*destroy)(void* user_data);
} ignis_lr_lambda;
/* LambdaLR over opt: the library copies *lambda and owns user_data from then on. */
IGNIS_API ignis_status ignis_scheduler_create_lambda(ignis_optimizer* opt,
                                                     const ignis_lr_lambda* lambda,
                                                     ignis_scheduler** out);
/* SequentialLR: schedulers[k] (all over opt, not ReduceLROnPlateau) runs from milestones[k-1]
 * on; n_milestones = n_schedulers - 1. The new scheduler shares the others. */
IGNIS_API ignis_status ignis_scheduler_create_sequential(
    ignis_optimizer* opt, ignis_scheduler* const* schedulers, size_t n_schedulers,
    const int64_t* milestones, size_t n_milestones, ignis_scheduler** out);
/* Adds a reference to s and returns s (NULL-safe); any thread. */
IGNIS_API ignis_scheduler* ignis_scheduler_retain(ignis_scheduler* s);
/* Drops the caller's reference (NULL-safe). */
IGNIS_API void ignis_scheduler_release(ignis_scheduler* s);
/* Advances one epoch (ReduceLROnPlateau needs ignis_scheduler_step_metric). */
IGNIS_API ignis_status ignis_scheduler_step(ignis_scheduler* s);
/* ReduceLROnPlateau: records one epoch's metric (other schedulers: invalid argument). */
IGNIS_API ignis_status ignis_scheduler_step_metric(ignis_scheduler* s, double metric);
/* The lrs the last step set, one per group: min(capacity, groups) of them into out, and the
 * number of groups into *count (out may be NULL with capacity 0 to ask for the count). */
IGNIS_API ignis_status ignis_scheduler_get_last_lr(const ignis_scheduler* s, double* out,
                                                   size_t capacity, size_t* count);

/* ---- gradient clipping ---- */

/* Scales the gradients of params in place so that their joint norm_type-norm (INFINITY for the
 * max norm) is at most max_norm, as torch.nn.utils.clip_grad_norm_; the norm before clipping
 * into *total_norm (may be NULL). With error_if_nonfinite a NaN or infinite norm is an error. */
IGNIS_API ignis_status ignis_clip_grad_norm(const ignis_tensor* const* params, size_t n_params,
                                            double max_norm, double norm_type,
                                            int32_t error_if_nonfinite, double* total_norm);
/* Clamps every gradient of params into [-clip_value, clip_value] in place. */
IGNIS_API ignis_status ignis_clip_grad_value(const ignis_tensor* const* params, size_t n_params,
                                             double clip_value);

#ifdef __cplusplus
}
#endif

#endif /* IGNIS_OPTIM_H */
