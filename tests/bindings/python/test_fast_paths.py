"""The hand-written fast paths of + - * / and add/sub/mul/div[_] (bindings/python/src/fast_ops.cpp)
behave exactly as the general pybind11 path they short-cut: same values, dtypes, broadcasting,
errors, autograd history and version counters, with every unusual call (keywords, NumPy
scalars, big ints, other types, subclasses, large tensors that release the GIL) still served."""
import threading

import numpy as np
import pytest
import torch

import ignis
from conftest import assert_close, to_torch

FAST = [
    "__add__", "__radd__", "add", "__iadd__", "add_",
    "__sub__", "sub", "__isub__", "sub_",
    "__mul__", "__rmul__", "mul", "__imul__", "mul_",
    "__truediv__", "div", "__itruediv__", "div_",
]  # fmt: skip


def test_fast_methods_are_installed_and_documented():
    # Nothing after ignis._C's init (ignis/_tensor.py's assignments) replaced them.
    for name in FAST:
        m = ignis.Tensor.__dict__[name]
        assert type(m).__name__ == "method_descriptor", name
        assert m.__doc__ and "self" in m.__doc__, name


# The general path: a keyword argument (other=...) always takes it, and it names the same C API
# call with the same arguments.
OPERANDS = [
    (lambda: ignis.tensor([1.5, -2.0, 3.0]), lambda: ignis.tensor([0.5, 4.0, -1.0])),
    (lambda: ignis.tensor([[1], [2], [3]]), lambda: ignis.tensor([[2.0, 3.0, 4.0, 5.0]])),
    (lambda: ignis.tensor([1, 2, 3]), lambda: ignis.tensor([2, 2, 2], dtype=ignis.int32)),
    (lambda: ignis.tensor([True, False]), lambda: ignis.tensor([True, True])),
    (lambda: ignis.tensor(2.5), lambda: ignis.tensor([1.0, 2.0], dtype=ignis.float64)),
    (lambda: ignis.tensor([1.0, 2.0, 3.0]), lambda: ignis.tensor(2, dtype=ignis.int64)),
    (lambda: ignis.tensor([1, 2, 3]), lambda: 2),
    (lambda: ignis.tensor([1, 2, 3]), lambda: 0.5),
    (lambda: ignis.tensor([1.0, 2.0]), lambda: True),
    (lambda: ignis.tensor([True, False]), lambda: False),
    (lambda: ignis.tensor([1, 2]), lambda: 2**70),  # beyond int64: the general path's double
    (lambda: ignis.tensor([1, 2], dtype=ignis.int16), lambda: np.int64(3)),
    (lambda: ignis.tensor([1.0, 2.0]), lambda: np.float64(0.25)),
    (lambda: ignis.tensor([1.0, 2.0]), lambda: ignis.ones(3)),  # not broadcastable
    (lambda: ignis.tensor([1.0, 2.0], requires_grad=True), lambda: ignis.ones(2)),
    (lambda: ignis.arange(20000.0).reshape(200, 100), lambda: ignis.arange(1.0, 101.0)),  # large:
    # above the size the fast paths keep the GIL for
]


def outcome(fn):
    """fn()'s result as (dtype, values, requires_grad, history), or its exception as (class,
    message)."""
    try:
        r = fn()
    except Exception as e:  # noqa: BLE001 - the comparison is the point
        return type(e), str(e)
    if r is NotImplemented:
        return r
    name = r.grad_fn.name() if r.grad_fn is not None else None
    return r.dtype, repr(r.tolist()), r.requires_grad, name  # repr: nan == nan


@pytest.mark.parametrize("name", FAST)
@pytest.mark.parametrize("make", OPERANDS)
def test_fast_forms_match_the_general_path(name, make):
    a_, b_ = make

    def call(**kw):
        a = a_()
        r = getattr(a, name)(b_()) if not kw else getattr(a, name)(other=b_())
        if name.endswith("_") and not name.endswith("__") or name.startswith("__i"):
            assert r is a  # in place: self comes back
        return r

    assert outcome(call) == outcome(lambda: call(other=True))


def test_operators_match_torch():
    a, b = ignis.tensor([[1.0], [2.0]]), ignis.tensor([3.0, -4.0, 5.0])
    ta, tb = to_torch(a), to_torch(b)
    assert_close(a + b, ta + tb)
    assert_close(a - b, ta - tb)
    assert_close(a * b, ta * tb)
    assert_close(a / b, ta / tb)
    assert_close(2 + a, 2 + ta)
    assert_close(3 * b, 3 * tb)
    assert_close(ignis.tensor([1, 2]) / 2, torch.tensor([1, 2]) / 2)


