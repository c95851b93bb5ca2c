// TensorIter: broadcasting, dimension order, coalescing, reductions, parallel coverage, errors.
#include "tensor/tensor_iter.h"

#include <mutex>

#include <gtest/gtest.h>

#include "tensor/broadcast.h"
#include "test_util.h"

using namespace ignis;
using ignis::test::expect_error;
using ignis::test::iota;
using ignis::test::values;
using ignis::test::vec;
using V = std::vector<int64_t>;

namespace {

// Restores the thread count a test changes.
struct ThreadsGuard {
  int saved = get_num_threads();
  ~ThreadsGuard() { set_num_threads(saved); }
};

// out = a + b over float32 through the iterator (a tiny elementwise kernel).
void add_f32(const Tensor& out, const Tensor& a, const Tensor& b) {
  TensorIter it({out}, {a, b}, "add");
  it.for_each([](char** data, const int64_t* strides, int64_t n) {
    for (int64_t i = 0; i < n; ++i)
      *reinterpret_cast<float*>(data[0] + i * strides[0]) =
          *reinterpret_cast<const float*>(data[1] + i * strides[1]) +
          *reinterpret_cast<const float*>(data[2] + i * strides[2]);
  });
}

}  // namespace

TEST(BroadcastShapes, NumPyRules) {
  EXPECT_EQ(broadcast_shapes({2, 1, 3}, {4, 1}).vec(), (V{2, 4, 3}));
  EXPECT_EQ(broadcast_shapes({}, {5}).vec(), (V{5}));
  EXPECT_EQ(broadcast_shapes({3}, {}).vec(), (V{3}));
  EXPECT_EQ(broadcast_shapes({1}, {0}).vec(), (V{0}));
  EXPECT_EQ(broadcast_shapes({2, 0}, {1}).vec(), (V{2, 0}));
  EXPECT_EQ(broadcast_shapes({8, 1, 6, 1}, {7, 1, 5}).vec(), (V{8, 7, 6, 5}));
  EXPECT_TRUE(is_expandable_to({3, 1}, {2, 3, 4}));
  EXPECT_FALSE(is_expandable_to({3, 2}, {2, 3, 4}));
  EXPECT_FALSE(is_expandable_to({1, 3, 4}, {3, 4}));
  EXPECT_EQ(shape_str({2, 3}), "[2, 3]");
  EXPECT_EQ(shape_str({}), "[]");
}

TEST(BroadcastShapes, MismatchIsShapeError) {
  expect_error<ShapeError>(
      [] {
        broadcast_shapes({2, 3}, {4, 3}, "add");
      },
      {"add", "[2, 3]", "[4, 3]", "not broadcastable"});
  expect_error<ShapeError>([] { broadcast_shapes({3}, {0}); }, {"broadcast"});
}

TEST(TensorIter, BroadcastsInputs) {
  Tensor a = iota({2, 1, 3});
  Tensor b = iota({4, 1});
  Tensor out = empty({2, 4, 3});
  add_f32(out, a, b);
  std::vector<double> expected;
  for (int i = 0; i < 2; ++i)
    for (int j = 0; j < 4; ++j)
      for (int k = 0; k < 3; ++k) expected.push_back((i * 3 + k) + j);
  EXPECT_EQ(values(out), expected);

  TensorIter it({}, {a, b}, "add");
  EXPECT_EQ(it.numel(), 24);
  EXPECT_EQ(it.ntensors(), 2);
}

TEST(TensorIter, BroadcastInputGetsStrideZero) {
  Tensor out = empty({4, 5});
  Tensor row = iota({5});
  TensorIter it({out}, {row}, "copy");
  ASSERT_EQ(it.ndim(), 2);
  EXPECT_EQ(vec(it.shape()), (V{5, 4}));
  EXPECT_EQ(vec(it.strides(0)), (V{4, 20}));
  EXPECT_EQ(vec(it.strides(1)), (V{4, 0}));
  EXPECT_FALSE(it.is_contiguous());
}

TEST(TensorIter, CoalescesContiguousDims) {
  Tensor a = iota({2, 3, 4});
  Tensor out = empty({2, 3, 4});
  TensorIter it({out}, {a}, "copy");
  EXPECT_EQ(it.ndim(), 1);
  EXPECT_EQ(vec(it.shape()), (V{24}));
  EXPECT_EQ(vec(it.strides(0)), (V{4}));
  EXPECT_EQ(vec(it.strides(1)), (V{4}));
  EXPECT_TRUE(it.is_contiguous());
  EXPECT_EQ(it.data(0), out.data_ptr());
  EXPECT_EQ(it.data(1), a.data_ptr());
  EXPECT_EQ(it.dtype(0), DType::F32);
}

