// The autograd engine: replays recorded history backward, in dependency order, without
// recursion (a chain of 100,000 ops is fine), accumulating into leaves' .grad.
#pragma once

#include <vector>

#include "tensor/graph.h"

namespace ignis::autograd {

// Computes the gradients of `outputs` (seeded with grad_outputs; undefined entries mean ones
// for single-element outputs) and accumulates them into the .grad of every leaf that requires
// grad (or only of `inputs` when given). Frees the graph unless retain_graph; with
// create_graph the gradients carry history themselves.
void backward(const std::vector<Tensor>& outputs, const std::vector<Tensor>& grad_outputs = {},
              bool retain_graph = false, bool create_graph = false,
              const std::vector<Tensor>& inputs = {});

// Returns d(outputs)/d(inputs) weighted by grad_outputs without touching any .grad.
// An input the outputs do not depend on is an error unless allow_unused (then undefined).
std::vector<Tensor> grad(const std::vector<Tensor>& outputs, const std::vector<Tensor>& inputs,
                         const std::vector<Tensor>& grad_outputs = {}, bool retain_graph = false,
                         bool create_graph = false, bool allow_unused = false);

}  // namespace ignis::autograd
