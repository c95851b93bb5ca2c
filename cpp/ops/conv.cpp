// Convolution front ends: conv1d/2d/3d (int or "valid"/"same" padding) and conv_transpose1d/2d.
// Checks ranks, dtypes, channels, groups and geometry; computes the output shape; calls the
// kernel registered for the device (kernels/conv.h); records the backward (conv_grad.cpp).
#include "kernels/conv.h"

#include <string>

#include "ops/conv_grad.h"
#include "ops/ops.gen.h"
#include "tensor/broadcast.h"

namespace ignis {
namespace {

// A per-dim parameter given as one value or nd values.
std::array<int64_t, 3> expand(IntArrayRef v, int64_t nd, const char* op, const char* arg) {
  IGNIS_CHECK(v.size() == 1 || static_cast<int64_t>(v.size()) == nd, InvalidArgument, op,
              ": expected ", arg, " to have 1 or ", nd, " values but got ", v.size());
  std::array<int64_t, 3> out{0, 0, 0};
  for (int64_t i = 0; i < nd; ++i) out[i] = v.size() == 1 ? v[0] : v[i];
  return out;
}

bool conv_dtype_ok(DType d) { return d == DType::F32 || d == DType::F64 || d == DType::BF16; }

// Checks shared by conv and conv_transpose; returns the batched input.
Tensor check_common(const Tensor& input, const Tensor& weight, const Tensor& bias,
                    const ConvParams& p, bool transposed, const char* op) {
  int64_t nd = p.nd;
  IGNIS_CHECK(input.dim() == nd + 1 || input.dim() == nd + 2, Shape, op, ": expected input to be ",
              nd + 1, "-D or ", nd + 2, "-D (unbatched or batched) but got ", input.dim(), "-D");
  IGNIS_CHECK(weight.dim() == nd + 2, Shape, op, ": expected weight to be ", nd + 2, "-D but got ",
              weight.dim(), "-D");
  IGNIS_CHECK(conv_dtype_ok(input.dtype()), DType, op,
              ": expected input of dtype bfloat16, float32 or float64 but got ",
              dtype_name(input.dtype()));
  IGNIS_CHECK(weight.dtype() == input.dtype(), DType, op, ": expected weight of dtype ",
              dtype_name(input.dtype()), " (the input's) but got ", dtype_name(weight.dtype()));
  IGNIS_CHECK(weight.device() == input.device(), Device, op, ": expected weight on ",
              input.device().str(), " but got ", weight.device().str());
  IGNIS_CHECK(p.groups > 0, InvalidArgument, op, ": expected groups to be positive but got ",
              p.groups);
  for (int64_t i = 0; i < nd; ++i) {
    IGNIS_CHECK(p.stride[i] > 0, InvalidArgument, op, ": expected stride to be positive but got ",
                p.stride[i]);
    IGNIS_CHECK(p.padding[i] >= 0, InvalidArgument, op, ": negative padding is not supported, got ",
                p.padding[i]);
    IGNIS_CHECK(p.dilation[i] > 0, InvalidArgument, op,
                ": expected dilation to be positive but got ", p.dilation[i]);
  }
  Tensor x = input.dim() == nd + 1 ? input.unsqueeze(0) : input;
  int64_t C = x.size(1);
  IGNIS_CHECK(C % p.groups == 0, InvalidArgument, op, ": expected groups (", p.groups,
              ") to divide the input's ", C, " channels");
  int64_t out_ch;
  if (!transposed) {
    IGNIS_CHECK(weight.size(0) % p.groups == 0, InvalidArgument, op, ": expected groups (",
                p.groups, ") to divide the weight's ", weight.size(0), " output channels");
    IGNIS_CHECK(weight.size(1) * p.groups == C, Shape, op, ": expected input to have ",
                weight.size(1) * p.groups, " channels (weight.size(1) * groups) but got ", C,
                " channels");
    out_ch = weight.size(0);
  } else {
    IGNIS_CHECK(weight.size(0) == C, Shape, op, ": expected input to have ", weight.size(0),
                " channels (weight.size(0)) but got ", C, " channels");
    out_ch = weight.size(1) * p.groups;
  }
  if (bias.defined()) {
    IGNIS_CHECK(bias.dim() == 1 && bias.size(0) == out_ch, Shape, op, ": expected bias of shape [",
                out_ch, "] but got ", shape_str(bias.sizes()));
    IGNIS_CHECK(bias.dtype() == input.dtype(), DType, op, ": expected bias of dtype ",
                dtype_name(input.dtype()), " but got ", dtype_name(bias.dtype()));
  }
  if (!transposed)
    for (int64_t i = 0; i < nd; ++i) {
      int64_t padded = x.size(2 + i) + 2 * p.padding[i];
      int64_t kext = p.dilation[i] * (weight.size(2 + i) - 1) + 1;
      IGNIS_CHECK(kext <= padded, Shape, op,
                  ": Kernel size can't be greater than actual input size", " (padded input ",
                  padded, " < dilated kernel ", kext, " in spatial dim ", i, ")");
    }
  return x;
}

bool channels_last_2d(const Tensor& x) {
  return x.dim() == 4 && x.stride(1) == 1 && x.size(1) > 1 && x.stride(3) == x.size(1) &&
         x.stride(2) == x.size(1) * x.size(3);
}

}  // namespace

Tensor conv_nd(const Tensor& x, const Tensor& w, const Tensor& bias, const ConvParams& p) {
  std::vector<int64_t> shape{x.size(0), w.size(0)};
  for (int64_t i = 0; i < p.nd; ++i)
    shape.push_back((x.size(2 + i) + 2 * p.padding[i] - p.dilation[i] * (w.size(2 + i) - 1) - 1) /
                        p.stride[i] +
                    1);
  Tensor out;
  if (channels_last_2d(x)) {
    std::vector<int64_t> st{shape[1] * shape[2] * shape[3], 1, shape[3] * shape[1], shape[1]};
    out = empty_strided(shape, st, {.dtype = x.dtype(), .device = x.device()});
  } else {
    out = empty(shape, {.dtype = x.dtype(), .device = x.device()});
  }
  if (x.numel() == 0 && out.numel() > 0) {
    std::vector<int64_t> bshape(p.nd + 2, 1);
    bshape[1] = w.size(0);
    if (bias.defined())
      out.copy_(bias.reshape(bshape));
    else
      out.zero_();
  } else {
    kernel(conv_forward_kernel, "conv", x.device())(out, x, w, bias, p);
  }
  record_conv(x, w, bias, p, false, out);
  return out;
}

Tensor conv_transpose_nd(const Tensor& x, const Tensor& w, const Tensor& bias,
                         const ConvParams& p) {
  std::vector<int64_t> shape{x.size(0), w.size(1) * p.groups};
  for (int64_t i = 0; i < p.nd; ++i)
    shape.push_back((x.size(2 + i) - 1) * p.stride[i] - 2 * p.padding[i] +
                    p.dilation[i] * (w.size(2 + i) - 1) + p.output_padding[i] + 1);
  Tensor out = empty(shape, {.dtype = x.dtype(), .device = x.device()});
  kernel(conv_transpose_forward_kernel, "conv_transpose", x.device())(out, x, w, bias, p);
  record_conv(x, w, bias, p, true, out);
  return out;
}

namespace {

Tensor conv_front(const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias,
                  IntArrayRef stride, IntArrayRef padding, IntArrayRef dilation, int64_t groups,
                  int64_t nd, const char* op) {
  ConvParams p;
  p.nd = nd;
  p.stride = expand(stride, nd, op, "stride");
  p.padding = expand(padding, nd, op, "padding");
  p.dilation = expand(dilation, nd, op, "dilation");
  p.groups = groups;
  Tensor b = bias.value_or(Tensor());
  Tensor x = check_common(input, weight, b, p, false, op);
  Tensor out = conv_nd(x, weight, b, p);
  return input.dim() == nd + 1 ? out.squeeze(0) : out;
}

Tensor conv_front_str(const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias,
                      IntArrayRef stride, std::string_view padding, IntArrayRef dilation,
                      int64_t groups, int64_t nd, const char* op) {
  if (padding == "valid")
    return conv_front(input, weight, bias, stride, {0}, dilation, groups, nd, op);
  IGNIS_CHECK(padding == "same", InvalidArgument, op,
              ": expected padding \"valid\" or \"same\" but got \"", std::string(padding), "\"");
  auto s = expand(stride, nd, op, "stride");
  for (int64_t i = 0; i < nd; ++i)
    IGNIS_CHECK(s[i] == 1, InvalidArgument, op,
                ": padding=\"same\" is not supported for strided convolutions (stride ", s[i], ")");
  IGNIS_CHECK(weight.dim() == nd + 2, Shape, op, ": expected weight to be ", nd + 2, "-D but got ",
              weight.dim(), "-D");
  auto d = expand(dilation, nd, op, "dilation");
  // total padding d*(k-1) per dim; odd totals put the extra element on the right: pad
  // symmetrically by the rounded-up half and drop the first output element.
  std::vector<int64_t> pads(nd);
  bool odd = false;
  for (int64_t i = 0; i < nd; ++i) {
    int64_t total = d[i] * (weight.size(2 + i) - 1);
    pads[i] = (total + 1) / 2;
    odd = odd || total % 2 == 1;
  }
  Tensor out = conv_front(input, weight, bias, stride, pads, dilation, groups, nd, op);
  if (odd) {
    int64_t base = out.dim() - nd;
    for (int64_t i = 0; i < nd; ++i) {
      int64_t total = d[i] * (weight.size(2 + i) - 1);
      if (total % 2 == 1) out = out.narrow(base + i, 1, out.size(base + i) - 1);
    }
    out = out.contiguous();
  }
  return out;
}

Tensor conv_transpose_front(const Tensor& input, const Tensor& weight,
                            const std::optional<Tensor>& bias, IntArrayRef stride,
                            IntArrayRef padding, IntArrayRef output_padding, int64_t groups,
                            IntArrayRef dilation, int64_t nd, const char* op) {
  ConvParams p;
  p.nd = nd;
  p.stride = expand(stride, nd, op, "stride");
  p.padding = expand(padding, nd, op, "padding");
  p.dilation = expand(dilation, nd, op, "dilation");
  p.output_padding = expand(output_padding, nd, op, "output_padding");
  p.groups = groups;
  Tensor b = bias.value_or(Tensor());
  Tensor x = check_common(input, weight, b, p, true, op);
  for (int64_t i = 0; i < nd; ++i) {
    IGNIS_CHECK(p.output_padding[i] >= 0 &&
                    (p.output_padding[i] < p.stride[i] || p.output_padding[i] < p.dilation[i]),
                InvalidArgument, op, ": output padding must be smaller than either stride or ",
                "dilation, but got output_padding ", p.output_padding[i], ", stride ", p.stride[i],
                ", dilation ", p.dilation[i]);
    int64_t o = (x.size(2 + i) - 1) * p.stride[i] - 2 * p.padding[i] +
                p.dilation[i] * (weight.size(2 + i) - 1) + p.output_padding[i] + 1;
    IGNIS_CHECK(o > 0, Shape, op, ": output size is too small (", o, " in spatial dim ", i, ")");
  }
  Tensor out = conv_transpose_nd(x, weight, b, p);
  return input.dim() == nd + 1 ? out.squeeze(0) : out;
}

}  // namespace

Tensor conv1d(const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias,
              IntArrayRef stride, IntArrayRef padding, IntArrayRef dilation, int64_t groups) {
  return conv_front(input, weight, bias, stride, padding, dilation, groups, 1, "conv1d");
}
Tensor conv1d(const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias,
              IntArrayRef stride, std::string_view padding, IntArrayRef dilation, int64_t groups) {
  return conv_front_str(input, weight, bias, stride, padding, dilation, groups, 1, "conv1d");
}
Tensor conv2d(const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias,
              IntArrayRef stride, IntArrayRef padding, IntArrayRef dilation, int64_t groups) {
  return conv_front(input, weight, bias, stride, padding, dilation, groups, 2, "conv2d");
}
Tensor conv2d(const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias,
              IntArrayRef stride, std::string_view padding, IntArrayRef dilation, int64_t groups) {
  return conv_front_str(input, weight, bias, stride, padding, dilation, groups, 2, "conv2d");
}
Tensor conv3d(const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias,
              IntArrayRef stride, IntArrayRef padding, IntArrayRef dilation, int64_t groups) {
  return conv_front(input, weight, bias, stride, padding, dilation, groups, 3, "conv3d");
}
Tensor conv3d(const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias,
              IntArrayRef stride, std::string_view padding, IntArrayRef dilation, int64_t groups) {
  return conv_front_str(input, weight, bias, stride, padding, dilation, groups, 3, "conv3d");
}
Tensor conv_transpose1d(const Tensor& input, const Tensor& weight,
                        const std::optional<Tensor>& bias, IntArrayRef stride, IntArrayRef padding,
                        IntArrayRef output_padding, int64_t groups, IntArrayRef dilation) {
  return conv_transpose_front(input, weight, bias, stride, padding, output_padding, groups,
                              dilation, 1, "conv_transpose1d");
}
Tensor conv_transpose2d(const Tensor& input, const Tensor& weight,
                        const std::optional<Tensor>& bias, IntArrayRef stride, IntArrayRef padding,
                        IntArrayRef output_padding, int64_t groups, IntArrayRef dilation) {
  return conv_transpose_front(input, weight, bias, stride, padding, output_padding, groups,
                              dilation, 2, "conv_transpose2d");
}

}  // namespace ignis
