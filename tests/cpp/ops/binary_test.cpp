// Reference tests of the binary family (ops/binary.cpp, ops/binary_ternary.cpp): every op
// against a plain f64 reference on broadcast shape pairs, 0-size and 0-dim tensors,
// non-contiguous layouts and every schema dtype; the out= and in-place forms; Scalar overloads
// and type promotion (expected dtypes hard-coded from torch 1.13); every documented error; and
// the C++ operators of ops/operators.h.
#include <cmath>
#include <functional>
#include <limits>

#include <gtest/gtest.h>

#include "op_harness.h"
#include "ops/operators.h"
#include "tensor/broadcast.h"

using namespace ignis;
using namespace ignis::test;

namespace {

using BinFn = std::function<Tensor(const Tensor&, const Tensor&)>;
using OutFn = std::function<void(Tensor&, const Tensor&, const Tensor&)>;
using InFn = std::function<void(Tensor&, const Tensor&)>;
using RefFn = std::function<double(double, double)>;

const std::vector<DType> kAll = schema_dtypes("bool u8 i8 i16 i32 i64 f16 bf16 f32 f64");
const std::vector<DType> kNumeric = schema_dtypes("u8 i8 i16 i32 i64 f16 bf16 f32 f64");
const std::vector<DType> kIntBool = schema_dtypes("bool u8 i8 i16 i32 i64");
const std::vector<DType> kFloating = schema_dtypes("f16 bf16 f32 f64");

enum class Res { Same, Float, Bool };

// A 1-D bool tensor from 0/1 values.
Tensor bools(std::initializer_list<int64_t> v) { return tensor<int64_t>(v).to(DType::Bool); }

DType result_of(Res r, DType d) {
  if (r == Res::Bool) return DType::Bool;
  if (r == Res::Float && !is_floating(d)) return DType::F32;
  return d;
}

// Rounds a reference value into dtype d the way a kernel's result is stored (integers wrap).
double store_as(double v, DType d) {
  if (std::isnan(v) || std::isinf(v) || is_floating(d)) return v;
  return values(f64_tensor({v}, {1}).to(DType::I64).to(d))[0];
}

// Samples, optionally with no zeros (divisors of integer division).
Tensor sample_nz(IntArrayRef shape, DType d, uint64_t seed, bool nonzero, double lo = -3,
                 double hi = 3) {
  Tensor t = sample(shape, d, lo, hi, seed);
  if (!nonzero) return t;
  std::vector<double> v = values(t);
  for (double& x : v)
    if (x == 0) x = 1;
  return f64_tensor(v, shape).to(d);
}

// The broadcast shape of a list of shapes (computed without the ops under test).
std::vector<int64_t> bshape(std::initializer_list<std::vector<int64_t>> shapes) {
  DimVector s;
  bool first = true;
  for (const auto& x : shapes) {
    s = first ? DimVector(IntArrayRef(x)) : broadcast_shapes(s, IntArrayRef(x), "test");
    first = false;
  }
  return {s.begin(), s.end()};
}

// Reference result of ref over a and b broadcast together.
Tensor reference(const Tensor& a, const Tensor& b, const RefFn& ref, DType rd) {
  std::vector<int64_t> shape = bshape({a.shape(), b.shape()});
  std::vector<double> va = values(a.expand(shape)), vb = values(b.expand(shape)), r(va.size());
  for (size_t i = 0; i < r.size(); ++i) r[i] = store_as(ref(va[i], vb[i]), rd);
  return f64_tensor(r, shape);
}

// Tolerance of a result of dtype rd computed from inputs of dtype d.
Tolerance tol_of(DType rd) { return tolerance(rd); }

// Checks fn (and its out= and in-place forms) against ref for every dtype, broadcast pair and
// layout.
void check_binary(const char* name, const BinFn& fn, const OutFn& out_fn, const InFn& in_fn,
                  const RefFn& ref, const std::vector<DType>& dtypes, Res res,
                  bool nonzero_b = false, double lo = -3, double hi = 3) {
  for (DType d : dtypes) {
    DType rd = result_of(res, d);
    for (auto& [sa, sb] : broadcast_pairs()) {
      Tensor a = sample_nz(sa, d, 1, false, lo, hi), b = sample_nz(sb, d, 2, nonzero_b, lo, hi);
      Tensor expected = reference(a, b, ref, rd);
      for (auto& [la, ta] : layouts(a))
        for (auto& [lb, tb] : layouts(b)) {
          std::string what = std::string(name) + " " + dtype_name(d) + " " + shape_str(sa) + " " +
                             la + " x " + shape_str(sb) + " " + lb;
          Tensor r = fn(ta, tb);
          ASSERT_EQ(r.dtype(), rd) << what;
          expect_close(r, expected, tol_of(rd), what);
        }
      std::string what =
          std::string(name) + " " + dtype_name(d) + " " + shape_str(sa) + " x " + shape_str(sb);
      if (out_fn) {
        Tensor out = empty(expected.shape(), {.dtype = rd});
        out_fn(out, a, b);
        expect_close(out, expected, tol_of(rd), what + " out=");
        Tensor resized = empty({0}, {.dtype = rd});  // an empty out= is resized
        out_fn(resized, a, b);
        expect_close(resized, expected, tol_of(rd), what + " out= resized");
        Tensor f64_out = empty(expected.shape(), {.dtype = DType::F64});  // cast on the way out
        out_fn(f64_out, a, b);
        expect_close(f64_out, expected, tol_of(rd), what + " out= f64");
      }
      if (in_fn && rd != DType::Bool && a.shape() == expected.shape()) {
        for (auto& [la, self] : layouts(a.clone())) {  // fresh memory in every layout
          in_fn(self, b);
          ASSERT_EQ(self.dtype(), d);
          expect_close(self, expected, tol_of(rd), what + " in-place " + la);
        }
      }
      if (in_fn && rd == DType::Bool && a.shape() == expected.shape()) {
        Tensor self = a.clone();  // comparisons in place write 1/0 in self's dtype
        in_fn(self, b);
        ASSERT_EQ(self.dtype(), d);
        expect_close(self.to(DType::Bool), expected, what + " in-place");
      }
    }
  }
}

double py_mod(double a, double b) {
  double m = std::fmod(a, b);
  if (m != 0 && ((b < 0) != (m < 0))) m += b;
  return m;
}
double int_pow(double a, double b) {
  if (b < 0) return a == 1 ? 1 : (a == -1 ? (std::fmod(b, 2) != 0 ? -1 : 1) : 0);
  return std::pow(a, b);
}
double nan_max(double a, double b) { return std::isnan(a) || std::isnan(b) ? NAN : std::max(a, b); }
double nan_min(double a, double b) { return std::isnan(a) || std::isnan(b) ? NAN : std::min(a, b); }

#define FN(expr) [](const Tensor& a, const Tensor& b) { return expr; }
#define OUT(expr) [](Tensor& o, const Tensor& a, const Tensor& b) { expr; }
#define INP(expr) [](Tensor& a, const Tensor& b) { expr; }

}  // namespace

