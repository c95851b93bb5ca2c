"""The Rust part of the generator (called from gen.py; DESIGN §3, §8).

Writes
  bindings/rust/ignis-sys/src/bindings.gen.rs  raw FFI, read from the C headers (gen_rust_sys.py)
  bindings/rust/ignis/src/ops.gen.rs           a safe method on Tensor for every schema op
  bindings/rust/ignis/tests/every_op/calls.gen.rs
                                               a call of each of those (gen_rust_tests.py)

Naming: the Rust name of an op is its C name without `ignis_` (`add.Tensor` -> `add_tensor`,
`where.ScalarSelf` -> `where_scalar_self`). Each op gets
  name(required args)        defaulted arguments take the schema's defaults
  name_with(every arg)       only when the op has defaulted arguments
  name_ / name_with_         the in-place form (`&mut self`), when the schema has one
  name_out / name_with_out   the out= form (writes into `out: &mut Tensor`), when it has one
A method on its first argument when that is a Tensor (whatever its name), else an associated
function (`Tensor::cat`). Every one returns `Result`.

Rust mapping of the schema vocabulary:
  Tensor -> &Tensor   Tensor? -> Option<&Tensor>   Tensor[] -> &[T] with T: Borrow<Tensor>
  int -> i64   int? -> Option<i64>   int[] -> &[i64]   int[]? -> Option<&[i64]>
  float -> f64   float? -> Option<f64>   bool -> bool   bool? -> Option<bool>
  Scalar -> impl Into<Scalar>   Scalar? -> Option<Scalar>   DType -> DType   DType? -> Option<DType>
  Device -> Device   str -> &str   str? -> Option<&str>
"""
import re

import gen_capi
import gen_rust_sys
import gen_rust_tests

HEADER_RS = "// generated from codegen/ops.yaml by codegen/gen.py - do not edit\n"
RUST_KEYWORDS = gen_rust_sys.RUST_KEYWORDS | {"as", "break", "const", "continue", "else", "extern",
                                              "false", "for", "if", "return", "static", "true",
                                              "unsafe", "while", "abstract", "become", "do",
                                              "typeof", "unsized", "virtual", "try", "gen"}
# Methods the hand-written crate defines on Tensor (tensor.rs, autograd.rs, ...); a generated
# name equal to one is a generator error.
HANDWRITTEN = {
    "from_raw", "into_raw", "as_ptr", "from_slice", "from_vec", "scalar", "empty", "zeros",
    "ones", "full", "arange", "linspace", "eye", "rand", "randn", "randint", "zeros_like",
    "ones_like", "shape", "size", "strides", "ndim", "numel", "dtype", "device",
    "is_contiguous", "to_vec", "as_slice", "item", "item_f64", "item_i64", "to_dtype",
    "to_device", "to", "contiguous", "deep_clone", "detach", "copy_", "view", "reshape",
    "transpose", "permute", "slice", "select", "expand", "squeeze", "squeeze_dim",
    "unsqueeze", "flatten", "requires_grad", "set_requires_grad", "is_leaf", "retain_grad",
    "grad", "set_grad", "zero_grad", "backward", "backward_with", "clone", "fmt",
    "rand_seeded", "randn_seeded", "with_requires_grad", "as_mut_ptr", "from_array", "random",
    "expect_dtype", "engine_text", "register_hook",
}
TYPES = {
    "Tensor": "&Tensor", "Tensor?": "Option<&Tensor>", "Tensor[]": "&[T]", "int": "i64",
    "int?": "Option<i64>", "int[]": "&[i64]", "int[]?": "Option<&[i64]>", "float": "f64",
    "float?": "Option<f64>", "bool": "bool", "bool?": "Option<bool>",
    "Scalar": "impl Into<Scalar>", "Scalar?": "Option<Scalar>", "DType": "DType",
    "DType?": "Option<DType>", "Device": "Device", "str": "&str", "str?": "Option<&str>",
}


class RustGenError(Exception):
    pass


def rust_base(op):
    return gen_capi.cname(op)[len("ignis_"):]


def arg_name(a, i, method):
    n = a["name"].lower()
    if n == "self" and (i > 0 or not method):
        return "self_"
    return n + "_" if n in RUST_KEYWORDS and n != "self" else n


def rust_default(a, where):
    t, d = a["type"], a["py_default"].strip()
    if d == "None":
        if not t.endswith("?"):
            raise RustGenError(f"{where}: default None for non-optional {a['name']}")
        return "None"
    base = t.rstrip("?")
    some = (lambda v: f"Some({v})") if t.endswith("?") else (lambda v: v)
    if base == "bool":
        return some({"True": "true", "False": "false"}[d])
    if base == "int":
        return some(d)
    if base == "int[]":
        return some("&[" + d[1:-1] + "]")
    if base == "float":
        v = {"inf": "f64::INFINITY", "-inf": "f64::NEG_INFINITY", "nan": "f64::NAN"}.get(d)
        if v is None:
            v = d if re.search(r"[.e]", d) else d + ".0"
        return some(v)
    if base == "Scalar":
        v = f"Scalar::Int({d})" if re.fullmatch(r"-?\d+", d) else f"Scalar::Float({d})"
        return some(v)
    if base == "str":
        return some(d)
    if base == "DType":
        return some("DType::" + {"f32": "F32", "f64": "F64", "i64": "I64", "bool": "Bool"}[d])
    raise RustGenError(f"{where}: cannot write default {d!r} of {t} {a['name']} in Rust")


