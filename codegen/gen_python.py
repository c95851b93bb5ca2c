"""The Python part of the generator (called from gen.py; DESIGN §3, §8).

Writes, from the parsed schema:
  bindings/python/src/ops.gen.cpp  pybind11 registrations of every op: a function `ignis._C.<op>`
                                   (function variant), a Tensor method (method variant), the
                                   in-place method `<op>_` and an `out=` overload of the function.
                                   Overloads of one name are registered in schema order, so
                                   pybind11 resolves them by argument type as PyTorch does
                                   (add(Tensor) before add(Scalar)).
  bindings/python/ignis/_C.pyi     type stubs of the extension: the hand-written members (STUB_HEAD)
                                   and one declaration per generated function and method.

Each call goes through the C API's typed entry point of its overload (ignis/ops.h) with the GIL
released; the argument types map as below (casters in bindings/python/src/casters.h).
"""
import gen_capi

HEADER_CPP = "// generated from codegen/ops.yaml by codegen/gen.py - do not edit\n"
HEADER_PY = "# generated from codegen/ops.yaml by codegen/gen.py - do not edit\n"

# schema type -> (pybind11 parameter type, expression(s) giving the C arguments from `n`)
PARAM = {
    "Tensor": ("const Tensor&", lambda n: [f"{n}.get()"]),
    "Tensor?": (
        "const std::optional<Tensor>&",
        lambda n: [f"{n} ? {n}->get() : nullptr"],
    ),
    "Tensor[]": (
        "const std::vector<Tensor>&",
        lambda n: [f"{n}_h.data()", f"{n}_h.size()"],
    ),
    "int": ("int64_t", lambda n: [n]),
    "int?": ("std::optional<int64_t>", lambda n: [f"{n} ? &*{n} : nullptr"]),
    "int[]": ("const IntList&", lambda n: [f"{n}.v.data()", f"{n}.v.size()"]),
    "int[]?": (
        "const std::optional<IntList>&",
        lambda n: [f"{n} ? {n}->v.data() : nullptr", f"{n} ? {n}->v.size() : 0"],
    ),
    "float": ("double", lambda n: [n]),
    "float?": ("std::optional<double>", lambda n: [f"{n} ? &*{n} : nullptr"]),
    "bool": ("bool", lambda n: [f"{n} ? 1 : 0"]),
    "bool?": ("std::optional<bool>", lambda n: [f"{n} ? &{n}_v : nullptr"]),
    "Scalar": ("const PyScalar&", lambda n: [f"{n}.s"]),
    "Scalar?": (
        "const std::optional<PyScalar>&",
        lambda n: [f"{n} ? &{n}->s : nullptr"],
    ),
    "DType": ("ignis_dtype", lambda n: [n]),
    "DType?": ("std::optional<ignis_dtype>", lambda n: [f"{n} ? &*{n} : nullptr"]),
    "Device": ("ignis_device", lambda n: [n]),
    "str": ("const std::string&", lambda n: [f"{n}.c_str()"]),
    "str?": (
        "const std::optional<std::string>&",
        lambda n: [f"{n} ? {n}->c_str() : nullptr"],
    ),
}
# schema type -> stub annotation (builtins.*: the stub's module defines ignis.bool, ignis.int...)
PYI = {
    "Tensor": "Tensor",
    "Tensor?": "Optional[Tensor]",
    "Tensor[]": "Sequence[Tensor]",
    "int": "builtins.int",
    "int?": "Optional[builtins.int]",
    "int[]": "_IntList",
    "int[]?": "Optional[_IntList]",
    "float": "builtins.float",
    "float?": "Optional[builtins.float]",
    "bool": "builtins.bool",
    "bool?": "Optional[builtins.bool]",
    "Scalar": "_Scalar",
    "Scalar?": "Optional[_Scalar]",
    "DType": "dtype",
    "DType?": "Optional[dtype]",
    "Device": "_Device",
    "str": "str",
    "str?": "Optional[str]",
}
# Python operators generated from the schema ops of the same meaning (the reflected forms of
# non-commutative ops are in bindings/python/ignis/_tensor.py).
OPERATORS = {
    "add": ("__add__", "__radd__"),
    "sub": ("__sub__",),
    "mul": ("__mul__", "__rmul__"),
    "div": ("__truediv__",),
    "floor_divide": ("__floordiv__",),
    "remainder": ("__mod__",),
    "pow": ("__pow__",),
    "matmul": ("__matmul__",),
    "bitwise_and": ("__and__", "__rand__"),
    "bitwise_or": ("__or__", "__ror__"),
    "bitwise_xor": ("__xor__", "__rxor__"),
    "eq": ("__eq__",),
    "ne": ("__ne__",),
    "lt": ("__lt__",),
    "le": ("__le__",),
    "gt": ("__gt__",),
    "ge": ("__ge__",),
}
INPLACE_OPERATORS = {
    "add": "__iadd__",
    "sub": "__isub__",
    "mul": "__imul__",
    "div": "__itruediv__",
    "floor_divide": "__ifloordiv__",
    "remainder": "__imod__",
    "pow": "__ipow__",
    "bitwise_and": "__iand__",
    "bitwise_or": "__ior__",
    "bitwise_xor": "__ixor__",
}
# Field names of tuple results (torch's return types: x.max(1).indices, linalg.qr(a).R).
RETURN_NAMES = {
    "max": ("values", "indices"),
    "min": ("values", "indices"),
    "sort": ("values", "indices"),
    "topk": ("values", "indices"),
    "kthvalue": ("values", "indices"),
    "median": ("values", "indices"),
    "linalg_qr": ("Q", "R"),
    "linalg_svd": ("U", "S", "Vh"),
}
DTYPE_DEFAULTS = {
    "f32": "IGNIS_FLOAT32",
    "f64": "IGNIS_FLOAT64",
    "i64": "IGNIS_INT64",
    "bool": "IGNIS_BOOL",
}
# Tensor members written by hand (C++ or Python); a schema method of the same name is an error,
# so an op added to the schema never silently shadows them.
HAND_METHODS = {
    "view",
    "reshape",
    "transpose",
    "permute",
    "expand",
    "squeeze",
    "unsqueeze",
    "flatten",
    "to",
    "contiguous",
    "clone",
    "detach",
    "numpy",
    "item",
    "tolist",
    "backward",
    "size",
    "dim",
    "numel",
    "shape",
    "dtype",
    "device",
    "grad",
    "requires_grad",
    "is_leaf",
    "register_hook",
    "retain_grad",
    "copy_",
}


