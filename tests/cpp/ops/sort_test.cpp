// sort, argsort, topk, kthvalue, median and unique against f64 references written here: every
// schema dtype, the sample shapes, every dim, three layouts, nan placement and the errors.
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

#include "op_harness.h"
#include "op_table.gen.h"

namespace ignis::test {
namespace {

IGNIS_OP_COVERED("sort");
IGNIS_OP_COVERED("argsort");
IGNIS_OP_COVERED("topk");
IGNIS_OP_COVERED("kthvalue");
IGNIS_OP_COVERED("median");
IGNIS_OP_COVERED("median.dim");
IGNIS_OP_COVERED("unique");

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

// Rows of t along dim (other dims in row-major order), built with views only.
std::vector<std::vector<double>> rows_along(const Tensor& t, int64_t dim) {
  if (t.dim() == 0) return {values(t)};
  int64_t d = dim < 0 ? dim + t.dim() : dim;
  std::vector<int64_t> perm;
  for (int64_t i = 0; i < t.dim(); ++i)
    if (i != d) perm.push_back(i);
  perm.push_back(d);
  std::vector<double> v = values(t.permute(perm));
  int64_t R = t.size(d);
  std::vector<std::vector<double>> rows;
  if (R == 0) return rows;
  for (size_t k = 0; k < v.size(); k += R) rows.emplace_back(v.begin() + k, v.begin() + k + R);
  return rows;
}

// Stable order of a row: ascending with nan last, or descending with nan first.
std::vector<int64_t> ref_order(const std::vector<double>& r, bool descending) {
  std::vector<int64_t> idx(r.size());
  std::iota(idx.begin(), idx.end(), 0);
  std::stable_sort(idx.begin(), idx.end(), [&](int64_t a, int64_t b) {
    double x = r[a], y = r[b];
    if (descending) return (std::isnan(x) && !std::isnan(y)) || x > y;
    return (!std::isnan(x) && std::isnan(y)) || x < y;
  });
  return idx;
}

void expect_same(const std::vector<double>& a, const std::vector<double>& e,
                 const std::string& what) {
  ASSERT_EQ(a.size(), e.size()) << what;
  for (size_t i = 0; i < a.size(); ++i)
    if (std::isnan(e[i]))
      EXPECT_TRUE(std::isnan(a[i])) << what << " at " << i;
    else
      EXPECT_EQ(a[i], e[i]) << what << " at " << i;
}

TEST(Sort, SortAndArgsort) {
  for (DType dt : dtypes_of("sort"))
    for (const auto& shape : sample_shapes()) {
      Tensor base = sample(shape, dt);
      int64_t nd = std::max<int64_t>(base.dim(), 1);
      for (int64_t dim = -nd; dim < nd; ++dim)
        for (bool desc : {false, true})
          for (auto& [lname, t] : layouts(base)) {
            std::string what = std::string("sort ") + dtype_name(dt) + " " +
                               ::testing::PrintToString(shape) + " dim " + std::to_string(dim) +
                               (desc ? " desc " : " ") + lname;
            auto [v, i] = sort(t, dim, desc, true);
            ASSERT_EQ(v.shape(), base.shape()) << what;
            EXPECT_EQ(v.dtype(), dt) << what;
            EXPECT_EQ(i.dtype(), DType::I64) << what;
            auto in_rows = rows_along(t, dim), v_rows = rows_along(v, dim),
                 i_rows = rows_along(i, dim);
            for (size_t r = 0; r < in_rows.size(); ++r) {
              std::vector<int64_t> o = ref_order(in_rows[r], desc);
              std::vector<double> ev, ei;
              for (int64_t k : o) ev.push_back(in_rows[r][k]), ei.push_back(k);
              expect_same(v_rows[r], ev, what + " values");
              expect_same(i_rows[r], ei, what + " indices (stable)");
            }
            expect_same(values(argsort(t, dim, desc, true)), values(i), what + " argsort");
          }
    }
}

TEST(Sort, NanPlacementAndLongRows) {
  // Hard-coded from torch 1.13.
  Tensor x = tensor({1.0f, float(kNan), 2.0f, 0.5f});
  auto [v, i] = sort(x);
  expect_same(values(v), {0.5, 1, 2, kNan}, "ascending");
  expect_same(values(i), {3, 0, 2, 1}, "ascending idx");
  auto [vd, id] = sort(x, -1, true);
  expect_same(values(vd), {kNan, 2, 1, 0.5}, "descending");
  expect_same(values(id), {1, 2, 0, 3}, "descending idx");
  // Long rows (the vectorized path) in every key width, stable on ties.
  for (DType dt : {DType::F32, DType::F64, DType::I32, DType::I64, DType::BF16}) {
    Tensor big = sample({5000}, dt, -50, 50);
    if (is_floating(dt)) big.select(0, 17).fill_(kNan);
    for (bool desc : {false, true}) {
      auto [bv, bi] = sort(big, 0, desc, true);
      std::vector<double> in = values(big);
      std::vector<int64_t> o = ref_order(in, desc);
      std::vector<double> ev, ei;
      for (int64_t k : o) ev.push_back(in[k]), ei.push_back(k);
      expect_same(values(bv), ev, std::string("long ") + dtype_name(dt));
      expect_same(values(bi), ei, std::string("long idx ") + dtype_name(dt));
    }
  }
  // -0.0 and 0.0 compare equal: a stable sort keeps their order.
  auto [zv, zi] = sort(tensor({0.0, -0.0, 0.0}), 0, false, true);
  expect_same(values(zi), {0, 1, 2}, "signed zeros");
}

TEST(Sort, TopkAndKthvalue) {
  for (DType dt : dtypes_of("topk"))
    for (const auto& shape : sample_shapes()) {
      Tensor base = sample(shape, dt);
      int64_t nd = std::max<int64_t>(base.dim(), 1);
      for (int64_t dim = -nd; dim < nd; ++dim) {
        int64_t size = base.dim() ? base.size(dim) : 1;
        for (auto& [lname, t] : layouts(base)) {
          auto in_rows = rows_along(t, dim);
          for (int64_t k : {int64_t(0), std::min<int64_t>(2, size), size})
            for (bool largest : {true, false}) {
              if (k == 0 && base.dim() == 0) continue;  // torch quirk, checked below
              std::string what = std::string("topk ") + dtype_name(dt) + " dim " +
                                 std::to_string(dim) + " k " + std::to_string(k) +
                                 (largest ? " largest " : " smallest ") + lname;
              auto [v, i] = topk(t, k, dim, largest);
              std::vector<int64_t> shp = base.shape();
              if (base.dim()) shp[dim < 0 ? dim + base.dim() : dim] = k;
              ASSERT_EQ(v.shape(), shp) << what;
              auto v_rows = rows_along(v, dim), i_rows = rows_along(i, dim);
              for (size_t r = 0; r < v_rows.size(); ++r) {
                std::vector<int64_t> o = ref_order(in_rows[r], largest);
                std::vector<double> ev;
                for (int64_t j = 0; j < k; ++j) ev.push_back(in_rows[r][o[j]]);
                expect_same(v_rows[r], ev, what);
                for (int64_t j = 0; j < k; ++j)  // indices point at the values (ties may differ)
                  EXPECT_EQ(in_rows[r][int64_t(i_rows[r][j])], v_rows[r][j]) << what;
              }
            }
          for (int64_t k = 1; k <= size; ++k)
            for (bool keepdim : {false, true}) {
              std::string what = std::string("kthvalue ") + dtype_name(dt) + " dim " +
                                 std::to_string(dim) + " k " + std::to_string(k) + " " + lname;
              auto [v, i] = kthvalue(t, k, dim, keepdim);
              std::vector<double> ev;
              for (auto& row : in_rows) ev.push_back(row[ref_order(row, false)[k - 1]]);
              expect_same(values(v), ev, what);
              std::vector<double> iv = values(i);
              for (size_t r = 0; r < in_rows.size(); ++r)
                EXPECT_EQ(in_rows[r][int64_t(iv[r])], ev[r]) << what;
              std::vector<int64_t> shp = base.shape();
              if (base.dim()) {
                int64_t d = dim < 0 ? dim + base.dim() : dim;
                if (keepdim)
                  shp[d] = 1;
                else
                  shp.erase(shp.begin() + d);
              }
              EXPECT_EQ(v.shape(), shp) << what;
            }
        }
      }
    }
  // torch 1.13 returns the element of a 0-dim tensor even for k = 0.
  EXPECT_EQ(std::get<0>(topk(tensor<float>({5.0f}).reshape({}), 0)).item<double>(), 5.0);
  // nan counts as largest (torch 1.13: topk([1, nan, 2, .5], 2) = [nan, 2], kthvalue k=3 -> 2).
  Tensor x = tensor({1.0f, float(kNan), 2.0f, 0.5f});
  expect_same(values(std::get<0>(topk(x, 2))), {kNan, 2}, "topk nan");
  expect_same(values(std::get<1>(topk(x, 2))), {1, 2}, "topk nan idx");
  expect_same(values(std::get<0>(topk(x, 2, -1, false))), {0.5, 1}, "topk smallest nan");
  EXPECT_EQ(std::get<0>(kthvalue(x, 3)).item<double>(), 2.0);
  EXPECT_TRUE(std::isnan(std::get<0>(kthvalue(x, 4)).item<double>()));
  EXPECT_EQ(std::get<1>(kthvalue(x, 4)).item<int64_t>(), 1);
}

TEST(Sort, Median) {
  for (DType dt : dtypes_of("median"))
    for (const auto& shape : sample_shapes()) {
      Tensor base = sample(shape, dt);
      for (auto& [lname, t] : layouts(base)) {
        std::string what = std::string("median ") + dtype_name(dt) + " " + lname;
        std::vector<double> v = values(t);
        if (v.empty()) {
          if (is_floating(dt)) EXPECT_TRUE(std::isnan(median(t).item<double>())) << what;
        } else {
          EXPECT_EQ(median(t).item<double>(), v[ref_order(v, false)[(v.size() - 1) / 2]]) << what;
        }
        int64_t nd = std::max<int64_t>(base.dim(), 1);
        for (int64_t dim = -nd; dim < nd; ++dim) {
          if (base.dim() && base.size(dim) == 0) continue;
          auto rows = rows_along(t, dim);
          auto [mv, mi] = median(t, dim);
          std::vector<double> ev;
          for (auto& row : rows) ev.push_back(row[ref_order(row, false)[(row.size() - 1) / 2]]);
          expect_same(values(mv), ev, what + " dim " + std::to_string(dim));
          std::vector<double> iv = values(mi);
          for (size_t r = 0; r < rows.size(); ++r)
            EXPECT_EQ(rows[r][int64_t(iv[r])], ev[r]) << what;
        }
      }
    }
  // Hard-coded from torch 1.13: a nan makes the median nan, with the nan's index.
  Tensor x = tensor({1.0f, float(kNan), 2.0f, 0.5f});
  EXPECT_TRUE(std::isnan(median(x).item<double>()));
  EXPECT_EQ(std::get<1>(median(x, 0)).item<int64_t>(), 1);
  EXPECT_EQ(median(tensor({3, 1, 2, 4})).item<int64_t>(), 2);  // lower median
}

TEST(Sort, Unique) {
  for (DType dt : dtypes_of("unique"))
    for (const auto& shape : sample_shapes()) {
      Tensor base = sample(shape, dt);
      for (auto& [lname, t] : layouts(base)) {
        std::string what = std::string("unique ") + dtype_name(dt) + " " + lname;
        std::vector<double> v = values(t);
        std::map<double, int64_t> counts;
        for (double x : v) counts[x]++;
        auto [u, inv, cnt] = unique(t, true, true, true);
        std::vector<double> eu, ec, ei;
        for (auto& [k, c] : counts) eu.push_back(k), ec.push_back(c);
        for (double x : v) ei.push_back(std::distance(counts.begin(), counts.find(x)));
        EXPECT_EQ(u.dtype(), dt) << what;
        expect_same(values(u), eu, what);
        expect_same(values(cnt), ec, what + " counts");
        expect_same(values(inv), ei, what + " inverse");
        EXPECT_EQ(inv.shape(), base.shape()) << what;
        auto [u2, inv2, cnt2] = unique(t);
        EXPECT_EQ(inv2.numel(), 0) << what;
        EXPECT_EQ(cnt2.numel(), 0) << what;
      }
    }
  // Every nan is distinct (torch 1.13).
  auto [u, inv, cnt] = unique(tensor({kNan, 1.0, kNan}), true, false, true);
  EXPECT_EQ(u.numel(), 3);
}

TEST(Sort, Errors) {
  Tensor x = zeros({2, 3});
  expect_error<IndexError>([&] { sort(x, 2); }, {"sort", "out of range"});
  expect_error<IndexError>([&] { argsort(x, -3); }, {"argsort", "out of range"});
  expect_error<IndexError>([&] { topk(x, 4); }, {"topk", "k out of range", "[0, 3]", "4"});
  expect_error<IndexError>([&] { topk(x, -1); }, {"topk", "k out of range"});
  expect_error<IndexError>([&] { kthvalue(x, 0); }, {"kthvalue", "k out of range", "[1, 3]"});
  expect_error<IndexError>([&] { kthvalue(x, 4, 1); }, {"kthvalue", "out of range"});
  expect_error<IndexError>([&] { median(zeros({0, 3}), 0); }, {"median", "dim 0", "non-zero size"});
  expect_error<IndexError>([&] { median(x, 2); }, {"median", "out of range"});
  Tensor b = zeros({3}, {.dtype = DType::Bool});
  expect_error<DTypeError>([&] { topk(b, 1); }, {"topk", "bool"});
  expect_error<DTypeError>([&] { kthvalue(b, 1); }, {"kthvalue", "bool"});
  expect_error<DTypeError>([&] { median(b); }, {"median", "bool"});
  expect_error<InvalidArgumentError>([&] { median(zeros({0}, {.dtype = DType::I64})); },
                                     {"median", "empty", "int64"});
}

}  // namespace
}  // namespace ignis::test
