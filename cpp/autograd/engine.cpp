#include "autograd/engine.h"

#include <cmath>
#include <queue>
#include <unordered_map>
#include <unordered_set>

#include "ops/history.h"
#include "ops/ops.gen.h"
#include "tensor/broadcast.h"

namespace ignis::autograd {
namespace {

// Seeds the graph: its "apply" returns the root gradients along its edges.
class GraphRoot final : public Node {
 public:
  explicit GraphRoot(std::vector<Tensor> grads) : grads_(std::move(grads)) {}
  std::vector<Tensor> apply(std::vector<Tensor>&&) override { return grads_; }
  std::string name() const override { return "GraphRoot"; }

 private:
  std::vector<Tensor> grads_;
};

struct Capture {
  Node* node;
  uint32_t input_nr;
  size_t slot;
};

// Adds g into the gradient buffer slot (summing when several paths arrive).
void accumulate(Tensor& slot, Tensor&& g) {
  if (!g.defined()) return;
  slot = slot.defined() ? add(slot, g) : std::move(g);
}

bool has_nan(const Tensor& t) {
  if (!t.defined() || !is_floating(t.dtype())) return false;
  return isnan(t).any().item<bool>();
}

struct CompareSeq {
  bool operator()(Node* a, Node* b) const { return a->sequence_nr < b->sequence_nr; }
};

// Runs the graph from `root`. With captures, only nodes leading to a capture run and leaves
// are not accumulated into; captured gradients land in `captured`.
void execute(const std::shared_ptr<Node>& root, bool keep_graph, bool create_graph,
             const std::vector<Capture>& captures, std::vector<Tensor>* captured,
             const std::unordered_set<Node*>* only_leaves) {
  // Dependencies: how many edges of reachable nodes point at each node.
  std::unordered_map<Node*, int> deps;
  std::unordered_map<Node*, std::vector<Node*>> parents;  // for pruning with captures
  std::vector<Node*> stack{root.get()};
  std::unordered_set<Node*> seen{root.get()};
  while (!stack.empty()) {
    Node* n = stack.back();
    stack.pop_back();
    for (const Edge& e : n->next_edges) {
      if (!e.valid()) continue;
      ++deps[e.fn.get()];
      if (!captures.empty()) parents[e.fn.get()].push_back(n);
      if (seen.insert(e.fn.get()).second) stack.push_back(e.fn.get());
    }
  }
  // With captures, a node is needed when a capture is reachable from it.
  std::unordered_set<Node*> needed;
  if (!captures.empty()) {
    std::vector<Node*> work;
    for (const Capture& c : captures)
      if (needed.insert(c.node).second) work.push_back(c.node);
    while (!work.empty()) {
      Node* n = work.back();
      work.pop_back();
      for (Node* p : parents[n])
        if (needed.insert(p).second) work.push_back(p);
    }
  }

  AutoGradMode mode(create_graph);
  std::unordered_map<Node*, std::vector<Tensor>> buffers;
  std::priority_queue<Node*, std::vector<Node*>, CompareSeq> ready;
  ready.push(root.get());
  while (!ready.empty()) {
    Node* n = ready.top();
    ready.pop();
    std::vector<Tensor> grads = std::move(buffers[n]);
    buffers.erase(n);
    grads.resize(n->num_outputs);
    for (auto* hooks : {&n->pre_hooks, &n->retain_hooks}) {
      for (auto& [k, hook] : *hooks) {
        if (k < grads.size() && grads[k].defined()) {
          Tensor r = hook(grads[k]);
          if (r.defined()) grads[k] = r;
        }
      }
    }
    for (const Capture& c : captures)
      if (c.node == n && c.input_nr < grads.size()) (*captured)[c.slot] = grads[c.input_nr];
    bool run = captures.empty()
                   ? (!only_leaves || n->name() != "AccumulateGrad" || only_leaves->count(n))
                   : (needed.count(n) && n->name() != "AccumulateGrad");
    if (!run) continue;
    std::vector<Tensor> outs = n->apply(std::move(grads));
    if (AnomalyMode::is_enabled()) {
      for (size_t i = 0; i < outs.size(); ++i)
        IGNIS_CHECK(!has_nan(outs[i]), InvalidArgument, "anomaly detected: function '", n->name(),
                    "' returned nan values in its ", i, "th output");
    }
    if (!keep_graph) n->release_variables();
    for (size_t i = 0; i < n->next_edges.size(); ++i) {
      const Edge& e = n->next_edges[i];
      if (!e.valid()) continue;
      Node* next = e.fn.get();
      std::vector<Tensor>& buf = buffers[next];
      if (buf.size() < next->num_outputs) buf.resize(next->num_outputs);
      if (i < outs.size()) accumulate(buf[e.input_nr], std::move(outs[i]));
      if (--deps[next] == 0) ready.push(next);
    }
  }
}

std::shared_ptr<Node> make_root(const std::vector<Tensor>& outputs,
                                const std::vector<Tensor>& grad_outputs, const char* op) {
  IGNIS_CHECK(grad_outputs.empty() || grad_outputs.size() == outputs.size(), InvalidArgument, op,
              ": expected ", outputs.size(), " grad_outputs (one per output) but got ",
              grad_outputs.size());
  std::vector<Tensor> seeds;
  std::vector<Edge> edges;
  for (size_t i = 0; i < outputs.size(); ++i) {
    const Tensor& out = outputs[i];
    IGNIS_CHECK(out.defined(), InvalidArgument, op, ": expected defined output tensors");
    IGNIS_CHECK(out.requires_grad(), InvalidArgument, op, ": element ", i,
                " of tensors does not require grad and does not have a grad_fn");
    Tensor g = i < grad_outputs.size() ? grad_outputs[i] : Tensor();
    if (!g.defined()) {
      IGNIS_CHECK(out.numel() == 1, InvalidArgument, op,
                  ": grad can be implicitly created only for scalar outputs (got an output of ",
                  out.numel(), " elements)");
      g = ones_like(out);
    } else {
      IGNIS_CHECK(equal_dims(g.sizes(), out.sizes()), Shape, op,
                  ": mismatch in shape: grad_output[", i, "] has a shape of ", shape_str(g.sizes()),
                  " and output[", i, "] has a shape of ", shape_str(out.sizes()));
    }
    seeds.push_back(g);
    edges.push_back(gradient_edge(out));
  }
  auto root = std::make_shared<GraphRoot>(std::move(seeds));
  root->next_edges = std::move(edges);
  root->sequence_nr = UINT64_MAX;
  return root;
}

}  // namespace

void backward(const std::vector<Tensor>& outputs, const std::vector<Tensor>& grad_outputs,
              bool retain_graph, bool create_graph, const std::vector<Tensor>& inputs) {
  auto root = make_root(outputs, grad_outputs, "backward");
  if (inputs.empty()) {
    execute(root, retain_graph || create_graph, create_graph, {}, nullptr, nullptr);
    return;
  }
  std::unordered_set<Node*> leaves;
  for (const Tensor& t : inputs) {
    IGNIS_CHECK(t.defined() && t.requires_grad(), InvalidArgument,
                "backward: every tensor in inputs must require grad");
    Edge e = gradient_edge(t);
    leaves.insert(e.fn.get());
  }
  execute(root, retain_graph || create_graph, create_graph, {}, nullptr, &leaves);
}

std::vector<Tensor> grad(const std::vector<Tensor>& outputs, const std::vector<Tensor>& inputs,
                         const std::vector<Tensor>& grad_outputs, bool retain_graph,
                         bool create_graph, bool allow_unused) {
  auto root = make_root(outputs, grad_outputs, "grad");
  std::vector<Capture> captures;
  std::vector<Edge> keep;  // hold accumulators alive during the run
  for (size_t i = 0; i < inputs.size(); ++i) {
    IGNIS_CHECK(inputs[i].defined() && inputs[i].requires_grad(), InvalidArgument, "grad: input ",
                i, " does not require grad");
    Edge e = gradient_edge(inputs[i]);
    captures.push_back({e.fn.get(), e.input_nr, i});
    keep.push_back(e);
  }
  std::vector<Tensor> result(inputs.size());
  execute(root, retain_graph || create_graph, create_graph, captures, &result, nullptr);
  for (size_t i = 0; i < result.size(); ++i)
    IGNIS_CHECK(result[i].defined() || allow_unused, InvalidArgument, "grad: input ", i,
                " appears to not have been used in the graph; set allow_unused=true if this is "
                "the desired behavior");
  return result;
}

}  // namespace ignis::autograd
