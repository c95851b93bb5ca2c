// Gradients of the index ops (cpp/ops/index_grad.cpp): gradcheck cases for every differentiable
// index op (duplicate indices, broadcast masks, sources larger than the index, non-contiguous
// inputs, in-place forms) and of advanced indexing, plus direct checks of values, node names
// and errors.
#include <gtest/gtest.h>

#include "autograd/engine.h"
#include "autograd/grad_harness.h"
#include "ops/indexing.h"
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
Tensor bools(std::vector<double> v, Iv shape) { return f64_tensor(v, shape).to(DType::Bool); }

// ---- index_select, gather, take

IGNIS_GRAD_CASE({"index_select", "dim 0, duplicates",
                 [](const Ts& x) {
                   return Ts{index_select(x[0], 0, ints({2, 0, 2}, {3}))};
                 },
                 in({3, 4}), true});
IGNIS_GRAD_CASE({"index_select", "dim 1 transposed, int32 index",
                 [](const Ts& x) {
                   return Ts{index_select(x[0].t(), 1, ints({1, 1, 0}, {3}).to(DType::I32))};
                 },
                 in({3, 2}), true});
IGNIS_GRAD_CASE({"index_select", "0-dim",
                 [](const Ts& x) { return Ts{index_select(x[0], 0, ints({0}, {1}))}; }, in({})});
IGNIS_GRAD_CASE({"gather", "dim 1, duplicates",
                 [](const Ts& x) {
                   return Ts{gather(x[0], 1, ints({0, 3, 3, 1, 2, 0}, {3, 2}))};
                 },
                 in({3, 4}), true});
IGNIS_GRAD_CASE({"gather", "dim 0 transposed, smaller index",
                 [](const Ts& x) {
                   return Ts{gather(x[0].t(), 0, ints({1, 0, 1, 1}, {2, 2}))};
                 },
                 in({3, 2}), true});
IGNIS_GRAD_CASE({"take", "duplicates and negative indices",
                 [](const Ts& x) {
                   return Ts{take(x[0], ints({0, -1, 5, 0}, {2, 2}))};
                 },
                 in({2, 3}), true});
IGNIS_GRAD_CASE({"take", "transposed",
                 [](const Ts& x) {
                   return Ts{take(x[0].t(), ints({1, 4, 2}, {3}))};
                 },
                 in({2, 3})});

// ---- scatter, scatter_add, index_add (indices distinct per row where values overwrite)

Tensor scatter_index() { return ints({0, 2, 3, 1, 0, 2}, {2, 3}); }

IGNIS_GRAD_CASE({"scatter.src", "dim 1, src larger than index",
                 [](const Ts& x) { return Ts{scatter(x[0], 1, scatter_index(), x[1])}; },
                 in2({3, 4}, {2, 4}), true});
IGNIS_GRAD_CASE({"scatter.src", "reduce add, transposed self",
                 [](const Ts& x) { return Ts{scatter(x[0].t(), 1, scatter_index(), x[1], "add")}; },
                 in2({4, 3}, {2, 3}), true});
IGNIS_GRAD_CASE({"scatter.src", "in-place",
                 [](const Ts& x) {
                   Tensor y = x[0].clone();
                   scatter_(y, 1, scatter_index(), x[1]);
                   return Ts{y};
                 },
                 in2({3, 4}, {2, 3})});
IGNIS_GRAD_CASE({"scatter.value", "dim 1",
                 [](const Ts& x) { return Ts{scatter(x[0], 1, scatter_index(), Scalar(2.5))}; },
                 in({3, 4}), true});
IGNIS_GRAD_CASE({"scatter.value", "reduce add, in-place",
                 [](const Ts& x) {
                   Tensor y = x[0] * 1.0;
                   scatter_(y, 1, scatter_index(), Scalar(2.5), "add");
                   return Ts{y};
                 },
                 in({3, 4})});
IGNIS_GRAD_CASE({"scatter_add", "dim 0, duplicates, src larger than index",
                 [](const Ts& x) {
                   return Ts{scatter_add(x[0], 0, ints({0, 2, 0, 0, 0, 1}, {2, 3}), x[1])};
                 },
                 in2({3, 3}, {3, 4}), true});
