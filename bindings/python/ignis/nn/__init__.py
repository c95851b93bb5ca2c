"""ignis.nn: for now only ignis.nn.functional (the schema's nn, conv, pool and loss ops).
Modules, parameters and optimizers come with the nn/optim C API."""
from . import functional  # noqa: F401
