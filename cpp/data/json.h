// A small JSON reader and writer, enough for safetensors headers (no third-party library).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ignis::data::json {

// One parsed JSON value. Numbers keep their text so integers up to 2^64 stay exact.
struct Value {
  enum class Kind { Null, Bool, Number, String, Array, Object };
  Kind kind = Kind::Null;
  bool boolean = false;
  std::string text;          // the string's (unescaped) value, or the number's literal text
  std::vector<Value> items;  // Array
  // Object members in file order (keys unique): keys[i] names values[i].
  std::vector<std::string> keys;
  std::vector<Value> values;

  bool is_object() const { return kind == Kind::Object; }
  bool is_array() const { return kind == Kind::Array; }
  bool is_string() const { return kind == Kind::String; }
  bool is_number() const { return kind == Kind::Number; }
  // The member named key, or null.
  const Value* find(std::string_view key) const;
  // The number as a non-negative integer; false when it is not one or exceeds 2^64-1.
  bool as_u64(uint64_t* out) const;
};

// Parses text as one JSON value followed only by whitespace. On failure returns false and sets
// *error to "<what> at byte <n>". Duplicate object keys and nesting deeper than 64 are errors.
bool parse(std::string_view text, Value* out, std::string* error);

// Appends s as a quoted, escaped JSON string.
void write_string(std::string& out, std::string_view s);

// Kind name for messages ("object", "string", ...).
const char* kind_name(Value::Kind kind);

}  // namespace ignis::data::json