IGNIS_OP_COVERED("add.Tensor");
IGNIS_OP_COVERED("sub.Tensor");
IGNIS_OP_COVERED("mul.Tensor");
IGNIS_OP_COVERED("div.Tensor");
IGNIS_OP_COVERED("div.Tensor_mode");
IGNIS_OP_COVERED("floor_divide");
IGNIS_OP_COVERED("remainder.Tensor");
IGNIS_OP_COVERED("fmod.Tensor");
IGNIS_OP_COVERED("pow.Tensor_Tensor");
IGNIS_OP_COVERED("atan2");
IGNIS_OP_COVERED("maximum");
IGNIS_OP_COVERED("minimum");

TEST(BinaryArith, Add) {
  check_binary(
      "add", FN(add(a, b)), OUT(add_out(o, a, b)), INP(add_(a, b)),
      [](double x, double y) { return x + y; }, kNumeric, Res::Same);
  check_binary(
      "add alpha", FN(add(a, b, 2)), OUT(add_out(o, a, b, 2)), INP(add_(a, b, 2)),
      [](double x, double y) { return x + 2 * y; }, kNumeric, Res::Same);
  check_binary(
      "add bool", FN(add(a, b)), OUT(add_out(o, a, b)), INP(add_(a, b)),
      [](double x, double y) { return (x != 0 || y != 0) ? 1.0 : 0.0; }, {DType::Bool}, Res::Same);
  check_binary(
      "add float alpha", FN(add(a, b, 0.5)), OUT(add_out(o, a, b, 0.5)), INP(add_(a, b, 0.5)),
      [](double x, double y) { return x + 0.5 * y; }, kFloating, Res::Same);
}

TEST(BinaryArith, Sub) {
  check_binary(
      "sub", FN(sub(a, b)), OUT(sub_out(o, a, b)), INP(sub_(a, b)),
      [](double x, double y) { return x - y; }, kNumeric, Res::Same);
  check_binary(
      "sub alpha", FN(sub(a, b, 3)), OUT(sub_out(o, a, b, 3)), INP(sub_(a, b, 3)),
      [](double x, double y) { return x - 3 * y; }, kNumeric, Res::Same);
}

TEST(BinaryArith, Mul) {
  check_binary(
      "mul", FN(mul(a, b)), OUT(mul_out(o, a, b)), INP(mul_(a, b)),
      [](double x, double y) { return x * y; }, kAll, Res::Same);
}

TEST(BinaryArith, Div) {
  check_binary(
      "div", FN(div(a, b)), OUT(div_out(o, a, b)), nullptr,
      [](double x, double y) { return x / y; }, kAll, Res::Float);
  check_binary(
      "div_", FN(div(a, b)), OUT(div_out(o, a, b)), INP(div_(a, b)),
      [](double x, double y) { return x / y; }, kFloating, Res::Float);
  check_binary(
      "div None", FN(div(a, b, std::nullopt)), OUT(div_out(o, a, b, std::nullopt)), nullptr,
      [](double x, double y) { return x / y; }, kNumeric, Res::Float);
  check_binary(
      "div trunc", FN(div(a, b, "trunc")), OUT(div_out(o, a, b, "trunc")), INP(div_(a, b, "trunc")),
      [](double x, double y) { return std::trunc(x / y); }, kNumeric, Res::Same,
      /*nonzero_b=*/true);
  check_binary(
      "div floor", FN(div(a, b, "floor")), OUT(div_out(o, a, b, "floor")), INP(div_(a, b, "floor")),
      [](double x, double y) { return std::floor(x / y); }, kNumeric, Res::Same, true);
  check_binary(
      "floor_divide", FN(floor_divide(a, b)), OUT(floor_divide_out(o, a, b)),
      INP(floor_divide_(a, b)), [](double x, double y) { return std::floor(x / y); }, kNumeric,
      Res::Same, true);
}

TEST(BinaryArith, RemainderFmod) {
  check_binary("remainder", FN(remainder(a, b)), OUT(remainder_out(o, a, b)), INP(remainder_(a, b)),
               py_mod, kNumeric, Res::Same, true);
  check_binary(
      "fmod", FN(fmod(a, b)), OUT(fmod_out(o, a, b)), INP(fmod_(a, b)),
      [](double x, double y) { return std::fmod(x, y); }, kNumeric, Res::Same, true);
}

TEST(BinaryArith, PowAtan2MaxMin) {
  check_binary("pow int", FN(pow(a, b)), OUT(pow_out(o, a, b)), INP(pow_(a, b)), int_pow,
               schema_dtypes("i8 i16 i32 i64"), Res::Same);
  check_binary("pow u8", FN(pow(a, b)), OUT(pow_out(o, a, b)), INP(pow_(a, b)), int_pow,
               {DType::U8}, Res::Same, false, 0, 3);
  check_binary(
      "pow float", FN(pow(a, b)), OUT(pow_out(o, a, b)), INP(pow_(a, b)),
      [](double x, double y) { return std::pow(x, y); }, kFloating, Res::Same, false, 0.1, 3);
  check_binary(
      "atan2", FN(atan2(a, b)), OUT(atan2_out(o, a, b)), nullptr,
      [](double x, double y) { return std::atan2(x, y); }, kAll, Res::Float);
  check_binary(
      "atan2_", FN(atan2(a, b)), OUT(atan2_out(o, a, b)), INP(atan2_(a, b)),
      [](double x, double y) { return std::atan2(x, y); }, kFloating, Res::Float);
  check_binary("maximum", FN(maximum(a, b)), OUT(maximum_out(o, a, b)), nullptr, nan_max, kAll,
               Res::Same);
  check_binary("minimum", FN(minimum(a, b)), OUT(minimum_out(o, a, b)), nullptr, nan_min, kAll,
               Res::Same);
}

IGNIS_OP_COVERED("eq.Tensor");
IGNIS_OP_COVERED("ne.Tensor");
IGNIS_OP_COVERED("lt.Tensor");
IGNIS_OP_COVERED("le.Tensor");
IGNIS_OP_COVERED("gt.Tensor");
IGNIS_OP_COVERED("ge.Tensor");
IGNIS_OP_COVERED("logical_and");
IGNIS_OP_COVERED("logical_or");
IGNIS_OP_COVERED("logical_xor");
IGNIS_OP_COVERED("bitwise_and.Tensor");
IGNIS_OP_COVERED("bitwise_or.Tensor");
IGNIS_OP_COVERED("bitwise_xor.Tensor");

