"""The Rust raw-FFI part of the generator (called from gen.py; DESIGN §7, §8).

Reads the C API's own headers (capi/include/ignis/{core,tensor,autograd,ops,nn,optim,data,io,
checkpoint,experimental}.h) and writes bindings/rust/ignis-sys/src/bindings.gen.rs: every macro constant, enum, struct, union,
callback typedef and IGNIS_API prototype, as `extern "C"` declarations. The headers are regular
C11 (opaque structs, enums, typedef'd callbacks, prototypes), so a small tokenizer and a
recursive-descent reader cover them; anything outside that shape is an error, never a skip.
`static inline` helpers (ignis_scalar_int, ...) have no symbol to link and are left out; the safe
crate builds those values itself.
"""
import re

HEADERS = ["core.h", "tensor.h", "autograd.h", "ops.h", "nn.h", "optim.h", "data.h", "io.h",
           "checkpoint.h", "experimental.h"]
HEADER_RS = "// generated from capi/include/ignis/*.h by codegen/gen.py - do not edit\n"

# C base types -> Rust (size_t is usize: Rust guarantees they agree on every platform it supports).
BASE = {"void": "c_void", "char": "c_char", "int32_t": "i32", "int64_t": "i64", "uint64_t": "u64",
        "size_t": "usize", "double": "f64", "int": "std::os::raw::c_int", "float": "f32",
        "uint8_t": "u8"}
RUST_KEYWORDS = {"type", "ref", "in", "mod", "fn", "match", "use", "where", "loop", "move",
                 "self", "Self", "impl", "trait", "struct", "enum", "let", "mut", "box", "crate",
                 "super", "dyn", "async", "await", "yield", "macro", "priv", "final", "override"}
TOKEN_RE = re.compile(r"\s+|/\*.*?\*/|//[^\n]*|\"(?:\\.|[^\"\\])*\"|[A-Za-z_]\w*|0[xX][0-9a-fA-F]+"
                      r"|\d+(?:\.\d*)?|!=|==|[{}()\[\];,*=.!<>?:+\-&|~^%/]", re.S)


class SysError(Exception):
    pass


def preprocess(text, name):
    """Keeps the C11 lines (drops __cplusplus / _WIN32 branches); returns (text, constants)."""
    keep, stack, consts, out = True, [], [], []
    for line in text.split("\n"):
        s = line.strip()
        if s.startswith("#"):
            words = s[1:].split()
            d = words[0] if words else ""
            if d in ("ifdef", "if"):
                stack.append(keep)
                keep = keep and "__cplusplus" not in s and "_WIN32" not in s
            elif d == "ifndef":
                stack.append(keep)
            elif d == "else":
                keep = stack[-1] and not keep
            elif d == "endif":
                keep = stack.pop()
            elif d == "define" and keep and len(words) >= 3 and re.fullmatch(r"-?\d+", words[2]):
                consts.append((words[1], int(words[2]), out_comment(out)))
            elif d not in ("define", "include", "endif"):
                raise SysError(f"{name}: unexpected preprocessor line {s!r}")
            out.append("")
            continue
        out.append(line if keep else "")
    return "\n".join(out), consts


def out_comment(lines):
    """The /* ... */ comment that ends just above (the doc of a #define)."""
    if not lines or not lines[-1].rstrip().endswith("*/"):
        return ""  # only a comment on the line right above documents the macro
    text = "\n".join(lines).rstrip()
    if text.endswith("*/"):
        start = text.rfind("/*")
        if start >= 0 and "\n\n" not in text[start:]:
            return text[start:]
    return ""


def tokenize(text):
    """Tokens of C text; a comment that starts on the line of the token before it (a trailing
    comment, documenting that line) is returned as "/*<" + body."""
    toks, pos, newline = [], 0, True
    while pos < len(text):
        m = TOKEN_RE.match(text, pos)
        if not m:
            raise SysError(f"cannot read C at {text[pos:pos + 40]!r}")
        t = m.group(0)
        pos = m.end()
        if t.isspace():
            if t.count("\n") >= 2 and toks and toks[-1].startswith("/*"):
                toks.append("")  # a blank line detaches a comment from what follows
            newline = newline or "\n" in t
            continue
        if t.startswith("//"):
            t = "/*" + t[2:] + "*/"
        if t.startswith("/*") and not newline and toks and not toks[-1].startswith("/*"):
            t = "/*<" + t[2:]
        newline = False
        toks.append(t)
    return toks


def doc_lines(comment):
    """A C comment as `///` lines (trimmed, so rustdoc never sees an indented code block)."""
    body = comment[3:-2] if comment.startswith("/*<") else comment[2:-2]
    out = []
    for line in body.split("\n"):
        line = re.sub(r"^\s*\*?\s?", "", line).rstrip()
        out.append(line.strip())
    while out and not out[0]:
        out.pop(0)
    while out and not out[-1]:
        out.pop()
    return ["/// " + l if l else "///" for l in out]


