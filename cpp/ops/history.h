// Recording history: how an op front end attaches its backward node to its results.
//
//   Tensor out = ...forward...;
//   if (any_requires_grad({&self, &other}))
//     record("MulBackward0", {self, other}, {&out}, {{self, false}, {other, false}},
//            [](const TensorList& g, const TensorList& s) -> TensorList {
//              return {g[0] * s[1], g[0] * s[0]};
//            });
//
// The lambda maps the gradients of the outputs (undefined ones replaced by zeros) and the
// saved tensors (version-checked) to one gradient per input (undefined = no gradient). It is
// written with ops, so with create_graph it records its own history and can be differentiated
// again. Capture non-tensor state (dims, scalars) by value, never tensors: tensors go through
// `saved` so in-place changes are detected and memory is freed after backward.
#pragma once

#include <initializer_list>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "tensor/graph.h"

namespace ignis {

using TensorList = std::vector<Tensor>;

// True when grad mode is on and any defined input requires grad.
bool any_requires_grad(std::initializer_list<const Tensor*> inputs);
bool any_requires_grad(const std::vector<Tensor>& inputs);

// The edge a gradient for t flows along: its grad_fn, its leaf accumulator, or none.
Edge gradient_edge(const Tensor& t);

// Makes `node` the grad_fn of each output (output k = forward output k of the node).
void set_history(std::initializer_list<Tensor*> outputs, const std::shared_ptr<Node>& node);
void set_history(const std::vector<Tensor*>& outputs, const std::shared_ptr<Node>& node);

// Rejects in-place writes autograd cannot follow (a leaf that requires grad, in grad mode).
void check_inplace(const Tensor& self, const char* op);

// Backward node whose formula is a lambda (see the header comment).
template <typename F>
class LambdaNode final : public Node {
 public:
  LambdaNode(std::string name, F fn) : name_(std::move(name)), fn_(std::move(fn)) {}

  std::vector<Tensor> apply(std::vector<Tensor>&& grads) override {
    bool any = false;
    for (size_t k = 0; k < grads.size(); ++k) {
      if (grads[k].defined()) {
        any = true;
      } else if (k < out_meta_.size()) {
        grads[k] =
            zeros(out_meta_[k].sizes, {.dtype = out_meta_[k].dtype, .device = out_meta_[k].device});
      }
    }
    if (!any) return std::vector<Tensor>(next_edges.size());
    std::vector<Tensor> saved;
    saved.reserve(saved_.size());
    for (const SavedTensor& s : saved_) saved.push_back(s.unpack(name_));
    std::vector<Tensor> out = fn_(grads, saved);
    out.resize(next_edges.size());
    return out;
  }
  std::string name() const override { return name_; }
  void release_variables() override {
    for (SavedTensor& s : saved_) s.reset();
  }

  struct OutMeta {
    std::vector<int64_t> sizes;
    DType dtype;
    Device device;
  };
  std::vector<SavedTensor> saved_;
  std::vector<OutMeta> out_meta_;

 private:
  std::string name_;
  F fn_;
};

// Records a backward node for an op with the given inputs and outputs when any input requires
// grad (check any_requires_grad first to skip building the arguments). `saved` lists tensors
// the formula needs, each flagged true when it is one of the outputs.
template <typename F>
void record(const char* name, std::initializer_list<Tensor> inputs,
            std::initializer_list<Tensor*> outputs,
            std::initializer_list<std::pair<Tensor, bool>> saved, F fn) {
  auto node = std::make_shared<LambdaNode<F>>(name, std::move(fn));
  node->next_edges.reserve(inputs.size());
  for (const Tensor& t : inputs) node->next_edges.push_back(gradient_edge(t));
  node->num_outputs = static_cast<uint32_t>(outputs.size());
  for (Tensor* o : outputs) node->out_meta_.push_back({o->shape(), o->dtype(), o->device()});
  set_history(outputs, node);
  for (const auto& [t, is_output] : saved) node->saved_.emplace_back(t, is_output);
}

}  // namespace ignis
