// Index ops against f64 references: index_select, take, gather, scatter(_add), index_add,
// index_put, masked_fill/select/scatter, nonzero, one_hot and advanced indexing (index /
// index_put_ with TensorIndex); every dtype, non-contiguous inputs, errors.
#include "op_harness.h"
#include "ops/indexing.h"

using namespace ignis;
using namespace ignis::test;
using namespace ignis::indexing;

IGNIS_OP_COVERED("index_select");
IGNIS_OP_COVERED("gather");
IGNIS_OP_COVERED("scatter.src");
IGNIS_OP_COVERED("scatter.value");
IGNIS_OP_COVERED("scatter_add");
IGNIS_OP_COVERED("index_add");
IGNIS_OP_COVERED("index_put");
IGNIS_OP_COVERED("masked_fill.Scalar");
IGNIS_OP_COVERED("masked_fill.Tensor");
IGNIS_OP_COVERED("masked_select");
IGNIS_OP_COVERED("masked_scatter");
IGNIS_OP_COVERED("nonzero");
IGNIS_OP_COVERED("take");
IGNIS_OP_COVERED("one_hot");

namespace {
using Shape = std::vector<int64_t>;
std::vector<DType> all_dtypes() { return schema_dtypes("bool u8 i8 i16 i32 i64 f16 bf16 f32 f64"); }
Tensor bools(std::initializer_list<int64_t> v) { return tensor<int64_t>(v).to(DType::Bool); }
Tensor longs(std::initializer_list<int64_t> v, Shape shape) {
  return tensor<int64_t>(v).reshape(IntArrayRef(shape.data(), shape.size()));
}
}  // namespace

TEST(IndexOps, IndexSelect) {
  for (DType dt : all_dtypes()) {
    Tensor x = sample({4, 3}, dt);
    std::vector<double> xv = values(x);
    Tensor idx = tensor<int64_t>({3, 0, 3, 1, 2});
    std::vector<double> e0, e1;
    for (int64_t i : {3, 0, 3, 1, 2})
      for (int64_t j = 0; j < 3; ++j) e0.push_back(xv[i * 3 + j]);
    for (int64_t i = 0; i < 4; ++i)
      for (int64_t j : {2, 0}) e1.push_back(xv[i * 3 + j]);
    for (auto& [l, v] : layouts(x)) {
      expect_close(index_select(v, 0, idx), f64_tensor(e0, {5, 3}), "index_select 0 " + l);
      expect_close(v.index_select(-1, tensor<int32_t>({2, 0})), f64_tensor(e1, {4, 2}),
                   "index_select int32 1 " + l);
    }
    Tensor out = empty({0}, {.dtype = dt});
    expect_close(index_select_out(out, x, 0, idx), f64_tensor(e0, {5, 3}), "index_select_out");
  }
  EXPECT_EQ(index_select(zeros({4, 3}), 0, empty({0}, {.dtype = DType::I64})).shape(),
            (Shape{0, 3}));
  expect_close(index_select(full({}, 3.0), 0, tensor<int64_t>({0})), full({}, 3.0), "0-dim");
  // large table: the parallel row path
  Tensor tab = sample({5000, 16}, DType::F32);
  Tensor rows = randint(0, 5000, {20000}, nullptr, {.dtype = DType::I64});
  Tensor g = index_select(tab, 0, rows);
  Tensor tv = tab.contiguous();
  const float* tp = tv.data_ptr<float>();
  const float* gp = g.data_ptr<float>();
  const int64_t* rp = rows.data_ptr<int64_t>();
  for (int64_t i = 0; i < 20000; i += 997) EXPECT_EQ(gp[i * 16 + 5], tp[rp[i] * 16 + 5]);
  expect_error<IndexError>(
      [] { index_select(zeros({5}), 0, tensor<int64_t>({7})); },
      {"index_select", "index 7 is out of bounds for dimension 0 with size 5"});
  expect_error<IndexError>([] { index_select(zeros({5}), 0, tensor<int64_t>({-1})); },
                           {"index_select", "index -1", "size 5"});
  expect_error<DTypeError>([] { index_select(zeros({5}), 0, zeros({1})); },
                           {"index_select", "int64", "float32"});
  expect_error<IndexError>(
      [] {
        index_select(zeros({5}), 0, zeros({1, 1}, {.dtype = DType::I64}));
      },
      {"index_select", "1-D", "2-D"});
  expect_error<IndexError>([] { index_select(zeros({5}), 1, tensor<int64_t>({0})); },
                           {"index_select", "dimension out of range"});
}

