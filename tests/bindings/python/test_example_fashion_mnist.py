"""Smoke run of the main job's Python part (examples/python/fashion_mnist.py): a few batches,
then save, reload, re-evaluate and the C API's strict load of the checkpoint."""
import os
import pathlib
import subprocess
import sys

import pytest

EXAMPLE = pathlib.Path(__file__).resolve().parents[3] / "examples" / "python" / "fashion_mnist.py"


@pytest.mark.skipif(
    not os.path.isdir("/usr/share/datasets/fashion-mnist"),
    reason="dataset-fashion-mnist is not installed",
)
def test_fashion_mnist_example_runs(tmp_path):
    ckpt = tmp_path / "cnn.safetensors"
    r = subprocess.run(
        [
            sys.executable,
            str(EXAMPLE),
            "--epochs",
            "1",
            "--max-batches",
            "20",
            "--checkpoint",
            str(ckpt),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    assert "epoch 1: loss" in r.stdout and "test accuracy" in r.stdout
    assert "reloaded model accuracy" in r.stdout
    assert "the C API (ignis_module_load, strict) loads the checkpoint" in r.stdout
    assert ckpt.stat().st_size > 4 * (16 * 9 + 32 * 16 * 9 + 1568 * 10)
