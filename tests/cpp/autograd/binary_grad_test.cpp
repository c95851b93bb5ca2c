// Gradients of the binary family (cpp/ops/binary_grad.cpp): gradcheck cases for every
// differentiable binary and ternary op and overload (broadcast, transposed, 0-dim, in-place,
// out=), and direct checks of values, node names, tie splitting, masking and in-place errors.
#include <cmath>
#include <string>

#include <gtest/gtest.h>

#include "autograd/engine.h"
#include "autograd/grad_harness.h"
#include "ops/operators.h"

using namespace ignis;
using namespace ignis::test;

namespace {

using Ts = std::vector<Tensor>;

// One sample input: shape and value range; each input of a case gets its own seed, so no two
// inputs share values (maximum/minimum stay away from ties).
struct Arg {
  std::vector<int64_t> shape;
  double lo = -2, hi = 2;
};
std::function<Ts()> in(std::vector<Arg> args) {
  return [=] {
    Ts r;
    uint64_t seed = 11;
    for (const Arg& a : args) r.push_back(grad_input(a.shape, a.lo, a.hi, seed += 13));
    return r;
  };
}
Tensor leaf(std::vector<double> v, std::vector<int64_t> shape) {
  return f64_tensor(v, shape).set_requires_grad(true);
}

using Bin = std::function<Tensor(const Tensor&, const Tensor&)>;
using BinIp = std::function<void(Tensor&, const Tensor&)>;
using BinOut = std::function<void(Tensor&, const Tensor&, const Tensor&)>;

// Registers the cases of a two-tensor op: same shape, broadcast both ways, transposed, 0-dim,
// in-place on a non-leaf (and on a transposed view) and out=.
bool add_binary_cases(const char* key, Bin f, BinIp ip, BinOut out, Arg a, Arg b, bool gg) {
  auto shaped = [](Arg x, std::vector<int64_t> s) {
    x.shape = std::move(s);
    return x;
  };
  auto call = [f](const Ts& x) { return Ts{f(x[0], x[1])}; };
  add_grad_case({key, "3x4", call, in({shaped(a, {3, 4}), shaped(b, {3, 4})}), gg});
  add_grad_case({key, "broadcast (3,1) x (4)", call, in({shaped(a, {3, 1}), shaped(b, {4})}), gg});
  add_grad_case(
      {key, "broadcast (2,3,4) x (3,1)", call, in({shaped(a, {2, 3, 4}), shaped(b, {3, 1})}), gg});
  add_grad_case({key, "transposed", [f](const Ts& x) { return Ts{f(x[0].t(), x[1])}; },
                 in({shaped(a, {4, 3}), shaped(b, {3, 4})}), gg});
  add_grad_case({key, "0-dim", call, in({shaped(a, {}), shaped(b, {})}), gg});
  add_grad_case({key, "0-dim other", call, in({shaped(a, {2, 3}), shaped(b, {})}), gg});
  if (ip) {
    add_grad_case({key, "in-place",
                   [ip](const Ts& x) {
                     Tensor y = x[0].clone();
                     ip(y, x[1]);
                     return Ts{y};
                   },
                   in({shaped(a, {3, 4}), shaped(b, {4})}), gg});
    add_grad_case({key, "in-place transposed view",
                   [ip](const Ts& x) {
                     Tensor y = x[0].clone().t();
                     ip(y, x[1]);
                     return Ts{y};
                   },
                   in({shaped(a, {4, 3}), shaped(b, {3, 1})}), gg});
  }
  if (out)
    add_grad_case({key, "out=",
                   [out](const Ts& x) {
                     Tensor r = empty({0}, {.dtype = DType::F64});
                     out(r, x[0], x[1]);
                     return Ts{r};
                   },
                   in({shaped(a, {3, 1}), shaped(b, {2, 1, 4})}), gg});
  return true;
}

using Sca = std::function<Tensor(const Tensor&)>;
using ScaIp = std::function<void(Tensor&)>;

// Registers the cases of a Tensor-Scalar op (the Scalar is inside f).
bool add_scalar_cases(const char* key, Sca f, ScaIp ip, Arg a, bool gg) {
  auto shaped = [](Arg x, std::vector<int64_t> s) {
    x.shape = std::move(s);
    return x;
  };
  auto call = [f](const Ts& x) { return Ts{f(x[0])}; };
  add_grad_case({key, "3x4", call, in({shaped(a, {3, 4})}), gg});
  add_grad_case({key, "transposed", [f](const Ts& x) { return Ts{f(x[0].t())}; },
                 in({shaped(a, {4, 3})}), gg});
  add_grad_case({key, "0-dim", call, in({shaped(a, {})}), gg});
  if (ip)
    add_grad_case({key, "in-place",
                   [ip](const Ts& x) {
                     Tensor y = x[0].clone();
                     ip(y);
                     return Ts{y};
                   },
                   in({shaped(a, {2, 5})}), gg});
  return true;
}

#define B(expr) [](const Tensor& a, const Tensor& b) { return expr; }
#define BI(stmt) [](Tensor& a, const Tensor& b) { stmt; }
#define BO(stmt) [](Tensor& o, const Tensor& a, const Tensor& b) { stmt; }
#define S(expr) [](const Tensor& a) { return expr; }
#define SI(stmt) [](Tensor& a) { stmt; }

const Arg kAny{{}, -2, 2}, kPos{{}, 0.5, 2}, kUnit{{}, 0.1, 0.9};

// ---- add, sub, mul, div
[[maybe_unused]] const bool kArith[] = {
    add_binary_cases("add.Tensor", B(add(a, b)), BI(add_(a, b)), BO(add_out(o, a, b)), kAny, kAny,
                     true),
    add_binary_cases("add.Tensor", B(add(a, b, 2.5)), BI(add_(a, b, -3)), BO(add_out(o, a, b, 0.5)),
                     kAny, kAny, true),
    add_binary_cases("add.Tensor", B(a + b), BI(a += b), {}, kAny, kAny, true),
    add_scalar_cases("add.Scalar", S(add(a, 1.5, 2)), SI(add_(a, 3, 0.5)), kAny, true),
    add_scalar_cases("add.Scalar", S(2.0 + a), SI(a += 1.0), kAny, true),
    add_binary_cases("sub.Tensor", B(sub(a, b)), BI(sub_(a, b)), BO(sub_out(o, a, b)), kAny, kAny,
                     true),
    add_binary_cases("sub.Tensor", B(sub(a, b, 0.5)), BI(a -= b), BO(sub_out(o, a, b, 2)), kAny,
                     kAny, true),
    add_scalar_cases("sub.Scalar", S(sub(a, 1.5, 2)), SI(sub_(a, 3)), kAny, true),
    add_scalar_cases("sub.Tensor", S(2.0 - a), {}, kAny, true),
    add_scalar_cases("sub.Scalar", S(a - 2.0), SI(a -= 1.0), kAny, true),
    add_binary_cases("mul.Tensor", B(mul(a, b)), BI(mul_(a, b)), BO(mul_out(o, a, b)), kAny, kAny,
                     true),
    add_binary_cases("mul.Tensor", B(a* b), BI(a *= b), {}, kAny, kAny, true),
    add_scalar_cases("mul.Scalar", S(mul(a, 1.5)), SI(mul_(a, -3)), kAny, true),
    add_scalar_cases("mul.Scalar", S(2.0 * a), SI(a *= 0.5), kAny, true),
    add_binary_cases("div.Tensor", B(div(a, b)), BI(div_(a, b)), BO(div_out(o, a, b)), kAny, kPos,
                     true),
    add_binary_cases("div.Tensor", B(a / b), BI(a /= b), {}, kAny, kPos, true),
    add_scalar_cases("div.Scalar", S(div(a, 1.5)), SI(div_(a, -4)), kAny, true),
    add_scalar_cases("div.Tensor", S(2.0 / a), {}, kPos, true),
    add_binary_cases("div.Tensor_mode", B(div(a, b, std::nullopt)), BI(div_(a, b, std::nullopt)),
                     BO(div_out(o, a, b, std::nullopt)), kAny, kPos, true),
    add_binary_cases("div.Tensor_mode", B(div(a, b, "floor")), BI(div_(a, b, "trunc")),
                     BO(div_out(o, a, b, "floor")), kAny, kPos, false),
    add_scalar_cases("div.Scalar_mode", S(div(a, 0.75, "trunc")), SI(div_(a, 0.75, "floor")), kAny,
                     false),
    add_scalar_cases("div.Scalar_mode", S(div(a, 0.75, std::nullopt)),
                     SI(div_(a, 0.75, std::nullopt)), kAny, true),
};

// ---- remainder, fmod, pow, atan2, maximum, minimum
[[maybe_unused]] const bool kOther[] = {
    add_binary_cases("remainder.Tensor", B(remainder(a, b)), BI(remainder_(a, b)),
                     BO(remainder_out(o, a, b)), kAny, Arg{{}, 0.6, 1.4}, true),
    add_scalar_cases("remainder.Scalar", S(remainder(a, 0.7)), SI(remainder_(a, -0.7)), kAny, true),
    add_scalar_cases("remainder.Scalar_Tensor", S(remainder(2.5, a)), {}, Arg{{}, 0.6, 1.4}, true),
    add_scalar_cases(
        "remainder.Scalar_Tensor",
        [](const Tensor& a) {
          Tensor o = empty({0}, {.dtype = DType::F64});
          remainder_out(o, -2.5, a);
          return o;
        },
        {}, Arg{{}, 0.6, 1.4}, true),
    add_binary_cases("fmod.Tensor", B(fmod(a, b)), BI(fmod_(a, b)), BO(fmod_out(o, a, b)), kAny,
                     Arg{{}, 0.6, 1.4}, true),
    add_scalar_cases("fmod.Scalar", S(fmod(a, 0.7)), SI(fmod_(a, -0.7)), kAny, true),
    add_binary_cases("pow.Tensor_Tensor", B(pow(a, b)), BI(pow_(a, b)), BO(pow_out(o, a, b)), kPos,
                     kAny, true),
    add_scalar_cases("pow.Tensor_Scalar", S(pow(a, 3)), SI(pow_(a, 2)), kAny, true),
    add_scalar_cases("pow.Tensor_Scalar", S(pow(a, -1.5)), SI(pow_(a, 0.5)), kPos, true),
    add_scalar_cases("pow.Tensor_Scalar", S(pow(a, Scalar(0))), SI(pow_(a, 0.0)), kAny, true),
    add_scalar_cases("pow.Scalar_self", S(pow(2.5, a)), {}, kAny, true),
    add_scalar_cases("pow.Scalar_self", S(pow(0.0, a)), {}, kPos, false),
    add_scalar_cases(
        "pow.Scalar_self",
        [](const Tensor& a) {
          Tensor o = empty({0}, {.dtype = DType::F64});
          pow_out(o, 0.5, a);
          return o;
        },
        {}, kAny, true),
    add_binary_cases("atan2", B(atan2(a, b)), BI(atan2_(a, b)), BO(atan2_out(o, a, b)), kAny, kAny,
                     true),
    add_binary_cases("maximum", B(maximum(a, b)), {}, BO(maximum_out(o, a, b)), kAny, kAny, true),
    add_binary_cases("minimum", B(minimum(a, b)), {}, BO(minimum_out(o, a, b)), kAny, kAny, true),
};

// A fixed condition of shape (3, 1) or (3, 4): true where a deterministic sample is positive.
Tensor cond(std::vector<int64_t> shape) { return gt(sample(shape, DType::F64, -1, 1, 5), 0); }

// ---- where, clamp, lerp, addcmul, addcdiv
IGNIS_GRAD_CASE({"where.self", "broadcast cond (3,1), self (3,4), other (4)",
                 [](const Ts& x) {
                   return Ts{where(cond({3, 1}), x[0], x[1])};
                 },
                 in({{{3, 4}}, {{4}}}), true});
IGNIS_GRAD_CASE({"where.self", "transposed self",
                 [](const Ts& x) {
                   return Ts{where(cond({3, 4}), x[0].t(), x[1])};
                 },
                 in({{{4, 3}}, {{3, 4}}}), true});
IGNIS_GRAD_CASE({"where.self", "out=",
                 [](const Ts& x) {
                   Tensor o = empty({0}, {.dtype = DType::F64});
                   where_out(o, cond({3, 4}), x[0], x[1]);
                   return Ts{o};
                 },
                 in({{{3, 1}}, {{3, 4}}}), true});
IGNIS_GRAD_CASE({"where.ScalarSelf", "3x4",
                 [](const Ts& x) {
                   return Ts{where(cond({3, 4}), 1.5, x[0])};
                 },
                 in({{{3, 4}}}), true});
IGNIS_GRAD_CASE({"where.ScalarSelf", "broadcast other (4)",
                 [](const Ts& x) {
                   return Ts{where(cond({3, 1}), 1.5, x[0])};
                 },
                 in({{{4}}}), true});
IGNIS_GRAD_CASE({"where.ScalarOther", "transposed",
                 [](const Ts& x) {
                   return Ts{where(cond({3, 4}), x[0].t(), -0.5)};
                 },
                 in({{{4, 3}}}), true});

IGNIS_GRAD_CASE({"clamp", "min and max", [](const Ts& x) { return Ts{clamp(x[0], -1.0, 1.0)}; },
                 in({{{3, 4}}}), true});
IGNIS_GRAD_CASE({"clamp", "min only, transposed",
                 [](const Ts& x) { return Ts{clamp(x[0].t(), 0.5)}; }, in({{{4, 3}}}), true});
IGNIS_GRAD_CASE({"clamp", "max only, 0-dim",
                 [](const Ts& x) { return Ts{clamp(x[0], std::nullopt, 0.5)}; }, in({{{}}}), true});
IGNIS_GRAD_CASE({"clamp", "in-place",
                 [](const Ts& x) {
                   Tensor y = x[0].clone();
                   clamp_(y, -1, 1);
                   return Ts{y};
                 },
                 in({{{2, 5}}}), true});
IGNIS_GRAD_CASE({"clamp", "out=",
                 [](const Ts& x) {
                   Tensor o = empty({0}, {.dtype = DType::F64});
                   clamp_out(o, x[0], -1.0, 1.0);
                   return Ts{o};
                 },
                 in({{{2, 5}}}), true});
IGNIS_GRAD_CASE({"clamp.Tensor", "broadcast min (4), max (3,1)",
                 [](const Ts& x) { return Ts{clamp(x[0], x[1], x[2])}; },
                 in({{{3, 4}}, {{4}, -1, 0}, {{3, 1}, 0, 1}}), true});
IGNIS_GRAD_CASE({"clamp.Tensor", "min > max gives max",
                 [](const Ts& x) { return Ts{clamp(x[0], x[1], x[2])}; },
                 in({{{3, 4}}, {{3, 4}, 0.5, 1}, {{4}, -1, 0}}), true});
IGNIS_GRAD_CASE({"clamp.Tensor", "min only, transposed",
                 [](const Ts& x) { return Ts{clamp(x[0].t(), x[1], std::nullopt)}; },
                 in({{{4, 3}}, {{4}, -1, 1}}), true});
IGNIS_GRAD_CASE({"clamp.Tensor", "max only, 0-dim max",
                 [](const Ts& x) { return Ts{clamp(x[0], std::nullopt, x[1])}; },
                 in({{{3, 4}}, {{}, -0.5, 0.5}}), true});
IGNIS_GRAD_CASE({"clamp.Tensor", "in-place",
                 [](const Ts& x) {
                   Tensor y = x[0].clone();
                   clamp_(y, std::optional<Tensor>(x[1]), std::optional<Tensor>(x[2]));
                   return Ts{y};
                 },
                 in({{{3, 4}}, {{4}, -1, 0}, {{3, 1}, 0, 1}}), true});

IGNIS_GRAD_CASE({"lerp.Scalar", "broadcast end (4)",
                 [](const Ts& x) { return Ts{lerp(x[0], x[1], 0.3)}; }, in({{{3, 4}}, {{4}}}),
                 true});
IGNIS_GRAD_CASE({"lerp.Scalar", "transposed, weight 0.8",
                 [](const Ts& x) { return Ts{lerp(x[0].t(), x[1], 0.8)}; },
                 in({{{4, 3}}, {{3, 4}}}), true});
IGNIS_GRAD_CASE({"lerp.Scalar", "in-place",
                 [](const Ts& x) {
                   Tensor y = x[0].clone();
                   lerp_(y, x[1], 0.3);
                   return Ts{y};
                 },
                 in({{{3, 4}}, {{3, 1}}}), true});
IGNIS_GRAD_CASE({"lerp.Tensor", "broadcast end (4), weight (3,1)",
                 [](const Ts& x) { return Ts{lerp(x[0], x[1], x[2])}; },
                 in({{{3, 4}}, {{4}}, {{3, 1}, 0, 1}}), true});
IGNIS_GRAD_CASE({"lerp.Tensor", "transposed, 0-dim weight",
                 [](const Ts& x) { return Ts{lerp(x[0].t(), x[1], x[2])}; },
                 in({{{4, 3}}, {{3, 4}}, {{}, 0, 1}}), true});
IGNIS_GRAD_CASE({"lerp.Tensor", "in-place",
                 [](const Ts& x) {
                   Tensor y = x[0].clone();
                   lerp_(y, x[1], x[2]);
                   return Ts{y};
                 },
                 in({{{3, 4}}, {{4}}, {{3, 4}, 0, 1}}), true});
IGNIS_GRAD_CASE({"lerp.Tensor", "out=",
                 [](const Ts& x) {
                   Tensor o = empty({0}, {.dtype = DType::F64});
                   lerp_out(o, x[0], x[1], x[2]);
                   return Ts{o};
                 },
                 in({{{3, 1}}, {{4}}, {{3, 4}, 0, 1}}), true});

IGNIS_GRAD_CASE({"addcmul", "broadcast (3,4) (3,1) (4)",
                 [](const Ts& x) { return Ts{addcmul(x[0], x[1], x[2])}; },
                 in({{{3, 4}}, {{3, 1}}, {{4}}}), true});
IGNIS_GRAD_CASE({"addcmul", "value 0.5, transposed, 0-dim self",
                 [](const Ts& x) { return Ts{addcmul(x[0], x[1].t(), x[2], 0.5)}; },
                 in({{{}}, {{4, 3}}, {{3, 4}}}), true});
IGNIS_GRAD_CASE({"addcmul", "in-place",
                 [](const Ts& x) {
                   Tensor y = x[0].clone();
                   addcmul_(y, x[1], x[2], -2);
                   return Ts{y};
                 },
                 in({{{3, 4}}, {{3, 1}}, {{4}}}), true});
IGNIS_GRAD_CASE({"addcdiv", "broadcast (3,4) (3,1) (4)",
                 [](const Ts& x) { return Ts{addcdiv(x[0], x[1], x[2])}; },
                 in({{{3, 4}}, {{3, 1}}, {{4}, 0.5, 2}}), true});
IGNIS_GRAD_CASE({"addcdiv", "value -1.5, transposed",
                 [](const Ts& x) { return Ts{addcdiv(x[0], x[1].t(), x[2], -1.5)}; },
                 in({{{3, 4}}, {{4, 3}}, {{3, 4}, 0.5, 2}}), true});
IGNIS_GRAD_CASE({"addcdiv", "out=",
                 [](const Ts& x) {
                   Tensor o = empty({0}, {.dtype = DType::F64});
                   addcdiv_out(o, x[0], x[1], x[2], 0.5);
                   return Ts{o};
                 },
                 in({{{4}}, {{3, 1}}, {{3, 4}, 0.5, 2}}), true});
IGNIS_GRAD_CASE({"addcdiv", "in-place",
                 [](const Ts& x) {
                   Tensor y = x[0].clone();
                   addcdiv_(y, x[1], x[2], 2);
                   return Ts{y};
                 },
                 in({{{3, 4}}, {{3, 4}}, {{4}, 0.5, 2}}), true});

Tensor grad_of(const Tensor& y, const Tensor& x) { return autograd::grad({sum(y)}, {x})[0]; }

}  // namespace