TEST(IndexOps, Take) {
  for (DType dt : all_dtypes()) {
    Tensor x = sample({2, 3}, dt);
    std::vector<double> xv = values(x);
    Tensor idx = longs({5, 0, -1, 2}, {2, 2});
    std::vector<double> e{xv[5], xv[0], xv[5], xv[2]};
    for (auto& [l, v] : layouts(x)) expect_close(take(v, idx), f64_tensor(e, {2, 2}), "take " + l);
    Tensor out = empty({0}, {.dtype = dt});
    expect_close(take_out(out, x, idx), f64_tensor(e, {2, 2}), "take_out");
  }
  expect_error<IndexError>(
      [] {
        take(zeros({2, 3}), tensor<int64_t>({6}));
      },
      {"take", "index 6 is out of bounds", "size 6"});
  expect_error<DTypeError>(
      [] {
        take(zeros({2, 3}), tensor<int32_t>({1}));
      },
      {"take", "int64", "int32"});
}

TEST(IndexOps, Gather) {
  for (DType dt : all_dtypes()) {
    Tensor x = sample({3, 4}, dt);
    std::vector<double> xv = values(x);
    Tensor i1 = longs({3, 0, 1, 1, 2, 2}, {3, 2});
    std::vector<double> e1;
    for (int64_t r = 0; r < 3; ++r)
      for (int64_t c = 0; c < 2; ++c) e1.push_back(xv[r * 4 + values(i1)[r * 2 + c]]);
    Tensor i0 = longs({2, 0, 1, 0}, {1, 4});
    std::vector<double> e0;
    for (int64_t c = 0; c < 4; ++c) e0.push_back(xv[values(i0)[c] * 4 + c]);
    for (auto& [l, v] : layouts(x)) {
      expect_close(gather(v, 1, i1), f64_tensor(e1, {3, 2}), "gather 1 " + l);
      expect_close(v.gather(0, i0), f64_tensor(e0, {1, 4}), "gather 0 " + l);
      expect_close(gather(v, 1, i1.t().contiguous().t()), f64_tensor(e1, {3, 2}),
                   "gather t-index " + l);
    }
    Tensor out = empty({0}, {.dtype = dt});
    expect_close(gather_out(out, x, 1, i1), f64_tensor(e1, {3, 2}), "gather_out");
  }
  EXPECT_EQ(gather(zeros({3, 4}), 1, empty({3, 0}, {.dtype = DType::I64})).shape(), (Shape{3, 0}));
  expect_error<IndexError>(
      [] {
        gather(zeros({3, 4}), 1, longs({4}, {1, 1}));
      },
      {"gather", "index 4 is out of bounds for dimension 1 with size 4"});
  expect_error<ShapeError>(
      [] {
        gather(zeros({3, 4}), 1, longs({0, 0, 0, 0, 0}, {5, 1}));
      },
      {"gather", "index.size(0) = 5", "self.size(0) = 3"});
  expect_error<ShapeError>(
      [] {
        gather(zeros({3, 4}), 1, longs({0}, {1}));
      },
      {"gather", "same number of dimensions"});
  expect_error<DTypeError>(
      [] {
        gather(zeros({3, 4}), 1, zeros({1, 1}, {.dtype = DType::I32}));
      },
      {"gather", "int64", "int32"});
}

