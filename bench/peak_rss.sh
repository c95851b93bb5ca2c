#!/usr/bin/env bash
# Peak memory of the MLP training step (784-512-512-10, batch 256, SGD) over 100 steps, Ignis
# beside torch 1.13, each in its own process: the RSS once model, data and optimizer exist, the
# process's peak RSS (VmHWM) after the steps, and the growth between the two (what the steps
# themselves cost). The target (issue 5): Ignis's peak no higher than torch's.
#   bash bench/peak_rss.sh [steps=100]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
steps=${1:-100}
build=build/bench
mkdir -p "$build"
{
  [[ -f $build/build.ninja ]] || cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DIGNIS_CUDA=OFF -DIGNIS_BUILD_TESTS=OFF
  cmake --build "$build" --target ignis_bench_mlp_rss -j2
} >"$build/build_rss.log" 2>&1 || { tail -n 30 "$build/build_rss.log" >&2; exit 1; }
ignis=$("$build/bench/ignis_bench_mlp_rss" "$steps")
torch=$(OMP_WAIT_POLICY=PASSIVE /usr/bin/python3 bench/mlp_peak_rss.py "$steps")
/usr/bin/python3 - "$ignis" "$torch" <<'PY'
import json, sys
i, t = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print("| MLP step, 100 steps | RSS before (MiB) | peak RSS (MiB) | growth (MiB) | final loss |")
print("|---|---|---|---|---|")
for name, r in (("ignis", i), ("torch", t)):
    print(f"| {name} | {r['rss_before_mib']:.1f} | {r['peak_rss_mib']:.1f} | "
          f"{r['peak_rss_mib'] - r['rss_before_mib']:.1f} | {r['loss']} |")
print(f"peak ratio ignis/torch: {i['peak_rss_mib'] / t['peak_rss_mib']:.2f}; growth ratio: "
      f"{(i['peak_rss_mib'] - i['rss_before_mib']) / max(t['peak_rss_mib'] - t['rss_before_mib'], 1e-9):.2f}")
PY
