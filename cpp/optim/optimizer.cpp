// Optimizer base: parameter groups, zero_grad, step and the state dict (optim/optimizer.h).
#include "optim/optimizer.h"

#include <cmath>
#include <set>
#include <utility>

#include "optim/fused.h"
#include "tensor/graph.h"

namespace ignis::optim {

Optimizer::Optimizer(std::string name, Options defaults)
    : name_(std::move(name)), defaults_(std::move(defaults)) {}

void Optimizer::add_param_group(ParamGroup group) {
  size_t g = groups_.size();
  for (const auto& [key, value] : group.options) {
    (void)value;
    IGNIS_CHECK(defaults_.count(key) || key == "initial_lr", InvalidArgument, name_,
                ": unknown option \"", key, "\" in parameter group ", g);
  }
  for (const auto& [key, value] : defaults_) group.options.try_emplace(key, value);
  check_options(group.options);
  std::set<const TensorImpl*> seen;
  for (size_t i = 0; i < group.params.size(); ++i) {
    const Tensor& p = group.params[i];
    IGNIS_CHECK(p.defined(), InvalidArgument, name_, ": parameter ", i, " of group ", g,
                " is an undefined tensor");
    IGNIS_CHECK(p.requires_grad(), InvalidArgument, name_, ": parameter ", i, " of group ", g,
                " does not require grad; expected leaf tensors with requires_grad=true");
    IGNIS_CHECK(p.is_leaf(), InvalidArgument, name_, ": parameter ", i, " of group ", g,
                " is not a leaf tensor (it has a grad_fn); expected leaf tensors");
    detail::compute_dtype(p, name_.c_str());
    IGNIS_CHECK(seen.insert(p.impl()).second, InvalidArgument, name_, ": parameter ", i,
                " of group ", g, " appears twice in the group");
    for (size_t h = 0; h < groups_.size(); ++h)
      for (const Tensor& q : groups_[h].params)
        IGNIS_CHECK(!q.is_same(p), InvalidArgument, name_, ": parameter ", i, " of group ", g,
                    " is already in parameter group ", h, "; a parameter may be in one group only");
  }
  groups_.push_back(std::move(group));
}

void Optimizer::zero_grad(bool set_to_none) {
  for (ParamGroup& group : groups_)
    for (Tensor& p : group.params) {
      Tensor g = p.grad();
      if (!g.defined()) continue;
      if (set_to_none) {
        p.set_grad(Tensor());
      } else {
        NoGradGuard no_grad;
        if (g.grad_fn()) p.set_grad(g.detach());
        p.grad().zero_();
      }
    }
}

Tensor Optimizer::step(const std::function<Tensor()>& closure) {
  Tensor loss;
  if (closure) {
    EnableGradGuard enable;
    loss = closure();
  }
  NoGradGuard no_grad;
  for (const ParamGroup& group : groups_)
    for (const Tensor& p : group.params) {
      Tensor g = p.grad();
      if (!g.defined()) continue;
      update(group.options, p, g, state_[p.impl()]);
    }
  return loss;
}

const ParamState& Optimizer::state(const Tensor& param) const {
  static const ParamState empty;
  auto it = state_.find(param.impl());
  return it == state_.end() ? empty : it->second;
}

StateDict Optimizer::state_dict() const {
  StateDict sd;
  size_t index = 0;
  for (size_t g = 0; g < groups_.size(); ++g) {
    std::string prefix = "param_groups." + std::to_string(g) + ".";
    for (const auto& [key, value] : groups_[g].options) sd.scalars[prefix + key] = value;
    sd.scalars[prefix + "params"] = static_cast<double>(groups_[g].params.size());
    for (const Tensor& p : groups_[g].params) {
      auto it = state_.find(p.impl());
      if (it != state_.end()) {
        std::string sp = "state." + std::to_string(index) + ".";
        sd.scalars[sp + "step"] = static_cast<double>(it->second.step);
        for (const auto& [name, buf] : it->second.buffers) sd.tensors[sp + name] = buf.clone();
      }
      ++index;
    }
  }
  return sd;
}

namespace {
// Splits "state.<i>.<rest>" or "param_groups.<i>.<rest>" after `prefix`; false if malformed.
bool split_key(const std::string& key, const std::string& prefix, size_t* index,
               std::string* rest) {
  if (!key.starts_with(prefix)) return false;
  size_t dot = key.find('.', prefix.size());
  if (dot == std::string::npos || dot == prefix.size()) return false;
  std::string num = key.substr(prefix.size(), dot - prefix.size());
  for (char c : num)
    if (c < '0' || c > '9') return false;
  *index = std::stoul(num);
  *rest = key.substr(dot + 1);
  return !rest->empty();
}
}  // namespace

void Optimizer::load_state_dict(const StateDict& sd) {
  const char* op = "load_state_dict";
  // Group options and counts, checked against the current groups before anything changes.
  std::vector<Options> options(groups_.size());
  std::vector<double> counts(groups_.size(), -1);
  std::vector<const Tensor*> params;
  for (const ParamGroup& group : groups_)
    for (const Tensor& p : group.params) params.push_back(&p);
  std::vector<ParamState> states(params.size());
  std::vector<bool> has_state(params.size(), false);
  size_t index;
  std::string rest;
  for (const auto& [key, value] : sd.scalars) {
    if (split_key(key, "param_groups.", &index, &rest)) {
      IGNIS_CHECK(index < groups_.size(), InvalidArgument, name_, ".", op,
                  ": the state dict has parameter group ", index, " but the optimizer has ",
                  groups_.size(), " groups");
      if (rest == "params")
        counts[index] = value;
      else
        options[index][rest] = value;
    } else if (split_key(key, "state.", &index, &rest) && rest == "step") {
      IGNIS_CHECK(index < params.size(), InvalidArgument, name_, ".", op,
                  ": the state dict has state for parameter ", index, " but the optimizer has ",
                  params.size(), " parameters");
      IGNIS_CHECK(value >= 0 && value == std::floor(value), InvalidArgument, name_, ".", op,
                  ": expected ", key, " to be a count but got ", value);
      states[index].step = static_cast<int64_t>(value);
      has_state[index] = true;
    } else {
      IGNIS_FAIL(InvalidArgument, name_, ".", op, ": unexpected scalar key \"", key, "\"");
    }
  }
  for (size_t g = 0; g < groups_.size(); ++g) {
    IGNIS_CHECK(counts[g] >= 0, InvalidArgument, name_, ".", op, ": expected ", groups_.size(),
                " parameter groups but the state dict has no param_groups.", g, ".params");
    IGNIS_CHECK(counts[g] == static_cast<double>(groups_[g].params.size()), InvalidArgument, name_,
                ".", op, ": expected parameter group ", g, " to have ", groups_[g].params.size(),
                " parameters but the state dict has ", counts[g]);
    for (const auto& [key, value] : defaults_) {
      (void)value;
      IGNIS_CHECK(options[g].count(key), InvalidArgument, name_, ".", op,
                  ": the state dict lacks param_groups.", g, ".", key);
    }
    check_options(options[g]);
  }
  for (const auto& [key, value] : sd.tensors) {
    IGNIS_CHECK(split_key(key, "state.", &index, &rest), InvalidArgument, name_, ".", op,
                ": unexpected tensor key \"", key, "\"");
    IGNIS_CHECK(index < params.size(), InvalidArgument, name_, ".", op,
                ": the state dict has state for parameter ", index, " but the optimizer has ",
                params.size(), " parameters");
    const Tensor& p = *params[index];
    IGNIS_CHECK(value.defined() && value.shape() == p.shape(), Shape, name_, ".", op, ": expected ",
                key, " to have shape ", shape_str(p.sizes()), " but got ",
                value.defined() ? shape_str(value.sizes()) : std::string("an undefined tensor"));
    IGNIS_CHECK(value.is_floating_point(), DType, name_, ".", op, ": expected ", key,
                " to be floating point but got ", dtype_name(value.dtype()));
    DType ct = detail::compute_dtype(p, name_.c_str());
    states[index].buffers[rest] = value.to(kCPU).to(ct, /*copy=*/true).contiguous();
    has_state[index] = true;
  }
  // Everything checked: commit.
  for (size_t g = 0; g < groups_.size(); ++g) groups_[g].options = std::move(options[g]);
  state_.clear();
  for (size_t i = 0; i < params.size(); ++i)
    if (has_state[i]) state_[params[i]->impl()] = std::move(states[i]);
}

}  // namespace ignis::optim
