#include "nn/module.h"

#include <sstream>

#include "tensor/broadcast.h"
#include "tensor/graph.h"

namespace ignis::nn {
namespace {

Tensor* find(std::vector<std::pair<std::string, Tensor>>& v, const std::string& name) {
  for (auto& [n, t] : v)
    if (n == name) return &t;
  return nullptr;
}

void check_name(const std::string& name, const char* what) {
  IGNIS_CHECK(!name.empty() && name.find('.') == std::string::npos, InvalidArgument, what,
              ": expected a non-empty name without '.' but got '", name, "'");
}

}  // namespace

Tensor Module::forward(const Tensor&) {
  IGNIS_FAIL(Unsupported, type_name(), ": this module has no forward(Tensor)");
}

Tensor& Module::register_parameter(const std::string& name, Tensor t, bool requires_grad) {
  check_name(name, "register_parameter");
  if (t.defined() && requires_grad && !t.requires_grad()) t.set_requires_grad(true);
  if (Tensor* p = find(params_, name)) return *p = t;
  params_.emplace_back(name, t);
  return params_.back().second;
}

Tensor& Module::register_buffer(const std::string& name, Tensor t) {
  check_name(name, "register_buffer");
  if (Tensor* p = find(buffers_, name)) return *p = t;
  buffers_.emplace_back(name, t);
  return buffers_.back().second;
}

void Module::add_child(const std::string& name, std::shared_ptr<Module> m) {
  check_name(name, "register_module");
  IGNIS_CHECK(m != nullptr, InvalidArgument, "register_module: module '", name, "' is null");
  for (auto& [n, c] : children_)
    if (n == name) {
      c = std::move(m);
      return;
    }
  children_.emplace_back(name, std::move(m));
}

Tensor& Module::param(const std::string& name) {
  Tensor* p = find(params_, name);
  IGNIS_CHECK(p != nullptr, InvalidArgument, type_name(), ": no parameter named '", name, "'");
  return *p;
}

Tensor& Module::buffer(const std::string& name) {
  Tensor* p = find(buffers_, name);
  IGNIS_CHECK(p != nullptr, InvalidArgument, type_name(), ": no buffer named '", name, "'");
  return *p;
}

std::shared_ptr<Module> Module::child(const std::string& name) const {
  for (const auto& [n, c] : children_)
    if (n == name) return c;
  IGNIS_FAIL(InvalidArgument, type_name(), ": no child module named '", name, "'");
}

void Module::collect(const std::string& prefix, bool params, bool buffers, bool recurse,
                     std::vector<std::pair<std::string, Tensor>>& out) const {
  if (params)
    for (const auto& [n, t] : params_)
      if (t.defined()) out.emplace_back(prefix + n, t);
  if (buffers)
    for (const auto& [n, t] : buffers_)
      if (t.defined()) out.emplace_back(prefix + n, t);
  if (recurse)
    for (const auto& [n, c] : children_) c->collect(prefix + n + ".", params, buffers, true, out);
}

std::vector<std::pair<std::string, Tensor>> Module::named_parameters(bool recurse) const {
  std::vector<std::pair<std::string, Tensor>> out;
  collect("", true, false, recurse, out);
  return out;
}

std::vector<Tensor> Module::parameters(bool recurse) const {
  std::vector<Tensor> out;
  for (auto& [n, t] : named_parameters(recurse)) out.push_back(t);
  return out;
}

std::vector<std::pair<std::string, Tensor>> Module::named_buffers(bool recurse) const {
  std::vector<std::pair<std::string, Tensor>> out;
  collect("", false, true, recurse, out);
  return out;
}

std::vector<std::pair<std::string, std::shared_ptr<Module>>> Module::named_modules() {
  std::vector<std::pair<std::string, std::shared_ptr<Module>>> out{{"", shared_from_this()}};
  for (const auto& [n, c] : children_)
    for (auto& [cn, cm] : c->named_modules()) out.emplace_back(cn.empty() ? n : n + "." + cn, cm);
  return out;
}

void Module::train(bool on) {
  training_ = on;
  for (auto& [n, c] : children_) c->train(on);
}

void Module::to(DType dtype) {
  IGNIS_CHECK(is_floating(dtype), DType, "Module.to: expected a floating dtype but got ",
              dtype_name(dtype));
  NoGradGuard ng;
  for (auto& [n, t] : named_parameters())
    if (is_floating(t.dtype())) t.set_data(t.to(dtype));
  for (auto& [n, t] : named_buffers())
    if (is_floating(t.dtype())) t.set_data(t.to(dtype));
}

void Module::to(Device device) {
  NoGradGuard ng;
  for (auto& [n, t] : named_parameters()) t.set_data(t.to(device));
  for (auto& [n, t] : named_buffers()) t.set_data(t.to(device));
}

void Module::zero_grad(bool set_to_none) {
  for (Tensor& p : parameters()) {
    Tensor g = p.grad();
    if (!g.defined()) continue;
    if (set_to_none)
      p.set_grad(Tensor());
    else
      g.detach().zero_();
  }
}

void Module::apply(const std::function<void(Module&)>& fn) {
  for (auto& [n, c] : children_) c->apply(fn);
  fn(*this);
}

StateDict Module::state_dict() const {
  StateDict d;
  std::vector<std::pair<std::string, Tensor>> all;
  collect("", true, true, true, all);
  for (auto& [n, t] : all) d[n] = t.detach();
  return d;
}

LoadReport Module::check_state_dict(const StateDict& dict, bool strict, bool exact_dtype) const {
  std::vector<std::pair<std::string, Tensor>> own;
  collect("", true, true, true, own);
  LoadReport report;
  for (const auto& [n, t] : own)
    if (!dict.count(n)) report.missing_keys.push_back(n);
  for (const auto& [n, t] : dict) {
    bool known = false;
    for (const auto& [on, ot] : own) known = known || on == n;
    if (!known) report.unexpected_keys.push_back(n);
  }
  if (strict && (!report.missing_keys.empty() || !report.unexpected_keys.empty())) {
    std::ostringstream os;
    os << "load_state_dict: error(s) in loading state_dict for " << type_name() << ":";
    if (!report.missing_keys.empty()) {
      os << " missing key(s):";
      for (auto& k : report.missing_keys) os << " \"" << k << "\"";
      os << ".";
    }
    if (!report.unexpected_keys.empty()) {
      os << " unexpected key(s):";
      for (auto& k : report.unexpected_keys) os << " \"" << k << "\"";
      os << ".";
    }
    throw InvalidArgumentError(os.str());
  }
  for (const auto& [n, t] : own) {
    auto it = dict.find(n);
    if (it == dict.end()) continue;
    const Tensor& src = it->second;
    IGNIS_CHECK(src.defined(), InvalidArgument, "load_state_dict: entry '", n, "' is undefined");
    IGNIS_CHECK(equal_dims(src.sizes(), t.sizes()), Shape, "load_state_dict: size mismatch for ", n,
                ": copying a param with shape ", shape_str(src.sizes()),
                " from checkpoint, the shape in current model is ", shape_str(t.sizes()));
    IGNIS_CHECK(exact_dtype ? src.dtype() == t.dtype()
                            : is_floating(src.dtype()) == is_floating(t.dtype()),
                DType, "load_state_dict: dtype mismatch for ", n, ": checkpoint has ",
                dtype_name(src.dtype()), ", the model has ", dtype_name(t.dtype()));
  }
  return report;
}

LoadReport Module::load_state_dict(const StateDict& dict, bool strict) {
  // Check everything before changing anything.
  LoadReport report = check_state_dict(dict, strict);
  std::vector<std::pair<std::string, Tensor>> own;
  collect("", true, true, true, own);
  NoGradGuard ng;
  for (auto& [n, t] : own) {
    auto it = dict.find(n);
    if (it != dict.end()) t.detach().copy_(it->second);
  }
  return report;
}

std::string Module::repr() const {
  std::ostringstream os;
  os << type_name() << "(" << extra_repr();
  if (!children_.empty()) {
    os << "\n";
    for (const auto& [n, c] : children_) {
      std::string sub = c->repr();
      size_t pos = 0;
      while ((pos = sub.find('\n', pos)) != std::string::npos) {
        sub.insert(pos + 1, "  ");
        pos += 3;
      }
      os << "  (" << n << "): " << sub << "\n";
    }
  }
  os << ")";
  return os.str();
}

}  // namespace ignis::nn
