// CPU kernel of the two-input elementwise ops (BinaryOp): scalar element functions with
// PyTorch's semantics (integer wrap-around, Python/C modulus signs, NaN-propagating max/min),
// run through binary_loop; dense and broadcast-scalar runs of f32/f64/i32/i64 go to the
// Highway paths in binary_simd.cpp first.
#include "kernels/binary.h"

#include <cmath>
#include <type_traits>

#include "kernels/cpu/binary_loops.h"
#include "kernels/cpu/binary_simd.h"
#include "tensor/dispatch.h"

namespace ignis::cpu {
namespace {

template <typename T>
constexpr bool is_int_v = std::is_integral_v<T> && !std::is_same_v<T, bool>;

template <typename T>
[[noreturn]] void zero_division(const char* op) {
  IGNIS_FAIL(InvalidArgument, op, ": ZeroDivisionError (integer division or modulo by zero)");
}

// Integer arithmetic that wraps around like PyTorch (two's complement, no UB).
template <typename T>
T wrap_add(T a, T b) {
  using U = std::make_unsigned_t<T>;
  return static_cast<T>(static_cast<U>(static_cast<U>(a) + static_cast<U>(b)));
}
template <typename T>
T wrap_mul(T a, T b) {
  using U = std::make_unsigned_t<decltype(a * b)>;
  return static_cast<T>(static_cast<U>(a) * static_cast<U>(b));
}

template <typename T>
T int_pow(T base, T exp) {
  if constexpr (std::is_signed_v<T>) {
    if (exp < 0) {
      if (base == 1) return 1;
      if (base == -1) return (exp & 1) ? T(-1) : T(1);
      return 0;
    }
  }
  T result = 1;
  while (exp) {
    if (exp & 1) result = wrap_mul<T>(result, base);
    exp = static_cast<T>(exp >> 1);
    base = wrap_mul<T>(base, base);
  }
  return result;
}

template <typename A>
A float_div_floor(A a, A b) {
  if (b == 0) return a / b;
  A mod = std::fmod(a, b);
  A div = (a - mod) / b;
  if (mod != 0 && (b < 0) != (mod < 0)) div -= 1;
  if (div == 0) return std::copysign(A(0), a / b);
  A fl = std::floor(div);
  if (div - fl > A(0.5)) fl += 1;
  return fl;
}

// The arithmetic ops whose result has the compute dtype T.
template <typename T>
void arith(const TensorIter& it, BinaryOp op, const Scalar& alpha_s) {
  using A = acc_t<T>;
  constexpr bool kFloat = !std::is_integral_v<T>;
  auto run = [&](const auto& f) {
    if constexpr (has_simd_v<T>) {
      binary_loop<T, T>(it, f, [&](T* o, const T* a, const T* b, int64_t n, int mode) {
        return simd_binary(op, o, a, b, n, mode, alpha_s.to_double(), alpha_s.to_int());
      });
    } else {
      binary_loop<T, T>(it, f);
    }
  };
  switch (op) {
  case BinaryOp::Add: {
    if constexpr (std::is_same_v<T, bool>) {
      bool al = alpha_s.to<bool>();
      return run([al](T a, T b) { return static_cast<T>(a || (al && b)); });
    } else if constexpr (kFloat) {
      A al = alpha_s.to<A>();
      if (al == A(1)) return run([](T a, T b) { return static_cast<T>(A(a) + A(b)); });
      return run([al](T a, T b) { return static_cast<T>(A(a) + al * A(b)); });
    } else {
      T al = alpha_s.to<T>();
      return run([al](T a, T b) { return wrap_add<T>(a, wrap_mul<T>(al, b)); });
    }
  }
  case BinaryOp::Mul:
    if constexpr (std::is_same_v<T, bool>)
      return run([](T a, T b) { return static_cast<T>(a && b); });
    else if constexpr (kFloat)
      return run([](T a, T b) { return static_cast<T>(A(a) * A(b)); });
    else
      return run([](T a, T b) { return wrap_mul<T>(a, b); });
  case BinaryOp::Div:
    if constexpr (kFloat) return run([](T a, T b) { return static_cast<T>(A(a) / A(b)); });
    break;
  case BinaryOp::DivTrunc:
    if constexpr (kFloat) {
      return run([](T a, T b) { return static_cast<T>(std::trunc(A(a) / A(b))); });
    } else if constexpr (is_int_v<T>) {
      return run([](T a, T b) -> T {
        if (b == 0) zero_division<T>("div");
        if constexpr (std::is_signed_v<T>)
          if (b == -1) return wrap_mul<T>(a, T(-1));
        return static_cast<T>(a / b);
      });
    }
    break;
  case BinaryOp::DivFloor:
    if constexpr (kFloat) {
      return run([](T a, T b) { return static_cast<T>(float_div_floor<A>(A(a), A(b))); });
    } else if constexpr (is_int_v<T>) {
      return run([](T a, T b) -> T {
        if (b == 0) zero_division<T>("div");
        if constexpr (std::is_signed_v<T>) {
          if (b == -1) return wrap_mul<T>(a, T(-1));
          T q = static_cast<T>(a / b);
          if (a % b != 0 && ((a < 0) != (b < 0))) --q;
          return q;
        }
        return static_cast<T>(a / b);
      });
    }
    break;
  case BinaryOp::Remainder:
    if constexpr (kFloat) {
      return run([](T a, T b) {
        A m = std::fmod(A(a), A(b));
        if (m != 0 && ((A(b) < 0) != (m < 0))) m += A(b);
        return static_cast<T>(m);
      });
    } else if constexpr (is_int_v<T>) {
      return run([](T a, T b) -> T {
        if (b == 0) zero_division<T>("remainder");
        if constexpr (std::is_signed_v<T>) {
          if (b == -1) return 0;
          T r = static_cast<T>(a % b);
          if (r != 0 && ((r < 0) != (b < 0))) r = static_cast<T>(r + b);
          return r;
        }
        return static_cast<T>(a % b);
      });
    }
    break;
  case BinaryOp::Fmod:
    if constexpr (kFloat) {
      return run([](T a, T b) { return static_cast<T>(std::fmod(A(a), A(b))); });
    } else if constexpr (is_int_v<T>) {
      return run([](T a, T b) -> T {
        if (b == 0) zero_division<T>("fmod");
        if constexpr (std::is_signed_v<T>)
          if (b == -1) return 0;
        return static_cast<T>(a % b);
      });
    }
    break;
  case BinaryOp::Pow:
    if constexpr (kFloat)
      return run([](T a, T b) { return static_cast<T>(std::pow(A(a), A(b))); });
    else if constexpr (is_int_v<T>)
      return run([](T a, T b) { return int_pow<T>(a, b); });
    break;
  case BinaryOp::Atan2:
    if constexpr (kFloat)
      return run([](T a, T b) { return static_cast<T>(std::atan2(A(a), A(b))); });
    break;
  case BinaryOp::Maximum:
    if constexpr (kFloat)
      return run([](T a, T b) {
        A x = A(a), y = A(b);
        return static_cast<T>(std::isnan(x) ? x : (std::isnan(y) ? y : (x > y ? x : y)));
      });
    else
      return run([](T a, T b) { return a > b ? a : b; });
  case BinaryOp::Minimum:
    if constexpr (kFloat)
      return run([](T a, T b) {
        A x = A(a), y = A(b);
        return static_cast<T>(std::isnan(x) ? x : (std::isnan(y) ? y : (x < y ? x : y)));
      });
    else
      return run([](T a, T b) { return a < b ? a : b; });
  case BinaryOp::BitAnd:
    if constexpr (!kFloat) return run([](T a, T b) { return static_cast<T>(a & b); });
    break;
  case BinaryOp::BitOr:
    if constexpr (!kFloat) return run([](T a, T b) { return static_cast<T>(a | b); });
    break;
  case BinaryOp::BitXor:
    if constexpr (!kFloat) return run([](T a, T b) { return static_cast<T>(a ^ b); });
    break;
  default:
    break;
  }
  IGNIS_FAIL(Internal, "binary kernel: op ", static_cast<int>(op), " is not defined for dtype ",
             dtype_name(dtype_of<T>));
}

// The ops with a bool result over inputs of type T.
template <typename T>
void predicate(const TensorIter& it, BinaryOp op) {
  using A = acc_t<T>;
  auto run = [&](const auto& f) {
    if constexpr (has_simd_v<T>) {
      binary_loop<bool, T>(it, f, [&](bool* o, const T* a, const T* b, int64_t n, int mode) {
        return simd_compare(op, o, a, b, n, mode);
      });
    } else {
      binary_loop<bool, T>(it, f);
    }
  };
  switch (op) {
  case BinaryOp::Eq:
    return run([](T a, T b) { return A(a) == A(b); });
  case BinaryOp::Ne:
    return run([](T a, T b) { return A(a) != A(b); });
  case BinaryOp::Lt:
    return run([](T a, T b) { return A(a) < A(b); });
  case BinaryOp::Le:
    return run([](T a, T b) { return A(a) <= A(b); });
  case BinaryOp::Gt:
    return run([](T a, T b) { return A(a) > A(b); });
  case BinaryOp::Ge:
    return run([](T a, T b) { return A(a) >= A(b); });
  case BinaryOp::LogicalAnd:
    return run([](T a, T b) { return A(a) != A(0) && A(b) != A(0); });
  case BinaryOp::LogicalOr:
    return run([](T a, T b) { return A(a) != A(0) || A(b) != A(0); });
  case BinaryOp::LogicalXor:
    return run([](T a, T b) { return (A(a) != A(0)) != (A(b) != A(0)); });
  default:
    break;
  }
  IGNIS_FAIL(Internal, "binary kernel: op ", static_cast<int>(op), " has no bool result");
}

bool has_bool_result(BinaryOp op) { return op >= BinaryOp::LogicalAnd; }

void binary_cpu(TensorIter& it, BinaryOp op, const Scalar& alpha) {
  IGNIS_DISPATCH_ALL(it.dtype(1), "binary", [&] {
    if (has_bool_result(op))
      predicate<scalar_t>(it, op);
    else
      arith<scalar_t>(it, op, alpha);
  });
}

}  // namespace
}  // namespace ignis::cpu

namespace ignis {
IGNIS_REGISTER_KERNEL(binary, CPU, cpu::binary_cpu);
}  // namespace ignis