TEST(IndexOps, Scatter) {
  for (DType dt : all_dtypes()) {
    Tensor x = sample({3, 4}, dt, -3, 3, 1), src = sample({2, 4}, dt, -3, 3, 2);
    Tensor idx = longs({0, 2, 0, 1, 2, 2, 1, 1}, {2, 4});
    std::vector<double> xv = values(x), sv = values(src), iv = values(idx);
    std::vector<double> es = xv, ea = xv, em = xv, ev = xv;
    bool is_bool = dt == DType::Bool;
    for (int64_t r = 0; r < 2; ++r)
      for (int64_t c = 0; c < 4; ++c) {
        int64_t t = static_cast<int64_t>(iv[r * 4 + c]) * 4 + c;
        es[t] = sv[r * 4 + c];
        ea[t] = is_bool ? double(ea[t] || sv[r * 4 + c]) : ea[t] + sv[r * 4 + c];
        em[t] = is_bool ? double(em[t] && sv[r * 4 + c]) : em[t] * sv[r * 4 + c];
        ev[t] = 1;
      }
    if (dt == DType::U8 || dt == DType::I8)  // wrap like the dtype does
      for (auto* v : {&ea, &em})
        for (double& y : *v)
          y = dt == DType::U8 ? double(uint8_t(int64_t(y))) : double(int8_t(int64_t(y)));
    Tensor et = f64_tensor(es, {3, 4});
    for (auto& [l, v] : layouts(x)) {
      expect_close(scatter(v, 0, idx, src), et, "scatter " + l);
      expect_close(scatter(v, 0, idx, src, "add"), f64_tensor(ea, {3, 4}), "scatter add " + l);
      expect_close(scatter(v, 0, idx, src, "multiply"), f64_tensor(em, {3, 4}), "scatter mul " + l);
      expect_close(scatter_add(v, 0, idx, src), f64_tensor(ea, {3, 4}), "scatter_add " + l);
      expect_close(scatter(v, 0, idx, Scalar(true)), f64_tensor(ev, {3, 4}), "scatter.value " + l);
      Tensor c = v.clone();
      expect_close(c.scatter_(0, idx, src), et, "scatter_ " + l);
      Tensor w = x.clone();
      Tensor vv = layouts(w).back().second;
      scatter_add_(vv, 0, idx, src);
      expect_close(vv, f64_tensor(ea, {3, 4}), "scatter_add_ strided " + l);
    }
    Tensor o = empty({0}, {.dtype = dt});
    expect_close(scatter_out(o, x, 0, idx, src), et, "scatter_out");
    Tensor o2 = empty({0}, {.dtype = dt});
    expect_close(scatter_add_out(o2, x, 0, idx, src), f64_tensor(ea, {3, 4}), "scatter_add_out");
    Tensor o3 = empty({0}, {.dtype = dt});
    expect_close(scatter_out(o3, x, 0, idx, Scalar(1)), f64_tensor(ev, {3, 4}),
                 "scatter_out value");
    Tensor c = x.clone();
    expect_close(scatter_(c, 0, idx, Scalar(1)), f64_tensor(ev, {3, 4}), "scatter_ value");
  }
  // deterministic sum over many repeated indices
  Tensor acc = zeros({4});
  Tensor many = randint(0, 4, {100000}, nullptr, {.dtype = DType::I64});
  scatter_add_(acc, 0, many, ones({100000}));
  EXPECT_EQ(values(acc)[0] + values(acc)[1] + values(acc)[2] + values(acc)[3], 100000.0);
  Tensor x = zeros({3, 4});
  expect_error<IndexError>(
      [&] {
        scatter(x, 0, longs({3}, {1, 1}), zeros({1, 1}));
      },
      {"scatter", "index 3 is out of bounds for dimension 0 with size 3"});
  expect_error<DTypeError>(
      [&] {
        scatter(x, 0, longs({0}, {1, 1}), zeros({1, 1}, {.dtype = DType::F64}));
      },
      {"scatter", "float32", "float64"});
  expect_error<ShapeError>(
      [&] {
        scatter(x, 0, longs({0, 0}, {1, 2}), zeros({1, 1}));
      },
      {"scatter", "src.size(1) = 1"});
  expect_error<InvalidArgumentError>(
      [&] {
        scatter(x, 0, longs({0}, {1, 1}), zeros({1, 1}), "max");
      },
      {"scatter", "add", "multiply", "max"});
  Tensor c = x.clone();
  expect_error<IndexError>(
      [&] {
        scatter_add_(c, 1, longs({0, 9}, {1, 2}), ones({1, 2}));
      },
      {"scatter_add", "index 9", "size 4"});
  EXPECT_EQ(values(c), values(x)) << "a failed scatter_add_ writes nothing";
}

