// Highway fast paths of the hot unary kernels on dense f32/f64 runs (kernels/cpu/unary_simd.cpp),
// chosen at run time for the best instruction set of the CPU (AVX-512 on this project's hosts).
#pragma once

#include <cstdint>

namespace ignis {

// The unary ops that have a vectorized dense loop.
enum class SimdOp {
  None,
  Neg,
  Abs,
  Exp,
  Log,
  Sqrt,
  Tanh,
  Sigmoid,
  Relu,
  Gelu,
  GeluTanh,
  Silu,
  Erf
};

using SimdF32 = void (*)(const float* in, float* out, int64_t n);
using SimdF64 = void (*)(const double* in, double* out, int64_t n);

// The dense loop of op for f32 / f64, or nullptr when op has none (SimdOp::None).
SimdF32 simd_f32(SimdOp op);
SimdF64 simd_f64(SimdOp op);

}  // namespace ignis
