// tests capi/src/custom_function.cpp through libignis.so: a C backward callback recorded with
// ignis_autograd_function_apply (gradients, saved tensors, grad_fn names, errors, destroy).
#include "capi_test_util.h"

using namespace capi_test;

namespace {

struct Calls {
  int backward = 0, destroyed = 0;
  bool fail = false;
};

// y = x * x computed by the caller; backward: grad * 2 * saved x.
ignis_status square_backward(const ignis_tensor* const* g, size_t n_out,
                             const ignis_tensor* const* saved, size_t n_saved,
                             ignis_tensor** grad_in, size_t n_in, void* ud) {
  auto* c = static_cast<Calls*>(ud);
  ++c->backward;
  if (c->fail) return ignis_set_last_error(IGNIS_ERROR_INVALID_ARGUMENT, "square: no gradient");
  if (n_out != 1 || n_saved != 1 || n_in != 2) return IGNIS_ERROR_INTERNAL;
  ignis_tensor* two_x = nullptr;
  ignis_status s = ignis_mul_scalar(saved[0], ignis_scalar_float(2.0), &two_x);
  if (s != IGNIS_OK) return s;
  s = ignis_mul_tensor(g[0], two_x, &grad_in[0]);
  ignis_tensor_release(two_x);
  return s;  // grad_in[1] stays NULL: the second input gets no gradient
}
void destroy(void* ud) { ++static_cast<Calls*>(ud)->destroyed; }

ignis_autograd_function square_fn(Calls* c) {
  return ignis_autograd_function{sizeof(ignis_autograd_function), "SquareBackward",
                                 &square_backward, c, &destroy};
}

ignis_tensor* leaf(std::vector<float> v) {
  ignis_tensor* w = make_f32(v, {static_cast<int64_t>(v.size())});
  EXPECT_EQ(ignis_tensor_set_requires_grad(w, 1), IGNIS_OK);
  return w;
}

}  // namespace

TEST(CApiCustomFunction, BackwardRunsWithSavedTensorsAndNamesTheNode) {
  Calls calls;
  {
    Owned x(leaf({1, 2, 3})), other(leaf({5})), y, out;
    ASSERT_EQ(ignis_mul_tensor(x, x, y.out()), IGNIS_OK);  // grad mode on: y has MulBackward0
    Owned plain;
    {
      int32_t prev = 0;
      ASSERT_EQ(ignis_grad_mode_set(0, &prev), IGNIS_OK);
      ASSERT_EQ(ignis_mul_tensor(x, x, plain.out()), IGNIS_OK);
      ASSERT_EQ(ignis_grad_mode_set(prev, nullptr), IGNIS_OK);
    }
    ignis_autograd_function fn = square_fn(&calls);
    const ignis_tensor* ins[] = {x, other};
    const ignis_tensor* outs[] = {plain};
    const ignis_tensor* saved[] = {x};
    ASSERT_EQ(ignis_autograd_function_apply(&fn, ins, 2, outs, 1, saved, 1, out.out()), IGNIS_OK)
        << last_error();
    EXPECT_EQ(values_f32(out), (std::vector<float>{1, 4, 9}));
    char* name = nullptr;
    ASSERT_EQ(ignis_tensor_grad_fn_name(out, &name), IGNIS_OK);
    EXPECT_STREQ(name, "SquareBackward");
    ignis_string_free(name);
    ASSERT_EQ(ignis_tensor_grad_fn_name(x, &name), IGNIS_OK);
    EXPECT_EQ(name, nullptr);  // a leaf
    ASSERT_EQ(ignis_tensor_grad_fn_name(plain, &name), IGNIS_OK);
    EXPECT_EQ(name, nullptr);  // the caller's output keeps no history
    Owned seed(make_f32({1, 1, 1}, {3}));
    ASSERT_EQ(ignis_tensor_backward(out, seed, 0, 0), IGNIS_OK) << last_error();
    EXPECT_EQ(calls.backward, 1);
    Owned g, g2;
    ASSERT_EQ(ignis_tensor_grad(x, g.out()), IGNIS_OK);
    EXPECT_EQ(values_f32(g), (std::vector<float>{2, 4, 6}));
    ASSERT_EQ(ignis_tensor_grad(other, g2.out()), IGNIS_OK);
    EXPECT_EQ(g2.t, nullptr);
    EXPECT_EQ(calls.destroyed, 0);  // out still holds the (freed) node
  }
  EXPECT_EQ(calls.destroyed, 1);
}

TEST(CApiCustomFunction, BackwardErrorReachesTheCaller) {
  Calls calls;
  calls.fail = true;
  {
    Owned x(leaf({1, 2})), out, seed(make_f32({1, 1}, {2}));
    ignis_autograd_function fn = square_fn(&calls);
    const ignis_tensor* ins[] = {x, nullptr};
    const ignis_tensor* outs[] = {x};
    const ignis_tensor* saved[] = {x};
    ASSERT_EQ(ignis_autograd_function_apply(&fn, ins, 2, outs, 1, saved, 1, out.out()), IGNIS_OK);
    EXPECT_EQ(ignis_tensor_backward(out, seed, 0, 0), IGNIS_ERROR_INVALID_ARGUMENT);
    EXPECT_TRUE(contains_all(last_error(), {"square: no gradient"})) << last_error();
  }
  EXPECT_EQ(calls.destroyed, 1);
}

TEST(CApiCustomFunction, NoInputRequiringGradGivesPlainAliasesAndDestroysAtOnce) {
  Calls calls;
  Owned x(make_f32({3}, {1})), out;
  ignis_autograd_function fn = square_fn(&calls);
  const ignis_tensor* ins[] = {x};
  const ignis_tensor* outs[] = {x};
  ASSERT_EQ(ignis_autograd_function_apply(&fn, ins, 1, outs, 1, nullptr, 0, out.out()), IGNIS_OK);
  EXPECT_EQ(calls.destroyed, 1);
  int32_t r = 1;
  ASSERT_EQ(ignis_tensor_requires_grad(out, &r), IGNIS_OK);
  EXPECT_EQ(r, 0);
  EXPECT_EQ(values_f32(out), (std::vector<float>{3}));
}

TEST(CApiCustomFunction, BadArgumentsAreErrorsAndStillDestroy) {
  Calls calls;
  Owned x(leaf({1})), out;
  const ignis_tensor* ins[] = {x};
  const ignis_tensor* outs[] = {x};
  ignis_autograd_function fn = square_fn(&calls);
  fn.struct_size = 3;
  EXPECT_EQ(ignis_autograd_function_apply(&fn, ins, 1, outs, 1, nullptr, 0, out.out()),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_TRUE(contains_all(last_error(), {"struct_size is 3"})) << last_error();
  fn = square_fn(&calls);
  fn.backward = nullptr;
  EXPECT_EQ(ignis_autograd_function_apply(&fn, ins, 1, outs, 1, nullptr, 0, out.out()),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_TRUE(contains_all(last_error(), {"fn->backward"})) << last_error();
  EXPECT_EQ(calls.destroyed, 1);
  fn = square_fn(&calls);
  EXPECT_EQ(ignis_autograd_function_apply(&fn, ins, 1, outs, 0, nullptr, 0, out.out()),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_TRUE(contains_all(last_error(), {"at least one output"})) << last_error();
  EXPECT_EQ(calls.destroyed, 2);
  EXPECT_EQ(ignis_tensor_grad_fn_name(x, nullptr), IGNIS_ERROR_INVALID_ARGUMENT);
}