def conversions(op, names, form):
    """(setup lines, C call arguments) of an op's arguments; names[i] is argument i's Rust name;
    form is '', 'inplace' or 'out'."""
    setup, call = [], []
    if form == "out":
        call.append("out.as_mut_ptr()")
    for i, (a, n) in enumerate(zip(op["args"], names)):
        t = a["type"]
        if t == "Tensor":
            if i == 0 and form == "inplace":
                call.append("self.as_mut_ptr()")
            else:
                call.append(f"{n}.as_ptr()")
        elif t == "Tensor?":
            call.append(f"{n}.map_or(ptr::null(), Tensor::as_ptr)")
        elif t == "Tensor[]":
            setup.append(f"let c_{n}: Vec<*const sys::ignis_tensor> = "
                         f"{n}.iter().map(|t| t.borrow().as_ptr()).collect();")
            call += [f"c_{n}.as_ptr()", f"c_{n}.len()"]
        elif t in ("int", "float"):
            call.append(n)
        elif t in ("int?", "float?"):
            call.append(f"{n}.as_ref().map_or(ptr::null(), |v| v as *const _)")
        elif t == "int[]":
            call += [f"{n}.as_ptr()", f"{n}.len()"]
        elif t == "int[]?":
            call += [f"{n}.map_or(ptr::null(), <[i64]>::as_ptr)", f"{n}.map_or(0, <[i64]>::len)"]
        elif t == "bool":
            call.append(f"i32::from({n})")
        elif t == "bool?":
            setup.append(f"let c_{n} = {n}.map(i32::from);")
            call.append(f"c_{n}.as_ref().map_or(ptr::null(), |v| v as *const _)")
        elif t == "Scalar":
            call.append(f"{n}.into().to_c()")
        elif t == "Scalar?":
            setup.append(f"let c_{n} = {n}.map(Scalar::to_c);")
            call.append(f"c_{n}.as_ref().map_or(ptr::null(), |v| v as *const _)")
        elif t in ("DType", "Device"):
            call.append(f"{n}.to_c()")
        elif t == "DType?":
            setup.append(f"let c_{n} = {n}.map(DType::to_c);")
            call.append(f"c_{n}.as_ref().map_or(ptr::null(), |v| v as *const _)")
        elif t == "str":
            setup.append(f"let c_{n} = c_string({n})?;")
            call.append(f"c_{n}.as_ptr()")
        elif t == "str?":
            setup.append(f"let c_{n} = {n}.map(c_string).transpose()?;")
            call.append(f"c_{n}.as_ref().map_or(ptr::null(), |s| s.as_ptr())")
        else:
            raise RustGenError(f"op {gen_capi.dyn_name(op)}: no Rust mapping for type {t}")
    return setup, call


def ret_type(op, form):
    n = op["ret"]["n"]
    if form:
        return "()"
    if n == 1:
        return "Tensor"
    if n == -1:
        return "Vec<Tensor>"
    return "(" + ", ".join(["Tensor"] * n) + ")"


def ret_code(op, form):
    """(declarations, C out-arguments, lines turning them into the Ok value)."""
    n = op["ret"]["n"]
    if form:
        return [], [], ["Ok(())"]
    if n == 1:
        return (["let mut c_res = ptr::null_mut();"], ["&mut c_res"],
                ["// SAFETY: on success the C API hands us a new reference.",
                 "Ok(unsafe { Tensor::from_raw(c_res) })"])
    if n == -1:
        return (["let mut c_res = ptr::null_mut();", "let mut c_count = 0usize;"],
                ["&mut c_res", "&mut c_count"],
                ["// SAFETY: on success c_res holds c_count new references in a library array.",
                 "Ok(unsafe { Tensor::from_array(c_res, c_count) })"])
    decl = [f"let mut c_res{i} = ptr::null_mut();" for i in range(n)]
    args = [f"&mut c_res{i}" for i in range(n)]
    body = ", ".join(f"Tensor::from_raw(c_res{i})" for i in range(n))
    return decl, args, ["// SAFETY: on success each out-pointer holds a new reference.",
                        f"Ok(unsafe {{ ({body}) }})"]