TEST(IndexOps, IndexAdd) {
  for (DType dt : all_dtypes()) {
    Tensor x = sample({4, 3}, dt, -3, 3, 1), src = sample({3, 3}, dt, -3, 3, 2);
    Tensor idx = tensor<int64_t>({1, 3, 1});
    std::vector<double> xv = values(x), sv = values(src), e = xv, e1 = xv;
    bool is_bool = dt == DType::Bool;
    double alpha = is_bool ? 1 : 2;
    for (int64_t i = 0; i < 3; ++i)
      for (int64_t j = 0; j < 3; ++j) {
        int64_t t = values(idx)[i] * 3 + j;
        e[t] = is_bool ? double(e[t] || sv[i * 3 + j]) : e[t] + alpha * sv[i * 3 + j];
      }
    if (dt == DType::U8 || dt == DType::I8)
      for (double& y : e)
        y = dt == DType::U8 ? double(uint8_t(int64_t(y))) : double(int8_t(int64_t(y)));
    Scalar a = is_bool ? Scalar(true) : Scalar(int64_t(2));
    for (auto& [l, v] : layouts(x)) {
      expect_close(index_add(v, 0, idx, src, a), f64_tensor(e, {4, 3}), "index_add " + l);
      for (auto& [ls, vs] : layouts(src))
        expect_close(index_add(v, 0, idx, vs, a), f64_tensor(e, {4, 3}), "index_add src " + ls);
      Tensor c = v.clone();
      expect_close(index_add_(c, 0, tensor<int32_t>({1, 3, 1}), src, a), f64_tensor(e, {4, 3}),
                   "index_add_ " + l);
    }
    Tensor o = empty({0}, {.dtype = dt});
    expect_close(index_add_out(o, x, 0, idx, src, a), f64_tensor(e, {4, 3}), "index_add_out");
    // along dim 1
    Tensor s1 = sample({4, 2}, dt, -3, 3, 3);
    std::vector<double> s1v = values(s1);
    for (int64_t i = 0; i < 4; ++i)
      for (int64_t j = 0; j < 2; ++j) {
        int64_t t = i * 3 + (j == 0 ? 2 : 0);
        e1[t] = is_bool ? double(e1[t] || s1v[i * 2 + j]) : e1[t] + s1v[i * 2 + j];
      }
    if (dt == DType::U8 || dt == DType::I8)
      for (double& y : e1)
        y = dt == DType::U8 ? double(uint8_t(int64_t(y))) : double(int8_t(int64_t(y)));
    expect_close(index_add(x, 1, tensor<int64_t>({2, 0}), s1), f64_tensor(e1, {4, 3}),
                 "index_add dim 1");
  }
  expect_error<IndexError>([] { index_add(zeros({5}), 0, tensor<int64_t>({5}), ones({1})); },
                           {"index_add", "index 5 is out of bounds for dimension 0 with size 5"});
  expect_error<ShapeError>(
      [] {
        index_add(zeros({5, 2}), 0, tensor<int64_t>({1}), ones({2, 2}));
      },
      {"index_add", "source.size(0) = 1", "got 2"});
  expect_error<DTypeError>(
      [] { index_add(zeros({5}), 0, tensor<int64_t>({1}), ones({1}, {.dtype = DType::F64})); },
      {"index_add", "float32", "float64"});
  expect_error<InvalidArgumentError>(
      [] {
        index_add(zeros({5}, {.dtype = DType::I64}), 0, tensor<int64_t>({1}),
                  ones({1}, {.dtype = DType::I64}), 0.5);
      },
      {"index_add", "alpha"});
}

