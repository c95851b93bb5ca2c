"""ignis.datasets: datasets the engine reads itself (ignis_dataset_fashion_mnist / _idx), served
to ignis.utils.data.DataLoader by the engine's loader."""
import os

from . import _C
from .utils.data.dataset import _EngineBacked


class FashionMNIST(_EngineBacked):
    """Fashion-MNIST from the IDX files under root (None: Debian's dataset-fashion-mnist,
    /usr/share/datasets/fashion-mnist). Example i is (uint8 image (28, 28), int64 label).
    transform / target_transform (callables, as torchvision's) are applied per example in
    Python; without them the engine's loader batches the dataset in its worker threads."""

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

    def __init__(
        self, root=None, train=True, transform=None, target_transform=None, download=False
    ):
        if download:
            raise ValueError(
                "FashionMNIST: ignis reads local IDX files only (download=False); install "
                "Debian's dataset-fashion-mnist or pass root"
            )
        self.root = root
        self.train = bool(train)
        self.transform, self.target_transform = transform, target_transform
        super().__init__(
            _C._Dataset.fashion_mnist("" if root is None else os.fspath(root), self.train)
        )

    def __getitem__(self, index):
        img, target = super().__getitem__(index)
        if self.transform is not None:
            img = self.transform(img)
        if self.target_transform is not None:
            target = self.target_transform(target)
        return img, target

    def _engine_dataset(self):
        if self.transform is not None or self.target_transform is not None:
            return None  # Python transforms run in the Python loop
        return self._engine


class IDXDataset(_EngineBacked):
    """Two IDX files of the MNIST family (gzip or not): (image, int64 label) examples."""

    def __init__(self, images_path, labels_path):
        super().__init__(_C._Dataset.idx(os.fspath(images_path), os.fspath(labels_path)))
