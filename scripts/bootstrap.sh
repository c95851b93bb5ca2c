#!/usr/bin/env bash
# Installs the Debian packages Ignis needs (DESIGN §10) that are missing, and nothing else.
# Idempotent: when everything is present it prints one line and touches nothing.
#
#   bash scripts/bootstrap.sh               build + test groups (what the two commands need)
#   bash scripts/bootstrap.sh --build-only  build group only
#   bash scripts/bootstrap.sh --all         every group, the "later" ones too
#   bash scripts/bootstrap.sh --with onnx   build + test + the named group (repeatable)
#
# Debian packages come from apt-get; the test group also runs `npm ci` in bindings/node (the
# Node.js binding's node-addon-api, node-api-headers and typescript, pinned by package-lock.json)
# when that lock changed since the last install.
set -euo pipefail

# ---- package groups
# build: compiler, build tools and the libraries the engine and its C++ tests link.
BUILD_PKGS=(cmake ninja-build g++ ccache libdnnl-dev libhwy-dev libsleef-dev libdlpack-dev
  zlib1g-dev libpng-dev liblapack-dev pkg-config googletest libgtest-dev libbenchmark-dev libomp-dev
  python3-yaml)
# test: the reference implementation, the Python test runner, the data set, the format check,
# the C API's ABI check (abidiff), its libFuzzer target (clang), the Python binding's build
# (pybind11, Python headers, venv + pip + setuptools + wheel for the offline pip install), and
# what the Java binding and its JUnit 5 tests need (JDK, SWIG, Debian's junit5 jars).
TEST_PKGS=(python3-numpy python3-pytest python3-torch python3-tqdm dataset-fashion-mnist
  clang-format abigail-tools clang pybind11-dev python3-dev python3-venv python3-pip
  python3-setuptools python3-wheel default-jdk swig junit5 nodejs)
# later: nothing uses these yet; installed only on request (--all or --with GROUP).
BINDINGS_PKGS=()
ONNX_PKGS=(libprotobuf-dev protobuf-compiler libonnx-dev python3-onnx libonnx-testdata)
DISTRIBUTED_PKGS=(libgloo-dev)
TOOLS_PKGS=(abigail-tools clang)
LATER_GROUPS=(bindings onnx distributed tools)

usage() { sed -n '2,10s/^# \{0,1\}//p' "$0"; }

groups=(build test)
while [[ $# -gt 0 ]]; do
  case "$1" in
    --build-only) groups=(build) ;;
    --all) groups=(build test "${LATER_GROUPS[@]}") ;;
    --with)
      [[ $# -ge 2 ]] || { echo "bootstrap: --with needs a group name" >&2; exit 2; }
      groups+=("$2")
      shift
      ;;
    -h | --help) usage; exit 0 ;;
    *) echo "bootstrap: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

wanted=()
for g in "${groups[@]}"; do
  case "$g" in
    build) wanted+=("${BUILD_PKGS[@]}") ;;
    test) wanted+=("${TEST_PKGS[@]}") ;;
    bindings) wanted+=("${BINDINGS_PKGS[@]}") ;;
    onnx) wanted+=("${ONNX_PKGS[@]}") ;;
    distributed) wanted+=("${DISTRIBUTED_PKGS[@]}") ;;
    tools) wanted+=("${TOOLS_PKGS[@]}") ;;
    *) echo "bootstrap: unknown group '$g' (build, test, ${LATER_GROUPS[*]})" >&2; exit 2 ;;
  esac
done

# Debian's npm only when no npm came with nodejs (NodeSource's nodejs bundles it, and conflicts).
if [[ " ${wanted[*]} " == *" nodejs "* ]] && ! command -v npm >/dev/null 2>&1; then
  wanted+=(npm)
fi

# ---- npm packages of the Node.js binding (test group): npm ci when package-lock.json changed
npm_deps() {
  [[ " ${groups[*]} " == *" test "* ]] || return 0
  local dir stamp sum
  dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/bindings/node"
  stamp="$dir/node_modules/.ignis-lock.sha256"
  sum=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  [[ -f "$stamp" && "$(cat "$stamp")" == "$sum" ]] && return 0
  echo "bootstrap: npm ci in bindings/node (node-addon-api, node-api-headers, typescript)"
  # IGNIS_NODE_SKIP_BUILD: the CMake build makes the addon; npm ci only fetches the packages.
  if ! (cd "$dir" && IGNIS_NODE_SKIP_BUILD=1 npm ci --no-audit --no-fund --loglevel=error); then
    echo "bootstrap: error: 'npm ci' failed in $dir (see npm's messages above)" >&2
    exit 1
  fi
  echo "$sum" >"$stamp"
}

# ---- what is missing
is_installed() {
  [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]
}
missing=()
for p in "${wanted[@]}"; do
  is_installed "$p" || [[ " ${missing[*]-} " == *" $p "* ]] || missing+=("$p")
done

if [[ ${#missing[@]} -eq 0 ]]; then
  npm_deps
  echo "bootstrap: all dependencies present (groups: ${groups[*]})"
  exit 0
fi

# ---- install them
if [[ $(id -u) -eq 0 ]]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  echo "bootstrap: missing packages: ${missing[*]}" >&2
  echo "bootstrap: not root and no sudo; install them as root and run this again" >&2
  exit 1
fi
APT=("${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300)

echo "bootstrap: installing ${#missing[@]} missing package(s): ${missing[*]}"
# A failed update can leave usable lists behind, so it only warns; the install decides.
if ! "${APT[@]}" update -q; then
  echo "bootstrap: warning: 'apt-get update' failed; trying the install with the lists at hand" >&2
fi
if ! "${APT[@]}" install -y -q --no-install-recommends "${missing[@]}"; then
  echo "bootstrap: error: 'apt-get install' failed for: ${missing[*]}" >&2
  echo "bootstrap: see apt-get's messages above (network, a held dpkg lock, or an unknown package)" >&2
  exit 1
fi

still=()
for p in "${missing[@]}"; do is_installed "$p" || still+=("$p"); done
if [[ ${#still[@]} -gt 0 ]]; then
  echo "bootstrap: error: apt-get finished but these are still not installed: ${still[*]}" >&2
  exit 1
fi
echo "bootstrap: installed ${missing[*]}"
npm_deps
