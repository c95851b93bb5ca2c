"""The C API part of the generator (called from gen.py; DESIGN §3, §7).

Writes, from the parsed schema:
  capi/include/ignis/ops.h   one typed C function per op and overload (+ _inplace / _out forms)
                             and the dynamic entry (ignis_value, ignis_op_call, introspection)
  capi/src/ops.gen.cpp       the glue: argument checks, conversions, the call, status mapping
  capi/include/ignis/ops.hpp the C++ RAII wrappers' op functions and Tensor methods (ignis.hpp)

C mapping of the schema vocabulary (nullable pointer = optional; NULL means None):
  Tensor -> const ignis_tensor*           Tensor? -> const ignis_tensor* (NULL = None)
  Tensor[] -> const ignis_tensor* const* x, size_t x_count
  int -> int64_t    int? -> const int64_t*    int[] / int[]? -> const int64_t* x, size_t x_count
  float -> double   float? -> const double*   bool -> int32_t   bool? -> const int32_t*
  Scalar -> ignis_scalar   Scalar? -> const ignis_scalar*   DType -> ignis_dtype
  DType? -> const ignis_dtype*   Device -> ignis_device   str / str? -> const char*
Returns: Tensor -> ignis_tensor** out; (Tensor, Tensor) -> out0, out1; Tensor[] ->
ignis_tensor*** out, size_t* out_count (freed with ignis_tensor_array_free).
"""
import re

HEADER_C = "/* generated from codegen/ops.yaml by codegen/gen.py - do not edit */\n"
HEADER_CPP = "// generated from codegen/ops.yaml by codegen/gen.py - do not edit\n"

# Names the hand-written C API uses; a generated name equal to one is a generator error.
RESERVED = {"ignis_empty", "ignis_zeros", "ignis_ones", "ignis_full", "ignis_arange",
            "ignis_linspace", "ignis_eye", "ignis_rand", "ignis_randn", "ignis_randint",
            "ignis_op_call", "ignis_op_count", "ignis_op_name", "ignis_op_schema", "ignis_op_arg"}
KEYWORDS = {"default", "register", "char", "int", "long", "short", "float", "double", "signed",
            "unsigned", "void", "auto", "static", "extern", "const", "volatile", "restrict",
            "inline", "struct", "union", "enum", "typedef", "sizeof", "return", "if", "else",
            "for", "while", "do", "switch", "case", "break", "continue", "goto", "new", "delete",
            "class", "template", "operator", "this", "namespace", "bool", "true", "false"}
# ignis_value_kind of each schema type (the dynamic call's tag).
VALUE_KIND = {"Tensor": "TENSOR", "Tensor?": "TENSOR", "Tensor[]": "TENSOR_LIST", "int": "INT",
              "int?": "INT", "int[]": "INT_LIST", "int[]?": "INT_LIST", "float": "FLOAT",
              "float?": "FLOAT", "bool": "BOOL", "bool?": "BOOL", "Scalar": "SCALAR",
              "Scalar?": "SCALAR", "DType": "DTYPE", "DType?": "DTYPE", "Device": "DEVICE",
              "str": "STRING", "str?": "STRING"}


CPP_TYPES = {}  # the engine's C++ parameter types; gen.py sets it


class CApiError(Exception):
    pass


def snake(s):
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", s).lower()


def cname(op):
    return "ignis_" + op["name"] + ("_" + snake(op["overload"]) if op["overload"] else "")


def dyn_name(op, inplace=False):
    return op["name"] + ("_" if inplace else "") + ("." + op["overload"] if op["overload"] else "")


def argname(a):
    n = a["name"]
    return n + "_" if n in KEYWORDS else n


def c_params(a, mutable_self=False):
    n, t = argname(a), a["type"]
    if t in ("Tensor", "Tensor?"):
        return [("ignis_tensor* " if mutable_self else "const ignis_tensor* ") + n]
    return {
        "Tensor[]": [f"const ignis_tensor* const* {n}", f"size_t {n}_count"],
        "int": [f"int64_t {n}"], "int?": [f"const int64_t* {n}"],
        "int[]": [f"const int64_t* {n}", f"size_t {n}_count"],
        "int[]?": [f"const int64_t* {n}", f"size_t {n}_count"],
        "float": [f"double {n}"], "float?": [f"const double* {n}"],
        "bool": [f"int32_t {n}"], "bool?": [f"const int32_t* {n}"],
        "Scalar": [f"ignis_scalar {n}"], "Scalar?": [f"const ignis_scalar* {n}"],
        "DType": [f"ignis_dtype {n}"], "DType?": [f"const ignis_dtype* {n}"],
        "Device": [f"ignis_device {n}"], "str": [f"const char* {n}"],
        "str?": [f"const char* {n}"],
    }[t]


