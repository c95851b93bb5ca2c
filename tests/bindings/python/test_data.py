"""ignis.utils.data: TensorDataset through the engine's loader, Python datasets through the
Python loop, collate of tuples/dicts/numbers, seeded shuffling, drop_last, random_split, Subset,
and the engine-read Fashion-MNIST."""
import os

import numpy as np
import pytest

import ignis
from ignis.utils.data import (
    DataLoader,
    Dataset,
    Subset,
    TensorDataset,
    default_collate,
    random_split,
)


def rows(loader):
    return [b[0][:, 0].tolist() for b in loader]


def test_tensor_dataset_uses_the_engine_loader():
    x = ignis.arange(10.0).reshape(10, 1)
    y = ignis.arange(10)
    ds = TensorDataset(x, y)
    assert len(ds) == 10 and ds[3][1].item() == 3
    dl = DataLoader(ds, batch_size=4)
    assert dl._engine is not None and len(dl) == 3
    batches = list(dl)
    assert [b[1].tolist() for b in batches] == [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]
    assert batches[0][0].shape == (4, 1)
    assert len(list(dl)) == 3  # a second epoch
    dl = DataLoader(ds, batch_size=4, drop_last=True)
    assert len(dl) == 2 and [len(b[1]) for b in dl] == [4, 4]


def test_seeded_shuffle_is_a_reproducible_permutation():
    ds = TensorDataset(ignis.arange(20.0).reshape(20, 1))
    a = DataLoader(ds, batch_size=5, shuffle=True, generator=ignis.Generator().manual_seed(3))
    b = DataLoader(ds, batch_size=5, shuffle=True, generator=ignis.Generator().manual_seed(3))
    ea, eb = rows(a), rows(b)
    assert ea == eb
    flat = sorted(v for batch in ea for v in batch)
    assert flat == list(range(20))
    assert [v for batch in ea for v in batch] != list(range(20))
    assert rows(a) != ea  # the next epoch is shuffled anew


class Squares(Dataset):
    def __len__(self):
        return 7

    def __getitem__(self, i):
        if not 0 <= i < 7:
            raise IndexError(i)
        return {"x": ignis.tensor([float(i), 1.0]), "y": i * i, "name": f"n{i}", "w": 0.5}


def test_python_dataset_collates_dicts_numbers_and_strings():
    dl = DataLoader(Squares(), batch_size=3)
    assert dl._engine is None and len(dl) == 3
    first = next(iter(dl))
    assert first["x"].shape == (3, 2)
    assert first["y"].dtype is ignis.int64 and first["y"].tolist() == [0, 1, 4]
    assert first["w"].dtype is ignis.float64
    assert first["name"] == ["n0", "n1", "n2"]
    assert [len(b["y"]) for b in dl] == [3, 3, 1]
    dl = DataLoader(
        Squares(),
        batch_size=3,
        shuffle=True,
        drop_last=True,
        generator=ignis.Generator().manual_seed(0),
    )
    ys = [b["y"].tolist() for b in dl]
    assert len(ys) == 2 and len(set(sum(ys, []))) == 6


def test_batch_size_none_yields_examples_unbatched():
    dl = DataLoader(Squares(), batch_size=None)
    items = list(dl)
    assert len(dl) == 7 and len(items) == 7 and items[2]["y"] == 4


def test_collate_tuples_and_errors():
    b = default_collate([(ignis.ones(2), 1), (ignis.zeros(2), 2)])
    assert isinstance(b, list) and b[0].shape == (2, 2) and b[1].tolist() == [1, 2]
    with pytest.raises(RuntimeError, match="equal size"):
        default_collate([ignis.ones(2), ignis.ones(3)])
    with pytest.raises(TypeError, match="found object"):
        default_collate([object()])


def test_random_split_and_subset():
    ds = TensorDataset(ignis.arange(10.0).reshape(10, 1))
    a, b = random_split(ds, [7, 3], generator=ignis.Generator().manual_seed(1))
    assert len(a) == 7 and len(b) == 3
    vals = sorted(int(a[i][0].item()) for i in range(7)) + sorted(
        int(b[i][0].item()) for i in range(3)
    )
    assert sorted(vals) == list(range(10))
    c, d = random_split(ds, [7, 3], generator=ignis.Generator().manual_seed(1))
    assert c.indices == a.indices
    e, f = random_split(ds, [0.5, 0.5])
    assert len(e) == 5 and len(f) == 5
    with pytest.raises(ValueError, match="Sum of input lengths"):
        random_split(ds, [4, 4])
    sub = Subset(ds, [9, 0, 4])
    dl = DataLoader(sub, batch_size=2)
    assert dl._engine is not None  # a subset of an engine dataset stays in the engine
    assert rows(dl) == [[9.0, 0.0], [4.0]]


def test_dataset_and_loader_errors():
    with pytest.raises(ValueError, match="Size mismatch"):
        TensorDataset(ignis.zeros(3, 1), ignis.zeros(4))
    with pytest.raises(ValueError, match="batch_size"):
        DataLoader(Squares(), batch_size=0)
    with pytest.raises(ValueError, match="mutually exclusive"):
        DataLoader(Squares(), sampler=[0, 1], shuffle=True)


FMNIST = "/usr/share/datasets/fashion-mnist"


@pytest.mark.skipif(not os.path.isdir(FMNIST), reason="dataset-fashion-mnist is not installed")
def test_fashion_mnist_from_the_engine():
    test = ignis.datasets.FashionMNIST(train=False)
    assert len(test) == 10000
    img, label = test[0]
    assert img.shape == (28, 28) and img.dtype is ignis.uint8
    assert label.dtype is ignis.int64 and 0 <= label.item() < 10
    dl = DataLoader(test, batch_size=1000, num_workers=2)
    n, labels = 0, np.zeros(10, dtype=np.int64)
    for x, y in dl:
        n += x.shape[0]
        labels += np.bincount(y.numpy(), minlength=10)
    assert n == 10000 and (labels == 1000).all()
    with pytest.raises(Exception, match="nowhere"):
        ignis.datasets.FashionMNIST("/nowhere", train=True)
    with pytest.raises(ValueError, match="local IDX files"):
        ignis.datasets.FashionMNIST(download=True)
    scaled = ignis.datasets.FashionMNIST(
        train=False, transform=lambda im: im.float() / 255, target_transform=int
    )
    x, y = scaled[0]
    assert x.dtype is ignis.float32 and float(x.max()) <= 1.0 and y == label.item()
    dl = DataLoader(Subset(scaled, range(10)), batch_size=4)
    assert dl._engine is None  # Python transforms: the Python loop
    xb, yb = next(iter(dl))
    assert xb.shape == (4, 28, 28) and yb.dtype is ignis.int64
