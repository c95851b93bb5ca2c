// oneDNN convolution, deconvolution and convolution backward-weights (see conv_dnnl.h).
//
// The user's tensors are described by their own sizes and strides; the primitive picks its
// layout (format `any`, usually blocked) and reorders run on the way in and out, except for
// channels-last activations, which oneDNN takes as they are. Windows that stop short of the
// input's end (stride > 1, e.g. 28 -> 13 with k 3, s 2) would need a negative right padding,
// which oneDNN lacks: the unread tail of the input (or of a transposed convolution's output) is
// cropped away instead, with a narrowed view.
#include "kernels/cpu/conv_dnnl.h"

#include <vector>

#include "kernels/cpu/dnnl_utils.h"

namespace ignis::conv_dnnl {
namespace {

namespace du = dnnl_utils;
using dims = dnnl::memory::dims;
using tag = dnnl::memory::format_tag;

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

// t without history, in a layout oneDNN reads directly (dense NC* or channels-last).
Tensor plain(const Tensor& t) {
  Tensor d = t.detach();
  return d.is_contiguous() || is_channels_last(d) ? d : d.contiguous();
}

// The user descriptor of a weight: w (O, C/G, *k) for conv, (C, O/G, *k) for conv_transpose,
// both seen as oneDNN's (G, O/G, C/G, *k) (no G dim when ungrouped) through strides, no copy.
dnnl::memory::desc weight_md(const Tensor& w, int64_t G, bool transposed, const char* op) {
  dims d(w.sizes().begin(), w.sizes().end()), s(w.strides().begin(), w.strides().end());
  int64_t s0 = s[0];
  if (transposed) {  // (G*Cg, Og) -> (Og, Cg) per group
    int64_t Cg = d[0] / G;
    d[0] = d[1];
    d[1] = Cg;
    s[0] = s[1];
    s[1] = s0;
    if (G > 1) {
      d.insert(d.begin(), G);
      s.insert(s.begin(), Cg * s0);
    }
  } else if (G > 1) {
    d[0] /= G;
    d.insert(d.begin(), G);
    s.insert(s.begin(), d[1] * s0);
  }
  return dnnl::memory::desc(d, du::dnnl_type(w.dtype(), op), s);
}

// The primitive's descriptor for an activation: the user's when channels-last, else `any`.
dnnl::memory::desc act_md(const dnnl::memory::desc& user, const Tensor& t, const char* op) {
  if (is_channels_last(t)) return user;
  return du::md_any(t.sizes(), t.dtype(), op);
}

// t's dims in oneDNN's 16-channel blocked layout (nCw16c, nChw16c or nCdhw16c).
dnnl::memory::desc blocked16(const Tensor& t, const char* op) {
  static const tag tags[] = {tag::nCw16c, tag::nChw16c, tag::nCdhw16c};
  return dnnl::memory::desc(dims(t.sizes().begin(), t.sizes().end()), du::dnnl_type(t.dtype(), op),
                            tags[t.dim() - 3]);
}

// Strides, zero-based dilations and paddings of one convolution, and `big` (the input of a
// convolution, the output of a transposed one) cropped where the windows stop short of its end.
struct Geometry {
  dims strides, dil, pad_l, pad_r;
  Tensor big;
};

// Geometry of the convolution big -> small (or its transpose small -> big) with w's kernel.
// False when no window reaches the input at all (left to the reference loop).
bool geometry(const Tensor& big, const Tensor& small, const Tensor& w, const ConvParams& p,
              Geometry& geo) {
  geo.big = big;
  for (int64_t i = 0; i < p.nd; ++i) {
    int64_t in = big.size(2 + i), k = w.size(2 + i), o = small.size(2 + i);
    int64_t r = (o - 1) * p.stride[i] + (k - 1) * p.dilation[i] + 1 - in - p.padding[i];
    if (r < 0) {
      if (in + r < 1) return false;
      geo.big = geo.big.narrow(2 + i, 0, in + r);
      r = 0;
    }
    geo.strides.push_back(p.stride[i]);
    geo.dil.push_back(p.dilation[i] - 1);
    geo.pad_l.push_back(p.padding[i]);
    geo.pad_r.push_back(r);
  }
  return true;
}

void key_geometry(du::PrimKey& key, const ConvParams& p, const Geometry& geo) {
  key << p.nd << p.groups << geo.strides << geo.dil << geo.pad_l << geo.pad_r;
}

// One argument of a primitive: the user's layout, the primitive's, and the reorder between
// them (user -> primitive for inputs, primitive -> user for outputs) when they differ.
struct Arg {
  dnnl::memory::desc user, prim;
  bool reorder = false;
  dnnl::reorder r;
};

Arg make_arg(const dnnl::memory::desc& user, const dnnl::memory::desc& prim, bool input) {
  Arg a{user, prim};
  a.reorder = user != prim;
  if (a.reorder) {
    const auto& eng = du::cpu_engine();
    a.r = input ? dnnl::reorder(
                      dnnl::reorder::primitive_desc(eng, user, eng, prim, du::primitive_attr()))
                : dnnl::reorder(
                      dnnl::reorder::primitive_desc(eng, prim, eng, user, du::primitive_attr()));
  }
  return a;
}

// A scratch memory of descriptor md from the caching allocator, kept alive by `keep`.
dnnl::memory scratch(const dnnl::memory::desc& md, Tensor& keep) {
  keep = empty({static_cast<int64_t>(md.get_size())}, {.dtype = DType::U8});
  return dnnl::memory(md, du::cpu_engine(), keep.data_ptr());
}

// The memory the primitive reads for input t (reordered into scratch when needed).
dnnl::memory in_mem(const Arg& a, const Tensor& t, Tensor& keep, const char* op) {
  dnnl::memory m = du::mem_of(t, a.user);
  if (!a.reorder) return m;
  dnnl::memory s = scratch(a.prim, keep);
  du::execute(a.r, {{DNNL_ARG_FROM, m}, {DNNL_ARG_TO, s}}, op);
  return s;
}

// The memory the primitive writes for output t; out_finish() moves it into t.
dnnl::memory out_mem(const Arg& a, const Tensor& t, Tensor& keep) {
  return a.reorder ? scratch(a.prim, keep) : du::mem_of(t, a.user);
}

void out_finish(const Arg& a, const dnnl::memory& m, const Tensor& t, const char* op) {
  if (a.reorder) du::execute(a.r, {{DNNL_ARG_FROM, m}, {DNNL_ARG_TO, du::mem_of(t, a.user)}}, op);
}

// Builds a cached entry, or null when oneDNN has no implementation for it.
template <typename T, typename Make>
std::shared_ptr<T> cached(const du::PrimKey& key, Make&& make) {
  try {
    return du::prim_cache().get<T>(key, std::forward<Make>(make));
  } catch (const dnnl::error&) {
    return nullptr;
  }
}

// Cached entries: a primitive and its arguments.
struct FwdEntry {  // convolution and deconvolution forward
  dnnl::primitive prim;
  Arg src, wei, dst;
};

struct BwdWeightEntry {
  dnnl::primitive prim;
  Arg src, diff_dst, diff_wei;
  dnnl::memory::desc diff_bias;
};

}  // namespace

bool forward(const Tensor& out, const Tensor& x_in, const Tensor& w_in, const Tensor& bias,
             const ConvParams& p) {
  const char* op = "conv";
  Tensor x = plain(x_in), w = w_in.detach();
  Geometry geo;
  if (!geometry(x, out, w, p, geo)) return false;
  x = geo.big;
  du::PrimKey key("conv_fwd");
  key << x << w << bias << out;
  key_geometry(key, p, geo);
  auto e = cached<FwdEntry>(key, [&] {
    auto e = std::make_shared<FwdEntry>();
    dnnl::memory::desc user_src = du::md_of(x, op), user_dst = du::md_of(out, op);
    dnnl::memory::desc user_wei = weight_md(w, p.groups, false, op);
    // The user's layout as is when channels-last. Otherwise 16-channel blocks: left to itself
    // (`any`) oneDNN may pick channels-last here, whose reorders from and to NCHW are slower
    // (32x64x56x56 3x3: 70 instead of 77 ms). An input with under 4 channels per group (an
    // image net's first layer) stays plain: blocks would pad its channels to 16 (64x1x28x28,
    // 5x5: 0.9 instead of 1.9 ms); oneDNN's direct kernels read it as it is.
    bool cl = is_channels_last(x) && is_channels_last(out);
    bool src_as_is = cl || x.size(1) / p.groups < 4;
    auto make_pd = [&](bool blocked) {
      auto act = [&](const Tensor& t) {
        return blocked ? blocked16(t, op) : du::md_any(t.sizes(), t.dtype(), op);
      };
      dnnl::memory::desc src_md = src_as_is ? user_src : act(x);
      dnnl::memory::desc dst_md = cl ? user_dst : act(out);
      dnnl::memory::desc wei_md(user_wei.dims(), user_wei.data_type(), tag::any);
      auto alg = dnnl::algorithm::convolution_direct;
      auto pk = dnnl::prop_kind::forward_inference;
      auto d =
          bias.defined()
              ? dnnl::convolution_forward::desc(pk, alg, src_md, wei_md, du::md_of(bias, op),
                                                dst_md, geo.strides, geo.dil, geo.pad_l, geo.pad_r)
              : dnnl::convolution_forward::desc(pk, alg, src_md, wei_md, dst_md, geo.strides,
                                                geo.dil, geo.pad_l, geo.pad_r);
      return dnnl::convolution_forward::primitive_desc(d, du::primitive_attr(), du::cpu_engine());
    };
    dnnl::convolution_forward::primitive_desc pd;
    try {
      pd = make_pd(!cl);
    } catch (const dnnl::error&) {  // no blocked implementation for this case
      pd = make_pd(false);
    }
    e->prim = dnnl::convolution_forward(pd);
    e->src = make_arg(user_src, pd.src_desc(), true);
    e->wei = make_arg(user_wei, pd.weights_desc(), true);
    e->dst = make_arg(user_dst, pd.dst_desc(), false);
    return e;
  });
  if (!e) return false;
  Tensor k1, k2, k3;
  dnnl::memory dst = out_mem(e->dst, out, k3);
  std::unordered_map<int, dnnl::memory> args{{DNNL_ARG_SRC, in_mem(e->src, x, k1, op)},
                                             {DNNL_ARG_WEIGHTS, in_mem(e->wei, w, k2, op)},
                                             {DNNL_ARG_DST, dst}};
  if (bias.defined()) args[DNNL_ARG_BIAS] = du::mem_of(bias, op);
  du::execute(e->prim, args, op);
  out_finish(e->dst, dst, out, op);
  return true;
}

bool transpose_forward(const Tensor& out_in, const Tensor& x_in, const Tensor& w_in,
                       const Tensor& bias, const ConvParams& p) {
  const char* op = "conv_transpose";
  Tensor x = plain(x_in), w = w_in.detach();
  Geometry geo;
  if (!geometry(out_in, x, w, p, geo)) return false;
  const Tensor& out = geo.big;  // cropped when output_padding exceeds padding
  du::PrimKey key("deconv_fwd");
  key << x << w << bias << out;
  key_geometry(key, p, geo);
  auto e = cached<FwdEntry>(key, [&] {
    auto e = std::make_shared<FwdEntry>();
    dnnl::memory::desc user_src = du::md_of(x, op), user_dst = du::md_of(out, op);
    dnnl::memory::desc user_wei = weight_md(w, p.groups, true, op);
    dnnl::memory::desc wei_md(user_wei.dims(), user_wei.data_type(), tag::any);
    auto alg = dnnl::algorithm::deconvolution_direct;
    auto pk = dnnl::prop_kind::forward_inference;
    dnnl::memory::desc src_md = act_md(user_src, x, op), dst_md = act_md(user_dst, out, op);
    auto d =
        bias.defined()
            ? dnnl::deconvolution_forward::desc(pk, alg, src_md, wei_md, du::md_of(bias, op),
                                                dst_md, geo.strides, geo.dil, geo.pad_l, geo.pad_r)
            : dnnl::deconvolution_forward::desc(pk, alg, src_md, wei_md, dst_md, geo.strides,
                                                geo.dil, geo.pad_l, geo.pad_r);
    dnnl::deconvolution_forward::primitive_desc pd(d, du::primitive_attr(), du::cpu_engine());
    e->prim = dnnl::deconvolution_forward(pd);
    e->src = make_arg(user_src, pd.src_desc(), true);
    e->wei = make_arg(user_wei, pd.weights_desc(), true);
    e->dst = make_arg(user_dst, pd.dst_desc(), false);
    return e;
  });
  if (!e) return false;
  if (!out.is_same(out_in)) {  // the cropped-away tail receives no taps: bias only
    std::vector<int64_t> bshape(p.nd + 2, 1);
    bshape[1] = out_in.size(1);
    if (bias.defined())
      Tensor(out_in).copy_(bias.detach().reshape(bshape));
    else
      Tensor(out_in).zero_();
  }
  Tensor k1, k2, k3;
  dnnl::memory dst = out_mem(e->dst, out, k3);
  std::unordered_map<int, dnnl::memory> args{{DNNL_ARG_SRC, in_mem(e->src, x, k1, op)},
                                             {DNNL_ARG_WEIGHTS, in_mem(e->wei, w, k2, op)},
                                             {DNNL_ARG_DST, dst}};
  if (bias.defined()) args[DNNL_ARG_BIAS] = du::mem_of(bias, op);
  du::execute(e->prim, args, op);
  out_finish(e->dst, dst, out, op);
  return true;
}

bool backward_weight(const Tensor& gw, const Tensor& gb, const Tensor& x_in, const Tensor& g_in,
                     const ConvParams& p) {
  const char* op = "conv backward";
  Tensor x = plain(x_in), g = plain(g_in);
  Geometry geo;
  if (!geometry(x, g, gw, p, geo)) return false;
  x = geo.big;
  du::PrimKey key("conv_bwd_w");
  key << x << g << gw << gb;
  key_geometry(key, p, geo);
  auto e = cached<BwdWeightEntry>(key, [&] {
    auto e = std::make_shared<BwdWeightEntry>();
    dnnl::memory::desc user_src = du::md_of(x, op), user_dd = du::md_of(g, op);
    dnnl::memory::desc user_dw = weight_md(gw, p.groups, false, op);
    dnnl::memory::desc src_md = act_md(user_src, x, op), dd_md = act_md(user_dd, g, op);
    dnnl::memory::desc dw_md(user_dw.dims(), user_dw.data_type(), tag::any);
    auto alg = dnnl::algorithm::convolution_direct;
    // oneDNN builds a backward primitive from a hint: the forward it is the backward of.
    dnnl::convolution_forward::desc fd(dnnl::prop_kind::forward_training, alg, src_md, dw_md, dd_md,
                                       geo.strides, geo.dil, geo.pad_l, geo.pad_r);
    dnnl::convolution_forward::primitive_desc hint(fd, du::cpu_engine());
    if (gb.defined()) e->diff_bias = du::md_of(gb, op);
    auto bd =
        gb.defined()
            ? dnnl::convolution_backward_weights::desc(alg, src_md, dw_md, e->diff_bias, dd_md,
                                                       geo.strides, geo.dil, geo.pad_l, geo.pad_r)
            : dnnl::convolution_backward_weights::desc(alg, src_md, dw_md, dd_md, geo.strides,
                                                       geo.dil, geo.pad_l, geo.pad_r);
    dnnl::convolution_backward_weights::primitive_desc pd(bd, du::primitive_attr(),
                                                          du::cpu_engine(), hint);
    e->prim = dnnl::convolution_backward_weights(pd);
    e->src = make_arg(user_src, pd.src_desc(), true);
    e->diff_dst = make_arg(user_dd, pd.diff_dst_desc(), true);
    e->diff_wei = make_arg(user_dw, pd.diff_weights_desc(), false);
    return e;
  });
  if (!e) return false;
  Tensor k1, k2, k3;
  dnnl::memory dw = out_mem(e->diff_wei, gw, k3);
  std::unordered_map<int, dnnl::memory> args{{DNNL_ARG_SRC, in_mem(e->src, x, k1, op)},
                                             {DNNL_ARG_DIFF_DST, in_mem(e->diff_dst, g, k2, op)},
                                             {DNNL_ARG_DIFF_WEIGHTS, dw}};
  if (gb.defined()) args[DNNL_ARG_DIFF_BIAS] = du::mem_of(gb, e->diff_bias);
  du::execute(e->prim, args, op);
  out_finish(e->diff_wei, dw, gw, op);
  return true;
}

}  // namespace ignis::conv_dnnl