def test_keywords_take_the_general_path():
    a, b = ignis.tensor([1.0, 2.0]), ignis.tensor([10.0, 20.0])
    assert a.add(b, alpha=2).tolist() == [21.0, 42.0]
    assert a.sub(other=b).tolist() == [-9.0, -18.0]
    assert ignis.tensor([7.0, -7.0]).div(2, rounding_mode="floor").tolist() == [3.0, -4.0]
    c = a.clone()
    assert c.add_(b, alpha=-1) is c and c.tolist() == [-9.0, -18.0]
    with pytest.raises(TypeError):
        a.add()
    with pytest.raises(TypeError):
        a.add(b, b, b)


def test_other_operand_types_defer_or_fail_as_before():
    a = ignis.tensor([1.0, 2.0])
    with pytest.raises(TypeError):
        a + "x"
    with pytest.raises(TypeError):
        a.add_("x")
    assert a.__add__([1.0]) is NotImplemented
    assert a.__mul__(None) is NotImplemented
    assert (a + np.float32(1)).tolist() == [2.0, 3.0]


def test_errors_are_the_engine_errors():
    a, c = ignis.ones(2), ignis.ones(3)
    with pytest.raises(ignis.ShapeError, match="broadcast"):
        a + c
    with pytest.raises(ignis.ShapeError, match="broadcast"):
        a.add_(c)
    with pytest.raises(ignis.DTypeError, match="can't be cast"):
        ignis.tensor([1, 2]).add_(0.5)
    with pytest.raises(ignis.DTypeError, match="bool"):
        ignis.tensor([True]) - ignis.tensor([True])
    leaf = ignis.ones(2, requires_grad=True)
    with pytest.raises(RuntimeError, match="leaf"):
        leaf.mul_(2)


def test_autograd_through_fast_paths():
    a = ignis.tensor([1.0, 2.0], requires_grad=True)
    b = ignis.tensor([3.0, 4.0], requires_grad=True)
    y = (a + b) * a - b / 2
    assert y.grad_fn.name() == "SubBackward0"
    assert (a + b).grad_fn.name() == "AddBackward0"
    assert (a + 1).grad_fn.name() == "AddBackward1"
    y.sum().backward()
    assert a.grad.tolist() == [5.0, 8.0]  # 2a + b
    assert b.grad.tolist() == [0.5, 1.5]  # a - 1/2
    with ignis.no_grad():
        assert (a + b).grad_fn is None and not (a + b).requires_grad


def test_inplace_bumps_the_version_counter():
    a = ignis.tensor([1.0, 2.0], requires_grad=True)
    h = a.exp()
    y = h * h  # saves h
    h.add_(1)
    with pytest.raises(RuntimeError, match="in-place"):
        y.sum().backward()


def test_subclass_operands():
    p = ignis.nn.Parameter(ignis.tensor([1.0, 2.0]))
    t = ignis.tensor([10.0, 20.0])
    for r in (p + t, t + p, p * 2, 2 * p, t.add(p), p.sub(t)):
        assert type(r) is ignis.Tensor
        assert r.requires_grad
    assert (t + p).tolist() == [11.0, 22.0] and (p - t).tolist() == [-9.0, -18.0]
    with ignis.no_grad():
        assert p.mul_(3) is p
    assert p.tolist() == [3.0, 6.0]


def test_results_are_independent_objects():
    a, b = ignis.ones(3), ignis.ones(3)
    rs = [a + b for _ in range(100)]
    assert len({id(r) for r in rs}) == 100
    rs[0].add_(1)
    assert rs[0].tolist() == [3.0, 3.0, 3.0] and rs[1].tolist() == [2.0, 2.0, 2.0]
    del rs
    assert (a + b).tolist() == [2.0, 2.0, 2.0]


def test_small_ops_from_many_threads():
    # Small CPU ops keep the GIL; threads still interleave and get their own results.
    errors = []

    def work(k):
        try:
            a = ignis.full([4], float(k))
            acc = ignis.zeros(4)
            for _ in range(2000):
                acc.add_(a)
                acc = acc * 1.0 + 0
            assert acc.tolist() == [2000.0 * k] * 4
        except Exception as e:  # noqa: BLE001
            errors.append(e)

    ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert not errors