TEST(BinaryCompare, AllComparisonsAndLogical) {
  auto b2d = [](bool v) { return v ? 1.0 : 0.0; };
  check_binary(
      "eq", FN(eq(a, b)), OUT(eq_out(o, a, b)), INP(eq_(a, b)),
      [&](double x, double y) { return b2d(x == y); }, kAll, Res::Bool);
  check_binary(
      "ne", FN(ne(a, b)), OUT(ne_out(o, a, b)), INP(ne_(a, b)),
      [&](double x, double y) { return b2d(x != y); }, kAll, Res::Bool);
  check_binary(
      "lt", FN(lt(a, b)), OUT(lt_out(o, a, b)), INP(lt_(a, b)),
      [&](double x, double y) { return b2d(x < y); }, kAll, Res::Bool);
  check_binary(
      "le", FN(le(a, b)), OUT(le_out(o, a, b)), INP(le_(a, b)),
      [&](double x, double y) { return b2d(x <= y); }, kAll, Res::Bool);
  check_binary(
      "gt", FN(gt(a, b)), OUT(gt_out(o, a, b)), INP(gt_(a, b)),
      [&](double x, double y) { return b2d(x > y); }, kAll, Res::Bool);
  check_binary(
      "ge", FN(ge(a, b)), OUT(ge_out(o, a, b)), INP(ge_(a, b)),
      [&](double x, double y) { return b2d(x >= y); }, kAll, Res::Bool);
  check_binary(
      "logical_and", FN(logical_and(a, b)), OUT(logical_and_out(o, a, b)), INP(logical_and_(a, b)),
      [&](double x, double y) { return b2d(x != 0 && y != 0); }, kAll, Res::Bool);
  check_binary(
      "logical_or", FN(logical_or(a, b)), OUT(logical_or_out(o, a, b)), INP(logical_or_(a, b)),
      [&](double x, double y) { return b2d(x != 0 || y != 0); }, kAll, Res::Bool);
  check_binary(
      "logical_xor", FN(logical_xor(a, b)), OUT(logical_xor_out(o, a, b)), INP(logical_xor_(a, b)),
      [&](double x, double y) { return b2d((x != 0) != (y != 0)); }, kAll, Res::Bool);
}

TEST(BinaryCompare, Bitwise) {
  auto i = [](double v) { return static_cast<int64_t>(v); };
  check_binary(
      "bitwise_and", FN(bitwise_and(a, b)), OUT(bitwise_and_out(o, a, b)), INP(bitwise_and_(a, b)),
      [&](double x, double y) { return double(i(x) & i(y)); }, kIntBool, Res::Same);
  check_binary(
      "bitwise_or", FN(bitwise_or(a, b)), OUT(bitwise_or_out(o, a, b)), INP(bitwise_or_(a, b)),
      [&](double x, double y) { return double(i(x) | i(y)); }, kIntBool, Res::Same);
  check_binary(
      "bitwise_xor", FN(bitwise_xor(a, b)), OUT(bitwise_xor_out(o, a, b)), INP(bitwise_xor_(a, b)),
      [&](double x, double y) { return double(i(x) ^ i(y)); }, kIntBool, Res::Same);
}

// Long runs exercise the vector bodies and tails of the Highway paths (dense and broadcast).
TEST(BinaryCompare, LongRunsAndNaN) {
  for (DType d : schema_dtypes("i32 i64 f32 f64")) {
    Tensor a = sample({1000}, d, -3, 3, 5), b = sample({1000}, d, -3, 3, 6);
    if (is_floating(d)) {
      a.narrow(0, 3, 5).fill_(NAN);
      b.narrow(0, 6, 5).fill_(NAN);
    }
    Tensor s = b.narrow(0, 0, 1).squeeze();  // 0-dim: broadcast with stride 0
    auto check = [&](const char* n, const BinFn& fn, const RefFn& ref, Res res) {
      DType rd = result_of(res, d);
      for (int64_t len : {1, 7, 16, 17, 33, 1000}) {
        Tensor x = a.narrow(0, 0, len), y = b.narrow(0, 0, len);
        std::string what = std::string(n) + " " + dtype_name(d) + " len " + std::to_string(len);
        expect_close(fn(x, y), reference(x, y, ref, rd), what);
        expect_close(fn(x, s), reference(x, s, ref, rd), what + " b scalar");
        expect_close(fn(s, y), reference(s, y, ref, rd), what + " a scalar");
      }
    };
    auto b2d = [](bool v) { return v ? 1.0 : 0.0; };
    check(
        "add", FN(add(a, b)), [](double x, double y) { return x + y; }, Res::Same);
    check(
        "sub", FN(sub(a, b)), [](double x, double y) { return x - y; }, Res::Same);
    check(
        "add alpha", FN(add(a, b, 3)), [](double x, double y) { return x + 3 * y; }, Res::Same);
    check(
        "mul", FN(mul(a, b)), [](double x, double y) { return x * y; }, Res::Same);
    if (is_floating(d))
      check(
          "div", FN(div(a, b)), [](double x, double y) { return x / y; }, Res::Float);
    check("maximum", FN(maximum(a, b)), nan_max, Res::Same);
    check("minimum", FN(minimum(a, b)), nan_min, Res::Same);
    check(
        "eq", FN(eq(a, b)), [&](double x, double y) { return b2d(x == y); }, Res::Bool);
    check(
        "ne", FN(ne(a, b)), [&](double x, double y) { return b2d(x != y); }, Res::Bool);
    check(
        "lt", FN(lt(a, b)), [&](double x, double y) { return b2d(x < y); }, Res::Bool);
    check(
        "le", FN(le(a, b)), [&](double x, double y) { return b2d(x <= y); }, Res::Bool);
    check(
        "gt", FN(gt(a, b)), [&](double x, double y) { return b2d(x > y); }, Res::Bool);
    check(
        "ge", FN(ge(a, b)), [&](double x, double y) { return b2d(x >= y); }, Res::Bool);
  }
}

// Row broadcast (4096x1024 + 1024 shape class): every row runs the dense kernel.
TEST(BinaryArith, RowBroadcastAndLarge) {
  Tensor a = sample({64, 100}, DType::F32, -3, 3, 7), b = sample({100}, DType::F32, -3, 3, 8);
  expect_close(add(a, b),
               reference(
                   a, b, [](double x, double y) { return x + y; }, DType::F32),
               "row broadcast");
  Tensor x = sample({100000}, DType::F32, -3, 3, 9), y = sample({100000}, DType::F32, -3, 3, 10);
  expect_close(mul(x, y),
               reference(
                   x, y, [](double p, double q) { return p * q; }, DType::F32),
               "parallel mul");
}

