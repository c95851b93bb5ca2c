#!/usr/bin/env python3
"""Reads codegen/ops.yaml (the op schema) and writes every file derived from it.

Usage: gen.py [--check]   (--check: fail when a committed generated file is out of date)

Outputs (each begins with a "generated from codegen/ops.yaml - do not edit" line):
  cpp/ops/ops.gen.h               free-function declarations of every op (and _out/_ forms),
                                  and the inline Tensor methods that forward to them
  cpp/tensor/tensor_methods.gen.h Tensor method declarations (included inside class Tensor)
  tests/cpp/ops/op_table.gen.h    the table the op tests walk
  capi/include/ignis/ops.h, capi/src/ops.gen.cpp, capi/include/ignis/ops.hpp
                                  the C API of every op and its C++ wrappers (gen_capi.py)
  bindings/rust/ignis-sys/src/bindings.gen.rs, bindings/rust/ignis/src/ops.gen.rs,
  bindings/rust/ignis/tests/every_op/calls.gen.rs
                                  Rust raw FFI (from the C headers), safe op methods, and a call
                                  of each for the every-op test (gen_rust.py, gen_rust_tests.py)
  bindings/python/src/ops.gen.cpp, bindings/python/ignis/_C.pyi
                                  the Python binding's op registrations and stubs (gen_python.py)
  bindings/java/src/main/java/dev/ignis/TensorOps.java
                                  the Java Tensor methods of every op (gen_java.py)
  bindings/node/src/ops.gen.cpp, bindings/node/ops.gen.d.ts
                                  the Node.js addon's op table and its TypeScript declarations
                                  (gen_node.py)
"""
import pathlib
import re
import sys

import yaml

import gen_capi
import gen_java
import gen_node
import gen_rust
import gen_python

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "codegen" / "ops.yaml"
HEADER = "// generated from codegen/ops.yaml by codegen/gen.py - do not edit\n"

# The schema's whole type vocabulary -> C++ parameter type. Anything else is an error.
CPP_TYPES = {
    "Tensor": "const Tensor&",
    "Tensor?": "const std::optional<Tensor>&",
    "Tensor[]": "const std::vector<Tensor>&",
    "int": "int64_t",
    "int?": "std::optional<int64_t>",
    "int[]": "IntArrayRef",
    "int[]?": "OptIntArrayRef",
    "float": "double",
    "float?": "std::optional<double>",
    "bool": "bool",
    "bool?": "std::optional<bool>",
    "Scalar": "const Scalar&",
    "Scalar?": "const std::optional<Scalar>&",
    "DType": "DType",
    "DType?": "std::optional<DType>",
    "Device": "Device",
    "str": "std::string_view",
    "str?": "std::optional<std::string_view>",
}
RETURNS = {"Tensor": "Tensor", "Tensor[]": "std::vector<Tensor>"}
FAMILIES = [
    "unary", "binary", "reduce", "sort", "shape", "index", "linalg", "nn", "conv", "pool", "loss"
]
DTYPE_SETS = {
    "all": ["bool", "u8", "i8", "i16", "i32", "i64", "f16", "bf16", "f32", "f64"],
    "numeric": ["u8", "i8", "i16", "i32", "i64", "f16", "bf16", "f32", "f64"],
    "signed": ["i8", "i16", "i32", "i64", "f16", "bf16", "f32", "f64"],
    "integral": ["u8", "i8", "i16", "i32", "i64"],
    "integral_bool": ["bool", "u8", "i8", "i16", "i32", "i64"],
    "floating": ["f16", "bf16", "f32", "f64"],
}
KEYS = {"func", "family", "variants", "inplace", "out", "differentiable", "dtypes", "doc"}
FUNC_RE = re.compile(r"^(\w+)(?:\.(\w+))?\((.*)\)\s*->\s*(.+)$")


class SchemaError(Exception):
    pass


def parse_default(text, typ):
    t = text.strip()
    if t == "None":
        return "std::nullopt"
    if t in ("True", "False"):
        return t.lower()
    if t.startswith("[") and t.endswith("]"):
        return "{" + t[1:-1] + "}"
    if t.startswith('"') and t.endswith('"'):
        return t
    if re.fullmatch(r"-?\d+", t):
        return t
    if re.fullmatch(r"-?\d*\.\d*(e-?\d+)?|-?\d+e-?\d+|inf|-inf|nan", t):
        return {"inf": "INFINITY", "-inf": "-INFINITY", "nan": "NAN"}.get(t, t)
    if typ.startswith("DType") and t in ("f32", "f64", "i64", "bool"):
        return "DType::" + {"f32": "F32", "f64": "F64", "i64": "I64", "bool": "Bool"}[t]
    raise SchemaError(f"cannot read default value {text!r}")