def ret_params(op):
    n = op["ret"]["n"]
    if n == 1:
        return ["ignis_tensor** out"]
    if n == -1:
        return ["ignis_tensor*** out", "size_t* out_count"]
    return [f"ignis_tensor** out{i}" for i in range(n)]


def forms(op):
    """(C name, kind) of every typed entry point of op: '' plain, 'inplace', 'out'."""
    f = [(cname(op), "")]
    if op["inplace"]:
        f.append((cname(op) + "_inplace", "inplace"))
    if op["out"] and op["ret"]["n"] == 1:
        f.append((cname(op) + "_out", "out"))
    return f


def signature(op, kind):
    ps = []
    if kind == "out":
        ps.append("ignis_tensor* out")
    for i, a in enumerate(op["args"]):
        ps += c_params(a, mutable_self=(kind == "inplace" and i == 0))
    if kind == "":
        ps += ret_params(op)
    return ps


def doc_of(op, kind):
    own = {"": "*out is a new reference the caller owns", "inplace": "modifies self in place",
           "out": "writes into out"}[kind]
    if kind == "" and op["ret"]["n"] == -1:
        own = "*out is an array the caller frees with ignis_tensor_array_free"
    elif kind == "" and op["ret"]["n"] > 1:
        own = "each out is a new reference the caller owns"
    return f"/* {op['doc']} ({own}; any thread.) */"


def schema_text(op):
    parts, star = [], False
    for a in op["args"]:
        if a["kwonly"] and not star:
            parts.append("*")
            star = True
        s = f"{a['type']} {a['name']}"
        if a["py_default"] is not None:
            s += "=" + a["py_default"]
        parts.append(s)
    n = op["ret"]["n"]
    ret = "Tensor" if n == 1 else ("Tensor[]" if n == -1 else "(" + ", ".join(["Tensor"] * n) + ")")
    return f"{dyn_name(op)}({', '.join(parts)}) -> {ret}"


def c_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def check_names(ops):
    seen = {}
    for op in ops:
        for name, _ in forms(op):
            if name in RESERVED or name in seen:
                raise CApiError(f"op {dyn_name(op)}: C name {name} collides with "
                                f"{seen.get(name, 'a hand-written C API function')}")
            seen[name] = dyn_name(op)


