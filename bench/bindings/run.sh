#!/usr/bin/env bash
# The binding benchmarks (issues 8-11, "Speed"): the same workloads from C (c_ref.c, the
# baseline) and from each language binding that has a script here (<lang>.sh), side by side in
# one run, as ratios to C. Figures for the notes; nothing asserts a timing (DESIGN §9).
#
#   bash bench/bindings/run.sh [BUILD_DIR=build/dev] [SECONDS=3]
#
# BUILD_DIR must hold a built libignis (and whatever the language scripts need: the Python venv,
# the jar, the Node addon, the Rust target). Each script is called as
#   bash bench/bindings/<lang>.sh BUILD_DIR CHECKPOINT SECONDS
# and prints `RESULT <lang> <workload> <metric>=<value> ...` lines (c_ref.c documents the
# workloads); everything else it prints is passed through. Output: the table on stdout and in
# BUILD_DIR/bench-bindings/report.md, the raw lines in BUILD_DIR/bench-bindings/results.txt.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="$(cd "${1:-$root/build/dev}" && pwd)"
seconds="${2:-3}"
ckpt="$root/tests/fixtures/interop/python_cnn.safetensors"
out="$build/bench-bindings"
mkdir -p "$out"
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"

lib="$build/capi"
[[ -f "$lib/libignis.so" ]] || { echo "no libignis.so in $lib: build the ignis target first" >&2; exit 1; }
cc -O2 -std=c11 -D_POSIX_C_SOURCE=200809L -I "$root/capi/include" -I "$lib/include" \
  "$here/c_ref.c" -o "$out/c_ref" -L "$lib" -lignis -lpthread -Wl,-rpath,"$lib"

results="$out/results.txt"
: >"$results"
echo "== c (baseline)"
"$out/c_ref" "$ckpt" "$seconds" | tee -a "$results"
for script in "$here"/*.sh; do
  lang="$(basename "$script" .sh)"
  [[ "$lang" == run ]] && continue
  echo "== $lang"
  if ! bash "$script" "$build" "$ckpt" "$seconds" | tee -a "$results"; then
    echo "RESULT $lang failed" | tee -a "$results"
  fi
done
/usr/bin/python3 "$here/report.py" "$results" | tee "$out/report.md"
