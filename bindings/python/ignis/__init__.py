"""Ignis for Python: tensors, autograd and every schema op of the Ignis engine, with PyTorch's
names, so that ``import ignis as torch`` runs everyday tensor code. Built on the C API
(libignis.so.1) through the extension ``ignis._C``; see docs/python.md."""
# ignis._C holds the Tensor type, the dtypes and every schema op (generated from
# codegen/ops.yaml). Names such as bool, int32, sum, max and all shadow Python's builtins in
# this module, as in torch, so the logic lives in the submodules.
from ._C import *  # noqa: F401,F403
from ._C import Tensor, __version__  # noqa: F401
from ._device import device  # noqa: F401
from ._size import Size  # noqa: F401
from . import _tensor  # noqa: F401  (installs the Python-level Tensor members)
from ._creation import (  # noqa: F401
    tensor,
    as_tensor,
    asarray,
    zeros,
    ones,
    full,
    empty,
    arange,
    linspace,
    eye,
    rand,
    randn,
    randint,
    zeros_like,
    ones_like,
    full_like,
    empty_like,
    rand_like,
    randn_like,
    randint_like,
    get_default_dtype,
    set_default_dtype,
    is_tensor,
    is_floating_point,
)
from ._creation import (
    float,
    double,
    half,
    long,
    int,
    short,
)  # noqa: F401  (dtype aliases)
from ._functions import (  # noqa: F401
    concat,
    concatenate,
    reshape,
    transpose,
    permute,
    squeeze,
    unsqueeze,
    flatten,
    t,
    narrow,
    select,
    clone,
    detach,
    numel,
    swapaxes,
    isclose,
    allclose,
    equal,
)
from .autograd.grad_mode import (  # noqa: F401
    no_grad,
    enable_grad,
    inference_mode,
    set_grad_enabled,
    is_inference_mode_enabled,
)
from ._generator import Generator  # noqa: F401
from . import autograd, cuda, linalg, nn, optim, utils, datasets  # noqa: F401
from .serialization import save, load  # noqa: F401