def parse_returns(text, where):
    t = text.strip()
    if t.startswith("(") and t.endswith(")"):
        parts = [p.strip() for p in t[1:-1].split(",")]
        for p in parts:
            if p != "Tensor":
                raise SchemaError(f"{where}: tuple returns hold only Tensor, got {p!r}")
        return {"cpp": "std::tuple<" + ", ".join(["Tensor"] * len(parts)) + ">", "n": len(parts)}
    if t not in RETURNS:
        raise SchemaError(f"{where}: unknown return type {t!r} (known: {sorted(RETURNS)})")
    return {"cpp": RETURNS[t], "n": -1 if t == "Tensor[]" else 1}


def parse_op(entry, index):
    where = f"ops.yaml entry {index}"
    if not isinstance(entry, dict) or "func" not in entry:
        raise SchemaError(f"{where}: expected a mapping with a 'func' key")
    unknown = set(entry) - KEYS
    if unknown:
        raise SchemaError(f"{where}: unknown keys {sorted(unknown)}")
    m = FUNC_RE.match(entry["func"].strip())
    if not m:
        raise SchemaError(f"{where}: cannot parse func {entry['func']!r}")
    name, overload, argtext, rettext = m.groups()
    where = f"op {name}" + (f".{overload}" if overload else "")
    args, kwonly = [], False
    for raw in [a.strip() for a in argtext.split(",") if a.strip()] if argtext.strip() else []:
        if raw == "*":
            kwonly = True
            continue
        am = re.match(r"^(\S+)\s+(\w+)(?:\s*=\s*(.+))?$", raw)
        if not am:
            raise SchemaError(f"{where}: cannot parse argument {raw!r}")
        typ, aname, default = am.groups()
        if typ not in CPP_TYPES:
            raise SchemaError(f"{where}: argument {aname} has type {typ!r}, outside the schema "
                              f"vocabulary {sorted(CPP_TYPES)}")
        args.append({"type": typ, "name": aname, "kwonly": kwonly,
                     "default": parse_default(default, typ) if default is not None else None,
                     "py_default": default})
    seen_default = None
    for a in args:
        if a["default"] is not None:
            seen_default = a["name"]
        elif seen_default is not None:
            raise SchemaError(f"{where}: argument {a['name']} has no default but follows "
                              f"{seen_default}, which has one (give it a default)")
    if not args or args[0]["type"] != "Tensor" and "method" in entry.get("variants", []):
        raise SchemaError(f"{where}: a method's first argument must be Tensor self")
    for field in ("family", "doc", "dtypes", "differentiable"):
        if field not in entry:
            raise SchemaError(f"{where}: missing '{field}'")
    if entry["family"] not in FAMILIES:
        raise SchemaError(f"{where}: family {entry['family']!r} is not one of {FAMILIES}")
    if not str(entry["doc"]).strip():
        raise SchemaError(f"{where}: empty doc")
    dt = entry["dtypes"]
    if isinstance(dt, str):
        if dt not in DTYPE_SETS:
            raise SchemaError(f"{where}: dtypes {dt!r} is not one of {sorted(DTYPE_SETS)}")
        dt = DTYPE_SETS[dt]
    for d in dt:
        if d not in DTYPE_SETS["all"]:
            raise SchemaError(f"{where}: unknown dtype {d!r}")
    variants = entry.get("variants", ["function", "method"])
    for v in variants:
        if v not in ("function", "method"):
            raise SchemaError(f"{where}: unknown variant {v!r}")
    return {
        "name": name, "overload": overload or "", "args": args,
        "ret": parse_returns(rettext, where), "family": entry["family"],
        "variants": variants, "inplace": bool(entry.get("inplace", False)),
        "out": bool(entry.get("out", False)), "differentiable": bool(entry["differentiable"]),
        "dtypes": dt, "doc": " ".join(str(entry["doc"]).split()),
    }


def load_schema(path=SCHEMA):
    data = yaml.safe_load(path.read_text())
    if data is None:  # only comments so far
        data = []
    if not isinstance(data, list):
        raise SchemaError("ops.yaml: expected a list of ops")
    ops = [parse_op(e, i) for i, e in enumerate(data)]
    seen = {}
    for op in ops:
        key = (op["name"], op["overload"])
        if key in seen:
            raise SchemaError(f"op {op['name']}.{op['overload']}: defined twice")
        seen[key] = op
        sig = tuple(a["type"] for a in op["args"])
        for other in ops:
            if other is not op and other["name"] == op["name"] and \
                    tuple(a["type"] for a in other["args"]) == sig:
                raise SchemaError(f"op {op['name']}: two overloads with the same argument types")
    return ops


def params(args, with_defaults=True, skip_self=False):
    out = []
    for i, a in enumerate(args):
        if skip_self and i == 0:
            continue
        p = f"{CPP_TYPES[a['type']]} {a['name']}"
        if with_defaults and a["default"] is not None:
            p += f" = {a['default']}"
        out.append(p)
    return ", ".join(out)


