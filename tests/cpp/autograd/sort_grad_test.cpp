// Gradients of sort, topk, kthvalue and median (cpp/ops/sort_grad.cpp): gradcheck cases for
// every differentiable sort op, and direct checks that the gradient reaches the indices.
#include <gtest/gtest.h>

#include "autograd/engine.h"
#include "autograd/grad_harness.h"

using namespace ignis;
using namespace ignis::test;

namespace {

using Ts = std::vector<Tensor>;

// Sample values are distinct, so every selection is away from ties.
std::function<Ts()> in(std::vector<int64_t> shape) {
  return [=] { return Ts{grad_input(shape)}; };
}
Tensor leaf(std::vector<double> v, std::vector<int64_t> shape) {
  return f64_tensor(v, shape).set_requires_grad(true);
}

IGNIS_GRAD_CASE({"sort", "dim -1", [](const Ts& x) { return Ts{std::get<0>(sort(x[0]))}; },
                 in({3, 4}), true});
IGNIS_GRAD_CASE({"sort", "dim 0 descending transposed",
                 [](const Ts& x) { return Ts{std::get<0>(sort(x[0].t(), 0, true))}; }, in({3, 4})});
IGNIS_GRAD_CASE({"sort", "0-dim", [](const Ts& x) { return Ts{std::get<0>(sort(x[0]))}; }, in({})});
IGNIS_GRAD_CASE({"topk", "k=2 largest", [](const Ts& x) { return Ts{std::get<0>(topk(x[0], 2))}; },
                 in({3, 5}), true});
IGNIS_GRAD_CASE({"topk", "k=3 smallest dim 0 transposed",
                 [](const Ts& x) { return Ts{std::get<0>(topk(x[0].t(), 3, 0, false))}; },
                 in({3, 4})});
IGNIS_GRAD_CASE({"kthvalue", "k=2 dim -1",
                 [](const Ts& x) { return Ts{std::get<0>(kthvalue(x[0], 2))}; }, in({3, 4}), true});
IGNIS_GRAD_CASE({"kthvalue", "k=3 dim 0 keepdim transposed",
                 [](const Ts& x) { return Ts{std::get<0>(kthvalue(x[0].t(), 3, 0, true))}; },
                 in({3, 4})});
IGNIS_GRAD_CASE({"median", "odd count", [](const Ts& x) { return Ts{median(x[0])}; }, in({3, 5}),
                 true});
IGNIS_GRAD_CASE({"median", "even count transposed",
                 [](const Ts& x) { return Ts{median(x[0].t())}; }, in({3, 4})});
IGNIS_GRAD_CASE({"median.dim", "dim 1",
                 [](const Ts& x) { return Ts{std::get<0>(median(x[0], 1))}; }, in({3, 5}), true});
IGNIS_GRAD_CASE({"median.dim", "dim 0 keepdim transposed",
                 [](const Ts& x) { return Ts{std::get<0>(median(x[0].t(), 0, true))}; },
                 in({3, 4})});
IGNIS_GRAD_CASE({"median.dim", "0-dim",
                 [](const Ts& x) { return Ts{std::get<0>(median(x[0], 0))}; }, in({})});

Tensor grad_of(const Tensor& y, const Tensor& x, const Tensor& g) {
  return autograd::grad({y}, {x}, {g})[0];
}

}  // namespace

TEST(SortGrad, SortScattersTheGradientToTheIndices) {
  Tensor x = leaf({3, 1, 2}, {3});
  auto [v, i] = sort(x);
  EXPECT_FALSE(i.requires_grad());
  EXPECT_EQ(v.grad_fn()->name(), "SortBackward0");
  // v = [1, 2, 3] comes from positions [1, 2, 0].
  EXPECT_EQ(values(grad_of(v, x, f64_tensor({10, 20, 30}, {3}))),
            (std::vector<double>{30, 10, 20}));
}

TEST(SortGrad, TopkAndKthvalueReachOnlyTheSelected) {
  Tensor x = leaf({5, 1, 4, 2}, {4});
  Tensor t = std::get<0>(topk(x, 2));  // 5, 4
  EXPECT_EQ(values(grad_of(t, x, f64_tensor({1, 2}, {2}))), (std::vector<double>{1, 0, 2, 0}));
  Tensor k = std::get<0>(kthvalue(x, 2));  // 2
  EXPECT_EQ(k.grad_fn()->name(), "KthvalueBackward0");
  EXPECT_EQ(values(grad_of(k, x, f64_tensor({1}, {}))), (std::vector<double>{0, 0, 0, 1}));
}

TEST(SortGrad, MedianTiesShareTheGradient) {
  Tensor x = leaf({2, 1, 2, 3, 5}, {5});
  Tensor m = median(x);  // 2, held twice
  EXPECT_EQ(m.grad_fn()->name(), "MedianBackward0");
  EXPECT_EQ(values(grad_of(m, x, f64_tensor({1}, {}))), (std::vector<double>{0.5, 0, 0.5, 0, 0}));
}