TEST(BinaryArith, SpecialValuesFromTorch) {
  // Values checked with torch 1.13.
  Tensor a = tensor<double>({5., -5, 5, -5, 3., -0.0}), b = tensor<double>({3., 3, -3, -3, 0., 2.});
  EXPECT_EQ(values(div(a, b, "floor")), (std::vector<double>{1, -2, -2, 1, INFINITY, -0.0}));
  EXPECT_TRUE(std::signbit(values(div(a, b, "floor"))[5]));
  std::vector<double> rem = values(remainder(a.narrow(0, 0, 5), b.narrow(0, 0, 5)));
  EXPECT_EQ(std::vector<double>(rem.begin(), rem.begin() + 4), (std::vector<double>{2, 1, -1, -2}));
  EXPECT_TRUE(std::isnan(rem[4]));
  EXPECT_EQ(values(pow(tensor<int64_t>({2, 3, 1, -1}), tensor<int64_t>({-1, -2, -3, -3}))),
            (std::vector<double>{0, 0, 1, -1}));
  EXPECT_EQ(values(pow(tensor<int64_t>({0, 0}), tensor<int64_t>({-1, 0}))),
            (std::vector<double>{0, 1}));
  EXPECT_EQ(values(div(tensor<int64_t>({-7}), tensor<int64_t>({2}), "floor")),
            (std::vector<double>{-4}));
  EXPECT_EQ(values(div(tensor<int64_t>({-7}), tensor<int64_t>({2}), "trunc")),
            (std::vector<double>{-3}));
  // Integer overflow wraps.
  Tensor big = tensor<int32_t>({std::numeric_limits<int32_t>::max()});
  EXPECT_EQ(add(big, 1).item<int64_t>(), std::numeric_limits<int32_t>::min());
  EXPECT_EQ(mul(tensor<int64_t>({int64_t(1) << 62}), 4).item<int64_t>(), 0);
  EXPECT_EQ(add(tensor<uint8_t>({1, 2}), -1).dtype(), DType::U8);
  EXPECT_EQ(values(add(tensor<uint8_t>({1, 2}), -1)), (std::vector<double>{0, 1}));
  EXPECT_EQ(div(tensor<int64_t>({-128}).to(DType::I8), tensor<int64_t>({-1}).to(DType::I8), "trunc")
                .item<int64_t>(),
            -128);
  // Division by zero of floats gives inf/nan, not an error.
  EXPECT_EQ(values(div(tensor<int64_t>({5, -5}), 0)), (std::vector<double>{INFINITY, -INFINITY}));
  EXPECT_TRUE(std::isnan(fmod(tensor<int64_t>({5}), 0.0).item<double>()));
}

IGNIS_OP_COVERED("add.Scalar");
IGNIS_OP_COVERED("sub.Scalar");
IGNIS_OP_COVERED("mul.Scalar");
IGNIS_OP_COVERED("div.Scalar");
IGNIS_OP_COVERED("div.Scalar_mode");
IGNIS_OP_COVERED("floor_divide.Scalar");
IGNIS_OP_COVERED("remainder.Scalar");
IGNIS_OP_COVERED("remainder.Scalar_Tensor");
IGNIS_OP_COVERED("fmod.Scalar");
IGNIS_OP_COVERED("pow.Tensor_Scalar");
IGNIS_OP_COVERED("pow.Scalar_self");
IGNIS_OP_COVERED("eq.Scalar");
IGNIS_OP_COVERED("ne.Scalar");
IGNIS_OP_COVERED("lt.Scalar");
IGNIS_OP_COVERED("le.Scalar");
IGNIS_OP_COVERED("gt.Scalar");
IGNIS_OP_COVERED("ge.Scalar");
IGNIS_OP_COVERED("bitwise_and.Scalar");
IGNIS_OP_COVERED("bitwise_or.Scalar");
IGNIS_OP_COVERED("bitwise_xor.Scalar");

