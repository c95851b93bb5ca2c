"""ignis.autograd.Function: custom differentiable operations written in Python, as in PyTorch
(forward/backward staticmethods, ctx.save_for_backward, ctx.saved_tensors,
ctx.needs_input_grad). forward runs with grad mode off; the outputs are then recorded in the
engine's graph through the C API (ignis_autograd_function_apply), whose node calls backward.
Saved tensors live in the engine (checked for in-place changes, freed with the graph), so a
ctx holds no reference cycle. An exception raised in backward comes out of backward() as
itself."""
from .. import _C
from .._C import Tensor
from .grad_mode import no_grad


class FunctionCtx:
    """The ctx passed to forward and backward."""

    def __init__(self, needs_input_grad):
        self.needs_input_grad = needs_input_grad
        self._to_save = ()
        self._saved = None
        self._non_differentiable = ()
        self.materialize_grads = True

    def save_for_backward(self, *tensors):
        for t in tensors:
            if t is not None and not isinstance(t, Tensor):
                raise TypeError(
                    f"save_for_backward can only save tensors or None, but got {type(t).__name__}"
                )
        self._to_save = tensors

    @property
    def saved_tensors(self):
        if self._saved is None:
            raise RuntimeError("saved_tensors can only be read in backward")
        return self._saved

    def mark_non_differentiable(self, *tensors):
        self._non_differentiable = tensors

    def set_materialize_grads(self, value):
        self.materialize_grads = bool(value)


class Function:
    """Subclass with @staticmethod forward(ctx, *args) and backward(ctx, *grad_outputs), then
    call Cls.apply(*args)."""

    @staticmethod
    def forward(ctx, *args, **kwargs):
        raise NotImplementedError(
            "You must implement the forward function for custom " "autograd.Function."
        )

    @staticmethod
    def backward(ctx, *grad_outputs):
        raise NotImplementedError(
            "You must implement the backward function for custom " "autograd.Function."
        )

    @classmethod
    def apply(cls, *args):
        needs = tuple(isinstance(a, Tensor) and a.requires_grad for a in args)
        ctx = FunctionCtx(needs)
        with no_grad():
            out = cls.forward(ctx, *args)
        single = not isinstance(out, tuple)
        outs = (out,) if single else out
        for o in outs:
            if not isinstance(o, Tensor):
                raise TypeError(
                    f"{cls.__name__}.forward must return Tensors, but returned a "
                    f"{type(o).__name__}"
                )
        if not any(needs) or not _C.is_grad_enabled():
            return out
        tensor_pos = [i for i, a in enumerate(args) if isinstance(a, Tensor)]
        to_save = ctx._to_save
        saved = [t for t in to_save if t is not None]
        ctx._to_save = ()
        n_args, name = len(args), cls.__name__ + "Backward"

        def run_backward(grads, saved_tensors):
            it = iter(saved_tensors)
            ctx._saved = tuple(None if t is None else next(it) for t in to_save)
            try:
                r = cls.backward(ctx, *grads)
            finally:
                ctx._saved = None
            r = r if isinstance(r, tuple) else (r,)
            if len(r) != n_args:
                raise RuntimeError(
                    f"function {name} returned an incorrect number of gradients "
                    f"(expected {n_args}, got {len(r)})"
                )
            for i, g in enumerate(r):
                if g is None:
                    continue
                if i not in tensor_pos:
                    raise RuntimeError(
                        f"function {name} returned a gradient for argument {i}, "
                        "which is not a Tensor"
                    )
                if not isinstance(g, Tensor):
                    raise TypeError(
                        f"function {name} returned a {type(g).__name__} as the "
                        f"gradient of argument {i}; expected a Tensor or None"
                    )
                if tuple(g.shape) != tuple(args[i].shape):
                    raise RuntimeError(
                        f"function {name} returned an invalid gradient at index "
                        f"{i} - got {list(g.shape)} but expected shape "
                        f"compatible with {list(args[i].shape)}"
                    )
            return [r[i] for i in tensor_pos]

        results = _C._function_apply(
            run_backward, name, [args[i] for i in tensor_pos], list(outs), saved
        )
        return results[0] if single else tuple(results)
