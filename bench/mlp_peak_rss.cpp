// Peak memory of the MLP training step (784-512-512-10, batch 256, SGD with momentum) over 100
// steps, read from /proc/self/status: VmRSS once the model, data and optimizer exist, and
// VmHWM (the process's peak RSS) after the steps. bench/peak_rss.sh runs it beside
// bench/mlp_peak_rss.py, which does the same in torch.
#include <cstdio>
#include <fstream>
#include <string>

#include "nn/nn.h"
#include "optim/sgd.h"

namespace {

// A "Vm...:  1234 kB" line of /proc/self/status, in MiB.
double status_mib(const char* key) {
  std::ifstream f("/proc/self/status");
  std::string line;
  while (std::getline(f, line))
    if (line.rfind(key, 0) == 0) return std::stod(line.substr(std::string(key).size())) / 1024.0;
  return -1;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace ignis;
  int steps = argc > 1 ? std::atoi(argv[1]) : 100;
  manual_seed(0);
  nn::Sequential m{std::make_shared<nn::Linear>(784, 512), std::make_shared<nn::ReLU>(),
                   std::make_shared<nn::Linear>(512, 512), std::make_shared<nn::ReLU>(),
                   std::make_shared<nn::Linear>(512, 10)};
  Tensor x = randn({256, 784}), y = randint(0, 10, {256});
  optim::SGD opt(m.parameters(), {.lr = 0.01, .momentum = 0.9});
  nn::CrossEntropyLoss loss_fn;
  double before = status_mib("VmRSS:");
  float last = 0;
  for (int i = 0; i < steps; ++i) {
    Tensor loss = loss_fn(m.forward(x), y);
    opt.zero_grad();
    loss.backward();
    opt.step();
    last = loss.item<float>();
  }
  double peak = status_mib("VmHWM:");
  std::printf("{\"rss_before_mib\": %.1f, \"peak_rss_mib\": %.1f, \"loss\": %.4f}\n", before, peak,
              last);
  return 0;
}