// Scalar overloads: the Scalar behaves as a 0-dim operand of the promoted dtype.
TEST(BinaryScalar, OverloadsMatchTensorForms) {
  using SFn = std::function<Tensor(const Tensor&, const Scalar&)>;
  struct Case {
    const char* name;
    SFn fn;
    BinFn tensor_fn;
  };
  std::vector<Case> cases = {
      {"add", [](auto& a, auto& s) { return add(a, s); }, FN(add(a, b))},
      {"add alpha", [](auto& a, auto& s) { return add(a, s, 2); }, FN(add(a, b, 2))},
      {"sub", [](auto& a, auto& s) { return sub(a, s); }, FN(sub(a, b))},
      {"mul", [](auto& a, auto& s) { return mul(a, s); }, FN(mul(a, b))},
      {"div", [](auto& a, auto& s) { return div(a, s); }, FN(div(a, b))},
      {"div trunc", [](auto& a, auto& s) { return div(a, s, "trunc"); }, FN(div(a, b, "trunc"))},
      {"div floor", [](auto& a, auto& s) { return div(a, s, "floor"); }, FN(div(a, b, "floor"))},
      {"floor_divide", [](auto& a, auto& s) { return floor_divide(a, s); }, FN(floor_divide(a, b))},
      {"remainder", [](auto& a, auto& s) { return remainder(a, s); }, FN(remainder(a, b))},
      {"fmod", [](auto& a, auto& s) { return fmod(a, s); }, FN(fmod(a, b))},
      {"pow", [](auto& a, auto& s) { return pow(a, s); }, FN(pow(a, b))},
      {"eq", [](auto& a, auto& s) { return eq(a, s); }, FN(eq(a, b))},
      {"ne", [](auto& a, auto& s) { return ne(a, s); }, FN(ne(a, b))},
      {"lt", [](auto& a, auto& s) { return lt(a, s); }, FN(lt(a, b))},
      {"le", [](auto& a, auto& s) { return le(a, s); }, FN(le(a, b))},
      {"gt", [](auto& a, auto& s) { return gt(a, s); }, FN(gt(a, b))},
      {"ge", [](auto& a, auto& s) { return ge(a, s); }, FN(ge(a, b))},
  };
  for (DType d : schema_dtypes("u8 i32 i64 f16 bf16 f32 f64"))
    for (const Scalar& s : {Scalar(2), Scalar(1.5)})
      for (const Case& c : cases) {
        if (s.is_floating() && !is_floating(d) && std::string(c.name) == "add alpha") continue;
        Tensor a = sample({3, 4}, d, 0, 3, 3);
        DType rd = result_type({a}, {s});
        // Reference: the tensor form with the Scalar as a 0-dim tensor of the promoted dtype.
        Tensor expected = c.tensor_fn(a.to(rd), full({}, s, {.dtype = rd}));
        std::string what = std::string(c.name) + " " + dtype_name(d) + " scalar " +
                           (s.is_floating() ? "1.5" : "2");
        Tensor r = c.fn(a, s);
        ASSERT_EQ(r.dtype(), expected.dtype()) << what;
        expect_close(r, expected, what);
      }
  // Expected dtypes from torch 1.13.
  Tensor i = tensor<int64_t>({5, -5});
  EXPECT_EQ(add(i, 1.5).dtype(), DType::F32);
  EXPECT_EQ(add(tensor<float>({1}).to(DType::F16), 1.5).dtype(), DType::F16);
  EXPECT_EQ(add(i.to(DType::I32), 2).dtype(), DType::I32);
  EXPECT_EQ(eq(i, 1.5).dtype(), DType::Bool);
  EXPECT_EQ(values(eq(tensor<int64_t>({1, 2}), 1.5)), (std::vector<double>{0, 0}));
  EXPECT_EQ(pow(i, 2.0).dtype(), DType::F32);
  EXPECT_EQ(pow(bools({true, false}), 2).dtype(), DType::I64);
  EXPECT_EQ(values(bitwise_and(bools({true}), 1)), (std::vector<double>{1}));
  EXPECT_EQ(bitwise_and(bools({true}), 1).dtype(), DType::I64);
  // Scalar on the left.
  EXPECT_EQ(values(remainder(2, tensor<int64_t>({3, 4, -3}))), (std::vector<double>{2, 2, -1}));
  EXPECT_EQ(remainder(2, tensor<int64_t>({3})).dtype(), DType::I64);
  Tensor rout = empty({0}, {.dtype = DType::F64});
  remainder_out(rout, 2, tensor<int64_t>({3, 4, -3}));
  EXPECT_EQ(values(rout), (std::vector<double>{2, 2, -1}));
  EXPECT_EQ(values(pow(2, tensor<int64_t>({1, 2}))), (std::vector<double>{2, 4}));
  EXPECT_EQ(pow(2, tensor<int64_t>({1, 2})).dtype(), DType::I64);
  Tensor p = pow(2.5, tensor<int64_t>({1, 2}));
  EXPECT_EQ(p.dtype(), DType::F32);
  EXPECT_EQ(values(p), (std::vector<double>{2.5, 6.25}));
  Tensor pout = empty({2}, {.dtype = DType::F64});
  pow_out(pout, 2.5, tensor<int64_t>({1, 2}));
  EXPECT_EQ(values(pout), (std::vector<double>{2.5, 6.25}));
  // In-place and out= with Scalar others.
  Tensor f = tensor<float>({1, 2});
  add_(f, 1.5, 2);
  EXPECT_EQ(values(f), (std::vector<double>{4, 5}));
  sub_(f, 1);
  mul_(f, 2);
  div_(f, 2);
  EXPECT_EQ(values(f), (std::vector<double>{3, 4}));
  div_(f, 2, "floor");
  EXPECT_EQ(values(f), (std::vector<double>{1, 2}));
  floor_divide_(f, 1);
  remainder_(f, 3);
  fmod_(f, 3);
  pow_(f, 2);
  EXPECT_EQ(values(f), (std::vector<double>{1, 4}));
  Tensor bits = tensor<int64_t>({6, 5});
  bitwise_and_(bits, 3);
  EXPECT_EQ(values(bits), (std::vector<double>{2, 1}));
  bitwise_or_(bits, 4);
  bitwise_xor_(bits, 1);
  EXPECT_EQ(values(bits), (std::vector<double>{7, 4}));
  Tensor cmp = tensor<float>({1, 2, 3});
  lt_(cmp, 2.5);
  EXPECT_EQ(cmp.dtype(), DType::F32);
  EXPECT_EQ(values(cmp), (std::vector<double>{1, 1, 0}));
  for (auto* fn : {+[](Tensor&o, const Tensor&a) { eq_out(o, a, 2); },
                   +[](Tensor&o, const Tensor&a) { ne_out(o, a, 2); },
                   +[](Tensor&o, const Tensor&a) { le_out(o, a, 2); },
                   +[](Tensor&o, const Tensor&a) { gt_out(o, a, 2); },
                   +[](Tensor&o, const Tensor&a) { ge_out(o, a, 2); }}) {
    Tensor o = empty({3}, {.dtype = DType::Bool});
    fn(o, tensor<int64_t>({1, 2, 3}));
    EXPECT_EQ(o.dtype(), DType::Bool);
  }
  for (auto* fn :
       {+[](Tensor& t) { eq_(t, 2); }, +[](Tensor& t) { ne_(t, 2); }, +[](Tensor& t) { le_(t, 2); },
        +[](Tensor& t) { gt_(t, 2); }, +[](Tensor& t) { ge_(t, 2); }}) {
    Tensor t = tensor<int64_t>({1, 2, 3});
    fn(t);
    EXPECT_EQ(t.dtype(), DType::I64);
  }
  Tensor o = empty({2}, {.dtype = DType::F32});
  add_out(o, tensor<float>({1, 2}), 1);
  sub_out(o, o.clone(), 1, 2);
  EXPECT_EQ(values(o), (std::vector<double>{0, 1}));
  mul_out(o, tensor<float>({1, 2}), 3);
  div_out(o, o.clone(), 2);
  EXPECT_EQ(values(o), (std::vector<double>{1.5, 3}));
  div_out(o, tensor<float>({3, 5}), 2, "trunc");
  EXPECT_EQ(values(o), (std::vector<double>{1, 2}));
  floor_divide_out(o, tensor<float>({3, 5}), 2);
  EXPECT_EQ(values(o), (std::vector<double>{1, 2}));
  remainder_out(o, tensor<float>({-3, 5}), 2);
  EXPECT_EQ(values(o), (std::vector<double>{1, 1}));
  fmod_out(o, tensor<float>({-3, 5}), 2);
  EXPECT_EQ(values(o), (std::vector<double>{-1, 1}));
  pow_out(o, tensor<float>({3, 5}), 2);
  EXPECT_EQ(values(o), (std::vector<double>{9, 25}));
  Tensor ob = empty({2}, {.dtype = DType::I64});
  bitwise_and_out(ob, tensor<int64_t>({6, 5}), 3);
  bitwise_or_out(ob, ob.clone(), 8);
  bitwise_xor_out(ob, ob.clone(), 1);
  EXPECT_EQ(values(ob), (std::vector<double>{11, 8}));
  Tensor ol = empty({2}, {.dtype = DType::Bool});
  lt_out(ol, tensor<float>({1, 3}), 2);
  EXPECT_EQ(values(ol), (std::vector<double>{1, 0}));
}

