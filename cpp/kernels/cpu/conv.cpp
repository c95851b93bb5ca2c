// CPU convolution kernels: forward, transposed and weight gradient. float32 and bfloat16 go to
// oneDNN (conv_dnnl.cpp); float64 and whatever oneDNN refuses run the plain reference loops here.
#include "kernels/conv.h"

#include <algorithm>
#include <type_traits>

#include "kernels/cpu/conv_dnnl.h"
#include "tensor/convert.h"
#include "tensor/dispatch.h"
#include "tensor/parallel.h"

namespace ignis {
namespace {

// Sizes padded to 3 spatial dims (missing leading dims are 1, with unit geometry).
struct Geo {
  int64_t N, C, O, G;
  int64_t in[3], k[3], out[3], s[3], p[3], d[3];
};

Geo make_geo(const Tensor& x, const Tensor& w, const Tensor& out, const ConvParams& p,
             bool transpose) {
  Geo g{};
  int64_t nd = p.nd, lead = 3 - nd;
  g.N = x.size(0);
  g.C = x.size(1);
  g.O = out.size(1);
  g.G = p.groups;
  for (int i = 0; i < 3; ++i) {
    bool real = i >= lead;
    g.in[i] = real ? x.size(2 + i - lead) : 1;
    g.k[i] = real ? w.size(2 + i - lead) : 1;
    g.out[i] = real ? out.size(2 + i - lead) : 1;
    g.s[i] = real ? p.stride[i - lead] : 1;
    g.p[i] = real ? p.padding[i - lead] : 0;
    g.d[i] = real ? p.dilation[i - lead] : 1;
  }
  (void)transpose;
  return g;
}

template <typename T>
using acc_t = std::conditional_t<std::is_same_v<T, double>, double, float>;

// out[n, o, pos] = bias[o] + sum_{c, k} x[n, g*Cg + c, pos*s - p + k*d] * w[o, c, k].
template <typename T>
void conv_ref(const Tensor& out, const Tensor& xt, const Tensor& wt, const Tensor& bt,
              const Geo& g) {
  const T* x = xt.data_ptr<T>();
  const T* w = wt.data_ptr<T>();
  const T* b = bt.defined() ? bt.data_ptr<T>() : nullptr;
  T* y = out.data_ptr<T>();
  int64_t Cg = g.C / g.G, Og = g.O / g.G;
  int64_t in_sz = g.in[0] * g.in[1] * g.in[2], out_sz = g.out[0] * g.out[1] * g.out[2];
  int64_t k_sz = g.k[0] * g.k[1] * g.k[2];
  parallel_for(0, g.N * g.O, std::max<int64_t>(1, 4096 / std::max<int64_t>(1, out_sz * k_sz * Cg)),
               [&](int64_t b0, int64_t b1) {
                 for (int64_t no = b0; no < b1; ++no) {
                   int64_t n = no / g.O, o = no % g.O, grp = o / Og;
                   T* yp = y + no * out_sz;
                   const T* wo = w + o * Cg * k_sz;
                   for (int64_t o0 = 0; o0 < g.out[0]; ++o0)
                     for (int64_t o1 = 0; o1 < g.out[1]; ++o1)
                       for (int64_t o2 = 0; o2 < g.out[2]; ++o2) {
                         acc_t<T> acc = b ? static_cast<acc_t<T>>(b[o]) : acc_t<T>(0);
                         for (int64_t c = 0; c < Cg; ++c) {
                           const T* xc = x + (n * g.C + grp * Cg + c) * in_sz;
                           const T* wc = wo + c * k_sz;
                           for (int64_t k0 = 0; k0 < g.k[0]; ++k0) {
                             int64_t i0 = o0 * g.s[0] - g.p[0] + k0 * g.d[0];
                             if (i0 < 0 || i0 >= g.in[0]) continue;
                             for (int64_t k1 = 0; k1 < g.k[1]; ++k1) {
                               int64_t i1 = o1 * g.s[1] - g.p[1] + k1 * g.d[1];
                               if (i1 < 0 || i1 >= g.in[1]) continue;
                               for (int64_t k2 = 0; k2 < g.k[2]; ++k2) {
                                 int64_t i2 = o2 * g.s[2] - g.p[2] + k2 * g.d[2];
                                 if (i2 < 0 || i2 >= g.in[2]) continue;
                                 acc +=
                                     static_cast<acc_t<T>>(xc[(i0 * g.in[1] + i1) * g.in[2] + i2]) *
                                     static_cast<acc_t<T>>(wc[(k0 * g.k[1] + k1) * g.k[2] + k2]);
                               }
                             }
                           }
                         }
                         yp[(o0 * g.out[1] + o1) * g.out[2] + o2] = convert<T>(acc);
                       }
                 }
               });
}

// Transposed convolution (weight (C, Og, k)), written as a gather over the output so threads
// never write the same element: out[n, g*Og + o, q] = bias + sum over (c, k, i) with
// i*s - p + k*d == q of x[n, g*Cg + c, i] * w[g*Cg + c, o, k].
template <typename T>
void conv_transpose_ref(const Tensor& out, const Tensor& xt, const Tensor& wt, const Tensor& bt,
                        const Geo& g) {
  const T* x = xt.data_ptr<T>();
  const T* w = wt.data_ptr<T>();
  const T* b = bt.defined() ? bt.data_ptr<T>() : nullptr;
  T* y = out.data_ptr<T>();
  int64_t Cg = g.C / g.G, Og = g.O / g.G;
  int64_t in_sz = g.in[0] * g.in[1] * g.in[2], out_sz = g.out[0] * g.out[1] * g.out[2];
  int64_t k_sz = g.k[0] * g.k[1] * g.k[2];
  // input index along axis a for output q and tap k, or -1.
  auto src = [&](int a, int64_t q, int64_t k) -> int64_t {
    int64_t t = q + g.p[a] - k * g.d[a];
    if (t < 0 || t % g.s[a] != 0) return -1;
    t /= g.s[a];
    return t < g.in[a] ? t : -1;
  };
  parallel_for(0, g.N * g.O, std::max<int64_t>(1, 4096 / std::max<int64_t>(1, out_sz * k_sz * Cg)),
               [&](int64_t b0, int64_t b1) {
                 for (int64_t no = b0; no < b1; ++no) {
                   int64_t n = no / g.O, oc = no % g.O, grp = oc / Og, o = oc % Og;
                   T* yp = y + no * out_sz;
                   for (int64_t q0 = 0; q0 < g.out[0]; ++q0)
                     for (int64_t q1 = 0; q1 < g.out[1]; ++q1)
                       for (int64_t q2 = 0; q2 < g.out[2]; ++q2) {
                         acc_t<T> acc = b ? static_cast<acc_t<T>>(b[oc]) : acc_t<T>(0);
                         for (int64_t k0 = 0; k0 < g.k[0]; ++k0) {
                           int64_t i0 = src(0, q0, k0);
                           if (i0 < 0) continue;
                           for (int64_t k1 = 0; k1 < g.k[1]; ++k1) {
                             int64_t i1 = src(1, q1, k1);
                             if (i1 < 0) continue;
                             for (int64_t k2 = 0; k2 < g.k[2]; ++k2) {
                               int64_t i2 = src(2, q2, k2);
                               if (i2 < 0) continue;
                               int64_t xi = (i0 * g.in[1] + i1) * g.in[2] + i2;
                               int64_t wi = (k0 * g.k[1] + k1) * g.k[2] + k2;
                               for (int64_t c = 0; c < Cg; ++c) {
                                 int64_t ci = grp * Cg + c;
                                 acc += static_cast<acc_t<T>>(x[(n * g.C + ci) * in_sz + xi]) *
                                        static_cast<acc_t<T>>(w[(ci * Og + o) * k_sz + wi]);
                               }
                             }
                           }
                         }
                         yp[(q0 * g.out[1] + q1) * g.out[2] + q2] = convert<T>(acc);
                       }
                 }
               });
}

// gw[o, c, k] = sum_{n, q} g[n, o, q] * x[n, grp*Cg + c, q*s - p + k*d] (the sum conv_ref runs,
// taken over (n, q) instead of (c, k)); gb[o] = sum_{n, q} g[n, o, q].
template <typename T>
void conv_backward_weight_ref(const Tensor& gwt, const Tensor& gbt, const Tensor& xt,
                              const Tensor& gt, const Geo& g) {
  const T* x = xt.data_ptr<T>();
  const T* gy = gt.data_ptr<T>();
  T* gw = gwt.data_ptr<T>();
  int64_t Cg = g.C / g.G, Og = g.O / g.G;
  int64_t in_sz = g.in[0] * g.in[1] * g.in[2], out_sz = g.out[0] * g.out[1] * g.out[2];
  int64_t k_sz = g.k[0] * g.k[1] * g.k[2];
  parallel_for(
      0, g.O * Cg, std::max<int64_t>(1, 4096 / std::max<int64_t>(1, g.N * out_sz * k_sz)),
      [&](int64_t b0, int64_t b1) {
        for (int64_t oc = b0; oc < b1; ++oc) {
          int64_t o = oc / Cg, c = oc % Cg, ci = o / Og * Cg + c;
          for (int64_t k0 = 0; k0 < g.k[0]; ++k0)
            for (int64_t k1 = 0; k1 < g.k[1]; ++k1)
              for (int64_t k2 = 0; k2 < g.k[2]; ++k2) {
                acc_t<T> acc = 0;
                for (int64_t n = 0; n < g.N; ++n) {
                  const T* xc = x + (n * g.C + ci) * in_sz;
                  const T* gp = gy + (n * g.O + o) * out_sz;
                  for (int64_t q0 = 0; q0 < g.out[0]; ++q0) {
                    int64_t i0 = q0 * g.s[0] - g.p[0] + k0 * g.d[0];
                    if (i0 < 0 || i0 >= g.in[0]) continue;
                    for (int64_t q1 = 0; q1 < g.out[1]; ++q1) {
                      int64_t i1 = q1 * g.s[1] - g.p[1] + k1 * g.d[1];
                      if (i1 < 0 || i1 >= g.in[1]) continue;
                      for (int64_t q2 = 0; q2 < g.out[2]; ++q2) {
                        int64_t i2 = q2 * g.s[2] - g.p[2] + k2 * g.d[2];
                        if (i2 < 0 || i2 >= g.in[2]) continue;
                        acc += static_cast<acc_t<T>>(gp[(q0 * g.out[1] + q1) * g.out[2] + q2]) *
                               static_cast<acc_t<T>>(xc[(i0 * g.in[1] + i1) * g.in[2] + i2]);
                      }
                    }
                  }
                }
                gw[oc * k_sz + (k0 * g.k[1] + k1) * g.k[2] + k2] = convert<T>(acc);
              }
        }
      });
  if (!gbt.defined()) return;
  T* gb = gbt.data_ptr<T>();
  for (int64_t o = 0; o < g.O; ++o) {
    acc_t<T> acc = 0;
    for (int64_t n = 0; n < g.N; ++n)
      for (int64_t q = 0; q < out_sz; ++q)
        acc += static_cast<acc_t<T>>(gy[(n * g.O + o) * out_sz + q]);
    gb[o] = convert<T>(acc);
  }
}

// oneDNN takes float32 and bfloat16 (conv_dnnl.cpp); float64 -- what gradcheck runs on -- and
// the rare geometries oneDNN refuses run the reference loops above.
bool dnnl_dtype(const Tensor& x) {
  return (x.dtype() == DType::F32 || x.dtype() == DType::BF16) && x.numel() > 0;
}

// t as a dense contiguous tensor for the reference loops (no history).
Tensor dense(const Tensor& t) { return t.defined() ? t.detach().contiguous() : t; }

void conv_forward_cpu(const Tensor& out, const Tensor& x, const Tensor& w, const Tensor& bias,
                      const ConvParams& p) {
  if (out.numel() == 0) return;
  if (dnnl_dtype(x) && conv_dnnl::forward(out, x, w, bias, p)) return;
  Tensor xc = dense(x), wc = dense(w), bc = dense(bias);
  Tensor oc = out.is_contiguous() ? out : empty(out.shape(), {.dtype = out.dtype()});
  Geo g = make_geo(xc, wc, oc, p, false);
  IGNIS_DISPATCH_FLOATING(x.dtype(), "conv", [&] { conv_ref<scalar_t>(oc, xc, wc, bc, g); });
  if (!oc.is_same(out)) Tensor(out).copy_(oc);
}

void conv_transpose_forward_cpu(const Tensor& out, const Tensor& x, const Tensor& w,
                                const Tensor& bias, const ConvParams& p) {
  if (out.numel() == 0) return;
  if (dnnl_dtype(x) && conv_dnnl::transpose_forward(out, x, w, bias, p)) return;
  Tensor xc = dense(x), wc = dense(w), bc = dense(bias);
  Tensor oc = out.is_contiguous() ? out : empty(out.shape(), {.dtype = out.dtype()});
  Geo g = make_geo(xc, wc, oc, p, true);
  IGNIS_DISPATCH_FLOATING(x.dtype(), "conv_transpose",
                          [&] { conv_transpose_ref<scalar_t>(oc, xc, wc, bc, g); });
  if (!oc.is_same(out)) Tensor(out).copy_(oc);
}

void conv_backward_weight_cpu(const Tensor& gw, const Tensor& gb, const Tensor& x, const Tensor& g,
                              const ConvParams& p) {
  if (x.numel() == 0 || g.numel() == 0) {  // nothing is summed
    if (gw.numel() > 0) Tensor(gw).zero_();
    if (gb.defined() && gb.numel() > 0) Tensor(gb).zero_();
    return;
  }
  if (gw.numel() == 0 && !gb.defined()) return;
  if (dnnl_dtype(x) && gw.numel() > 0 && conv_dnnl::backward_weight(gw, gb, x, g, p)) return;
  Tensor xc = dense(x), gc = dense(g);
  Geo geo = make_geo(xc, gw, gc, p, false);
  IGNIS_DISPATCH_FLOATING(x.dtype(), "conv backward",
                          [&] { conv_backward_weight_ref<scalar_t>(gw, gb, xc, gc, geo); });
}

}  // namespace

IGNIS_REGISTER_KERNEL(conv_forward, CPU, conv_forward_cpu);
IGNIS_REGISTER_KERNEL(conv_transpose_forward, CPU, conv_transpose_forward_cpu);
IGNIS_REGISTER_KERNEL(conv_backward_weight, CPU, conv_backward_weight_cpu);

}  // namespace ignis
