"""ignis.cuda: what the engine says about CUDA devices (torch.cuda's everyday questions)."""
from . import _C


def is_available():
    """True when this build has CUDA and a device is usable."""
    return _C.cuda_is_available()


def device_count():
    """The number of usable CUDA devices (0 without CUDA)."""
    return _C.cuda_device_count()
