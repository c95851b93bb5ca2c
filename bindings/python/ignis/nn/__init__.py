"""ignis.nn: Module, Parameter, the engine's layers and losses under PyTorch's class names (one
per type the C API registers), the Python containers, ignis.nn.init, ignis.nn.utils and
ignis.nn.functional."""
from . import functional  # noqa: F401
from .parameter import Parameter  # noqa: F401
from .module import Module  # noqa: F401
from .container import Sequential, ModuleList, ModuleDict  # noqa: F401
from .engine import _CLASSES as _engine_classes

globals().update(_engine_classes)  # Linear, Conv2d, BatchNorm2d, ReLU, CrossEntropyLoss, ...
from . import init, utils  # noqa: F401,E402
