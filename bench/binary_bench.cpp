// Workloads of the binary family: add and mul (allocating and out=) on 1e6 and 1.6e7 f32
// elements, the 4096x1024 + 1024 row broadcast, a Tensor-Scalar add and a comparison. Each name
// matches a workload in bench/torch_bench.py.
#include "bench.h"
#include "ops/ops.gen.h"

namespace {

using ignis::Tensor;

constexpr int64_t k1M = 1'000'000;
constexpr int64_t k16M = 16'000'000;

// Allocating form: the result comes from the caching allocator.
template <Tensor (*Op)(const Tensor&, const Tensor&, const ignis::Scalar&)>
void alloc3(benchmark::State& state, int64_t n) {
  Tensor a = ignis::randn({n}), b = ignis::randn({n});
  for (auto _ : state) benchmark::DoNotOptimize(Op(a, b, 1).data_ptr());
}
template <Tensor (*Op)(const Tensor&, const Tensor&)>
void alloc2(benchmark::State& state, int64_t n) {
  Tensor a = ignis::randn({n}), b = ignis::randn({n});
  for (auto _ : state) benchmark::DoNotOptimize(Op(a, b).data_ptr());
}
Tensor add_tt(const Tensor& a, const Tensor& b, const ignis::Scalar& al) {
  return ignis::add(a, b, al);
}
Tensor mul_tt(const Tensor& a, const Tensor& b) { return ignis::mul(a, b); }
Tensor lt_tt(const Tensor& a, const Tensor& b) { return ignis::lt(a, b); }

void add_1m(benchmark::State& s) { alloc3<add_tt>(s, k1M); }
void add_16m(benchmark::State& s) { alloc3<add_tt>(s, k16M); }
void mul_1m(benchmark::State& s) { alloc2<mul_tt>(s, k1M); }
void mul_16m(benchmark::State& s) { alloc2<mul_tt>(s, k16M); }
void lt_16m(benchmark::State& s) { alloc2<lt_tt>(s, k16M); }
IGNIS_BENCH(add_1m, "add/1M");
IGNIS_BENCH(add_16m, "add/16M");
IGNIS_BENCH(mul_1m, "mul/1M");
IGNIS_BENCH(mul_16m, "mul/16M");
IGNIS_BENCH(lt_16m, "lt/16M");

void add_out(benchmark::State& state, int64_t n) {
  Tensor a = ignis::randn({n}), b = ignis::randn({n}), out = ignis::empty({n});
  for (auto _ : state) benchmark::DoNotOptimize(ignis::add_out(out, a, b).data_ptr());
}
void mul_out(benchmark::State& state, int64_t n) {
  Tensor a = ignis::randn({n}), b = ignis::randn({n}), out = ignis::empty({n});
  for (auto _ : state) benchmark::DoNotOptimize(ignis::mul_out(out, a, b).data_ptr());
}
void add_out_1m(benchmark::State& s) { add_out(s, k1M); }
void add_out_16m(benchmark::State& s) { add_out(s, k16M); }
void mul_out_1m(benchmark::State& s) { mul_out(s, k1M); }
void mul_out_16m(benchmark::State& s) { mul_out(s, k16M); }
IGNIS_BENCH(add_out_1m, "add_out/1M");
IGNIS_BENCH(add_out_16m, "add_out/16M");
IGNIS_BENCH(mul_out_1m, "mul_out/1M");
IGNIS_BENCH(mul_out_16m, "mul_out/16M");

// (4096, 1024) + (1024,): every row is one dense run against the same row vector.
void add_broadcast(benchmark::State& state) {
  Tensor a = ignis::randn({4096, 1024}), b = ignis::randn({1024});
  for (auto _ : state) benchmark::DoNotOptimize(ignis::add(a, b).data_ptr());
}
IGNIS_BENCH(add_broadcast, "add_broadcast/4096x1024");

// Tensor + Scalar: the Scalar is a stride-0 operand.
void add_scalar_16m(benchmark::State& state) {
  Tensor a = ignis::randn({k16M});
  for (auto _ : state) benchmark::DoNotOptimize(ignis::add(a, 1.5).data_ptr());
}
IGNIS_BENCH(add_scalar_16m, "add_scalar/16M");

}  // namespace
