"""ignis.optim.Optimizer: PyTorch's optimizer interface over an engine optimizer
(ignis_optimizer_create over the Parameters' tensors). param_groups are live views: reading
'lr' reads the engine (so schedulers' changes show), writing it changes the engine."""
import json
import os
import tempfile
from collections.abc import MutableMapping

from .. import _C
from .._C import Tensor

# Options an engine group may hold; probed per group (each optimizer has a subset).
_ENGINE_KEYS = (
    "lr",
    "momentum",
    "dampening",
    "weight_decay",
    "nesterov",
    "eps",
    "amsgrad",
    "alpha",
    "centered",
    "lr_decay",
    "initial_accumulator_value",
    "rho",
    "maximize",
    "initial_lr",
    "max_lr",
    "min_lr",
    "max_momentum",
    "base_momentum",
)
_FLAGS = {"nesterov", "amsgrad", "centered", "maximize"}
# PyTorch arguments the engine has no option for; accepted when left at PyTorch's default.
_IGNORED = {"foreach": None, "differentiable": False, "capturable": False, "fused": None}


class _ParamGroup(MutableMapping):
    """One parameter group as a dict: 'params', the engine's options (read and written through
    the engine, so a scheduler's lr shows here; 'betas' is the engine's beta1/beta2) and any
    other key the caller stores (kept here)."""

    def __init__(self, opt, index, params, extra):
        self._opt, self._i = opt, index
        self._local = {"params": params, **extra}
        self._betas = self._has("beta1")

    def _has(self, k):
        try:
            self._opt._engine.get_option(self._i, k)
            return True
        except Exception:  # this optimizer (or this group, before a scheduler) has no such option
            return False

    def _engine_keys(self):
        # Probed each time: schedulers add options (initial_lr, ...) after creation.
        keys = [k for k in _ENGINE_KEYS if self._has(k)]
        return keys + (["betas"] if self._betas else [])

    def __getitem__(self, k):
        e = self._opt._engine
        if k == "betas" and self._betas:
            return (e.get_option(self._i, "beta1"), e.get_option(self._i, "beta2"))
        if k in _ENGINE_KEYS and self._has(k):
            v = e.get_option(self._i, k)
            return bool(v) if k in _FLAGS else v
        return self._local[k]

    def __setitem__(self, k, v):
        e = self._opt._engine
        if k == "betas" and self._betas:
            b1, b2 = v
            e.set_option(self._i, "beta1", float(b1))
            e.set_option(self._i, "beta2", float(b2))
        elif k in _ENGINE_KEYS and self._has(k):
            e.set_option(self._i, k, float(v))
        elif k == "params":
            raise ValueError("param_groups[...]['params'] cannot be replaced on an ignis optimizer")
        else:
            self._local[k] = v

    def __delitem__(self, k):
        del self._local[k]

    def __iter__(self):
        keys = list(self._local)
        return iter(keys + [k for k in self._engine_keys() if k not in self._local])

    def __len__(self):
        return sum(1 for _ in self)

    def __repr__(self):
        return repr({k: (f"<{len(v)} params>" if k == "params" else v) for k, v in self.items()})


def _params_list(group):
    ps = group["params"]
    ps = [ps] if isinstance(ps, Tensor) else list(ps)
    for p in ps:
        if not isinstance(p, Tensor):
            raise TypeError(
                f"optimizer can only optimize Tensors, but one of the params is {type(p).__name__}"
            )
    return ps


class Optimizer:
    """Base class: subclasses set _type (the engine's name) and pass PyTorch's arguments."""

    _type = None

    def __init__(self, params, defaults):
        if isinstance(params, Tensor):
            raise TypeError(
                "params argument given to the optimizer should be an iterable of Tensors or "
                f"dicts, but got {type(params).__name__}"
            )
        groups = list(params)
        if not groups:
            raise ValueError("optimizer got an empty parameter list")
        if not isinstance(groups[0], dict):
            groups = [{"params": groups}]
        self.defaults = {k: v for k, v in defaults.items() if k not in _IGNORED}
        for k, v in defaults.items():
            if k in _IGNORED and v != _IGNORED[k]:
                raise ValueError(f"{type(self).__name__}: {k}={v!r} is not supported by ignis")
        self.param_groups = []
        seen = set()
        for i, g in enumerate(groups):
            ps = _params_list(g)
            if any(id(p) in seen for p in ps):
                raise ValueError("some parameters appear in more than one parameter group")
            seen.update(id(p) for p in ps)
            opts = {**self.defaults, **{k: v for k, v in g.items() if k != "params"}}
            text = json.dumps({k: list(v) if isinstance(v, tuple) else v for k, v in opts.items()})
            if i == 0:
                self._engine = _C._Optimizer(self._type, ps, text)
            else:
                self._engine.add_param_group(ps, text)
            extra = {k: v for k, v in g.items() if k != "params" and k not in self.defaults}
            self.param_groups.append(_ParamGroup(self, i, ps, extra))

    def add_param_group(self, group):
        ps = _params_list(group)
        opts = {k: v for k, v in group.items() if k != "params"}
        text = json.dumps({k: list(v) if isinstance(v, tuple) else v for k, v in opts.items()})
        self._engine.add_param_group(ps, text)
        self.param_groups.append(_ParamGroup(self, len(self.param_groups), ps, {}))

    def step(self, closure=None):
        """Updates every parameter that has a gradient; closure (if given) re-evaluates the loss
        first (with grad enabled) and its result is returned."""
        loss = None
        if closure is not None:
            from ..autograd.grad_mode import enable_grad

            with enable_grad():
                loss = closure()
        self._engine.step()
        return loss

    def zero_grad(self, set_to_none=True):
        self._engine.zero_grad(bool(set_to_none))

    def state_dict(self):
        """{'state': {name: Tensor}, 'param_groups': [options with 'params' as indices],
        '_ignis': the engine's metadata}. The engine saves it (a safetensors file, read back)."""
        from ..serialization import _read_file

        fd, path = tempfile.mkstemp(suffix=".safetensors")
        os.close(fd)
        try:
            self._engine.save(path)
            tensors, meta = _read_file(path)
        finally:
            os.unlink(path)
        groups, start = [], 0
        for g in self.param_groups:
            n = len(g["params"])
            d = {k: v for k, v in g.items() if k != "params"}
            d["params"] = list(range(start, start + n))
            start += n
            groups.append(d)
        return {"state": tensors, "param_groups": groups, "_ignis": meta}

    def load_state_dict(self, state_dict):
        """Restores what state_dict() returned (same optimizer type and groups)."""
        from ..serialization import _write_file

        if not isinstance(state_dict, dict) or "_ignis" not in state_dict:
            raise ValueError(
                "load_state_dict: expected the dict an ignis optimizer's state_dict() returned"
            )
        fd, path = tempfile.mkstemp(suffix=".safetensors")
        os.close(fd)
        try:
            _write_file(path, state_dict["state"], state_dict["_ignis"])
            self._engine.load(path)
        finally:
            os.unlink(path)
        for g, saved in zip(self.param_groups, state_dict["param_groups"]):
            for k, v in saved.items():
                if k not in ("params",) and k not in g._engine_keys():
                    g[k] = v

    def __repr__(self):
        lines = [type(self).__name__ + " ("]
        for i, g in enumerate(self.param_groups):
            lines.append(f"Parameter Group {i}")
            for k in sorted(k for k in g if k != "params"):
                lines.append(f"    {k}: {g[k]}")
        return "\n".join(lines) + "\n)"
