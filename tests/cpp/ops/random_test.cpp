// Random fills: reproducibility (seeds, thread counts, layouts), ranges, statistics, errors.
// Statistical checks use 1e6 samples and bounds of at least 6 standard errors.
#include <cmath>

#include <gtest/gtest.h>

#include "tensor/generator.h"
#include "tensor/parallel.h"
#include "test_util.h"

using namespace ignis;
using ignis::test::expect_error;
using ignis::test::int_values;
using ignis::test::values;
using D = std::vector<double>;

namespace {

constexpr int64_t kN = 1000000;

struct ThreadsGuard {
  int saved = get_num_threads();
  ~ThreadsGuard() { set_num_threads(saved); }
};

double mean(const D& v) {
  double s = 0;
  for (double x : v) s += x;
  return s / static_cast<double>(v.size());
}

double variance(const D& v) {
  double m = mean(v), s = 0;
  for (double x : v) s += (x - m) * (x - m);
  return s / static_cast<double>(v.size() - 1);
}

}  // namespace

TEST(Random, ManualSeedReproduces) {
  manual_seed(123);
  D a = values(rand({1000}));
  D b = values(randn({1000}));
  manual_seed(123);
  EXPECT_EQ(values(rand({1000})), a);
  EXPECT_EQ(values(randn({1000})), b);
  manual_seed(124);
  EXPECT_NE(values(rand({1000})), a);
}

TEST(Random, ConsecutiveDrawsDiffer) {
  manual_seed(7);
  D a = values(rand({100}));
  D b = values(rand({100}));
  EXPECT_NE(a, b);
  // Draws continue the stream: one fill of 200 equals two fills of 100.
  manual_seed(7);
  D ab = values(rand({200}));
  EXPECT_EQ(D(ab.begin(), ab.begin() + 100), a);
  EXPECT_EQ(D(ab.begin() + 100, ab.end()), b);
}

TEST(Random, OwnGenerator) {
  Generator g(42), h(42);
  EXPECT_EQ(g.seed(), 42u);
  EXPECT_EQ(values(rand({50}, &g)), values(rand({50}, &h)));
  PhiloxState s = g.state();
  D next = values(randn({50}, &g));
  g.set_state(s);
  EXPECT_EQ(values(randn({50}, &g)), next);
  g.manual_seed(42);
  EXPECT_EQ(g.state().offset, 0u);
  // The default generator is untouched by draws from g.
  manual_seed(5);
  PhiloxState before = default_generator().state();
  rand({10}, &g);
  EXPECT_EQ(default_generator().state().offset, before.offset);
  EXPECT_EQ(default_generator().seed(), 5u);
  EXPECT_EQ(Generator().seed(), Generator::kDefaultSeed);
}

TEST(Random, SameResultsForAnyThreadCount) {
  ThreadsGuard guard;
  set_num_threads(1);
  manual_seed(2024);
  D u1 = values(rand({kN}));
  D n1 = values(randn({kN}, nullptr, {.dtype = DType::F64}));
  D i1 = values(randint(-50, 50, {kN}));
  D b1 = values(bernoulli(full({kN}, 0.3)));
  set_num_threads(2);
  manual_seed(2024);
  EXPECT_EQ(values(rand({kN})), u1);
  EXPECT_EQ(values(randn({kN}, nullptr, {.dtype = DType::F64})), n1);
  EXPECT_EQ(values(randint(-50, 50, {kN})), i1);
  EXPECT_EQ(values(bernoulli(full({kN}, 0.3))), b1);
  set_num_threads(3);
  manual_seed(2024);
  EXPECT_EQ(values(rand({kN})), u1);
}

TEST(Random, RandIsInUnitInterval) {
  manual_seed(1);
  for (DType t : {DType::F32, DType::F64, DType::F16, DType::BF16}) {
    SCOPED_TRACE(dtype_name(t));
    Tensor r = rand({kN}, nullptr, {.dtype = t});
    EXPECT_EQ(r.dtype(), t);
    D v = values(r);
    double lo = 1, hi = 0;
    for (double x : v) {
      lo = std::min(lo, x);
      hi = std::max(hi, x);
    }
    EXPECT_GE(lo, 0.0);
    EXPECT_LT(hi, 1.0);
    EXPECT_LT(lo, 0.01);
    EXPECT_GT(hi, 0.99);
    // Uniform: mean 1/2, variance 1/12 (standard error of the mean ~2.9e-4).
    EXPECT_NEAR(mean(v), 0.5, 0.004);  // bfloat16 draws multiples of 1/256, mean 0.498
    EXPECT_NEAR(variance(v), 1.0 / 12, 0.002);
  }
}

