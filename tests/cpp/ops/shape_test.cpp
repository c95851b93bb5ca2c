// Shape ops against f64 references: cat, stack, split/chunk/unbind, flip, roll, repeat, tile,
// repeat_interleave, tril/triu, pad; every dtype of the schema, non-contiguous inputs, 0-size
// and 0-dim shapes, out= and in-place forms, and the documented errors.
#include <functional>
#include <optional>

#include "op_harness.h"

using namespace ignis;
using namespace ignis::test;

IGNIS_OP_COVERED("cat");
IGNIS_OP_COVERED("stack");
IGNIS_OP_COVERED("split");
IGNIS_OP_COVERED("split.sizes");
IGNIS_OP_COVERED("split_with_sizes");
IGNIS_OP_COVERED("chunk");
IGNIS_OP_COVERED("unbind");
IGNIS_OP_COVERED("flip");
IGNIS_OP_COVERED("roll");
IGNIS_OP_COVERED("repeat");
IGNIS_OP_COVERED("tile");
IGNIS_OP_COVERED("repeat_interleave.Tensor");
IGNIS_OP_COVERED("repeat_interleave.self_Tensor");
IGNIS_OP_COVERED("repeat_interleave.self_int");
IGNIS_OP_COVERED("tril");
IGNIS_OP_COVERED("triu");
IGNIS_OP_COVERED("pad");

namespace {

using Shape = std::vector<int64_t>;
using Idx = std::vector<int64_t>;

Idx unravel(int64_t i, const Shape& s) {
  Idx idx(s.size());
  for (int64_t d = static_cast<int64_t>(s.size()) - 1; d >= 0; --d) {
    idx[d] = i % s[d];
    i /= s[d];
  }
  return idx;
}
int64_t ravel(const Idx& idx, const Shape& s) {
  int64_t i = 0;
  for (size_t d = 0; d < s.size(); ++d) i = i * s[d] + idx[d];
  return i;
}
int64_t numel_of(const Shape& s) {
  int64_t n = 1;
  for (int64_t v : s) n *= v;
  return n;
}

// f64 reference: out[i] = x[fn(i)] (or `fill` where fn returns nullopt).
Tensor ref_map(const Tensor& x, const Shape& out_shape,
               const std::function<std::optional<Idx>(const Idx&)>& fn, double fill = 0) {
  std::vector<double> xv = values(x), out(numel_of(out_shape));
  for (int64_t i = 0; i < numel_of(out_shape); ++i) {
    auto src = fn(unravel(i, out_shape));
    out[i] = src ? xv[ravel(*src, x.shape())] : fill;
  }
  return f64_tensor(out, out_shape);
}

std::vector<DType> all_dtypes() { return schema_dtypes("bool u8 i8 i16 i32 i64 f16 bf16 f32 f64"); }

}  // namespace

TEST(ShapeOps, Cat) {
  for (DType dt : all_dtypes()) {
    for (int64_t dim : {0, 1, -1}) {
      Shape sa{2, 3}, sb = dim == 0 ? Shape{4, 3} : Shape{2, 5};
      Tensor a = sample(sa, dt, -3, 3, 1), b = sample(sb, dt, -3, 3, 2);
      int64_t d = dim < 0 ? dim + 2 : dim;
      Shape so = sa;
      so[d] += sb[d];
      Tensor ea = ref_map(a, so, [&](const Idx& i) -> std::optional<Idx> {
        return i[d] < sa[d] ? std::optional<Idx>(i) : std::nullopt;
      });
      Tensor eb = ref_map(b, so, [&](const Idx& i) -> std::optional<Idx> {
        if (i[d] < sa[d]) return std::nullopt;
        Idx j = i;
        j[d] -= sa[d];
        return j;
      });
      std::vector<double> e = values(ea), f = values(eb);
      for (size_t k = 0; k < e.size(); ++k) e[k] += f[k];
      for (auto& [la, va] : layouts(a))
        for (auto& [lb, vb] : layouts(b)) {
          Tensor r = cat({va, vb}, dim);
          EXPECT_EQ(r.dtype(), dt);
          expect_close(r, f64_tensor(e, so), "cat " + la + "/" + lb + " " + dtype_name(dt));
        }
      Tensor out = empty({0}, {.dtype = dt});
      cat_out(out, {a, b}, dim);
      expect_close(out, f64_tensor(e, so), "cat_out");
    }
  }
  // three inputs, 0-size pieces, promotion and the legacy skip of 1-D empties
  Tensor x = sample({2, 3}, DType::I32), y = sample({0, 3}, DType::F32),
         z = sample({1, 3}, DType::I64);
  Tensor r = cat({x, y, z, empty({0}, {.dtype = DType::F64})});
  EXPECT_EQ(r.dtype(), DType::F64);
  EXPECT_EQ(r.shape(), (Shape{3, 3}));
  std::vector<double> e = values(x), zv = values(z);
  e.insert(e.end(), zv.begin(), zv.end());
  expect_close(r, f64_tensor(e, {3, 3}), "cat promote");
  EXPECT_EQ(cat({empty({0}), empty({0})}).shape(), (Shape{0}));
  // large enough to take the parallel paths
  Tensor big = sample({300, 200}, DType::F32), big2 = sample({300, 100}, DType::F32, -1, 1, 5);
  Tensor rb = cat({big, big2, big}, 1);
  EXPECT_EQ(values(rb.slice(1, 200, 300)), values(big2));
  EXPECT_EQ(values(rb.slice(1, 300, 500)), values(big));
}

