"""ignis.save / ignis.load: tensors and dicts of tensors in the safetensors format (readable by
the Hugging Face safetensors library and by the engine's C++ reader). Written in Python because
the C API does not expose the engine's safetensors code yet; the file is written to a temporary
name and renamed, so a crash never leaves half a checkpoint."""
import json
import os
import struct
import tempfile

import numpy as np

from . import _C
from ._C import Tensor

_CODES = {
    _C.bool: ("BOOL", np.bool_),
    _C.uint8: ("U8", np.uint8),
    _C.int8: ("I8", np.int8),
    _C.int16: ("I16", np.int16),
    _C.int32: ("I32", np.int32),
    _C.int64: ("I64", np.int64),
    _C.float16: ("F16", np.float16),
    _C.bfloat16: ("BF16", np.uint16),
    _C.float32: ("F32", np.float32),
    _C.float64: ("F64", np.float64),
}
_BY_CODE = {code: (dt, npt) for dt, (code, npt) in _CODES.items()}
_SINGLE = "ignis.single_tensor"  # metadata key: the file holds one tensor saved by itself


def _bytes(t):
    t = t.detach().cpu().contiguous()
    if t.dtype is _C.bfloat16:  # bf16 is the upper half of float32, exactly
        bits = t.float().numpy().view(np.uint32) >> 16
        return bits.astype("<u2").tobytes()
    return np.ascontiguousarray(t.numpy()).astype(t.numpy().dtype.newbyteorder("<")).tobytes()


def _write_file(path, tensors, metadata):
    """Writes dict name -> Tensor with a str -> str metadata dict as safetensors, atomically."""
    if not isinstance(tensors, dict) or not all(
        isinstance(k, str) and isinstance(v, Tensor) for k, v in tensors.items()
    ):
        raise TypeError("ignis.save: expected a Tensor or a dict of str -> Tensor")
    header, blobs, offset = {}, [], 0
    for name, t in tensors.items():
        data = _bytes(t)
        header[name] = {
            "dtype": _CODES[t.dtype][0],
            "shape": list(t.shape),
            "data_offsets": [offset, offset + len(data)],
        }
        blobs.append(data)
        offset += len(data)
    header["__metadata__"] = {str(k): str(v) for k, v in metadata.items()}
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * (-len(text) % 8)
    path = os.fspath(path)
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(path)), prefix=".ignis-")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(struct.pack("<Q", len(text)))
            out.write(text)
            for b in blobs:
                out.write(b)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def save(obj, f):
    """Saves a Tensor or a dict of str -> Tensor (a state_dict) to the path f (safetensors)."""
    single = isinstance(obj, Tensor)
    tensors = {"tensor": obj} if single else obj
    _write_file(f, dict(tensors) if isinstance(tensors, dict) else tensors,
                {"format": "pt", **({_SINGLE: "1"} if single else {})})


def _read_file(f, map_location=None):
    """Reads a safetensors file: (dict name -> Tensor in file order, metadata dict)."""
    from ._creation import tensor

    with open(os.fspath(f), "rb") as fh:
        raw = fh.read()
    if len(raw) < 8:
        raise ValueError(f"ignis.load: {f}: not a safetensors file (only {len(raw)} bytes)")
    (n,) = struct.unpack("<Q", raw[:8])
    if n > len(raw) - 8:
        raise ValueError(f"ignis.load: {f}: header of {n} bytes overruns the file")
    try:
        header = json.loads(raw[8 : 8 + n])
    except ValueError as e:
        raise ValueError(f"ignis.load: {f}: bad safetensors header: {e}") from None
    meta = header.pop("__metadata__", {}) or {}
    base = 8 + n
    out = {}
    for name, info in header.items():
        if info.get("dtype") not in _BY_CODE:
            raise ValueError(
                f"ignis.load: {f}: tensor {name!r} has unsupported dtype " f"{info.get('dtype')!r}"
            )
        dt, npt = _BY_CODE[info["dtype"]]
        begin, end = info["data_offsets"]
        if not 0 <= begin <= end <= len(raw) - base:
            raise ValueError(f"ignis.load: {f}: tensor {name!r} lies outside the file")
        arr = np.frombuffer(
            raw,
            dtype=np.dtype(npt).newbyteorder("<"),
            count=(end - begin) // np.dtype(npt).itemsize,
            offset=base + begin,
        ).reshape(info["shape"])
        if dt is _C.bfloat16:
            t = tensor((arr.astype(np.uint32) << 16).view(np.float32)).to(_C.bfloat16)
        else:
            t = tensor(arr.astype(arr.dtype.newbyteorder("=")))
        if map_location is not None:
            t = t.to(map_location)
        out[name] = t
    return out, meta


def load(f, map_location=None, weights_only=None):
    """Loads what save wrote (or any safetensors file): a Tensor, or a dict of str -> Tensor."""
    out, meta = _read_file(f, map_location)
    return out["tensor"] if meta.get(_SINGLE) == "1" else out