def gen_functions(ops):
    lines = [HEADER, "// Declarations of every public op; definitions are handwritten in cpp/ops/<family>.cpp.",
             "#pragma once", "", "#include <optional>", "#include <string_view>", "#include <tuple>",
             "#include <vector>", "", '#include "tensor/tensor.h"', "", "namespace ignis {", ""]
    for op in ops:
        if "function" not in op["variants"] and "method" not in op["variants"]:
            continue
        lines.append(f"// {op['doc']}")
        lines.append(f"{op['ret']['cpp']} {op['name']}({params(op['args'])});")
        if op["out"]:
            lines.append(f"Tensor& {op['name']}_out(Tensor& out, {params(op['args'])});")
        if op["inplace"]:
            lines.append(f"Tensor& {op['name']}_(Tensor& self{', ' if len(op['args']) > 1 else ''}"
                         f"{params(op['args'], skip_self=True)});")
    lines += [""] + gen_method_defs(ops)
    lines += ["", "}  // namespace ignis", ""]
    return "\n".join(lines)


def method_ops(ops):
    return [op for op in ops if "method" in op["variants"]]


def gen_method_decls(ops):
    lines = [HEADER, "// Included inside class Tensor (tensor/tensor.h): one method per schema op.", ""]
    for op in method_ops(ops):
        lines.append(f"  // {op['doc']}")
        lines.append(f"  {op['ret']['cpp']} {op['name']}({params(op['args'], skip_self=True)}) const;")
    for op in ops:
        if op["inplace"]:
            lines.append(f"  Tensor& {op['name']}_({params(op['args'], skip_self=True)});")
    return "\n".join(lines) + "\n"


def gen_method_defs(ops):
    """Inline Tensor methods forwarding to the free functions (inline, so an op whose
    definition has not landed yet breaks only the code that calls it)."""
    lines = ["// Tensor methods of every schema op, forwarding to the free functions above."]
    for op in method_ops(ops):
        rest = [a["name"] for a in op["args"][1:]]
        lines.append(f"inline {op['ret']['cpp']} Tensor::{op['name']}({params(op['args'], False, True)}) const {{")
        lines.append(f"  return ignis::{op['name']}({', '.join(['*this'] + rest)});")
        lines.append("}")
    for op in ops:
        if op["inplace"]:
            rest = [a["name"] for a in op["args"][1:]]
            lines.append(f"inline Tensor& Tensor::{op['name']}_({params(op['args'], False, True)}) {{")
            lines.append(f"  return ignis::{op['name']}_({', '.join(['*this'] + rest)});")
            lines.append("}")
    return lines


def gen_test_table(ops):
    lines = [HEADER, "// The op table the schema-driven op tests walk (tests/cpp/ops/op_table_test.cpp).",
             "#pragma once", "", "#include <array>", "#include <string_view>", "", "namespace ignis::test {", "",
             "struct OpInfo {", "  std::string_view name, overload, family, dtypes, signature;",
             "  bool method, function, inplace, out, differentiable;", "};", "",
             f"inline constexpr std::array<OpInfo, {len(ops)}> kOpTable = {{{{"]
    for op in ops:
        sig = ", ".join(f"{a['type']} {a['name']}" for a in op["args"])
        lines.append(
            f'    {{"{op["name"]}", "{op["overload"]}", "{op["family"]}", "{" ".join(op["dtypes"])}", '
            f'"{sig}", {str("method" in op["variants"]).lower()}, '
            f'{str("function" in op["variants"]).lower()}, {str(op["inplace"]).lower()}, '
            f'{str(op["out"]).lower()}, {str(op["differentiable"]).lower()}}},')
    lines += ["}};", "", "}  // namespace ignis::test", ""]
    return "\n".join(lines)


def outputs(ops):
    files = {
        ROOT / "cpp/ops/ops.gen.h": gen_functions(ops),
        ROOT / "cpp/tensor/tensor_methods.gen.h": gen_method_decls(ops),
        ROOT / "tests/cpp/ops/op_table.gen.h": gen_test_table(ops),
        **capi_outputs(ops),
        **python_outputs(ops),
    }
    files.update(gen_rust.outputs(ROOT, ops, files, SchemaError))  # reads the C headers above
    files.update(gen_java.outputs(ROOT, ops, SchemaError))
    files.update(gen_node.outputs(ROOT, ops, SchemaError))
    return files


def capi_outputs(ops):
    gen_capi.CPP_TYPES = CPP_TYPES
    try:
        return gen_capi.outputs(ROOT, ops)
    except gen_capi.CApiError as e:
        raise SchemaError(str(e)) from e


def python_outputs(ops):
    try:
        return gen_python.outputs(ROOT, ops)
    except gen_python.PyGenError as e:
        raise SchemaError(str(e)) from e


def main(argv):
    check = "--check" in argv
    try:
        ops = load_schema()
        files = outputs(ops)
    except SchemaError as e:
        print(f"gen.py: schema error: {e}", file=sys.stderr)
        return 2
    stale = []
    for path, text in files.items():
        old = path.read_text() if path.exists() else None
        if old != text:
            if check:
                stale.append(str(path.relative_to(ROOT)))
            else:
                path.write_text(text)
                print(f"gen.py: wrote {path.relative_to(ROOT)}")
    if stale:
        print("gen.py: generated files are out of date (run python3 codegen/gen.py): " + ", ".join(stale),
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
