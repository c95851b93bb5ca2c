// In-place writes through views and bases (CopySlices, view histories remade from the base)
// and as_strided's backward. Expected values are PyTorch 1.13's for the same programs.
#include <gtest/gtest.h>

#include "autograd/engine.h"
#include "autograd/gradcheck.h"
#include "ops/op_harness.h"
#include "ops/ops.gen.h"

using namespace ignis;
using namespace ignis::test;

namespace {
Tensor leaf(std::vector<double> v, std::vector<int64_t> shape) {
  return f64_tensor(v, shape).set_requires_grad(true);
}
using V = std::vector<double>;
}  // namespace

TEST(ViewInplace, WriteThroughViewRebasesTheBase) {
  Tensor a = leaf({1, 2, 3}, {3});
  Tensor x = mul(a, 2.0);
  Tensor v = x.narrow(0, 0, 2);
  v.mul_(3.0);
  EXPECT_EQ(x.grad_fn()->name(), "CopySlices");
  EXPECT_EQ(v.grad_fn()->name(), "AsStridedBackward0");
  sum(x).backward();
  EXPECT_EQ(values(a.grad()), (V{6, 6, 2}));
}

TEST(ViewInplace, ViewSeesInplaceChangeOfItsBase) {
  Tensor a = leaf({1, 2, 3}, {3});
  Tensor x = mul(a, 2.0);
  Tensor v = x.select(0, 1);
  x.mul_(3.0);
  EXPECT_EQ(v.grad_fn()->name(), "AsStridedBackward0");
  v.backward();
  EXPECT_EQ(values(a.grad()), (V{0, 6, 0}));
}

TEST(ViewInplace, SiblingViewSeesWriteThroughOtherView) {
  Tensor a = leaf({1, 2, 3}, {3});
  Tensor x = mul(a, 2.0);
  Tensor v1 = x.narrow(0, 0, 2), v2 = x.narrow(0, 1, 2);
  v1.mul_(3.0);
  sum(v2).backward();
  EXPECT_EQ(values(a.grad()), (V{0, 6, 2}));
}

TEST(ViewInplace, CopyIntoViewOfConstantGivesBaseHistory) {
  Tensor w = leaf({1, 2}, {2});
  Tensor x = zeros({3}, {.dtype = DType::F64});
  Tensor v = x.narrow(0, 1, 2);
  v.copy_(w);
  EXPECT_TRUE(x.requires_grad());
  EXPECT_EQ(x.grad_fn()->name(), "CopySlices");
  sum(mul(x, x)).backward();
  EXPECT_EQ(values(w.grad()), (V{2, 4}));
}

TEST(ViewInplace, FillOfViewMakesItsRegionConstant) {
  Tensor a = leaf({1, 2, 3}, {3});
  Tensor x = mul(a, 2.0);
  x.narrow(0, 0, 1).fill_(5);
  sum(x).backward();
  EXPECT_EQ(values(a.grad()), (V{0, 2, 2}));
  EXPECT_EQ(values(x), (V{5, 4, 6}));
}

TEST(ViewInplace, ViewOfViewAndTransposedViews) {
  Tensor a = leaf({1, 2, 3, 4, 5, 6}, {6});
  Tensor x = mul(a, 1.0);
  Tensor v = x.view({2, 3}).select(1, 1);
  v.exp_();
  sum(mul(x, x)).backward();
  V g = values(a.grad());
  V want{2, 109.19630006628849, 6, 8, 44052.93158961343, 12};
  for (size_t i = 0; i < want.size(); ++i) EXPECT_NEAR(g[i], want[i], 1e-9 * std::abs(want[i]));

  Tensor b = leaf({1, 2, 3, 4, 5, 6}, {6});
  Tensor y = mul(b, 1.0).view({2, 3});
  y.t().narrow(0, 1, 1).mul_(2.0);
  sum(mul(y, arange(6, {.dtype = DType::F64}).view({2, 3}))).backward();
  EXPECT_EQ(values(b.grad()), (V{0, 2, 2, 3, 8, 5}));
}

TEST(ViewInplace, InplaceOnViewOfLeafIsAnError) {
  Tensor a = leaf({1, 2, 3}, {3});
  Tensor v = a.narrow(0, 0, 2);
  expect_error<InvalidArgumentError>([&] { v.mul_(2.0); }, {"mul_", "view of a leaf"});
  EXPECT_EQ(values(a), (V{1, 2, 3}));  // nothing was written
  {
    NoGradGuard no_grad;  // what optimizers and init do
    a.narrow(0, 0, 1).fill_(7);
  }
  EXPECT_EQ(values(a), (V{7, 2, 3}));
}

TEST(ViewInplace, WriteThroughViewWithDifferentiableSourceChecksTwice) {
  // f(a, b) = x with x = a * 1 and x[:2] *= b: first and second derivatives.
  autograd::Function f = [](const std::vector<Tensor>& in) -> std::vector<Tensor> {
    Tensor x = mul(in[0], 1.0);
    x.narrow(0, 0, 2).mul_(in[1]);
    return {mul(x, x)};
  };
  std::vector<Tensor> in{leaf({1, 2, 3}, {3}), leaf({0.5, -1.5}, {2})};
  auto r = autograd::gradcheck(f, in);
  EXPECT_TRUE(r.ok) << r.message;
  auto r2 = autograd::gradgradcheck(f, in);
  EXPECT_TRUE(r2.ok) << r2.message;
}

TEST(AsStrided, BackwardScattersIntoStorage) {
  Tensor a = leaf({1, 2, 3, 4}, {4});
  sum(a.as_strided({3, 2}, {1, 1})).backward();  // overlapping windows
  EXPECT_EQ(values(a.grad()), (V{1, 2, 2, 1}));

  autograd::Function f = [](const std::vector<Tensor>& in) -> std::vector<Tensor> {
    return {mul(in[0].as_strided({2, 2}, {1, 2}, 1), 3.0).exp()};
  };
  std::vector<Tensor> in{leaf({0.1, 0.2, 0.3, 0.4, 0.5, 0.6}, {6})};
  auto r = autograd::gradcheck(f, in);
  EXPECT_TRUE(r.ok) << r.message;
  auto r2 = autograd::gradgradcheck(f, in);
  EXPECT_TRUE(r2.ok) << r2.message;
}

TEST(AsStrided, InputThatSharesMemoryGetsItsShare) {
  // The input is itself an expanded view: each storage location's gradient is split evenly
  // among the input elements that alias it (PyTorch's as_strided_backward).
  Tensor a = leaf({1, 2}, {2});
  Tensor e = a.unsqueeze(0).expand({3, 2});
  Tensor s = e.as_strided({2}, {1}, 0);
  sum(s).backward();
  EXPECT_EQ(values(a.grad()), (V{1, 1}));
}
