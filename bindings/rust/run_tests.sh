#!/usr/bin/env bash
# Runs one of the Rust binding's checks for ctest, offline, against one build's libignis:
#   bash bindings/rust/run_tests.sh test   LIB_DIR TARGET_DIR   cargo test + the examples in short
#   bash bindings/rust/run_tests.sh clippy LIB_DIR TARGET_DIR   cargo clippy -D warnings
#   bash bindings/rust/run_tests.sh fmt                         cargo fmt --check
#   bash bindings/rust/run_tests.sh example LIB_DIR TARGET_DIR [ARGS...]
#                                       the Fashion-MNIST example with ARGS (scripts/main.sh)
# Exits 77 (ctest's skip) when cargo, or the clippy/rustfmt component asked for, is missing, or
# when the library is sanitized (a plain Rust program cannot load it).
set -euo pipefail
mode=${1:?usage: run_tests.sh test|clippy|fmt [LIB_DIR TARGET_DIR]}
cargo=$(command -v cargo || true)
if [[ -z "$cargo" && -x "${HOME:-/root}/.cargo/bin/cargo" ]]; then
  cargo=${HOME:-/root}/.cargo/bin/cargo
fi
if [[ -z "$cargo" ]]; then
  echo "rust: cargo not found (PATH or ~/.cargo/bin); skipping"
  exit 77
fi
cargo_dir=$(dirname "$cargo")
export PATH="$cargo_dir:$PATH" # rustc, clippy-driver and rustfmt live beside cargo
example_args=()
# The folders may be relative to where we were called from.
if [[ $# -ge 3 ]]; then
  lib_dir=$(realpath "$2")
  target_dir=$(realpath -m "$3")
  shift 3
  example_args=("$@")
  set -- "$mode" "$lib_dir" "$target_dir"
fi
cd "$(dirname "${BASH_SOURCE[0]}")"

if [[ "$mode" == fmt ]]; then
  cargo fmt --version >/dev/null 2>&1 || { echo "rust: rustfmt not installed; skipping"; exit 77; }
  exec cargo fmt --check
fi

export IGNIS_LIB_DIR=${2:?run_tests.sh $mode needs LIB_DIR}
export CARGO_TARGET_DIR=${3:?run_tests.sh $mode needs TARGET_DIR}
export CARGO_BUILD_JOBS=${CARGO_BUILD_JOBS:-2}
if ldd "$IGNIS_LIB_DIR/libignis.so" | grep -q 'libasan\|libubsan'; then
  echo "rust: libignis is built with sanitizers (asan preset); skipping"
  exit 77
fi
# Every ignis_* symbol the library exports is declared in ignis-sys, and nothing more.
check_symbols() {
  command -v nm >/dev/null || { echo "rust: nm not found; symbol coverage not checked"; return; }
  local missing
  missing=$(comm -3 \
    <(nm -D --defined-only "$IGNIS_LIB_DIR/libignis.so" |
      awk '$3 ~ /^ignis_/ {sub(/@.*/, "", $3); print $3}' | sort -u) \
    <(grep -o 'pub fn ignis_[a-z0-9_]*' ignis-sys/src/bindings.gen.rs | sed 's/pub fn //' |
      sort -u))
  if [[ -n "$missing" ]]; then
    echo "rust: libignis exports and ignis-sys declares different functions (left: only" \
      "exported, right: only declared):" >&2
    echo "$missing" >&2
    exit 1
  fi
  echo "rust: ignis-sys declares all $(grep -c 'pub fn ignis_' ignis-sys/src/bindings.gen.rs)" \
    "functions libignis exports"
}

case "$mode" in
  test)
    check_symbols
    cargo test --offline
    cargo run --offline --example basics
    cargo run --offline --example train_custom -- --epochs 10
    # The Fashion-MNIST example in short: a few training batches, one batch of test images.
    if [[ -d /usr/share/datasets/fashion-mnist ]]; then
      cargo run --offline --example fashion_mnist -- --max-batches 5 --test-batches 1
    else
      echo "rust: Fashion-MNIST not installed (dataset-fashion-mnist); example not run"
    fi
    ;;
  example)
    cargo run --offline --example fashion_mnist -- "${example_args[@]}"
    ;;
  clippy)
    cargo clippy --version >/dev/null 2>&1 || { echo "rust: clippy not installed; skipping"; exit 77; }
    cargo clippy --offline --all-targets -- -D warnings
    ;;
  *)
    echo "run_tests.sh: unknown mode $mode" >&2
    exit 2
    ;;
esac
