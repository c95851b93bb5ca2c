// Gradients of the shape ops (cpp/ops/shape_grad.cpp): gradcheck cases for every differentiable
// shape op (broadcast-free ops, so the variants are dims, non-contiguous inputs, in-place and
// partial use of multi-output ops), and direct checks of values, node names and errors.
#include <gtest/gtest.h>

#include "autograd/engine.h"
#include "autograd/grad_harness.h"
#include "ops/operators.h"

using namespace ignis;
using namespace ignis::test;

namespace {

using Ts = std::vector<Tensor>;
using Iv = std::vector<int64_t>;

std::function<Ts()> in(Iv shape) {
  return [=] { return Ts{grad_input(shape)}; };
}
std::function<Ts()> in2(Iv a, Iv b) {
  return [=] { return Ts{grad_input(a, -2, 2, 7), grad_input(b, -2, 2, 11)}; };
}
Tensor leaf(std::vector<double> v, Iv shape) {
  return f64_tensor(v, shape).set_requires_grad(true);
}
Tensor ints(std::vector<double> v, Iv shape) { return f64_tensor(v, shape).to(DType::I64); }
IntArrayRef ar(const Iv& v) { return IntArrayRef(v.data(), v.size()); }

// ---- cat, stack

IGNIS_GRAD_CASE({"cat", "dim 1, three inputs",
                 [](const Ts& x) {
                   return Ts{cat({x[0], x[1], x[2]}, 1)};
                 },
                 [] {
                   return Ts{grad_input({2, 3}, -2, 2, 1), grad_input({2, 1}, -2, 2, 2),
                             grad_input({2, 2}, -2, 2, 3)};
                 },
                 true});
IGNIS_GRAD_CASE({"cat", "dim 0, transposed, skipped 1-D empty",
                 [](const Ts& x) {
                   return Ts{cat({x[0].t(), empty({0}, {.dtype = DType::F64}), x[1]}, 0)};
                 },
                 in2({3, 2}, {1, 3})});
IGNIS_GRAD_CASE({"cat", "dim -1, 1-D",
                 [](const Ts& x) {
                   return Ts{cat({x[0], x[1]}, -1)};
                 },
                 in2({3}, {2}), true});
IGNIS_GRAD_CASE({"stack", "dim 0",
                 [](const Ts& x) {
                   return Ts{stack({x[0], x[1]}, 0)};
                 },
                 in2({2, 3}, {2, 3}), true});
IGNIS_GRAD_CASE({"stack", "dim -1, transposed",
                 [](const Ts& x) {
                   return Ts{stack({x[0].t(), x[1]}, -1)};
                 },
                 in2({3, 2}, {2, 3}), true});
IGNIS_GRAD_CASE({"stack", "0-dim inputs",
                 [](const Ts& x) {
                   return Ts{stack({x[0], x[1]})};
                 },
                 in2({}, {})});

// ---- split, chunk, unbind

IGNIS_GRAD_CASE({"split", "size 2 dim 1 (last piece smaller)",
                 [](const Ts& x) { return split(x[0], 2, 1); }, in({3, 5}), true});
IGNIS_GRAD_CASE({"split", "transposed, only the last piece used",
                 [](const Ts& x) { return Ts{split(x[0].t(), 2, 0).back()}; }, in({3, 5})});
IGNIS_GRAD_CASE({"split.sizes", "sizes [1, 3] dim 1",
                 [](const Ts& x) {
                   return split(x[0], ar(Iv{1, 3}), 1);
                 },
                 in({2, 4}), true});
IGNIS_GRAD_CASE({"split_with_sizes", "sizes [2, 0, 1] dim 0 transposed",
                 [](const Ts& x) {
                   return split_with_sizes(x[0].t(), ar(Iv{2, 0, 1}), 0);
                 },
                 in({2, 3})});
IGNIS_GRAD_CASE({"split_with_sizes", "first piece unused",
                 [](const Ts& x) {
                   return Ts{split_with_sizes(x[0], ar(Iv{1, 2}), -1)[1]};
                 },
                 in({2, 3}), true});
IGNIS_GRAD_CASE({"chunk", "3 chunks of 5", [](const Ts& x) { return chunk(x[0], 3, 0); },
                 in({5, 2}), true});
IGNIS_GRAD_CASE({"chunk", "middle chunk unused, transposed",
                 [](const Ts& x) {
                   Ts c = chunk(x[0].t(), 3, 1);
                   return Ts{c[0], c[2]};
                 },
                 in({5, 2})});
IGNIS_GRAD_CASE({"unbind", "dim 1", [](const Ts& x) { return unbind(x[0], 1); }, in({2, 3}), true});
IGNIS_GRAD_CASE({"unbind", "dim 0 transposed, one slice used",
                 [](const Ts& x) { return Ts{unbind(x[0].t(), 0)[1]}; }, in({2, 3})});

// ---- flip, roll, repeat, tile, repeat_interleave

IGNIS_GRAD_CASE({"flip", "dims [0, 1]",
                 [](const Ts& x) {
                   return Ts{flip(x[0], ar(Iv{0, 1}))};
                 },
                 in({3, 4}), true});
IGNIS_GRAD_CASE({"flip", "dim -1 transposed",
                 [](const Ts& x) { return Ts{flip(x[0].t(), ar(Iv{-1}))}; }, in({3, 4}), true});
IGNIS_GRAD_CASE({"flip", "0-dim", [](const Ts& x) { return Ts{flip(x[0], ar(Iv{}))}; }, in({})});
IGNIS_GRAD_CASE({"roll", "shifts [1, -2] dims [0, 1]",
                 [](const Ts& x) {
                   return Ts{roll(x[0], ar(Iv{1, -2}), ar(Iv{0, 1}))};
                 },
                 in({3, 4}), true});
IGNIS_GRAD_CASE({"roll", "flattened, transposed",
                 [](const Ts& x) { return Ts{roll(x[0].t(), ar(Iv{5}))}; }, in({3, 4})});
IGNIS_GRAD_CASE({"repeat", "[2, 1, 3] with a new leading dim",
                 [](const Ts& x) {
                   return Ts{x[0].repeat(ar(Iv{2, 1, 3}))};
                 },
                 in({2, 3}), true});
IGNIS_GRAD_CASE({"repeat", "[3, 2] transposed",
                 [](const Ts& x) {
                   return Ts{x[0].t().repeat(ar(Iv{3, 2}))};
                 },
                 in({2, 3}), true});
IGNIS_GRAD_CASE({"repeat", "0-dim to [2, 2]",
                 [](const Ts& x) {
                   return Ts{x[0].repeat(ar(Iv{2, 2}))};
                 },
                 in({})});
IGNIS_GRAD_CASE({"tile", "[2] (padded to [1, 2])",
                 [](const Ts& x) { return Ts{tile(x[0], ar(Iv{2}))}; }, in({2, 3}), true});
IGNIS_GRAD_CASE({"tile", "[2, 1, 2] transposed",
                 [](const Ts& x) {
                   return Ts{tile(x[0].t(), ar(Iv{2, 1, 2}))};
                 },
                 in({2, 3})});
IGNIS_GRAD_CASE({"repeat_interleave.self_Tensor", "repeats [1, 0, 2] dim 0",
                 [](const Ts& x) {
                   return Ts{repeat_interleave(x[0], ints({1, 0, 2}, {3}), 0)};
                 },
                 in({3, 2}), true});
IGNIS_GRAD_CASE({"repeat_interleave.self_Tensor", "flattened, transposed",
                 [](const Ts& x) {
                   return Ts{repeat_interleave(x[0].t(), ints({2, 1, 1, 3}, {4}))};
                 },
                 in({2, 2})});
IGNIS_GRAD_CASE({"repeat_interleave.self_int", "2 along dim 1",
                 [](const Ts& x) { return Ts{repeat_interleave(x[0], int64_t{2}, 1)}; }, in({2, 3}),
                 true});
IGNIS_GRAD_CASE({"repeat_interleave.self_int", "3, 0-dim flattened",
                 [](const Ts& x) { return Ts{repeat_interleave(x[0], int64_t{3})}; }, in({})});

// ---- tril, triu

IGNIS_GRAD_CASE({"tril", "diagonal 0", [](const Ts& x) { return Ts{tril(x[0])}; }, in({3, 4}),
                 true});
IGNIS_GRAD_CASE({"tril", "diagonal -1 batched transposed",
                 [](const Ts& x) { return Ts{tril(x[0].transpose(1, 2), -1)}; }, in({2, 3, 4})});
IGNIS_GRAD_CASE({"tril", "in-place diagonal 1",
                 [](const Ts& x) {
                   Tensor y = x[0].clone();
                   tril_(y, 1);
                   return Ts{y};
                 },
                 in({4, 3}), true});
IGNIS_GRAD_CASE({"tril", "out=",
                 [](const Ts& x) {
                   Tensor o = empty({0}, {.dtype = DType::F64});
                   tril_out(o, x[0]);
                   return Ts{o};
                 },
                 in({3, 3})});
IGNIS_GRAD_CASE({"triu", "diagonal 1", [](const Ts& x) { return Ts{triu(x[0], 1)}; }, in({3, 4}),
                 true});
IGNIS_GRAD_CASE({"triu", "diagonal -1 transposed",
                 [](const Ts& x) { return Ts{triu(x[0].t(), -1)}; }, in({3, 4})});
IGNIS_GRAD_CASE({"triu", "in-place",
                 [](const Ts& x) {
                   Tensor y = x[0] * 1.0;
                   triu_(y);
                   return Ts{y};
                 },
                 in({3, 3}), true});

// ---- pad

IGNIS_GRAD_CASE({"pad", "constant [1, 2]",
                 [](const Ts& x) {
                   return Ts{pad(x[0], ar(Iv{1, 2}))};
                 },
                 in({2, 3}), true});
IGNIS_GRAD_CASE({"pad", "constant 2 dims, negative pads, value, transposed",
                 [](const Ts& x) {
                   return Ts{pad(x[0].t(), ar(Iv{-1, 1, 2, 0}), "constant", 1.5)};
                 },
                 in({4, 3}), true});
IGNIS_GRAD_CASE({"pad", "reflect [2, 1]",
                 [](const Ts& x) {
                   return Ts{pad(x[0], ar(Iv{2, 1}), "reflect")};
                 },
                 in({2, 4}), true});
IGNIS_GRAD_CASE({"pad", "reflect 2 dims transposed",
                 [](const Ts& x) {
                   return Ts{pad(x[0].transpose(1, 2), ar(Iv{1, 2, 2, 1}), "reflect")};
                 },
                 in({2, 4, 3})});
IGNIS_GRAD_CASE({"pad", "replicate [2, 3] and [1, 0]",
                 [](const Ts& x) {
                   return Ts{pad(x[0], ar(Iv{2, 3, 1, 0}), "replicate")};
                 },
                 in({2, 3}), true});

Tensor grad_of(const Tensor& y, const Tensor& x, const Tensor& g) {
  return autograd::grad({y}, {x}, {g})[0];
}

}  // namespace

