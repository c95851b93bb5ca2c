#!/usr/bin/python3
"""Joins Ignis (Google Benchmark JSON) and torch (bench/torch_bench.py JSON) timings by workload
name and prints the ratio table; also writes it as markdown.

    compare.py --run THREADS IGNIS_JSON TORCH_JSON [--run ...] [--markdown FILE] [--target 0.8]

The ratio is Ignis time / torch time; the target is ratio <= 0.8 on every workload. Missing
on either side shows as "-" so a workload added to one side only stands out.
"""

import argparse
import json
import sys

UNIT_SECONDS = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}
# Suffixes Google Benchmark appends to a registered name (UseRealTime, UseManualTime).
NAME_SUFFIXES = ("/real_time", "/manual_time")


def workload_name(run_name):
    for suffix in NAME_SUFFIXES:
        if run_name.endswith(suffix):
            return run_name[: -len(suffix)]
    return run_name


def load_ignis(path):
    """{workload: seconds per iteration, or None when it failed} (the median aggregate when
    repeated) and the 1-minute load average when the run began (others' work skews timings).
    """
    with open(path) as f:
        doc = json.load(f)
    load = (doc.get("context", {}).get("load_avg") or [None])[0]
    plain, medians, failed = {}, {}, {}
    for b in doc.get("benchmarks", []):
        name = workload_name(b.get("run_name", b["name"]))
        if b.get("error_occurred"):
            failed[name] = b.get("error_message", "")
            continue
        seconds = b["real_time"] * UNIT_SECONDS[b.get("time_unit", "ns")]
        if b.get("run_type") == "aggregate":
            if b.get("aggregate_name") == "median":
                medians[name] = seconds
        else:
            plain.setdefault(name, []).append(seconds)
    result = {name: sorted(v)[len(v) // 2] for name, v in plain.items()}
    result.update(medians)
    for name, message in failed.items():
        print(f"compare: ignis {name} failed: {message}", file=sys.stderr)
        result[name] = None
    return result, load


def load_torch(path):
    """{workload: seconds per iteration, or None when it failed} from torch_bench.py."""
    with open(path) as f:
        return {
            name: None if t is None else float(t) for name, t in json.load(f).items()
        }


def fmt_time(times, name):
    if name not in times:
        return "-"
    seconds = times[name]
    if seconds is None:
        return "failed"
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("us", 1e-6), ("ns", 1e-9)):
        if seconds >= scale or unit == "ns":
            value = seconds / scale
            return f"{value:.3g} {unit}" if value < 1000 else f"{value:.0f} {unit}"


def rows(runs, target):
    """Table rows: workload, threads, ignis, torch, ratio, mark (order: workload, then threads).
    A workload on one side only, or one that failed, gets a row saying so."""
    order = []
    for _, ignis, torch in runs:
        for name in list(ignis) + list(torch):
            if name not in order:
                order.append(name)
    out = []
    for name in order:
        for threads, ignis, torch in runs:
            if name not in ignis and name not in torch:
                continue
            i, t = ignis.get(name), torch.get(name)
            ratio = "-"
            if name not in ignis or name not in torch:
                mark = "missing " + ("ignis" if name not in ignis else "torch")
            elif i is None or t is None:
                failed = [side for side, v in (("ignis", i), ("torch", t)) if v is None]
                mark = " and ".join(failed) + " failed"
            else:
                ratio = f"{i / t:.2f}"
                mark = "ok" if i / t <= target else f"MISS (> {target:g})"
            cells = [fmt_time(ignis, name), fmt_time(torch, name), ratio, mark]
            out.append([name, str(threads)] + cells)
    return out


HEADER = ["workload", "threads", "ignis", "torch", "ignis/torch", "target"]


def text_table(table):
    widths = [max(len(r[c]) for r in [HEADER] + table) for c in range(len(HEADER))]
    right = {1, 2, 3, 4}

    def line(r):
        cells = [
            r[c].rjust(w) if c in right else r[c].ljust(w) for c, w in enumerate(widths)
        ]
        return "  ".join(cells).rstrip()

    return "\n".join(
        [line(HEADER), line(["-" * w for w in widths])] + [line(r) for r in table]
    )


def markdown_table(table):
    lines = ["| " + " | ".join(HEADER) + " |", "|---|---:|---:|---:|---:|---|"]
    lines += ["| " + " | ".join(r) + " |" for r in table]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--run",
        nargs=3,
        action="append",
        required=True,
        metavar=("THREADS", "IGNIS_JSON", "TORCH_JSON"),
        help="one thread count's pair of result files (repeatable)",
    )
    parser.add_argument("--markdown", help="also write the table as markdown here")
    parser.add_argument(
        "--target", type=float, default=0.8, help="ratio to stay at or under"
    )
    args = parser.parse_args()

    runs, loads = [], []
    for threads, ignis_path, torch_path in args.run:
        ignis, load = load_ignis(ignis_path)
        runs.append((int(threads), ignis, load_torch(torch_path)))
        if load is not None:
            loads.append(f"{load:.2f} before the {threads}-thread run")
    table = rows(runs, args.target)
    if not table:
        sys.exit("compare: no workloads in the result files")
    print(text_table(table))
    timed = [r for r in table if r[4] != "-"]
    missed = [f"{r[0]} ({r[1]}t)" for r in timed if r[5] != "ok"]
    untimed = [f"{r[0]} ({r[1]}t): {r[5]}" for r in table if r[4] == "-"]
    ok = len(timed) - len(missed)
    summary = [f"{ok} of {len(timed)} at or under {args.target:g}x torch's time"]
    if missed:
        summary[0] += "; over: " + ", ".join(missed)
    if untimed:
        summary.append("not compared: " + ", ".join(untimed))
    if loads:
        summary.append(
            "1-minute load average: " + ", ".join(loads) + " (this script's own runs"
            " count too; near the core count means others shared the cores: noisy timings)"
        )
    print("\n".join(summary))
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write("# Ignis vs torch 1.13\n\n")
            f.write(
                "Wall time per iteration, median of repeats; ratio = Ignis / torch, "
            )
            f.write(f"target <= {args.target:g}. Written by bench/run.sh.\n\n")
            f.write(markdown_table(table) + "\n\n" + "\n\n".join(summary) + "\n")


if __name__ == "__main__":
    main()
