// Workloads of the optim family: one optimizer step over 10 f32 parameters of 100,000 elements
// each (1M in all), with gradients set once: Adam (defaults) and SGD with momentum 0.9. Each name
// matches a workload in bench/torch_bench.py.
#include <memory>
#include <vector>

#include "bench.h"
#include "ops/ops.gen.h"
#include "optim/adam.h"
#include "optim/sgd.h"

namespace {

using ignis::Tensor;

// 10 leaves of 100,000 elements that require grad, each with a random gradient.
std::vector<Tensor> params_10x100k() {
  std::vector<Tensor> params;
  for (int i = 0; i < 10; ++i) {
    Tensor p = ignis::randn({100'000});
    p.requires_grad_();
    p.set_grad(ignis::randn({100'000}));
    params.push_back(p);
  }
  return params;
}

void adam_step_1m(benchmark::State& state) {
  std::vector<Tensor> params = params_10x100k();
  ignis::optim::Adam opt(params);
  for (auto _ : state) opt.step();
}
IGNIS_BENCH(adam_step_1m, "optim/adam_step_1M");

void sgd_momentum_step_1m(benchmark::State& state) {
  std::vector<Tensor> params = params_10x100k();
  ignis::optim::SGD opt(params, {.lr = 0.01, .momentum = 0.9});
  for (auto _ : state) opt.step();
}
IGNIS_BENCH(sgd_momentum_step_1m, "optim/sgd_momentum_step_1M");

}  // namespace
