// checkpoint.h: module + optimizer training checkpoints (over data/checkpoint.h).
#include "ignis/checkpoint.h"

#include <string>
#include <vector>

#include "capi/src/glue.h"
#include "capi/src/handles.h"
#include "capi/src/load_report.h"
#include "capi/src/optim_handle.h"
#include "data/checkpoint.h"

using namespace ignis;

namespace {
nn::Module& module_arg(const ignis_module* m, const char* fn) {
  return *capi::unbox<nn::ModulePtr>(m, fn, "module");
}
}  // namespace

extern "C" {

IGNIS_API ignis_status ignis_checkpoint_save(const char* path, const ignis_module* module,
                                             const ignis_optimizer* optimizer,
                                             const char* const* metadata_keys,
                                             const char* const* metadata_values,
                                             size_t n_metadata) {
  constexpr const char* fn = "ignis_checkpoint_save";
  IGNIS_CAPI_TRY
  std::string p(capi::str_arg(fn, "path", path));
  nn::Module& m = module_arg(module, fn);
  const optim::Optimizer* opt =
      optimizer ? capi::optimizer_arg(optimizer, fn, "optimizer").opt.get() : nullptr;
  if (n_metadata > 0) {
    capi::require(metadata_keys, fn, "metadata_keys");
    capi::require(metadata_values, fn, "metadata_values");
  }
  data::Metadata meta;
  for (size_t i = 0; i < n_metadata; ++i)
    meta[std::string(capi::str_arg(fn, "metadata_keys[i]", metadata_keys[i]))] =
        std::string(capi::str_arg(fn, "metadata_values[i]", metadata_values[i]));
  data::save_checkpoint(p, m, opt, meta);
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_checkpoint_load(const char* path, ignis_module* module,
                                             ignis_optimizer* optimizer, int32_t strict,
                                             ignis_load_report* report, int32_t* optimizer_loaded,
                                             char*** metadata_keys, char*** metadata_values,
                                             size_t* n_metadata) {
  constexpr const char* fn = "ignis_checkpoint_load";
  const bool want_meta = metadata_keys || metadata_values || n_metadata;
  if (want_meta) {
    if (!metadata_keys) return capi::null_out(fn, "metadata_keys");
    if (!metadata_values) return capi::null_out(fn, "metadata_values");
    if (!n_metadata) return capi::null_out(fn, "n_metadata");
    *metadata_keys = *metadata_values = nullptr;
    *n_metadata = 0;
  }
  if (optimizer_loaded) *optimizer_loaded = 0;
  IGNIS_CAPI_TRY
  capi::start_report(report, fn);
  std::string p(capi::str_arg(fn, "path", path));
  nn::Module& m = module_arg(module, fn);
  optim::Optimizer* opt =
      optimizer ? capi::optimizer_arg(optimizer, fn, "optimizer").opt.get() : nullptr;
  data::Metadata meta;
  data::CheckpointLoadReport r = data::load_checkpoint(p, m, opt, strict != 0, &meta);
  // The load is done; what follows only copies strings out (a failure there leaks nothing
  // and leaves the outputs empty, though the module and optimizer were already restored).
  std::vector<std::string> mk, mv;
  for (auto& [k, v] : meta) {
    mk.push_back(k);
    mv.push_back(v);
  }
  char** keys = want_meta ? capi::dup_strings(mk) : nullptr;
  char** values = nullptr;
  try {
    values = want_meta ? capi::dup_strings(mv) : nullptr;
    if (report) capi::fill_report(report, r.missing_keys, r.unexpected_keys);
  } catch (...) {
    ignis_string_array_free(keys, mk.size());
    ignis_string_array_free(values, mv.size());
    throw;
  }
  if (want_meta) {
    *metadata_keys = keys;
    *metadata_values = values;
    *n_metadata = mk.size();
  }
  if (optimizer_loaded) *optimizer_loaded = r.optimizer_loaded ? 1 : 0;
  IGNIS_CAPI_CATCH
}

}  // extern "C"
