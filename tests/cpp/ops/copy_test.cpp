// copy_ across every dtype pair, broadcasting, strided and overlapping copies; to, clone,
// contiguous, item and fill_.
#include <cmath>

#include <gtest/gtest.h>

#include "test_util.h"

using namespace ignis;
using ignis::test::expect_error;
using ignis::test::int_values;
using ignis::test::iota;
using ignis::test::kAllDTypes;
using ignis::test::make;
using ignis::test::values;
using ignis::test::vec;
using V = std::vector<int64_t>;
using D = std::vector<double>;

namespace {

// Source values each dtype holds exactly; floats carry fractions that integer targets truncate.
D source_values(DType t) {
  if (t == DType::Bool) return {0, 1, 1, 0, 1};
  if (is_floating(t)) return {0, 1, 2.5, 100, 7.75, -0.0};
  return {0, 1, 2, 100, 7, 127};
}

// The value `v` takes when converted to `to` (C++/PyTorch rules for in-range values).
double converted(double v, DType to) {
  if (to == DType::Bool) return v != 0;
  if (is_integral(to)) return std::trunc(v);
  return v;
}

}  // namespace

TEST(Copy, AllDTypePairs) {
  for (DType from : kAllDTypes) {
    for (DType to : kAllDTypes) {
      SCOPED_TRACE(std::string(dtype_name(from)) + " -> " + dtype_name(to));
      D src_vals = source_values(from);
      int64_t n = static_cast<int64_t>(src_vals.size());
      Tensor src = make(src_vals, {n}, from);
      Tensor dst = empty({n}, {.dtype = to});
      dst.copy_(src);
      D expected;
      for (double v : src_vals) expected.push_back(converted(v, to));
      EXPECT_EQ(values(dst), expected);
      // The same through to() and through a strided destination.
      EXPECT_EQ(values(src.to(to)), expected);
      Tensor strided = zeros({n, 2}, {.dtype = to}).select(1, 1);
      strided.copy_(src);
      EXPECT_EQ(values(strided), expected);
    }
  }
}

TEST(Copy, NarrowingConversionsMatchTorch) {
  // torch.tensor([...], dtype=float32).to(dtype) in PyTorch 1.13.
  Tensor f = make({-3.7, -0.5, 0.5, 3.7, 65504, 70000}, {6}, DType::F32);
  EXPECT_EQ(values(f.to(DType::I32)), (D{-3, 0, 0, 3, 65504, 70000}));
  EXPECT_EQ(values(f.to(DType::Bool)), (D{1, 1, 1, 1, 1, 1}));
  EXPECT_EQ(values(f.to(DType::F16)), (D{-3.69921875, -0.5, 0.5, 3.69921875, 65504, INFINITY}));
  EXPECT_EQ(values(f.to(DType::BF16)), (D{-3.703125, -0.5, 0.5, 3.703125, 65536, 70144}));
  Tensor i = make({-1, 255, 256, 300, -129}, {5}, DType::I64);
  EXPECT_EQ(values(i.to(DType::U8)), (D{255, 255, 0, 44, 127}));
  EXPECT_EQ(values(i.to(DType::I8)), (D{-1, -1, 0, 44, 127}));
  Tensor big = make({16777217.0}, {1}, DType::I64);
  EXPECT_EQ(values(big.to(DType::F32)), (D{16777216.0}));
  EXPECT_EQ(int_values(make({0}, {1}, DType::I64).to(DType::F64)), (V{0}));
}

TEST(Copy, BroadcastingSource) {
  Tensor dst = zeros({3, 4});
  dst.copy_(make({1, 2, 3, 4}, {4}, DType::F64));
  EXPECT_EQ(values(dst), (D{1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4}));
  dst.copy_(make({7, 8, 9}, {3, 1}, DType::I32));
  EXPECT_EQ(values(dst), (D{7, 7, 7, 7, 8, 8, 8, 8, 9, 9, 9, 9}));
  dst.copy_(full({}, 5));
  EXPECT_EQ(values(dst), D(12, 5.0));
  dst.copy_(make({-1}, {1, 1}, DType::F32));
  EXPECT_EQ(values(dst), D(12, -1.0));
}

TEST(Copy, ShapeMismatchIsShapeError) {
  Tensor dst = zeros({3, 4});
  expect_error<ShapeError>(
      [&] {
        dst.copy_(zeros({4, 3}));
      },
      {"copy_", "[4, 3]", "[3, 4]", "broadcast"});
  expect_error<ShapeError>([&] { dst.copy_(zeros({2, 3, 4})); }, {"copy_", "[2, 3, 4]"});
  expect_error<InvalidArgumentError>([&] { dst.copy_(Tensor()); }, {"copy_", "defined"});
}

