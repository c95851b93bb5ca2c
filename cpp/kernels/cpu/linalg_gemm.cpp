// CPU batched GEMM: f32 and bf16 through oneDNN's matmul primitive (strided operands passed as
// strided memory descriptors, so transposed inputs cost no copy; primitives cached by shape,
// strides, dtype and alpha/beta), everything else (f64, f16, integers) through a blocked loop.
#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <tuple>
#include <vector>

#include <dnnl.hpp>

#include "kernels/linalg.h"
#include "tensor/dispatch.h"
#include "tensor/parallel.h"

namespace ignis {
namespace {

// ---- reference loop: row i of out[b] accumulates a[b][i][k] * w[b][k][:] in Acc.
template <typename T, typename Acc>
void gemm_loop(const Tensor& out, const Tensor& a, const Tensor& w, double alpha, double beta) {
  int64_t B = out.size(0), M = out.size(1), N = out.size(2), K = a.size(2);
  Tensor wc = w.stride(2) == 1 ? w : w.contiguous();
  int64_t sa0 = a.size(0) == 1 ? 0 : a.stride(0), sa1 = a.stride(1), sa2 = a.stride(2);
  int64_t sw0 = wc.size(0) == 1 ? 0 : wc.stride(0), sw1 = wc.stride(1);
  const T* ap = static_cast<const T*>(a.data_ptr());
  const T* wp = static_cast<const T*>(wc.data_ptr());
  T* op = static_cast<T*>(out.data_ptr());
  Acc al = static_cast<Acc>(alpha), be = static_cast<Acc>(beta);
  int64_t grain = std::max<int64_t>(1, kGrainSize / std::max<int64_t>(1, N * K));
  parallel_for(0, B * M, grain, [&](int64_t r0, int64_t r1) {
    std::vector<Acc> acc(N);
    for (int64_t r = r0; r < r1; ++r) {
      int64_t b = r / M, i = r % M;
      std::fill(acc.begin(), acc.end(), Acc(0));
      const T* arow = ap + b * sa0 + i * sa1;
      for (int64_t k = 0; k < K; ++k) {
        Acc av = static_cast<Acc>(arow[k * sa2]);
        const T* wrow = wp + b * sw0 + k * sw1;
        Acc* accp = acc.data();
        for (int64_t j = 0; j < N; ++j) accp[j] += av * static_cast<Acc>(wrow[j]);
      }
      T* orow = op + r * N;
      for (int64_t j = 0; j < N; ++j)
        orow[j] =
            static_cast<T>(beta == 0 ? al * acc[j] : al * acc[j] + be * static_cast<Acc>(orow[j]));
    }
  });
}

// ---- oneDNN matmul
dnnl::engine& cpu_engine() {
  static dnnl::engine eng(dnnl::engine::kind::cpu, 0);
  return eng;
}

using Key = std::tuple<int, std::vector<int64_t>, double, double>;

// A matmul primitive and the scratchpad it needs. Scratchpads are the caller's (user mode), one
// per execution, so threads running one cached primitive at once never share one.
struct Entry {
  dnnl::matmul prim;
  dnnl::memory::desc scratch;
};
struct Cache {
  std::mutex mu;
  std::map<Key, std::shared_ptr<Entry>> prims;
};
Cache& cache() {
  static Cache c;
  return c;
}

// An operand's dims and strides for oneDNN: a batch of 1 (or stride 0) is passed as dim 1 so
// oneDNN broadcasts it; one of the two matrix strides must be 1.
bool plain(const Tensor& t) { return t.stride(2) == 1 || t.stride(1) == 1; }
void describe(const Tensor& t, std::vector<int64_t>& dims, std::vector<int64_t>& strides) {
  bool bcast = t.size(0) == 1 || t.stride(0) == 0;
  int64_t s1 = t.size(1) == 1 ? (t.stride(2) == 1 ? t.size(2) : 1) : t.stride(1);
  int64_t s2 = t.size(2) == 1 ? (t.stride(1) == 1 ? t.size(1) : 1) : t.stride(2);
  int64_t s0 = bcast ? t.size(1) * t.size(2) : t.stride(0);
  dims.insert(dims.end(), {bcast ? 1 : t.size(0), t.size(1), t.size(2)});
  strides.insert(strides.end(), {s0, s1, s2});
}

bool gemm_dnnl(const Tensor& out, const Tensor& a, const Tensor& w, double alpha, double beta) {
  using dt = dnnl::memory::data_type;
  dt d = out.dtype() == DType::F32 ? dt::f32 : dt::bf16;
  Tensor ac = plain(a) ? a : a.contiguous();
  Tensor wc = plain(w) ? w : w.contiguous();
  std::vector<int64_t> geo;
  std::vector<int64_t> sa, sw;
  describe(ac, geo, sa);
  describe(wc, geo, sw);
  geo.insert(geo.end(), sa.begin(), sa.end());
  geo.insert(geo.end(), sw.begin(), sw.end());
  geo.insert(geo.end(), {out.size(0), out.size(1), out.size(2)});
  Key key{static_cast<int>(d), geo, alpha, beta};
  std::shared_ptr<Entry> prim;
  {
    std::lock_guard<std::mutex> lock(cache().mu);
    auto it = cache().prims.find(key);
    if (it != cache().prims.end()) prim = it->second;
  }
  auto md = [&](int k) {
    return dnnl::memory::desc({geo[3 * k], geo[3 * k + 1], geo[3 * k + 2]}, d,
                              {geo[6 + 3 * k], geo[7 + 3 * k], geo[8 + 3 * k]});
  };
  dnnl::memory::desc a_md = md(0), w_md = md(1);
  dnnl::memory::desc o_md({out.size(0), out.size(1), out.size(2)}, d,
                          {out.size(1) * out.size(2), out.size(2), 1});
  if (!prim) {
    try {
      dnnl::primitive_attr attr;
      attr.set_scratchpad_mode(dnnl::scratchpad_mode::user);
      if (alpha != 1) attr.set_output_scales(0, {static_cast<float>(alpha)});
      if (beta != 0) {
        dnnl::post_ops po;
        po.append_sum(static_cast<float>(beta));
        attr.set_post_ops(po);
      }
      dnnl::matmul::primitive_desc pd(dnnl::matmul::desc(a_md, w_md, o_md), attr, cpu_engine());
      prim = std::make_shared<Entry>(Entry{dnnl::matmul(pd), pd.scratchpad_desc()});
    } catch (const dnnl::error&) {
      return false;
    }
    std::lock_guard<std::mutex> lock(cache().mu);
    cache().prims.emplace(key, prim);
  }
  thread_local dnnl::stream stream(cpu_engine());
  dnnl::memory am(a_md, cpu_engine(), ac.data_ptr());
  dnnl::memory wm(w_md, cpu_engine(), wc.data_ptr());
  dnnl::memory om(o_md, cpu_engine(), out.data_ptr());
  Tensor scratch = empty({static_cast<int64_t>(prim->scratch.get_size())}, {.dtype = DType::U8});
  dnnl::memory sm(prim->scratch, cpu_engine(), scratch.data_ptr());
  prim->prim.execute(
      stream,
      {{DNNL_ARG_SRC, am}, {DNNL_ARG_WEIGHTS, wm}, {DNNL_ARG_DST, om}, {DNNL_ARG_SCRATCHPAD, sm}});
  stream.wait();
  return true;
}

void gemm_cpu(const Tensor& out, const Tensor& a, const Tensor& w, double alpha, double beta) {
  DType dt = out.dtype();
  if ((dt == DType::F32 || dt == DType::BF16) && gemm_dnnl(out, a, w, alpha, beta)) return;
  switch (dt) {
  case DType::F32:
    return gemm_loop<float, float>(out, a, w, alpha, beta);
  case DType::F64:
    return gemm_loop<double, double>(out, a, w, alpha, beta);
  case DType::F16:
    return gemm_loop<Half, float>(out, a, w, alpha, beta);
  case DType::BF16:
    return gemm_loop<BFloat16, float>(out, a, w, alpha, beta);
  default:
    IGNIS_DISPATCH_INTEGRAL(dt, "matmul",
                            [&] { gemm_loop<scalar_t, int64_t>(out, a, w, alpha, beta); });
  }
}

}  // namespace

IGNIS_REGISTER_KERNEL(gemm, CPU, gemm_cpu);

}  // namespace ignis
