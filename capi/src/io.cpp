// io.h: named tensors to and from safetensors files (over data/safetensors.h).
#include "ignis/io.h"

#include <string>

#include "capi/src/glue.h"
#include "capi/src/handles.h"
#include "data/safetensors.h"

using namespace ignis;

extern "C" {

IGNIS_API ignis_status ignis_safetensors_save(const char* path, const char* const* names,
                                              const ignis_tensor* const* tensors, size_t count,
                                              const char* const* metadata_keys,
                                              const char* const* metadata_values,
                                              size_t n_metadata) {
  constexpr const char* fn = "ignis_safetensors_save";
  IGNIS_CAPI_TRY
  std::string p(capi::str_arg(fn, "path", path));
  if (count > 0) {
    capi::require(names, fn, "names");
    capi::require(tensors, fn, "tensors");
  }
  data::TensorMap map;
  for (size_t i = 0; i < count; ++i) {
    std::string name(capi::str_arg(fn, "names[i]", names[i]));
    IGNIS_CHECK(tensors[i], InvalidArgument, fn, ": tensors[", i, "] ('", name, "') is NULL");
    IGNIS_CHECK(!map.count(name), InvalidArgument, fn, ": tensor name '", name,
                "' appears more than once");
    map.emplace(name, Tensor(Ref<TensorImpl>(capi::impl(tensors[i]))));
  }
  data::Metadata meta;
  if (n_metadata > 0) {
    capi::require(metadata_keys, fn, "metadata_keys");
    capi::require(metadata_values, fn, "metadata_values");
  }
  for (size_t i = 0; i < n_metadata; ++i)
    meta[std::string(capi::str_arg(fn, "metadata_keys[i]", metadata_keys[i]))] =
        std::string(capi::str_arg(fn, "metadata_values[i]", metadata_values[i]));
  data::save_safetensors(p, map, meta);
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_safetensors_load(const char* path, char*** names,
                                              ignis_tensor*** tensors, size_t* count,
                                              char*** metadata_keys, char*** metadata_values,
                                              size_t* n_metadata) {
  constexpr const char* fn = "ignis_safetensors_load";
  if (!names) return capi::null_out(fn, "names");
  if (!tensors) return capi::null_out(fn, "tensors");
  if (!count) return capi::null_out(fn, "count");
  *names = nullptr;
  *tensors = nullptr;
  *count = 0;
  bool want_meta = metadata_keys || metadata_values || n_metadata;
  if (want_meta) {
    if (!metadata_keys) return capi::null_out(fn, "metadata_keys");
    if (!metadata_values) return capi::null_out(fn, "metadata_values");
    if (!n_metadata) return capi::null_out(fn, "n_metadata");
    *metadata_keys = *metadata_values = nullptr;
    *n_metadata = 0;
  }
  IGNIS_CAPI_TRY
  std::string p(capi::str_arg(fn, "path", path));
  data::Metadata meta;
  data::TensorMap map = data::load_safetensors(p, &meta);
  std::vector<std::string> ns, mk, mv;
  std::vector<Tensor> ts;
  for (auto& [k, t] : map) {
    ns.push_back(k);
    ts.push_back(t);
  }
  for (auto& [k, v] : meta) {
    mk.push_back(k);
    mv.push_back(v);
  }
  // Allocate every output before handing any over, so a failure leaks nothing.
  char** out_names = capi::dup_strings(ns);
  char** out_keys = want_meta ? capi::dup_strings(mk) : nullptr;
  char** out_values = want_meta ? capi::dup_strings(mv) : nullptr;
  size_t n = 0;
  capi::leak_list(std::move(ts), tensors, &n);
  *names = out_names;
  *count = n;
  if (want_meta) {
    *metadata_keys = out_keys;
    *metadata_values = out_values;
    *n_metadata = mk.size();
  }
  IGNIS_CAPI_CATCH
}

}  // extern "C"
