"""ignis.optim: the engine's optimizers and learning-rate schedulers with PyTorch's API."""
from .optimizer import Optimizer  # noqa: F401
from .optimizers import SGD, Adam, AdamW, RMSprop, Adagrad, Adadelta  # noqa: F401
from . import lr_scheduler  # noqa: F401
