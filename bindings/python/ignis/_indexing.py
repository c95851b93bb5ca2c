"""Tensor indexing with PyTorch's semantics: ints, slices with steps, None, ..., integer and
boolean tensors, and lists. Basic indices (ints, slices, None) give views (select, slice,
unsqueeze); advanced ones (integer/boolean tensors, lists) gather with index_select over the
indexed dims flattened together, and assignment writes with index_put_. Integers are applied
as selects first, as PyTorch does (x[0, :, [1, 2]] has shape (4, 2) for a (3, 4, 5) x)."""
import builtins
import numbers

import numpy as np

from . import _C
from ._C import Tensor


def _to_index_tensor(k):
    from ._creation import tensor

    t = tensor(k)
    if t.numel() == 0:
        t = t.long()
    return t


def _normalize(t, key):
    """The key as a list of None, int, slice or Tensor items, with ... expanded."""
    if not isinstance(key, tuple):
        key = (key,)
    items = []
    for k in key:
        if isinstance(k, (list, np.ndarray)):
            k = _to_index_tensor(k)
        elif isinstance(k, builtins.bool):
            raise TypeError("indexing with a Python bool is not supported; use a bool tensor")
        elif isinstance(k, np.integer):
            k = builtins.int(k)
        elif not (k is None or k is Ellipsis or isinstance(k, (numbers.Integral, slice, Tensor))):
            raise TypeError(
                "only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables "
                f"are valid indices (got {type(k).__name__})"
            )
        items.append(k)
    used = 0
    for k in items:
        if isinstance(k, Tensor) and k.dtype in (_C.bool, _C.uint8):
            used += k.dim()
        elif k is not None and k is not Ellipsis:
            used += 1
    if used > t.dim():
        raise IndexError(f"too many indices for tensor of dimension {t.dim()}")
    if sum(1 for k in items if k is Ellipsis) > 1:
        raise IndexError("an index can only have a single ellipsis ('...')")
    out = []
    for k in items:
        if k is Ellipsis:
            out += [slice(None)] * (t.dim() - used)
        else:
            out.append(k)
    return out


def _apply_basic(t, items):
    """Applies ints, slices and None as views; returns the view and the advanced indices as
    (dim in the view, int64 index tensor) pairs."""
    v, dim, adv = t, 0, []
    for k in items:
        if k is None:
            v = v.unsqueeze(dim)
            dim += 1
        elif isinstance(k, numbers.Integral):
            size = v._shape[dim]
            if k < -size or k >= size:
                raise IndexError(f"index {k} is out of bounds for dimension {dim} with size {size}")
            v = v.select(dim, k)
        elif isinstance(k, slice):
            step = 1 if k.step is None else k.step
            if step <= 0:
                raise ValueError("step must be greater than zero")
            start, stop, step = k.indices(v._shape[dim])
            v = v._slice(dim, start, max(start, stop), step)
            dim += 1
        elif k.dtype in (_C.bool, _C.uint8):
            shape = v._shape[dim : dim + k.dim()]
            if tuple(k._shape) != tuple(shape):
                raise IndexError(
                    f"The shape of the mask {list(k._shape)} at index {dim} does not match the "
                    f"shape of the indexed tensor {list(shape)}"
                )
            nz = k.nonzero()
            for j in range(k.dim()):
                adv.append((dim + j, nz.select(1, j)))
            dim += k.dim()
        elif k.is_floating_point():
            raise IndexError("tensors used as indices must be long, int, byte or bool tensors")
        else:
            adv.append((dim, k if k.dtype is _C.int64 else k.long()))
            dim += 1
    return v, adv


def _prepare_advanced(v, adv):
    """Permutes the indexed dims of v to the front; returns the permuted view, the wrapped
    broadcast index tensors, their shape, and the permutation that puts the result's dims back
    in PyTorch's order (None when none is needed)."""
    dims = [d for d, _ in adv]
    shape = tuple(np.broadcast_shapes(*[tuple(i._shape) for _, i in adv]))
    idx = []
    for d, ix in adv:
        size = v._shape[d]
        if ix.numel() and ((ix >= size) | (ix < -size)).any().item():
            bad = ix.masked_select((ix >= size) | (ix < -size)).select(0, 0).item()
            raise IndexError(f"index {bad} is out of bounds for dimension {d} with size {size}")
        idx.append(ix.remainder(size).expand(shape) if size else ix.expand(shape))
    rest = [d for d in range(v.dim()) if d not in dims]
    p = v.permute(dims + rest)
    adjacent = dims == list(range(dims[0], dims[0] + len(dims)))
    order = None
    if adjacent and dims[0] > 0:
        nb = len(shape)
        order = (
            list(range(nb, nb + dims[0]))
            + list(range(nb))
            + list(range(nb + dims[0], nb + len(rest)))
        )
    return p, idx, shape, order


def getitem(self, key):
    if type(key) is int:  # the common x[i]: one engine call (select checks the range)
        return self.select(0, key)
    v, adv = _apply_basic(self, _normalize(self, key))
    if not adv:
        return v
    p, idx, shape, order = _prepare_advanced(v, adv)
    k = len(idx)
    sizes = p._shape[:k]
    lin = idx[0]
    for i in range(1, k):
        lin = lin * sizes[i] + idx[i]
    n = 1
    for s in sizes:
        n *= s
    rest = list(p._shape[k:])
    out = p.reshape([n] + rest).index_select(0, lin.reshape(-1)).reshape(list(shape) + rest)
    return out.permute(order) if order else out


def setitem(self, key, value):
    if (
        isinstance(key, Tensor)
        and key.dtype is _C.bool
        and not isinstance(value, Tensor)
        and tuple(key._shape) == tuple(self._shape)
    ):
        self.masked_fill_(key, value)  # the common x[mask] = 0
        return
    v, adv = _apply_basic(self, _normalize(self, key))
    if not isinstance(value, Tensor):
        value = (
            _C._full([], value, self.dtype, self._device_str)
            if isinstance(value, numbers.Number)
            else _to_index_tensor(value)
        )
    if not adv:
        v.copy_(value)
        return
    p, idx, shape, order = _prepare_advanced(v, adv)
    target = list(shape) + list(p._shape[len(idx) :])
    if order:
        user = [target[o] for o in order]
        inverse = [order.index(i) for i in range(len(order))]
        value = value.expand(user).permute(inverse)
    else:
        value = value.expand(target)
    p.index_put_(idx, value.to(self.dtype))
