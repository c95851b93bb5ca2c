// Gradients of the reductions and scans (cpp/ops/reduce_grad.cpp): gradcheck cases for every
// differentiable reduce op, and direct checks of values, ties, zeros and in-place errors.
#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "autograd/engine.h"
#include "autograd/grad_harness.h"

using namespace ignis;
using namespace ignis::test;

namespace {

using Ts = std::vector<Tensor>;
constexpr double kInf = std::numeric_limits<double>::infinity();

// A leaf of the given values (for inputs with zeros, ties or chosen magnitudes).
Tensor leaf(std::vector<double> v, std::vector<int64_t> shape) {
  return f64_tensor(v, shape).set_requires_grad(true);
}
std::function<Ts()> in(std::vector<int64_t> shape, double lo = -2.0, double hi = 2.0) {
  return [=] { return Ts{grad_input(shape, lo, hi)}; };
}
// Positive inputs away from 0 (prod, cumprod, norms with p < 1).
std::function<Ts()> pos(std::vector<int64_t> shape) { return in(shape, 0.5, 2.0); }

// ---- sum, mean ----
IGNIS_GRAD_CASE({"sum", "all", [](const Ts& x) { return Ts{sum(x[0])}; }, in({3, 4}), true});
IGNIS_GRAD_CASE({"sum", "dims 0,2 keepdim",
                 [](const Ts& x) {
                   return Ts{sum(x[0], {0, 2}, true)};
                 },
                 in({2, 3, 4}), true});
IGNIS_GRAD_CASE({"sum", "dim -1", [](const Ts& x) { return Ts{sum(x[0], {-1})}; }, in({2, 3, 4}),
                 true});
IGNIS_GRAD_CASE({"sum", "transposed", [](const Ts& x) { return Ts{sum(x[0].t(), {1})}; },
                 in({3, 4}), true});
IGNIS_GRAD_CASE({"sum", "0-dim", [](const Ts& x) { return Ts{sum(x[0])}; }, in({}), true});
IGNIS_GRAD_CASE({"mean", "all", [](const Ts& x) { return Ts{mean(x[0])}; }, in({3, 4}), true});
IGNIS_GRAD_CASE({"mean", "dims 0,2 keepdim",
                 [](const Ts& x) {
                   return Ts{mean(x[0], {0, 2}, true)};
                 },
                 in({2, 3, 4}), true});
IGNIS_GRAD_CASE({"mean", "transposed dim 0",
                 [](const Ts& x) { return Ts{mean(x[0].transpose(0, 1), {0})}; }, in({3, 4}),
                 true});
IGNIS_GRAD_CASE({"mean", "0-dim", [](const Ts& x) { return Ts{mean(x[0])}; }, in({}), true});

// ---- prod ----
IGNIS_GRAD_CASE({"prod", "all", [](const Ts& x) { return Ts{prod(x[0])}; }, in({2, 3}), true});
IGNIS_GRAD_CASE({"prod", "dim 1", [](const Ts& x) { return Ts{prod(x[0], {1})}; }, in({3, 4}),
                 true});
IGNIS_GRAD_CASE({"prod", "dims 0,2 keepdim",
                 [](const Ts& x) {
                   return Ts{prod(x[0], {0, 2}, true)};
                 },
                 in({2, 3, 2}), true});
IGNIS_GRAD_CASE({"prod", "transposed", [](const Ts& x) { return Ts{prod(x[0].t(), {1})}; },
                 in({3, 4}), true});
IGNIS_GRAD_CASE({"prod", "one zero per row", [](const Ts& x) { return Ts{prod(x[0], {1})}; },
                 [] {
                   return Ts{leaf({1.5, 0, -2, 0.5, 3, 1.25, 0, 0.75}, {2, 4})};
                 },
                 true});
IGNIS_GRAD_CASE({"prod", "two zeros", [](const Ts& x) { return Ts{prod(x[0])}; },
                 [] {
                   return Ts{leaf({1.5, 0, -2, 0, 3, 1.25}, {6})};
                 },
                 true});
IGNIS_GRAD_CASE({"prod", "0-dim", [](const Ts& x) { return Ts{prod(x[0])}; }, in({}), true});

// ---- var, std ----
IGNIS_GRAD_CASE({"var", "all", [](const Ts& x) { return Ts{var(x[0])}; }, in({3, 4}), true});
IGNIS_GRAD_CASE({"var", "dim 1 keepdim correction 0",
                 [](const Ts& x) { return Ts{var(x[0], {1}, Scalar(0), true)}; }, in({3, 4}),
                 true});
IGNIS_GRAD_CASE({"var", "transposed dims 0,2",
                 [](const Ts& x) {
                   return Ts{var(x[0].transpose(0, 2), {0, 2})};
                 },
                 in({3, 2, 4}), true});
IGNIS_GRAD_CASE({"std", "all", [](const Ts& x) { return Ts{ignis::std(x[0])}; }, in({3, 4}), true});
IGNIS_GRAD_CASE({"std", "dim 0 keepdim correction 0",
                 [](const Ts& x) { return Ts{ignis::std(x[0], {0}, Scalar(0), true)}; }, in({3, 4}),
                 true});
IGNIS_GRAD_CASE({"std", "transposed dim -1",
                 [](const Ts& x) { return Ts{ignis::std(x[0].t(), {-1})}; }, in({5, 3}), true});

// ---- max, min (sample values are distinct: no ties) ----
IGNIS_GRAD_CASE({"max", "all", [](const Ts& x) { return Ts{max(x[0])}; }, in({3, 4})});
IGNIS_GRAD_CASE({"max", "transposed", [](const Ts& x) { return Ts{max(x[0].t())}; }, in({3, 4})});
IGNIS_GRAD_CASE({"max", "0-dim", [](const Ts& x) { return Ts{max(x[0])}; }, in({})});
IGNIS_GRAD_CASE({"min", "all", [](const Ts& x) { return Ts{min(x[0])}; }, in({3, 4})});
IGNIS_GRAD_CASE({"max.dim", "dim 1", [](const Ts& x) { return Ts{std::get<0>(max(x[0], 1))}; },
                 in({3, 4})});
IGNIS_GRAD_CASE({"max.dim", "dim 0 keepdim transposed",
                 [](const Ts& x) { return Ts{std::get<0>(max(x[0].t(), 0, true))}; }, in({3, 4})});
IGNIS_GRAD_CASE({"max.dim", "0-dim", [](const Ts& x) { return Ts{std::get<0>(max(x[0], 0))}; },
                 in({})});
IGNIS_GRAD_CASE({"min.dim", "dim -1", [](const Ts& x) { return Ts{std::get<0>(min(x[0], -1))}; },
                 in({2, 3, 4})});
IGNIS_GRAD_CASE({"min.dim", "dim 1 keepdim transposed",
                 [](const Ts& x) { return Ts{std::get<0>(min(x[0].t(), 1, true))}; }, in({3, 4})});

// ---- amax, amin ----
IGNIS_GRAD_CASE({"amax", "all", [](const Ts& x) { return Ts{amax(x[0])}; }, in({3, 4})});
IGNIS_GRAD_CASE({"amax", "dims 0,2 keepdim",
                 [](const Ts& x) {
                   return Ts{amax(x[0], {0, 2}, true)};
                 },
                 in({2, 3, 4})});
IGNIS_GRAD_CASE({"amax", "transposed dim 1", [](const Ts& x) { return Ts{amax(x[0].t(), {1})}; },
                 in({3, 4})});
IGNIS_GRAD_CASE({"amin", "dim 0", [](const Ts& x) { return Ts{amin(x[0], {0})}; }, in({3, 4})});
IGNIS_GRAD_CASE({"amin", "dims 1,2 keepdim",
                 [](const Ts& x) {
                   return Ts{amin(x[0], {1, 2}, true)};
                 },
                 in({2, 3, 4})});

// ---- logsumexp ----
IGNIS_GRAD_CASE({"logsumexp", "dim 1", [](const Ts& x) { return Ts{logsumexp(x[0], {1})}; },
                 in({3, 4}), true});
IGNIS_GRAD_CASE({"logsumexp", "dims 0,2 keepdim",
                 [](const Ts& x) {
                   return Ts{logsumexp(x[0], {0, 2}, true)};
                 },
                 in({2, 3, 4}), true});
IGNIS_GRAD_CASE({"logsumexp", "transposed all",
                 [](const Ts& x) { return Ts{logsumexp(x[0].t(), {})}; }, in({3, 4}), true});

// ---- norm ----
IGNIS_GRAD_CASE({"norm", "p=2 all", [](const Ts& x) { return Ts{norm(x[0])}; }, in({3, 4}), true});
IGNIS_GRAD_CASE({"norm", "p=2 dim 1 keepdim",
                 [](const Ts& x) { return Ts{norm(x[0], Scalar(2), {1}, true)}; }, in({3, 4}),
                 true});
IGNIS_GRAD_CASE({"norm", "p=1 dim 0", [](const Ts& x) { return Ts{norm(x[0], Scalar(1), {0})}; },
                 in({3, 4}), true});
IGNIS_GRAD_CASE({"norm", "p=3 transposed",
                 [](const Ts& x) { return Ts{norm(x[0].t(), Scalar(3), {1})}; }, in({3, 4}), true});
IGNIS_GRAD_CASE({"norm", "p=1.5 dims 0,2",
                 [](const Ts& x) {
                   return Ts{norm(x[0], Scalar(1.5), {0, 2})};
                 },
                 in({2, 3, 2}), true});
IGNIS_GRAD_CASE({"norm", "p=0.5", [](const Ts& x) { return Ts{norm(x[0], Scalar(0.5), {1})}; },
                 pos({3, 4}), true});
IGNIS_GRAD_CASE({"norm", "p=inf", [](const Ts& x) { return Ts{norm(x[0], Scalar(kInf), {1})}; },
                 in({3, 4})});
IGNIS_GRAD_CASE({"norm", "p=-inf",
                 [](const Ts& x) { return Ts{norm(x[0], Scalar(-kInf), {0}, true)}; }, in({3, 4})});
IGNIS_GRAD_CASE({"norm", "p=0", [](const Ts& x) { return Ts{norm(x[0], Scalar(0), {1})}; },
                 in({3, 4})});
IGNIS_GRAD_CASE({"norm", "0-dim", [](const Ts& x) { return Ts{norm(x[0])}; }, in({}), true});
IGNIS_GRAD_CASE({"norm.str", "fro all", [](const Ts& x) { return Ts{norm(x[0], "fro")}; },
                 in({3, 4}), true});
IGNIS_GRAD_CASE({"norm.str", "fro dims 0,1 transposed",
                 [](const Ts& x) {
                   return Ts{norm(x[0].transpose(0, 2), "fro", std::vector<int64_t>{0, 1})};
                 },
                 in({2, 3, 4}), true});

// ---- cumsum, cumprod ----
IGNIS_GRAD_CASE({"cumsum", "dim 1", [](const Ts& x) { return Ts{cumsum(x[0], 1)}; }, in({3, 4}),
                 true});
IGNIS_GRAD_CASE({"cumsum", "dim 0 transposed", [](const Ts& x) { return Ts{cumsum(x[0].t(), 0)}; },
                 in({3, 4}), true});
IGNIS_GRAD_CASE({"cumsum", "0-dim", [](const Ts& x) { return Ts{cumsum(x[0], 0)}; }, in({}), true});
IGNIS_GRAD_CASE({"cumprod", "dim 1", [](const Ts& x) { return Ts{cumprod(x[0], 1)}; }, in({3, 4}),
                 true});
IGNIS_GRAD_CASE({"cumprod", "dim -1 transposed",
                 [](const Ts& x) { return Ts{cumprod(x[0].transpose(0, 2), -1)}; }, in({4, 2, 3}),
                 true});
IGNIS_GRAD_CASE({"cumprod", "zeros", [](const Ts& x) { return Ts{cumprod(x[0], 1)}; },
                 [] {
                   return Ts{leaf({1.5, 0, -2, 0.5, 0, 1.25, 0, 0.75}, {2, 4})};
                 },
                 true});
IGNIS_GRAD_CASE({"cumprod", "0-dim", [](const Ts& x) { return Ts{cumprod(x[0], 0)}; }, in({})});

// The gradient of x from y with an all-ones grad_output.
Tensor grad_of(const Tensor& y, const Tensor& x) {
  return autograd::grad({y}, {x}, {ones_like(y)})[0];
}

}  // namespace

