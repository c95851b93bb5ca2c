"""The Python-level members of ignis.Tensor: shape and device objects, conversions, NumPy,
the reflected operators the schema has no overload for, autograd conveniences and indexing.
Members that are one engine call live in C++ (bindings/python/src); these add Python's
protocols and PyTorch's argument conventions on top."""
import builtins
import numbers

import numpy as np

from . import _C
from ._C import Tensor
from ._device import device as _device_cls, as_device
from ._size import Size
from . import _functions, _indexing


def _install(fn, name=None):
    setattr(Tensor, name or fn.__name__, fn)
    return fn


# ---- shape, device, conversions
Tensor.shape = property(lambda self: Size(self._shape), doc="The size of each dimension.")
Tensor.device = property(lambda self: _device_cls(self._device_str), doc="Where the data lives.")
Tensor.T = property(lambda self: self.permute(list(range(self.dim() - 1, -1, -1))))
Tensor.mT = property(lambda self: self.transpose(-2, -1))
Tensor.is_cuda = property(lambda self: self._device_str.startswith("cuda"))
Tensor.__hash__ = object.__hash__  # pybind11 drops it once __eq__ is defined
# NumPy defers to Tensor's reflected operators (np.float64(2) * x is a Tensor, as in torch).
Tensor.__array_priority__ = 1000
Tensor.__module__ = "ignis"  # so it prints as ignis.Tensor


@_install
def size(self, dim=None):
    """The shape (an ignis.Size), or the size of one dim."""
    s = self._shape
    if dim is None:
        return Size(s)
    try:
        return s[dim]
    except builtins.IndexError:
        raise builtins.IndexError(
            f"Dimension out of range (expected to be in range of [{-len(s)}, {len(s) - 1}], "
            f"but got {dim})"
        ) from None


def _parse_to(args, kwargs):
    dtype = kwargs.pop("dtype", None)
    dev = kwargs.pop("device", None)
    copy = kwargs.pop("copy", False)
    kwargs.pop("non_blocking", None)
    if kwargs:
        raise TypeError(f"to() got unexpected keyword arguments {sorted(kwargs)}")
    for a in args:
        if isinstance(a, _C.dtype):
            dtype = a
        elif isinstance(a, Tensor):
            dtype, dev = a.dtype, a._device_str
        elif isinstance(a, (str, _device_cls, int)) and not isinstance(a, builtins.bool):
            dev = a
        elif isinstance(a, builtins.bool):
            copy = a
        else:
            raise TypeError(f"to() got an unexpected argument {a!r}")
    return dtype, dev, copy


@_install
def to(self, *args, **kwargs):
    """Converts dtype and/or device: to(dtype), to(device), to(other), copy=True forces a copy."""
    dtype, dev, copy = _parse_to(args, dict(kwargs))
    d = self.dtype if dtype is None else dtype
    dv = self._device_str if dev is None else str(as_device(dev))
    return self._to(d, dv, copy)


def _caster(dt):
    return lambda self: self._to(dt, self._device_str)


for _name, _dt in [
    ("float", _C.float32),
    ("double", _C.float64),
    ("half", _C.float16),
    ("bfloat16", _C.bfloat16),
    ("long", _C.int64),
    ("int", _C.int32),
    ("short", _C.int16),
    ("char", _C.int8),
    ("byte", _C.uint8),
    ("bool", _C.bool),
]:
    setattr(Tensor, _name, _caster(_dt))
Tensor.cpu = lambda self: self._to(self.dtype, "cpu")
Tensor.cuda = lambda self, device=None: self._to(self.dtype, str(as_device(device or "cuda")))
Tensor.type_as = lambda self, other: self._to(other.dtype, self._device_str)
Tensor.view_as = lambda self, other: self.view(other._shape)
Tensor.reshape_as = lambda self, other: self.reshape(other._shape)
Tensor.expand_as = lambda self, other: self.expand(other._shape)
Tensor.t = lambda self: self.transpose(0, 1) if self.dim() == 2 else self
Tensor.narrow = lambda self, dim, start, length: self._slice(dim, start, start + length, 1)
Tensor.swapaxes = Tensor.transpose
Tensor.isclose = lambda self, other, rtol=1e-05, atol=1e-08, equal_nan=False: _functions.isclose(
    self, other, rtol, atol, equal_nan
)
Tensor.allclose = lambda self, other, rtol=1e-05, atol=1e-08, equal_nan=False: (
    _functions.allclose(self, other, rtol, atol, equal_nan)
)
Tensor.equal = lambda self, other: _functions.equal(self, other)


