// gradcheck cases for the pools and interpolate (f64, small shapes); gradgradcheck for the
// linear ones (average pools, interpolation) and the max pools (scatter_add of grad).
#include <gtest/gtest.h>

#include "autograd/engine.h"
#include "autograd/grad_harness.h"
#include "ops/operators.h"
#include "ops/ops.gen.h"

using namespace ignis;
using namespace ignis::test;

namespace {

using Ts = std::vector<Tensor>;
using V = std::vector<int64_t>;

// Distinct values so that maxima are unique (finite differences need no ties).
std::function<Ts()> in(V shape) {
  return [=] {
    int64_t n = 1;
    for (int64_t s : shape) n *= s;
    Tensor t = arange(n, {.dtype = DType::F64});
    Generator g(5);
    Tensor perm = argsort(rand({n}, &g, {.dtype = DType::F64}));
    return Ts{(t.index_select(0, perm) * 0.37).reshape(shape).detach().set_requires_grad(true)};
  };
}

IGNIS_GRAD_CASE({"max_pool2d", "pad ceil",
                 [](const Ts& x) {
                   return Ts{max_pool2d(x[0], {3, 2}, {2, 1}, {1, 1}, {1}, true)};
                 },
                 in({2, 2, 5, 4}), true});
IGNIS_GRAD_CASE({"max_pool2d_with_indices", "dilation",
                 [](const Ts& x) {
                   return Ts{std::get<0>(max_pool2d_with_indices(x[0], {2}, {1}, V{0}, {2}))};
                 },
                 in({1, 2, 5, 5}), true});
IGNIS_GRAD_CASE({"max_pool1d", "stride",
                 [](const Ts& x) { return Ts{max_pool1d(x[0], {3}, {2}, {1})}; }, in({2, 3, 7}),
                 true});
IGNIS_GRAD_CASE({"adaptive_max_pool2d", "3x2",
                 [](const Ts& x) {
                   return Ts{std::get<0>(adaptive_max_pool2d(x[0], {3, 2}))};
                 },
                 in({1, 2, 5, 5}), true});
IGNIS_GRAD_CASE({"avg_pool2d", "pad ceil no-count-pad",
                 [](const Ts& x) { return Ts{avg_pool2d(x[0], {3}, {2}, {1}, true, false)}; },
                 in({2, 2, 5, 4}), true});
IGNIS_GRAD_CASE({"avg_pool2d", "divisor_override unbatched",
                 [](const Ts& x) { return Ts{avg_pool2d(x[0], {2}, {1}, V{0}, false, true, 3)}; },
                 in({2, 4, 3}), true});
IGNIS_GRAD_CASE({"avg_pool1d", "pad",
                 [](const Ts& x) { return Ts{avg_pool1d(x[0], {3}, {2}, {1})}; }, in({2, 2, 7}),
                 true});
IGNIS_GRAD_CASE({"adaptive_avg_pool1d", "3",
                 [](const Ts& x) { return Ts{adaptive_avg_pool1d(x[0], {3})}; }, in({2, 2, 7}),
                 true});
IGNIS_GRAD_CASE({"adaptive_avg_pool2d", "3x2",
                 [](const Ts& x) {
                   return Ts{adaptive_avg_pool2d(x[0], {3, 2})};
                 },
                 in({1, 2, 5, 5}), true});
IGNIS_GRAD_CASE({"interpolate", "bilinear",
                 [](const Ts& x) {
                   return Ts{interpolate(x[0], V{5, 3}, std::nullopt, "bilinear")};
                 },
                 in({1, 2, 3, 4}), true});
IGNIS_GRAD_CASE({"interpolate", "nearest x2",
                 [](const Ts& x) { return Ts{interpolate(x[0], std::nullopt, 2.0)}; },
                 in({1, 2, 3, 2}), true});
IGNIS_GRAD_CASE({"interpolate", "linear align_corners",
                 [](const Ts& x) {
                   return Ts{interpolate(x[0], V{7}, std::nullopt, "linear", true)};
                 },
                 in({2, 1, 4}), true});

TEST(PoolGradTest, MaxPoolGradGoesToArgmax) {
  Tensor x = f64_tensor({1, 5, 3, 2}, {1, 1, 2, 2}).set_requires_grad(true);
  max_pool2d(x, {2}).sum().backward();
  EXPECT_EQ(values(x.grad()), (std::vector<double>{0, 1, 0, 0}));
}

// Without create_graph the max pools' backward is a fused kernel; with it, scatter_add. Both
// must agree, overlapping windows (an input that is the max of several) and ties included.
TEST(PoolGradTest, FusedMaxBackwardMatchesScatterAdd) {
  for (DType dt : {DType::F32, DType::F64}) {
    Tensor x = sample({2, 3, 7, 6}, dt, -2, 2, 9).round().set_requires_grad(true);  // ties
    Tensor y = max_pool2d(x, {3}, {2}, V{1}, {1}, true);
    Tensor gy = sample(y.shape(), dt, -1, 1, 10);
    Tensor fused = autograd::grad({y}, {x}, {gy}, true)[0];
    Tensor composite = autograd::grad({y}, {x}, {gy}, false, true)[0];
    EXPECT_FALSE(fused.requires_grad());
    expect_close(fused, composite.detach(), std::string("max_pool2d backward ") + dtype_name(dt));
  }
}

}  // namespace
