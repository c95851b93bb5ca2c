// generated from codegen/ops.yaml by codegen/gen.py - do not edit

// Declarations of every public op; definitions are handwritten in cpp/ops/<family>.cpp.
#pragma once

#include <optional>
#include <string_view>
#include <tuple>
#include <vector>

#include "tensor/tensor.h"

namespace ignis {


// Tensor methods of every schema op, forwarding to the free functions above.

}  // namespace ignis