TEST(Copy, NonContiguousSourceAndDestination) {
  Tensor src = iota({4, 3}, DType::F64).t();  // (3, 4) strides (1, 3)
  Tensor dst_base = zeros({4, 6}, {.dtype = DType::I32});
  Tensor dst = dst_base.slice(1, std::nullopt, std::nullopt, 2).t();  // (3, 4) strides (2, 6)
  dst.copy_(src);
  EXPECT_EQ(values(dst), values(src));
  EXPECT_EQ(values(dst_base),
            (D{0, 0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 8, 0, 9, 0, 10, 0, 11, 0}));
  // Large enough to run in parallel, both sides strided, with conversion.
  Tensor big_src = iota({300, 500}, DType::F32).slice(1, 0, 400).t();
  Tensor big_dst = empty({400, 300}, {.dtype = DType::F64});
  big_dst.copy_(big_src);
  EXPECT_EQ(values(big_dst), values(big_src));
  Tensor same = empty({500, 300}).t();
  same.copy_(iota({300, 500}));
  EXPECT_EQ(values(same), values(iota({300, 500})));
}

TEST(Copy, OverlappingSelfCopyUsesATemporary) {
  // torch raises "unsupported operation: some elements of the input tensor and the written-to
  // tensor refer to a single memory location" here; ignis gives the mathematical result.
  Tensor x = iota({3, 3});
  Tensor expected_t = x.t().contiguous();
  x.copy_(x.t());
  EXPECT_EQ(values(x), values(expected_t));
  EXPECT_EQ(values(x), (D{0, 3, 6, 1, 4, 7, 2, 5, 8}));

  // Shifted overlap, both directions.
  Tensor y = iota({6});
  y.slice(0, 1).copy_(y.slice(0, 0, 5));
  EXPECT_EQ(values(y), (D{0, 0, 1, 2, 3, 4}));
  Tensor z = iota({6});
  z.slice(0, 0, 5).copy_(z.slice(0, 1));
  EXPECT_EQ(values(z), (D{1, 2, 3, 4, 5, 5}));

  // Same bytes reinterpreted as another layout with another dtype view of the same storage.
  Tensor w = iota({4}, DType::I32);
  w.slice(0, 1).copy_(w.slice(0, 0, 3).to(DType::F32));
  EXPECT_EQ(values(w), (D{0, 0, 1, 2}));

  // Copying a tensor onto itself changes nothing.
  Tensor s = iota({2, 3});
  s.copy_(s);
  EXPECT_EQ(values(s), (D{0, 1, 2, 3, 4, 5}));
  Tensor v = s.view({3, 2});
  v.copy_(s.view({3, 2}));
  EXPECT_EQ(values(s), (D{0, 1, 2, 3, 4, 5}));
}

TEST(Copy, OverlappingBroadcastSource) {
  Tensor x = iota({3, 3});
  x.copy_(x.select(0, 2));  // every row becomes the old last row
  EXPECT_EQ(values(x), (D{6, 7, 8, 6, 7, 8, 6, 7, 8}));
  Tensor y = iota({3, 3});
  y.copy_(y.select(1, 0).unsqueeze(1));  // every column becomes the old first column
  EXPECT_EQ(values(y), (D{0, 0, 0, 3, 3, 3, 6, 6, 6}));
}

TEST(Copy, BumpsVersion) {
  Tensor x = zeros({3});
  uint64_t v0 = x.version();
  x.copy_(ones({3}));
  EXPECT_GT(x.version(), v0);
  uint64_t v1 = x.version();
  x.fill_(2);
  EXPECT_GT(x.version(), v1);
  uint64_t v2 = x.version();
  x.zero_();
  EXPECT_GT(x.version(), v2);
}

TEST(Copy, ToDType) {
  Tensor x = iota({2, 3});
  EXPECT_TRUE(x.to(DType::F32).is_same(x));
  Tensor c = x.to(DType::F32, /*copy=*/true);
  EXPECT_FALSE(c.is_same(x));
  EXPECT_NE(c.storage().get(), x.storage().get());
  EXPECT_EQ(values(c), values(x));
  Tensor h = x.t().to(DType::F16);
  EXPECT_EQ(h.dtype(), DType::F16);
  EXPECT_EQ(h.shape(), (V{3, 2}));
  EXPECT_TRUE(h.is_contiguous());
  EXPECT_EQ(values(h), (D{0, 3, 1, 4, 2, 5}));
}

TEST(Copy, ToDevice) {
  Tensor x = iota({3});
  EXPECT_TRUE(x.to(kCPU).is_same(x));
  Tensor c = x.to(kCPU, /*copy=*/true);
  EXPECT_NE(c.storage().get(), x.storage().get());
  EXPECT_EQ(values(c), values(x));
  if (!cuda_is_available())
    expect_error<DeviceError>([&] { x.to(Device(DeviceType::CUDA, 0)); }, {"cuda"});
}

