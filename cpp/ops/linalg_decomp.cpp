// linalg_solve, linalg_inv, linalg_det, linalg_cholesky, linalg_qr, linalg_svd on the LAPACK
// kernels of kernels/linalg.h, and linalg_norm built from reductions and singular values.
// Batched inputs [..., m, n] are handed to the kernels as contiguous column-major batches.
#include <cmath>

#include "kernels/linalg.h"
#include "ops/indexing.h"
#include "ops/linalg_grad.h"
#include "ops/ops.gen.h"
#include "tensor/broadcast.h"

namespace ignis {
namespace {

void check_float_matrix(const Tensor& A, const char* op, const char* arg = "A") {
  IGNIS_CHECK(A.defined(), InvalidArgument, op, ": expected a defined ", arg, " tensor");
  IGNIS_CHECK(A.dim() >= 2, Shape, op, ": The input tensor ", arg,
              " must have at least 2 dimensions, but got ", A.dim(), "-D");
  IGNIS_CHECK(A.dtype() == DType::F32 || A.dtype() == DType::F64, DType, op, ": expected ", arg,
              " of dtype float32 or float64 but got ", dtype_name(A.dtype()));
}

void check_square(const Tensor& A, const char* op) {
  check_float_matrix(A, op);
  IGNIS_CHECK(A.size(-1) == A.size(-2), Shape, op,
              ": A must be batches of square matrices, but they are ", A.size(-2), " by ",
              A.size(-1), " matrices");
}

std::vector<int64_t> batch_of(const Tensor& t) {
  return std::vector<int64_t>(t.sizes().begin(), t.sizes().end() - 2);
}
int64_t count(const std::vector<int64_t>& s) {
  int64_t n = 1;
  for (int64_t v : s) n *= v;
  return n;
}

// A [..., r, c] as a contiguous [B, c, r] tensor: B column-major r x c matrices (a fresh copy).
Tensor to_colmajor(const Tensor& A) {
  int64_t r = A.size(-2), c = A.size(-1), B = 1;
  for (int64_t i = 0; i < A.dim() - 2; ++i) B *= A.size(i);
  return A.transpose(-2, -1).contiguous().clone().reshape({B, c, r});
}
// Inverse of to_colmajor: [B, c, r] back to a contiguous [...batch, r, c].
Tensor from_colmajor(const Tensor& t, std::vector<int64_t> batch) {
  batch.push_back(t.size(1));
  batch.push_back(t.size(2));
  return t.view(batch).transpose(-2, -1).contiguous();
}

std::string batch_prefix(const std::vector<int64_t>& infos, size_t i) {
  return infos.size() > 1 ? "(Batch element " + std::to_string(i) + "): " : "";
}

// X with A X = B for square A [..., n, n] and B [..., n, k] (batch dims broadcast).
Tensor solve_forward(const Tensor& A, const Tensor& B, const char* op, bool inverse) {
  NoGradGuard no_history;
  std::vector<int64_t> batch = broadcast_shapes(batch_of(A), batch_of(B), op).vec();
  int64_t n = A.size(-1), k = B.size(-1);
  std::vector<int64_t> ash = batch, bsh = batch;
  ash.insert(ash.end(), {n, n});
  bsh.insert(bsh.end(), {n, k});
  if (count(bsh) == 0) return empty(bsh, {.dtype = A.dtype(), .device = A.device()});
  Tensor a = to_colmajor(A.expand(ash)), b = to_colmajor(B.expand(bsh));
  std::vector<int64_t> infos = kernel(lu_solve_kernel, op, A.device())(a, b);
  for (size_t i = 0; i < infos.size(); ++i) {
    if (infos[i] <= 0) continue;
    if (inverse)
      IGNIS_FAIL(InvalidArgument, op, ": ", batch_prefix(infos, i), "The diagonal element ",
                 infos[i],
                 " is zero, the inversion could not be completed because the input "
                 "matrix is singular.");
    IGNIS_FAIL(InvalidArgument, op, ": ", batch_prefix(infos, i),
               "The solver failed because the input matrix is singular.");
  }
  return from_colmajor(b, batch);
}

}  // namespace

Tensor linalg_solve(const Tensor& A, const Tensor& B, bool left) {
  check_square(A, "linalg.solve");
  IGNIS_CHECK(B.defined() && B.dim() >= 1, Shape,
              "linalg.solve: expected B to be at least 1-D but got ", B.defined() ? B.dim() : 0,
              "-D");
  IGNIS_CHECK(A.dtype() == B.dtype(), DType, "linalg.solve: expected A and B to have the same ",
              "dtype, but got ", dtype_name(A.dtype()), " and ", dtype_name(B.dtype()));
  IGNIS_CHECK(A.device() == B.device(), Device, "linalg.solve: expected A and B on the same ",
              "device, but got ", A.device().str(), " and ", B.device().str());
  std::vector<int64_t> abatch(A.sizes().begin(), A.sizes().end() - 1);
  bool vector_rhs = B.dim() == 1 || (B.dim() == A.dim() - 1 && B.shape() == abatch);
  if (!left) {  // X A = B  <=>  A^T X^T = B^T
    if (vector_rhs) return linalg_solve(A.transpose(-2, -1), B, true);
    return linalg_solve(A.transpose(-2, -1), B.transpose(-2, -1), true).transpose(-2, -1);
  }
  Tensor Bm = vector_rhs ? B.unsqueeze(-1) : B;
  IGNIS_CHECK(Bm.dim() >= 2 && Bm.size(-2) == A.size(-1), Shape,
              "linalg.solve: Incompatible shapes of A and B for the equation AX = B (", A.size(-2),
              "x", A.size(-1), " and ", Bm.size(-2), "x", Bm.size(-1), ")");
  Tensor X = solve_forward(A, Bm, "linalg.solve", false);
  record_solve(A, Bm, X);
  return vector_rhs ? X.squeeze(-1) : X;
}
Tensor& linalg_solve_out(Tensor& out, const Tensor& A, const Tensor& B, bool left) {
  return detail::write_out("linalg_solve_out", out, linalg_solve(A, B, left));
}

Tensor linalg_inv(const Tensor& A) {
  check_square(A, "linalg.inv");
  Tensor I = eye(A.size(-1), std::nullopt, {.dtype = A.dtype(), .device = A.device()});
  Tensor out = solve_forward(A, I, "linalg.inv", true);
  record_inv(A, out);
  return out;
}
Tensor& linalg_inv_out(Tensor& out, const Tensor& A) {
  return detail::write_out("linalg_inv_out", out, linalg_inv(A));
}

Tensor linalg_det(const Tensor& A) {
  check_square(A, "linalg.det");
  std::vector<int64_t> batch = batch_of(A);
  Tensor out = empty(batch, {.dtype = A.dtype(), .device = A.device()});
  if (A.size(-1) == 0) {
    out.fill_(1);
  } else if (out.numel() > 0) {
    NoGradGuard no_history;
    kernel(lu_det_kernel, "linalg.det", A.device())(out.view({-1}), to_colmajor(A));
  }
  record_det(A, out);
  return out;
}
Tensor& linalg_det_out(Tensor& out, const Tensor& A) {
  return detail::write_out("linalg_det_out", out, linalg_det(A));
}

Tensor linalg_cholesky(const Tensor& A, bool upper) {
  check_square(A, "linalg.cholesky");
  Tensor L;
  if (A.numel() == 0) {
    L = empty(A.sizes(), {.dtype = A.dtype(), .device = A.device()});
  } else {
    NoGradGuard no_history;
    Tensor a = to_colmajor(A);
    std::vector<int64_t> infos = kernel(cholesky_kernel, "linalg.cholesky", A.device())(a);
    for (size_t i = 0; i < infos.size(); ++i)
      IGNIS_CHECK(infos[i] <= 0, InvalidArgument, "linalg.cholesky: ", batch_prefix(infos, i),
                  "The factorization could not be completed because the input is not "
                  "positive-definite (the leading minor of order ",
                  infos[i], " is not positive-definite).");
    L = from_colmajor(a, batch_of(A));
  }
  record_cholesky(A, L);
  return upper ? L.transpose(-2, -1) : L;
}
Tensor& linalg_cholesky_out(Tensor& out, const Tensor& A, bool upper) {
  return detail::write_out("linalg_cholesky_out", out, linalg_cholesky(A, upper));
}

std::tuple<Tensor, Tensor> linalg_qr(const Tensor& A, std::string_view mode) {
  check_float_matrix(A, "linalg.qr");
  IGNIS_CHECK(mode == "reduced" || mode == "complete" || mode == "r", InvalidArgument,
              "linalg.qr: qr received unrecognized mode '", mode,
              "' but expected one of 'reduced' (default), 'r', or 'complete'");
  bool complete = mode == "complete";
  int64_t m = A.size(-2), n = A.size(-1), k = std::min(m, n), qc = complete ? m : k;
  std::vector<int64_t> batch = batch_of(A);
  Tensor Q, R;
  {
    NoGradGuard no_history;
    int64_t B = count(batch);
    Tensor q = empty({B, qc, m}, {.dtype = A.dtype(), .device = A.device()});
    Tensor r = empty({B, n, qc}, {.dtype = A.dtype(), .device = A.device()});
    if (B > 0) kernel(qr_kernel, "linalg.qr", A.device())(to_colmajor(A), q, r);
    Q = from_colmajor(q, batch);
    R = from_colmajor(r, batch);
  }
  if (mode == "r") return {empty({0}, {.dtype = A.dtype(), .device = A.device()}), R};
  record_qr(A, complete, Q, R);
  return {Q, R};
}

std::tuple<Tensor, Tensor, Tensor> linalg_svd(const Tensor& A, bool full_matrices) {
  check_float_matrix(A, "linalg.svd");
  int64_t m = A.size(-2), n = A.size(-1), k = std::min(m, n);
  int64_t uc = full_matrices ? m : k, vr = full_matrices ? n : k;
  std::vector<int64_t> batch = batch_of(A);
  int64_t B = count(batch);
  Tensor U = empty({B, m, uc}, {.dtype = A.dtype(), .device = A.device()});
  Tensor S = empty({B, k}, {.dtype = A.dtype(), .device = A.device()});
  Tensor Vh = empty({B, vr, n}, {.dtype = A.dtype(), .device = A.device()});
  if (B > 0) {
    NoGradGuard no_history;
    Tensor a = A.contiguous().clone().reshape({B, m, n});
    std::vector<int64_t> infos =
        kernel(svd_kernel, "linalg.svd", A.device())(a, U, S, Vh, full_matrices);
    for (size_t i = 0; i < infos.size(); ++i)
      IGNIS_CHECK(infos[i] <= 0, InvalidArgument, "linalg.svd: ", batch_prefix(infos, i),
                  "The algorithm failed to converge because the input matrix is ill-conditioned "
                  "or has too many repeated singular values (error code: ",
                  infos[i], ").");
  }
  auto shaped = [&](const Tensor& t, std::vector<int64_t> tail) {
    std::vector<int64_t> s = batch;
    s.insert(s.end(), tail.begin(), tail.end());
    return t.view(s);
  };
  U = shaped(U, {m, uc});
  S = shaped(S, {k});
  Vh = shaped(Vh, {vr, n});
  record_svd(A, full_matrices, U, S, Vh);
  return {U, S, Vh};
}

// ---- norms
namespace {

// Matrix norm over dims d0 != d1 (wrapped): ord as a number (kind 'n') or "fro" / "nuc".
Tensor matrix_norm(const Tensor& x, double ord, std::string_view name, int64_t d0, int64_t d1,
                   bool keepdim) {
  IGNIS_CHECK(d0 != d1, InvalidArgument, "linalg.matrix_norm: dims must be different. Got (", d0,
              ", ", d1, ")");
  std::vector<int64_t> both{d0, d1};
  if (name == "fro") return norm(x, Scalar(2.0), both, keepdim);
  bool svd_based = name == "nuc" || std::fabs(ord) == 2;
  if (svd_based) {
    std::vector<int64_t> perm;
    for (int64_t i = 0; i < x.dim(); ++i)
      if (i != d0 && i != d1) perm.push_back(i);
    perm.push_back(d0);
    perm.push_back(d1);
    Tensor S = std::get<1>(linalg_svd(x.permute(perm), false));
    Tensor r = name == "nuc" ? sum(S, std::vector<int64_t>{-1})
                             : (ord > 0 ? amax(S, {-1}) : amin(S, {-1}));
    if (keepdim) {
      r = r.unsqueeze(std::min(d0, d1)).unsqueeze(std::max(d0, d1));
    }
    return r;
  }
  IGNIS_CHECK(std::fabs(ord) == 1 || std::isinf(ord), InvalidArgument, "linalg.matrix_norm: Order ",
              ord, " not supported.");
  // 1: largest column sum (sum over rows d0, then max over d1); inf: the transpose.
  int64_t sum_dim = std::fabs(ord) == 1 ? d0 : d1, red_dim = std::fabs(ord) == 1 ? d1 : d0;
  Tensor s = sum(abs(x), std::vector<int64_t>{sum_dim}, true);
  Tensor r = ord > 0 ? amax(s, {red_dim}, true) : amin(s, {red_dim}, true);
  if (!keepdim) r = r.squeeze(std::max(d0, d1)).squeeze(std::min(d0, d1));
  return r;
}

Tensor norm_input(const Tensor& self, std::optional<DType> dtype) {
  IGNIS_CHECK(self.defined(), InvalidArgument, "linalg.norm: expected a defined input tensor");
  DType d = dtype.value_or(self.dtype());
  IGNIS_CHECK(d == DType::F32 || d == DType::F64, DType,
              "linalg.norm: expected a float32 or float64 input (or dtype) but got ",
              dtype_name(d));
  return self.dtype() == d ? self : self.to(d);
}

}  // namespace

Tensor linalg_norm(const Tensor& self, const std::optional<Scalar>& ord, OptIntArrayRef dim,
                   bool keepdim, std::optional<DType> dtype) {
  Tensor x = norm_input(self, dtype);
  if (dim.has_value()) {
    IGNIS_CHECK((*dim).size() == 1 || (*dim).size() == 2, InvalidArgument,
                "linalg.norm: If dim is specified, it must be of length 1 or 2. Got ",
                shape_str(*dim));
  } else if (ord.has_value()) {
    IGNIS_CHECK(x.dim() == 1 || x.dim() == 2, Shape,
                "linalg.norm: If dim is not specified but ord is, the input must be 1D or 2D. Got ",
                x.dim(), "D.");
  }
  bool matrix = dim.has_value() ? (*dim).size() == 2 : (ord.has_value() && x.dim() == 2);
  if (!matrix) return norm(x, ord.value_or(Scalar(2.0)), dim, keepdim);
  int64_t d0 = dim ? wrap_dim((*dim)[0], x.dim(), "linalg.norm") : 0;
  int64_t d1 = dim ? wrap_dim((*dim)[1], x.dim(), "linalg.norm") : 1;
  return matrix_norm(x, ord->to<double>(), "", d0, d1, keepdim);
}
Tensor& linalg_norm_out(Tensor& out, const Tensor& self, const std::optional<Scalar>& ord,
                        OptIntArrayRef dim, bool keepdim, std::optional<DType> dtype) {
  return detail::write_out("linalg_norm_out", out, linalg_norm(self, ord, dim, keepdim, dtype));
}

Tensor linalg_norm(const Tensor& self, std::string_view ord, OptIntArrayRef dim, bool keepdim,
                   std::optional<DType> dtype) {
  Tensor x = norm_input(self, dtype);
  IGNIS_CHECK(ord == "fro" || ord == "nuc", InvalidArgument, "linalg.matrix_norm: Order ", ord,
              " not supported.");
  if (dim.has_value()) {
    IGNIS_CHECK((*dim).size() == 2 || (ord == "fro" && (*dim).size() == 1), InvalidArgument,
                "linalg.norm: If dim is specified, it must be of length 1 or 2. Got ",
                shape_str(*dim));
    if ((*dim).size() == 1) return norm(x, Scalar(2.0), dim, keepdim);
  } else {
    IGNIS_CHECK(x.dim() == 2 || (ord == "fro" && x.dim() == 1), Shape,
                "linalg.norm: If dim is not specified but ord is, the input must be 1D or 2D. Got ",
                x.dim(), "D.");
    if (x.dim() == 1) return norm(x, Scalar(2.0), dim, keepdim);
  }
  int64_t d0 = dim ? wrap_dim((*dim)[0], x.dim(), "linalg.norm") : 0;
  int64_t d1 = dim ? wrap_dim((*dim)[1], x.dim(), "linalg.norm") : 1;
  return matrix_norm(x, 0, ord, d0, d1, keepdim);
}
Tensor& linalg_norm_out(Tensor& out, const Tensor& self, std::string_view ord, OptIntArrayRef dim,
                        bool keepdim, std::optional<DType> dtype) {
  return detail::write_out("linalg_norm_out", out, linalg_norm(self, ord, dim, keepdim, dtype));
}

}  // namespace ignis
