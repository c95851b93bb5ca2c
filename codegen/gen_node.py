"""The Node.js part of the generator (called from gen.py; DESIGN §3, §8).

Writes
  bindings/node/src/ops.gen.cpp  the op table the addon registers: one JS function per op name,
                                 each holding its overloads (dynamic names for ignis_op_call,
                                 argument names and kinds); src/ops.cpp resolves and calls them
  bindings/node/ops.gen.d.ts     TypeScript declarations of every op method and function

Large ops (ASYNC_OPS) also get an `...Async` function (`ignis.conv2dAsync`) that runs them on a
libuv thread through `ignis.runAsync` (src/ops.cpp); the table lists them as kAsyncOps.

Naming: the JS name of an op is its schema name in camelCase (`log_softmax` -> `logSoftmax`,
`linalg_inv` -> `linalgInv`); the in-place form adds `_` (`add_`). Overloads share one name and
are told apart at call time by the JS values passed (Tensor or number, array or number, which
option keys). Argument names in options objects are camelCase too (`keepdim`, `negativeSlope`).
"""
import re

HEADER_CPP = "// generated from codegen/ops.yaml by codegen/gen.py - do not edit\n"
# The ignis_value_kind each schema type is passed as (capi/include/ignis/ops.h).
KINDS = {
    "Tensor": "IGNIS_VALUE_TENSOR", "Tensor[]": "IGNIS_VALUE_TENSOR_LIST",
    "int": "IGNIS_VALUE_INT", "int[]": "IGNIS_VALUE_INT_LIST", "float": "IGNIS_VALUE_FLOAT",
    "bool": "IGNIS_VALUE_BOOL", "Scalar": "IGNIS_VALUE_SCALAR", "DType": "IGNIS_VALUE_DTYPE",
    "Device": "IGNIS_VALUE_DEVICE", "str": "IGNIS_VALUE_STRING",
}
TS_TYPES = {
    "Tensor": "Tensor", "Tensor[]": "Tensor[]", "int": "number", "int[]": "number | number[]",
    "float": "number", "bool": "boolean", "Scalar": "number | boolean", "DType": "DType",
    "Device": "string", "str": "string",
}
# Members the hand-written Tensor class defines (src/tensor.cpp, index.js); a generated method
# of the same name would shadow them, so that is a generator error.
HANDWRITTEN = {
    "shape", "dtype", "device", "ndim", "numel", "data", "toTypedArray", "toArray", "item",
    "toString", "dispose", "isDisposed", "requiresGrad", "grad", "isLeaf", "backward",
    "retainGrad", "detach", "clone", "contiguous", "to", "reshape", "view", "transpose",
    "permute", "squeeze", "unsqueeze", "flatten", "expand", "select", "isContiguous",
}


# Names a module-level `function` declaration cannot take; declared as name_ and exported under
# the op's name (`export { var_ as var }`), which ES module syntax allows.
JS_RESERVED = {"var", "new", "delete", "in", "instanceof", "typeof", "void", "with", "default",
               "function", "class", "const", "let", "return", "switch", "case", "do", "if",
               "else", "for", "while", "break", "continue", "try", "catch", "finally", "throw",
               "this", "super", "import", "export", "extends", "enum", "null", "true", "false",
               "yield", "await", "debugger"}

# Ops whose work is large enough that a Node service wants it off the event loop: each gets an
# `<op>Async` function returning a Promise (any op can still go through ignis.runAsync).
ASYNC_OPS = ["matmul", "mm", "bmm", "addmm", "baddbmm", "einsum", "linear", "conv1d", "conv2d",
             "conv3d", "conv_transpose1d", "conv_transpose2d", "scaled_dot_product_attention",
             "linalg_solve", "linalg_inv", "linalg_svd", "linalg_qr", "linalg_cholesky"]


class NodeGenError(Exception):
    pass


def camel(name):
    return re.sub(r"_([a-z0-9])", lambda m: m.group(1).upper(), name)


def dyn_name(op, inplace):
    return op["name"] + ("_" if inplace else "") + ("." + op["overload"] if op["overload"] else "")


def groups(ops):
    """JS name -> {'method', 'function', 'overloads': [(op, inplace)]}, in schema order."""
    out = {}
    for op in ops:
        forms = [False, True] if op["inplace"] else [False]
        for inplace in forms:
            js = camel(op["name"]) + ("_" if inplace else "")
            if js in HANDWRITTEN:
                raise NodeGenError(f"op {dyn_name(op, inplace)}: JS name {js} is a hand-written "
                                   f"Tensor member")
            g = out.setdefault(js, {"method": False, "function": False, "overloads": []})
            g["method"] |= inplace or "method" in op["variants"]
            g["function"] |= not inplace
            g["overloads"].append((op, inplace))
    return out


def ident(s):
    return re.sub(r"\W", "_", s)


