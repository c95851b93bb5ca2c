// CPU pooling and resampling over planes (P, H, W): one separable linear kernel (average pools,
// adaptive average pools, interpolation, and their adjoints) and one window-maximum kernel
// (max pools with their indices). Both walk precomputed per-axis taps (kernels/pool.h).
#include "kernels/pool.h"

#include <cmath>
#include <limits>
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

// True when every window of t reads consecutive input positions (dilation 1: the common case),
// so a window is a start and a length.
bool dense_windows(const AxisTaps& t) {
  for (int64_t o = 0; o < t.out_size(); ++o)
    for (int64_t a = t.off[o] + 1; a < t.off[o + 1]; ++a)
      if (t.idx[a] != t.idx[a - 1] + 1) return false;
  return true;
}

// Window of output o: start in the input and length (0 when it holds no tap).
struct Span {
  int64_t start, len;
};

std::vector<Span> spans(const AxisTaps& t) {
  std::vector<Span> s(t.out_size());
  for (int64_t o = 0; o < t.out_size(); ++o)
    s[o] = {t.off[o] < t.off[o + 1] ? t.idx[t.off[o]] : 0, t.off[o + 1] - t.off[o]};
  return s;
}

// The run of output columns [lo, hi) whose windows all have the full length len and starts
// step by a fixed stride (the interior, away from padding): they are swept tap by tap.
struct Run {
  int64_t lo = 0, hi = 0, len = 0, stride = 1;
};

Run interior(const std::vector<Span>& ws) {
  Run r;
  for (const Span& s : ws) r.len = std::max(r.len, s.len);
  int64_t n = static_cast<int64_t>(ws.size());
  while (r.lo < n && ws[r.lo].len != r.len) ++r.lo;
  r.hi = r.lo + (r.lo < n ? 1 : 0);
  if (r.hi < n && ws[r.hi].len == r.len) r.stride = ws[r.hi].start - ws[r.lo].start;
  while (r.hi < n && ws[r.hi].len == r.len &&
         ws[r.hi].start == ws[r.lo].start + (r.hi - r.lo) * r.stride)
    ++r.hi;
  return r;
}

