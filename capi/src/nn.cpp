// nn.h: module handles over nn::Module, created through the module factory (nn/factory.h).
#include "ignis/nn.h"

#include <cstdlib>

#include "capi/src/handles.h"
#include "capi/src/load_report.h"
#include "data/safetensors.h"
#include "nn/container.h"

using namespace ignis;
using capi::null_out;
using capi::require;
using capi::start_report;
using ModuleBox = nn::ModulePtr;

namespace {

nn::Module& mod(const ignis_module* m, const char* fn) {
  return *capi::unbox<ModuleBox>(m, fn, "m");
}

// The module owning the last component of a dotted name, and that component.
std::pair<nn::Module*, std::string> owner(nn::Module& root, const std::string& dotted,
                                          const char* fn) {
  IGNIS_CHECK(!dotted.empty(), InvalidArgument, fn, ": name is empty");
  nn::Module* m = &root;
  size_t start = 0;
  for (size_t dot; (dot = dotted.find('.', start)) != std::string::npos; start = dot + 1) {
    std::string part = dotted.substr(start, dot - start);
    bool found = false;
    for (const auto& [n, c] : m->named_children())
      if (n == part) {
        m = c.get();
        found = true;
        break;
      }
    IGNIS_CHECK(found, InvalidArgument, fn, ": '", dotted, "': ", m->type_name(),
                " has no child module named '", part, "'");
  }
  return {m, dotted.substr(start)};
}

ignis_status load_into(nn::Module& m, const nn::StateDict& sd, int32_t strict,
                       ignis_load_report* report) {
  nn::LoadReport r = m.load_state_dict(sd, strict != 0);
  if (report) capi::fill_report(report, r.missing_keys, r.unexpected_keys);
  return IGNIS_OK;
}

// Entry i of named parameters or buffers.
ignis_status named_entry(const ignis_module* m, int32_t recurse, size_t i, char** name,
                         ignis_tensor** out, bool params, const char* fn) {
  if (!out) return null_out(fn, "out");
  *out = nullptr;
  if (name) *name = nullptr;
  IGNIS_CAPI_TRY
  nn::Module& mm = mod(m, fn);
  auto all = params ? mm.named_parameters(recurse != 0) : mm.named_buffers(recurse != 0);
  IGNIS_CHECK(i < all.size(), Index, fn, ": index ", i, " is out of range for ", all.size(),
              params ? " parameters" : " buffers");
  char* n = name ? capi::dup_string(all[i].first) : nullptr;
  *out = capi::leak_copy(all[i].second);
  if (name) *name = n;
  IGNIS_CAPI_CATCH
}

}  // namespace