TEST(BinaryGrad, BroadcastMulSumsTheGradientBack) {
  Tensor a = leaf({1, 2, 3}, {3, 1});
  Tensor b = leaf({10, 20, 30, 40}, {4});
  Tensor y = a * b;
  EXPECT_EQ(y.grad_fn()->name(), "MulBackward0");
  sum(y).backward();
  EXPECT_EQ(a.grad().shape(), (std::vector<int64_t>{3, 1}));
  EXPECT_EQ(values(a.grad()), (std::vector<double>{100, 100, 100}));
  EXPECT_EQ(b.grad().shape(), (std::vector<int64_t>{4}));
  EXPECT_EQ(values(b.grad()), (std::vector<double>{6, 6, 6, 6}));
}

TEST(BinaryGrad, NodeNamesFollowPyTorch) {
  Tensor a = leaf({1, 2}, {2}), b = leaf({3, 4}, {2});
  EXPECT_EQ(add(a, b).grad_fn()->name(), "AddBackward0");
  EXPECT_EQ(add(a, 1).grad_fn()->name(), "AddBackward1");
  EXPECT_EQ((a - b).grad_fn()->name(), "SubBackward0");
  EXPECT_EQ((a * 2).grad_fn()->name(), "MulBackward1");
  EXPECT_EQ((a / b).grad_fn()->name(), "DivBackward0");
  EXPECT_EQ(div(a, b, "floor").grad_fn()->name(), "DivBackward2");
  EXPECT_EQ(pow(a, 2).grad_fn()->name(), "PowBackward0");
  EXPECT_EQ(pow(a, b).grad_fn()->name(), "PowBackward1");
  EXPECT_EQ(pow(2, b).grad_fn()->name(), "PowBackward2");
  EXPECT_EQ(remainder(a, b).grad_fn()->name(), "RemainderBackward1");
  EXPECT_EQ(fmod(a, 2).grad_fn()->name(), "FmodBackward0");
  EXPECT_EQ(maximum(a, b).grad_fn()->name(), "MaximumBackward0");
  EXPECT_EQ(where(gt(a, 1), a, b).grad_fn()->name(), "WhereBackward0");
  EXPECT_EQ(clamp(a, 0, 1).grad_fn()->name(), "ClampBackward1");
  EXPECT_EQ(clamp(a, std::optional<Tensor>(b)).grad_fn()->name(), "ClampBackward0");
  EXPECT_EQ(lerp(a, b, 0.5).grad_fn()->name(), "LerpBackward0");
  EXPECT_EQ(addcdiv(a, a, b).grad_fn()->name(), "AddcdivBackward0");
}

