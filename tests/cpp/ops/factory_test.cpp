// Factories: empty/zeros/ones/full, arange, linspace, eye, from_data, from_blob, *_like.
#include <cmath>
#include <cstring>

#include <gtest/gtest.h>

#include "test_util.h"

using namespace ignis;
using ignis::test::expect_error;
using ignis::test::int_values;
using ignis::test::iota;
using ignis::test::values;
using ignis::test::vec;
using V = std::vector<int64_t>;
using D = std::vector<double>;

namespace {

std::vector<uint32_t> f32_bits(const Tensor& t) {
  std::vector<uint32_t> out;
  for (double v : values(t)) {
    float f = static_cast<float>(v);
    uint32_t u;
    std::memcpy(&u, &f, 4);
    out.push_back(u);
  }
  return out;
}

}  // namespace

TEST(Factory, EmptyDefaults) {
  Tensor t = empty({2, 3});
  EXPECT_EQ(t.dtype(), DType::F32);
  EXPECT_EQ(t.device(), kCPU);
  EXPECT_EQ(t.shape(), (V{2, 3}));
  EXPECT_EQ(vec(t.strides()), (V{3, 1}));
  EXPECT_EQ(t.storage_offset(), 0);
  EXPECT_TRUE(t.is_contiguous());
  EXPECT_EQ(t.nbytes(), 24);
  EXPECT_GE(t.storage()->nbytes(), 24u);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(t.data_ptr()) % 64, 0u);
  EXPECT_FALSE(t.requires_grad());
  EXPECT_EQ(empty({}).dim(), 0);
  EXPECT_EQ(empty({}).numel(), 1);
  EXPECT_EQ(empty({0, 5}).numel(), 0);
  EXPECT_EQ(vec(empty({2, 0, 3}).strides()), (V{3, 3, 1}));
  EXPECT_EQ(empty({4}, {.dtype = DType::I16}).element_size(), 2);
}

TEST(Factory, EmptyStrided) {
  Tensor t = empty_strided({2, 3}, {1, 2}, {.dtype = DType::F64});
  EXPECT_EQ(vec(t.strides()), (V{1, 2}));
  EXPECT_GE(t.storage()->nbytes(), 6u * 8);
  expect_error<ShapeError>([] { empty_strided({2, 3}, {1}); }, {"empty_strided", "strides"});
  expect_error<InvalidArgumentError>(
      [] {
        empty_strided({2, 3}, {-1, 1});
      },
      {"empty_strided", "non-negative"});
}

TEST(Factory, ZerosOnesFull) {
  EXPECT_EQ(values(zeros({2, 2})), D(4, 0.0));
  EXPECT_EQ(zeros({2}).dtype(), DType::F32);
  EXPECT_EQ(values(ones({3}, {.dtype = DType::I8})), D(3, 1.0));
  EXPECT_EQ(ones({3}, {.dtype = DType::I8}).dtype(), DType::I8);
  EXPECT_EQ(ones({1}).dtype(), DType::F32);
  EXPECT_EQ(values(ones({2}, {.dtype = DType::Bool})), D(2, 1.0));
  // full infers the dtype from the value like torch.full.
  EXPECT_EQ(full({2}, 2).dtype(), DType::I64);
  EXPECT_EQ(full({2}, 2.5).dtype(), DType::F32);
  EXPECT_EQ(full({2}, true).dtype(), DType::Bool);
  EXPECT_EQ(full({2}, 2.5, {.dtype = DType::F64}).dtype(), DType::F64);
  EXPECT_EQ(values(full({2}, 2.5, {.dtype = DType::I32})), (D{2, 2}));
  EXPECT_EQ(values(full({2, 2}, -1.25)), D(4, -1.25));
  EXPECT_EQ(int_values(full({1}, int64_t(1) << 62)), (V{int64_t(1) << 62}));
  EXPECT_TRUE(zeros({2}, {.requires_grad = true}).requires_grad());
  EXPECT_TRUE(full({2}, 1.5, {.requires_grad = true}).requires_grad());
  expect_error<DTypeError>([] { zeros({2}, {.dtype = DType::I64, .requires_grad = true}); },
                           {"requires_grad", "int64"});
}

TEST(Factory, DefaultDTypeChangesFloatFactories) {
  DType saved = default_float_dtype();
  set_default_float_dtype(DType::F64);
  EXPECT_EQ(zeros({1}).dtype(), DType::F64);
  EXPECT_EQ(full({1}, 0.5).dtype(), DType::F64);
  EXPECT_EQ(arange(0.0, 1.0, 0.5).dtype(), DType::F64);
  EXPECT_EQ(full({1}, 1).dtype(), DType::I64);
  set_default_float_dtype(saved);
}