def gen_cpp(ops):
    lines = [HEADER_CPP, "// The op table the addon registers (src/ops.cpp): every schema op by its JS name.",
             '#include "op_table.h"', "", "namespace ignis_node {", ""]
    gs = groups(ops)
    for js, g in gs.items():
        for op, inplace in g["overloads"]:
            arr = f"kArgs_{ident(dyn_name(op, inplace))}"
            lines.append(f"static const OpArg {arr}[] = {{")
            for a in op["args"]:
                base = a["type"].rstrip("?")
                lines.append(f'    {{"{camel(a["name"])}", {KINDS[base]}, '
                             f'{str(a["type"].endswith("?")).lower()}, '
                             f'{str(a["default"] is not None).lower()}}},')
            lines.append("};")
        ovs = f"kOverloads_{ident(js)}"
        lines.append(f"static const OpOverload {ovs}[] = {{")
        for op, inplace in g["overloads"]:
            sig = ", ".join(f"{a['type']} {camel(a['name'])}" for a in op["args"])
            n = len(op["args"])
            lines.append(f'    {{"{dyn_name(op, inplace)}", "{js}({sig})", '
                         f'{1 if inplace else op["ret"]["n"]}, {str(inplace).lower()}, {n}, '
                         f'kArgs_{ident(dyn_name(op, inplace))}}},')
        lines.append("};")
    lines += ["", f"const OpGroup kOpGroups[] = {{"]
    for js, g in gs.items():
        lines.append(f'    {{"{js}", {str(g["method"]).lower()}, {str(g["function"]).lower()}, '
                     f'{len(g["overloads"])}, kOverloads_{ident(js)}}},')
    lines += ["};", f"const size_t kOpGroupCount = {len(gs)};", ""]
    lines += ["const char* const kAsyncOps[] = {"]
    lines += [f'    "{camel(name)}",' for name in async_ops(gs)]
    lines += ["};", f"const size_t kAsyncOpCount = {len(ASYNC_OPS)};", "",
              "}  // namespace ignis_node", ""]
    return "\n".join(lines)


def async_ops(gs):
    """ASYNC_OPS, checked: each must be a function op of the schema."""
    for name in ASYNC_OPS:
        g = gs.get(camel(name))
        if g is None or not g["function"]:
            raise NodeGenError(f"ASYNC_OPS names {name}, which is not a function op of the schema")
    return ASYNC_OPS


def ts_returns(op, inplace):
    if inplace:
        return "Tensor"
    n = op["ret"]["n"]
    return "Tensor" if n == 1 else "Tensor[]" if n == -1 else "[" + ", ".join(["Tensor"] * n) + "]"


def ts_param(a, optional):
    t = TS_TYPES[a["type"].rstrip("?")] + (" | null" if a["type"].endswith("?") else "")
    return f"{camel(a['name'])}{'?' if optional else ''}: {t}"


def ts_signatures(op, inplace, skip_self):
    """Positional form, and (when some arguments have defaults) the options-object form."""
    args = op["args"][1:] if skip_self else op["args"]
    req = [a for a in args if a["default"] is None]
    opt = [a for a in args if a["default"] is not None]
    ret = ts_returns(op, inplace)
    doc = f"  /** {op['doc']} (`{dyn_name(op, inplace)}`) */"
    out = [doc, "(" + ", ".join([ts_param(a, False) for a in req] + [ts_param(a, True) for a in opt])
           + f"): {ret};"]
    if opt:
        fields = "; ".join(ts_param(a, True) for a in opt)
        out += [doc, "(" + ", ".join([ts_param(a, False) for a in req] + [f"options: {{ {fields} }}"])
                + f"): {ret};"]
    return out


def gen_dts(ops):
    gs = groups(ops)
    lines = [HEADER_CPP, "// Declarations of every schema op; index.d.ts merges TensorOps into Tensor and",
             "// re-exports the functions.",
             "import type { Tensor, DType } from './index';", "",
             "/** Every schema op as a Tensor method (self is the tensor). */",
             "export interface TensorOps {"]
    for js, g in gs.items():
        if not g["method"]:
            continue
        for op, inplace in g["overloads"]:
            if inplace or "method" in op["variants"]:
                sigs = ts_signatures(op, inplace, skip_self=True)
                lines += [s if s.startswith("  /**") else f"  {js}{s}" for s in sigs]
    lines += ["}", "", "// Every schema op as a function of the module (`ignis.add(a, b)`)."]
    renamed = []
    for js, g in gs.items():
        if not g["function"]:
            continue
        decl = js + "_" if js in JS_RESERVED else js
        if decl != js:
            renamed.append(f"{decl} as {js}")
        for op, inplace in g["overloads"]:
            sigs = ts_signatures(op, inplace, skip_self=False)
            lines += [s[2:] if s.startswith("  /**") else
                      f"{'declare' if decl != js else 'export declare'} function {decl}{s}"
                      for s in sigs]
    if renamed:
        lines.append("export { " + ", ".join(renamed) + " };")
    lines += ["", "// The large ops' async forms: the same overloads, run on a libuv thread (runAsync)."]
    for name in async_ops(gs):
        js = camel(name)
        for op, inplace in gs[js]["overloads"]:
            if inplace:
                continue
            for s in ts_signatures(op, False, skip_self=False):
                if s.startswith("  /**"):
                    lines.append(s[2:])
                else:
                    args, ret = s.rsplit("): ", 1)
                    lines.append(f"export declare function {js}Async{args}): Promise<{ret[:-1]}>;")
    lines.append("")
    return "\n".join(lines)


def outputs(root, ops, error):
    try:
        return {
            root / "bindings/node/src/ops.gen.cpp": gen_cpp(ops),
            root / "bindings/node/ops.gen.d.ts": gen_dts(ops),
        }
    except NodeGenError as e:
        raise error(str(e)) from e
