#!/usr/bin/env bash
# ctest python.pytest: installs the Python package the way users do (a venv made from Debian's
# Python that sees Debian's numpy and torch, then pip install --no-build-isolation) into
# BUILD_DIR/python-venv, reusing BUILD_DIR's build (IGNIS_BUILD_DIR, so nothing is rebuilt),
# and runs the pytest suite.   usage: run_pytest.sh BUILD_DIR SOURCE_DIR [pytest args...]
set -euo pipefail
build=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
shift 2
venv="$build/python-venv"
if [[ ! -x "$venv/bin/python" ]]; then
  /usr/bin/python3 -m venv --system-site-packages "$venv"
fi
IGNIS_BUILD_DIR="$build" "$venv/bin/pip" install --no-build-isolation --no-index --no-deps \
  --quiet --disable-pip-version-check "$src/bindings/python"
# Run from outside the source tree so `import ignis` finds the installed package.
cd "$build"
exec "$venv/bin/python" -m pytest -q -p no:cacheprovider "$src/tests/bindings/python" "$@"
