#!/usr/bin/env bash
# Installs the build into a temporary prefix with `cmake --install`, then builds the C examples
# outside the tree twice, with `pkg-config --cflags --libs ignis` and with a CMake project that
# calls find_package(ignis), and runs the basics program both ways (fashion_mnist.c, which needs
# the dataset and minutes, is only built).
#   bash capi/scripts/check_install.sh BUILD_DIR EXAMPLE_DIR
set -euo pipefail
build=${1:?usage: check_install.sh BUILD_DIR EXAMPLE_DIR}
example=${2:?usage: check_install.sh BUILD_DIR EXAMPLE_DIR}
lib=$(find "$build" -name 'libignis.so.1' | head -n1)
if [[ -n "$lib" ]] && ldd "$lib" | grep -q 'libasan\|libubsan'; then
  # Plain consumers cannot load a sanitized library (its runtime must come first); skip.
  echo "check_install: the library is built with sanitizers (asan preset); skipping"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
cmake --install "$build" --prefix "$prefix" --component Unspecified >/dev/null
libdir=$(dirname "$(find "$prefix" -name 'libignis.so.1' | head -n1)")
[[ -n "$libdir" ]] || { echo "check_install: libignis.so.1 was not installed" >&2; exit 1; }
pcdir=$(dirname "$(find "$prefix" -name ignis.pc | head -n1)")

echo "check_install: pkg-config"
flags=$(PKG_CONFIG_PATH=$pcdir pkg-config --cflags --libs ignis)
echo "  pkg-config --cflags --libs ignis -> $flags"
# shellcheck disable=SC2086
cc -std=c11 -Wall -Werror -pedantic "$example/basics.c" $flags -Wl,-rpath,"$libdir" \
  -o "$tmp/basics_pc"
"$tmp/basics_pc" | tail -n1
# shellcheck disable=SC2086
cc -std=c11 -Wall -Werror -pedantic "$example/fashion_mnist.c" $flags -Wl,-rpath,"$libdir" \
  -o "$tmp/fashion_mnist_pc"

echo "check_install: find_package(ignis)"
cmake -S "$example" -B "$tmp/cmake_build" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" \
  -DCMAKE_BUILD_RPATH="$libdir" >/dev/null
cmake --build "$tmp/cmake_build" >/dev/null
"$tmp/cmake_build/basics_c" | tail -n1
[[ -x "$tmp/cmake_build/fashion_mnist_c" ]] || { echo "check_install: fashion_mnist_c missing" >&2; exit 1; }
echo "check_install: both consumers built and ran against the installed library"
