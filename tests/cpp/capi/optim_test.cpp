// tests capi/src/optim.cpp and capi/src/scheduler.cpp through libignis.so: optimizers over
// module parameters and over a binding's own tensors, options and their errors, state files,
// schedulers (LambdaLR through a C callback), gradient clipping, and models trained end to end.
#include <cmath>

#include "capi_test_util.h"

using namespace capi_test;

namespace {

ignis_tensor* leaf(std::vector<float> v, std::vector<int64_t> shape) {
  ignis_tensor* t = make_f32(v, shape);
  EXPECT_EQ(ignis_tensor_set_requires_grad(t, 1), IGNIS_OK);
  return t;
}

// Sets t's gradient to g.
void set_grad(ignis_tensor* t, std::vector<float> g) {
  Owned gt(make_f32(g, shape_of(t)));
  ASSERT_EQ(ignis_tensor_set_grad(t, gt), IGNIS_OK) << last_error();
}

ignis_optimizer* make_opt(const char* type, std::vector<ignis_tensor*> params, const char* json) {
  ignis_optimizer* o = nullptr;
  std::vector<const ignis_tensor*> ps(params.begin(), params.end());
  EXPECT_EQ(ignis_optimizer_create(type, ps.data(), ps.size(), json, &o), IGNIS_OK)
      << type << ": " << last_error();
  return o;
}

double option(const ignis_optimizer* o, size_t group, const char* name) {
  double v = -1;
  EXPECT_EQ(ignis_optimizer_get_option(o, group, name, &v), IGNIS_OK) << last_error();
  return v;
}

std::vector<double> last_lr(const ignis_scheduler* s) {
  size_t n = 0;
  EXPECT_EQ(ignis_scheduler_get_last_lr(s, nullptr, 0, &n), IGNIS_OK) << last_error();
  std::vector<double> v(n);
  EXPECT_EQ(ignis_scheduler_get_last_lr(s, v.data(), v.size(), &n), IGNIS_OK);
  return v;
}

// (N, 2) inputs and targets y = 3 x0 - 2 x1 + 1 for a regression the tests train on.
void regression_data(Owned& x, Owned& y) {
  std::vector<float> xs, ys;
  for (int i = 0; i < 32; ++i) {
    float a = static_cast<float>(i % 8) / 4 - 1, b = static_cast<float>(i / 8) / 2 - 1;
    xs.insert(xs.end(), {a, b});
    ys.push_back(3 * a - 2 * b + 1);
  }
  *x.out() = make_f32(xs, {32, 2});
  *y.out() = make_f32(ys, {32, 1});
}

}  // namespace

TEST(CApiOptim, SgdStepFollowsTheUpdateRule) {
  Owned p(leaf({1, 2}, {2}));
  OwnedOptimizer o(make_opt("SGD", {p}, R"({"lr": 0.5, "momentum": 0.9})"));
  set_grad(p, {1, -2});
  ASSERT_EQ(ignis_optimizer_step(o), IGNIS_OK) << last_error();
  EXPECT_EQ(values_f32(p), (std::vector<float>{0.5f, 3.0f}));
  ASSERT_EQ(ignis_optimizer_step(o), IGNIS_OK);  // momentum buffer v = 0.9 v + g = 1.9 g
  EXPECT_NEAR(values_f32(p)[0], 0.5f - 0.5f * 1.9f, 1e-6);
  ASSERT_EQ(ignis_optimizer_zero_grad(o, 1), IGNIS_OK);
  Owned g;
  ASSERT_EQ(ignis_tensor_grad(p, g.out()), IGNIS_OK);
  EXPECT_EQ(g.t, nullptr);
  EXPECT_EQ(option(o, 0, "lr"), 0.5);
  EXPECT_EQ(option(o, 0, "nesterov"), 0.0);
}

