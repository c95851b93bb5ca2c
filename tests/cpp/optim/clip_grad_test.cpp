// clip_grad_norm_ and clip_grad_value_ against torch.nn.utils (1.13, values pasted here).
#include "optim/clip_grad.h"

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "ops/ops.gen.h"
#include "test_util.h"

namespace ignis::optim {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

struct ClipCase {
  double norm_type, max_norm, total;
  std::vector<double> ga, gb;  // gradients after clipping
};

// clang-format off
const std::vector<ClipCase> kCases = {
    {2.0, 1.0, 13.200378782444085, {0.22726618850692965, -0.3030215846759062, 0.07575539616897654, 0.1515107923379531}, {0.03787769808448827, -0.9090647540277186}},
    {1.0, 5.0, 22.5, {0.6666666370370384, -0.8888888493827178, 0.22222221234567946, 0.4444444246913589}, {0.11111110617283973, -2.6666665481481537}},
    {3.0, 2.0, 12.227433116271866, {0.49069984290615787, -0.6542664572082105, 0.16356661430205263, 0.32713322860410526}, {0.08178330715102632, -1.9627993716246315}},
    {kInf, 3.0, 12.0, {0.7499999375000053, -0.9999999166666738, 0.24999997916666844, 0.4999999583333369}, {0.12499998958333422, -2.999999750000021}},
    {2.0, 100.0, 13.200378782444085, {3.0, -4.0, 1.0, 2.0}, {0.5, -12.0}},
};
// clang-format on

std::pair<Tensor, Tensor> params_with_grads() {
  Tensor a = zeros({2, 2}, {.dtype = DType::F64, .requires_grad = true});
  Tensor b = zeros({2}, {.dtype = DType::F64, .requires_grad = true});
  std::vector<double> ga = {3.0, -4.0, 1.0, 2.0}, gb = {0.5, -12.0};
  a.set_grad(from_data(ga.data(), {2, 2}, DType::F64));
  b.set_grad(from_data(gb.data(), {2}, DType::F64));
  return {a, b};
}

TEST(ClipGrad, NormMatchesTorch) {
  for (const ClipCase& c : kCases) {
    auto [a, b] = params_with_grads();
    Tensor total = clip_grad_norm_({a, b}, c.max_norm, c.norm_type);
    EXPECT_EQ(total.dim(), 0);
    EXPECT_NEAR(total.item<double>(), c.total, 1e-9) << "norm_type " << c.norm_type;
    std::vector<double> ga = test::values(a.grad()), gb = test::values(b.grad());
    for (size_t i = 0; i < ga.size(); ++i) EXPECT_NEAR(ga[i], c.ga[i], 1e-9) << c.norm_type;
    for (size_t i = 0; i < gb.size(); ++i) EXPECT_NEAR(gb[i], c.gb[i], 1e-9) << c.norm_type;
  }
}

TEST(ClipGrad, NonFiniteNorm) {
  auto [a, b] = params_with_grads();
  std::vector<double> bad = {kInf, 1.0};
  b.set_grad(from_data(bad.data(), {2}, DType::F64));
  test::expect_error<InvalidArgumentError>(
      [&] {
        clip_grad_norm_({a, b}, 1.0, 2.0, /*error_if_nonfinite=*/true);
      },
      {"clip_grad_norm_", "inf", "error_if_nonfinite"});
  EXPECT_TRUE(std::isinf(clip_grad_norm_({a, b}, 1.0).item<double>()));
}

TEST(ClipGrad, NoGradientsGiveZero) {
  Tensor a = zeros({2}, {.requires_grad = true});
  EXPECT_EQ(clip_grad_norm_({a}, 1.0).item<double>(), 0.0);
}

TEST(ClipGrad, Value) {
  auto [a, b] = params_with_grads();
  clip_grad_value_({a, b}, 2.5);
  EXPECT_EQ(test::values(a.grad()), (std::vector<double>{2.5, -2.5, 1.0, 2.0}));
  EXPECT_EQ(test::values(b.grad()), (std::vector<double>{0.5, -2.5}));
}

}  // namespace
}  // namespace ignis::optim
