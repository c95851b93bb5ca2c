"""Datasets: the map-style interface (__getitem__, __len__) plus _engine_dataset(), the engine
handle that lets DataLoader batch in the engine when a dataset has one."""
import math

from ... import _C
from ..._C import Tensor
from ..._generator import Generator


class Dataset:
    """Base class of map-style datasets: implement __getitem__ and __len__."""

    def __getitem__(self, index):
        raise NotImplementedError(f"{type(self).__name__} must implement __getitem__")

    def __add__(self, other):
        return ConcatDataset([self, other])

    def _engine_dataset(self):
        """The engine dataset serving the same examples, or None (Python datasets)."""
        return None


class TensorDataset(Dataset):
    """Example i is (t[i] for t in tensors); every tensor has the same first dimension."""

    def __init__(self, *tensors):
        if not tensors:
            raise ValueError("TensorDataset needs at least one tensor")
        for t in tensors:
            if not isinstance(t, Tensor):
                raise TypeError(f"TensorDataset expects Tensors but got {type(t).__name__}")
            if t.dim() == 0:
                raise ValueError("TensorDataset: a 0-d tensor has no examples")
        n = tensors[0].shape[0]
        if any(t.shape[0] != n for t in tensors):
            raise ValueError(
                "Size mismatch between tensors: first dimensions "
                f"{[t.shape[0] for t in tensors]}"
            )
        self.tensors = tensors
        self._engine = None

    def __getitem__(self, index):
        return tuple(t[index] for t in self.tensors)

    def __len__(self):
        return self.tensors[0].shape[0]

    def _engine_dataset(self):
        if self._engine is None and all(t._device_str == "cpu" for t in self.tensors):
            self._engine = _C._Dataset.from_tensors([t.detach() for t in self.tensors])
        return self._engine


class _EngineBacked(Dataset):
    """A dataset the engine serves (examples come back as tuples of tensors)."""

    def __init__(self, engine):
        self._engine = engine

    def __getitem__(self, index):
        n = len(self)
        if not -n <= index < n:
            raise IndexError(f"index {index} is out of range for a dataset of {n} examples")
        return tuple(self._engine.get(index % n))

    def __len__(self):
        return self._engine.size()

    def _engine_dataset(self):
        return self._engine


class Subset(Dataset):
    """The examples of dataset at indices, in that order."""

    def __init__(self, dataset, indices):
        self.dataset = dataset
        self.indices = [int(i) for i in indices]
        self._engine = None

    def __getitem__(self, idx):
        if isinstance(idx, list):
            return [self.dataset[self.indices[i]] for i in idx]
        return self.dataset[self.indices[idx]]

    def __len__(self):
        return len(self.indices)

    def _engine_dataset(self):
        if self._engine is None:
            base = self.dataset._engine_dataset() if isinstance(self.dataset, Dataset) else None
            if base is not None:
                n = len(self.dataset)
                self._engine = base.subset([i % n if -n <= i < n else i for i in self.indices])
        return self._engine


class ConcatDataset(Dataset):
    """The examples of several datasets one after another."""

    def __init__(self, datasets):
        self.datasets = list(datasets)
        if not self.datasets:
            raise ValueError("datasets should not be an empty iterable")
        self.cumulative_sizes = []
        total = 0
        for d in self.datasets:
            total += len(d)
            self.cumulative_sizes.append(total)

    def __len__(self):
        return self.cumulative_sizes[-1]

    def __getitem__(self, idx):
        if idx < 0:
            idx += len(self)
        if not 0 <= idx < len(self):
            raise IndexError(f"index out of range for a dataset of {len(self)} examples")
        start = 0
        for d, end in zip(self.datasets, self.cumulative_sizes):
            if idx < end:
                return d[idx - start]
            start = end


def random_split(dataset, lengths, generator=None):
    """Splits dataset into non-overlapping random Subsets of the given lengths (or fractions
    summing to 1, as torch)."""
    n = len(dataset)
    lengths = list(lengths)
    if math.isclose(sum(lengths), 1) and sum(lengths) <= 1:
        counts = [int(math.floor(n * f)) for f in lengths]
        for i in range(n - sum(counts)):
            counts[i % len(counts)] += 1
        lengths = counts
    if sum(lengths) != n:
        raise ValueError(
            "Sum of input lengths does not equal the length of the input dataset!"
            f" ({sum(lengths)} vs {n})"
        )
    gen = generator if generator is not None else Generator()
    perm = gen._numpy().permutation(n).tolist()
    out, start = [], 0
    for length in lengths:
        out.append(Subset(dataset, perm[start : start + length]))
        start += length
    return out
