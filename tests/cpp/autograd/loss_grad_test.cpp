// Gradcheck and gradgradcheck cases of the losses (cpp/ops/loss.cpp, loss_grad.cpp).
#include "autograd/grad_harness.h"

using namespace ignis;
using namespace ignis::test;

namespace {

using Ts = std::vector<Tensor>;
std::function<Ts()> in(std::vector<std::vector<int64_t>> shapes, double lo = -2, double hi = 2) {
  return [=] {
    Ts r;
    uint64_t seed = 11;
    for (auto& s : shapes) r.push_back(grad_input(s, lo, hi, seed++));
    return r;
  };
}
Tensor targets() { return tensor<int64_t>({1, 0, -100, 3, 2}); }

IGNIS_GRAD_CASE({"cross_entropy", "fused, weight, ignore",
                 [](const Ts& x) {
                   return Ts{cross_entropy(x[0], targets(), f64_tensor({1, 2, 0.5, 1.5}, {4}))};
                 },
                 in({{5, 4}}), true});
IGNIS_GRAD_CASE({"cross_entropy", "fused sum",
                 [](const Ts& x) {
                   return Ts{cross_entropy(x[0], targets(), std::nullopt, -100, "sum")};
                 },
                 in({{5, 4}}), true});
IGNIS_GRAD_CASE({"cross_entropy", "label smoothing",
                 [](const Ts& x) {
                   return Ts{cross_entropy(x[0], targets(), std::nullopt, -100, "mean", 0.2)};
                 },
                 in({{5, 4}}), true});
IGNIS_GRAD_CASE({"cross_entropy", "probabilities",
                 [](const Ts& x) { return Ts{cross_entropy(x[0], softmax(x[1], 1))}; },
                 in({{3, 4}, {3, 4}}), true});
IGNIS_GRAD_CASE({"nll_loss", "3-D none",
                 [](const Ts& x) {
                   return Ts{nll_loss(x[0], tensor<int64_t>({1, 0, 2, 2}).view({2, 2}),
                                      std::nullopt, -100, "none")};
                 },
                 in({{2, 3, 2}}), true});
IGNIS_GRAD_CASE({"mse_loss", "mean", [](const Ts& x) { return Ts{mse_loss(x[0], x[1])}; },
                 in({{3, 4}, {3, 4}}), true});
IGNIS_GRAD_CASE({"l1_loss", "sum", [](const Ts& x) { return Ts{l1_loss(x[0], x[1], "sum")}; },
                 in({{3, 4}, {3, 4}}), true});
IGNIS_GRAD_CASE({"smooth_l1_loss", "beta 0.5",
                 [](const Ts& x) { return Ts{smooth_l1_loss(x[0], x[1], "none", 0.5)}; },
                 in({{3, 4}, {3, 4}}), true});
IGNIS_GRAD_CASE({"huber_loss", "delta 0.8",
                 [](const Ts& x) { return Ts{huber_loss(x[0], x[1], "mean", 0.8)}; },
                 in({{3, 4}, {3, 4}}), true});
IGNIS_GRAD_CASE({"binary_cross_entropy", "weight",
                 [](const Ts& x) {
                   return Ts{binary_cross_entropy(x[0], x[1], f64_tensor({1, 2, 0.5}, {3}))};
                 },
                 in({{4, 3}, {4, 3}}, 0.1, 0.9), true});
IGNIS_GRAD_CASE({"binary_cross_entropy_with_logits", "pos_weight",
                 [](const Ts& x) {
                   return Ts{binary_cross_entropy_with_logits(x[0], x[1], std::nullopt,
                                                              f64_tensor({1, 2, 0.5}, {3}))};
                 },
                 in({{4, 3}, {4, 3}}), true});
IGNIS_GRAD_CASE({"kl_div", "batchmean",
                 [](const Ts& x) { return Ts{kl_div(x[0], x[1], "batchmean")}; },
                 in({{3, 4}, {3, 4}}, 0.1, 1.0), true});
IGNIS_GRAD_CASE({"kl_div", "log_target",
                 [](const Ts& x) { return Ts{kl_div(x[0], x[1], "sum", true)}; },
                 in({{3, 4}, {3, 4}}), true});

}  // namespace