TEST(BinaryGrad, AlphaScalesTheGradientOfOther) {
  Tensor a = leaf({1, 2}, {2}), b = leaf({3, 4}, {2});
  sum(sub(a, b, 3)).backward();
  EXPECT_EQ(values(a.grad()), (std::vector<double>{1, 1}));
  EXPECT_EQ(values(b.grad()), (std::vector<double>{-3, -3}));
}

TEST(BinaryGrad, MaximumAndMinimumSplitTiesEvenly) {
  Tensor a = leaf({1, 2, 3}, {3}), b = leaf({1, 5, 0}, {3});
  sum(maximum(a, b)).backward();
  EXPECT_EQ(values(a.grad()), (std::vector<double>{0.5, 0, 1}));
  EXPECT_EQ(values(b.grad()), (std::vector<double>{0.5, 1, 0}));
  EXPECT_EQ(values(grad_of(minimum(a, b), a)), (std::vector<double>{0.5, 1, 0}));
}

TEST(BinaryGrad, ClampPassesTheGradientInsideTheBounds) {
  Tensor x = leaf({-2, -0.5, 0.5, 2}, {4});
  EXPECT_EQ(values(grad_of(clamp(x, -1.0, 1.0), x)), (std::vector<double>{0, 1, 1, 0}));
  Tensor lo = leaf({-1, -1, -1, -1}, {4});
  Tensor hi = leaf({1}, {});
  auto g = autograd::grad({sum(clamp(x, std::optional<Tensor>(lo), std::optional<Tensor>(hi)))},
                          {x, lo, hi});
  EXPECT_EQ(values(g[0]), (std::vector<double>{0, 1, 1, 0}));
  EXPECT_EQ(values(g[1]), (std::vector<double>{1, 0, 0, 0}));
  EXPECT_EQ(values(g[2]), (std::vector<double>{1}));  // summed over the broadcast
}

