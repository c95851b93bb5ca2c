// Does a DataLoader keep the Fashion-MNIST CNN step fed? Trains the example's model
// (conv16-bn-conv32-bn-fc, batch 64, SGD momentum) for a number of batches read through a
// DataLoader whose workers also run the per-image transforms (to float, normalize), and
// reports the share of wall time the training loop spent waiting in next(). The target
// (issue 7): under 5% with 2 workers. Run it by hand (built with the benchmarks):
//   build/bench/bench/ignis_bench_loader_feed [batches=300] [workers=2]
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "data/dataloader.h"
#include "data/idx.h"
#include "data/transforms.h"
#include "nn/nn.h"
#include "optim/sgd.h"

namespace {

using namespace ignis;
using Clock = std::chrono::steady_clock;

// Fashion-MNIST examples as the model wants them: (1, 28, 28) float, normalized.
class PreparedFashionMNIST : public data::Dataset {
 public:
  explicit PreparedFashionMNIST(const std::string& root)
      : raw_(root, true),
        transform_(data::compose({data::to_float(), data::normalize({0.2860f}, {0.3530f})})) {}
  int64_t size() const override { return raw_.size(); }
  data::Example get(int64_t i) const override {
    data::Example e = raw_.get(i);
    return {transform_(e.data().unsqueeze(0)), e.target()};
  }

 private:
  data::FashionMNIST raw_;
  data::Transform transform_;
};

std::shared_ptr<nn::Sequential> make_cnn() {
  using namespace nn;
  auto conv = [](int64_t in, int64_t out) {
    return std::make_shared<Conv2d>(in, out, std::vector<int64_t>{3}, ConvOptions{.padding = {1}});
  };
  return std::make_shared<Sequential>(std::initializer_list<ModulePtr>{
      conv(1, 16), std::make_shared<BatchNorm2d>(16), std::make_shared<ReLU>(),
      std::make_shared<MaxPool2d>(std::vector<int64_t>{2}), conv(16, 32),
      std::make_shared<BatchNorm2d>(32), std::make_shared<ReLU>(),
      std::make_shared<MaxPool2d>(std::vector<int64_t>{2}), std::make_shared<Flatten>(),
      std::make_shared<Linear>(32 * 7 * 7, 10)});
}

double seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

}  // namespace

int main(int argc, char** argv) {
  int64_t batches = argc > 1 ? std::atoll(argv[1]) : 300;
  int workers = argc > 2 ? std::atoi(argv[2]) : 2;
  manual_seed(0);
  auto ds = std::make_shared<PreparedFashionMNIST>(data::FashionMNIST::kDebianRoot);
  Generator gen(0);
  data::DataLoader loader(ds, {.batch_size = 64,
                               .shuffle = true,
                               .generator = &gen,
                               .drop_last = true,
                               .num_workers = workers});
  auto model = make_cnn();
  optim::SGD opt(model->parameters(), {.lr = 0.05, .momentum = 0.9});
  nn::CrossEntropyLoss loss_fn;

  Clock::duration waiting{};
  int64_t done = 0;
  auto start = Clock::now();
  while (done < batches) {
    auto t0 = Clock::now();
    std::optional<data::Example> batch = loader.next();
    waiting += Clock::now() - t0;
    if (!batch) {
      loader.reset();
      continue;
    }
    Tensor loss = loss_fn(model->forward(batch->data()), batch->target());
    opt.zero_grad();
    loss.backward();
    opt.step();
    ++done;
  }
  double total = seconds(Clock::now() - start), wait = seconds(waiting);
  std::printf("{\"workers\": %d, \"batches\": %lld, \"seconds\": %.3f, \"waiting_seconds\": %.3f, "
              "\"waiting_share\": %.4f}\n",
              workers, static_cast<long long>(done), total, wait, wait / total);
  return 0;
}
