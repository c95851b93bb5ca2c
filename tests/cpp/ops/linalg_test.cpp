// Matrix products, einsum, tensordot, norms and the factorizations against f64 references
// written here: every schema dtype, NumPy matmul cases with broadcast batches, non-contiguous
// inputs, 0-size shapes, out= and in-place forms, and the documented errors.
#include <algorithm>
#include <cmath>
#include <limits>

#include "op_harness.h"
#include "op_table.gen.h"
#include "tensor/broadcast.h"

namespace ignis::test {
namespace {

IGNIS_OP_COVERED("matmul");
IGNIS_OP_COVERED("mm");
IGNIS_OP_COVERED("bmm");
IGNIS_OP_COVERED("addmm");
IGNIS_OP_COVERED("baddbmm");
IGNIS_OP_COVERED("mv");
IGNIS_OP_COVERED("dot");
IGNIS_OP_COVERED("outer");
IGNIS_OP_COVERED("einsum");
IGNIS_OP_COVERED("tensordot");
IGNIS_OP_COVERED("tensordot.int");
IGNIS_OP_COVERED("linalg_norm");
IGNIS_OP_COVERED("linalg_norm.ord_str");
IGNIS_OP_COVERED("linalg_solve");
IGNIS_OP_COVERED("linalg_inv");
IGNIS_OP_COVERED("linalg_det");
IGNIS_OP_COVERED("linalg_cholesky");
IGNIS_OP_COVERED("linalg_qr");
IGNIS_OP_COVERED("linalg_svd");

using Shape = std::vector<int64_t>;

// o reset to an empty tensor of dtype d (out= resizes empty outputs).
Tensor& O(Tensor& o, DType d) {
  o = empty({0}, {.dtype = d});
  return o;
}

Tolerance tol(DType d) {
  if (d == DType::F32) return {2e-5, 2e-5};
  if (d == DType::F64) return {1e-10, 1e-10};
  return tolerance(d);
}

int64_t numel_of(const Shape& s) {
  int64_t n = 1;
  for (int64_t v : s) n *= v;
  return n;
}

// NumPy matmul in f64 on row-major values.
Tensor ref_matmul(const Tensor& a, const Tensor& b) {
  Shape sa = a.shape(), sb = b.shape();
  bool a1 = sa.size() == 1, b1 = sb.size() == 1;
  if (a1) sa.insert(sa.begin(), 1);
  if (b1) sb.push_back(1);
  int64_t M = sa[sa.size() - 2], K = sa.back(), N = sb.back();
  Shape ba(sa.begin(), sa.end() - 2), bb(sb.begin(), sb.end() - 2);
  size_t nb = std::max(ba.size(), bb.size());
  ba.insert(ba.begin(), nb - ba.size(), 1);
  bb.insert(bb.begin(), nb - bb.size(), 1);
  Shape batch(nb);
  for (size_t i = 0; i < nb; ++i) batch[i] = std::max(ba[i], bb[i]);
  std::vector<double> va = values(a), vb = values(b), out;
  int64_t B = numel_of(batch);
  for (int64_t f = 0; f < B; ++f) {
    int64_t ia = 0, ib = 0, rem = f;
    int64_t sta = 1, stb = 1;
    for (int64_t d = static_cast<int64_t>(nb) - 1; d >= 0; --d) {
      int64_t idx = rem % batch[d];
      rem /= batch[d];
      ia += (ba[d] == 1 ? 0 : idx) * sta;
      ib += (bb[d] == 1 ? 0 : idx) * stb;
      sta *= ba[d];
      stb *= bb[d];
    }
    for (int64_t i = 0; i < M; ++i)
      for (int64_t j = 0; j < N; ++j) {
        double s = 0;
        for (int64_t k = 0; k < K; ++k)
          s += va[ia * M * K + i * K + k] * vb[ib * K * N + k * N + j];
        out.push_back(s);
      }
  }
  Shape shape = batch;
  if (!a1) shape.push_back(M);
  if (!b1) shape.push_back(N);
  return f64_tensor(out, shape);
}

TEST(LinalgOps, MatmulAllCasesDtypesAndLayouts) {
  std::vector<std::pair<Shape, Shape>> cases = {
      {{3}, {3}},          {{2, 3}, {3}},    {{3}, {3, 4}},          {{2, 3}, {3, 4}},
      {{2, 2, 3}, {3, 4}}, {{3}, {2, 3, 4}}, {{2, 3, 4}, {4}},       {{2, 1, 2, 3}, {3, 3, 4}},
      {{0, 3}, {3, 4}},    {{2, 0}, {0, 4}}, {{2, 2, 3}, {2, 3, 5}}, {{0}, {0}}};
  for (DType d : dtypes_of("matmul"))
    for (auto& [sa, sb] : cases) {
      Tensor a = sample(sa, d, -3, 3, 1), b = sample(sb, d, -3, 3, 2);
      Tensor e = ref_matmul(a, b);
      for (auto& [la, ta] : layouts(a))
        for (auto& [lb, tb] : layouts(b)) {
          std::string what = std::string("matmul ") + dtype_name(d) + " " + shape_str(sa) + la +
                             " x " + shape_str(sb) + lb;
          Tensor r = matmul(ta, tb);
          EXPECT_EQ(r.dtype(), d) << what;
          expect_close(r, e, tol(d), what);
        }
      Tensor out = empty({0}, {.dtype = d});
      matmul_out(out, a, b);
      expect_close(out, e, tol(d), "matmul_out");
    }
}

TEST(LinalgOps, MmBmmMvDotOuter) {
  for (DType d : dtypes_of("mm")) {
    Tensor a = sample({4, 5}, d, -3, 3, 3), b = sample({5, 3}, d, -3, 3, 4);
    for (auto& [la, ta] : layouts(a))
      for (auto& [lb, tb] : layouts(b))
        expect_close(mm(ta, tb), ref_matmul(a, b), tol(d), "mm " + la + lb);
    Tensor o = empty({0}, {.dtype = d});
    expect_close(mm_out(O(o, d), a, b), ref_matmul(a, b), tol(d), "mm_out");
    Tensor ba = sample({3, 4, 5}, d, -3, 3, 5), bb = sample({3, 5, 2}, d, -3, 3, 6);
    for (auto& [la, ta] : layouts(ba))
      expect_close(bmm(ta, bb), ref_matmul(ba, bb), tol(d), "bmm " + la);
    expect_close(bmm_out(O(o, d), ba, bb), ref_matmul(ba, bb), tol(d), "bmm_out");
    Tensor v = sample({5}, d, -3, 3, 7), w = sample({4}, d, -3, 3, 8);
    for (auto& [la, ta] : layouts(a)) expect_close(mv(ta, v), ref_matmul(a, v), tol(d), "mv " + la);
    expect_close(mv_out(O(o, d), a, v), ref_matmul(a, v), tol(d), "mv_out");
    Tensor v2 = sample({5}, d, -3, 3, 9);
    expect_close(dot(v, v2), ref_matmul(v, v2), tol(d), "dot");
    expect_close(dot(v.slice(0, 0, std::nullopt, 2), v2.slice(0, 0, std::nullopt, 2)),
                 ref_matmul(v.slice(0, 0, std::nullopt, 2).contiguous(),
                            v2.slice(0, 0, std::nullopt, 2).contiguous()),
                 tol(d), "dot strided");
    expect_close(dot_out(O(o, d), v, v2), ref_matmul(v, v2), tol(d), "dot_out");
    Tensor oe = ref_matmul(v.reshape({5, 1}), w.reshape({1, 4}));
    expect_close(outer(v, w), oe, tol(d), "outer");
    expect_close(outer_out(O(o, d), v, w), oe, tol(d), "outer_out");
  }
  // 0-size inner dim gives zeros.
  expect_close(mm(zeros({2, 0}), zeros({0, 3})), zeros({2, 3}, {.dtype = DType::F64}), "mm K=0");
  expect_close(dot(zeros({0}), zeros({0})), zeros({}, {.dtype = DType::F64}), "dot empty");
}

TEST(LinalgOps, AddmmBaddbmm) {
  for (DType d : dtypes_of("addmm")) {
    bool fl = is_floating(d);
    Scalar beta = fl ? Scalar(0.5) : Scalar(2), alpha = fl ? Scalar(-1.5) : Scalar(3);
    double be = beta.to<double>(), al = alpha.to<double>();
    Tensor a = sample({4, 5}, d, -3, 3, 3), b = sample({5, 3}, d, -3, 3, 4);
    for (Shape ss : {Shape{4, 3}, Shape{3}, Shape{}, Shape{4, 1}}) {
      Tensor s = sample(ss, d, -3, 3, 5);
      Tensor e = add(mul(s.to(DType::F64), be), mul(ref_matmul(a, b), al));
      for (auto& [la, ta] : layouts(a))
        expect_close(addmm(s, ta, b.t().contiguous().t(), beta, alpha), e, tol(d), "addmm " + la);
      Tensor o = empty({0}, {.dtype = d});
      expect_close(addmm_out(O(o, d), s, a, b, beta, alpha), e, tol(d), "addmm_out");
    }
    Tensor s = sample({4, 3}, d, -3, 3, 5);
    Tensor e = add(mul(s.to(DType::F64), be), mul(ref_matmul(a, b), al));
    Tensor si = s.clone();
    addmm_(si, a, b, beta, alpha);
    expect_close(si, e, tol(d), "addmm_");
    // beta = 0 ignores nan in self.
    if (fl) {
      Tensor nan = full({4, 3}, std::numeric_limits<double>::quiet_NaN(), {.dtype = d});
      expect_close(addmm(nan, a, b, 0, 1), ref_matmul(a, b), tol(d), "addmm beta 0");
    }
    Tensor b1 = sample({2, 4, 5}, d, -3, 3, 6), b2 = sample({2, 5, 3}, d, -3, 3, 7);
    for (Shape ss : {Shape{2, 4, 3}, Shape{3}, Shape{4, 1}}) {
      Tensor s3 = sample(ss, d, -3, 3, 8);
      Tensor e3 = add(mul(s3.to(DType::F64), be), mul(ref_matmul(b1, b2), al));
      for (auto& [la, ta] : layouts(b1))
        expect_close(baddbmm(s3, ta, b2, beta, alpha), e3, tol(d), "baddbmm " + la);
      Tensor o = empty({0}, {.dtype = d});
      expect_close(baddbmm_out(O(o, d), s3, b1, b2, beta, alpha), e3, tol(d), "baddbmm_out");
    }
    Tensor s3 = sample({2, 4, 3}, d, -3, 3, 8);
    Tensor e3 = add(mul(s3.to(DType::F64), be), mul(ref_matmul(b1, b2), al));
    baddbmm_(s3, b1, b2, beta, alpha);
    expect_close(s3, e3, tol(d), "baddbmm_");
  }
}

TEST(LinalgOps, ProductErrors) {
  expect_error<ShapeError>(
      [] {
        mm(ones({2, 3}), ones({4, 5}));
      },
      {"mm", "mat1 and mat2 shapes cannot be multiplied (2x3 and 4x5)"});
  expect_error<ShapeError>(
      [] {
        matmul(ones({2, 3}), ones({4, 5}));
      },
      {"matmul", "cannot be multiplied (2x3 and 4x5)"});
  expect_error<ShapeError>(
      [] {
        matmul(ones({2, 2, 3}), ones({2, 4, 5}));
      },
      {"matmul", "cannot be multiplied"});
  expect_error<ShapeError>([] { matmul(ones({2, 2, 3}), ones({3, 3, 5})); }, {"matmul"});
  expect_error<ShapeError>([] { matmul(ones({}), ones({3})); }, {"matmul", "at least 1-D"});
  expect_error<ShapeError>([] { mm(ones({2, 3, 1}), ones({3, 4})); }, {"mm", "self", "2-D", "3-D"});
  expect_error<ShapeError>([] { bmm(ones({2, 3}), ones({3, 4})); }, {"bmm", "3-D", "2-D"});
  expect_error<ShapeError>(
      [] {
        bmm(ones({2, 2, 3}), ones({2, 4, 5}));
      },
      {"bmm", "cannot be multiplied (2x2x3 and 2x4x5)"});
  expect_error<DTypeError>(
      [] {
        mm(ones({2, 3}), ones({3, 4}, {.dtype = DType::F64}));
      },
      {"mm", "same dtype", "float32", "float64"});
  expect_error<DTypeError>(
      [] {
        mm(ones({2, 3}, {.dtype = DType::Bool}), ones({3, 4}, {.dtype = DType::Bool}));
      },
      {"mm", "bool"});
  expect_error<ShapeError>([] { mv(ones({2, 3}), ones({4})); }, {"mv", "size mismatch"});
  expect_error<ShapeError>([] { dot(ones({3}), ones({4})); }, {"dot", "inconsistent tensor size"});
  expect_error<ShapeError>([] { dot(ones({3, 1}), ones({3})); }, {"dot", "1-D", "2-D"});
  expect_error<ShapeError>([] { outer(ones({3, 1}), ones({3})); }, {"outer", "1-D"});
  expect_error<ShapeError>(
      [] {
        addmm(ones({5}), ones({2, 3}), ones({3, 4}));
      },
      {"addmm", "broadcastable", "[2, 4]", "[5]"});
  expect_error<ShapeError>(
      [] {
        Tensor s = ones({4});
        addmm_(s, ones({2, 3}), ones({3, 4}));
      },
      {"addmm_", "expected self of shape [2, 4]"});
  expect_error<ShapeError>(
      [] {
        baddbmm(ones({1}), ones({2, 2, 3}), ones({3, 3, 4}));
      },
      {"baddbmm", "cannot be multiplied"});
}

TEST(LinalgOps, Einsum) {
  for (DType d : dtypes_of("einsum")) {
    Tensor a = sample({3, 4}, d, -3, 3, 1), b = sample({4, 5}, d, -3, 3, 2);
    Tensor sq = sample({4, 4}, d, -3, 3, 3), v = sample({4}, d, -3, 3, 4);
    Tensor ba = sample({2, 3, 4}, d, -3, 3, 5), bb = sample({2, 4, 5}, d, -3, 3, 6);
    for (auto& [la, ta] : layouts(a)) {
      expect_close(einsum("ij,jk->ik", {ta, b}), ref_matmul(a, b), tol(d), "ij,jk " + la);
      expect_close(einsum("ij,jk", {ta, b}), ref_matmul(a, b), tol(d), "implicit " + la);
      expect_close(einsum("ij->ji", {ta}), a.t().to(DType::F64), tol(d), "transpose " + la);
      expect_close(einsum("ji", {ta}), a.t().to(DType::F64), tol(d), "implicit transpose " + la);
    }
    expect_close(einsum("ii->", {sq}), sum(sq.diagonal().to(DType::F64)), tol(d), "trace");
    expect_close(einsum("ii->i", {sq}), sq.diagonal().to(DType::F64), tol(d), "diagonal");
    expect_close(einsum("ij->", {a}), sum(a.to(DType::F64)), tol(d), "sum");
    expect_close(einsum("i,i->", {v, v}), ref_matmul(v, v), tol(d), "dot");
    expect_close(einsum("i,j->ij", {v, v}), ref_matmul(v.reshape({4, 1}), v.reshape({1, 4})),
                 tol(d), "outer");
    expect_close(einsum("bij,bjk->bik", {ba, bb}), ref_matmul(ba, bb), tol(d), "batched");
    expect_close(einsum("...ij,...jk->...ik", {ba, b}), ref_matmul(ba, b), tol(d), "ellipsis");
    expect_close(einsum("bij,jk", {ba, b}), ref_matmul(ba, b), tol(d), "implicit batched");
    expect_close(einsum("ij,jk,kl->il", {a, b, b.t().contiguous()}),
                 ref_matmul(ref_matmul(a, b), b.t().contiguous()), tol(d), "three operands");
    expect_close(einsum("ij,ij->ij", {a, a}), mul(a.to(DType::F64), a.to(DType::F64)), tol(d),
                 "hadamard");
    expect_close(einsum("i,i->i", {v, sample({1}, d, -3, 3, 9)}),
                 mul(v.to(DType::F64), sample({1}, d, -3, 3, 9).to(DType::F64)), tol(d),
                 "size-1 broadcast");
  }
  expect_close(einsum("ij,jk->ik", {zeros({2, 0}), zeros({0, 3})}),
               zeros({2, 3}, {.dtype = DType::F64}), "empty");
  expect_error<ShapeError>(
      [] {
        einsum("ij,jk", {ones({2, 3}), ones({4, 5})});
      },
      {"einsum()", "subscript j has size 4", "previously seen size 3"});
  expect_error<ShapeError>(
      [] {
        einsum("ij", {ones({2, 3, 4})});
      },
      {"einsum()", "number of subscripts", "no ellipsis"});
  expect_error<InvalidArgumentError>(
      [] {
        einsum("ij,jk", {ones({2, 3})});
      },
      {"einsum()", "operands"});
  expect_error<InvalidArgumentError>(
      [] {
        einsum("i1", {ones({2, 3})});
      },
      {"einsum()", "invalid subscript"});
  expect_error<InvalidArgumentError>([] { einsum("ij->k", {ones({2, 3})}); }, {"einsum()", "k"});
  expect_error<DTypeError>(
      [] {
        einsum("i,i", {ones({2}), ones({2}, {.dtype = DType::F64})});
      },
      {"einsum()", "same dtype"});
}

TEST(LinalgOps, Tensordot) {
  for (DType d : dtypes_of("tensordot")) {
    Tensor a = sample({2, 3, 4}, d, -3, 3, 1), b = sample({4, 3, 5}, d, -3, 3, 2);
    // Contract a's dims (1, 2) with b's (1, 0): reference through permute + matmul.
    Tensor e = ref_matmul(a.reshape({2, 12}), b.permute({1, 0, 2}).contiguous().reshape({12, 5}));
    for (auto& [la, ta] : layouts(a))
      expect_close(tensordot(ta, b, {1, 2}, {1, 0}), e, tol(d), "tensordot " + la);
    Tensor o = empty({0}, {.dtype = d});
    expect_close(tensordot_out(O(o, d), a, b, {1, 2}, {1, 0}), e, tol(d), "tensordot_out");
    Tensor c = sample({3, 4, 5}, d, -3, 3, 3);
    expect_close(tensordot(a, c, 2), ref_matmul(a.reshape({2, 12}), c.reshape({12, 5})), tol(d),
                 "tensordot dims=2");
    expect_close(tensordot(a, c, 0),
                 ref_matmul(a.reshape({24, 1}), c.reshape({1, 60})).reshape({2, 3, 4, 3, 4, 5}),
                 tol(d), "tensordot dims=0");
  }
  expect_error<ShapeError>(
      [] {
        tensordot(ones({2, 3}), ones({4, 5}), {1}, {0});
      },
      {"tensordot", "contracted dimensions need to match"});
  expect_error<InvalidArgumentError>(
      [] {
        tensordot(ones({2, 3}), ones({3, 5}), {1}, {0, 1});
      },
      {"tensordot", "same length"});
  expect_error<InvalidArgumentError>(
      [] {
        tensordot(ones({2, 3}), ones({3, 5}), -1);
      },
      {"tensordot", "dims >= 0"});
  expect_error<IndexError>([] { tensordot(ones({2, 3}), ones({3, 5}), {2}, {0}); }, {"tensordot"});
}

// ---- decompositions: f64 helpers on row-major n x n values
using Mat = std::vector<double>;

Tensor well_conditioned(Shape shape, DType d, uint64_t seed) {
  int64_t n = shape.back();
  Tensor x = sample(shape, DType::F64, -1, 1, seed);
  return add(x, mul(eye(n, std::nullopt, {.dtype = DType::F64}), 4.0)).to(d);
}
Tensor spd(Shape shape, DType d, uint64_t seed) {
  Tensor x = sample(shape, DType::F64, -1, 1, seed);
  int64_t n = shape.back();
  Tensor a = add(ref_matmul(x, x.transpose(-2, -1).contiguous()),
                 mul(eye(n, std::nullopt, {.dtype = DType::F64}), double(n)));
  return a.to(d);
}
double ref_det(Mat a, int64_t n) {
  double det = 1;
  for (int64_t c = 0; c < n; ++c) {
    int64_t p = c;
    for (int64_t r = c + 1; r < n; ++r)
      if (std::fabs(a[r * n + c]) > std::fabs(a[p * n + c])) p = r;
    if (a[p * n + c] == 0) return 0;
    if (p != c) {
      for (int64_t j = 0; j < n; ++j) std::swap(a[p * n + j], a[c * n + j]);
      det = -det;
    }
    det *= a[c * n + c];
    for (int64_t r = c + 1; r < n; ++r) {
      double f = a[r * n + c] / a[c * n + c];
      for (int64_t j = c; j < n; ++j) a[r * n + j] -= f * a[c * n + j];
    }
  }
  return det;
}
Tensor ident(int64_t n) { return eye(n, std::nullopt, {.dtype = DType::F64}); }
Tolerance dtol(DType d) { return d == DType::F32 ? Tolerance{1e-4, 1e-4} : Tolerance{1e-9, 1e-9}; }

TEST(LinalgOps, SolveInvDet) {
  for (DType d : dtypes_of("linalg_solve")) {
    for (Shape sa : {Shape{3, 3}, Shape{2, 4, 4}, Shape{0, 0}, Shape{2, 0, 0}}) {
      Tensor A = well_conditioned(sa, d, 1);
      int64_t n = sa.back();
      Shape sb = sa;
      sb.back() = 2;
      Tensor B = sample(sb, d, -2, 2, 2);
      for (auto& [la, ta] : layouts(A)) {
        Tensor X = linalg_solve(ta, B);
        expect_close(ref_matmul(A, X), B.to(DType::F64), dtol(d), "solve " + la);
        Tensor Ai = linalg_inv(ta);
        Shape isz = sa;
        expect_close(ref_matmul(A, Ai), ident(n).expand(isz), dtol(d), "inv " + la);
        Tensor det = linalg_det(ta);
        std::vector<double> va = values(A), dets;
        for (int64_t b = 0; b < numel_of(Shape(sa.begin(), sa.end() - 2)); ++b)
          dets.push_back(ref_det(Mat(va.begin() + b * n * n, va.begin() + (b + 1) * n * n), n));
        expect_close(det, f64_tensor(dets, Shape(sa.begin(), sa.end() - 2)), dtol(d), "det " + la);
      }
      if (n > 0) {
        // Vector right-hand side, left=False, and broadcast batch.
        Tensor bv = sample({n}, d, -2, 2, 3);
        expect_close(ref_matmul(A, linalg_solve(A, bv).unsqueeze(-1)).squeeze(-1),
                     bv.to(DType::F64).expand(Shape(sa.begin(), sa.end() - 1)), dtol(d),
                     "solve vector");
        if (sa.size() == 2) {
          Tensor Bl = sample(Shape{2, n}, d, -2, 2, 4);
          expect_close(ref_matmul(linalg_solve(A, Bl, false), A), Bl.to(DType::F64), dtol(d),
                       "solve left=False");
        }
        Tensor o = empty({0}, {.dtype = d});
        expect_close(ref_matmul(A, linalg_solve_out(O(o, d), A, B)), B.to(DType::F64), dtol(d),
                     "solve_out");
        expect_close(ref_matmul(A, linalg_inv_out(O(o, d), A)), ident(n).expand(sa), dtol(d),
                     "inv_out");
        expect_close(linalg_det_out(O(o, d), A), linalg_det(A), dtol(d), "det_out");
      }
    }
    // Singular and known determinants.
    Tensor S = f64_tensor({1, 2, 2, 4}, {2, 2}).to(d);
    expect_close(linalg_det(S), f64_tensor({0}, {}), dtol(d), "det singular");
    expect_close(linalg_det(f64_tensor({0, 1, 1, 0}, {2, 2}).to(d)), f64_tensor({-1}, {}), dtol(d),
                 "det swap");
  }
  Tensor S = f64_tensor({1, 2, 2, 4}, {2, 2});
  expect_error<InvalidArgumentError>(
      [&] { linalg_inv(S); }, {"linalg.inv: The diagonal element 2 is zero, the inversion could "
                               "not be completed because the input matrix is singular."});
  expect_error<InvalidArgumentError>(
      [&] {
        linalg_inv(stack({ident(2), S}));
      },
      {"linalg.inv", "(Batch element 1)"});
  expect_error<InvalidArgumentError>([&] { linalg_solve(S, ones({2}, {.dtype = DType::F64})); },
                                     {"linalg.solve", "singular"});
  expect_error<ShapeError>([] { linalg_inv(ones({2, 3})); }, {"linalg.inv", "square", "2 by 3"});
  expect_error<ShapeError>([] { linalg_det(ones({2, 3})); }, {"linalg.det", "square"});
  expect_error<ShapeError>([] { linalg_det(ones({3})); }, {"linalg.det", "at least 2 dimensions"});
  expect_error<ShapeError>(
      [] {
        linalg_solve(eye(3), ones({4, 2}));
      },
      {"linalg.solve", "Incompatible shapes", "(3x3 and 4x2)"});
  expect_error<DTypeError>(
      [] {
        linalg_inv(ones({2, 2}, {.dtype = DType::I64}));
      },
      {"linalg.inv", "float32 or float64", "int64"});
  expect_error<DTypeError>([] { linalg_solve(eye(2), ones({2}, {.dtype = DType::F64})); },
                           {"linalg.solve", "same dtype"});
}

TEST(LinalgOps, Cholesky) {
  for (DType d : dtypes_of("linalg_cholesky")) {
    for (Shape sa : {Shape{4, 4}, Shape{2, 3, 3}, Shape{0, 0}}) {
      Tensor A = spd(sa, d, 5);
      for (auto& [la, ta] : layouts(A)) {
        Tensor L = linalg_cholesky(ta);
        expect_close(ref_matmul(L, L.transpose(-2, -1).contiguous()), A.to(DType::F64), dtol(d),
                     "L L^T " + la);
        expect_close(L, tril(L), dtol(d), "lower " + la);
        Tensor U = linalg_cholesky(ta, true);
        expect_close(U, L.transpose(-2, -1), dtol(d), "upper " + la);
      }
      Tensor o = empty({0}, {.dtype = d});
      expect_close(linalg_cholesky_out(O(o, d), A), linalg_cholesky(A), dtol(d), "cholesky_out");
    }
  }
  expect_error<InvalidArgumentError>(
      [] {
        linalg_cholesky(f64_tensor({1, 2, 2, 1}, {2, 2}));
      },
      {"linalg.cholesky", "not positive-definite", "leading minor of order 2"});
  expect_error<ShapeError>([] { linalg_cholesky(ones({2, 3})); }, {"linalg.cholesky", "square"});
}

TEST(LinalgOps, QrAndSvd) {
  for (DType d : dtypes_of("linalg_qr")) {
    for (Shape sa :
         {Shape{5, 3}, Shape{3, 5}, Shape{4, 4}, Shape{2, 4, 3}, Shape{0, 3}, Shape{3, 0}}) {
      Tensor A = sample(sa, d, -2, 2, 6);
      int64_t m = sa[sa.size() - 2], n = sa.back(), k = std::min(m, n);
      for (auto& [la, ta] : layouts(A)) {
        for (std::string mode : {"reduced", "complete"}) {
          auto [Q, R] = linalg_qr(ta, mode);
          int64_t qc = mode == "complete" ? m : k;
          EXPECT_EQ(Q.size(-1), qc);
          EXPECT_EQ(R.size(-2), qc);
          expect_close(ref_matmul(Q, R), A.to(DType::F64), dtol(d), "QR " + mode + la);
          expect_close(ref_matmul(Q.transpose(-2, -1).contiguous(), Q),
                       ident(qc).expand(Q.transpose(-2, -1).shape().size() == 3
                                            ? Shape{sa[0], qc, qc}
                                            : Shape{qc, qc}),
                       dtol(d), "Q^T Q " + mode);
          expect_close(R, triu(R), dtol(d), "R upper " + mode);
        }
        for (bool full : {true, false}) {
          auto [U, S, Vh] = linalg_svd(ta, full);
          int64_t uc = full ? m : k, vr = full ? n : k;
          EXPECT_EQ(U.size(-1), uc);
          EXPECT_EQ(Vh.size(-2), vr);
          Tensor Uk = U.narrow(-1, 0, k), Vk = Vh.narrow(-2, 0, k);
          Tensor US = mul(Uk.to(DType::F64), S.to(DType::F64).unsqueeze(-2));
          expect_close(ref_matmul(US, Vk), A.to(DType::F64), dtol(d), "U S Vh " + la);
          std::vector<double> s = values(S);
          for (size_t i = 1; i < s.size(); ++i)
            if (static_cast<int64_t>(i) % std::max<int64_t>(k, 1) != 0) EXPECT_GE(s[i - 1], s[i]);
          Shape bs(sa.begin(), sa.end() - 2);
          Shape iu = bs, iv = bs;
          iu.insert(iu.end(), {uc, uc});
          iv.insert(iv.end(), {vr, vr});
          expect_close(ref_matmul(U.transpose(-2, -1).contiguous(), U), ident(uc).expand(iu),
                       dtol(d), "U^T U");
          expect_close(ref_matmul(Vh, Vh.transpose(-2, -1).contiguous()), ident(vr).expand(iv),
                       dtol(d), "Vh Vh^T");
        }
      }
    }
  }
  // Known singular values.
  auto [U, S, Vh] = linalg_svd(f64_tensor({3, 0, 0, -2}, {2, 2}));
  expect_close(S, f64_tensor({3, 2}, {2}), "svd values");
  expect_error<InvalidArgumentError>(
      [] {
        linalg_qr(ones({2, 2}), "x");
      },
      {"linalg.qr", "unrecognized mode 'x'"});
  expect_error<ShapeError>([] { linalg_svd(ones({3})); }, {"linalg.svd", "at least 2 dimensions"});
  expect_error<DTypeError>(
      [] {
        linalg_svd(ones({2, 2}, {.dtype = DType::I32}));
      },
      {"linalg.svd", "int32"});
}

TEST(LinalgOps, Norms) {
  for (DType d : dtypes_of("linalg_norm")) {
    Tensor A = sample({3, 4}, d, -2, 2, 7);
    std::vector<double> v = values(A);
    auto vnorm = [&](double p) {
      double s = 0, mx = 0, mn = INFINITY;
      for (double x : v) {
        s += p == 0 ? (x != 0) : std::pow(std::fabs(x), p);
        mx = std::max(mx, std::fabs(x));
        mn = std::min(mn, std::fabs(x));
      }
      if (std::isinf(p)) return p > 0 ? mx : mn;
      return p == 0 ? s : std::pow(s, 1 / p);
    };
    for (auto& [la, ta] : layouts(A)) {
      expect_close(linalg_norm(ta), f64_tensor({vnorm(2)}, {}), dtol(d), "default " + la);
      expect_close(linalg_norm(ta.reshape({-1}), 3.0), f64_tensor({vnorm(3)}, {}), dtol(d), "p=3");
      expect_close(linalg_norm(ta.reshape({-1}), INFINITY), f64_tensor({vnorm(INFINITY)}, {}),
                   dtol(d), "inf");
      // Matrix norms: column sums for 1, row sums for inf.
      std::vector<double> col(4, 0), row(3, 0);
      for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 4; ++j) {
          col[j] += std::fabs(v[i * 4 + j]);
          row[i] += std::fabs(v[i * 4 + j]);
        }
      auto mx = [](const std::vector<double>& x) { return *std::max_element(x.begin(), x.end()); };
      auto mn = [](const std::vector<double>& x) { return *std::min_element(x.begin(), x.end()); };
      expect_close(linalg_norm(ta, 1.0), f64_tensor({mx(col)}, {}), dtol(d), "matrix 1 " + la);
      expect_close(linalg_norm(ta, -1.0), f64_tensor({mn(col)}, {}), dtol(d), "matrix -1");
      expect_close(linalg_norm(ta, INFINITY), f64_tensor({mx(row)}, {}), dtol(d), "matrix inf");
      expect_close(linalg_norm(ta, -INFINITY), f64_tensor({mn(row)}, {}), dtol(d), "matrix -inf");
      expect_close(linalg_norm(ta, "fro"), f64_tensor({vnorm(2)}, {}), dtol(d), "fro");
      Tensor S = std::get<1>(linalg_svd(A.to(DType::F64)));
      std::vector<double> s = values(S);
      expect_close(linalg_norm(ta, "nuc"), f64_tensor({s[0] + s[1] + s[2]}, {}), dtol(d), "nuc");
      expect_close(linalg_norm(ta, 2.0), f64_tensor({s[0]}, {}), dtol(d), "matrix 2");
      expect_close(linalg_norm(ta, -2.0), f64_tensor({s[2]}, {}), dtol(d), "matrix -2");
    }
    // Vector norm over one dim, keepdim; matrix norm over a batch with keepdim.
    Tensor B = sample({2, 3, 4}, d, -2, 2, 8);
    Tensor e = sqrt(sum(mul(B.to(DType::F64), B.to(DType::F64)), std::vector<int64_t>{1}, true));
    expect_close(linalg_norm(B, std::nullopt, std::vector<int64_t>{1}, true), e, dtol(d),
                 "dim keepdim");
    Tensor m1 = amax(sum(abs(B.to(DType::F64)), std::vector<int64_t>{1}, true), {2}, true);
    expect_close(linalg_norm(B, 1.0, std::vector<int64_t>{1, 2}, true), m1, dtol(d),
                 "batched matrix 1");
    expect_close(linalg_norm(B, "fro", std::vector<int64_t>{-2, -1}),
                 sqrt(sum(mul(B.to(DType::F64), B.to(DType::F64)), std::vector<int64_t>{1, 2})),
                 dtol(d), "batched fro");
    Tensor o = empty({0}, {.dtype = d});
    expect_close(linalg_norm_out(O(o, d), A), f64_tensor({vnorm(2)}, {}), dtol(d), "norm_out");
    expect_close(linalg_norm_out(O(o, d), A, "fro"), f64_tensor({vnorm(2)}, {}), dtol(d),
                 "norm_out fro");
  }
  expect_close(
      linalg_norm(ones({3}, {.dtype = DType::I64}), std::nullopt, std::nullopt, false, DType::F64),
      f64_tensor({std::sqrt(3.0)}, {}), "dtype");
  expect_error<ShapeError>(
      [] {
        linalg_norm(ones({2, 2, 2}), 2.0);
      },
      {"linalg.norm", "must be 1D or 2D", "Got 3D"});
  expect_error<InvalidArgumentError>(
      [] {
        linalg_norm(ones({2, 2}), 3.0, std::vector<int64_t>{0, 1});
      },
      {"linalg.matrix_norm", "Order 3 not supported"});
  expect_error<InvalidArgumentError>(
      [] {
        linalg_norm(ones({2, 2}), "abc");
      },
      {"Order abc not supported"});
  expect_error<DTypeError>([] { linalg_norm(ones({2}, {.dtype = DType::I64})); },
                           {"linalg.norm", "int64"});
}

}  // namespace
}  // namespace ignis::test

TEST(LinalgOps, TensordotRejectsContractingA0DimTensor) {
  ignis::test::expect_error<ignis::IndexError>(
      [] {
        ignis::tensordot(ignis::ones({2}), ignis::ones({}), std::vector<int64_t>{-1},
                         std::vector<int64_t>{-1});
      },
      {"tensordot", "0-dim"});
}
