#!/usr/bin/env bash
# Builds the libFuzzer target capi/fuzz/op_call_fuzz.cpp with clang (-fsanitize=fuzzer,address)
# against a built libignis.so and runs it for a bounded time. The library itself is the regular
# build (its heap calls still go through ASan's allocator); crashes, ASan reports, leaks and
# calls that fail without a message are findings.
#   bash scripts/fuzz.sh [BUILD_DIR] [SECONDS]     default build/capi, 30 s
#   bash scripts/fuzz.sh --ctest BUILD_DIR         what ctest runs (exit 77 = skipped: no clang)
# Crash inputs land in BUILD_DIR/fuzz/; reproduce one with BUILD_DIR/fuzz/op_call_fuzz FILE.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ctest_mode=0
[[ "${1:-}" == "--ctest" ]] && { ctest_mode=1; shift; }
build=$(cd "${1:-$root/build/capi}" && pwd)
seconds=${2:-30}
if ! command -v clang++ >/dev/null; then
  echo "fuzz: clang++ not found (Debian package clang); skipping the fuzz run"
  exit 77
fi
lib=$build/capi/libignis.so
[[ -e "$lib" ]] || { echo "fuzz: $lib not built (cmake --build $build --target ignis)" >&2; exit 1; }
if ldd "$lib" | grep -q 'libasan\|libubsan'; then
  # A gcc-sanitized library and clang's own ASan runtime cannot share a process.
  echo "fuzz: $lib is built with gcc's sanitizers (asan preset); fuzz a regular build; skipping"
  exit 77
fi
out=$build/fuzz
mkdir -p "$out/corpus"
clang++ -std=c++17 -g -O1 -fsanitize=fuzzer,address -I"$root/capi/include" \
  "$root/capi/fuzz/op_call_fuzz.cpp" -L"$build/capi" -lignis -Wl,-rpath,"$build/capi" \
  -o "$out/op_call_fuzz"
cd "$out"
# detect_leaks: the process-wide caches (allocator, op index) are reachable, not leaked. The
# engine keeps freed blocks for reuse (4 GiB by default); a small cache keeps RSS honest.
# Under ctest the run is reproducible: a fixed seed, a fixed number of inputs and a fresh corpus,
# so CI fuzzes exactly what passed here; by hand it runs for a time on the growing corpus.
if [[ $ctest_mode -eq 1 ]]; then
  rm -rf ctest-corpus && mkdir ctest-corpus
  limit=(-seed=1 -runs=150000) corpus_dir=ctest-corpus
else
  limit=(-max_total_time="$seconds") corpus_dir=corpus
fi
IGNIS_CPU_CACHE_LIMIT_MB=256 ASAN_OPTIONS=detect_leaks=1 ./op_call_fuzz "${limit[@]}" \
  -rss_limit_mb=4096 -malloc_limit_mb=2048 -timeout=20 -print_final_stats=1 "$corpus_dir" 2>&1 |
  tail -n 40
status=${PIPESTATUS[0]}
if [[ $status -ne 0 ]]; then
  echo "fuzz: FINDING (exit $status); inputs in $out" >&2
  exit 1
fi
echo "fuzz: ${seconds}s of ignis_op_call found nothing"
