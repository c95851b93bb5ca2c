"""DataLoader: batches of a dataset, PyTorch's arguments. The engine's loader batches datasets
it can serve (no collate_fn/sampler given); others run through a Python loop."""
import json
import math

from ..._generator import Generator
from .collate import default_collate
from .dataset import Dataset


class DataLoader:
    def __init__(
        self,
        dataset,
        batch_size=1,
        shuffle=False,
        sampler=None,
        batch_sampler=None,
        num_workers=0,
        collate_fn=None,
        pin_memory=False,
        drop_last=False,
        timeout=0,
        worker_init_fn=None,
        generator=None,
        *,
        prefetch_factor=2,
        persistent_workers=False,
    ):
        if batch_size is not None and (
            isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size <= 0
        ):
            raise ValueError(
                f"batch_size should be a positive integer value, but got batch_size={batch_size}"
            )
        if not isinstance(num_workers, int) or num_workers < 0:
            raise ValueError("num_workers option should be non-negative")
        if sampler is not None and shuffle:
            raise ValueError("sampler option is mutually exclusive with shuffle")
        if batch_sampler is not None:
            raise ValueError("ignis DataLoader: batch_sampler is not supported; use batch_size")
        if worker_init_fn is not None:
            raise ValueError("ignis DataLoader: worker_init_fn is not supported (engine threads)")
        self.dataset = dataset
        self.batch_size = batch_size
        self.shuffle = bool(shuffle)
        self.sampler = sampler
        self.num_workers = num_workers
        self.collate_fn = collate_fn if collate_fn is not None else default_collate
        self.drop_last = bool(drop_last)
        self.generator = generator
        self._engine = None
        engine_ds = dataset._engine_dataset() if isinstance(dataset, Dataset) else None
        if engine_ds is not None and collate_fn is None and sampler is None and batch_size:
            opts = {
                "batch_size": batch_size,
                "shuffle": self.shuffle,
                "drop_last": self.drop_last,
                "num_workers": num_workers,
                "prefetch_factor": prefetch_factor,
            }
            if generator is not None:
                opts["seed"] = generator.initial_seed()
            from ... import _C

            self._engine = _C._DataLoader(engine_ds, json.dumps(opts))

    def __len__(self):
        if self._engine is not None:
            return self._engine.length()
        n = len(self.sampler) if self.sampler is not None else len(self.dataset)
        if self.batch_size is None:
            return n
        return n // self.batch_size if self.drop_last else math.ceil(n / self.batch_size)

    def __iter__(self):
        if self._engine is not None:
            return self._engine_batches()
        return self._python_batches()

    def _engine_batches(self):
        self._engine.reset()
        while True:
            batch = self._engine.next()
            if batch is None:
                return
            yield list(batch)

    def _order(self):
        if self.sampler is not None:
            return list(iter(self.sampler))
        n = len(self.dataset)
        if not self.shuffle:
            return list(range(n))
        if self.generator is None:
            return Generator()._numpy().permutation(n).tolist()
        return self.generator._numpy().permutation(n).tolist()

    def _python_batches(self):
        order = self._order()
        if self.batch_size is None:  # no batching: examples as they are (torch's default)
            for i in order:
                yield self.dataset[i]
            return
        for start in range(0, len(order), self.batch_size):
            idx = order[start : start + self.batch_size]
            if len(idx) < self.batch_size and self.drop_last:
                return
            yield self.collate_fn([self.dataset[i] for i in idx])
