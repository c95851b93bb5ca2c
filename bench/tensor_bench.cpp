// Workloads of the tensor core: factories (where the caching allocator matters), copies, dtype
// conversion and random fills. Each name matches a workload in bench/torch_bench.py.
#include "bench.h"

namespace {

using ignis::DType;
using ignis::Tensor;

constexpr int64_t k1M = 1'000'000;
constexpr int64_t k16M = 16'000'000;

// ---- allocation + fill (torch pays a page fault per 4 KiB of every fresh 64 MiB buffer)

void empty_fill_16m(benchmark::State& state) {
  for (auto _ : state) {
    Tensor t = ignis::empty({k16M});
    t.fill_(1.0);
    benchmark::DoNotOptimize(t.data_ptr());
  }
}
IGNIS_BENCH(empty_fill_16m, "empty_fill/16M");

void zeros_16m(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(ignis::zeros({k16M}).data_ptr());
}
IGNIS_BENCH(zeros_16m, "zeros/16M");

void full_16m(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(ignis::full({k16M}, 1.5).data_ptr());
}
IGNIS_BENCH(full_16m, "full/16M");

// ---- copies into existing memory and into fresh results

void copy_n(benchmark::State& state, int64_t n) {
  Tensor src = ignis::randn({n});
  Tensor dst = ignis::empty({n});
  for (auto _ : state) {
    dst.copy_(src);
    benchmark::DoNotOptimize(dst.data_ptr());
  }
}
void copy_1m(benchmark::State& state) { copy_n(state, k1M); }
void copy_16m(benchmark::State& state) { copy_n(state, k16M); }
IGNIS_BENCH(copy_1m, "copy/1M");
IGNIS_BENCH(copy_16m, "copy/16M");

void transpose_copy_4096(benchmark::State& state) {
  Tensor a = ignis::randn({4096, 4096});
  for (auto _ : state) benchmark::DoNotOptimize(a.t().contiguous().data_ptr());
}
IGNIS_BENCH(transpose_copy_4096, "transpose_copy/4096");

void to_f64_16m(benchmark::State& state) {
  Tensor a = ignis::randn({k16M});
  for (auto _ : state) benchmark::DoNotOptimize(a.to(DType::F64).data_ptr());
}
IGNIS_BENCH(to_f64_16m, "to_f64/16M");

// ---- sequences and random numbers

void arange_1m(benchmark::State& state) {
  for (auto _ : state)
    benchmark::DoNotOptimize(ignis::arange(k1M, {.dtype = DType::F32}).data_ptr());
}
IGNIS_BENCH(arange_1m, "arange/1M");

void randn_1m(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(ignis::randn({k1M}).data_ptr());
}
IGNIS_BENCH(randn_1m, "randn/1M");

}  // namespace
