// Unary ops (cpp/ops/unary.cpp) against plain f64 references: every schema dtype, the sample
// shapes (0-size and 0-dim included), contiguous / transposed / strided inputs, the out= and
// in-place forms, special values (NaN, infinities, signed zeros, overflow) through the SIMD
// paths, and every documented error.
#include <cmath>
#include <functional>
#include <limits>
#include <optional>

#include "op_harness.h"
#include "op_table.gen.h"
#include "ops/elementwise.h"
#include "tensor/broadcast.h"

namespace ignis::test {
namespace {

// Result dtype rule of an op (mirrors PyTorch; see ops/unary.cpp).
enum class Res { Same, ToFloat, ToBool };

struct Case {
  std::string name;  // schema key
  std::function<Tensor(const Tensor&)> fn;
  std::function<Tensor&(Tensor&, const Tensor&)> out;  // empty when the op has no out=
  std::function<Tensor&(Tensor&)> inplace;             // empty when the op has no in-place form
  std::function<double(double)> ref;
  Res res = Res::Same;
  double lo = -3.0, hi = 3.0;  // sample range
};

double sigmoid_ref(double x) { return 1.0 / (1.0 + std::exp(-x)); }
double logsigmoid_ref(double x) {
  return x >= 0 ? -std::log1p(std::exp(-x)) : x - std::log1p(std::exp(x));
}
double softplus_ref(double x, double beta, double threshold) {
  return x * beta > threshold ? x : std::log1p(std::exp(x * beta)) / beta;
}
// erfinv by bisection on std::erf.
double erfinv_ref(double y) {
  if (std::isnan(y) || y < -1 || y > 1) return NAN;
  if (y == 1) return INFINITY;
  if (y == -1) return -INFINITY;
  double lo = -10, hi = 10;
  for (int i = 0; i < 200; ++i) {
    double mid = 0.5 * (lo + hi);
    (std::erf(mid) < y ? lo : hi) = mid;
  }
  return 0.5 * (lo + hi);
}
double round_half_even(double x) { return std::nearbyint(x); }
constexpr double kSeluAlpha = 1.6732632423543772848170429916717;
constexpr double kSeluScale = 1.0507009873554804934193349852946;

#define FN(op) [](const Tensor& x) { return op(x); }
#define OUT(op) [](Tensor& o, const Tensor& x) -> Tensor& { return op##_out(o, x); }
#define INPL(op) [](Tensor& x) -> Tensor& { return op##_(x); }
#define FULL(op) #op, FN(op), OUT(op), INPL(op)

std::vector<Case> cases() {
  using std::nullopt;
  std::vector<Case> c = {
      {FULL(neg), [](double x) { return -x; }},
      {FULL(abs), [](double x) { return std::fabs(x); }},
      {FULL(sign), [](double x) { return double((x > 0) - (x < 0)); }},
      {FULL(exp), [](double x) { return std::exp(x); }, Res::ToFloat},
      {FULL(exp2), [](double x) { return std::exp2(x); }, Res::ToFloat},
      {FULL(expm1), [](double x) { return std::expm1(x); }, Res::ToFloat},
      {FULL(log), [](double x) { return std::log(x); }, Res::ToFloat},
      {FULL(log2), [](double x) { return std::log2(x); }, Res::ToFloat},
      {FULL(log10), [](double x) { return std::log10(x); }, Res::ToFloat},
      {FULL(log1p), [](double x) { return std::log1p(x); }, Res::ToFloat},
      {FULL(sqrt), [](double x) { return std::sqrt(x); }, Res::ToFloat},
      {FULL(rsqrt), [](double x) { return 1.0 / std::sqrt(x); }, Res::ToFloat},
      {FULL(reciprocal), [](double x) { return 1.0 / x; }, Res::ToFloat},
      {FULL(sin), [](double x) { return std::sin(x); }, Res::ToFloat},
      {FULL(cos), [](double x) { return std::cos(x); }, Res::ToFloat},
      {FULL(tan), [](double x) { return std::tan(x); }, Res::ToFloat},
      {FULL(asin), [](double x) { return std::asin(x); }, Res::ToFloat, -1, 1},
      {FULL(acos), [](double x) { return std::acos(x); }, Res::ToFloat, -1, 1},
      {FULL(atan), [](double x) { return std::atan(x); }, Res::ToFloat},
      {FULL(sinh), [](double x) { return std::sinh(x); }, Res::ToFloat},
      {FULL(cosh), [](double x) { return std::cosh(x); }, Res::ToFloat},
      {FULL(tanh), [](double x) { return std::tanh(x); }, Res::ToFloat},
      {FULL(sigmoid), sigmoid_ref, Res::ToFloat},
      {"logsigmoid", FN(logsigmoid), OUT(logsigmoid), {}, logsigmoid_ref},
      {"relu", FN(relu), {}, INPL(relu), [](double x) { return x < 0 ? 0.0 : x; }},
      {"relu6",
       FN(relu6),
       {},
       INPL(relu6),
       [](double x) { return std::min(std::max(x, 0.0), 6.0); },
       Res::Same,
       -8,
       8},
      {FULL(leaky_relu), [](double x) { return x > 0 ? x : 0.01 * x; }},
      {FULL(elu), [](double x) { return x > 0 ? x : std::exp(x) - 1; }},
      {"selu",
       FN(selu),
       {},
       INPL(selu),
       [](double x) { return kSeluScale * (x > 0 ? x : kSeluAlpha * (std::exp(x) - 1)); }},
      {FULL(gelu), [](double x) { return 0.5 * x * (1 + std::erf(x / std::sqrt(2.0))); }},
      {FULL(silu), [](double x) { return x * sigmoid_ref(x); }},
      {FULL(mish), [](double x) { return x * std::tanh(std::log1p(std::exp(x))); }},
      {"softplus",
       FN(softplus),
       OUT(softplus),
       {},
       [](double x) { return softplus_ref(x, 1, 20); },
       Res::Same,
       -30,
       30},
      {FULL(hardswish), [](double x) { return x * std::min(std::max(x + 3, 0.0), 6.0) / 6; },
       Res::Same, -5, 5},
      {FULL(hardsigmoid), [](double x) { return std::min(std::max(x + 3, 0.0), 6.0) / 6; },
       Res::Same, -5, 5},
      {FULL(erf), [](double x) { return std::erf(x); }, Res::ToFloat},
      {FULL(erfinv), erfinv_ref, Res::ToFloat, -1, 1},
      {FULL(floor), [](double x) { return std::floor(x); }},
      {FULL(ceil), [](double x) { return std::ceil(x); }},
      {FULL(round), round_half_even},
      {FULL(trunc), [](double x) { return std::trunc(x); }},
      {FULL(frac), [](double x) { return x - std::trunc(x); }},
      {"isnan", FN(isnan), {}, {}, [](double x) { return double(std::isnan(x)); }, Res::ToBool},
      {"isinf", FN(isinf), {}, {}, [](double x) { return double(std::isinf(x)); }, Res::ToBool},
      {"isfinite",
       FN(isfinite),
       {},
       {},
       [](double x) { return double(std::isfinite(x)); },
       Res::ToBool},
      {FULL(nan_to_num), [](double x) { return x; }},
      {FULL(logical_not), [](double x) { return double(x == 0); }, Res::ToBool},
      {FULL(bitwise_not), [](double x) { return -x - 1; }},
  };
  // Overloads and non-default arguments.
  c.push_back({"round.decimals", [](const Tensor& x) { return round(x, 1); },
               [](Tensor& o, const Tensor& x) -> Tensor& { return round_out(o, x, 1); },
               [](Tensor& x) -> Tensor& { return round_(x, 1); },
               [](double x) { return std::nearbyint(x * 10) / 10; }});
  c.push_back({"round.decimals", [](const Tensor& x) { return round(x, -1); },
               [](Tensor& o, const Tensor& x) -> Tensor& { return round_out(o, x, -1); },
               [](Tensor& x) -> Tensor& { return round_(x, -1); },
               [](double x) { return std::nearbyint(x / 10) * 10; }, Res::Same, -80, 80});
  c.push_back({"gelu", [](const Tensor& x) { return gelu(x, "tanh"); },
               [](Tensor& o, const Tensor& x) -> Tensor& { return gelu_out(o, x, "tanh"); },
               [](Tensor& x) -> Tensor& { return gelu_(x, "tanh"); },
               [](double x) {
                 return 0.5 * x * (1 + std::tanh(std::sqrt(2 / M_PI) * (x + 0.044715 * x * x * x)));
               }});
  c.push_back({"leaky_relu", [](const Tensor& x) { return leaky_relu(x, 0.2); },
               [](Tensor& o, const Tensor& x) -> Tensor& { return leaky_relu_out(o, x, 0.2); },
               [](Tensor& x) -> Tensor& { return leaky_relu_(x, 0.2); },
               [](double x) { return x > 0 ? x : 0.2 * x; }});
  c.push_back({"elu", [](const Tensor& x) { return elu(x, 0.5, 2.0, 1.5); },
               [](Tensor& o, const Tensor& x) -> Tensor& { return elu_out(o, x, 0.5, 2.0, 1.5); },
               [](Tensor& x) -> Tensor& { return elu_(x, 0.5, 2.0, 1.5); },
               [](double x) { return x > 0 ? 2.0 * x : 0.5 * 2.0 * (std::exp(1.5 * x) - 1); }});
  c.push_back({"softplus",
               [](const Tensor& x) { return softplus(x, 2, 10); },
               [](Tensor& o, const Tensor& x) -> Tensor& { return softplus_out(o, x, 2, 10); },
               {},
               [](double x) { return softplus_ref(x, 2, 10); },
               Res::Same,
               -8,
               8});
  return c;
}

// Dtypes the schema lists for key.
DType result_dtype(Res r, DType in) {
  if (r == Res::ToBool) return DType::Bool;
  if (r == Res::ToFloat && !is_floating(in)) return DType::F32;
  return in;
}

// The reference result: ref on every value, wrapped like the result dtype's integers.
Tensor reference(const Case& c, const Tensor& x, DType result) {
  std::vector<double> v = values(x);
  bool bool_not = x.dtype() == DType::Bool && c.name == "bitwise_not";  // ~true == false
  for (double& e : v) {
    e = bool_not ? double(e == 0) : c.ref(e);
    if (result == DType::Bool)
      e = e != 0;
    else if (result == DType::U8)
      e = static_cast<double>(static_cast<uint8_t>(static_cast<int64_t>(e)));
  }
  return f64_tensor(v, x.shape());
}

void check_case(const Case& c) {
  for (DType d : dtypes_of(c.name)) {
    DType rd = result_dtype(c.res, d);
    for (const auto& shape : sample_shapes()) {
      Tensor base = sample(shape, d, c.lo, c.hi);
      Tensor expected = reference(c, base, rd);
      std::string what = c.name + " " + dtype_name(d) + " " + shape_str(shape);
      for (auto& [layout, x] : layouts(base)) {
        Tensor r = c.fn(x);
        EXPECT_EQ(r.dtype(), rd) << what;
        expect_close(r, expected, what + " " + layout);
        if (c.out) {
          Tensor o = empty(shape, {.dtype = rd});
          Tensor& ret = c.out(o, x);
          EXPECT_EQ(ret.data_ptr(), o.data_ptr()) << what;
          expect_close(o, expected, what + " out= " + layout);
        }
        if (c.inplace) {
          if (can_cast(rd, d)) {
            Tensor& ret = c.inplace(x);
            EXPECT_EQ(ret.data_ptr(), x.data_ptr()) << what;
            expect_close(x, expected, what + " in-place " + layout);
          } else {
            expect_error<DTypeError>([&] { c.inplace(x); }, {"can't be cast", dtype_name(d)});
          }
        }
      }
    }
  }
}

TEST(UnaryOps, MatchF64Reference) {
  for (const Case& c : cases()) check_case(c);
}

// Long dense runs through the SIMD loops (whole vectors plus a tail) and across threads.
TEST(UnaryOps, LongRunsMatchReference) {
  for (const Case& c : cases()) {
    if (c.name == "bitwise_not") continue;
    for (DType d : {DType::F32, DType::F64}) {
      Tensor x = sample({70001}, d, c.lo, c.hi, 7);
      Tensor expected = reference(c, x, d);
      expect_close(c.fn(x), expected, c.name + " long " + dtype_name(d));
    }
  }
}

// NaN, infinities, signed zeros, tiny and overflowing values through every floating op; the
// reference is computed in f64 and rounded to the tested dtype.
TEST(UnaryOps, SpecialValues) {
  std::vector<double> v = {NAN, INFINITY, -INFINITY, 0.0, -0.0, 1e-30, -1e-30, 0.5, -0.5, 20,
                           -20, 100,      -100,      800, -800, 1e5,   -1e5,   2.5, -2.5};
  for (int i = 0; i < 20; ++i) v.push_back(0.37 * i - 3.1);  // a second vector and a tail
  for (const Case& c : cases()) {
    // See MatchesTorch: nan_to_num's replacements, and round's f32 ties (2.45f * 10 == 24.5f).
    if (c.name == "bitwise_not" || c.name == "nan_to_num" || c.name == "round.decimals") continue;
    for (DType d : {DType::F32, DType::F64}) {
      Tensor x = f64_tensor(v, {static_cast<int64_t>(v.size())}).to(d);
      DType rd = result_dtype(c.res, d);
      Tensor expected = reference(c, x, rd).to(rd).to(DType::F64);
      Tolerance tol = tolerance(rd);
      expect_close(c.fn(x), expected, {tol.rtol * 4, tol.atol},
                   c.name + " special " + dtype_name(d));
    }
  }
}

TEST(UnaryOps, IntegerEdgeCases) {
  Tensor i8 = from_data(std::vector<int8_t>{-128, -1, 0, 127}.data(), {4}, DType::I8);
  EXPECT_EQ(values(abs(i8)), (std::vector<double>{-128, 1, 0, 127}));  // wraps like PyTorch
  EXPECT_EQ(values(neg(i8)), (std::vector<double>{-128, 1, 0, -127}));
  EXPECT_EQ(values(bitwise_not(i8)), (std::vector<double>{127, 0, -1, -128}));
  Tensor u8 = from_data(std::vector<uint8_t>{0, 1, 255}.data(), {3}, DType::U8);
  EXPECT_EQ(values(neg(u8)), (std::vector<double>{0, 255, 1}));
  EXPECT_EQ(values(bitwise_not(u8)), (std::vector<double>{255, 254, 0}));
  EXPECT_EQ(values(sign(u8)), (std::vector<double>{0, 1, 1}));
  // exp of an integer tensor is float32; reciprocal(0) is inf.
  Tensor i64 = from_data(std::vector<int64_t>{0, 2}.data(), {2}, DType::I64);
  EXPECT_EQ(exp(i64).dtype(), DType::F32);
  EXPECT_EQ(values(reciprocal(i64)), (std::vector<double>{INFINITY, 0.5}));
  // Integer inputs of floor/round/nan_to_num come back unchanged and keep their dtype.
  EXPECT_EQ(round(i64).dtype(), DType::I64);
  EXPECT_EQ(values(nan_to_num(i64)), (std::vector<double>{0, 2}));
}

// Values PyTorch 1.13 returns (checked with python3-torch), hard-coded.
TEST(UnaryOps, MatchesTorch) {
  Tensor t =
      from_data(std::vector<float>{0.5f, 1.5f, 2.5f, -0.5f, 1.25f, 2.675f}.data(), {6}, DType::F32);
  expect_close(round(t, 1), f64_tensor({0.5, 1.5, 2.5, -0.5, 1.2, 2.7}, {6}), "round decimals");
  expect_close(round(t), f64_tensor({0, 2, 2, -0, 1, 3}, {6}), "round ties to even");
  // torch computes x * 10 in f32 too: 2.45f * 10 rounds to the tie 24.5, which goes to even.
  expect_close(round(from_data(std::vector<float>{2.45f}.data(), {1}, DType::F32), 1),
               f64_tensor({2.4000000953674316}, {1}), "round decimals f32 tie");
  Tensor h = from_data(std::vector<float>{125, 135}.data(), {2}, DType::F32);
  expect_close(round(h, -1), f64_tensor({120, 140}, {2}), "round decimals=-1");
  Tensor s = from_data(std::vector<float>{NAN, INFINITY, -INFINITY, 1.5f}.data(), {4}, DType::F32);
  expect_close(nan_to_num(s),
               f64_tensor({0, 3.4028234663852886e38, -3.4028234663852886e38, 1.5}, {4}),
               "nan_to_num defaults");
  expect_close(nan_to_num(s, 1.0, 2.0, -3.0), f64_tensor({1, 2, -3, 1.5}, {4}),
               "nan_to_num values");
  expect_close(nan_to_num(s.to(DType::F16)), f64_tensor({0, 65504, -65504, 1.5}, {4}),
               "nan_to_num f16");
  expect_close(sign(s), f64_tensor({0, 1, -1, 1}, {4}), "sign of nan is 0");
  expect_close(softplus(from_data(std::vector<float>{1, 30}.data(), {2}, DType::F32), 2, 10),
               f64_tensor({1.0634640, 30}, {2}), "softplus beta/threshold");
  expect_close(frac(from_data(std::vector<float>{-3.5f, 2.5f}.data(), {2}, DType::F32)),
               f64_tensor({-0.5, 0.5}, {2}), "frac");
  Tensor sp = from_data(std::vector<float>{NAN, INFINITY, -INFINITY, 0.0f, -100.0f}.data(), {5},
                        DType::F32);
  expect_close(gelu(sp), f64_tensor({NAN, INFINITY, NAN, 0, 0}, {5}), "gelu special");
  expect_close(silu(sp), f64_tensor({NAN, INFINITY, NAN, 0, 0}, {5}), "silu special");
  expect_close(sigmoid(sp), f64_tensor({NAN, 1, 0, 0.5, 0}, {5}), "sigmoid special");
  expect_close(relu6(sp), f64_tensor({NAN, 6, 0, 0, 0}, {5}), "relu6 special");
  expect_close(logsigmoid(sp), f64_tensor({NAN, 0, -INFINITY, -0.6931471824645996, -100}, {5}),
               "logsigmoid special");
}

TEST(UnaryOps, Errors) {
  Tensor f = ones({2, 3});
  Tensor i = ones({2, 3}, {.dtype = DType::I64});
  Tensor b = ones({2}, {.dtype = DType::Bool});
  expect_error<DTypeError>([&] { bitwise_not(f); }, {"bitwise_not", "integer or bool", "float32"});
  expect_error<DTypeError>([&] { neg(b); }, {"neg", "bool"});
  expect_error<DTypeError>([&] { abs(b); }, {"abs", "bool"});
  expect_error<DTypeError>([&] { frac(i); }, {"frac", "floating-point", "int64"});
  expect_error<DTypeError>([&] { gelu(i); }, {"gelu", "floating-point", "int64"});
  expect_error<DTypeError>([&] { round(i, 1); }, {"round", "floating-point", "int64"});
  expect_error<DTypeError>([&] { exp_(i); }, {"exp_", "float32", "can't be cast", "int64"});
  expect_error<DTypeError>([&] { relu_(b); }, {"relu_", "bool"});
  Tensor io = empty({2, 3}, {.dtype = DType::I64});
  expect_error<DTypeError>([&] { sqrt_out(io, f); }, {"sqrt", "float32", "int64"});
  Tensor bo = empty({2, 3}, {.dtype = DType::Bool});
  expect_error<DTypeError>([&] { neg_out(bo, f); }, {"neg", "bool"});
  Tensor wrong = empty({3, 2});
  expect_error<ShapeError>([&] { exp_out(wrong, f); }, {"exp", "[3, 2]", "[2, 3]"});
  expect_error<InvalidArgumentError>([&] { gelu(f, "fast"); },
                                     {"gelu", "approximate", "'none' or 'tanh'", "fast"});
  expect_error<InvalidArgumentError>([&] { exp(Tensor()); }, {"exp", "defined"});
  // An empty out= tensor is resized to the result's shape.
  Tensor e = empty({0});
  exp_out(e, f);
  EXPECT_EQ(e.shape(), f.shape());
  // A float out= tensor of another dtype receives the result through a cast.
  Tensor o64 = empty({2, 3}, {.dtype = DType::F64});
  exp_out(o64, f);
  expect_close(o64, full({2, 3}, std::exp(1.0), {.dtype = DType::F64}), {1e-6, 1e-7},
               "exp out f64");
}

// In-place on a view of a larger tensor touches only the view.
TEST(UnaryOps, InPlaceOnView) {
  Tensor a = zeros({4, 4});
  Tensor v = a.slice(1, 1, 3);
  exp_(v);
  std::vector<double> got = values(a);
  for (int r = 0; r < 4; ++r)
    for (int col = 0; col < 4; ++col)
      EXPECT_EQ(got[r * 4 + col], (col == 1 || col == 2) ? 1.0 : 0.0);
}

IGNIS_OP_COVERED("neg");
IGNIS_OP_COVERED("abs");
IGNIS_OP_COVERED("sign");
IGNIS_OP_COVERED("exp");
IGNIS_OP_COVERED("exp2");
IGNIS_OP_COVERED("expm1");
IGNIS_OP_COVERED("log");
IGNIS_OP_COVERED("log2");
IGNIS_OP_COVERED("log10");
IGNIS_OP_COVERED("log1p");
IGNIS_OP_COVERED("sqrt");
IGNIS_OP_COVERED("rsqrt");
IGNIS_OP_COVERED("reciprocal");
IGNIS_OP_COVERED("sin");
IGNIS_OP_COVERED("cos");
IGNIS_OP_COVERED("tan");
IGNIS_OP_COVERED("asin");
IGNIS_OP_COVERED("acos");
IGNIS_OP_COVERED("atan");
IGNIS_OP_COVERED("sinh");
IGNIS_OP_COVERED("cosh");
IGNIS_OP_COVERED("tanh");
IGNIS_OP_COVERED("sigmoid");
IGNIS_OP_COVERED("logsigmoid");
IGNIS_OP_COVERED("relu");
IGNIS_OP_COVERED("relu6");
IGNIS_OP_COVERED("leaky_relu");
IGNIS_OP_COVERED("elu");
IGNIS_OP_COVERED("selu");
IGNIS_OP_COVERED("gelu");
IGNIS_OP_COVERED("silu");
IGNIS_OP_COVERED("mish");
IGNIS_OP_COVERED("softplus");
IGNIS_OP_COVERED("hardswish");
IGNIS_OP_COVERED("hardsigmoid");
IGNIS_OP_COVERED("erf");
IGNIS_OP_COVERED("erfinv");
IGNIS_OP_COVERED("floor");
IGNIS_OP_COVERED("ceil");
IGNIS_OP_COVERED("round");
IGNIS_OP_COVERED("round.decimals");
IGNIS_OP_COVERED("trunc");
IGNIS_OP_COVERED("frac");
IGNIS_OP_COVERED("isnan");
IGNIS_OP_COVERED("isinf");
IGNIS_OP_COVERED("isfinite");
IGNIS_OP_COVERED("nan_to_num");
IGNIS_OP_COVERED("logical_not");
IGNIS_OP_COVERED("bitwise_not");

}  // namespace
}  // namespace ignis::test
