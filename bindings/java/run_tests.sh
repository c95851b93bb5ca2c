#!/usr/bin/env bash
# Runs the Java binding's JUnit 5 suite for ctest (java.junit), offline, against ignis.jar:
#   bash bindings/java/run_tests.sh JAR TEST_SRC_DIR WORK_DIR LIB_DIR EXAMPLE
# Compiles tests/bindings/java against the jar and Debian's junit5 jars, runs them with the
# JUnit console launcher, then runs the example (examples/java/Basics.java). The jar loads the native libraries it carries (the self-loading
# path users get). Exits 77 (ctest's skip) when the JDK, junit5 or the jar is missing, or when
# the library is sanitized (a plain JVM cannot load it).
set -euo pipefail
jar=${1:?usage: run_tests.sh JAR TEST_SRC_DIR WORK_DIR LIB_DIR EXAMPLE}
tests=${2:?} work=${3:?} libdir=${4:?} example=${5:?}
# The folders may be relative to where we were called from; we cd below.
jar=$(realpath -m "$jar") tests=$(realpath -m "$tests") work=$(realpath -m "$work")
libdir=$(realpath -m "$libdir") example=$(realpath -m "$example")
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
java -Xcheck:jni -Dignis.test.jar="$jar" -Dignis.test.classes="$work/classes" \
  -Dignis.test.libdir="$libdir" -Dignis.test.jni="$(dirname "$jar")/libignis_jni.so" \
  -cp "$launcher:$jar:$work/classes" org.junit.platform.console.ConsoleLauncher \
  --disable-banner --disable-ansi-colors --fail-if-no-tests --details=tree --select-package dev.ignis \
  2>&1 | tee "$work/junit.log"
echo "java: $example"
java -Xcheck:jni -cp "$jar" "$example" 2>&1 | tee "$work/example.log"
# -Xcheck:jni only warns; a warning means the glue broke a JNI rule, so it fails the test.
if grep -i 'warning.*jni\|WARNING in native method' "$work/junit.log" "$work/example.log"; then
  echo "java: -Xcheck:jni reported the JNI misuse above" >&2
  exit 1
fi