def gen_fn(op, form, full):
    """One Rust function of op: form '', 'inplace' or 'out'; full: every argument explicit."""
    where = f"op {gen_capi.dyn_name(op)}"
    args = op["args"]
    method = args[0]["type"] == "Tensor"
    names = [arg_name(a, i, method) for i, a in enumerate(args)]
    if len(set(names)) != len(names) or "out" in names[1:] and form == "out":
        raise RustGenError(f"{where}: Rust argument names collide: {names}")
    base = rust_base(op) + ("_with" if full else "")
    rname = base + {"": "", "inplace": "_", "out": "_out"}[form]
    cfun = gen_capi.cname(op) + {"": "", "inplace": "_inplace", "out": "_out"}[form]
    generic = any(a["type"] == "Tensor[]" for a in args)
    gen_params = "<T: Borrow<Tensor>>" if generic else ""
    params = []
    if method:
        params.append("&mut self" if form == "inplace" else "&self")
    if form == "out":
        params.append("out: &mut Tensor")
    shown = [(a, n) for i, (a, n) in enumerate(zip(args, names))
             if not (method and i == 0) and (full or a["default"] is None)]
    params += [f"{n}: {TYPES[a['type']]}" for a, n in shown]
    doc = [f"/// {op['doc']}"]
    if method and args[0]["name"] != "self":
        doc += ["///", f"/// `self` is the schema's `{args[0]['name']}`."]
    head = f"pub fn {rname}{gen_params}({', '.join(params)}) -> Result<{ret_type(op, form)}> {{"
    lines = doc
    if not full and any(a["default"] is not None for a in args):
        defaults = ", ".join(f"{n} = {a['py_default']}" for a, n in zip(args, names)
                             if a["default"] is not None)
        suffix = {"": "", "inplace": "_", "out": "_out"}[form]
        lines += ["///",
                  f"/// Defaults: {defaults} (all explicit: `{rust_base(op)}_with{suffix}`)."]
        lines.append(head)
        fwd = []
        if form == "out":
            fwd.append("out")
        for i, (a, n) in enumerate(zip(args, names)):
            if method and i == 0:
                continue
            fwd.append(n if a["default"] is None else rust_default(a, where))
        callee = ("self." if method else "Self::") + base + "_with" + \
            {"": "", "inplace": "_", "out": "_out"}[form]
        lines.append(f"    {callee}({', '.join(fwd)})")
        lines.append("}")
        return rname, lines
    lines.append(head)
    setup, call = conversions(op, ["self" if method else names[0]] + names[1:], form)
    decl, outs, finish = ret_code(op, form)
    body = setup + decl
    body.append(f"check(unsafe {{ sys::{cfun}({', '.join(call + outs)}) }})?;")
    body += finish
    lines += ["    " + l for l in body]
    lines.append("}")
    return rname, lines


def gen_ops_rs(ops):
    lines = [HEADER_RS.rstrip("\n"),
             "// One safe method (or associated function) on Tensor per schema op; see",
             "// codegen/gen_rust.py for the naming and type mapping, docs/rust.md for the guide.",
             "#![allow(clippy::too_many_arguments, clippy::type_complexity)]",
             "// The schema's docs are prose (\"repeats[i]\"), not rustdoc links.",
             "#![allow(rustdoc::broken_intra_doc_links, rustdoc::invalid_html_tags)]", "",
             "use std::borrow::Borrow;", "use std::ptr;", "",
             "use crate::error::{check, Result};", "use crate::scalar::c_string;",
             "use crate::{sys, DType, Scalar, Tensor};", "",
             "// SAFETY (every unsafe block below): the pointers passed are live handles borrowed",
             "// for the call, or locals that outlive it; the C API checks every argument.",
             "impl Tensor {"]
    seen = {}
    for op in ops:
        has_defaults = any(a["default"] is not None for a in op["args"])
        forms = [""] + (["inplace"] if op["inplace"] else []) + \
            (["out"] if op["out"] and op["ret"]["n"] == 1 else [])
        for form in forms:
            for full in ([False, True] if has_defaults else [False]):
                name, body = gen_fn(op, form, full)
                if name in HANDWRITTEN or name in seen or name in RUST_KEYWORDS:
                    other = seen.get(name, "a hand-written method or a keyword")
                    raise RustGenError(f"op {gen_capi.dyn_name(op)}: Rust name {name} collides "
                                       f"with {other}")
                seen[name] = gen_capi.dyn_name(op)
                lines += ["    " + l if l else "" for l in body] + [""]
    lines[-1:] = ["}"]
    text = "\n".join(lines) + "\n"
    if "Device" in text.split("impl Tensor {", 1)[1]:  # no schema op takes a Device yet
        text = text.replace("use crate::{sys, DType, Scalar, Tensor};",
                            "use crate::{sys, DType, Device, Scalar, Tensor};")
    return text


def outputs(root, ops, generated, error):
    """Rust files; generated maps paths to the texts gen.py is about to write (the C headers the
    sys bindings are read from); error is the exception class gen.py reports."""
    try:
        return {
            **gen_rust_sys.outputs(root, generated),
            root / "bindings/rust/ignis/src/ops.gen.rs": gen_ops_rs(ops),
            root / "bindings/rust/ignis/tests/every_op/calls.gen.rs":
                gen_rust_tests.gen_every_op_calls(ops, rust_base, rust_default),
        }
    except (RustGenError, gen_rust_sys.SysError, ValueError) as e:
        raise error(str(e)) from e
