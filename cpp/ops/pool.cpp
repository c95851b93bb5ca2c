// Pooling and resampling front ends: max/avg pools (1-D, 2-D), adaptive pools and interpolate.
// Each op checks its arguments, views the input as planes (P, H, W) (1-D ops use H = 1),
// computes per-axis taps (which inputs feed each output, with weights), and runs one of the two
// kernels in kernels/pool.h. Backward: pool_grad.cpp.
#include "kernels/pool.h"

#include <cmath>
#include <string>

#include "ops/ops.gen.h"
#include "ops/pool_grad.h"

namespace ignis {
namespace {

std::array<int64_t, 2> expand(IntArrayRef v, int64_t nd, const char* op, const char* arg,
                              std::optional<std::array<int64_t, 2>> dflt = std::nullopt) {
  if (v.empty() && dflt) return *dflt;
  IGNIS_CHECK(v.size() == 1 || static_cast<int64_t>(v.size()) == nd, InvalidArgument, op,
              ": expected ", arg, " to have 1 or ", nd, " values but got ", v.size());
  std::array<int64_t, 2> out{1, 1};
  for (int64_t i = 0; i < nd; ++i) out[2 - nd + i] = v.size() == 1 ? v[0] : v[i];
  return out;
}

// Checks rank and dtype; returns the input as contiguous planes (P, H, W).
Tensor to_planes(const Tensor& x, int64_t nd, const char* op) {
  IGNIS_CHECK(x.dim() == nd + 1 || x.dim() == nd + 2, Shape, op, ": expected input to be ", nd + 1,
              "-D or ", nd + 2, "-D (unbatched or batched) but got ", x.dim(), "-D");
  IGNIS_CHECK(x.dtype() == DType::F32 || x.dtype() == DType::F64 || x.dtype() == DType::BF16, DType,
              op, ": expected input of dtype bfloat16, float32 or float64 but got ",
              dtype_name(x.dtype()));
  for (int64_t i = x.dim() - nd; i < x.dim(); ++i)
    IGNIS_CHECK(x.size(i) > 0, Shape, op,
                ": expected non-empty spatial dims but got input of shape ", "with size 0 in dim ",
                i);
  int64_t H = nd == 2 ? x.size(-2) : 1, W = x.size(-1);
  return x.contiguous().reshape({-1, H, W});
}

// The result shape: input's leading dims with the spatial ones replaced.
std::vector<int64_t> result_shape(const Tensor& x, int64_t nd, int64_t OH, int64_t OW) {
  std::vector<int64_t> s(x.sizes().begin(), x.sizes().end() - nd);
  if (nd == 2) s.push_back(OH);
  s.push_back(OW);
  return s;
}

int64_t pool_out_size(int64_t in, int64_t k, int64_t s, int64_t p, int64_t d, bool ceil_mode) {
  int64_t num = in + 2 * p - d * (k - 1) - 1 + (ceil_mode ? s - 1 : 0);
  int64_t out = (num >= 0 ? num / s : -((-num + s - 1) / s)) + 1;
  if (ceil_mode && (out - 1) * s >= in + p) --out;
  return out;
}

struct Window {
  std::array<int64_t, 2> k, s, p, d, in, out;
};

Window window(const Tensor& planes, int64_t nd, IntArrayRef kernel_size, IntArrayRef stride,
              IntArrayRef padding, IntArrayRef dilation, bool ceil_mode, const char* op) {
  Window w;
  w.k = expand(kernel_size, nd, op, "kernel_size");
  w.s = expand(stride, nd, op, "stride", w.k);
  w.p = expand(padding, nd, op, "padding");
  w.d = expand(dilation, nd, op, "dilation");
  if (nd == 1) w.p[0] = 0;
  w.in = {planes.size(1), planes.size(2)};
  for (int i = 2 - nd; i < 2; ++i) {
    IGNIS_CHECK(w.k[i] > 0, InvalidArgument, op, ": expected kernel_size to be positive but got ",
                w.k[i]);
    IGNIS_CHECK(w.s[i] > 0, InvalidArgument, op, ": expected stride to be positive but got ",
                w.s[i]);
    IGNIS_CHECK(w.d[i] > 0, InvalidArgument, op, ": expected dilation to be positive but got ",
                w.d[i]);
    IGNIS_CHECK(w.p[i] >= 0, InvalidArgument, op, ": negative padding is not supported, got ",
                w.p[i]);
    IGNIS_CHECK(w.p[i] * 2 <= w.k[i], InvalidArgument, op,
                ": pad should be at most half of kernel size, but got pad ", w.p[i],
                " and kernel_size ", w.k[i]);
  }
  for (int i = 0; i < 2; ++i) {
    w.out[i] = pool_out_size(w.in[i], w.k[i], w.s[i], w.p[i], w.d[i], ceil_mode);
    IGNIS_CHECK(w.out[i] >= 1, Shape, op, ": Output size is too small (input ", w.in[i],
                ", kernel ", w.k[i], ", padding ", w.p[i], " gives ", w.out[i], ")");
  }
  return w;
}

AxisTaps max_taps(const Window& w, int a) {
  AxisTaps t;
  t.in_size = w.in[a];
  int64_t d = w.d[a];
  for (int64_t o = 0; o < w.out[a]; ++o) {
    // Only the taps that land inside the input: k in [k_lo, k_hi], so a huge kernel with
    // matching padding costs O(in) per output, not O(kernel).
    int64_t start = o * w.s[a] - w.p[a];
    int64_t k_lo = start >= 0 ? 0 : (-start + d - 1) / d;
    int64_t span = w.in[a] - 1 - start;  // may be negative: no tap lands inside
    int64_t k_hi = span < 0 ? -1 : std::min(w.k[a] - 1, span / d);
    for (int64_t k = k_lo; k <= k_hi; ++k) t.idx.push_back(start + k * d);
    t.off.push_back(static_cast<int64_t>(t.idx.size()));
  }
  return t;
}

// Average taps along one axis (PyTorch's avg_pool window and divisor rules, per axis).
AxisTaps avg_taps(const Window& w, int a, bool count_include_pad, bool unit_weights) {
  AxisTaps t;
  t.in_size = w.in[a];
  for (int64_t o = 0; o < w.out[a]; ++o) {
    int64_t start = o * w.s[a] - w.p[a];
    int64_t end = std::min(start + w.k[a], w.in[a] + w.p[a]);
    int64_t pool = end - start;
    start = std::max<int64_t>(start, 0);
    end = std::min(end, w.in[a]);
    double div = count_include_pad ? pool : end - start;
    for (int64_t i = start; i < end; ++i) {
      t.idx.push_back(i);
      t.w.push_back(unit_weights ? 1.0 : 1.0 / div);
    }
    t.off.push_back(static_cast<int64_t>(t.idx.size()));
  }
  return t;
}

AxisTaps adaptive_taps(int64_t in, int64_t out, bool weights) {
  AxisTaps t;
  t.in_size = in;
  for (int64_t o = 0; o < out; ++o) {
    int64_t start = (o * in) / out, end = ((o + 1) * in + out - 1) / out;
    for (int64_t i = start; i < end; ++i) {
      t.idx.push_back(i);
      if (weights) t.w.push_back(1.0 / static_cast<double>(end - start));
    }
    t.off.push_back(static_cast<int64_t>(t.idx.size()));
  }
  return t;
}

AxisTaps unit_taps() {
  AxisTaps t;
  t.in_size = 1;
  t.idx = {0};
  t.w = {1.0};
  t.off = {0, 1};
  return t;
}

Tensor run_linear(const Tensor& x, int64_t nd, const Tensor& planes,
                  std::shared_ptr<const LinearMap> m) {
  Tensor out = apply_linear_map(planes, m, false);
  return out.view(result_shape(x, nd, m->h.out_size(), m->w.out_size()));
}

// Window max (with indices), and its backward.
std::tuple<Tensor, Tensor> run_max(const Tensor& x, int64_t nd, const Tensor& planes,
                                   const AxisTaps& h, const AxisTaps& w, bool indices_output) {
  int64_t P = planes.size(0), H = planes.size(1), W = planes.size(2);
  Tensor out = empty({P, h.out_size(), w.out_size()}, {.dtype = x.dtype(), .device = x.device()});
  // The indices only when returned or needed by the backward (inference skips them).
  bool track = any_requires_grad({&x});
  Tensor ind = indices_output || track ? empty({P, h.out_size(), w.out_size()},
                                               {.dtype = DType::I64, .device = x.device()})
                                       : Tensor();
  kernel(pool_max_kernel, "max_pool", x.device())(out, ind, planes, h, w);
  std::vector<int64_t> rs = result_shape(x, nd, h.out_size(), w.out_size());
  out = out.view(rs);
  if (ind.defined()) ind = ind.view(rs);
  if (track) {
    std::vector<int64_t> xs = x.shape();
    record("MaxPoolWithIndicesBackward0", {x}, {&out}, {{ind, indices_output}},
           [P, H, W, xs](const TensorList& g, const TensorList& s) -> TensorList {
             return {max_pool_grad(g[0], s[0], P, H, W).view(xs)};
           });
  }
  return {out, ind};
}

}  // namespace

Tensor max_pool1d(const Tensor& self, IntArrayRef kernel_size, IntArrayRef stride,
                  IntArrayRef padding, IntArrayRef dilation, bool ceil_mode) {
  const char* op = "max_pool1d";
  Tensor pl = to_planes(self, 1, op);
  Window w = window(pl, 1, kernel_size, stride, padding, dilation, ceil_mode, op);
  w.p[1] = expand(padding, 1, op, "padding")[1];
  IGNIS_CHECK(w.p[1] >= 0 && w.p[1] * 2 <= w.k[1], InvalidArgument, op,
              ": pad should be at most half of kernel size, but got pad ", w.p[1]);
  w.out[1] = pool_out_size(w.in[1], w.k[1], w.s[1], w.p[1], w.d[1], ceil_mode);
  IGNIS_CHECK(w.out[1] >= 1, Shape, op, ": Output size is too small");
  return std::get<0>(run_max(self, 1, pl, max_taps(w, 0), max_taps(w, 1), false));
}

std::tuple<Tensor, Tensor> max_pool2d_with_indices(const Tensor& self, IntArrayRef kernel_size,
                                                   IntArrayRef stride, IntArrayRef padding,
                                                   IntArrayRef dilation, bool ceil_mode) {
  const char* op = "max_pool2d_with_indices";
  Tensor pl = to_planes(self, 2, op);
  Window w = window(pl, 2, kernel_size, stride, padding, dilation, ceil_mode, op);
  return run_max(self, 2, pl, max_taps(w, 0), max_taps(w, 1), true);
}

Tensor max_pool2d(const Tensor& self, IntArrayRef kernel_size, IntArrayRef stride,
                  IntArrayRef padding, IntArrayRef dilation, bool ceil_mode) {
  const char* op = "max_pool2d";
  Tensor pl = to_planes(self, 2, op);
  Window w = window(pl, 2, kernel_size, stride, padding, dilation, ceil_mode, op);
  return std::get<0>(run_max(self, 2, pl, max_taps(w, 0), max_taps(w, 1), false));
}

Tensor avg_pool1d(const Tensor& self, IntArrayRef kernel_size, IntArrayRef stride,
                  IntArrayRef padding, bool ceil_mode, bool count_include_pad) {
  return avg_pool2d(self.unsqueeze(-2),
                    std::vector<int64_t>{1, expand(kernel_size, 1, "avg_pool1d", "kernel_size")[1]},
                    stride.empty()
                        ? std::vector<int64_t>{}
                        : std::vector<int64_t>{1, expand(stride, 1, "avg_pool1d", "stride")[1]},
                    std::vector<int64_t>{0, expand(padding, 1, "avg_pool1d", "padding")[1]},
                    ceil_mode, count_include_pad)
      .squeeze(-2);
}

Tensor avg_pool2d(const Tensor& self, IntArrayRef kernel_size, IntArrayRef stride,
                  IntArrayRef padding, bool ceil_mode, bool count_include_pad,
                  std::optional<int64_t> divisor_override) {
  const char* op = "avg_pool2d";
  Tensor pl = to_planes(self, 2, op);
  IGNIS_CHECK(!divisor_override || *divisor_override != 0, InvalidArgument, op,
              ": divisor_override must be non-zero");
  Window w = window(pl, 2, kernel_size, stride, padding, {1}, ceil_mode, op);
  auto m = std::make_shared<LinearMap>();
  bool unit = divisor_override.has_value();
  m->h = avg_taps(w, 0, count_include_pad, unit);
  m->w = avg_taps(w, 1, count_include_pad, unit);
  m->scale = unit ? 1.0 / static_cast<double>(*divisor_override) : 1.0;
  return run_linear(self, 2, pl, m);
}

Tensor adaptive_avg_pool1d(const Tensor& self, IntArrayRef output_size) {
  const char* op = "adaptive_avg_pool1d";
  IGNIS_CHECK(output_size.size() == 1, InvalidArgument, op,
              ": expected output_size to have 1 value but got ", output_size.size());
  IGNIS_CHECK(output_size[0] >= 0, InvalidArgument, op,
              ": expected output_size to be non-negative but got ", output_size[0]);
  Tensor pl = to_planes(self, 1, op);
  auto m = std::make_shared<LinearMap>();
  m->h = unit_taps();
  m->w = adaptive_taps(pl.size(2), output_size[0], true);
  return run_linear(self, 1, pl, m);
}

Tensor adaptive_avg_pool2d(const Tensor& self, IntArrayRef output_size) {
  const char* op = "adaptive_avg_pool2d";
  auto os = expand(output_size, 2, op, "output_size");
  IGNIS_CHECK(os[0] >= 0 && os[1] >= 0, InvalidArgument, op,
              ": expected output_size to be non-negative");
  Tensor pl = to_planes(self, 2, op);
  auto m = std::make_shared<LinearMap>();
  m->h = adaptive_taps(pl.size(1), os[0], true);
  m->w = adaptive_taps(pl.size(2), os[1], true);
  return run_linear(self, 2, pl, m);
}

std::tuple<Tensor, Tensor> adaptive_max_pool2d(const Tensor& self, IntArrayRef output_size) {
  const char* op = "adaptive_max_pool2d";
  auto os = expand(output_size, 2, op, "output_size");
  IGNIS_CHECK(os[0] >= 0 && os[1] >= 0, InvalidArgument, op,
              ": expected output_size to be non-negative");
  Tensor pl = to_planes(self, 2, op);
  return run_max(self, 2, pl, adaptive_taps(pl.size(1), os[0], false),
                 adaptive_taps(pl.size(2), os[1], false), true);
}

namespace {

// Interpolation taps along one axis (PyTorch's source-index rules).
AxisTaps interp_taps(int64_t in, int64_t out, std::optional<double> sf, bool linear,
                     bool align_corners) {
  AxisTaps t;
  t.in_size = in;
  double scale;
  if (linear && align_corners)
    scale = out > 1 ? static_cast<double>(in - 1) / static_cast<double>(out - 1) : 0.0;
  else
    scale = sf ? 1.0 / *sf : static_cast<double>(in) / static_cast<double>(out);
  for (int64_t o = 0; o < out; ++o) {
    if (!linear) {
      int64_t i = std::min(static_cast<int64_t>(std::floor(o * static_cast<float>(scale))), in - 1);
      t.idx.push_back(i);
      t.w.push_back(1.0);
    } else {
      double src = align_corners ? o * scale : std::max(0.0, (o + 0.5) * scale - 0.5);
      int64_t i0 = std::min(static_cast<int64_t>(src), in - 1);
      int64_t i1 = std::min(i0 + 1, in - 1);
      double l1 = src - static_cast<double>(i0), l0 = 1.0 - l1;
      t.idx.push_back(i0);
      t.w.push_back(l0);
      t.idx.push_back(i1);
      t.w.push_back(l1);
    }
    t.off.push_back(static_cast<int64_t>(t.idx.size()));
  }
  return t;
}

}  // namespace

Tensor interpolate(const Tensor& input, OptIntArrayRef size, std::optional<double> scale_factor,
                   std::string_view mode, std::optional<bool> align_corners) {
  const char* op = "interpolate";
  IGNIS_CHECK(mode == "nearest" || mode == "linear" || mode == "bilinear", InvalidArgument, op,
              ": expected mode \"nearest\", \"linear\" or \"bilinear\" but got \"",
              std::string(mode), "\"");
  IGNIS_CHECK(input.dim() == 3 || input.dim() == 4, Shape, op,
              ": expected input to be 3-D (N, C, L) or 4-D (N, C, H, W) but got ", input.dim(),
              "-D");
  int64_t nd = input.dim() - 2;
  IGNIS_CHECK(mode != "linear" || nd == 1, Shape, op,
              ": mode \"linear\" expects 3-D input but got ", input.dim(), "-D");
  IGNIS_CHECK(mode != "bilinear" || nd == 2, Shape, op,
              ": mode \"bilinear\" expects 4-D input but got ", input.dim(), "-D");
  bool linear = mode != "nearest";
  IGNIS_CHECK(linear || !align_corners.has_value(), InvalidArgument, op,
              ": align_corners option can only be set with the interpolating modes: linear | ",
              "bilinear");
  IGNIS_CHECK(size.has_value() != scale_factor.has_value(), InvalidArgument, op,
              ": expected exactly one of size and scale_factor to be given");
  Tensor pl = to_planes(input, nd, op);
  std::array<int64_t, 2> in{pl.size(1), pl.size(2)}, out{1, 1};
  if (size) {
    out = expand(*size, nd, op, "size");
    for (int i = 2 - nd; i < 2; ++i)
      IGNIS_CHECK(out[i] > 0, InvalidArgument, op, ": expected size to be positive but got ",
                  out[i]);
  } else {
    IGNIS_CHECK(*scale_factor > 0, InvalidArgument, op,
                ": expected scale_factor to be positive but got ", *scale_factor);
    for (int i = 2 - nd; i < 2; ++i) {
      out[i] = static_cast<int64_t>(std::floor(static_cast<double>(in[i]) * *scale_factor));
      IGNIS_CHECK(out[i] > 0, InvalidArgument, op, ": scale_factor ", *scale_factor,
                  " gives an empty output");
    }
  }
  auto m = std::make_shared<LinearMap>();
  bool ac = align_corners.value_or(false);
  m->h = nd == 2 ? interp_taps(in[0], out[0], scale_factor, linear, ac) : unit_taps();
  m->w = interp_taps(in[1], out[1], scale_factor, linear, ac);
  return run_linear(input, nd, pl, m);
}

}  // namespace ignis
