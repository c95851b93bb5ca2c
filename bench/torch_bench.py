#!/usr/bin/python3
"""The torch side of bench/run.sh: times each workload in torch and writes {name: seconds}.

Each workload carries the name of its twin in bench/*_bench.cpp; bench/compare.py joins the
two by that name. A workload is a function that does its set-up and returns the callable to
time (one call = one iteration). Run under Debian's /usr/bin/python3 (torch 1.13).
"""

import argparse
import json
import re
import statistics
import sys
import time

import torch

WORKLOADS = {}

M1 = 1_000_000
M16 = 16_000_000


def workload(name):
    """Registers a set-up function under `name`; it returns the callable to time."""

    def register(setup):
        if name in WORKLOADS:
            raise ValueError(f"torch_bench: workload {name!r} is registered twice")
        WORKLOADS[name] = setup
        return setup

    return register


# ---- allocation + fill (each fresh 64 MiB buffer pays a page fault per 4 KiB here)


@workload("empty_fill/16M")
def empty_fill_16m():
    return lambda: torch.empty(M16).fill_(1.0)


@workload("zeros/16M")
def zeros_16m():
    return lambda: torch.zeros(M16)


@workload("full/16M")
def full_16m():
    return lambda: torch.full((M16,), 1.5)


# ---- copies into existing memory and into fresh results


def copy_n(n):
    src = torch.randn(n)
    dst = torch.empty(n)
    return lambda: dst.copy_(src)


@workload("copy/1M")
def copy_1m():
    return copy_n(M1)


@workload("copy/16M")
def copy_16m():
    return copy_n(M16)


@workload("transpose_copy/4096")
def transpose_copy_4096():
    a = torch.randn(4096, 4096)
    return lambda: a.t().contiguous()


@workload("to_f64/16M")
def to_f64_16m():
    a = torch.randn(M16)
    return lambda: a.to(torch.float64)


# ---- sequences and random numbers


@workload("arange/1M")
def arange_1m():
    return lambda: torch.arange(M1, dtype=torch.float32)


@workload("randn/1M")
def randn_1m():
    return lambda: torch.randn(M1)


# ---- unary (bench/unary_bench.cpp)


def unary_alloc(fn, n):
    a = torch.randn(n)
    return lambda: fn(a)


def unary_out(fn, n):
    a, out = torch.randn(n), torch.empty(n)
    return lambda: fn(a, out=out)


for _n, _size in (("1M", M1), ("16M", M16)):
    workload(f"exp/{_n}")(lambda size=_size: unary_alloc(torch.exp, size))
    workload(f"exp_out/{_n}")(lambda size=_size: unary_out(torch.exp, size))
for _name, _fn in (
    ("log", torch.log),
    ("tanh", torch.tanh),
    ("sigmoid", torch.sigmoid),
    ("gelu", torch._C._nn.gelu),
    ("silu", torch._C._nn.silu),
    ("erf", torch.erf),
    ("neg", torch.neg),
):
    workload(f"{_name}_out/16M")(lambda fn=_fn: unary_out(fn, M16))


@workload("relu_/16M")
def relu_inplace_16m():
    a = torch.randn(M16)
    return lambda: torch.relu_(a)


# ---- binary (bench/binary_bench.cpp)


def binary_alloc(op, n):
    a, b = torch.randn(n), torch.randn(n)
    return lambda: op(a, b)


def binary_out(op, n):
    a, b, out = torch.randn(n), torch.randn(n), torch.empty(n)
    return lambda: op(a, b, out=out)


@workload("add/1M")
def add_1m():
    return binary_alloc(torch.add, M1)


@workload("add/16M")
def add_16m():
    return binary_alloc(torch.add, M16)


@workload("mul/1M")
def mul_1m():
    return binary_alloc(torch.mul, M1)


@workload("mul/16M")
def mul_16m():
    return binary_alloc(torch.mul, M16)


@workload("lt/16M")
def lt_16m():
    return binary_alloc(torch.lt, M16)


@workload("add_out/1M")
def add_out_1m():
    return binary_out(torch.add, M1)


@workload("add_out/16M")
def add_out_16m():
    return binary_out(torch.add, M16)


@workload("mul_out/1M")
def mul_out_1m():
    return binary_out(torch.mul, M1)


@workload("mul_out/16M")
def mul_out_16m():
    return binary_out(torch.mul, M16)


