"""Creation functions, dtypes, devices, shapes and Python conversions against torch."""
import numpy as np
import pytest
import torch

import ignis
from conftest import assert_close

DTYPES = [
    "bool",
    "uint8",
    "int8",
    "int16",
    "int32",
    "int64",
    "float16",
    "bfloat16",
    "float32",
    "float64",
]


@pytest.mark.parametrize("name", DTYPES)
def test_dtype_objects_match_torch(name):
    d, t = getattr(ignis, name), getattr(torch, name)
    assert d.is_floating_point == t.is_floating_point
    assert d.itemsize == torch.empty((), dtype=t).element_size()
    assert repr(d) == f"ignis.{name}"
    assert getattr(ignis, name) is d  # singletons


def test_dtype_aliases():
    assert ignis.float is ignis.float32 and ignis.double is ignis.float64
    assert ignis.long is ignis.int64 and ignis.int is ignis.int32 and ignis.half is ignis.float16


@pytest.mark.parametrize(
    "data", [[1.5, 2, 3], [[1, 2], [3, 4]], [True, False], 3, 2.5, [], [[1.0], [2.0]]]
)
def test_tensor_infers_dtype_like_torch(data):
    assert_close(ignis.tensor(data), torch.tensor(data))


def test_tensor_with_dtype_and_requires_grad():
    t = ignis.tensor([1, 2, 3], dtype=ignis.float64, requires_grad=True)
    assert t.dtype is ignis.float64 and t.requires_grad and t.is_leaf
    assert_close(
        ignis.tensor([1.25, 2.5], dtype=ignis.bfloat16),
        torch.tensor([1.25, 2.5], dtype=torch.bfloat16),
    )


def test_tensor_from_numpy_keeps_numpy_dtype_and_copies():
    a = np.arange(6, dtype=np.float64).reshape(2, 3)
    t = ignis.tensor(a)
    assert t.dtype is ignis.float64
    a[0, 0] = 100
    assert t[0, 0].item() == 0.0


@pytest.mark.parametrize("fn", ["zeros", "ones", "empty", "rand", "randn"])
def test_size_forms(fn):
    for args in [(2, 3), ((2, 3),), ([2, 3],), (ignis.Size([2, 3]),)]:
        t = getattr(ignis, fn)(*args)
        assert t.shape == (2, 3) and t.dtype is ignis.float32
    assert getattr(ignis, fn)(4, dtype=ignis.float64).dtype is ignis.float64


def test_factories_values():
    assert_close(ignis.zeros(2, 3, dtype=ignis.int32), torch.zeros(2, 3, dtype=torch.int32))
    assert_close(ignis.ones(3), torch.ones(3))
    assert_close(ignis.full((2, 2), 7), torch.full((2, 2), 7))
    assert_close(ignis.full((2,), 1.5), torch.full((2,), 1.5))
    assert_close(ignis.full((2,), True), torch.full((2,), True))
    assert_close(ignis.arange(5), torch.arange(5))
    assert_close(ignis.arange(1, 4, 0.5), torch.arange(1, 4, 0.5))
    assert_close(ignis.arange(10, 0, -3), torch.arange(10, 0, -3))
    assert_close(ignis.linspace(0, 1, 5), torch.linspace(0, 1, 5))
    assert_close(ignis.eye(3), torch.eye(3))
    assert_close(ignis.eye(2, 4), torch.eye(2, 4))


def test_random_ranges_and_seed():
    r = ignis.rand(1000)
    assert 0 <= r.min().item() and r.max().item() < 1
    n = ignis.randn(10000)
    assert abs(n.mean().item()) < 0.05 and abs(n.std().item() - 1) < 0.05
    i = ignis.randint(3, 7, (100,))
    assert i.dtype is ignis.int64 and i.min().item() >= 3 and i.max().item() < 7
    assert ignis.randint(5, (3,)).shape == (3,)
    ignis.manual_seed(42)
    a = ignis.randn(5)
    ignis.manual_seed(42)
    assert ignis.equal(a, ignis.randn(5))


def test_like_functions():
    x = ignis.ones(2, 3, dtype=ignis.float64)
    for fn in ["zeros_like", "ones_like", "empty_like", "rand_like", "randn_like"]:
        y = getattr(ignis, fn)(x)
        assert y.shape == (2, 3) and y.dtype is ignis.float64
    assert ignis.full_like(x, 4).tolist() == [[4.0] * 3] * 2
    assert ignis.zeros_like(x, dtype=ignis.int32).dtype is ignis.int32
    assert ignis.randint_like(x, 5).max().item() < 5


def test_shape_size_dim_numel_item_tolist():
    t = ignis.arange(24).reshape(2, 3, 4)
    assert isinstance(t.shape, ignis.Size) and t.shape == (2, 3, 4)
    assert repr(t.shape) == "ignis.Size([2, 3, 4])"
    assert t.size() == (2, 3, 4) and t.size(1) == 3 and t.size(-1) == 4
    assert t.dim() == 3 and t.ndim == 3 and t.numel() == 24 and t.shape.numel() == 24
    assert t.stride() == (12, 4, 1)
    assert t[1, 2, 3].item() == 23 and isinstance(t[0, 0, 0].item(), int)
    assert isinstance(ignis.tensor(1.5).item(), float)
    assert ignis.tensor(True).item() is True
    assert t.tolist() == torch.arange(24).reshape(2, 3, 4).tolist()
    assert len(t) == 2 and [r.shape for r in t] == [(3, 4), (3, 4)]
    assert float(ignis.tensor([2.5])) == 2.5 and int(ignis.tensor(3)) == 3
    assert [0, 1, 2][ignis.tensor(1)] == 1
    with pytest.raises(IndexError):
        t.size(3)