TEST(Factory, ArangeInt) {
  Tensor t = arange(5);
  EXPECT_EQ(t.dtype(), DType::I64);
  EXPECT_EQ(values(t), (D{0, 1, 2, 3, 4}));
  EXPECT_EQ(values(arange(2, 11, 3)), (D{2, 5, 8}));
  EXPECT_EQ(values(arange(10, 0, -3)), (D{10, 7, 4, 1}));
  EXPECT_EQ(values(arange(-3, 3, 2)), (D{-3, -1, 1}));
  EXPECT_EQ(arange(0).numel(), 0);
  EXPECT_EQ(arange(4, 4).numel(), 0);
  EXPECT_EQ(arange(5, {.dtype = DType::U8}).dtype(), DType::U8);
  EXPECT_EQ(values(arange(5, {.dtype = DType::F16})), (D{0, 1, 2, 3, 4}));
  Tensor big = arange(int64_t(1) << 60, (int64_t(1) << 60) + 3);
  EXPECT_EQ(int_values(big), (V{int64_t(1) << 60, (int64_t(1) << 60) + 1, (int64_t(1) << 60) + 2}));
}

TEST(Factory, ArangeFloat) {
  // Values and sizes from torch.arange in PyTorch 1.13.
  Tensor t = arange(0, 1, 0.1);
  EXPECT_EQ(t.dtype(), DType::F32);
  EXPECT_EQ(t.numel(), 10);
  EXPECT_EQ(f32_bits(t),
            (std::vector<uint32_t>{0x00000000, 0x3dcccccd, 0x3e4ccccd, 0x3e99999a, 0x3ecccccd,
                                   0x3f000000, 0x3f19999a, 0x3f333333, 0x3f4ccccd, 0x3f666666}));
  EXPECT_EQ(values(arange(1, 2.5, 0.5)), (D{1, 1.5, 2}));
  EXPECT_EQ(values(arange(0.0, 1.0, 0.25)), (D{0, 0.25, 0.5, 0.75}));
  EXPECT_EQ(values(arange(-1.5, 1, 0.7)),
            (D{-1.5, static_cast<float>(-0.8), static_cast<float>(-0.1), static_cast<float>(0.6)}));
  EXPECT_EQ(values(arange(2.0, -1.0, -1.5)), (D{2, 0.5}));
  EXPECT_EQ(arange(5.0).dtype(), DType::F32);
  EXPECT_EQ(values(arange(0, 3, 1, {.dtype = DType::F64})), (D{0, 1, 2}));
}

TEST(Factory, ArangeErrors) {
  expect_error<InvalidArgumentError>([] { arange(0, 5, 0); }, {"arange", "step"});
  expect_error<InvalidArgumentError>([] { arange(0.0, 1.0, 0.0); }, {"arange", "nonzero"});
  expect_error<InvalidArgumentError>([] { arange(5, 0, 1); }, {"arange", "step sign"});
  expect_error<InvalidArgumentError>([] { arange(0, 5, -1); }, {"arange", "step sign"});
  expect_error<InvalidArgumentError>([] { arange(0.0, INFINITY); }, {"arange", "finite"});
  expect_error<InvalidArgumentError>([] { arange(NAN, 1.0); }, {"arange", "finite"});
  expect_error<ShapeError>([] { arange(0.0, 1e300, 1e-10); }, {"arange", "too many"});
}

