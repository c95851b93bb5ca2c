// DType sizes, names, parsing, promote_types against PyTorch's table and result_type rules.
#include "tensor/dtype.h"

#include <gtest/gtest.h>

#include "test_util.h"

using namespace ignis;
using ignis::test::expect_error;

namespace {

constexpr DType b1 = DType::Bool, u1 = DType::U8, i1 = DType::I8, i2 = DType::I16, i4 = DType::I32,
                i8 = DType::I64, f2 = DType::F16, bf = DType::BF16, f4 = DType::F32,
                f8 = DType::F64;

// Restores the default float dtype when a test changes it.
struct DefaultDTypeGuard {
  DType saved = default_float_dtype();
  ~DefaultDTypeGuard() { set_default_float_dtype(saved); }
};

}  // namespace

TEST(DType, Itemsize) {
  EXPECT_EQ(itemsize(DType::Bool), 1);
  EXPECT_EQ(itemsize(DType::U8), 1);
  EXPECT_EQ(itemsize(DType::I8), 1);
  EXPECT_EQ(itemsize(DType::I16), 2);
  EXPECT_EQ(itemsize(DType::I32), 4);
  EXPECT_EQ(itemsize(DType::I64), 8);
  EXPECT_EQ(itemsize(DType::F16), 2);
  EXPECT_EQ(itemsize(DType::BF16), 2);
  EXPECT_EQ(itemsize(DType::F32), 4);
  EXPECT_EQ(itemsize(DType::F64), 8);
  EXPECT_EQ(sizeof(Half), 2u);
  EXPECT_EQ(sizeof(BFloat16), 2u);
}

TEST(DType, EnumValuesAreStable) {
  // The values are the C API's ignis_dtype codes.
  EXPECT_EQ(static_cast<int>(DType::Bool), 0);
  EXPECT_EQ(static_cast<int>(DType::U8), 1);
  EXPECT_EQ(static_cast<int>(DType::I8), 2);
  EXPECT_EQ(static_cast<int>(DType::I16), 3);
  EXPECT_EQ(static_cast<int>(DType::I32), 4);
  EXPECT_EQ(static_cast<int>(DType::I64), 5);
  EXPECT_EQ(static_cast<int>(DType::F16), 6);
  EXPECT_EQ(static_cast<int>(DType::BF16), 7);
  EXPECT_EQ(static_cast<int>(DType::F32), 8);
  EXPECT_EQ(static_cast<int>(DType::F64), 9);
}

TEST(DType, Names) {
  const char* expected[] = {"bool",  "uint8",   "int8",     "int16",   "int32",
                            "int64", "float16", "bfloat16", "float32", "float64"};
  for (int i = 0; i < kNumDTypes; ++i) {
    DType t = static_cast<DType>(i);
    EXPECT_STREQ(dtype_name(t), expected[i]);
    EXPECT_EQ(dtype_from_name(expected[i]), t) << expected[i];
    std::ostringstream os;
    os << t;
    EXPECT_EQ(os.str(), expected[i]);
  }
  EXPECT_STREQ(dtype_name(static_cast<DType>(42)), "invalid");
}

TEST(DType, Aliases) {
  struct Case {
    const char* name;
    DType t;
  } cases[] = {{"u8", u1},   {"i8", i1},    {"short", i2}, {"i16", i2},    {"int", i4},
               {"i32", i4},  {"long", i8},  {"i64", i8},   {"half", f2},   {"f16", f2},
               {"bf16", bf}, {"float", f4}, {"f32", f4},   {"double", f8}, {"f64", f8}};
  for (const Case& c : cases) EXPECT_EQ(dtype_from_name(c.name), c.t) << c.name;
}

TEST(DType, BadNameIsInvalidArgument) {
  expect_error<InvalidArgumentError>([] { dtype_from_name("float128"); },
                                     {"dtype", "float32", "'float128'"});
  expect_error<InvalidArgumentError>([] { dtype_from_name(""); }, {"dtype", "''"});
  expect_error<InvalidArgumentError>([] { dtype_from_name("Float32"); }, {"'Float32'"});
  try {
    dtype_from_name("complex64");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::InvalidArgument);
    EXPECT_STREQ(error_kind_name(e.kind()), "invalid_argument");
  }
}

TEST(DType, Categories) {
  for (DType t : {f2, bf, f4, f8}) {
    EXPECT_TRUE(is_floating(t));
    EXPECT_FALSE(is_integral(t, true));
    EXPECT_EQ(category(t), DTypeCategory::Floating);
  }
  for (DType t : {u1, i1, i2, i4, i8}) {
    EXPECT_FALSE(is_floating(t));
    EXPECT_TRUE(is_integral(t));
    EXPECT_EQ(category(t), DTypeCategory::Integral);
  }
  EXPECT_FALSE(is_integral(b1));
  EXPECT_TRUE(is_integral(b1, /*include_bool=*/true));
  EXPECT_EQ(category(b1), DTypeCategory::Bool);
  EXPECT_FALSE(is_signed(b1));
  EXPECT_FALSE(is_signed(u1));
  EXPECT_TRUE(is_signed(i1));
  EXPECT_TRUE(is_signed(bf));
}

TEST(DType, DTypeOf) {
  static_assert(dtype_of<bool> == DType::Bool);
  static_assert(dtype_of<uint8_t> == DType::U8);
  static_assert(dtype_of<int8_t> == DType::I8);
  static_assert(dtype_of<int16_t> == DType::I16);
  static_assert(dtype_of<int32_t> == DType::I32);
  static_assert(dtype_of<int64_t> == DType::I64);
  static_assert(dtype_of<Half> == DType::F16);
  static_assert(dtype_of<BFloat16> == DType::BF16);
  static_assert(dtype_of<float> == DType::F32);
  static_assert(dtype_of<double> == DType::F64);
}