TEST(TensorIter, CoalescesAcrossDtypes) {
  Tensor a = iota({3, 4}, DType::F64);
  Tensor out = empty({3, 4}, {.dtype = DType::I16});
  TensorIter it({out}, {a}, "copy");
  EXPECT_EQ(vec(it.shape()), (V{12}));
  EXPECT_EQ(vec(it.strides(0)), (V{2}));
  EXPECT_EQ(vec(it.strides(1)), (V{8}));
  EXPECT_TRUE(it.is_contiguous());
}

TEST(TensorIter, DenseOperandsMakeOneRun) {
  // Same-shape contiguous operands take the iterator's short cut: one run, element strides.
  for (const V& shape : {V{1}, V{5}, V{2, 3}, V{3, 1, 4}}) {
    Tensor a = iota(shape), b = iota(shape, DType::F64);
    Tensor out = ignis::empty(shape, {.dtype = DType::I32});
    TensorIter it({out}, {a, b}, "add");
    ASSERT_EQ(it.ndim(), 1);
    EXPECT_EQ(vec(it.shape()), (V{a.numel()}));
    EXPECT_EQ(vec(it.strides(0)), (V{4}));
    EXPECT_EQ(vec(it.strides(1)), (V{4}));
    EXPECT_EQ(vec(it.strides(2)), (V{8}));
    EXPECT_EQ(it.data(2), b.data_ptr());
    EXPECT_EQ(it.dtype(2), DType::F64);
    Tensor sum = ignis::empty(shape);
    add_f32(sum, a, a);
    for (size_t i = 0; i < values(a).size(); ++i) EXPECT_EQ(values(sum)[i], 2 * values(a)[i]);
  }
  // A 0-dim operand (a wrapped scalar) steps by 0 in the same single run.
  Tensor out = empty({2, 3});
  TensorIter scalar({out}, {iota({2, 3}), full({}, 2.0)}, "add");
  ASSERT_EQ(scalar.ndim(), 1);
  EXPECT_EQ(vec(scalar.shape()), (V{6}));
  EXPECT_EQ(vec(scalar.strides(1)), (V{4}));
  EXPECT_EQ(vec(scalar.strides(2)), (V{0}));
  add_f32(out, iota({2, 3}), full({}, 2.0));
  EXPECT_EQ(values(out), (std::vector<double>{2, 3, 4, 5, 6, 7}));
  // An expanded operand of the same shape is not dense: it keeps its stride 0.
  Tensor e = full({1}, 2.0).expand({5});
  TensorIter it({empty({5})}, {iota({5}), e}, "add");
  EXPECT_EQ(vec(it.strides(2)), (V{0}));
}

TEST(TensorIter, SizeOneDimsAreDropped) {
  Tensor a = iota({3, 1, 4, 1});
  Tensor out = empty({3, 1, 4, 1});
  TensorIter it({out}, {a}, "copy");
  EXPECT_EQ(vec(it.shape()), (V{12}));
}

TEST(TensorIter, PartlyContiguousMergesInner) {
  // A slice of the last dim keeps rows apart: two dims, the inner two merged.
  Tensor base = iota({4, 3, 8});
  Tensor a = base.slice(2, 0, 4);  // sizes (4, 3, 4), strides (24, 8, 1)
  Tensor out = empty({4, 3, 4});
  TensorIter it({out}, {a}, "copy");
  EXPECT_EQ(vec(it.shape()), (V{4, 12}));
  EXPECT_EQ(vec(it.strides(0)), (V{4, 16}));
  EXPECT_EQ(vec(it.strides(1)), (V{4, 32}));
}

TEST(TensorIter, TransposedInputKeepsOutputOrder) {
  Tensor x = iota({4, 3});
  Tensor a = x.t();  // sizes (3, 4), strides (1, 3)
  Tensor out = empty({3, 4});
  TensorIter it({out}, {a}, "copy");
  ASSERT_EQ(it.ndim(), 2);
  // Fastest dim first: the output's last dim.
  EXPECT_EQ(vec(it.shape()), (V{4, 3}));
  EXPECT_EQ(vec(it.strides(0)), (V{4, 16}));
  EXPECT_EQ(vec(it.strides(1)), (V{12, 4}));
  Tensor b = zeros({3, 4});
  add_f32(out, a, b);
  EXPECT_EQ(values(out), values(a));
}