TEST(Factory, LinspaceMatchesTorch) {
  // torch.linspace(-1.3, 7.7, 13) (float32, computed in float like torch), bit patterns.
  EXPECT_EQ(f32_bits(linspace(-1.3, 7.7, 13)),
            (std::vector<uint32_t>{0xbfa66666, 0xbf0ccccc, 0x3e4cccd0, 0x3f733334, 0x3fd9999a,
                                   0x401ccccd, 0x404ccccc, 0x407ccccc, 0x40966666, 0x40ae6666,
                                   0x40c66666, 0x40de6666, 0x40f66666}));
  // torch.linspace(0, 1, 7)
  EXPECT_EQ(f32_bits(linspace(0, 1, 7)),
            (std::vector<uint32_t>{0x00000000, 0x3e2aaaab, 0x3eaaaaab, 0x3f000000, 0x3f2aaaaa,
                                   0x3f555555, 0x3f800000}));
  // torch.linspace(3, -2, 10)
  EXPECT_EQ(f32_bits(linspace(3, -2, 10)),
            (std::vector<uint32_t>{0x40400000, 0x401c71c7, 0x3ff1c71c, 0x3faaaaaa, 0x3f471c70,
                                   0x3e638e40, 0xbeaaaaa8, 0xbf638e38, 0xbfb8e38e, 0xc0000000}));
  // The same in float64.
  EXPECT_EQ(
      values(linspace(-1.3, 7.7, 13, {.dtype = DType::F64})),
      (D{-1.3, -0.55, 0.19999999999999996, 0.95, 1.7, 2.45, 3.2, 3.95, 4.7, 5.45, 6.2, 6.95, 7.7}));
  // From 8 float64 (16 float32) elements on, torch's AVX2 path builds runs of 4 as base + k * step
  // and rounds some middle elements differently; those match within a few ulps.
  D torch_f64 = {3.0,
                 2.4444444444444446,
                 1.8888888888888888,
                 1.3333333333333333,
                 0.7777777777777777,
                 0.2222222222222221,
                 -0.3333333333333335,
                 -0.8888888888888891,
                 -1.4444444444444444,
                 -2.0};
  D ours = values(linspace(3, -2, 10, {.dtype = DType::F64}));
  ASSERT_EQ(ours.size(), torch_f64.size());
  for (size_t i = 0; i < ours.size(); ++i) EXPECT_NEAR(ours[i], torch_f64[i], 1e-15) << i;
  EXPECT_EQ(ours.front(), 3.0);
  EXPECT_EQ(ours.back(), -2.0);
  // Integer linspace converts the endpoints first, then truncates each value.
  EXPECT_EQ(values(linspace(0, 10, 4, {.dtype = DType::I64})), (D{0, 3, 6, 10}));
  EXPECT_EQ(values(linspace(-0.5, 9.5, 5, {.dtype = DType::I64})), (D{0, 2, 4, 6, 9}));
  EXPECT_EQ(values(linspace(2.7, -3.9, 6, {.dtype = DType::I64})), (D{2, 1, 0, -1, -2, -3}));
  EXPECT_EQ(values(linspace(0, 255, 7, {.dtype = DType::U8})), (D{0, 42, 85, 127, 170, 212, 255}));
}

TEST(Factory, LinspaceEndpointsAreExact) {
  for (int64_t n : {2, 3, 10, 101, 100001}) {
    SCOPED_TRACE(n);
    Tensor t = linspace(-0.7, 13.3, n, {.dtype = DType::F64});
    D v = values(t);
    EXPECT_EQ(v.front(), -0.7);
    EXPECT_EQ(v.back(), 13.3);
    Tensor f = linspace(-0.7, 13.3, n);
    D fv = values(f);
    EXPECT_EQ(fv.front(), static_cast<float>(-0.7));
    EXPECT_EQ(fv.back(), static_cast<float>(13.3));
  }
  EXPECT_EQ(values(linspace(0, 1, 1)), (D{0}));
  EXPECT_EQ(values(linspace(5, 1, 1)), (D{5}));
  EXPECT_EQ(linspace(0, 1, 0).numel(), 0);
  EXPECT_EQ(linspace(0, 1, 0).shape(), (V{0}));
  expect_error<InvalidArgumentError>([] { linspace(0, 1, -1); }, {"linspace", "steps", "-1"});
}

TEST(Factory, Eye) {
  EXPECT_EQ(values(eye(3)), (D{1, 0, 0, 0, 1, 0, 0, 0, 1}));
  Tensor r = eye(2, 4);
  EXPECT_EQ(r.shape(), (V{2, 4}));
  EXPECT_EQ(values(r), (D{1, 0, 0, 0, 0, 1, 0, 0}));
  EXPECT_EQ(values(eye(3, 2, {.dtype = DType::I32})), (D{1, 0, 0, 1, 0, 0}));
  EXPECT_EQ(eye(3, 2, {.dtype = DType::I32}).dtype(), DType::I32);
  EXPECT_EQ(eye(0).shape(), (V{0, 0}));
  EXPECT_EQ(eye(2, 0).shape(), (V{2, 0}));
  EXPECT_EQ(values(eye(1, std::nullopt, {.dtype = DType::Bool})), (D{1}));
  expect_error<InvalidArgumentError>([] { eye(-1); }, {"eye", "non-negative", "-1"});
  expect_error<InvalidArgumentError>([] { eye(2, -3); }, {"eye", "m=-3"});
}

