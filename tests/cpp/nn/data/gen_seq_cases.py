#!/usr/bin/python3
"""Reference cases for tests/cpp/nn/{attention,transformer,rnn}_test.cpp, computed by torch 1.13.

Each case builds a torch module with a fixed seed, runs forward on random inputs, takes
loss = sum(output_i * cotangent_i) and runs backward. Everything is stored in float64 under
"<case>/<kind>.<name>":
  p.<state dict key>      the module's parameters (the C++ test loads them by these keys)
  in.<name>               inputs (masks keep their bool / float dtype)
  out.<name>, cot.<name>  outputs and the random cotangents of the loss
  grad.in.<name>          gradients of the floating inputs
  grad.p.<key>            gradients of the parameters
The cases of one test file become one safetensors blob, base64-encoded into a C string in
<file>_cases.h; seq_cases.h decodes it and loads it with load_safetensors_from_memory (so the
tests need no file paths at run time).

Run:  /usr/bin/python3 tests/cpp/nn/data/gen_seq_cases.py   (rewrites the three headers)
"""
import base64
import json
import os
import struct

import torch
import torch.nn as nn

torch.set_default_dtype(torch.float64)
HERE = os.path.dirname(os.path.abspath(__file__))


def run_case(store, name, module, inputs, call, train=False):
    """inputs: dict name -> tensor; call(module, inputs) -> dict of outputs."""
    module.train(train)
    inputs = {k: t.detach().clone() for k, t in inputs.items()}  # fresh leaves: no shared .grad
    for t in inputs.values():
        if t.is_floating_point():
            t.requires_grad_(True)
    outs = call(module, inputs)
    loss = 0
    for k, o in outs.items():
        cot = torch.randn(o.shape)
        store[f"{name}/cot.{k}"] = cot
        store[f"{name}/out.{k}"] = o.detach()
        loss = loss + (o * cot).sum()
    loss.backward()
    for k, v in module.state_dict().items():
        store[f"{name}/p.{k}"] = v.detach().clone()
    for k, p in module.named_parameters():
        store[f"{name}/grad.p.{k}"] = p.grad.detach().clone()
    for k, t in inputs.items():
        store[f"{name}/in.{k}"] = t.detach().clone()
        if t.is_floating_point():
            store[f"{name}/grad.in.{k}"] = t.grad.detach().clone()


def pad_mask(n, s, lengths):
    m = torch.zeros(n, s, dtype=torch.bool)
    for b, ln in enumerate(lengths):
        m[b, ln:] = True
    return m


# ---- MultiheadAttention: E=8, 2 heads, L=4, S=5, N=3
def attention_cases(st):
    E, H, L, S, N = 8, 2, 4, 5, 3
    torch.manual_seed(1)
    m = nn.MultiheadAttention(E, H, dropout=0.5)  # eval: dropout off
    run_case(st, "self", m, {"x": torch.randn(L, N, E)},
             lambda m, i: dict(zip(["out", "w"], m(i["x"], i["x"], i["x"]))))

    torch.manual_seed(2)
    m = nn.MultiheadAttention(E, H, batch_first=True)
    am = torch.randn(L, S)
    run_case(st, "cross_bf", m,
             {"q": torch.randn(N, L, E), "kv": torch.randn(N, S, E), "am": am,
              "kpm": pad_mask(N, S, [5, 3, 4])},
             lambda m, i: dict(zip(["out", "w"], m(i["q"], i["kv"], i["kv"], key_padding_mask=i["kpm"],
                                                     attn_mask=i["am"], average_attn_weights=False))),
             train=True)

    torch.manual_seed(3)
    m = nn.MultiheadAttention(E, H, kdim=6, vdim=7)
    am3 = torch.rand(N * H, L, S) < 0.3
    am3[:, :, 0] = False  # every query keeps key 0
    run_case(st, "kvdim", m,
             {"q": torch.randn(L, N, E), "k": torch.randn(S, N, 6), "v": torch.randn(S, N, 7),
              "am": am3, "kpm": pad_mask(N, S, [5, 5, 3])},
             lambda m, i: dict(zip(["out", "w"], m(i["q"], i["k"], i["v"], key_padding_mask=i["kpm"],
                                                     attn_mask=i["am"]))),
             train=True)

    # A float key_padding_mask is added to the scores (torch 1.13 only takes it without attn_mask).
    torch.manual_seed(6)
    m = nn.MultiheadAttention(E, H, batch_first=True)
    kpm = torch.zeros(N, S)
    kpm[1, 3:] = -1e4
    kpm[2, 1] = -2.5
    run_case(st, "float_kpm", m, {"x": torch.randn(N, L, E), "kv": torch.randn(N, S, E), "kpm": kpm},
             lambda m, i: dict(zip(["out", "w"], m(i["x"], i["kv"], i["kv"], key_padding_mask=i["kpm"]))),
             train=True)

    torch.manual_seed(4)
    m = nn.MultiheadAttention(E, H, add_bias_kv=True, add_zero_attn=True)
    am = torch.zeros(L, S, dtype=torch.bool)
    am[0, 2:] = True
    run_case(st, "bias_kv", m,
             {"q": torch.randn(L, N, E), "k": torch.randn(S, N, E), "v": torch.randn(S, N, E),
              "am": am, "kpm": pad_mask(N, S, [5, 2, 4])},
             lambda m, i: dict(zip(["out", "w"], m(i["q"], i["k"], i["v"], key_padding_mask=i["kpm"],
                                                     attn_mask=i["am"]))),
             train=True)

    torch.manual_seed(5)
    m = nn.MultiheadAttention(E, H, bias=False)
    kpm = torch.tensor([False, False, True, False, True])
    run_case(st, "unbatched", m,
             {"q": torch.randn(L, E), "k": torch.randn(S, E), "v": torch.randn(S, E), "kpm": kpm},
             lambda m, i: dict(zip(["out", "w"], m(i["q"], i["k"], i["v"], key_padding_mask=i["kpm"]))),
             train=True)


