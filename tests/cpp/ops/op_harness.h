// Shared helpers for the schema-driven op tests: registering which schema ops a test covers,
// reading tensors back as f64, comparing against f64 references, and producing the layouts
// (contiguous, transposed, strided, broadcast, 0-size, 0-dim) every op is checked on.
// values() and expect_error() come from tests/cpp/test_util.h.
#pragma once

#include <cmath>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "op_table.gen.h"
#include "ops/ops.gen.h"
#include "tensor/generator.h"
#include "tensor/tensor.h"
#include "test_util.h"

namespace ignis::test {

// Schema keys ("exp", "add.Scalar") that some test covers; op_table_test checks every schema op
// appears here.
inline std::set<std::string>& covered_ops() {
  static std::set<std::string> s;
  return s;
}
inline bool mark_covered(const char* key) {
  covered_ops().insert(key);
  return true;
}
#define IGNIS_OP_COVERED_CAT2(a, b) a##b
#define IGNIS_OP_COVERED_CAT(a, b) IGNIS_OP_COVERED_CAT2(a, b)
// Declares that this test file checks schema op `key` (name or name.overload) against a reference.
#define IGNIS_OP_COVERED(key)                                                                      \
  [[maybe_unused]] static const bool IGNIS_OP_COVERED_CAT(ignis_op_covered_, __COUNTER__) =        \
      ::ignis::test::mark_covered(key)

// Builds an f64 tensor from values and a shape.
inline Tensor f64_tensor(const std::vector<double>& v, IntArrayRef shape) {
  return from_data(v.data(), shape, DType::F64);
}

// Absolute/relative tolerance for comparing a result of dtype d with an f64 reference.
struct Tolerance {
  double rtol, atol;
};
inline Tolerance tolerance(DType d) {
  switch (d) {
  case DType::F16:
    return {1e-3, 1e-3};
  case DType::BF16:
    return {1e-2, 1e-2};
  case DType::F32:
    return {1e-5, 1e-6};
  case DType::F64:
    return {1e-12, 1e-12};
  default:
    return {0, 0};
  }
}

// Compares actual with expected element by element (same shape, NaNs equal, infinities equal).
inline void expect_close(const Tensor& actual, const Tensor& expected, Tolerance tol,
                         const std::string& what) {
  ASSERT_EQ(actual.shape(), expected.shape()) << what;
  std::vector<double> a = values(actual), e = values(expected);
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::isnan(e[i])) {
      EXPECT_TRUE(std::isnan(a[i]))
          << what << " at flat index " << i << ": expected nan, got " << a[i];
      continue;
    }
    if (std::isinf(e[i])) {
      EXPECT_EQ(a[i], e[i]) << what << " at flat index " << i;
      continue;
    }
    double bound = tol.atol + tol.rtol * std::fabs(e[i]);
    EXPECT_LE(std::fabs(a[i] - e[i]), bound)
        << what << " at flat index " << i << ": expected " << e[i] << ", got " << a[i];
  }
}
inline void expect_close(const Tensor& actual, const Tensor& expected, const std::string& what) {
  expect_close(actual, expected, tolerance(actual.dtype()), what);
}

// Deterministic sample values in [lo, hi] for dtype d (integers are rounded; bool is 0/1).
inline Tensor sample(IntArrayRef shape, DType d, double lo = -3.0, double hi = 3.0,
                     uint64_t seed = 1) {
  Generator g(seed);
  Tensor u = rand(shape, &g, {.dtype = DType::F64});
  std::vector<double> v = values(u);
  for (double& x : v) {
    x = lo + (hi - lo) * x;
    if (d == DType::Bool)
      x = x > (lo + hi) / 2 ? 1 : 0;
    else if (!is_floating(d))
      x = std::round(x);
    if (d == DType::U8 && x < 0) x = -x;
  }
  return f64_tensor(v, shape).to(d);
}

// The same values as `t` in other memory layouts: contiguous, transposed storage, and every
// other element of a larger buffer. Each returned tensor equals t elementwise.
inline std::vector<std::pair<std::string, Tensor>> layouts(const Tensor& t) {
  std::vector<std::pair<std::string, Tensor>> out{{"contiguous", t.contiguous()}};
  if (t.dim() >= 2) {
    // Store transposed, then view back: same values, non-contiguous strides.
    Tensor tt = t.transpose(0, t.dim() - 1).contiguous().transpose(0, t.dim() - 1);
    out.push_back({"transposed", tt});
  }
  if (t.dim() >= 1 && t.numel() > 0) {
    std::vector<int64_t> big = t.shape();
    big.back() *= 2;
    Tensor b = zeros(big, {.dtype = t.dtype()});
    Tensor v = b.slice(-1, 0, std::nullopt, 2);
    v.copy_(t);
    out.push_back({"strided", v});
  }
  return out;
}

// Shapes every elementwise op is checked on.
inline std::vector<std::vector<int64_t>> sample_shapes() {
  return {{}, {0}, {7}, {3, 4}, {2, 3, 5}, {2, 0, 3}};
}

// Pairs of shapes that broadcast, for binary ops.
inline std::vector<std::pair<std::vector<int64_t>, std::vector<int64_t>>> broadcast_pairs() {
  return {{{3, 4}, {3, 4}}, {{3, 4}, {4}}, {{3, 1}, {1, 4}}, {{2, 3, 4}, {3, 1}},
          {{}, {3, 4}},     {{5}, {}},     {{0, 4}, {4}},    {{2, 1, 4}, {2, 3, 1}}};
}

// All dtypes named in a schema dtype string ("f32 f64 i64").
inline std::vector<DType> schema_dtypes(std::string_view list) {
  std::vector<DType> out;
  size_t pos = 0;
  while (pos < list.size()) {
    size_t end = list.find(' ', pos);
    if (end == std::string_view::npos) end = list.size();
    out.push_back(dtype_from_name(list.substr(pos, end - pos)));
    pos = end + 1;
  }
  return out;
}

// The dtypes the schema lists for `key`: "name.overload", or "name" (its first entry).
inline std::vector<DType> dtypes_of(std::string_view key) {
  for (const OpInfo& op : kOpTable) {
    std::string k(op.name);
    if (!op.overload.empty()) k += "." + std::string(op.overload);
    if (k == key || op.name == key) return schema_dtypes(op.dtypes);
  }
  ADD_FAILURE() << "no schema entry " << key;
  return {};
}

}  // namespace ignis::test
