"""Zero-copy exchange with NumPy and DLPack (numpy 1.24, torch 1.13): memory is shared (data
pointers equal, writes visible on the other side) and kept alive by whoever still views it."""
import gc

import numpy as np
import pytest
import torch
import torch.utils.dlpack

import ignis


def test_numpy_shares_memory_and_keeps_tensor_alive():
    t = ignis.arange(6, dtype=ignis.float32).reshape(2, 3)
    a = t.numpy()
    assert a.ctypes.data == t.data_ptr() and a.dtype == np.float32 and a.shape == (2, 3)
    a[0, 0] = 42
    assert t[0, 0].item() == 42
    del t
    gc.collect()
    assert a[0, 0] == 42 and a.sum() == 42 + 15


def test_numpy_of_strided_view():
    t = ignis.arange(12).reshape(3, 4).t()
    a = t.numpy()
    assert a.strides == (8, 32)
    np.testing.assert_array_equal(a, np.arange(12).reshape(3, 4).T)


@pytest.mark.parametrize(
    "dt",
    [np.float32, np.float64, np.float16, np.int8, np.uint8, np.int16, np.int32, np.int64, np.bool_],
)
def test_from_numpy_shares_memory(dt):
    a = np.arange(6).astype(dt).reshape(2, 3)
    t = ignis.from_numpy(a)
    assert t.data_ptr() == a.ctypes.data and t.shape == (2, 3)
    assert t.dtype.name == np.dtype(dt).name
    a[1, 1] = 1
    assert t[1, 1].item() == 1
    b = a[:, ::2]
    assert ignis.from_numpy(b).tolist() == b.tolist()


def test_from_numpy_keeps_array_alive():
    t = ignis.from_numpy(np.full(1000, 3.0))
    gc.collect()
    assert t.sum().item() == 3000.0


def test_from_numpy_rejects_what_it_cannot_share():
    with pytest.raises(ValueError, match="negative"):
        ignis.from_numpy(np.arange(5)[::-1])
    with pytest.raises(TypeError, match="complex128"):
        ignis.from_numpy(np.zeros(2, dtype=np.complex128))


def test_as_tensor_shares_numpy_memory():
    a = np.ones(3, dtype=np.float32)
    assert ignis.as_tensor(a).data_ptr() == a.ctypes.data
    assert ignis.tensor(a).data_ptr() != a.ctypes.data


def test_array_protocol():
    t = ignis.tensor([[1, 2], [3, 4]], dtype=ignis.int32)
    np.testing.assert_array_equal(np.asarray(t), [[1, 2], [3, 4]])
    assert np.asarray(t, dtype=np.float64).dtype == np.float64
    assert np.asarray(ignis.tensor([1.5], dtype=ignis.bfloat16))[0] == 1.5


def test_numpy_errors():
    with pytest.raises(RuntimeError, match="requires grad"):
        ignis.ones(2, requires_grad=True).numpy()
    assert ignis.ones(2, requires_grad=True).detach().numpy().tolist() == [1.0, 1.0]
    with pytest.raises(TypeError, match="bfloat16"):
        ignis.ones(2, dtype=ignis.bfloat16).numpy()


def test_dlpack_to_torch_and_back():
    t = ignis.arange(12, dtype=ignis.float32).reshape(3, 4)
    pt = torch.utils.dlpack.from_dlpack(t)
    assert pt.data_ptr() == t.data_ptr() and pt.shape == (3, 4)
    pt[0, 0] = -1
    assert t[0, 0].item() == -1
    back = ignis.from_dlpack(pt)
    assert back.data_ptr() == pt.data_ptr()
    back[2, 3] = 77
    assert pt[2, 3].item() == 77
    del t, pt
    gc.collect()
    assert back.sum().item() == 77 + sum(range(1, 11)) - 1


def test_dlpack_from_torch_noncontiguous_and_int():
    pt = torch.arange(20).reshape(4, 5)[:, 1::2]
    t = ignis.from_dlpack(pt)
    assert t.data_ptr() == pt.data_ptr() and t.tolist() == pt.tolist()
    assert t.stride() == pt.stride()
    cap = torch.utils.dlpack.to_dlpack(torch.ones(3, dtype=torch.float64))
    c = ignis.from_dlpack(cap)
    assert c.dtype is ignis.float64 and c.tolist() == [1.0, 1.0, 1.0]
    with pytest.raises(TypeError):
        ignis.from_dlpack(cap)  # a capsule is consumed once


def test_dlpack_numpy_round_trip():
    a = np.arange(6, dtype=np.float64)
    t = ignis.from_dlpack(a)
    assert t.data_ptr() == a.ctypes.data
    b = np.from_dlpack(t)
    assert b.ctypes.data == a.ctypes.data
    t[0] = 9  # numpy 1.24 marks arrays imported through DLPack read-only
    assert a[0] == 9 and b[0] == 9
    del a, b
    gc.collect()
    assert t.sum().item() == 9 + 15
    assert t.__dlpack_device__() == (1, 0)


def test_unused_capsule_frees_tensor():
    t = ignis.ones(4)
    cap = t.__dlpack__()
    del cap  # the capsule's destructor releases the exported reference
    gc.collect()
    assert t.sum().item() == 4.0
