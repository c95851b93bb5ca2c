// gradcheck cases for the convolutions (f64, small shapes); gradgradcheck where the backward
// is built from conv and conv_transpose themselves (all of them here).
#include <gtest/gtest.h>

#include "autograd/grad_harness.h"
#include "ops/ops.gen.h"
#include "tensor/graph.h"

using namespace ignis;
using namespace ignis::test;

namespace {

using Ts = std::vector<Tensor>;
using V = std::vector<int64_t>;

std::function<Ts()> in3(V x, V w, V b) {
  return [=] {
    return Ts{grad_input(x, -1, 1, 3), grad_input(w, -1, 1, 4), grad_input(b, -1, 1, 5)};
  };
}

IGNIS_GRAD_CASE({"conv2d", "stride pad dilation groups",
                 [](const Ts& x) {
                   return Ts{conv2d(x[0], x[1], x[2], {2, 1}, {1, 1}, {1, 2}, 2)};
                 },
                 in3({2, 4, 5, 5}, {4, 2, 2, 2}, {4}), true});
IGNIS_GRAD_CASE({"conv2d", "unbatched", [](const Ts& x) { return Ts{conv2d(x[0], x[1], x[2])}; },
                 in3({2, 4, 3}, {3, 2, 2, 2}, {3}), false});
IGNIS_GRAD_CASE({"conv2d.padding", "same",
                 [](const Ts& x) { return Ts{conv2d(x[0], x[1], x[2], {1}, "same")}; },
                 in3({1, 2, 4, 4}, {2, 2, 2, 3}, {2}), false});  // gradgrad: see conv_grad.h note
IGNIS_GRAD_CASE({"conv1d", "stride 2 pad 1",
                 [](const Ts& x) { return Ts{conv1d(x[0], x[1], x[2], {2}, {1})}; },
                 in3({2, 2, 7}, {3, 2, 3}, {3}), true});
IGNIS_GRAD_CASE({"conv1d.padding", "same dilation 2",
                 [](const Ts& x) { return Ts{conv1d(x[0], x[1], x[2], {1}, "same", {2})}; },
                 in3({1, 2, 6}, {2, 2, 2}, {2}), false});
IGNIS_GRAD_CASE({"conv3d", "stride",
                 [](const Ts& x) {
                   return Ts{conv3d(x[0], x[1], x[2], {1, 2, 1}, {1, 0, 0})};
                 },
                 in3({1, 2, 3, 4, 3}, {2, 2, 2, 2, 2}, {2}), false});
IGNIS_GRAD_CASE({"conv3d.padding", "valid",
                 [](const Ts& x) { return Ts{conv3d(x[0], x[1], x[2], {1}, "valid")}; },
                 in3({1, 1, 3, 3, 3}, {2, 1, 2, 2, 2}, {2}), false});
IGNIS_GRAD_CASE({"conv_transpose2d", "stride output_padding groups",
                 [](const Ts& x) {
                   return Ts{conv_transpose2d(x[0], x[1], x[2], {2, 1}, {1, 0}, {1, 0}, 2, {1, 1})};
                 },
                 in3({1, 4, 3, 3}, {4, 1, 3, 2}, {2}), true});
IGNIS_GRAD_CASE({"conv_transpose1d", "stride dilation",
                 [](const Ts& x) {
                   return Ts{conv_transpose1d(x[0], x[1], x[2], {2}, {1}, {0}, 1, {2})};
                 },
                 in3({2, 2, 4}, {2, 3, 2}, {3}), true});

TEST(ConvGradTest, TransposedInputGradient) {
  Tensor x = grad_input({1, 2, 5, 5}), w = grad_input({3, 2, 3, 3}, -1, 1, 9);
  Tensor y =
      conv2d(x.permute({0, 2, 3, 1}).contiguous().permute({0, 3, 1, 2}), w, std::nullopt, {2});
  EXPECT_TRUE(y.requires_grad());
  EXPECT_EQ(y.grad_fn()->name(), "ConvolutionBackward0");
}

}  // namespace
