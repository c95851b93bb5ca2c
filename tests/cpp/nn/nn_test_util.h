// Helpers of the nn suites: deterministic inputs that torch can rebuild, and closeness checks.
#pragma once

#include <cmath>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "ops/ops.gen.h"
#include "tensor/graph.h"
#include "test_util.h"

namespace ignis::test {

// (sin(a * arange(n)) * s).reshape(shape) in f64, cast to dtype: the same numbers as the
// reference scripts' seq() in torch.
inline Tensor seq(const std::vector<int64_t>& shape, double a, double s, DType dtype = DType::F32) {
  int64_t n = 1;
  for (int64_t d : shape) n *= d;
  std::vector<double> v(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i)
    v[static_cast<size_t>(i)] = std::sin(a * static_cast<double>(i)) * s;
  return from_data(v.data(), shape, DType::F64).to(dtype);
}

// Expects t to hold want elementwise within atol + 1e-5 * |want| (what names the case).
inline void expect_close(const Tensor& t, const std::vector<double>& want, double atol,
                         const std::string& what) {
  std::vector<double> got = values(t);
  ASSERT_EQ(got.size(), want.size()) << what;
  for (size_t i = 0; i < got.size(); ++i)
    EXPECT_NEAR(got[i], want[i], atol + 1e-5 * std::fabs(want[i])) << what << " at " << i;
}

}  // namespace ignis::test
