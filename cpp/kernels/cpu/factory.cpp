// CPU kernels for arange and linspace.
#include "kernels/copy.h"
#include "tensor/convert.h"
#include "tensor/dispatch.h"
#include "tensor/parallel.h"

namespace ignis {
namespace {

void arange_cpu(const Tensor& t, const Scalar& start, const Scalar& step) {
  IGNIS_DISPATCH_NUMERIC(t.dtype(), "arange", [&] {
    auto* p = static_cast<scalar_t*>(t.data_ptr());
    using acc_t =
        std::conditional_t<std::is_floating_point_v<scalar_t> || is_reduced_float_v<scalar_t>,
                           double, int64_t>;
    acc_t s0 = start.to<acc_t>(), st = step.to<acc_t>();
    parallel_for(0, t.numel(), kGrainSize, [&](int64_t b, int64_t e) {
      for (int64_t i = b; i < e; ++i) p[i] = convert<scalar_t>(s0 + static_cast<acc_t>(i) * st);
    });
  });
}

void linspace_cpu(const Tensor& t, double start, double end) {
  int64_t n = t.numel();
  IGNIS_DISPATCH_NUMERIC(t.dtype(), "linspace", [&] {
    auto* p = static_cast<scalar_t*>(t.data_ptr());
    // Like PyTorch: the endpoints are first converted to the result dtype, and the values are
    // computed in that precision (double for integers, float for 16-bit floats).
    using step_t =
        std::conditional_t<std::is_same_v<scalar_t, double> || std::is_integral_v<scalar_t>, double,
                           float>;
    step_t s = convert<step_t>(convert<scalar_t>(start));
    step_t en = convert<step_t>(convert<scalar_t>(end));
    step_t step = n > 1 ? (en - s) / static_cast<step_t>(n - 1) : step_t(0);
    int64_t half = n / 2;
    parallel_for(0, n, kGrainSize, [&](int64_t b, int64_t e) {
      // Fill the first half from start and the second from end, as PyTorch does, so both
      // endpoints are exact (a single step is the start).
      for (int64_t i = b; i < e; ++i) {
        step_t v = i < half || n == 1 ? s + step * static_cast<step_t>(i)
                                      : en - step * static_cast<step_t>(n - 1 - i);
        p[i] = convert<scalar_t>(v);
      }
    });
  });
}

}  // namespace

IGNIS_REGISTER_KERNEL(arange, CPU, arange_cpu);
IGNIS_REGISTER_KERNEL(linspace, CPU, linspace_cpu);

}  // namespace ignis
