#!/usr/bin/env bash
# The Java binding's benchmark for bench/bindings/run.sh: runs java/Bench.java (the workloads of
# c_ref.c through dev.ignis) against BUILD_DIR's ignis.jar and prints its RESULT lines.
#   bash bench/bindings/java.sh BUILD_DIR CHECKPOINT [SECONDS=3]
# Without a JDK or a built jar it says so and prints no RESULT line (exit 0).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build=${1:?usage: java.sh BUILD_DIR CHECKPOINT [SECONDS]}
ckpt=${2:?usage: java.sh BUILD_DIR CHECKPOINT [SECONDS]}
seconds=${3:-3}
jar="$build/bindings/java/ignis.jar"
if ! command -v java >/dev/null || [[ ! -f "$jar" ]]; then
  echo "java: skipped (no JDK, or $jar not built: cmake --build BUILD_DIR --target ignis_java)"
  exit 0
fi
# The JIT compiles the hot loops during the warm-up each workload runs first.
exec java -cp "$jar" "$here/java/Bench.java" "$ckpt" "$seconds"
