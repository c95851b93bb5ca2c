// The module registry and option checking (nn/factory.h); the registrations themselves are in
// factory_layers.cpp.
#include "nn/factory.h"

#include <sstream>

namespace ignis::nn {
namespace {

const char* type_name(OptionType t) {
  switch (t) {
  case OptionType::Int:
    return "int";
  case OptionType::Float:
    return "float";
  case OptionType::Bool:
    return "bool";
  case OptionType::String:
    return "string";
  case OptionType::Ints:
    return "int or list of ints";
  case OptionType::Floats:
    return "float or list of floats";
  case OptionType::IntsOrString:
    return "int, list of ints or string";
  case OptionType::DType:
    return "dtype name";
  }
  return "?";
}

// What a given value is, for messages.
const char* value_kind(const OptionValue& v) {
  switch (v.index()) {
  case 0:
    return "None";
  case 1:
    return "bool";
  case 2:
    return "int";
  case 3:
    return "float";
  case 4:
    return "string";
  case 5:
    return "list of ints";
  default:
    return "list of floats";
  }
}

std::string show(const OptionValue& v) {
  std::ostringstream os;
  std::visit(
      [&](const auto& x) {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          os << "None";
        } else if constexpr (std::is_same_v<T, bool>) {
          os << (x ? "true" : "false");
        } else if constexpr (std::is_same_v<T, std::string>) {
          os << '"' << x << '"';
        } else if constexpr (std::is_same_v<T, std::vector<int64_t>> ||
                             std::is_same_v<T, std::vector<double>>) {
          os << '[';
          for (size_t i = 0; i < x.size(); ++i) os << (i ? ", " : "") << x[i];
          os << ']';
        } else {
          os << x;
        }
      },
      v);
  return os.str();
}

// v converted to spec's type, or nullopt when it does not fit.
std::optional<OptionValue> convert(const OptionSpec& spec, const OptionValue& v) {
  if (std::holds_alternative<std::monostate>(v))
    return spec.nullable ? std::optional<OptionValue>(v) : std::nullopt;
  const auto* i = std::get_if<int64_t>(&v);
  const auto* d = std::get_if<double>(&v);
  const auto* s = std::get_if<std::string>(&v);
  const auto* il = std::get_if<std::vector<int64_t>>(&v);
  const auto* dl = std::get_if<std::vector<double>>(&v);
  switch (spec.type) {
  case OptionType::Int:
    if (i) return v;
    break;
  case OptionType::Float:
    if (i) return OptionValue(static_cast<double>(*i));
    if (d) return v;
    break;
  case OptionType::Bool:
    if (std::holds_alternative<bool>(v)) return v;
    break;
  case OptionType::String:
    if (s) return v;
    break;
  case OptionType::IntsOrString:
    if (s) return v;
    [[fallthrough]];
  case OptionType::Ints:
    if (i) return OptionValue(std::vector<int64_t>{*i});
    if (il) return v;
    if (dl && dl->empty()) return OptionValue(std::vector<int64_t>{});
    break;
  case OptionType::Floats:
    if (i) return OptionValue(std::vector<double>{static_cast<double>(*i)});
    if (d) return OptionValue(std::vector<double>{*d});
    if (il) return OptionValue(std::vector<double>(il->begin(), il->end()));
    if (dl) return v;
    break;
  case OptionType::DType:
    if (s) {
      dtype_from_name(*s);  // throws InvalidArgumentError naming the bad name
      return v;
    }
    break;
  }
  return std::nullopt;
}

}  // namespace

OptionSpec required(std::string name, OptionType type) {
  return OptionSpec{std::move(name), type, std::nullopt, false};
}

OptionSpec optional(std::string name, OptionType type, OptionValue default_value, bool nullable) {
  nullable = nullable || std::holds_alternative<std::monostate>(default_value);
  return OptionSpec{std::move(name), type, std::move(default_value), nullable};
}

std::string describe_options(const std::vector<OptionSpec>& specs) {
  if (specs.empty()) return "(none)";
  std::string out;
  for (const OptionSpec& s : specs) {
    if (!out.empty()) out += ", ";
    out += s.name + ": " + (s.nullable ? "None or " : "") + type_name(s.type);
    out += s.default_value ? " = " + show(*s.default_value) : " (required)";
  }
  return out;
}

