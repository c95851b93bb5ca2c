// JSON option objects -> nn::OptionMap, and the string helpers shared by nn/optim/data.
#include <cstdlib>
#include <cstring>
#include <new>

#include "capi/src/handles.h"
#include "data/json.h"

namespace ignis::capi {
namespace {

using data::json::Value;

bool is_float_literal(const std::string& t) { return t.find_first_of(".eE") != std::string::npos; }

nn::OptionValue number(const char* fn, const std::string& key, const Value& v) {
  errno = 0;
  char* end = nullptr;
  if (is_float_literal(v.text)) {
    double d = std::strtod(v.text.c_str(), &end);
    return d;
  }
  long long i = std::strtoll(v.text.c_str(), &end, 10);
  IGNIS_CHECK(errno != ERANGE, InvalidArgument, fn, ": option '", key, "': integer ", v.text,
              " is out of the int64 range");
  return static_cast<int64_t>(i);
}

nn::OptionValue convert(const char* fn, const std::string& key, const Value& v) {
  switch (v.kind) {
  case Value::Kind::Null:
    return std::monostate{};
  case Value::Kind::Bool:
    return v.boolean;
  case Value::Kind::String:
    return v.text;
  case Value::Kind::Number:
    return number(fn, key, v);
  case Value::Kind::Array: {
    bool floats = false;
    for (const Value& it : v.items) {
      IGNIS_CHECK(it.is_number(), InvalidArgument, fn, ": option '", key,
                  "': expected a list of numbers but an item is a ",
                  data::json::kind_name(it.kind));
      floats = floats || is_float_literal(it.text);
    }
    if (floats) {
      std::vector<double> out;
      for (const Value& it : v.items) out.push_back(std::strtod(it.text.c_str(), nullptr));
      return out;
    }
    std::vector<int64_t> out;
    for (const Value& it : v.items) out.push_back(std::get<int64_t>(number(fn, key, it)));
    return out;
  }
  case Value::Kind::Object:
    break;
  }
  IGNIS_FAIL(InvalidArgument, fn, ": option '", key,
             "': expected a number, bool, string, null or list of numbers but got an object");
}

}  // namespace

nn::OptionMap parse_options(const char* fn, const char* json) {
  nn::OptionMap out;
  if (!json || !*json) return out;
  Value root;
  std::string err;
  IGNIS_CHECK(data::json::parse(json, &root, &err), InvalidArgument, fn,
              ": options are not valid JSON: ", err);
  IGNIS_CHECK(root.is_object(), InvalidArgument, fn, ": options must be a JSON object but got ",
              data::json::kind_name(root.kind));
  for (size_t i = 0; i < root.keys.size(); ++i)
    out[root.keys[i]] = convert(fn, root.keys[i], root.values[i]);
  return out;
}

std::vector<nn::OptionMap> parse_option_list(const char* fn, const char* json) {
  std::vector<nn::OptionMap> out;
  if (!json || !*json) return out;
  Value root;
  std::string err;
  IGNIS_CHECK(data::json::parse(json, &root, &err), InvalidArgument, fn, ": not valid JSON: ", err);
  IGNIS_CHECK(root.is_array(), InvalidArgument, fn, ": expected a JSON array of objects but got ",
              data::json::kind_name(root.kind));
  for (size_t k = 0; k < root.items.size(); ++k) {
    const Value& item = root.items[k];
    IGNIS_CHECK(item.is_object(), InvalidArgument, fn, ": item ", k,
                " must be a JSON object but is ", data::json::kind_name(item.kind));
    nn::OptionMap m;
    for (size_t i = 0; i < item.keys.size(); ++i)
      m[item.keys[i]] = convert(fn, item.keys[i], item.values[i]);
    out.push_back(std::move(m));
  }
  return out;
}

char* dup_string(const std::string& s) {
  char* p = static_cast<char*>(std::malloc(s.size() + 1));
  if (!p) throw std::bad_alloc();
  std::memcpy(p, s.c_str(), s.size() + 1);
  return p;
}

char** dup_strings(const std::vector<std::string>& names) {
  auto** arr = static_cast<char**>(std::calloc(names.size() + 1, sizeof(char*)));
  if (!arr) throw std::bad_alloc();
  for (size_t i = 0; i < names.size(); ++i) {
    try {
      arr[i] = dup_string(names[i]);
    } catch (...) {
      for (size_t j = 0; j < i; ++j) std::free(arr[j]);
      std::free(arr);
      throw;
    }
  }
  return arr;
}

}  // namespace ignis::capi
