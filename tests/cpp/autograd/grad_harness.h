// Registry of gradcheck cases, one or more per differentiable schema op. Each family's
// tests/cpp/autograd/<family>_grad_test.cpp registers its cases; grad_table_test.cpp runs
// them all through gradcheck (and gradgradcheck where flagged) and fails when a schema op
// marked differentiable has no case.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "autograd/gradcheck.h"
#include "ops/op_harness.h"

namespace ignis::test {

struct GradCase {
  std::string key;    // schema key: "exp" or "add.Tensor"
  std::string label;  // what this case varies ("broadcast", "transposed", ...)
  // The op applied to the inputs (float64 leaves that require grad where differentiable).
  std::function<std::vector<Tensor>(const std::vector<Tensor>&)> fn;
  // Fresh inputs for the case.
  std::function<std::vector<Tensor>()> inputs;
  bool gradgrad = false;  // also run gradgradcheck
};

inline std::vector<GradCase>& grad_cases() {
  static std::vector<GradCase> cases;
  return cases;
}
inline bool add_grad_case(GradCase c) {
  grad_cases().push_back(std::move(c));
  return true;
}

// A float64 leaf with sample values in [lo, hi] that requires grad.
inline Tensor grad_input(IntArrayRef shape, double lo = -2.0, double hi = 2.0, uint64_t seed = 7) {
  return sample(shape, DType::F64, lo, hi, seed).set_requires_grad(true);
}

#define IGNIS_GRAD_CASE_CAT2(a, b) a##b
#define IGNIS_GRAD_CASE_CAT(a, b) IGNIS_GRAD_CASE_CAT2(a, b)
// Registers a gradcheck case: IGNIS_GRAD_CASE({"exp", "3x4", fn, inputs, true});
#define IGNIS_GRAD_CASE(...)                                                                       \
  [[maybe_unused]] static const bool IGNIS_GRAD_CASE_CAT(ignis_grad_case_, __COUNTER__) =          \
      ::ignis::test::add_grad_case(::ignis::test::GradCase __VA_ARGS__)

}  // namespace ignis::test
