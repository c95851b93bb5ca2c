// The shape of the generated op table (ops.gen.cpp, from codegen/gen_node.py): each JS op name
// holds the overloads it may resolve to, with what ignis_op_call needs to call them.
#pragma once

#include <cstddef>
#include <cstdint>

#include "ignis/ops.h"

namespace ignis_node {

struct OpArg {
  const char* name;  // camelCase, as options objects spell it
  int32_t kind;      // ignis_value_kind
  bool optional;     // null is a valid value
  bool has_default;  // may be left out
};

struct OpOverload {
  const char* op;         // ignis_op_call name ("add.Tensor", "add_.Tensor")
  const char* signature;  // for error messages
  int32_t n_returns;      // tensors returned; -1 for a list of any length
  bool inplace;           // returns self
  size_t n_args;
  const OpArg* args;
};

struct OpGroup {
  const char* js_name;
  bool method;    // a Tensor method (self = this)
  bool function;  // a function of the module
  size_t n_overloads;
  const OpOverload* overloads;
};

extern const OpGroup kOpGroups[];
extern const size_t kOpGroupCount;
// The JS names of the ops that also get an `...Async` function (gen_node.py's ASYNC_OPS).
extern const char* const kAsyncOps[];
extern const size_t kAsyncOpCount;

}  // namespace ignis_node
