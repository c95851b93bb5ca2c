// Reductions and scans against plain f64 references written here: every schema dtype, the
// sample shapes (0-size and 0-dim included), several dim sets with and without keepdim, three
// memory layouts, the out= and in-place forms, nan semantics and every documented error.
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>

#include "op_harness.h"
#include "op_table.gen.h"

namespace ignis::test {
namespace {

IGNIS_OP_COVERED("sum");
IGNIS_OP_COVERED("mean");
IGNIS_OP_COVERED("prod");
IGNIS_OP_COVERED("var");
IGNIS_OP_COVERED("std");
IGNIS_OP_COVERED("max");
IGNIS_OP_COVERED("max.dim");
IGNIS_OP_COVERED("min");
IGNIS_OP_COVERED("min.dim");
IGNIS_OP_COVERED("amax");
IGNIS_OP_COVERED("amin");
IGNIS_OP_COVERED("argmax");
IGNIS_OP_COVERED("argmin");
IGNIS_OP_COVERED("logsumexp");
IGNIS_OP_COVERED("all");
IGNIS_OP_COVERED("any");
IGNIS_OP_COVERED("norm");
IGNIS_OP_COVERED("norm.str");
IGNIS_OP_COVERED("count_nonzero");
IGNIS_OP_COVERED("cumsum");
IGNIS_OP_COVERED("cumprod");

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// Reduced-dim flags of a dims list (none or empty = all).
std::vector<bool> reduced_flags(int64_t nd, const std::optional<std::vector<int64_t>>& dims) {
  std::vector<bool> r(nd, !dims || dims->empty());
  if (dims)
    for (int64_t d : *dims) r[d < 0 ? d + nd : d] = true;
  return r;
}

// The rows a reduction reduces, in row-major order of the kept dims (built with views only).
std::vector<std::vector<double>> rows_of(const Tensor& t, const std::vector<bool>& red) {
  std::vector<int64_t> perm;
  int64_t R = 1;
  for (int64_t d = 0; d < t.dim(); ++d)
    if (!red[d]) perm.push_back(d);
  for (int64_t d = 0; d < t.dim(); ++d)
    if (red[d]) {
      perm.push_back(d);
      R *= t.size(d);
    }
  std::vector<double> v = values(t.dim() ? t.permute(perm) : t);
  int64_t kept = 1;
  for (int64_t d = 0; d < t.dim(); ++d)
    if (!red[d]) kept *= t.size(d);
  std::vector<std::vector<double>> rows(kept);
  for (int64_t k = 0; k < kept; ++k) rows[k].assign(v.begin() + k * R, v.begin() + (k + 1) * R);
  return rows;
}

std::vector<int64_t> out_shape(const Tensor& t, const std::vector<bool>& red, bool keepdim) {
  std::vector<int64_t> s;
  for (int64_t d = 0; d < t.dim(); ++d)
    if (!red[d])
      s.push_back(t.size(d));
    else if (keepdim)
      s.push_back(1);
  return s;
}

// Dim sets every reduction is checked on for a tensor of nd dims.
std::vector<std::optional<std::vector<int64_t>>> dim_sets(int64_t nd) {
  std::vector<std::optional<std::vector<int64_t>>> s{std::nullopt};
  if (nd >= 1) s.push_back(std::vector<int64_t>{0}), s.push_back(std::vector<int64_t>{-1});
  if (nd >= 2) s.push_back(std::vector<int64_t>{0, nd - 1});
  if (nd >= 3) s.push_back(std::vector<int64_t>{1});
  return s;
}

double ref_sum(const std::vector<double>& r) { return std::accumulate(r.begin(), r.end(), 0.0); }
double ref_max(const std::vector<double>& r) {
  double m = -kInf;
  for (double x : r) {
    if (std::isnan(x)) return x;
    m = std::max(m, x);
  }
  return m;
}
double ref_min(const std::vector<double>& r) {
  double m = kInf;
  for (double x : r) {
    if (std::isnan(x)) return x;
    m = std::min(m, x);
  }
  return m;
}
double ref_var(const std::vector<double>& r, double c) {
  double m = ref_sum(r) / r.size(), s = 0;
  for (double x : r) s += (x - m) * (x - m);
  return s / std::max(0.0, r.size() - c);
}
double ref_norm(const std::vector<double>& r, double p) {
  if (std::isinf(p)) {
    double m = p > 0 ? 0 : kInf;
    for (double x : r) m = p > 0 ? std::max(m, std::fabs(x)) : std::min(m, std::fabs(x));
    return m;
  }
  double s = 0;
  for (double x : r) s += p == 0 ? (x != 0) : std::pow(std::fabs(x), p);
  return p == 0 ? s : std::pow(s, 1.0 / p);
}
double ref_lse(const std::vector<double>& r) {
  double m = ref_max(r);
  if (std::isinf(m)) return m;
  double s = 0;
  for (double x : r) s += std::exp(x - m);
  return std::log(s) + m;
}

using Engine = std::function<Tensor(const Tensor&, OptIntArrayRef, bool)>;
using Ref = std::function<double(const std::vector<double>&)>;

// Checks engine against ref for every dtype, shape, dim set, keepdim and layout.
void check_reduction(const char* name, std::vector<DType> dtypes, const Engine& engine,
                     const Ref& ref, std::function<DType(DType)> result_dtype, double lo = -3,
                     double hi = 3, bool nonempty_only = false, bool single_dim = false) {
  for (DType dt : dtypes)
    for (const auto& shape : sample_shapes()) {
      Tensor base = sample(shape, dt, lo, hi);
      for (const auto& dims : dim_sets(base.dim())) {
        if (single_dim && dims && dims->size() != 1) continue;
        std::vector<bool> red = reduced_flags(base.dim(), dims);
        auto rows = rows_of(base, red);
        bool empty_red = base.numel() == 0 && !rows.empty() && rows[0].empty();
        if (nonempty_only && (empty_red || (rows.empty() && base.numel() == 0 && !dims))) continue;
        for (bool keepdim : {false, true}) {
          std::vector<double> e;
          for (auto& r : rows) e.push_back(ref(r));
          Tensor expected = f64_tensor(e, out_shape(base, red, keepdim));
          for (auto& [lname, t] : layouts(base)) {
            std::string what = std::string(name) + " " + dtype_name(dt) + " shape " +
                               ::testing::PrintToString(shape) + " dims " +
                               (dims ? ::testing::PrintToString(*dims) : "None") +
                               (keepdim ? " keepdim " : " ") + lname;
            Tensor got = dims ? engine(t, *dims, keepdim) : engine(t, std::nullopt, keepdim);
            EXPECT_EQ(got.dtype(), result_dtype(dt)) << what;
            expect_close(got, expected, tolerance(got.dtype()), what);
          }
        }
      }
    }
}

DType same(DType d) { return d; }
DType widen(DType d) { return is_floating(d) ? d : DType::I64; }

TEST(Reduce, Sum) {
  check_reduction(
      "sum", dtypes_of("sum"), [](auto& t, auto d, bool k) { return sum(t, d, k); }, ref_sum,
      widen);
}
TEST(Reduce, Mean) {
  check_reduction(
      "mean", dtypes_of("mean"), [](auto& t, auto d, bool k) { return mean(t, d, k); },
      [](auto& r) { return ref_sum(r) / r.size(); }, same);
}
TEST(Reduce, Prod) {
  check_reduction(
      "prod", dtypes_of("prod"), [](auto& t, auto d, bool k) { return prod(t, d, k); },
      [](auto& r) { return std::accumulate(r.begin(), r.end(), 1.0, std::multiplies<>()); }, widen,
      -1.4, 1.4);
}
TEST(Reduce, VarStd) {
  for (double c : {1.0, 0.0, 2.0}) {
    check_reduction(
        "var", dtypes_of("var"), [c](auto& t, auto d, bool k) { return var(t, d, Scalar(c), k); },
        [c](auto& r) { return ref_var(r, c); }, same);
    check_reduction(
        "std", dtypes_of("std"),
        [c](auto& t, auto d, bool k) { return ignis::std(t, d, Scalar(c), k); },
        [c](auto& r) { return std::sqrt(ref_var(r, c)); }, same);
  }
  // Default correction is 1.
  Tensor x = tensor({1.0, 2.0, 4.0});
  EXPECT_NEAR(var(x).item<double>(), 7.0 / 3.0, 1e-12);
  EXPECT_TRUE(std::isnan(var(tensor({1.0})).item<double>()));
}
TEST(Reduce, AmaxAmin) {
  check_reduction(
      "amax", dtypes_of("amax"),
      [](auto& t, auto d, bool k) { return amax(t, d ? *d : IntArrayRef{}, k); }, ref_max, same, -3,
      3, true);
  check_reduction(
      "amin", dtypes_of("amin"),
      [](auto& t, auto d, bool k) { return amin(t, d ? *d : IntArrayRef{}, k); }, ref_min, same, -3,
      3, true);
}
TEST(Reduce, MaxMinFull) {
  for (DType dt : dtypes_of("max"))
    for (const auto& shape : sample_shapes()) {
      Tensor base = sample(shape, dt);
      if (base.numel() == 0) continue;
      for (auto& [lname, t] : layouts(base)) {
        std::vector<double> v = values(t);
        EXPECT_EQ(max(t).item<double>(), ref_max(v)) << dtype_name(dt) << " " << lname;
        EXPECT_EQ(min(t).item<double>(), ref_min(v)) << dtype_name(dt) << " " << lname;
        EXPECT_EQ(max(t).dtype(), dt);
        EXPECT_EQ(max(t).dim(), 0);
      }
    }
}
TEST(Reduce, LogicalAndCount) {
  auto nz = [](auto& r) {
    double c = 0;
    for (double x : r) c += x != 0;
    return c;
  };
  check_reduction(
      "all", dtypes_of("all"), [](auto& t, auto d, bool k) { return all(t, d, k); },
      [&](auto& r) { return double(nz(r) == r.size()); }, [](DType) { return DType::Bool; }, -1, 1);
  check_reduction(
      "any", dtypes_of("any"), [](auto& t, auto d, bool k) { return any(t, d, k); },
      [&](auto& r) { return double(nz(r) > 0); }, [](DType) { return DType::Bool; }, -0.6, 0.6);
  check_reduction(
      "count_nonzero", dtypes_of("count_nonzero"),
      [](auto& t, auto d, bool k) {
        Tensor r = count_nonzero(t, d);
        if (!k) return r;
        std::vector<bool> red =
            reduced_flags(t.dim(), d ? std::optional(d.value().vec()) : std::nullopt);
        return r.reshape(out_shape(t, red, true));
      },
      nz, [](DType) { return DType::I64; }, -1, 1);
}
TEST(Reduce, Norm) {
  for (double p : {2.0, 1.0, 3.0, 0.0, kInf, -kInf})
    check_reduction(
        "norm", dtypes_of("norm"),
        [p](auto& t, auto d, bool k) { return norm(t, Scalar(p), d, k); },
        [p](auto& r) { return ref_norm(r, p); }, same, -3, 3, std::isinf(p) && p < 0);
  Tensor x = tensor({3.0f, -4.0f});
  EXPECT_NEAR(norm(x).item<double>(), 5.0, 1e-6);
  EXPECT_NEAR(norm(x, std::string_view("fro")).item<double>(), 5.0, 1e-6);
  EXPECT_EQ(norm(x, Scalar(2), std::nullopt, false, DType::F64).dtype(), DType::F64);
}
TEST(Reduce, LogSumExp) {
  check_reduction(
      "logsumexp", dtypes_of("logsumexp"),
      [](auto& t, auto d, bool k) { return logsumexp(t, d ? *d : IntArrayRef{}, k); }, ref_lse,
      [](DType d) { return is_floating(d) ? d : DType::F32; });
  // Hard-coded from torch 1.13: logsumexp([]) = -inf, [inf, 1] = inf, [-inf, -inf] = -inf.
  EXPECT_EQ(logsumexp(tensor<float>({}), {0}).item<double>(), -kInf);
  EXPECT_EQ(logsumexp(tensor({kInf, 1.0}), {0}).item<double>(), kInf);
  EXPECT_EQ(logsumexp(tensor({-kInf, -kInf}), {0}).item<double>(), -kInf);
  EXPECT_NEAR(logsumexp(tensor({1000.0f, 1000.0f}), {0}).item<double>(), 1000 + std::log(2.0),
              1e-3);
}

// First index of the extreme (nan is the extreme) of a row.
int64_t ref_arg(const std::vector<double>& r, bool is_max) {
  int64_t b = 0;
  for (size_t i = 0; i < r.size(); ++i) {
    if (std::isnan(r[i])) return i;
    if (is_max ? r[i] > r[b] : r[i] < r[b]) b = i;
  }
  return b;
}

TEST(Reduce, ArgmaxArgminAndMaxDim) {
  for (DType dt : dtypes_of("max"))
    for (const auto& shape : sample_shapes()) {
      Tensor base = sample(shape, dt);
      for (int64_t dim = -std::max<int64_t>(base.dim(), 1); dim < std::max<int64_t>(base.dim(), 1);
           ++dim) {
        std::vector<bool> red(base.dim(), false);
        if (base.dim()) red[dim < 0 ? dim + base.dim() : dim] = true;
        auto rows = rows_of(base, red);
        if (!rows.empty() && rows[0].empty()) continue;  // empty reduced dim: an error, below
        for (bool keepdim : {false, true})
          for (bool is_max : {true, false}) {
            std::vector<double> ev, ei;
            for (auto& r : rows) {
              ei.push_back(ref_arg(r, is_max));
              ev.push_back(r[ei.back()]);
            }
            auto shp = out_shape(base, red, keepdim);
            for (auto& [lname, t] : layouts(base)) {
              std::string what = std::string(is_max ? "max" : "min") + ".dim " + dtype_name(dt) +
                                 " dim " + std::to_string(dim) + " " + lname;
              auto [v, i] = is_max ? max(t, dim, keepdim) : min(t, dim, keepdim);
              EXPECT_EQ(v.dtype(), dt) << what;
              EXPECT_EQ(i.dtype(), DType::I64) << what;
              expect_close(v, f64_tensor(ev, shp), what);
              expect_close(i, f64_tensor(ei, shp), what);
              if (dt == DType::Bool) continue;
              Tensor a = is_max ? argmax(t, dim, keepdim) : argmin(t, dim, keepdim);
              expect_close(a, f64_tensor(ei, shp), "arg" + what);
            }
          }
      }
      // dim = None flattens.
      if (dt == DType::Bool || base.numel() == 0) continue;
      for (auto& [lname, t] : layouts(base)) {
        std::vector<double> v = values(t);
        EXPECT_EQ(argmax(t).item<int64_t>(), ref_arg(v, true)) << lname;
        EXPECT_EQ(argmin(t).item<int64_t>(), ref_arg(v, false)) << lname;
        EXPECT_EQ(argmax(t, std::nullopt, true).shape(), std::vector<int64_t>(t.dim(), 1));
      }
    }
}

TEST(Reduce, NanPropagates) {
  Tensor x = tensor({1.0f, float(kNan), 2.0f, 0.5f});
  EXPECT_TRUE(std::isnan(max(x).item<double>()));
  EXPECT_TRUE(std::isnan(min(x).item<double>()));
  EXPECT_TRUE(std::isnan(amax(x).item<double>()));
  EXPECT_EQ(argmax(x).item<int64_t>(), 1);
  EXPECT_EQ(argmin(x).item<int64_t>(), 1);
  EXPECT_EQ(std::get<1>(max(x, 0)).item<int64_t>(), 1);
  // A long contiguous float32 row takes the vectorized, threaded path.
  Tensor big = arange(200000, {.dtype = DType::F32});
  EXPECT_EQ(argmax(big).item<int64_t>(), 199999);
  EXPECT_EQ(argmin(big).item<int64_t>(), 0);
  EXPECT_EQ(max(big).item<double>(), 199999.0);
  big.select(0, 150000).fill_(kNan);
  EXPECT_TRUE(std::isnan(max(big).item<double>()));
  EXPECT_EQ(argmax(big).item<int64_t>(), 150000);
  EXPECT_EQ(argmin(big).item<int64_t>(), 150000);
  big.select(0, 150000).fill_(1e9);
  big.select(0, 170000).fill_(1e9);
  EXPECT_EQ(argmax(big).item<int64_t>(), 150000);  // first of equal maxima
}

TEST(Reduce, EmptyReductions) {
  // Hard-coded from torch 1.13.
  Tensor e = zeros({0}, {.dtype = DType::F32});
  EXPECT_EQ(sum(e).item<double>(), 0.0);
  EXPECT_EQ(prod(e).item<double>(), 1.0);
  EXPECT_TRUE(std::isnan(mean(e).item<double>()));
  EXPECT_EQ(sum(zeros({0}, {.dtype = DType::I32})).dtype(), DType::I64);
  EXPECT_EQ(all(e).item<bool>(), true);
  EXPECT_EQ(any(e).item<bool>(), false);
  EXPECT_EQ(sum(zeros({2, 0}), {1}).shape(), std::vector<int64_t>{2});
  EXPECT_EQ(std::get<0>(max(zeros({0, 3}), 1)).shape(), std::vector<int64_t>{0});
}

TEST(Reduce, LongSumsStayAccurate) {
  int64_t n = int64_t(1) << 25;
  for (float v : {1.0f, 0.1f}) {
    Tensor x = full({n}, v, {.dtype = DType::F32});
    double expect = static_cast<double>(v) * n;
    double got = sum(x).item<double>();
    EXPECT_LE(std::fabs(got - expect), 1e-6 * expect) << v;
    EXPECT_LE(std::fabs(mean(x).item<double>() - v), 1e-6 * v) << v;
  }
  // Integers widen: int32 sums past 2^31 without overflow.
  Tensor big = full({3}, int64_t(2000000000), {.dtype = DType::I32});
  EXPECT_EQ(sum(big).item<int64_t>(), 6000000000LL);
}

TEST(Reduce, OuterAndInnerDimLayouts) {
  // Large enough to take the threaded and tiled paths.
  Tensor x = sample({300, 257}, DType::F32);
  for (int64_t d : {0, 1}) {
    std::vector<bool> red{d == 0, d == 1};
    auto rows = rows_of(x, red);
    std::vector<double> e, m;
    for (auto& r : rows) e.push_back(ref_sum(r)), m.push_back(ref_max(r));
    expect_close(sum(x, {d}), f64_tensor(e, {int64_t(rows.size())}), {1e-5, 1e-4}, "sum");
    expect_close(amax(x, {d}), f64_tensor(m, {int64_t(rows.size())}), "amax");
    expect_close(sum(x.t(), {1 - d}), f64_tensor(e, {int64_t(rows.size())}), {1e-5, 1e-4}, "sum.t");
  }
}

TEST(Reduce, DtypeArgument) {
  Tensor x = tensor({1.5f, 2.0f});
  EXPECT_EQ(sum(x, std::nullopt, false, DType::I32).item<int64_t>(), 3);  // torch: converts first
  EXPECT_EQ(sum(x, std::nullopt, false, DType::F64).dtype(), DType::F64);
  EXPECT_EQ(mean(tensor({1, 2}), std::nullopt, false, DType::F64).item<double>(), 1.5);
  EXPECT_EQ(prod(tensor({2, 3}, {.dtype = DType::I8})).dtype(), DType::I64);
  EXPECT_EQ(cumsum(tensor({1, 2}, {.dtype = DType::I8}), 0).dtype(), DType::I64);
  EXPECT_EQ(cumsum(x, 0, DType::F64).dtype(), DType::F64);
}

// Running op along dim as f64.
Tensor ref_scan(const Tensor& t, int64_t dim, bool is_sum) {
  std::vector<double> v = values(t);
  std::vector<int64_t> s = t.shape();
  if (t.dim() == 0) return f64_tensor(v, {});
  int64_t d = dim < 0 ? dim + t.dim() : dim, inner = 1;
  for (int64_t i = d + 1; i < t.dim(); ++i) inner *= s[i];
  int64_t n = s[d];
  for (size_t base = 0; base < v.size(); ++base) {
    int64_t pos = (base / inner) % n;
    if (pos == 0) continue;
    v[base] = is_sum ? v[base - inner] + v[base] : v[base - inner] * v[base];
  }
  return f64_tensor(v, s);
}

TEST(Reduce, CumsumCumprod) {
  for (bool is_sum : {true, false})
    for (DType dt : dtypes_of(is_sum ? "cumsum" : "cumprod"))
      for (const auto& shape : sample_shapes()) {
        Tensor base = sample(shape, dt, is_sum ? -3 : -1.4, is_sum ? 3 : 1.4);
        int64_t nd = std::max<int64_t>(base.dim(), 1);
        for (int64_t dim = -nd; dim < nd; ++dim) {
          Tensor e = ref_scan(base, dim, is_sum);
          for (auto& [lname, t] : layouts(base)) {
            std::string what = std::string(is_sum ? "cumsum " : "cumprod ") + dtype_name(dt) +
                               " dim " + std::to_string(dim) + " " + lname;
            Tensor r = is_sum ? cumsum(t, dim) : cumprod(t, dim);
            EXPECT_EQ(r.dtype(), widen(dt)) << what;
            expect_close(r, e, tolerance(r.dtype()), what);
            Tensor out = empty({0}, {.dtype = widen(dt)});
            is_sum ? cumsum_out(out, t, dim) : cumprod_out(out, t, dim);
            expect_close(out, e, tolerance(r.dtype()), what + " out=");
            if (!is_floating(dt) && dt != DType::I64) continue;
            Tensor ip = t.clone();
            is_sum ? cumsum_(ip, dim) : cumprod_(ip, dim);
            expect_close(ip, e, tolerance(ip.dtype()), what + " in-place");
          }
        }
      }
}

TEST(Reduce, OutForms) {
  Tensor x = sample({3, 4}, DType::F32);
  auto check = [&](const char* name, const Tensor& expected, auto&& fn) {
    Tensor out = empty({0}, {.dtype = expected.dtype()});
    Tensor& r = fn(out);
    EXPECT_TRUE(r.is_same(out)) << name;
    expect_close(out, expected, name);
    // A preallocated out of the right shape is written in place (here a strided view).
    Tensor big = zeros({expected.numel() * 2}, {.dtype = expected.dtype()});
    Tensor view = big.slice(0, 0, std::nullopt, 2).view(expected.sizes());
    fn(view);
    expect_close(view, expected, std::string(name) + " strided out");
  };
  check("sum_out", sum(x, {1}), [&](Tensor& o) -> Tensor& { return sum_out(o, x, {1}); });
  check("mean_out", mean(x, {0}), [&](Tensor& o) -> Tensor& { return mean_out(o, x, {0}); });
  check("prod_out", prod(x, {1}), [&](Tensor& o) -> Tensor& { return prod_out(o, x, {1}); });
  check("var_out", var(x, {1}), [&](Tensor& o) -> Tensor& { return var_out(o, x, {1}); });
  check("std_out", ignis::std(x, {1}), [&](Tensor& o) -> Tensor& { return std_out(o, x, {1}); });
  check("amax_out", amax(x, {1}), [&](Tensor& o) -> Tensor& { return amax_out(o, x, {1}); });
  check("amin_out", amin(x, {1}), [&](Tensor& o) -> Tensor& { return amin_out(o, x, {1}); });
  check("argmax_out", argmax(x, 1), [&](Tensor& o) -> Tensor& { return argmax_out(o, x, 1); });
  check("argmin_out", argmin(x, 1), [&](Tensor& o) -> Tensor& { return argmin_out(o, x, 1); });
  check("logsumexp_out", logsumexp(x, {1}),
        [&](Tensor& o) -> Tensor& { return logsumexp_out(o, x, {1}); });
  check("all_out", all(x, {1}), [&](Tensor& o) -> Tensor& { return all_out(o, x, {1}); });
  check("any_out", any(x, {1}), [&](Tensor& o) -> Tensor& { return any_out(o, x, {1}); });
  check("norm_out", norm(x, Scalar(2), {1}),
        [&](Tensor& o) -> Tensor& { return norm_out(o, x, Scalar(2), {1}); });
}

TEST(Reduce, Errors) {
  Tensor x = zeros({2, 3});
  Tensor i = zeros({2, 3}, {.dtype = DType::I64});
  expect_error<IndexError>([&] { sum(x, {2}); }, {"sum", "dimension out of range", "2"});
  expect_error<IndexError>([&] { amax(x, {-3}); }, {"amax", "out of range"});
  expect_error<IndexError>([&] { cumsum(x, 5); }, {"cumsum", "out of range"});
  expect_error<IndexError>([&] { max(x, 2); }, {"max", "out of range"});
  expect_error<InvalidArgumentError>([&] { sum(x, {1, 1}); }, {"sum", "dim 1", "multiple times"});
  expect_error<InvalidArgumentError>(
      [&] {
        mean(x, {0, -2});
      },
      {"mean", "dim 0", "multiple times"});
  expect_error<DTypeError>([&] { mean(i); }, {"mean", "floating", "int64"});
  expect_error<DTypeError>([&] { var(i); }, {"var", "floating", "int64"});
  expect_error<DTypeError>([&] { ignis::std(i); }, {"std", "floating", "int64"});
  expect_error<DTypeError>([&] { norm(i); }, {"norm", "floating", "int64"});
  expect_error<DTypeError>([&] { argmax(zeros({3}, {.dtype = DType::Bool})); }, {"argmax", "bool"});
  expect_error<DTypeError>([&] { argmin(zeros({3}, {.dtype = DType::Bool})); }, {"argmin", "bool"});
  Tensor e = zeros({0});
  expect_error<InvalidArgumentError>([&] { max(e); }, {"max", "numel() == 0", "dim"});
  expect_error<InvalidArgumentError>([&] { min(e); }, {"min", "numel() == 0"});
  expect_error<InvalidArgumentError>([&] { argmax(e); }, {"argmax", "numel() == 0"});
  expect_error<IndexError>([&] { max(zeros({0, 3}), 0); }, {"max", "dim 0", "non-zero size"});
  expect_error<IndexError>([&] { argmin(zeros({0, 3}), 0); }, {"argmin", "dim 0", "non-zero size"});
  expect_error<IndexError>([&] { amax(zeros({0, 3}), {0}); }, {"amax", "dim 0", "non-zero size"});
  expect_error<IndexError>([&] { amin(e); }, {"amin", "non-zero size"});
  expect_error<UnsupportedError>([&] { norm(x, std::string_view("nuc")); }, {"norm", "nuc"});
  expect_error<InvalidArgumentError>([&] { norm(x, std::string_view("abc")); },
                                     {"norm", "fro", "abc"});
  Tensor o = zeros({5});
  expect_error<ShapeError>([&] { sum_out(o, x, {1}); }, {"sum_out", "shape", "[2]", "[5]"});
  Tensor oi = zeros({2}, {.dtype = DType::I64});
  expect_error<DTypeError>([&] { sum_out(oi, x, {1}); }, {"sum_out", "float32", "int64"});
  expect_error<DTypeError>([&] { cumsum_out(oi, x, 0); }, {"cumsum_out", "dtype"});
}

}  // namespace
}  // namespace ignis::test
