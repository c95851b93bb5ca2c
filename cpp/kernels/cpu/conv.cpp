// CPU convolution: oneDNN primitives for f32 and bf16 forward convolution (cached by shape,
// strides, dtype and geometry; NCHW and channels-last user layouts), and a plain reference
// loop for everything else (f64 -- what gradcheck runs on -- and transposed convolution).
#include "kernels/conv.h"

#include <algorithm>
#include <type_traits>

#include "kernels/cpu/dnnl_utils.h"
#include "tensor/convert.h"
#include "tensor/dispatch.h"
#include "tensor/parallel.h"

namespace ignis {
namespace {

namespace du = dnnl_utils;

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

// ---- oneDNN forward convolution

// True when t (N, C, *sp) is laid out channels-last (channels innermost, dense).
bool is_channels_last(const Tensor& t) {
  if (t.stride(1) != 1 || t.size(1) == 1) return false;
  int64_t expect = t.size(1);
  for (int64_t i = t.dim() - 1; i >= 2; --i) {
    if (t.size(i) != 1 && t.stride(i) != expect) return false;
    expect *= t.size(i);
  }
  return t.size(0) == 1 || t.stride(0) == expect;
}

struct ConvEntry {
  dnnl::convolution_forward::primitive_desc pd;
  dnnl::primitive prim;
  dnnl::memory::desc user_src, user_wei, user_dst;
  bool reorder_src, reorder_wei, reorder_dst;
  dnnl::reorder src_r, wei_r, dst_r;
};

dnnl::memory::dims dims_of(const std::array<int64_t, 3>& a, int64_t nd, int64_t minus = 0) {
  dnnl::memory::dims d;
  for (int64_t i = 0; i < nd; ++i) d.push_back(a[i] - minus);
  return d;
}

std::shared_ptr<ConvEntry> make_conv_entry(const Tensor& out, const Tensor& x, const Tensor& w,
                                           const Tensor& bias, const ConvParams& p,
                                           const dnnl::memory::dims& pad_r) {
  const char* op = "conv";
  auto e = std::make_shared<ConvEntry>();
  e->user_src = du::md_of(x, op);
  e->user_dst = du::md_of(out, op);
  // Weights grouped as (G, O/G, C/G, *k) when groups > 1.
  dnnl::memory::dims wd(w.sizes().begin(), w.sizes().end());
  if (p.groups > 1) {
    wd[0] /= p.groups;
    wd.insert(wd.begin(), p.groups);
  }
  dnnl::memory::desc user_wei(wd, du::dnnl_type(w.dtype(), op),
                              p.groups > 1 ? dnnl::memory::dims{} : dnnl::memory::dims{});
  {
    dnnl::memory::dims ws(wd.size());
    int64_t acc = 1;
    for (int64_t i = static_cast<int64_t>(wd.size()) - 1; i >= 0; --i) {
      ws[i] = acc;
      acc *= wd[i];
    }
    user_wei = dnnl::memory::desc(wd, du::dnnl_type(w.dtype(), op), ws);
  }
  e->user_wei = user_wei;
  bool cl = is_channels_last(x) && is_channels_last(out);
  dnnl::memory::dims xs(x.sizes().begin(), x.sizes().end());
  dnnl::memory::dims os(out.sizes().begin(), out.sizes().end());
  auto dtp = du::dnnl_type(x.dtype(), op);
  dnnl::memory::desc src_md =
      cl ? e->user_src : dnnl::memory::desc(xs, dtp, dnnl::memory::format_tag::any);
  dnnl::memory::desc dst_md =
      cl ? e->user_dst : dnnl::memory::desc(os, dtp, dnnl::memory::format_tag::any);
  dnnl::memory::desc wei_md(wd, dtp, dnnl::memory::format_tag::any);
  auto strides = dims_of(p.stride, p.nd), dil = dims_of(p.dilation, p.nd, 1),
       pad_l = dims_of(p.padding, p.nd);
  dnnl::convolution_forward::desc d =
      bias.defined()
          ? dnnl::convolution_forward::desc(dnnl::prop_kind::forward_inference,
                                            dnnl::algorithm::convolution_direct, src_md, wei_md,
                                            du::md_of(bias, op), dst_md, strides, dil, pad_l, pad_r)
          : dnnl::convolution_forward::desc(dnnl::prop_kind::forward_inference,
                                            dnnl::algorithm::convolution_direct, src_md, wei_md,
                                            dst_md, strides, dil, pad_l, pad_r);
  e->pd = dnnl::convolution_forward::primitive_desc(d, du::cpu_engine());
  e->prim = dnnl::convolution_forward(e->pd);
  e->reorder_src = e->pd.src_desc() != e->user_src;
  e->reorder_wei = e->pd.weights_desc() != e->user_wei;
  e->reorder_dst = e->pd.dst_desc() != e->user_dst;
  const auto& eng = du::cpu_engine();
  if (e->reorder_src)
    e->src_r =
        dnnl::reorder(dnnl::reorder::primitive_desc(eng, e->user_src, eng, e->pd.src_desc()));
  if (e->reorder_wei)
    e->wei_r =
        dnnl::reorder(dnnl::reorder::primitive_desc(eng, e->user_wei, eng, e->pd.weights_desc()));
  if (e->reorder_dst)
    e->dst_r =
        dnnl::reorder(dnnl::reorder::primitive_desc(eng, e->pd.dst_desc(), eng, e->user_dst));
  return e;
}

// A scratch memory of descriptor md (from the caching allocator; kept alive by `keep`).
dnnl::memory scratch(const dnnl::memory::desc& md, Tensor& keep) {
  keep = empty({static_cast<int64_t>(md.get_size())}, {.dtype = DType::U8});
  return dnnl::memory(md, du::cpu_engine(), keep.data_ptr());
}

bool conv_dnnl(const Tensor& out, const Tensor& x, const Tensor& w_in, const Tensor& bias,
               const ConvParams& p) {
  // The weight descriptor below is dense row-major: give it such a weight (a transposed one
  // arrives from the weight-gradient formula). detach(): kernels record no history.
  const Tensor w = w_in.is_contiguous() ? w_in : w_in.detach().contiguous();
  dnnl::memory::dims pad_r;
  for (int64_t i = 0; i < p.nd; ++i) {
    int64_t in = x.size(2 + i), k = w.size(2 + i), o = out.size(2 + i);
    int64_t r = (o - 1) * p.stride[i] + (k - 1) * p.dilation[i] + 1 - in - p.padding[i];
    if (r < 0) return false;
    pad_r.push_back(r);
  }
  du::PrimKey key("conv_fwd");
  key << x << w << bias << out << p.nd << p.groups;
  for (int64_t i = 0; i < p.nd; ++i) key << p.stride[i] << p.padding[i] << p.dilation[i];
  std::shared_ptr<ConvEntry> e;
  try {
    e = du::prim_cache().get<ConvEntry>(key,
                                        [&] { return make_conv_entry(out, x, w, bias, p, pad_r); });
  } catch (const dnnl::error&) {
    return false;
  }
  const char* op = "conv";
  Tensor k1, k2, k3;
  dnnl::memory src = du::mem_of(x, e->user_src), wei = du::mem_of(w, e->user_wei),
               dst = du::mem_of(out, e->user_dst);
  if (e->reorder_src) {
    dnnl::memory m = scratch(e->pd.src_desc(), k1);
    du::execute(e->src_r, {{DNNL_ARG_FROM, src}, {DNNL_ARG_TO, m}}, op);
    src = m;
  }
  if (e->reorder_wei) {
    dnnl::memory m = scratch(e->pd.weights_desc(), k2);
    du::execute(e->wei_r, {{DNNL_ARG_FROM, wei}, {DNNL_ARG_TO, m}}, op);
    wei = m;
  }
  dnnl::memory conv_dst = e->reorder_dst ? scratch(e->pd.dst_desc(), k3) : dst;
  std::unordered_map<int, dnnl::memory> args{
      {DNNL_ARG_SRC, src}, {DNNL_ARG_WEIGHTS, wei}, {DNNL_ARG_DST, conv_dst}};
  if (bias.defined()) args[DNNL_ARG_BIAS] = du::mem_of(bias, op);
  du::execute(e->prim, args, op);
  if (e->reorder_dst) du::execute(e->dst_r, {{DNNL_ARG_FROM, conv_dst}, {DNNL_ARG_TO, dst}}, op);
  return true;
}

void conv_forward_cpu(const Tensor& out, const Tensor& x, const Tensor& w, const Tensor& bias,
                      const ConvParams& p) {
  if (out.numel() == 0) return;
  if ((x.dtype() == DType::F32 || x.dtype() == DType::BF16) && x.numel() > 0 &&
      conv_dnnl(out, x, w, bias, p))
    return;
  Tensor xc = x.contiguous(), wc = w.contiguous(), bc = bias.defined() ? bias.contiguous() : bias;
  Tensor oc = out.is_contiguous() ? out : empty(out.shape(), {.dtype = out.dtype()});
  Geo g = make_geo(xc, wc, oc, p, false);
  IGNIS_DISPATCH_FLOATING(x.dtype(), "conv", [&] { conv_ref<scalar_t>(oc, xc, wc, bc, g); });
  if (!oc.is_same(out)) Tensor(out).copy_(oc);
}

void conv_transpose_forward_cpu(const Tensor& out, const Tensor& x, const Tensor& w,
                                const Tensor& bias, const ConvParams& p) {
  if (out.numel() == 0) return;
  Tensor xc = x.contiguous(), wc = w.contiguous(), bc = bias.defined() ? bias.contiguous() : bias;
  Tensor oc = out.is_contiguous() ? out : empty(out.shape(), {.dtype = out.dtype()});
  Geo g = make_geo(xc, wc, oc, p, true);
  IGNIS_DISPATCH_FLOATING(x.dtype(), "conv_transpose",
                          [&] { conv_transpose_ref<scalar_t>(oc, xc, wc, bc, g); });
  if (!oc.is_same(out)) Tensor(out).copy_(oc);
}

}  // namespace

IGNIS_REGISTER_KERNEL(conv_forward, CPU, conv_forward_cpu);
IGNIS_REGISTER_KERNEL(conv_transpose_forward, CPU, conv_transpose_forward_cpu);

}  // namespace ignis