TEST(IndexOps, IndexPut) {
  for (DType dt : all_dtypes()) {
    Tensor x = sample({3, 4}, dt, -3, 3, 1);
    Tensor v = sample({2}, dt, -3, 3, 2);
    std::vector<double> xv = values(x), vv = values(v), e = xv, ea = xv;
    // x[[0, 2], [1, 1]] = v ; accumulate with a repeated position
    e[0 * 4 + 1] = vv[0];
    e[2 * 4 + 1] = vv[1];
    for (auto& [l, t] : layouts(x)) {
      Tensor r = index_put(t, {tensor<int64_t>({0, 2}), tensor<int64_t>({1, 1})}, v);
      expect_close(r, f64_tensor(e, {3, 4}), "index_put " + l);
    }
    Tensor acc = index_put(x, {tensor<int64_t>({1, 1}), tensor<int64_t>({3, 3})}, v, true);
    double s = dt == DType::Bool ? double(xv[7] || vv[0] || vv[1]) : xv[7] + vv[0] + vv[1];
    if (dt == DType::U8) s = double(uint8_t(int64_t(s)));
    if (dt == DType::I8) s = double(int8_t(int64_t(s)));
    ea[7] = s;
    expect_close(acc, f64_tensor(ea, {3, 4}), "index_put accumulate");
    // undefined index = full slice: x[:, [3]] = w
    Tensor w = sample({3, 1}, dt, -3, 3, 4);
    std::vector<double> ef = xv, wv = values(w);
    for (int64_t i = 0; i < 3; ++i) ef[i * 4 + 3] = wv[i];
    Tensor c = x.clone();
    index_put_(c, std::vector<Tensor>{Tensor(), tensor<int64_t>({3})}, w);
    expect_close(c, f64_tensor(ef, {3, 4}), "index_put_ slice");
  }
  expect_error<IndexError>([] { index_put(zeros({5}), {tensor<int64_t>({7})}, ones({1})); },
                           {"index_put", "index 7 is out of bounds for dimension 0 with size 5"});
  expect_error<DTypeError>(
      [] { index_put(zeros({5}), {tensor<int64_t>({1})}, ones({1}, {.dtype = DType::F64})); },
      {"index_put", "float32", "float64"});
  expect_error<ShapeError>(
      [] {
        index_put(zeros({5}), {tensor<int64_t>({1, 2})}, ones({3}));
      },
      {"index_put", "shape mismatch", "[3]", "[2]"});
}