class Reader:
    def __init__(self, toks):
        self.toks, self.i = toks, 0
        self.items = []  # (kind, name, rust lines)

    def peek(self, k=0):
        j = self.i + k
        return self.toks[j] if j < len(self.toks) else None

    def take(self, want=None):
        t = self.peek()
        if t is None or (want is not None and t != want):
            near = " ".join(self.toks[self.i:self.i + 12])
            raise SysError(f"expected {want!r}, got {t!r} near {near}")
        self.i += 1
        return t

    def skip_comments(self):
        doc = ""
        while self.peek() is not None and (self.peek().startswith("/*") or self.peek() == ""):
            t = self.take()
            doc = t if t else ""
        return doc

    def trailing_comment(self):
        return self.take() if self.peek() and self.peek().startswith("/*<") else ""

    # ---- types
    def base_type(self):
        const = False
        while self.peek() == "const":
            self.take()
            const = True
        t = self.take()
        if t == "struct":
            t = self.take()
        while self.peek() == "const":
            self.take()
            const = True
        if not re.fullmatch(r"[A-Za-z_]\w*", t):
            raise SysError(f"expected a type name, got {t!r}")
        return BASE.get(t, t), const

    def pointers(self, rust, const):
        while self.peek() == "*":
            self.take()
            rust = f"*{'const' if const else 'mut'} {rust}"
            const = False
            if self.peek() == "const":
                self.take()
                const = True
        return rust

    def params(self):
        """Reads '( ... )' of a prototype or callback; returns [(name, rust type)]."""
        self.take("(")
        out = []
        if self.peek() == "void" and self.peek(1) == ")":
            self.take()
            self.take(")")
            return out
        while True:
            base, const = self.base_type()
            rust = self.pointers(base, const)
            name = self.take()
            if name in RUST_KEYWORDS:
                name += "_"
            out.append((name, rust))
            if self.take() == ")":
                return out

    # ---- declarations
    def run(self):
        while self.peek() is not None:
            doc = self.skip_comments()
            if self.peek() is None:
                break
            t = self.peek()
            if t == "typedef":
                self.typedef(doc)
            elif t == "IGNIS_API":
                self.prototype(doc)
            elif t == "static":
                self.skip_inline()
            elif t == "struct":
                self.take()
                name = self.take()
                self.take(";")
                self.items.append(("type", name, doc_lines(doc) + opaque(name)))
            else:
                raise SysError(f"unexpected {t!r} near {' '.join(self.toks[self.i:self.i + 12])}")

    def skip_inline(self):
        while self.take() != "{":
            pass
        depth = 1
        while depth:
            t = self.take()
            depth += {"{": 1, "}": -1}.get(t, 0)

    def prototype(self, doc):
        self.take("IGNIS_API")
        base, const = self.base_type()
        ret = self.pointers(base, const)
        name = self.take()
        ps = self.params()
        self.take(";")
        sig = ", ".join(f"{n}: {t}" for n, t in ps)
        tail = "" if ret == "c_void" else f" -> {ret}"
        self.items.append(("fn", name, doc_lines(doc) + [f"pub fn {name}({sig}){tail};"]))

    def typedef(self, doc):
        self.take("typedef")
        kind = self.peek()
        if kind == "enum":
            self.enum(doc)
        elif kind == "struct" and self.peek(2) == "{":
            self.take()
            tag = self.take()
            lines = self.struct_body(tag, "struct", doc)
            name = self.take()
            self.take(";")
            if name != tag:
                raise SysError(f"typedef struct {tag} ... {name}: names differ")
            self.items.append(("type", name, lines))
        elif kind == "struct":
            self.take()
            tag, name = self.take(), self.take()
            self.take(";")
            if tag != name:
                raise SysError(f"typedef struct {tag} {name}: names differ")
            self.items.append(("type", name, doc_lines(doc) + opaque(name)))
        else:  # a callback: typedef ret (*name)(params);
            base, const = self.base_type()
            ret = self.pointers(base, const)
            self.take("(")
            self.take("*")
            name = self.take()
            self.take(")")
            ps = self.params()
            self.take(";")
            alias = f"pub type {name} = {fn_ptr(ret, ps)};"
            self.items.append(("type", name, doc_lines(doc) + [alias]))

    def enum(self, doc):
        self.take("enum")
        tag = self.take()
        self.take("{")
        consts = []
        value = -1
        while self.peek() != "}":
            cdoc = self.skip_comments()
            if self.peek() == "}":
                break
            cname = self.take()
            if self.peek() == "=":
                self.take()
                v = self.take()
                value = int(v, 16) if v.lower().startswith("0x") else int(v)
            else:
                value += 1
            if self.peek() == ",":
                self.take()
            cdoc = self.trailing_comment() or cdoc
            consts.append((cname, value, cdoc))
        self.take("}")
        name = self.take()
        self.take(";")
        if name != tag:
            raise SysError(f"typedef enum {tag} ... {name}: names differ")
        # A C enum is an int at the ABI; a Rust enum would be undefined behaviour for any value
        # the library might add later, so each is an i32 alias plus constants.
        lines = doc_lines(doc) + [f"pub type {name} = i32;"]
        for cname, v, cdoc in consts:
            lines += doc_lines(cdoc) if cdoc else []
            lines.append(f"pub const {cname}: {name} = {v};")
        self.items.append(("type", name, lines))

    def struct_body(self, rust_name, kind, doc):
        """Reads '{ fields }' of a struct or union named rust_name; nested anonymous structs and
        unions become their own types named <outer>__<field>."""
        self.take("{")
        fields, nested = [], []
        while self.peek() != "}":
            fdoc = self.skip_comments()
            if self.peek() == "}":
                break
            if self.peek() in ("union", "struct") and self.peek(1) == "{":
                sub_kind = self.take()
                # the field name comes after the body; read ahead for it
                j, depth = self.i, 0
                while True:
                    t = self.toks[j]
                    depth += {"{": 1, "}": -1}.get(t, 0)
                    j += 1
                    if depth == 0:
                        break
                fname = self.toks[j]
                sub_name = f"{rust_name}__{fname}"
                nested += self.struct_body(sub_name, sub_kind, "")
                self.take(fname)
                self.take(";")
                fields.append((fname, sub_name, self.trailing_comment() or fdoc))
                continue
            base, const = self.base_type()
            if self.peek() == "(":  # a function-pointer field: ret (*name)(params);
                self.take("(")
                self.take("*")
                fname = self.take()
                self.take(")")
                ps = self.params()
                self.take(";")
                fields.append((fname, fn_ptr(base, ps), self.trailing_comment() or fdoc))
                continue
            rust = self.pointers(base, const)
            fname = self.take()
            self.take(";")
            fields.append((fname, rust, self.trailing_comment() or fdoc))
        self.take("}")
        derive = "#[derive(Copy, Clone)]"
        lines = doc_lines(doc) + ["#[repr(C)]", derive, f"pub {kind} {rust_name} {{"]
        for fname, rust, fdoc in fields:
            lines += ["    " + l for l in (doc_lines(fdoc) if fdoc else [])]
            field = f"r#{fname}" if fname in RUST_KEYWORDS else fname
            lines.append(f"    pub {field}: {rust},")
        lines.append("}")
        return nested + lines


