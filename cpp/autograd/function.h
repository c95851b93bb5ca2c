// Custom autograd functions: a user-supplied forward and backward (the basis of
// autograd.Function in every binding).
//
//   autograd::CustomFunction square{
//       "SquareBackward",
//       [](autograd::FunctionCtx& ctx, const TensorList& in) -> TensorList {
//         ctx.save_for_backward({in[0]});
//         return {mul(in[0], in[0])};
//       },
//       [](autograd::FunctionCtx& ctx, const TensorList& g) -> TensorList {
//         return {mul(mul(g[0], ctx.saved_tensors()[0]), 2)};
//       }};
//   Tensor y = autograd::apply(square, {x})[0];
#pragma once

#include <any>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "tensor/graph.h"

namespace ignis::autograd {

using TensorList = std::vector<Tensor>;

// State shared between a custom function's forward and backward.
class FunctionCtx {
 public:
  // Saves tensors for backward (checked for in-place changes when unpacked).
  void save_for_backward(const TensorList& tensors);
  // The saved tensors; throws if they were modified in place or already freed.
  TensorList saved_tensors() const;
  // Whether input i requires a gradient (backward may skip the others).
  bool needs_input_grad(size_t i) const { return i < needs_grad_.size() && needs_grad_[i]; }
  // Free-form values for backward (dims, scalars, ...).
  std::map<std::string, std::any> data;

 private:
  friend TensorList apply(const struct CustomFunction&, const TensorList&);
  friend class CustomNode;
  std::vector<SavedTensor> saved_;
  std::vector<bool> needs_grad_;
  std::vector<std::pair<Tensor, bool>> pending_;  // saved before outputs got their history
  bool released_ = false;
  std::string name_;
};

// A user-defined differentiable operation.
struct CustomFunction {
  std::string name;  // shown as the grad_fn name
  std::function<TensorList(FunctionCtx&, const TensorList& inputs)> forward;
  // Returns one gradient per input (undefined = none); receives one gradient per output.
  std::function<TensorList(FunctionCtx&, const TensorList& grad_outputs)> backward;
};

// Runs fn.forward without recording, then attaches fn.backward as the outputs' grad_fn when
// any input requires grad. Backward errors reach the caller of backward() with their message.
TensorList apply(const CustomFunction& fn, const TensorList& inputs);

}  // namespace ignis::autograd