# ---------------------------------------------------------------------------------- ops.h
OPS_H_PREAMBLE = """/* Ignis C API: every op of the schema (codegen/ops.yaml), typed, and a dynamic entry point
 * (ignis_op_call) with schema introspection for bindings and fuzzers. Pure C11.
 *
 * Conventions: inputs are borrowed; a NULL required handle or out-pointer is
 * IGNIS_ERROR_INVALID_ARGUMENT naming the argument. Optional arguments are nullable pointers
 * (NULL = None); lists are a pointer plus a count (for an optional list, NULL = None and a
 * non-NULL pointer with count 0 is the empty list). Results are new references the caller owns;
 * on failure every out-pointer is set to NULL. Overloads carry the overload name as a suffix;
 * `_inplace` forms modify self, `_out` forms write into out. Every function may be called from
 * any thread (see tensor.h for what may share a tensor). An op whose engine implementation has
 * not been built in reports IGNIS_ERROR_UNSUPPORTED. */
#ifndef IGNIS_OPS_H
#define IGNIS_OPS_H

#include "ignis/tensor.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Tag of one dynamic argument (ignis_value). */
typedef enum ignis_value_kind {
  IGNIS_VALUE_NONE = 0, /* None: the default, or None for an optional argument */
  IGNIS_VALUE_TENSOR = 1,
  IGNIS_VALUE_TENSOR_LIST = 2,
  IGNIS_VALUE_INT = 3,
  IGNIS_VALUE_INT_LIST = 4,
  IGNIS_VALUE_FLOAT = 5,
  IGNIS_VALUE_BOOL = 6,
  IGNIS_VALUE_SCALAR = 7,
  IGNIS_VALUE_DTYPE = 8,
  IGNIS_VALUE_DEVICE = 9,
  IGNIS_VALUE_STRING = 10,
  IGNIS_VALUE_KIND_MAX_ENUM = 0x7FFFFFFF
} ignis_value_kind;

/* One argument of ignis_op_call. Ints are accepted where floats and Scalars are expected, bools
 * where ints are, and a single int where an int list is. Everything pointed to is borrowed. */
typedef struct ignis_value {
  int32_t kind; /* an ignis_value_kind */
  int32_t reserved;
  union {
    const ignis_tensor* tensor;
    struct {
      const ignis_tensor* const* data;
      size_t count;
    } tensors;
    int64_t i;
    struct {
      const int64_t* data;
      size_t count;
    } ints;
    double f;
    int32_t b;
    ignis_scalar scalar;
    ignis_dtype dtype;
    ignis_device device;
    const char* str;
  } v;
} ignis_value;

/* What ignis_op_schema reports about an op. Set struct_size = sizeof(ignis_op_info). */
typedef struct ignis_op_info {
  size_t struct_size;
  const char* name;   /* "add.Tensor"; in-place forms are "add_.Tensor"; static storage */
  const char* schema; /* "add.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor" */
  const char* doc;    /* one line */
  size_t num_args;
  int32_t num_returns; /* tensors returned; -1 for a Tensor[] of any length */
  int32_t inplace;     /* 1 for the in-place form (returns self) */
} ignis_op_info;

/* What ignis_op_arg reports about one argument. Set struct_size = sizeof(ignis_op_arg_info). */
typedef struct ignis_op_arg_info {
  size_t struct_size;
  const char* name;    /* static storage */
  const char* type;    /* schema type: "Tensor", "int[]?", "Scalar", ... */
  int32_t kind;        /* the ignis_value_kind it takes */
  int32_t optional;    /* 1 when None is a valid value */
  int32_t has_default; /* 1 when it may be omitted (IGNIS_VALUE_NONE or past n_args) */
  int32_t kwonly;      /* keyword-only in Python */
} ignis_op_arg_info;

/* Number of ops ignis_op_call knows (plain and in-place forms); any thread. */
IGNIS_API size_t ignis_op_count(void);
/* Name of op i ("add.Tensor"), static storage; NULL when i >= ignis_op_count(); any thread. */
IGNIS_API const char* ignis_op_name(size_t i);
/* Describes op name into *info (static strings); any thread. */
IGNIS_API ignis_status ignis_op_schema(const char* name, ignis_op_info* info);
/* Describes argument i of op name into *info (static strings); any thread. */
IGNIS_API ignis_status ignis_op_arg(const char* name, size_t i, ignis_op_arg_info* info);
/* Calls op name with positional args (missing trailing ones take their defaults); writes the
 * results, new references the caller owns, to outs[0..*n_outs) (outs_capacity entries; too few
 * is an invalid-argument error and nothing is returned). n_outs may be NULL; any thread. */
IGNIS_API ignis_status ignis_op_call(const char* name, const ignis_value* args, size_t n_args,
                                     ignis_tensor** outs, size_t outs_capacity, size_t* n_outs);

"""


def gen_ops_h(ops):
    lines = [HEADER_C + OPS_H_PREAMBLE.rstrip("\n"), ""]
    family = None
    for op in ops:
        if op["family"] != family:
            family = op["family"]
            lines += [f"/* ---- {family} ---- */", ""]
        for name, kind in forms(op):
            lines.append(doc_of(op, kind))
            head = f"IGNIS_API ignis_status {name}("
            lines.append(wrap(head, signature(op, kind)) + ";")
        lines.append("")
    lines += ["#ifdef __cplusplus", "}", "#endif", "", "#endif /* IGNIS_OPS_H */", ""]
    return "\n".join(lines)


