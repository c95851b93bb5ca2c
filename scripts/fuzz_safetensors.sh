#!/usr/bin/env bash
# Builds the libFuzzer target cpp/data/fuzz/safetensors_fuzz.cpp with clang
# (-fsanitize=fuzzer,address,undefined) from the header parser's own sources (json.cpp,
# safetensors_header.cpp: no engine library needed) and runs it for a bounded time, seeded
# with a few valid and invalid files. Crashes, sanitizer reports and non-ignis exceptions are
# findings.
#   bash scripts/fuzz_safetensors.sh [BUILD_DIR] [SECONDS]   default build/data, 30 s
#   bash scripts/fuzz_safetensors.sh --ctest BUILD_DIR SECS  what ctest runs (77 = no clang)
# Crash inputs land in BUILD_DIR/fuzz_safetensors/; reproduce with its binary FILE.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ctest_mode=0
[[ "${1:-}" == "--ctest" ]] && { ctest_mode=1; shift; }
mkdir -p "${1:-$root/build/data}"
build=$(cd "${1:-$root/build/data}" && pwd)
seconds=${2:-30}
if ! command -v clang++ >/dev/null; then
  echo "fuzz: clang++ not found (Debian package clang); skipping the fuzz run"
  exit 77
fi
out=$build/fuzz_safetensors
# Under ctest: a fresh corpus, a fixed seed and a fixed number of inputs, so CI runs exactly
# what passed here.
[[ $ctest_mode -eq 1 ]] && rm -rf "$out/corpus"
mkdir -p "$out/corpus"
clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
  -I"$root/cpp" "$root/cpp/data/fuzz/safetensors_fuzz.cpp" "$root/cpp/data/json.cpp" \
  "$root/cpp/data/safetensors_header.cpp" -o "$out/safetensors_fuzz"
# Seeds: one valid file (two tensors and metadata) and a few near misses.
seed() {  # seed NAME JSON DATA_BYTES
  python3 - "$out/corpus/$1" "$2" "$3" <<'PY'
import struct, sys
path, header, n = sys.argv[1], sys.argv[2].encode(), int(sys.argv[3])
header += b" " * (-len(header) % 8)
open(path, "wb").write(struct.pack("<Q", len(header)) + header + bytes(range(256)) * (n // 256) + bytes(n % 256))
PY
}
seed valid '{"__metadata__":{"format":"pt"},"a":{"dtype":"F32","shape":[2,3],"data_offsets":[0,24]},"b":{"dtype":"I64","shape":[1],"data_offsets":[24,32]}}' 32
seed empty '{}' 0
seed bf16 '{"w":{"dtype":"BF16","shape":[4],"data_offsets":[0,8]}}' 8
seed overlap '{"a":{"dtype":"U8","shape":[4],"data_offsets":[0,4]},"b":{"dtype":"U8","shape":[4],"data_offsets":[2,6]}}' 6
cd "$out"
if [[ $ctest_mode -eq 1 ]]; then limit=(-seed=1 -runs=300000); else limit=(-max_total_time="$seconds"); fi
ASAN_OPTIONS=detect_leaks=1 ./safetensors_fuzz "${limit[@]}" -rss_limit_mb=2048 \
  -timeout=10 -max_len=4096 -print_final_stats=1 corpus 2>&1 | tail -n 25
status=${PIPESTATUS[0]}
if [[ $status -ne 0 ]]; then
  echo "fuzz: FINDING (exit $status); inputs in $out" >&2
  exit 1
fi
echo "fuzz: ${seconds}s of parse_safetensors_header found nothing"
