"""The cross-language checkpoint fixture (tests/fixtures/interop) is exactly what the Python
binding writes: regenerating it gives the same bytes, and it loads back into the Fashion-MNIST
CNN with the recorded logits. The Java, Node.js and Rust tests read these files."""
import os
import subprocess
import sys

import ignis

FIXTURES = os.path.join(os.path.dirname(__file__), "..", "..", "fixtures", "interop")
FILES = ("python_cnn.safetensors", "python_cnn_io.safetensors")


def test_regenerated_fixture_is_byte_identical(tmp_path):
    script = os.path.join(FIXTURES, "make_python_checkpoint.py")
    subprocess.run([sys.executable, script, str(tmp_path)], check=True)
    for name in FILES:
        with open(os.path.join(FIXTURES, name), "rb") as a, open(tmp_path / name, "rb") as b:
            assert a.read() == b.read(), f"{name} differs from what ignis.save writes now"


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
    assert ignis.allclose(out, io["logits"], rtol=0, atol=1e-6)
    state = model.state_dict()
    assert state["1.num_batches_tracked"].item() == 3
    assert not ignis.allclose(state["1.running_var"], ignis.ones(32))
