// generated from codegen/ops.yaml by codegen/gen.py - do not edit

// Tensor methods of every schema op, forwarding to the free functions.
#include "ops/ops.gen.h"

namespace ignis {


}  // namespace ignis
