// Gradients of the linalg ops (cpp/ops/linalg_grad.cpp and the compositions in linalg.cpp,
// linalg_einsum.cpp, linalg_decomp.cpp): gradcheck cases for every differentiable linalg op
// (gradgradcheck on the products, norms and factorizations), on well-conditioned inputs.
#include <gtest/gtest.h>

#include "autograd/engine.h"
#include "autograd/grad_harness.h"

using namespace ignis;
using namespace ignis::test;

namespace {

using Ts = std::vector<Tensor>;

std::function<Ts()> in(std::vector<std::vector<int64_t>> shapes) {
  return [=] {
    Ts out;
    uint64_t seed = 11;
    for (const auto& s : shapes) out.push_back(grad_input(s, -2, 2, seed++));
    return out;
  };
}
// A well-conditioned square matrix built from x inside the op: x + 4 I.
Tensor wc(const Tensor& x) {
  return add(x, mul(eye(x.size(-1), std::nullopt, {.dtype = DType::F64}), 4.0));
}
// A symmetric positive-definite matrix built from x: x x^T + n I.
Tensor spd(const Tensor& x) {
  return add(matmul(x, x.transpose(-2, -1)),
             mul(eye(x.size(-1), std::nullopt, {.dtype = DType::F64}), double(x.size(-1))));
}

IGNIS_GRAD_CASE({"matmul", "2-D", [](const Ts& x) { return Ts{matmul(x[0], x[1])}; },
                 in({{3, 4}, {4, 2}}), true});
IGNIS_GRAD_CASE({"matmul", "batched broadcast", [](const Ts& x) { return Ts{matmul(x[0], x[1])}; },
                 in({{2, 1, 2, 3}, {3, 3, 2}}), true});
IGNIS_GRAD_CASE({"matmul", "1-D x 3-D", [](const Ts& x) { return Ts{matmul(x[0], x[1])}; },
                 in({{3}, {2, 3, 2}})});
IGNIS_GRAD_CASE({"matmul", "3-D x 1-D transposed",
                 [](const Ts& x) { return Ts{matmul(x[0].transpose(1, 2), x[1])}; },
                 in({{2, 3, 4}, {3}})});
IGNIS_GRAD_CASE({"mm", "transposed", [](const Ts& x) { return Ts{mm(x[0].t(), x[1])}; },
                 in({{4, 3}, {4, 2}}), true});
IGNIS_GRAD_CASE({"bmm", "3-D", [](const Ts& x) { return Ts{bmm(x[0], x[1])}; },
                 in({{2, 3, 4}, {2, 4, 2}}), true});
IGNIS_GRAD_CASE({"addmm", "broadcast self",
                 [](const Ts& x) { return Ts{addmm(x[0], x[1], x[2], 0.5, -2)}; },
                 in({{2}, {3, 4}, {4, 2}}), true});
IGNIS_GRAD_CASE({"baddbmm", "broadcast self",
                 [](const Ts& x) { return Ts{baddbmm(x[0], x[1], x[2], 2, 0.5)}; },
                 in({{3, 1}, {2, 3, 4}, {2, 4, 2}}), true});
IGNIS_GRAD_CASE({"mv", "2-D x 1-D", [](const Ts& x) { return Ts{mv(x[0], x[1])}; },
                 in({{3, 4}, {4}}), true});
IGNIS_GRAD_CASE({"dot", "1-D", [](const Ts& x) { return Ts{dot(x[0], x[1])}; }, in({{5}, {5}}),
                 true});
IGNIS_GRAD_CASE({"outer", "1-D", [](const Ts& x) { return Ts{outer(x[0], x[1])}; }, in({{3}, {4}}),
                 true});
IGNIS_GRAD_CASE({"einsum", "bij,bjk->bik",
                 [](const Ts& x) {
                   return Ts{einsum("bij,bjk->bik", {x[0], x[1]})};
                 },
                 in({{2, 3, 4}, {2, 4, 2}}), true});
IGNIS_GRAD_CASE({"einsum", "trace and ellipsis",
                 [](const Ts& x) {
                   return Ts{einsum("...ii,...j->...j", {x[0], x[1]})};
                 },
                 in({{2, 3, 3}, {2, 4}})});
IGNIS_GRAD_CASE({"tensordot", "dims lists",
                 [](const Ts& x) {
                   return Ts{tensordot(x[0], x[1], {1, 2}, {1, 0})};
                 },
                 in({{2, 3, 4}, {4, 3, 2}}), true});
IGNIS_GRAD_CASE({"tensordot.int", "dims=1",
                 [](const Ts& x) { return Ts{tensordot(x[0], x[1], 1)}; }, in({{2, 3}, {3, 2}})});
IGNIS_GRAD_CASE({"linalg_norm", "vector", [](const Ts& x) { return Ts{linalg_norm(x[0])}; },
                 in({{3, 4}}), true});
IGNIS_GRAD_CASE({"linalg_norm", "matrix 1 and 2",
                 [](const Ts& x) {
                   return Ts{linalg_norm(x[0], 1.0), linalg_norm(x[0], 2.0)};
                 },
                 in({{3, 4}}), true});
IGNIS_GRAD_CASE({"linalg_norm.ord_str", "nuc",
                 [](const Ts& x) {
                   return Ts{linalg_norm(x[0], "nuc"), linalg_norm(x[0], "fro")};
                 },
                 in({{3, 4}}), true});
IGNIS_GRAD_CASE({"linalg_solve", "matrix rhs broadcast",
                 [](const Ts& x) { return Ts{linalg_solve(wc(x[0]), x[1])}; },
                 in({{2, 3, 3}, {3, 2}}), true});
IGNIS_GRAD_CASE({"linalg_solve", "vector rhs left=False",
                 [](const Ts& x) { return Ts{linalg_solve(wc(x[0]), x[1], false)}; },
                 in({{3, 3}, {3}})});
IGNIS_GRAD_CASE({"linalg_inv", "batched", [](const Ts& x) { return Ts{linalg_inv(wc(x[0]))}; },
                 in({{2, 3, 3}}), true});
IGNIS_GRAD_CASE({"linalg_det", "batched", [](const Ts& x) { return Ts{linalg_det(wc(x[0]))}; },
                 in({{2, 3, 3}}), true});
IGNIS_GRAD_CASE({"linalg_cholesky", "spd",
                 [](const Ts& x) { return Ts{linalg_cholesky(spd(x[0]))}; }, in({{3, 3}}), true});
IGNIS_GRAD_CASE({"linalg_cholesky", "upper batched",
                 [](const Ts& x) { return Ts{linalg_cholesky(spd(x[0]), true)}; },
                 in({{2, 3, 3}})});
IGNIS_GRAD_CASE({"linalg_qr", "tall",
                 [](const Ts& x) {
                   auto [q, r] = linalg_qr(x[0]);
                   return Ts{q, r};
                 },
                 in({{4, 3}}), true});
IGNIS_GRAD_CASE({"linalg_qr", "wide",
                 [](const Ts& x) {
                   auto [q, r] = linalg_qr(x[0]);
                   return Ts{q, r};
                 },
                 in({{3, 5}})});
IGNIS_GRAD_CASE({"linalg_svd", "values",
                 [](const Ts& x) { return Ts{std::get<1>(linalg_svd(x[0], false))}; }, in({{4, 3}}),
                 true});
IGNIS_GRAD_CASE({"linalg_svd", "U Vh tall",
                 [](const Ts& x) {
                   auto [u, s, vh] = linalg_svd(x[0], false);
                   return Ts{matmul(u, vh), s};
                 },
                 in({{4, 3}})});
IGNIS_GRAD_CASE({"linalg_svd", "U Vh wide full",
                 [](const Ts& x) {
                   auto [u, s, vh] = linalg_svd(x[0], true);
                   return Ts{matmul(u.narrow(-1, 0, 3), vh.narrow(-2, 0, 3))};
                 },
                 in({{3, 5}})});

}  // namespace

