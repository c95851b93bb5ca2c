// nn::Module: named parameters, buffers and child modules, train/eval, dtype/device moves,
// state dicts with PyTorch's key names ("features.0.weight", "bn1.running_mean").
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "tensor/tensor.h"

namespace ignis::nn {

using StateDict = std::map<std::string, Tensor>;

// What load_state_dict found: keys the module has but the dict lacks, and the reverse.
struct LoadReport {
  std::vector<std::string> missing_keys;
  std::vector<std::string> unexpected_keys;
};

// Base of every layer and of user-defined models. Not thread-safe to mutate; a module in eval()
// under NoGradGuard may run forward from many threads at once.
class Module : public std::enable_shared_from_this<Module> {
 public:
  virtual ~Module() = default;

  // The layer's computation on one tensor; modules with other signatures add their own.
  virtual Tensor forward(const Tensor& input);
  Tensor operator()(const Tensor& input) { return forward(input); }
  // Type name as PyTorch prints it ("Linear").
  virtual std::string type_name() const = 0;
  // The part inside the parentheses of the repr ("in_features=4, out_features=2, bias=True").
  virtual std::string extra_repr() const { return ""; }
  // PyTorch-style multi-line description of the module tree.
  std::string repr() const;

  // Registers (or replaces) a parameter; it requires grad unless requires_grad is false.
  Tensor& register_parameter(const std::string& name, Tensor t, bool requires_grad = true);
  // Registers (or replaces) a buffer: state that is saved but not trained (running stats).
  Tensor& register_buffer(const std::string& name, Tensor t);
  // Registers (or replaces) a child module under name.
  template <typename M>
  std::shared_ptr<M> register_module(const std::string& name, std::shared_ptr<M> m) {
    add_child(name, m);
    return m;
  }

  // The parameter / buffer / child named name of this module (not recursive).
  Tensor& param(const std::string& name);
  Tensor& buffer(const std::string& name);
  std::shared_ptr<Module> child(const std::string& name) const;

  std::vector<std::pair<std::string, Tensor>> named_parameters(bool recurse = true) const;
  std::vector<Tensor> parameters(bool recurse = true) const;
  std::vector<std::pair<std::string, Tensor>> named_buffers(bool recurse = true) const;
  std::vector<std::pair<std::string, std::shared_ptr<Module>>> named_children() const {
    return children_;
  }
  // This module ("") and every descendant, depth first, with dotted names.
  std::vector<std::pair<std::string, std::shared_ptr<Module>>> named_modules();

  // Sets training mode on this module and its descendants.
  virtual void train(bool on = true);
  void eval() { train(false); }
  bool is_training() const { return training_; }

  // Converts floating parameters and buffers in place (handles held elsewhere stay valid).
  void to(DType dtype);
  void to(Device device);
  // Clears (or zeroes) every parameter's gradient.
  void zero_grad(bool set_to_none = true);
  // Calls fn on every descendant, children first, then on this module.
  void apply(const std::function<void(Module&)>& fn);

  // Parameters and buffers by dotted name (tensors share memory with the module).
  StateDict state_dict() const;
  // Copies matching entries in. All-or-nothing: shapes are checked for every key first, and a
  // failure changes nothing. strict: missing or unexpected keys are an error naming them.
  LoadReport load_state_dict(const StateDict& dict, bool strict = true);
  // The checks of load_state_dict without loading: the report, or the error load_state_dict
  // would throw. exact_dtype also demands each entry's dtype equal the module's (load_state_dict
  // itself converts between floating dtypes, as PyTorch's copy_ does).
  LoadReport check_state_dict(const StateDict& dict, bool strict = true,
                              bool exact_dtype = false) const;

 protected:
  void add_child(const std::string& name, std::shared_ptr<Module> m);
  void collect(const std::string& prefix, bool params, bool buffers, bool recurse,
               std::vector<std::pair<std::string, Tensor>>& out) const;

  std::vector<std::pair<std::string, Tensor>> params_;
  std::vector<std::pair<std::string, Tensor>> buffers_;
  std::vector<std::pair<std::string, std::shared_ptr<Module>>> children_;
  bool training_ = true;
};

using ModulePtr = std::shared_ptr<Module>;

}  // namespace ignis::nn
