// nn::Module: registration, state dicts with PyTorch's keys, all-or-nothing loading,
// train/eval, dtype moves that keep handles valid, and a small CNN trained for a few steps.
#include <cmath>

#include <gtest/gtest.h>

#include "autograd/engine.h"
#include "nn/nn.h"
#include "test_util.h"

using namespace ignis;
using namespace ignis::nn;
using ignis::test::expect_error;
using ignis::test::values;

namespace {
// The Fashion-MNIST CNN of the main job.
std::shared_ptr<Sequential> small_cnn() {
  return std::make_shared<Sequential>(std::initializer_list<ModulePtr>{
      std::make_shared<Conv2d>(1, 8, std::vector<int64_t>{3}, ConvOptions{.padding = {1}}),
      std::make_shared<BatchNorm2d>(8), std::make_shared<ReLU>(),
      std::make_shared<MaxPool2d>(std::vector<int64_t>{2}), std::make_shared<Flatten>(),
      std::make_shared<Linear>(8 * 14 * 14, 10)});
}
}  // namespace

TEST(Module, StateDictKeysFollowPyTorch) {
  auto m = small_cnn();
  std::vector<std::string> keys;
  for (auto& [k, v] : m->state_dict()) keys.push_back(k);
  std::vector<std::string> want{
      "0.bias",   "0.weight", "1.bias",  "1.num_batches_tracked", "1.running_mean", "1.running_var",
      "1.weight", "5.bias",   "5.weight"};
  EXPECT_EQ(keys, want);
  EXPECT_EQ(m->parameters().size(), 6u);
  EXPECT_EQ(m->named_buffers().size(), 3u);
}

TEST(Module, LoadStateDictIsAllOrNothing) {
  auto a = small_cnn(), b = small_cnn();
  StateDict d = a->state_dict();
  b->load_state_dict(d);
  EXPECT_EQ(values(b->state_dict()["5.weight"]), values(d["5.weight"]));
  StateDict bad = a->state_dict();
  bad["5.weight"] = zeros({3, 3});
  std::vector<double> before = values(b->state_dict()["0.weight"]);
  expect_error<ShapeError>([&] { b->load_state_dict(bad); }, {"size mismatch", "5.weight"});
  EXPECT_EQ(values(b->state_dict()["0.weight"]), before);  // nothing was loaded
  StateDict partial = a->state_dict();
  partial.erase("0.bias");
  partial["extra"] = zeros({1});
  expect_error<InvalidArgumentError>([&] { b->load_state_dict(partial); },
                                     {"missing", "0.bias", "unexpected", "extra"});
  LoadReport r = b->load_state_dict(partial, /*strict=*/false);
  EXPECT_EQ(r.missing_keys, std::vector<std::string>{"0.bias"});
  EXPECT_EQ(r.unexpected_keys, std::vector<std::string>{"extra"});
}

TEST(Module, ToDtypeKeepsHandlesAndTrainEvalPropagates) {
  auto m = small_cnn();
  Tensor w = m->parameters()[0];
  m->to(DType::F64);
  EXPECT_EQ(w.dtype(), DType::F64);  // the same handle sees the converted data
  EXPECT_TRUE(w.requires_grad());
  m->eval();
  for (auto& [n, c] : m->named_modules()) EXPECT_FALSE(c->is_training()) << n;
  m->train();
  EXPECT_TRUE((*m)[1]->is_training());
}

TEST(Module, ForwardBackwardAndZeroGrad) {
  manual_seed(0);
  auto m = small_cnn();
  CrossEntropyLoss loss_fn;
  Tensor x = randn({4, 1, 28, 28});
  Tensor y = tensor<int64_t>({1, 2, 3, 4});
  Tensor loss = loss_fn(m->forward(x), y);
  loss.backward();
  for (auto& [n, p] : m->named_parameters()) EXPECT_TRUE(p.grad().defined()) << n;
  m->zero_grad();
  for (auto& [n, p] : m->named_parameters()) EXPECT_FALSE(p.grad().defined()) << n;
  // batch statistics were tracked in training mode
  EXPECT_EQ(m->state_dict()["1.num_batches_tracked"].item<int64_t>(), 1);
}

TEST(Module, TrainingReducesTheLoss) {
  manual_seed(1);
  auto m = std::make_shared<Sequential>(std::initializer_list<ModulePtr>{
      std::make_shared<Linear>(4, 16), std::make_shared<Tanh>(), std::make_shared<Linear>(16, 1)});
  Tensor x = randn({64, 4});
  Tensor y = sum(mul(x, tensor<float>({1, -2, 3, 0.5f})), {1}, true);
  MSELoss mse;
  double first = 0, last = 0;
  for (int step = 0; step < 200; ++step) {
    Tensor loss = mse(m->forward(x), y);
    if (step == 0) first = loss.item<double>();
    last = loss.item<double>();
    m->zero_grad();
    loss.backward();
    NoGradGuard ng;
    for (Tensor& p : m->parameters()) p.sub_(mul(p.grad(), 0.05));
  }
  EXPECT_LT(last, first * 0.05) << "first " << first << ", last " << last;
}

TEST(Module, ReprAndErrors) {
  auto lin = std::make_shared<Linear>(3, 2);
  EXPECT_EQ(lin->repr(), "Linear(in_features=3, out_features=2, bias=True)");
  Sequential s{lin, std::make_shared<ReLU>()};
  EXPECT_EQ(s.repr(), "Sequential(\n  (0): Linear(in_features=3, out_features=2, bias=True)\n"
                      "  (1): ReLU()\n)");
  expect_error<InvalidArgumentError>([&] { lin->param("nope"); }, {"Linear", "nope"});
  expect_error<InvalidArgumentError>([&] { Conv2d(3, 4, {3}, ConvOptions{.groups = 2}); },
                                     {"divisible by groups"});
  expect_error<InvalidArgumentError>([&] { Dropout(1.5); }, {"between 0 and 1"});
}

TEST(Init, KaimingAndXavierBoundsAndOrthogonal) {
  Tensor w = empty({64, 32});
  init::kaiming_uniform_(w, 0.0, "fan_in", "relu");
  double bound = std::sqrt(2.0) * std::sqrt(3.0 / 32.0);
  for (double v : values(w)) EXPECT_LE(std::fabs(v), bound + 1e-6);
  Tensor q = empty({6, 4}, {.dtype = DType::F64});
  init::orthogonal_(q);
  Tensor qtq = matmul(q.t(), q);
  std::vector<double> eye_v = values(eye(4, std::nullopt, {.dtype = DType::F64}));
  std::vector<double> got = values(qtq);
  for (size_t i = 0; i < got.size(); ++i) EXPECT_NEAR(got[i], eye_v[i], 1e-12);
  expect_error<ShapeError>(
      [&] {
        Tensor v = empty({3});
        init::xavier_uniform_(v);
      },
      {"fewer than 2 dimensions"});
}
