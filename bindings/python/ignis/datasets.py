"""ignis.datasets: datasets the engine reads itself (ignis_dataset_fashion_mnist / _idx), served
to ignis.utils.data.DataLoader by the engine's loader."""
import os

from . import _C
from .utils.data.dataset import _EngineBacked


class FashionMNIST(_EngineBacked):
    """Fashion-MNIST from the IDX files under root (None: Debian's dataset-fashion-mnist,
    /usr/share/datasets/fashion-mnist). Example i is (uint8 image (28, 28), int64 label)."""

    classes = [
        "T-shirt/top",
        "Trouser",
        "Pullover",
        "Dress",
        "Coat",
        "Sandal",
        "Shirt",
        "Sneaker",
        "Bag",
        "Ankle boot",
    ]

    def __init__(self, root=None, train=True):
        self.root = root
        self.train = bool(train)
        super().__init__(
            _C._Dataset.fashion_mnist("" if root is None else os.fspath(root), self.train)
        )


class IDXDataset(_EngineBacked):
    """Two IDX files of the MNIST family (gzip or not): (image, int64 label) examples."""

    def __init__(self, images_path, labels_path):
        super().__init__(_C._Dataset.idx(os.fspath(images_path), os.fspath(labels_path)))
