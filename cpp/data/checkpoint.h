// Training checkpoints: a module's state dict and, optionally, an optimizer's state in one
// safetensors file, written atomically and loaded all-or-nothing.
//
// Layering: this file sits above nn and optim (it takes a Module and an Optimizer), unlike the
// rest of data/, which nn and optim build on; nothing in data/ includes it.
//
// File layout (readable by Hugging Face's safetensors library):
//   "<module key>"            the module's parameters and buffers under their state-dict keys
//                             ("0.weight", "bn1.running_mean"), dtype and shape as in the module
//   "optimizer.<key>"         the optimizer's state dict (optim::StateDict): its tensors
//                             ("optimizer.state.0.exp_avg") as they are, and its scalars
//                             ("optimizer.state.0.step", "optimizer.param_groups.0.lr") as 0-d
//                             f64 tensors (exact for every double, so lr and step round-trip)
//   metadata "ignis.checkpoint" = "1" (format version), "ignis.optimizer" = the optimizer's
//                             name ("Adam") when one was saved, "format" = "pt" (as PyTorch's
//                             safetensors files) unless the caller gives another, plus the
//                             caller's entries.
// Which optimizer keys are scalars follows optim::StateDict's naming: "param_groups.*" and
// "state.<i>.step".
#pragma once

#include <string>
#include <vector>

#include "data/safetensors.h"
#include "nn/module.h"
#include "optim/optimizer.h"

namespace ignis::data {

// What load_checkpoint found (the key lists are only non-empty when strict is false).
struct CheckpointLoadReport {
  std::vector<std::string> missing_keys;     // module keys the file lacks
  std::vector<std::string> unexpected_keys;  // module-part keys of the file the module lacks
  bool optimizer_loaded = false;             // an optimizer was given and its state restored
};

// Writes module's state dict and, when given, optimizer's state to path through
// save_safetensors (temp file + fsync + rename: path is always the old or the new file, even
// if the process dies mid-save). metadata adds string entries (an epoch, a git hash); keys
// starting with "ignis." are reserved. Throws InvalidArgumentError when a module key starts
// with "optimizer." while an optimizer is saved, IOError when the file cannot be written.
void save_checkpoint(const std::string& path, const nn::Module& module,
                     const optim::Optimizer* optimizer = nullptr, const Metadata& metadata = {});

// Restores a checkpoint into module and, when given, optimizer. All-or-nothing: the file is
// read and every key, shape and dtype checked against both before either changes. Dtypes must
// match exactly (load_safetensors + Module::load_state_dict converts instead). strict: missing
// or unexpected module keys are an error naming them, and so is a file without optimizer state
// when an optimizer is given; otherwise they are reported. Optimizer entries in the file are
// ignored when no optimizer is given. A plain safetensors state dict (no "ignis.checkpoint"
// metadata, e.g. saved by torch's safetensors) loads as module state. Errors: IOError (missing,
// truncated or corrupt file), ShapeError / DTypeError naming the key, the expected and the
// given shape or dtype, InvalidArgumentError for key mismatches. Fills *metadata when given.
CheckpointLoadReport load_checkpoint(const std::string& path, nn::Module& module,
                                     optim::Optimizer* optimizer = nullptr, bool strict = true,
                                     Metadata* metadata = nullptr);

}  // namespace ignis::data