// Max over dense windows. A NaN wins (the first one); on ties the first maximum wins. The
// interior columns of an output row are swept one tap at a time across the whole row, so the
// compares of neighbouring outputs are independent and branch-free (random data mispredicts a
// compare-and-jump); the few edge windows go one by one.
template <typename T>
void max_fwd_dense(const Tensor& out, const Tensor& ind, const Tensor& x, const AxisTaps& h,
                   const AxisTaps& w) {
  using A = acc_t<T>;
  int64_t P = x.size(0), H = x.size(1), W = x.size(2);
  int64_t OH = h.out_size(), OW = w.out_size();
  std::vector<Span> hs = spans(h), ws = spans(w);
  const Run run = interior(ws);
  const T* xp = x.data_ptr<T>();
  T* yp = out.data_ptr<T>();
  int64_t* ip = ind.defined() ? ind.data_ptr<int64_t>() : nullptr;
  parallel_for(0, P, std::max<int64_t>(1, kGrainSize / std::max<int64_t>(1, H * W)),
               [&](int64_t b, int64_t e) {
                 std::vector<A> best(OW);
                 std::vector<int32_t> arg(OW);  // plane indices; the caller checks H * W fits
                 for (int64_t p = b; p < e; ++p) {
                   const T* xpl = xp + p * H * W;
                   for (int64_t i = 0; i < OH; ++i) {
                     const Span r = hs[i];
                     auto one = [&](int64_t j) {  // one window, taps in row-major order
                       const Span c = ws[j];
                       best[j] = -INFINITY;
                       arg[j] = -1;
                       for (int64_t a = 0; a < r.len; ++a)
                         for (int64_t q = 0; q < c.len; ++q) {
                           int64_t k = (r.start + a) * W + c.start + q;
                           A v = static_cast<A>(xpl[k]);
                           bool take = arg[j] < 0 || v > best[j] || (v != v && best[j] == best[j]);
                           best[j] = take ? v : best[j];
                           arg[j] = take ? static_cast<int32_t>(k) : arg[j];
                         }
                     };
                     for (int64_t j = 0; j < run.lo; ++j) one(j);
                     for (int64_t j = run.hi; j < OW; ++j) one(j);
                     if (r.len > 0 && run.hi > run.lo) {
                       const int64_t n = run.hi - run.lo, S = run.stride;
                       const int64_t k0 = r.start * W + ws[run.lo].start;
                       A* bj = best.data() + run.lo;
                       int32_t* aj = arg.data() + run.lo;
                       for (int64_t j = 0; j < n; ++j) {
                         bj[j] = static_cast<A>(xpl[k0 + j * S]);
                         aj[j] = static_cast<int32_t>(k0 + j * S);
                       }
                       // Integer masks and max, not `?:`, which the compiler turns back into jumps.
                       int nan = 0;
                       for (int64_t j = 0; j < n; ++j) nan |= bj[j] != bj[j];
                       for (int64_t a = 0; a < r.len; ++a)
                         for (int64_t q = a == 0 ? 1 : 0; q < run.len; ++q) {
                           const int64_t k = k0 + a * W + q;
                           const T* src = xpl + k;
                           for (int64_t j = 0; j < n; ++j) {
                             A v = static_cast<A>(src[j * S]);
                             int32_t m = -static_cast<int32_t>(v > bj[j]);
                             aj[j] = (aj[j] & ~m) | (static_cast<int32_t>(k + j * S) & m);
                             bj[j] = std::max(bj[j], v);
                             nan |= v != v;
                           }
                         }
                       if (nan)  // rare: redo the row with the NaN rule
                         for (int64_t j = run.lo; j < run.hi; ++j) one(j);
                     } else {
                       for (int64_t j = run.lo; j < run.hi; ++j) one(j);
                     }
                     T* yrow = yp + (p * OH + i) * OW;
                     for (int64_t j = 0; j < OW; ++j) yrow[j] = convert<T>(best[j]);
                     if (ip) std::copy(arg.begin(), arg.end(), ip + (p * OH + i) * OW);
                   }
                 }
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
  bool dense = dense_windows(h) && dense_windows(w) &&
               x.size(1) * x.size(2) <= std::numeric_limits<int32_t>::max();
  IGNIS_DISPATCH_FLOATING(x.dtype(), "max_pool", [&] {
    if (dense)
      max_fwd_dense<scalar_t>(out, ind, x, h, w);
    else
      max_fwd<scalar_t>(out, ind, x, h, w);
  });
}

// Scatter-add of g into zeroed planes, one plane per thread at a time (no write conflicts).
template <typename T>
void max_bwd(const Tensor& out, const Tensor& g, const Tensor& ind) {
  int64_t P = out.size(0), HW = out.size(1) * out.size(2);
  int64_t OHW = g.numel() / std::max<int64_t>(1, P);
  const T* gp = g.data_ptr<T>();
  const int64_t* ip = ind.data_ptr<int64_t>();
  T* op = out.data_ptr<T>();
  parallel_for(0, P, std::max<int64_t>(1, kGrainSize / std::max<int64_t>(1, HW)),
               [&](int64_t b, int64_t e) {
                 std::vector<acc_t<T>> buf(HW);
                 for (int64_t p = b; p < e; ++p) {
                   std::fill(buf.begin(), buf.end(), acc_t<T>(0));
                   const T* gpl = gp + p * OHW;
                   const int64_t* ipl = ip + p * OHW;
                   for (int64_t k = 0; k < OHW; ++k)
                     if (ipl[k] >= 0) buf[ipl[k]] += static_cast<acc_t<T>>(gpl[k]);
                   T* opl = op + p * HW;
                   for (int64_t k = 0; k < HW; ++k) opl[k] = convert<T>(buf[k]);
                 }
               });
}

void pool_max_backward_cpu(const Tensor& out, const Tensor& g, const Tensor& ind) {
  if (out.numel() == 0) return;
  IGNIS_DISPATCH_FLOATING(out.dtype(), "max_pool backward",
                          [&] { max_bwd<scalar_t>(out, g, ind); });
}

}  // namespace

IGNIS_REGISTER_KERNEL(pool_linear, CPU, pool_linear_cpu);
IGNIS_REGISTER_KERNEL(pool_max, CPU, pool_max_cpu);
IGNIS_REGISTER_KERNEL(pool_max_backward, CPU, pool_max_backward_cpu);

}  // namespace ignis
