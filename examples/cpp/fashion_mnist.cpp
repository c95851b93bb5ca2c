// Trains a small CNN on Fashion-MNIST (Debian's dataset-fashion-mnist) with SGD under the 1cycle
// policy (3 epochs reach about 91% test accuracy), prints loss, accuracy and throughput per
// epoch, saves a safetensors checkpoint, reloads it into a fresh model and re-evaluates to the
// same accuracy. bench/fashion_mnist_torch.py is its torch twin.
//   ignis_example_fashion_mnist [epochs=3] [checkpoint=fashion_mnist_cnn.safetensors]
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

#include "data/dataloader.h"
#include "data/idx.h"
#include "data/safetensors.h"
#include "nn/nn.h"
#include "optim/lr_scheduler.h"
#include "optim/sgd.h"
#include "tensor/graph.h"

using namespace ignis;
using Clock = std::chrono::steady_clock;

namespace {

// (N, 28, 28) uint8 -> (N, 1, 28, 28) float32 normalized with the training set's mean and std.
Tensor prepare(const Tensor& images) {
  Tensor x = div(images.to(DType::F32), 255.0);
  return div(sub(x, 0.2860), 0.3530).unsqueeze(1);
}

// conv32-BN-ReLU-pool, conv64-BN-ReLU-pool, dropout, linear. The same network as the C example
// (examples/c/fashion_mnist.c), bench/fashion_mnist_torch.py and train/fashion_cnn_bn_step.
std::shared_ptr<nn::Sequential> make_cnn() {
  using namespace nn;
  auto conv = [](int64_t in, int64_t out) {
    return std::make_shared<Conv2d>(in, out, std::vector<int64_t>{3}, ConvOptions{.padding = {1}});
  };
  return std::make_shared<Sequential>(std::initializer_list<ModulePtr>{
      conv(1, 32), std::make_shared<BatchNorm2d>(32), std::make_shared<ReLU>(),
      std::make_shared<MaxPool2d>(std::vector<int64_t>{2}), conv(32, 64),
      std::make_shared<BatchNorm2d>(64), std::make_shared<ReLU>(),
      std::make_shared<MaxPool2d>(std::vector<int64_t>{2}), std::make_shared<Flatten>(),
      std::make_shared<Dropout>(0.25), std::make_shared<Linear>(64 * 7 * 7, 10)});
}

// Accuracy of model on (images, labels) in eval mode, in batches of 1000.
double evaluate(nn::Module& model, const Tensor& images, const Tensor& labels) {
  model.eval();
  NoGradGuard ng;
  int64_t correct = 0, n = images.size(0);
  for (int64_t b = 0; b < n; b += 1000) {
    int64_t len = std::min<int64_t>(1000, n - b);
    Tensor pred = argmax(model.forward(prepare(images.narrow(0, b, len))), 1);
    correct += sum(eq(pred, labels.narrow(0, b, len))).item<int64_t>();
  }
  model.train();
  return static_cast<double>(correct) / static_cast<double>(n);
}

}  // namespace

int main(int argc, char** argv) {
  int epochs = argc > 1 ? std::stoi(argv[1]) : 3;
  std::string ckpt = argc > 2 ? argv[2] : "fashion_mnist_cnn.safetensors";
  std::string root = data::FashionMNIST::kDebianRoot;
  if (!std::filesystem::exists(root)) {
    std::printf("Fashion-MNIST not found under %s (Debian package dataset-fashion-mnist)\n",
                root.c_str());
    return 1;
  }
  auto train = std::make_shared<data::FashionMNIST>(root, true);
  data::FashionMNIST test(root, false);
  std::printf("Fashion-MNIST: %lld training and %lld test images\n",
              static_cast<long long>(train->size()), static_cast<long long>(test.size()));

  manual_seed(0);
  auto model = make_cnn();
  nn::CrossEntropyLoss loss_fn;
  Generator shuffle_gen(0);
  data::DataLoader loader(
      train, {.batch_size = 64, .shuffle = true, .generator = &shuffle_gen, .num_workers = 2});
  // SGD with Nesterov momentum under the 1cycle policy, stepped every batch: lr warms up to
  // 0.05 over the first 30% of the run and anneals to ~0 by its end.
  optim::SGD opt(model->parameters(),
                 {.lr = 0.05, .momentum = 0.9, .weight_decay = 5e-4, .nesterov = true});
  optim::OneCycleLR sched(opt,
                          {.max_lr = 0.05, .epochs = epochs, .steps_per_epoch = loader.size()});
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    auto t0 = Clock::now();
    double loss_sum = 0;
    int64_t batches = 0;
    for (const data::Example& batch : loader) {
      Tensor loss = loss_fn(model->forward(prepare(batch.data())), batch.target());
      opt.zero_grad();
      loss.backward();
      opt.step();
      sched.step();
      loss_sum += loss.item<double>();
      ++batches;
    }
    double secs = std::chrono::duration<double>(Clock::now() - t0).count();
    double acc = evaluate(*model, test.images(), test.labels());
    std::printf("epoch %d: loss %.4f, test accuracy %.2f%%, %.0f images/s (%.1f s)\n", epoch,
                loss_sum / static_cast<double>(batches), 100 * acc,
                static_cast<double>(train->size()) / secs, secs);
  }

  double acc = evaluate(*model, test.images(), test.labels());
  data::save_safetensors(ckpt, model->state_dict(), {{"format", "pt"}});
  auto fresh = make_cnn();
  fresh->load_state_dict(data::load_safetensors(ckpt));
  double reloaded = evaluate(*fresh, test.images(), test.labels());
  std::printf("saved %s; reloaded model accuracy %.2f%% (before saving %.2f%%)\n", ckpt.c_str(),
              100 * reloaded, 100 * acc);
  return reloaded == acc ? 0 : 2;
}