IGNIS_GRAD_CASE({"scatter_add", "in-place, transposed src",
                 [](const Ts& x) {
                   Tensor y = x[0].clone();
                   scatter_add_(y, 1, ints({1, 1, 0, 2}, {2, 2}), x[1].t());
                   return Ts{y};
                 },
                 in2({2, 3}, {2, 2}), true});
IGNIS_GRAD_CASE({"index_add", "dim 0, duplicates, alpha 2",
                 [](const Ts& x) {
                   return Ts{index_add(x[0], 0, ints({1, 1, 0}, {3}), x[1], 2)};
                 },
                 in2({2, 4}, {3, 4}), true});
IGNIS_GRAD_CASE({"index_add", "dim 1 in-place, transposed source",
                 [](const Ts& x) {
                   Tensor y = x[0].clone();
                   index_add_(y, 1, ints({2, 0}, {2}), x[1].t());
                   return Ts{y};
                 },
                 in2({3, 3}, {2, 3}), true});
IGNIS_GRAD_CASE({"index_add", "0-dim",
                 [](const Ts& x) { return Ts{index_add(x[0], 0, ints({0}, {1}), x[1], 0.5)}; },
                 in2({}, {})});

// ---- index_put, advanced indexing

IGNIS_GRAD_CASE({"index_put", "accumulate, duplicates, broadcast values",
                 [](const Ts& x) {
                   return Ts{index_put(x[0], {ints({0, 2, 0}, {3})}, x[1], true)};
                 },
                 in2({4, 3}, {3}), true});
IGNIS_GRAD_CASE({"index_put", "overwrite, full slice then index",
                 [](const Ts& x) {
                   return Ts{index_put(x[0].t(), {Tensor(), ints({2, 0}, {2})}, x[1])};
                 },
                 in2({3, 4}, {4, 2}), true});
IGNIS_GRAD_CASE({"index_put", "in-place, bool mask",
                 [](const Ts& x) {
                   Tensor y = x[0].clone();
                   index_put_(y, std::vector<Tensor>{bools({1, 0, 1, 1, 0, 0}, {2, 3})}, x[1]);
                   return Ts{y};
                 },
                 in2({2, 3}, {3})});
IGNIS_GRAD_CASE({"index", "tensor, slice, duplicates",
                 [](const Ts& x) {
                   return Ts{index(x[0], {ints({1, 1, 0}, {3}), indexing::Slice{1, std::nullopt}})};
                 },
                 in({2, 3}), true});
IGNIS_GRAD_CASE({"index", "two tensors around a slice, transposed",
                 [](const Ts& x) {
                   return Ts{index(x[0].transpose(0, 2),
                                   {ints({0, 1}, {2}), indexing::Slice{}, ints({2, 0}, {2})})};
                 },
                 in({3, 2, 2})});
IGNIS_GRAD_CASE({"index", "bool mask",
                 [](const Ts& x) {
                   return Ts{index(x[0], {bools({0, 1, 1}, {3})})};
                 },
                 in({3, 2})});
IGNIS_GRAD_CASE({"index_put_", "indexing API, slice and tensor",
                 [](const Ts& x) {
                   Tensor y = x[0] * 1.0;
                   index_put_(y, {indexing::Slice{}, ints({2, 0}, {2})}, x[1]);
                   return Ts{y};
                 },
                 in2({2, 3}, {2, 2}), true});
IGNIS_GRAD_CASE({"index_put_", "indexing API, basic only",
                 [](const Ts& x) {
                   Tensor y = x[0] * 1.0;
                   index_put_(y, {1, indexing::Slice{0, 2}}, x[1]);
                   return Ts{y};
                 },
                 in2({2, 3}, {2})});

// ---- masked ops

IGNIS_GRAD_CASE({"masked_fill.Scalar", "broadcast mask",
                 [](const Ts& x) {
                   return Ts{masked_fill(x[0], bools({1, 0, 0, 1}, {4}), 3.0)};
                 },
                 in({3, 4}), true});
