// CPU kernels of the binary family's ternary ops: where, clamp (Scalar and Tensor bounds), lerp
// and addcmul/addcdiv. 16-bit floats compute in float.
#include <cmath>
#include <cstring>
#include <type_traits>

#include "kernels/binary.h"
#include "kernels/cpu/binary_loops.h"
#include "tensor/dispatch.h"

namespace ignis::cpu {
namespace {

// NaN-propagating max/min (a NaN in either argument wins).
template <typename A>
A max_nan(A a, A b) {
  if constexpr (std::is_floating_point_v<A>) {
    if (std::isnan(a)) return a;
    if (std::isnan(b)) return b;
  }
  return a > b ? a : b;
}
template <typename A>
A min_nan(A a, A b) {
  if constexpr (std::is_floating_point_v<A>) {
    if (std::isnan(a)) return a;
    if (std::isnan(b)) return b;
  }
  return a < b ? a : b;
}

// where only moves bits, so it runs on an unsigned type of the element's size.
template <typename U>
void where_typed(const TensorIter& it) {
  ternary_loop<U, bool>(it, [](U a, U b, bool c) { return c ? a : b; });
}

void where_cpu(TensorIter& it) {
  switch (itemsize(it.dtype(0))) {
  case 1:
    return where_typed<uint8_t>(it);
  case 2:
    return where_typed<uint16_t>(it);
  case 4:
    return where_typed<uint32_t>(it);
  case 8:
    return where_typed<uint64_t>(it);
  }
  IGNIS_FAIL(Internal, "where: unexpected element size ", itemsize(it.dtype(0)));
}

void clamp_scalar_cpu(TensorIter& it, const std::optional<Scalar>& min,
                      const std::optional<Scalar>& max) {
  IGNIS_DISPATCH_NUMERIC(it.dtype(0), "clamp", [&] {
    using A = acc_t<scalar_t>;
    if (min && max) {
      A lo = min->to<A>(), hi = max->to<A>();
      unary_loop<scalar_t>(it, [lo, hi](scalar_t x) {
        return static_cast<scalar_t>(min_nan<A>(max_nan<A>(A(x), lo), hi));
      });
    } else if (min) {
      A lo = min->to<A>();
      unary_loop<scalar_t>(
          it, [lo](scalar_t x) { return static_cast<scalar_t>(max_nan<A>(A(x), lo)); });
    } else {
      A hi = max->to<A>();
      unary_loop<scalar_t>(
          it, [hi](scalar_t x) { return static_cast<scalar_t>(min_nan<A>(A(x), hi)); });
    }
  });
}

void clamp_tensor_cpu(TensorIter& it, bool has_min, bool has_max) {
  IGNIS_DISPATCH_NUMERIC(it.dtype(0), "clamp", [&] {
    using T = scalar_t;
    using A = acc_t<T>;
    if (has_min && has_max) {
      ternary_loop<T>(it, [](T x, T lo, T hi) {
        return static_cast<T>(min_nan<A>(max_nan<A>(A(x), A(lo)), A(hi)));
      });
    } else if (has_min) {
      binary_loop<T, T>(it, [](T x, T lo) { return static_cast<T>(max_nan<A>(A(x), A(lo))); });
    } else {
      binary_loop<T, T>(it, [](T x, T hi) { return static_cast<T>(min_nan<A>(A(x), A(hi))); });
    }
  });
}

template <typename A>
A lerp_value(A self, A end, A w) {
  return std::abs(w) < A(0.5) ? self + w * (end - self) : end - (end - self) * (A(1) - w);
}

void lerp_cpu(TensorIter& it, const Scalar& weight) {
  IGNIS_DISPATCH_FLOATING(it.dtype(0), "lerp", [&] {
    using T = scalar_t;
    using A = acc_t<T>;
    if (it.ntensors() == 3) {
      A w = weight.to<A>();
      binary_loop<T, T>(it, [w](T s, T e) { return static_cast<T>(lerp_value<A>(A(s), A(e), w)); });
    } else {
      ternary_loop<T>(
          it, [](T s, T e, T w) { return static_cast<T>(lerp_value<A>(A(s), A(e), A(w))); });
    }
  });
}

template <typename T>
void addc_typed(const TensorIter& it, const Scalar& value, bool div) {
  using A = acc_t<T>;
  A v = value.to<A>();
  if constexpr (std::is_integral_v<T>) {
    IGNIS_CHECK(!div, Internal, "addcdiv: integer compute dtype ", dtype_name(it.dtype(0)));
    using U = std::make_unsigned_t<decltype(T() * T())>;
    ternary_loop<T>(it, [v](T s, T a, T b) {
      return static_cast<T>(static_cast<U>(s) +
                            static_cast<U>(v) * static_cast<U>(a) * static_cast<U>(b));
    });
  } else if (div) {
    ternary_loop<T>(it, [v](T s, T a, T b) { return static_cast<T>(A(s) + v * (A(a) / A(b))); });
  } else {
    ternary_loop<T>(it, [v](T s, T a, T b) { return static_cast<T>(A(s) + v * A(a) * A(b)); });
  }
}

void addcmul_cpu(TensorIter& it, const Scalar& value, bool div) {
  IGNIS_DISPATCH_NUMERIC(it.dtype(0), div ? "addcdiv" : "addcmul",
                         [&] { addc_typed<scalar_t>(it, value, div); });
}

}  // namespace
}  // namespace ignis::cpu

namespace ignis {
IGNIS_REGISTER_KERNEL(where, CPU, cpu::where_cpu);
IGNIS_REGISTER_KERNEL(clamp_scalar, CPU, cpu::clamp_scalar_cpu);
IGNIS_REGISTER_KERNEL(clamp_tensor, CPU, cpu::clamp_tensor_cpu);
IGNIS_REGISTER_KERNEL(lerp, CPU, cpu::lerp_cpu);
IGNIS_REGISTER_KERNEL(addcmul, CPU, cpu::addcmul_cpu);
}  // namespace ignis
