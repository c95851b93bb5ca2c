// Optimizer state dicts (save, load into a new optimizer, continue) and the errors of
// optimizers: bad hyper-parameters, bad parameters, mismatched state dicts.
#include <memory>

#include <gtest/gtest.h>

#include "ops/ops.gen.h"
#include "optim/adadelta.h"
#include "optim/adagrad.h"
#include "optim/adam.h"
#include "optim/rmsprop.h"
#include "optim/sgd.h"
#include "test_util.h"

namespace ignis::optim {
namespace {

using test::expect_error;
using P = std::vector<Tensor>;
using OptPtr = std::unique_ptr<Optimizer>;

Tensor leaf(std::vector<double> v) {
  int64_t n = static_cast<int64_t>(v.size());
  Tensor t = from_data(v.data(), {n}, DType::F64);
  t.requires_grad_();
  return t;
}

// Gradient of sum(x^4 / 4 - x): x^3 - 1.
void set_grad(Tensor p) {
  std::vector<double> x = test::values(p), g;
  for (double v : x) g.push_back(v * v * v - 1.0);
  int64_t n = static_cast<int64_t>(g.size());
  p.set_grad(from_data(g.data(), {n}, DType::F64));
}

using Factory = OptPtr (*)(std::vector<ParamGroup>);
const std::vector<std::pair<const char*, Factory>> kFactories = {
    {"SGD",
     [](std::vector<ParamGroup> g) -> OptPtr {
       return std::make_unique<SGD>(std::move(g), SGDOptions{.lr = 0.05, .momentum = 0.9});
     }},
    {"Adam",
     [](std::vector<ParamGroup> g) -> OptPtr {
       return std::make_unique<Adam>(std::move(g), AdamOptions{.lr = 0.05, .amsgrad = true});
     }},
    {"AdamW",
     [](std::vector<ParamGroup> g) -> OptPtr { return std::make_unique<AdamW>(std::move(g)); }},
    {"RMSprop",
     [](std::vector<ParamGroup> g) -> OptPtr {
       return std::make_unique<RMSprop>(std::move(g),
                                        RMSpropOptions{.momentum = 0.5, .centered = true});
     }},
    {"Adagrad",
     [](std::vector<ParamGroup> g) -> OptPtr {
       return std::make_unique<Adagrad>(std::move(g), AdagradOptions{.lr_decay = 0.01});
     }},
    {"Adadelta",
     [](std::vector<ParamGroup> g) -> OptPtr { return std::make_unique<Adadelta>(std::move(g)); }},
};

TEST(OptimizerState, RoundTripContinuesLikeUninterrupted) {
  for (const auto& [name, factory] : kFactories) {
    // Uninterrupted: 6 steps.
    Tensor a = leaf({0.5, -1.0, 2.0}), b = leaf({1.5, 0.2});
    OptPtr ref = factory({{{a}, {}}, {{b}, {{"lr", 0.01}}}});
    for (int s = 0; s < 6; ++s) {
      set_grad(a);
      set_grad(b);
      ref->step();
    }
    // Interrupted after 3 steps: state dict into a fresh optimizer over copies.
    Tensor a1 = leaf({0.5, -1.0, 2.0}), b1 = leaf({1.5, 0.2});
    OptPtr first = factory({{{a1}, {}}, {{b1}, {{"lr", 0.01}}}});
    for (int s = 0; s < 3; ++s) {
      set_grad(a1);
      set_grad(b1);
      first->step();
    }
    StateDict sd = first->state_dict();
    EXPECT_EQ(sd.scalars.at("param_groups.1.lr"), 0.01) << name;
    EXPECT_EQ(sd.scalars.at("param_groups.0.params"), 1.0) << name;
    EXPECT_EQ(sd.scalars.at("state.1.step"), 3.0) << name;
    Tensor a2 = a1.detach().clone().requires_grad_(), b2 = b1.detach().clone().requires_grad_();
    OptPtr second = factory({{{a2}, {}}, {{b2}, {}}});
    second->load_state_dict(sd);
    EXPECT_EQ(second->param_groups()[1].options.at("lr"), 0.01) << name;
    for (int s = 0; s < 3; ++s) {
      set_grad(a2);
      set_grad(b2);
      second->step();
    }
    std::vector<double> want = test::values(a), got = test::values(a2);
    for (size_t i = 0; i < want.size(); ++i) EXPECT_DOUBLE_EQ(got[i], want[i]) << name;
    want = test::values(b), got = test::values(b2);
    for (size_t i = 0; i < want.size(); ++i) EXPECT_DOUBLE_EQ(got[i], want[i]) << name;
  }
}

TEST(OptimizerState, StateDictHoldsCopies) {
  Tensor a = leaf({1.0, 2.0});
  Adam opt(P{a});
  set_grad(a);
  opt.step();
  StateDict sd = opt.state_dict();
  ASSERT_EQ(sd.tensors.count("state.0.exp_avg"), 1u);
  ASSERT_EQ(sd.tensors.count("state.0.exp_avg_sq"), 1u);
  std::vector<double> before = test::values(sd.tensors.at("state.0.exp_avg"));
  set_grad(a);
  opt.step();
  EXPECT_EQ(test::values(sd.tensors.at("state.0.exp_avg")), before);
}

TEST(OptimizerState, MismatchedStateDictsAreRejectedWithoutChange) {
  Tensor a = leaf({1.0, 2.0}), b = leaf({3.0});
  Adam src({{{a}, {}}, {{b}, {}}});
  set_grad(a);
  set_grad(b);
  src.step();
  StateDict sd = src.state_dict();

  Tensor c = leaf({1.0, 2.0});
  Adam one_group(P{c}, AdamOptions{.lr = 0.5});
  expect_error<InvalidArgumentError>([&] { one_group.load_state_dict(sd); },
                                     {"Adam", "load_state_dict", "parameter group 1", "1 groups"});
  EXPECT_EQ(one_group.param_groups()[0].options.at("lr"), 0.5);

  Tensor d = leaf({1.0, 2.0}), e = leaf({3.0}), f = leaf({4.0});
  Adam other_counts({{{d}, {}}, {{e, f}, {}}});
  expect_error<InvalidArgumentError>([&] { other_counts.load_state_dict(sd); },
                                     {"parameter group 1", "2 parameters", "has 1"});

  Tensor g = leaf({1.0, 2.0, 3.0}), h = leaf({3.0});
  Adam other_shape({{{g}, {}}, {{h}, {}}});
  expect_error<ShapeError>([&] { other_shape.load_state_dict(sd); },
                           {"load_state_dict", "state.0.exp_avg", "[3]", "[2]"});
  EXPECT_TRUE(other_shape.state(h).buffers.empty());

  StateDict missing = sd;
  missing.scalars.erase("param_groups.0.beta2");
  Tensor i = leaf({1.0, 2.0}), j = leaf({3.0});
  Adam lacks({{{i}, {}}, {{j}, {}}});
  expect_error<InvalidArgumentError>([&] { lacks.load_state_dict(missing); },
                                     {"lacks param_groups.0.beta2"});
}

TEST(OptimizerErrors, HyperParameters) {
  Tensor a = leaf({1.0});
  expect_error<InvalidArgumentError>([&] { SGD(P{a}, SGDOptions{.lr = -0.1}); },
                                     {"SGD", "lr >= 0", "-0.1"});
  expect_error<InvalidArgumentError>([&] { SGD(P{a}, SGDOptions{.lr = 0.1, .nesterov = true}); },
                                     {"SGD", "nesterov", "momentum > 0"});
  expect_error<InvalidArgumentError>([&] { Adam(P{a}, AdamOptions{.beta1 = 1.0}); },
                                     {"Adam", "beta1", "[0, 1)", "1"});
  expect_error<InvalidArgumentError>([&] { AdamW(P{a}, AdamWOptions{.beta2 = -0.5}); },
                                     {"AdamW", "beta2", "[0, 1)", "-0.5"});
  expect_error<InvalidArgumentError>([&] { Adam(P{a}, AdamOptions{.lr = -1}); }, {"Adam", "lr"});
  expect_error<InvalidArgumentError>([&] { RMSprop(P{a}, RMSpropOptions{.alpha = -1}); },
                                     {"RMSprop", "alpha"});
  expect_error<InvalidArgumentError>([&] { Adagrad(P{a}, AdagradOptions{.lr_decay = -1}); },
                                     {"Adagrad", "lr_decay"});
  expect_error<InvalidArgumentError>([&] { Adadelta(P{a}, AdadeltaOptions{.rho = 1.5}); },
                                     {"Adadelta", "rho", "[0, 1]"});
  SGD opt(P{a});
  Tensor b = leaf({2.0});
  expect_error<InvalidArgumentError>(
      [&] {
        opt.add_param_group({{b}, {{"lr", -1.0}}});
      },
      {"SGD", "lr"});
  expect_error<InvalidArgumentError>(
      [&] {
        opt.add_param_group({{b}, {{"betas", 0.9}}});
      },
      {"SGD", "unknown option", "betas", "group 1"});
  EXPECT_EQ(opt.param_groups().size(), 1u);
}

TEST(OptimizerErrors, Parameters) {
  Tensor a = leaf({1.0}), plain = zeros({2}, {.dtype = DType::F64});
  expect_error<InvalidArgumentError>(
      [&] {
        Adam(P{a, plain});
      },
      {"Adam", "parameter 1 of group 0", "does not require grad"});
  Tensor derived = mul(a, 2.0);
  expect_error<InvalidArgumentError>([&] { SGD(P{derived}); }, {"SGD", "parameter 0", "leaf"});
  Tensor b = leaf({2.0});
  expect_error<InvalidArgumentError>(
      [&] {
        Adam({{{a}, {}}, {{b, a}, {}}});
      },
      {"Adam", "parameter 1 of group 1", "already in parameter group 0"});
  expect_error<InvalidArgumentError>([&] { SGD(P{a, a}); }, {"SGD", "appears twice"});
}

}  // namespace
}  // namespace ignis::optim
