// View ops: storage sharing, sizes/strides/offsets against PyTorch, and every error case.
#include <functional>

#include <gtest/gtest.h>

#include "test_util.h"

using namespace ignis;
using ignis::test::expect_error;
using ignis::test::iota;
using ignis::test::values;
using ignis::test::vec;
using V = std::vector<int64_t>;

namespace {

Tensor b() { return iota({2, 3, 4}, DType::I64); }
Tensor m() { return iota({3, 4}, DType::I64); }

struct ViewCase {
  const char* torch_expr;
  Tensor view;
  V sizes, strides;
  int64_t offset;
};

}  // namespace

TEST(View, GeometryMatchesTorch) {
  // Expected geometry printed by Debian's PyTorch 1.13 for
  //   b = torch.arange(24).view(2, 3, 4); m = torch.arange(12).view(3, 4)
  const ViewCase cases[] = {
      {"b.view(4, 6)", b().view({4, 6}), {4, 6}, {6, 1}, 0},
      {"b.view(-1)", b().view({-1}), {24}, {1}, 0},
      {"b.view(6, -1)", b().view({6, -1}), {6, 4}, {4, 1}, 0},
      {"b.view(2, 1, 3, 1, 4)", b().view({2, 1, 3, 1, 4}), {2, 1, 3, 1, 4}, {12, 12, 4, 4, 1}, 0},
      {"b.reshape(3, 8)", b().reshape({3, 8}), {3, 8}, {8, 1}, 0},
      {"b.transpose(1, 2).reshape(2, 12)",
       b().transpose(1, 2).reshape({2, 12}),
       {2, 12},
       {12, 1},
       0},
      {"b.transpose(0, 1).reshape(3, 8)", b().transpose(0, 1).reshape({3, 8}), {3, 8}, {8, 1}, 0},
      {"b.transpose(0, 2)", b().transpose(0, 2), {4, 3, 2}, {1, 4, 12}, 0},
      {"b.transpose(-1, -3)", b().transpose(-1, -3), {4, 3, 2}, {1, 4, 12}, 0},
      {"m.t()", m().t(), {4, 3}, {1, 4}, 0},
      {"b.permute(2, 0, 1)", b().permute({2, 0, 1}), {4, 2, 3}, {1, 12, 4}, 0},
      {"b.permute(-1, 1, 0)", b().permute({-1, 1, 0}), {4, 3, 2}, {1, 4, 12}, 0},
      {"b[:, :, 1::2]", b().slice(2, 1, std::nullopt, 2), {2, 3, 2}, {12, 4, 2}, 1},
      {"b[:, -2:, :]", b().slice(1, -2), {2, 2, 4}, {12, 4, 1}, 4},
      {"b[:, 0:3:2, 1:3]", b().slice(1, 0, 3, 2).slice(2, 1, 3), {2, 2, 2}, {12, 8, 1}, 1},
      {"b[1:, :, ::3]",
       b().slice(0, 1).slice(2, std::nullopt, std::nullopt, 3),
       {1, 3, 2},
       {12, 4, 3},
       12},
      {"b[:, 5:, :]", b().slice(1, 5), {2, 0, 4}, {12, 4, 1}, 12},
      {"b.select(1, -1)", b().select(1, -1), {2, 4}, {12, 1}, 8},
      {"b.select(0, 1)", b().select(0, 1), {3, 4}, {4, 1}, 12},
      {"b.select(2, 2)", b().select(2, 2), {2, 3}, {12, 4}, 2},
      {"b.narrow(1, 1, 2)", b().narrow(1, 1, 2), {2, 2, 4}, {12, 4, 1}, 4},
      {"b.narrow(2, -3, 2)", b().narrow(2, -3, 2), {2, 3, 2}, {12, 4, 1}, 1},
      {"arange(3).view(3, 1).expand(2, 3, 4)",
       iota({3}, DType::I64).view({3, 1}).expand({2, 3, 4}),
       {2, 3, 4},
       {0, 1, 0},
       0},
      {"arange(3).view(3, 1).expand(-1, 5)",
       iota({3}, DType::I64).view({3, 1}).expand({-1, 5}),
       {3, 5},
       {1, 0},
       0},
      {"b[:, 1:2, :].squeeze()", b().slice(1, 1, 2).squeeze(), {2, 4}, {12, 1}, 4},
      {"b[:, 1:2, :].squeeze(1)", b().slice(1, 1, 2).squeeze(1), {2, 4}, {12, 1}, 4},
      {"b.squeeze(0)", b().squeeze(0), {2, 3, 4}, {12, 4, 1}, 0},
      {"zeros(1, 3, 1, 2).squeeze()", zeros({1, 3, 1, 2}).squeeze(), {3, 2}, {2, 1}, 0},
      {"b.unsqueeze(0)", b().unsqueeze(0), {1, 2, 3, 4}, {24, 12, 4, 1}, 0},
      {"b.unsqueeze(3)", b().unsqueeze(3), {2, 3, 4, 1}, {12, 4, 1, 1}, 0},
      {"b.unsqueeze(-1)", b().unsqueeze(-1), {2, 3, 4, 1}, {12, 4, 1, 1}, 0},
      {"b.transpose(0, 2).unsqueeze(1)",
       b().transpose(0, 2).unsqueeze(1),
       {4, 1, 3, 2},
       {1, 12, 4, 12},
       0},
      {"b[:, :, ::2].unsqueeze(2)",
       b().slice(2, std::nullopt, std::nullopt, 2).unsqueeze(2),
       {2, 3, 1, 2},
       {12, 4, 4, 2},
       0},
      {"b.flatten()", b().flatten(), {24}, {1}, 0},
      {"b.flatten(1)", b().flatten(1), {2, 12}, {12, 1}, 0},
      {"b.flatten(0, 1)", b().flatten(0, 1), {6, 4}, {4, 1}, 0},
      {"b.unflatten(2, (2, 2))", b().unflatten(2, {2, 2}), {2, 3, 2, 2}, {12, 4, 2, 1}, 0},
      {"b.unflatten(-1, (-1, 2))", b().unflatten(-1, {-1, 2}), {2, 3, 2, 2}, {12, 4, 2, 1}, 0},
      {"m.as_strided((3, 3), (1, 3), 2)", m().as_strided({3, 3}, {1, 3}, 2), {3, 3}, {1, 3}, 2},
      {"m.as_strided((2, 2), (4, 1))", m().as_strided({2, 2}, {4, 1}), {2, 2}, {4, 1}, 0},
      {"m[1:].as_strided((2,), (5,))", m().slice(0, 1).as_strided({2}, {5}), {2}, {5}, 4},
      {"m.diagonal()", m().diagonal(), {3}, {5}, 0},
      {"m.diagonal(1)", m().diagonal(1), {3}, {5}, 1},
      {"m.diagonal(-1)", m().diagonal(-1), {2}, {5}, 4},
      {"m.diagonal(3)", m().diagonal(3), {1}, {5}, 3},
      {"m.diagonal(5)", m().diagonal(5), {0}, {5}, 0},
      {"m.diagonal(-3)", m().diagonal(-3), {0}, {5}, 0},
      {"b.diagonal(0, 0, 2)", b().diagonal(0, 0, 2), {3, 2}, {4, 13}, 0},
      {"b.diagonal(1, 1, 2)", b().diagonal(1, 1, 2), {2, 3}, {12, 5}, 1},
      {"b.diagonal(-1, 2, 1)", b().diagonal(-1, 2, 1), {2, 3}, {12, 5}, 1},
      {"m.t().diagonal(1)", m().t().diagonal(1), {2}, {5}, 4},
  };

  for (const ViewCase& c : cases) {
    SCOPED_TRACE(c.torch_expr);
    const Tensor& t = c.view;
    EXPECT_EQ(t.shape(), c.sizes);
    EXPECT_EQ(vec(t.strides()), c.strides);
    EXPECT_EQ(t.storage_offset(), c.offset);
  }
}