TEST(ReduceGrad, SumAndMeanSpreadTheGradient) {
  Tensor x = leaf({1, 2, 3, 4, 5, 6}, {2, 3});
  EXPECT_EQ(values(grad_of(sum(x, {1}), x)), (std::vector<double>(6, 1.0)));
  EXPECT_EQ(values(grad_of(mean(x, {1}, true), x)), (std::vector<double>(6, 1.0 / 3)));
  EXPECT_EQ(sum(x).grad_fn()->name(), "SumBackward0");
  EXPECT_EQ(sum(x, {0}).grad_fn()->name(), "SumBackward1");
}

TEST(ReduceGrad, SumWithDtypeCastsTheGradientBack) {
  Tensor x = ones({2, 2}, {.dtype = DType::F32}).set_requires_grad(true);
  sum(x, std::nullopt, false, DType::F64).backward();
  EXPECT_EQ(x.grad().dtype(), DType::F32);
  EXPECT_EQ(values(x.grad()), (std::vector<double>(4, 1.0)));
}

TEST(ReduceGrad, ProdWithZerosIsTheProductOfTheOthers) {
  Tensor x = leaf({2, 0, 3}, {3});
  EXPECT_EQ(values(grad_of(prod(x), x)), (std::vector<double>{0, 6, 0}));
  Tensor y = leaf({2, 0, 0}, {3});
  EXPECT_EQ(values(grad_of(prod(y), y)), (std::vector<double>{0, 0, 0}));
}