TEST(CApiOptim, CreationErrorsNameWhatIsWrong) {
  Owned p(leaf({1}, {1})), plain(make_f32({1}, {1}));
  const ignis_tensor* ps[1] = {p};
  const ignis_tensor* plains[1] = {plain};
  ignis_optimizer* o = reinterpret_cast<ignis_optimizer*>(0x1);
  EXPECT_EQ(ignis_optimizer_create("Sgd", ps, 1, nullptr, &o), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(o, nullptr);
  EXPECT_TRUE(contains_all(last_error(), {"unknown optimizer type 'Sgd'", "Adam", "RMSprop"}));
  EXPECT_EQ(ignis_optimizer_create("SGD", plains, 1, nullptr, &o), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("does not require grad"), std::string::npos) << last_error();
  EXPECT_EQ(ignis_optimizer_create("SGD", ps, 0, nullptr, &o), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("at least one parameter"), std::string::npos);
  EXPECT_EQ(ignis_optimizer_create("SGD", nullptr, 1, nullptr, &o), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(ignis_optimizer_create("Adam", ps, 1, R"({"lr": 0.1, "momentum": 0.9})", &o),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_TRUE(contains_all(last_error(), {"Adam has no option 'momentum'", "beta1", "betas"}))
      << last_error();
  EXPECT_EQ(ignis_optimizer_create("SGD", ps, 1, R"({"lr": -1})", &o),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("lr"), std::string::npos) << last_error();
  EXPECT_EQ(ignis_optimizer_create("Adam", ps, 1, R"({"betas": [0.9]})", &o),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("'betas' must be a list of 2 numbers"), std::string::npos);
  EXPECT_EQ(ignis_optimizer_create("SGD", ps, 1, R"({"lr": "fast"})", &o),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("option 'lr' must be a number or bool"), std::string::npos);
  EXPECT_EQ(ignis_optimizer_create("SGD", ps, 1, "{lr: 1}", &o), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("not valid JSON"), std::string::npos);
  EXPECT_EQ(ignis_optimizer_step(nullptr), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("ignis_optimizer_step: argument 'opt' is NULL"), std::string::npos);
  ignis_optimizer_release(nullptr);
  EXPECT_EQ(ignis_optimizer_retain(nullptr), nullptr);
}

TEST(CApiOptim, GroupsAndOptions) {
  Owned a(leaf({1}, {1})), b(leaf({1}, {1}));
  OwnedOptimizer o(make_opt("Adam", {a}, R"({"lr": 0.01, "betas": [0.8, 0.99], "amsgrad": true})"));
  EXPECT_DOUBLE_EQ(option(o, 0, "beta1"), 0.8);
  EXPECT_DOUBLE_EQ(option(o, 0, "beta2"), 0.99);
  EXPECT_EQ(option(o, 0, "amsgrad"), 1.0);
  const ignis_tensor* bs[1] = {b};
  ASSERT_EQ(ignis_optimizer_add_param_group(o, bs, 1, R"({"lr": 0.1})"), IGNIS_OK) << last_error();
  size_t n = 0;
  ASSERT_EQ(ignis_optimizer_group_count(o, &n), IGNIS_OK);
  EXPECT_EQ(n, 2u);
  ASSERT_EQ(ignis_optimizer_group_size(o, 1, &n), IGNIS_OK);
  EXPECT_EQ(n, 1u);
  EXPECT_DOUBLE_EQ(option(o, 1, "lr"), 0.1);
  EXPECT_DOUBLE_EQ(option(o, 1, "beta1"), 0.8);  // from the creation options
  // A parameter may be in one group only.
  EXPECT_EQ(ignis_optimizer_add_param_group(o, bs, 1, nullptr), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("already in parameter group 1"), std::string::npos) << last_error();
  ASSERT_EQ(ignis_optimizer_set_option(o, 1, "lr", 0.5), IGNIS_OK);
  EXPECT_DOUBLE_EQ(option(o, 1, "lr"), 0.5);
  EXPECT_EQ(ignis_optimizer_set_option(o, 1, "lr", -0.5), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_DOUBLE_EQ(option(o, 1, "lr"), 0.5);  // unchanged
  EXPECT_EQ(ignis_optimizer_set_option(o, 0, "momentum", 0.5), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("Adam has no option 'momentum'"), std::string::npos);
  EXPECT_EQ(ignis_optimizer_set_option(o, 2, "lr", 0.5), IGNIS_ERROR_INDEX);
  double v = 0;
  EXPECT_EQ(ignis_optimizer_get_option(o, 0, "nope", &v), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(ignis_optimizer_get_option(o, 0, "lr", nullptr), IGNIS_ERROR_INVALID_ARGUMENT);
}

TEST(CApiOptim, StateFilesRoundTrip) {
  TempDir dir;
  for (const char* type : {"SGD", "Adam", "AdamW", "RMSprop", "Adagrad", "Adadelta"}) {
    SCOPED_TRACE(type);
    const char* json = std::string(type) == "SGD" ? R"({"momentum": 0.9})" : nullptr;
    Owned p(leaf({1, 2}, {2})), q(leaf({1, 2}, {2}));
    OwnedOptimizer a(make_opt(type, {p}, json)), b(make_opt(type, {q}, json));
    for (int i = 0; i < 2; ++i) {
      set_grad(p, {0.5f, -1});
      ASSERT_EQ(ignis_optimizer_step(a), IGNIS_OK);
      set_grad(q, {0.5f, -1});
      ASSERT_EQ(ignis_optimizer_step(b), IGNIS_OK);
    }
    std::string path = dir.file(std::string(type) + ".safetensors");
    ASSERT_EQ(ignis_optimizer_save(a, path.c_str()), IGNIS_OK) << last_error();
    // A fresh optimizer over a copy of p, loaded from the file, steps exactly like a.
    Owned r(leaf(values_f32(p), {2}));
    OwnedOptimizer c(make_opt(type, {r}, json));
    ASSERT_EQ(ignis_optimizer_load(c, path.c_str()), IGNIS_OK) << last_error();
    set_grad(p, {0.25f, 1});
    set_grad(r, {0.25f, 1});
    ASSERT_EQ(ignis_optimizer_step(a), IGNIS_OK);
    ASSERT_EQ(ignis_optimizer_step(c), IGNIS_OK);
    EXPECT_EQ(values_f32(p), values_f32(r));
  }
  Owned p(leaf({1, 2}, {2})), big(leaf({1, 2, 3}, {3}));
  OwnedOptimizer sgd(make_opt("SGD", {p}, nullptr)), adam(make_opt("Adam", {big}, nullptr));
  std::string adam_path = dir.file("Adam.safetensors");
  EXPECT_EQ(ignis_optimizer_load(sgd, adam_path.c_str()), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("does not hold a SGD optimizer state"), std::string::npos)
      << last_error();
  EXPECT_NE(ignis_optimizer_load(adam, adam_path.c_str()), IGNIS_OK);  // shape (2) vs (3)
  EXPECT_EQ(ignis_optimizer_load(sgd, dir.file("missing").c_str()), IGNIS_ERROR_IO);
  std::string corrupt = dir.file("corrupt.safetensors");
  write_file(corrupt, "\x08\0\0\0\0\0\0\0{\"a\":}  ");
  EXPECT_EQ(ignis_optimizer_load(sgd, corrupt.c_str()), IGNIS_ERROR_IO);
  EXPECT_NE(last_error().find("corrupt.safetensors"), std::string::npos) << last_error();
}

TEST(CApiOptim, SchedulersSetTheLearningRate) {
  Owned p(leaf({1}, {1}));
  OwnedOptimizer o(make_opt("SGD", {p}, R"({"lr": 1.0})"));
  OwnedScheduler s;
  ASSERT_EQ(ignis_scheduler_create("StepLR", o, R"({"step_size": 2, "gamma": 0.5})", s.out()),
            IGNIS_OK);
  std::vector<double> seen;
  for (int e = 0; e < 5; ++e) {
    seen.push_back(last_lr(s)[0]);
    ASSERT_EQ(ignis_scheduler_step(s), IGNIS_OK);
  }
  EXPECT_EQ(seen, (std::vector<double>{1, 1, 0.5, 0.5, 0.25}));
  EXPECT_DOUBLE_EQ(option(o, 0, "lr"), 0.25);  // epoch 5
  EXPECT_EQ(ignis_scheduler_step_metric(s, 1.0), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("only ReduceLROnPlateau takes a metric"), std::string::npos);

  ignis_scheduler* bad = nullptr;
  EXPECT_EQ(ignis_scheduler_create("StepLR", o, "{}", &bad), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("StepLR: missing required option 'step_size'"), std::string::npos);
  EXPECT_EQ(ignis_scheduler_create("CyclicLR", o, "{}", &bad), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_TRUE(contains_all(last_error(), {"unknown scheduler type 'CyclicLR'", "OneCycleLR"}));
  EXPECT_EQ(ignis_scheduler_create("StepLR", nullptr, R"({"step_size": 1})", &bad),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(ignis_scheduler_create("OneCycleLR", o, R"({"max_lr": 1})", &bad),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("total_steps"), std::string::npos) << last_error();
  EXPECT_EQ(bad, nullptr);

  // Each kind against PyTorch 1.13's values (computed with torch.optim.lr_scheduler, lr 1).
  struct Case {
    const char* type;
    const char* json;
    std::vector<double> lrs;  // get_last_lr after creation and after each of 3 steps
  } cases[] = {
      {"MultiStepLR", R"({"milestones": [1, 3], "gamma": 0.1})", {1, 0.1, 0.1, 0.01}},
      {"ExponentialLR", R"({"gamma": 0.5})", {1, 0.5, 0.25, 0.125}},
      {"CosineAnnealingLR", R"({"T_max": 2})", {1, 0.5, 0, 0.5}},
      {"LinearLR", R"({"start_factor": 0.25, "total_iters": 2})", {0.25, 0.625, 1, 1}},
      {"OneCycleLR",
       R"({"max_lr": 1, "total_steps": 4, "cycle_momentum": false})",
       {0.04, 0.811745653949763, 0.28306099820869923, 4e-06}},
  };
  for (const Case& c : cases) {
    Owned q(leaf({1}, {1}));
    OwnedOptimizer oq(make_opt("SGD", {q}, R"({"lr": 1.0})"));
    OwnedScheduler sq;
    ASSERT_EQ(ignis_scheduler_create(c.type, oq, c.json, sq.out()), IGNIS_OK)
        << c.type << last_error();
    for (size_t k = 0; k < c.lrs.size(); ++k) {
      EXPECT_NEAR(last_lr(sq)[0], c.lrs[k], 1e-4) << c.type << " step " << k;
      ASSERT_EQ(ignis_scheduler_step(sq), IGNIS_OK);
    }
  }
}

TEST(CApiOptim, ReduceLROnPlateauAndSequentialLR) {
  Owned p(leaf({1}, {1}));
  OwnedOptimizer o(make_opt("SGD", {p}, R"({"lr": 1.0})"));
  OwnedScheduler plateau;
  ASSERT_EQ(ignis_scheduler_create("ReduceLROnPlateau", o, R"({"patience": 1, "factor": 0.5})",
                                   plateau.out()),
            IGNIS_OK)
      << last_error();
  for (double metric : {1.0, 1.0, 1.0})
    ASSERT_EQ(ignis_scheduler_step_metric(plateau, metric), IGNIS_OK);
  EXPECT_DOUBLE_EQ(option(o, 0, "lr"), 0.5);  // two epochs without improvement
  EXPECT_EQ(last_lr(plateau), (std::vector<double>{0.5}));
  EXPECT_EQ(ignis_scheduler_step(plateau), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("use ignis_scheduler_step_metric"), std::string::npos);

  Owned q(leaf({1}, {1}));
  OwnedOptimizer oq(make_opt("SGD", {q}, R"({"lr": 1.0})"));
  OwnedScheduler warm, decay, seq;
  ASSERT_EQ(ignis_scheduler_create("LinearLR", oq, R"({"start_factor": 0.5, "total_iters": 2})",
                                   warm.out()),
            IGNIS_OK);
  ASSERT_EQ(ignis_scheduler_create("ExponentialLR", oq, R"({"gamma": 0.5})", decay.out()),
            IGNIS_OK);
  ignis_scheduler* parts[2] = {warm, decay};
  int64_t milestones[1] = {2};
  ASSERT_EQ(ignis_scheduler_create_sequential(oq, parts, 2, milestones, 1, seq.out()), IGNIS_OK)
      << last_error();
  std::vector<double> seen;
  for (int e = 0; e < 5; ++e) {
    seen.push_back(last_lr(seq)[0]);
    ASSERT_EQ(ignis_scheduler_step(seq), IGNIS_OK);
  }
  EXPECT_EQ(seen, (std::vector<double>{0.5, 0.75, 1, 0.5, 0.25}));  // torch 1.13's sequence
  ignis_scheduler* bad = nullptr;
  EXPECT_EQ(ignis_scheduler_create_sequential(oq, parts, 2, milestones, 0, &bad),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("milestones"), std::string::npos);
  ignis_scheduler* with_plateau[1] = {plateau};
  EXPECT_EQ(ignis_scheduler_create_sequential(o, with_plateau, 1, nullptr, 0, &bad),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("ReduceLROnPlateau"), std::string::npos);
  ignis_scheduler* other_opt[1] = {warm};
  EXPECT_EQ(ignis_scheduler_create_sequential(o, other_opt, 1, nullptr, 0, &bad),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("does not belong to the given optimizer"), std::string::npos);
}

namespace {
struct LambdaState {
  int calls = 0;
  int destroyed = 0;
  int64_t fail_at = -1;
};
ignis_status halve_each_epoch(int64_t epoch, size_t group, double* factor, void* ud) {
  auto* st = static_cast<LambdaState*>(ud);
  ++st->calls;
  if (epoch == st->fail_at)
    return ignis_set_last_error(IGNIS_ERROR_INVALID_ARGUMENT, "lambda refuses this epoch");
  *factor = std::pow(0.5, static_cast<double>(epoch)) * static_cast<double>(group + 1);
  return IGNIS_OK;
}
void count_destroy(void* ud) { ++static_cast<LambdaState*>(ud)->destroyed; }
}  // namespace

TEST(CApiOptim, LambdaLRCallsTheCallbackAndDestroysItOnce) {
  Owned a(leaf({1}, {1})), b(leaf({1}, {1}));
  OwnedOptimizer o(make_opt("SGD", {a}, R"({"lr": 1.0})"));
  const ignis_tensor* bs[1] = {b};
  ASSERT_EQ(ignis_optimizer_add_param_group(o, bs, 1, R"({"lr": 2.0})"), IGNIS_OK);
  LambdaState st;
  st.fail_at = 3;
  ignis_lr_lambda cb{sizeof(ignis_lr_lambda), halve_each_epoch, &st, count_destroy};
  ignis_scheduler* s = nullptr;
  ASSERT_EQ(ignis_scheduler_create_lambda(o, &cb, &s), IGNIS_OK) << last_error();
  EXPECT_EQ(last_lr(s), (std::vector<double>{1, 4}));  // group 1: lr 2 * factor (group + 1)
  ASSERT_EQ(ignis_scheduler_step(s), IGNIS_OK);
  ASSERT_EQ(ignis_scheduler_step(s), IGNIS_OK);
  EXPECT_EQ(last_lr(s), (std::vector<double>{0.25, 1}));
  EXPECT_EQ(ignis_scheduler_step(s), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(last_error(), "lambda refuses this epoch");
  EXPECT_EQ(st.destroyed, 0);
  ignis_scheduler_release(s);
  EXPECT_EQ(st.destroyed, 1);
  // destroy runs when creation fails too.
  LambdaState st2;
  st2.fail_at = 0;
  ignis_lr_lambda cb2{sizeof(ignis_lr_lambda), halve_each_epoch, &st2, count_destroy};
  EXPECT_EQ(ignis_scheduler_create_lambda(o, &cb2, &s), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(s, nullptr);
  EXPECT_EQ(st2.destroyed, 1);
  ignis_lr_lambda no_fn{sizeof(ignis_lr_lambda), nullptr, &st2, count_destroy};
  EXPECT_EQ(ignis_scheduler_create_lambda(o, &no_fn, &s), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(st2.destroyed, 2);
  EXPECT_EQ(ignis_scheduler_create_lambda(o, &cb2, nullptr), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(st2.destroyed, 3);
  EXPECT_EQ(ignis_scheduler_create_lambda(o, nullptr, &s), IGNIS_ERROR_INVALID_ARGUMENT);
  ignis_lr_lambda small{4, halve_each_epoch, &st2, count_destroy};
  EXPECT_EQ(ignis_scheduler_create_lambda(o, &small, &s), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("struct_size"), std::string::npos);
}

TEST(CApiOptim, ClipGradNormAndValue) {
  Owned a(leaf({1, 1}, {2})), b(leaf({1}, {1}));
  set_grad(a, {3, 0});
  set_grad(b, {4});
  const ignis_tensor* ps[2] = {a, b};
  double total = 0;
  ASSERT_EQ(ignis_clip_grad_norm(ps, 2, 1.0, 2.0, 0, &total), IGNIS_OK) << last_error();
  EXPECT_NEAR(total, 5.0, 1e-6);
  Owned g;
  ASSERT_EQ(ignis_tensor_grad(b, g.out()), IGNIS_OK);
  EXPECT_NEAR(values_f32(g)[0], 0.8f, 1e-5);
  ASSERT_EQ(ignis_clip_grad_norm(ps, 2, 10.0, INFINITY, 0, &total), IGNIS_OK);
  EXPECT_NEAR(total, 0.8, 1e-5);
  ASSERT_EQ(ignis_clip_grad_value(ps, 2, 0.5), IGNIS_OK);
  ASSERT_EQ(ignis_tensor_grad(b, g.out()), IGNIS_OK);
  EXPECT_EQ(values_f32(g), (std::vector<float>{0.5f}));
  set_grad(b, {NAN});
  EXPECT_NE(ignis_clip_grad_norm(ps, 2, 1.0, 2.0, 1, &total), IGNIS_OK);
  EXPECT_NE(last_error().find("cannot be clipped"), std::string::npos) << last_error();
  const ignis_tensor* with_null[2] = {a, nullptr};
  EXPECT_EQ(ignis_clip_grad_value(with_null, 2, 0.5), IGNIS_ERROR_INVALID_ARGUMENT);
}

TEST(CApiOptim, ModelTrainedThroughTheCApiLosesLoss) {
  ASSERT_EQ(ignis_manual_seed(0), IGNIS_OK);
  OwnedModule model(make_module("Sequential", nullptr));
  for (auto [type, json] :
       {std::pair{"Linear", R"({"in_features": 2, "out_features": 16})"}, std::pair{"Tanh", "{}"},
        std::pair{"Linear", R"({"in_features": 16, "out_features": 1})"}}) {
    OwnedModule layer(make_module(type, json));
    ASSERT_EQ(ignis_module_append(model, layer), IGNIS_OK);
  }
  OwnedModule loss_fn(make_module("MSELoss", nullptr));
  size_t n = 0;
  ASSERT_EQ(ignis_module_parameter_count(model, 1, &n), IGNIS_OK);
  std::vector<ignis_tensor*> params(n);
  for (size_t i = 0; i < n; ++i)
    ASSERT_EQ(ignis_module_parameter(model, 1, i, nullptr, &params[i]), IGNIS_OK);
  OwnedOptimizer opt(make_opt("Adam", params, R"({"lr": 0.05})"));
  for (ignis_tensor* p : params) ignis_tensor_release(p);  // the optimizer shares them
  OwnedScheduler sched;
  ASSERT_EQ(
      ignis_scheduler_create("StepLR", opt, R"({"step_size": 50, "gamma": 0.5})", sched.out()),
      IGNIS_OK);
  Owned x, y;
  regression_data(x, y);
  double first = 0, last = 0;
  for (int step = 0; step < 100; ++step) {
    Owned pred, loss;
    ASSERT_EQ(ignis_module_forward(model, x, pred.out()), IGNIS_OK);
    const ignis_tensor* ins[2] = {pred, y};
    ignis_tensor** outs = nullptr;
    size_t n_out = 0;
    ASSERT_EQ(ignis_module_forward_n(loss_fn, ins, 2, &outs, &n_out), IGNIS_OK);
    loss.t = take_array(outs, n_out)[0];
    ASSERT_EQ(ignis_optimizer_zero_grad(opt, 1), IGNIS_OK);
    ASSERT_EQ(ignis_tensor_backward(loss, nullptr, 0, 0), IGNIS_OK) << last_error();
    ASSERT_EQ(ignis_optimizer_step(opt), IGNIS_OK);
    ASSERT_EQ(ignis_scheduler_step(sched), IGNIS_OK);
    (step == 0 ? first : last) = item(loss);
  }
  EXPECT_LT(last, first * 0.05) << "first " << first << " last " << last;
}

TEST(CApiOptim, BindingStyleParametersTrain) {
  // A binding builds its own model from plain tensors and ops, and registers them directly.
  Owned w(leaf({0, 0}, {2, 1})), b(leaf({0}, {1}));
  OwnedOptimizer opt(make_opt("SGD", {w, b}, R"({"lr": 0.1, "momentum": 0.9})"));
  Owned x, y;
  regression_data(x, y);
  double first = 0, last = 0;
  auto mse = [&](Owned& loss) {
    Owned xw, pred;
    ASSERT_EQ(ignis_matmul(x, w, xw.out()), IGNIS_OK);
    ASSERT_EQ(ignis_add_tensor(xw, b, ignis_scalar_int(1), pred.out()), IGNIS_OK);
    ASSERT_EQ(ignis_mse_loss(pred, y, "mean", loss.out()), IGNIS_OK);
  };
  for (int step = 0; step < 150; ++step) {
    Owned loss;
    mse(loss);
    ASSERT_EQ(ignis_optimizer_zero_grad(opt, 1), IGNIS_OK);
    ASSERT_EQ(ignis_tensor_backward(loss, nullptr, 0, 0), IGNIS_OK);
    ASSERT_EQ(ignis_optimizer_step(opt), IGNIS_OK);
    (step == 0 ? first : last) = item(loss);
  }
  EXPECT_LT(last, 1e-3) << "first " << first;
  Owned final_loss;
  mse(final_loss);
  std::vector<float> wv = values_f32(w), bv = values_f32(b);
  EXPECT_NEAR(wv[0], 3, 1e-2);
  EXPECT_NEAR(wv[1], -2, 1e-2);
  EXPECT_NEAR(bv[0], 1, 1e-2);
  // The same tensors put into a Linear through set_parameter run the module's forward.
  OwnedModule lin(make_module("Linear", R"({"in_features": 2, "out_features": 1})"));
  Owned wt;
  ASSERT_EQ(ignis_tensor_transpose(w, 0, 1, wt.out()), IGNIS_OK);
  Owned wt_leaf;
  ASSERT_EQ(ignis_tensor_detach(wt, wt_leaf.out()), IGNIS_OK);
  ASSERT_EQ(ignis_module_set_parameter(lin, "weight", wt_leaf, 1), IGNIS_OK) << last_error();
  ASSERT_EQ(ignis_module_set_parameter(lin, "bias", b, 1), IGNIS_OK);
  Owned pred, loss;
  ASSERT_EQ(ignis_module_forward(lin, x, pred.out()), IGNIS_OK);
  ASSERT_EQ(ignis_mse_loss(pred, y, "mean", loss.out()), IGNIS_OK);
  EXPECT_NEAR(item(loss), item(final_loss), 1e-6);
}
