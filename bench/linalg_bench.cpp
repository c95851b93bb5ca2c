// Linalg workloads (twins in bench/torch_bench.py, same names): sgemm N x N x N (f32, oneDNN)
// and a batched product. GFLOP/s = 2 N^3 / time.
#include "bench.h"
#include "ops/ops.gen.h"

namespace {

using ignis::Tensor;

void sgemm(benchmark::State& state, int64_t n) {
  Tensor a = ignis::randn({n, n}), b = ignis::randn({n, n});
  for (auto _ : state) benchmark::DoNotOptimize(ignis::mm(a, b).data_ptr());
  state.counters["GFLOP/s"] =
      benchmark::Counter(2.0 * n * n * n * state.iterations(), benchmark::Counter::kIsRate);
}
void sgemm_256(benchmark::State& s) { sgemm(s, 256); }
void sgemm_512(benchmark::State& s) { sgemm(s, 512); }
void sgemm_1024(benchmark::State& s) { sgemm(s, 1024); }
void sgemm_2048(benchmark::State& s) { sgemm(s, 2048); }
IGNIS_BENCH(sgemm_256, "sgemm/256");
IGNIS_BENCH(sgemm_512, "sgemm/512");
IGNIS_BENCH(sgemm_1024, "sgemm/1024");
IGNIS_BENCH(sgemm_2048, "sgemm/2048");

void bmm_64x128(benchmark::State& state) {
  Tensor a = ignis::randn({64, 128, 128}), b = ignis::randn({64, 128, 128});
  for (auto _ : state) benchmark::DoNotOptimize(ignis::bmm(a, b).data_ptr());
}
IGNIS_BENCH(bmm_64x128, "bmm/64x128x128");

}  // namespace
