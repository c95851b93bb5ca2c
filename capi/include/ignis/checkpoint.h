/* Ignis C API: training checkpoints — a module's state dict and, optionally, its optimizer's
 * state (moments, step counts, learning rates) in one safetensors file, so training resumes
 * where it stopped from any language. Pure C11.
 *
 * File layout (data/checkpoint.h in the engine; readable by Hugging Face's safetensors): the
 * module's tensors under their state-dict keys ("0.weight"), the optimizer's under
 * "optimizer.<key>", metadata "ignis.checkpoint" = "1", "ignis.optimizer" = its type and
 * "format" = "pt" (unless the caller sets "format"), plus the caller's string entries. The
 * module's tensors are stored exactly as ignis_module_save stores them, and any plain
 * safetensors state dict (PyTorch's, ignis_module_save's, the Python binding's ignis.save)
 * loads as a checkpoint without optimizer state.
 *
 * Ownership: strings received are malloc'ed copies the caller frees (ignis_string_array_free,
 * ignis_load_report_clear). Thread safety: any thread, but the module and optimizer must not be
 * used by another thread during the call (a load writes into them). No callbacks. */
#ifndef IGNIS_CHECKPOINT_H
#define IGNIS_CHECKPOINT_H

#include "ignis/nn.h"
#include "ignis/optim.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Writes module's state dict and, when optimizer is not NULL, the optimizer's state to path,
 * atomically (temp file, fsync, rename: path holds the old or the new file even if the process
 * dies mid-save). metadata: n_metadata key/value strings (NULL arrays when 0); keys starting
 * with "ignis." are reserved (IGNIS_ERROR_INVALID_ARGUMENT). IGNIS_ERROR_IO names the file when
 * it cannot be written. */
IGNIS_API ignis_status ignis_checkpoint_save(const char* path, const ignis_module* module,
                                             const ignis_optimizer* optimizer,
                                             const char* const* metadata_keys,
                                             const char* const* metadata_values, size_t n_metadata);

/* Restores a checkpoint into module and, when optimizer is not NULL, the optimizer.
 * All-or-nothing: every key, shape and dtype is checked against both before either changes
 * (dtypes must match exactly). strict nonzero: missing or unexpected module keys are an error
 * naming them, and so is a file without optimizer state when an optimizer is given; strict 0
 * reports them in *report instead. Optimizer entries are ignored when optimizer is NULL.
 * report (may be NULL; set its struct_size): the missing and unexpected module keys.
 * optimizer_loaded (may be NULL): 1 when optimizer state was restored. metadata_keys /
 * metadata_values / n_metadata (all three NULL, or all three set): the file's metadata but the
 * format's own "ignis.*" entries (the caller's entries and "format").
 * Errors: IGNIS_ERROR_IO (missing, truncated or corrupt file, named), IGNIS_ERROR_SHAPE /
 * IGNIS_ERROR_DTYPE naming the key with the expected and the given shape or dtype,
 * IGNIS_ERROR_INVALID_ARGUMENT for key mismatches or another optimizer type's state. */
IGNIS_API ignis_status ignis_checkpoint_load(const char* path, ignis_module* module,
                                             ignis_optimizer* optimizer, int32_t strict,
                                             ignis_load_report* report, int32_t* optimizer_loaded,
                                             char*** metadata_keys, char*** metadata_values,
                                             size_t* n_metadata);

#ifdef __cplusplus
}
#endif

#endif /* IGNIS_CHECKPOINT_H */
