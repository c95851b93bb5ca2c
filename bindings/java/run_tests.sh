#!/usr/bin/env bash
# Runs the Java binding's JUnit 5 suite for ctest (java.junit), offline, against ignis.jar:
#   bash bindings/java/run_tests.sh JAR TEST_SRC_DIR WORK_DIR LIB_DIR EXAMPLES_DIR
# Compiles tests/bindings/java against the jar and Debian's junit5 jars, runs them with the
# JUnit console launcher, then runs the examples of examples/java: Basics.java, TrainXor.java
# (exits 1 unless its loss falls below its bound) and FashionMnist.java on the cross-language
# fixture checkpoint over one batch of test images (a smoke run; skipped without
# dataset-fashion-mnist). The jar loads the native libraries it carries (the self-loading path
# users get). Exits 77 (ctest's skip) when the JDK, junit5 or the jar is missing, or when
# the library is sanitized (a plain JVM cannot load it).
set -euo pipefail
jar=${1:?usage: run_tests.sh JAR TEST_SRC_DIR WORK_DIR LIB_DIR EXAMPLES_DIR}
tests=${2:?} work=${3:?} libdir=${4:?} examples=${5:?}
# The folders may be relative to where we were called from; we cd below.
jar=$(realpath -m "$jar") tests=$(realpath -m "$tests") work=$(realpath -m "$work")
libdir=$(realpath -m "$libdir") examples=$(realpath -m "$examples")
# The cross-language checkpoint written by the Python binding (tests/fixtures/interop).
fixtures=$(realpath -m "$tests/../../fixtures/interop")
junit=/usr/share/java
launcher=$junit/junit-platform-console-standalone.jar
for tool in java javac; do
  command -v "$tool" >/dev/null || { echo "java: $tool not found (default-jdk); skipping"; exit 77; }
done
[[ -f "$launcher" ]] || { echo "java: $launcher not found (junit5); skipping"; exit 77; }
if [[ ! -f "$jar" ]]; then
  echo "java: $jar was not built (needs default-jdk and swig at configure time); skipping"
  exit 77
fi
if ldd "$libdir/libignis.so" | grep -q 'libasan\|libubsan'; then
  echo "java: libignis is built with sanitizers (asan preset); skipping"
  exit 77
fi
rm -rf "$work"
mkdir -p "$work/classes"
find "$tests" -name '*.java' | sort > "$work/sources.txt"
javac --release 17 -encoding UTF-8 -Xlint:all,-try -Werror -d "$work/classes" \
  -cp "$jar:$junit/junit-jupiter-api.jar:$junit/junit-platform-commons.jar:$junit/opentest4j.jar:$junit/apiguardian-api.jar" \
  @"$work/sources.txt"
cd "$work"
# -Xcheck:jni makes the JVM verify every JNI call the glue makes.
# (The launcher's own -cp option is not honoured with java -jar by junit5 1.9, hence -cp here.)
# NativeLoaderTest starts JVMs that load the libraries from each place NativeLoader looks.
java -Xcheck:jni -Dignis.test.jar="$jar" -Dignis.test.fixtures="$fixtures" -Dignis.test.classes="$work/classes" \
  -Dignis.test.libdir="$libdir" -Dignis.test.jni="$(dirname "$jar")/libignis_jni.so" \
  -cp "$launcher:$jar:$work/classes" org.junit.platform.console.ConsoleLauncher \
  --disable-banner --disable-ansi-colors --fail-if-no-tests --details=tree --select-package dev.ignis \
  2>&1 | tee "$work/junit.log"
: > "$work/example.log"
run_example() {
  echo "java: $*"
  java -Xcheck:jni -cp "$jar" "$@" 2>&1 | tee -a "$work/example.log"
}
run_example "$examples/Basics.java"
run_example "$examples/TrainXor.java"
if [[ -d /usr/share/datasets/fashion-mnist ]]; then
  run_example "$examples/FashionMnist.java" "$fixtures/python_cnn.safetensors" 1
else
  echo "java: FashionMnist.java skipped (no /usr/share/datasets/fashion-mnist)"
fi
# -Xcheck:jni only warns; a warning means the glue broke a JNI rule, so it fails the test.
if grep -i 'warning.*jni\|WARNING in native method' "$work/junit.log" "$work/example.log"; then
  echo "java: -Xcheck:jni reported the JNI misuse above" >&2
  exit 1
fi
