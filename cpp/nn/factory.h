// Module factory: builds a layer from its PyTorch class name ("Conv2d") and an options map with
// PyTorch's constructor argument names and defaults (in_channels, kernel_size, stride, ...).
// This is how the C API and the bindings create modules without a C function per layer.
//
// A layer joins by one registration: ModuleRegistry::add(ModuleSpec{...}) listing its options
// (name, type, default) and a function that constructs it from the resolved options; the
// built-in layers register in register_builtin_modules (factory_layers.cpp).
#pragma once

#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "nn/module.h"

namespace ignis::nn {

// One option value as given by a caller: None, bool, int, float, string, or a list of ints or of
// floats (what a JSON object or Python kwargs carry).
using OptionValue = std::variant<std::monostate, bool, int64_t, double, std::string,
                                 std::vector<int64_t>, std::vector<double>>;
using OptionMap = std::map<std::string, OptionValue>;

// What an option accepts. Ints and Floats also take a single number (kernel_size=3 is (3, 3)
// for a 2-d layer, as in PyTorch); IntsOrString is padding's int, list or "same"/"valid";
// DType is a dtype name ("float32", "float64", ...).
enum class OptionType { Int, Float, Bool, String, Ints, Floats, IntsOrString, DType };

// One accepted option: its name, type, and default (none: required). nullable: None is accepted.
struct OptionSpec {
  std::string name;
  OptionType type;
  std::optional<OptionValue> default_value;  // nullopt: required
  bool nullable = false;
};
// A required option.
OptionSpec required(std::string name, OptionType type);
// An option with a default; nullable (always so when the default is None) also accepts None.
OptionSpec optional(std::string name, OptionType type, OptionValue default_value,
                    bool nullable = false);

// Options after checking against the specs: every spec'd name is present (defaults filled in),
// converted to its type (an Int read as Floats is a one-element list, and so on).
class ResolvedOptions {
 public:
  ResolvedOptions(std::string who, OptionMap values)
      : who_(std::move(who)), v_(std::move(values)) {}
  int64_t i(const std::string& name) const;
  double f(const std::string& name) const;
  bool b(const std::string& name) const;
  const std::string& s(const std::string& name) const;
  std::vector<int64_t> ints(const std::string& name) const;
  std::vector<double> floats(const std::string& name) const;
  DType dtype(const std::string& name) const;
  bool is_none(const std::string& name) const;
  bool is_string(const std::string& name) const;
  const std::string& who() const { return who_; }

 private:
  const OptionValue& get(const std::string& name) const;
  std::string who_;
  OptionMap v_;
};

// Checks `given` against specs for `who` ("Conv2d"): unknown, missing and ill-typed options are
// InvalidArgumentError naming the option and listing what `who` accepts.
ResolvedOptions resolve_options(const std::string& who, const std::vector<OptionSpec>& specs,
                                const OptionMap& given);
// "in_features: int (required), bias: bool = true, ..." for messages and docs.
std::string describe_options(const std::vector<OptionSpec>& specs);

// Several tensors in, several out, for layers whose forward is not one tensor to one tensor.
// Inputs may be undefined (None) where the layer takes optional tensors (attention masks); a
// nested result such as LSTM's (output, (h, c)) is returned flattened: {output, h, c}.
using ForwardN = std::function<std::vector<Tensor>(Module&, const std::vector<Tensor>&)>;

// A registered layer: its type name, options, constructor and (optional) N-in/M-out forward.
struct ModuleSpec {
  std::string type;
  std::vector<OptionSpec> options;
  std::function<ModulePtr(const ResolvedOptions&)> create;
  // Null: forward_n accepts exactly one input and calls Module::forward.
  ForwardN forward;
};

// Type name -> spec. Thread-safe: lookups and additions may come from any thread.
class ModuleRegistry {
 public:
  // The process-wide registry, holding every built-in layer.
  static ModuleRegistry& global();
  // Registers spec; throws InvalidArgumentError when its type is already registered.
  void add(ModuleSpec spec);
  // The spec of type, or null.
  const ModuleSpec* find(std::string_view type) const;
  // Every registered type name, sorted.
  std::vector<std::string> types() const;
  // Builds a module of `type` from `options` (errors name the type and the option).
  ModulePtr create(std::string_view type, const OptionMap& options) const;

 private:
  mutable std::mutex mu_;
  std::map<std::string, ModuleSpec, std::less<>> specs_;  // node-based: spec addresses are stable
};

// ModuleRegistry::global().create(type, options).
ModulePtr create_module(std::string_view type, const OptionMap& options = {});

// Runs m on inputs through its registered N-in/M-out forward (looked up by m.type_name()), or
// Module::forward when it has none (then exactly one input is expected).
std::vector<Tensor> forward_n(Module& m, const std::vector<Tensor>& inputs);

// Registers every layer of cpp/nn (called once by ModuleRegistry::global()).
void register_builtin_modules(ModuleRegistry& registry);

}  // namespace ignis::nn