TEST(ShapeOps, CatErrors) {
  Tensor a = zeros({2, 3}), b = zeros({2, 4}), c = zeros({2, 3, 1});
  expect_error<InvalidArgumentError>([] { cat({}); }, {"cat", "non-empty"});
  expect_error<ShapeError>(
      [&] {
        cat({a, b}, 0);
      },
      {"cat", "dimension 0", "expected size 3", "got size 4"});
  expect_error<ShapeError>([&] { cat({a, c}); }, {"cat", "same number of dimensions", "2", "3"});
  expect_error<ShapeError>([&] { cat({a, zeros({})}); }, {"cat", "zero-dimensional", "position 1"});
  expect_error<IndexError>([&] { cat({a, a}, 2); }, {"cat", "dimension out of range"});
  Tensor bad = zeros({5, 5});
  expect_error<ShapeError>([&] { cat_out(bad, {a, a}); }, {"cat", "[4, 3]", "[5, 5]"});
  Tensor ib = zeros({4, 3}, {.dtype = DType::I64});
  expect_error<DTypeError>([&] { cat_out(ib, {a, a}); }, {"cat", "float32", "int64"});
}

TEST(ShapeOps, Stack) {
  for (DType dt : all_dtypes()) {
    Tensor a = sample({2, 3}, dt, -3, 3, 1), b = sample({2, 3}, dt, -3, 3, 2);
    for (int64_t dim : {0, 1, 2, -1}) {
      int64_t d = dim < 0 ? dim + 3 : dim;
      Shape so{2, 3};
      so.insert(so.begin() + d, 2);
      std::vector<double> av = values(a), bv = values(b), e(12);
      for (int64_t i = 0; i < 12; ++i) {
        Idx k = unravel(i, so);
        int64_t which = k[d];
        k.erase(k.begin() + d);
        e[i] = (which ? bv : av)[ravel(k, {2, 3})];
      }
      for (auto& [l, v] : layouts(a))
        expect_close(stack({v, b}, dim), f64_tensor(e, so), "stack " + l);
      Tensor out = empty({0}, {.dtype = dt});
      expect_close(stack_out(out, {a, b}, dim), f64_tensor(e, so), "stack_out");
    }
  }
  EXPECT_EQ(stack({zeros({}), ones({})}).shape(), (Shape{2}));
  expect_error<ShapeError>(
      [] {
        stack({zeros({2, 3}), zeros({2, 4})});
      },
      {"stack", "equal size", "[2, 3]", "[2, 4]", "entry 1"});
  expect_error<IndexError>([] { stack({zeros({2})}, 3); }, {"stack", "dimension out of range"});
}

