"""ignis.nn.utils: gradient clipping over the engine (ignis_clip_grad_norm / _value)."""
import math

from .. import _C
from .._C import Tensor
from .._creation import tensor as _tensor


def _params(parameters):
    ps = [parameters] if isinstance(parameters, Tensor) else list(parameters)
    for p in ps:
        if not isinstance(p, Tensor):
            raise TypeError(f"expected Tensors as parameters but got {type(p).__name__}")
    return [p for p in ps if p.grad is not None]


def clip_grad_norm_(parameters, max_norm, norm_type=2.0, error_if_nonfinite=False):
    """Scales the gradients so that their joint norm is at most max_norm; returns the norm
    before clipping (a 0-d tensor, as torch)."""
    ps = _params(parameters)
    norm_type = float(norm_type)
    if not ps:
        return _tensor(0.0)
    total = _C._clip_grad_norm(ps, float(max_norm), norm_type, bool(error_if_nonfinite))
    return _tensor(total)


def clip_grad_value_(parameters, clip_value):
    """Clamps every gradient into [-clip_value, clip_value]."""
    ps = _params(parameters)
    if ps:
        _C._clip_grad_value(ps, float(clip_value))


inf = math.inf
