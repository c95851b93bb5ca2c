#!/usr/bin/env bash
# Runs the Node.js binding's checks for ctest against one build's addon:
#   bash bindings/node/run_tests.sh ADDON     node --test tests/bindings/node, then tsc --noEmit
#                                             on the typed usage example
# Exits 77 (ctest's skip) when node is missing, when the addon was not built (the npm packages
# were missing at configure time), or when the library is sanitized (plain node cannot load it).
set -euo pipefail
addon=$(realpath -m "${1:?usage: run_tests.sh ADDON}")
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
command -v node >/dev/null || { echo "node: node not found; skipping"; exit 77; }
if [[ ! -f "$addon" ]]; then
  echo "node: $addon was not built (npm packages missing at configure: bash scripts/bootstrap.sh); skipping"
  exit 77
fi
if ldd "$addon" | grep -q 'libasan\|libubsan'; then
  echo "node: the addon links sanitized libraries (asan preset); skipping"
  exit 77
fi
export IGNIS_NODE_ADDON="$addon"
cd "$root"
node --test tests/bindings/node/
tsc=bindings/node/node_modules/.bin/tsc
[[ -x "$tsc" ]] || { echo "node: $tsc missing (npm ci in bindings/node)" >&2; exit 1; }
"$tsc" -p tests/bindings/node/types/tsconfig.json
echo "node: tsc --noEmit checked tests/bindings/node/types/usage.ts against index.d.ts"
