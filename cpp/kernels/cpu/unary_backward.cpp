// Fused backward kernels of the unary activations: one pass instead of the composite formula's
// compare, bool-to-float copy and multiply. Used only when no graph is built (see
// ops/unary_grad.cpp); under create_graph the differentiable formula runs instead.
#include "kernels/unary.h"
#include "tensor/convert.h"
#include "tensor/dispatch.h"
#include "tensor/parallel.h"

namespace ignis {
namespace {

void threshold_backward_cpu(const Tensor& out, const Tensor& grad, const Tensor& y,
                            double threshold) {
  IGNIS_DISPATCH_FLOATING(out.dtype(), "threshold_backward", [&] {
    const auto* g = static_cast<const scalar_t*>(grad.data_ptr());
    const auto* v = static_cast<const scalar_t*>(y.data_ptr());
    auto* o = static_cast<scalar_t*>(out.data_ptr());
    if constexpr (is_reduced_float_v<scalar_t>) {
      const float t = static_cast<float>(threshold);
      const scalar_t zero = convert<scalar_t>(0);
      parallel_for(0, out.numel(), kGrainSize, [&](int64_t b, int64_t e) {
        for (int64_t i = b; i < e; ++i) o[i] = static_cast<float>(v[i]) > t ? g[i] : zero;
      });
    } else {
      const auto t = static_cast<scalar_t>(threshold);
      // A select the compiler vectorizes (a compare and a masked move per vector).
      parallel_for(0, out.numel(), kGrainSize, [&](int64_t b, int64_t e) {
        for (int64_t i = b; i < e; ++i) o[i] = v[i] > t ? g[i] : scalar_t(0);
      });
    }
  });
}

}  // namespace

IGNIS_REGISTER_KERNEL(threshold_backward, CPU, threshold_backward_cpu);

}  // namespace ignis
