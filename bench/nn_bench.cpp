// Workloads of the nn and loss families (issue 4's list): softmax 4096x1024, layer_norm
// 8192x1024, cross_entropy 4096x1000, scaled_dot_product_attention (16, 4, 128, 64), batch_norm
// (32, 64, 56, 56) in training mode, and linear (256, 784 -> 512). Each name matches a
// workload in bench/torch_bench.py.
#include "bench.h"
#include "ops/ops.gen.h"

namespace {

using ignis::Tensor;

void softmax_4096x1024(benchmark::State& state) {
  Tensor x = ignis::randn({4096, 1024});
  for (auto _ : state) benchmark::DoNotOptimize(ignis::softmax(x, -1).data_ptr());
}
IGNIS_BENCH(softmax_4096x1024, "softmax/4096x1024");

void log_softmax_4096x1024(benchmark::State& state) {
  Tensor x = ignis::randn({4096, 1024});
  for (auto _ : state) benchmark::DoNotOptimize(ignis::log_softmax(x, -1).data_ptr());
}
IGNIS_BENCH(log_softmax_4096x1024, "log_softmax/4096x1024");

void layer_norm_8192x1024(benchmark::State& state) {
  Tensor x = ignis::randn({8192, 1024}), w = ignis::randn({1024}), b = ignis::randn({1024});
  for (auto _ : state) benchmark::DoNotOptimize(ignis::layer_norm(x, {1024}, w, b).data_ptr());
}
IGNIS_BENCH(layer_norm_8192x1024, "layer_norm/8192x1024");

void cross_entropy_4096x1000(benchmark::State& state) {
  Tensor x = ignis::randn({4096, 1000});
  Tensor t = ignis::randint(0, 1000, {4096});
  for (auto _ : state) benchmark::DoNotOptimize(ignis::cross_entropy(x, t).data_ptr());
}
IGNIS_BENCH(cross_entropy_4096x1000, "cross_entropy/4096x1000");

void sdpa_16x4x128x64(benchmark::State& state) {
  Tensor q = ignis::randn({16, 4, 128, 64}), k = ignis::randn({16, 4, 128, 64});
  Tensor v = ignis::randn({16, 4, 128, 64});
  for (auto _ : state)
    benchmark::DoNotOptimize(ignis::scaled_dot_product_attention(q, k, v).data_ptr());
}
IGNIS_BENCH(sdpa_16x4x128x64, "sdpa/16x4x128x64");

void batch_norm_train(benchmark::State& state) {
  Tensor x = ignis::randn({32, 64, 56, 56});
  Tensor rm = ignis::zeros({64}), rv = ignis::ones({64}), w = ignis::ones({64}),
         b = ignis::zeros({64});
  for (auto _ : state)
    benchmark::DoNotOptimize(ignis::batch_norm(x, rm, rv, w, b, true).data_ptr());
}
IGNIS_BENCH(batch_norm_train, "batch_norm/32x64x56x56");

void linear_256x784x512(benchmark::State& state) {
  Tensor x = ignis::randn({256, 784}), w = ignis::randn({512, 784}), b = ignis::randn({512});
  for (auto _ : state) benchmark::DoNotOptimize(ignis::linear(x, w, b).data_ptr());
}
IGNIS_BENCH(linear_256x784x512, "linear/256x784x512");

}  // namespace