TEST(View, ValuesFollowTheGeometry) {
  Tensor x = b();
  EXPECT_EQ(values(x.transpose(0, 2).select(0, 1)), (std::vector<double>{1, 13, 5, 17, 9, 21}));
  EXPECT_EQ(values(x.slice(2, 1, std::nullopt, 2).select(0, 1)),
            (std::vector<double>{13, 15, 17, 19, 21, 23}));
  EXPECT_EQ(values(m().diagonal(1)), (std::vector<double>{1, 6, 11}));
  EXPECT_EQ(values(m().diagonal(-1)), (std::vector<double>{4, 9}));
  EXPECT_EQ(values(iota({3}, DType::I64).view({3, 1}).expand({3, 2})),
            (std::vector<double>{0, 0, 1, 1, 2, 2}));
}

TEST(View, EveryViewSharesStorage) {
  using Fn = std::function<Tensor(const Tensor&)>;
  const std::pair<const char*, Fn> views[] = {
      {"view",
       [](const Tensor& t) {
         return t.view({6, 4});
       }},
      {"reshape",
       [](const Tensor& t) {
         return t.reshape({4, 6});
       }},
      {"transpose", [](const Tensor& t) { return t.transpose(0, 1); }},
      {"t", [](const Tensor& t) { return t.select(0, 0).t(); }},
      {"permute",
       [](const Tensor& t) {
         return t.permute({1, 2, 0});
       }},
      {"slice", [](const Tensor& t) { return t.slice(2, 1, std::nullopt, 2); }},
      {"select", [](const Tensor& t) { return t.select(1, 2); }},
      {"narrow", [](const Tensor& t) { return t.narrow(2, 1, 2); }},
      {"expand",  // writing into a stride-0 expansion is an error (copy_test), so keep dim 0 at 1
       [](const Tensor& t) {
         return t.unsqueeze(0).expand({1, 2, 3, 4});
       }},
      {"squeeze", [](const Tensor& t) { return t.unsqueeze(1).squeeze(); }},
      {"squeeze_dim", [](const Tensor& t) { return t.unsqueeze(1).squeeze(1); }},
      {"unsqueeze", [](const Tensor& t) { return t.unsqueeze(2); }},
      {"flatten", [](const Tensor& t) { return t.flatten(); }},
      {"unflatten",
       [](const Tensor& t) {
         return t.unflatten(2, {2, 2});
       }},
      {"as_strided",
       [](const Tensor& t) {
         return t.as_strided({3, 3}, {4, 1}, 5);
       }},
      {"diagonal", [](const Tensor& t) { return t.diagonal(1, 1, 2); }},
      {"contiguous", [](const Tensor& t) { return t.contiguous(); }},
  };
  for (const auto& [name, fn] : views) {
    SCOPED_TRACE(name);
    Tensor base = iota({2, 3, 4}, DType::F32);
    Tensor v = fn(base);
    EXPECT_EQ(v.storage().get(), base.storage().get());
    ASSERT_GT(v.numel(), 0);
    uint64_t version = base.version();
    // Write through the view; the base sees it (the view's first element lives in base).
    v.fill_(-7);
    EXPECT_GT(base.version(), version) << "the version counter is shared";
    std::vector<double> bv = values(base);
    int64_t changed = 0;
    for (double x : bv) changed += x == -7;
    EXPECT_GT(changed, 0);
    auto* p = static_cast<float*>(base.data_ptr());
    EXPECT_EQ(p[v.storage_offset()], -7.0f);
  }
}

