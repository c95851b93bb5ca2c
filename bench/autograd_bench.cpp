// Per-op overhead with and without history recording: a 1-element add, plain and with an input
// that requires grad (graph building), and a forward+backward of a small elementwise chain.
#include "bench.h"
#include "ops/ops.gen.h"

namespace {

void add_1elem(benchmark::State& state) {
  ignis::Tensor a = ignis::randn({1}), b = ignis::randn({1});
  for (auto _ : state) benchmark::DoNotOptimize(ignis::add(a, b).data_ptr());
}
IGNIS_BENCH(add_1elem, "add/1elem");

void add_inplace_1elem(benchmark::State& state) {
  ignis::Tensor a = ignis::randn({1}), b = ignis::randn({1});
  for (auto _ : state) benchmark::DoNotOptimize(ignis::add_(a, b).data_ptr());
}
IGNIS_BENCH(add_inplace_1elem, "add_/1elem");

void add_requires_grad_1elem(benchmark::State& state) {
  ignis::Tensor a = ignis::randn({1}).set_requires_grad(true), b = ignis::randn({1});
  for (auto _ : state) benchmark::DoNotOptimize(ignis::add(a, b).data_ptr());
}
IGNIS_BENCH(add_requires_grad_1elem, "add_requires_grad/1elem");

void chain_backward_1k(benchmark::State& state) {
  ignis::Tensor x = ignis::randn({1024}).set_requires_grad(true);
  for (auto _ : state) {
    ignis::Tensor y = ignis::sum(ignis::tanh(ignis::mul(ignis::exp(x), x)));
    y.backward();
    benchmark::DoNotOptimize(x.grad().data_ptr());
    x.set_grad(ignis::Tensor());
  }
}
IGNIS_BENCH(chain_backward_1k, "chain_fwd_bwd/1K");

}  // namespace
