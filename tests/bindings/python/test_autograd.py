"""Autograd from Python against torch: backward, accumulation, retain_graph, create_graph,
autograd.grad, hooks (and exceptions raised in them), retain_grad, detach, grad modes as
context managers and decorators, and error cases."""
import pytest
import torch

import ignis
from conftest import assert_close, from_torch


def pair(*shape, seed=0):
    torch.manual_seed(seed)
    a = torch.randn(*shape, dtype=torch.float64, requires_grad=True)
    return a, from_torch(a, requires_grad=True)


def test_backward_matches_torch():
    ta, ia = pair(3, 4)
    tb, ib = pair(4, 2, seed=1)
    ((ta @ tb).tanh() * 2 + ta.sum()).sum().backward()
    ((ia @ ib).tanh() * 2 + ia.sum()).sum().backward()
    assert_close(ia.grad, ta.grad)
    assert_close(ib.grad, tb.grad)


def test_leaf_properties_and_grad_fn():
    x = ignis.ones(2, requires_grad=True)
    assert x.is_leaf and x.grad_fn is None and x.grad is None
    y = x * 3
    assert not y.is_leaf and y.requires_grad and y.grad_fn.name().startswith("MulBackward")
    assert ignis.ones(2).requires_grad is False


def test_accumulation_and_retain_graph():
    x = ignis.tensor([1.0, 2.0], requires_grad=True)
    y = (x * x).sum()
    y.backward(retain_graph=True)
    y.backward()
    assert x.grad.tolist() == [4.0, 8.0]
    x.grad = None
    (x * 2).sum().backward()
    assert x.grad.tolist() == [2.0, 2.0]
    with pytest.raises(RuntimeError):
        y.backward()  # graph freed


def test_backward_with_gradient_argument():
    ta, ia = pair(3)
    g = torch.tensor([1.0, -2.0, 0.5], dtype=torch.float64)
    (ta.exp()).backward(g)
    (ia.exp()).backward(from_torch(g))
    assert_close(ia.grad, ta.grad)


def test_non_scalar_backward_needs_gradient():
    x = ignis.ones(3, requires_grad=True)
    with pytest.raises(RuntimeError):
        (x * 2).backward()


def test_create_graph_second_derivative():
    x = ignis.tensor([2.0], requires_grad=True)
    y = x**3
    (g,) = ignis.autograd.grad(y, x, create_graph=True)
    assert g.item() == 12.0
    (g2,) = ignis.autograd.grad(g, x)
    assert g2.item() == 12.0


def test_autograd_grad_leaves_dot_grad_alone_and_allow_unused():
    ta, ia = pair(4)
    tb, ib = pair(4, seed=3)
    tg = torch.autograd.grad((ta.sin() * tb).sum(), [ta, tb])
    ig = ignis.autograd.grad((ia.sin() * ib).sum(), [ia, ib])
    assert_close(ig[0], tg[0])
    assert_close(ig[1], tg[1])
    assert ia.grad is None
    unused = ignis.ones(1, requires_grad=True)
    out = ignis.autograd.grad((ia * 2).sum(), [ia, unused], allow_unused=True)
    assert out[1] is None


def test_autograd_backward_several_outputs():
    x = ignis.tensor([1.0, 2.0], requires_grad=True)
    ignis.autograd.backward([(x * 2).sum(), (x * x).sum()])
    assert x.grad.tolist() == [4.0, 6.0]


def test_hooks_observe_and_replace():
    x = ignis.tensor([1.0, 2.0], requires_grad=True)
    seen = []
    x.register_hook(lambda g: seen.append(g.tolist()))
    y = x * 3
    y.register_hook(lambda g: g * 10)
    y.sum().backward()
    assert seen == [[30.0, 30.0]] and x.grad.tolist() == [30.0, 30.0]


def test_hook_handle_remove():
    x = ignis.tensor([1.0], requires_grad=True)
    h = x.register_hook(lambda g: g * 100)
    h.remove()
    (x * 2).sum().backward()
    assert x.grad.item() == 2.0


def test_exception_in_hook_reaches_caller_as_itself():
    x = ignis.tensor([1.0], requires_grad=True)

    class Boom(Exception):
        pass

    def hook(g):
        raise Boom("from the hook")

    x.register_hook(hook)
    with pytest.raises(Boom, match="from the hook"):
        (x * 2).sum().backward()
    y = ignis.tensor([1.0], requires_grad=True)
    y.register_hook(lambda g: "not a tensor")
    with pytest.raises(ValueError, match="must return a Tensor or None"):
        (y * 2).sum().backward()


def test_retain_grad_and_detach():
    x = ignis.tensor([1.0, 2.0], requires_grad=True)
    y = x * 2
    y.retain_grad()
    (y * y).sum().backward()
    assert y.grad.tolist() == [4.0, 8.0]
    d = x.detach()
    assert not d.requires_grad and d.data_ptr() == x.data_ptr()


def test_no_grad_enable_grad_set_grad_enabled():
    x = ignis.ones(2, requires_grad=True)
    with ignis.no_grad():
        assert not ignis.is_grad_enabled()
        assert not (x * 2).requires_grad
        with ignis.enable_grad():
            assert (x * 2).requires_grad
    assert ignis.is_grad_enabled()

    @ignis.no_grad()
    def f(t):
        return t * 2

    assert not f(x).requires_grad and (x * 2).requires_grad
    ignis.set_grad_enabled(False)
    assert not (x * 2).requires_grad
    ignis.set_grad_enabled(True)
    with ignis.set_grad_enabled(False):
        assert not ignis.is_grad_enabled()
    assert ignis.is_grad_enabled()


def test_inference_mode():
    x = ignis.ones(2, requires_grad=True)
    with ignis.inference_mode():
        assert ignis.is_inference_mode_enabled()
        assert not (x * 2).requires_grad
    assert not ignis.is_inference_mode_enabled()

    @ignis.inference_mode()
    def f(t):
        return t + 1

    assert not f(x).requires_grad


def test_requires_grad_errors():
    x = ignis.ones(2, requires_grad=True)
    with pytest.raises(RuntimeError):
        (x * 2).requires_grad_(False)  # only leaves can be turned off
    with pytest.raises(RuntimeError, match="doesn't require gradient"):
        ignis.ones(1).register_hook(lambda g: g)
    with pytest.raises(RuntimeError):
        ignis.ones(1).backward()  # no history
