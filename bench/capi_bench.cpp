// The cost of one call through the C API: a 1-element add through ignis_add_tensor (libignis.so:
// argument checks, handle borrowing, try/catch, the result handed out and released) beside the
// same ignis::add called in C++. The difference is the C API's overhead per call (target:
// under 100 ns). No torch counterpart: compare.py lists these as "missing torch".
#include <ignis/ignis.h>

#include "bench.h"
#include "ops/ops.gen.h"

namespace {

void add_1elem_cpp(benchmark::State& state) {
  ignis::Tensor a = ignis::ones({1}), b = ignis::ones({1});
  for (auto _ : state) benchmark::DoNotOptimize(ignis::add(a, b).data_ptr());
}
IGNIS_BENCH(add_1elem_cpp, "capi/add_1elem_cpp");

void add_1elem_c(benchmark::State& state) {
  int64_t shape = 1;
  ignis_device cpu{IGNIS_CPU, 0};
  ignis_tensor *a = nullptr, *b = nullptr;
  if (ignis_ones(&shape, 1, IGNIS_FLOAT32, cpu, &a) != IGNIS_OK ||
      ignis_ones(&shape, 1, IGNIS_FLOAT32, cpu, &b) != IGNIS_OK) {
    state.SkipWithError(ignis_last_error());
    return;
  }
  ignis_scalar one = ignis_scalar_int(1);
  for (auto _ : state) {
    ignis_tensor* out = nullptr;
    if (ignis_add_tensor(a, b, one, &out) != IGNIS_OK) state.SkipWithError(ignis_last_error());
    benchmark::DoNotOptimize(out);
    ignis_tensor_release(out);
  }
  ignis_tensor_release(a);
  ignis_tensor_release(b);
}
IGNIS_BENCH(add_1elem_c, "capi/add_1elem_c");

// The bare boundary: a call that validates its handle and returns (no op behind it).
void ndim_c(benchmark::State& state) {
  int64_t shape = 1;
  ignis_tensor* a = nullptr;
  ignis_ones(&shape, 1, IGNIS_FLOAT32, ignis_device{IGNIS_CPU, 0}, &a);
  for (auto _ : state) benchmark::DoNotOptimize(ignis_tensor_ndim(a));
  ignis_tensor_release(a);
}
IGNIS_BENCH(ndim_c, "capi/ndim_c");

}  // namespace
