// CUDA random fills over contiguous tensors (the op front end makes them contiguous), with the
// CPU kernels' Philox scheme: element i uses philox4x32(seed, offset + i) and the same
// transforms, so a seed gives the same numbers on both devices. uniform, random_int and
// bernoulli match bit for bit. normal matches to the last bits only: CUDA's log and cos
// (double: 1 ulp, float: 1-2 ulp) are not glibc's, so values may differ by a few ulp.
#include <type_traits>

#include "kernels/cuda/loops.cuh"
#include "kernels/random.h"
#include "tensor/convert.h"
#include "tensor/dispatch.h"

namespace ignis::cuda {
namespace {

void uniform_cuda(const Tensor& t, double from, double to, PhiloxState s) {
  DeviceGuard guard(t.device().index);
  double range = to - from;
  IGNIS_DISPATCH_FLOATING(t.dtype(), "uniform_", [&] {
    auto* p = static_cast<scalar_t*>(t.data_ptr());
    // Explicit captures: nvcc rejects a device lambda whose first use of a variable sits in an
    // `if constexpr` branch.
    launch_elementwise(t.numel(), [p, s, from, range] __device__(int64_t i) {
      Philox4 r = philox4x32(s.seed, s.offset + static_cast<uint64_t>(i));
      if constexpr (std::is_same_v<scalar_t, double>) {
        p[i] = add_mul(from, uint_to_unit_double(r.v[0], r.v[1]), range);
      } else {
        float u = uint_to_unit_float(r.v[0]);
        p[i] = convert<scalar_t>(static_cast<float>(add_mul(from, u, range)));
      }
    });
  });
}

void normal_cuda(const Tensor& t, double mean, double std, PhiloxState s) {
  constexpr double kTwoPi = 6.283185307179586476925286766559;
  DeviceGuard guard(t.device().index);
  IGNIS_DISPATCH_FLOATING(t.dtype(), "normal_", [&] {
    auto* p = static_cast<scalar_t*>(t.data_ptr());
    launch_elementwise(t.numel(), [p, s, mean, std] __device__(int64_t i) {
      Philox4 r = philox4x32(s.seed, s.offset + static_cast<uint64_t>(i));
      if constexpr (std::is_same_v<scalar_t, double>) {
        double u1 = 1.0 - uint_to_unit_double(r.v[0], r.v[1]);  // (0, 1]: log is finite
        double u2 = uint_to_unit_double(r.v[2], r.v[3]);
        double z = __dmul_rn(__dmul_rn(std, ::sqrt(-2.0 * ::log(u1))), ::cos(kTwoPi * u2));
        p[i] = __dadd_rn(mean, z);
      } else {
        float u1 = 1.0f - uint_to_unit_float(r.v[0]);
        float u2 = uint_to_unit_float(r.v[1]);
        float z = ::sqrtf(-2.0f * ::logf(u1)) * ::cosf(static_cast<float>(kTwoPi) * u2);
        p[i] = convert<scalar_t>(static_cast<float>(add_mul(mean, std, z)));
      }
    });
  });
}

void random_int_cuda(const Tensor& t, int64_t from, int64_t to, PhiloxState s) {
  DeviceGuard guard(t.device().index);
  uint64_t range = static_cast<uint64_t>(to) - static_cast<uint64_t>(from);
  IGNIS_DISPATCH_ALL(t.dtype(), "random_", [&] {
    auto* p = static_cast<scalar_t*>(t.data_ptr());
    launch_elementwise(t.numel(), [=] __device__(int64_t i) {
      Philox4 r = philox4x32(s.seed, s.offset + static_cast<uint64_t>(i));
      uint64_t x = (static_cast<uint64_t>(r.v[0]) << 32 | r.v[1]) % range;
      p[i] = convert<scalar_t>(static_cast<int64_t>(static_cast<uint64_t>(from) + x));
    });
  });
}

void bernoulli_cuda(const Tensor& t, const Tensor& prob, PhiloxState s) {
  DeviceGuard guard(t.device().index);
  const double* q = static_cast<const double*>(prob.data_ptr());  // f64, contiguous, t's shape
  IGNIS_DISPATCH_ALL(t.dtype(), "bernoulli", [&] {
    auto* p = static_cast<scalar_t*>(t.data_ptr());
    launch_elementwise(t.numel(), [=] __device__(int64_t i) {
      Philox4 r = philox4x32(s.seed, s.offset + static_cast<uint64_t>(i));
      p[i] = convert<scalar_t>(uint_to_unit_double(r.v[0], r.v[1]) < q[i] ? 1 : 0);
    });
  });
}

// Scalar p: one thread per counter writes the (up to) four elements of its Philox words.
void bernoulli_scalar_cuda(const Tensor& t, double prob, PhiloxState s) {
  DeviceGuard guard(t.device().index);
  const uint64_t thr = bernoulli_threshold(prob);
  const int64_t n = t.numel();
  IGNIS_DISPATCH_ALL(t.dtype(), "bernoulli_", [&] {
    auto* p = static_cast<scalar_t*>(t.data_ptr());
    launch_elementwise(static_cast<int64_t>(bernoulli_counters(n)), [=] __device__(int64_t j) {
      Philox4 r = philox4x32(s.seed, s.offset + static_cast<uint64_t>(j));
      for (int k = 0; k < 4 && 4 * j + k < n; ++k)
        p[4 * j + k] = convert<scalar_t>(r.v[k] < thr ? 1 : 0);
    });
  });
}

}  // namespace

IGNIS_REGISTER_KERNEL(uniform, CUDA, uniform_cuda);
IGNIS_REGISTER_KERNEL(normal, CUDA, normal_cuda);
IGNIS_REGISTER_KERNEL(random_int, CUDA, random_int_cuda);
IGNIS_REGISTER_KERNEL(bernoulli, CUDA, bernoulli_cuda);
IGNIS_REGISTER_KERNEL(bernoulli_scalar, CUDA, bernoulli_scalar_cuda);

}  // namespace ignis::cuda
