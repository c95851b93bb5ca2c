// Kernel slots of the linalg family (cpp/ops/linalg*.cpp): batched GEMM and the LAPACK-backed
// factorizations. CPU kernels live in cpu/linalg_gemm.cpp (oneDNN) and cpu/linalg_lapack.cpp.
#pragma once

#include <vector>

#include "kernels/registry.h"
#include "tensor/tensor.h"

namespace ignis {

// out[b] = alpha * a[b] @ w[b] + beta * out[b] for a [B|1, M, K], w [B|1, K, N] of any strides
// (a batch of 1 or a batch stride of 0 broadcasts) and a contiguous out [B, M, N] of the same
// dtype; beta == 0 ignores out's old contents. K > 0 and out non-empty.
IGNIS_DECLARE_KERNEL(gemm, void(const Tensor& out, const Tensor& a, const Tensor& w, double alpha,
                                double beta));

// The LAPACK kernels work on contiguous f32/f64 batches of column-major matrices: a tensor of
// shape [B, cols, rows] holds B matrices of rows x cols. Each returns LAPACK's info per batch.

// Solves A X = B in place: a [B, n, n] becomes its LU factors, b [B, k, n] becomes X (gesv).
IGNIS_DECLARE_KERNEL(lu_solve, std::vector<int64_t>(const Tensor& a, const Tensor& b));
// out [B] = det(a[b]) for a [B, n, n] (destroyed: LU factors) (getrf).
IGNIS_DECLARE_KERNEL(lu_det, void(const Tensor& out, const Tensor& a));
// Cholesky factor in place (lower, potrf); the strict upper triangle is zeroed.
IGNIS_DECLARE_KERNEL(cholesky, std::vector<int64_t>(const Tensor& a));
// QR of a [B, n, m] (m x n matrices, destroyed) into q [B, qc, m] (m x qc, qc = k or m) and
// r [B, n, qc] (qc x n, upper triangular) (geqrf + orgqr).
IGNIS_DECLARE_KERNEL(qr, void(const Tensor& a, const Tensor& q, const Tensor& r));
// SVD of row-major a [B, m, n] (destroyed): u row-major [B, m, uc], s [B, k], vh row-major
// [B, vr, n]; uc = vr = k, or m and n when full (gesdd).
IGNIS_DECLARE_KERNEL(svd, std::vector<int64_t>(const Tensor& a, const Tensor& u, const Tensor& s,
                                               const Tensor& vh, bool full));

}  // namespace ignis