TEST(ShapeGrad, CatSplitsTheGradientByInputSizes) {
  Tensor a = leaf({1, 2}, {2}), b = leaf({3, 4, 5}, {3});
  Tensor y = cat({a, empty({0}, {.dtype = DType::F64}), b});
  EXPECT_EQ(y.grad_fn()->name(), "CatBackward0");
  auto g = autograd::grad({y}, {a, b}, {f64_tensor({1, 2, 3, 4, 5}, {5})});
  EXPECT_EQ(values(g[0]), (std::vector<double>{1, 2}));
  EXPECT_EQ(values(g[1]), (std::vector<double>{3, 4, 5}));
  EXPECT_EQ(stack({a, a}).grad_fn()->name(), "StackBackward0");
}

TEST(ShapeGrad, SplitPiecesShareOneNodeAndUnusedPiecesCountAsZero) {
  Tensor x = leaf({1, 2, 3, 4, 5}, {5});
  std::vector<Tensor> p = split(x, 2);
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[0].grad_fn()->name(), "SplitBackward0");
  EXPECT_EQ(p[0].grad_fn(), p[2].grad_fn());
  EXPECT_EQ(values(grad_of(p[2], x, f64_tensor({7}, {1}))), (std::vector<double>{0, 0, 0, 0, 7}));
  EXPECT_EQ(split(x, ar(Iv{2, 3}))[0].grad_fn()->name(), "SplitWithSizesBackward0");
  std::vector<Tensor> u = unbind(x);
  EXPECT_EQ(u[3].grad_fn()->name(), "UnbindBackward0");
  EXPECT_EQ(values(grad_of(u[3], x, f64_tensor({2}, {}))), (std::vector<double>{0, 0, 0, 2, 0}));
}

