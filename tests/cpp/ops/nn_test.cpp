// nn family ops against plain f64 references written here: every schema dtype, sample shapes
// (0-size and 0-dim where the op allows), every softmax dim, three memory layouts, the out=
// forms, seeded dropout, and the documented errors.
#include <cmath>
#include <limits>
#include <numeric>

#include "op_harness.h"
#include "op_table.gen.h"
#include "ops/operators.h"
#include "tensor/broadcast.h"
#include "tensor/generator.h"

namespace ignis::test {
namespace {

IGNIS_OP_COVERED("softmax");
IGNIS_OP_COVERED("log_softmax");
IGNIS_OP_COVERED("dropout");
IGNIS_OP_COVERED("alpha_dropout");
IGNIS_OP_COVERED("linear");
IGNIS_OP_COVERED("bilinear");
IGNIS_OP_COVERED("embedding");
IGNIS_OP_COVERED("embedding_bag");
IGNIS_OP_COVERED("batch_norm");
IGNIS_OP_COVERED("layer_norm");
IGNIS_OP_COVERED("group_norm");
IGNIS_OP_COVERED("rms_norm");
IGNIS_OP_COVERED("instance_norm");
IGNIS_OP_COVERED("cosine_similarity");
IGNIS_OP_COVERED("pairwise_distance");
IGNIS_OP_COVERED("scaled_dot_product_attention");

using V = std::vector<double>;
using S = std::vector<int64_t>;
constexpr double kInf = std::numeric_limits<double>::infinity();

// Composite ops in 16-bit dtypes round several times; compare them a little looser.
Tolerance tol(DType d) {
  switch (d) {
  case DType::F16:
    return {5e-3, 5e-3};
  case DType::BF16:
    return {4e-2, 4e-2};
  case DType::F32:
    return {1e-5, 1e-5};
  default:
    return {1e-10, 1e-10};
  }
}

// f64_tensor that also takes empty value lists.
Tensor f64t(const V& v, const S& shape) {
  return v.empty() ? zeros(shape, {.dtype = DType::F64}) : f64_tensor(v, shape);
}

// The input rounded to d, read back as f64 (the reference starts from the same values).
V vals(const Tensor& t) { return values(t); }

int64_t numel_of(const S& s) {
  return std::accumulate(s.begin(), s.end(), int64_t{1}, std::multiplies<>());
}

// softmax reference along dim of a row-major shape.
V softmax_ref(const V& x, const S& shape, int64_t dim, bool log) {
  V y(x.size());
  if (x.empty()) return y;
  int64_t outer = 1, inner = 1, D = shape.empty() ? 1 : shape[dim];
  for (int64_t i = 0; i < dim; ++i) outer *= shape[i];
  for (size_t i = dim + 1; i < shape.size(); ++i) inner *= shape[i];
  for (int64_t o = 0; o < outer; ++o)
    for (int64_t k = 0; k < inner; ++k) {
      double m = -kInf, s = 0;
      for (int64_t j = 0; j < D; ++j) m = std::max(m, x[(o * D + j) * inner + k]);
      for (int64_t j = 0; j < D; ++j) s += std::exp(x[(o * D + j) * inner + k] - m);
      for (int64_t j = 0; j < D; ++j) {
        double v = x[(o * D + j) * inner + k] - m;
        y[(o * D + j) * inner + k] = log ? v - std::log(s) : std::exp(v) / s;
      }
    }
  return y;
}

TEST(NnSoftmax, EveryDtypeShapeDimAndLayout) {
  for (bool log : {false, true})
    for (DType dt : dtypes_of("softmax"))
      for (const S& shape : std::vector<S>{{}, {0}, {7}, {3, 4}, {2, 3, 5}, {2, 0, 3}, {4, 1000}})
        for (int64_t dim = 0; dim < std::max<int64_t>(1, shape.size()); ++dim)
          for (auto& [name, x] : layouts(sample(shape, dt, -4, 4))) {
            Tensor y = log ? log_softmax(x, dim) : softmax(x, dim);
            EXPECT_EQ(y.dtype(), dt);
            Tensor ref = f64_tensor(softmax_ref(vals(x), shape, dim, log), shape);
            expect_close(y, ref, tol(dt),
                         std::string(log ? "log_softmax " : "softmax ") + dtype_name(dt) + " " +
                             shape_str(shape) + " dim " + std::to_string(dim) + " " + name);
          }
}

TEST(NnSoftmax, NegativeDimDtypeArgOutAndLargeValues) {
  Tensor x = f64_tensor({1000, 1001, 1002, -1000, 0, 1000}, {2, 3});
  expect_close(softmax(x, -1), f64_tensor(softmax_ref(vals(x), {2, 3}, 1, false), {2, 3}), "big");
  expect_close(log_softmax(x, -1), f64_tensor(softmax_ref(vals(x), {2, 3}, 1, true), {2, 3}),
               "big log");
  Tensor xi = sample({3, 4}, DType::F32);
  Tensor y = softmax(xi, 1, DType::F64);
  EXPECT_EQ(y.dtype(), DType::F64);
  expect_close(y, f64_tensor(softmax_ref(vals(xi), {3, 4}, 1, false), {3, 4}), "dtype=");
  Tensor out = empty({0}, {.dtype = DType::F32});
  softmax_out(out, xi, 0);
  expect_close(out, f64_tensor(softmax_ref(vals(xi), {3, 4}, 0, false), {3, 4}),
               tolerance(DType::F32), "out=");
  Tensor lout = empty({3, 4}, {.dtype = DType::F32});
  log_softmax_out(lout, xi, 1);
  expect_close(lout, f64_tensor(softmax_ref(vals(xi), {3, 4}, 1, true), {3, 4}),
               tolerance(DType::F32), "log out=");
  // A row of -inf gives nan (as torch); a row with one +inf gives nan too.
  Tensor ninf = f64_tensor({-kInf, -kInf}, {1, 2});
  EXPECT_TRUE(std::isnan(values(softmax(ninf.to(DType::F32), 1))[0]));
}

TEST(NnSoftmax, Errors) {
  expect_error<DTypeError>([] { softmax(ones({3}, {.dtype = DType::I64}), 0); },
                           {"softmax", "floating", "int64"});
  expect_error<IndexError>([] { log_softmax(ones({3, 4}), 2); }, {"log_softmax"});
  Tensor out = empty({2, 2});
  expect_error<ShapeError>(
      [&] {
        softmax_out(out, ones({3, 4}), 1);
      },
      {"softmax", "out", "[3, 4]"});
}

TEST(NnDropout, TrainEvalSeededAndScale) {
  for (DType dt : dtypes_of("dropout")) {
    Tensor x = sample({40, 50}, dt, 0.5, 2.0);
    expect_close(dropout(x, 0.3, false), x, dtype_name(dt));
    expect_close(dropout(x, 0.0, true), x, dtype_name(dt));
    expect_close(dropout(x, 1.0, true), zeros_like(x), dtype_name(dt));
    manual_seed(5);
    Tensor a = dropout(x, 0.25, true);
    manual_seed(5);
    Tensor b = dropout(x, 0.25, true);
    expect_close(a, b, std::string("seeded ") + dtype_name(dt));
    V xv = vals(x), av = vals(a);
    int zeros_n = 0;
    for (size_t i = 0; i < xv.size(); ++i) {
      if (av[i] == 0) {
        ++zeros_n;
        continue;
      }
      double e = xv[i] / 0.75;
      EXPECT_NEAR(av[i], e, tol(dt).atol + tol(dt).rtol * e) << dtype_name(dt);
    }
    EXPECT_GT(zeros_n, 350);  // ~500 of 2000 expected
    EXPECT_LT(zeros_n, 650);
  }
  expect_error<InvalidArgumentError>([] { dropout(ones({3}), 1.5, true); },
                                     {"dropout", "between 0 and 1", "1.5"});
}

TEST(NnDropout, AlphaDropoutKeepsTheAffineMap) {
  constexpr double alpha = 1.7580993408473766;
  const double p = 0.2, a = 1.0 / std::sqrt((alpha * alpha * p + 1) * (1 - p));
  for (DType dt : dtypes_of("alpha_dropout")) {
    Tensor x = sample({30, 40}, dt);
    expect_close(alpha_dropout(x, p, false), x, dtype_name(dt));
    manual_seed(9);
    Tensor y = alpha_dropout(x, p, true);
    manual_seed(9);
    expect_close(alpha_dropout(x, p, true), y, "seeded");
    V xv = vals(x), yv = vals(y);
    int dropped = 0;
    for (size_t i = 0; i < xv.size(); ++i) {
      double kept = a * xv[i] + alpha * a * p, drop = -alpha * a + alpha * a * p;
      Tolerance t = tol(dt);
      bool is_kept = std::fabs(yv[i] - kept) <= t.atol + t.rtol * std::fabs(kept);
      bool is_drop = std::fabs(yv[i] - drop) <= t.atol + t.rtol * std::fabs(drop);
      EXPECT_TRUE(is_kept || is_drop) << dtype_name(dt) << " at " << i << ": " << yv[i];
      dropped += !is_kept;
    }
    EXPECT_GT(dropped, 150);  // ~240 of 1200 expected
    EXPECT_LT(dropped, 330);
  }
  expect_error<InvalidArgumentError>([] { alpha_dropout(ones({3}), -0.1, true); },
                                     {"alpha_dropout", "between 0 and 1"});
}

// y[m, n] = sum_k x[m, k] w[n, k] + b[n]
V linear_ref(const V& x, const V& w, const V* b, int64_t M, int64_t K, int64_t N) {
  V y(M * N);
  for (int64_t m = 0; m < M; ++m)
    for (int64_t n = 0; n < N; ++n) {
      double s = b ? (*b)[n] : 0;
      for (int64_t k = 0; k < K; ++k) s += x[m * K + k] * w[n * K + k];
      y[m * N + n] = s;
    }
  return y;
}

TEST(NnLinear, ShapesLayoutsBiasAndDtypes) {
  for (DType dt : dtypes_of("linear"))
    for (const S& xs : std::vector<S>{{5}, {4, 5}, {2, 3, 5}, {0, 5}, {3, 0}}) {
      const int64_t K = xs.back(), N = 6, M = numel_of(xs) / std::max<int64_t>(K, 1);
      Tensor w = sample({N, K}, dt, -1, 1, 3), b = sample({N}, dt, -1, 1, 4);
      for (auto& [name, x] : layouts(sample(xs, dt, -1, 1, 2)))
        for (bool with_b : {false, true}) {
          Tensor y = with_b ? linear(x, w, b) : linear(x, w);
          S ys = xs;
          ys.back() = N;
          V bv = vals(b);
          V ref = linear_ref(vals(x), vals(w), with_b ? &bv : nullptr,
                             K == 0 ? numel_of(ys) / N : M, K, N);
          expect_close(y, f64t(ref, ys), {1e-5, 1e-5},
                       std::string("linear ") + dtype_name(dt) + shape_str(xs) + name);
        }
      // transposed weight
      Tensor wt = sample({K, N}, dt, -1, 1, 3).t();
      Tensor x = sample(xs, dt, -1, 1, 2);
      expect_close(linear(x, wt),
                   f64t(linear_ref(vals(x), vals(wt), nullptr, K == 0 ? 0 : M, K, N),
                        [&] {
                          S s = xs;
                          s.back() = N;
                          return s;
                        }()),
                   {1e-5, 1e-5}, "transposed weight");
    }
  expect_error<ShapeError>(
      [] {
        linear(ones({4, 3}), ones({2, 5}));
      },
      {"linear", "weight", "[4, 3]", "[2, 5]"});
  expect_error<DTypeError>(
      [] {
        linear(ones({4, 3}), ones({2, 3}, {.dtype = DType::F64}));
      },
      {"linear", "same dtype", "float32", "float64"});
  expect_error<ShapeError>(
      [] {
        linear(ones({4, 3}), ones({2, 3}), ones({3}));
      },
      {"linear", "bias", "[2]"});
}

TEST(NnLinear, Bilinear) {
  for (DType dt : dtypes_of("bilinear")) {
    Tensor x1 = sample({2, 3, 4}, dt, -1, 1, 1), x2 = sample({2, 3, 5}, dt, -1, 1, 2);
    Tensor w = sample({6, 4, 5}, dt, -1, 1, 3), b = sample({6}, dt, -1, 1, 4);
    V a = vals(x1), c = vals(x2), wv = vals(w), bv = vals(b), ref(6 * 6);
    for (int64_t m = 0; m < 6; ++m)
      for (int64_t k = 0; k < 6; ++k) {
        double s = bv[k];
        for (int64_t i = 0; i < 4; ++i)
          for (int64_t j = 0; j < 5; ++j)
            s += a[m * 4 + i] * wv[(k * 4 + i) * 5 + j] * c[m * 5 + j];
        ref[m * 6 + k] = s;
      }
    expect_close(bilinear(x1, x2, w, b), f64_tensor(ref, {2, 3, 6}), {1e-5, 1e-5}, "bilinear");
    expect_close(bilinear(x1.transpose(0, 1).contiguous().transpose(0, 1), x2, w, b),
                 f64_tensor(ref, {2, 3, 6}), {1e-5, 1e-5}, "bilinear transposed");
  }
  expect_error<ShapeError>(
      [] {
        bilinear(ones({2, 4}), ones({2, 5}), ones({6, 3, 5}));
      },
      {"bilinear", "input1", "4"});
}

TEST(NnEmbedding, RowsPaddingAndErrors) {
  for (DType dt : dtypes_of("embedding")) {
    Tensor w = sample({5, 3}, dt);
    Tensor idx = tensor<int64_t>({4, 0, 2, 2, 1, 4}).view({2, 3});
    Tensor y = embedding(w, idx);
    V wv = vals(w), ref;
    for (int64_t i : {4, 0, 2, 2, 1, 4})
      for (int64_t j = 0; j < 3; ++j) ref.push_back(wv[i * 3 + j]);
    expect_close(y, f64_tensor(ref, {2, 3, 3}), tolerance(dt), dtype_name(dt));
    EXPECT_EQ(y.dtype(), dt);
    expect_close(embedding(w, idx.to(DType::I32), 2), f64_tensor(ref, {2, 3, 3}), tolerance(dt),
                 "int32 indices, padding_idx");
  }
  Tensor w = ones({5, 3});
  expect_close(embedding(w, tensor<int64_t>({}).view({0})), zeros({0, 3}), "empty");
  expect_close(embedding(w, full({}, 1, {.dtype = DType::I64})), ones({3}), "0-dim index");
  expect_error<IndexError>(
      [&] {
        embedding(w, tensor<int64_t>({1, 5}));
      },
      {"embedding", "out of range"});
  expect_error<DTypeError>([&] { embedding(w, ones({2})); }, {"embedding", "indices", "int64"});
  expect_error<ShapeError>([&] { embedding(ones({5}), tensor<int64_t>({1})); },
                           {"embedding", "2-D"});
}

TEST(NnEmbedding, BagModesOffsetsPaddingAndWeights) {
  for (DType dt : dtypes_of("embedding_bag")) {
    Tensor w = sample({6, 2}, dt);
    V wv = vals(w);
    std::vector<int64_t> ix{1, 2, 4, 5, 4, 3, 2, 0};
    Tensor idx = from_data(ix.data(), {8}, DType::I64);
    Tensor off = tensor<int64_t>({0, 2, 2, 5});  // bags [0,2) [2,2) [2,5) [5,8)
    std::vector<std::pair<int64_t, int64_t>> bags{{0, 2}, {2, 2}, {2, 5}, {5, 8}};
    for (std::string mode : {"sum", "mean", "max"})
      for (int64_t pad : {-1, 4}) {
        V ref;
        for (auto [s, e] : bags)
          for (int64_t j = 0; j < 2; ++j) {
            double acc = mode == "max" ? -kInf : 0;
            int n = 0;
            for (int64_t i = s; i < e; ++i) {
              if (ix[i] == pad) continue;
              double v = wv[ix[i] * 2 + j];
              acc = mode == "max" ? std::max(acc, v) : acc + v;
              ++n;
            }
            if (n == 0) acc = 0;
            if (mode == "mean" && n) acc /= n;
            ref.push_back(acc);
          }
        std::optional<int64_t> p;
        if (pad >= 0) p = pad;
        expect_close(embedding_bag(w, idx, off, mode, std::nullopt, false, p),
                     f64_tensor(ref, {4, 2}), tol(dt), mode + " pad " + std::to_string(pad));
      }
    // 2-D indices: fixed-size bags; include_last_offset; per_sample_weights
    Tensor idx2 = tensor<int64_t>({1, 2, 3, 0, 5, 5}).view({2, 3});
    V ref2;
    for (int64_t b = 0; b < 2; ++b)
      for (int64_t j = 0; j < 2; ++j) {
        double s = 0;
        for (int64_t i = 0; i < 3; ++i)
          s += wv[std::vector<int64_t>{1, 2, 3, 0, 5, 5}[b * 3 + i] * 2 + j];
        ref2.push_back(s);
      }
    expect_close(embedding_bag(w, idx2, std::nullopt, "sum"), f64_tensor(ref2, {2, 2}), tol(dt),
                 "2-D");
    Tensor psw = sample({8}, dt, 0, 1, 5);
    V pv = vals(psw), ref3;
    for (auto [s, e] : std::vector<std::pair<int64_t, int64_t>>{{0, 2}, {2, 2}, {2, 5}})
      for (int64_t j = 0; j < 2; ++j) {
        double acc = 0;
        for (int64_t i = s; i < e; ++i) acc += pv[i] * wv[ix[i] * 2 + j];
        ref3.push_back(acc);
      }
    expect_close(embedding_bag(w, idx, off, "sum", psw, true), f64_tensor(ref3, {3, 2}), tol(dt),
                 "psw include_last_offset");
  }
  Tensor w = ones({4, 2});
  expect_error<InvalidArgumentError>(
      [&] {
        embedding_bag(w, tensor<int64_t>({1, 2}), tensor<int64_t>({0}), "avg");
      },
      {"embedding_bag", "mode", "avg"});
  expect_error<InvalidArgumentError>(
      [&] {
        embedding_bag(w, tensor<int64_t>({1, 2}));
      },
      {"embedding_bag", "offsets"});
  expect_error<IndexError>(
      [&] {
        embedding_bag(w, tensor<int64_t>({1, 9}), tensor<int64_t>({0}));
      },
      {"embedding_bag", "out of range"});
  expect_error<InvalidArgumentError>(
      [&] {
        embedding_bag(w, tensor<int64_t>({1, 2}), tensor<int64_t>({0}), "mean", ones({2}));
      },
      {"embedding_bag", "per_sample_weights", "sum"});
}

// Normalizes groups: x viewed as (outer, n) rows; y = (x - mean) / sqrt(var + eps).
V norm_rows_ref(const V& x, int64_t n, double eps, bool rms = false) {
  V y(x.size());
  for (size_t r = 0; n && r < x.size() / n; ++r) {
    double m = 0, q = 0;
    if (!rms) {
      for (int64_t j = 0; j < n; ++j) m += x[r * n + j];
      m /= n;
    }
    for (int64_t j = 0; j < n; ++j) q += (x[r * n + j] - m) * (x[r * n + j] - m);
    double rstd = 1 / std::sqrt(q / n + eps);
    for (int64_t j = 0; j < n; ++j) y[r * n + j] = (x[r * n + j] - m) * rstd;
  }
  return y;
}

TEST(NnNorm, LayerNormAndRmsNorm) {
  for (DType dt : dtypes_of("layer_norm"))
    for (const S& shape : std::vector<S>{{7}, {3, 4}, {2, 3, 5}, {0, 4}, {4, 1024}})
      for (auto& [name, x] : layouts(sample(shape, dt))) {
        const int64_t n = shape.back();
        Tensor w = sample({n}, dt, 0.5, 1.5, 11), b = sample({n}, dt, -1, 1, 12);
        V y = norm_rows_ref(vals(x), n, 1e-5), wv = vals(w), bv = vals(b), yw = y, yr = y;
        for (size_t i = 0; i < y.size(); ++i) yw[i] = y[i] * wv[i % n] + bv[i % n];
        std::string what = std::string(dtype_name(dt)) + shape_str(shape) + name;
        expect_close(layer_norm(x, {n}), f64_tensor(y, shape), tol(dt), "layer_norm " + what);
        expect_close(layer_norm(x, {n}, w, b), f64_tensor(yw, shape), tol(dt),
                     "layer_norm affine " + what);
        V r = norm_rows_ref(vals(x), n, 1e-6, true);
        for (size_t i = 0; i < r.size(); ++i) r[i] *= wv[i % n];
        expect_close(rms_norm(x, {n}, w, 1e-6), f64_tensor(r, shape), tol(dt), "rms_norm " + what);
      }
  // Two normalized dims.
  Tensor x = sample({2, 3, 4}, DType::F64);
  expect_close(layer_norm(x, {3, 4}, std::nullopt, std::nullopt, 1e-3),
               f64_tensor(norm_rows_ref(vals(x), 12, 1e-3), {2, 3, 4}), "2 dims");
  // rms_norm's default eps is the dtype's epsilon.
  expect_close(rms_norm(x, {4}),
               f64_tensor(norm_rows_ref(vals(x), 4, std::numeric_limits<double>::epsilon(), true),
                          {2, 3, 4}),
               "rms default eps");
  expect_error<ShapeError>(
      [] {
        layer_norm(ones({2, 3, 4}), {5});
      },
      {"layer_norm", "normalized_shape", "[5]", "[2, 3, 4]"});
  expect_error<ShapeError>(
      [] {
        layer_norm(ones({2, 4}), {4}, ones({3}));
      },
      {"layer_norm", "weight", "[3]"});
  expect_error<DTypeError>(
      [] {
        layer_norm(ones({2, 4}, {.dtype = DType::I64}), {4});
      },
      {"layer_norm", "floating"});
  expect_error<ShapeError>([] { rms_norm(ones({2, 4}), {3}); }, {"rms_norm", "normalized_shape"});
}

// (N, C, L) input -> per-channel normalization over N and L with given mean/var or batch stats.
TEST(NnNorm, BatchNormTrainingEvalAndRunningStats) {
  for (DType dt : dtypes_of("batch_norm"))
    for (const S& shape : std::vector<S>{{4, 3}, {2, 3, 5}, {2, 3, 2, 2}}) {
      Tensor x = sample(shape, dt);
      const int64_t N = shape[0], C = shape[1], L = numel_of(shape) / (N * C);
      V xv = vals(x), mean(C, 0), var(C, 0);
      for (int64_t c = 0; c < C; ++c) {
        for (int64_t n = 0; n < N; ++n)
          for (int64_t l = 0; l < L; ++l) mean[c] += xv[(n * C + c) * L + l];
        mean[c] /= N * L;
        for (int64_t n = 0; n < N; ++n)
          for (int64_t l = 0; l < L; ++l) var[c] += std::pow(xv[(n * C + c) * L + l] - mean[c], 2);
        var[c] /= N * L;
      }
      Tensor w = sample({C}, dt, 0.5, 1.5, 3), b = sample({C}, dt, -1, 1, 4);
      V wv = vals(w), bv = vals(b);
      auto ref = [&](const V& m, const V& v) {
        V y(xv.size());
        for (size_t i = 0; i < y.size(); ++i) {
          int64_t c = (i / L) % C;
          y[i] = (xv[i] - m[c]) / std::sqrt(v[c] + 1e-5) * wv[c] + bv[c];
        }
        return f64_tensor(y, shape);
      };
      Tensor rm = zeros({C}, {.dtype = dt}), rv = ones({C}, {.dtype = dt});
      std::string what = std::string(dtype_name(dt)) + shape_str(shape);
      expect_close(batch_norm(x, rm, rv, w, b, true, 0.1, 1e-5), ref(mean, var), tol(dt),
                   "train " + what);
      V erm(C), erv(C);
      for (int64_t c = 0; c < C; ++c) {
        erm[c] = 0.1 * mean[c];
        erv[c] = 0.9 + 0.1 * var[c] * (N * L) / (N * L - 1.0);
      }
      expect_close(rm, f64_tensor(erm, {C}), tol(dt), "running_mean " + what);
      expect_close(rv, f64_tensor(erv, {C}), tol(dt), "running_var " + what);
      expect_close(batch_norm(x, rm, rv, w, b, false, 0.1, 1e-5), ref(vals(rm), vals(rv)), tol(dt),
                   "eval " + what);
      expect_close(batch_norm(x.transpose(0, 1).contiguous().transpose(0, 1), std::nullopt,
                              std::nullopt, w, b, true),
                   ref(mean, var), tol(dt), "no running stats, transposed " + what);
    }
  expect_error<ShapeError>(
      [] {
        batch_norm(ones({2, 3}), ones({4}), ones({3}), std::nullopt, std::nullopt, true);
      },
      {"batch_norm", "running_mean", "3"});
  expect_error<InvalidArgumentError>(
      [] {
        batch_norm(ones({1, 3}), std::nullopt, std::nullopt, std::nullopt, std::nullopt, true);
      },
      {"batch_norm", "more than 1 value per channel", "[1, 3]"});
  expect_error<InvalidArgumentError>(
      [] {
        batch_norm(ones({2, 3}), std::nullopt, std::nullopt);
      },
      {"batch_norm", "running_mean"});
}

TEST(NnNorm, GroupNormAndInstanceNorm) {
  for (DType dt : dtypes_of("group_norm")) {
    const S shape{2, 6, 5};
    Tensor x = sample(shape, dt);
    Tensor w = sample({6}, dt, 0.5, 1.5, 3), b = sample({6}, dt, -1, 1, 4);
    V wv = vals(w), bv = vals(b);
    for (int64_t G : {1, 2, 3, 6}) {
      V y = norm_rows_ref(vals(x), 6 / G * 5, 1e-5);
      for (size_t i = 0; i < y.size(); ++i) y[i] = y[i] * wv[(i / 5) % 6] + bv[(i / 5) % 6];
      expect_close(group_norm(x, G, w, b), f64_tensor(y, shape), tol(dt),
                   std::string("group_norm ") + dtype_name(dt) + " G=" + std::to_string(G));
    }
    V yi = norm_rows_ref(vals(x), 5, 1e-5);
    for (size_t i = 0; i < yi.size(); ++i) yi[i] = yi[i] * wv[(i / 5) % 6] + bv[(i / 5) % 6];
    Tensor rm = zeros({6}, {.dtype = dt}), rv = ones({6}, {.dtype = dt});
    expect_close(instance_norm(x, w, b, rm, rv, true, 0.1, 1e-5), f64_tensor(yi, shape), tol(dt),
                 std::string("instance_norm ") + dtype_name(dt));
    // running_mean: 0.1 * mean over samples of the per-instance means
    V xv = vals(x), erm(6, 0);
    for (int64_t n = 0; n < 2; ++n)
      for (int64_t c = 0; c < 6; ++c)
        for (int64_t l = 0; l < 5; ++l) erm[c] += 0.1 * xv[(n * 6 + c) * 5 + l] / 10;
    expect_close(rm, f64_tensor(erm, {6}), tol(dt), "instance_norm running_mean");
    // use_input_stats=false normalizes with the running stats
    V ye(xv.size());
    V rmv = vals(rm), rvv = vals(rv);
    for (size_t i = 0; i < ye.size(); ++i) {
      int64_t c = (i / 5) % 6;
      ye[i] = (xv[i] - rmv[c]) / std::sqrt(rvv[c] + 1e-5);
    }
    expect_close(instance_norm(x, std::nullopt, std::nullopt, rm, rv, false), f64_tensor(ye, shape),
                 tol(dt), "instance_norm eval");
  }
  expect_error<InvalidArgumentError>(
      [] {
        group_norm(ones({2, 6, 4}), 4);
      },
      {"group_norm", "divisible by num_groups", "[2, 6, 4]", "4"});
  expect_error<ShapeError>([] { instance_norm(ones({2, 3})); }, {"instance_norm", "3 dims"});
}

TEST(NnDistance, CosineSimilarityAndPairwiseDistance) {
  for (DType dt : dtypes_of("cosine_similarity")) {
    Tensor a = sample({4, 5}, dt, -2, 2, 1), b = sample({4, 5}, dt, -2, 2, 2);
    Tensor bb = sample({5}, dt, -2, 2, 3);
    V av = vals(a), bv = vals(b), bbv = vals(bb), cos1, cos0(5), pd, pd1;
    for (int64_t i = 0; i < 4; ++i) {
      double d = 0, n1 = 0, n2 = 0, s2 = 0, s1 = 0;
      for (int64_t j = 0; j < 5; ++j) {
        d += av[i * 5 + j] * bbv[j];
        n1 += av[i * 5 + j] * av[i * 5 + j];
        n2 += bbv[j] * bbv[j];
        s2 += std::pow(av[i * 5 + j] - bv[i * 5 + j] + 1e-6, 2);
        s1 += std::fabs(av[i * 5 + j] - bv[i * 5 + j] + 1e-6);
      }
      cos1.push_back(d / (std::max(std::sqrt(n1), 1e-8) * std::max(std::sqrt(n2), 1e-8)));
      pd.push_back(std::sqrt(s2));
      pd1.push_back(s1);
    }
    for (int64_t j = 0; j < 5; ++j) {
      double d = 0, n1 = 0, n2 = 0;
      for (int64_t i = 0; i < 4; ++i) {
        d += av[i * 5 + j] * bv[i * 5 + j];
        n1 += av[i * 5 + j] * av[i * 5 + j];
        n2 += bv[i * 5 + j] * bv[i * 5 + j];
      }
      cos0[j] = d / (std::max(std::sqrt(n1), 1e-8) * std::max(std::sqrt(n2), 1e-8));
    }
    std::string what = dtype_name(dt);
    expect_close(cosine_similarity(a, bb), f64_tensor(cos1, {4}), tol(dt), "cos broadcast " + what);
    expect_close(cosine_similarity(a, b, 0), f64_tensor(cos0, {5}), tol(dt), "cos dim 0 " + what);
    expect_close(cosine_similarity(a.t().contiguous().t(), b, -2), f64_tensor(cos0, {5}), tol(dt),
                 "cos transposed " + what);
    expect_close(pairwise_distance(a, b), f64_tensor(pd, {4}), tol(dt), "pdist " + what);
    expect_close(pairwise_distance(a, b, 1.0, 1e-6, true), f64_tensor(pd1, {4, 1}), tol(dt),
                 "pdist p=1 keepdim " + what);
  }
  // Zero vectors: the eps clamp keeps the result finite (0).
  EXPECT_EQ(values(cosine_similarity(zeros({1, 3}), ones({1, 3})))[0], 0.0);
  // Each norm is clamped at eps separately (torch 1.13: 0.1 and 0.01 here).
  Tensor tiny = f64_tensor({1e-9, 0}, {1, 2}), unit = f64_tensor({1, 0}, {1, 2});
  EXPECT_NEAR(values(cosine_similarity(tiny, unit))[0], 0.1, 1e-12);
  EXPECT_NEAR(values(cosine_similarity(tiny, tiny))[0], 0.01, 1e-12);
  expect_error<ShapeError>(
      [] {
        cosine_similarity(ones({2, 3}), ones({2, 4}));
      },
      {"cosine_similarity"});
  expect_error<IndexError>(
      [] {
        cosine_similarity(ones({2, 3}), ones({2, 3}), 2);
      },
      {"cosine_similarity"});
}

// out[b] = softmax(q k^T * scale + mask) v with q (L, E), k (S, E), v (S, Ev) per batch.
V sdpa_ref(const V& q, const V& k, const V& v, int64_t B, int64_t L, int64_t S, int64_t E,
           int64_t Ev, const std::function<double(int64_t, int64_t, int64_t)>& mask) {
  V out(B * L * Ev, 0);
  const double sc = 1 / std::sqrt(static_cast<double>(E));
  for (int64_t b = 0; b < B; ++b)
    for (int64_t i = 0; i < L; ++i) {
      V s(S);
      double m = -kInf, z = 0;
      for (int64_t j = 0; j < S; ++j) {
        double d = 0;
        for (int64_t e = 0; e < E; ++e) d += q[(b * L + i) * E + e] * k[(b * S + j) * E + e];
        s[j] = d * sc + mask(b, i, j);
        m = std::max(m, s[j]);
      }
      for (int64_t j = 0; j < S; ++j) z += std::exp(s[j] - m);
      for (int64_t j = 0; j < S; ++j)
        for (int64_t e = 0; e < Ev; ++e)
          out[(b * L + i) * Ev + e] += std::exp(s[j] - m) / z * v[(b * S + j) * Ev + e];
    }
  return out;
}

TEST(NnAttention, MasksCausalAndLayouts) {
  for (DType dt : dtypes_of("scaled_dot_product_attention")) {
    const int64_t L = 4, S = 6, E = 8, Ev = 3;
    Tensor q = sample({2, 3, L, E}, dt, -1, 1, 1), k = sample({2, 3, S, E}, dt, -1, 1, 2);
    Tensor v = sample({2, 3, S, Ev}, dt, -1, 1, 3);
    V qv = vals(q), kv = vals(k), vv = vals(v);
    auto none = [](int64_t, int64_t, int64_t) { return 0.0; };
    Tolerance t{1e-5, 1e-5};
    expect_close(scaled_dot_product_attention(q, k, v),
                 f64_tensor(sdpa_ref(qv, kv, vv, 6, L, S, E, Ev, none), {2, 3, L, Ev}), t, "plain");
    expect_close(
        scaled_dot_product_attention(q.transpose(-1, -2).contiguous().transpose(-1, -2), k, v),
        f64_tensor(sdpa_ref(qv, kv, vv, 6, L, S, E, Ev, none), {2, 3, L, Ev}), t, "transposed q");
    Tensor qs = sample({2, 3, S, E}, dt, -1, 1, 4);
    auto causal = [](int64_t, int64_t i, int64_t j) { return j > i ? -kInf : 0.0; };
    expect_close(scaled_dot_product_attention(qs, k, v, std::nullopt, 0.0, true),
                 f64_tensor(sdpa_ref(vals(qs), kv, vv, 6, S, S, E, Ev, causal), {2, 3, S, Ev}), t,
                 "causal");
    Tensor fm = sample({L, S}, dt, -1, 1, 5);
    V fmv = vals(fm);
    auto addm = [&](int64_t, int64_t i, int64_t j) { return fmv[i * S + j]; };
    expect_close(scaled_dot_product_attention(q, k, v, fm),
                 f64_tensor(sdpa_ref(qv, kv, vv, 6, L, S, E, Ev, addm), {2, 3, L, Ev}), t,
                 "float mask");
    Tensor bm = gt(sample({3, 1, S}, DType::F64, -1, 1, 6), Scalar(-0.5));
    V bmv = vals(bm);
    auto boolm = [&](int64_t b, int64_t, int64_t j) { return bmv[(b % 3) * S + j] ? 0.0 : -kInf; };
    expect_close(scaled_dot_product_attention(q, k, v, bm),
                 f64_tensor(sdpa_ref(qv, kv, vv, 6, L, S, E, Ev, boolm), {2, 3, L, Ev}), t,
                 "bool mask");
  }
  expect_error<ShapeError>(
      [] {
        scaled_dot_product_attention(ones({2, 4, 8}), ones({2, 5, 7}), ones({2, 5, 3}));
      },
      {"scaled_dot_product_attention", "key", "8"});
  expect_error<InvalidArgumentError>(
      [] {
        scaled_dot_product_attention(ones({4, 8}), ones({4, 8}), ones({4, 8}), ones({4, 4}), 0.0,
                                     true);
      },
      {"scaled_dot_product_attention", "is_causal"});
}

}  // namespace
}  // namespace ignis::test