def wrap(head, params, width=100):
    one = head + ", ".join(params) + ")"
    if len(one) <= width:
        return one
    out, line, indent = [], head, " " * len(head)
    if len(indent) > 50:
        indent = " " * 4
        out.append(head.rstrip())
        line = indent
    for i, p in enumerate(params):
        piece = p + ("," if i + 1 < len(params) else ")")
        if line.strip() and len(line) + len(piece) + 1 > width:
            out.append(line.rstrip())
            line = indent + piece + " "
        else:
            line += piece + " "
    out.append(line.rstrip())
    return "\n".join(out)


# ------------------------------------------------------------------------- ops.gen.cpp glue
def cpp_conv(a, fn):
    """C++ expression turning the C argument(s) of a into what the engine function takes."""
    n, t = argname(a), a["type"]
    q = c_string(a["name"])
    return {
        "Tensor": f"capi::tensor_arg({fn}, {q}, {n})",
        "Tensor?": f"capi::opt_tensor_arg({n})",
        "Tensor[]": f"capi::tensor_list_arg({fn}, {q}, {n}, {n}_count)",
        "int": n, "int?": f"capi::opt({n})",
        "int[]": f"capi::int_list_arg({fn}, {q}, {n}, {n}_count)",
        "int[]?": f"capi::opt_int_list_arg({fn}, {q}, {n}, {n}_count)",
        "float": n, "float?": f"capi::opt({n})",
        "bool": f"({n} != 0)", "bool?": f"capi::opt_bool({n})",
        "Scalar": f"capi::scalar_arg({fn}, {q}, {n})",
        "Scalar?": f"capi::opt_scalar_arg({fn}, {q}, {n})",
        "DType": f"capi::dtype_arg({fn}, {q}, {n})",
        "DType?": f"capi::opt_dtype_arg({fn}, {q}, {n})",
        "Device": f"capi::device_arg({fn}, {q}, {n})",
        "str": f"capi::str_arg({fn}, {q}, {n})", "str?": f"capi::opt_str_arg({n})",
    }[t]


def cpp_types(op):
    return ", ".join(CPP_TYPES[a["type"]] for a in op["args"])


def gen_glue_fn(op, name, kind):
    fn = c_string(name)
    lines = [f"extern \"C\" IGNIS_API ignis_status {name}({', '.join(signature(op, kind))}) {{"]
    n = op["ret"]["n"]
    if kind == "":
        if n == 1:
            lines.append(f"  if (!out) return capi::null_out({fn}, \"out\");")
            lines.append("  *out = nullptr;")
        elif n == -1:
            lines.append(f"  if (!out || !out_count) return capi::null_out({fn}, out ? \"out_count\" : \"out\");")
            lines.append("  *out = nullptr;")
            lines.append("  *out_count = 0;")
        else:
            for i in range(n):
                lines.append(f"  if (!out{i}) return capi::null_out({fn}, \"out{i}\");")
            for i in range(n):
                lines.append(f"  *out{i} = nullptr;")
    lines.append("  try {")
    args = []
    for i, a in enumerate(op["args"]):
        if kind == "inplace" and i == 0:
            lines.append(f"    capi::Borrowed self_mut(capi::tensor_arg_handle({fn}, \"self\", {argname(a)}));")
            args.append("self_mut.mut()")
        else:
            args.append(cpp_conv(a, fn))
    call_args = ", ".join(args)
    if kind == "":
        call = f"ignis::{op['name']}({call_args})"
        if n == 1:
            lines.append(f"    *out = capi::leak({call});")
        elif n == -1:
            lines.append(f"    capi::leak_list({call}, out, out_count);")
        else:
            lines.append(f"    auto r = {call};")
            for i in range(n):
                lines.append(f"    *out{i} = capi::leak(std::move(std::get<{i}>(r)));")
    elif kind == "inplace":
        lines.append(f"    ignis::{op['name']}_({call_args});")
    else:
        lines.append(f"    capi::Borrowed out_mut(capi::tensor_arg_handle({fn}, \"out\", out));")
        lines.append(f"    ignis::{op['name']}_out(out_mut.mut(), {call_args});")
    lines.append("    return IGNIS_OK;")
    lines.append("  } catch (...) {")
    if kind == "" and n > 1:
        for i in range(n):
            lines.append(f"    ignis_tensor_release(*out{i});")
            lines.append(f"    *out{i} = nullptr;")
    lines.append("    return capi::handle_exception();")
    lines.append("  }")
    lines.append("}")
    return lines


