"""Bad input gives a Python exception carrying the engine's message, never a crash: engine
errors are RuntimeError subclasses (as in PyTorch) that are also ValueError / TypeError /
IndexError where that is what went wrong; bad argument types are TypeError from overload
resolution."""
import pytest

import ignis


def test_shape_mismatch():
    with pytest.raises(ignis.ShapeError) as e:
        ignis.ones(2, 3) + ignis.ones(4)
    assert isinstance(e.value, RuntimeError) and "add" in str(e.value)
    with pytest.raises(RuntimeError, match="mm"):
        ignis.ones(2, 3).mm(ignis.ones(2, 3))
    with pytest.raises(RuntimeError):
        ignis.ones(6).view(4, 2)


def test_dtype_errors_are_type_errors_too():
    with pytest.raises(ignis.DTypeError) as e:
        ignis.ones(2, dtype=ignis.int64).bitwise_and(ignis.ones(2))
    assert isinstance(e.value, TypeError) and isinstance(e.value, RuntimeError)
    assert "bitwise_and" in str(e.value)
    with pytest.raises(TypeError):
        ignis.softmax(ignis.ones(3, dtype=ignis.int64), 0)


def test_invalid_arguments_are_value_errors_too():
    with pytest.raises(ValueError):
        ignis.ones(3).item()
    with pytest.raises(ValueError) as e:
        ignis.set_num_threads(0)
    assert isinstance(e.value, ignis.IgnisError)
    with pytest.raises(ValueError):
        ignis.div(ignis.ones(2), ignis.ones(2), rounding_mode="sideways")


def test_index_errors():
    with pytest.raises(IndexError):
        ignis.ones(2, 3).select(0, 5)
    with pytest.raises(IndexError):
        ignis.ones(2).index_select(0, ignis.tensor([7]))


def test_wrong_argument_types():
    with pytest.raises(TypeError, match="incompatible function arguments"):
        ignis.add(ignis.ones(2), "x")
    with pytest.raises(TypeError):
        ignis.ones(2).sum(dim="a")
    with pytest.raises(TypeError):
        ignis.zeros(2, dtype="float32")
    with pytest.raises(TypeError):
        ignis.tensor(object())


def test_device_errors():
    if not ignis.cuda_is_available():
        with pytest.raises(ignis.DeviceError, match="CUDA"):
            ignis.zeros(2, device="cuda")
    with pytest.raises(ValueError):
        ignis.zeros(2)._to(ignis.float32, "gpu")


def test_engine_message_is_kept():
    with pytest.raises(RuntimeError) as e:
        ignis.cat([ignis.ones(2, 3), ignis.ones(3, 2)], 0)
    assert "cat" in str(e.value) and str(e.value) != ""
