"""The engine's layers as ignis.nn classes: one Python class per type the C API registers
(ignis_module_types), made at import, with PyTorch's constructor signature taken from the
engine's option list (ignis_module_type_options, in PyTorch's argument order). Each instance owns
an engine module (ignis_module_create with the options as JSON) and exposes its parameters and
buffers as this Module's Parameters and buffers, sharing memory and autograd leaves with the
engine, so state_dict keys match PyTorch and any optimizer updates what the engine computes
with. Types registered later in the engine appear here without a change."""
import json
import re

from .. import _C
from .._C import Tensor
from .module import Module
from .parameter import Parameter

_DTYPE_NAMES = {
    _C.float16: "float16",
    _C.bfloat16: "bfloat16",
    _C.float32: "float32",
    _C.float64: "float64",
}


def _parse_default(text):
    if text is None:
        return None
    if text == "None":
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def _parse_options(text):
    """'in_features: int (required), bias: bool = true' -> [(name, required, default)]."""
    if not text or text.strip() == "(none)":
        return []
    out = []
    for part in re.split(r", (?=\w+: )", text):
        m = re.match(r"(\w+): (.*?)(?: = (.*))?$", part)
        if not m:
            raise RuntimeError(f"ignis.nn: cannot read the engine's option text {part!r}")
        name, kind, default = m.groups()
        out.append((name, "(required)" in kind, _parse_default(default)))
    return out


def _jsonable(name, v):
    if isinstance(v, _C.dtype):
        return _DTYPE_NAMES[v]
    if isinstance(v, Tensor):
        return v.tolist()
    if isinstance(v, tuple):
        return [_jsonable(name, x) for x in v]
    if isinstance(v, list):
        return [_jsonable(name, x) for x in v]
    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    raise TypeError(f"option {name!r}: cannot pass a {type(v).__name__} to the engine")


