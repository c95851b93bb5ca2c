#!/usr/bin/env bash
# Builds ignis.jar for CMake: compiles the SWIG-generated dev.ignis.raw and the handwritten
# dev.ignis sources, and puts libignis_jni.so and libignis.so.1 under
# dev/ignis/native/linux-x86_64/ in the jar, where NativeLoader finds them.
#   build_jar.sh JAVAC JAR RAW_SRC_DIR SRC_DIR WORK_DIR JNI_LIB IGNIS_SONAME_LIB OUT_JAR
set -euo pipefail
javac=$1 jar=$2 raw=$3 src=$4 work=$5 jni=$6 ignis=$7 out=$8
rm -rf "$work"
mkdir -p "$work/classes/dev/ignis/native/linux-x86_64"
find "$raw" "$src" -name '*.java' | sort > "$work/sources.txt"
"$javac" --release 17 -encoding UTF-8 -Xlint:all,-try -Werror -d "$work/classes" @"$work/sources.txt"
cp "$jni" "$work/classes/dev/ignis/native/linux-x86_64/libignis_jni.so"
cp "$(realpath "$ignis")" "$work/classes/dev/ignis/native/linux-x86_64/libignis.so.1"
"$jar" --create --file "$out.tmp" -C "$work/classes" .
mv "$out.tmp" "$out"