def holder(a):
    t = a["type"]
    return {"Tensor": "Tensor", "Tensor?": "std::optional<Tensor>", "Tensor[]": "std::vector<Tensor>",
            "int": "int64_t", "int?": "std::optional<int64_t>", "int[]": "std::vector<int64_t>",
            "int[]?": "std::optional<std::vector<int64_t>>", "float": "double",
            "float?": "std::optional<double>", "bool": "bool", "bool?": "std::optional<bool>",
            "Scalar": "Scalar", "Scalar?": "std::optional<Scalar>", "DType": "DType",
            "DType?": "std::optional<DType>", "Device": "Device", "str": "std::string",
            "str?": "std::optional<std::string>"}[t]


def holder_default(a):
    h, d = holder(a), a["default"]
    if d is None:
        return None
    if d == "std::nullopt":
        return "std::nullopt"
    if d.startswith("{"):
        return f"{h}(std::vector<int64_t>{d})" if h.startswith("std::optional") else f"{h}{d}"
    return f"{h}({d})"


def holder_pass(a, v):
    t = a["type"]
    if t == "int[]?":
        return f"({v} ? OptIntArrayRef(*{v}) : OptIntArrayRef())"
    if t == "str?":
        return f"({v} ? std::optional<std::string_view>(*{v}) : std::nullopt)"
    return v


def gen_dyn_fn(op, idx, inplace):
    fn = c_string(dyn_name(op, inplace))
    lines = [f"void dyn_{idx}{'_' if inplace else ''}(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {{",
             f"  constexpr const char* fn = {fn};"]
    vars_ = []
    for i, a in enumerate(op["args"]):
        v = f"a{i}"
        kind = a["type"].rstrip("?").replace("[]", "_list").lower()
        qn = c_string(a["name"])
        if a["type"].endswith("?"):
            dflt = holder_default(a) or "std::nullopt"
        else:
            dflt = holder_default(a)
        if dflt is None:
            src = f"dyn::required(a, n, {i}, fn, {qn})"
            lines.append(f"  {holder(a)} {v} = dyn::get_{kind}({src}, fn, {qn});")
        else:
            get = f"dyn::get_{kind}(a[{i}], fn, {qn})"
            lines.append(f"  {holder(a)} {v} = dyn::present(a, n, {i}) ? {holder(a)}({get}) : {dflt};")
        vars_.append(holder_pass(a, v))
    call = ", ".join(vars_)
    if inplace:
        lines.append(f"  {op['name']}_({call});")
        lines.append("  outs.push_back(a0);")
    elif op["ret"]["n"] == 1:
        lines.append(f"  outs.push_back({op['name']}({call}));")
    elif op["ret"]["n"] == -1:
        lines.append(f"  outs = {op['name']}({call});")
    else:
        lines.append(f"  auto r = {op['name']}({call});")
        for i in range(op["ret"]["n"]):
            lines.append(f"  outs.push_back(std::move(std::get<{i}>(r)));")
    lines.append("}")
    return lines