_schema_repeat = Tensor.repeat


@_install
def repeat(self, *sizes):
    """Tiles self: repeat(2, 3) or repeat((2, 3))."""
    if len(sizes) == 1 and not isinstance(sizes[0], numbers.Integral):
        sizes = sizes[0]
    return _schema_repeat(self, list(sizes))


def _new(fn):
    def method(self, size, *, dtype=None, device=None, requires_grad=False):
        from . import _creation

        return getattr(_creation, fn)(
            size,
            dtype=self.dtype if dtype is None else dtype,
            device=self._device_str if device is None else device,
            requires_grad=requires_grad,
        )

    method.__name__ = "new_" + fn
    method.__doc__ = f"A {fn} tensor of the given size with self's dtype and device by default."
    return method


for _fn in ("zeros", "ones", "empty"):
    setattr(Tensor, "new_" + _fn, _new(_fn))


@_install
def new_full(self, size, fill_value, *, dtype=None, device=None, requires_grad=False):
    """A tensor of size filled with fill_value, with self's dtype and device by default."""
    from ._creation import full

    return full(
        size,
        fill_value,
        dtype=self.dtype if dtype is None else dtype,
        device=self._device_str if device is None else device,
        requires_grad=requires_grad,
    )


@_install
def new_tensor(self, data, *, dtype=None, device=None, requires_grad=False):
    """A copy of data as a tensor with self's dtype and device by default."""
    from ._creation import tensor

    return tensor(
        data,
        dtype=self.dtype if dtype is None else dtype,
        device=self._device_str if device is None else device,
        requires_grad=requires_grad,
    )


Tensor.data = property(
    lambda self: self.detach(), doc="The tensor without history (shares memory)."
)


@_install
def fill_(self, value):
    """Writes value into every element, in place."""
    if isinstance(value, Tensor):
        return self.copy_(value)
    return self.copy_(_C._full([], value, self.dtype, self._device_str))


@_install
def zero_(self):
    """Writes 0 into every element, in place."""
    return self.copy_(_C._zeros([], self.dtype, self._device_str))


# ---- NumPy and Python values
@_install
def numpy(self, *, force=False):
    """A NumPy array sharing this CPU tensor's memory (it keeps the tensor alive)."""
    if self.requires_grad:
        if not force:
            raise RuntimeError(
                "Can't call numpy() on Tensor that requires grad. "
                "Use tensor.detach().numpy() instead."
            )
        self = self.detach()
    if force and not self._device_str == "cpu":
        self = self.cpu()
    return self._numpy()


@_install
def __array__(self, dtype=None):
    a = (
        self.detach().cpu()._numpy()
        if self.dtype is not _C.bfloat16
        else self.detach().cpu().float()._numpy()
    )
    return a if dtype is None else a.astype(dtype, copy=False)


@_install
def tolist(self):
    """The elements as (nested) Python lists of numbers."""
    t = self.detach().cpu()
    if t.dtype is _C.bfloat16:
        t = t.float()
    return t._numpy().tolist()


def _one(self, what):
    if self.numel() != 1:
        raise ValueError(f"only one element tensors can be converted to Python {what}")
    return self.item()


Tensor.__float__ = lambda self: builtins.float(_one(self, "scalars"))
Tensor.__int__ = lambda self: builtins.int(_one(self, "scalars"))
Tensor.__complex__ = lambda self: builtins.complex(_one(self, "scalars"))


@_install
def __index__(self):
    if self.is_floating_point() or self.numel() != 1:
        raise TypeError("only integer tensors of a single element can be converted to an index")
    return builtins.int(self.item())


@_install
def __bool__(self):
    if self.numel() != 1:
        raise RuntimeError(f"Boolean value of Tensor with {self.numel()} values is ambiguous")
    return builtins.bool(self.item())