TEST(Random, UniformRange) {
  manual_seed(3);
  Tensor t = empty({kN}, {.dtype = DType::F64});
  t.uniform_(-2.0, 5.0);
  D v = values(t);
  for (double x : v) ASSERT_TRUE(x >= -2.0 && x < 5.0) << x;
  EXPECT_NEAR(mean(v), 1.5, 0.02);
  EXPECT_NEAR(variance(v), 49.0 / 12, 0.03);
  Tensor c = empty({10});
  c.uniform_(3.0, 3.0);
  EXPECT_EQ(values(c), D(10, 3.0));
}

TEST(Random, RandnStatistics) {
  manual_seed(11);
  for (DType t : {DType::F32, DType::F64}) {
    SCOPED_TRACE(dtype_name(t));
    D v = values(randn({kN}, nullptr, {.dtype = t}));
    // Standard error of the mean is 1e-3, of the variance ~1.4e-3.
    EXPECT_NEAR(mean(v), 0.0, 0.006);
    EXPECT_NEAR(variance(v), 1.0, 0.01);
    int64_t within1 = 0;
    for (double x : v) {
      ASSERT_TRUE(std::isfinite(x));
      within1 += std::fabs(x) < 1.0;
    }
    EXPECT_NEAR(static_cast<double>(within1) / kN, 0.682689, 0.003);
  }
}

TEST(Random, NormalMeanAndStd) {
  manual_seed(12);
  D v = values(normal(3.0, 0.5, {kN}));
  EXPECT_NEAR(mean(v), 3.0, 0.003);
  EXPECT_NEAR(std::sqrt(variance(v)), 0.5, 0.003);
  Tensor z = empty({5});
  z.normal_(1.5, 0.0);
  EXPECT_EQ(values(z), D(5, 1.5));
}

TEST(Random, NormalOnNonContiguousView) {
  manual_seed(99);
  Tensor base = zeros({1000, 3});
  Tensor col = base.select(1, 1);  // stride 3
  uint64_t v0 = base.version();
  col.normal_(10.0, 1.0);
  EXPECT_GT(base.version(), v0);
  D b = values(base);
  for (int64_t i = 0; i < 1000; ++i) {
    EXPECT_EQ(b[i * 3], 0.0);
    EXPECT_EQ(b[i * 3 + 2], 0.0);
    EXPECT_NE(b[i * 3 + 1], 0.0);
  }
  // Element i of the logical order gets the same draw as in a contiguous tensor.
  manual_seed(99);
  Tensor dense = empty({1000});
  dense.normal_(10.0, 1.0);
  EXPECT_EQ(values(col), values(dense));
  // A transposed view too.
  manual_seed(5);
  Tensor m = zeros({30, 40}).t();
  m.uniform_();
  manual_seed(5);
  EXPECT_EQ(values(m), values(rand({40, 30})));
}

TEST(Random, RandintBounds) {
  manual_seed(21);
  Tensor r = randint(-5, 5, {kN});
  EXPECT_EQ(r.dtype(), DType::I64);
  std::vector<int64_t> counts(10, 0);
  for (int64_t x : int_values(r)) {
    ASSERT_TRUE(x >= -5 && x < 5) << x;
    ++counts[x + 5];
  }
  for (int64_t c : counts) EXPECT_NEAR(static_cast<double>(c), kN / 10.0, 1800.0);
  // Large ranges and other dtypes.
  for (int64_t x : int_values(randint(int64_t(1) << 40, (int64_t(1) << 40) + 3, {1000})))
    ASSERT_TRUE(x >= (int64_t(1) << 40) && x < (int64_t(1) << 40) + 3);
  Tensor u = randint(0, 256, {10000}, nullptr, {.dtype = DType::U8});
  EXPECT_EQ(u.dtype(), DType::U8);
  D uv = values(u);
  EXPECT_EQ(*std::max_element(uv.begin(), uv.end()), 255.0);
  Tensor f = randint(0, 3, {1000}, nullptr, {.dtype = DType::F32});
  for (double x : values(f)) ASSERT_TRUE(x == 0 || x == 1 || x == 2);
  Tensor one = randint(7, 8, {100});
  EXPECT_EQ(values(one), D(100, 7.0));
}

