// batch_norm's fused backward (float32/float64 on the CPU, taken without create_graph) against
// the gradient written with ops that create_graph takes, and float32 against float64, in
// training and eval mode, with and without affine parameters.
#include <gtest/gtest.h>

#include "autograd/engine.h"
#include "autograd/grad_harness.h"
#include "ops/operators.h"
#include "ops/ops.gen.h"

using namespace ignis;
using namespace ignis::test;

namespace {

using Ts = std::vector<Tensor>;

// The output and the gradients of sum(batch_norm(x, ...) * gy) for x and, when affine, w and b.
Ts run_batch_norm(DType dt, bool training, bool affine, bool create_graph) {
  Tensor x = sample({4, 3, 5, 6}, dt, -2, 2, 31).set_requires_grad(true);
  Tensor w = sample({3}, dt, 0.5, 1.5, 32).set_requires_grad(true);
  Tensor b = sample({3}, dt, -1, 1, 33).set_requires_grad(true);
  Tensor rm = sample({3}, dt, -0.5, 0.5, 34), rv = sample({3}, dt, 0.5, 2, 35);
  Tensor y = batch_norm(x, rm, rv, affine ? std::optional<Tensor>(w) : std::nullopt,
                        affine ? std::optional<Tensor>(b) : std::nullopt, training, 0.1, 1e-5);
  Tensor gy = sample(y.shape(), dt, -1, 1, 36);
  Ts inputs{x};
  if (affine) inputs.insert(inputs.end(), {w, b});
  Ts out{y.detach()};
  for (const Tensor& g : autograd::grad({y}, inputs, {gy}, false, create_graph))
    out.push_back(g.detach());
  return out;
}

TEST(NormGradTest, BatchNormFusedBackwardMatchesComposite) {
  for (bool training : {true, false})
    for (bool affine : {true, false}) {
      Ts ref = run_batch_norm(DType::F64, training, affine, true);
      for (DType dt : {DType::F32, DType::F64}) {
        std::string what = std::string(dtype_name(dt)) + (training ? " training" : " eval") +
                           (affine ? " affine" : "");
        Tolerance tol = dt == DType::F64 ? Tolerance{1e-10, 1e-10} : Tolerance{1e-4, 1e-4};
        Ts fused = run_batch_norm(dt, training, affine, false);
        Ts composite = run_batch_norm(dt, training, affine, true);
        ASSERT_EQ(fused.size(), ref.size()) << what;
        for (size_t i = 0; i < ref.size(); ++i) {
          expect_close(fused[i], ref[i], tol, what + " fused, output " + std::to_string(i));
          expect_close(composite[i], ref[i], tol, what + " composite, output " + std::to_string(i));
        }
      }
    }
}

TEST(NormGradTest, BatchNormFusedBackwardLeavesNoGraph) {
  Tensor x = sample({2, 3, 4}, DType::F32).set_requires_grad(true);
  Tensor w = ones({3}).set_requires_grad(true);
  Tensor y = batch_norm(x, std::nullopt, std::nullopt, w, std::nullopt, true);
  EXPECT_EQ(y.grad_fn()->name(), "NativeBatchNormBackward0");
  EXPECT_FALSE(autograd::grad({y.sum()}, {x}, {}, true)[0].requires_grad());
  EXPECT_TRUE(autograd::grad({(y * y).sum()}, {x}, {}, false, true)[0].requires_grad());
}

}  // namespace
