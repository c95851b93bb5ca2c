// tests capi/src/autograd.cpp through libignis.so: requires_grad, backward, .grad, grad(), and
// C hooks (replacement gradients, error statuses and messages, destroy).
#include "capi_test_util.h"

using namespace capi_test;

namespace {
// y = clone(w) records history (a chain every build has); used as the graph in these tests.
ignis_tensor* leaf(std::vector<float> v) {
  ignis_tensor* w = make_f32(v, {static_cast<int64_t>(v.size())});
  EXPECT_EQ(ignis_tensor_set_requires_grad(w, 1), IGNIS_OK);
  return w;
}
ignis_tensor* cloned(const ignis_tensor* w) {
  ignis_tensor* y = nullptr;
  EXPECT_EQ(ignis_tensor_clone(w, &y), IGNIS_OK) << ignis_last_error();
  return y;
}
}  // namespace

TEST(CApiAutograd, BackwardFillsGradAndGradIsNullBefore) {
  Owned w(leaf({1, 2, 3}));
  int32_t r = 0;
  ASSERT_EQ(ignis_tensor_requires_grad(w, &r), IGNIS_OK);
  EXPECT_EQ(r, 1);
  ASSERT_EQ(ignis_tensor_is_leaf(w, &r), IGNIS_OK);
  EXPECT_EQ(r, 1);
  Owned g0;
  g0.t = reinterpret_cast<ignis_tensor*>(0x1);  // must be overwritten with NULL
  ASSERT_EQ(ignis_tensor_grad(w, &g0.t), IGNIS_OK);
  EXPECT_EQ(g0.t, nullptr);
  Owned y(cloned(w)), seed(make_f32({1, 10, 100}, {3}));
  ASSERT_EQ(ignis_tensor_is_leaf(y, &r), IGNIS_OK);
  EXPECT_EQ(r, 0);
  ASSERT_EQ(ignis_tensor_backward(y, seed, 1, 0), IGNIS_OK) << last_error();
  ASSERT_EQ(ignis_tensor_backward(y, seed, 0, 0), IGNIS_OK) << last_error();  // retained graph
  Owned g;
  ASSERT_EQ(ignis_tensor_grad(w, g.out()), IGNIS_OK);
  ASSERT_NE(g.t, nullptr);
  EXPECT_EQ(values_f32(g), (std::vector<float>{2, 20, 200}));  // accumulated twice
  ASSERT_EQ(ignis_tensor_set_grad(w, nullptr), IGNIS_OK);
  Owned g2;
  ASSERT_EQ(ignis_tensor_grad(w, g2.out()), IGNIS_OK);
  EXPECT_EQ(g2.t, nullptr);
}

