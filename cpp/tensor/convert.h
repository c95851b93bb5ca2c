// Element conversion between dtypes with PyTorch's semantics (bool is value != 0; 16-bit
// floats go through float).
#pragma once

#include <type_traits>

#include "tensor/half.h"

namespace ignis {

template <typename T>
inline constexpr bool is_reduced_float_v = std::is_same_v<T, Half> || std::is_same_v<T, BFloat16>;

// Converts one element from F to T.
template <typename T, typename F>
IGNIS_HOST_DEVICE inline T convert(F v) {
  if constexpr (std::is_same_v<T, F>) {
    return v;
  } else if constexpr (std::is_same_v<T, bool>) {
    if constexpr (is_reduced_float_v<F>)
      return static_cast<float>(v) != 0.0f;
    else
      return v != F(0);
  } else if constexpr (is_reduced_float_v<F>) {
    return convert<T>(static_cast<float>(v));
  } else if constexpr (is_reduced_float_v<T>) {
    return T(static_cast<float>(v));
  } else {
    return static_cast<T>(v);
  }
}

}  // namespace ignis
