"""ignis.save / ignis.load: tensors and dicts of tensors (state dicts) in the safetensors format
(readable by the Hugging Face safetensors library, PyTorch's usual checkpoint format for
sharing), through the engine's reader and writer (C API io.h): the file is written atomically
and read through mmap."""
import errno
import os

from . import _C
from ._C import Tensor

_SINGLE = "ignis.single_tensor"  # metadata key: the file holds one tensor saved by itself


def _write_file(path, tensors, metadata):
    """Writes dict name -> Tensor with a str -> str metadata dict as safetensors, atomically."""
    if not isinstance(tensors, dict) or not all(
        isinstance(k, str) and isinstance(v, Tensor) for k, v in tensors.items()
    ):
        raise TypeError("ignis.save: expected a Tensor or a dict of str -> Tensor")
    _C._safetensors_save(
        os.fspath(path),
        [(k, v.detach()) for k, v in tensors.items()],
        {str(k): str(v) for k, v in metadata.items()},
    )


def save(obj, f):
    """Saves a Tensor or a dict of str -> Tensor (a state_dict) to the path f (safetensors)."""
    single = isinstance(obj, Tensor)
    tensors = {"tensor": obj} if single else obj
    _write_file(
        f,
        dict(tensors) if isinstance(tensors, dict) else tensors,
        {"format": "pt", **({_SINGLE: "1"} if single else {})},
    )


def _read_file(f, map_location=None):
    """Reads a safetensors file: (dict name -> Tensor, metadata dict)."""
    path = os.fspath(f)
    if not os.path.exists(path):  # as open() reports it (the engine's IOError is an OSError)
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), path)
    items, meta = _C._safetensors_load(path)
    out = {}
    for name, t in items:
        out[name] = t if map_location is None else t.to(map_location)
    return out, meta


def load(f, map_location=None, weights_only=None):
    """Loads what save wrote (or any safetensors file): a Tensor, or a dict of str -> Tensor."""
    out, meta = _read_file(f, map_location)
    return out["tensor"] if meta.get(_SINGLE) == "1" else out
