"""ignis.nn.init: in-place initializers for Parameters (run under no_grad), with PyTorch's
formulas. Random values come from the engine's CPU generator (ignis.manual_seed)."""
import math

from .. import _C
from .._creation import rand, randn
from ..autograd.grad_mode import no_grad


def calculate_gain(nonlinearity, param=None):
    """The recommended gain for a nonlinearity (torch.nn.init.calculate_gain)."""
    linear = [
        "linear",
        "conv1d",
        "conv2d",
        "conv3d",
        "conv_transpose1d",
        "conv_transpose2d",
        "conv_transpose3d",
        "sigmoid",
    ]
    if nonlinearity in linear:
        return 1.0
    if nonlinearity == "tanh":
        return 5.0 / 3
    if nonlinearity == "relu":
        return math.sqrt(2.0)
    if nonlinearity == "leaky_relu":
        slope = 0.01 if param is None else param
        if isinstance(slope, bool) or not isinstance(slope, (int, float)):
            raise ValueError(f"negative_slope {slope} not a valid number")
        return math.sqrt(2.0 / (1 + slope**2))
    if nonlinearity == "selu":
        return 3.0 / 4
    raise ValueError(f"Unsupported nonlinearity {nonlinearity}")


def _calculate_fan_in_and_fan_out(tensor):
    if tensor.dim() < 2:
        raise ValueError(
            "Fan in and fan out can not be computed for tensor with fewer than 2 dimensions"
        )
    receptive = 1
    for s in tensor.shape[2:]:
        receptive *= s
    return tensor.shape[1] * receptive, tensor.shape[0] * receptive


def _fan(tensor, mode):
    if mode not in ("fan_in", "fan_out"):
        raise ValueError(f"Mode {mode} not supported, please use one of fan_in, fan_out")
    fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
    return fan_in if mode == "fan_in" else fan_out


def _fill(tensor, values):
    with no_grad():
        tensor.copy_(values)
    return tensor


def uniform_(tensor, a=0.0, b=1.0):
    """Fills tensor with U(a, b)."""
    return _fill(tensor, rand(tuple(tensor.shape), dtype=_C.float64) * (b - a) + a)


def normal_(tensor, mean=0.0, std=1.0):
    """Fills tensor with N(mean, std^2)."""
    return _fill(tensor, randn(tuple(tensor.shape), dtype=_C.float64) * std + mean)


def trunc_normal_(tensor, mean=0.0, std=1.0, a=-2.0, b=2.0):
    """Fills tensor with N(mean, std^2) truncated to [a, b] (inverse-CDF method, as PyTorch)."""

    def cdf(x):
        return (1.0 + math.erf(x / math.sqrt(2.0))) / 2.0

    lo, hi = cdf((a - mean) / std), cdf((b - mean) / std)
    u = rand(tuple(tensor.shape), dtype=_C.float64) * (2 * hi - 2 * lo) + (2 * lo - 1)
    v = (u.erfinv() * (std * math.sqrt(2.0)) + mean).clamp(a, b)
    return _fill(tensor, v)


def constant_(tensor, val):
    with no_grad():
        return tensor.fill_(val)


def zeros_(tensor):
    return constant_(tensor, 0)


def ones_(tensor):
    return constant_(tensor, 1)


def xavier_uniform_(tensor, gain=1.0):
    fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
    bound = gain * math.sqrt(6.0 / float(fan_in + fan_out))
    return uniform_(tensor, -bound, bound)


def xavier_normal_(tensor, gain=1.0):
    fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
    return normal_(tensor, 0.0, gain * math.sqrt(2.0 / float(fan_in + fan_out)))


def kaiming_uniform_(tensor, a=0, mode="fan_in", nonlinearity="leaky_relu"):
    std = calculate_gain(nonlinearity, a) / math.sqrt(_fan(tensor, mode))
    bound = math.sqrt(3.0) * std
    return uniform_(tensor, -bound, bound)


def kaiming_normal_(tensor, a=0, mode="fan_in", nonlinearity="leaky_relu"):
    std = calculate_gain(nonlinearity, a) / math.sqrt(_fan(tensor, mode))
    return normal_(tensor, 0.0, std)


def orthogonal_(tensor, gain=1.0):
    """Fills tensor (at least 2-D) with a (semi-)orthogonal matrix, as PyTorch: the Q of a
    Gaussian matrix's QR, signs fixed by R's diagonal."""
    if tensor.dim() < 2:
        raise ValueError("Only tensors with 2 or more dimensions are supported")
    rows = tensor.shape[0]
    cols = tensor.numel() // rows
    flat = randn((rows, cols), dtype=_C.float64)
    if rows < cols:
        flat = flat.t()
    q, r = _C.linalg_qr(flat)
    q = q * _diag_sign(r)  # makes the factorization unique, as PyTorch does
    if rows < cols:
        q = q.t()
    return _fill(tensor, (q * gain).reshape(tuple(tensor.shape)))


def _diag_sign(r):
    """The signs of r's diagonal (the Tensor has no diagonal() yet; advanced indexing does it)."""
    n = min(r.shape)
    idx = _C._arange(0, n, 1, _C.int64, "cpu")
    return r[idx, idx].sign()
