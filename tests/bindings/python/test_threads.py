"""The GIL is released around engine work: another Python thread keeps running while an op
computes, and backward with Python hooks works from a worker thread."""
import threading
import time

import ignis


def test_engine_work_releases_the_gil():
    a = ignis.randn(1200, 1200)
    done = []

    def work():
        for _ in range(4):
            a @ a
        done.append(True)

    th = threading.Thread(target=work)
    th.start()
    ticks = 0
    while th.is_alive():  # runs only while the worker's matmul has let go of the GIL
        ticks += 1
        time.sleep(0.0005)
    th.join()
    assert done and ticks > 10, f"the main thread ran only {ticks} times during 4 matmuls"


def test_backward_with_hooks_in_worker_threads():
    errors, results = [], []

    def work(i):
        try:
            x = ignis.full((3,), float(i), requires_grad=True)
            x.register_hook(lambda g: g * 2)
            (x * x).sum().backward()
            results.append((i, x.grad.tolist()))
        except Exception as e:  # reported below; a crash would end the process instead
            errors.append(e)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sorted(results) == [(i, [4.0 * i] * 3) for i in range(4)]