TEST(Random, BernoulliMean) {
  manual_seed(31);
  Tensor t = empty({kN});
  t.bernoulli_(0.25);
  D v = values(t);
  for (double x : v) ASSERT_TRUE(x == 0.0 || x == 1.0);
  EXPECT_NEAR(mean(v), 0.25, 0.003);
  EXPECT_EQ(values(empty({100}).bernoulli_(0.0)), D(100, 0.0));
  EXPECT_EQ(values(empty({100}).bernoulli_(1.0)), D(100, 1.0));
  Tensor i = empty({1000}, {.dtype = DType::I32}).bernoulli_(0.5);
  for (double x : values(i)) ASSERT_TRUE(x == 0.0 || x == 1.0);
}

// A scalar-p fill packs four draws in one Philox call: element i compares word i % 4 of
// counter i / 4 with p * 2^32, and a fill of n reserves ceil(n / 4) counters.
TEST(Random, BernoulliScalarDrawScheme) {
  Generator g(99);
  const int64_t n = 1003;
  D v = values(empty({n}).bernoulli_(0.3, &g));
  EXPECT_EQ(g.state().offset, 251u);
  for (int64_t i = 0; i < n; ++i) {
    Philox4 r = philox4x32(99, static_cast<uint64_t>(i / 4));
    double want = static_cast<uint64_t>(r.v[i % 4]) < bernoulli_threshold(0.3) ? 1.0 : 0.0;
    ASSERT_EQ(v[i], want) << "element " << i;
  }
  // Every word is used: two fills of 100 equal one fill of 200.
  Generator h(99);
  D ab = values(empty({200}).bernoulli_(0.6, &h));
  h.manual_seed(99);
  D a = values(empty({100}).bernoulli_(0.6, &h));
  D b = values(empty({100}).bernoulli_(0.6, &h));
  EXPECT_EQ(D(ab.begin(), ab.begin() + 100), a);
  EXPECT_EQ(D(ab.begin() + 100, ab.end()), b);
}

TEST(Random, BernoulliScalarSameForAnyThreadCount) {
  ThreadsGuard guard;
  const int64_t n = kN + 3;  // a partial last counter
  set_num_threads(1);
  manual_seed(77);
  D one = values(empty({n}).bernoulli_(0.45));
  for (int t : {2, 3}) {
    set_num_threads(t);
    manual_seed(77);
    EXPECT_EQ(values(empty({n}).bernoulli_(0.45)), one) << t << " threads";
  }
}

// The four words of one counter are independent: neighbours are uncorrelated, and each word
// position alone has the right mean.
TEST(Random, BernoulliScalarStatistics) {
  manual_seed(5);
  for (double p : {0.1, 0.5, 0.9}) {
    D v = values(empty({kN}).bernoulli_(p));
    double se = std::sqrt(p * (1 - p) / kN);
    EXPECT_NEAR(mean(v), p, 6 * se) << "p=" << p;
    for (int k = 0; k < 4; ++k) {
      double s = 0;
      for (int64_t i = k; i < kN; i += 4) s += v[i];
      EXPECT_NEAR(s / (kN / 4), p, 12 * se) << "p=" << p << " word " << k;
    }
    double cov = 0;
    for (int64_t i = 0; i + 1 < kN; ++i) cov += (v[i] - p) * (v[i + 1] - p);
    cov /= static_cast<double>(kN - 1);
    EXPECT_NEAR(cov / (p * (1 - p)), 0.0, 6.0 / std::sqrt(static_cast<double>(kN))) << "p=" << p;
  }
}