TEST(View, WriteThroughTransposeIsVisibleInBase) {
  Tensor base = zeros({2, 3});
  Tensor t = base.t();
  t.select(0, 2).fill_(5);  // column 2 of base
  EXPECT_EQ(values(base), (std::vector<double>{0, 0, 5, 0, 0, 5}));
  base.diagonal().fill_(1);
  EXPECT_EQ(values(t), (std::vector<double>{1, 0, 0, 1, 5, 5}));
}

TEST(View, ContiguousFlags) {
  Tensor x = b();
  EXPECT_TRUE(x.is_contiguous());
  EXPECT_FALSE(x.transpose(0, 1).is_contiguous());
  EXPECT_TRUE(x.select(0, 1).is_contiguous());
  EXPECT_FALSE(x.select(2, 1).is_contiguous());
  EXPECT_TRUE(x.unsqueeze(1).is_contiguous());
  EXPECT_TRUE(x.slice(1, 1, 2).is_contiguous() == false);
  EXPECT_TRUE(x.slice(0, 1, 2).is_contiguous());
  EXPECT_TRUE(zeros({3, 1}).expand({3, 1}).is_contiguous());
  EXPECT_FALSE(zeros({3, 1}).expand({3, 4}).is_contiguous());
  EXPECT_TRUE(zeros({0, 4}).t().is_contiguous());
}

TEST(View, ContiguousReturnsSelfOrCopy) {
  Tensor x = b();
  EXPECT_TRUE(x.contiguous().is_same(x));
  Tensor t = x.transpose(1, 2);
  Tensor c = t.contiguous();
  EXPECT_NE(c.storage().get(), x.storage().get());
  EXPECT_TRUE(c.is_contiguous());
  EXPECT_EQ(values(c), values(t));
}