IGNIS_GRAD_CASE({"masked_fill.Scalar", "mask larger than self, transposed",
                 [](const Ts& x) {
                   return Ts{masked_fill(x[0].t(), bools({1, 0, 0, 1, 1, 0}, {2, 3}), 0.0)};
                 },
                 in({3, 1}), true});
IGNIS_GRAD_CASE({"masked_fill.Scalar", "in-place",
                 [](const Ts& x) {
                   Tensor y = x[0].clone();
                   masked_fill_(y, bools({0, 1, 1}, {3}), -1.0);
                   return Ts{y};
                 },
                 in({2, 3}), true});
IGNIS_GRAD_CASE({"masked_fill.Tensor", "0-dim value",
                 [](const Ts& x) {
                   return Ts{masked_fill(x[0], bools({1, 0, 0, 1}, {4}), x[1])};
                 },
                 in2({3, 4}, {}), true});
IGNIS_GRAD_CASE({"masked_fill.Tensor", "in-place, transposed",
                 [](const Ts& x) {
                   Tensor y = x[0].t().clone();
                   masked_fill_(y, bools({1, 0, 1, 0, 0, 1}, {3, 2}), x[1]);
                   return Ts{y};
                 },
                 in2({2, 3}, {})});
IGNIS_GRAD_CASE({"masked_select", "broadcast mask",
                 [](const Ts& x) {
                   return Ts{masked_select(x[0], bools({0, 1, 1}, {3}))};
                 },
                 in({2, 3}), true});
IGNIS_GRAD_CASE({"masked_select", "self broadcast, transposed",
                 [](const Ts& x) {
                   return Ts{masked_select(x[0].t(), bools({1, 0, 1, 1, 0, 1}, {2, 3}))};
                 },
                 in({1, 2}), true});
IGNIS_GRAD_CASE({"masked_scatter", "source larger than needed",
                 [](const Ts& x) {
                   return Ts{masked_scatter(x[0], bools({1, 0, 1}, {3}), x[1])};
                 },
                 in2({2, 3}, {2, 3}), true});
IGNIS_GRAD_CASE({"masked_scatter", "in-place, transposed source",
                 [](const Ts& x) {
                   Tensor y = x[0].clone();
                   masked_scatter_(y, bools({0, 1, 1, 0}, {2, 2}), x[1].t());
                   return Ts{y};
                 },
                 in2({2, 2}, {1, 2})});

Tensor grad_of(const Tensor& y, const Tensor& x, const Tensor& g) {
  return autograd::grad({y}, {x}, {g})[0];
}

}  // namespace

TEST(IndexGrad, AdvancedIndexingSumsDuplicates) {
  Tensor x = leaf({1, 2, 3}, {3});
  Tensor y = index(x, {ints({2, 0, 2}, {3})});
  EXPECT_EQ(y.grad_fn()->name(), "IndexBackward0");
  y.sum().backward();
  EXPECT_EQ(values(x.grad()), (std::vector<double>{1, 0, 2}));
  // Basic indexing gives a view that records through the view ops.
  EXPECT_EQ(index(x, {1}).grad_fn()->name(), "SelectBackward0");
}

TEST(IndexGrad, GatherAndIndexSelectScatterBack) {
  Tensor x = leaf({1, 2, 3, 4}, {2, 2});
  Tensor g = gather(x, 1, ints({1, 1, 0, 1}, {2, 2}));
  EXPECT_EQ(g.grad_fn()->name(), "GatherBackward0");
  EXPECT_EQ(values(grad_of(g, x, f64_tensor({1, 2, 3, 4}, {2, 2}))),
            (std::vector<double>{0, 3, 3, 4}));
  Tensor s = index_select(x, 0, ints({1, 1}, {2}));
  EXPECT_EQ(s.grad_fn()->name(), "IndexSelectBackward0");
  EXPECT_EQ(values(grad_of(s, x, f64_tensor({1, 2, 3, 4}, {2, 2}))),
            (std::vector<double>{0, 0, 4, 6}));
}

