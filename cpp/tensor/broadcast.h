// NumPy broadcasting of shapes.
#pragma once

#include <string>

#include "tensor/dim_vector.h"

namespace ignis {

// The broadcast of two shapes; throws ShapeError naming `op` when they do not broadcast.
DimVector broadcast_shapes(IntArrayRef a, IntArrayRef b, const char* op = "broadcast");
// True when `from` broadcasts to exactly `to`.
bool is_expandable_to(IntArrayRef from, IntArrayRef to);
// "[2, 3]" for messages.
std::string shape_str(IntArrayRef s);

}  // namespace ignis