TEST(View, ViewOnNonViewableStridesThrows) {
  Tensor t = b().transpose(0, 1);  // (3, 2, 4), strides (4, 12, 1)
  expect_error<ShapeError>([&] { t.view({24}); }, {"view", "reshape", "stride"});
  expect_error<ShapeError>([&] { m().t().view({12}); }, {"view", "reshape"});
  // Splitting or merging only within contiguous chunks is still a view.
  Tensor rows = iota({4, 6}).slice(1, 0, 4);  // (4, 4), strides (6, 1)
  expect_error<ShapeError>([&] { rows.view({16}); }, {"view", "reshape"});
  Tensor ok = rows.view({4, 2, 2});
  EXPECT_EQ(ok.storage().get(), rows.storage().get());
  EXPECT_EQ(vec(ok.strides()), (V{6, 2, 1}));
  Tensor merged = iota({2, 3, 4}).transpose(0, 1).view({3, 2, 2, 2});
  EXPECT_EQ(vec(merged.strides()), (V{4, 12, 2, 1}));
  EXPECT_EQ(vec(iota({2, 3, 8}).slice(2, 0, 4).view({6, 4}).strides()), (V{8, 1}));
}

TEST(View, ReshapeCopiesWhenItMust) {
  Tensor base = b();
  Tensor t = base.transpose(0, 1);
  Tensor r = t.reshape({24});
  EXPECT_NE(r.storage().get(), base.storage().get());
  EXPECT_EQ(values(r), values(t));
  r.fill_(0);  // a copy: the base is untouched
  EXPECT_EQ(values(base), values(b()));
  // Viewable reshape shares.
  EXPECT_EQ(base.reshape({4, -1}).storage().get(), base.storage().get());
}

TEST(View, ZeroDimAndEmpty) {
  Tensor s = full({}, 3.0);
  EXPECT_EQ(s.view({1, 1}).shape(), (V{1, 1}));
  EXPECT_EQ(s.view({}).dim(), 0);
  EXPECT_EQ(s.reshape({-1}).shape(), (V{1}));
  EXPECT_EQ(s.unsqueeze(0).shape(), (V{1}));
  EXPECT_EQ(s.flatten().shape(), (V{1}));
  EXPECT_EQ(s.squeeze().dim(), 0);
  EXPECT_EQ(s.squeeze(0).dim(), 0);
  EXPECT_EQ(s.transpose(0, -1).dim(), 0);
  EXPECT_EQ(s.t().dim(), 0);
  EXPECT_EQ(s.permute({}).dim(), 0);
  EXPECT_EQ(s.expand({2, 3}).shape(), (V{2, 3}));
  EXPECT_EQ(vec(s.expand({2, 3}).strides()), (V{0, 0}));

  Tensor e = zeros({0, 3});
  EXPECT_EQ(e.view({3, 0}).shape(), (V{3, 0}));
  EXPECT_EQ(e.reshape({-1}).shape(), (V{0}));
  EXPECT_EQ(e.t().shape(), (V{3, 0}));
  EXPECT_EQ(e.slice(1, 1).shape(), (V{0, 2}));
}

TEST(View, OutOfRangeDimsAreIndexError) {
  Tensor x = b();
  expect_error<IndexError>([&] { x.transpose(3, 0); },
                           {"transpose", "out of range", "[-3, 2]", "3"});
  expect_error<IndexError>([&] { x.transpose(0, -4); }, {"transpose", "-4"});
  expect_error<IndexError>([&] { x.permute({0, 1, 3}); }, {"permute", "out of range"});
  expect_error<IndexError>([&] { x.slice(5); }, {"slice", "out of range"});
  expect_error<IndexError>([&] { x.select(-4, 0); }, {"select", "out of range"});
  expect_error<IndexError>([&] { x.narrow(3, 0, 1); }, {"narrow", "out of range"});
  expect_error<IndexError>([&] { x.squeeze(3); }, {"squeeze", "out of range"});
  expect_error<IndexError>([&] { x.unsqueeze(4); }, {"unsqueeze", "[-4, 3]", "4"});
  expect_error<IndexError>([&] { x.unsqueeze(-5); }, {"unsqueeze"});
  expect_error<IndexError>([&] { x.flatten(0, 3); }, {"flatten"});
  expect_error<IndexError>([&] { x.unflatten(3, {1}); }, {"unflatten"});
  expect_error<IndexError>([&] { x.diagonal(0, 0, 3); }, {"diagonal"});
  expect_error<IndexError>([&] { x.size(3); }, {"size"});
  expect_error<IndexError>([&] { x.stride(-4); }, {"stride"});
  expect_error<IndexError>([&] { full({}, 1.0).size(0); }, {"size", "0-dim"});
}

