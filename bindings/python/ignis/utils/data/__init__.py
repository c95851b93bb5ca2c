"""ignis.utils.data: Dataset, TensorDataset, Subset, random_split, DataLoader and
default_collate with PyTorch's API. Datasets the engine can serve (TensorDataset,
ignis.datasets.FashionMNIST and subsets of them) are batched by the engine's data loader
(worker threads, no Python per example); any other dataset by a Python loop."""
from .dataset import Dataset, TensorDataset, Subset, ConcatDataset, random_split  # noqa: F401
from .collate import default_collate  # noqa: F401
from .dataloader import DataLoader  # noqa: F401
