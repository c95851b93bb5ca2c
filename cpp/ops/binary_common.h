// Helpers shared by the binary and ternary op front ends (ops/binary.cpp, ops/binary_ternary.cpp).
#pragma once

#include "ops/elementwise.h"

namespace ignis::detail {

// Throws InvalidArgumentError naming op and argument when t is undefined.
inline void check_defined(const char* op, const char* arg, const Tensor& t) {
  IGNIS_CHECK(t.defined(), InvalidArgument, op, ": expected a defined tensor for argument '", arg,
              "' but got an undefined one");
}

// A Scalar argument as a 0-dim tensor of the op's compute dtype (it broadcasts with stride 0).
inline Tensor wrap_scalar(const Scalar& s, DType compute, Device device) {
  return scalar_tensor(s, compute, device);
}

}  // namespace ignis::detail