TEST(ShapeOps, SplitChunkUnbind) {
  for (DType dt : all_dtypes()) {
    Tensor x = sample({7, 4}, dt);
    for (auto& [l, v] : layouts(x)) {
      auto parts = split(v, 3);
      ASSERT_EQ(parts.size(), 3u);
      EXPECT_EQ(parts[2].shape(), (Shape{1, 4}));
      EXPECT_EQ(parts[1].storage().get(), v.storage().get()) << "split returns views";
      expect_close(parts[1], x.slice(0, 3, 6), "split " + l);
      auto ps = split(v, IntArrayRef{1, 3}, 1);
      ASSERT_EQ(ps.size(), 2u);
      expect_close(ps[1], x.slice(1, 1, 4), "split.sizes " + l);
      auto pw = split_with_sizes(v, {2, 0, 5});
      EXPECT_EQ(pw[1].shape(), (Shape{0, 4}));
      expect_close(pw[2], x.slice(0, 2, 7), "split_with_sizes " + l);
      auto ch = chunk(v, 3, 1);
      ASSERT_EQ(ch.size(), 2u);  // ceil(4/3) = 2 per chunk
      expect_close(ch[1], x.slice(1, 2, 4), "chunk " + l);
      auto ub = unbind(v, 1);
      ASSERT_EQ(ub.size(), 4u);
      expect_close(ub[3], x.select(1, 3), "unbind " + l);
    }
  }
  EXPECT_EQ(chunk(zeros({0, 2}), 3).size(), 3u);
  EXPECT_EQ(split(zeros({0, 2}), 2).size(), 1u);
  EXPECT_EQ(chunk(zeros({5}), 2)[1].numel(), 2);
  expect_error<ShapeError>(
      [] {
        split_with_sizes(zeros({5}), {2, 2});
      },
      {"split_with_sizes", "sum exactly to 5", "[2, 2]"});
  expect_error<InvalidArgumentError>([] { split(zeros({5}), -1); },
                                     {"split", "non-negative", "-1"});
  expect_error<InvalidArgumentError>([] { chunk(zeros({5}), 0); }, {"chunk", "greater than 0"});
  expect_error<ShapeError>([] { unbind(zeros({})); }, {"unbind", "1-dimensional"});
  expect_error<IndexError>([] { split(zeros({5}), 2, 1); }, {"split", "dimension out of range"});
}

TEST(ShapeOps, Flip) {
  for (DType dt : all_dtypes())
    for (const Shape& s : sample_shapes()) {
      Tensor x = sample(s, dt);
      std::vector<int64_t> dims;
      if (s.size() >= 1) dims.push_back(0);
      if (s.size() >= 2) dims.push_back(-1);
      Tensor e = ref_map(x, s, [&](const Idx& i) -> std::optional<Idx> {
        Idx j = i;
        for (int64_t d : dims) {
          int64_t k = d < 0 ? d + static_cast<int64_t>(s.size()) : d;
          j[k] = s[k] - 1 - i[k];
        }
        return j;
      });
      for (auto& [l, v] : layouts(x)) expect_close(flip(v, dims), e, "flip " + l);
    }
  expect_error<InvalidArgumentError>(
      [] {
        flip(zeros({2, 3}), {0, -2});
      },
      {"flip", "dim 0", "multiple"});
  expect_error<IndexError>([] { flip(zeros({2, 3}), {2}); }, {"flip", "dimension out of range"});
}

TEST(ShapeOps, Roll) {
  for (DType dt : all_dtypes()) {
    Tensor x = sample({3, 5}, dt);
    Tensor e = ref_map(x, {3, 5}, [](const Idx& i) -> std::optional<Idx> {
      return Idx{((i[0] - 1) % 3 + 3) % 3, ((i[1] + 7) % 5 + 5) % 5};
    });
    for (auto& [l, v] : layouts(x)) expect_close(roll(v, {1, -7}, {0, 1}), e, "roll " + l);
    // flattened when dims is empty
    Tensor ef = ref_map(x, {3, 5}, [](const Idx& i) -> std::optional<Idx> {
      int64_t f = ((i[0] * 5 + i[1] - 4) % 15 + 15) % 15;
      return Idx{f / 5, f % 5};
    });
    expect_close(roll(x.t().contiguous().t(), {4}), ef, "roll flat");
  }
  EXPECT_EQ(roll(zeros({0, 3}), {2}, {1}).shape(), (Shape{0, 3}));
  expect_close(roll(full({}, 4.0), {3}), full({}, 4.0), "roll 0-dim");
  expect_error<InvalidArgumentError>([] { roll(zeros({2, 3}), {1}, {0, 1}); }, {"roll", "align"});
  expect_error<IndexError>(
      [] {
        roll(zeros({2, 3}), {1}, {3});
      },
      {"roll", "dimension out of range"});
}

