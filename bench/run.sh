#!/usr/bin/env bash
# Runs every workload through Ignis (bench/*_bench.cpp) and torch 1.13 (bench/torch_bench.py)
# with 2 threads and with 1, then prints the ratio table (Ignis time / torch time, target <= 0.8)
# and writes it to build/bench/report.md. See bench/README.md.
#   bash bench/run.sh            every workload
#   bash bench/run.sh copy/      only workloads whose name matches the regex "copy/"
# Knobs (environment): BENCH_THREADS ("2 1"), BENCH_MIN_TIME (0.2 s per repeat), BENCH_REPEATS (3),
# BENCH_BUILD (build/bench; an existing Release build dir, e.g. build/dev, saves a rebuild),
# OMP_WAIT_POLICY (PASSIVE; given to both engines, which share libgomp's idle-thread policy),
# TORCH_BLAS_DIR (a directory holding an optimized libblas.so.3 for torch, see below).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

filter=${1:-}
threads_list=${BENCH_THREADS:-"2 1"}
min_time=${BENCH_MIN_TIME:-0.2}
repeats=${BENCH_REPEATS:-3}
build=${BENCH_BUILD:-build/bench}
wait_policy=${OMP_WAIT_POLICY:-PASSIVE}
python=/usr/bin/python3  # Debian's, where python3-torch lives

"$python" -c 'import torch' 2>/dev/null || {
  echo "run.sh: torch is missing from $python (install the Debian package python3-torch)" >&2
  exit 2
}

# Debian's torch calls the system libblas.so.3 for its matmuls. Where that is the netlib reference
# BLAS (no OpenBLAS installed), torch runs GEMMs 30x slower than it should and every ratio that
# involves a matmul is meaningless: point TORCH_BLAS_DIR at an OpenBLAS libblas.so.3 (e.g. from
# `apt-get download libopenblas0-pthread; dpkg -x ...`) to use it for torch only.
torch_ld=${LD_LIBRARY_PATH:-}
if [[ -n ${TORCH_BLAS_DIR:-} ]]; then
  torch_ld=$TORCH_BLAS_DIR${torch_ld:+:$torch_ld}
elif [[ $(readlink -f /usr/lib/x86_64-linux-gnu/libblas.so.3 2>/dev/null) == */blas/* ]]; then
  echo "run.sh: warning: torch would use the netlib reference BLAS here; set TORCH_BLAS_DIR" >&2
fi

# ---- build ignis_bench (Release, CPU only, no tests); -j2 because the machine has two cores
# (compiler output goes to a log, shown only when the build fails)
mkdir -p "$build"
log=$build/build.log
echo "== building ignis_bench (log: $log)" >&2
{
  if [[ ! -f $build/build.ninja ]]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DIGNIS_CUDA=OFF \
      -DIGNIS_BUILD_TESTS=OFF
  fi
  cmake --build "$build" --target ignis_bench -j2
} >"$log" 2>&1 || {
  tail -n 40 "$log" >&2
  echo "run.sh: building ignis_bench failed; the whole log is $log" >&2
  exit 1
}
bench_bin=$build/bench/ignis_bench

results=$build/results
mkdir -p "$results"
compare_args=()
for t in $threads_list; do
  # Ignis: its own thread setting (read by bench/bench_main.cpp) plus OpenMP's. Both engines run
  # on libgomp, which reads its wait policy only at load: passive waiting keeps idle threads off
  # the two shared cores (active spinning made 2-thread runs 2-4x slower than 1-thread ones).
  echo "== ignis, $t thread(s)" >&2
  IGNIS_NUM_THREADS=$t OMP_NUM_THREADS=$t OMP_WAIT_POLICY=$wait_policy "$bench_bin" --benchmark_format=json \
    --benchmark_min_time="$min_time" --benchmark_repetitions="$repeats" \
    --benchmark_report_aggregates_only=true ${filter:+--benchmark_filter="$filter"} \
    >"$results/ignis_t$t.json"
  # torch at its best here: the OpenBLAS variables this machine sets for old OpenBLAS builds
  # slow a current torch; the same wait policy as Ignis.
  echo "== torch, $t thread(s)" >&2
  env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OMP_WAIT_POLICY="$wait_policy" OMP_NUM_THREADS="$t" \
    LD_LIBRARY_PATH="$torch_ld" \
    "$python" bench/torch_bench.py --threads "$t" --out "$results/torch_t$t.json" \
    --min-time "$min_time" --repeats "$repeats" ${filter:+--filter "$filter"}
  compare_args+=(--run "$t" "$results/ignis_t$t.json" "$results/torch_t$t.json")
done

echo >&2
"$python" bench/compare.py "${compare_args[@]}" --markdown "$build/report.md"
echo "(table written to $build/report.md)"
