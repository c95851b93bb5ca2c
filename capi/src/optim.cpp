// optim.h (optimizers and gradient clipping) over optim::Optimizer; schedulers are in
// scheduler.cpp.
#include "ignis/optim.h"

#include <cstdlib>
#include <functional>
#include <map>

#include "capi/src/optim_handle.h"
#include "data/safetensors.h"
#include "optim/adadelta.h"
#include "optim/adagrad.h"
#include "optim/adam.h"
#include "optim/clip_grad.h"
#include "optim/rmsprop.h"
#include "optim/sgd.h"

using namespace ignis;
using capi::null_out;
using capi::OptimizerBox;
using capi::OptimizerHandle;

namespace {

using Make = std::function<std::shared_ptr<optim::Optimizer>()>;

// Each type built with its defaults and no groups; groups are added with their options.
const std::map<std::string, Make, std::less<>>& makers() {
  static const std::map<std::string, Make, std::less<>> m = {
      {"SGD", [] { return std::make_shared<optim::SGD>(std::vector<optim::ParamGroup>{}); }},
      {"Adam", [] { return std::make_shared<optim::Adam>(std::vector<optim::ParamGroup>{}); }},
      {"AdamW", [] { return std::make_shared<optim::AdamW>(std::vector<optim::ParamGroup>{}); }},
      {"RMSprop",
       [] { return std::make_shared<optim::RMSprop>(std::vector<optim::ParamGroup>{}); }},
      {"Adagrad",
       [] { return std::make_shared<optim::Adagrad>(std::vector<optim::ParamGroup>{}); }},
      {"Adadelta",
       [] { return std::make_shared<optim::Adadelta>(std::vector<optim::ParamGroup>{}); }},
  };
  return m;
}

std::string known_options(const optim::Options& defaults) {
  std::string s;
  for (const auto& [k, v] : defaults) s += (s.empty() ? "" : ", ") + k + " = " + std::to_string(v);
  if (defaults.count("beta1")) s += ", betas = [beta1, beta2]";
  return s;
}

double number_option(const char* fn, const std::string& who, const std::string& key,
                     const nn::OptionValue& v) {
  if (const auto* b = std::get_if<bool>(&v)) return *b ? 1.0 : 0.0;
  if (const auto* i = std::get_if<int64_t>(&v)) return static_cast<double>(*i);
  if (const auto* d = std::get_if<double>(&v)) return *d;
  IGNIS_FAIL(InvalidArgument, fn, ": ", who, " option '", key, "' must be a number or bool");
}

// JSON options -> the optimizer's option map ("betas" -> beta1, beta2), checking the names.
optim::Options to_options(const char* fn, const optim::Optimizer& o, const char* json) {
  optim::Options out;
  const optim::Options& d = o.defaults();
  for (const auto& [key, v] : capi::parse_options(fn, json)) {
    if (key == "betas" && d.count("beta1")) {
      std::vector<double> b;
      if (const auto* dl = std::get_if<std::vector<double>>(&v)) b = *dl;
      if (const auto* il = std::get_if<std::vector<int64_t>>(&v)) b.assign(il->begin(), il->end());
      IGNIS_CHECK(b.size() == 2, InvalidArgument, fn, ": ", o.name(),
                  " option 'betas' must be a list of 2 numbers");
      out["beta1"] = b[0];
      out["beta2"] = b[1];
      continue;
    }
    IGNIS_CHECK(d.count(key), InvalidArgument, fn, ": ", o.name(), " has no option '", key,
                "'; expected options: ", known_options(d));
    out[key] = number_option(fn, o.name(), key, v);
  }
  return out;
}

std::vector<Tensor> params_arg(const char* fn, const ignis_tensor* const* params, size_t n) {
  IGNIS_CHECK(n > 0, InvalidArgument, fn, ": expected at least one parameter but got none");
  return capi::tensor_list_arg(fn, "params", params, n);
}

optim::ParamGroup& group_arg(OptimizerHandle& h, size_t g, const char* fn) {
  auto& groups = h.opt->param_groups();
  IGNIS_CHECK(g < groups.size(), Index, fn, ": group ", g, " is out of range for ", groups.size(),
              " parameter groups");
  return groups[g];
}

const char* kKindKey = "ignis.kind";

}  // namespace