def fn_ptr(ret, ps):
    tail = "" if ret == "c_void" else f" -> {ret}"
    return f"Option<unsafe extern \"C\" fn({', '.join(f'{n}: {t}' for n, t in ps)}){tail}>"


def opaque(name):
    # The Rustonomicon's opaque-type pattern: unsized-like, !Send, !Sync, !Unpin, never built.
    return ["#[repr(C)]", f"pub struct {name} {{",
            "    _data: [u8; 0],",
            "    _marker: core::marker::PhantomData<(*mut u8, core::marker::PhantomPinned)>,",
            "}"]


def generate(root, generated=None):
    """The bindings text; generated maps header paths to texts about to be written (read
    instead of the files on disk, so a schema change reaches Rust in the same run)."""
    generated = generated or {}
    inc = root / "capi/include/ignis"
    lines = [HEADER_RS.rstrip("\n"),
             "// Raw declarations of the Ignis C API, read from the C headers by "
             "codegen/gen_rust_sys.py.",
             "#![allow(non_camel_case_types, non_upper_case_globals, non_snake_case, dead_code)]",
             "#![allow(clippy::all)]",
             "#![allow(rustdoc::broken_intra_doc_links, rustdoc::invalid_html_tags)]", "",
             "use std::os::raw::{c_char, c_void};", ""]
    fns, seen = [], set()
    for h in HEADERS:
        path = inc / h
        text, consts = preprocess(generated.get(path) or path.read_text(), h)
        lines.append(f"// ---- ignis/{h}")
        for name, value, doc in consts:
            lines += doc_lines(doc) if doc else []
            lines.append(f"pub const {name}: i32 = {value};")
        r = Reader(tokenize(text))
        try:
            r.run()
        except SysError as e:
            raise SysError(f"{h}: {e}") from e
        h_fns = []
        for kind, name, body in r.items:
            if name in seen:
                raise SysError(f"{h}: {name} declared twice")
            seen.add(name)
            if kind == "fn":
                h_fns += body
            else:
                lines += body + [""]
        if h_fns:
            fns.append((h, h_fns))
    for h, body in fns:
        lines += [f"// functions of ignis/{h}", "unsafe extern \"C\" {"]
        lines += ["    " + l for l in body]
        lines += ["}", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def outputs(root, generated=None):
    return {root / "bindings/rust/ignis-sys/src/bindings.gen.rs": generate(root, generated)}
