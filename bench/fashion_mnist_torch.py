#!/usr/bin/env python3
"""torch 1.13 twin of examples/cpp/fashion_mnist.cpp (same model, recipe and batch size), so the
example's epoch time and accuracy can be compared side by side on the same machine:
    OMP_WAIT_POLICY=PASSIVE /usr/bin/python3 bench/fashion_mnist_torch.py [epochs=3] [--threads N]
                                                                       [--max-batches N]
Prints loss, test accuracy, throughput, wall and CPU seconds (this process, all threads) per
epoch in the example's format; --max-batches stops each epoch early, as the Python example's
option does (bench/bindings/python.sh times both that way). Data: Debian's
dataset-fashion-mnist (/usr/share/datasets/fashion-mnist)."""
import argparse
import gzip
import time

import numpy as np
import torch
from torch import nn

ROOT = "/usr/share/datasets/fashion-mnist"


def read_idx(name, offset):
    with gzip.open(f"{ROOT}/{name}", "rb") as f:
        return np.frombuffer(f.read(), dtype=np.uint8, offset=offset)


def load(train):
    prefix = "train" if train else "t10k"
    images = read_idx(f"{prefix}-images-idx3-ubyte.gz", 16).reshape(-1, 28, 28)
    labels = read_idx(f"{prefix}-labels-idx1-ubyte.gz", 8)
    return torch.from_numpy(images.copy()), torch.from_numpy(labels.astype(np.int64))


def prepare(images):
    # (N, 28, 28) uint8 -> (N, 1, 28, 28) float32 normalized with the training set's mean and std.
    return ((images.float() / 255.0 - 0.2860) / 0.3530).unsqueeze(1)


def make_cnn():
    # Keep in sync with make_cnn() in examples/cpp/fashion_mnist.cpp and examples/c/fashion_mnist.c.
    return nn.Sequential(
        nn.Conv2d(1, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(32, 64, 3, padding=1), nn.BatchNorm2d(64), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Dropout(0.25), nn.Linear(64 * 7 * 7, 10))


def evaluate(model, images, labels):
    model.eval()
    correct = 0
    with torch.no_grad():
        for b in range(0, len(images), 1000):
            pred = model(prepare(images[b:b + 1000])).argmax(1)
            correct += int((pred == labels[b:b + 1000]).sum())
    model.train()
    return correct / len(images)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("epochs", nargs="?", type=int, default=3)
    ap.add_argument("--threads", type=int, default=0)
    ap.add_argument("--max-batches", type=int, default=None)
    args = ap.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    train_x, train_y = load(True)
    test_x, test_y = load(False)
    print(f"Fashion-MNIST: {len(train_x)} training and {len(test_x)} test images "
          f"(torch {torch.__version__}, {torch.get_num_threads()} threads)")
    torch.manual_seed(0)
    model = make_cnn()
    batch = 64
    steps = (len(train_x) + batch - 1) // batch
    if args.max_batches is not None:
        steps = min(steps, args.max_batches)
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9, nesterov=True,
                          weight_decay=5e-4)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=0.05, epochs=args.epochs,
                                                steps_per_epoch=steps)
    loss_fn = nn.CrossEntropyLoss()
    gen = torch.Generator().manual_seed(0)
    for epoch in range(1, args.epochs + 1):
        t0, c0 = time.perf_counter(), time.process_time()
        perm = torch.randperm(len(train_x), generator=gen)
        loss_sum = 0.0
        for s in range(steps):
            idx = perm[s * batch:(s + 1) * batch]
            loss = loss_fn(model(prepare(train_x[idx])), train_y[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            loss_sum += loss.item()
        secs, cpu = time.perf_counter() - t0, time.process_time() - c0
        images = min(len(train_x), steps * batch)
        acc = evaluate(model, test_x, test_y)
        print(f"epoch {epoch}: loss {loss_sum / steps:.4f}, test accuracy {100 * acc:.2f}%, "
              f"{images / secs:.0f} images/s ({secs:.1f} s, cpu {cpu:.1f} s)", flush=True)


if __name__ == "__main__":
    main()
