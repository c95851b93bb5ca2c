#!/usr/bin/env python3
"""Tabulates bench/bindings/run.sh's RESULT lines: per workload, each language's figure and its
ratio to C's. Times (ns, ms) divide language by C; throughputs (ips, rps) divide C by the
language, so a ratio is always "language time / C time" (1.0 = as fast as C)."""
import sys

THROUGHPUT = {"ips", "rps"}


def parse(path):
    rows = {}  # (lang, workload) -> {metric: float}
    order = []
    for line in open(path):
        parts = line.split()
        if len(parts) < 3 or parts[0] != "RESULT":
            continue
        lang, workload = parts[1], parts[2]
        metrics = {}
        for kv in parts[3:]:
            k, _, v = kv.partition("=")
            try:
                metrics[k] = float(v)
            except ValueError:
                pass
        rows[(lang, workload)] = metrics
        if workload not in order:
            order.append(workload)
    return rows, order


def main(path):
    rows, order = parse(path)
    langs = sorted({lang for lang, _ in rows if lang != "c"})
    print("| workload | metric | C | " + " | ".join(f"{l} | {l}/C" for l in langs) + " |")
    print("|---|---|---|" + "---|---|" * len(langs))
    for w in order:
        base = rows.get(("c", w), {})
        metrics = []
        for (lang, wl), m in rows.items():
            if wl == w:
                metrics += [k for k in m if k not in metrics]
        for k in metrics:
            cells = [f"{base[k]:.4g}" if k in base else "-"]
            for lang in langs:
                v = rows.get((lang, w), {}).get(k)
                if v is None:
                    cells += ["-", "-"]
                    continue
                ratio = "-"
                if k in base and base[k] > 0 and v > 0:
                    ratio = f"{(base[k] / v if k in THROUGHPUT else v / base[k]):.2f}"
                cells += [f"{v:.4g}", ratio]
            print(f"| {w} | {k} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(sys.argv[1])