# ---- Transformer layers: d_model=8, 2 heads, ff=16, T=5 (target), S=6 (memory), N=2
def transformer_cases(st):
    D, H, F, T, S, N = 8, 2, 16, 5, 6, 2
    causal = nn.Transformer.generate_square_subsequent_mask(T)

    torch.manual_seed(11)
    m = nn.TransformerEncoderLayer(D, H, F, dropout=0.1)  # eval: dropout off
    run_case(st, "enc_post_relu", m,
             {"src": torch.randn(T, N, D), "mask": causal, "kpm": pad_mask(N, T, [5, 4])},
             lambda m, i: {"out": m(i["src"], src_mask=i["mask"], src_key_padding_mask=i["kpm"])})

    torch.manual_seed(12)
    m = nn.TransformerEncoderLayer(D, H, F, dropout=0.0, activation="gelu", batch_first=True,
                                   norm_first=True, layer_norm_eps=1e-6)
    run_case(st, "enc_pre_gelu_bf", m, {"src": torch.randn(N, T, D)},
             lambda m, i: {"out": m(i["src"])}, train=True)

    torch.manual_seed(13)
    layer = nn.TransformerEncoderLayer(D, H, F, dropout=0.0)
    m = nn.TransformerEncoder(layer, 2, norm=nn.LayerNorm(D))
    with torch.no_grad():  # make the two copies differ, as after training
        for p in m.layers[1].parameters():
            p.add_(0.1 * torch.randn(p.shape))
    run_case(st, "encoder", m, {"src": torch.randn(T, N, D), "kpm": pad_mask(N, T, [3, 5])},
             lambda m, i: {"out": m(i["src"], src_key_padding_mask=i["kpm"])}, train=True)

    torch.manual_seed(14)
    m = nn.TransformerDecoderLayer(D, H, F, dropout=0.1)  # eval
    run_case(st, "dec_post", m,
             {"tgt": torch.randn(T, N, D), "mem": torch.randn(S, N, D), "tmask": causal,
              "tkpm": pad_mask(N, T, [5, 4]), "mkpm": pad_mask(N, S, [4, 6])},
             lambda m, i: {"out": m(i["tgt"], i["mem"], tgt_mask=i["tmask"],
                                    tgt_key_padding_mask=i["tkpm"],
                                    memory_key_padding_mask=i["mkpm"])})

    torch.manual_seed(15)
    layer = nn.TransformerDecoderLayer(D, H, F, dropout=0.0, activation="gelu", batch_first=True,
                                       norm_first=True)
    m = nn.TransformerDecoder(layer, 2, norm=nn.LayerNorm(D))
    with torch.no_grad():
        for p in m.layers[0].parameters():
            p.add_(0.1 * torch.randn(p.shape))
    run_case(st, "decoder", m,
             {"tgt": torch.randn(N, T, D), "mem": torch.randn(N, S, D), "mmask": torch.randn(T, S)},
             lambda m, i: {"out": m(i["tgt"], i["mem"], memory_mask=i["mmask"])}, train=True)