TEST(Factory, FromData) {
  std::vector<int32_t> src = {1, 2, 3, 4, 5, 6};
  Tensor t = from_data(src.data(), {2, 3}, DType::I32);
  EXPECT_EQ(t.dtype(), DType::I32);
  EXPECT_EQ(t.shape(), (V{2, 3}));
  EXPECT_EQ(values(t), (D{1, 2, 3, 4, 5, 6}));
  src[0] = 100;  // copied, not borrowed
  EXPECT_EQ(values(t)[0], 1.0);
  EXPECT_NE(t.data_ptr(), static_cast<void*>(src.data()));
  Tensor f = from_data(src.data(), {6}, DType::I32, {.dtype = DType::F64});
  EXPECT_EQ(f.dtype(), DType::F64);
  EXPECT_EQ(values(f), (D{100, 2, 3, 4, 5, 6}));
  Tensor e = from_data(nullptr, {0, 3}, DType::F32);
  EXPECT_EQ(e.numel(), 0);
  expect_error<InvalidArgumentError>([] { from_data(nullptr, {2}, DType::F32); },
                                     {"from_data", "null"});
  Tensor l = tensor<double>({1.5, -2.0});
  EXPECT_EQ(l.dtype(), DType::F64);
  EXPECT_EQ(values(l), (D{1.5, -2.0}));
  Tensor li = tensor<int64_t>({1, 2, 3}, {.dtype = DType::F32});
  EXPECT_EQ(li.dtype(), DType::F32);
  EXPECT_EQ(values(li), (D{1, 2, 3}));
}

TEST(Factory, FromBlobDeleterRunsOnceWhenLastViewDies) {
  float buf[12];
  for (int i = 0; i < 12; ++i) buf[i] = static_cast<float>(i);
  int calls = 0;
  Tensor view;
  {
    Tensor t = from_blob(buf, {3, 4}, {}, DType::F32, kCPU, [&](void* p) {
      EXPECT_EQ(p, static_cast<void*>(buf));
      ++calls;
    });
    EXPECT_EQ(t.data_ptr(), static_cast<void*>(buf));
    EXPECT_EQ(vec(t.strides()), (V{4, 1}));
    EXPECT_EQ(values(t), values(iota({3, 4})));
    t.select(0, 1).fill_(-1);  // writes through to the caller's buffer
    EXPECT_EQ(buf[4], -1.0f);
    view = t.t().slice(0, 1, 3);
    Tensor other = t.view({12});
    EXPECT_EQ(calls, 0);
  }
  EXPECT_EQ(calls, 0) << "a view still refers to the blob";
  Tensor copy = view.clone();
  EXPECT_EQ(calls, 0);
  view = Tensor();
  EXPECT_EQ(calls, 1);
  copy = Tensor();
  EXPECT_EQ(calls, 1);
}

TEST(Factory, FromBlobStrided) {
  double buf[6] = {0, 1, 2, 3, 4, 5};
  Tensor t = from_blob(buf, {3, 2}, {1, 3}, DType::F64, kCPU);
  EXPECT_FALSE(t.is_contiguous());
  EXPECT_EQ(values(t), (D{0, 3, 1, 4, 2, 5}));
  EXPECT_EQ(t.storage()->nbytes(), sizeof buf);
  expect_error<ShapeError>(
      [&] {
        from_blob(buf, {3, 2}, {1}, DType::F64, kCPU);
      },
      {"from_blob", "strides"});
  expect_error<InvalidArgumentError>([] { from_blob(nullptr, {2}, {}, DType::F64, kCPU); },
                                     {"from_blob", "null"});
  EXPECT_EQ(from_blob(nullptr, {0}, {}, DType::F64, kCPU).numel(), 0);
}

TEST(Factory, Like) {
  Tensor src = iota({3, 4}, DType::I16).t();  // non-contiguous
  Tensor e = empty_like(src);
  EXPECT_EQ(e.shape(), (V{4, 3}));
  EXPECT_EQ(e.dtype(), DType::I16);
  EXPECT_TRUE(e.is_contiguous());
  EXPECT_NE(e.storage().get(), src.storage().get());
  EXPECT_EQ(values(zeros_like(src)), D(12, 0.0));
  EXPECT_EQ(values(ones_like(src)), D(12, 1.0));
  EXPECT_EQ(ones_like(src).dtype(), DType::I16);
  Tensor f = full_like(src, 2.5);
  EXPECT_EQ(f.dtype(), DType::I16);
  EXPECT_EQ(values(f), D(12, 2.0));
  Tensor g = full_like(src, 2.5, {.dtype = DType::F64});
  EXPECT_EQ(g.dtype(), DType::F64);
  EXPECT_EQ(values(g), D(12, 2.5));
  EXPECT_EQ(zeros_like(src, {.dtype = DType::Bool}).dtype(), DType::Bool);
  TensorOptions o = like_options(src, {.dtype = DType::F32});
  EXPECT_EQ(*o.dtype, DType::F32);
  EXPECT_EQ(*o.device, kCPU);
}
