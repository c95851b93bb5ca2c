// Element types, their sizes and names, and PyTorch's type-promotion rules.
#pragma once

#include <cstdint>
#include <ostream>
#include <string_view>

#include "tensor/half.h"

namespace ignis {

// Element type of a tensor. The order is part of the C API (ignis_dtype) and never changes.
enum class DType : uint8_t {
  Bool = 0,
  U8 = 1,
  I8 = 2,
  I16 = 3,
  I32 = 4,
  I64 = 5,
  F16 = 6,
  BF16 = 7,
  F32 = 8,
  F64 = 9,
};
inline constexpr int kNumDTypes = 10;

// Bytes per element.
int64_t itemsize(DType t);
// PyTorch-style name without the prefix: "float32", "int64", "bool", ...
const char* dtype_name(DType t);
// Parses "float32"/"f32"/"float"/"int64"/"long"/...; throws InvalidArgumentError.
DType dtype_from_name(std::string_view name);

inline bool is_floating(DType t) {
  return t == DType::F16 || t == DType::BF16 || t == DType::F32 || t == DType::F64;
}
inline bool is_integral(DType t, bool include_bool = false) {
  return (t >= DType::U8 && t <= DType::I64) || (include_bool && t == DType::Bool);
}
inline bool is_signed(DType t) { return t != DType::Bool && t != DType::U8; }

// The smallest dtype both a and b convert to without losing category (torch.promote_types).
DType promote_types(DType a, DType b);

// Category of a value for result_type: bool < integer < floating.
enum class DTypeCategory : uint8_t { Bool = 0, Integral = 1, Floating = 2 };
inline DTypeCategory category(DType t) {
  return t == DType::Bool ? DTypeCategory::Bool
                          : (is_floating(t) ? DTypeCategory::Floating : DTypeCategory::Integral);
}

// Accumulates operands as torch.result_type does: dimensioned tensors win over zero-dim
// tensors, which win over Python-style scalars, unless a lower priority operand has a higher
// category (then the default dtype of that category is used for scalars).
class ResultTypeState {
 public:
  void add_tensor(DType t, bool zero_dim);
  void add_scalar(DType t);  // t is Bool, I64 or F64 (the scalar's category)
  DType result() const;

 private:
  bool has_dim_ = false, has_zero_ = false, has_wrapped_ = false;
  DType dim_ = DType::Bool, zero_ = DType::Bool, wrapped_ = DType::Bool;
};

// Default dtype for floating results (float32 unless changed).
DType default_float_dtype();
// Sets the default float dtype (f32 or f64; set_default_dtype).
void set_default_float_dtype(DType t);

// Maps C++ types to DType.
template <typename T>
struct DTypeOf;
#define IGNIS_DTYPE_OF(T, D)                                                                       \
  template <>                                                                                      \
  struct DTypeOf<T> {                                                                              \
    static constexpr DType value = DType::D;                                                       \
  };
IGNIS_DTYPE_OF(bool, Bool)
IGNIS_DTYPE_OF(uint8_t, U8)
IGNIS_DTYPE_OF(int8_t, I8)
IGNIS_DTYPE_OF(int16_t, I16)
IGNIS_DTYPE_OF(int32_t, I32)
IGNIS_DTYPE_OF(int64_t, I64)
IGNIS_DTYPE_OF(Half, F16)
IGNIS_DTYPE_OF(BFloat16, BF16)
IGNIS_DTYPE_OF(float, F32)
IGNIS_DTYPE_OF(double, F64)
#undef IGNIS_DTYPE_OF

template <typename T>
inline constexpr DType dtype_of = DTypeOf<T>::value;

inline std::ostream& operator<<(std::ostream& os, DType t) { return os << dtype_name(t); }

}  // namespace ignis
