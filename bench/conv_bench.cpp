// Workloads of the conv and pool families (issue 4): conv2d forward N=32 64->64 56x56 3x3 pad 1
// (NCHW and channels-last), N=64 1->32 28x28 5x5, and max_pool2d 2x2 on the first one's output.
// Each name matches a workload in bench/torch_bench.py.
#include "bench.h"
#include "ops/ops.gen.h"

namespace {

using ignis::Tensor;

Tensor channels_last(const Tensor& t) {
  return t.permute({0, 2, 3, 1}).contiguous().permute({0, 3, 1, 2});
}

void conv2d_64(benchmark::State& state) {
  Tensor x = ignis::randn({32, 64, 56, 56}), w = ignis::randn({64, 64, 3, 3}),
         b = ignis::randn({64});
  for (auto _ : state) benchmark::DoNotOptimize(ignis::conv2d(x, w, b, {1}, {1}).data_ptr());
}
void conv2d_64_cl(benchmark::State& state) {
  Tensor x = channels_last(ignis::randn({32, 64, 56, 56})), w = ignis::randn({64, 64, 3, 3});
  Tensor b = ignis::randn({64});
  for (auto _ : state) benchmark::DoNotOptimize(ignis::conv2d(x, w, b, {1}, {1}).data_ptr());
}
void conv2d_mnist(benchmark::State& state) {
  Tensor x = ignis::randn({64, 1, 28, 28}), w = ignis::randn({32, 1, 5, 5}), b = ignis::randn({32});
  for (auto _ : state) benchmark::DoNotOptimize(ignis::conv2d(x, w, b).data_ptr());
}
void max_pool2d_64(benchmark::State& state) {
  Tensor x = ignis::randn({32, 64, 56, 56});
  for (auto _ : state) benchmark::DoNotOptimize(ignis::max_pool2d(x, {2}).data_ptr());
}
IGNIS_BENCH(conv2d_64, "conv2d/32x64x56x56_3x3");
IGNIS_BENCH(conv2d_64_cl, "conv2d_cl/32x64x56x56_3x3");
IGNIS_BENCH(conv2d_mnist, "conv2d/64x1x28x28_5x5");
IGNIS_BENCH(max_pool2d_64, "max_pool2d/32x64x56x56_2x2");

}  // namespace