TEST(IndexOps, MaskedFill) {
  Tensor mask = bools({1, 0, 1, 0}).reshape({1, 4});
  for (DType dt : all_dtypes()) {
    Tensor x = sample({3, 4}, dt);
    std::vector<double> e = values(x);
    for (int64_t i = 0; i < 3; ++i) e[i * 4] = e[i * 4 + 2] = 1;
    for (auto& [l, v] : layouts(x)) {
      expect_close(masked_fill(v, mask, Scalar(1)), f64_tensor(e, {3, 4}), "masked_fill " + l);
      expect_close(v.masked_fill(mask, full({}, 1.0, {.dtype = dt})), f64_tensor(e, {3, 4}),
                   "masked_fill.Tensor " + l);
      Tensor c = v.clone();
      expect_close(c.masked_fill_(mask, Scalar(1)), f64_tensor(e, {3, 4}), "masked_fill_ " + l);
      Tensor w = x.clone();
      Tensor vv = layouts(w).back().second;
      masked_fill_(vv, mask, full({}, 1));
      expect_close(vv, f64_tensor(e, {3, 4}), "masked_fill_ strided " + l);
    }
  }
  // functional form broadcasts self with the mask
  EXPECT_EQ(masked_fill(zeros({4}), bools({1, 0}).reshape({2, 1}), Scalar(2.0)).shape(),
            (Shape{2, 4}));
  Tensor big = zeros({100000});
  Tensor bm = ones({100000}, {.dtype = DType::Bool});
  EXPECT_EQ(values(masked_fill(big, bm, Scalar(3.0)))[99999], 3.0);
  expect_error<DTypeError>([] { masked_fill(zeros({2}), zeros({2}), Scalar(1)); },
                           {"masked_fill", "bool", "float32"});
  expect_error<ShapeError>(
      [] {
        Tensor z = zeros({2});
        masked_fill_(z, zeros({3}, {.dtype = DType::Bool}), Scalar(1));
      },
      {"masked_fill", "[3]", "[2]"});
  expect_error<ShapeError>(
      [] { masked_fill(zeros({2}), zeros({2}, {.dtype = DType::Bool}), zeros({1})); },
      {"masked_fill", "0-dim"});
}

TEST(IndexOps, MaskedSelectScatter) {
  Tensor mask = bools({1, 0, 0, 1, 1, 0}).reshape({2, 3});
  for (DType dt : all_dtypes()) {
    Tensor x = sample({2, 3}, dt, -3, 3, 1);
    std::vector<double> xv = values(x);
    std::vector<double> es{xv[0], xv[3], xv[4]};
    Tensor src = sample({4}, dt, -3, 3, 2);
    std::vector<double> sv = values(src), ec = xv;
    ec[0] = sv[0];
    ec[3] = sv[1];
    ec[4] = sv[2];
    for (auto& [l, v] : layouts(x)) {
      expect_close(masked_select(v, mask), f64_tensor(es, {3}), "masked_select " + l);
      for (auto& [lm, m] : layouts(mask))
        expect_close(masked_scatter(v, m, src), f64_tensor(ec, {2, 3}), "masked_scatter " + l + lm);
      Tensor c = v.clone();
      expect_close(c.masked_scatter_(mask, src), f64_tensor(ec, {2, 3}), "masked_scatter_ " + l);
    }
    Tensor o = empty({5}, {.dtype = dt});
    expect_close(masked_select_out(o, x, mask), f64_tensor(es, {3}), "masked_select_out");
    // broadcast: mask row applied to each row
    Tensor row = bools({0, 1, 1});
    expect_close(masked_select(x, row), f64_tensor({xv[1], xv[2], xv[4], xv[5]}, {4}), "broadcast");
  }
  EXPECT_EQ(masked_select(zeros({0, 3}), zeros({3}, {.dtype = DType::Bool})).shape(), (Shape{0}));
  expect_error<ShapeError>(
      [&] {
        masked_scatter(zeros({2, 3}), mask, ones({2}));
      },
      {"masked_scatter", "at least 3", "got 2"});
  expect_error<DTypeError>(
      [&] {
        masked_select(zeros({2, 3}), ones({2, 3}));
      },
      {"masked_select", "bool", "float32"});
  expect_error<ShapeError>(
      [&] {
        masked_select(zeros({2, 3}), zeros({4}, {.dtype = DType::Bool}));
      },
      {"masked_select"});
}

