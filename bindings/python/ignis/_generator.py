"""ignis.Generator: a seedable random source for the Python-side data utilities (DataLoader
shuffling, random_split). Seeded it makes their order reproducible, as torch.Generator; its
initial_seed also seeds the engine's data loader."""
import numpy as np


class Generator:
    def __init__(self, device="cpu"):
        if str(device) != "cpu":
            raise ValueError(f"ignis.Generator: only 'cpu' generators exist, got {device!r}")
        self.device = device
        self._seed = None
        self._rng = None

    def manual_seed(self, seed):
        if isinstance(seed, bool) or not isinstance(seed, int):
            raise TypeError(f"manual_seed expected an int but got {type(seed).__name__}")
        self._seed = seed & 0xFFFFFFFFFFFFFFFF
        self._rng = np.random.Generator(np.random.PCG64(self._seed))
        return self

    def initial_seed(self):
        if self._seed is None:
            self.manual_seed(_engine_seed())
        return self._seed

    def _numpy(self):
        if self._rng is None:
            self.initial_seed()
        return self._rng


def _engine_seed():
    """A seed drawn from the engine's CPU generator (so ignis.manual_seed governs it)."""
    from . import _C

    return int(_C._randint(0, 2**62, [1], _C.int64, "cpu").item())
