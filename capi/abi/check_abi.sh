#!/usr/bin/env bash
# Compares a built libignis.so.1 with the ABI baseline capi/abi/libignis.abi (abidiff, Debian
# abigail-tools): fails when a symbol or a public type was removed or changed; additions pass.
#   bash capi/abi/check_abi.sh build/capi/capi/libignis.so.1            check
#   bash capi/abi/check_abi.sh build/capi/capi/libignis.so.1 --update   rewrite the baseline
# Exit 77 (ctest: skipped) when abidiff is not installed.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
lib=$(readlink -f "${1:?usage: check_abi.sh LIBRARY [--update]}")
headers=$here/../include/ignis
baseline=$here/libignis.abi
if ! command -v abidw >/dev/null || ! command -v abidiff >/dev/null; then
  echo "check_abi: abidw/abidiff not found (Debian package abigail-tools); skipping"
  exit 77
fi
if [[ "${2:-}" == "--update" ]]; then
  abidw --headers-dir "$headers" --drop-private-types --drop-undefined-syms --no-corpus-path --out-file "$baseline" "$lib"
  echo "check_abi: wrote $baseline"
  exit 0
fi
set +e
abidiff --headers-dir2 "$headers" --drop-private-types --no-added-syms "$baseline" "$lib"
rc=$?
set -e
# abidiff's exit status is a bit field: 4 = ABI change, 8 = incompatible change (removal).
if (( rc & 1 || rc & 2 )); then
  echo "check_abi: abidiff failed to run (status $rc)" >&2
  exit 1
fi
if (( rc & 8 )); then
  echo "check_abi: incompatible ABI change against capi/abi/libignis.abi (see above)" >&2
  exit 1
fi
if (( rc & 4 )); then
  echo "check_abi: the ABI changed against capi/abi/libignis.abi (see above); within a major" >&2
  echo "version the ABI may only grow. If the change is an intended addition that abidiff" >&2
  echo "flags, review it and update the baseline (capi/abi/README.md)." >&2
  exit 1
fi
echo "check_abi: no removed or changed symbols or types against the baseline"
