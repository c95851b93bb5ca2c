#include "tensor/graph.h"

#include <atomic>

namespace ignis {
namespace {
std::atomic<uint64_t> g_next_sequence_nr{0};
thread_local bool t_grad_enabled = true;
thread_local bool t_inference = false;
thread_local bool t_anomaly = false;
}  // namespace

Node::Node() : sequence_nr(g_next_sequence_nr.fetch_add(1, std::memory_order_relaxed)) {}

namespace {
thread_local std::vector<std::shared_ptr<Node>>* t_release_queue = nullptr;
}

void release_node(std::shared_ptr<Node>&& node) {
  if (!node) return;
  if (node.use_count() > 1) {
    node.reset();
    return;
  }
  if (t_release_queue) {  // already draining further up this thread's stack
    t_release_queue->push_back(std::move(node));
    return;
  }
  std::vector<std::shared_ptr<Node>> queue;
  t_release_queue = &queue;
  queue.push_back(std::move(node));
  while (!queue.empty()) {
    std::shared_ptr<Node> n = std::move(queue.back());
    queue.pop_back();
    n.reset();  // its destructor may append more nodes to the queue
  }
  t_release_queue = nullptr;
}

Node::~Node() {
  for (Edge& e : next_edges) release_node(std::move(e.fn));
}

AutogradMeta::~AutogradMeta() { release_node(std::move(grad_fn)); }

SavedTensor::SavedTensor(const Tensor& t, bool is_output) : is_output_(is_output) {
  if (!t.defined()) return;
  version_ = t.version();
  AutogradMeta* m = t.impl()->autograd();
  if (is_output && m && m->grad_fn) {
    // Keep the data, drop the strong grad_fn: the node that saves its own output must not own
    // itself through it.
    data_ = make_tensor(t.storage(), t.dtype(), t.sizes(), t.strides(), t.storage_offset());
    grad_fn_ = m->grad_fn;
    output_nr_ = m->output_nr;
    requires_grad_ = true;
  } else {
    data_ = t;
  }
}

Tensor SavedTensor::unpack(const std::string& op) const {
  IGNIS_CHECK(!released_, InvalidArgument, op,
              ": trying to backward through the graph a second time (or to access saved tensors "
              "after they have already been freed); saved intermediate values of the graph are "
              "freed when you call backward(); specify retain_graph=true if you need to backward "
              "through the graph a second time");
  if (!data_.defined()) return data_;
  IGNIS_CHECK(data_.version() == version_, InvalidArgument,
              "a tensor needed for gradient computation was modified by an in-place operation: "
              "the tensor saved by ",
              op, " is at version ", data_.version(), "; expected version ", version_, " instead");
  if (!requires_grad_) return data_;
  std::shared_ptr<Node> fn = grad_fn_.lock();
  if (!fn) return data_;
  Tensor t = make_tensor(data_.storage(), data_.dtype(), data_.sizes(), data_.strides(),
                         data_.storage_offset());
  AutogradMeta& m = t.impl()->autograd_mut();
  m.grad_fn = std::move(fn);
  m.output_nr = output_nr_;
  return t;
}

bool GradMode::is_enabled() { return t_grad_enabled; }
void GradMode::set_enabled(bool enabled) { t_grad_enabled = enabled; }

bool InferenceMode::is_enabled() { return t_inference; }
InferenceModeGuard::InferenceModeGuard(bool enabled)
    : prev_inference_(t_inference), prev_grad_(t_grad_enabled) {
  t_inference = enabled;
  if (enabled) t_grad_enabled = false;
}
InferenceModeGuard::~InferenceModeGuard() {
  t_inference = prev_inference_;
  t_grad_enabled = prev_grad_;
}

bool AnomalyMode::is_enabled() { return t_anomaly; }
void AnomalyMode::set_enabled(bool enabled) { t_anomaly = enabled; }

}  // namespace ignis
