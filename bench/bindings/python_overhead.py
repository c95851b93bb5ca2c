#!/usr/bin/env python3
"""The Python binding's figures for bench/bindings/run.sh (issue 8): the cost of one tiny op
called from Python, measured for ignis and torch side by side in this one process, and the
Fashion-MNIST CNN's inference from Python threads. Prints `RESULT python <workload> ...` lines:

  add_1elem          ns=  torch_ns=  1-element float32 `a + b`, result released
  add_inplace        ns=  torch_ns=  `a.add_(b)`
  add_requires_grad  ns=  torch_ns=  `a + b` with both requiring grad (history recorded)
  add_scalar         ns=  torch_ns=  `a + 1` (a Python number operand)
  cnn_b<B>_t<T>      ips= p50_ms= p99_ms=  as c_ref.c: T Python threads share one model (eval,
                                           no grad) loaded from CHECKPOINT, each calls forward
                                           on batch B for SECONDS (engine threads 1 when T > 1)

    python_overhead.py [CHECKPOINT] [SECONDS=3] [--calls N] [--repeats R] [--only add]

Timing: each repeat runs N calls of the ignis statement, then N of the torch one (interleaved,
so load on a shared machine hits both alike), and each side keeps its fastest repeat, as timeit
advises: the minimum is the cost of the code itself, the rest is other processes. Calls are made
from a compiled `for` loop; the loop's own cost (an empty body, ~5 ns) is subtracted. Nothing is
asserted; the ratio line is for the notes (target: ignis <= 0.8 x torch)."""
import argparse
import os
import sys
import threading
import time

import ignis

try:
    import torch
except ImportError:  # the figures for ignis alone
    torch = None

WORKLOADS = [
    # name, statement, setup (names a, b made by `lib`)
    ("add_1elem", "a + b", False),
    ("add_inplace", "a.add_(b)", False),
    ("add_requires_grad", "a + b", True),
    ("add_scalar", "a + 1", False),
]


def make_timer(lib, stmt, requires_grad, calls):
    a = lib.ones(1, requires_grad=requires_grad)
    b = lib.ones(1, requires_grad=requires_grad)
    src = f"def run(a, b):\n    for _ in range({calls}):\n        {stmt}\n"
    ns = {}
    exec(compile(src, f"<{stmt}>", "exec"), ns)
    run = ns["run"]

    def once():
        t0 = time.perf_counter_ns()
        run(a, b)
        return time.perf_counter_ns() - t0

    return once


def loop_cost(calls):
    return make_timer(ignis, "pass", False, calls)


def bench_overhead(calls, repeats):
    libs = [("ignis", ignis)] + ([("torch", torch)] if torch is not None else [])
    empty = loop_cost(calls)
    for name, stmt, rg in WORKLOADS:
        timers = {lib: make_timer(mod, stmt, rg, calls) for lib, mod in libs}
        for t in timers.values():  # warm-up: caches, allocator, branch predictors
            t()
        best = {lib: float("inf") for lib in timers}
        best_empty = float("inf")
        for _ in range(repeats):
            for lib, t in timers.items():
                best[lib] = min(best[lib], t())
            best_empty = min(best_empty, empty())
        per = {lib: (v - best_empty) / calls for lib, v in best.items()}
        line = f"RESULT python {name} ns={per['ignis']:.1f}"
        if "torch" in per:
            line += f" torch_ns={per['torch']:.1f} ratio={per['ignis'] / per['torch']:.2f}"
        print(line, flush=True)


def load_cnn(path):
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "examples", "python"))
    from fashion_mnist import make_cnn

    model = make_cnn()
    model.load_state_dict(ignis.load(path))
    model.eval()
    return model


def bench_cnn(model, batch, threads, seconds):
    ignis.set_num_threads(1 if threads > 1 else max(default_threads, 2))  # as c_ref.c
    lat = [[] for _ in range(threads)]
    barrier = threading.Barrier(threads + 1)

    def worker(out):
        x = ignis.randn(batch, 1, 28, 28)
        with ignis.no_grad():  # grad mode is per thread
            for _ in range(3):
                model(x)
            barrier.wait()
            start = t0 = time.perf_counter()
            while t0 - start < seconds:
                model(x)
                t1 = time.perf_counter()
                out.append((t1 - t0) * 1e3)
                t0 = t1

    ts = [threading.Thread(target=worker, args=(lat[i],)) for i in range(threads)]
    for t in ts:
        t.start()
    barrier.wait()
    t0 = time.perf_counter()
    for t in ts:
        t.join()
    wall = time.perf_counter() - t0
    all_ms = sorted(v for l in lat for v in l)
    n = len(all_ms)
    print(
        f"RESULT python cnn_b{batch}_t{threads} ips={n * batch / wall:.1f} "
        f"p50_ms={all_ms[n // 2]:.3f} p99_ms={all_ms[int(n * 0.99)]:.3f}",
        flush=True,
    )


def main():
    global default_threads
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("checkpoint", nargs="?")
    ap.add_argument("seconds", nargs="?", type=float, default=3.0)
    ap.add_argument("--calls", type=int, default=20_000, help="calls per timed repeat")
    ap.add_argument("--repeats", type=int, default=60)
    ap.add_argument("--only", choices=["add", "cnn"], help="run one group of workloads")
    args = ap.parse_args()
    # Read before torch.set_num_threads: both engines run on libgomp, so torch's setting would
    # also become ignis's and the 1-caller CNN rows would run on one thread instead of C's two.
    default_threads = ignis.get_num_threads()
    if torch is not None:
        torch.set_num_threads(1)  # 1-element ops run on one thread either way
    if args.only != "cnn":
        bench_overhead(args.calls, args.repeats)
    if args.only != "add" and args.checkpoint:
        model = load_cnn(args.checkpoint)
        for batch, threads in ((1, 1), (64, 1), (1, 8), (64, 8)):
            bench_cnn(model, batch, threads, args.seconds)
        ignis.set_num_threads(default_threads)


default_threads = 1
if __name__ == "__main__":
    main()
