// The autograd engine: accumulation, broadcasting, retain_graph, grad(), create_graph, hooks,
// grad modes across threads, version-counter errors, long chains, anomaly mode.
#include "autograd/engine.h"

#include <cmath>
#include <thread>

#include <gtest/gtest.h>

#include "ops/history.h"
#include "ops/op_harness.h"
#include "ops/ops.gen.h"

using namespace ignis;
using namespace ignis::test;

namespace {
Tensor leaf(std::vector<double> v, std::vector<int64_t> shape) {
  return f64_tensor(v, shape).set_requires_grad(true);
}
}  // namespace

TEST(Autograd, ProductRuleAccumulatesIntoLeaf) {
  Tensor x = leaf({1, 2, 3}, {3});
  sum(mul(x, x)).backward();
  EXPECT_EQ(values(x.grad()), (std::vector<double>{2, 4, 6}));
  EXPECT_TRUE(x.is_leaf());
  EXPECT_EQ(x.grad_fn(), nullptr);
}

TEST(Autograd, BroadcastGradientsAreReduced) {
  Tensor a = leaf({1, 2, 3}, {3, 1});
  Tensor b = leaf({1, 2, 3, 4}, {4});
  sum(add(a, b)).backward();
  EXPECT_EQ(values(a.grad()), (std::vector<double>{4, 4, 4}));
  EXPECT_EQ(values(b.grad()), (std::vector<double>{3, 3, 3, 3}));
}

TEST(Autograd, SecondBackwardNeedsRetainGraph) {
  Tensor x = leaf({2}, {1});
  Tensor y = sum(mul(x, x));
  y.backward(Tensor(), /*retain_graph=*/true);
  y.backward();
  EXPECT_EQ(values(x.grad()), (std::vector<double>{8}));  // accumulated twice
  expect_error<InvalidArgumentError>([&] { y.backward(); }, {"second time", "retain_graph"});
}

TEST(Autograd, FunctionalGradLeavesDotGradAlone) {
  Tensor x = leaf({1, 2}, {2});
  Tensor unused = leaf({5}, {1});
  Tensor y = sum(mul(x, 3.0));
  auto g = autograd::grad({y}, {x, unused}, {}, true, false, /*allow_unused=*/true);
  EXPECT_EQ(values(g[0]), (std::vector<double>{3, 3}));
  EXPECT_FALSE(g[1].defined());
  EXPECT_FALSE(x.grad().defined());
  expect_error<InvalidArgumentError>([&] { autograd::grad({y}, {unused}, {}, true); },
                                     {"not have been used", "allow_unused"});
}

TEST(Autograd, CreateGraphGivesSecondDerivative) {
  Tensor x = leaf({2}, {1});
  Tensor y = sum(mul(mul(x, x), x));  // x^3
  Tensor g = autograd::grad({y}, {x}, {}, false, /*create_graph=*/true)[0];
  EXPECT_EQ(values(g), (std::vector<double>{12}));  // 3x^2
  ASSERT_TRUE(g.requires_grad());
  sum(g).backward();
  EXPECT_EQ(values(x.grad()), (std::vector<double>{12}));  // 6x
}

TEST(Autograd, HooksAndRetainGrad) {
  Tensor x = leaf({1, 2}, {2});
  x.register_hook([](const Tensor& g) { return mul(g, 10.0); });
  Tensor h = mul(x, 2.0);
  h.retain_grad();
  h.register_hook([](const Tensor& g) { return add(g, 1.0); });
  int post = 0;
  x.register_post_accumulate_grad_hook([&](const Tensor&) { ++post; });
  sum(h).backward();
  EXPECT_EQ(values(h.grad()), (std::vector<double>{2, 2}));  // retain_grad sees the hooked value
  EXPECT_EQ(values(x.grad()), (std::vector<double>{40, 40}));
  EXPECT_EQ(post, 1);
}

