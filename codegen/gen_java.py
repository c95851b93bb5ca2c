"""The Java part of the generator (called from gen.py; DESIGN §3, §8).

Writes
  bindings/java/src/main/java/dev/ignis/TensorOps.java
      the superclass of dev.ignis.Tensor: one method per schema op and form, calling the raw
      SWIG layer (dev.ignis.raw.IgnisRaw, generated from the C headers at build time)

Naming: the Java name of an op is its schema name in camelCase (`log_softmax` -> `logSoftmax`);
overloads share it (Java resolves them by argument type: `add(Tensor)`, `add(Number)`) unless
two would have the same parameter types, in which case the later one carries its overload name
(`divScalarMode`). Each op gets
  name(required args)          defaulted arguments take the schema's defaults
  name(required, d1, ..., dj)  the defaulted arguments in schema order, up to every one
                               (an in-between overload whose parameter types another method
                               already has is left out)
  name_(...)                   the in-place form, returning this
  nameOut(Tensor out, ...)     the out= form, returning out
An instance method when the first argument is a Tensor (whatever its name), else a static one
(`Tensor.cat`). Results: Tensor, Tensor[] for several or a list.

Java mapping of the schema vocabulary (null stands for None where the type is optional):
  Tensor -> Tensor   Tensor? -> Tensor   Tensor[] -> Tensor[]   int -> long   int? -> Long
  int[] / int[]? -> long[]   float -> double   float? -> Double   bool -> boolean
  bool? -> Boolean   Scalar / Scalar? -> Number   DType / DType? -> DType   Device -> Device
  str / str? -> String
"""
import re

import gen_capi

PATH = "bindings/java/src/main/java/dev/ignis/TensorOps.java"
HEADER = "// generated from codegen/ops.yaml by codegen/gen.py - do not edit\n"
JAVA_KEYWORDS = {
    "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
    "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
    "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
    "native", "new", "package", "private", "protected", "public", "return", "short", "static",
    "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
    "void", "volatile", "while", "true", "false", "null", "yield",
}
# Methods the handwritten Tensor (and Object) define; a generated name equal to one is an error.
HANDWRITTEN = {
    "of", "scalar", "empty", "zeros", "ones", "full", "arange", "linspace", "eye", "rand", "randn",
    "randint", "fromBuffer", "shape", "size", "strides", "ndim", "numel", "dtype", "device",
    "isContiguous", "toFloatArray", "toDoubleArray", "toIntArray", "toLongArray",
    "toBooleanArray", "asByteBuffer", "asFloatBuffer", "item", "itemLong", "to", "contiguous",
    "copy", "detach", "copy_", "view", "reshape", "transpose", "permute", "slice", "select",
    "expand", "squeeze", "unsqueeze", "flatten", "requiresGrad", "setRequiresGrad", "isLeaf",
    "retainGrad", "grad", "setGrad", "backward", "close", "isClosed", "handle", "wrap",
    "toString", "equals", "hashCode", "clone", "getClass", "wait", "notify", "notifyAll",
    "finalize",
}
TYPES = {
    "Tensor": "Tensor", "Tensor?": "Tensor", "Tensor[]": "Tensor[]", "int": "long",
    "int?": "Long", "int[]": "long[]", "int[]?": "long[]", "float": "double", "float?": "Double",
    "bool": "boolean", "bool?": "Boolean", "Scalar": "Number", "Scalar?": "Number",
    "DType": "DType", "DType?": "DType", "Device": "Device", "str": "String", "str?": "String",
}


class JavaGenError(Exception):
    pass


def camel(s):
    parts = [p for p in s.split("_") if p]
    return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:]) if parts else s


def arg_name(a, i, method):
    n = camel(a["name"]) if a["name"] != "self" else "self"
    if n == "self" and (i > 0 or not method):
        return "self_"
    return n + "_" if n in JAVA_KEYWORDS else n


def java_default(a, where):
    t, d = a["type"], a["py_default"].strip()
    if d == "None":
        if not t.endswith("?"):
            raise JavaGenError(f"{where}: default None for non-optional {a['name']}")
        return f"({TYPES[t]}) null"
    base = t.rstrip("?")
    if base == "bool":
        return {"True": "true", "False": "false"}[d]
    if base == "int":
        return d + "L"
    if base == "int[]":
        return "new long[] {" + ", ".join(v.strip() + "L" for v in d[1:-1].split(",") if v.strip()) + "}"
    if base == "float":
        v = {"inf": "Double.POSITIVE_INFINITY", "-inf": "Double.NEGATIVE_INFINITY",
             "nan": "Double.NaN"}.get(d)
        return v if v else (d if re.search(r"[.e]", d) else d + ".0")
    if base == "Scalar":
        return d if re.fullmatch(r"-?\d+", d) else (d if re.search(r"[.e]", d) else d + ".0")
    if base == "str":
        return d
    raise JavaGenError(f"{where}: cannot write default {d!r} of {t} {a['name']} in Java")


