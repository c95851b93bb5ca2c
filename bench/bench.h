// What every bench/<family>_bench.cpp includes: Google Benchmark, the tensor API, and
// IGNIS_BENCH, which registers a workload the way bench/compare.py expects.
#pragma once

#include <exception>

#include <benchmark/benchmark.h>

#include "tensor/tensor.h"

namespace ignis::bench {

// Registers fn as workload `name`, timed in wall time per iteration. An exception from fn
// marks that workload failed in the results (compare.py says so) instead of ending the run.
inline benchmark::internal::Benchmark* register_workload(const char* name,
                                                         void (*fn)(benchmark::State&)) {
  auto guarded = [fn](benchmark::State& state) {
    try {
      fn(state);
    } catch (const std::exception& e) {
      state.SkipWithError(e.what());
    }
  };
  return benchmark::RegisterBenchmark(name, guarded)->UseRealTime()->Unit(benchmark::kMicrosecond);
}

}  // namespace ignis::bench

// Registers `fn` as workload `name` (the same name bench/torch_bench.py uses). Chain no
// ->Threads/->Repetitions/->MinTime: run.sh sets repetitions and timing for every workload.
#define IGNIS_BENCH(fn, name)                                                                      \
  [[maybe_unused]] static benchmark::internal::Benchmark* const ignis_bench_##fn =                 \
      ignis::bench::register_workload(name, fn)
