// Batched matrix product for the nn family (linear, bilinear, attention): a oneDNN matmul
// primitive (cached by shapes, strides and dtype) for float32/bfloat16/float16, a blocked
// scalar loop for float64.
#include <oneapi/dnnl/dnnl.hpp>

#include "kernels/cpu/dnnl_utils.h"
#include "kernels/nn.h"
#include "tensor/parallel.h"

namespace ignis {
namespace {

namespace du = dnnl_utils;

struct MatmulEntry {
  dnnl::matmul prim;
  dnnl::memory::desc a, b, c;
};

template <typename T>
void bmm_loop(const Tensor& out, const Tensor& a, const Tensor& b) {
  const int64_t B = a.size(0), M = a.size(1), K = a.size(2), N = b.size(2);
  const int64_t as0 = a.stride(0), as1 = a.stride(1), as2 = a.stride(2);
  const int64_t bs0 = b.stride(0), bs1 = b.stride(1), bs2 = b.stride(2);
  const T* pa = static_cast<const T*>(a.data_ptr());
  const T* pb = static_cast<const T*>(b.data_ptr());
  T* pc = static_cast<T*>(out.data_ptr());
  parallel_for(0, B * M, std::max<int64_t>(1, 4096 / std::max<int64_t>(1, K * N)),
               [&](int64_t lo, int64_t hi) {
                 for (int64_t r = lo; r < hi; ++r) {
                   const int64_t bi = r / M, i = r % M;
                   T* c = pc + r * N;
                   for (int64_t j = 0; j < N; ++j) c[j] = 0;
                   for (int64_t k = 0; k < K; ++k) {
                     const T av = pa[bi * as0 + i * as1 + k * as2];
                     const T* brow = pb + bi * bs0 + k * bs1;
                     for (int64_t j = 0; j < N; ++j) c[j] += av * brow[j * bs2];
                   }
                 }
               });
}

void nn_bmm_cpu(const Tensor& out, const Tensor& a, const Tensor& b) {
  if (out.numel() == 0) return;
  if (a.size(2) == 0) {
    Tensor(out).zero_();
    return;
  }
  if (a.dtype() == DType::F64) return bmm_loop<double>(out, a, b);
  du::PrimKey key("nn_bmm");
  key << a << b << out;
  auto e = du::prim_cache().get<MatmulEntry>(key, [&] {
    MatmulEntry m;
    m.a = du::md_of(a, "matmul");
    m.b = du::md_of(b, "matmul");
    m.c = du::md_of(out, "matmul");
    m.prim = dnnl::matmul(
        dnnl::matmul::primitive_desc(dnnl::matmul::desc(m.a, m.b, m.c), du::cpu_engine()));
    return m;
  });
  du::execute(e->prim,
              {{DNNL_ARG_SRC, du::mem_of(a, e->a)},
               {DNNL_ARG_WEIGHTS, du::mem_of(b, e->b)},
               {DNNL_ARG_DST, du::mem_of(out, e->c)}},
              "matmul");
}

}  // namespace

IGNIS_REGISTER_KERNEL(nn_bmm, CPU, nn_bmm_cpu);

}  // namespace ignis
