// CPU factorizations on the reference LAPACK (Fortran symbols declared here): solve (gesv),
// determinant (getrf), Cholesky (potrf), QR (geqrf + orgqr) and SVD (gesdd), batch by batch.
// Reference LAPACK and BLAS start no threads, so oneDNN's OpenMP pool stays the only one.
#include <algorithm>
#include <cstring>
#include <vector>

#include "kernels/linalg.h"

extern "C" {
void sgesv_(int* n, int* nrhs, float* a, int* lda, int* ipiv, float* b, int* ldb, int* info);
void dgesv_(int* n, int* nrhs, double* a, int* lda, int* ipiv, double* b, int* ldb, int* info);
void sgetrf_(int* m, int* n, float* a, int* lda, int* ipiv, int* info);
void dgetrf_(int* m, int* n, double* a, int* lda, int* ipiv, int* info);
void spotrf_(const char* uplo, int* n, float* a, int* lda, int* info, size_t);
void dpotrf_(const char* uplo, int* n, double* a, int* lda, int* info, size_t);
void sgeqrf_(int* m, int* n, float* a, int* lda, float* tau, float* work, int* lwork, int* info);
void dgeqrf_(int* m, int* n, double* a, int* lda, double* tau, double* work, int* lwork, int* info);
void sorgqr_(int* m, int* n, int* k, float* a, int* lda, float* tau, float* work, int* lwork,
             int* info);
void dorgqr_(int* m, int* n, int* k, double* a, int* lda, double* tau, double* work, int* lwork,
             int* info);
void sgesdd_(const char* jobz, int* m, int* n, float* a, int* lda, float* s, float* u, int* ldu,
             float* vt, int* ldvt, float* work, int* lwork, int* iwork, int* info, size_t);
void dgesdd_(const char* jobz, int* m, int* n, double* a, int* lda, double* s, double* u, int* ldu,
             double* vt, int* ldvt, double* work, int* lwork, int* iwork, int* info, size_t);
}

