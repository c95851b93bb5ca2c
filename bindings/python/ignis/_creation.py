"""Tensor creation: tensor, as_tensor, zeros, ones, full, arange, linspace, eye, rand, randn,
randint and the *_like forms, with PyTorch's dtype inference (Python floats give the default
float dtype, ints int64, bools bool)."""
import builtins
import numbers

import numpy as np

from . import _C
from ._C import Tensor
from ._device import as_device

float = _C.float32
double = _C.float64
half = _C.float16
long = _C.int64
int = _C.int32
short = _C.int16

_default_dtype = _C.float32
_NUMPY_TO_DTYPE = {
    np.dtype("bool"): _C.bool,
    np.dtype("uint8"): _C.uint8,
    np.dtype("int8"): _C.int8,
    np.dtype("int16"): _C.int16,
    np.dtype("int32"): _C.int32,
    np.dtype("int64"): _C.int64,
    np.dtype("float16"): _C.float16,
    np.dtype("float32"): _C.float32,
    np.dtype("float64"): _C.float64,
}


def get_default_dtype():
    """The dtype Python floats become (float32 unless changed)."""
    return _default_dtype


def set_default_dtype(d):
    """Sets the default floating dtype (float32 or float64) for Python and the engine."""
    global _default_dtype
    if d not in (_C.float32, _C.float64):
        raise TypeError(f"set_default_dtype: expected ignis.float32 or ignis.float64 but got {d}")
    _C.set_default_dtype(d)
    _default_dtype = d


def is_tensor(obj):
    return isinstance(obj, Tensor)


def is_floating_point(t):
    return t.is_floating_point()


def _sizes(size):
    """PyTorch's size arguments: f(2, 3), f((2, 3)), f([2, 3]) or f(ignis.Size)."""
    if len(size) == 1 and not isinstance(size[0], numbers.Integral):
        size = size[0]
    out = []
    for s in size:
        if isinstance(s, Tensor):
            s = s.item()
        if not isinstance(s, numbers.Integral) or isinstance(s, builtins.bool):
            raise TypeError(f"expected a sequence of ints as the size but got {size!r}")
        out.append(builtins.int(s))
    return out


def _finish(t, dtype, device, requires_grad):
    if dtype is not None and t.dtype is not dtype:
        t = t._to(dtype, t._device_str)
    if device is not None:
        dev = as_device(device)
        if str(dev) != t._device_str:
            t = t._to(t.dtype, str(dev))
    if requires_grad:
        t.requires_grad_(True)
    return t


def _infer_scalar_dtype(v):
    if isinstance(v, (builtins.bool, np.bool_)):
        return _C.bool
    if isinstance(v, numbers.Integral):
        return _C.int64
    return _default_dtype


def tensor(data, *, dtype=None, device=None, requires_grad=False):
    """A new tensor holding a copy of data (nested lists, numbers, NumPy arrays or tensors)."""
    if isinstance(data, Tensor):
        return _finish(data.detach().clone(), dtype, device, requires_grad)
    from_numpy = isinstance(data, (np.ndarray, np.generic))
    arr = np.asarray(data)
    if arr.dtype == object:
        arr = np.asarray(data, dtype=np.float64)
    if arr.dtype not in _NUMPY_TO_DTYPE:
        if arr.dtype.kind in "iu":
            arr = arr.astype(np.int64)
        elif arr.dtype.kind == "f":
            arr = arr.astype(np.float64)
        else:
            raise TypeError(f"tensor(): can't convert data of NumPy dtype {arr.dtype}")
    if not from_numpy and arr.dtype == np.float64 and dtype is None:
        dtype = _default_dtype  # Python floats give the default dtype, as in PyTorch
    if arr.size == 0 and not from_numpy and dtype is None:
        dtype = _default_dtype
    t = _C._from_numpy_copy(np.require(arr, requirements="C"))  # keeps 0-d arrays 0-d
    return _finish(t, dtype, device, requires_grad)


def as_tensor(data, dtype=None, device=None):
    """data as a tensor, sharing memory when it already is one (or a CPU NumPy array) of the
    requested dtype and device."""
    if isinstance(data, Tensor):
        return _finish(data, dtype, device, False)
    if isinstance(data, np.ndarray) and data.dtype in _NUMPY_TO_DTYPE:
        try:
            return _finish(_C.from_numpy(data), dtype, device, False)
        except ValueError:  # negative or odd strides: copy
            pass
    return tensor(data, dtype=dtype, device=device)


asarray = as_tensor


def _factory(fn, size, dtype, device, requires_grad, default=None):
    d = dtype if dtype is not None else (default or _default_dtype)
    t = fn(_sizes(size), d, str(as_device(device)))
    if requires_grad:
        t.requires_grad_(True)
    return t