@workload("add_broadcast/4096x1024")
def add_broadcast():
    a, b = torch.randn(4096, 1024), torch.randn(1024)
    return lambda: torch.add(a, b)


@workload("add_scalar/16M")
def add_scalar_16m():
    a = torch.randn(M16)
    return lambda: torch.add(a, 1.5)


# ---- shape and index (bench/shape_bench.cpp)


def cat_8(dim):
    parts = [torch.randn(1024, 1024) for _ in range(8)]
    return lambda: torch.cat(parts, dim)


workload("cat/8x1024x1024/dim0")(lambda: cat_8(0))
workload("cat/8x1024x1024/dim1")(lambda: cat_8(1))


@workload("index_select/1Mx16")
def index_select_1m():
    table, idx = torch.randn(M1, 16), torch.randint(0, M1, (M1,))
    return lambda: torch.index_select(table, 0, idx)


@workload("gather/1Mx16/dim1")
def gather_1m():
    table, idx = torch.randn(M1, 16), torch.randint(0, 16, (M1, 4))
    return lambda: torch.gather(table, 1, idx)


@workload("masked_fill/4096x1024")
def masked_fill_4096():
    a, m = torch.randn(4096, 1024), torch.rand(4096, 1024) > 0.5
    return lambda: a.masked_fill(m, 0.0)


@workload("tril/4096")
def tril_4096():
    a = torch.randn(4096, 4096)
    return lambda: torch.tril(a)


# ---- autograd
@workload("add/1elem")
def add_1elem():
    a, b = torch.randn(1), torch.randn(1)
    return lambda: torch.add(a, b)


@workload("add_/1elem")
def add_inplace_1elem():
    a, b = torch.randn(1), torch.randn(1)
    return lambda: a.add_(b)


@workload("add_requires_grad/1elem")
def add_requires_grad_1elem():
    a, b = torch.randn(1, requires_grad=True), torch.randn(1)

    def step():
        with torch.enable_grad():  # the harness times workloads under no_grad
            return torch.add(a, b)

    return step


@workload("chain_fwd_bwd/1K")
def chain_backward_1k():
    x = torch.randn(1024, requires_grad=True)

    def step():
        with torch.enable_grad():  # the harness times workloads under no_grad
            y = torch.tanh(torch.exp(x) * x).sum()
            y.backward()
        x.grad = None

    return step


# ---- nn and loss (twins in bench/nn_bench.cpp)
import torch.nn.functional as _F  # noqa: E402


@workload("softmax/4096x1024")
def softmax_4096x1024():
    x = torch.randn(4096, 1024)
    return lambda: torch.softmax(x, -1)


@workload("log_softmax/4096x1024")
def log_softmax_4096x1024():
    x = torch.randn(4096, 1024)
    return lambda: torch.log_softmax(x, -1)


@workload("layer_norm/8192x1024")
def layer_norm_8192x1024():
    x, w, b = torch.randn(8192, 1024), torch.randn(1024), torch.randn(1024)
    return lambda: _F.layer_norm(x, (1024,), w, b)


@workload("cross_entropy/4096x1000")
def cross_entropy_4096x1000():
    x, t = torch.randn(4096, 1000), torch.randint(0, 1000, (4096,))
    return lambda: _F.cross_entropy(x, t)


@workload("sdpa/16x4x128x64")
def sdpa_16x4x128x64():
    # torch 1.13 has no F.scaled_dot_product_attention: its math path, as 2.x runs it on CPU
    q, k, v = (torch.randn(16, 4, 128, 64) for _ in range(3))
    return lambda: torch.softmax(q @ k.transpose(-2, -1) * 0.125, -1) @ v


@workload("batch_norm/32x64x56x56")
def batch_norm_32x64x56x56():
    x = torch.randn(32, 64, 56, 56)
    rm, rv, w, b = torch.zeros(64), torch.ones(64), torch.ones(64), torch.zeros(64)
    return lambda: _F.batch_norm(x, rm, rv, w, b, training=True)


@workload("linear/256x784x512")
def linear_256x784x512():
    x, w, b = torch.randn(256, 784), torch.randn(512, 784), torch.randn(512)
    return lambda: _F.linear(x, w, b)


