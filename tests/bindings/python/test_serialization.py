"""ignis.save / ignis.load in safetensors format (through the C API's io.h): round trips for
every dtype, dicts, the format read by a hand-written reader (the layout the Hugging Face library
reads), and errors."""
import json
import struct

import pytest

import ignis


def test_round_trip_dict_every_dtype(tmp_path):
    tensors = {
        name: ignis.arange(6).reshape(2, 3).to(getattr(ignis, name))
        for name in [
            "bool",
            "uint8",
            "int8",
            "int16",
            "int32",
            "int64",
            "float16",
            "bfloat16",
            "float32",
            "float64",
        ]
    }
    tensors["strided"] = ignis.arange(12.0).reshape(3, 4).t()
    tensors["scalar"] = ignis.tensor(2.5)
    path = tmp_path / "ckpt.safetensors"
    ignis.save(tensors, path)
    back = ignis.load(path)
    assert set(back) == set(tensors)
    for k, v in tensors.items():
        assert back[k].dtype is v.dtype and back[k].shape == v.shape
        assert back[k].tolist() == v.tolist()


def test_single_tensor(tmp_path):
    t = ignis.randn(3, 2)
    ignis.save(t, tmp_path / "t.st")
    back = ignis.load(tmp_path / "t.st")
    assert isinstance(back, ignis.Tensor) and back.tolist() == t.tolist()


def test_layout_is_safetensors(tmp_path):
    ignis.save({"w": ignis.tensor([1.0, 2.0])}, tmp_path / "w.st")
    raw = (tmp_path / "w.st").read_bytes()
    (n,) = struct.unpack("<Q", raw[:8])
    assert n % 8 == 0
    header = json.loads(raw[8 : 8 + n])
    assert header["w"] == {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]}
    assert struct.unpack("<2f", raw[8 + n :]) == (1.0, 2.0)


def test_errors(tmp_path):
    with pytest.raises(TypeError):
        ignis.save({"a": 1}, tmp_path / "x")
    (tmp_path / "bad").write_bytes(b"\xff" * 16)
    with pytest.raises(OSError, match="exceeds the file size"):
        ignis.load(tmp_path / "bad")
    with pytest.raises(FileNotFoundError):
        ignis.load(tmp_path / "missing")