TEST(BinaryGrad, WhereMasksTheGradientByTheCondition) {
  Tensor a = leaf({1, 2, 3}, {3}), b = leaf({4}, {});
  Tensor c = f64_tensor({1, 0, 1}, {3}).to(DType::Bool);
  auto g = autograd::grad({sum(where(c, a, b))}, {a, b});
  EXPECT_EQ(values(g[0]), (std::vector<double>{1, 0, 1}));
  EXPECT_EQ(values(g[1]), (std::vector<double>{1}));
}

TEST(BinaryGrad, PowAtZeroBaseHasFiniteGradients) {
  Tensor x = leaf({0, 0, 2}, {3}), e = leaf({0, 2, 3}, {3});
  auto g = autograd::grad({sum(pow(x, e))}, {x, e});
  EXPECT_EQ(values(g[0]), (std::vector<double>{0, 0, 12}));
  EXPECT_EQ(values(g[1])[0], 0);
  EXPECT_EQ(values(g[1])[1], 0);
  EXPECT_NEAR(values(g[1])[2], 8 * std::log(2.0), 1e-12);
  EXPECT_EQ(values(grad_of(pow(x, Scalar(0)), x)), (std::vector<double>{0, 0, 0}));
}

TEST(BinaryGrad, RoundedDivisionHasZeroGradient) {
  Tensor a = leaf({1.5, -2.5}, {2}), b = leaf({0.7, 0.7}, {2});
  auto g = autograd::grad({sum(div(a, b, "floor"))}, {a, b});
  EXPECT_EQ(values(g[0]), (std::vector<double>{0, 0}));
  EXPECT_EQ(values(g[1]), (std::vector<double>{0, 0}));
}

