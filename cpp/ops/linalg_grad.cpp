// Backward formulas of the linalg ops (cpp/ops/linalg.cpp, linalg_decomp.cpp), following
// PyTorch's derivatives (mm_mat1/mat2_backward, linalg_solve, inverse, det via the inverse,
// cholesky_backward, linalg_qr_backward, svd_backward). Written with differentiable ops, so
// create_graph gives higher-order gradients.
#include "ops/linalg_grad.h"

#include "ops/grad_utils.h"
#include "ops/ops.gen.h"

namespace ignis {
namespace {

Tensor mT(const Tensor& t) { return t.transpose(-2, -1); }

Tensor eye_like(int64_t n, const Tensor& like) {
  return eye(n, std::nullopt, {.dtype = like.dtype(), .device = like.device()});
}

// X R^{-T} for upper-triangular, invertible R.
Tensor times_inv_rt(const Tensor& X, const Tensor& R) { return matmul(X, mT(linalg_inv(R))); }

// QR backward for m >= n (reduced): gA = (gQ + Q copyltu(R gR^T - gQ^T Q)) R^{-T}.
Tensor qr_tall_backward(const Tensor& gQ, const Tensor& gR, const Tensor& Q, const Tensor& R) {
  Tensor M = sub(matmul(R, mT(gR)), matmul(mT(gQ), Q));
  M = add(tril(M), mT(tril(M, -1)));
  return times_inv_rt(add(gQ, matmul(Q, M)), R);
}

// x @ y laid out like `like` (an operand the product is the gradient of): when like is a
// transposed matrix (its last two dims column-major, as weight.t() in linear), computes
// (y^T x^T)^T, whose strides match like's, so the gradient reaching like's base is contiguous
// and an optimizer need not copy it every step. PyTorch's mm_mat1/mat2_backward do the same.
Tensor product_like(const Tensor& x, const Tensor& y, const Tensor& like, bool batched) {
  auto prod = [batched](const Tensor& p, const Tensor& q) {
    return batched ? bmm(p, q) : mm(p, q);
  };
  if (!like.is_contiguous() && mT(like).is_contiguous()) return mT(prod(mT(y), mT(x)));
  return prod(x, y);
}

}  // namespace

// The products skip the gradient of an input that does not require grad (its edge is empty, so
// the engine would drop it): linear's first layer then costs no GEMM for its input's gradient.
void record_mm(const Tensor& a, const Tensor& b, Tensor& out) {
  if (!any_requires_grad({&a, &b})) return;
  record("MmBackward0", {a, b}, {&out}, {{a, false}, {b, false}},
         [need_a = a.requires_grad(),
          need_b = b.requires_grad()](const TensorList& g, const TensorList& s) -> TensorList {
           return {need_a ? product_like(g[0], s[1].t(), s[0], false) : Tensor(),
                   need_b ? product_like(s[0].t(), g[0], s[1], false) : Tensor()};
         });
}

void record_bmm(const Tensor& a, const Tensor& b, Tensor& out) {
  if (!any_requires_grad({&a, &b})) return;
  record("BmmBackward0", {a, b}, {&out}, {{a, false}, {b, false}},
         [need_a = a.requires_grad(),
          need_b = b.requires_grad()](const TensorList& g, const TensorList& s) -> TensorList {
           return {need_a ? product_like(g[0], mT(s[1]), s[0], true) : Tensor(),
                   need_b ? product_like(mT(s[0]), g[0], s[1], true) : Tensor()};
         });
}

void record_addmm(const Tensor& self, const Tensor& m1, const Tensor& m2, const Scalar& beta,
                  const Scalar& alpha, bool batched, Tensor& out) {
  if (!any_requires_grad({&self, &m1, &m2})) return;
  const bool need_s = self.requires_grad(), need_1 = m1.requires_grad(),
             need_2 = m2.requires_grad();
  record(batched ? "BaddbmmBackward0" : "AddmmBackward0", {self, m1, m2}, {&out},
         {{m1, false}, {m2, false}},
         [beta, alpha, batched, need_s, need_1, need_2,
          shape = self.shape()](const TensorList& g, const TensorList& s) -> TensorList {
           Tensor gs, g1, g2;
           if (need_s) gs = sum_to(mul(g[0], beta), shape);
           if (need_1) g1 = mul(product_like(g[0], mT(s[1]), s[0], batched), alpha);
           if (need_2) g2 = mul(product_like(mT(s[0]), g[0], s[1], batched), alpha);
           return {gs, g1, g2};
         });
}

void record_solve(const Tensor& A, const Tensor& B, Tensor& X) {
  if (!any_requires_grad({&A, &B})) return;
  record(
      "LinalgSolveBackward0", {A, B}, {&X}, {{A, false}, {X, true}},
      [ash = A.shape(), bsh = B.shape()](const TensorList& g, const TensorList& s) -> TensorList {
        Tensor gB = linalg_solve(mT(s[0]), g[0]);
        Tensor gA = neg(matmul(gB, mT(s[1])));
        return {sum_to(gA, ash), sum_to(gB, bsh)};
      });
}

void record_inv(const Tensor& A, Tensor& inv) {
  if (!any_requires_grad({&A})) return;
  record("LinalgInvBackward0", {A}, {&inv}, {{inv, true}},
         [](const TensorList& g, const TensorList& s) -> TensorList {
           Tensor it = mT(s[0]);
           return {neg(matmul(matmul(it, g[0]), it))};
         });
}

void record_det(const Tensor& A, Tensor& det) {
  if (!any_requires_grad({&A})) return;
  record("LinalgDetBackward0", {A}, {&det}, {{A, false}, {det, true}},
         [](const TensorList& g, const TensorList& s) -> TensorList {
           Tensor scale = mul(g[0], s[1]).unsqueeze(-1).unsqueeze(-1);
           return {mul(scale, mT(linalg_inv(s[0])))};
         });
}

void record_cholesky(const Tensor& A, Tensor& L) {
  if (!any_requires_grad({&A})) return;
  record("LinalgCholeskyBackward0", {A}, {&L}, {{L, true}},
         [](const TensorList& g, const TensorList& s) -> TensorList {
           const Tensor& L = s[0];
           int64_t n = L.size(-1);
           // phi = tril(L^T gL) with its diagonal halved.
           Tensor mask = sub(tril(ones({n, n}, {.dtype = L.dtype(), .device = L.device()})),
                             mul(eye_like(n, L), Scalar(0.5)));
           Tensor phi = mul(matmul(mT(L), g[0]), mask);
           Tensor Linv = linalg_inv(L);
           Tensor gA = matmul(matmul(mT(Linv), phi), Linv);
           return {mul(add(gA, mT(gA)), Scalar(0.5))};
         });
}

void record_qr(const Tensor& A, bool complete, Tensor& Q, Tensor& R) {
  if (!any_requires_grad({&A})) return;
  record("LinalgQrBackward0", {A}, {&Q, &R}, {{A, false}, {Q, true}, {R, true}},
         [complete](const TensorList& g, const TensorList& s) -> TensorList {
           const Tensor &A = s[0], &Q = s[1], &R = s[2];
           int64_t m = A.size(-2), n = A.size(-1);
           IGNIS_CHECK(!(complete && m > n), InvalidArgument,
                       "linalg.qr: The QR decomposition is not differentiable when "
                       "mode='complete' and nrows > ncols.");
           if (m >= n) return {qr_tall_backward(g[0], g[1], Q, R)};
           // A = [X | Y], R = [U | V]: X = Q U is a square QR and Y = Q V.
           Tensor Y = A.narrow(-1, m, n - m), U = R.narrow(-1, 0, m);
           Tensor gU = g[1].narrow(-1, 0, m), gV = g[1].narrow(-1, m, n - m);
           Tensor gX = qr_tall_backward(add(g[0], matmul(Y, mT(gV))), gU, Q, U);
           return {cat({gX, matmul(Q, gV)}, -1)};
         });
}

void record_svd(const Tensor& A, bool full, Tensor& U, Tensor& S, Tensor& Vh) {
  if (!any_requires_grad({&A})) return;
  record("LinalgSvdBackward0", {A}, {&U, &S, &Vh}, {{U, true}, {S, true}, {Vh, true}},
         [full](const TensorList& g, const TensorList& s) -> TensorList {
           int64_t m = s[0].size(-2), n = s[2].size(-1), k = s[1].size(-1);
           Tensor U = full ? s[0].narrow(-1, 0, k) : s[0];
           Tensor Vh = full ? s[2].narrow(-2, 0, k) : s[2];
           Tensor gU = full ? g[0].narrow(-1, 0, k) : g[0];
           Tensor gVh = full ? g[2].narrow(-2, 0, k) : g[2];
           const Tensor& S = s[1];
           Tensor V = mT(Vh), gV = mT(gVh);
           Tensor S2 = mul(S, S);
           Tensor E = add(sub(S2.unsqueeze(-2), S2.unsqueeze(-1)), eye_like(k, S));
           Tensor UhgU = matmul(mT(U), gU), VhgV = matmul(V.transpose(-2, -1), gV);
           Tensor skU = sub(UhgU, mT(UhgU)), skV = sub(VhgV, mT(VhgV));
           Tensor core = add(mul(div(skU, E), S.unsqueeze(-2)), mul(S.unsqueeze(-1), div(skV, E)));
           core = add(core, mul(g[1].unsqueeze(-2), eye_like(k, S)));
           Tensor gA = matmul(matmul(U, core), Vh);
           if (m > k) gA = add(gA, matmul(div(sub(gU, matmul(U, UhgU)), S.unsqueeze(-2)), Vh));
           if (n > k) gA = add(gA, matmul(U, mT(div(sub(gV, matmul(V, VhgV)), S.unsqueeze(-2)))));
           return {gA};
         });
}

}  // namespace ignis
