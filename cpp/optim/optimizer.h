// Optimizer: the base of every optimizer. Parameter groups with their own hyper-parameters,
// per-parameter state, zero_grad, step (under NoGradGuard), and a plain state dict.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "tensor/tensor.h"

namespace ignis::optim {

// Scalar hyper-parameters of a group by name ("lr", "momentum", "beta1", ...); flags are 0 or 1.
using Options = std::map<std::string, double>;

// A list of parameters and the hyper-parameters they use. Options missing from a group take
// the optimizer's defaults when the group is added.
struct ParamGroup {
  std::vector<Tensor> params;
  Options options;
};

// Optimizer state of one parameter: the step count and the named buffers ("exp_avg", ...).
struct ParamState {
  int64_t step = 0;
  std::map<std::string, Tensor> buffers;
};

// An optimizer's state as plain maps, ready for a tensor file such as safetensors:
// tensors "state.<i>.<buffer>" (i counts parameters over all groups in order), scalars
// "state.<i>.step", "param_groups.<g>.<option>" and "param_groups.<g>.params" (the count).
struct StateDict {
  std::map<std::string, Tensor> tensors;
  std::map<std::string, double> scalars;
};

class Optimizer {
 public:
  virtual ~Optimizer() = default;
  Optimizer(const Optimizer&) = delete;
  Optimizer& operator=(const Optimizer&) = delete;

  // Adds a group; each parameter must be a leaf that requires grad and in no other group, and
  // every option must be one the optimizer knows (missing ones come from the defaults).
  void add_param_group(ParamGroup group);
  // Drops every parameter's gradient (set_to_none) or zeroes it in place.
  void zero_grad(bool set_to_none = true);
  // Updates every parameter that has a gradient, without recording history. When given,
  // closure re-evaluates the model (with grad enabled) and its result is returned.
  Tensor step(const std::function<Tensor()>& closure = {});

  std::vector<ParamGroup>& param_groups() { return groups_; }
  const std::vector<ParamGroup>& param_groups() const { return groups_; }
  // The defaults given at construction; their keys are the options this optimizer knows.
  const Options& defaults() const { return defaults_; }
  // The state of a parameter (empty before its first step).
  const ParamState& state(const Tensor& param) const;
  // The optimizer's name, used in error messages ("Adam").
  const std::string& name() const { return name_; }

  // Copies of the state buffers and the hyper-parameters of every group.
  StateDict state_dict() const;
  // Restores a state_dict() taken from an optimizer with the same groups (same number of groups
  // and of parameters in each, same shapes). All-or-nothing: nothing changes when it throws.
  void load_state_dict(const StateDict& sd);

 protected:
  Optimizer(std::string name, Options defaults);
  // Throws InvalidArgumentError when a hyper-parameter of a group is out of range.
  virtual void check_options(const Options& options) const = 0;
  // Updates one parameter from its gradient; `state` persists between steps.
  virtual void update(const Options& options, const Tensor& param, const Tensor& grad,
                      ParamState& state) = 0;
  // Option `key` of a group (checked to exist when the group was added).
  static double opt(const Options& options, const char* key) { return options.at(key); }

 private:
  std::string name_;
  Options defaults_;
  std::vector<ParamGroup> groups_;
  std::unordered_map<const TensorImpl*, ParamState> state_;
};

}  // namespace ignis::optim