TEST(View, IndexOutOfRangeIsIndexError) {
  Tensor x = b();
  expect_error<IndexError>([&] { x.select(1, 3); }, {"select", "index 3", "out of range"});
  expect_error<IndexError>([&] { x.select(1, -4); }, {"select", "-4"});
  expect_error<IndexError>([&] { full({}, 1.0).select(0, 0); }, {"select", "0-dim"});
  expect_error<IndexError>([&] { full({}, 1.0).slice(0); }, {"slice", "0-dim"});
  expect_error<IndexError>([&] { x.narrow(2, 5, 0); }, {"narrow", "start", "5"});
  expect_error<IndexError>([&] { x.narrow(2, 2, 3); }, {"narrow", "length", "exceeds"});
  expect_error<IndexError>([&] { x.narrow(2, 0, -1); }, {"narrow", "length"});
}

TEST(View, BadPermutation) {
  Tensor x = b();
  expect_error<InvalidArgumentError>([&] { x.permute({0, 0, 1}); }, {"permute", "appears twice"});
  expect_error<InvalidArgumentError>([&] { x.permute({2, -1, 0}); }, {"permute", "twice"});
  expect_error<ShapeError>([&] { x.permute({0, 1}); }, {"permute", "3 dims", "2"});
  expect_error<ShapeError>([&] { x.permute({0, 1, 2, 3}); }, {"permute"});
}

TEST(View, BadShapes) {
  Tensor x = b();
  expect_error<ShapeError>([&] { x.view({-1, -1}); }, {"view", "only one dimension", "-1"});
  expect_error<ShapeError>([&] { x.reshape({-1, 2, -1}); }, {"reshape", "only one"});
  expect_error<ShapeError>([&] { x.view({-2, 12}); }, {"view", "invalid shape dimension -2"});
  expect_error<ShapeError>([&] { x.view({5, 5}); }, {"view", "[5, 5]", "size 24"});
  expect_error<ShapeError>([&] { x.view({-1, 5}); }, {"view", "size 24"});
  expect_error<ShapeError>([&] { x.reshape({7}); }, {"reshape", "size 24"});
  expect_error<ShapeError>([&] { zeros({0, 3}).view({-1, 0}); }, {"view"});
  expect_error<ShapeError>([&] { x.unflatten(2, {3, 2}); }, {"unflatten", "size 4"});
  expect_error<ShapeError>([&] { x.unflatten(2, {}); }, {"unflatten", "non-empty"});
  expect_error<ShapeError>([&] { x.t(); }, {"t", "<= 2", "3-D"});
  expect_error<ShapeError>([&] { iota({3}).diagonal(); }, {"diagonal", "at least 2", "1-D"});
  expect_error<InvalidArgumentError>([&] { x.diagonal(0, 1, -2); }, {"diagonal", "differ"});
  expect_error<InvalidArgumentError>([&] { x.flatten(2, 1); }, {"flatten", "start_dim"});
  expect_error<InvalidArgumentError>([&] { x.slice(1, 0, 3, 0); }, {"slice", "step", "0"});
  expect_error<InvalidArgumentError>([&] { x.slice(1, 0, 3, -1); }, {"slice", "positive"});
}

TEST(View, NegativeSizes) {
  expect_error<ShapeError>([] { empty({2, -3}); }, {"empty", "non-negative", "-3"});
  expect_error<ShapeError>([] { zeros({-1}); }, {"non-negative"});
  expect_error<ShapeError>([&] { m().as_strided({-1, 2}, {1, 1}); }, {"as_strided", "-1"});
  expect_error<ShapeError>([&] { iota({3}).view({3, 1}).expand({-2, 3, 2}); }, {"expand", "-2"});
  expect_error<ShapeError>([&] { iota({3}).view({3, 1}).expand({3, -2}); }, {"expand", "-2"});
}

TEST(View, ExpandMismatch) {
  Tensor x = iota({3}).view({3, 1});
  expect_error<ShapeError>(
      [&] {
        x.expand({4, 2});
      },
      {"expand", "(4)", "existing size (3)", "non-singleton dimension 0"});
  expect_error<ShapeError>([&] { x.expand({3}); }, {"expand", "number of sizes"});
  expect_error<ShapeError>([&] { x.expand({-1, 3, 2}); }, {"expand", "leading"});
}