namespace ignis {
namespace {

// Overloads picking the s/d routine by element type.
void gesv(int n, int k, float* a, int* ip, float* b, int* info) {
  sgesv_(&n, &k, a, &n, ip, b, &n, info);
}
void gesv(int n, int k, double* a, int* ip, double* b, int* info) {
  dgesv_(&n, &k, a, &n, ip, b, &n, info);
}
void getrf(int n, float* a, int* ip, int* info) { sgetrf_(&n, &n, a, &n, ip, info); }
void getrf(int n, double* a, int* ip, int* info) { dgetrf_(&n, &n, a, &n, ip, info); }
void potrf(int n, float* a, int* info) { spotrf_("L", &n, a, &n, info, 1); }
void potrf(int n, double* a, int* info) { dpotrf_("L", &n, a, &n, info, 1); }
void geqrf(int m, int n, float* a, float* tau, float* w, int lw, int* info) {
  sgeqrf_(&m, &n, a, &m, tau, w, &lw, info);
}
void geqrf(int m, int n, double* a, double* tau, double* w, int lw, int* info) {
  dgeqrf_(&m, &n, a, &m, tau, w, &lw, info);
}
void orgqr(int m, int n, int k, float* a, float* tau, float* w, int lw, int* info) {
  sorgqr_(&m, &n, &k, a, &m, tau, w, &lw, info);
}
void orgqr(int m, int n, int k, double* a, double* tau, double* w, int lw, int* info) {
  dorgqr_(&m, &n, &k, a, &m, tau, w, &lw, info);
}
void gesdd(const char* job, int m, int n, float* a, float* s, float* u, int ldu, float* vt,
           int ldvt, float* w, int lw, int* iw, int* info) {
  sgesdd_(job, &m, &n, a, &m, s, u, &ldu, vt, &ldvt, w, &lw, iw, info, 1);
}
void gesdd(const char* job, int m, int n, double* a, double* s, double* u, int ldu, double* vt,
           int ldvt, double* w, int lw, int* iw, int* info) {
  dgesdd_(job, &m, &n, a, &m, s, u, &ldu, vt, &ldvt, w, &lw, iw, info, 1);
}

template <typename T, typename F>
void dispatch(DType dt, F&& f) {
  if (dt == DType::F32)
    f(float{});
  else if (dt == DType::F64)
    f(double{});
  else
    IGNIS_FAIL(DType, "linalg: expected float32 or float64 but got ", dtype_name(dt));
}

std::vector<int64_t> lu_solve_cpu(const Tensor& a, const Tensor& b) {
  int64_t B = a.size(0);
  int n = static_cast<int>(a.size(1)), k = static_cast<int>(b.size(1));
  std::vector<int64_t> infos(B);
  dispatch<void>(a.dtype(), [&](auto z) {
    using T = decltype(z);
    std::vector<int> ip(std::max(n, 1));
    for (int64_t i = 0; i < B; ++i) {
      int info = 0;
      gesv(n, k, static_cast<T*>(a.data_ptr()) + i * n * n, ip.data(),
           static_cast<T*>(b.data_ptr()) + i * n * k, &info);
      infos[i] = info;
    }
  });
  return infos;
}

void lu_det_cpu(const Tensor& out, const Tensor& a) {
  int64_t B = a.size(0);
  int n = static_cast<int>(a.size(1));
  dispatch<void>(a.dtype(), [&](auto z) {
    using T = decltype(z);
    std::vector<int> ip(std::max(n, 1));
    for (int64_t i = 0; i < B; ++i) {
      T* m = static_cast<T*>(a.data_ptr()) + i * n * n;
      int info = 0;
      getrf(n, m, ip.data(), &info);
      T det = 1;
      for (int j = 0; j < n; ++j) det *= (ip[j] != j + 1 ? -1 : 1) * m[j * n + j];
      static_cast<T*>(out.data_ptr())[i] = det;
    }
  });
}

std::vector<int64_t> cholesky_cpu(const Tensor& a) {
  int64_t B = a.size(0);
  int n = static_cast<int>(a.size(1));
  std::vector<int64_t> infos(B);
  dispatch<void>(a.dtype(), [&](auto z) {
    using T = decltype(z);
    for (int64_t i = 0; i < B; ++i) {
      T* m = static_cast<T*>(a.data_ptr()) + i * n * n;
      int info = 0;
      potrf(n, m, &info);
      infos[i] = info;
      for (int c = 0; c < n; ++c)  // column-major: zero rows above the diagonal
        for (int r = 0; r < c; ++r) m[c * n + r] = 0;
    }
  });
  return infos;
}

void qr_cpu(const Tensor& a, const Tensor& q, const Tensor& r) {
  int64_t B = a.size(0);
  int n = static_cast<int>(a.size(1)), m = static_cast<int>(a.size(2));
  int qc = static_cast<int>(q.size(1)), k = std::min(m, n);
  dispatch<void>(a.dtype(), [&](auto z) {
    using T = decltype(z);
    std::vector<T> tau(std::max(k, 1)), work(1);
    std::vector<T> buf(static_cast<size_t>(m) * std::max(n, qc));
    for (int64_t i = 0; i < B; ++i) {
      T* am = static_cast<T*>(a.data_ptr()) + static_cast<int64_t>(i) * m * n;
      T* qm = static_cast<T*>(q.data_ptr()) + static_cast<int64_t>(i) * m * qc;
      T* rm = static_cast<T*>(r.data_ptr()) + static_cast<int64_t>(i) * qc * n;
      int info = 0, lw = -1;
      if (m > 0 && n > 0) {
        geqrf(m, n, am, tau.data(), work.data(), lw, &info);
        lw = std::max(1, static_cast<int>(work[0]));
        work.resize(lw);
        geqrf(m, n, am, tau.data(), work.data(), lw, &info);
      }
      for (int c = 0; c < n; ++c)  // R: the upper triangle of the first qc rows
        for (int row = 0; row < qc; ++row) rm[c * qc + row] = row <= c ? am[c * m + row] : T(0);
      std::fill(buf.begin(), buf.end(), T(0));
      std::copy(am, am + static_cast<int64_t>(m) * std::min(n, qc), buf.data());
      if (m > 0 && qc > 0) {
        lw = -1;
        orgqr(m, qc, k, buf.data(), tau.data(), work.data(), lw, &info);
        lw = std::max(1, static_cast<int>(work[0]));
        work.resize(lw);
        orgqr(m, qc, k, buf.data(), tau.data(), work.data(), lw, &info);
      }
      std::copy(buf.data(), buf.data() + static_cast<int64_t>(m) * qc, qm);
    }
  });
}

// Row-major a (m x n) is column-major a^T (n x m) = V S U^T: gesdd on it returns u' = V
// (column-major n x uc', which is row-major Vh) and vt' = U^T (row-major U), so no transposes.
std::vector<int64_t> svd_cpu(const Tensor& a, const Tensor& u, const Tensor& s, const Tensor& vh,
                             bool full) {
  int64_t B = a.size(0);
  int m = static_cast<int>(a.size(1)), n = static_cast<int>(a.size(2)), k = std::min(m, n);
  int uc = static_cast<int>(u.size(2)), vr = static_cast<int>(vh.size(1));
  std::vector<int64_t> infos(B);
  dispatch<void>(a.dtype(), [&](auto z) {
    using T = decltype(z);
    const char* job = full ? "A" : "S";
    std::vector<T> work(1);
    std::vector<int> iw(8 * std::max(k, 1));
    for (int64_t i = 0; i < B; ++i) {
      T* am = static_cast<T*>(a.data_ptr()) + i * m * n;
      T* um = static_cast<T*>(u.data_ptr()) + i * m * uc;
      T* sm = static_cast<T*>(s.data_ptr()) + i * k;
      T* vm = static_cast<T*>(vh.data_ptr()) + i * vr * n;
      int info = 0;
      if (k == 0) {  // empty: identity factors where square
        std::fill(um, um + m * uc, T(0));
        for (int j = 0; j < std::min(m, uc); ++j) um[j * uc + j] = 1;
        std::fill(vm, vm + vr * n, T(0));
        for (int j = 0; j < std::min(vr, n); ++j) vm[j * n + j] = 1;
        continue;
      }
      // gesdd(m' = n, n' = m): u' ldu = n, vt' ldvt = vr' (rows of vt' = uc).
      gesdd(job, n, m, am, sm, vm, n, um, uc, work.data(), -1, iw.data(), &info);
      int lw = std::max(1, static_cast<int>(work[0]));
      work.resize(lw);
      gesdd(job, n, m, am, sm, vm, n, um, uc, work.data(), lw, iw.data(), &info);
      infos[i] = info;
    }
  });
  return infos;
}

}  // namespace

IGNIS_REGISTER_KERNEL(lu_solve, CPU, lu_solve_cpu);
IGNIS_REGISTER_KERNEL(lu_det, CPU, lu_det_cpu);
IGNIS_REGISTER_KERNEL(cholesky, CPU, cholesky_cpu);
IGNIS_REGISTER_KERNEL(qr, CPU, qr_cpu);
IGNIS_REGISTER_KERNEL(svd, CPU, svd_cpu);

}  // namespace ignis
