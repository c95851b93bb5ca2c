#!/usr/bin/env bash
# The main job (DESIGN §11): installs what is missing, builds the default preset, and runs the
# parts of the job that exist so far, then says which parts ran.
#
# This grows into the full Fashion-MNIST job: train a CNN in Python with a progress bar, save
# the checkpoint, export ONNX, then load the model and classify the test images from C, Java,
# Node.js and Rust, each printing the accuracy it measured. Until those parts exist, it runs the
# C++ example programs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/bootstrap.sh
cmake --preset default
cmake --build --preset default

ran=()
failed=()

# ---- part 1 (today): every example program the build produced
example_dir=build/default/examples/cpp
count=0
for exe in "$example_dir"/ignis_example_*; do
  [[ -f "$exe" && -x "$exe" ]] || continue
  name=$(basename "$exe")
  echo
  echo "==== example: $name"
  count=$((count + 1))
  rc=0
  "$exe" || rc=$?
  [[ $rc -eq 0 ]] || failed+=("$name (exit $rc)")
done
ran+=("C++ examples: $count program(s) in $example_dir")

# ---- parts to come: Python training on Fashion-MNIST, checkpoint, ONNX export, and inference
# from C, Java, Node.js and Rust (each part is added here as its layer lands).
not_yet=("Python training on Fashion-MNIST" "checkpoint + ONNX export"
  "inference from C, Java, Node.js and Rust")

echo
echo "==== main job summary"
for r in "${ran[@]}"; do echo "ran:     $r"; done
for n in "${not_yet[@]}"; do echo "not yet: $n"; done
if [[ ${#failed[@]} -gt 0 ]]; then
  for f in "${failed[@]}"; do echo "FAILED:  $f"; done
  exit 1
fi