TEST(TensorIter, TransposedOutputIsWalkedInMemoryOrder) {
  Tensor out = empty({4, 3}).t();  // sizes (3, 4), strides (1, 3)
  Tensor a = iota({3, 4});
  TensorIter it({out}, {a}, "copy");
  EXPECT_EQ(vec(it.shape()), (V{3, 4}));
  EXPECT_EQ(vec(it.strides(0)), (V{4, 12}));
  EXPECT_EQ(vec(it.strides(1)), (V{16, 4}));
  add_f32(out, a, zeros({3, 4}));
  EXPECT_EQ(values(out), values(a));
}

TEST(TensorIter, ZeroDim) {
  Tensor a = full({}, 2.5);
  Tensor out = empty({});
  add_f32(out, a, a);
  EXPECT_EQ(values(out), (std::vector<double>{5.0}));
  TensorIter it({out}, {a}, "copy");
  EXPECT_EQ(it.numel(), 1);
  EXPECT_EQ(vec(it.shape()), (V{1}));
}

TEST(TensorIter, ReduceGivesOutputStrideZero) {
  Tensor in = iota({3, 4});
  Tensor out = zeros({3, 1});
  TensorIter it = TensorIter::reduce(out, in, "sum");
  EXPECT_EQ(it.numel(), 12);
  ASSERT_EQ(it.ndim(), 2);
  EXPECT_EQ(vec(it.shape()), (V{4, 3}));
  EXPECT_EQ(vec(it.strides(0)), (V{0, 4}));
  EXPECT_EQ(vec(it.strides(1)), (V{4, 16}));
  it.serial_for_each(
      [](char** data, const int64_t* strides, int64_t n) {
        for (int64_t i = 0; i < n; ++i)
          *reinterpret_cast<float*>(data[0] + i * strides[0]) +=
              *reinterpret_cast<const float*>(data[1] + i * strides[1]);
      },
      0, it.numel());
  EXPECT_EQ(values(out), (std::vector<double>{6, 22, 38}));
}

TEST(TensorIter, ReduceOverLeadingDim) {
  Tensor in = iota({3, 4});
  Tensor out = zeros({1, 4});
  TensorIter it = TensorIter::reduce(out, in, "sum");
  bool has_zero = false;
  for (int d = 0; d < it.ndim(); ++d) has_zero |= it.strides(0)[d] == 0;
  EXPECT_TRUE(has_zero);
  it.serial_for_each(
      [](char** data, const int64_t* strides, int64_t n) {
        for (int64_t i = 0; i < n; ++i)
          *reinterpret_cast<float*>(data[0] + i * strides[0]) +=
              *reinterpret_cast<const float*>(data[1] + i * strides[1]);
      },
      0, it.numel());
  EXPECT_EQ(values(out), (std::vector<double>{12, 15, 18, 21}));
}

TEST(TensorIter, ReduceErrors) {
  Tensor in = iota({3, 4});
  expect_error<ShapeError>([&] { TensorIter::reduce(zeros({3}), in, "sum"); }, {"sum", "rank 2"});
  expect_error<ShapeError>(
      [&] {
        TensorIter::reduce(zeros({2, 1}), in, "sum");
      },
      {"sum", "[2, 1]", "[3, 4]"});
}

TEST(TensorIter, ParallelForEachCoversEveryElementOnce) {
  ThreadsGuard guard;
  set_num_threads(4);
  // Non-contiguous output (transposed slice) so chunks start mid-row.
  Tensor counts = zeros({701, 301}, {.dtype = DType::I32}).slice(1, 0, 300).t();
  TensorIter it({counts}, {}, "count");
  ASSERT_GT(it.numel(), 1000);
  std::mutex mu;
  std::vector<std::pair<char*, int64_t>> runs;
  it.for_each(
      [&](char** data, const int64_t* strides, int64_t n) {
        for (int64_t i = 0; i < n; ++i) ++*reinterpret_cast<int32_t*>(data[0] + i * strides[0]);
        std::lock_guard<std::mutex> g(mu);
        runs.push_back({data[0], n});
      },
      /*grain=*/1000);
  for (double v : values(counts)) ASSERT_EQ(v, 1.0);
  EXPECT_GT(runs.size(), 1u);

  // The default grain with many elements, and an odd split.
  Tensor big = zeros({100003}, {.dtype = DType::I32});
  TensorIter it2({big}, {}, "count");
  it2.for_each([](char** data, const int64_t* strides, int64_t n) {
    for (int64_t i = 0; i < n; ++i) ++*reinterpret_cast<int32_t*>(data[0] + i * strides[0]);
  });
  for (double v : values(big)) ASSERT_EQ(v, 1.0);
}

