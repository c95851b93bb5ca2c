#!/usr/bin/env bash
# Checks that every tracked C++/CUDA file under cpp/ tests/ bench/ examples/ is formatted as
# .clang-format says; prints the offending files and exits 1 if there are any.
#   bash scripts/check_format.sh        check
#   bash scripts/check_format.sh --fix  reformat those files in place
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

fix=0
[[ "${1:-}" == "--fix" ]] && fix=1
CLANG_FORMAT=${CLANG_FORMAT:-clang-format}
command -v "$CLANG_FORMAT" >/dev/null 2>&1 || {
  echo "check_format: $CLANG_FORMAT not found (Debian package clang-format)" >&2
  exit 2
}

mapfile -t files < <(git ls-files -- 'cpp/*.h' 'cpp/*.cpp' 'cpp/*.cu' 'cpp/*.cuh' \
  'tests/*.h' 'tests/*.cpp' 'tests/*.cu' 'tests/*.cuh' 'bench/*.h' 'bench/*.cpp' \
  'bench/*.cu' 'bench/*.cuh' 'examples/*.h' 'examples/*.cpp' 'examples/*.cu' 'examples/*.cuh')

bad=()
for f in "${files[@]}"; do
  [[ -f "$f" ]] || continue  # tracked but deleted in the work tree
  [[ "$f" == *.gen.* ]] && continue  # generated from codegen/ops.yaml; gen.py --check guards it
  if [[ $fix -eq 1 ]]; then
    "$CLANG_FORMAT" -i "$f"
  elif ! "$CLANG_FORMAT" --dry-run --Werror "$f" >/dev/null 2>&1; then
    bad+=("$f")
  fi
done

if [[ $fix -eq 1 ]]; then
  echo "check_format: formatted ${#files[@]} file(s)"
elif [[ ${#bad[@]} -gt 0 ]]; then
  echo "check_format: ${#bad[@]} of ${#files[@]} file(s) not formatted per .clang-format:"
  printf '  %s\n' "${bad[@]}"
  echo "check_format: see the changes with 'clang-format --dry-run FILE'; fix with --fix"
  exit 1
elif [[ ${#files[@]} -eq 0 ]]; then
  echo "check_format: no tracked C++/CUDA files under cpp/ tests/ bench/ examples/"
else
  echo "check_format: all ${#files[@]} file(s) formatted"
fi
