// Pools and interpolate against plain f64 references written here (values hard-coded from
// torch 1.13 where the rule is subtle), on every schema dtype and layout, plus every error.
#include <cmath>

#include <gtest/gtest.h>

#include "ops/op_harness.h"
#include "ops/ops.gen.h"

using namespace ignis;
using namespace ignis::test;

namespace {

IGNIS_OP_COVERED("max_pool1d");
IGNIS_OP_COVERED("max_pool2d");
IGNIS_OP_COVERED("max_pool2d_with_indices");
IGNIS_OP_COVERED("avg_pool1d");
IGNIS_OP_COVERED("avg_pool2d");
IGNIS_OP_COVERED("adaptive_avg_pool1d");
IGNIS_OP_COVERED("adaptive_avg_pool2d");
IGNIS_OP_COVERED("adaptive_max_pool2d");
IGNIS_OP_COVERED("interpolate");

using V = std::vector<int64_t>;

// Reference 2-D window op over (P, H, W) values: max (with argmax) or average.
struct RefPool {
  std::vector<double> out, idx;
};
RefPool ref_pool2d(const Tensor& x3, V k, V s, V p, V d, bool ceil_mode, bool is_max,
                   bool count_include_pad = true, int64_t divisor = 0) {
  std::vector<double> x = values(x3);
  int64_t P = x3.size(0), H = x3.size(1), W = x3.size(2), in[2] = {H, W}, out[2];
  for (int a = 0; a < 2; ++a) {
    double num = double(in[a] + 2 * p[a] - d[a] * (k[a] - 1) - 1) / s[a];
    out[a] = int64_t(ceil_mode ? std::ceil(num) : std::floor(num)) + 1;
    if (ceil_mode && (out[a] - 1) * s[a] >= in[a] + p[a]) --out[a];
  }
  RefPool r;
  for (int64_t pl = 0; pl < P; ++pl)
    for (int64_t i = 0; i < out[0]; ++i)
      for (int64_t j = 0; j < out[1]; ++j) {
        double best = -INFINITY, sum = 0;
        int64_t arg = -1, cnt = 0;
        int64_t h0 = i * s[0] - p[0], w0 = j * s[1] - p[1];
        for (int64_t a = 0; a < k[0]; ++a)
          for (int64_t b = 0; b < k[1]; ++b) {
            int64_t h = h0 + a * d[0], w = w0 + b * d[1];
            if (h < 0 || h >= H || w < 0 || w >= W) continue;
            double v = x[(pl * H + h) * W + w];
            if (arg < 0 || v > best || (std::isnan(v) && !std::isnan(best))) {
              best = v;
              arg = h * W + w;
            }
            sum += v;
            ++cnt;
          }
        if (is_max) {
          r.out.push_back(best);
          r.idx.push_back(double(arg));
        } else {
          int64_t hend = std::min(h0 + k[0], H + p[0]), wend = std::min(w0 + k[1], W + p[1]);
          double div = divisor             ? divisor
                       : count_include_pad ? double((hend - h0) * (wend - w0))
                                           : double(cnt);
          r.out.push_back(sum / div);
        }
      }
  return r;
}

Tensor to3(const Tensor& x) { return x.reshape({-1, x.size(-2), x.size(-1)}); }

TEST(PoolTest, MaxPool2d) {
  for (DType dt : schema_dtypes("bf16 f32 f64")) {
    Tensor x = sample({2, 3, 7, 6}, dt, -3, 3, 11);
    struct C {
      V k, s, p, d;
      bool ceil;
    };
    for (C c : {C{{2, 2}, {2, 2}, {0, 0}, {1, 1}, false}, C{{3, 2}, {2, 1}, {1, 1}, {1, 2}, true},
                C{{3, 3}, {2, 2}, {1, 0}, {2, 1}, false}}) {
      RefPool r = ref_pool2d(to3(x.to(DType::F64)), c.k, c.s, c.p, c.d, c.ceil, true);
      for (auto& [name, xl] : layouts(x)) {
        auto [y, ind] = max_pool2d_with_indices(xl, c.k, c.s, c.p, c.d, c.ceil);
        EXPECT_EQ(ind.dtype(), DType::I64);
        EXPECT_EQ(values(y), r.out) << name;
        EXPECT_EQ(values(ind), r.idx) << name;
        EXPECT_EQ(values(max_pool2d(xl, c.k, c.s, c.p, c.d, c.ceil)), r.out) << name;
      }
    }
  }
  // default stride = kernel; unbatched; NaN wins
  Tensor x = f64_tensor({1, NAN, 3, 4, 5, 6, 7, 8, 9}, {1, 3, 3});
  Tensor y = max_pool2d(x, {2});
  EXPECT_EQ(y.shape(), (V{1, 1, 1}));
  EXPECT_TRUE(std::isnan(values(y)[0]));
}

// Ties keep the first maximum, a NaN anywhere in a window wins (the first one), on the dense
// (dilation 1) path and the general one.
TEST(PoolTest, MaxPool2dTiesAndNaN) {
  for (DType dt : schema_dtypes("f32 f64")) {
    Tensor x = sample({2, 2, 6, 7}, dt, -1, 1, 21).round();
    std::vector<double> v = values(x);
    v[9] = NAN;
    v[10] = NAN;
    v[60] = NAN;
    x = f64_tensor(v, x.shape()).to(dt);
    for (V d : {V{1, 1}, V{1, 2}}) {
      RefPool r = ref_pool2d(to3(x.to(DType::F64)), {3, 2}, {2, 1}, {1, 1}, d, true, true);
      auto [y, ind] = max_pool2d_with_indices(x, {3, 2}, {2, 1}, V{1, 1}, d, true);
      expect_close(y, f64_tensor(r.out, y.shape()), "max_pool2d ties and NaN");
      EXPECT_EQ(values(ind), r.idx);
    }
  }
}

TEST(PoolTest, MaxPool1dAndAdaptiveMax) {
  for (DType dt : schema_dtypes("bf16 f32 f64")) {
    Tensor x = sample({2, 3, 9}, dt, -3, 3, 12);
    RefPool r = ref_pool2d(x.to(DType::F64).reshape({-1, 1, 9}), {1, 3}, {1, 2}, {0, 1}, {1, 2},
                           true, true);
    expect_close(max_pool1d(x, {3}, {2}, {1}, {2}, true), f64_tensor(r.out, {2, 3, 4}),
                 "max_pool1d");
    Tensor x2 = sample({2, 5, 7}, dt, -3, 3, 13);
    // torch: adaptive windows [floor(i*in/out), ceil((i+1)*in/out))
    auto [y, ind] = adaptive_max_pool2d(x2, {2, 3});
    std::vector<double> xv = values(x2.to(DType::F64)), ev, ei;
    for (int64_t p = 0; p < 2; ++p)
      for (int64_t i = 0; i < 2; ++i)
        for (int64_t j = 0; j < 3; ++j) {
          int64_t h0 = i * 5 / 2, h1 = ((i + 1) * 5 + 1) / 2, w0 = j * 7 / 3,
                  w1 = ((j + 1) * 7 + 2) / 3;
          double best = -INFINITY;
          int64_t arg = -1;
          for (int64_t h = h0; h < h1; ++h)
            for (int64_t w = w0; w < w1; ++w)
              if (arg < 0 || xv[(p * 5 + h) * 7 + w] > best) {
                best = xv[(p * 5 + h) * 7 + w];
                arg = h * 7 + w;
              }
          ev.push_back(best);
          ei.push_back(double(arg));
        }
    EXPECT_EQ(values(y), ev);
    EXPECT_EQ(values(ind), ei);
  }
}

TEST(PoolTest, AvgPools) {
  for (DType dt : schema_dtypes("bf16 f32 f64")) {
    Tensor x = sample({2, 2, 7, 6}, dt, -3, 3, 14);
    Tensor x3 = to3(x.to(DType::F64));
    struct C {
      V k, s, p;
      bool ceil, cip;
      int64_t div;
    };
    for (C c :
         {C{{2, 2}, {2, 2}, {0, 0}, false, true, 0}, C{{3, 2}, {2, 1}, {1, 1}, true, false, 0},
          C{{3, 3}, {2, 2}, {1, 1}, true, true, 0}, C{{3, 3}, {1, 2}, {1, 0}, false, true, 5}}) {
      RefPool r = ref_pool2d(x3, c.k, c.s, c.p, {1, 1}, c.ceil, false, c.cip, c.div);
      for (auto& [name, xl] : layouts(x)) {
        Tensor y = avg_pool2d(xl, c.k, c.s, c.p, c.ceil, c.cip,
                              c.div ? std::optional<int64_t>(c.div) : std::nullopt);
        expect_close(y.reshape({-1}), f64_tensor(r.out, {int64_t(r.out.size())}),
                     "avg_pool2d " + name);
      }
    }
    Tensor x1 = sample({3, 8}, dt, -3, 3, 15);
    RefPool r1 = ref_pool2d(x1.to(DType::F64).reshape({3, 1, 8}), {1, 3}, {1, 2}, {0, 1}, {1, 1},
                            true, false, false);
    expect_close(avg_pool1d(x1, {3}, {2}, {1}, true, false).reshape({-1}),
                 f64_tensor(r1.out, {int64_t(r1.out.size())}), "avg_pool1d");
    // adaptive average: torch.nn.functional.adaptive_avg_pool1d(arange(5.), 3) = [0.5, 2, 3.5]
    Tensor a = arange(5, {.dtype = dt}).view({1, 5});
    expect_close(adaptive_avg_pool1d(a, {3}), f64_tensor({0.5, 2, 3.5}, {1, 3}),
                 "adaptive_avg_pool1d");
    Tensor a2 = arange(20, {.dtype = dt}).view({1, 4, 5});
    // torch: F.adaptive_avg_pool2d(arange(20.).view(1,4,5), (3, 2))
    expect_close(adaptive_avg_pool2d(a2, {3, 2}),
                 f64_tensor({3.5, 5.5, 8.5, 10.5, 13.5, 15.5}, {1, 3, 2}), "adaptive_avg_pool2d");
    EXPECT_EQ(adaptive_avg_pool2d(sample({0, 2, 3, 3}, dt), {2}).shape(), (V{0, 2, 2, 2}));
  }
}

TEST(PoolTest, Interpolate) {
  for (DType dt : schema_dtypes("bf16 f32 f64")) {
    Tensor x = arange(12, {.dtype = dt}).view({1, 1, 3, 4});
    // torch 1.13: F.interpolate(arange(12.).view(1,1,3,4), size=(2, 3)) (nearest)
    expect_close(interpolate(x, V{2, 3}), f64_tensor({0, 1, 2, 4, 5, 6}, {1, 1, 2, 3}), "nearest");
    // scale_factor=2 nearest repeats
    EXPECT_EQ(values(interpolate(x, std::nullopt, 2.0)).at(1), 0.0);
    // F.interpolate(x, size=(2,3), mode="bilinear", align_corners=False)
    expect_close(interpolate(x, V{2, 3}, std::nullopt, "bilinear"),
                 f64_tensor({1.1666666666666667, 2.5, 3.8333333333333335, 7.166666666666667, 8.5,
                             9.833333333333334},
                            {1, 1, 2, 3}),
                 "bilinear");
    // align_corners=True
    expect_close(interpolate(x, V{2, 3}, std::nullopt, "bilinear", true),
                 f64_tensor({0, 1.5, 3, 8, 9.5, 11}, {1, 1, 2, 3}), "bilinear align_corners");
    Tensor l = arange(4, {.dtype = dt}).view({1, 1, 4});
    // F.interpolate(arange(4.).view(1,1,4), scale_factor=2, mode="linear")
    expect_close(interpolate(l, std::nullopt, 2.0, "linear"),
                 f64_tensor({0, 0.25, 0.75, 1.25, 1.75, 2.25, 2.75, 3}, {1, 1, 8}), "linear");
    for (auto& [name, xl] : layouts(x))
      expect_close(interpolate(xl, V{5, 7}, std::nullopt, "bilinear"),
                   interpolate(x.contiguous(), V{5, 7}, std::nullopt, "bilinear"),
                   "layout " + name);
  }
}

TEST(PoolTest, Errors) {
  Tensor x = zeros({1, 2, 5, 5});
  expect_error<ShapeError>([&] { max_pool2d(zeros({5}), {2}); },
                           {"max_pool2d", "3-D or 4-D", "1-D"});
  expect_error<InvalidArgumentError>([&] { max_pool2d(x, {2}, {0}); },
                                     {"max_pool2d", "stride", "positive"});
  expect_error<InvalidArgumentError>([&] { max_pool2d(x, {2}, {1}, {2}); },
                                     {"max_pool2d", "half of kernel size"});
  expect_error<InvalidArgumentError>([&] { avg_pool2d(x, {3}, {1}, {-1}); },
                                     {"avg_pool2d", "negative padding"});
  expect_error<ShapeError>([&] { max_pool2d(x, {7}); }, {"max_pool2d", "Output size is too small"});
  expect_error<DTypeError>([&] { max_pool2d(x.to(DType::I32), {2}); }, {"max_pool2d", "int32"});
  expect_error<ShapeError>([&] { avg_pool1d(x, {2}); }, {"avg_pool", "3-D", "4-D"});
  expect_error<ShapeError>([&] { max_pool1d(zeros({2}), {2}); }, {"max_pool1d", "2-D or 3-D"});
  expect_error<InvalidArgumentError>(
      [&] {
        max_pool2d_with_indices(x, {2, 2, 2});
      },
      {"max_pool2d_with_indices", "kernel_size", "1 or 2"});
  expect_error<InvalidArgumentError>([&] { avg_pool2d(x, {2}, {}, V{0}, false, true, 0); },
                                     {"avg_pool2d", "divisor_override"});
  expect_error<InvalidArgumentError>(
      [&] {
        adaptive_avg_pool1d(zeros({1, 4}), {1, 2});
      },
      {"adaptive_avg_pool1d", "output_size"});
  expect_error<InvalidArgumentError>(
      [&] {
        adaptive_max_pool2d(x, {-1, 2});
      },
      {"adaptive_max_pool2d", "non-negative"});
  expect_error<InvalidArgumentError>(
      [&] {
        interpolate(x, V{2, 2}, std::nullopt, "cubic");
      },
      {"interpolate", "mode", "cubic"});
  expect_error<InvalidArgumentError>(
      [&] {
        interpolate(x, V{2, 2}, std::nullopt, "nearest", false);
      },
      {"interpolate", "align_corners"});
  expect_error<InvalidArgumentError>([&] { interpolate(x); },
                                     {"interpolate", "size", "scale_factor"});
  expect_error<ShapeError>([&] { interpolate(x, V{2}, std::nullopt, "linear"); },
                           {"interpolate", "linear", "3-D"});
  expect_error<ShapeError>(
      [&] {
        interpolate(zeros({2, 2}), V{2});
      },
      {"interpolate", "3-D", "2-D"});
}

}  // namespace

// A huge kernel with matching padding must not cost O(kernel) per output (the C API fuzzer hung
// here): only the taps inside the input are visited.
TEST(PoolTest, HugeKernelWithPaddingIsFast) {
  Tensor x = arange(5, {.dtype = DType::F32}).view({1, 1, 5});
  Tensor y = max_pool1d(x, V{int64_t(1) << 40}, V{int64_t(1) << 40}, V{int64_t(1) << 39});
  EXPECT_EQ(values(y), std::vector<double>{4});
}
