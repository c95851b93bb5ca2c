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
// t[i] = (draw_i < p) for one probability p. Uses all four Philox words: element i compares word
// i % 4 of philox4x32(seed, offset + i / 4) with bernoulli_threshold(p), so a fill of n elements
// reserves bernoulli_counters(n) counters.
IGNIS_DECLARE_KERNEL(bernoulli_scalar, void(const Tensor& t, double p, PhiloxState s));
// Fused dropout forward over contiguous tensors of one floating dtype: mask[i] = keep_i * scale and
// out[i] = x[i] * mask[i], where keep_i is drawn exactly as bernoulli_scalar(keep_p) draws
// element i (so the fused and the composite dropout agree bit for bit).
IGNIS_DECLARE_KERNEL(dropout, void(const Tensor& out, const Tensor& mask, const Tensor& x,
                                   double keep_p, double scale, PhiloxState s));

// Counters a scalar-probability Bernoulli fill of n elements uses (four draws per counter).
inline uint64_t bernoulli_counters(int64_t n) { return (static_cast<uint64_t>(n) + 3) / 4; }

}  // namespace ignis