extern "C" {

IGNIS_API ignis_status ignis_optimizer_create(const char* type, const ignis_tensor* const* params,
                                              size_t n_params, const char* options_json,
                                              ignis_optimizer** out) {
  constexpr const char* fn = "ignis_optimizer_create";
  if (!out) return null_out(fn, "out");
  *out = nullptr;
  IGNIS_CAPI_TRY
  std::string_view t = capi::str_arg(fn, "type", type);
  auto it = makers().find(t);
  if (it == makers().end()) {
    std::string known;
    for (const auto& [k, v] : makers()) known += (known.empty() ? "" : ", ") + k;
    IGNIS_FAIL(InvalidArgument, fn, ": unknown optimizer type '", t, "'; known types: ", known);
  }
  auto h = std::make_shared<OptimizerHandle>();
  h->type = std::string(t);
  h->opt = it->second();
  h->options = to_options(fn, *h->opt, options_json);
  h->opt->add_param_group({params_arg(fn, params, n_params), h->options});
  *out = capi::box<ignis_optimizer>(OptimizerBox(h));
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_optimizer_add_param_group(ignis_optimizer* opt,
                                                       const ignis_tensor* const* params,
                                                       size_t n_params, const char* options_json) {
  constexpr const char* fn = "ignis_optimizer_add_param_group";
  IGNIS_CAPI_TRY
  OptimizerHandle& h = capi::optimizer_arg(opt, fn);
  optim::Options o = to_options(fn, *h.opt, options_json);
  for (const auto& [k, v] : h.options) o.try_emplace(k, v);
  h.opt->add_param_group({params_arg(fn, params, n_params), o});
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_optimizer* ignis_optimizer_retain(ignis_optimizer* opt) {
  return capi::retain<OptimizerBox>(opt);
}

IGNIS_API void ignis_optimizer_release(ignis_optimizer* opt) { capi::release<OptimizerBox>(opt); }

IGNIS_API ignis_status ignis_optimizer_step(ignis_optimizer* opt) {
  IGNIS_CAPI_TRY
  capi::optimizer_arg(opt, "ignis_optimizer_step").opt->step();
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_optimizer_zero_grad(ignis_optimizer* opt, int32_t set_to_none) {
  IGNIS_CAPI_TRY
  capi::optimizer_arg(opt, "ignis_optimizer_zero_grad").opt->zero_grad(set_to_none != 0);
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_optimizer_group_count(const ignis_optimizer* opt, size_t* out) {
  if (!out) return null_out("ignis_optimizer_group_count", "out");
  IGNIS_CAPI_TRY
  *out = capi::optimizer_arg(opt, "ignis_optimizer_group_count").opt->param_groups().size();
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_optimizer_group_size(const ignis_optimizer* opt, size_t group,
                                                  size_t* out) {
  constexpr const char* fn = "ignis_optimizer_group_size";
  if (!out) return null_out(fn, "out");
  IGNIS_CAPI_TRY
  *out = group_arg(capi::optimizer_arg(opt, fn), group, fn).params.size();
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_optimizer_get_option(const ignis_optimizer* opt, size_t group,
                                                  const char* name, double* out) {
  constexpr const char* fn = "ignis_optimizer_get_option";
  if (!out) return null_out(fn, "out");
  IGNIS_CAPI_TRY
  OptimizerHandle& h = capi::optimizer_arg(opt, fn);
  std::string n(capi::str_arg(fn, "name", name));
  const optim::Options& o = group_arg(h, group, fn).options;
  auto it = o.find(n);
  IGNIS_CHECK(it != o.end(), InvalidArgument, fn, ": ", h.opt->name(), " has no option '", n,
              "'; expected options: ", known_options(h.opt->defaults()));
  *out = it->second;
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_optimizer_set_option(ignis_optimizer* opt, size_t group,
                                                  const char* name, double value) {
  constexpr const char* fn = "ignis_optimizer_set_option";
  IGNIS_CAPI_TRY
  OptimizerHandle& h = capi::optimizer_arg(opt, fn);
  std::string n(capi::str_arg(fn, "name", name));
  optim::ParamGroup& g = group_arg(h, group, fn);
  IGNIS_CHECK(g.options.count(n), InvalidArgument, fn, ": ", h.opt->name(), " has no option '", n,
              "'; expected options: ", known_options(h.opt->defaults()));
  optim::Options candidate = g.options;
  candidate[n] = value;
  // The optimizer's own range checks run when a group is added: try it on a scratch instance.
  makers().find(h.type)->second()->add_param_group({{}, candidate});
  g.options[n] = value;
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_optimizer_save(const ignis_optimizer* opt, const char* path) {
  constexpr const char* fn = "ignis_optimizer_save";
  IGNIS_CAPI_TRY
  OptimizerHandle& h = capi::optimizer_arg(opt, fn);
  std::string p(capi::str_arg(fn, "path", path));
  optim::StateDict sd = h.opt->state_dict();
  data::Metadata meta{{kKindKey, "optimizer:" + h.type}};
  for (const auto& [k, v] : sd.scalars) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    meta[k] = buf;
  }
  data::save_safetensors(p, sd.tensors, meta);
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_optimizer_load(ignis_optimizer* opt, const char* path) {
  constexpr const char* fn = "ignis_optimizer_load";
  IGNIS_CAPI_TRY
  OptimizerHandle& h = capi::optimizer_arg(opt, fn);
  std::string p(capi::str_arg(fn, "path", path));
  data::Metadata meta;
  optim::StateDict sd;
  data::TensorMap tm = data::load_safetensors(p, &meta);
  auto kind = meta.find(kKindKey);
  IGNIS_CHECK(kind != meta.end() && kind->second == "optimizer:" + h.type, InvalidArgument, fn,
              ": ", p, " does not hold a ", h.type, " optimizer state (its ", kKindKey, " is '",
              kind == meta.end() ? std::string("missing") : kind->second, "')");
  sd.tensors.insert(tm.begin(), tm.end());
  for (const auto& [k, v] : meta) {
    if (k == kKindKey) continue;
    char* end = nullptr;
    double d = std::strtod(v.c_str(), &end);
    IGNIS_CHECK(end && *end == '\0' && !v.empty(), IO, fn, ": ", p, ": metadata '", k,
                "' is not a number: '", v, "'");
    sd.scalars[k] = d;
  }
  h.opt->load_state_dict(sd);
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_clip_grad_norm(const ignis_tensor* const* params, size_t n_params,
                                            double max_norm, double norm_type,
                                            int32_t error_if_nonfinite, double* total_norm) {
  constexpr const char* fn = "ignis_clip_grad_norm";
  IGNIS_CAPI_TRY
  std::vector<Tensor> ps = capi::tensor_list_arg(fn, "params", params, n_params);
  Tensor n = optim::clip_grad_norm_(ps, max_norm, norm_type, error_if_nonfinite != 0);
  if (total_norm) *total_norm = n.item<double>();
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_clip_grad_value(const ignis_tensor* const* params, size_t n_params,
                                             double clip_value) {
  constexpr const char* fn = "ignis_clip_grad_value";
  IGNIS_CAPI_TRY
  optim::clip_grad_value_(capi::tensor_list_arg(fn, "params", params, n_params), clip_value);
  IGNIS_CAPI_CATCH
}

}  // extern "C"