TEST(IndexOps, Nonzero) {
  for (DType dt : all_dtypes())
    for (const Shape& s : sample_shapes()) {
      Tensor x = sample(s, dt, -1, 1);
      std::vector<double> xv = values(x), e;
      int64_t n = 0;
      for (size_t i = 0; i < xv.size(); ++i)
        if (xv[i] != 0) {
          ++n;
          int64_t rem = static_cast<int64_t>(i);
          std::vector<int64_t> idx(s.size());
          for (int64_t d = static_cast<int64_t>(s.size()) - 1; d >= 0; --d) {
            idx[d] = rem % s[d];
            rem /= s[d];
          }
          for (int64_t v : idx) e.push_back(static_cast<double>(v));
        }
      Shape es{n, static_cast<int64_t>(s.size())};
      for (auto& [l, v] : layouts(x)) {
        Tensor r = nonzero(v);
        EXPECT_EQ(r.dtype(), DType::I64);
        expect_close(r, f64_tensor(e, es), "nonzero " + l);
      }
      Tensor o = empty({1, 1}, {.dtype = DType::I64});
      expect_close(nonzero_out(o, x), f64_tensor(e, es), "nonzero_out");
    }
  Tensor bad = empty({0}, {.dtype = DType::F32});
  expect_error<DTypeError>([&] { nonzero_out(bad, zeros({2})); }, {"nonzero", "int64", "float32"});
}

TEST(IndexOps, OneHot) {
  Tensor x = longs({0, 2, 1, 2}, {2, 2});
  std::vector<double> e{1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1};
  Tensor r = one_hot(x);
  EXPECT_EQ(r.dtype(), DType::I64);
  expect_close(r, f64_tensor(e, {2, 2, 3}), "one_hot");
  EXPECT_EQ(one_hot(x, 5).shape(), (Shape{2, 2, 5}));
  EXPECT_EQ(one_hot(empty({0}, {.dtype = DType::I64}), 3).shape(), (Shape{0, 3}));
  expect_error<InvalidArgumentError>([] { one_hot(empty({0}, {.dtype = DType::I64})); },
                                     {"one_hot", "empty"});
  expect_error<IndexError>([&] { one_hot(x, 2); }, {"one_hot", "class value 2", "num_classes 2"});
  expect_error<IndexError>([] { one_hot(tensor<int64_t>({-1})); }, {"one_hot", "non-negative"});
  expect_error<DTypeError>([] { one_hot(zeros({2})); }, {"one_hot", "int64", "float32"});
}