TEST(View, AsStridedPastTheStorage) {
  Tensor x = m();  // 12 elements
  expect_error<ShapeError>(
      [&] {
        x.as_strided({4, 4}, {4, 1});
      },
      {"as_strided", "[4, 4]", "storage", "12"});
  expect_error<ShapeError>([&] { x.as_strided({2}, {1}, 11); }, {"as_strided", "offset 11"});
  expect_error<InvalidArgumentError>([&] { x.as_strided({2}, {1}, -1); }, {"as_strided", "offset"});
  expect_error<InvalidArgumentError>(
      [&] {
        x.as_strided({2, 2}, {-1, 1});
      },
      {"as_strided", "stride"});
  expect_error<ShapeError>([&] { x.as_strided({2, 2}, {1}); }, {"as_strided", "strides"});
  // The whole storage is fine, and so is an empty view anywhere.
  EXPECT_EQ(x.as_strided({12}, {1}, 0).numel(), 12);
  EXPECT_EQ(x.as_strided({0}, {1}, 12).numel(), 0);
}

TEST(View, NumelOverflowIsShapeError) {
  const int64_t big = int64_t(1) << 40;
  expect_error<ShapeError>([&] { empty({big, big}); }, {"overflow"});
  expect_error<ShapeError>([&] { full({}, 1.0).expand({big, big}); }, {"overflow"});
  expect_error<ShapeError>([&] { m().as_strided({big, big}, {0, 0}); }, {"as_strided", "overflow"});
  expect_error<ShapeError>([&] { m().view({big, big, 0, -1}); }, {"view"});
  expect_error<ShapeError>([&] { m().view({big, big, 12}); }, {"view"});
  expect_error<ShapeError>([&] { m().reshape({big, big, big, 12}); }, {"reshape"});
  expect_error<ShapeError>([&] { empty({int64_t(1) << 62}, {.dtype = DType::F64}); },
                           {"empty", "overflow"});
}

TEST(View, SqueezeKeepsNonUnitDims) {
  Tensor x = zeros({2, 1, 3});
  EXPECT_EQ(x.squeeze(0).shape(), (V{2, 1, 3}));
  EXPECT_EQ(x.squeeze(-2).shape(), (V{2, 3}));
  EXPECT_EQ(zeros({1, 1}).squeeze().dim(), 0);
}

// Strides from Debian's PyTorch 1.13: new leading dims of size 1 step over the next dim.
TEST(View, ExpandLeadingStridesMatchTorch) {
  Tensor x = iota({3}).view({3, 1});
  EXPECT_EQ(vec(x.expand({1, 3, 1}).strides()), (V{3, 1, 1}));
  EXPECT_EQ(vec(x.expand({1, 1, 3, 1}).strides()), (V{3, 3, 1, 1}));
  EXPECT_EQ(vec(x.expand({2, 1, 3, 4}).strides()), (V{0, 3, 1, 0}));
  EXPECT_EQ(vec(x.expand({1, 2, 3, 1}).strides()), (V{0, 0, 1, 1}));
  EXPECT_EQ(vec(zeros({0, 3}).expand({1, 0, 3}).strides()), (V{0, 3, 1}));
  EXPECT_EQ(vec(full({}, 5.0).expand({1}).strides()), (V{0}));
  EXPECT_EQ(vec(full({}, 5.0).expand({2, 1, 1}).strides()), (V{0, 0, 0}));
}

TEST(View, FlattenOfOneDimIsSelf) {
  Tensor b = iota({2, 3, 4}).transpose(0, 2);
  EXPECT_TRUE(b.flatten(1, 1).is_same(b));
  EXPECT_EQ(vec(b.flatten(-2, 1).strides()), (V{1, 4, 12}));
}

TEST(View, EmptyReshapeToSameShapeKeepsStrides) {
  Tensor x = zeros({0, 3}).t();  // strides (1, 3)
  EXPECT_EQ(vec(x.reshape({3, 0}).strides()), (V{1, 3}));
  EXPECT_EQ(vec(x.view({3, 0}).strides()), (V{1, 3}));
  EXPECT_EQ(vec(x.reshape({0, 3}).strides()), (V{3, 1}));
}

TEST(View, UnflattenZeroDimIsIndexError) {
  expect_error<IndexError>([] { full({}, 1.0).unflatten(0, {1}); }, {"unflatten", "0-dim"});
}

TEST(View, ExpandAs) {
  Tensor x = iota({3}).view({1, 3});
  Tensor y = zeros({4, 3});
  Tensor e = x.expand_as(y);
  EXPECT_EQ(e.shape(), (V{4, 3}));
  EXPECT_EQ(vec(e.strides()), (V{0, 1}));
}