def gen_glue(ops):
    lines = [HEADER_CPP,
             "// C glue of every schema op (typed entry points of ignis/ops.h) and the dynamic",
             "// ignis_op_call table. Every schema op must have a C++ definition, or libignis fails",
             "// to link (--no-undefined).",
             "#include <cmath>", "#include <optional>", "#include <string>", "#include <vector>", "",
             '#include "capi/src/glue.h"', '#include "ignis/ops.h"', '#include "ops/ops.gen.h"', "",
             ]
    lines += ["using namespace ignis;", "namespace capi = ignis::capi;", ""]
    for op in ops:
        for name, kind in forms(op):
            lines += gen_glue_fn(op, name, kind)
            lines.append("")
    # dynamic table
    lines += ["namespace ignis::capi {", "namespace {", "namespace dyn = ignis::capi::dyn;", ""]
    entries = []
    for i, op in enumerate(ops):
        for inplace in ([False, True] if op["inplace"] else [False]):
            lines += gen_dyn_fn(op, i, inplace)
            lines.append("")
            entries.append((op, i, inplace))
    lines.append("}  // namespace")
    lines.append("")
    arg_tables = []
    for op, i, inplace in entries:
        if not inplace:
            rows = []
            for a in op["args"]:
                rows.append(f"    {{{c_string(a['name'])}, {c_string(a['type'])}, IGNIS_VALUE_{VALUE_KIND[a['type']]}, "
                            f"{int(a['type'].endswith('?'))}, {int(a['default'] is not None or a['type'].endswith('?'))}, "
                            f"{int(a['kwonly'])}}},")
            arg_tables.append(f"const OpArg kArgs{i}[] = {{\n" + "\n".join(rows) + "\n};" if rows
                              else f"const OpArg* const kArgs{i} = nullptr;")
    lines += arg_tables
    lines.append("")
    lines.append(f"const OpEntry kOps[] = {{")
    for op, i, inplace in entries:
        schema = schema_text(op)
        if inplace:
            schema = schema.replace(dyn_name(op), dyn_name(op, True), 1)
        nret = 1 if inplace else op["ret"]["n"]
        fnp = f"&dyn_{i}{'_' if inplace else ''}"
        lines.append(f"    {{{c_string(dyn_name(op, inplace))}, {c_string(schema)}, {c_string(op['doc'])}, "
                     f"kArgs{i}, {len(op['args'])}, {nret}, {int(inplace)}, {fnp}}},")
    lines.append("};")
    lines.append("const size_t kNumOps = sizeof(kOps) / sizeof(kOps[0]);")
    lines += ["", "}  // namespace ignis::capi", ""]
    return "\n".join(lines)


# ------------------------------------------------------------------------------- ops.hpp
def hpp_param(a, with_default=True):
    t, n = a["type"], argname(a)
    typ = {"Tensor": "const Tensor&", "Tensor?": "const Tensor&", "Tensor[]": "const std::vector<Tensor>&",
           "int": "int64_t", "int?": "std::optional<int64_t>", "int[]": "const std::vector<int64_t>&",
           "int[]?": "const std::optional<std::vector<int64_t>>&", "float": "double",
           "float?": "std::optional<double>", "bool": "bool", "bool?": "std::optional<bool>",
           "Scalar": "Scalar", "Scalar?": "std::optional<Scalar>", "DType": "ignis_dtype",
           "DType?": "std::optional<ignis_dtype>", "Device": "ignis_device",
           "str": "const std::string&", "str?": "const std::optional<std::string>&"}[t]
    s = f"{typ} {n}"
    d = a["default"]
    if with_default and d is not None:
        if t == "Tensor?":
            d = "Tensor()"
        elif d.startswith("DType::"):
            d = {"DType::F32": "IGNIS_FLOAT32", "DType::F64": "IGNIS_FLOAT64",
                 "DType::I64": "IGNIS_INT64", "DType::Bool": "IGNIS_BOOL"}[d]
        elif d.startswith("{") and t == "int[]?":
            d = f"std::vector<int64_t>{d}"
        elif d.startswith("{"):
            d = f"std::vector<int64_t>{d}"
        s += f" = {d}"
    return s


def hpp_conv(a):
    t, n = a["type"], argname(a)
    return {
        "Tensor": [f"{n}.get()"], "Tensor?": [f"{n}.get()"],
        "Tensor[]": [f"detail::handles({n}).data()", f"{n}.size()"],
        "int": [n], "int?": [f"detail::ptr({n})"], "int[]": [f"{n}.data()", f"{n}.size()"],
        "int[]?": [f"{n} ? {n}->data() : nullptr", f"{n} ? {n}->size() : 0"],
        "float": [n], "float?": [f"detail::ptr({n})"], "bool": [f"{n} ? 1 : 0"],
        "bool?": [f"detail::ptr_bool({n})"], "Scalar": [f"{n}.c()"],
        "Scalar?": [f"detail::ptr_scalar({n})"], "DType": [n], "DType?": [f"detail::ptr({n})"],
        "Device": [n], "str": [f"{n}.c_str()"], "str?": [f"{n} ? {n}->c_str() : nullptr"],
    }[t]


def hpp_ret(op):
    n = op["ret"]["n"]
    return "Tensor" if n == 1 else ("std::vector<Tensor>" if n == -1 else
                                     "std::tuple<" + ", ".join(["Tensor"] * n) + ">")


