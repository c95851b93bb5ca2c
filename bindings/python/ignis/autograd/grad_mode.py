"""Grad-mode switches, usable as context managers and as decorators (as in torch): no_grad,
enable_grad, set_grad_enabled, inference_mode. Grad mode is per thread (the engine's)."""
import functools

from .. import _C


class _Mode:
    """Base: a context manager that sets a mode on entry and restores it on exit; used as a
    decorator it wraps each call of the function."""

    def __call__(self, fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            with self.__class__(*self._args):
                return fn(*args, **kwargs)

        return wrapper

    _args = ()


class no_grad(_Mode):
    """Disables gradient recording in its scope."""

    def __enter__(self):
        self._prev = _C._set_grad_enabled(False)

    def __exit__(self, *exc):
        _C._set_grad_enabled(self._prev)
        return False


class enable_grad(_Mode):
    """Enables gradient recording in its scope (inside no_grad)."""

    def __enter__(self):
        self._prev = _C._set_grad_enabled(True)

    def __exit__(self, *exc):
        _C._set_grad_enabled(self._prev)
        return False


class set_grad_enabled(_Mode):
    """Sets grad mode: at once when called, and restored at the end of a with-block."""

    def __init__(self, mode):
        self._args = (mode,)
        self._prev = _C._set_grad_enabled(bool(mode))

    def __enter__(self):
        pass

    def __exit__(self, *exc):
        _C._set_grad_enabled(self._prev)
        return False


class inference_mode(_Mode):
    """Inference mode in its scope: no history is recorded at all (mode=False turns it off)."""

    def __init__(self, mode=True):
        self._args = (mode,)
        self._mode = bool(mode)

    def __enter__(self):
        self._prev = _C._set_inference_mode(self._mode)

    def __exit__(self, *exc):
        _C._set_inference_mode(self._prev)
        return False


def is_inference_mode_enabled():
    """True inside inference_mode()."""
    prev = _C._set_inference_mode(False)
    _C._set_inference_mode(prev)
    return prev
