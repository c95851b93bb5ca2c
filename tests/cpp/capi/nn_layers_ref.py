#!/usr/bin/python3
"""Writes nn_layers_ref.h: torch 1.13 outputs of the layers nn_layers_test.cpp builds through the
C API. Every floating parameter is set to param_value(name, k) (the test sets the same values
through ignis_module_parameter + ignis_tensor_copy_), modules run in eval mode, and the inputs
are written out with the outputs.  Run: /usr/bin/python3 nn_layers_ref.py > nn_layers_ref.h"""
import json
import math

import torch
import torch.nn as nn


def param_value(name, k):
    seed = sum(ord(c) for c in name)
    return 0.5 * math.sin(0.37 * k + 0.11 * seed)


def fval(n, seed, lo=-1.0, hi=1.0):
    return [lo + (hi - lo) * (0.5 + 0.5 * math.sin(0.73 * k + seed)) for k in range(n)]


def f(shape, seed=0.0, lo=-1.0, hi=1.0):
    n = math.prod(shape)
    return torch.tensor(fval(n, seed, lo, hi), dtype=torch.float32).reshape(shape)


CASES = []


def case(type_, opts, module, inputs, name=None):
    """module: the torch module; inputs: tensors or None (in forward_n order)."""
    for pname, p in module.named_parameters():
        with torch.no_grad():
            flat = torch.tensor([param_value(pname, k) for k in range(p.numel())])
            p.copy_(flat.reshape(p.shape))
    module.eval()
    with torch.no_grad():
        args = inputs
        out = forward(type_, module, args)
    outs = out if isinstance(out, (tuple, list)) else (out,)
    CASES.append((name or type_, type_, json.dumps(opts), [n for n, _ in module.named_parameters()],
                  inputs, [o for o in outs if o is not None]))


def forward(type_, m, a):
    if type_ == "EmbeddingBag":
        return m(a[0], a[1] if len(a) > 1 else None, a[2] if len(a) > 2 else None)
    if type_ == "MultiheadAttention":
        return m(a[0], a[1], a[2], key_padding_mask=a[3] if len(a) > 3 else None,
                 attn_mask=a[4] if len(a) > 4 else None,
                 average_attn_weights=getattr(m, "_avg", True))
    if type_ in ("TransformerEncoderLayer", "TransformerEncoder"):
        return m(a[0], a[1] if len(a) > 1 else None, a[2] if len(a) > 2 else None)
    if type_ in ("TransformerDecoderLayer", "TransformerDecoder"):
        pad = list(a) + [None] * (6 - len(a))
        return m(pad[0], pad[1], pad[2], pad[3], pad[4], pad[5])
    if type_ == "LSTM":
        out, (h, c) = m(a[0], (a[1], a[2])) if len(a) == 3 else m(a[0])
        return out, h, c
    if type_ == "LSTMCell":
        return m(a[0], (a[1], a[2])) if len(a) == 3 else m(a[0])
    if type_ == "GRU":
        return m(a[0], a[1]) if len(a) == 2 else m(a[0])
    return m(*a)


def causal(n):
    return torch.triu(torch.full((n, n), float("-inf")), 1)


torch.manual_seed(0)
x4 = f((1, 2, 3, 3), 0.1)
case("ConvTranspose2d", dict(in_channels=2, out_channels=3, kernel_size=3, stride=2, padding=1,
                             output_padding=1),
     nn.ConvTranspose2d(2, 3, 3, stride=2, padding=1, output_padding=1), [x4])
case("ConvTranspose1d", dict(in_channels=2, out_channels=4, kernel_size=2, stride=3, dilation=2,
                             groups=2, bias=False),
     nn.ConvTranspose1d(2, 4, 2, stride=3, dilation=2, groups=2, bias=False), [f((1, 2, 4), 0.2)])
case("InstanceNorm1d", dict(num_features=2, affine=True), nn.InstanceNorm1d(2, affine=True),
     [f((2, 2, 5), 0.3)])
case("InstanceNorm2d", dict(num_features=2, eps=1e-3), nn.InstanceNorm2d(2, eps=1e-3), [x4])
case("EmbeddingBag", dict(num_embeddings=5, embedding_dim=3, mode="sum"),
     nn.EmbeddingBag(5, 3, mode="sum"),
     [torch.tensor([0, 2, 4, 1, 3]), torch.tensor([0, 2]), f((5,), 0.4)], "EmbeddingBag sum")
case("EmbeddingBag", dict(num_embeddings=5, embedding_dim=3, padding_idx=1),
     nn.EmbeddingBag(5, 3, padding_idx=1), [torch.tensor([[0, 1, 4], [1, 1, 2]])],
     "EmbeddingBag mean 2-D")