def hpp_body(op, name):
    n = op["ret"]["n"]
    # Tensor[] arguments need their handle arrays alive through the call.
    conv = []
    pre = []
    for a in op["args"]:
        if a["type"] == "Tensor[]":
            pre.append(f"  auto {argname(a)}_h = detail::handles({argname(a)});")
            conv += [f"{argname(a)}_h.data()", f"{argname(a)}.size()"]
        elif a["type"] in ("int?", "float?", "DType?", "bool?", "Scalar?"):
            kind = {"int?": "int64_t", "float?": "double", "DType?": "ignis_dtype", "bool?": "int32_t",
                    "Scalar?": "ignis_scalar"}[a["type"]]
            val = {"bool?": f"*{argname(a)} ? 1 : 0", "Scalar?": f"{argname(a)}->c()"}.get(a["type"], f"*{argname(a)}")
            pre.append(f"  {kind} {argname(a)}_v{{}};")
            pre.append(f"  if ({argname(a)}) {argname(a)}_v = {val};")
            conv.append(f"{argname(a)} ? &{argname(a)}_v : nullptr")
        else:
            conv += hpp_conv(a)
    body = pre[:]
    if n == 1:
        body.append("  ignis_tensor* r = nullptr;")
        body.append(f"  check({name}({', '.join(conv + ['&r'])}));")
        body.append("  return Tensor::adopt(r);")
    elif n == -1:
        body.append("  ignis_tensor** r = nullptr;")
        body.append("  size_t count = 0;")
        body.append(f"  check({name}({', '.join(conv + ['&r', '&count'])}));")
        body.append("  return detail::adopt_array(r, count);")
    else:
        body.append(f"  ignis_tensor* r[{n}] = {{}};")
        body.append(f"  check({name}({', '.join(conv + [f'&r[{i}]' for i in range(n)])}));")
        body.append("  return {" + ", ".join(f"Tensor::adopt(r[{i}])" for i in range(n)) + "};")
    return body


# Hand-written members of ignis.hpp's Tensor; a schema op of the same name gets no method.
HPP_MEMBERS = {"get", "release", "adopt", "borrow", "ndim", "numel", "shape", "strides", "dtype",
               "device", "data", "copy_to", "str", "to", "contiguous", "clone", "detach", "item",
               "requires_grad", "set_requires_grad", "grad", "backward", "register_hook",
               "defined", "retain_grad", "is_leaf"}


def hpp_method_ops(ops):
    return [op for op in ops if "method" in op["variants"] and op["name"] not in HPP_MEMBERS]


def gen_ops_hpp(ops):
    lines = [HEADER_CPP,
             "// The op functions and Tensor methods of ignis.hpp, one per schema op; included twice by",
             "// ignis.hpp (inside class Tensor with IGNIS_OPS_HPP_METHODS, then at namespace scope).",
             "#ifdef IGNIS_OPS_HPP_METHODS"]
    for op in hpp_method_ops(ops):
        ps = ", ".join(hpp_param(a) for a in op["args"][1:])
        lines.append(f"  // {op['doc']}")
        lines.append(f"  {hpp_ret(op)} {op['name']}({ps}) const;")
    lines.append("#else")
    for op in ops:
        name = cname(op)
        ps = ", ".join(hpp_param(a) for a in op["args"])
        lines.append(f"// {op['doc']}")
        lines.append(f"inline {hpp_ret(op)} {op['name']}({ps}) {{")
        lines += hpp_body(op, name)
        lines.append("}")
    for op in hpp_method_ops(ops):
        ps = ", ".join(hpp_param(a, False) for a in op["args"][1:])
        rest = ", ".join(["*this"] + [argname(a) for a in op["args"][1:]])
        lines.append(f"inline {hpp_ret(op)} Tensor::{op['name']}({ps}) const {{ return ignis::{op['name']}({rest}); }}")
    lines.append("#endif")
    lines.append("")
    return "\n".join(lines)


def outputs(root, ops):
    check_names(ops)
    return {
        root / "capi/include/ignis/ops.h": gen_ops_h(ops),
        root / "capi/src/ops.gen.cpp": gen_glue(ops),
        root / "capi/include/ignis/ops.hpp": gen_ops_hpp(ops),
    }
