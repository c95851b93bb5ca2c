// Kernels behind the random fills. Element i of a fill draws from Philox at counter
// (offset + i), so results do not depend on the thread count or on how work is split.
#pragma once

#include "kernels/registry.h"
#include "tensor/generator.h"
#include "tensor/tensor.h"

namespace ignis {

// Uniform in [from, to) for floating t.
IGNIS_DECLARE_KERNEL(uniform, void(const Tensor& t, double from, double to, PhiloxState s));
// Normal(mean, std) for floating t.
IGNIS_DECLARE_KERNEL(normal, void(const Tensor& t, double mean, double std, PhiloxState s));
// Integers uniformly in [from, to) for any numeric t.
IGNIS_DECLARE_KERNEL(random_int, void(const Tensor& t, int64_t from, int64_t to, PhiloxState s));
// t[i] = (u_i < p[i]) for p broadcastable to t (p floating).
IGNIS_DECLARE_KERNEL(bernoulli, void(const Tensor& t, const Tensor& p, PhiloxState s));

}  // namespace ignis
