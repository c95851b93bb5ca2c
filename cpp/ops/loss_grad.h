// Backward formula of the fused cross-entropy rows (cpp/ops/loss.cpp); the other losses are
// compositions of differentiable ops and record their history through them.
#pragma once

#include "ops/history.h"

namespace ignis {

// loss[n] = logsumexp(x[n]) - x[n, t[n]] (0 where t[n] == ignore_index): gradient
// (softmax(x) - one_hot(t)) * g[n] on the kept rows, written with ops (twice differentiable).
void record_cross_entropy_rows(const Tensor& x, const Tensor& target, Tensor& loss,
                               int64_t ignore_index);

}  // namespace ignis
