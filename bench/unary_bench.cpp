// Workloads of the unary family: exp in its three forms on 1e6 and 1.6e7 f32 elements, and the
// other hot kernels on 1.6e7. Each name matches a workload in bench/torch_bench.py.
#include "bench.h"
#include "ops/ops.gen.h"

namespace {

using ignis::Tensor;

constexpr int64_t k1M = 1'000'000;
constexpr int64_t k16M = 16'000'000;

// Allocating form: the result comes from the caching allocator.
void exp_alloc(benchmark::State& state, int64_t n) {
  Tensor a = ignis::randn({n});
  for (auto _ : state) benchmark::DoNotOptimize(ignis::exp(a).data_ptr());
}
void exp_out(benchmark::State& state, int64_t n) {
  Tensor a = ignis::randn({n});
  Tensor out = ignis::empty({n});
  for (auto _ : state) benchmark::DoNotOptimize(ignis::exp_out(out, a).data_ptr());
}
void exp_1m(benchmark::State& s) { exp_alloc(s, k1M); }
void exp_16m(benchmark::State& s) { exp_alloc(s, k16M); }
void exp_out_1m(benchmark::State& s) { exp_out(s, k1M); }
void exp_out_16m(benchmark::State& s) { exp_out(s, k16M); }
IGNIS_BENCH(exp_1m, "exp/1M");
IGNIS_BENCH(exp_16m, "exp/16M");
IGNIS_BENCH(exp_out_1m, "exp_out/1M");
IGNIS_BENCH(exp_out_16m, "exp_out/16M");

// out= form of the other hot kernels on 1.6e7 f32.
template <Tensor& (*Op)(Tensor&, const Tensor&)>
void hot_out_16m(benchmark::State& state) {
  Tensor a = ignis::randn({k16M});
  Tensor out = ignis::empty({k16M});
  for (auto _ : state) benchmark::DoNotOptimize(Op(out, a).data_ptr());
}
Tensor& gelu_out(Tensor& o, const Tensor& a) { return ignis::gelu_out(o, a); }
void log_out_16m(benchmark::State& s) { hot_out_16m<ignis::log_out>(s); }
void tanh_out_16m(benchmark::State& s) { hot_out_16m<ignis::tanh_out>(s); }
void sigmoid_out_16m(benchmark::State& s) { hot_out_16m<ignis::sigmoid_out>(s); }
void gelu_out_16m(benchmark::State& s) { hot_out_16m<gelu_out>(s); }
void silu_out_16m(benchmark::State& s) { hot_out_16m<ignis::silu_out>(s); }
void erf_out_16m(benchmark::State& s) { hot_out_16m<ignis::erf_out>(s); }
void neg_out_16m(benchmark::State& s) { hot_out_16m<ignis::neg_out>(s); }
IGNIS_BENCH(log_out_16m, "log_out/16M");
IGNIS_BENCH(tanh_out_16m, "tanh_out/16M");
IGNIS_BENCH(sigmoid_out_16m, "sigmoid_out/16M");
IGNIS_BENCH(gelu_out_16m, "gelu_out/16M");
IGNIS_BENCH(silu_out_16m, "silu_out/16M");
IGNIS_BENCH(erf_out_16m, "erf_out/16M");
IGNIS_BENCH(neg_out_16m, "neg_out/16M");

// relu (no out= form in PyTorch): in place.
void relu_inplace_16m(benchmark::State& state) {
  Tensor a = ignis::randn({k16M});
  for (auto _ : state) benchmark::DoNotOptimize(ignis::relu_(a).data_ptr());
}
IGNIS_BENCH(relu_inplace_16m, "relu_/16M");

}  // namespace
