// A single number of category bool, integer or floating, as passed to ops (alpha, fill value).
#pragma once

#include <cstdint>
#include <ostream>
#include <type_traits>

#include "tensor/dtype.h"

namespace ignis {

// A tagged number. Integral values are kept as int64, floating as double.
class Scalar {
 public:
  Scalar() : Scalar(int64_t(0)) {}
  // Only a real bool (a template, so pointers such as string literals do not convert to bool).
  template <typename T, std::enable_if_t<std::is_same_v<T, bool>, int> = 0>
  Scalar(T v) : kind_(DType::Bool) {
    v_.i = v;
  }
  Scalar(double v) : kind_(DType::F64) { v_.d = v; }
  Scalar(float v) : Scalar(static_cast<double>(v)) {}
  Scalar(Half v) : Scalar(static_cast<double>(static_cast<float>(v))) {}
  Scalar(BFloat16 v) : Scalar(static_cast<double>(static_cast<float>(v))) {}
  template <typename T,
            std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
  Scalar(T v) : kind_(DType::I64) {
    v_.i = static_cast<int64_t>(v);
  }

  // Bool, I64 or F64: the scalar's category for type promotion.
  DType kind() const { return kind_; }
  bool is_floating() const { return kind_ == DType::F64; }
  bool is_integral() const { return kind_ == DType::I64; }
  bool is_bool() const { return kind_ == DType::Bool; }

  // The value converted to T (C++ conversion rules; bool is value != 0).
  template <typename T>
  T to() const {
    if constexpr (std::is_same_v<T, bool>) {
      return is_floating() ? v_.d != 0.0 : v_.i != 0;
    } else if constexpr (std::is_same_v<T, Half> || std::is_same_v<T, BFloat16>) {
      return T(static_cast<float>(is_floating() ? v_.d : static_cast<double>(v_.i)));
    } else {
      return is_floating() ? static_cast<T>(v_.d) : static_cast<T>(v_.i);
    }
  }
  double to_double() const { return to<double>(); }
  int64_t to_int() const { return to<int64_t>(); }

 private:
  DType kind_;
  union {
    int64_t i;
    double d;
  } v_;
};

inline std::ostream& operator<<(std::ostream& os, const Scalar& s) {
  if (s.is_floating()) return os << s.to<double>();
  if (s.is_bool()) return os << (s.to<bool>() ? "True" : "False");
  return os << s.to<int64_t>();
}

}  // namespace ignis
