#!/usr/bin/python3
"""Prints the markdown table of module types for docs/c_api.md (between the <!-- module-types -->
markers) from a built libignis.so: every registered type, its options with defaults, and what
forward / forward_n take. Usage: scripts/module_types_table.py [build/dev/capi/libignis.so]"""
import ctypes
import re
import sys

LOSS = "(input, target) → loss"
DECODER = ("(tgt, memory, tgt_mask?, memory_mask?, tgt_key_padding_mask?, "
           "memory_key_padding_mask?) → output")
# forward_n inputs and outputs of the types that are not one tensor in, one out.
FORWARD = {
    "Bilinear": "(x1, x2) → y",
    "EmbeddingBag": "(input, offsets?, per_sample_weights?) → bags",
    "MultiheadAttention": "(query, key, value, key_padding_mask?, attn_mask?) → (output, "
                          "attn_weights); output only with `need_weights=false`",
    "TransformerEncoderLayer": "(src, src_mask?, src_key_padding_mask?) → output",
    "TransformerEncoder": "(src, mask?, src_key_padding_mask?) → output",
    "TransformerDecoderLayer": DECODER,
    "TransformerDecoder": DECODER,
    "LSTM": "(input, h0?, c0?) → (output, h_n, c_n)",
    "GRU": "(input, h0?) → (output, h_n)",
    "LSTMCell": "(input, h?, c?) → (h', c')",
    "GRUCell": "(input, h?) → h'",
    "Sequential": "x → y (children in order)",
    "ModuleList": "— (a holder)",
    "ModuleDict": "— (a holder)",
}


def main():
    lib = ctypes.CDLL(sys.argv[1] if len(sys.argv) > 1 else "build/dev/capi/libignis.so")
    names, n = ctypes.POINTER(ctypes.c_char_p)(), ctypes.c_size_t()
    lib.ignis_module_types(ctypes.byref(names), ctypes.byref(n))
    print("| Type | Options (`name` required, `name=default`) | forward / forward_n |")
    print("|---|---|---|")
    for t in [names[i].decode() for i in range(n.value)]:
        out = ctypes.c_char_p()
        lib.ignis_module_type_options(t.encode(), ctypes.byref(out))
        desc, toks = out.value.decode(), []
        if desc != "(none)":
            for part in re.split(r", (?=[a-z_0-9]+: )", desc):
                name, rest = part.split(": ", 1)
                if "(required)" in rest:
                    toks.append("`%s`" % name)
                else:
                    toks.append("`%s=%s`" % (name, rest.split(" = ", 1)[1].replace('"', "'")))
        forward = FORWARD.get(t, LOSS if t.endswith("Loss") else "x → y")
        print("| `%s` | %s | %s |" % (t, ", ".join(toks) or "—", forward))


if __name__ == "__main__":
    main()