ResolvedOptions resolve_options(const std::string& who, const std::vector<OptionSpec>& specs,
                                const OptionMap& given) {
  auto fail = [&](const std::string& what) {
    IGNIS_FAIL(InvalidArgument, who, ": ", what, "; expected options: ", describe_options(specs));
  };
  for (const auto& [name, v] : given) {
    (void)v;
    bool known = false;
    for (const OptionSpec& s : specs) known = known || s.name == name;
    if (!known) fail("unknown option '" + name + "'");
  }
  OptionMap out;
  for (const OptionSpec& s : specs) {
    auto it = given.find(s.name);
    if (it == given.end()) {
      if (!s.default_value) fail("missing required option '" + s.name + "'");
      out[s.name] = *convert(s, *s.default_value);
      continue;
    }
    std::optional<OptionValue> c = convert(s, it->second);
    if (!c)
      fail("option '" + s.name + "' must be " + (s.nullable ? "None or " : "") + type_name(s.type) +
           " but got " +
           (std::holds_alternative<std::monostate>(it->second)
                ? std::string("None")
                : value_kind(it->second) + std::string(" ") + show(it->second)));
    out[s.name] = std::move(*c);
  }
  return ResolvedOptions(who, std::move(out));
}

const OptionValue& ResolvedOptions::get(const std::string& name) const {
  auto it = v_.find(name);
  IGNIS_CHECK(it != v_.end(), Internal, who_, ": option '", name, "' was not declared");
  return it->second;
}

template <typename T>
static const T& as(const OptionValue& v, const std::string& who, const std::string& name) {
  const T* p = std::get_if<T>(&v);
  IGNIS_CHECK(p != nullptr, InvalidArgument, who, ": option '", name, "' must not be None here");
  return *p;
}

int64_t ResolvedOptions::i(const std::string& n) const { return as<int64_t>(get(n), who_, n); }
double ResolvedOptions::f(const std::string& n) const { return as<double>(get(n), who_, n); }
bool ResolvedOptions::b(const std::string& n) const { return as<bool>(get(n), who_, n); }
const std::string& ResolvedOptions::s(const std::string& n) const {
  return as<std::string>(get(n), who_, n);
}
std::vector<int64_t> ResolvedOptions::ints(const std::string& n) const {
  return as<std::vector<int64_t>>(get(n), who_, n);
}
std::vector<double> ResolvedOptions::floats(const std::string& n) const {
  return as<std::vector<double>>(get(n), who_, n);
}
DType ResolvedOptions::dtype(const std::string& n) const { return dtype_from_name(s(n)); }
bool ResolvedOptions::is_none(const std::string& n) const {
  return std::holds_alternative<std::monostate>(get(n));
}
bool ResolvedOptions::is_string(const std::string& n) const {
  return std::holds_alternative<std::string>(get(n));
}

ModuleRegistry& ModuleRegistry::global() {
  static ModuleRegistry* r = [] {
    auto* reg = new ModuleRegistry();  // never destroyed: modules may outlive static teardown
    register_builtin_modules(*reg);
    return reg;
  }();
  return *r;
}

void ModuleRegistry::add(ModuleSpec spec) {
  IGNIS_CHECK(!spec.type.empty() && spec.create, InvalidArgument,
              "ModuleRegistry::add: a spec needs a type name and a create function");
  std::lock_guard<std::mutex> lock(mu_);
  std::string type = spec.type;
  IGNIS_CHECK(!specs_.count(type), InvalidArgument, "ModuleRegistry::add: module type '", type,
              "' is already registered");
  specs_.emplace(std::move(type), std::move(spec));
}

const ModuleSpec* ModuleRegistry::find(std::string_view type) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = specs_.find(type);
  return it == specs_.end() ? nullptr : &it->second;
}

std::vector<std::string> ModuleRegistry::types() const {
  std::lock_guard<std::mutex> lock(mu_);
  std::vector<std::string> out;
  for (const auto& [name, spec] : specs_) out.push_back(name);
  return out;
}

ModulePtr ModuleRegistry::create(std::string_view type, const OptionMap& options) const {
  const ModuleSpec* spec = find(type);
  if (!spec) {
    std::string known;
    for (const std::string& t : types()) known += (known.empty() ? "" : ", ") + t;
    IGNIS_FAIL(InvalidArgument, "create_module: unknown module type '", type,
               "'; known types: ", known);
  }
  return spec->create(resolve_options(spec->type, spec->options, options));
}

ModulePtr create_module(std::string_view type, const OptionMap& options) {
  return ModuleRegistry::global().create(type, options);
}

std::vector<Tensor> forward_n(Module& m, const std::vector<Tensor>& inputs) {
  const ModuleSpec* spec = ModuleRegistry::global().find(m.type_name());
  if (spec && spec->forward) return spec->forward(m, inputs);
  IGNIS_CHECK(inputs.size() == 1, InvalidArgument, m.type_name(),
              ": forward takes exactly 1 input tensor but got ", inputs.size());
  IGNIS_CHECK(inputs[0].defined(), InvalidArgument, m.type_name(),
              ": forward input 0 is None; expected a tensor");
  return {m.forward(inputs[0])};
}

}  // namespace ignis::nn