TEST(IndexOps, AdvancedIndexing) {
  Tensor x = arange(0, 60, 1, {.dtype = DType::F64}).reshape({3, 4, 5});
  auto at = [](int64_t i, int64_t j, int64_t k) { return double(i * 20 + j * 5 + k); };
  // basic indexing is a view
  Tensor b = index(x, {1, Slice{std::nullopt, std::nullopt, 2}, None, Ellipsis});
  EXPECT_EQ(b.shape(), (Shape{2, 1, 5}));
  EXPECT_EQ(b.storage().get(), x.storage().get());
  EXPECT_EQ(values(b)[5], at(1, 2, 0));
  EXPECT_EQ(index(x, {-1, -1, -1}).item<double>(), 59.0);
  EXPECT_EQ(index(x, {Ellipsis, 2}).shape(), (Shape{3, 4}));
  EXPECT_EQ(index(x, {true}).shape(), (Shape{1, 3, 4, 5}));
  EXPECT_EQ(index(x, {false}).shape(), (Shape{0, 3, 4, 5}));
  // one tensor index, placed where it is
  Tensor r = index(x, {Slice{}, tensor<int64_t>({3, -4})});
  EXPECT_EQ(r.shape(), (Shape{3, 2, 5}));
  EXPECT_EQ(values(r)[1 * 10 + 1 * 5 + 2], at(1, 0, 2));
  // adjacent tensor indices broadcast together and stay in place
  Tensor i0 = longs({0, 2}, {2, 1}), i1 = longs({1, 3, 4}, {1, 3});
  Tensor r2 = index(x, {Slice{}, i0, i1});
  EXPECT_EQ(r2.shape(), (Shape{3, 2, 3}));
  EXPECT_EQ(values(r2)[2 * 6 + 1 * 3 + 2], at(2, 2, 4));
  // separated tensor indices go first
  Tensor r3 = index(x, {tensor<int64_t>({2, 0}), Slice{}, tensor<int64_t>({1, 4})});
  EXPECT_EQ(r3.shape(), (Shape{2, 4}));
  EXPECT_EQ(values(r3)[1 * 4 + 3], at(0, 3, 4));
  // boolean mask over two dims
  Tensor m = zeros({3, 4}, {.dtype = DType::Bool});
  m.select(0, 1).select(0, 2).fill_(true);
  m.select(0, 2).select(0, 0).fill_(true);
  Tensor r4 = index(x, {m});
  EXPECT_EQ(r4.shape(), (Shape{2, 5}));
  EXPECT_EQ(values(r4)[5 + 3], at(2, 0, 3));
  // non-contiguous source and int32 index
  Tensor xt = x.transpose(0, 2);  // (5, 4, 3)
  Tensor r5 = index(xt, {tensor<int32_t>({4, 0}), 1});
  EXPECT_EQ(r5.shape(), (Shape{2, 3}));
  EXPECT_EQ(values(r5)[1 * 3 + 2], at(2, 1, 0));
  // index_put_ through TensorIndex: scalar, broadcast value, accumulate is not exposed here
  Tensor y = zeros({3, 4});
  index_put_(y, std::vector<TensorIndex>{Slice{}, tensor<int64_t>({0, 3})}, Scalar(2.0));
  index_put_(y, std::vector<TensorIndex>{1, Slice{1, 3}}, full({2}, 5.0, {.dtype = DType::F64}));
  std::vector<double> ye{2, 0, 0, 2, 2, 5, 5, 2, 2, 0, 0, 2};
  expect_close(y, f64_tensor(ye, {3, 4}), "index_put_ TensorIndex");
  Tensor z = zeros({2, 3});
  index_put_(z,
             std::vector<TensorIndex>{bools({1, 0, 1}).reshape({1, 3}).expand({2, 3}).contiguous()},
             Scalar(1.0));
  EXPECT_EQ(values(z), (std::vector<double>{1, 0, 1, 1, 0, 1}));
  // errors
  expect_error<IndexError>([&] { index(x, {3}); },
                           {"index", "index 3 is out of bounds for dimension 0 with size 3"});
  expect_error<IndexError>(
      [&] {
        index(x, {Slice{}, tensor<int64_t>({1, 4})});
      },
      {"index", "index 4 is out of bounds for dimension 1 with size 4"});
  expect_error<IndexError>(
      [&] {
        index(x, {0, 0, 0, 0});
      },
      {"too many indices", "dimension 3", "got 4"});
  expect_error<IndexError>([&] { index(x, {Ellipsis, Ellipsis}); }, {"single ellipsis"});
  expect_error<IndexError>(
      [&] {
        index(x, {tensor<int64_t>({0, 1}), tensor<int64_t>({0, 1, 2})});
      },
      {"shape mismatch", "[2]", "[3]"});
  expect_error<IndexError>([&] { index(x, {zeros({2})}); }, {"int64", "bool", "float32"});
  expect_error<IndexError>(
      [&] {
        index(x, {zeros({2, 2}, {.dtype = DType::Bool})});
      },
      {"shape of the mask", "[2, 2]"});
  expect_error<InvalidArgumentError>([&] { index(x, {Slice{0, 2, -1}}); }, {"step", "-1"});
  expect_error<ShapeError>(
      [&] {
        Tensor w = zeros({3});
        index_put_(w, std::vector<TensorIndex>{tensor<int64_t>({0, 1})}, zeros({3}));
      },
      {"shape mismatch", "[3]", "[2]"});
}