TEST(ShapeOps, RepeatTile) {
  for (DType dt : all_dtypes()) {
    Tensor x = sample({2, 3}, dt);
    Tensor e = ref_map(x, {2, 4, 3}, [](const Idx& i) -> std::optional<Idx> {
      return Idx{i[1] % 2, i[2] % 3};
    });
    for (auto& [l, v] : layouts(x)) {
      expect_close(v.repeat({2, 2, 1}), e, "repeat " + l);
      expect_close(tile(v, {2, 2, 1}), e, "tile " + l);
    }
    Tensor et = ref_map(x, {2, 6}, [](const Idx& i) -> std::optional<Idx> {
      return Idx{i[0], i[1] % 3};
    });
    expect_close(tile(x, {2}), et, "tile pads leading 1s");
  }
  EXPECT_EQ(zeros({2, 3}).repeat({0, 2}).shape(), (Shape{0, 6}));
  expect_close(full({}, 2.0).repeat({3}), full({3}, 2.0), "repeat 0-dim");
  expect_error<ShapeError>([] { zeros({2, 3}).repeat({2}); }, {"repeat", "can not be smaller"});
  expect_error<InvalidArgumentError>([] { zeros({2}).repeat({-1}); }, {"repeat", "non-negative"});
}

TEST(ShapeOps, RepeatInterleave) {
  Tensor r = tensor<int64_t>({2, 0, 3});
  expect_close(repeat_interleave(r), tensor<double>({0, 0, 2, 2, 2}), "repeat_interleave.Tensor");
  expect_close(repeat_interleave(tensor<int32_t>({1, 2})), tensor<double>({0, 1, 1}),
               "int32 repeats");
  EXPECT_EQ(repeat_interleave(tensor<int32_t>({1, 2})).dtype(), DType::I32);
  for (DType dt : all_dtypes()) {
    Tensor x = sample({3, 2}, dt);
    Tensor e = ref_map(x, {5, 2}, [](const Idx& i) -> std::optional<Idx> {
      return Idx{i[0] < 2 ? 0 : 2, i[1]};
    });
    for (auto& [l, v] : layouts(x)) expect_close(repeat_interleave(v, r, 0), e, "self_Tensor " + l);
    Tensor ef = ref_map(x, {12}, [](const Idx& i) -> std::optional<Idx> {
      int64_t f = i[0] / 2;
      return Idx{f / 2, f % 2};
    });
    expect_close(repeat_interleave(x, 2), ef, "self_int flat");
    Tensor e1 = ref_map(x, {3, 6}, [](const Idx& i) -> std::optional<Idx> {
      return Idx{i[0], i[1] / 3};
    });
    expect_close(repeat_interleave(x, 3, -1), e1, "self_int dim");
  }
  expect_close(repeat_interleave(full({}, 1.5), 2), full({2}, 1.5), "0-dim");
  EXPECT_EQ(repeat_interleave(zeros({0, 2}), 3, 0).shape(), (Shape{0, 2}));
  expect_error<InvalidArgumentError>(
      [] {
        repeat_interleave(tensor<int64_t>({1, -1}));
      },
      {"repeat_interleave", "negative"});
  expect_error<ShapeError>(
      [&] {
        repeat_interleave(zeros({2, 2}), r, 0);
      },
      {"repeat_interleave", "same size", "3", "2"});
  expect_error<DTypeError>([] { repeat_interleave(zeros({2})); },
                           {"repeat_interleave", "int64", "float32"});
  expect_error<InvalidArgumentError>([&] { repeat_interleave(r, std::optional<int64_t>(4)); },
                                     {"output_size", "5"});
}