// Generated with Debian's PyTorch 1.13:
//   [[torch.promote_types(a, b) for b in dts] for a in dts]
// in the order bool uint8 int8 int16 int32 int64 float16 bfloat16 float32 float64.
TEST(DType, PromoteTypesMatchesTorch) {
  const DType expected[kNumDTypes][kNumDTypes] = {
      {b1, u1, i1, i2, i4, i8, f2, bf, f4, f8}, {u1, u1, i2, i2, i4, i8, f2, bf, f4, f8},
      {i1, i2, i1, i2, i4, i8, f2, bf, f4, f8}, {i2, i2, i2, i2, i4, i8, f2, bf, f4, f8},
      {i4, i4, i4, i4, i4, i8, f2, bf, f4, f8}, {i8, i8, i8, i8, i8, i8, f2, bf, f4, f8},
      {f2, f2, f2, f2, f2, f2, f2, f4, f4, f8}, {bf, bf, bf, bf, bf, bf, f4, bf, f4, f8},
      {f4, f4, f4, f4, f4, f4, f4, f4, f4, f8}, {f8, f8, f8, f8, f8, f8, f8, f8, f8, f8},
  };
  const DType order[kNumDTypes] = {b1, u1, i1, i2, i4, i8, f2, bf, f4, f8};
  for (int a = 0; a < kNumDTypes; ++a)
    for (int b = 0; b < kNumDTypes; ++b)
      EXPECT_EQ(promote_types(order[a], order[b]), expected[a][b])
          << "promote_types(" << order[a] << ", " << order[b] << ")";
}

TEST(DType, PromoteTypesIsSymmetric) {
  for (int a = 0; a < kNumDTypes; ++a)
    for (int b = 0; b < kNumDTypes; ++b)
      EXPECT_EQ(promote_types(static_cast<DType>(a), static_cast<DType>(b)),
                promote_types(static_cast<DType>(b), static_cast<DType>(a)));
}

namespace {

// One operand of a result_type case: a dimensioned tensor, a 0-dim tensor or a scalar.
struct Operand {
  enum Kind { Tensor, ZeroDim, Scalar } kind;
  DType t;
};

DType result_type(std::initializer_list<Operand> ops) {
  ResultTypeState s;
  for (const Operand& o : ops) {
    if (o.kind == Operand::Scalar)
      s.add_scalar(o.t);
    else
      s.add_tensor(o.t, o.kind == Operand::ZeroDim);
  }
  return s.result();
}

Operand T(DType t) { return {Operand::Tensor, t}; }
Operand Z(DType t) { return {Operand::ZeroDim, t}; }
Operand S(DType t) { return {Operand::Scalar, t}; }

}  // namespace

// Expected values from torch.result_type with Debian's PyTorch 1.13.
TEST(DType, ResultTypeMatchesTorch) {
  EXPECT_EQ(result_type({T(i4), S(f8)}), f4);  // int tensor + 1.5
  EXPECT_EQ(result_type({T(i1), S(i8)}), i1);  // int8 tensor + 5
  EXPECT_EQ(result_type({T(i4), Z(f8)}), f8);  // int32 tensor + tensor(1.0, float64)
  EXPECT_EQ(result_type({T(b1), S(i8)}), i8);  // bool tensor + 5
  EXPECT_EQ(result_type({T(u1), T(i1)}), i2);
  EXPECT_EQ(result_type({T(f2), T(bf)}), f4);
  EXPECT_EQ(result_type({T(f2), S(f8)}), f2);
  EXPECT_EQ(result_type({T(f2), Z(f8)}), f2);
  EXPECT_EQ(result_type({T(b1), S(b1)}), b1);
  EXPECT_EQ(result_type({T(b1), S(f8)}), f4);
  EXPECT_EQ(result_type({Z(i1), Z(i8)}), i8);
  EXPECT_EQ(result_type({Z(i1), S(f8)}), f4);
  EXPECT_EQ(result_type({T(u1), Z(i8)}), u1);
  EXPECT_EQ(result_type({T(b1), Z(i4)}), i4);
  EXPECT_EQ(result_type({T(b1), Z(f8)}), f8);
  EXPECT_EQ(result_type({Z(b1), S(i8)}), i8);
  EXPECT_EQ(result_type({Z(b1), S(f8)}), f4);
  EXPECT_EQ(result_type({Z(i4), S(i8)}), i4);
  EXPECT_EQ(result_type({T(i8), T(f2)}), f2);
  EXPECT_EQ(result_type({S(i8), S(f8)}), f4);
  EXPECT_EQ(result_type({S(i8)}), i8);
  EXPECT_EQ(result_type({T(u1), S(b1)}), u1);
}

TEST(DType, ResultTypeFollowsDefaultFloat) {
  DefaultDTypeGuard guard;
  set_default_float_dtype(DType::F64);
  EXPECT_EQ(default_float_dtype(), DType::F64);
  EXPECT_EQ(result_type({T(i4), S(f8)}), f8);
  EXPECT_EQ(result_type({T(f4), S(f8)}), f4);
  set_default_float_dtype(DType::F32);
  EXPECT_EQ(result_type({T(i4), S(f8)}), f4);
}

TEST(DType, SetDefaultFloatRejectsNonFloat) {
  DefaultDTypeGuard guard;
  expect_error<DTypeError>([] { set_default_float_dtype(DType::I32); },
                           {"set_default_dtype", "float32", "int32"});
  expect_error<DTypeError>([] { set_default_float_dtype(DType::F16); }, {"float16"});
  EXPECT_EQ(default_float_dtype(), guard.saved);
}
