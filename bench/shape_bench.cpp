// Workloads of the shape and index families: cat, index_select, gather, masked_fill, tril.
// Each name matches a workload in bench/torch_bench.py.
#include "bench.h"
#include "ops/ops.gen.h"

namespace {

using ignis::DType;
using ignis::Tensor;

constexpr int64_t k1M = 1'000'000;

// cat of 8 (1024, 1024) f32 tensors along dim 0 and along dim 1.
void cat_8(benchmark::State& state, int64_t dim) {
  std::vector<Tensor> parts;
  for (int i = 0; i < 8; ++i) parts.push_back(ignis::randn({1024, 1024}));
  for (auto _ : state) benchmark::DoNotOptimize(ignis::cat(parts, dim).data_ptr());
}
void cat_8_dim0(benchmark::State& state) { cat_8(state, 0); }
void cat_8_dim1(benchmark::State& state) { cat_8(state, 1); }
IGNIS_BENCH(cat_8_dim0, "cat/8x1024x1024/dim0");
IGNIS_BENCH(cat_8_dim1, "cat/8x1024x1024/dim1");

// 1e6 random rows of a (1e6, 16) f32 table.
void index_select_1m(benchmark::State& state) {
  Tensor table = ignis::randn({k1M, 16});
  Tensor idx = ignis::randint(0, k1M, {k1M});
  for (auto _ : state) benchmark::DoNotOptimize(ignis::index_select(table, 0, idx).data_ptr());
}
IGNIS_BENCH(index_select_1m, "index_select/1Mx16");

// gather along dim 1 of a (1e6, 16) f32 table with a (1e6, 4) index.
void gather_1m(benchmark::State& state) {
  Tensor table = ignis::randn({k1M, 16});
  Tensor idx = ignis::randint(0, 16, {k1M, 4});
  for (auto _ : state) benchmark::DoNotOptimize(ignis::gather(table, 1, idx).data_ptr());
}
IGNIS_BENCH(gather_1m, "gather/1Mx16/dim1");

void masked_fill_4096(benchmark::State& state) {
  Tensor a = ignis::randn({4096, 1024});
  Tensor m = ignis::randint(0, 2, {4096, 1024}).to(DType::Bool);
  for (auto _ : state) benchmark::DoNotOptimize(ignis::masked_fill(a, m, 0.0).data_ptr());
}
IGNIS_BENCH(masked_fill_4096, "masked_fill/4096x1024");

void tril_4096(benchmark::State& state) {
  Tensor a = ignis::randn({4096, 4096});
  for (auto _ : state) benchmark::DoNotOptimize(ignis::tril(a).data_ptr());
}
IGNIS_BENCH(tril_4096, "tril/4096");

}  // namespace
