"""ignis.autograd.Function (a Python backward recorded through ignis_autograd_function_apply)
against torch.autograd.Function: gradients, saved tensors, needs_input_grad, non-tensor
arguments, several outputs, grad_fn names, and errors raised in backward."""
import gc

import pytest
import torch

import ignis
from conftest import assert_close, from_torch


def make(lib):
    class Cube(lib.autograd.Function):
        @staticmethod
        def forward(ctx, x, scale):
            ctx.save_for_backward(x)
            ctx.scale = scale
            return x**3 * scale

        @staticmethod
        def backward(ctx, g):
            (x,) = ctx.saved_tensors
            return g * 3 * x**2 * ctx.scale, None

    class SplitMul(lib.autograd.Function):
        @staticmethod
        def forward(ctx, a, b):
            ctx.save_for_backward(a, b)
            return a * b, a + b

        @staticmethod
        def backward(ctx, g1, g2):
            a, b = ctx.saved_tensors
            ga = g1 * b + g2 if ctx.needs_input_grad[0] else None
            gb = g1 * a + g2 if ctx.needs_input_grad[1] else None
            return ga, gb

    return Cube, SplitMul


def test_custom_function_gradients_match_torch():
    ICube, ISplit = make(ignis)
    TCube, TSplit = make(torch)
    x = torch.randn(3, 4, requires_grad=True)
    ix = from_torch(x, requires_grad=True)
    yt, yi = TCube.apply(x, 2.0), ICube.apply(ix, 2.0)
    assert_close(yi, yt.detach())
    assert yi.grad_fn.name() == "CubeBackward"
    yt.sum().backward()
    yi.sum().backward()
    assert_close(ix.grad, x.grad, rtol=1e-5, atol=1e-5)
    a, b = torch.randn(5, requires_grad=True), torch.randn(5)
    ia, ib = from_torch(a, requires_grad=True), from_torch(b)
    (p, s), (ip, is_) = TSplit.apply(a, b), ISplit.apply(ia, ib)
    (p * 2 + s * 3).sum().backward()
    (ip * 2 + is_ * 3).sum().backward()
    assert_close(ia.grad, a.grad)
    assert ib.grad is None


def test_custom_function_composes_with_engine_ops_and_second_use():
    ICube, _ = make(ignis)
    x = ignis.tensor([1.0, 2.0], requires_grad=True)
    y = ICube.apply(x.exp(), 1.0).sum()  # an engine op before, a reduction after
    y.backward()
    expected = (3 * x.detach().exp() ** 3).numpy()
    assert ignis.allclose(x.grad, ignis.tensor(expected))


def test_no_grad_inputs_give_plain_outputs():
    ICube, _ = make(ignis)
    y = ICube.apply(ignis.tensor([2.0]), 1.0)
    assert not y.requires_grad and y.grad_fn is None and y.item() == 8.0


def test_exception_in_backward_surfaces_as_itself():
    class Bad(ignis.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            return x * 2

        @staticmethod
        def backward(ctx, g):
            raise KeyError("custom backward failed")

    x = ignis.ones(2, requires_grad=True)
    with pytest.raises(KeyError, match="custom backward failed"):
        Bad.apply(x).sum().backward()


def test_backward_result_errors():
    class WrongCount(ignis.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            return x * 2

        @staticmethod
        def backward(ctx, g):
            return g, g

    class WrongShape(ignis.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            return x * 2

        @staticmethod
        def backward(ctx, g):
            return g.sum()

    x = ignis.ones(2, requires_grad=True)
    with pytest.raises(RuntimeError, match="incorrect number of gradients"):
        WrongCount.apply(x).sum().backward()
    with pytest.raises(RuntimeError, match="invalid gradient"):
        WrongShape.apply(x).sum().backward()

    class NotTensor(ignis.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            return 3

    with pytest.raises(TypeError, match="must return Tensors"):
        NotTensor.apply(x)


def test_saved_tensors_only_in_backward_and_checked_for_inplace_changes():
    ICube, _ = make(ignis)
    x = ignis.ones(2, requires_grad=True)
    base = x * 1
    y = ICube.apply(base, 1.0)
    with ignis.no_grad():
        base.add_(1)  # modifies a saved tensor
    with pytest.raises(Exception, match="modified by an inplace operation|in.place"):
        y.sum().backward()


def test_function_and_ctx_are_freed_with_the_graph():
    import weakref

    ctxs = []

    class Tracked(ignis.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            ctxs.append(weakref.ref(ctx))
            ctx.save_for_backward(x)
            return x * 2

        @staticmethod
        def backward(ctx, g):
            return g * 2

    x = ignis.ones(2, requires_grad=True)
    y = Tracked.apply(x)
    gc.collect()
    assert ctxs[0]() is not None  # the graph holds the backward and its ctx
    y.sum().backward()
    del y
    gc.collect()
    assert ctxs[0]() is None  # freed with the graph: no reference cycle through the engine
    assert x.grad.tolist() == [2.0, 2.0]
