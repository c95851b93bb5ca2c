// Highway row kernels for the nn family (softmax, layer/rms norm, log-sum-exp), float32.
#pragma once

#include <cstdint>

namespace ignis::cpu {

// out[0..n) = softmax(x) (log_softmax when log); out may equal x.
void softmax_row_f32(float* out, const float* x, int64_t n, bool log);
// out = (x - mean) * rstd * w + b (w, b may be null); rms: mean = 0, var = mean(x^2).
void norm_row_f32(float* out, const float* x, const float* w, const float* b, int64_t n, float eps,
                  bool rms);
// log(sum(exp(x))) of one row.
float logsumexp_row_f32(const float* x, int64_t n);

}  // namespace ignis::cpu