TEST(TensorIter, TinyGrainsCoverEveryElementOnce) {
  ThreadsGuard guard;
  set_num_threads(3);
  for (int64_t grain : {0, 1, 2}) {
    for (int64_t n : {1, 2, 3, 7, 1001}) {
      SCOPED_TRACE(std::to_string(grain) + " " + std::to_string(n));
      Tensor counts = zeros({n}, {.dtype = DType::I32});
      TensorIter it({counts}, {}, "count");
      it.for_each(
          [](char** data, const int64_t* strides, int64_t len) {
            for (int64_t i = 0; i < len; ++i)
              ++*reinterpret_cast<int32_t*>(data[0] + i * strides[0]);
          },
          grain);
      for (double v : values(counts)) ASSERT_EQ(v, 1.0);
    }
  }
}

TEST(TensorIter, SerialForEachSubrange) {
  Tensor t = zeros({5, 7}, {.dtype = DType::I32});
  TensorIter it({t.t()}, {}, "count");
  it.serial_for_each(
      [](char** data, const int64_t* strides, int64_t n) {
        for (int64_t i = 0; i < n; ++i) ++*reinterpret_cast<int32_t*>(data[0] + i * strides[0]);
      },
      3, 30);
  std::vector<double> v = values(t);  // the output is walked in t's memory order
  for (int i = 0; i < 35; ++i) EXPECT_EQ(v[i], (i >= 3 && i < 30) ? 1.0 : 0.0) << i;
}

TEST(TensorIter, ZeroSizeNeverCallsTheLoop) {
  for (auto shape : {V{0}, V{3, 0}, V{0, 5}, V{2, 0, 4}}) {
    Tensor out = ignis::empty(shape);
    Tensor in = ignis::empty(shape);
    TensorIter it({out}, {in}, "copy");
    EXPECT_EQ(it.numel(), 0);
    int calls = 0;
    it.for_each([&](char**, const int64_t*, int64_t) { ++calls; });
    EXPECT_EQ(calls, 0);
  }
  // A size-0 dim broadcast against size 1.
  TensorIter it({empty({3, 0})}, {empty({3, 1})}, "copy");
  EXPECT_EQ(it.numel(), 0);
}

TEST(TensorIter, NonBroadcastableInputsAreShapeError) {
  expect_error<ShapeError>(
      [] {
        TensorIter({empty({2, 3})}, {empty({2, 3}), empty({4})}, "add");
      },
      {"add", "broadcastable"});
}

TEST(TensorIter, WrongOutputShapeIsShapeError) {
  expect_error<ShapeError>(
      [] {
        TensorIter({empty({3, 2})}, {empty({2, 3})}, "add");
      },
      {"add", "output", "[2, 3]", "[3, 2]"});
  expect_error<ShapeError>(
      [] {
        TensorIter({empty({2, 3}), empty({2})}, {}, "two_outputs");
      },
      {"two_outputs", "[2, 3]", "[2]"});
}

TEST(TensorIter, NoOperandsIsAnError) {
  expect_error<InternalError>([] { TensorIter({}, {}, "nothing"); }, {"nothing", "operand"});
}

TEST(TensorIter, TooManyOperandsIsAnError) {
  Tensor t = zeros({2});
  expect_error<InternalError>(
      [&] {
        TensorIter({t}, {t, t, t, t, t, t, t, t}, "many");
      },
      {"more than 8"});
}

TEST(TensorIter, ExceptionsInTheLoopReachTheCaller) {
  ThreadsGuard guard;
  set_num_threads(2);
  Tensor t = zeros({100000});
  TensorIter it({t}, {}, "throw");
  expect_error<InvalidArgumentError>(
      [&] {
        it.for_each([](char**, const int64_t*,
                       int64_t) { IGNIS_FAIL(InvalidArgument, "boom from a loop"); },
                    1000);
      },
      {"boom"});
}