class PyGenError(Exception):
    pass


def py_name(a, function):
    # PyTorch's free functions call their first Tensor argument `input`.
    return "input" if function and a["name"] == "self" else a["name"]


def cpp_default(a):
    d, t = a["py_default"].strip(), a["type"]
    if d == "None":
        return "py::none()"
    if t.startswith("DType"):
        return f"dtype_object({DTYPE_DEFAULTS[d]})"
    if d in ("True", "False"):
        return f"py::bool_({d.lower()})"
    if d.startswith("["):
        items = [x.strip() for x in d[1:-1].split(",") if x.strip()]
        return (
            "py::make_tuple(" + ", ".join(f"py::int_({x})" for x in items) + ")"
            if items
            else "py::tuple()"
        )
    if d.startswith('"'):
        return f"py::str({d})"
    if d in ("inf", "-inf", "nan"):
        return (
            "py::float_("
            + {"inf": "INFINITY", "-inf": "-INFINITY", "nan": "NAN"}[d]
            + ")"
        )
    if t.startswith("float") or any(c in d for c in ".e"):
        return f"py::float_({float(d)!r})"
    return f"py::int_({int(d)})"


def arg_specs(args, function):
    specs, star = [], False
    for a in args:
        if a["kwonly"] and not star:
            specs.append("py::kw_only()")
            star = True
        s = f'py::arg("{py_name(a, function)}")'
        if a["py_default"] is not None:
            s += f" = {cpp_default(a)}"
        elif a["type"].endswith("?"):
            s += ".none(true)"
        specs.append(s)
    return specs


