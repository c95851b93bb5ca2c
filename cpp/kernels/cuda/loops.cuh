// The launch helper every CUDA kernel file builds on: a grid-stride loop calling f(i) for each
// linear index on the current stream, and an offset calculator that maps a linear index to
// byte offsets of strided operands (dimensions already ordered and merged by TensorIter).
#pragma once

#include <cuda_runtime.h>

#include <algorithm>
#include <cstdint>

#include "kernels/cuda/runtime.h"
#include "tensor/tensor_iter.h"

namespace ignis::cuda {

inline constexpr int kBlockSize = 256;
inline constexpr int64_t kMaxBlocks = 65536;  // the grid-stride loop covers larger sizes
inline constexpr int kMaxDims = 8;            // dims after TensorIter merged contiguous ones

template <typename F>
__global__ void __launch_bounds__(kBlockSize) elementwise_kernel(int64_t n, F f) {
  int64_t step = static_cast<int64_t>(blockDim.x) * gridDim.x;
  for (int64_t i = static_cast<int64_t>(blockIdx.x) * blockDim.x + threadIdx.x; i < n; i += step)
    f(i);
}

// Calls f(i) for i in [0, n) on the current device's current stream. f is a __device__ lambda
// (or functor) taken by value; the launch is asynchronous and launch errors throw.
template <typename F>
void launch_elementwise(int64_t n, const F& f) {
  if (n <= 0) return;
  int64_t blocks = std::min<int64_t>((n + kBlockSize - 1) / kBlockSize, kMaxBlocks);
  elementwise_kernel<<<static_cast<unsigned>(blocks), kBlockSize, 0, current_stream()>>>(n, f);
  IGNIS_CUDA_CHECK(cudaGetLastError());
}

// Byte offsets of N operands at one linear index.
template <int N>
struct Offsets {
  int64_t v[N];
};

// Maps a linear index (fastest dim first, as TensorIter orders them) to N byte offsets.
// Passed to kernels by value.
template <int N>
struct OffsetCalc {
  int ndim = 0;
  int64_t sizes[kMaxDims] = {};
  int64_t strides[kMaxDims][N] = {};  // bytes

  __device__ Offsets<N> get(int64_t linear) const {
    Offsets<N> o{};
#pragma unroll
    for (int d = 0; d < kMaxDims; ++d) {
      if (d == ndim) break;
      int64_t idx = linear % sizes[d];
      linear /= sizes[d];
#pragma unroll
      for (int k = 0; k < N; ++k) o.v[k] += idx * strides[d][k];
    }
    return o;
  }
};

// The offset calculator of the N operands of `it`; throws UnsupportedError naming `op` when
// more than kMaxDims dims remain after merging.
template <int N>
OffsetCalc<N> make_offset_calc(const TensorIter& it, const char* op) {
  IGNIS_CHECK(it.ndim() <= kMaxDims, Unsupported, op, ": CUDA kernels support at most ", kMaxDims,
              " dimensions after merging contiguous ones but got ", it.ndim());
  OffsetCalc<N> c;
  c.ndim = it.ndim();
  for (int d = 0; d < c.ndim; ++d) {
    c.sizes[d] = it.shape()[d];
    for (int k = 0; k < N; ++k) c.strides[d][k] = it.strides(k)[d];
  }
  return c;
}

// a + b * c rounded after each step, as the CPU kernels compute it. nvcc would otherwise fuse
// it into one fma, whose single rounding can differ from the CPU's in the last bit.
__device__ inline double add_mul(double a, double b, double c) {
  return __dadd_rn(a, __dmul_rn(b, c));
}

}  // namespace ignis::cuda