TEST(ReduceGrad, MaxTiesShareTheGradientEvenly) {
  Tensor x = leaf({1, 3, 3, 2}, {4});
  EXPECT_EQ(values(grad_of(max(x), x)), (std::vector<double>{0, 0.5, 0.5, 0}));
  Tensor y = leaf({1, 1, 2, 0, 5, 5}, {2, 3});
  EXPECT_EQ(values(grad_of(amin(y, {1}), y)), (std::vector<double>{0.5, 0.5, 0, 1, 0, 0}));
  EXPECT_EQ(values(grad_of(amax(y, {1}), y)), (std::vector<double>{0, 0, 1, 0, 0.5, 0.5}));
  EXPECT_EQ(max(x).grad_fn()->name(), "MaxBackward1");
}

TEST(ReduceGrad, MaxDimRoutesTheGradientToTheIndex) {
  Tensor x = leaf({1, 4, 2, 7, 0, 3}, {2, 3});
  auto [v, i] = max(x, 1);
  EXPECT_FALSE(i.requires_grad());
  EXPECT_EQ(v.grad_fn()->name(), "MaxBackward0");
  EXPECT_EQ(values(grad_of(v, x)), (std::vector<double>{0, 1, 0, 1, 0, 0}));
}

TEST(ReduceGrad, NormOfZeroHasZeroGradient) {
  for (double p : {2.0, 1.5, 3.0, kInf}) {
    Tensor x = zeros({3}, {.dtype = DType::F64}).set_requires_grad(true);
    EXPECT_EQ(values(grad_of(norm(x, Scalar(p)), x)), (std::vector<double>(3, 0.0))) << "p=" << p;
  }
  Tensor x = zeros({2, 2}, {.dtype = DType::F64}).set_requires_grad(true);
  EXPECT_EQ(values(grad_of(ignis::std(x, {1}), x)), (std::vector<double>(4, 0.0)));
}