def lambda_body(op, cname, kind, args):
    """C++ statements calling cname; kind '' returns the result, 'inplace' / 'out' return the
    Python object written to."""
    pre, conv = [], []
    for a in args:
        n = gen_capi.argname(a)
        if a["type"] == "Tensor[]":
            pre.append(f"  auto {n}_h = handles({n});")
        if a["type"] == "bool?":
            pre.append(f"  int32_t {n}_v = {n} && *{n} ? 1 : 0;")
        conv += PARAM[a["type"]][1](n)
    if kind == "inplace":
        conv[0] = "self_t.get()"
        pre.insert(0, "  Tensor& self_t = self.cast<Tensor&>();")
        return pre + [
            f"  call_void([&] {{ return {cname}({', '.join(conv)}); }});",
            "  return self;",
        ]
    if kind == "out":
        pre.insert(0, "  Tensor& out_t = out.cast<Tensor&>();")
        return pre + [
            f"  call_void([&] {{ return {cname}({', '.join(['out_t.get()'] + conv)}); }});",
            "  return out;",
        ]
    n = op["ret"]["n"]
    call = ", ".join(conv)
    if n == 1:
        return pre + [
            f"  return call1([&](ignis_tensor** r) {{ return {cname}({call}, r); }});"
        ]
    if n == -1:
        return pre + [
            f"  return call_list([&](ignis_tensor*** r, size_t* c) "
            f"{{ return {cname}({call}, r, c); }});"
        ]
    outs = ", ".join(f"&r[{i}]" for i in range(n))
    return pre + [
        f"  return call_tuple<{n}>([&](ignis_tensor** r) {{ return {cname}({call}, {outs}); }}, "
        f"{named_type(op)});"
    ]


def named_type(op):
    """The named-tuple type of a tuple result, as torch names them (values/indices, Q/R, ...)."""
    fields = RETURN_NAMES.get(op["name"])
    if fields is None:
        return "py::handle()"
    if len(fields) != op["ret"]["n"]:
        raise PyGenError(
            f"op {op['name']}: RETURN_NAMES has {len(fields)} names for "
            f"{op['ret']['n']} results"
        )
    return f'named_tuple("{op["name"]}", "{" ".join(fields)}")'


def lambda_params(args, kind):
    ps = []
    for i, a in enumerate(args):
        if kind == "inplace" and i == 0:
            ps.append("py::object self")
        else:
            ps.append(f"{PARAM[a['type']][0]} {gen_capi.argname(a)}")
    if kind == "out":
        ps.append("py::object out")
    return ", ".join(ps)


def c_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def registration(target, name, op, kind, function, operator=False):
    cname = gen_capi.cname(op) + {"": "", "inplace": "_inplace", "out": "_out"}[kind]
    args = op["args"]
    specs = arg_specs(args if function else args[1:], function)
    if (
        operator
    ):  # a failed match returns NotImplemented, so Python tries the reflected form
        specs.append("py::is_operator()")
    if kind == "out":
        if "py::kw_only()" not in specs:
            specs.append("py::kw_only()")
        specs.append('py::arg("out")')
    lines = [f'  {target}.def("{name}", []({lambda_params(args, kind)}) {{']
    lines += ["  " + l for l in lambda_body(op, cname, kind, args)]
    lines.append("  }, " + ", ".join(specs + [c_string(op["doc"])]) + ");")
    return lines


def is_binary_operand_op(op):
    """An overload Python's binary operators can call: self, one Tensor or Scalar operand, and
    nothing else required."""
    req = [a for a in op["args"] if a["default"] is None]
    return (
        "method" in op["variants"]
        and len(req) == 2
        and req[0]["type"] == "Tensor"
        and req[1]["type"] in ("Tensor", "Scalar")
    )


def check_methods(ops):
    for op in ops:
        if "method" in op["variants"] and op["name"] in HAND_METHODS:
            raise PyGenError(
                f"op {op['name']}: a schema method of that name would shadow the "
                "hand-written Tensor member in bindings/python"
            )
        for a in op["args"]:
            if a["type"] not in PARAM:
                raise PyGenError(
                    f"op {op['name']}: no Python mapping for type {a['type']!r}"
                )