TEST(ShapeGrad, RepeatSumsOverTheBlocks) {
  Tensor x = leaf({1, 2}, {2});
  Tensor y = x.repeat(ar(Iv{2, 3}));  // (2, 6)
  EXPECT_EQ(y.grad_fn()->name(), "RepeatBackward0");
  y.sum().backward();
  EXPECT_EQ(values(x.grad()), (std::vector<double>{6, 6}));
}

TEST(ShapeGrad, ReflectPadAddsTheBordersBack) {
  Tensor x = leaf({1, 2, 3}, {3});
  Tensor y = pad(x, ar(Iv{2, 1}), "reflect");  // 3 2 | 1 2 3 | 2
  EXPECT_EQ(y.grad_fn()->name(), "ReflectionPad1DBackward0");
  y.sum().backward();
  EXPECT_EQ(values(x.grad()), (std::vector<double>{1, 3, 2}));
  Tensor z = leaf({1, 2, 3}, {3});
  pad(z, ar(Iv{1, 2}), "replicate").sum().backward();
  EXPECT_EQ(values(z.grad()), (std::vector<double>{2, 1, 3}));
  EXPECT_EQ(pad(z, ar(Iv{1, 1})).grad_fn()->name(), "ConstantPadNdBackward0");
}

TEST(ShapeGrad, FlipRollTrilRecordTheirNodes) {
  Tensor x = leaf({1, 2, 3, 4}, {2, 2});
  EXPECT_EQ(flip(x, ar(Iv{0})).grad_fn()->name(), "FlipBackward0");
  EXPECT_EQ(roll(x, ar(Iv{1}), ar(Iv{1})).grad_fn()->name(), "RollBackward0");
  Tensor r = roll(x, ar(Iv{1}));  // flattened: 4 1 2 3
  EXPECT_EQ(values(grad_of(r, x, f64_tensor({10, 20, 30, 40}, {2, 2}))),
            (std::vector<double>{20, 30, 40, 10}));
  Tensor t = tril(x);
  EXPECT_EQ(t.grad_fn()->name(), "TrilBackward0");
  EXPECT_EQ(values(grad_of(t, x, f64_tensor({1, 1, 1, 1}, {2, 2}))),
            (std::vector<double>{1, 0, 1, 1}));
}