extern "C" {

IGNIS_API void ignis_load_report_clear(ignis_load_report* report) {
  if (!report) return;
  ignis_string_array_free(report->missing_keys, report->missing_count);
  ignis_string_array_free(report->unexpected_keys, report->unexpected_count);
  report->missing_keys = report->unexpected_keys = nullptr;
  report->missing_count = report->unexpected_count = 0;
}

IGNIS_API void ignis_string_array_free(char** strings, size_t count) {
  if (!strings) return;
  for (size_t i = 0; i < count; ++i) std::free(strings[i]);
  std::free(strings);
}

IGNIS_API ignis_status ignis_module_create(const char* type, const char* options_json,
                                           ignis_module** out) {
  constexpr const char* fn = "ignis_module_create";
  if (!out) return null_out(fn, "out");
  *out = nullptr;
  IGNIS_CAPI_TRY
  std::string_view t = capi::str_arg(fn, "type", type);
  nn::OptionMap opts = capi::parse_options(fn, options_json);
  *out = capi::box<ignis_module>(nn::create_module(t, opts));
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_module_types(char*** names, size_t* count) {
  if (!names) return null_out("ignis_module_types", "names");
  if (!count) return null_out("ignis_module_types", "count");
  *names = nullptr;
  *count = 0;
  IGNIS_CAPI_TRY
  std::vector<std::string> t = nn::ModuleRegistry::global().types();
  *names = capi::dup_strings(t);
  *count = t.size();
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_module_type_options(const char* type, char** out) {
  constexpr const char* fn = "ignis_module_type_options";
  if (!out) return null_out(fn, "out");
  *out = nullptr;
  IGNIS_CAPI_TRY
  std::string_view t = capi::str_arg(fn, "type", type);
  const nn::ModuleSpec* spec = nn::ModuleRegistry::global().find(t);
  IGNIS_CHECK(spec != nullptr, InvalidArgument, fn, ": unknown module type '", t, "'");
  *out = capi::dup_string(nn::describe_options(spec->options));
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_module* ignis_module_retain(ignis_module* m) { return capi::retain<ModuleBox>(m); }

IGNIS_API void ignis_module_release(ignis_module* m) { capi::release<ModuleBox>(m); }

IGNIS_API ignis_status ignis_module_forward(ignis_module* m, const ignis_tensor* x,
                                            ignis_tensor** out) {
  constexpr const char* fn = "ignis_module_forward";
  if (!out) return null_out(fn, "out");
  *out = nullptr;
  IGNIS_CAPI_TRY
  nn::Module& mm = mod(m, fn);
  std::vector<Tensor> r = nn::forward_n(mm, {capi::tensor_arg(fn, "x", x).get()});
  IGNIS_CHECK(r.size() == 1, InvalidArgument, fn, ": ", mm.type_name(), " returns ", r.size(),
              " tensors; use ignis_module_forward_n");
  *out = capi::leak(std::move(r[0]));
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_module_forward_n(ignis_module* m, const ignis_tensor* const* inputs,
                                              size_t n_inputs, ignis_tensor*** outputs,
                                              size_t* n_outputs) {
  constexpr const char* fn = "ignis_module_forward_n";
  if (!outputs) return null_out(fn, "outputs");
  if (!n_outputs) return null_out(fn, "n_outputs");
  *outputs = nullptr;
  *n_outputs = 0;
  IGNIS_CAPI_TRY
  nn::Module& mm = mod(m, fn);
  if (n_inputs > 0) require(inputs, fn, "inputs");
  std::vector<Tensor> in;  // NULL entries are None (optional inputs such as attention masks)
  for (size_t i = 0; i < n_inputs; ++i)
    in.push_back(capi::opt_tensor_arg(inputs[i]).value_or(Tensor()));
  capi::leak_list(nn::forward_n(mm, in), outputs, n_outputs);
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_module_train(ignis_module* m, int32_t training) {
  IGNIS_CAPI_TRY
  mod(m, "ignis_module_train").train(training != 0);
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_module_is_training(const ignis_module* m, int32_t* out) {
  if (!out) return null_out("ignis_module_is_training", "out");
  IGNIS_CAPI_TRY
  *out = mod(m, "ignis_module_is_training").is_training() ? 1 : 0;
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_module_to_dtype(ignis_module* m, ignis_dtype dtype) {
  constexpr const char* fn = "ignis_module_to_dtype";
  IGNIS_CAPI_TRY
  nn::Module& mm = mod(m, fn);
  mm.to(capi::dtype_arg(fn, "dtype", dtype));
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_module_to_device(ignis_module* m, ignis_device device) {
  constexpr const char* fn = "ignis_module_to_device";
  IGNIS_CAPI_TRY
  nn::Module& mm = mod(m, fn);
  mm.to(capi::device_arg(fn, "device", device));
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_module_zero_grad(ignis_module* m, int32_t set_to_none) {
  IGNIS_CAPI_TRY
  mod(m, "ignis_module_zero_grad").zero_grad(set_to_none != 0);
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_module_repr(const ignis_module* m, char** out) {
  if (!out) return null_out("ignis_module_repr", "out");
  *out = nullptr;
  IGNIS_CAPI_TRY
  *out = capi::dup_string(mod(m, "ignis_module_repr").repr());
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_module_type(const ignis_module* m, char** out) {
  if (!out) return null_out("ignis_module_type", "out");
  *out = nullptr;
  IGNIS_CAPI_TRY
  *out = capi::dup_string(mod(m, "ignis_module_type").type_name());
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_module_append(ignis_module* m, ignis_module* child) {
  constexpr const char* fn = "ignis_module_append";
  IGNIS_CAPI_TRY
  nn::Module& mm = mod(m, fn);
  nn::ModulePtr c = capi::unbox<ModuleBox>(child, fn, "child");
  IGNIS_CHECK(c.get() != &mm, InvalidArgument, fn, ": a module cannot be its own child");
  if (auto* seq = dynamic_cast<nn::Sequential*>(&mm))
    seq->push_back(c);
  else if (auto* list = dynamic_cast<nn::ModuleList*>(&mm))
    list->push_back(c);
  else
    IGNIS_FAIL(Unsupported, fn, ": expected a Sequential or ModuleList but got ", mm.type_name(),
               "; use ignis_module_add_child to name the child");
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_module_add_child(ignis_module* m, const char* name,
                                              ignis_module* child) {
  constexpr const char* fn = "ignis_module_add_child";
  IGNIS_CAPI_TRY
  nn::Module& mm = mod(m, fn);
  std::string n(capi::str_arg(fn, "name", name));
  nn::ModulePtr c = capi::unbox<ModuleBox>(child, fn, "child");
  IGNIS_CHECK(c.get() != &mm, InvalidArgument, fn, ": a module cannot be its own child");
  mm.register_module(n, c);
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_module_child_count(const ignis_module* m, size_t* out) {
  if (!out) return null_out("ignis_module_child_count", "out");
  IGNIS_CAPI_TRY
  *out = mod(m, "ignis_module_child_count").named_children().size();
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_module_child(const ignis_module* m, size_t i, char** name,
                                          ignis_module** out) {
  constexpr const char* fn = "ignis_module_child";
  if (!out) return null_out(fn, "out");
  *out = nullptr;
  if (name) *name = nullptr;
  IGNIS_CAPI_TRY
  auto children = mod(m, fn).named_children();
  IGNIS_CHECK(i < children.size(), Index, fn, ": index ", i, " is out of range for ",
              children.size(), " children");
  char* n = name ? capi::dup_string(children[i].first) : nullptr;
  *out = capi::box<ignis_module>(children[i].second);
  if (name) *name = n;
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_module_parameter_count(const ignis_module* m, int32_t recurse,
                                                    size_t* out) {
  if (!out) return null_out("ignis_module_parameter_count", "out");
  IGNIS_CAPI_TRY
  *out = mod(m, "ignis_module_parameter_count").named_parameters(recurse != 0).size();
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_module_parameter(const ignis_module* m, int32_t recurse, size_t i,
                                              char** name, ignis_tensor** out) {
  return named_entry(m, recurse, i, name, out, true, "ignis_module_parameter");
}

IGNIS_API ignis_status ignis_module_buffer_count(const ignis_module* m, int32_t recurse,
                                                 size_t* out) {
  if (!out) return null_out("ignis_module_buffer_count", "out");
  IGNIS_CAPI_TRY
  *out = mod(m, "ignis_module_buffer_count").named_buffers(recurse != 0).size();
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_module_buffer(const ignis_module* m, int32_t recurse, size_t i,
                                           char** name, ignis_tensor** out) {
  return named_entry(m, recurse, i, name, out, false, "ignis_module_buffer");
}

IGNIS_API ignis_status ignis_module_set_parameter(ignis_module* m, const char* name,
                                                  ignis_tensor* t, int32_t requires_grad) {
  constexpr const char* fn = "ignis_module_set_parameter";
  IGNIS_CAPI_TRY
  nn::Module& mm = mod(m, fn);
  std::string n(capi::str_arg(fn, "name", name));
  Tensor tt = capi::tensor_arg(fn, "t", t).get();
  auto [target, leaf] = owner(mm, n, fn);
  IGNIS_CHECK(!requires_grad || tt.is_leaf(), InvalidArgument, fn, ": parameter '", n,
              "' must be a leaf tensor (it has a grad_fn); pass a detached tensor");
  target->register_parameter(leaf, tt, requires_grad != 0);
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_module_set_buffer(ignis_module* m, const char* name, ignis_tensor* t) {
  constexpr const char* fn = "ignis_module_set_buffer";
  IGNIS_CAPI_TRY
  nn::Module& mm = mod(m, fn);
  std::string n(capi::str_arg(fn, "name", name));
  Tensor tt = capi::tensor_arg(fn, "t", t).get();
  auto [target, leaf] = owner(mm, n, fn);
  target->register_buffer(leaf, tt);
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_module_state_dict(const ignis_module* m, char*** names,
                                               ignis_tensor*** tensors, size_t* count) {
  constexpr const char* fn = "ignis_module_state_dict";
  if (!names) return null_out(fn, "names");
  if (!tensors) return null_out(fn, "tensors");
  if (!count) return null_out(fn, "count");
  *names = nullptr;
  *tensors = nullptr;
  *count = 0;
  IGNIS_CAPI_TRY
  nn::StateDict sd = mod(m, fn).state_dict();
  std::vector<std::string> keys;
  std::vector<Tensor> values;
  for (auto& [k, v] : sd) {
    keys.push_back(k);
    values.push_back(v);
  }
  char** n = capi::dup_strings(keys);
  size_t c = 0;
  try {
    capi::leak_list(std::move(values), tensors, &c);
  } catch (...) {
    ignis_string_array_free(n, keys.size());
    throw;
  }
  *names = n;
  *count = c;
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_module_load_state_dict(ignis_module* m, const char* const* names,
                                                    const ignis_tensor* const* tensors,
                                                    size_t count, int32_t strict,
                                                    ignis_load_report* report) {
  constexpr const char* fn = "ignis_module_load_state_dict";
  IGNIS_CAPI_TRY
  start_report(report, fn);
  nn::Module& mm = mod(m, fn);
  if (count > 0) require(names, fn, "names");
  std::vector<Tensor> ts = capi::tensor_list_arg(fn, "tensors", tensors, count);
  nn::StateDict sd;
  for (size_t i = 0; i < count; ++i) {
    require(names[i], fn, "names[i]");
    IGNIS_CHECK(sd.emplace(names[i], ts[i]).second, InvalidArgument, fn, ": key '", names[i],
                "' appears twice");
  }
  return load_into(mm, sd, strict, report);
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_module_save(const ignis_module* m, const char* path) {
  constexpr const char* fn = "ignis_module_save";
  IGNIS_CAPI_TRY
  nn::Module& mm = mod(m, fn);
  std::string p(capi::str_arg(fn, "path", path));
  data::save_safetensors(p, mm.state_dict(), {{"format", "pt"}});
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_module_load(ignis_module* m, const char* path, int32_t strict,
                                         ignis_load_report* report) {
  constexpr const char* fn = "ignis_module_load";
  IGNIS_CAPI_TRY
  start_report(report, fn);
  nn::Module& mm = mod(m, fn);
  std::string p(capi::str_arg(fn, "path", path));
  data::TensorMap tm = data::load_safetensors(p);
  return load_into(mm, nn::StateDict(tm.begin(), tm.end()), strict, report);
  IGNIS_CAPI_CATCH
}

}  // extern "C"