TEST(BinaryErrors, DocumentedErrors) {
  Tensor i = tensor<int64_t>({5, -5}), z = tensor<int64_t>({0, 2}), f = tensor<float>({1, 2});
  Tensor bl = bools({true, false});
  for (const char* mode : {"trunc", "floor"})
    expect_error<InvalidArgumentError>([&] { div(i, z, mode); }, {"div", "ZeroDivisionError"});
  expect_error<InvalidArgumentError>([&] { floor_divide(i, 0); }, {"ZeroDivisionError"});
  expect_error<InvalidArgumentError>([&] { remainder(i, z); }, {"remainder", "ZeroDivisionError"});
  expect_error<InvalidArgumentError>([&] { fmod(i, z); }, {"fmod", "ZeroDivisionError"});
  expect_error<InvalidArgumentError>([&] { div(i, i, "bad"); },
                                     {"div", "rounding_mode", "'trunc'", "'floor'", "'bad'"});
  expect_error<DTypeError>([&] { sub(bl, bl); }, {"sub", "bool", "logical_xor"});
  expect_error<DTypeError>([&] { sub(bl, 1); }, {"sub", "bool"});
  expect_error<DTypeError>([&] { sub(i, bl); }, {"sub", "bool"});
  expect_error<InvalidArgumentError>([&] { add(i, i, 0.5); }, {"add", "alpha", "integral"});
  expect_error<InvalidArgumentError>([&] { add(f, f, true); }, {"add", "alpha", "bool"});
  expect_error<InvalidArgumentError>([&] { pow(i, -1); }, {"pow", "negative integer powers"});
  expect_error<DTypeError>([&] { pow(bl, bl); }, {"pow", "bool"});
  expect_error<DTypeError>([&] { remainder(bl, bl); }, {"remainder", "bool"});
  expect_error<DTypeError>([&] { div(bl, bl, "floor"); }, {"div", "bool"});
  expect_error<DTypeError>([&] { bitwise_and(f, i); }, {"bitwise_and", "integral", "float32"});
  expect_error<DTypeError>([&] { bitwise_or(i, 1.5); }, {"bitwise_or", "float32"});
  expect_error<ShapeError>([&] { add(ones({2}), ones({3})); }, {"add", "2", "3"});
  expect_error<ShapeError>([&] { eq(ones({2}), ones({3})); }, {"eq"});
  Tensor f23 = ones({2, 3});
  expect_error<ShapeError>([&] { add_(f23, ones({3, 3})); }, {"add_"});
  Tensor i23 = ones({2, 3}, {.dtype = DType::I64});
  expect_error<DTypeError>([&] { add_(i23, ones({2, 3})); }, {"add_", "float32", "int64"});
  expect_error<DTypeError>([&] { div_(i23, 2); }, {"div_", "float32", "int64"});
  Tensor out_i = empty({2}, {.dtype = DType::I64});
  expect_error<DTypeError>([&] { add_out(out_i, f, f); }, {"add_out", "float32", "int64"});
  Tensor out_bad = empty({3});
  expect_error<ShapeError>([&] { mul_out(out_bad, f, f); }, {"mul_out", "shape"});
  expect_error<InvalidArgumentError>([&] { add(Tensor(), f); }, {"add", "self"});
  expect_error<InvalidArgumentError>([&] { add(f, Tensor()); }, {"add", "other"});
}

IGNIS_OP_COVERED("where.self");
IGNIS_OP_COVERED("where.ScalarSelf");
IGNIS_OP_COVERED("where.ScalarOther");
IGNIS_OP_COVERED("where.Scalar");

TEST(BinaryTernary, Where) {
  for (DType d : kAll)
    for (auto& [sa, sb] : broadcast_pairs()) {
      Tensor c = sample(sa, DType::Bool, -3, 3, 11);
      Tensor a = sample(sb, d, -3, 3, 12), b = sample(sa, d, -3, 3, 13);
      std::vector<int64_t> shape = bshape({c.shape(), a.shape(), b.shape()});
      std::vector<double> vc = values(c.expand(shape)), va = values(a.expand(shape)),
                          vb = values(b.expand(shape)), ve(vc.size());
      for (size_t k = 0; k < ve.size(); ++k) ve[k] = vc[k] != 0 ? va[k] : vb[k];
      Tensor expected = f64_tensor(ve, shape);
      for (auto& [lc, tc] : layouts(c))
        for (auto& [la, ta] : layouts(a)) {
          std::string what = std::string("where ") + dtype_name(d) + " " + shape_str(sa) + " " +
                             lc + " x " + shape_str(sb) + " " + la;
          Tensor r = where(tc, ta, b);
          ASSERT_EQ(r.dtype(), d) << what;
          expect_close(r, expected, what);
        }
      Tensor out = empty({0}, {.dtype = d});
      where_out(out, c, a, b);
      expect_close(out, expected, std::string("where_out ") + dtype_name(d));
    }
  Tensor c = bools({true, false});
  // Expected dtypes and values from torch 1.13.
  Tensor r = where(c, 1.0, 0.0);
  EXPECT_EQ(r.dtype(), DType::F32);
  EXPECT_EQ(values(r), (std::vector<double>{1, 0}));
  EXPECT_EQ(where(c, 1, 0).dtype(), DType::I64);
  r = where(c, tensor<int32_t>({1, 2}), 0.5);
  EXPECT_EQ(r.dtype(), DType::F32);
  EXPECT_EQ(values(r), (std::vector<double>{1, 0.5}));
  r = where(c, 7, tensor<int32_t>({1, 2}));
  EXPECT_EQ(r.dtype(), DType::I32);
  EXPECT_EQ(values(r), (std::vector<double>{7, 2}));
  r = where(c, tensor<int32_t>({1, 2}), tensor<double>({3, 4}));
  EXPECT_EQ(r.dtype(), DType::F64);
  EXPECT_EQ(values(r), (std::vector<double>{1, 4}));
  expect_error<DTypeError>(
      [&] {
        where(tensor<int64_t>({1, 0}), c, c);
      },
      {"where", "condition", "bool", "int64"});
  expect_error<ShapeError>([&] { where(c, ones({3}), ones({2})); }, {"where"});
}

IGNIS_OP_COVERED("clamp");
IGNIS_OP_COVERED("clamp.Tensor");