TEST(ShapeGrad, InPlaceTrilOnALeafIsAnErrorAndOnANonLeafRecords) {
  Tensor x = leaf({1, 2, 3, 4}, {2, 2});
  EXPECT_THROW(tril_(x), InvalidArgumentError);
  EXPECT_THROW(triu_(x), InvalidArgumentError);
  Tensor y = x * 2.0;
  triu_(y);
  EXPECT_EQ(y.grad_fn()->name(), "TriuBackward0");
  y.sum().backward();
  EXPECT_EQ(values(x.grad()), (std::vector<double>{2, 2, 0, 2}));
}

TEST(ShapeGrad, InPlaceTrilOfASavedResultIsAnErrorAtBackward) {
  Tensor x = leaf({1, 2, 3, 4}, {2, 2});
  Tensor y = exp(x);  // ExpBackward0 saves y
  tril_(y);
  try {
    y.sum().backward();
    FAIL() << "expected an error";
  } catch (const InvalidArgumentError& e) {
    EXPECT_NE(std::string(e.what()).find("modified by an in-place operation"), std::string::npos)
        << e.what();
  }
}

TEST(ShapeGrad, NoHistoryUnderNoGrad) {
  Tensor x = leaf({1, 2, 3, 4}, {2, 2});
  NoGradGuard g;
  EXPECT_FALSE(cat({x, x}).requires_grad());
  EXPECT_FALSE(split(x, 1)[0].requires_grad());
  EXPECT_FALSE(pad(x, ar(Iv{1, 1}), "reflect").requires_grad());
}
