"""Python operators (arithmetic, comparison, bitwise, matmul; reflected and in-place forms) and
dtype promotion against torch."""
import operator

import numpy as np
import pytest
import torch

import ignis
from conftest import assert_close, from_torch

A = [[1.5, -2.0, 3.0], [0.5, 4.0, -1.0]]
B = [[2.0, 1.0, -3.0], [0.25, -2.0, 5.0]]
ARITH = [
    operator.add,
    operator.sub,
    operator.mul,
    operator.truediv,
    operator.floordiv,
    operator.mod,
    operator.pow,
]


@pytest.mark.parametrize("op", ARITH, ids=lambda o: o.__name__)
def test_tensor_tensor(op):
    a, b = torch.tensor(A), torch.tensor(B)
    if op is operator.pow:
        a = a.abs()
    assert_close(op(from_torch(a), from_torch(b)), op(a, b))


@pytest.mark.parametrize("op", ARITH, ids=lambda o: o.__name__)
@pytest.mark.parametrize("scalar", [2, 0.5, -3])
def test_tensor_scalar_and_reflected(op, scalar):
    a = torch.tensor(A)
    if op is operator.pow:
        a = a.abs() + 0.5
    assert_close(op(from_torch(a), scalar), op(a, scalar))
    assert_close(op(scalar, from_torch(a)), op(scalar, a), rtol=1e-4)


@pytest.mark.parametrize(
    "op",
    [operator.add, operator.sub, operator.mul, operator.floordiv, operator.mod],
    ids=lambda o: o.__name__,
)
def test_integer_arithmetic(op):
    a = torch.tensor([[7, -8, 9], [10, 3, -4]])
    b = torch.tensor([[2, 3, -4], [3, 5, 7]])
    assert_close(op(from_torch(a), from_torch(b)), op(a, b))
    assert_close(op(from_torch(a), 3), op(a, 3))


def test_true_division_of_integers_gives_float():
    assert_close(ignis.tensor([1, 2, 3]) / 2, torch.tensor([1, 2, 3]) / 2)
    assert_close(
        ignis.tensor([1, 2, 3]) / ignis.tensor([2, 4, 8]),
        torch.tensor([1, 2, 3]) / torch.tensor([2, 4, 8]),
    )


@pytest.mark.parametrize(
    "op",
    [operator.eq, operator.ne, operator.lt, operator.le, operator.gt, operator.ge],
    ids=lambda o: o.__name__,
)
def test_comparisons(op):
    a, b = torch.tensor(A), torch.tensor(B)
    assert_close(op(from_torch(a), from_torch(b)), op(a, b))
    assert_close(op(from_torch(a), 1.5), op(a, 1.5))


@pytest.mark.parametrize(
    "op", [operator.and_, operator.or_, operator.xor], ids=lambda o: o.__name__
)
def test_bitwise(op):
    a, b = torch.tensor([12, 10, -7]), torch.tensor([10, 6, 3])
    assert_close(op(from_torch(a), from_torch(b)), op(a, b))
    assert_close(op(from_torch(a), 5), op(a, 5))
    assert_close(op(5, from_torch(a)), op(5, a))
    m, n = torch.tensor([True, False, True]), torch.tensor([True, True, False])
    assert_close(op(from_torch(m), from_torch(n)), op(m, n))


def test_unary_operators():
    a = torch.tensor(A)
    assert_close(-from_torch(a), -a)
    assert_close(abs(from_torch(a)), abs(a))
    assert_close(+from_torch(a), +a)
    assert_close(~ignis.tensor([5, -1]), ~torch.tensor([5, -1]))
    assert_close(~ignis.tensor([True, False]), ~torch.tensor([True, False]))