TEST(Autograd, NoGradIsThreadLocal) {
  Tensor x = leaf({1}, {1});
  NoGradGuard ng;
  EXPECT_FALSE(mul(x, 2.0).requires_grad());
  bool other = false;
  std::thread t([&] { other = mul(x, 2.0).requires_grad(); });
  t.join();
  EXPECT_TRUE(other);
  {
    EnableGradGuard eg;
    EXPECT_TRUE(mul(x, 2.0).requires_grad());
  }
  InferenceModeGuard im;
  EXPECT_FALSE(mul(x, 2.0).requires_grad());
}

TEST(Autograd, InPlaceChangeOfSavedTensorIsAnError) {
  Tensor x = leaf({1, 2}, {2});
  Tensor a = mul(x, 1.0);
  Tensor y = mul(a, a);  // saves a
  a.add_(1.0);
  expect_error<InvalidArgumentError>([&] { sum(y).backward(); },
                                     {"modified by an in-place operation", "MulBackward0"});
  expect_error<InvalidArgumentError>([&] { x.add_(1.0); }, {"leaf", "in-place"});
}

TEST(Autograd, LongChainDoesNotOverflowTheStack) {
  Tensor x = leaf({1}, {1});
  Tensor y = x;
  for (int i = 0; i < 100000; ++i) y = add(y, 1e-6);
  sum(y).backward();
  EXPECT_EQ(values(x.grad()), (std::vector<double>{1}));
  y = Tensor();  // freeing the 100,000-node graph must not recurse either
}

TEST(Autograd, DetachCutsHistory) {
  Tensor x = leaf({3}, {1});
  Tensor d = mul(x, 2.0).detach();
  EXPECT_FALSE(d.requires_grad());
  EXPECT_EQ(values(d), (std::vector<double>{6}));
}

TEST(Autograd, AnomalyModeNamesTheNode) {
  Tensor x = leaf({1}, {1});
  Tensor y = mul(x, 1.0);
  record("NaNMakerBackward", {x}, {&y}, {},
         [](const TensorList& g, const TensorList&) -> TensorList { return {mul(g[0], NAN)}; });
  AnomalyMode::set_enabled(true);
  expect_error<InvalidArgumentError>([&] { sum(y).backward(); }, {"NaNMakerBackward", "nan"});
  AnomalyMode::set_enabled(false);
}

TEST(Autograd, ViewGradients) {
  Tensor x = leaf({0, 1, 2, 3, 4, 5}, {2, 3});
  Tensor y = add(add(sum(x.t().select(0, 1)), sum(x.slice(1, 0, 3, 2))),
                 sum(x.unsqueeze(0).expand({4, 2, 3})));
  y.backward();
  // select(0,1) of x.t() is column 1; slice step 2 is columns 0 and 2; expand adds 4 everywhere.
  EXPECT_EQ(values(x.grad()), (std::vector<double>{5, 5, 5, 5, 5, 5}));
  Tensor z = leaf({1, 2, 3, 4}, {2, 2});
  sum(mul(z.view({4}), arange(4, {.dtype = DType::F64}))).backward();
  EXPECT_EQ(values(z.grad()), (std::vector<double>{0, 1, 2, 3}));
}

TEST(Autograd, CopyAndDtypeConversionGradients) {
  Tensor x = leaf({1.5, 2.5}, {2});
  Tensor y = x.to(DType::F32);
  sum(mul(y, 2.0)).backward();
  EXPECT_EQ(x.grad().dtype(), DType::F64);
  EXPECT_EQ(values(x.grad()), (std::vector<double>{2, 2}));
  Tensor dst = zeros({2, 2}, {.dtype = DType::F64});
  Tensor src = leaf({1, 2}, {2});
  dst.copy_(src);
  sum(dst).backward();
  EXPECT_EQ(values(src.grad()), (std::vector<double>{2, 2}));
}

TEST(Autograd, BackwardErrors) {
  Tensor x = leaf({1, 2}, {2});
  expect_error<InvalidArgumentError>([&] { mul(x, 2.0).backward(); }, {"scalar outputs"});
  Tensor c = f64_tensor({1}, {1});
  expect_error<InvalidArgumentError>([&] { c.backward(); }, {"does not require grad"});
  expect_error<DTypeError>([&] { arange(3).set_requires_grad(true); }, {"floating point"});
}
