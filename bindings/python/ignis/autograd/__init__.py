"""ignis.autograd: backward(), grad() and the grad-mode switches (the engine's autograd through
the C API) and autograd.Function for custom differentiable operations."""
from .. import _C
from .._C import Tensor
from .function import Function, FunctionCtx  # noqa: F401
from .grad_mode import (  # noqa: F401
    no_grad,
    enable_grad,
    set_grad_enabled,
    inference_mode,
    is_inference_mode_enabled,
)


def _seq(x):
    if x is None:
        return []
    return [x] if isinstance(x, Tensor) else list(x)


def backward(tensors, grad_tensors=None, retain_graph=None, create_graph=False, inputs=None):
    """Backpropagates from several tensors at once into the leaves' .grad."""
    if inputs is not None:
        raise NotImplementedError("backward(inputs=...) is not supported yet")
    outs = _seq(tensors)
    grads = _seq(grad_tensors)
    if grads and len(grads) != len(outs):
        raise ValueError(f"backward: got {len(grads)} grad_tensors for {len(outs)} tensors")
    retain = create_graph if retain_graph is None else retain_graph
    _C._autograd_backward(outs, grads, bool(retain), bool(create_graph))


def grad(
    outputs,
    inputs,
    grad_outputs=None,
    retain_graph=None,
    create_graph=False,
    allow_unused=False,
):
    """d(outputs)/d(inputs) weighted by grad_outputs, as a tuple (no .grad is touched)."""
    outs = _seq(outputs)
    ins = _seq(inputs)
    grads = _seq(grad_outputs)
    if grads and len(grads) != len(outs):
        raise ValueError(f"grad: got {len(grads)} grad_outputs for {len(outs)} outputs")
    retain = create_graph if retain_graph is None else retain_graph
    return _C._autograd_grad(outs, ins, grads, bool(retain), bool(create_graph), bool(allow_unused))