def test_matmul():
    a, b = torch.randn(2, 3), torch.randn(3, 4)
    assert_close(from_torch(a) @ from_torch(b), a @ b, rtol=1e-4, atol=1e-5)
    v = torch.randn(3)
    assert_close(from_torch(a) @ from_torch(v), a @ v, rtol=1e-4, atol=1e-5)
    x, y = torch.randn(5, 2, 3), torch.randn(3, 4)
    assert_close(from_torch(x) @ from_torch(y), x @ y, rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize(
    "name,op",
    [
        ("iadd", operator.iadd),
        ("isub", operator.isub),
        ("imul", operator.imul),
        ("itruediv", operator.itruediv),
        ("ipow", operator.ipow),
    ],
)
def test_inplace_operators_keep_identity(name, op):
    a, b = torch.tensor(A).abs() + 1, torch.tensor(B).abs() + 1
    x = from_torch(a)
    ptr = x.data_ptr()
    r = op(x, from_torch(b))
    assert r is x and x.data_ptr() == ptr
    assert_close(x, op(a.clone(), b))
    x = from_torch(a)
    assert_close(op(x, 2), op(a.clone(), 2))


def test_inplace_integer_and_bitwise():
    x = ignis.tensor([7, 8, 9])
    x //= 2
    x %= 3
    assert x.tolist() == [0, 1, 1]
    x |= 4
    x &= 5
    x ^= 1
    assert x.tolist() == [5, 4, 4]


def test_inplace_methods():
    x = ignis.tensor([1.0, 4.0])
    assert x.add_(1) is x and x.tolist() == [2.0, 5.0]
    assert x.mul_(ignis.tensor([2.0, 0.5])).tolist() == [4.0, 2.5]
    assert x.sqrt_().tolist() == [2.0, pytest.approx(1.5811388)]
    x.add_(ignis.tensor([1.0, 1.0]), alpha=10)
    assert x[0].item() == 12.0


@pytest.mark.parametrize(
    "da,db",
    [
        ("int32", "float32"),
        ("int64", "float64"),
        ("uint8", "int8"),
        ("bool", "int32"),
        ("float16", "float32"),
        ("bfloat16", "float16"),
        ("int16", "int64"),
    ],
)
def test_promotion_tensor_tensor(da, db):
    ta = torch.tensor([1, 2, 3]).to(getattr(torch, da))
    tb = torch.tensor([1, 0, 2]).to(getattr(torch, db))
    ia, ib = ignis.tensor([1, 2, 3]).to(getattr(ignis, da)), ignis.tensor([1, 0, 2]).to(
        getattr(ignis, db)
    )
    assert (ia + ib).dtype.name == str((ta + tb).dtype)[6:]
    assert (ia * ib).dtype.name == str((ta * tb).dtype)[6:]


@pytest.mark.parametrize("dt", ["int32", "uint8", "float16", "float64", "bool"])
@pytest.mark.parametrize("scalar", [2, 2.5, True])
def test_promotion_tensor_scalar(dt, scalar):
    t = torch.tensor([1, 0, 1]).to(getattr(torch, dt))
    i = ignis.tensor([1, 0, 1]).to(getattr(ignis, dt))
    assert (i * scalar).dtype.name == str((t * scalar).dtype)[6:]


def test_reflected_with_numbers_only():
    x = ignis.ones(2)
    with pytest.raises(TypeError):
        x + "a"
    with pytest.raises(TypeError):
        x + [1, 2]
    assert (x == None) is False  # noqa: E711  (NotImplemented -> identity comparison)
    assert x != None  # noqa: E711


def test_numpy_scalars_defer_to_tensor():
    x = ignis.tensor([1.0, 2.0])
    r = np.float64(2) * x
    assert isinstance(r, ignis.Tensor) and r.tolist() == [2.0, 4.0]
    assert (x + np.float32(1)).tolist() == [2.0, 3.0]
    assert repr(type(x)) == "<class 'ignis.Tensor'>"


def test_isclose_allclose_equal_match_torch():
    a = torch.tensor([1.0, 2.0, float("nan"), float("inf")])
    b = torch.tensor([1.0 + 1e-7, 2.1, float("nan"), float("inf")])
    ia, ib = from_torch(a), from_torch(b)
    assert_close(ignis.isclose(ia, ib), torch.isclose(a, b))
    assert_close(ignis.isclose(ia, ib, equal_nan=True), torch.isclose(a, b, equal_nan=True))
    assert ignis.allclose(ia[:1], ib[:1]) and not ia.allclose(ib)
    assert ignis.equal(ia[:2], ia[:2].clone()) and not ignis.equal(ia[:2], ia[:1])
