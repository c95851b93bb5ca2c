// Recording the backward of the shape ops (cpp/ops/shape.cpp); the formulas live in
// shape_grad.cpp. Each record_* does nothing unless grad mode is on and an input requires grad.
// Front ends whose forward is built from other ops (copies into views, cat, index_select) run
// it under NoGradGuard first (see without_grad) so only the op's own node is recorded.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

#include "ops/history.h"

namespace ignis {

// Runs f() with history recording off.
template <typename F>
auto without_grad(F&& f) {
  NoGradGuard g;
  return f();
}

// record() for a variable number of inputs, outputs and saved tensors (cat, split, index_put).
template <typename F>
void record_list(const char* name, const std::vector<Tensor>& inputs,
                 const std::vector<Tensor*>& outputs,
                 const std::vector<std::pair<Tensor, bool>>& saved, F fn) {
  auto node = std::make_shared<LambdaNode<F>>(name, std::move(fn));
  node->next_edges.reserve(inputs.size());
  for (const Tensor& t : inputs) node->next_edges.push_back(gradient_edge(t));
  node->num_outputs = static_cast<uint32_t>(outputs.size());
  for (Tensor* o : outputs) node->out_meta_.push_back({o->shape(), o->dtype(), o->device()});
  set_history(outputs, node);
  for (const auto& [t, is_output] : saved) node->saved_.emplace_back(t, is_output);
}

// cat / stack of `tensors` along d (wrapped against the result).
void record_cat(const std::vector<Tensor>& tensors, int64_t d, Tensor& out);
void record_stack(const std::vector<Tensor>& tensors, int64_t d, Tensor& out);
// split / split_with_sizes (name: the node's name) and unbind: one node for all pieces.
void record_split(const char* name, const Tensor& self, int64_t d, std::vector<Tensor>& pieces);
void record_unbind(const Tensor& self, int64_t d, std::vector<Tensor>& pieces);
void record_flip(const Tensor& self, IntArrayRef dims, Tensor& out);
void record_roll(const Tensor& self, IntArrayRef shifts, IntArrayRef dims, Tensor& out);
void record_repeat(const Tensor& self, IntArrayRef repeats, Tensor& out);
// tril / triu; for the in-place forms `self` is the tensor before the write and `out` self.
void record_tri(const Tensor& self, int64_t diagonal, bool lower, Tensor& out);
void record_pad(const Tensor& self, IntArrayRef pad, std::string_view mode, Tensor& out);

}  // namespace ignis
