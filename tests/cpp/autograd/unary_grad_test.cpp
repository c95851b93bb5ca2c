// Gradients of the unary ops (cpp/ops/unary_grad.cpp): gradcheck cases for every differentiable
// unary op in its functional, in-place and out= forms, and direct checks of values, node names,
// saved results and in-place errors.
#include <cmath>
#include <limits>
#include <string>

#include <gtest/gtest.h>

#include "autograd/engine.h"
#include "autograd/grad_harness.h"
#include "ops/operators.h"

using namespace ignis;
using namespace ignis::test;

namespace {

using Ts = std::vector<Tensor>;
using UnaryFn = std::function<Tensor(const Tensor&)>;
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Tensor leaf(std::vector<double> v, std::vector<int64_t> shape) {
  return f64_tensor(v, shape).set_requires_grad(true);
}
std::function<Ts()> in(std::vector<int64_t> shape, double lo, double hi) {
  return [=] { return Ts{grad_input(shape, lo, hi)}; };
}

// One unary op: its three forms (in-place and out= may be missing), the sample range (away from
// the op's non-differentiable points and domain edges) and whether gradgradcheck applies.
struct UnaryOp {
  const char* key;
  UnaryFn fn;
  std::function<void(Tensor&)> inplace;
  std::function<void(Tensor&, const Tensor&)> out;
  double lo, hi;
  bool gradgrad;
  std::string params = "";  // non-default parameters, prefixed to the case labels
};

// Registers the cases of one op: contiguous, transposed, 0-dim, in-place on a non-leaf (also
// through a transposed view), and out=.
bool add_unary_cases(const UnaryOp& u) {
  UnaryFn f = u.fn;
  auto label = [&](const char* l) {
    return u.params.empty() ? std::string(l) : u.params + ", " + l;
  };
  add_grad_case({u.key, label("3x4"), [f](const Ts& x) { return Ts{f(x[0])}; },
                 in({3, 4}, u.lo, u.hi), u.gradgrad});
  add_grad_case({u.key, label("transposed"), [f](const Ts& x) { return Ts{f(x[0].t())}; },
                 in({4, 3}, u.lo, u.hi), u.gradgrad});
  add_grad_case({u.key, label("0-dim"), [f](const Ts& x) { return Ts{f(x[0])}; },
                 in({}, u.lo, u.hi), u.gradgrad});
  if (u.inplace) {
    auto ip = u.inplace;
    add_grad_case({u.key, label("in-place"),
                   [ip](const Ts& x) {
                     Tensor y = x[0].clone();
                     ip(y);
                     return Ts{y};
                   },
                   in({2, 5}, u.lo, u.hi), u.gradgrad});
    add_grad_case({u.key, label("in-place transposed view"),
                   [ip](const Ts& x) {
                     Tensor y = x[0].clone().t();
                     ip(y);
                     return Ts{y};
                   },
                   in({3, 2}, u.lo, u.hi), u.gradgrad});
  }
  if (u.out) {
    auto o = u.out;
    add_grad_case({u.key, label("out="),
                   [o](const Ts& x) {
                     Tensor r = empty({0}, {.dtype = DType::F64});
                     o(r, x[0]);
                     return Ts{r};
                   },
                   in({3, 2}, u.lo, u.hi), u.gradgrad});
  }
  return true;
}

// The functional, in-place and out= forms of an op as UnaryOp fields.
#define FN(name) [](const Tensor& x) { return name(x); }
#define IP(name) [](Tensor& x) { name##_(x); }
#define OUT(name) [](Tensor& o, const Tensor& x) { name##_out(o, x); }
#define OP3(name, lo, hi, gg)                                                                      \
  UnaryOp { #name, FN(name), IP(name), OUT(name), lo, hi, gg }
#define OP2(name, lo, hi, gg)                                                                      \
  UnaryOp { #name, FN(name), IP(name), {}, lo, hi, gg }

const UnaryOp kOps[] = {
    OP3(neg, -2, 2, true),
    OP3(abs, -2, 2, true),  // sample values are never within eps of 0
    OP3(sign, -2, 2, false),
    OP3(exp, -2, 2, true),
    OP3(exp2, -2, 2, true),
    OP3(expm1, -2, 2, true),
    OP3(log, 0.5, 3, true),
    OP3(log2, 0.5, 3, true),
    OP3(log10, 0.5, 3, true),
    OP3(log1p, -0.5, 2, true),
    OP3(sqrt, 0.5, 3, true),
    OP3(rsqrt, 0.5, 3, true),
    OP3(reciprocal, 0.5, 3, true),
    OP3(sin, -3, 3, true),
    OP3(cos, -3, 3, true),
    OP3(tan, -1.2, 1.2, true),
    OP3(asin, -0.8, 0.8, true),
    OP3(acos, -0.8, 0.8, true),
    OP3(atan, -2, 2, true),
    OP3(sinh, -2, 2, true),
    OP3(cosh, -2, 2, true),
    OP3(tanh, -2, 2, true),
    OP3(sigmoid, -3, 3, true),
    UnaryOp{"logsigmoid", FN(logsigmoid), {}, OUT(logsigmoid), -3, 3, true},
    OP2(relu, -2, 2, true),
    OP2(relu6, -2, 8, true),
    OP2(selu, -2, 2, true),
    OP3(silu, -3, 3, true),
    OP3(mish, -3, 3, true),
    OP3(hardswish, -5, 5, true),
    OP3(hardsigmoid, -5, 5, true),
    OP3(erf, -2, 2, true),
    OP3(erfinv, -0.8, 0.8, true),
    OP3(floor, -3, 3, false),
    OP3(ceil, -3, 3, false),
    OP3(round, -3, 3, false),
    UnaryOp{"round.decimals", [](const Tensor& x) { return round(x, 1); },
            [](Tensor& x) { round_(x, 1); }, [](Tensor& o, const Tensor& x) { round_out(o, x, 1); },
            -3, 3, false, "decimals 1"},
    OP3(trunc, -3, 3, false),
    OP3(frac, -3, 3, true),
    OP3(nan_to_num, -3, 3, true),
    // Ops with parameters, at their defaults and at other values.
    OP3(leaky_relu, -2, 2, true),
    UnaryOp{"leaky_relu",
            [](const Tensor& x) { return leaky_relu(x, 0.2); },
            [](Tensor& x) { leaky_relu_(x, -0.5); },
            {},
            -2,
            2,
            true,
            "slope 0.2 (in-place -0.5)"},
    OP3(elu, -2, 2, true),
    UnaryOp{"elu", [](const Tensor& x) { return elu(x, 0.7, 1.5, 2.0); },
            [](Tensor& x) { elu_(x, 0.7, 1.5, 2.0); },
            [](Tensor& o, const Tensor& x) { elu_out(o, x, 1.3, 0.5, 0.25); }, -2, 2, true,
            "alpha, scale, input_scale"},
    OP3(gelu, -3, 3, true),
    UnaryOp{"gelu", [](const Tensor& x) { return gelu(x, "tanh"); },
            [](Tensor& x) { gelu_(x, "tanh"); },
            [](Tensor& o, const Tensor& x) { gelu_out(o, x, "tanh"); }, -3, 3, true, "tanh"},
    UnaryOp{"softplus", FN(softplus), {}, OUT(softplus), -3, 3, true},
    // beta * x crosses the threshold inside the range: both pieces are checked.
    UnaryOp{"softplus",
            [](const Tensor& x) { return softplus(x, 2, 3); },
            {},
            [](Tensor& o, const Tensor& x) { softplus_out(o, x, 0.5, 0.5); },
            -3,
            3,
            true,
            "beta, threshold"},
};
#undef FN
#undef IP
#undef OUT
#undef OP3
#undef OP2

[[maybe_unused]] const bool kRegistered = [] {
  for (const UnaryOp& u : kOps) add_unary_cases(u);
  return true;
}();

// nan_to_num on non-finite inputs: the gradient is zero there and passes elsewhere.
IGNIS_GRAD_CASE({"nan_to_num", "with inf",
                 [](const Ts& x) { return Ts{nan_to_num(x[0], 0.0, 5.0, -5.0)}; },
                 [] {
                   return Ts{leaf({1.5, kInf, -0.5, -kInf, 2.0, 0.25}, {2, 3})};
                 },
                 false});

}  // namespace

TEST(UnaryGrad, ExpGradientIsItsResult) {
  Tensor x = leaf({0, 1, -2}, {3});
  Tensor y = exp(x);
  EXPECT_EQ(y.grad_fn()->name(), "ExpBackward0");
  sum(y).backward();
  expect_close(x.grad(), exp(x.detach()), "d/dx exp");
}

TEST(UnaryGrad, ReluPassesGradientWherePositive) {
  Tensor x = leaf({-1, 2, -3, 4}, {4});
  sum(relu(x)).backward();
  EXPECT_EQ(values(x.grad()), (std::vector<double>{0, 1, 0, 1}));
}

// Without create_graph relu's backward runs one fused kernel; with it, the differentiable
// formula. Both equal grad * (relu(x) > 0), for f32 and f64 and a non-contiguous grad.
TEST(UnaryGrad, ReluFusedBackwardMatchesFormula) {
  for (DType dt : {DType::F32, DType::F64}) {
    Tensor x = randn({33, 65}, nullptr, {.dtype = dt}).set_requires_grad(true);
    Tensor g = randn({65, 33}, nullptr, {.dtype = dt}).t();
    Tensor want = g * gt(relu(x.detach()), 0);
    relu(x).backward(g);
    EXPECT_EQ(values(x.grad()), values(want)) << dtype_name(dt);
    Tensor x2 = x.detach().clone().set_requires_grad(true);
    relu(x2).backward(g.contiguous(), false, /*create_graph=*/true);
    EXPECT_EQ(values(x2.grad()), values(want)) << dtype_name(dt);
  }
}

TEST(UnaryGrad, NanToNumMasksNonFiniteInputs) {
  Tensor x = leaf({kNaN, 1, kInf, -kInf, -2}, {5});
  sum(nan_to_num(x)).backward();
  EXPECT_EQ(values(x.grad()), (std::vector<double>{0, 1, 0, 0, 1}));
}

TEST(UnaryGrad, PiecewiseConstantOpsHaveZeroGradient) {
  for (const UnaryFn& f : std::vector<UnaryFn>{
           [](const Tensor& x) { return floor(x); }, [](const Tensor& x) { return ceil(x); },
           [](const Tensor& x) { return round(x); }, [](const Tensor& x) { return round(x, 1); },
           [](const Tensor& x) { return trunc(x); }, [](const Tensor& x) { return sign(x); }}) {
    Tensor x = leaf({-1.5, 0.25, 2.75}, {3});
    sum(f(x)).backward();
    EXPECT_EQ(values(x.grad()), (std::vector<double>{0, 0, 0}));
  }
}

TEST(UnaryGrad, InPlaceUsesTheInputsOldValue) {
  Tensor x = leaf({0.5, -1, 2}, {3});
  Tensor y = x.clone();
  sin_(y);
  EXPECT_EQ(y.grad_fn()->name(), "SinBackward0");
  sum(y).backward();
  expect_close(x.grad(), cos(x.detach()), "d/dx sin_");
  EXPECT_EQ(values(y.detach()), values(sin(x.detach())));
}

TEST(UnaryGrad, InPlaceSavingItsResultMakesNoCopy) {
  Tensor x = leaf({0.5, -1, 2}, {3});
  Tensor y = x.clone();
  sigmoid_(y);
  EXPECT_EQ(y.grad_fn()->name(), "SigmoidBackward0");
  Tensor s = sigmoid(x.detach());
  sum(y).backward();
  expect_close(x.grad(), s * (1.0 - s), "d/dx sigmoid_");
}

TEST(UnaryGrad, InPlaceOnLeafThatRequiresGradIsAnError) {
  Tensor x = leaf({1, 2}, {2});
  expect_error<InvalidArgumentError>([&] { exp_(x); }, {"exp_", "leaf"});
  expect_error<InvalidArgumentError>([&] { relu_(x); }, {"relu_", "leaf"});
  EXPECT_EQ(values(x.detach()), (std::vector<double>{1, 2}));
}

TEST(UnaryGrad, ModifiedSavedResultIsAnError) {
  Tensor x = leaf({1, 2}, {2});
  Tensor y = exp(x);
  neg_(y);  // exp saved its result, which is now changed
  expect_error<InvalidArgumentError>([&] { sum(y).backward(); },
                                     {"modified by an in-place operation", "ExpBackward0"});
}

TEST(UnaryGrad, ModifiedSavedInputIsAnError) {
  Tensor x = leaf({1, 2}, {2});
  Tensor h = x.clone();
  Tensor y = sin(h);
  cos_(h);  // sin saved its input
  expect_error<InvalidArgumentError>([&] { sum(y).backward(); },
                                     {"modified by an in-place operation", "SinBackward0"});
}

TEST(UnaryGrad, OutFormRecordsHistory) {
  Tensor x = leaf({0.25, 1}, {2});
  Tensor o = empty({2}, {.dtype = DType::F64});
  tanh_out(o, x);
  EXPECT_EQ(o.grad_fn()->name(), "TanhBackward0");
  sum(o).backward();
  Tensor t = tanh(x.detach());
  expect_close(x.grad(), 1.0 - t * t, "d/dx tanh_out");
}

TEST(UnaryGrad, NoGradRecordsNothing) {
  Tensor x = leaf({1, 2}, {2});
  NoGradGuard guard;
  EXPECT_FALSE(exp(x).requires_grad());
  EXPECT_FALSE(gelu(x).requires_grad());
}

TEST(UnaryGrad, SecondDerivativeOfTanh) {
  Tensor x = leaf({0.5}, {1});
  Tensor y = tanh(x);
  auto g = autograd::grad({sum(y)}, {x}, {}, true, /*create_graph=*/true);
  auto g2 = autograd::grad({sum(g[0])}, {x});
  double t = std::tanh(0.5);
  EXPECT_NEAR(values(g2[0])[0], -2 * t * (1 - t * t), 1e-12);
}