TEST(BinaryTernary, Clamp) {
  auto ref = [](double x, double lo, double hi) { return nan_min(nan_max(x, lo), hi); };
  for (DType d : kNumeric)
    for (const auto& shape : sample_shapes()) {
      Tensor a = sample(shape, d, -3, 3, 14);
      std::vector<double> va = values(a), e1(va.size()), e2(va.size()), e3(va.size()),
                          e4(va.size());
      for (size_t k = 0; k < va.size(); ++k) {
        e1[k] = ref(va[k], 1, 2);
        e2[k] = ref(va[k], 1, INFINITY);
        e3[k] = ref(va[k], -INFINITY, 2);
        e4[k] = 1;  // min > max gives max
      }
      for (auto& [l, t] : layouts(a)) {
        std::string what = std::string("clamp ") + dtype_name(d) + " " + shape_str(shape) + " " + l;
        Tensor r = clamp(t, 1, 2);
        ASSERT_EQ(r.dtype(), d) << what;
        expect_close(r, f64_tensor(e1, shape), what);
        expect_close(clamp(t, 1, std::nullopt), f64_tensor(e2, shape), what + " min");
        expect_close(clamp(t, std::nullopt, 2), f64_tensor(e3, shape), what + " max");
        expect_close(clamp(t, 3, 1), f64_tensor(e4, shape), what + " min>max");
        Tensor lo = full({}, 1, {.dtype = d}), hi = full({}, 2, {.dtype = d});
        expect_close(clamp(t, lo, hi), f64_tensor(e1, shape), what + " tensor");
        expect_close(clamp(t, lo, std::nullopt), f64_tensor(e2, shape), what + " tensor min");
        expect_close(clamp(t, std::nullopt, hi), f64_tensor(e3, shape), what + " tensor max");
        Tensor self = t.clone();
        clamp_(self, 1, 2);
        expect_close(self, f64_tensor(e1, shape), what + " clamp_");
        self = t.clone();
        clamp_(self, lo, hi);
        expect_close(self, f64_tensor(e1, shape), what + " clamp_ tensor");
        Tensor out = empty({0}, {.dtype = d});
        clamp_out(out, t, 1, 2);
        expect_close(out, f64_tensor(e1, shape), what + " clamp_out");
        out = empty({0}, {.dtype = d});
        clamp_out(out, t, lo, hi);
        expect_close(out, f64_tensor(e1, shape), what + " clamp_out tensor");
      }
    }
  // Broadcast tensor bounds and NaN handling (torch 1.13).
  Tensor x = sample({3, 4}, DType::F32, -3, 3, 15), lo = sample({4}, DType::F32, -3, 0, 16),
         hi = sample({3, 1}, DType::F32, 0, 3, 17);
  std::vector<double> vx = values(x), vl = values(lo.expand({3, 4})),
                      vh = values(hi.expand({3, 4})), e(12);
  for (int k = 0; k < 12; ++k) e[k] = ref(vx[k], vl[k], vh[k]);
  expect_close(clamp(x, lo, hi), f64_tensor(e, {3, 4}), "clamp broadcast bounds");
  Tensor n = clamp(tensor<float>({1, NAN}), NAN, 1);
  EXPECT_TRUE(std::isnan(values(n)[0]) && std::isnan(values(n)[1]));
  n = clamp(tensor<float>({1, 2}), tensor<float>({NAN, 0}), std::nullopt);
  EXPECT_TRUE(std::isnan(values(n)[0]));
  EXPECT_EQ(values(n)[1], 2);
  Tensor ci = clamp(tensor<int64_t>({1, 2, 3}), 0.5);
  EXPECT_EQ(ci.dtype(), DType::F32);
  EXPECT_EQ(clamp(tensor<int32_t>({1, 2, 3}), full({}, 2.0)).dtype(), DType::F32);
  EXPECT_EQ(values(clamp(tensor<int64_t>({1, 2, 3}), 2, 1)), (std::vector<double>{1, 1, 1}));
  // A bound is converted to the tensor's dtype: -1 is 255 for uint8 (torch 1.13).
  EXPECT_EQ(values(clamp(tensor<uint8_t>({0, 3}), -1)), (std::vector<double>{255, 255}));
  EXPECT_EQ(clamp(tensor<uint8_t>({0, 3}), -1.5).dtype(), DType::F32);
  expect_error<InvalidArgumentError>(
      [&] { clamp(x, std::optional<Scalar>(), std::optional<Scalar>()); },
      {"clamp", "min", "max", "None"});
  expect_error<InvalidArgumentError>(
      [&] { clamp(x, std::optional<Tensor>(), std::optional<Tensor>()); }, {"clamp", "None"});
  Tensor xi = tensor<int64_t>({1, 2});
  expect_error<DTypeError>([&] { clamp_(xi, 0.5, 1.5); }, {"clamp_", "float32", "int64"});
  expect_error<ShapeError>([&] { clamp(x, ones({5}), std::nullopt); }, {"clamp"});
}

IGNIS_OP_COVERED("lerp.Scalar");
IGNIS_OP_COVERED("lerp.Tensor");

TEST(BinaryTernary, Lerp) {
  auto ref = [](double s, double e, double w) {
    return std::fabs(w) < 0.5 ? s + w * (e - s) : e - (e - s) * (1 - w);
  };
  for (DType d : kFloating)
    for (auto& [sa, sb] : broadcast_pairs()) {
      Tensor s = sample(sa, d, -3, 3, 18), e = sample(sb, d, -3, 3, 19);
      Tensor w = sample(sb, d, -0.5, 1.5, 20);
      std::vector<int64_t> shape = bshape({sa, sb});
      std::vector<double> vs = values(s.expand(shape)), ve = values(e.expand(shape)),
                          vw = values(w.expand(shape)), r1(vs.size()), r2(vs.size());
      for (size_t k = 0; k < vs.size(); ++k) {
        r1[k] = ref(vs[k], ve[k], 0.75);
        r2[k] = ref(vs[k], ve[k], vw[k]);
      }
      for (auto& [l, t] : layouts(s)) {
        std::string what = std::string("lerp ") + dtype_name(d) + " " + shape_str(sa) + " x " +
                           shape_str(sb) + " " + l;
        expect_close(lerp(t, e, 0.75), f64_tensor(r1, shape), what);
        expect_close(lerp(t, e, w), f64_tensor(r2, shape), what + " tensor weight");
      }
      Tensor out = empty({0}, {.dtype = d});
      lerp_out(out, s, e, 0.75);
      expect_close(out, f64_tensor(r1, shape), "lerp_out");
      lerp_out(out, s, e, w);
      expect_close(out, f64_tensor(r2, shape), "lerp_out tensor");
      if (s.shape() == shape) {
        Tensor self = s.clone();
        lerp_(self, e, 0.75);
        expect_close(self, f64_tensor(r1, shape), "lerp_");
        self = s.clone();
        lerp_(self, e, w);
        expect_close(self, f64_tensor(r2, shape), "lerp_ tensor");
      }
    }
  Tensor f = tensor<float>({1, 2});
  expect_error<DTypeError>([&] { lerp(f, f.to(DType::F64), 0.5); },
                           {"lerp", "float32", "end", "float64"});
  expect_error<DTypeError>([&] { lerp(f, f, f.to(DType::F64)); }, {"lerp", "weight", "float64"});
  expect_error<DTypeError>([&] { lerp(tensor<int64_t>({1}), tensor<int64_t>({2}), 0.5); },
                           {"lerp", "floating", "int64"});
}

IGNIS_OP_COVERED("addcmul");
IGNIS_OP_COVERED("addcdiv");