# ---- training steps (bench/train_bench.cpp)
def _train_step(model, x, y, opt=None, **sgd):
    if opt is None:
        opt = torch.optim.SGD(model.parameters(), **(sgd or dict(lr=0.01, momentum=0.9)))

    def step():
        with torch.enable_grad():  # the harness times workloads under no_grad
            loss = torch.nn.functional.cross_entropy(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()

    return step


@workload("train/mlp_sgd_step/256")
def mlp_sgd_step():
    nn = torch.nn
    m = nn.Sequential(
        nn.Linear(784, 512),
        nn.ReLU(),
        nn.Linear(512, 512),
        nn.ReLU(),
        nn.Linear(512, 10),
    )
    return _train_step(m, torch.randn(256, 784), torch.randint(0, 10, (256,)))


@workload("train/mlp_adam_step/256")
def mlp_adam_step():
    nn = torch.nn
    torch.manual_seed(0)
    m = nn.Sequential(
        nn.Linear(784, 512), nn.ReLU(), nn.Linear(512, 512), nn.ReLU(), nn.Linear(512, 10)
    )
    opt = torch.optim.Adam(m.parameters(), lr=1e-3)
    return _train_step(m, torch.randn(256, 784), torch.randint(0, 10, (256,)), opt=opt)


@workload("train/cnn_sgd_step/64")
def cnn_sgd_step():
    nn = torch.nn
    m = nn.Sequential(
        nn.Conv2d(1, 32, 3, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(32, 64, 3, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Flatten(),
        nn.Linear(64 * 7 * 7, 10),
    )
    return _train_step(m, torch.randn(64, 1, 28, 28), torch.randint(0, 10, (64,)))


@workload("train/fashion_cnn_bn_step/64")
def fashion_cnn_bn_step():
    # the model and optimizer of examples/cpp/fashion_mnist.cpp (one epoch = 938 such steps)
    nn = torch.nn
    m = nn.Sequential(
        nn.Conv2d(1, 32, 3, padding=1),
        nn.BatchNorm2d(32),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(32, 64, 3, padding=1),
        nn.BatchNorm2d(64),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Flatten(),
        nn.Dropout(0.25),
        nn.Linear(64 * 7 * 7, 10),
    )
    return _train_step(m, torch.randn(64, 1, 28, 28), torch.randint(0, 10, (64,)),
                       lr=0.05, momentum=0.9, weight_decay=5e-4, nesterov=True)


# ---- sequence layers, forward + backward in training mode (bench/seq_bench.cpp)
def _fwd_bwd(model, x):
    model.train()

    def step():
        with torch.enable_grad():  # the harness times workloads under no_grad
            model.zero_grad(set_to_none=True)
            y = model(x)
            if isinstance(y, tuple):  # LSTM: (output, (h_n, c_n))
                y = y[0]
            y.sum().backward()

    return step


@workload("train/transformer_encoder_layer_fwd_bwd/16x128x256")
def transformer_encoder_layer_fwd_bwd():
    m = torch.nn.TransformerEncoderLayer(256, 4, 1024, dropout=0.1, batch_first=True)
    return _fwd_bwd(m, torch.randn(16, 128, 256))


@workload("train/lstm2_fwd_bwd/64x32x128")
def lstm2_fwd_bwd():
    m = torch.nn.LSTM(128, 256, num_layers=2)
    return _fwd_bwd(m, torch.randn(64, 32, 128))


# ---- timing


# ---- reduce and sort (twins in bench/reduce_bench.cpp)


@workload("sum/16M")
def sum_16m():
    a = torch.randn(M16)
    return lambda: torch.sum(a)


@workload("sum_dim1/4096x1024")
def sum_dim1():
    a = torch.randn(4096, 1024)
    return lambda: torch.sum(a, 1)


@workload("sum_dim0/4096x1024")
def sum_dim0():
    a = torch.randn(4096, 1024)
    return lambda: torch.sum(a, 0)


@workload("amax_dim1/4096x1024")
def amax_dim1():
    a = torch.randn(4096, 1024)
    return lambda: torch.amax(a, 1)


@workload("argmax/16M")
def argmax_16m():
    a = torch.randn(M16)
    return lambda: torch.argmax(a)


@workload("sort/1M")
def sort_1m():
    a = torch.randn(M1)
    return lambda: torch.sort(a)


# ---- linalg (bench/linalg_bench.cpp)
def sgemm(n):
    a, b = torch.randn(n, n), torch.randn(n, n)
    return lambda: torch.mm(a, b)


for _n in (256, 512, 1024, 2048):
    workload(f"sgemm/{_n}")(lambda n=_n: sgemm(n))


@workload("bmm/64x128x128")
def bmm_64x128():
    a, b = torch.randn(64, 128, 128), torch.randn(64, 128, 128)
    return lambda: torch.bmm(a, b)


def params_10x100k():
    params = []
    for _ in range(10):
        p = torch.randn(100_000, requires_grad=True)
        p.grad = torch.randn(100_000)
        params.append(p)
    return params


@workload("optim/adam_step_1M")
def adam_step_1m():
    opt = torch.optim.Adam(params_10x100k())
    return opt.step


@workload("optim/sgd_momentum_step_1M")
def sgd_momentum_step_1m():
    opt = torch.optim.SGD(params_10x100k(), lr=0.01, momentum=0.9)
    return opt.step


def time_per_iter(fn, min_time, repeats):
    """Median over `repeats` of the mean wall time per call, each repeat lasting >= min_time."""
    fn()  # warm-up: first-call costs, lazy initialisation
    iters, elapsed = 1, 0.0
    while True:  # calibrate the iteration count the way Google Benchmark does
        start = time.perf_counter()
        for _ in range(iters):
            fn()
        elapsed = time.perf_counter() - start
        if elapsed >= min_time:
            break
        iters = max(
            iters + 1, min(iters * 10, int(iters * 1.4 * min_time / max(elapsed, 1e-9)))
        )
    samples = [elapsed / iters]
    for _ in range(repeats - 1):
        start = time.perf_counter()
        for _ in range(iters):
            fn()
        samples.append((time.perf_counter() - start) / iters)
    return statistics.median(samples)


# ---- conv and pool (bench/conv_bench.cpp)


@workload("conv2d/32x64x56x56_3x3")
def conv2d_64():
    x, w, b = torch.randn(32, 64, 56, 56), torch.randn(64, 64, 3, 3), torch.randn(64)
    return lambda: torch.nn.functional.conv2d(x, w, b, 1, 1)


@workload("conv2d_cl/32x64x56x56_3x3")
def conv2d_64_cl():
    x = torch.randn(32, 64, 56, 56).contiguous(memory_format=torch.channels_last)
    w = torch.randn(64, 64, 3, 3).contiguous(memory_format=torch.channels_last)
    b = torch.randn(64)
    return lambda: torch.nn.functional.conv2d(x, w, b, 1, 1)


@workload("conv2d/64x1x28x28_5x5")
def conv2d_mnist():
    x, w, b = torch.randn(64, 1, 28, 28), torch.randn(32, 1, 5, 5), torch.randn(32)
    return lambda: torch.nn.functional.conv2d(x, w, b)


@workload("max_pool2d/32x64x56x56_2x2")
def max_pool2d_64():
    x = torch.randn(32, 64, 56, 56)
    return lambda: torch.nn.functional.max_pool2d(x, 2)


def main():
    """Times the selected workloads; writes {name: seconds per iteration, null if it failed}."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--threads", type=int, required=True, help="torch.set_num_threads(n)"
    )
    parser.add_argument(
        "--out", required=True, help="JSON file to write {name: seconds}"
    )
    parser.add_argument(
        "--min-time", type=float, default=0.2, help="seconds per repeat"
    )
    parser.add_argument(
        "--repeats", type=int, default=3, help="repeats; the median is kept"
    )
    parser.add_argument(
        "--filter", default="", help="run only workloads whose name matches this regex"
    )
    args = parser.parse_args()
    if args.threads < 1:
        parser.error(f"expected --threads >= 1 but got {args.threads}")

    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    print(
        f"torch {torch.__version__}, {torch.get_num_threads()} threads", file=sys.stderr
    )
    results = {}
    with torch.no_grad():
        for name, setup in WORKLOADS.items():
            if not re.search(args.filter, name):
                continue
            try:
                results[name] = time_per_iter(setup(), args.min_time, args.repeats)
            except Exception as e:  # one broken workload must not lose the others
                results[name] = None  # compare.py shows "torch failed"
                print(f"  {name:<24} failed: {type(e).__name__}: {e}", file=sys.stderr)
                continue
            print(f"  {name:<24} {results[name] * 1e6:12.1f} us", file=sys.stderr)
    with open(args.out, "w") as f:
        json.dump(results, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
