// LR schedulers against torch 1.13: the lr (and momentum or beta1 for OneCycleLR) after each
// epoch, generated with torch.optim.lr_scheduler and pasted here; state dicts; errors.
#include "optim/lr_scheduler.h"

#include <memory>

#include <gtest/gtest.h>

#include "ops/ops.gen.h"
#include "optim/adam.h"
#include "optim/sgd.h"
#include "test_util.h"

namespace ignis::optim {
namespace {

using SchedPtr = std::shared_ptr<LRScheduler>;
using test::expect_error;

struct Case {
  const char* name;
  bool adam;  // else SGD(lr=0.1, momentum=0.9); Adam(lr=0.1)
  SchedPtr (*make)(Optimizer& o);
  std::vector<double> lrs;       // get_last_lr() at construction and after each step
  std::vector<double> momentum;  // the group's momentum / beta1 alongside (OneCycleLR)
};

// clang-format off
const std::vector<Case> kCases = {
    {"step", false, [](Optimizer& o) -> SchedPtr { return std::make_shared<StepLR>(o, 3, 0.5); },
     {0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.025, 0.025, 0.025, 0.0125, 0.0125},
     {}},
    {"multistep", false, [](Optimizer& o) -> SchedPtr { return std::make_shared<MultiStepLR>(o, std::vector<int64_t>{2, 5, 5, 7}, 0.3); },
     {0.1, 0.1, 0.03, 0.03, 0.03, 0.0026999999999999997, 0.0026999999999999997, 0.0008099999999999998, 0.0008099999999999998, 0.0008099999999999998, 0.0008099999999999998},
     {}},
    {"exponential", false, [](Optimizer& o) -> SchedPtr { return std::make_shared<ExponentialLR>(o, 0.9); },
     {0.1, 0.09000000000000001, 0.08100000000000002, 0.07290000000000002, 0.06561000000000002, 0.05904900000000002, 0.05314410000000002, 0.04782969000000002, 0.043046721000000024},
     {}},
    {"cosine", false, [](Optimizer& o) -> SchedPtr { return std::make_shared<CosineAnnealingLR>(o, 5, 0.01); },
     {0.1, 0.09140576474687263, 0.06890576474687263, 0.04109423525312736, 0.018594235253127367, 0.01, 0.018594235253127367, 0.04109423525312739, 0.06890576474687267, 0.09140576474687269, 0.10000000000000006, 0.09140576474687272, 0.06890576474687268, 0.0410942352531274, 0.01859423525312738},
     {}},
    {"linear", false, [](Optimizer& o) -> SchedPtr { return std::make_shared<LinearLR>(o); },
     {0.03333333333333333, 0.04666666666666667, 0.060000000000000005, 0.07333333333333335, 0.08666666666666668, 0.1, 0.1, 0.1, 0.1},
     {}},
    {"linear_decay", false, [](Optimizer& o) -> SchedPtr { return std::make_shared<LinearLR>(o, 1.0, 0.2, 4); },
     {0.1, 0.08000000000000002, 0.06000000000000001, 0.04000000000000001, 0.02, 0.02, 0.02, 0.02},
     {}},
    {"lambda", false, [](Optimizer& o) -> SchedPtr { return std::make_shared<LambdaLR>(o, [](int64_t e) { return 1.0 / (1.0 + e); }); },
     {0.1, 0.05, 0.03333333333333333, 0.025, 0.020000000000000004, 0.016666666666666666, 0.014285714285714285},
     {}},
    {"onecycle_cos", false, [](Optimizer& o) -> SchedPtr { return std::make_shared<OneCycleLR>(o, OneCycleOptions{.max_lr = 1.0, .total_steps = 10}); },
     {0.040000000000000036, 0.52, 1.0, 0.9504846320134737, 0.8117456539497631, 0.6112620219362893, 0.38874197806371075, 0.18825834605023697, 0.049519367986526286, 4e-06},
     {0.95, 0.8999999999999999, 0.85, 0.854951556604879, 0.8688255099070633, 0.8888739533021842, 0.9111260466978157, 0.9311744900929366, 0.945048443395121, 0.95}},
    {"onecycle_linear_3phase", false, [](Optimizer& o) -> SchedPtr { return std::make_shared<OneCycleLR>(o, OneCycleOptions{.max_lr = 0.5, .epochs = 3, .steps_per_epoch = 4, .pct_start = 0.25, .anneal_strategy = "linear", .three_phase = true}); },
     {0.02, 0.26, 0.5, 0.26, 0.020000000000000018, 0.017143142857142857, 0.014286285714285715, 0.011429428571428571, 0.00857257142857143, 0.005715714285714284, 0.002858857142857142, 1.9999999999985307e-06},
     {0.95, 0.8999999999999999, 0.85, 0.8999999999999999, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95}},
    {"onecycle_adam", true, [](Optimizer& o) -> SchedPtr { return std::make_shared<OneCycleLR>(o, OneCycleOptions{.max_lr = 0.2, .total_steps = 8, .div_factor = 10.0}); },
     {0.01999999999999999, 0.16611408216728601, 0.19438838914750645, 0.16234935669607148, 0.11119733564585467, 0.056613059971983314, 0.015329426801370817, 2e-06},
     {0.95, 0.8688255099070633, 0.8528058334845816, 0.8688255099070633, 0.8944017761948346, 0.9216941869558779, 0.9423362099614142, 0.95}},
    {"sequential_warmup_exp", false, [](Optimizer& o) -> SchedPtr { return std::make_shared<SequentialLR>(o, std::vector<std::shared_ptr<LRScheduler>>{std::make_shared<LinearLR>(o, 0.1, 1.0, 3), std::make_shared<ExponentialLR>(o, 0.9)}, std::vector<int64_t>{3}); },
     {0.010000000000000002, 0.04, 0.07, 0.1, 0.09000000000000001, 0.08100000000000002, 0.07290000000000002, 0.06561000000000002, 0.05904900000000002},
     {}},
    {"sequential_step_cosine", false, [](Optimizer& o) -> SchedPtr { return std::make_shared<SequentialLR>(o, std::vector<std::shared_ptr<LRScheduler>>{std::make_shared<StepLR>(o, 2, 0.5), std::make_shared<CosineAnnealingLR>(o, 4)}, std::vector<int64_t>{4}); },
     {0.1, 0.1, 0.05, 0.05, 0.1, 0.08535533905932738, 0.05, 0.014644660940672627, 0.0, 0.014644660940672622, 0.05000000000000001},
     {}},
};

struct PlateauCase {
  const char* name;
  PlateauOptions options;
  std::vector<double> lrs;  // after each metric
};
const std::vector<PlateauCase> kPlateau = {
    {"min_rel", PlateauOptions{.factor = 0.5, .patience = 2},
     {0.1, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.05, 0.025, 0.025, 0.025, 0.0125, 0.0125}},
    {"max_abs_cooldown", PlateauOptions{.mode = "max", .factor = 0.5, .patience = 1, .threshold = 0.05, .threshold_mode = "abs", .cooldown = 2, .min_lr = 0.02},
     {0.1, 0.1, 0.05, 0.05, 0.05, 0.05, 0.025, 0.025, 0.025, 0.025, 0.02, 0.02, 0.02}},
};
const std::vector<double> kMetrics = {1.0, 0.9, 0.95, 0.96, 0.97, 0.89, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.5};
// clang-format on

std::unique_ptr<Optimizer> make_opt(bool adam, Tensor& w) {
  w = zeros({2}, {.dtype = DType::F64, .requires_grad = true});
  if (adam) return std::make_unique<Adam>(std::vector<Tensor>{w}, AdamOptions{.lr = 0.1});
  return std::make_unique<SGD>(std::vector<Tensor>{w}, SGDOptions{.lr = 0.1, .momentum = 0.9});
}

TEST(LRScheduler, MatchesTorch) {
  for (const Case& c : kCases) {
    Tensor w;
    auto opt = make_opt(c.adam, w);
    SchedPtr s = c.make(*opt);
    const char* mkey = c.adam ? "beta1" : "momentum";
    for (size_t k = 0; k < c.lrs.size(); ++k) {
      if (k > 0) {
        w.set_grad(ones({2}, {.dtype = DType::F64}));
        opt->step();
        s->step();
      }
      ASSERT_EQ(s->get_last_lr().size(), 1u);
      EXPECT_NEAR(s->get_last_lr()[0], c.lrs[k], 1e-12) << c.name << " epoch " << k;
      EXPECT_NEAR(opt->param_groups()[0].options.at("lr"), c.lrs[k], 1e-12) << c.name;
      if (!c.momentum.empty())
        EXPECT_NEAR(opt->param_groups()[0].options.at(mkey), c.momentum[k], 1e-12)
            << c.name << " momentum, epoch " << k;
    }
  }
}

TEST(LRScheduler, ReduceLROnPlateauMatchesTorch) {
  for (const PlateauCase& c : kPlateau) {
    Tensor w;
    auto opt = make_opt(false, w);
    ReduceLROnPlateau s(*opt, c.options);
    for (size_t k = 0; k < kMetrics.size(); ++k) {
      s.step(kMetrics[k]);
      EXPECT_NEAR(s.get_last_lr()[0], c.lrs[k], 1e-12) << c.name << " epoch " << k;
    }
  }
}

TEST(LRScheduler, PerGroupLambdas) {
  Tensor a = zeros({1}, {.requires_grad = true}), b = zeros({1}, {.requires_grad = true});
  SGD opt({{{a}, {{"lr", 1.0}}}, {{b}, {{"lr", 0.5}}}});
  LambdaLR s(opt, std::vector<LambdaLR::Lambda>{[](int64_t e) { return 0.5 * e; },
                                                [](int64_t e) { return 1.0 + e; }});
  s.step();
  s.step();
  EXPECT_EQ(s.get_last_lr(), (std::vector<double>{1.0, 1.5}));
}

TEST(LRScheduler, StateDictRoundTrip) {
  Tensor w;
  auto opt = make_opt(false, w);
  CosineAnnealingLR s(*opt, 5, 0.01);
  for (int k = 0; k < 3; ++k) s.step();
  SchedulerState sd = s.state_dict();
  EXPECT_EQ(sd.at("last_epoch"), 3.0);
  // A fresh optimizer restored from the first one's state, and a fresh scheduler from sd.
  Tensor w2;
  auto opt2 = make_opt(false, w2);
  opt2->load_state_dict(opt->state_dict());
  CosineAnnealingLR s2(*opt2, 5, 0.01);
  s2.load_state_dict(sd);
  for (int k = 0; k < 4; ++k) {
    s.step();
    s2.step();
    EXPECT_DOUBLE_EQ(s2.get_last_lr()[0], s.get_last_lr()[0]);
  }
}

TEST(LRScheduler, Errors) {
  Tensor w;
  auto opt = make_opt(false, w);
  expect_error<InvalidArgumentError>([&] { StepLR(*opt, 0); }, {"StepLR", "step_size > 0", "0"});
  expect_error<InvalidArgumentError>([&] { LinearLR(*opt, 0.0); }, {"LinearLR", "start_factor"});
  expect_error<InvalidArgumentError>([&] { OneCycleLR(*opt, OneCycleOptions{.max_lr = 1.0}); },
                                     {"OneCycleLR", "total_steps"});
  expect_error<InvalidArgumentError>(
      [&] {
        OneCycleLR(*opt,
                   OneCycleOptions{.max_lr = 1.0, .total_steps = 5, .anneal_strategy = "exp"});
      },
      {"OneCycleLR", "anneal_strategy", "exp"});
  expect_error<InvalidArgumentError>([&] { ReduceLROnPlateau(*opt, PlateauOptions{.mode = "up"}); },
                                     {"ReduceLROnPlateau", "mode", "up"});
  expect_error<InvalidArgumentError>(
      [&] { ReduceLROnPlateau(*opt, PlateauOptions{.factor = 1.0}); },
      {"ReduceLROnPlateau", "factor < 1"});
  OneCycleLR one(*opt, OneCycleOptions{.max_lr = 1.0, .total_steps = 2});
  one.step();
  one.step();
  expect_error<InvalidArgumentError>([&] { one.step(); }, {"OneCycleLR", "total_steps is 2"});
  auto step = std::make_shared<StepLR>(*opt, 2);
  expect_error<InvalidArgumentError>(
      [&] {
        SequentialLR(*opt, {step, step}, {});
      },
      {"SequentialLR", "1 milestones", "got 0"});
}

}  // namespace
}  // namespace ignis::optim
