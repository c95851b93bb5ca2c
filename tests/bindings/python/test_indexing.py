"""Indexing and assignment against torch: ints, slices with steps, None, ..., integer and
boolean tensors, lists, their mixtures; views share memory; errors are IndexError."""
import pytest
import torch

import ignis
from conftest import assert_close, from_torch


def idx(key):
    """The same key for both libraries (tensors in the key converted)."""

    def conv(k, lib):
        if isinstance(k, torch.Tensor):
            return k if lib == "torch" else from_torch(k)
        return k

    if isinstance(key, tuple):
        return tuple(conv(k, "torch") for k in key), tuple(conv(k, "ignis") for k in key)
    return conv(key, "torch"), conv(key, "ignis")


KEYS = [
    0,
    -1,
    (1, 2),
    (slice(None), 1),
    slice(1, None),
    slice(None, None, 2),
    slice(-3, -1),
    slice(10, 20),
    (slice(None), slice(None, None, 3)),
    (Ellipsis, 1),
    (None, 0),
    (slice(None), None, 2),
    (0, Ellipsis, None),
    (Ellipsis,),
    (1, slice(2, 0)),
    [0, 2],
    ([0, 2], [1, 3]),
    (slice(None), [3, 0, 1]),
    torch.tensor([2, 0]),
    torch.tensor([[0, 1], [2, 2]]),
    (torch.tensor([0, 2]), slice(None), torch.tensor([1, 4])),
    (slice(None), torch.tensor([0, 1]), torch.tensor([2, 3])),
    (0, slice(None), [1, 2]),
    (slice(None), [0, 1], 2),
    (Ellipsis, [1]),
    (None, [0, 1]),
    (-1, [-1, -2]),
    torch.tensor([True, False, True]),
    (slice(None), torch.tensor([True, False, True, False])),
    torch.randn(3, 4) > 0,
    torch.randn(3, 4, 5) > 0,
    (torch.tensor([True, False, True]), 1),
]


@pytest.mark.parametrize("key", KEYS, ids=[str(i) for i in range(len(KEYS))])
def test_getitem_matches_torch(key):
    x = torch.arange(60).reshape(3, 4, 5)
    tk, ik = idx(key)
    assert_close(from_torch(x)[ik], x[tk])


def test_basic_indexing_gives_views():
    x = ignis.zeros(3, 4)
    x[1][2] = 5
    x[:, 0] = 1
    x[0, ::2] = ignis.tensor([7.0, 8.0])
    assert (
        x.tolist()
        == torch.tensor([[7, 0, 8, 0], [1, 0, 5, 0], [1, 0, 0, 0]], dtype=torch.float32).tolist()
    )


@pytest.mark.parametrize("key", KEYS, ids=[str(i) for i in range(len(KEYS))])
def test_setitem_scalar_matches_torch(key):
    x = torch.arange(60).reshape(3, 4, 5)
    y = from_torch(x)
    tk, ik = idx(key)
    x[tk] = -7
    y[ik] = -7
    assert_close(y, x)


@pytest.mark.parametrize("key", KEYS, ids=[str(i) for i in range(len(KEYS))])
def test_setitem_tensor_matches_torch(key):
    x = torch.arange(60).reshape(3, 4, 5)
    y = from_torch(x)
    tk, ik = idx(key)
    v = torch.arange(x[tk].numel()).reshape(x[tk].shape) + 100
    x[tk] = v
    y[ik] = from_torch(v)
    assert_close(y, x)


def test_setitem_broadcasts_and_converts():
    x = ignis.zeros(2, 3)
    x[:, 1:] = ignis.tensor([1, 2])  # int64 into float32, broadcast over rows
    assert x.tolist() == [[0.0, 1.0, 2.0], [0.0, 1.0, 2.0]]
    x[x > 1] = 9
    assert x.tolist() == [[0.0, 1.0, 9.0], [0.0, 1.0, 9.0]]


def test_index_errors():
    x = ignis.zeros(3, 4)
    with pytest.raises(IndexError, match="out of range"):
        x[3]
    with pytest.raises(IndexError, match="out of bounds"):
        x[:, -5]
    with pytest.raises(IndexError, match="out of bounds"):
        x[ignis.tensor([0, 3])]
    with pytest.raises(IndexError, match="too many indices"):
        x[0, 0, 0]
    with pytest.raises(IndexError, match="mask"):
        x[ignis.tensor([True, False])]
    with pytest.raises(IndexError, match="long, int, byte or bool"):
        x[ignis.tensor([0.5])]
    with pytest.raises(TypeError):
        x["a"]
    with pytest.raises(ValueError, match="step"):
        x[::-1]


def test_indexing_is_differentiable():
    a = torch.randn(4, 5, requires_grad=True)
    b = from_torch(a, requires_grad=True)
    (a[1:, [0, 2]] * 3).sum().backward()
    (b[1:, [0, 2]] * 3).sum().backward()
    assert_close(b.grad, a.grad)
