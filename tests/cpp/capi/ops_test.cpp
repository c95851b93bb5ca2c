// tests capi/src/ops.gen.cpp and op_call.cpp through libignis.so: typed op entry points (plain,
// tuple, list, in-place, out), NULL checks, the dynamic ignis_op_call and schema introspection.
#include <cstring>
#include <set>
#include <string>

#include "capi_test_util.h"

using namespace capi_test;

TEST(CApiOps, TypedCallsWithOptionalsListsAndTuples) {
  Owned a(make_f32({1, 2, 3, 4}, {2, 2})), b(make_f32({10, 20}, {2}));
  Owned sum, red, vals, idx;
  ASSERT_EQ(ignis_add_tensor(a, b, ignis_scalar_int(2), sum.out()), IGNIS_OK) << last_error();
  EXPECT_EQ(values_f32(sum), (std::vector<float>{21, 42, 23, 44}));
  int64_t dim = 1;
  ASSERT_EQ(ignis_sum(a, &dim, 1, 0, nullptr, red.out()), IGNIS_OK) << last_error();
  EXPECT_EQ(values_f32(red), (std::vector<float>{3, 7}));
  ASSERT_EQ(ignis_sort(a, 1, 1, 0, vals.out(), idx.out()), IGNIS_OK) << last_error();
  EXPECT_EQ(values_f32(vals), (std::vector<float>{2, 1, 4, 3}));
  ignis_tensor** parts = nullptr;
  size_t n = 0;
  ASSERT_EQ(ignis_split(a, 1, 0, &parts, &n), IGNIS_OK) << last_error();
  ASSERT_EQ(n, 2u);
  EXPECT_EQ(values_f32(parts[1]), (std::vector<float>{3, 4}));
  const ignis_tensor* list[2] = {parts[0], parts[1]};
  Owned joined;
  ASSERT_EQ(ignis_cat(list, 2, 0, joined.out()), IGNIS_OK) << last_error();
  EXPECT_EQ(values_f32(joined), (std::vector<float>{1, 2, 3, 4}));
  ignis_tensor_array_free(parts, n);
  ignis_tensor_array_free(nullptr, 3);
}