TEST(ReduceGrad, CumprodWithZerosHasNoNan) {
  Tensor x = leaf({2, 0, 3, 0.5}, {4});
  // sum(cumprod(x)) = x0 + x0 x1 + x0 x1 x2 + x0 x1 x2 x3, differentiated at x1 = 0.
  EXPECT_EQ(values(grad_of(cumprod(x, 0), x)),
            (std::vector<double>{1, 2 + 2 * 3 + 2 * 3 * 0.5, 0, 0}));
}

TEST(ReduceGrad, InPlaceScansFollowHistory) {
  Tensor x = leaf({1, 2, 3}, {3});
  expect_error<InvalidArgumentError>([&] { cumsum_(x, 0); }, {"cumsum_", "leaf"});
  Tensor y = x.clone();
  cumprod_(y, 0);  // [1, 2, 6]
  sum(y).backward();
  EXPECT_EQ(values(x.grad()), (std::vector<double>{1 + 2 + 6, 1 + 3, 2}));
}

TEST(ReduceGrad, ModifiedSavedInputIsAnError) {
  Tensor x = leaf({1, 2, 3}, {3});
  Tensor a = x.clone();
  Tensor y = prod(a);
  a.copy_(ones({3}, {.dtype = DType::F64}));
  expect_error<InvalidArgumentError>([&] { y.backward(); },
                                     {"modified by an in-place operation", "ProdBackward0"});
}
