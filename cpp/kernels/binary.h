// Kernels behind the binary and ternary elementwise ops (cpp/ops/binary*.cpp). Each runs over a
// TensorIter whose operand 0 is the output and whose other operands are the inputs, already in
// the op's compute dtype and broadcast (a Scalar argument arrives as a stride-0 operand).
#pragma once

#include <cstdint>
#include <optional>

#include "kernels/registry.h"
#include "tensor/tensor_iter.h"

namespace ignis {

// The two-input ops that share one kernel slot. Arithmetic ops write the compute dtype;
// comparisons and logical ops write bool.
enum class BinaryOp : uint8_t {
  Add,  // out = a + alpha * b (sub is add with -alpha)
  Mul,
  Div,        // true division (floating compute dtype)
  DivTrunc,   // rounded toward zero; integer division by zero throws
  DivFloor,   // rounded toward -inf; integer division by zero throws
  Remainder,  // Python sign rule
  Fmod,       // C sign rule
  Pow,
  Atan2,
  Maximum,  // NaN-propagating
  Minimum,  // NaN-propagating
  BitAnd,
  BitOr,
  BitXor,
  LogicalAnd,
  LogicalOr,
  LogicalXor,
  Eq,
  Ne,
  Lt,
  Le,
  Gt,
  Ge,
};

// Operands: out, a, b. `alpha` is used by Add only.
IGNIS_DECLARE_KERNEL(binary, void(TensorIter& it, BinaryOp op, const Scalar& alpha));
// Operands: out, self, other, condition (bool).
IGNIS_DECLARE_KERNEL(where, void(TensorIter& it));
// Operands: out, self; each element clamped to the bounds that are present.
IGNIS_DECLARE_KERNEL(clamp_scalar, void(TensorIter& it, const std::optional<Scalar>& min,
                                        const std::optional<Scalar>& max));
// Operands: out, self, then min (when has_min), then max (when has_max); NaN bounds propagate.
IGNIS_DECLARE_KERNEL(clamp_tensor, void(TensorIter& it, bool has_min, bool has_max));
// Operands: out, self, end[, weight]; a Scalar weight is used when the iterator has 3 operands.
IGNIS_DECLARE_KERNEL(lerp, void(TensorIter& it, const Scalar& weight));
// Operands: out, self, tensor1, tensor2: out = self + value * t1 * t2 (or t1 / t2 when div).
IGNIS_DECLARE_KERNEL(addcmul, void(TensorIter& it, const Scalar& value, bool div));

}  // namespace ignis