TEST(Copy, Clone) {
  Tensor x = iota({3, 4}, DType::I16);
  Tensor t = x.t();
  Tensor c = t.clone();
  EXPECT_TRUE(c.is_contiguous());
  EXPECT_EQ(c.dtype(), DType::I16);
  EXPECT_EQ(c.shape(), (V{4, 3}));
  EXPECT_EQ(values(c), values(t));
  c.fill_(0);
  EXPECT_EQ(values(x), values(iota({3, 4}, DType::I16)));
  Tensor e = zeros({0, 2}).clone();
  EXPECT_EQ(e.shape(), (V{0, 2}));
}

TEST(Copy, Contiguous) {
  Tensor x = iota({2, 3, 4});
  EXPECT_TRUE(x.contiguous().is_same(x));
  Tensor p = x.permute({2, 0, 1});
  Tensor c = p.contiguous();
  EXPECT_TRUE(c.is_contiguous());
  EXPECT_EQ(vec(c.strides()), (V{6, 3, 1}));
  EXPECT_EQ(values(c), values(p));
  Tensor e = x.slice(2, 0, 4, 2).unsqueeze(0).expand({2, 2, 3, 2});
  EXPECT_EQ(values(e.contiguous()), values(e));
}

TEST(Copy, Item) {
  EXPECT_EQ(full({}, 2.5).item<double>(), 2.5);
  EXPECT_EQ(full({1, 1}, 7).item<int64_t>(), 7);
  EXPECT_TRUE(full({}, 7).item().is_integral());
  EXPECT_TRUE(full({}, 2.5).item().is_floating());
  EXPECT_TRUE(full({}, true).item().is_bool());
  EXPECT_EQ(full({}, true).item<bool>(), true);
  for (DType t : kAllDTypes) {
    SCOPED_TRACE(dtype_name(t));
    Tensor x = full({1}, t == DType::Bool ? 1 : 3, {.dtype = t});
    Scalar s = x.item();
    EXPECT_EQ(s.to<double>(), t == DType::Bool ? 1.0 : 3.0);
    EXPECT_EQ(s.kind(), is_floating(t) ? DType::F64 : t == DType::Bool ? DType::Bool : DType::I64);
  }
  EXPECT_EQ(iota({3, 4}, DType::I64).select(0, 2).select(0, 1).item<int64_t>(), 9);
  EXPECT_EQ(full({}, int64_t(1) << 60).item<int64_t>(), int64_t(1) << 60);
  EXPECT_EQ(full({}, 0.1, {.dtype = DType::F16}).item<double>(), 0.0999755859375);
  expect_error<InvalidArgumentError>([] { zeros({2}).item(); }, {"item", "2 elements"});
  expect_error<InvalidArgumentError>([] { zeros({0}).item(); }, {"item", "0 elements"});
}

TEST(Copy, FillOnlyTouchesTheView) {
  Tensor x = zeros({4, 4}, {.dtype = DType::I32});
  x.slice(0, 1, 3).slice(1, 1, 3).fill_(7);
  EXPECT_EQ(values(x), (D{0, 0, 0, 0, 0, 7, 7, 0, 0, 7, 7, 0, 0, 0, 0, 0}));
  x.diagonal().fill_(-1);
  EXPECT_EQ(values(x), (D{-1, 0, 0, 0, 0, -1, 7, 0, 0, 7, -1, 0, 0, 0, 0, -1}));
  x.t().select(0, 3).fill_(9);  // column 3
  EXPECT_EQ(values(x.select(1, 3)), (D{9, 9, 9, 9}));
}

TEST(Copy, FillConvertsTheValue) {
  EXPECT_EQ(values(zeros({2}, {.dtype = DType::I32}).fill_(2.9)), (D{2, 2}));
  EXPECT_EQ(values(zeros({2}, {.dtype = DType::Bool}).fill_(0.5)), (D{1, 1}));
  EXPECT_EQ(values(zeros({2}, {.dtype = DType::F16}).fill_(1.0 / 3)), D(2, 0.333251953125));
  EXPECT_EQ(values(zeros({2}, {.dtype = DType::BF16}).fill_(true)), (D{1, 1}));
  EXPECT_EQ(values(zeros({2}).fill_(int64_t(16777217))), D(2, 16777216.0));
  Tensor big = zeros({100000}, {.dtype = DType::I64});
  big.fill_(int64_t(1) << 40);
  for (int64_t v : int_values(big)) ASSERT_EQ(v, int64_t(1) << 40);
  Tensor e = zeros({0, 3});
  e.fill_(1);  // no elements, no error
  EXPECT_EQ(e.numel(), 0);
}

TEST(Copy, WritingIntoAnExpandedTensorIsAnError) {
  Tensor e = ignis::zeros({3}).unsqueeze(0).expand({4, 3});
  ignis::test::expect_error<ignis::InvalidArgumentError>([&] { e.fill_(1); },
                                                         {"fill_", "single memory location"});
  ignis::test::expect_error<ignis::InvalidArgumentError>(
      [&] {
        e.copy_(ignis::ones({4, 3}));
      },
      {"copy_", "clone()"});
}