case("EmbeddingBag", dict(num_embeddings=5, embedding_dim=2, mode="max", include_last_offset=True),
     nn.EmbeddingBag(5, 2, mode="max", include_last_offset=True),
     [torch.tensor([3, 0, 4, 2]), torch.tensor([0, 1, 4])], "EmbeddingBag max last offset")
x_up = f((1, 1, 2, 3), 0.5)
case("Upsample", dict(scale_factor=2, mode="bilinear", align_corners=False),
     nn.Upsample(scale_factor=2, mode="bilinear", align_corners=False), [x_up], "Upsample bilinear")
case("Upsample", dict(size=5, mode="linear", align_corners=True),
     nn.Upsample(size=5, mode="linear", align_corners=True), [f((1, 2, 3), 0.6)], "Upsample linear")
case("UpsamplingBilinear2d", dict(size=[3, 4]), nn.UpsamplingBilinear2d(size=(3, 4)), [x_up])
case("UpsamplingNearest2d", dict(scale_factor=2), nn.UpsamplingNearest2d(scale_factor=2), [x_up])
x1 = f((1, 2, 7), 0.7)
case("MaxPool1d", dict(kernel_size=3, stride=2, padding=1, dilation=2, ceil_mode=True),
     nn.MaxPool1d(3, 2, 1, 2, ceil_mode=True), [x1])
case("AvgPool1d", dict(kernel_size=3, stride=2, padding=1, count_include_pad=False),
     nn.AvgPool1d(3, 2, 1, count_include_pad=False), [x1])
case("AdaptiveAvgPool1d", dict(output_size=3), nn.AdaptiveAvgPool1d(3), [x1])
x5 = f((1, 2, 5, 7), 0.8)
case("AdaptiveMaxPool2d", dict(output_size=[2, 3]), nn.AdaptiveMaxPool2d((2, 3)), [x5])
case("MaxPool2d", dict(kernel_size=2, dilation=2, stride=1), nn.MaxPool2d(2, 1, dilation=2), [x5],
     "MaxPool2d dilation")
case("AvgPool2d", dict(kernel_size=3, stride=2, padding=1, ceil_mode=True, divisor_override=4),
     nn.AvgPool2d(3, 2, 1, ceil_mode=True, divisor_override=4), [x5], "AvgPool2d divisor")
case("AvgPool2d", dict(kernel_size=2, padding=1, count_include_pad=False),
     nn.AvgPool2d(2, padding=1, count_include_pad=False), [x5], "AvgPool2d no pad count")
xa = f((2, 6), 0.9, -3, 3)
for t, o, m in [("Hardtanh", dict(min_val=-0.5, max_val=2.0), nn.Hardtanh(-0.5, 2.0)),
                ("CELU", dict(alpha=0.7), nn.CELU(0.7)), ("Softmin", dict(dim=1), nn.Softmin(1)),
                ("Softsign", {}, nn.Softsign()), ("Tanhshrink", {}, nn.Tanhshrink()),
                ("Threshold", dict(threshold=0.1, value=-2), nn.Threshold(0.1, -2.0)),
                ("Hardshrink", dict(lambd=0.8), nn.Hardshrink(0.8)),
                ("Softshrink", {}, nn.Softshrink()), ("GLU", dict(dim=1), nn.GLU(1)),
                ("AlphaDropout", dict(p=0.3), nn.AlphaDropout(0.3))]:
    case(t, o, m, [xa])
case("PReLU", dict(num_parameters=2), nn.PReLU(2), [f((2, 2, 3), 1.0, -3, 3)])
xl, yl = f((2, 3), 1.1, -2, 2), f((2, 3), 1.2, -2, 2)
pr, pt = f((2, 3), 1.3, 0.1, 0.9), f((2, 3), 1.4, 0.0, 1.0)
case("SmoothL1Loss", dict(beta=0.5), nn.SmoothL1Loss(beta=0.5), [xl, yl])
case("HuberLoss", dict(delta=0.7, reduction="sum"), nn.HuberLoss("sum", 0.7), [xl, yl])
case("KLDivLoss", dict(reduction="batchmean"), nn.KLDivLoss(reduction="batchmean"), [xl, pt],
     "KLDivLoss batchmean")
case("KLDivLoss", dict(log_target=True, reduction="none"),
     nn.KLDivLoss(reduction="none", log_target=True), [xl, yl], "KLDivLoss log_target")
case("BCELoss", dict(weight=[0.5, 1.0, 2.0]), nn.BCELoss(weight=torch.tensor([0.5, 1.0, 2.0])),
     [pr, pt])
case("BCEWithLogitsLoss", dict(weight=[1.0, 2.0, 0.5], pos_weight=[3.0, 1.0, 0.5]),
     nn.BCEWithLogitsLoss(weight=torch.tensor([1.0, 2.0, 0.5]),
                          pos_weight=torch.tensor([3.0, 1.0, 0.5])), [xl, pt])
