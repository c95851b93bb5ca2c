// Recording the backward of the linalg ops (cpp/ops/linalg*.cpp); the formulas live in
// linalg_grad.cpp, written with differentiable ops so double backward works. Ops built from
// other ops (matmul, mv, dot, outer, einsum, tensordot, linalg_norm) need no record of their own.
#pragma once

#include "ops/history.h"
#include "tensor/scalar.h"

namespace ignis {

void record_mm(const Tensor& a, const Tensor& b, Tensor& out);
void record_bmm(const Tensor& a, const Tensor& b, Tensor& out);
// addmm (batched: baddbmm); `self` is the added input (before any in-place write).
void record_addmm(const Tensor& self, const Tensor& m1, const Tensor& m2, const Scalar& beta,
                  const Scalar& alpha, bool batched, Tensor& out);
// X = solve(A, B) with B as given (vector_rhs: B was 1-D or a batch of vectors).
void record_solve(const Tensor& A, const Tensor& B, Tensor& X);
void record_inv(const Tensor& A, Tensor& inv);
void record_det(const Tensor& A, Tensor& det);
// L = cholesky(A) (lower); upper results are recorded as L's transpose by the front end.
void record_cholesky(const Tensor& A, Tensor& L);
void record_qr(const Tensor& A, bool complete, Tensor& Q, Tensor& R);
void record_svd(const Tensor& A, bool full, Tensor& U, Tensor& S, Tensor& Vh);

}  // namespace ignis