TEST(IndexGrad, ScatterOverwritesAndScatterAddKeepsSelfsGradient) {
  Tensor x = leaf({1, 2, 3}, {3}), src = leaf({10, 20}, {2});
  Tensor i = ints({2, 0}, {2});
  Tensor y = scatter(x, 0, i, src);
  EXPECT_EQ(y.grad_fn()->name(), "ScatterBackward0");
  auto g = autograd::grad({y}, {x, src}, {f64_tensor({1, 2, 3}, {3})});
  EXPECT_EQ(values(g[0]), (std::vector<double>{0, 2, 0}));
  EXPECT_EQ(values(g[1]), (std::vector<double>{3, 1}));
  Tensor z = scatter_add(x, 0, i, src);
  EXPECT_EQ(z.grad_fn()->name(), "ScatterAddBackward0");
  g = autograd::grad({z}, {x, src}, {f64_tensor({1, 2, 3}, {3})});
  EXPECT_EQ(values(g[0]), (std::vector<double>{1, 2, 3}));
  EXPECT_EQ(values(g[1]), (std::vector<double>{3, 1}));
}

TEST(IndexGrad, ScatterMultiplyHasNoDerivative) {
  Tensor x = leaf({1, 2, 3}, {3}), src = leaf({10, 20}, {2});
  Tensor y = scatter(x, 0, ints({2, 0}, {2}), src, "multiply");
  EXPECT_EQ(y.grad_fn()->name(), "NotImplemented");
  EXPECT_THROW(y.sum().backward(), UnsupportedError);
}

TEST(IndexGrad, MaskedOpsRouteTheGradientByTheMask) {
  Tensor x = leaf({1, 2, 3}, {3}), v = leaf({5}, {});
  Tensor m = bools({1, 0, 1}, {3});
  Tensor y = masked_fill(x, m, v);
  EXPECT_EQ(y.grad_fn()->name(), "MaskedFillBackward1");
  auto g = autograd::grad({y}, {x, v}, {f64_tensor({1, 2, 3}, {3})});
  EXPECT_EQ(values(g[0]), (std::vector<double>{0, 2, 0}));
  EXPECT_EQ(values(g[1]), (std::vector<double>{4}));
  Tensor s = masked_select(x, m);
  EXPECT_EQ(values(grad_of(s, x, f64_tensor({7, 8}, {2}))), (std::vector<double>{7, 0, 8}));
}

TEST(IndexGrad, InPlaceOnALeafIsAnError) {
  Tensor x = leaf({1, 2, 3}, {3});
  Tensor i = ints({0}, {1});
  EXPECT_THROW(scatter_(x, 0, i, Scalar(1.0)), InvalidArgumentError);
  EXPECT_THROW(index_add_(x, 0, i, leaf({1}, {1})), InvalidArgumentError);
  EXPECT_THROW(masked_fill_(x, bools({1, 0, 0}, {3}), 0.0), InvalidArgumentError);
  EXPECT_THROW(index_put_(x, std::vector<Tensor>{i}, f64_tensor({1}, {1})), InvalidArgumentError);
}

TEST(IndexGrad, ModifiedSavedIndexIsAnError) {
  Tensor x = leaf({1, 2, 3}, {3});
  Tensor i = ints({2, 0}, {2});
  Tensor y = gather(x, 0, i);
  i.fill_(1);
  try {
    y.sum().backward();
    FAIL() << "expected an error";
  } catch (const InvalidArgumentError& e) {
    EXPECT_NE(std::string(e.what()).find("modified by an in-place operation"), std::string::npos)
        << e.what();
    EXPECT_NE(std::string(e.what()).find("GatherBackward0"), std::string::npos) << e.what();
  }
}

TEST(IndexGrad, IndexPutInPlaceOnANonLeafRecords) {
  Tensor x = leaf({1, 2, 3}, {3}), v = leaf({9}, {1});
  Tensor y = x * 2.0;
  index_put_(y, std::vector<Tensor>{ints({1}, {1})}, v);
  EXPECT_EQ(y.grad_fn()->name(), "IndexPutBackward0");
  y.sum().backward();
  EXPECT_EQ(values(x.grad()), (std::vector<double>{2, 0, 2}));
  EXPECT_EQ(values(v.grad()), (std::vector<double>{1}));
}
