// CPU pooling and resampling over planes (P, H, W): one separable linear kernel (average pools,
// adaptive average pools, interpolation, and their adjoints) and one window-maximum kernel
// (max pools with their indices). Both walk precomputed per-axis taps (kernels/pool.h).
#include "kernels/pool.h"

#include <cmath>
#include <type_traits>

#include "tensor/convert.h"
#include "tensor/dispatch.h"
#include "tensor/parallel.h"

namespace ignis {
namespace {

template <typename T>
using acc_t = std::conditional_t<std::is_same_v<T, double>, double, float>;

template <typename T>
void linear_fwd(const Tensor& out, const Tensor& x, const AxisTaps& h, const AxisTaps& w,
                double scale) {
  int64_t P = x.size(0), H = x.size(1), W = x.size(2);
  int64_t OH = h.out_size(), OW = w.out_size();
  const T* xp = x.data_ptr<T>();
  T* yp = out.data_ptr<T>();
  parallel_for(0, P, std::max<int64_t>(1, kGrainSize / std::max<int64_t>(1, OH * OW * 4)),
               [&](int64_t b, int64_t e) {
                 for (int64_t p = b; p < e; ++p) {
                   const T* xpl = xp + p * H * W;
                   T* ypl = yp + p * OH * OW;
                   for (int64_t i = 0; i < OH; ++i)
                     for (int64_t j = 0; j < OW; ++j) {
                       acc_t<T> acc = 0;
                       for (int64_t a = h.off[i]; a < h.off[i + 1]; ++a) {
                         const T* row = xpl + h.idx[a] * W;
                         acc_t<T> r = 0;
                         for (int64_t c = w.off[j]; c < w.off[j + 1]; ++c)
                           r +=
                               static_cast<acc_t<T>>(w.w[c]) * static_cast<acc_t<T>>(row[w.idx[c]]);
                         acc += static_cast<acc_t<T>>(h.w[a]) * r;
                       }
                       ypl[i * OW + j] = convert<T>(acc * static_cast<acc_t<T>>(scale));
                     }
                 }
               });
}

// Transpose of linear_fwd: out (P, H, W) = sum of scattered x (P, OH, OW). Planes are
// independent, so threads split over P and never collide.
template <typename T>
void linear_adj(const Tensor& out, const Tensor& x, const AxisTaps& h, const AxisTaps& w,
                double scale) {
  int64_t P = out.size(0), H = out.size(1), W = out.size(2);
  int64_t OH = h.out_size(), OW = w.out_size();
  const T* xp = x.data_ptr<T>();
  T* yp = out.data_ptr<T>();
  parallel_for(0, P, std::max<int64_t>(1, kGrainSize / std::max<int64_t>(1, H * W * 4)),
               [&](int64_t b, int64_t e) {
                 std::vector<acc_t<T>> buf(H * W);
                 for (int64_t p = b; p < e; ++p) {
                   std::fill(buf.begin(), buf.end(), acc_t<T>(0));
                   const T* xpl = xp + p * OH * OW;
                   for (int64_t i = 0; i < OH; ++i)
                     for (int64_t j = 0; j < OW; ++j) {
                       acc_t<T> g =
                           static_cast<acc_t<T>>(xpl[i * OW + j]) * static_cast<acc_t<T>>(scale);
                       for (int64_t a = h.off[i]; a < h.off[i + 1]; ++a) {
                         acc_t<T> gh = g * static_cast<acc_t<T>>(h.w[a]);
                         acc_t<T>* row = buf.data() + h.idx[a] * W;
                         for (int64_t c = w.off[j]; c < w.off[j + 1]; ++c)
                           row[w.idx[c]] += gh * static_cast<acc_t<T>>(w.w[c]);
                       }
                     }
                   T* ypl = yp + p * H * W;
                   for (int64_t k = 0; k < H * W; ++k) ypl[k] = convert<T>(buf[k]);
                 }
               });
}

void pool_linear_cpu(const Tensor& out, const Tensor& x, const AxisTaps& h, const AxisTaps& w,
                     double scale, bool adjoint) {
  if (out.numel() == 0) return;
  IGNIS_DISPATCH_FLOATING(x.dtype(), "pool", [&] {
    if (adjoint)
      linear_adj<scalar_t>(out, x, h, w, scale);
    else
      linear_fwd<scalar_t>(out, x, h, w, scale);
  });
}

template <typename T>
void max_fwd(const Tensor& out, const Tensor& ind, const Tensor& x, const AxisTaps& h,
             const AxisTaps& w) {
  int64_t P = x.size(0), H = x.size(1), W = x.size(2);
  int64_t OH = h.out_size(), OW = w.out_size();
  const T* xp = x.data_ptr<T>();
  T* yp = out.data_ptr<T>();
  int64_t* ip = ind.defined() ? ind.data_ptr<int64_t>() : nullptr;
  parallel_for(0, P, std::max<int64_t>(1, kGrainSize / std::max<int64_t>(1, OH * OW * 4)),
               [&](int64_t b, int64_t e) {
                 for (int64_t p = b; p < e; ++p) {
                   const T* xpl = xp + p * H * W;
                   for (int64_t i = 0; i < OH; ++i)
                     for (int64_t j = 0; j < OW; ++j) {
                       acc_t<T> best = -INFINITY;
                       int64_t arg = -1;
                       for (int64_t a = h.off[i]; a < h.off[i + 1] && !std::isnan(best); ++a)
                         for (int64_t c = w.off[j]; c < w.off[j + 1]; ++c) {
                           int64_t k = h.idx[a] * W + w.idx[c];
                           acc_t<T> v = static_cast<acc_t<T>>(xpl[k]);
                           if (arg < 0 || v > best || std::isnan(v)) {
                             best = v;
                             arg = k;
                             if (std::isnan(v)) break;
                           }
                         }
                       yp[(p * OH + i) * OW + j] = convert<T>(best);
                       if (ip) ip[(p * OH + i) * OW + j] = arg;
                     }
                 }
               });
}

void pool_max_cpu(const Tensor& out, const Tensor& ind, const Tensor& x, const AxisTaps& h,
                  const AxisTaps& w) {
  if (out.numel() == 0) return;
  IGNIS_DISPATCH_FLOATING(x.dtype(), "max_pool", [&] { max_fwd<scalar_t>(out, ind, x, h, w); });
}

}  // namespace

IGNIS_REGISTER_KERNEL(pool_linear, CPU, pool_linear_cpu);
IGNIS_REGISTER_KERNEL(pool_max, CPU, pool_max_cpu);

}  // namespace ignis
