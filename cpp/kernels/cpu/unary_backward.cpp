// Fused backward kernels of the unary activations: one pass instead of the composite formula's
// compare, bool-to-float copy and multiply. Used only when no graph is built (see
// ops/unary_grad.cpp); under create_graph the differentiable formula runs instead.
#include "kernels/unary.h"
#include "tensor/convert.h"
#include "tensor/dispatch.h"
#include "tensor/parallel.h"

namespace ignis {
namespace {

// o = g * (v > t), as the composite formula computes it (so a NaN or inf gradient where v <= t
// gives NaN there too). Written as a 0/1 select then a multiply, which vectorizes (compare, and,
// multiply); g * T(v > t) compiles to a branch around the multiply instead.
template <typename T>
void threshold_backward_loop(T* o, const T* g, const T* v, T t, int64_t b, int64_t e) {
#pragma omp simd
  for (int64_t i = b; i < e; ++i) {
    const T m = v[i] > t ? T(1) : T(0);
    o[i] = g[i] * m;
  }
}

void threshold_backward_cpu(const Tensor& out, const Tensor& grad, const Tensor& y,
                            double threshold) {
  IGNIS_DISPATCH_FLOATING(out.dtype(), "threshold_backward", [&] {
    const auto* g = static_cast<const scalar_t*>(grad.data_ptr());
    const auto* v = static_cast<const scalar_t*>(y.data_ptr());
    auto* o = static_cast<scalar_t*>(out.data_ptr());
    if constexpr (is_reduced_float_v<scalar_t>) {
      const float t = static_cast<float>(threshold);
      parallel_for(0, out.numel(), kGrainSize, [&](int64_t b, int64_t e) {
        for (int64_t i = b; i < e; ++i)
          o[i] = convert<scalar_t>(static_cast<float>(g[i]) *
                                   static_cast<float>(static_cast<float>(v[i]) > t));
      });
    } else {
      const auto t = static_cast<scalar_t>(threshold);
      parallel_for(0, out.numel(), kGrainSize,
                   [&](int64_t b, int64_t e) { threshold_backward_loop(o, g, v, t, b, e); });
    }
  });
}

}  // namespace

IGNIS_REGISTER_KERNEL(threshold_backward, CPU, threshold_backward_cpu);

}  // namespace ignis