class _EngineModule(Module):
    """A Module whose computation is an engine module (self._engine)."""

    _type = None  # the engine's type name, set on each generated class
    _options = ()  # [(name, required, default)] from the engine

    def __init__(self, *args, device=None, dtype=None, **kwargs):
        super().__init__()
        names = [n for n, _, _ in self._options]
        if len(args) > len(names):
            raise TypeError(
                f"{self._type}.__init__() takes at most {len(names)} positional arguments "
                f"({', '.join(names) or 'none'}) but {len(args)} were given"
            )
        opts = dict(zip(names, args))
        for k, v in kwargs.items():
            if k not in names:
                raise TypeError(
                    f"{self._type}.__init__() got an unexpected keyword argument '{k}' "
                    f"(it accepts: {', '.join(names) or 'nothing'})"
                )
            if k in opts:
                raise TypeError(f"{self._type}.__init__() got multiple values for argument '{k}'")
            opts[k] = v
        if dtype is not None:
            if "dtype" not in names:
                raise TypeError(f"{self._type} has no parameters, so it takes no dtype")
            opts["dtype"] = dtype
        text = json.dumps({k: _jsonable(k, v) for k, v in opts.items()})
        self.__dict__["_options_json"] = text
        self._attach(_C._Module(self._type, text))
        for n, _, default in self._options:
            if n not in self._parameters and n not in self._buffers and n != "dtype":
                object.__setattr__(self, n, opts.get(n, default))
        if device is not None:
            self.to(device)

    def _attach(self, engine):
        d = self.__dict__
        d["_engine"] = engine
        for name, t in engine.named_parameters(False):
            d["_parameters"][name] = Parameter._share(t)
        for name, t in engine.named_buffers(False):
            d["_buffers"][name] = t
        for name, child in engine.children():
            d["_modules"][name] = _wrap(child)
        d["training"] = engine.is_training()
        # What PyTorch registers as None when an option turns it off (Linear(bias=False).bias,
        # BatchNorm2d(affine=False).weight, track_running_stats=False's running_mean), so code
        # such as `if m.bias is not None` works.
        names = {n for n, _, _ in self._options}
        if names & {"bias", "affine", "elementwise_affine"}:
            for p in ("weight", "bias"):
                d["_parameters"].setdefault(p, None)
        if "track_running_stats" in names:
            for b in ("running_mean", "running_var", "num_batches_tracked"):
                d["_buffers"].setdefault(b, None)

    # Assignments go to the engine too, so its forward computes with the new tensors.
    def _set_parameter(self, name, param):
        if param is None:
            raise TypeError(f"{self._type}: parameter '{name}' of an engine layer cannot be None")
        self._engine.set_parameter(name, param, param.requires_grad)
        super()._set_parameter(name, param)

    def _set_buffer(self, name, tensor):
        if tensor is None:
            raise TypeError(f"{self._type}: buffer '{name}' of an engine layer cannot be None")
        self._engine.set_buffer(name, tensor)
        super()._set_buffer(name, tensor)

    def _on_train(self, mode):
        self._engine.train(mode)

    def _convert(self, dtype, device):
        if dtype is not None:
            self._engine.to_dtype(dtype)
        if device is not None:
            self._engine.to_device(device)
        d = self.__dict__
        for name, t in self._engine.named_parameters(False):
            old = d["_parameters"].get(name)
            if old is None or old.dtype != t.dtype or old._device_str != t._device_str:
                d["_parameters"][name] = Parameter._share(t)
        for name, t in self._engine.named_buffers(False):
            d["_buffers"][name] = t

    def forward(self, *inputs):
        outs = self._engine.forward_n(_flatten(inputs))
        if len(outs) == 1:
            return outs[0]
        nest = _NESTED_RESULTS.get(self._type)
        return nest(outs) if nest else tuple(outs)

    # pickle and copy.deepcopy: the engine module is made anew from the same options, then gets
    # the state (dtype, values, requires_grad) of the original.
    _ENGINE_KEYS = ("_engine", "_parameters", "_buffers", "_modules")

    def __getstate__(self):
        if "_options_json" not in self.__dict__:
            raise TypeError(
                f"{self._type}: a layer inside an engine layer cannot be copied by itself; copy "
                "its parent"
            )
        state = {k: v for k, v in self.__dict__.items() if k not in self._ENGINE_KEYS}
        sd = self._engine_state()
        state["_ignis_engine_state"] = {k: (t.detach(), t.requires_grad) for k, t in sd.items()}
        return state

    def __setstate__(self, state):
        state = dict(state)
        saved = state.pop("_ignis_engine_state")
        Module.__init__(self)
        self.__dict__.update(state)
        engine = _C._Module(self._type, self._options_json)
        floating = [t.dtype for t, _ in saved.values() if t.is_floating_point()]
        if floating and floating[0] is not _C.float32:
            engine.to_dtype(floating[0])
        self._attach(engine)
        from ..autograd.grad_mode import no_grad

        with no_grad():
            for k, t in self._engine_state().items():
                src, rg = saved[k]
                t.copy_(src)
                if t.is_leaf and t.requires_grad != rg:
                    t.requires_grad = rg
        self.__dict__["training"] = state.get("training", True)  # _attach read the new engine's
        engine.train(self.training)

    def _engine_state(self):
        named = self._engine.named_parameters(True) + self._engine.named_buffers(True)
        return dict(named)

    def extra_repr(self):
        text = self._engine.repr()
        first = text.split("\n", 1)[0]
        if "\n" in text or not first.endswith(")") or "(" not in first:
            return ""
        return first[first.index("(") + 1 : -1]

    def __repr__(self):
        if self._modules:
            return Module.__repr__(self)
        return f"{self._get_name()}({self.extra_repr()})"


# The C API flattens nested results in order (nn.h: (output, (h, c)) -> output, h, c); these
# types get PyTorch's nesting back. Flat tuples (GRU's (output, h)) need no entry.
_NESTED_RESULTS = {"LSTM": lambda o: (o[0], (o[1], o[2]))}


def _flatten(inputs):
    """Nested tuples of tensors in (an LSTM's (h0, c0)) are passed flat, in order, as the C API
    takes them; None stays None (an optional input left out)."""
    out = []
    for x in inputs:
        if isinstance(x, (tuple, list)):
            out.extend(_flatten(x))
        else:
            out.append(x)
    return out


_CLASSES = {}


def _wrap(engine):
    """A Python module for an engine module that already exists (a child of an engine layer)."""
    cls = _CLASSES.get(engine.type(), _EngineModule)
    m = cls.__new__(cls)
    Module.__init__(m)
    m._attach(engine)
    return m


def _make_classes():
    for name in _C._module_types():
        if name in ("Sequential", "ModuleList", "ModuleDict"):
            continue  # Python containers (container.py) hold Python and engine modules alike
        opts = _parse_options(_C._module_type_options(name))
        sig = ", ".join(n + ("" if req else f"={d!r}") for n, req, d in opts)
        _CLASSES[name] = type(
            name,
            (_EngineModule,),
            {
                "_type": name,
                "_options": tuple(opts),
                "__module__": "ignis.nn",
                "__doc__": f"{name}({sig}): the engine's {name} (torch.nn.{name}'s arguments).",
            },
        )
    return _CLASSES


_make_classes()
