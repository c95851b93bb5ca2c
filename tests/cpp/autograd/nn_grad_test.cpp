// Gradcheck cases of the nn family (cpp/ops/nn_grad.cpp and the composed nn ops), with
// gradgradcheck for softmax, log_softmax, the norms, linear and attention.
#include <gtest/gtest.h>

#include "autograd/grad_harness.h"
#include "ops/operators.h"
#include "tensor/generator.h"
#include "tensor/graph.h"

using namespace ignis;
using namespace ignis::test;

namespace {

using Ts = std::vector<Tensor>;
std::function<Ts()> in(std::vector<std::vector<int64_t>> shapes, double lo = -2, double hi = 2) {
  return [=] {
    Ts r;
    uint64_t seed = 7;
    for (auto& s : shapes) r.push_back(grad_input(s, lo, hi, seed++));
    return r;
  };
}

IGNIS_GRAD_CASE({"softmax", "dim 1", [](const Ts& x) { return Ts{softmax(x[0], 1)}; }, in({{3, 4}}),
                 true});
IGNIS_GRAD_CASE({"softmax", "dim 0 transposed",
                 [](const Ts& x) { return Ts{softmax(x[0].t(), 0)}; }, in({{3, 4}}), true});
IGNIS_GRAD_CASE({"softmax", "0-dim", [](const Ts& x) { return Ts{softmax(x[0], 0)}; }, in({{}}),
                 true});
IGNIS_GRAD_CASE({"log_softmax", "dim -1", [](const Ts& x) { return Ts{log_softmax(x[0], -1)}; },
                 in({{2, 3, 4}}), true});
IGNIS_GRAD_CASE({"log_softmax", "dim 1 of 3", [](const Ts& x) { return Ts{log_softmax(x[0], 1)}; },
                 in({{2, 3, 4}}), true});
IGNIS_GRAD_CASE({"dropout", "seeded",
                 [](const Ts& x) {
                   manual_seed(3);
                   return Ts{dropout(x[0], 0.4, true)};
                 },
                 in({{4, 5}}), true});
IGNIS_GRAD_CASE({"alpha_dropout", "seeded",
                 [](const Ts& x) {
                   manual_seed(3);
                   return Ts{alpha_dropout(x[0], 0.3, true)};
                 },
                 in({{4, 5}}), true});
IGNIS_GRAD_CASE({"linear", "bias, 3-D input",
                 [](const Ts& x) { return Ts{linear(x[0], x[1], x[2])}; },
                 in({{2, 3, 4}, {5, 4}, {5}}), true});
IGNIS_GRAD_CASE({"linear", "no bias, transposed weight",
                 [](const Ts& x) { return Ts{linear(x[0], x[1].t())}; }, in({{3, 4}, {4, 2}}),
                 true});
IGNIS_GRAD_CASE({"bilinear", "bias",
                 [](const Ts& x) { return Ts{bilinear(x[0], x[1], x[2], x[3])}; },
                 in({{3, 2}, {3, 4}, {5, 2, 4}, {5}}), true});
IGNIS_GRAD_CASE({"embedding", "repeated rows",
                 [](const Ts& x) {
                   return Ts{embedding(x[0], tensor<int64_t>({0, 1, 3, 0, 2, 1}).view({2, 3}))};
                 },
                 in({{4, 3}}), true});

// dropout runs one fused kernel on the CPU; it draws the mask bernoulli_(1 - p) would draw,
// so it equals the composite x * mask / (1 - p), and its gradient is mask / (1 - p).
TEST(NnGrad, DropoutFusedMatchesComposite) {
  for (DType dt : {DType::F32, DType::F64}) {
    Tensor x = randn({37, 29}, nullptr, {.dtype = dt}).set_requires_grad(true);
    manual_seed(11);
    Tensor y = dropout(x, 0.3, true);
    EXPECT_EQ(y.grad_fn()->name(), "NativeDropoutBackward0");
    manual_seed(11);
    Tensor mask = empty({37, 29}, {.dtype = dt}).bernoulli_(0.7).mul_(1.0 / 0.7);
    EXPECT_EQ(values(y), values(x.detach() * mask)) << dtype_name(dt);
    Tensor g = randn({37, 29}, nullptr, {.dtype = dt});
    y.backward(g);
    EXPECT_EQ(values(x.grad()), values(g * mask)) << dtype_name(dt);
    // A strided input is read in logical order.
    manual_seed(11);
    Tensor xt = x.detach().t().contiguous().t();
    EXPECT_EQ(values(dropout(xt, 0.3, true)), values(x.detach() * mask)) << dtype_name(dt);
  }
}

// The padding row gets no gradient although the output reads it (PyTorch's rule), so it is
// checked directly rather than by gradcheck.
TEST(NnGrad, EmbeddingPaddingRowGetsNoGradient) {
  Tensor w = grad_input({4, 3});
  Tensor y = embedding(w, tensor<int64_t>({0, 1, 3, 0, 1}), 1);
  sum(y).backward();
  expect_close(w.grad(), f64_tensor({2, 2, 2, 0, 0, 0, 0, 0, 0, 1, 1, 1}, {4, 3}), "grad");
}
IGNIS_GRAD_CASE({"embedding_bag", "mean",
                 [](const Ts& x) {
                   return Ts{embedding_bag(x[0], tensor<int64_t>({0, 1, 3, 0, 2, 1}),
                                           tensor<int64_t>({0, 2, 2, 5}), "mean")};
                 },
                 in({{4, 3}}), true});
IGNIS_GRAD_CASE({"embedding_bag", "max",
                 [](const Ts& x) {
                   return Ts{embedding_bag(x[0], tensor<int64_t>({0, 1, 3, 0, 2}),
                                           tensor<int64_t>({0, 2}), "max")};
                 },
                 in({{4, 3}}), false});
IGNIS_GRAD_CASE({"embedding_bag", "sum per_sample_weights",
                 [](const Ts& x) {
                   return Ts{embedding_bag(x[0], tensor<int64_t>({0, 1, 3, 0, 2}),
                                           tensor<int64_t>({0, 2}), "sum", x[1])};
                 },
                 in({{4, 3}, {5}}), true});
IGNIS_GRAD_CASE({"batch_norm", "training",
                 [](const Ts& x) {
                   return Ts{batch_norm(x[0], std::nullopt, std::nullopt, x[1], x[2], true)};
                 },
                 in({{4, 3, 2}, {3}, {3}}), true});
IGNIS_GRAD_CASE({"batch_norm", "eval",
                 [](const Ts& x) {
                   return Ts{batch_norm(x[0], zeros({3}, {.dtype = DType::F64}),
                                        ones({3}, {.dtype = DType::F64}), x[1], x[2], false)};
                 },
                 in({{4, 3}, {3}, {3}}), true});
IGNIS_GRAD_CASE({"layer_norm", "affine",
                 [](const Ts& x) { return Ts{layer_norm(x[0], {4}, x[1], x[2])}; },
                 in({{3, 4}, {4}, {4}}), true});
IGNIS_GRAD_CASE({"layer_norm", "2 dims, no affine, transposed",
                 [](const Ts& x) {
                   return Ts{layer_norm(x[0].transpose(0, 2), {3, 2})};
                 },
                 in({{2, 3, 4}}), true});
IGNIS_GRAD_CASE({"layer_norm", "weight only",
                 [](const Ts& x) { return Ts{layer_norm(x[0], {4}, x[1])}; }, in({{3, 4}, {4}}),
                 true});
IGNIS_GRAD_CASE({"group_norm", "2 groups",
                 [](const Ts& x) { return Ts{group_norm(x[0], 2, x[1], x[2])}; },
                 in({{2, 4, 3}, {4}, {4}}), true});
IGNIS_GRAD_CASE({"rms_norm", "weight", [](const Ts& x) { return Ts{rms_norm(x[0], {4}, x[1])}; },
                 in({{3, 4}, {4}}), true});
IGNIS_GRAD_CASE({"instance_norm", "affine",
                 [](const Ts& x) { return Ts{instance_norm(x[0], x[1], x[2])}; },
                 in({{2, 3, 4}, {3}, {3}}), true});
IGNIS_GRAD_CASE({"cosine_similarity", "broadcast",
                 [](const Ts& x) { return Ts{cosine_similarity(x[0], x[1], 1)}; },
                 in({{3, 4}, {4}}), true});
IGNIS_GRAD_CASE({"pairwise_distance", "p=2",
                 [](const Ts& x) { return Ts{pairwise_distance(x[0], x[1])}; },
                 in({{3, 4}, {3, 4}}), true});
IGNIS_GRAD_CASE({"scaled_dot_product_attention", "float mask",
                 [](const Ts& x) {
                   return Ts{scaled_dot_product_attention(x[0], x[1], x[2], x[3])};
                 },
                 in({{2, 3, 4}, {2, 5, 4}, {2, 5, 3}, {3, 5}}), true});
IGNIS_GRAD_CASE({"scaled_dot_product_attention", "causal",
                 [](const Ts& x) {
                   return Ts{
                       scaled_dot_product_attention(x[0], x[1], x[2], std::nullopt, 0.0, true)};
                 },
                 in({{2, 4, 3}, {2, 4, 3}, {2, 4, 2}}), true});

}  // namespace
