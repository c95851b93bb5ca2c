// Gradient clipping: clip_grad_norm_ and clip_grad_value_ over a list of parameters.
#pragma once

#include <limits>
#include <vector>

#include "tensor/tensor.h"

namespace ignis::optim {

// Scales the gradients of params in place so that their joint norm_type-norm (the norm of the
// per-gradient norms; norm_type may be infinity) is at most max_norm, as
// torch.nn.utils.clip_grad_norm_ does. Returns the total norm before clipping (a 0-d tensor).
// Throws when the norm is NaN or infinite and error_if_nonfinite is set.
Tensor clip_grad_norm_(const std::vector<Tensor>& params, double max_norm, double norm_type = 2.0,
                       bool error_if_nonfinite = false);

// Clamps every gradient of params into [-clip_value, clip_value] in place.
void clip_grad_value_(const std::vector<Tensor>& params, double clip_value);

}  // namespace ignis::optim
