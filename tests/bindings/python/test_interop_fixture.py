"""The cross-language checkpoint fixture (tests/fixtures/interop) is what the Python binding
writes: ignis.save reproduces its bytes, regenerating it gives the same tensors, and it loads back
into the Fashion-MNIST CNN with the recorded logits. The Java, Node.js and Rust tests read these
files and must write the same bytes back."""
import os
import subprocess
import sys

import ignis

FIXTURES = os.path.join(os.path.dirname(__file__), "..", "..", "fixtures", "interop")
FILES = ("python_cnn.safetensors", "python_cnn_io.safetensors")


def test_ignis_save_reproduces_the_fixture_bytes(tmp_path):
    for name in FILES:
        ignis.save(ignis.load(os.path.join(FIXTURES, name)), tmp_path / name)
        with open(os.path.join(FIXTURES, name), "rb") as a, open(tmp_path / name, "rb") as b:
            assert a.read() == b.read(), f"ignis.save no longer writes the bytes of {name}"


def test_regenerated_fixture_has_the_same_tensors(tmp_path):
    script = os.path.join(FIXTURES, "make_python_checkpoint.py")
    subprocess.run([sys.executable, script, str(tmp_path)], check=True)
    for name in FILES:
        want = ignis.load(os.path.join(FIXTURES, name))
        got = ignis.load(tmp_path / name)
        assert list(got) == list(want)
        for k, v in want.items():
            assert got[k].dtype == v.dtype and got[k].shape == v.shape, k
            assert ignis.allclose(got[k].double(), v.double(), rtol=1e-4, atol=1e-5), k


def test_fixture_logits_reproduce():
    sys.path.insert(0, os.path.join(FIXTURES, "..", "..", "..", "examples", "python"))
    from fashion_mnist import make_cnn

    model = make_cnn()
    model.load_state_dict(ignis.load(os.path.join(FIXTURES, FILES[0])))
    model.eval()
    io = ignis.load(os.path.join(FIXTURES, FILES[1]))
    with ignis.no_grad():
        out = model(io["input"])
    assert out.shape == (4, 10)
    assert ignis.allclose(out, io["logits"], rtol=0, atol=1e-5)
    state = model.state_dict()
    assert state["1.num_batches_tracked"].item() == 3
    assert not ignis.allclose(state["1.running_var"], ignis.ones(32))