TEST(CApiOps, InPlaceAndOutForms) {
  Owned a(make_f32({1, -2}, {2})), out(make_f32({0, 0}, {2}));
  ASSERT_EQ(ignis_neg_out(out, a), IGNIS_OK) << last_error();
  EXPECT_EQ(values_f32(out), (std::vector<float>{-1, 2}));
  ASSERT_EQ(ignis_neg_inplace(a), IGNIS_OK) << last_error();
  EXPECT_EQ(values_f32(a), (std::vector<float>{-1, 2}));
  EXPECT_EQ(ignis_neg_inplace(nullptr), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(ignis_neg_out(nullptr, a), IGNIS_ERROR_INVALID_ARGUMENT);
}

TEST(CApiOps, NullHandlesOutPointersAndBadValuesAreNamed) {
  Owned a(make_f32({1, 2}, {2}));
  Owned r;
  EXPECT_EQ(ignis_add_tensor(a, nullptr, ignis_scalar_int(1), r.out()),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(last_error(), "ignis_add_tensor: argument 'other' is NULL");
  EXPECT_EQ(ignis_add_tensor(a, a, ignis_scalar_int(1), nullptr), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(last_error(), "ignis_add_tensor: out-pointer 'out' is NULL");
  ignis_tensor* o1 = nullptr;
  EXPECT_EQ(ignis_sort(a, 0, 0, 0, &o1, nullptr), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("'out1'"), std::string::npos);
  ignis_scalar bad = ignis_scalar_float(1);
  bad.kind = -1;
  EXPECT_EQ(ignis_add_tensor(a, a, bad, r.out()), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("'alpha'"), std::string::npos);
  ignis_dtype wrong = static_cast<ignis_dtype>(55);
  EXPECT_EQ(ignis_sum(a, nullptr, 0, 0, &wrong, r.out()), IGNIS_ERROR_DTYPE);
  EXPECT_EQ(ignis_sum(a, nullptr, 3, 0, nullptr, r.out()), IGNIS_OK);  // NULL list = None
  EXPECT_EQ(ignis_cat(nullptr, 2, 0, r.out()), IGNIS_ERROR_INVALID_ARGUMENT);
  Owned i64;
  int64_t two = 2;
  ASSERT_EQ(ignis_zeros(&two, 1, IGNIS_INT64, kCpu, i64.out()), IGNIS_OK);
  EXPECT_EQ(ignis_bitwise_and_tensor(a, i64, r.out()), IGNIS_ERROR_DTYPE) << last_error();
}

namespace {
ignis_value tensor_value(const ignis_tensor* t) {
  ignis_value v{};
  v.kind = IGNIS_VALUE_TENSOR;
  v.v.tensor = t;
  return v;
}
}  // namespace

TEST(CApiOpCall, CallsByNameWithDefaults) {
  Owned a(make_f32({1, 2}, {2})), b(make_f32({3, 4}, {2}));
  ignis_value args[3] = {tensor_value(a), tensor_value(b), {}};
  args[2].kind = IGNIS_VALUE_INT;
  args[2].v.i = 10;
  ignis_tensor* outs[2] = {};
  size_t n = 0;
  ASSERT_EQ(ignis_op_call("add.Tensor", args, 3, outs, 2, &n), IGNIS_OK) << last_error();
  ASSERT_EQ(n, 1u);
  Owned r(outs[0]);
  EXPECT_EQ(values_f32(r), (std::vector<float>{31, 42}));
  ASSERT_EQ(ignis_op_call("add.Tensor", args, 2, outs, 2, &n), IGNIS_OK);  // alpha = 1
  Owned r2(outs[0]);
  EXPECT_EQ(values_f32(r2), (std::vector<float>{4, 6}));
  ASSERT_EQ(ignis_op_call("sort", args, 1, outs, 2, &n), IGNIS_OK) << last_error();
  EXPECT_EQ(n, 2u);
  Owned s0(outs[0]), s1(outs[1]);
  ASSERT_EQ(ignis_op_call("neg_", args, 1, outs, 1, &n), IGNIS_OK) << last_error();
  Owned self(outs[0]);
  EXPECT_EQ(self.t, a.t);
  EXPECT_EQ(values_f32(a), (std::vector<float>{-1, -2}));
}

TEST(CApiOpCall, ErrorsAreStatuses) {
  Owned a(make_f32({1, 2}, {2}));
  ignis_value args[2] = {tensor_value(a), tensor_value(a)};
  ignis_tensor* outs[1] = {};
  EXPECT_EQ(ignis_op_call("no_such_op", args, 1, outs, 1, nullptr), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("unknown op 'no_such_op'"), std::string::npos);
  EXPECT_EQ(ignis_op_call("add.Tensor", args, 1, outs, 1, nullptr), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("missing required argument 'other'"), std::string::npos);
  EXPECT_EQ(ignis_op_call("sort", args, 1, outs, 1, nullptr), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("outs holds only 1"), std::string::npos);
  EXPECT_EQ(outs[0], nullptr);
  args[1].kind = IGNIS_VALUE_STRING;
  args[1].v.str = "x";
  EXPECT_EQ(ignis_op_call("add.Tensor", args, 2, outs, 1, nullptr), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("expects a TENSOR"), std::string::npos);
  EXPECT_EQ(ignis_op_call("neg", args, 9, outs, 1, nullptr), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(ignis_op_call(nullptr, args, 1, outs, 1, nullptr), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(ignis_op_call("neg", nullptr, 1, outs, 1, nullptr), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(ignis_op_call("neg", args, 1, nullptr, 1, nullptr), IGNIS_ERROR_INVALID_ARGUMENT);
}

TEST(CApiOpCall, IntrospectionCoversEveryOp) {
  size_t n = ignis_op_count();
  ASSERT_GT(n, 100u);
  EXPECT_EQ(ignis_op_name(n), nullptr);
  std::set<std::string> names;
  for (size_t i = 0; i < n; ++i) {
    const char* name = ignis_op_name(i);
    ASSERT_NE(name, nullptr);
    EXPECT_TRUE(names.insert(name).second) << name;
    ignis_op_info info{};
    info.struct_size = sizeof info;
    ASSERT_EQ(ignis_op_schema(name, &info), IGNIS_OK) << name;
    EXPECT_EQ(std::string(info.name), name);
    EXPECT_EQ(std::string(info.schema).rfind(name, 0), 0u) << info.schema;
    for (size_t k = 0; k < info.num_args; ++k) {
      ignis_op_arg_info arg{};
      arg.struct_size = sizeof arg;
      ASSERT_EQ(ignis_op_arg(name, k, &arg), IGNIS_OK);
      EXPECT_GT(arg.kind, IGNIS_VALUE_NONE);
    }
    ignis_op_arg_info arg{};
    arg.struct_size = sizeof arg;
    EXPECT_EQ(ignis_op_arg(name, info.num_args, &arg), IGNIS_ERROR_INDEX);
  }
  ignis_op_info info{};
  info.struct_size = sizeof info;
  ASSERT_EQ(ignis_op_schema("add.Tensor", &info), IGNIS_OK);
  EXPECT_STREQ(info.schema, "add.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor");
  EXPECT_EQ(info.num_returns, 1);
  ASSERT_EQ(ignis_op_schema("split", &info), IGNIS_OK);
  EXPECT_EQ(info.num_returns, -1);
  info.struct_size = 8;
  EXPECT_EQ(ignis_op_schema("add.Tensor", &info), IGNIS_ERROR_INVALID_ARGUMENT);
}