def conversions(op, names, form, method):
    """(setup lines, raw call arguments, tensors to keep reachable) of an op's arguments."""
    setup, call, keep = [], [], []
    if form == "out":
        call.append("Tensor.h(out, \"out\")")
        keep.append("out")
    for i, (a, n) in enumerate(zip(op["args"], names)):
        t = a["type"]
        src = "this" if (method and i == 0) else n
        if t == "Tensor":
            call.append("handle()" if src == "this" else f"Tensor.h({n}, \"{a['name']}\")")
            keep.append(src)
        elif t == "Tensor?":
            call.append(f"Tensor.hOpt({n})")
            keep.append(n)
        elif t == "Tensor[]":
            setup.append(f"long[] c_{n} = Tensor.hAll({n}, \"{a['name']}\");")
            call += [f"c_{n}", f"c_{n}.length"]
            keep.append(n)
        elif t in ("int", "float", "str", "str?"):
            call.append(n)
        elif t == "int?":
            call.append(f"{n} == null ? null : new long[] {{{n}}}")
        elif t == "float?":
            call.append(f"{n} == null ? null : new double[] {{{n}}}")
        elif t == "int[]":
            call += [f"Tensor.ints({n}, \"{a['name']}\")", f"{n}.length"]
        elif t == "int[]?":
            call += [n, f"{n} == null ? 0 : {n}.length"]
        elif t == "bool":
            call.append(f"{n} ? 1 : 0")
        elif t == "bool?":
            call.append(f"{n} == null ? null : new int[] {{{n} ? 1 : 0}}")
        elif t == "Scalar":
            call.append(f"Tensor.num({n}, \"{a['name']}\")")
        elif t == "Scalar?":
            call.append(n)
        elif t == "DType":
            call.append(f"{n}.code()")
        elif t == "DType?":
            call.append(f"{n} == null ? null : new int[] {{{n}.code()}}")
        elif t == "Device":
            call.append(f"{n}.encode()")
        else:
            raise JavaGenError(f"op {gen_capi.dyn_name(op)}: no Java mapping for type {t}")
    return setup, call, keep


def ret_code(op, form):
    """(Java return type, declarations, raw out-arguments, return statement)."""
    n = op["ret"]["n"]
    if form == "inplace":
        return "Tensor", [], [], "return (Tensor) this;"
    if form == "out":
        return "Tensor", [], [], "return out;"
    if n == 1:
        return "Tensor", ["long[] r = new long[1];"], ["r"], "return Tensor.wrap(r[0]);"
    if n == -1:
        return "Tensor[]", ["long[][] r = new long[1][];"], ["r"], "return Tensor.wrapAll(r[0]);"
    decl = [f"long[] r{i} = new long[1];" for i in range(n)]
    body = ", ".join(f"r{i}[0]" for i in range(n))
    return "Tensor[]", decl, [f"r{i}" for i in range(n)], f"return Tensor.wrapAll(new long[] {{{body}}});"


