// The refcounted boxes behind the C API's object handles (ignis_module, ignis_optimizer, ...):
// a handle points at a Box holding the engine object; retain/release count the box, and the
// engine object itself is shared (shared_ptr) with whatever else keeps it alive.
#pragma once

#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "capi/src/glue.h"
#include "nn/factory.h"

namespace ignis::capi {

template <typename T>
struct Box {
  std::atomic<int64_t> refs{1};
  T value;
  explicit Box(T v) : value(std::move(v)) {}
};

// A new handle (one reference, the caller's) holding v.
template <typename H, typename T>
H* box(T v) {
  return reinterpret_cast<H*>(new Box<T>(std::move(v)));
}
// The value behind a handle; throws "fn: argument 'name' is NULL" for NULL.
template <typename T, typename H>
T& unbox(H* h, const char* fn, const char* name) {
  require(h, fn, name);
  return reinterpret_cast<Box<T>*>(const_cast<std::remove_const_t<H>*>(h))->value;
}
template <typename T, typename H>
H* retain(H* h) {
  if (h) reinterpret_cast<Box<T>*>(h)->refs.fetch_add(1, std::memory_order_relaxed);
  return h;
}
template <typename T, typename H>
void release(H* h) {
  if (!h) return;
  auto* b = reinterpret_cast<Box<T>*>(h);
  if (b->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) delete b;
}

// Parses a JSON object of options (NULL or "" is the empty object) into an OptionMap: numbers
// with '.', 'e' or 'E' are floats, others ints; arrays of numbers become int or float lists;
// null is None. Throws InvalidArgumentError "fn: ..." naming the offending option.
nn::OptionMap parse_options(const char* fn, const char* json);
// The same for a JSON array of such objects (NULL or "" is the empty list).
std::vector<nn::OptionMap> parse_option_list(const char* fn, const char* json);

// A malloc'ed copy of s for the C caller (freed with ignis_string_free).
char* dup_string(const std::string& s);
// Returns names as a malloc'ed array of malloc'ed strings (ignis_string_array_free).
char** dup_strings(const std::vector<std::string>& names);

}  // namespace ignis::capi