def test_device():
    t = ignis.zeros(2)
    assert t.device == ignis.device("cpu") and str(t.device) == "cpu"
    assert repr(ignis.device("cuda:1")) == "device(type='cuda', index=1)"
    assert ignis.device("cuda", 0).index == 0
    with pytest.raises(RuntimeError):
        ignis.device("tpu")
    assert ignis.zeros(2, device="cpu").device.type == "cpu"


def test_conversions():
    t = ignis.tensor([1.7, -2.2])
    assert t.long().tolist() == [1, -2] and t.long().dtype is ignis.int64
    assert t.double().dtype is ignis.float64 and t.half().dtype is ignis.float16
    assert t.bool().tolist() == [True, True] and t.int().dtype is ignis.int32
    assert t.to(ignis.float64).dtype is ignis.float64
    assert (
        t.to("cpu") is not None
        and t.to(torch_like := ignis.zeros(1, dtype=ignis.int16)).dtype is ignis.int16
    )
    assert t.to(ignis.float32) is not None
    c = t.to(ignis.float32, copy=True)
    c[0] = 5.0
    assert t[0].item() != 5.0
    assert t.float().data_ptr() == t.data_ptr()  # no copy when nothing changes
    assert t.type_as(torch_like).dtype is ignis.int16


def test_contiguous_clone_views():
    t = ignis.arange(6).reshape(2, 3)
    tt = t.t()
    assert not tt.is_contiguous() and tt.contiguous().is_contiguous()
    assert tt.shape == (3, 2) and t.T.shape == (3, 2)
    v = t.view(3, 2)
    v[0, 0] = 100
    assert t[0, 0].item() == 100  # views share memory
    c = t.clone()
    c[0, 0] = 1
    assert t[0, 0].item() == 100
    assert t.view(-1).shape == (6,) and t.reshape((3, -1)).shape == (3, 2)
    assert t.permute(1, 0).shape == (3, 2) and t.unsqueeze(0).shape == (1, 2, 3)
    assert t.unsqueeze(1).squeeze().shape == (2, 3) and t.flatten().shape == (6,)
    assert t.expand(4, 2, 3).shape == (4, 2, 3) and t.narrow(1, 1, 2).shape == (2, 2)
    assert t.transpose(0, 1).tolist() == [[100, 3], [1, 4], [2, 5]]
    assert ignis.ones(1, 3).expand_as(ignis.zeros(2, 3)).shape == (2, 3)
    assert t.repeat(2, 1).shape == (4, 3) and t.repeat((1, 2)).shape == (2, 6)


def test_fill_and_zero():
    t = ignis.ones(2, 2)
    assert t.fill_(3.5) is t and t.tolist() == [[3.5, 3.5], [3.5, 3.5]]
    assert t.zero_().tolist() == [[0.0, 0.0], [0.0, 0.0]]


def test_repr_like_torch():
    assert repr(ignis.tensor([1.0, 2.0])) == repr(torch.tensor([1.0, 2.0]))
    assert repr(ignis.tensor([[1, 2], [3, 4]])) == repr(torch.tensor([[1, 2], [3, 4]]))
    assert repr(ignis.tensor([True, False])) == repr(torch.tensor([True, False]))
    assert repr(ignis.tensor([1, 2], dtype=ignis.int32)) == "tensor([1, 2], dtype=ignis.int32)"
    x = ignis.tensor([1.0, 2.0], requires_grad=True)
    assert repr(x) == "tensor([1., 2.], requires_grad=True)"
    assert "grad_fn=<MulBackward" in repr(x * 2)


def test_new_methods_data_and_cuda_module():
    x = ignis.ones(2, dtype=ignis.float64)
    assert x.new_zeros((3,)).dtype is ignis.float64 and x.new_ones((2, 2)).shape == (2, 2)
    assert x.new_full((2,), 7).tolist() == [7.0, 7.0] and x.new_empty((1,)).dtype is ignis.float64
    assert x.new_tensor([1, 2]).dtype is ignis.float64
    y = ignis.ones(2, requires_grad=True)
    assert not y.data.requires_grad and y.data.data_ptr() == y.data_ptr()
    assert ignis.cuda.is_available() == ignis.cuda_is_available()
    assert ignis.cuda.device_count() >= 0


def test_pickle_deepcopy_and_format():
    import copy
    import pickle

    t = ignis.tensor([[1.5, -2.0]], dtype=ignis.float64, requires_grad=True)
    for c in (pickle.loads(pickle.dumps(t)), copy.deepcopy(t)):
        assert c.tolist() == t.tolist() and c.dtype is ignis.float64 and c.requires_grad
        assert c.data_ptr() != t.data_ptr()
    b = copy.deepcopy(ignis.tensor([1.5], dtype=ignis.bfloat16))
    assert b.dtype is ignis.bfloat16 and b.tolist() == [1.5]
    assert f"{ignis.tensor(0.123456):.3f}" == "0.123"
