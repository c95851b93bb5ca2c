"""Free-function forms of Tensor members that are not schema ops (views and copies come from
the C API's tensor.h), under PyTorch's names."""
from . import _C


def concat(tensors, dim=0):
    return _C.cat(tensors, dim)


concatenate = concat


def reshape(input, shape):
    return input.reshape(shape)


def transpose(input, dim0, dim1):
    return input.transpose(dim0, dim1)


swapaxes = transpose


def permute(input, dims):
    return input.permute(dims)


def squeeze(input, dim=None):
    return input.squeeze(dim)


def unsqueeze(input, dim):
    return input.unsqueeze(dim)


def flatten(input, start_dim=0, end_dim=-1):
    return input.flatten(start_dim, end_dim)


def t(input):
    return input.t()


def narrow(input, dim, start, length):
    return input.narrow(dim, start, length)


def select(input, dim, index):
    return input.select(dim, index)


def clone(input):
    return input.clone()


def detach(input):
    return input.detach()


def numel(input):
    return input.numel()


def isclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    """|input - other| <= atol + rtol * |other| elementwise (bool); infinities equal themselves."""
    close = input.eq(other) | ((input - other).abs() <= atol + rtol * other.abs())
    if equal_nan:
        close = close | (input.isnan() & other.isnan())
    return close


def allclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    """True when isclose holds for every element."""
    return bool(isclose(input, other, rtol, atol, equal_nan).all().item())


def equal(input, other):
    """True when both have the same shape and the same elements."""
    return tuple(input.shape) == tuple(other.shape) and bool(input.eq(other).all().item())
