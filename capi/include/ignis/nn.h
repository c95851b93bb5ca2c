/* Ignis C API: nn — modules (layers, containers, losses) created by PyTorch class name with
 * options as a JSON object, forward, train/eval, parameters and buffers, state dicts.
 * Pure C11.
 *
 * Ownership: every ignis_module* and ignis_tensor* received through an out-parameter is a new
 * reference the caller owns (ignis_module_release / ignis_tensor_release). A module handle
 * shares the module: a child fetched with ignis_module_child, or a module appended to a
 * Sequential, is the same module as the parent's, not a copy. Parameter and buffer handles share
 * memory with the module. Strings come back malloc'ed (ignis_string_free), string arrays through
 * ignis_string_array_free.
 * Thread safety: handles may be retained and released from any thread. A module in eval mode
 * may run forward from several threads at once when grad mode is off (ignis_grad_mode_set);
 * every other call that changes a module (train, to, zero_grad, set_parameter, add_child,
 * load) must not overlap any other use of that module or its children. This header has no
 * callbacks. */
#ifndef IGNIS_NN_H
#define IGNIS_NN_H

#include "ignis/tensor.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Opaque refcounted module; used only through pointers. */
typedef struct ignis_module ignis_module;

/* What a state-dict load found: keys the module has that the source lacks (missing) and keys
 * the source has that the module lacks (unexpected). Set struct_size = sizeof(ignis_load_report)
 * before passing it; the library fills the rest (arrays freed by ignis_load_report_clear). */
typedef struct ignis_load_report {
  size_t struct_size;
  char** missing_keys;
  size_t missing_count;
  char** unexpected_keys;
  size_t unexpected_count;
} ignis_load_report;

/* Frees the arrays of a report the library filled and zeroes its counts (NULL-safe). */
IGNIS_API void ignis_load_report_clear(ignis_load_report* report);
/* Frees count strings of an array the library returned, then the array (NULL-safe). */
IGNIS_API void ignis_string_array_free(char** strings, size_t count);

/* ---- creation and lifetime ---- */

/* A new module of PyTorch class `type` ("Linear", "Conv2d", "BatchNorm2d", "ReLU",
 * "Sequential", "CrossEntropyLoss", ...) from options_json, a JSON object with PyTorch's
 * constructor argument names ({"in_features": 4, "out_features": 2, "bias": false}); NULL or ""
 * means {}. Missing options take PyTorch's defaults. Errors (IGNIS_ERROR_INVALID_ARGUMENT)
 * name the unknown type (listing the known ones) or the unknown, missing or ill-typed option
 * (listing the options the type accepts). Parameters are initialized as PyTorch does, from the
 * CPU generator (ignis_manual_seed). */
IGNIS_API ignis_status ignis_module_create(const char* type, const char* options_json,
                                           ignis_module** out);
/* The registered module types, sorted, into *names (*count entries; ignis_string_array_free). */
IGNIS_API ignis_status ignis_module_types(char*** names, size_t* count);
/* The options `type` accepts, as "name: type = default, ..." text (ignis_string_free). */
IGNIS_API ignis_status ignis_module_type_options(const char* type, char** out);
/* Adds a reference to m and returns m (NULL-safe); any thread. */
IGNIS_API ignis_module* ignis_module_retain(ignis_module* m);
/* Drops the caller's reference (NULL-safe); the module goes away with its last user. */
IGNIS_API void ignis_module_release(ignis_module* m);

/* ---- running ---- */

/* out = m(x) for modules taking one tensor. */
IGNIS_API ignis_status ignis_module_forward(ignis_module* m, const ignis_tensor* x,
                                            ignis_tensor** out);
/* Forward with n_inputs tensors in (losses take (input, target), Bilinear (x1, x2)); the
 * results come back as an array of *n_outputs new references, freed with
 * ignis_tensor_array_free (nested results such as (output, (h, c)) flattened in order). A NULL
 * entry stands for None where the module takes an optional tensor and is an error elsewhere. A
 * module taking one tensor accepts exactly one. */
IGNIS_API ignis_status ignis_module_forward_n(ignis_module* m, const ignis_tensor* const* inputs,
                                              size_t n_inputs, ignis_tensor*** outputs,
                                              size_t* n_outputs);

/* ---- state ---- */

