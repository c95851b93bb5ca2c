#!/usr/bin/env bash
# The Node.js rows of the binding benchmarks (bench/bindings/run.sh; the workloads are c_ref.c's):
#   bash bench/bindings/node.sh BUILD_DIR CHECKPOINT [SECONDS=3]
# prints `RESULT node <workload> ...` lines for add_1elem, add_inplace, cnn_b{1,64}_t{1,8} and
# server (the examples/node HTTP server under 50 concurrent batch-1 clients). Needs node and the
# addon BUILD_DIR/bindings/node/ignis.node. Nothing here asserts a timing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="$(cd "${1:?usage: node.sh BUILD_DIR CHECKPOINT [SECONDS]}" && pwd)"
ckpt="${2:?usage: node.sh BUILD_DIR CHECKPOINT [SECONDS]}"
seconds="${3:-3}"
command -v node >/dev/null || { echo "node.sh: node not found" >&2; exit 1; }
export IGNIS_NODE_ADDON="$build/bindings/node/ignis.node"
[[ -f "$IGNIS_NODE_ADDON" ]] || { echo "node.sh: $IGNIS_NODE_ADDON not built" >&2; exit 1; }
# The t8 rows run 8 forwardAsync loops at once; libuv's pool has 4 threads unless told otherwise.
export UV_THREADPOOL_SIZE=8
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"  # as run.sh: idle intra-op threads sleep
node "$here/node/bench.js" "$ckpt" "$seconds"
node "$here/node/server_load.js" "$ckpt" "$seconds"