TEST(BinaryGrad, ComparisonsAndFloorDivideRecordNothing) {
  Tensor a = leaf({1, 2}, {2}), b = leaf({2, 1}, {2});
  EXPECT_FALSE(lt(a, b).requires_grad());
  EXPECT_FALSE(eq(a, 1).requires_grad());
  EXPECT_FALSE(floor_divide(a, b).requires_grad());
  NoGradGuard guard;
  EXPECT_FALSE((a * b).requires_grad());
}

TEST(BinaryGrad, PromotedInputGetsAGradientOfItsOwnDtype) {
  Tensor a = f64_tensor({1, 2}, {2}).to(DType::F32).set_requires_grad(true);
  Tensor b = leaf({3, 4}, {2});
  Tensor y = a * b;
  EXPECT_EQ(y.dtype(), DType::F64);
  sum(y).backward();
  EXPECT_EQ(a.grad().dtype(), DType::F32);
  EXPECT_EQ(values(a.grad()), (std::vector<double>{3, 4}));
}

TEST(BinaryGrad, InPlaceMulUsesTheOldValueOfSelf) {
  Tensor a = leaf({1, 2}, {2}), b = leaf({3, 4}, {2});
  Tensor y = a * 1;
  y *= b;
  EXPECT_EQ(y.grad_fn()->name(), "MulBackward0");
  sum(y).backward();
  EXPECT_EQ(values(a.grad()), (std::vector<double>{3, 4}));
  EXPECT_EQ(values(b.grad()), (std::vector<double>{1, 2}));
}

