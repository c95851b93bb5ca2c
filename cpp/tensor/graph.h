// The history a tensor carries: backward nodes, the edges between them, and the autograd
// metadata of a tensor. The autograd issue grows these; the engine lives in cpp/autograd/.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "tensor/tensor.h"

namespace ignis {

class Node;

// Points at input `input_nr` of a backward node (or at nothing).
struct Edge {
  std::shared_ptr<Node> fn;
  uint32_t input_nr = 0;
  bool valid() const { return fn != nullptr; }
};

// One recorded operation: computes the gradients of its inputs from those of its outputs.
class Node : public std::enable_shared_from_this<Node> {
 public:
  virtual ~Node() = default;
  // Maps output gradients to input gradients (one per next_edges entry, undefined = zero).
  virtual std::vector<Tensor> apply(std::vector<Tensor>&& grad_outputs) = 0;
  // Name shown in errors and in grad_fn reprs, e.g. "AddBackward0".
  virtual std::string name() const = 0;

  std::vector<Edge> next_edges;
  uint64_t sequence_nr = 0;
};

// A tensor saved for backward along with the version it had, to detect in-place changes.
struct SavedTensor {
  Tensor data;
  uint64_t saved_version = 0;
  SavedTensor() = default;
  explicit SavedTensor(const Tensor& t) : data(t), saved_version(t.defined() ? t.version() : 0) {}
};

// Autograd state of one tensor; allocated only when the tensor takes part in autograd.
struct AutogradMeta {
  bool requires_grad = false;
  bool retains_grad = false;
  Tensor grad;
  std::shared_ptr<Node> grad_fn;  // null for leaves
  uint32_t output_nr = 0;
};

// Thread-local switch that turns history recording on and off (no_grad).
struct GradMode {
  static bool is_enabled();
  static void set_enabled(bool enabled);
};

// RAII guard that sets grad mode and restores the previous value.
class AutoGradMode {
 public:
  explicit AutoGradMode(bool enabled) : prev_(GradMode::is_enabled()) {
    GradMode::set_enabled(enabled);
  }
  ~AutoGradMode() { GradMode::set_enabled(prev_); }
  AutoGradMode(const AutoGradMode&) = delete;
  AutoGradMode& operator=(const AutoGradMode&) = delete;

 private:
  bool prev_;
};

// Disables history recording in its scope.
struct NoGradGuard : AutoGradMode {
  NoGradGuard() : AutoGradMode(false) {}
};

}  // namespace ignis