def gen_fn(op, form, ndef, jname):
    """One Java method of op: form '', 'inplace' or 'out'; ndef: how many of the defaulted
    arguments (in order) it takes; the others take their defaults."""
    where = f"op {gen_capi.dyn_name(op)}"
    args = op["args"]
    method = args[0]["type"] == "Tensor"
    names = [arg_name(a, i, method) for i, a in enumerate(args)]
    if len(set(names)) != len(names) or (form == "out" and "out" in names):
        raise JavaGenError(f"{where}: Java argument names collide: {names}")
    cfun = gen_capi.cname(op) + {"": "", "inplace": "_inplace", "out": "_out"}[form]
    params = []
    if form == "out":
        params.append("Tensor out")
    defaulted = [i for i, a in enumerate(args) if a["default"] is not None]
    taken = set(defaulted[:ndef])
    full = ndef == len(defaulted)
    shown = [(a, n) for i, (a, n) in enumerate(zip(args, names))
             if not (method and i == 0) and (a["default"] is None or i in taken)]
    params += [f"{TYPES[a['type']]} {n}" for a, n in shown]
    rtype, decl, outs, ret = ret_code(op, form)
    static = "" if method else "static "
    doc = op["doc"].replace("*/", "* /").replace("<", "&lt;").replace(">", "&gt;")
    if method and args[0]["name"] != "self":
        doc += f" ({{@code this}} is the schema's {{@code {args[0]['name']}}}.)"
    sig = f"public {static}{rtype} {jname}({', '.join(params)})"
    if not full:
        defaults = ", ".join(f"{n} = {a['py_default']}" for i, (a, n) in
                             enumerate(zip(args, names)) if i in defaulted and i not in taken)
        lines = [f"/** {doc} Defaults: {defaults}. */"]
        fwd = ["out"] if form == "out" else []
        for i, (a, n) in enumerate(zip(args, names)):
            if method and i == 0:
                continue
            fwd.append(n if a["default"] is None or i in taken else java_default(a, where))
        lines += [sig + " {", f"  return {jname}({', '.join(fwd)});", "}"]
        return [TYPES[a["type"]] for a, _ in shown], lines
    lines = [f"/** {doc} */"]
    setup, call, keep = conversions(op, names, form, method)
    body = setup + decl + ["try {", f"  IgnisRaw.{cfun}({', '.join(call + outs)});", "} finally {"]
    body += [f"  Reference.reachabilityFence({k});" for k in dict.fromkeys(keep)]
    body += ["}", ret]
    lines += [sig + " {"] + ["  " + l for l in body] + ["}"]
    return [TYPES[a["type"]] for a, _ in shown], lines


def gen_tensor_ops(ops):
    lines = [HEADER.rstrip("\n"),
             "// The superclass of Tensor: one method per schema op (see codegen/gen_java.py for the",
             "// naming and type mapping, docs/java.md for the guide).",
             "package dev.ignis;", "",
             "import dev.ignis.raw.IgnisRaw;", "import java.lang.ref.Reference;", "",
             "/** Every op of the schema as a Tensor method (or static function); see {@link Tensor}. */",
             "public abstract class TensorOps {",
             "  TensorOps() {}", "",
             "  /** The native handle (ignis_tensor*) of this tensor; throws once it is closed. */",
             "  public abstract long handle();", ""]
    seen = {}  # (Java name, parameter types) -> op
    plan = []
    # Pass 1: one name per op for all its forms, such that its shortest and full methods are
    # free; pass 2 adds the overloads in between where their parameter types are still free.
    for op in ops:
        k = sum(a["default"] is not None for a in op["args"])
        forms = [""] + (["inplace"] if op["inplace"] else []) + \
            (["out"] if op["out"] and op["ret"]["n"] == 1 else [])
        base = camel(op["name"])
        alt = camel(op["name"] + ("_" + gen_capi.snake(op["overload"]) if op["overload"] else ""))
        candidates = [base, alt] if alt != base else [base]
        chosen = None
        for cand in candidates:
            ms = []
            for form in forms:
                jn = cand + {"": "", "inplace": "_", "out": "Out"}[form]
                for ndef in range(k + 1):
                    ptypes, _ = gen_fn(op, form, ndef, jn)
                    ptypes = (["Tensor"] if form == "out" else []) + ptypes
                    ms.append(((jn, tuple(ptypes)), ndef in (0, k), form, ndef, jn))
            must = [m[0] for m in ms if m[1]]
            if len(set(must)) == len(must) and not any(sg in seen for sg in must):
                chosen = ms
                break
        if chosen is None:
            raise JavaGenError(f"op {gen_capi.dyn_name(op)}: every Java name collides "
                               f"({', '.join(candidates)})")
        for sg, required, _, _, jn in chosen:
            if jn in HANDWRITTEN or jn in JAVA_KEYWORDS:
                raise JavaGenError(f"op {gen_capi.dyn_name(op)}: Java name {jn} collides with "
                                   "a handwritten Tensor method or a keyword")
            if required:
                seen[sg] = gen_capi.dyn_name(op)
        plan.append((op, chosen))
    for op, chosen in plan:
        for sg, required, form, ndef, jn in chosen:
            if not required:
                if sg in seen:
                    continue
                seen[sg] = gen_capi.dyn_name(op)
            _, body = gen_fn(op, form, ndef, jn)
            lines += ["  " + l for l in body] + [""]
    lines[-1:] = ["}"]
    return "\n".join(lines) + "\n"


def outputs(root, ops, error):
    try:
        return {root / PATH: gen_tensor_ops(ops)}
    except JavaGenError as e:
        raise error(str(e)) from e