/* Training mode (nonzero) or eval mode (0) for m and every descendant. */
IGNIS_API ignis_status ignis_module_train(ignis_module* m, int32_t training);
/* 1 into *out when m is in training mode. */
IGNIS_API ignis_status ignis_module_is_training(const ignis_module* m, int32_t* out);
/* Converts the floating parameters and buffers to dtype in place (handles stay valid). */
IGNIS_API ignis_status ignis_module_to_dtype(ignis_module* m, ignis_dtype dtype);
/* Moves parameters and buffers to device in place. */
IGNIS_API ignis_status ignis_module_to_device(ignis_module* m, ignis_device device);
/* Drops (set_to_none nonzero) or zeroes every parameter's gradient. */
IGNIS_API ignis_status ignis_module_zero_grad(ignis_module* m, int32_t set_to_none);
/* PyTorch-style multi-line description into *out (ignis_string_free). */
IGNIS_API ignis_status ignis_module_repr(const ignis_module* m, char** out);
/* The type name ("Linear") into *out (ignis_string_free). */
IGNIS_API ignis_status ignis_module_type(const ignis_module* m, char** out);

/* ---- children ---- */

/* Appends child to a Sequential or ModuleList (named "0", "1", ...); other types are
 * IGNIS_ERROR_UNSUPPORTED. m shares child from then on. */
IGNIS_API ignis_status ignis_module_append(ignis_module* m, ignis_module* child);
/* Registers (or replaces) child under name (no '.') on m. */
IGNIS_API ignis_status ignis_module_add_child(ignis_module* m, const char* name,
                                              ignis_module* child);
/* Number of direct children into *out. */
IGNIS_API ignis_status ignis_module_child_count(const ignis_module* m, size_t* out);
/* Child i (in registration order): its name into *name (may be NULL; ignis_string_free) and a
 * handle sharing it into *out. */
IGNIS_API ignis_status ignis_module_child(const ignis_module* m, size_t i, char** name,
                                          ignis_module** out);

/* ---- parameters and buffers (dotted names as in PyTorch: "0.weight", "bn1.running_mean") ---- */

/* Number of parameters (recurse nonzero: with every descendant's) into *out. */
IGNIS_API ignis_status ignis_module_parameter_count(const ignis_module* m, int32_t recurse,
                                                    size_t* out);
/* Parameter i in named_parameters order: its name into *name (may be NULL; ignis_string_free)
 * and a handle sharing its memory into *out. */
IGNIS_API ignis_status ignis_module_parameter(const ignis_module* m, int32_t recurse, size_t i,
                                              char** name, ignis_tensor** out);
/* Number of buffers (running statistics, ...) into *out. */
IGNIS_API ignis_status ignis_module_buffer_count(const ignis_module* m, int32_t recurse,
                                                 size_t* out);
/* Buffer i: its name into *name (may be NULL) and a handle sharing its memory into *out. */
IGNIS_API ignis_status ignis_module_buffer(const ignis_module* m, int32_t recurse, size_t i,
                                           char** name, ignis_tensor** out);
/* Registers t (shared, not copied) as parameter `name` ("weight" or dotted "0.weight": the path
 * must lead through existing children), replacing one of that name; with requires_grad
 * nonzero it is marked as requiring grad. How a binding puts its own tensors into a module. */
IGNIS_API ignis_status ignis_module_set_parameter(ignis_module* m, const char* name,
                                                  ignis_tensor* t, int32_t requires_grad);
/* Registers (or replaces) buffer `name` (dotted path allowed) with t, shared. */
IGNIS_API ignis_status ignis_module_set_buffer(ignis_module* m, const char* name, ignis_tensor* t);

/* ---- state dicts ---- */

/* Every parameter and buffer by dotted name: *names (ignis_string_array_free) and *tensors
 * (ignis_tensor_array_free, handles sharing the module's memory), *count entries each. */
IGNIS_API ignis_status ignis_module_state_dict(const ignis_module* m, char*** names,
                                               ignis_tensor*** tensors, size_t* count);
/* Copies count named tensors into the module. All-or-nothing: names, shapes and dtypes are
 * checked first and a failure changes nothing. strict nonzero: a missing or unexpected key is
 * an error naming every such key. report (may be NULL) receives both lists on success. */
IGNIS_API ignis_status ignis_module_load_state_dict(ignis_module* m, const char* const* names,
                                                    const ignis_tensor* const* tensors,
                                                    size_t count, int32_t strict,
                                                    ignis_load_report* report);
/* Writes the state dict to a safetensors file (readable by PyTorch's safetensors loader),
 * atomically: the file is either the old one or the new one. IGNIS_ERROR_IO on failure. */
IGNIS_API ignis_status ignis_module_save(const ignis_module* m, const char* path);
/* Loads a safetensors file written by ignis_module_save (or PyTorch) like
 * ignis_module_load_state_dict; a missing or corrupt file is IGNIS_ERROR_IO naming it. */
IGNIS_API ignis_status ignis_module_load(ignis_module* m, const char* path, int32_t strict,
                                         ignis_load_report* report);

#ifdef __cplusplus
}
#endif

#endif /* IGNIS_NN_H */
