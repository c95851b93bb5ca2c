"""Shared helpers of the Python binding's tests: conversions to torch (the reference, Debian's
torch 1.13) and a comparison that names what differs."""
import numpy as np
import pytest
import torch

import ignis


def to_torch(t):
    """An ignis tensor's values as a torch tensor (a copy)."""
    if t.dtype is ignis.bfloat16:
        return torch.from_numpy(t.float().detach().numpy().copy()).bfloat16()
    return torch.from_numpy(t.detach().numpy().copy())


def from_torch(t, requires_grad=False):
    """A torch tensor's values as an ignis tensor (a copy)."""
    r = ignis.tensor(t.detach().numpy())
    return r.requires_grad_() if requires_grad else r


def assert_close(actual, expected, rtol=1e-5, atol=1e-6, check_dtype=True):
    """actual (ignis) equals expected (torch) in shape, dtype name and values."""
    assert isinstance(actual, ignis.Tensor), f"expected an ignis.Tensor but got {type(actual)}"
    assert tuple(actual.shape) == tuple(
        expected.shape
    ), f"shape {tuple(actual.shape)} != torch's {tuple(expected.shape)}"
    if check_dtype:
        assert actual.dtype.name == str(expected.dtype).replace(
            "torch.", ""
        ), f"dtype {actual.dtype} != torch's {expected.dtype}"
    a = to_torch(actual)
    torch.testing.assert_close(a.to(expected.dtype), expected, rtol=rtol, atol=atol, equal_nan=True)


@pytest.fixture(autouse=True)
def _seeded():
    ignis.manual_seed(0)
    np.random.seed(0)
    torch.manual_seed(0)
