"""Writes bindings/rust/ignis/tests/every_op/calls.gen.rs (called from gen_rust.py): one call of
every Rust function gen_rust.py writes for the schema (each op's plain, `_with`, in-place and
`_out` forms), with generic values of each argument's type. The handwritten harness
tests/every_op.rs runs them and checks each one either returns its tensors or fails with an
engine status and message (DESIGN §9: every op reachable from every language).

Values: a tensor is a fresh float32 [3, 3] (`t()`, entries in (0, 1), invertible, positive
definite in its lower triangle), `Tensor[]` two of them, a required `Tensor?` None, int 1, int[]
[1], float 0.5, bool false, Scalar 2, DType f32, Device cpu; a few argument names take values of
the kind their ops need (TENSORS_BY_NAME, INTS_BY_NAME, STRINGS: indices are int64, masks bool);
in `_with` forms a defaulted argument takes its default. An `_out` form writes into a tensor
shaped like what another form of the op returned.
"""
import gen_capi

HEADER_RS = "// generated from codegen/ops.yaml by codegen/gen.py - do not edit\n"
STRINGS = {"equation": '"ij,ij->i"', "reduction": '"mean"', "mode": '"constant"',
           "padding": '"same"', "rounding_mode": '"floor"', "approximate": '"none"',
           "ord": '"fro"', "p": '"fro"', "reduce": '"sum"'}
TENSORS_BY_NAME = {"index": "&ti()", "indices": "&ti()", "mask": "&tb()", "condition": "&tb()",
                   "vec": "&tv()", "vec2": "&tv()", "tensor": "&tv()", "repeats": "&tr()",
                   "batch1": "&tbatch()", "batch2": "&tbatch()"}
INTS_BY_NAME = {"normalized_shape": "&[3]", "split_sizes": "&[1, 2]", "pad": "&[1, 1]",
                "repeats": "&[1, 1]"}
VALUES = {
    "Tensor": "&t()", "Tensor?": "None", "Tensor[]": "&[t(), t()]", "int": "1",
    "int?": "Some(1)", "int[]": "&[1]", "int[]?": "Some(&[1])", "float": "0.5",
    "float?": "Some(0.5)", "bool": "false", "bool?": "Some(false)", "Scalar": "2",
    "Scalar?": "Some(Scalar::Int(2))", "DType": "DType::F32", "DType?": "Some(DType::F32)",
    "Device": "Device::Cpu",
}


def value(a, full, rust_default, where):
    if a["default"] is not None:
        return rust_default(a, where) if full else None
    if a["type"] in ("str", "str?"):
        s = STRINGS.get(a["name"])
        if s is None:
            raise ValueError(f"{where}: no test value for str argument {a['name']} (add it to "
                             f"STRINGS in codegen/gen_rust_tests.py)")
        return s if a["type"] == "str" else f"Some({s})"
    if a["type"] == "Tensor" and a["name"] in TENSORS_BY_NAME:
        return TENSORS_BY_NAME[a["name"]]
    if a["type"] == "int[]" and a["name"] in INTS_BY_NAME:
        return INTS_BY_NAME[a["name"]]
    return VALUES[a["type"]]


def call(op, form, full, rust_base, rust_default):
    """One statement recording the call of op's Rust function (form '', 'inplace' or 'out')."""
    where = f"op {gen_capi.dyn_name(op)}"
    args = op["args"]
    method = args[0]["type"] == "Tensor"
    fname = rust_base(op) + ("_with" if full else "") + \
        {"": "", "inplace": "_", "out": "_out"}[form]
    vals = [value(a, full, rust_default, where) for a in args]
    rest = [v for v in (vals[1:] if method else vals) if v is not None]
    label = f'"{gen_capi.dyn_name(op)}", "{fname}"'
    if form == "inplace":
        return (f"    {{ let mut s = t(); before(); let r = s.{fname}({', '.join(rest)}); "
                f"tally.record_inplace({label}, r, &s); }}")
    if form == "out":
        recv = "t()." if method else "Tensor::"
        return (f"    {{ let mut out = tally.out_for(\"{gen_capi.dyn_name(op)}\"); before(); "
                f"let r = {recv}{fname}({', '.join(['&mut out'] + rest)}); "
                f"tally.record_out({label}, r, &out); }}")
    recv = "t()." if method else "Tensor::"
    return f"    before(); tally.record({label}, {recv}{fname}({', '.join(rest)}));"


def gen_every_op_calls(ops, rust_base, rust_default):
    lines = [HEADER_RS.rstrip("\n"),
             "// One call of every op function of ops.gen.rs, run by tests/every_op.rs (see",
             "// codegen/gen_rust_tests.py for the values).",
             "#![allow(unused_imports)] // which types appear depends on the schema",
             "use ignis::{DType, Device, Scalar, Tensor};", "",
             "use super::{before, t, tb, tbatch, ti, tr, tv, Tally};", "",
             "pub fn call_every_op(tally: &mut Tally) {"]
    count = 0
    for op in ops:
        has_defaults = any(a["default"] is not None for a in op["args"])
        forms = [""] + (["inplace"] if op["inplace"] else []) + \
            (["out"] if op["out"] and op["ret"]["n"] == 1 else [])
        for form in forms:
            for full in ([False, True] if has_defaults else [False]):
                lines.append(call(op, form, full, rust_base, rust_default))
                count += 1
    lines += ["}", "", "/// How many calls `call_every_op` makes: every op function.",
              f"pub const CALLS: usize = {count};", ""]
    return "\n".join(lines)
