"""Ownership across the boundary: memory shared with NumPy and DLPack is released exactly when
its last user goes away (reference counts return to where they were), and a gradient hook's
Python function is freed with its tensor."""
import gc
import sys
import weakref

import numpy as np
import torch

import ignis


def test_from_numpy_releases_the_array():
    a = np.arange(10.0)
    before = sys.getrefcount(a)
    t = ignis.from_numpy(a)
    v = t[2:5]  # a view keeps the memory alive too
    assert sys.getrefcount(a) == before + 1
    del t
    gc.collect()
    assert sys.getrefcount(a) == before + 1 and v.tolist() == [2.0, 3.0, 4.0]
    del v
    gc.collect()
    assert sys.getrefcount(a) == before


def test_numpy_view_releases_the_tensor():
    t = ignis.ones(4)
    before = sys.getrefcount(t)
    a = t.numpy()
    assert sys.getrefcount(t) == before + 1  # the array's base
    assert a.base is t
    del a
    gc.collect()
    assert sys.getrefcount(t) == before


def test_dlpack_import_releases_the_producer():
    a = np.arange(6.0)
    before = sys.getrefcount(a)
    t = ignis.from_dlpack(a)
    assert sys.getrefcount(a) > before
    del t
    gc.collect()
    assert sys.getrefcount(a) == before
    p = torch.arange(4.0)
    t = ignis.from_dlpack(p)
    del p
    gc.collect()
    assert t.tolist() == [0.0, 1.0, 2.0, 3.0]  # torch's memory lives on through t


def test_hook_function_is_freed_with_its_tensor():
    class Hook:
        def __call__(self, g):
            return None

    h = Hook()
    ref = weakref.ref(h)
    x = ignis.ones(2, requires_grad=True)
    x.register_hook(h)
    del h
    gc.collect()
    assert ref() is not None  # the tensor holds it (through the hook wrapper)
    del x
    gc.collect()
    assert ref() is None