@_install
def __len__(self):
    if self.dim() == 0:
        raise TypeError("len() of a 0-d tensor")
    return self._shape[0]


@_install
def __iter__(self):
    if self.dim() == 0:
        raise TypeError("iteration over a 0-d tensor")
    return (self.select(0, i) for i in range(self._shape[0]))


Tensor.__format__ = lambda self, spec: (
    format(self.item(), spec) if self.dim() == 0 and spec else object.__format__(repr(self), spec)
)
Tensor.__reduce_ex__ = lambda self, proto: (
    _rebuild,
    (self.tolist(), self.dtype.name, self.requires_grad),
)


def _rebuild(data, dtype_name, requires_grad):
    from ._creation import tensor

    return tensor(data, dtype=getattr(_C, dtype_name), requires_grad=requires_grad)


# ---- autograd conveniences
@_install
def requires_grad_(self, requires_grad=True):
    """Sets requires_grad in place and returns self."""
    self.requires_grad = requires_grad
    return self


class _GradFn:
    """The node that produced a tensor (its backward function); name() as in PyTorch."""

    __slots__ = ("_tensor",)

    def __init__(self, t):
        self._tensor = t

    def name(self):
        return self._tensor._grad_fn_name or "Unknown"  # ignis_tensor_grad_fn_name

    def __repr__(self):
        return f"<{self.name()}>"


Tensor.grad_fn = property(
    lambda self: None if self._grad_fn_name is None else _GradFn(self),
    doc="The backward node that produced this tensor (None for leaves).",
)


class _HookHandle:
    """Returned by register_hook; remove() turns the hook off."""

    __slots__ = ("active",)

    def __init__(self):
        self.active = True

    def remove(self):
        self.active = False


@_install
def register_hook(self, hook):
    """Calls hook(grad) during backward; a returned tensor replaces the gradient."""
    if not self.requires_grad:
        raise RuntimeError("cannot register a hook on a tensor that doesn't require gradient")
    handle = _HookHandle()

    def call(grad):
        return hook(grad) if handle.active else None

    self._register_hook(call)
    return handle


# ---- operators
def _scalar_tensor(v, like):
    """A Python number as a 0-dim tensor (for the reflected forms the schema lacks)."""
    if isinstance(v, Tensor):
        return v
    if isinstance(v, (builtins.bool, np.bool_)):
        dt = _C.bool
    elif isinstance(v, numbers.Integral):
        dt = _C.int64
    else:
        from ._creation import get_default_dtype

        dt = like.dtype if like.is_floating_point() else get_default_dtype()
    return _C._full([], v, dt, like._device_str)


def _checked(fn):
    def op(self, other):
        if isinstance(other, (Tensor, numbers.Number, np.generic)):
            return fn(self, other)
        return NotImplemented

    return op


# + - * / // % ** @ & | ^ == != < <= > >= and their in-place forms are generated from the schema
# (bindings/python/src/ops.gen.cpp, returning NotImplemented for other operand types); these are
# the reflected forms the schema has no overload for.
Tensor.__rsub__ = _checked(lambda self, o: _scalar_tensor(o, self).sub(self))
Tensor.__rtruediv__ = _checked(lambda self, o: _scalar_tensor(o, self).div(self))
Tensor.__rfloordiv__ = _checked(lambda self, o: _scalar_tensor(o, self).floor_divide(self))
Tensor.__rmod__ = _checked(lambda self, o: _C.remainder(o, self))
Tensor.__rpow__ = _checked(lambda self, o: _C.pow(o, self))
Tensor.__rmatmul__ = _checked(lambda self, o: _scalar_tensor(o, self).matmul(self))
Tensor.__imatmul__ = lambda self, o: self.copy_(self.matmul(o))
Tensor.__invert__ = Tensor.bitwise_not
Tensor.__neg__ = Tensor.neg
Tensor.__pos__ = lambda self: self
Tensor.__abs__ = Tensor.abs

# ---- indexing
Tensor.__getitem__ = _indexing.getitem
Tensor.__setitem__ = _indexing.setitem
