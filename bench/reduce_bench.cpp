// Reduction and sort workloads (twins in bench/torch_bench.py, same names).
#include "bench.h"
#include "ops/ops.gen.h"

namespace {

using ignis::Tensor;

void sum_16m(benchmark::State& state) {
  Tensor a = ignis::randn({16'000'000});
  for (auto _ : state) benchmark::DoNotOptimize(ignis::sum(a).data_ptr());
}
IGNIS_BENCH(sum_16m, "sum/16M");

void sum_dim1(benchmark::State& state) {
  Tensor a = ignis::randn({4096, 1024});
  for (auto _ : state) benchmark::DoNotOptimize(ignis::sum(a, {1}).data_ptr());
}
IGNIS_BENCH(sum_dim1, "sum_dim1/4096x1024");

void sum_dim0(benchmark::State& state) {
  Tensor a = ignis::randn({4096, 1024});
  for (auto _ : state) benchmark::DoNotOptimize(ignis::sum(a, {0}).data_ptr());
}
IGNIS_BENCH(sum_dim0, "sum_dim0/4096x1024");

void amax_dim1(benchmark::State& state) {
  Tensor a = ignis::randn({4096, 1024});
  for (auto _ : state) benchmark::DoNotOptimize(ignis::amax(a, {1}).data_ptr());
}
IGNIS_BENCH(amax_dim1, "amax_dim1/4096x1024");

void argmax_16m(benchmark::State& state) {
  Tensor a = ignis::randn({16'000'000});
  for (auto _ : state) benchmark::DoNotOptimize(ignis::argmax(a).data_ptr());
}
IGNIS_BENCH(argmax_16m, "argmax/16M");

void sort_1m(benchmark::State& state) {
  Tensor a = ignis::randn({1'000'000});
  for (auto _ : state) benchmark::DoNotOptimize(std::get<0>(ignis::sort(a)).data_ptr());
}
IGNIS_BENCH(sort_1m, "sort/1M");

}  // namespace