def gen_ops_cpp(ops):
    check_methods(ops)
    lines = [
        HEADER_CPP,
        "// pybind11 registrations of every schema op (codegen/gen_python.py): functions on the",
        "// module, methods and in-place methods on Tensor, out= overloads of the functions.",
        '#include "casters.h"',
        '#include "ignis/ops.h"',
        "",
        "namespace ignis_py {",
        "",
        "void init_ops(py::module_& m, py::class_<Tensor>& cls) {",
    ]
    for op in ops:
        if "function" in op["variants"]:
            lines += registration("m", op["name"], op, "", True)
        if "method" in op["variants"]:
            lines += registration("cls", op["name"], op, "", False)
    for op in ops:
        if is_binary_operand_op(op):
            for dunder in OPERATORS.get(op["name"], ()):
                lines += registration("cls", dunder, op, "", False, operator=True)
            if op["inplace"] and op["name"] in INPLACE_OPERATORS:
                lines += registration(
                    "cls",
                    INPLACE_OPERATORS[op["name"]],
                    op,
                    "inplace",
                    False,
                    operator=True,
                )
    for (
        op
    ) in (
        ops
    ):  # in-place and out= forms after every plain form, so plain calls match first
        if op["inplace"]:
            lines += registration("cls", op["name"] + "_", op, "inplace", False)
        if op["out"] and op["ret"]["n"] == 1 and "function" in op["variants"]:
            lines += registration("m", op["name"], op, "out", True)
    names = sorted({op["name"] for op in ops if "function" in op["variants"]})
    lines.append(
        '  m.attr("_op_names") = py::make_tuple('
        + ", ".join(f'"{n}"' for n in names)
        + ");"
    )
    lines += ["}", "", "}  // namespace ignis_py", ""]
    return "\n".join(lines)


def pyi_default(a):
    return " = ..." if a["py_default"] is not None else ""


def pyi_params(args, function, skip_self):
    ps, star = [], False
    for i, a in enumerate(args):
        if skip_self and i == 0:
            ps.append("self")
            continue
        if a["kwonly"] and not star:
            ps.append("*")
            star = True
        ps.append(f"{py_name(a, function)}: {PYI[a['type']]}{pyi_default(a)}")
    return ps, star


def pyi_ret(op):
    n = op["ret"]["n"]
    return (
        "Tensor"
        if n == 1
        else (
            "Tuple[Tensor, ...]"
            if n == -1
            else "Tuple[" + ", ".join(["Tensor"] * n) + "]"
        )
    )


def gen_pyi(ops, head):
    names = {}
    for op in ops:
        names[op["name"]] = names.get(op["name"], 0) + 1
    lines = [
        HEADER_PY.rstrip("\n"),
        head.rstrip("\n"),
        "",
        "    # ---- schema ops (generated)",
    ]
    for op in ops:
        if "method" not in op["variants"]:
            continue
        deco = ["    @overload"] if names[op["name"]] > 1 else []
        ps, _ = pyi_params(op["args"], False, True)
        lines += deco + [
            f"    def {op['name']}({', '.join(ps)}) -> {pyi_ret(op)}:",
            f'        """{op["doc"]}"""',
        ]
    for op in ops:
        if op["inplace"]:
            ps, _ = pyi_params(op["args"], False, True)
            inplace_count = sum(
                1 for o in ops if o["name"] == op["name"] and o["inplace"]
            )
            deco = ["    @overload"] if inplace_count > 1 else []
            lines += deco + [f"    def {op['name']}_({', '.join(ps)}) -> Tensor: ..."]
    lines.append("")
    for op in ops:
        if "function" not in op["variants"]:
            continue
        ps, star = pyi_params(op["args"], True, False)
        count = names[op["name"]] + sum(
            1
            for o in ops
            if o["name"] == op["name"]
            and o["out"]
            and o["ret"]["n"] == 1
            and "function" in o["variants"]
        )
        deco = ["@overload"] if count > 1 else []
        lines += deco + [
            f"def {op['name']}({', '.join(ps)}) -> {pyi_ret(op)}:",
            f'    """{op["doc"]}"""',
        ]
        if op["out"] and op["ret"]["n"] == 1:
            out_ps = ps + ([] if star else ["*"]) + ["out: Tensor"]
            lines += [
                "@overload",
                f"def {op['name']}({', '.join(out_ps)}) -> Tensor: ...",
            ]
    lines.append("")
    return "\n".join(lines)


def outputs(root, ops):
    head = (root / "bindings/python/ignis/_C_head.pyi.in").read_text()
    return {
        root / "bindings/python/src/ops.gen.cpp": gen_ops_cpp(ops),
        root / "bindings/python/ignis/_C.pyi": gen_pyi(ops, head),
    }
