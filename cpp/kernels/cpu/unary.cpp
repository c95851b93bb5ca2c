// CPU kernels of the unary family: one strided loop per op (f16/bf16 compute in f32), with the
// Highway fast paths of kernels/cpu/unary_simd.h on contiguous f32/f64 runs.
#include "kernels/unary.h"

#include <algorithm>
#include <cmath>
#include <type_traits>

#include "kernels/cpu/unary_simd.h"
#include "tensor/convert.h"
#include "tensor/dispatch.h"

namespace ignis {
namespace {

// The type a value of T is computed in: float for f16/bf16, T otherwise.
template <typename T>
using acc_t = std::conditional_t<is_reduced_float_v<T>, float, T>;

// out[i] = f(in[i]) over the iterator (operand 0 of out_t, operand 1 of in_t); `simd`, when
// given, handles runs where both operands are dense.
template <typename out_t, typename in_t, typename F>
void map(const TensorIter& it, const F& f, void (*simd)(const in_t*, out_t*, int64_t) = nullptr) {
  it.for_each([&](char** data, const int64_t* strides, int64_t n) {
    char* o = data[0];
    const char* a = data[1];
    if (strides[0] == sizeof(out_t) && strides[1] == sizeof(in_t)) {
      auto* op = reinterpret_cast<out_t*>(o);
      auto* ip = reinterpret_cast<const in_t*>(a);
      if (simd) {
        simd(ip, op, n);
        return;
      }
      for (int64_t i = 0; i < n; ++i) op[i] = f(ip[i]);
    } else {
      for (int64_t i = 0; i < n; ++i)
        *reinterpret_cast<out_t*>(o + i * strides[0]) =
            f(*reinterpret_cast<const in_t*>(a + i * strides[1]));
    }
  });
}

// Floating ops: f is called with float (f32, f16, bf16) or double; op names the kernel in errors.
template <typename F>
void map_floating(const TensorIter& it, const char* op, const F& f, SimdOp simd = SimdOp::None) {
  IGNIS_DISPATCH_FLOATING(it.dtype(0), op, [&] {
    using T = scalar_t;
    auto g = [&](T x) { return convert<T>(f(convert<acc_t<T>>(x))); };
    if constexpr (std::is_same_v<T, float>)
      map<T, T>(it, g, simd_f32(simd));
    else if constexpr (std::is_same_v<T, double>)
      map<T, T>(it, g, simd_f64(simd));
    else
      map<T, T>(it, g);
  });
}

// Ops that keep integer dtypes: fi is applied to integers, ff to floating values.
template <typename FI, typename FF>
void map_numeric(const TensorIter& it, const char* op, const FI& fi, const FF& ff,
                 SimdOp simd = SimdOp::None) {
  if (is_floating(it.dtype(0))) return map_floating(it, op, ff, simd);
  IGNIS_DISPATCH_INTEGRAL(it.dtype(0), op, [&] {
    map<scalar_t, scalar_t>(it, [&](scalar_t x) { return static_cast<scalar_t>(fi(x)); });
  });
}

// Bool results of any input dtype.
template <typename F>
void map_to_bool(const TensorIter& it, const char* op, const F& f) {
  IGNIS_DISPATCH_ALL(it.dtype(1), op, [&] {
    map<bool, scalar_t>(it, [&](scalar_t x) { return f(convert<acc_t<scalar_t>>(x)); });
  });
}

// Copies input to output (integer inputs of floor, ceil, round, trunc, nan_to_num).
void identity(const TensorIter& it, const char* op) {
  IGNIS_DISPATCH_ALL(it.dtype(0), op,
                     [&] { map<scalar_t, scalar_t>(it, [](scalar_t x) { return x; }); });
}

template <typename T>
T erfinv_scalar(T y);

// Inverse error function: Giles' single-precision approximation, refined by Newton steps on erf.
template <>
double erfinv_scalar(double y) {
  if (std::isnan(y) || y < -1.0 || y > 1.0) return NAN;
  if (y == 1.0) return INFINITY;
  if (y == -1.0) return -INFINITY;
  double w = -std::log((1.0 - y) * (1.0 + y)), p;
  if (w < 5.0) {
    w -= 2.5;
    p = 2.81022636e-08;
    for (double c : {3.43273939e-07, -3.5233877e-06, -4.39150654e-06, 0.00021858087, -0.00125372503,
                     -0.00417768164, 0.246640727, 1.50140941})
      p = c + p * w;
  } else {
    w = std::sqrt(w) - 3.0;
    p = -0.000200214257;
    for (double c : {0.000100950558, 0.00134934322, -0.00367342844, 0.00573950773, -0.0076224613,
                     0.00943887047, 1.00167406, 2.83297682})
      p = c + p * w;
  }
  double x = p * y;
  for (int i = 0; i < 2; ++i)  // Newton on erf(x) - y, with erf'(x) = 2/sqrt(pi) exp(-x^2)
    x -= (std::erf(x) - y) / (1.1283791670955126 * std::exp(-x * x));
  return x;
}
template <>
float erfinv_scalar(float y) {
  return static_cast<float>(erfinv_scalar(static_cast<double>(y)));
}

template <typename T>
T sigmoid_scalar(T x) {
  return T(1) / (T(1) + std::exp(-x));
}

constexpr double kSeluAlpha = 1.6732632423543772848170429916717;
constexpr double kSeluScale = 1.0507009873554804934193349852946;

// ---- kernels that keep integers

void neg_cpu(const TensorIter& it) {
  map_numeric(
      it, "neg", [](auto x) { return -x; }, [](auto x) { return -x; }, SimdOp::Neg);
}
void abs_cpu(const TensorIter& it) {
  map_numeric(
      it, "abs",
      [](auto x) {
        if constexpr (std::is_unsigned_v<decltype(x)>)
          return x;
        else
          return x < 0 ? -x : x;
      },
      [](auto x) { return std::abs(x); }, SimdOp::Abs);
}
// sign of NaN is 0, as in PyTorch 1.13.
void sign_cpu(const TensorIter& it) {
  if (it.dtype(0) == DType::Bool) return identity(it, "sign");
  auto f = [](auto x) { return decltype(x)((x > 0) - (x < 0)); };
  map_numeric(it, "sign", f, f);
}
void floor_cpu(const TensorIter& it) {
  if (!is_floating(it.dtype(0))) return identity(it, "floor");
  map_floating(it, "floor", [](auto x) { return std::floor(x); });
}
void ceil_cpu(const TensorIter& it) {
  if (!is_floating(it.dtype(0))) return identity(it, "ceil");
  map_floating(it, "ceil", [](auto x) { return std::ceil(x); });
}
void round_cpu(const TensorIter& it) {
  if (!is_floating(it.dtype(0))) return identity(it, "round");
  map_floating(it, "round", [](auto x) { return std::nearbyint(x); });
}
void trunc_cpu(const TensorIter& it) {
  if (!is_floating(it.dtype(0))) return identity(it, "trunc");
  map_floating(it, "trunc", [](auto x) { return std::trunc(x); });
}
void frac_cpu(const TensorIter& it) {
  map_floating(it, "frac", [](auto x) { return x - std::trunc(x); });
}
void relu_cpu(const TensorIter& it) {
  // NaN stays NaN (the comparison is false), as with torch.relu.
  auto f = [](auto x) { return x < 0 ? decltype(x)(0) : x; };
  map_numeric(it, "relu", f, f, SimdOp::Relu);
}
void relu6_cpu(const TensorIter& it) {
  auto f = [](auto x) { return x < 0 ? decltype(x)(0) : (x > 6 ? decltype(x)(6) : x); };
  map_numeric(it, "relu6", f, f);
}

// ---- floating math

void exp_cpu(const TensorIter& it) {
  map_floating(
      it, "exp", [](auto x) { return std::exp(x); }, SimdOp::Exp);
}
void exp2_cpu(const TensorIter& it) {
  map_floating(it, "exp2", [](auto x) { return std::exp2(x); });
}
void expm1_cpu(const TensorIter& it) {
  map_floating(it, "expm1", [](auto x) { return std::expm1(x); });
}
void log_cpu(const TensorIter& it) {
  map_floating(
      it, "log", [](auto x) { return std::log(x); }, SimdOp::Log);
}
void log2_cpu(const TensorIter& it) {
  map_floating(it, "log2", [](auto x) { return std::log2(x); });
}
void log10_cpu(const TensorIter& it) {
  map_floating(it, "log10", [](auto x) { return std::log10(x); });
}
void log1p_cpu(const TensorIter& it) {
  map_floating(it, "log1p", [](auto x) { return std::log1p(x); });
}
void sqrt_cpu(const TensorIter& it) {
  map_floating(
      it, "sqrt", [](auto x) { return std::sqrt(x); }, SimdOp::Sqrt);
}
void rsqrt_cpu(const TensorIter& it) {
  map_floating(it, "rsqrt", [](auto x) { return decltype(x)(1) / std::sqrt(x); });
}
void reciprocal_cpu(const TensorIter& it) {
  map_floating(it, "reciprocal", [](auto x) { return decltype(x)(1) / x; });
}
void sin_cpu(const TensorIter& it) {
  map_floating(it, "sin", [](auto x) { return std::sin(x); });
}
void cos_cpu(const TensorIter& it) {
  map_floating(it, "cos", [](auto x) { return std::cos(x); });
}
void tan_cpu(const TensorIter& it) {
  map_floating(it, "tan", [](auto x) { return std::tan(x); });
}
void asin_cpu(const TensorIter& it) {
  map_floating(it, "asin", [](auto x) { return std::asin(x); });
}
void acos_cpu(const TensorIter& it) {
  map_floating(it, "acos", [](auto x) { return std::acos(x); });
}
void atan_cpu(const TensorIter& it) {
  map_floating(it, "atan", [](auto x) { return std::atan(x); });
}
void sinh_cpu(const TensorIter& it) {
  map_floating(it, "sinh", [](auto x) { return std::sinh(x); });
}
void cosh_cpu(const TensorIter& it) {
  map_floating(it, "cosh", [](auto x) { return std::cosh(x); });
}
void tanh_cpu(const TensorIter& it) {
  map_floating(
      it, "tanh", [](auto x) { return std::tanh(x); }, SimdOp::Tanh);
}
void erf_cpu(const TensorIter& it) {
  map_floating(
      it, "erf", [](auto x) { return std::erf(x); }, SimdOp::Erf);
}
void erfinv_cpu(const TensorIter& it) {
  map_floating(it, "erfinv", [](auto x) { return erfinv_scalar(x); });
}
void sigmoid_cpu(const TensorIter& it) {
  map_floating(
      it, "sigmoid", [](auto x) { return sigmoid_scalar(x); }, SimdOp::Sigmoid);
}
void logsigmoid_cpu(const TensorIter& it) {
  map_floating(it, "logsigmoid", [](auto x) {
    using T = decltype(x);
    return std::min(x, T(0)) - std::log1p(std::exp(-std::abs(x)));
  });
}
void silu_cpu(const TensorIter& it) {
  map_floating(
      it, "silu", [](auto x) { return x * sigmoid_scalar(x); }, SimdOp::Silu);
}
void mish_cpu(const TensorIter& it) {
  map_floating(it, "mish", [](auto x) { return x * std::tanh(std::log1p(std::exp(x))); });
}
void selu_cpu(const TensorIter& it) {
  map_floating(it, "selu", [](auto x) {
    using T = decltype(x);
    return x > 0 ? T(kSeluScale) * x : T(kSeluScale * kSeluAlpha) * std::expm1(x);
  });
}
void hardswish_cpu(const TensorIter& it) {
  map_floating(it, "hardswish", [](auto x) {
    using T = decltype(x);
    return x * std::min(std::max(x + T(3), T(0)), T(6)) / T(6);
  });
}
void hardsigmoid_cpu(const TensorIter& it) {
  map_floating(it, "hardsigmoid", [](auto x) {
    using T = decltype(x);
    return std::min(std::max(x + T(3), T(0)), T(6)) / T(6);
  });
}

// ---- ops with parameters

void leaky_relu_cpu(const TensorIter& it, double slope) {
  map_floating(it, "leaky_relu", [slope](auto x) {
    using T = decltype(x);
    return x > 0 ? x : x * T(slope);
  });
}
void elu_cpu(const TensorIter& it, double alpha, double scale, double input_scale) {
  map_floating(it, "elu", [=](auto x) {
    using T = decltype(x);
    return x > 0 ? x * T(scale) : std::expm1(x * T(input_scale)) * T(alpha * scale);
  });
}
void gelu_cpu(const TensorIter& it, bool tanh_approximation) {
  if (tanh_approximation) {
    map_floating(
        it, "gelu",
        [](auto x) {
          using T = decltype(x);
          const T k = T(0.7978845608028654);  // sqrt(2 / pi)
          return T(0.5) * x * (T(1) + std::tanh(k * (x + T(0.044715) * x * x * x)));
        },
        SimdOp::GeluTanh);
  } else {
    map_floating(
        it, "gelu",
        [](auto x) {
          using T = decltype(x);
          return T(0.5) * x * (T(1) + std::erf(x * T(0.7071067811865476)));
        },
        SimdOp::Gelu);
  }
}
void softplus_cpu(const TensorIter& it, double beta, double threshold) {
  map_floating(it, "softplus", [=](auto x) {
    using T = decltype(x);
    return x * T(beta) > T(threshold) ? x : std::log1p(std::exp(x * T(beta))) / T(beta);
  });
}
void round_decimals_cpu(const TensorIter& it, int64_t decimals) {
  bool negative = decimals < 0;
  double ten = std::pow(10.0, static_cast<double>(negative ? -decimals : decimals));
  map_floating(it, "round", [=](auto x) {
    using T = decltype(x);
    return negative ? std::nearbyint(x / T(ten)) * T(ten) : std::nearbyint(x * T(ten)) / T(ten);
  });
}
void nan_to_num_cpu(const TensorIter& it, double nan, double posinf, double neginf) {
  if (!is_floating(it.dtype(0))) return identity(it, "nan_to_num");
  map_floating(it, "nan_to_num", [=](auto x) {
    using T = decltype(x);
    return std::isnan(x) ? T(nan) : x == INFINITY ? T(posinf) : x == -INFINITY ? T(neginf) : x;
  });
}

// ---- bool results and bit ops

void isnan_cpu(const TensorIter& it) {
  map_to_bool(it, "isnan", [](auto x) {
    if constexpr (std::is_floating_point_v<decltype(x)>)
      return std::isnan(x);
    else
      return false;
  });
}
void isinf_cpu(const TensorIter& it) {
  map_to_bool(it, "isinf", [](auto x) {
    if constexpr (std::is_floating_point_v<decltype(x)>)
      return std::isinf(x);
    else
      return false;
  });
}
void isfinite_cpu(const TensorIter& it) {
  map_to_bool(it, "isfinite", [](auto x) {
    if constexpr (std::is_floating_point_v<decltype(x)>)
      return std::isfinite(x);
    else
      return true;
  });
}
void logical_not_cpu(const TensorIter& it) {
  map_to_bool(it, "logical_not", [](auto x) { return !(x != 0); });
}
void bitwise_not_cpu(const TensorIter& it) {
  if (it.dtype(0) == DType::Bool) return map<bool, bool>(it, [](bool x) { return !x; });
  IGNIS_DISPATCH_INTEGRAL(it.dtype(0), "bitwise_not", [&] {
    map<scalar_t, scalar_t>(it, [](scalar_t x) { return static_cast<scalar_t>(~x); });
  });
}

}  // namespace

#define IGNIS_REGISTER_UNARY_CPU(name) IGNIS_REGISTER_KERNEL(name, CPU, name##_cpu);
IGNIS_UNARY_PLAIN_OPS(IGNIS_REGISTER_UNARY_CPU)
#undef IGNIS_REGISTER_UNARY_CPU
IGNIS_REGISTER_KERNEL(leaky_relu, CPU, leaky_relu_cpu);
IGNIS_REGISTER_KERNEL(elu, CPU, elu_cpu);
IGNIS_REGISTER_KERNEL(gelu, CPU, gelu_cpu);
IGNIS_REGISTER_KERNEL(softplus, CPU, softplus_cpu);
IGNIS_REGISTER_KERNEL(round_decimals, CPU, round_decimals_cpu);
IGNIS_REGISTER_KERNEL(nan_to_num, CPU, nan_to_num_cpu);

}  // namespace ignis