TEST(Random, BernoulliFromProbabilities) {
  manual_seed(32);
  Tensor p = ignis::test::make({0.0, 1.0, 0.0, 1.0}, {2, 2}, DType::F32);
  Tensor s = bernoulli(p);
  EXPECT_EQ(s.dtype(), DType::F32);
  EXPECT_EQ(s.shape(), (std::vector<int64_t>{2, 2}));
  EXPECT_EQ(values(s), (D{0, 1, 0, 1}));
  // Strided probabilities are read in logical order.
  Tensor q = ignis::test::make({0.0, 1.0, 0.0, 1.0}, {2, 2}, DType::F64).t();
  EXPECT_EQ(values(bernoulli(q)), (D{0, 0, 1, 1}));
  D v = values(bernoulli(full({kN}, 0.7, {.dtype = DType::F64})));
  EXPECT_NEAR(mean(v), 0.7, 0.003);
}

TEST(Random, LikeFactories) {
  Tensor src = zeros({3, 4}, {.dtype = DType::F64}).t();
  Tensor r = rand_like(src);
  EXPECT_EQ(r.dtype(), DType::F64);
  EXPECT_EQ(r.shape(), (std::vector<int64_t>{4, 3}));
  Tensor n = randn_like(src, nullptr, {.dtype = DType::F16});
  EXPECT_EQ(n.dtype(), DType::F16);
  EXPECT_TRUE(rand({2}, nullptr, {.requires_grad = true}).requires_grad());
  EXPECT_EQ(rand({0, 3}).numel(), 0);
}

TEST(Random, Errors) {
  Tensor f = empty({4});
  Tensor i = empty({4}, {.dtype = DType::I64});
  expect_error<InvalidArgumentError>([&] { f.uniform_(1.0, 0.0); }, {"uniform_", "from", "to"});
  expect_error<DTypeError>([&] { i.uniform_(); }, {"uniform_", "floating", "int64"});
  expect_error<InvalidArgumentError>([&] { f.normal_(0.0, -1.0); }, {"normal_", "std"});
  expect_error<DTypeError>([&] { i.normal_(); }, {"normal_", "int64"});
  expect_error<DTypeError>([] { randn({2}, nullptr, {.dtype = DType::I32}); }, {"int32"});
  expect_error<DTypeError>([] { rand({2}, nullptr, {.dtype = DType::Bool}); }, {"bool"});
  expect_error<InvalidArgumentError>([] { randint(5, 5, {2}); }, {"random_", "from", "to"});
  expect_error<InvalidArgumentError>([] { randint(5, 1, {2}); }, {"random_"});
  // Bounds outside the dtype would wrap around (torch: "to - 1 is out of bounds").
  expect_error<InvalidArgumentError>([] { randint(0, 300, {2}, nullptr, {.dtype = DType::U8}); },
                                     {"random_", "uint8", "[0, 255]", "to=300"});
  expect_error<InvalidArgumentError>([] { randint(-1, 5, {2}, nullptr, {.dtype = DType::U8}); },
                                     {"random_", "from=-1"});
  expect_error<InvalidArgumentError>([] { randint(-129, 0, {2}, nullptr, {.dtype = DType::I8}); },
                                     {"random_", "int8"});
  expect_error<InvalidArgumentError>([] { randint(0, 3, {2}, nullptr, {.dtype = DType::Bool}); },
                                     {"random_", "bool"});
  EXPECT_EQ(randint(-128, 128, {4}, nullptr, {.dtype = DType::I8}).numel(), 4);
  for (double x : values(randint(0, 2, {100}, nullptr, {.dtype = DType::Bool})))
    ASSERT_TRUE(x == 0 || x == 1);
  expect_error<InvalidArgumentError>([&] { f.bernoulli_(1.5); }, {"bernoulli_", "[0, 1]", "1.5"});
  expect_error<InvalidArgumentError>([&] { f.bernoulli_(-0.1); }, {"bernoulli_"});
  expect_error<InvalidArgumentError>(
      [] {
        bernoulli(ignis::test::make({0.5, 2.0}, {2}, DType::F32));
      },
      {"bernoulli", "[0, 1]", "2", "index 1"});
  expect_error<DTypeError>([&] { bernoulli(i); }, {"bernoulli", "int64"});
  expect_error<ShapeError>([] { rand({-1}); }, {"non-negative"});
}