TEST(BinaryTernary, AddcmulAddcdiv) {
  for (DType d : kNumeric)
    for (auto& [sa, sb] : broadcast_pairs()) {
      bool fl = is_floating(d);
      Tensor s = sample(sa, d, -3, 3, 21), t1 = sample(sb, d, -3, 3, 22),
             t2 = sample_nz(sa, d, 23, true, 0.5, 3);
      std::vector<int64_t> shape = bshape({sa, sb});
      std::vector<double> vs = values(s.expand(shape)), v1 = values(t1.expand(shape)),
                          v2 = values(t2.expand(shape)), rm(vs.size()), rd(vs.size());
      double value = fl ? 0.5 : 2;
      for (size_t k = 0; k < vs.size(); ++k) {
        rm[k] = store_as(vs[k] + value * v1[k] * v2[k], d);
        rd[k] = vs[k] + value * v1[k] / v2[k];
      }
      for (auto& [l, t] : layouts(s)) {
        std::string what = std::string("addcmul ") + dtype_name(d) + " " + shape_str(sa) + " x " +
                           shape_str(sb) + " " + l;
        Tensor r = fl ? addcmul(t, t1, t2, 0.5) : addcmul(t, t1, t2, 2);
        ASSERT_EQ(r.dtype(), d);
        expect_close(r, f64_tensor(rm, shape), tolerance(d), what);
        if (fl) expect_close(addcdiv(t, t1, t2, 0.5), f64_tensor(rd, shape), what + " addcdiv");
      }
      Tensor out = empty({0}, {.dtype = d});
      addcmul_out(out, s, t1, t2, fl ? Scalar(0.5) : Scalar(2));
      expect_close(out, f64_tensor(rm, shape), "addcmul_out");
      if (fl) {
        addcdiv_out(out, s, t1, t2, 0.5);
        expect_close(out, f64_tensor(rd, shape), "addcdiv_out");
      }
      if (s.shape() == shape) {
        Tensor self = s.clone();
        addcmul_(self, t1, t2, fl ? Scalar(0.5) : Scalar(2));
        expect_close(self, f64_tensor(rm, shape), "addcmul_");
        if (fl) {
          self = s.clone();
          addcdiv_(self, t1, t2, 0.5);
          expect_close(self, f64_tensor(rd, shape), "addcdiv_");
        }
      }
    }
  // torch 1.13: promotion across the three tensors; integer division is an error.
  Tensor r = addcmul(tensor<int64_t>({1, 2}), tensor<int64_t>({3, 4}), tensor<float>({3, 4}));
  EXPECT_EQ(r.dtype(), DType::F32);
  EXPECT_EQ(values(r), (std::vector<double>{10, 18}));
  r = addcdiv(tensor<int64_t>({1, 2}), tensor<float>({3, 4}), tensor<int64_t>({3, 4}));
  EXPECT_EQ(r.dtype(), DType::F32);
  EXPECT_EQ(values(r), (std::vector<double>{2, 3}));
  expect_error<InvalidArgumentError>(
      [&] { addcdiv(tensor<float>({1}), tensor<int64_t>({3}), tensor<int64_t>({3})); },
      {"addcdiv", "integer division", "int64"});
  expect_error<ShapeError>([&] { addcmul(ones({2}), ones({3}), ones({2})); }, {"addcmul"});
}

TEST(BinaryOperators, ArithmeticComparisonInPlace) {
  Tensor a = tensor<float>({1, 2, 3}), b = tensor<float>({3, 2, 1});
  EXPECT_EQ(values(a + b), (std::vector<double>{4, 4, 4}));
  EXPECT_EQ(values(a - b), (std::vector<double>{-2, 0, 2}));
  EXPECT_EQ(values(a * b), (std::vector<double>{3, 4, 3}));
  expect_close(a / b, f64_tensor({1.0 / 3, 1, 3}, {3}), "a / b");
  EXPECT_EQ(values(a + 1), (std::vector<double>{2, 3, 4}));
  EXPECT_EQ(values(1 + a), (std::vector<double>{2, 3, 4}));
  EXPECT_EQ(values(a - 1), (std::vector<double>{0, 1, 2}));
  EXPECT_EQ(values(10 - a), (std::vector<double>{9, 8, 7}));
  EXPECT_EQ(values(a * 2), (std::vector<double>{2, 4, 6}));
  EXPECT_EQ(values(2 * a), (std::vector<double>{2, 4, 6}));
  EXPECT_EQ(values(a / 2), (std::vector<double>{0.5, 1, 1.5}));
  EXPECT_EQ(values(6 / a), (std::vector<double>{6, 3, 2}));
  EXPECT_EQ(values(-a), (std::vector<double>{-1, -2, -3}));
  EXPECT_TRUE(std::signbit(values(-tensor<float>({0}))[0]));
  Tensor i = tensor<int64_t>({1, 2, 3});
  EXPECT_EQ((10 - i).dtype(), DType::I64);
  EXPECT_EQ((1.5 - i).dtype(), DType::F32);
  EXPECT_EQ(values(1.5 - i), (std::vector<double>{0.5, -0.5, -1.5}));
  EXPECT_EQ((6 / i).dtype(), DType::F32);
  EXPECT_EQ((-tensor<uint8_t>({1})).item<int64_t>(), 255);
  EXPECT_EQ(values(i & 1), (std::vector<double>{1, 0, 1}));
  EXPECT_EQ(values(i | 4), (std::vector<double>{5, 6, 7}));
  EXPECT_EQ(values(i ^ i), (std::vector<double>{0, 0, 0}));
  EXPECT_EQ(values(i & i), (std::vector<double>{1, 2, 3}));
  EXPECT_EQ(values(i | i), (std::vector<double>{1, 2, 3}));
  EXPECT_EQ(values(i ^ 1), (std::vector<double>{0, 3, 2}));
  Tensor c = a == b;
  EXPECT_EQ(c.dtype(), DType::Bool);
  EXPECT_EQ(values(c), (std::vector<double>{0, 1, 0}));
  EXPECT_EQ(values(a != b), (std::vector<double>{1, 0, 1}));
  EXPECT_EQ(values(a < b), (std::vector<double>{1, 0, 0}));
  EXPECT_EQ(values(a <= b), (std::vector<double>{1, 1, 0}));
  EXPECT_EQ(values(a > b), (std::vector<double>{0, 0, 1}));
  EXPECT_EQ(values(a >= b), (std::vector<double>{0, 1, 1}));
  EXPECT_EQ(values(a == 2), (std::vector<double>{0, 1, 0}));
  EXPECT_EQ(values(a != 2), (std::vector<double>{1, 0, 1}));
  EXPECT_EQ(values(a < 2), (std::vector<double>{1, 0, 0}));
  EXPECT_EQ(values(a <= 2), (std::vector<double>{1, 1, 0}));
  EXPECT_EQ(values(a > 2), (std::vector<double>{0, 0, 1}));
  EXPECT_EQ(values(a >= 2), (std::vector<double>{0, 1, 1}));
  EXPECT_EQ(values(2 == a), (std::vector<double>{0, 1, 0}));
  EXPECT_EQ(values(2 != a), (std::vector<double>{1, 0, 1}));
  EXPECT_EQ(values(2 < a), (std::vector<double>{0, 0, 1}));
  EXPECT_EQ(values(2 <= a), (std::vector<double>{0, 1, 1}));
  EXPECT_EQ(values(2 > a), (std::vector<double>{1, 0, 0}));
  EXPECT_EQ(values(2 >= a), (std::vector<double>{1, 1, 0}));
  Tensor x = a.clone();
  Tensor* px = &(x += b);
  EXPECT_TRUE(px->is_same(x));
  EXPECT_EQ(values(x), (std::vector<double>{4, 4, 4}));
  x -= a;
  EXPECT_EQ(values(x), (std::vector<double>{3, 2, 1}));
  x *= b;
  EXPECT_EQ(values(x), (std::vector<double>{9, 4, 1}));
  x /= b;
  EXPECT_EQ(values(x), (std::vector<double>{3, 2, 1}));
  x += 1;
  x -= 2;
  x *= 4;
  x /= 2;
  EXPECT_EQ(values(x), (std::vector<double>{4, 2, 0}));
  expect_error<DTypeError>([&] { -bools({true}); }, {"bool"});
  expect_error<DTypeError>([&] { i /= 2; }, {"div_", "int64"});
}
