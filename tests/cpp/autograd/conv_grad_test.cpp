// gradcheck cases for the convolutions (f64, small shapes); gradgradcheck where the backward
// is built from conv and conv_transpose themselves (all of them here).
#include <gtest/gtest.h>

#include "autograd/engine.h"
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

// The fused backward (oneDNN in float32 and bfloat16, the reference loops in float64) against
// the composite formula that create_graph takes in float64: strided, padded, dilated, grouped,
// 1-D/2-D/3-D, windows that stop short of the input's end, and conv_transpose with an
// output_padding beyond its padding.
struct FusedCase {
  std::string name;
  V x, w, b;  // b empty: no bias
  std::function<Tensor(const Tensor&, const Tensor&, const std::optional<Tensor>&)> f;
};

const std::vector<FusedCase>& fused_cases() {
  using B = const std::optional<Tensor>&;
  static const std::vector<FusedCase> cases{
      {"conv1d stride pad dilation groups",
       {2, 4, 11},
       {6, 2, 3},
       {6},
       [](const Tensor& x, const Tensor& w, B b) { return conv1d(x, w, b, {2}, V{1}, {2}, 2); }},
      {"conv2d cropped tail groups dilation",
       {2, 4, 8, 7},
       {4, 2, 3, 2},
       {4},
       [](const Tensor& x, const Tensor& w, B b) {
         return conv2d(x, w, b, {2, 1}, V{0, 1}, {1, 2}, 2);
       }},
      {"conv2d stride 2 pad 1 no bias",
       {3, 3, 9, 9},
       {5, 3, 3, 3},
       {},
       [](const Tensor& x, const Tensor& w, B b) { return conv2d(x, w, b, {2}, V{1}); }},
      {"conv2d channels-last input",
       {2, 3, 6, 6},
       {4, 3, 3, 3},
       {4},
       [](const Tensor& x, const Tensor& w, B b) {
         return conv2d(x.permute({0, 2, 3, 1}).contiguous().permute({0, 3, 1, 2}), w, b, {1}, {1});
       }},
      {"conv3d stride pad",
       {2, 2, 5, 6, 4},
       {3, 2, 3, 2, 2},
       {3},
       [](const Tensor& x, const Tensor& w, B b) {
         return conv3d(x, w, b, {2, 2, 1}, V{1, 0, 1});
       }},
      {"conv_transpose2d output_padding > padding groups",
       {2, 4, 3, 4},
       {4, 3, 3, 3},
       {6},
       [](const Tensor& x, const Tensor& w, B b) {
         return conv_transpose2d(x, w, b, {2}, {0}, {1}, 2, {1});
       }},
      {"conv_transpose1d stride dilation output_padding",
       {2, 3, 5},
       {3, 2, 3},
       {2},
       [](const Tensor& x, const Tensor& w, B b) {
         return conv_transpose1d(x, w, b, {3}, {1}, {2}, 1, {2});
       }},
  };
  return cases;
}

// The output and the gradients of sum(f(x, w, b) * gy) for x (when x_grad), w and b.
Ts run_fused_case(const FusedCase& c, DType dt, bool create_graph, bool x_grad = true) {
  Tensor x = sample(c.x, dt, -1, 1, 3).set_requires_grad(x_grad);
  Tensor w = sample(c.w, dt, -1, 1, 4).set_requires_grad(true);
  Tensor b = c.b.empty() ? Tensor() : sample(c.b, dt, -1, 1, 5).set_requires_grad(true);
  Tensor y = c.f(x, w, b.defined() ? std::optional<Tensor>(b) : std::nullopt);
  Tensor gy = sample(y.shape(), dt, -1, 1, 6);
  Ts inputs;
  if (x_grad) inputs.push_back(x);
  inputs.push_back(w);
  if (b.defined()) inputs.push_back(b);
  Ts out{y.detach()};
  for (const Tensor& g : autograd::grad({y}, inputs, {gy}, false, create_graph))
    out.push_back(g.detach());
  return out;
}

TEST(ConvGradTest, FusedBackwardMatchesCompositeFormula) {
  for (const FusedCase& c : fused_cases()) {
    Ts ref = run_fused_case(c, DType::F64, true);
    for (DType dt : {DType::F32, DType::F64, DType::BF16}) {
      std::string what = c.name + " " + dtype_name(dt);
      Tolerance tol = dt == DType::F64   ? Tolerance{1e-12, 1e-12}
                      : dt == DType::F32 ? Tolerance{2e-5, 2e-5}
                                         : Tolerance{5e-2, 1e-1};  // bfloat16: 8-bit mantissa
      Ts fused = run_fused_case(c, dt, false), composite = run_fused_case(c, dt, true);
      ASSERT_EQ(fused.size(), ref.size()) << what;
      for (size_t i = 0; i < ref.size(); ++i) {
        EXPECT_EQ(fused[i].dtype(), dt) << what;
        expect_close(fused[i], ref[i], tol, what + " fused, output " + std::to_string(i));
        expect_close(composite[i], ref[i], tol, what + " composite, output " + std::to_string(i));
      }
      // An input that does not require grad gets none; the others are unchanged.
      Ts no_x = run_fused_case(c, dt, false, false);
      ASSERT_EQ(no_x.size(), ref.size() - 1) << what;
      for (size_t i = 1; i < no_x.size(); ++i)
        expect_close(no_x[i], ref[i + 1], tol, what + " without x's gradient");
    }
  }
}

TEST(ConvGradTest, FusedBackwardLeavesNoGraph) {
  Tensor x = sample({1, 2, 5, 5}, DType::F32).set_requires_grad(true);
  Tensor w = sample({3, 2, 3, 3}, DType::F32).set_requires_grad(true);
  Ts g = autograd::grad({conv2d(x, w).sum()}, {x, w});
  EXPECT_FALSE(g[0].requires_grad());
  EXPECT_FALSE(g[1].requires_grad());
  Ts gg = autograd::grad({conv2d(x, w).sum()}, {x, w}, {}, false, true);
  EXPECT_TRUE(gg[1].requires_grad());  // create_graph: the composite formula, differentiable
}

}  // namespace
