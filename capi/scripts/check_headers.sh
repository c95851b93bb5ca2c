#!/usr/bin/env bash
# Compiles every public header on its own as C11 (gcc -std=c11 -Wall -Werror -pedantic) and
# ignis.hpp as C++17, so nothing C++ leaks into the C headers (DESIGN §7).
#   bash capi/scripts/check_headers.sh capi/include
set -euo pipefail
inc=${1:?usage: check_headers.sh INCLUDE_DIR}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
for h in "$inc"/ignis/*.h; do
  name=ignis/$(basename "$h")
  printf '#include <%s>\n#include <%s>\nint main(void) { return 0; }\n' "$name" "$name" > "$tmp/t.c"
  if ! gcc -std=c11 -Wall -Wextra -Werror -pedantic -I"$inc" -c "$tmp/t.c" -o "$tmp/t.o"; then
    echo "check_headers: $name is not clean C11" >&2
    fail=1
  fi
done
printf '#include <ignis/ignis.hpp>\nint main() { ignis::Tensor t; return t.defined(); }\n' > "$tmp/t.cpp"
if ! g++ -std=c++17 -Wall -Wextra -Werror -pedantic -I"$inc" -c "$tmp/t.cpp" -o "$tmp/t.o"; then
  echo "check_headers: ignis/ignis.hpp does not compile as C++17" >&2
  fail=1
fi
[[ $fail -eq 0 ]] && echo "check_headers: every header compiles as C11 (and ignis.hpp as C++17)"
exit $fail
