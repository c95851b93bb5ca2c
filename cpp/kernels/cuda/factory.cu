// CUDA kernels for arange and linspace; values match the CPU kernels bit for bit.
#include <type_traits>

#include "kernels/copy.h"
#include "kernels/cuda/loops.cuh"
#include "tensor/convert.h"
#include "tensor/dispatch.h"

namespace ignis::cuda {
namespace {

void arange_cuda(const Tensor& t, const Scalar& start, const Scalar& step) {
  DeviceGuard guard(t.device().index);
  IGNIS_DISPATCH_NUMERIC(t.dtype(), "arange", [&] {
    auto* p = static_cast<scalar_t*>(t.data_ptr());
    if constexpr (std::is_floating_point_v<scalar_t> || is_reduced_float_v<scalar_t>) {
      double s0 = start.to<double>(), st = step.to<double>();
      launch_elementwise(t.numel(), [=] __device__(int64_t i) {
        p[i] = convert<scalar_t>(add_mul(s0, static_cast<double>(i), st));
      });
    } else {
      int64_t s0 = start.to<int64_t>(), st = step.to<int64_t>();
      launch_elementwise(t.numel(),
                         [=] __device__(int64_t i) { p[i] = convert<scalar_t>(s0 + i * st); });
    }
  });
}

void linspace_cuda(const Tensor& t, double start, double end) {
  DeviceGuard guard(t.device().index);
  int64_t n = t.numel();
  IGNIS_DISPATCH_NUMERIC(t.dtype(), "linspace", [&] {
    auto* p = static_cast<scalar_t*>(t.data_ptr());
    double step = n > 1 ? (end - start) / static_cast<double>(n - 1) : 0.0;
    int64_t half = n / 2;
    // First half from start, second half from end, as PyTorch does, so both ends are exact.
    launch_elementwise(n, [=] __device__(int64_t i) {
      double v = i < half ? add_mul(start, step, static_cast<double>(i))
                          : add_mul(end, -step, static_cast<double>(n - 1 - i));
      p[i] = convert<scalar_t>(v);
    });
  });
}

}  // namespace

IGNIS_REGISTER_KERNEL(arange, CUDA, arange_cuda);
IGNIS_REGISTER_KERNEL(linspace, CUDA, linspace_cuda);

}  // namespace ignis::cuda
