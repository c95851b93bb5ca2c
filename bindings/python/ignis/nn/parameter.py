"""ignis.nn.Parameter: a Tensor subclass that a Module registers as a parameter when assigned to
one of its attributes. It requires grad by default."""
from .. import _C
from .._C import Tensor


class Parameter(Tensor):
    """A leaf tensor that is a module parameter (shares memory with data, which it detaches)."""

    def __init__(self, data=None, requires_grad=True):
        if data is None:
            data = _C._zeros([0], _C.float32, "cpu")
        if not isinstance(data, Tensor):
            raise TypeError(f"Parameter: expected a Tensor but got {type(data).__name__}")
        Tensor.__init__(self, data.detach())
        self.requires_grad = requires_grad

    @classmethod
    def _share(cls, t):
        """The same tensor t (same handle, same autograd leaf) as a Parameter: how an engine
        module's parameter becomes a Python one without a copy."""
        p = Tensor.__new__(cls)
        Tensor.__init__(p, t)
        return p

    def __repr__(self):
        return "Parameter containing:\n" + Tensor.__repr__(self)

    def __reduce_ex__(self, proto):  # pickle and copy.deepcopy: a new Parameter, same values
        return (Parameter, (self.detach(), self.requires_grad))