TEST(CApiAutograd, BackwardErrors) {
  Owned t(make_f32({1, 2}, {2}));
  EXPECT_EQ(ignis_tensor_backward(t, nullptr, 0, 0), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("does not require grad"), std::string::npos) << last_error();
  EXPECT_EQ(ignis_tensor_backward(nullptr, nullptr, 0, 0), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(ignis_tensor_grad(t, nullptr), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(ignis_tensor_set_requires_grad(nullptr, 1), IGNIS_ERROR_INVALID_ARGUMENT);
}

TEST(CApiAutograd, FunctionalGradLeavesDotGradAlone) {
  Owned w(leaf({1, 2})), unused(leaf({5}));
  Owned y(cloned(w)), seed(make_f32({3, 4}, {2}));
  const ignis_tensor* outs[1] = {y};
  const ignis_tensor* ins[2] = {w, unused};
  const ignis_tensor* seeds[1] = {seed};
  ignis_tensor* grads[2] = {nullptr, nullptr};
  ASSERT_EQ(ignis_autograd_grad(outs, 1, ins, 2, seeds, 1, 1, 0, 0, grads),
            IGNIS_ERROR_INVALID_ARGUMENT);  // unused input without allow_unused
  EXPECT_EQ(grads[0], nullptr);
  ASSERT_EQ(ignis_autograd_grad(outs, 1, ins, 2, seeds, 1, 0, 0, 1, grads), IGNIS_OK)
      << last_error();
  Owned g0(grads[0]), g1(grads[1]);
  EXPECT_EQ(values_f32(g0), (std::vector<float>{3, 4}));
  EXPECT_EQ(g1.t, nullptr);
  Owned dot;
  ASSERT_EQ(ignis_tensor_grad(w, dot.out()), IGNIS_OK);
  EXPECT_EQ(dot.t, nullptr);
  EXPECT_EQ(ignis_autograd_grad(outs, 1, ins, 2, seeds, 2, 0, 0, 1, grads),
            IGNIS_ERROR_INVALID_ARGUMENT);  // 2 seeds for 1 output
  EXPECT_EQ(ignis_autograd_grad(outs, 1, ins, 2, nullptr, 0, 0, 0, 1, nullptr),
            IGNIS_ERROR_INVALID_ARGUMENT);
  const ignis_tensor* null_ins[1] = {nullptr};
  EXPECT_EQ(ignis_autograd_grad(outs, 1, null_ins, 1, nullptr, 0, 0, 0, 1, grads),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("inputs[0] is NULL"), std::string::npos);
  Owned y2(cloned(w));
  const ignis_tensor* outs2[1] = {y2};
  ASSERT_EQ(ignis_autograd_backward(outs2, 1, seeds, 1, 0, 0), IGNIS_OK) << last_error();
  ASSERT_EQ(ignis_tensor_grad(w, dot.out()), IGNIS_OK);
  EXPECT_EQ(values_f32(dot), (std::vector<float>{3, 4}));
}

namespace {
struct HookLog {
  int calls = 0, destroyed = 0;
  ignis_status result = IGNIS_OK;
  bool replace = false;
};
ignis_status hook_fn(const ignis_tensor* grad, ignis_tensor** replacement, void* ud) {
  auto* log = static_cast<HookLog*>(ud);
  log->calls++;
  if (log->result != IGNIS_OK) return ignis_set_last_error(log->result, "hook says no");
  if (log->replace) return ignis_mul_scalar(grad, ignis_scalar_int(2), replacement);
  return IGNIS_OK;
}
void hook_destroy(void* ud) { static_cast<HookLog*>(ud)->destroyed++; }
ignis_grad_hook make_hook(HookLog* log) {
  return ignis_grad_hook{sizeof(ignis_grad_hook), hook_fn, log, hook_destroy};
}
}  // namespace

TEST(CApiAutograd, HookReplacesTheGradientAndIsDestroyed) {
  HookLog log;
  log.replace = true;
  {
    Owned w(leaf({1, 2}));
    ignis_grad_hook h = make_hook(&log);
    ASSERT_EQ(ignis_tensor_register_hook(w, &h), IGNIS_OK) << last_error();
    Owned y(cloned(w)), seed(make_f32({1, 1}, {2}));
    ASSERT_EQ(ignis_tensor_backward(y, seed, 0, 0), IGNIS_OK) << last_error();
    EXPECT_EQ(log.calls, 1);
    Owned g;
    ASSERT_EQ(ignis_tensor_grad(w, g.out()), IGNIS_OK);
    EXPECT_EQ(values_f32(g), (std::vector<float>{2, 2}));
    EXPECT_EQ(log.destroyed, 0);
  }
  EXPECT_EQ(log.destroyed, 1);  // gone with the tensor
}

// Every status a hook returns reaches backward's caller with the hook's message; this is also
// how IO, UNSUPPORTED and INTERNAL statuses become reachable from the tensor API.
TEST(CApiAutograd, HookStatusAndMessageReachTheCaller) {
  for (ignis_status s :
       {IGNIS_ERROR_IO, IGNIS_ERROR_UNSUPPORTED, IGNIS_ERROR_INTERNAL, IGNIS_ERROR_SHAPE}) {
    HookLog log;
    log.result = s;
    Owned w(leaf({1}));
    ignis_grad_hook h = make_hook(&log);
    ASSERT_EQ(ignis_tensor_register_hook(w, &h), IGNIS_OK);
    Owned y(cloned(w));
    EXPECT_EQ(ignis_tensor_backward(y, nullptr, 0, 0), s);
    EXPECT_EQ(last_error(), "hook says no");
  }
}

TEST(CApiAutograd, HookRegistrationErrorsStillDestroy) {
  HookLog log;
  Owned plain(make_f32({1}, {1}));
  ignis_grad_hook h = make_hook(&log);
  EXPECT_NE(ignis_tensor_register_hook(plain, &h), IGNIS_OK);  // does not require grad
  EXPECT_EQ(log.destroyed, 1);
  h.struct_size = 4;
  EXPECT_EQ(ignis_tensor_register_hook(plain, &h), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("struct_size"), std::string::npos);
  EXPECT_EQ(ignis_tensor_register_hook(plain, nullptr), IGNIS_ERROR_INVALID_ARGUMENT);
  h = make_hook(&log);
  EXPECT_EQ(ignis_tensor_register_hook(nullptr, &h), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(log.destroyed, 2);
}
