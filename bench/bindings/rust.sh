#!/usr/bin/env bash
# The Rust binding's benchmark for bench/bindings/run.sh: the workloads of c_ref.c from Rust
# (bindings/rust/ignis/examples/bench_bindings.rs, built in release mode, offline).
#
#   bash bench/bindings/rust.sh BUILD_DIR CHECKPOINT SECONDS
#
# Prints `RESULT rust <workload> <metric>=<value> ...` lines. Without cargo it says so and prints
# none. Cargo's output goes to BUILD_DIR/rust-target (shared with ctest's rust.* runs).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="$(cd "${1:?usage: rust.sh BUILD_DIR CHECKPOINT SECONDS}" && pwd)"
ckpt="$(realpath "${2:?usage: rust.sh BUILD_DIR CHECKPOINT SECONDS}")"
seconds="${3:-3}"
cargo=$(command -v cargo || true)
if [[ -z "$cargo" && -x "${HOME:-/root}/.cargo/bin/cargo" ]]; then
  cargo=${HOME:-/root}/.cargo/bin/cargo
fi
if [[ -z "$cargo" ]]; then
  echo "rust: cargo not found (PATH or ~/.cargo/bin); no Rust figures"
  exit 0
fi
export PATH="$(dirname "$cargo"):$PATH"
export IGNIS_LIB_DIR="$build/capi" CARGO_TARGET_DIR="$build/rust-target"
export CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-2}"
cd "$root/bindings/rust"
cargo build --offline --release --quiet --example bench_bindings
"$CARGO_TARGET_DIR/release/examples/bench_bindings" "$ckpt" "$seconds"
