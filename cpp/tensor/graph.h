// The history a tensor carries: backward nodes, the edges between them, saved tensors with
// their versions, the autograd metadata of a tensor, and the thread-local grad mode.
// Ops record this history (cpp/ops/history.h); the engine replays it (cpp/autograd/).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "tensor/tensor.h"

namespace ignis {

class Node;
struct AutogradMeta;

// Points at input `input_nr` of a backward node (or at nothing).
struct Edge {
  std::shared_ptr<Node> fn;
  uint32_t input_nr = 0;
  bool valid() const { return fn != nullptr; }
};

// A hook on a gradient: returns a replacement, or an undefined Tensor to keep the gradient.
using GradHook = std::function<Tensor(const Tensor&)>;

// One recorded operation: computes the gradients of its inputs from those of its outputs.
class Node : public std::enable_shared_from_this<Node> {
 public:
  Node();
  // Releases next_edges iteratively, so dropping a 100,000-node chain does not recurse.
  virtual ~Node();
  // Maps one gradient per forward output to one per next_edges entry (undefined = zero).
  virtual std::vector<Tensor> apply(std::vector<Tensor>&& grad_outputs) = 0;
  // Name shown in errors and in grad_fn reprs, e.g. "AddBackward0".
  virtual std::string name() const = 0;
  // Frees saved tensors once a backward without retain_graph has used them.
  virtual void release_variables() {}

  std::vector<Edge> next_edges;
  uint32_t num_outputs = 1;
  // Creation order; the engine runs ready nodes newest first, like PyTorch.
  uint64_t sequence_nr;
  // Hooks on the gradient of forward output k, run before apply (tensor hooks, retain_grad).
  std::vector<std::pair<uint32_t, GradHook>> pre_hooks;
  // retain_grad hooks: run after pre_hooks so .grad sees the hooked value (as PyTorch 2 does).
  std::vector<std::pair<uint32_t, GradHook>> retain_hooks;
};

// A tensor saved for backward with the version it had, so an in-place change is detected.
// Outputs of the recording node are saved without their grad_fn (which would be a reference
// cycle) and get it back, weakly, when unpacked.
class SavedTensor {
 public:
  SavedTensor() = default;
  SavedTensor(const Tensor& t, bool is_output);
  // The tensor, or an error naming `op` when it was modified in place after being saved or
  // freed by an earlier backward.
  Tensor unpack(const std::string& op) const;
  void reset() {
    data_ = Tensor();
    released_ = true;
  }
  bool defined() const { return data_.defined() || released_; }

 private:
  Tensor data_;
  uint64_t version_ = 0;
  bool is_output_ = false, released_ = false;
  std::weak_ptr<Node> grad_fn_;
  uint32_t output_nr_ = 0;
  bool requires_grad_ = false;
};

// Autograd state of one tensor; allocated only when the tensor takes part in autograd.
struct AutogradMeta {
  ~AutogradMeta();             // releases grad_fn iteratively (see Node::~Node)
  bool requires_grad = false;  // set on leaves by the user
  bool retains_grad = false;   // non-leaf whose .grad is kept (retain_grad)
  Tensor grad;
  std::shared_ptr<Node> grad_fn;  // null for leaves
  uint32_t output_nr = 0;
  std::weak_ptr<Node> grad_accumulator;  // leaves: the AccumulateGrad node, while a graph lives
  std::vector<GradHook> leaf_hooks;      // leaves: run on the gradient before accumulation
  std::vector<std::function<void(const Tensor&)>> post_accumulate_hooks;  // after accumulation
};

// Drops a reference to a node; when it was the last one, the node is destroyed from a
// thread-local work list instead of recursively.
void release_node(std::shared_ptr<Node>&& node);

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
// Enables history recording in its scope (inside a no_grad region).
struct EnableGradGuard : AutoGradMode {
  EnableGradGuard() : AutoGradMode(true) {}
};

// Thread-local inference mode: no recording and no version-counter bookkeeping for autograd.
struct InferenceMode {
  static bool is_enabled();
};
class InferenceModeGuard {
 public:
  explicit InferenceModeGuard(bool enabled = true);
  ~InferenceModeGuard();
  InferenceModeGuard(const InferenceModeGuard&) = delete;
  InferenceModeGuard& operator=(const InferenceModeGuard&) = delete;

 private:
  bool prev_inference_, prev_grad_;
};

// Thread-local anomaly detection: backward names the forward op whose gradient became NaN.
struct AnomalyMode {
  static bool is_enabled();
  static void set_enabled(bool enabled);
};

}  // namespace ignis