TEST(BinaryGrad, InPlaceSquareKeepsBothOldOperands) {
  Tensor a = leaf({1.5, -2}, {2});
  Tensor y = a.clone();
  mul_(y, y);  // y = a^2
  EXPECT_EQ(values(grad_of(y, a)), (std::vector<double>{3, -4}));
}

TEST(BinaryGrad, InPlaceOnConstantWithGradOtherRecords) {
  Tensor a = f64_tensor({1, 2}, {2}), b = leaf({3, 4}, {2});
  a.mul_(b);
  EXPECT_TRUE(a.requires_grad());
  EXPECT_EQ(values(grad_of(a, b)), (std::vector<double>{1, 2}));
}

TEST(BinaryGrad, InPlaceOnLeafThatRequiresGradIsAnError) {
  Tensor x = leaf({1, 2}, {2});
  expect_error<InvalidArgumentError>([&] { add_(x, 1); }, {"add_", "leaf"});
  expect_error<InvalidArgumentError>([&] { x *= 2; }, {"mul_", "leaf"});
  expect_error<InvalidArgumentError>([&] { clamp_(x, 0, 1); }, {"clamp_", "leaf"});
  EXPECT_EQ(values(x.detach()), (std::vector<double>{1, 2}));
}

TEST(BinaryGrad, ModifiedSavedInputIsAnError) {
  Tensor a = leaf({1, 2}, {2}), b = leaf({3, 4}, {2});
  Tensor h = b.clone();
  Tensor y = a * h;  // mul saved h
  h += 1;
  expect_error<InvalidArgumentError>([&] { sum(y).backward(); },
                                     {"modified by an in-place operation", "MulBackward0"});
}

TEST(BinaryGrad, AddSavesNothingSoLaterInPlaceChangesAreFine) {
  Tensor a = leaf({1, 2}, {2}), b = leaf({3, 4}, {2});
  Tensor h = b.clone();
  Tensor y = a + h;
  h *= 2;
  sum(y).backward();
  EXPECT_EQ(values(b.grad()), (std::vector<double>{1, 1}));
}

TEST(BinaryGrad, SecondDerivativeOfMulAndDiv) {
  Tensor x = leaf({2}, {1});
  // d2/dx2 (x * x) = 2; d2/dx2 (1 / x) = 2 / x^3
  auto g = autograd::grad({sum(x * x)}, {x}, {}, true, /*create_graph=*/true);
  EXPECT_EQ(values(autograd::grad({sum(g[0])}, {x})[0]), (std::vector<double>{2}));
  auto h = autograd::grad({sum(1.0 / x)}, {x}, {}, true, /*create_graph=*/true);
  EXPECT_NEAR(values(autograd::grad({sum(h[0])}, {x})[0])[0], 0.25, 1e-12);
}
