#!/usr/bin/env python3
"""The main job's Python part (DESIGN §11): trains the Fashion-MNIST CNN with ignis exactly as a
PyTorch user would (nn.Module, DataLoader, SGD), shows a progress bar (tqdm when installed,
plain lines otherwise), prints per-epoch loss, test accuracy and throughput, saves the
checkpoint with ignis.save(model.state_dict(), path) in safetensors, reloads it into a fresh
model and re-evaluates, then checks that the C API loads the same file strictly into the model
examples/c/fashion_mnist.c builds (same layers, same keys "0.weight", "1.running_mean", ...).

    python3 fashion_mnist.py [--epochs 1] [--checkpoint fashion_mnist_cnn_py.safetensors]
                             [--max-batches N] [--root DIR]
"""
import argparse
import sys
import time

import ignis
import ignis.nn as nn
from ignis.utils.data import DataLoader

try:
    from tqdm import tqdm
except ImportError:  # Debian's python3-tqdm is optional
    tqdm = None

# Training set statistics of the pixel values in [0, 1] (as the C example uses).
MEAN, STD = 0.2860, 0.3530


def make_cnn():
    """The CNN of examples/c/fashion_mnist.c (kLayers there), layer for layer: changing the
    architecture means editing this list and that one alike."""
    return nn.Sequential(
        nn.Conv2d(1, 32, kernel_size=3, padding=1),
        nn.BatchNorm2d(32),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(32, 64, kernel_size=3, padding=1),
        nn.BatchNorm2d(64),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Flatten(),
        nn.Dropout(0.25),
        nn.Linear(64 * 7 * 7, 10),
    )


def prepare(images):
    """(N, 28, 28) uint8 -> (N, 1, 28, 28) float32, normalized."""
    return ((images.float() / 255.0 - MEAN) / STD).unsqueeze(1)


def evaluate(model, loader):
    model.eval()
    correct = total = 0
    with ignis.no_grad():
        for images, labels in loader:
            pred = model(prepare(images)).argmax(1)
            correct += (pred == labels).sum().item()
            total += labels.numel()
    model.train()
    return correct / total


def progress(iterable, total, desc):
    if tqdm is not None:
        return tqdm(
            iterable, total=total, desc=desc, unit="batch", file=sys.stdout, mininterval=1.0
        )
    return _Plain(iterable, total, desc)


class _Plain:
    """A progress report on plain lines (every 10%) when tqdm is not installed."""

    def __init__(self, iterable, total, desc):
        self.iterable, self.total, self.desc = iterable, total, desc
        self.postfix = ""

    def __iter__(self):
        step = max(1, self.total // 10)
        for i, item in enumerate(self.iterable, 1):
            yield item
            if i % step == 0 or i == self.total:
                print(f"{self.desc}: {i}/{self.total} batches {self.postfix}", flush=True)

    def set_postfix_str(self, s):
        self.postfix = s

    def close(self):
        pass


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--epochs", type=int, default=1)
    ap.add_argument("--checkpoint", default="fashion_mnist_cnn_py.safetensors")
    ap.add_argument(
        "--max-batches",
        type=int,
        default=None,
        help="stop each epoch after this many batches (smoke runs)",
    )
    ap.add_argument("--root", default=None, help="Fashion-MNIST IDX directory")
    args = ap.parse_args()

    try:
        train_set = ignis.datasets.FashionMNIST(args.root, train=True)
    except ignis.IgnisError as e:
        print(f"Fashion-MNIST not found (Debian package dataset-fashion-mnist): {e}")
        return 1
    test_set = ignis.datasets.FashionMNIST(args.root, train=False)
    print(f"Fashion-MNIST: {len(train_set)} training and {len(test_set)} test images (Python)")

    ignis.manual_seed(0)
    model = make_cnn()
    loss_fn = nn.CrossEntropyLoss()
    # SGD with Nesterov momentum and weight decay under the 1cycle policy, stepped every batch:
    # the recipe of the C and C++ examples.
    opt = ignis.optim.SGD(
        model.parameters(), lr=0.05, momentum=0.9, weight_decay=5e-4, nesterov=True
    )
    loader = DataLoader(
        train_set,
        batch_size=64,
        shuffle=True,
        num_workers=2,
        generator=ignis.Generator().manual_seed(0),
    )
    test_loader = DataLoader(test_set, batch_size=1000)
    n_batches = len(loader) if args.max_batches is None else min(len(loader), args.max_batches)
    sched = ignis.optim.lr_scheduler.OneCycleLR(
        opt, max_lr=0.05, epochs=max(args.epochs, 1), steps_per_epoch=max(n_batches, 1)
    )

    for epoch in range(1, args.epochs + 1):
        t0, c0 = time.perf_counter(), time.process_time()
        loss_sum, batches, images = 0.0, 0, 0
        bar = progress(loader, n_batches, f"epoch {epoch}/{args.epochs}")
        for x, y in bar:
            if batches == n_batches:
                break
            loss = loss_fn(model(prepare(x)), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            loss_sum += loss.item()
            batches += 1
            images += y.numel()
            if batches % 50 == 0:
                bar.set_postfix_str(f"loss {loss_sum / batches:.4f}")
        bar.close()
        secs, cpu = time.perf_counter() - t0, time.process_time() - c0  # cpu: all threads
        acc = evaluate(model, test_loader)
        print(
            f"epoch {epoch}: loss {loss_sum / max(batches, 1):.4f}, test accuracy "
            f"{100 * acc:.2f}%, {images / secs:.0f} images/s ({secs:.1f} s, cpu {cpu:.1f} s)",
            flush=True,
        )

    acc = evaluate(model, test_loader)
    ignis.save(model.state_dict(), args.checkpoint)
    fresh = make_cnn()
    fresh.load_state_dict(ignis.load(args.checkpoint))
    reloaded = evaluate(fresh, test_loader)
    print(
        f"saved {args.checkpoint}; reloaded model accuracy {100 * reloaded:.2f}% "
        f"(before saving {100 * acc:.2f}%)"
    )

    # The C example's model (an engine Sequential) loads the Python checkpoint strictly.
    engine = ignis._C._Module("Sequential")
    for m in make_cnn():
        engine.append(m._engine)
    engine.load(args.checkpoint, True)
    print("the C API (ignis_module_load, strict) loads the checkpoint into the C example's model")
    if abs(reloaded - acc) > 1e-9:
        print("FAILED: the reloaded model's accuracy differs")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
