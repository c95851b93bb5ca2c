"""default_collate: merges a list of examples into a batch as torch's default_collate does
(tensors stacked, numbers into tensors, tuples/lists and dicts field by field)."""
import numbers

import numpy as np

from ... import _C
from ..._C import Tensor


def default_collate(batch):
    first = batch[0]
    if isinstance(first, Tensor):
        shapes = {tuple(t.shape) for t in batch}
        if len(shapes) != 1:
            raise RuntimeError(
                f"default_collate: stack expects each tensor to be equal size, but got "
                f"{sorted(shapes)}"
            )
        return _C.stack(list(batch), 0)
    if isinstance(first, np.ndarray):
        from ..._creation import tensor

        return default_collate([tensor(a) for a in batch])
    if isinstance(first, bool):
        from ..._creation import tensor

        return tensor(list(batch), dtype=_C.bool)
    if isinstance(first, numbers.Integral):
        from ..._creation import tensor

        return tensor(list(batch), dtype=_C.int64)
    if isinstance(first, numbers.Real):
        from ..._creation import tensor

        return tensor(list(batch), dtype=_C.float64)
    if isinstance(first, (str, bytes)):
        return list(batch)
    if isinstance(first, dict):
        return {k: default_collate([d[k] for d in batch]) for k in first}
    if isinstance(first, tuple) and hasattr(first, "_fields"):  # namedtuple
        return type(first)(*(default_collate(list(s)) for s in zip(*batch)))
    if isinstance(first, (tuple, list)):
        if any(len(e) != len(first) for e in batch):
            raise RuntimeError("each element in list of batch should be of equal size")
        return [default_collate(list(s)) for s in zip(*batch)]
    raise TypeError(
        "default_collate: batch must contain tensors, numpy arrays, numbers, dicts or lists; "
        f"found {type(first).__name__}"
    )
