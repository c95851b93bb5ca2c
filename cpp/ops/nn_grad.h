// Backward formulas of the nn family (cpp/ops/nn_grad.cpp) and the family's internal batched
// matrix product. Ops composed from differentiable ops (alpha_dropout, the norms other than
// layer_norm, cosine_similarity, ...) record their history through those ops and need nothing here.
#pragma once

#include <vector>

#include "ops/history.h"

namespace ignis {

void record_softmax(const Tensor& self, Tensor& out, int64_t dim, bool log);
// normalized over the trailing `ndims` dims of x.
void record_layer_norm(const Tensor& x, const Tensor& weight, const Tensor& bias, Tensor& out,
                       int64_t ndims, double eps);
// dropout's fused forward: the gradient is grad * mask (mask holds 0 or 1 / (1 - p)).
void record_dropout(const Tensor& x, const Tensor& mask, Tensor& out);
void record_embedding(const Tensor& weight, const Tensor& index, Tensor& out, int64_t padding_idx);

}  // namespace ignis