kpm = torch.tensor([[False, False, True, False, True], [False] * 5])
case("MultiheadAttention", dict(embed_dim=4, num_heads=2), nn.MultiheadAttention(4, 2),
     [f((3, 2, 4), 1.5), f((5, 2, 4), 1.6), f((5, 2, 4), 1.7), kpm, f((3, 5), 1.8)],
     "MultiheadAttention masks")
mha = nn.MultiheadAttention(4, 2, kdim=3, vdim=5, batch_first=True, add_bias_kv=True,
                            add_zero_attn=True)
mha._avg = False
case("MultiheadAttention", dict(embed_dim=4, num_heads=2, kdim=3, vdim=5, batch_first=True,
                                add_bias_kv=True, add_zero_attn=True, average_attn_weights=False),
     mha, [f((2, 3, 4), 1.9), f((2, 5, 3), 2.0), f((2, 5, 5), 2.1)], "MultiheadAttention kdim vdim")
lay = dict(d_model=4, nhead=2, dim_feedforward=6, dropout=0.0)
case("TransformerEncoderLayer", lay, nn.TransformerEncoderLayer(4, 2, 6, 0.0),
     [f((3, 2, 4), 2.2), causal(3)])
case("TransformerEncoder", dict(lay, num_layers=2, norm=True, activation="gelu", norm_first=True,
                                batch_first=True),
     nn.TransformerEncoder(nn.TransformerEncoderLayer(4, 2, 6, 0.0, "gelu", batch_first=True,
                                                      norm_first=True), 2, norm=nn.LayerNorm(4)),
     [f((2, 3, 4), 2.3), None, torch.tensor([[False, False, True], [False, False, False]])])
case("TransformerDecoderLayer", lay, nn.TransformerDecoderLayer(4, 2, 6, 0.0),
     [f((3, 2, 4), 2.4), f((5, 2, 4), 2.5), causal(3)])
case("TransformerDecoder", dict(lay, num_layers=2),
     nn.TransformerDecoder(nn.TransformerDecoderLayer(4, 2, 6, 0.0), 2),
     [f((3, 2, 4), 2.6), f((5, 2, 4), 2.7), causal(3), None, None,
      torch.tensor([[False, True, False, False, True], [False] * 5])])
case("LSTM", dict(input_size=3, hidden_size=2, num_layers=2, bidirectional=True),
     nn.LSTM(3, 2, 2, bidirectional=True),
     [f((4, 2, 3), 2.8), f((4, 2, 2), 2.9), f((4, 2, 2), 3.0)])
case("GRU", dict(input_size=3, hidden_size=2, batch_first=True), nn.GRU(3, 2, batch_first=True),
     [f((2, 4, 3), 3.1), f((1, 2, 2), 3.2)])
case("LSTMCell", dict(input_size=3, hidden_size=2), nn.LSTMCell(3, 2),
     [f((2, 3), 3.3), f((2, 2), 3.4), f((2, 2), 3.5)])
case("GRUCell", dict(input_size=3, hidden_size=2, bias=False), nn.GRUCell(3, 2, bias=False),
     [f((2, 3), 3.6)])


def num(v):
    if math.isinf(v):
        return "-HUGE_VAL" if v < 0 else "HUGE_VAL"
    return "%.9g" % v


def tensor_lit(t):
    if t is None:
        return "{'n', {}, {}}"
    kind = {torch.float32: "f", torch.int64: "i", torch.bool: "b"}[t.dtype]
    vals = ", ".join(num(v) if kind == "f" else str(int(v)) for v in t.flatten().tolist())
    shape = ", ".join(str(s) for s in t.shape)
    return "{'%s', {%s}, {%s}}" % (kind, shape, vals)


HEADER = """#pragma once

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

// One tensor: kind 'f' float32, 'i' int64, 'b' bool, 'n' None (an absent optional input).
struct RefTensor {
  char kind;
  std::vector<int64_t> shape;
  std::vector<double> values;
};

// A module created with type and options, parameters set by name, inputs -> outputs.
struct RefCase {
  const char* name;
  const char* type;
  const char* options;
  std::vector<std::string> params;
  std::vector<RefTensor> inputs;
  std::vector<RefTensor> outputs;
};
"""


def cstr(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


print("// Generated by nn_layers_ref.py with torch %s; do not edit." % torch.__version__)
print(HEADER)
print("inline const std::vector<RefCase>& reference_cases() {")
print("  static const std::vector<RefCase> cases = {")
for name, type_, opts, params, ins, outs in CASES:
    print("      {%s, %s, %s," % (cstr(name), cstr(type_), cstr(opts)))
    print("       {%s}," % ", ".join(cstr(p) for p in params))
    print("       {%s}," % ", ".join(tensor_lit(t) for t in ins))
    print("       {%s}}," % ", ".join(tensor_lit(t) for t in outs))
print("  };\n  return cases;\n}")