// The linalg cases alone (the grad table runs every family's).
TEST(LinalgGrad, GradcheckLinalgCases) {
  int ran = 0;
  for (const GradCase& c : grad_cases()) {
    if (c.key.rfind("linalg", 0) != 0 && c.key != "matmul" && c.key != "mm" && c.key != "bmm" &&
        c.key != "addmm" && c.key != "baddbmm" && c.key != "mv" && c.key != "dot" &&
        c.key != "outer" && c.key != "einsum" && c.key.rfind("tensordot", 0) != 0)
      continue;
    SCOPED_TRACE(c.key + " [" + c.label + "]");
    Ts in = c.inputs();
    ++ran;
    autograd::GradcheckResult r = autograd::gradcheck(c.fn, in);
    EXPECT_TRUE(r.ok) << c.key << " [" << c.label << "]: " << r.message;
    if (c.gradgrad) {
      autograd::GradcheckResult r2 = autograd::gradgradcheck(c.fn, in);
      EXPECT_TRUE(r2.ok) << c.key << " [" << c.label << "] gradgradcheck: " << r2.message;
    }
  }
  EXPECT_EQ(ran, 29);
}

TEST(LinalgGrad, NodeNames) {
  Tensor a = grad_input({2, 2}), b = grad_input({2, 2});
  EXPECT_EQ(mm(a, b).grad_fn()->name(), "MmBackward0");
  EXPECT_EQ(linalg_inv(add(a, 4.0)).grad_fn()->name(), "LinalgInvBackward0");
}