TEST(ShapeOps, TrilTriu) {
  for (DType dt : all_dtypes())
    for (const Shape& s : std::vector<Shape>{{3, 4}, {2, 3, 5}, {4, 2}, {0, 3}, {2, 0, 2}})
      for (int64_t diag : {0, 1, -1, 5, -5}) {
        Tensor x = sample(s, dt);
        size_t n = s.size();
        Tensor el = ref_map(x, s, [&](const Idx& i) -> std::optional<Idx> {
          return i[n - 1] - i[n - 2] <= diag ? std::optional<Idx>(i) : std::nullopt;
        });
        Tensor eu = ref_map(x, s, [&](const Idx& i) -> std::optional<Idx> {
          return i[n - 1] - i[n - 2] >= diag ? std::optional<Idx>(i) : std::nullopt;
        });
        for (auto& [l, v] : layouts(x)) {
          expect_close(tril(v, diag), el, "tril " + l);
          expect_close(triu(v, diag), eu, "triu " + l);
          Tensor c = v.clone();
          expect_close(tril_(c, diag), el, "tril_ " + l);
          Tensor w = x.clone();
          Tensor vv = layouts(w).back().second;  // strided in-place
          triu_(vv, diag);
          expect_close(vv, eu, "triu_ strided " + l);
        }
        Tensor o = empty({0}, {.dtype = dt});
        expect_close(tril_out(o, x, diag), el, "tril_out");
        Tensor o2 = empty({0}, {.dtype = dt});
        expect_close(triu_out(o2, x, diag), eu, "triu_out");
      }
  expect_error<ShapeError>([] { tril(zeros({3})); }, {"tril", "at least 2 dimensions", "1-D"});
  expect_error<ShapeError>([] { triu(zeros({})); }, {"triu", "at least 2 dimensions"});
}

TEST(ShapeOps, Pad) {
  for (DType dt : all_dtypes()) {
    Tensor x = sample({2, 3, 4}, dt);
    // constant: last dim (1, 2), middle dim (-1, 1) (negative crops)
    Shape so{2, 3, 7};
    Tensor ec = ref_map(
        x, so,
        [](const Idx& i) -> std::optional<Idx> {
          int64_t r = i[1] + 1, c = i[2] - 1;
          if (r >= 3 || c < 0 || c >= 4) return std::nullopt;
          return Idx{i[0], r, c};
        },
        1);
    for (auto& [l, v] : layouts(x)) {
      expect_close(pad(v, {1, 2, -1, 1}, "constant", 1.0), ec, "pad constant " + l);
      Tensor er = ref_map(x, {2, 5, 7}, [](const Idx& i) -> std::optional<Idx> {
        auto refl = [](int64_t s, int64_t n) {
          s = s < 0 ? -s : s;
          return s >= n ? 2 * (n - 1) - s : s;
        };
        return Idx{i[0], refl(i[1] - 1, 3), refl(i[2] - 2, 4)};
      });
      expect_close(pad(v, {2, 1, 1, 1}, "reflect"), er, "pad reflect " + l);
      Tensor ep = ref_map(x, {2, 3, 8}, [](const Idx& i) -> std::optional<Idx> {
        return Idx{i[0], i[1], std::clamp<int64_t>(i[2] - 3, 0, 3)};
      });
      expect_close(pad(v, {3, 1}, "replicate"), ep, "pad replicate " + l);
    }
  }
  EXPECT_EQ(pad(zeros({0, 2}), {1, 1}).shape(), (Shape{0, 4}));
  expect_error<InvalidArgumentError>([] { pad(zeros({2, 3}), {1}); }, {"pad", "divisible by 2"});
  expect_error<InvalidArgumentError>([] { pad(zeros({3}), {1, 1, 1, 1}); }, {"pad", "too large"});
  expect_error<InvalidArgumentError>(
      [] {
        pad(zeros({2, 3}), {3, 0}, "reflect");
      },
      {"pad", "less than", "(3, 0)", "dimension 1"});
  expect_error<InvalidArgumentError>(
      [] {
        pad(zeros({2, 3}), {1, 1}, "circle");
      },
      {"pad", "circle"});
  expect_error<InvalidArgumentError>(
      [] {
        pad(zeros({2, 3}), {1, 1}, "reflect", 2.0);
      },
      {"pad", "reflect", "value"});
  expect_error<ShapeError>([] { pad(zeros({2, 3}), {-2, -2}); }, {"pad", "negative size"});
}