# ---- LSTM / GRU: input 3, hidden 4, T=5, N=2
def rnn_cases(st):
    I, Hd, T, N = 3, 4, 5, 2

    def seq(m, i):
        if isinstance(m, nn.LSTM):
            hx = (i["h0"], i["c0"]) if "h0" in i else None
            out, (h, c) = m(i["x"], hx)
            return {"out": out, "h": h, "c": c}
        out, h = m(i["x"], i.get("h0"))
        return {"out": out, "h": h}

    torch.manual_seed(21)
    run_case(st, "lstm1", nn.LSTM(I, Hd), {"x": torch.randn(T, N, I)}, seq, train=True)
    torch.manual_seed(22)
    run_case(st, "lstm_bi2", nn.LSTM(I, Hd, num_layers=2, bidirectional=True, batch_first=True,
                                     dropout=0.3),
             {"x": torch.randn(N, T, I), "h0": torch.randn(4, N, Hd), "c0": torch.randn(4, N, Hd)},
             seq)  # eval: no dropout between layers
    torch.manual_seed(23)
    run_case(st, "gru_bi2", nn.GRU(I, Hd, num_layers=2, bidirectional=True),
             {"x": torch.randn(T, N, I), "h0": torch.randn(4, N, Hd)}, seq, train=True)
    torch.manual_seed(24)
    run_case(st, "gru_nobias_bf", nn.GRU(I, Hd, bias=False, batch_first=True),
             {"x": torch.randn(N, T, I)}, seq, train=True)
    torch.manual_seed(25)
    run_case(st, "lstm_unbatched", nn.LSTM(I, Hd, num_layers=2),
             {"x": torch.randn(T, I), "h0": torch.randn(2, Hd), "c0": torch.randn(2, Hd)}, seq,
             train=True)
    torch.manual_seed(28)  # LSTM with projections: h is 2 features, c keeps 4
    run_case(st, "lstm_proj_bi2", nn.LSTM(I, Hd, num_layers=2, bidirectional=True, proj_size=2),
             {"x": torch.randn(T, N, I), "h0": torch.randn(4, N, 2), "c0": torch.randn(4, N, Hd)},
             seq, train=True)
    torch.manual_seed(26)
    run_case(st, "lstm_cell", nn.LSTMCell(I, Hd),
             {"x": torch.randn(N, I), "h": torch.randn(N, Hd), "c": torch.randn(N, Hd)},
             lambda m, i: dict(zip(["h", "c"], m(i["x"], (i["h"], i["c"])))), train=True)
    torch.manual_seed(27)
    run_case(st, "gru_cell", nn.GRUCell(I, Hd), {"x": torch.randn(N, I), "h": torch.randn(N, Hd)},
             lambda m, i: {"h": m(i["x"], i["h"])}, train=True)


# ---- safetensors bytes -> C header
DT = {torch.float64: "F64", torch.bool: "BOOL"}


def safetensors_bytes(store):
    header, blobs, off = {}, [], 0
    for k in sorted(store):
        t = store[k].contiguous()
        b = t.numpy().tobytes()
        header[k] = {"dtype": DT[t.dtype], "shape": list(t.shape), "data_offsets": [off, off + len(b)]}
        blobs.append(b)
        off += len(b)
    h = json.dumps(header, separators=(",", ":")).encode()
    h += b" " * (-len(h) % 8)
    return struct.pack("<Q", len(h)) + h + b"".join(blobs)


def write_header(fname, symbol, store):
    data = base64.b64encode(safetensors_bytes(store)).decode()
    lines = ['    "' + data[i:i + 92] + '"' for i in range(0, len(data), 92)]
    with open(os.path.join(HERE, fname), "w") as f:
        f.write("// Generated by tests/cpp/nn/data/gen_seq_cases.py (torch %s) - do not edit.\n"
                % torch.__version__)
        f.write("// A base64 safetensors blob of reference cases; see the script for the key layout.\n")
        f.write("#pragma once\n\n#include <cstddef>\n\n")
        f.write(f"inline constexpr char {symbol}[] =\n" + "\n".join(lines) + ";\n")
        f.write(f"inline constexpr size_t {symbol}_size = {len(data)};\n")


if __name__ == "__main__":
    for fname, symbol, fn in [("attention_cases.h", "kAttentionCases", attention_cases),
                              ("transformer_cases.h", "kTransformerCases", transformer_cases),
                              ("rnn_cases.h", "kRnnCases", rnn_cases)]:
        st = {}
        fn(st)
        write_header(fname, symbol, st)
        print(fname, sum(t.numel() for t in st.values()), "values")
