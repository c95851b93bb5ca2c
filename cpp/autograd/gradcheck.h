// gradcheck / gradgradcheck: compare autograd's gradients with central finite differences in
// float64, like torch.autograd.gradcheck.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "tensor/tensor.h"

namespace ignis::autograd {

using Function = std::function<std::vector<Tensor>(const std::vector<Tensor>&)>;

struct GradcheckOptions {
  double eps = 1e-6;
  double atol = 1e-5;
  double rtol = 1e-3;
};

// Outcome of a check; `message` names the input, output and element that disagreed.
struct GradcheckResult {
  bool ok = true;
  std::string message;
};

// Checks d(fn(inputs))/d(inputs) for every floating input that requires grad. Inputs must be
// float64 tensors that do not overlap themselves in memory (no expanded views).
GradcheckResult gradcheck(const Function& fn, const std::vector<Tensor>& inputs,
                          GradcheckOptions opts = {});

// Checks the second derivative: gradcheck of (inputs, v) -> grad(fn(inputs), inputs, v,
// create_graph=true) with random v.
GradcheckResult gradgradcheck(const Function& fn, const std::vector<Tensor>& inputs,
                              GradcheckOptions opts = {});

}  // namespace ignis::autograd
