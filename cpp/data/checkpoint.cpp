#include "data/checkpoint.h"

#include <cctype>

#include "tensor/broadcast.h"

namespace ignis::data {
namespace {

constexpr const char* kVersionKey = "ignis.checkpoint";
constexpr const char* kOptimizerKey = "ignis.optimizer";
constexpr const char* kVersion = "1";
const std::string kOptPrefix = "optimizer.";

// True for the optimizer state-dict keys that hold scalars: "param_groups.*", "state.<i>.step".
bool is_scalar_key(const std::string& key) {
  if (key.starts_with("param_groups.")) return true;
  if (!key.starts_with("state.") || !key.ends_with(".step")) return false;
  std::string num = key.substr(6, key.size() - 6 - 5);
  if (num.empty()) return false;
  for (char c : num)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

// Throws an error of e's kind whose message starts with prefix (the file being loaded).
[[noreturn]] void rethrow_with_context(const Error& e, const std::string& prefix) {
  std::string msg = prefix + e.what();
  switch (e.kind()) {
  case ErrorKind::InvalidArgument:
    throw InvalidArgumentError(msg);
  case ErrorKind::Shape:
    throw ShapeError(msg);
  case ErrorKind::DType:
    throw DTypeError(msg);
  case ErrorKind::Device:
    throw DeviceError(msg);
  case ErrorKind::OutOfMemory:
    throw OutOfMemoryError(msg);
  case ErrorKind::IO:
    throw IOError(msg);
  case ErrorKind::Unsupported:
    throw UnsupportedError(msg);
  case ErrorKind::Index:
    throw IndexError(msg);
  case ErrorKind::Internal:
    break;
  }
  throw InternalError(msg);
}

}  // namespace

void save_checkpoint(const std::string& path, const nn::Module& module,
                     const optim::Optimizer* optimizer, const Metadata& metadata) {
  const char* op = "save_checkpoint";
  Metadata meta;
  for (const auto& [k, v] : metadata) {
    IGNIS_CHECK(!k.starts_with("ignis."), InvalidArgument, op, ": metadata key \"", k,
                "\" is reserved (keys starting with \"ignis.\" belong to the checkpoint format)");
    meta[k] = v;
  }
  meta[kVersionKey] = kVersion;
  meta.emplace("format", "pt");  // what PyTorch's safetensors files carry, unless the caller set it
  TensorMap tensors = module.state_dict();
  if (optimizer) {
    for (const auto& [k, t] : tensors)
      IGNIS_CHECK(!k.starts_with(kOptPrefix), InvalidArgument, op, ": module key \"", k,
                  "\" starts with \"optimizer.\", which holds the optimizer's state; rename the ",
                  "submodule to save the optimizer with it");
    meta[kOptimizerKey] = optimizer->name();
    optim::StateDict sd = optimizer->state_dict();
    for (auto& [k, t] : sd.tensors) {
      IGNIS_CHECK(!is_scalar_key(k), Internal, op, ": optimizer tensor key \"", k,
                  "\" has a scalar key's name");
      tensors[kOptPrefix + k] = t;
    }
    for (const auto& [k, v] : sd.scalars) {
      IGNIS_CHECK(is_scalar_key(k), Internal, op, ": optimizer scalar key \"", k,
                  "\" is not named like a scalar (param_groups.* or state.<i>.step)");
      tensors[kOptPrefix + k] = full({}, v, {.dtype = DType::F64});
    }
  }
  save_safetensors(path, tensors, meta);
}

CheckpointLoadReport load_checkpoint(const std::string& path, nn::Module& module,
                                     optim::Optimizer* optimizer, bool strict, Metadata* metadata) {
  const std::string op = "load_checkpoint(" + path + ")";
  Metadata meta;
  TensorMap all = load_safetensors(path, &meta);
  auto version = meta.find(kVersionKey);
  IGNIS_CHECK(version == meta.end() || version->second == kVersion, Unsupported, op,
              ": checkpoint format version ", version == meta.end() ? "" : version->second,
              " is not supported (this build reads version ", kVersion, ")");
  auto opt_name = meta.find(kOptimizerKey);
  const bool has_opt = opt_name != meta.end();

  // Split the file into the module's part and the optimizer's part.
  nn::StateDict module_part;
  optim::StateDict opt_part;
  for (auto& [k, t] : all) {
    if (!has_opt || !k.starts_with(kOptPrefix)) {
      module_part.emplace(k, t);
      continue;
    }
    std::string key = k.substr(kOptPrefix.size());
    if (!is_scalar_key(key)) {
      opt_part.tensors.emplace(key, t);
      continue;
    }
    IGNIS_CHECK(t.dim() == 0, Shape, op, ": expected optimizer scalar \"", k,
                "\" to be a 0-d tensor but got shape ", shape_str(t.sizes()));
    IGNIS_CHECK(t.dtype() == DType::F64, DType, op, ": expected optimizer scalar \"", k,
                "\" to be f64 but got ", dtype_name(t.dtype()));
    opt_part.scalars[key] = t.item<double>();
  }

  CheckpointLoadReport report;
  bool load_opt = false;
  if (optimizer) {
    if (has_opt) {
      IGNIS_CHECK(opt_name->second == optimizer->name(), InvalidArgument, op,
                  ": the checkpoint holds the state of a ", opt_name->second,
                  " optimizer but the given optimizer is ", optimizer->name());
      load_opt = true;
    } else {
      IGNIS_CHECK(!strict, InvalidArgument, op, ": the checkpoint holds no optimizer state ",
                  "(saved without an optimizer); pass strict=false to load the module alone");
    }
  }

  // Every check before any change: the module's keys, shapes and dtypes first (no change), then
  // the optimizer's load, which is all-or-nothing by itself, then the module's copy, which
  // cannot fail any more.
  nn::LoadReport mr;
  try {
    mr = module.check_state_dict(module_part, strict, /*exact_dtype=*/true);
  } catch (const Error& e) {
    rethrow_with_context(e, op + ": ");
  }
  if (load_opt) {
    try {
      optimizer->load_state_dict(opt_part);
    } catch (const Error& e) {
      rethrow_with_context(e, op + ": optimizer: ");
    }
  }
  module.load_state_dict(module_part, strict);
  report.missing_keys = std::move(mr.missing_keys);
  report.unexpected_keys = std::move(mr.unexpected_keys);
  report.optimizer_loaded = load_opt;
  if (metadata) {
    metadata->clear();
    for (auto& [k, v] : meta)
      if (!k.starts_with("ignis.")) (*metadata)[k] = v;
  }
  return report;
}

}  // namespace ignis::data
