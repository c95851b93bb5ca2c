// conv1d/2d/3d and conv_transpose1d/2d against a plain f64 reference written here, on every
// schema dtype, batched and unbatched, strided/transposed/channels-last inputs, groups,
// dilation, "same"/"valid" padding, and every documented error.
#include <gtest/gtest.h>

#include "ops/op_harness.h"
#include "ops/ops.gen.h"

using namespace ignis;
using namespace ignis::test;

namespace {

IGNIS_OP_COVERED("conv1d");
IGNIS_OP_COVERED("conv1d.padding");
IGNIS_OP_COVERED("conv2d");
IGNIS_OP_COVERED("conv2d.padding");
IGNIS_OP_COVERED("conv3d");
IGNIS_OP_COVERED("conv3d.padding");
IGNIS_OP_COVERED("conv_transpose1d");
IGNIS_OP_COVERED("conv_transpose2d");

using V = std::vector<int64_t>;

// Geometry for the reference (3 spatial dims; missing leading ones are 1).
struct G3 {
  V s{1, 1, 1}, p{0, 0, 0}, d{1, 1, 1}, op{0, 0, 0};
  int64_t groups = 1;
};

V pad3(const V& v, int64_t nd, int64_t fill) {
  V o(3 - nd, fill);
  for (int64_t i = 0; i < nd; ++i) o.push_back(v.size() == 1 ? v[0] : v[i]);
  return o;
}

// Reference conv (transposed = false) or conv_transpose on batched inputs, all in f64.
Tensor ref_conv(const Tensor& x5, const Tensor& w5, const Tensor& b, const G3& g, bool transposed) {
  // x5 (N, C, D, H, W), w5 5-D.
  std::vector<double> x = values(x5), w = values(w5);
  std::vector<double> bv = b.defined() ? values(b) : std::vector<double>{};
  int64_t N = x5.size(0), C = x5.size(1), in[3] = {x5.size(2), x5.size(3), x5.size(4)};
  int64_t k[3] = {w5.size(2), w5.size(3), w5.size(4)};
  int64_t G = g.groups, O = transposed ? w5.size(1) * G : w5.size(0);
  int64_t Cg = C / G, Og = O / G, out[3];
  for (int i = 0; i < 3; ++i)
    out[i] = transposed ? (in[i] - 1) * g.s[i] - 2 * g.p[i] + g.d[i] * (k[i] - 1) + g.op[i] + 1
                        : (in[i] + 2 * g.p[i] - g.d[i] * (k[i] - 1) - 1) / g.s[i] + 1;
  std::vector<double> y(N * O * out[0] * out[1] * out[2], 0.0);
  auto Y = [&](int64_t n, int64_t o, int64_t a, int64_t bb, int64_t c) -> double& {
    return y[(((n * O + o) * out[0] + a) * out[1] + bb) * out[2] + c];
  };
  for (int64_t n = 0; n < N; ++n)
    for (int64_t c = 0; c < C; ++c)
      for (int64_t i0 = 0; i0 < in[0]; ++i0)
        for (int64_t i1 = 0; i1 < in[1]; ++i1)
          for (int64_t i2 = 0; i2 < in[2]; ++i2)
            for (int64_t k0 = 0; k0 < k[0]; ++k0)
              for (int64_t k1 = 0; k1 < k[1]; ++k1)
                for (int64_t k2 = 0; k2 < k[2]; ++k2)
                  for (int64_t oo = 0; oo < Og; ++oo) {
                    int64_t grp = c / Cg, o = grp * Og + oo;
                    double xv = x[(((n * C + c) * in[0] + i0) * in[1] + i1) * in[2] + i2];
                    int64_t q[3], ii[3] = {i0, i1, i2}, kk[3] = {k0, k1, k2};
                    bool ok = true;
                    if (!transposed) {
                      // output q with q*s - p + k*d == i
                      for (int a = 0; a < 3; ++a) {
                        int64_t t = ii[a] + g.p[a] - kk[a] * g.d[a];
                        if (t < 0 || t % g.s[a] || t / g.s[a] >= out[a]) ok = false;
                        q[a] = t / g.s[a];
                      }
                      if (!ok) continue;
                      double wv = w[(((o * Cg + c % Cg) * k[0] + k0) * k[1] + k1) * k[2] + k2];
                      Y(n, o, q[0], q[1], q[2]) += xv * wv;
                    } else {
                      for (int a = 0; a < 3; ++a) {
                        q[a] = ii[a] * g.s[a] - g.p[a] + kk[a] * g.d[a];
                        if (q[a] < 0 || q[a] >= out[a]) ok = false;
                      }
                      if (!ok) continue;
                      double wv = w[(((c * Og + oo) * k[0] + k0) * k[1] + k1) * k[2] + k2];
                      Y(n, o, q[0], q[1], q[2]) += xv * wv;
                    }
                  }
  if (!bv.empty())
    for (int64_t n = 0; n < N; ++n)
      for (int64_t o = 0; o < O; ++o)
        for (int64_t r = 0; r < out[0] * out[1] * out[2]; ++r)
          y[(n * O + o) * out[0] * out[1] * out[2] + r] += bv[o];
  return f64_tensor(y, {N, O, out[0], out[1], out[2]});
}

// Reference for an nd-spatial conv: reshapes to 5-D and back.
Tensor ref_nd(const Tensor& x, const Tensor& w, const Tensor& b, int64_t nd, const V& s, const V& p,
              const V& d, int64_t groups, bool transposed, const V& op = {}) {
  bool unbatched = x.dim() == nd + 1;
  Tensor xb = unbatched ? x.unsqueeze(0) : x;
  V xs{xb.size(0), xb.size(1)}, ws{w.size(0), w.size(1)};
  for (int64_t i = nd; i < 3; ++i) {
    xs.push_back(1);
    ws.push_back(1);
  }
  xs.resize(2);
  ws.resize(2);
  for (int64_t i = 0; i < 3 - nd; ++i) {
    xs.push_back(1);
    ws.push_back(1);
  }
  for (int64_t i = 0; i < nd; ++i) {
    xs.push_back(xb.size(2 + i));
    ws.push_back(w.size(2 + i));
  }
  G3 g;
  g.s = pad3(s, nd, 1);
  g.p = pad3(p, nd, 0);
  g.d = pad3(d, nd, 1);
  g.op = op.empty() ? V{0, 0, 0} : pad3(op, nd, 0);
  g.groups = groups;
  Tensor y = ref_conv(xb.reshape(xs), w.reshape(ws), b, g, transposed);
  V ys{y.size(0), y.size(1)};
  for (int64_t i = 0; i < nd; ++i) ys.push_back(y.size(5 - nd + i));
  Tensor r = y.reshape(ys);
  return unbatched ? r.squeeze(0) : r;
}

TEST(ConvTest, Conv2dAllDtypesAndLayouts) {
  for (DType dt : schema_dtypes("bf16 f32 f64")) {
    Tensor x = sample({2, 4, 7, 6}, dt, -1, 1, 3), w = sample({6, 2, 3, 2}, dt, -1, 1, 4);
    Tensor b = sample({6}, dt, -1, 1, 5);
    Tensor e = ref_nd(x.to(DType::F64), w.to(DType::F64), b.to(DType::F64), 2, {2, 1}, {1, 1},
                      {1, 2}, 2, false);
    Tolerance tol = dt == DType::BF16 ? Tolerance{3e-2, 3e-2} : tolerance(dt);
    for (auto& [name, xl] : layouts(x)) {
      Tensor y = conv2d(xl, w, b, {2, 1}, {1, 1}, {1, 2}, 2);
      EXPECT_EQ(y.dtype(), dt);
      expect_close(y, e, tol, std::string("conv2d ") + dtype_name(dt) + " " + name);
    }
    // channels-last input
    Tensor cl = x.permute({0, 2, 3, 1}).contiguous().permute({0, 3, 1, 2});
    expect_close(conv2d(cl, w, b, {2, 1}, {1, 1}, {1, 2}, 2), e, tol, "conv2d channels-last");
    // unbatched, no bias
    Tensor e1 = ref_nd(x.select(0, 0).to(DType::F64), w.to(DType::F64), Tensor(), 2, {1}, V{0}, {1},
                       2, false);
    expect_close(conv2d(x.select(0, 0), w, std::nullopt, {1}, V{0}, {1}, 2), e1, tol,
                 "conv2d unbatched");
  }
}

TEST(ConvTest, Conv2dLargeOneDnnShapes) {
  Tensor x = sample({2, 16, 12, 12}, DType::F32, -1, 1, 3),
         w = sample({32, 16, 3, 3}, DType::F32, -1, 1, 4);
  Tensor b = sample({32}, DType::F32, -1, 1, 5);
  Tensor e =
      ref_nd(x.to(DType::F64), w.to(DType::F64), b.to(DType::F64), 2, {1}, {1}, {1}, 1, false);
  expect_close(conv2d(x, w, b, {1}, {1}), e, {1e-4, 1e-4}, "conv2d f32 16->32");
  expect_close(conv2d(x, w, b, {1}, {1}), e, {1e-4, 1e-4}, "conv2d f32 cached");
  Tensor cl = x.permute({0, 2, 3, 1}).contiguous().permute({0, 3, 1, 2});
  Tensor y = conv2d(cl, w, b, {1}, {1});
  expect_close(y, e, {1e-4, 1e-4}, "conv2d f32 channels-last");
  EXPECT_EQ(y.stride(1), 1);
}

TEST(ConvTest, Conv1dAnd3d) {
  for (DType dt : schema_dtypes("bf16 f32 f64")) {
    Tolerance tol = dt == DType::BF16 ? Tolerance{3e-2, 3e-2} : tolerance(dt);
    Tensor x = sample({2, 3, 9}, dt, -1, 1, 3), w = sample({4, 3, 3}, dt, -1, 1, 4);
    Tensor b = sample({4}, dt, -1, 1, 5);
    expect_close(
        conv1d(x, w, b, {2}, {1}, {2}),
        ref_nd(x.to(DType::F64), w.to(DType::F64), b.to(DType::F64), 1, {2}, {1}, {2}, 1, false),
        tol, "conv1d");
    expect_close(conv1d(x.select(0, 1), w, b),
                 ref_nd(x.select(0, 1).to(DType::F64), w.to(DType::F64), b.to(DType::F64), 1, {1},
                        V{0}, {1}, 1, false),
                 tol, "conv1d unbatched");
    Tensor x3 = sample({1, 2, 4, 5, 3}, dt, -1, 1, 6), w3 = sample({2, 2, 2, 3, 2}, dt, -1, 1, 7);
    expect_close(conv3d(x3, w3, std::nullopt, {1, 2, 1}, {1, 0, 1}),
                 ref_nd(x3.to(DType::F64), w3.to(DType::F64), Tensor(), 3, {1, 2, 1}, {1, 0, 1},
                        {1}, 1, false),
                 tol, "conv3d");
  }
}

TEST(ConvTest, SameAndValidPadding) {
  Tensor x = sample({1, 2, 6, 5}, DType::F64, -1, 1, 3),
         w = sample({3, 2, 3, 4}, DType::F64, -1, 1, 4);
  // total padding (2, 3): left (1, 1), right (1, 2).
  Tensor xp = zeros({1, 2, 8, 8}, {.dtype = DType::F64});
  xp.narrow(2, 1, 6).narrow(3, 1, 5).copy_(x);
  Tensor e = ref_nd(xp, w, Tensor(), 2, {1}, V{0}, {1}, 1, false);
  Tensor y = conv2d(x, w, std::nullopt, {1}, "same");
  EXPECT_EQ(y.shape(), (V{1, 3, 6, 5}));
  expect_close(y, e, "conv2d same");
  expect_close(conv2d(x, w, std::nullopt, {1}, "valid"),
               ref_nd(x, w, Tensor(), 2, {1}, V{0}, {1}, 1, false), "conv2d valid");
  Tensor x1 = sample({2, 2, 7}, DType::F64, -1, 1, 5), w1 = sample({2, 2, 3}, DType::F64, -1, 1, 6);
  EXPECT_EQ(conv1d(x1, w1, std::nullopt, {1}, "same", {2}).shape(), (V{2, 2, 7}));
  Tensor x3 = sample({1, 1, 3, 4, 5}, DType::F64, -1, 1, 5),
         w3 = sample({1, 1, 2, 2, 2}, DType::F64, -1, 1, 6);
  EXPECT_EQ(conv3d(x3, w3, std::nullopt, {1}, "same").shape(), (V{1, 1, 3, 4, 5}));
  EXPECT_EQ(conv3d(x3, w3, std::nullopt, {1}, "valid").shape(), (V{1, 1, 2, 3, 4}));
}

TEST(ConvTest, ConvTranspose) {
  for (DType dt : schema_dtypes("bf16 f32 f64")) {
    Tolerance tol = dt == DType::BF16 ? Tolerance{3e-2, 3e-2} : tolerance(dt);
    Tensor x = sample({2, 4, 5, 4}, dt, -1, 1, 3), w = sample({4, 3, 3, 2}, dt, -1, 1, 4);
    Tensor b = sample({6}, dt, -1, 1, 5);
    Tensor e = ref_nd(x.to(DType::F64), w.to(DType::F64), b.to(DType::F64), 2, {2, 1}, {1, 0},
                      {1, 2}, 2, true, {1, 0});
    for (auto& [name, xl] : layouts(x))
      expect_close(conv_transpose2d(xl, w, b, {2, 1}, {1, 0}, {1, 0}, 2, {1, 2}), e, tol,
                   "conv_transpose2d " + name);
    Tensor x1 = sample({3, 5}, dt, -1, 1, 6), w1 = sample({3, 2, 3}, dt, -1, 1, 7);
    expect_close(conv_transpose1d(x1, w1, std::nullopt, {3}, {1}),
                 ref_nd(x1.to(DType::F64), w1.to(DType::F64), Tensor(), 1, {3}, {1}, {1}, 1, true),
                 tol, "conv_transpose1d unbatched");
  }
}

TEST(ConvTest, ZeroBatch) {
  Tensor x = zeros({0, 2, 5, 5}), w = ones({3, 2, 3, 3});
  EXPECT_EQ(conv2d(x, w).shape(), (V{0, 3, 3, 3}));
  EXPECT_EQ(conv_transpose2d(x, w.transpose(0, 1).contiguous()).shape(), (V{0, 3, 7, 7}));
}

TEST(ConvTest, Errors) {
  Tensor x = zeros({1, 4, 5, 5}), w = zeros({6, 2, 3, 3});
  expect_error<ShapeError>(
      [&] {
        conv2d(zeros({5, 5}), w);
      },
      {"conv2d", "input", "3-D or 4-D", "2-D"});
  expect_error<ShapeError>(
      [&] {
        conv2d(x, zeros({6, 4, 3}));
      },
      {"conv2d", "weight", "4-D", "3-D"});
  expect_error<ShapeError>(
      [&] {
        conv2d(x, zeros({6, 3, 3, 3}));
      },
      {"conv2d", "channels", "3", "4"});
  expect_error<InvalidArgumentError>([&] { conv2d(x, w, std::nullopt, {1}, V{0}, {1}, 3); },
                                     {"conv2d", "groups", "divide"});
  expect_error<ShapeError>(
      [&] {
        conv2d(x, zeros({6, 4, 7, 7}));
      },
      {"Kernel size can't be greater than actual input size"});
  expect_error<InvalidArgumentError>([&] { conv2d(x, w, std::nullopt, {1}, V{-1}, {1}, 2); },
                                     {"conv2d", "negative padding"});
  expect_error<InvalidArgumentError>([&] { conv2d(x, w, std::nullopt, V{0}, V{0}, {1}, 2); },
                                     {"conv2d", "stride", "positive", "0"});
  expect_error<DTypeError>(
      [&] { conv2d(x.to(DType::I64), w.to(DType::I64), std::nullopt, {1}, V{0}, {1}, 2); },
      {"conv2d", "int64"});
  expect_error<DTypeError>([&] { conv2d(x, w.to(DType::F64), std::nullopt, {1}, V{0}, {1}, 2); },
                           {"conv2d", "weight", "float64"});
  expect_error<ShapeError>([&] { conv2d(x, w, zeros({5}), {1}, V{0}, {1}, 2); },
                           {"conv2d", "bias", "[6]"});
  expect_error<InvalidArgumentError>([&] { conv2d(x, w, std::nullopt, {1}, "full", {1}, 2); },
                                     {"conv2d", "valid", "same", "full"});
  expect_error<InvalidArgumentError>([&] { conv2d(x, w, std::nullopt, {2}, "same", {1}, 2); },
                                     {"conv2d", "same", "stride"});
  expect_error<InvalidArgumentError>(
      [&] {
        conv2d(x, w, std::nullopt, {1, 1, 1}, V{0}, {1}, 2);
      },
      {"conv2d", "stride", "1 or 2"});
  expect_error<InvalidArgumentError>(
      [&] {
        conv_transpose2d(x, zeros({4, 2, 3, 3}), std::nullopt, {1}, V{0}, {1});
      },
      {"conv_transpose2d", "output padding must be smaller than either stride or dilation"});
  expect_error<ShapeError>(
      [&] {
        conv_transpose1d(zeros({1, 3, 4}), zeros({4, 2, 3}));
      },
      {"conv_transpose1d", "channels", "4", "3"});
  expect_error<ShapeError>(
      [&] {
        conv1d(zeros({1, 2, 3, 4}), zeros({2, 2, 1}));
      },
      {"conv1d", "2-D or 3-D"});
  expect_error<ShapeError>(
      [&] {
        conv3d(zeros({2, 3, 4}), zeros({2, 2, 1, 1, 1}));
      },
      {"conv3d", "4-D or 5-D", "3-D"});
}

}  // namespace

// A transposed (non-contiguous) weight and input must give the same f32 result as contiguous
// copies; the weight-gradient formula passes exactly such operands (regression: the oneDNN path
// read the weight as dense and trained the Fashion-MNIST CNN with wrong weight gradients).
TEST(ConvTest, Conv2dF32NonContiguousOperandsMatchContiguous) {
  manual_seed(3);
  Tensor x = randn({16, 8, 14, 14}).transpose(0, 1);  // (8, 16, 14, 14), strided
  Tensor w = randn({4, 16, 5, 5}).transpose(0, 1).transpose(0, 1);
  Tensor wt = randn({16, 4, 3, 3}).transpose(0, 1);  // (4, 16, 3, 3), strided
  ASSERT_FALSE(x.is_contiguous());
  ASSERT_FALSE(wt.is_contiguous());
  for (const Tensor& weight : {w, wt}) {
    Tensor got = conv2d(x, weight, std::nullopt, V{1}, V{1});
    Tensor want = conv2d(x.contiguous(), weight.contiguous(), std::nullopt, V{1}, V{1});
    expect_close(got, want, {1e-5, 1e-4}, "conv2d strided operands");
  }
}
