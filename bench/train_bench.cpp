// Training steps side by side with torch: an MLP (784-512-512-10, batch 256) forward +
// backward + SGD step, a small CNN step (conv32-conv64-fc, batch 64), and the step of the
// Fashion-MNIST example (conv32-bn-conv64-bn-dropout-fc, batch 64, SGD Nesterov with weight
// decay; examples/cpp/fashion_mnist.cpp).
#include "bench.h"
#include "nn/nn.h"
#include "optim/adam.h"
#include "optim/sgd.h"

namespace {

using namespace ignis;

void run_steps(benchmark::State& state, nn::Module& model, const Tensor& x, const Tensor& y,
               optim::Optimizer& opt) {
  nn::CrossEntropyLoss loss_fn;
  for (auto _ : state) {
    Tensor loss = loss_fn(model.forward(x), y);
    opt.zero_grad();
    loss.backward();
    opt.step();
    benchmark::DoNotOptimize(loss.data_ptr());
  }
}

void run_sgd_steps(benchmark::State& state, nn::Module& model, const Tensor& x, const Tensor& y,
                   optim::SGDOptions sgd = {.lr = 0.01, .momentum = 0.9}) {
  optim::SGD opt(model.parameters(), sgd);
  run_steps(state, model, x, y, opt);
}

std::shared_ptr<nn::Sequential> make_mlp() {
  return std::make_shared<nn::Sequential>(std::initializer_list<nn::ModulePtr>{
      std::make_shared<nn::Linear>(784, 512), std::make_shared<nn::ReLU>(),
      std::make_shared<nn::Linear>(512, 512), std::make_shared<nn::ReLU>(),
      std::make_shared<nn::Linear>(512, 10)});
}

void mlp_step(benchmark::State& state) {
  manual_seed(0);
  auto m = make_mlp();
  run_sgd_steps(state, *m, randn({256, 784}), randint(0, 10, {256}));
}
IGNIS_BENCH(mlp_step, "train/mlp_sgd_step/256");

void mlp_adam_step(benchmark::State& state) {
  manual_seed(0);
  auto m = make_mlp();
  optim::Adam opt(m->parameters(), {.lr = 1e-3});
  run_steps(state, *m, randn({256, 784}), randint(0, 10, {256}), opt);
}
IGNIS_BENCH(mlp_adam_step, "train/mlp_adam_step/256");

void cnn_step(benchmark::State& state) {
  manual_seed(0);
  auto conv = [](int64_t in, int64_t out) {
    return std::make_shared<nn::Conv2d>(in, out, std::vector<int64_t>{3},
                                        nn::ConvOptions{.padding = {1}});
  };
  nn::Sequential m{conv(1, 32),
                   std::make_shared<nn::ReLU>(),
                   std::make_shared<nn::MaxPool2d>(std::vector<int64_t>{2}),
                   conv(32, 64),
                   std::make_shared<nn::ReLU>(),
                   std::make_shared<nn::MaxPool2d>(std::vector<int64_t>{2}),
                   std::make_shared<nn::Flatten>(),
                   std::make_shared<nn::Linear>(64 * 7 * 7, 10)};
  run_sgd_steps(state, m, randn({64, 1, 28, 28}), randint(0, 10, {64}));
}
IGNIS_BENCH(cnn_step, "train/cnn_sgd_step/64");

void fashion_cnn_bn_step(benchmark::State& state) {
  manual_seed(0);
  auto conv = [](int64_t in, int64_t out) {
    return std::make_shared<nn::Conv2d>(in, out, std::vector<int64_t>{3},
                                        nn::ConvOptions{.padding = {1}});
  };
  nn::Sequential m{conv(1, 32),
                   std::make_shared<nn::BatchNorm2d>(32),
                   std::make_shared<nn::ReLU>(),
                   std::make_shared<nn::MaxPool2d>(std::vector<int64_t>{2}),
                   conv(32, 64),
                   std::make_shared<nn::BatchNorm2d>(64),
                   std::make_shared<nn::ReLU>(),
                   std::make_shared<nn::MaxPool2d>(std::vector<int64_t>{2}),
                   std::make_shared<nn::Flatten>(),
                   std::make_shared<nn::Dropout>(0.25),
                   std::make_shared<nn::Linear>(64 * 7 * 7, 10)};
  run_sgd_steps(state, m, randn({64, 1, 28, 28}), randint(0, 10, {64}),
                {.lr = 0.05, .momentum = 0.9, .weight_decay = 5e-4, .nesterov = true});
}
IGNIS_BENCH(fashion_cnn_bn_step, "train/fashion_cnn_bn_step/64");

}  // namespace
