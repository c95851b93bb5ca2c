#!/usr/bin/env bash
# The Python binding's part of bench/bindings/run.sh (issue 8, "Speed"): installs the package
# into BUILD_DIR/python-venv the way the tests do (tests/bindings/python/run_pytest.sh; the venv
# sees Debian's torch), then prints RESULT lines:
#   python_overhead.py   add_1elem, add_inplace, add_requires_grad (ns= and torch_ns=, ignis and
#                        torch side by side in one process) and cnn_b<B>_t<T> (as c_ref.c)
#   fashion_epoch        examples/python/fashion_mnist.py beside its torch twin
#                        bench/fashion_mnist_torch.py (same CNN, batch 64, SGD + OneCycle,
#                        shuffled batches): the first BENCH_FASHION_BATCHES batches of epoch 1,
#                        wall and CPU seconds of each and their ratios (ignis / torch)
#
#   bash bench/bindings/python.sh [BUILD_DIR=build/dev] [CHECKPOINT=the interop fixture] [SECONDS=3]
#
# Environment: BENCH_FASHION_BATCHES (default 300; "all" = the whole epoch of 938 batches; 0
# skips it), BENCH_FASHION_THREADS (intra-op threads of both engines in that run, default 1;
# OMP_NUM_THREADS, which both honour). Timings are figures for the notes, never asserted.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="$(cd "${1:-$root/build/dev}" && pwd)"
ckpt="${2:-$root/tests/fixtures/interop/python_cnn.safetensors}"
ckpt="$(realpath "$ckpt")"
seconds="${3:-3}"
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"

venv="$build/python-venv"
[[ -x "$venv/bin/python" ]] || /usr/bin/python3 -m venv --system-site-packages "$venv"
IGNIS_BUILD_DIR="$build" "$venv/bin/pip" install --no-build-isolation --no-index --no-deps \
  --quiet --disable-pip-version-check "$root/bindings/python" >&2
py="$venv/bin/python"
cd "$build"  # outside the source tree, so `import ignis` is the installed package

"$py" "$here/python_overhead.py" "$ckpt" "$seconds"

batches="${BENCH_FASHION_BATCHES:-300}"
[[ "$batches" == 0 ]] && exit 0
[[ "$batches" == all ]] && batches=100000
threads="${BENCH_FASHION_THREADS:-1}"
# "epoch 1: loss L, test accuracy A%, N images/s (W s, cpu C s)" -> "W C"
epoch_times() { sed -n 's/^epoch 1: .*(\([0-9.]*\) s, cpu \([0-9.]*\) s).*/\1 \2/p'; }
ign=$(OMP_NUM_THREADS=$threads "$py" "$root/examples/python/fashion_mnist.py" --epochs 1 \
  --max-batches "$batches" --checkpoint "$build/bench-bindings-fashion.safetensors" | epoch_times)
tch=$(OMP_NUM_THREADS=$threads "$py" "$root/bench/fashion_mnist_torch.py" 1 \
  --max-batches "$batches" | epoch_times)
read -r s cpu <<<"$ign"
read -r ts tcpu <<<"$tch"
[[ -n "$s" && -n "$ts" ]] || { echo "python.sh: a Fashion-MNIST run printed no epoch line" >&2; exit 1; }
awk -v s="$s" -v c="$cpu" -v ts="$ts" -v tc="$tcpu" -v b="$batches" -v t="$threads" 'BEGIN {
  if (b > 938) b = 938
  printf "RESULT python fashion_epoch batches=%d threads=%d s=%.2f torch_s=%.2f ratio=%.2f cpu_s=%.2f torch_cpu_s=%.2f cpu_ratio=%.2f\n",
    b, t, s, ts, s / ts, c, tc, c / tc }'