def zeros(*size, dtype=None, device=None, requires_grad=False):
    """A tensor of zeros of the given size."""
    return _factory(_C._zeros, size, dtype, device, requires_grad)


def ones(*size, dtype=None, device=None, requires_grad=False):
    """A tensor of ones of the given size."""
    return _factory(_C._ones, size, dtype, device, requires_grad)


def empty(*size, dtype=None, device=None, requires_grad=False):
    """An uninitialized tensor of the given size."""
    return _factory(_C._empty, size, dtype, device, requires_grad)


def rand(*size, dtype=None, device=None, requires_grad=False):
    """Uniform samples in [0, 1) from the default generator (ignis.manual_seed)."""
    return _factory(_C._rand, size, dtype, device, requires_grad)


def randn(*size, dtype=None, device=None, requires_grad=False):
    """Standard normal samples from the default generator."""
    return _factory(_C._randn, size, dtype, device, requires_grad)


def full(size, fill_value, *, dtype=None, device=None, requires_grad=False):
    """A tensor of the given size filled with fill_value (dtype inferred from it)."""
    if isinstance(fill_value, Tensor):
        fill_value = fill_value.item()
    d = dtype if dtype is not None else _infer_scalar_dtype(fill_value)
    t = _C._full(_sizes((size,)), fill_value, d, str(as_device(device)))
    if requires_grad:
        t.requires_grad_(True)
    return t


def arange(start, end=None, step=1, *, dtype=None, device=None, requires_grad=False):
    """start, start+step, ... below end (arange(n) counts from 0)."""
    if end is None:
        start, end = 0, start
    vals = [v.item() if isinstance(v, Tensor) else v for v in (start, end, step)]
    if dtype is None:
        integral = all(isinstance(v, numbers.Integral) for v in vals)
        dtype = _C.int64 if integral else _default_dtype
    t = _C._arange(*vals, dtype, str(as_device(device)))
    if requires_grad:
        t.requires_grad_(True)
    return t


def linspace(start, end, steps, *, dtype=None, device=None, requires_grad=False):
    """steps values evenly spaced from start to end inclusive."""
    t = _C._linspace(start, end, steps, dtype or _default_dtype, str(as_device(device)))
    if requires_grad:
        t.requires_grad_(True)
    return t


def eye(n, m=None, *, dtype=None, device=None, requires_grad=False):
    """The n x m identity matrix (m defaults to n)."""
    t = _C._eye(n, -1 if m is None else m, dtype or _default_dtype, str(as_device(device)))
    if requires_grad:
        t.requires_grad_(True)
    return t


def randint(low=0, high=None, size=None, *, dtype=None, device=None, requires_grad=False):
    """Integers uniform in [low, high): randint(high, size) or randint(low, high, size)."""
    if size is None:
        if high is None or not isinstance(high, (tuple, list)):
            raise TypeError("randint(): expected randint(high, size) or randint(low, high, size)")
        low, high, size = 0, low, high
    t = _C._randint(low, high, _sizes((size,)), dtype or _C.int64, str(as_device(device)))
    if requires_grad:
        t.requires_grad_(True)
    return t


def _like(fn, t, dtype, device, requires_grad, *extra):
    d = dtype if dtype is not None else t.dtype
    dev = t._device_str if device is None else str(as_device(device))
    out = fn(list(t._shape), *extra, d, dev)
    if requires_grad:
        out.requires_grad_(True)
    return out


def zeros_like(input, *, dtype=None, device=None, requires_grad=False):
    return _like(_C._zeros, input, dtype, device, requires_grad)


def ones_like(input, *, dtype=None, device=None, requires_grad=False):
    return _like(_C._ones, input, dtype, device, requires_grad)


def empty_like(input, *, dtype=None, device=None, requires_grad=False):
    return _like(_C._empty, input, dtype, device, requires_grad)


def full_like(input, fill_value, *, dtype=None, device=None, requires_grad=False):
    return _like(_C._full, input, dtype, device, requires_grad, fill_value)


def rand_like(input, *, dtype=None, device=None, requires_grad=False):
    return _like(_C._rand, input, dtype, device, requires_grad)


def randn_like(input, *, dtype=None, device=None, requires_grad=False):
    return _like(_C._randn, input, dtype, device, requires_grad)


def randint_like(input, low=0, high=None, *, dtype=None, device=None, requires_grad=False):
    if high is None:
        low, high = 0, low
    d = dtype if dtype is not None else input.dtype
    dev = input._device_str if device is None else str(as_device(device))
    return _C._randint(low, high, list(input._shape), d, dev)
