// CPU random fills over contiguous tensors (the op front end makes them contiguous).
// Element i uses Philox counter s.offset + i (the scalar-p Bernoulli fills: word i % 4 of counter
// s.offset + i / 4): identical results for any thread count.
#include "kernels/random.h"

#include <algorithm>
#include <cmath>

#include "kernels/cpu/philox_simd.h"
#include "tensor/convert.h"
#include "tensor/dispatch.h"
#include "tensor/parallel.h"

namespace ignis {
namespace {

constexpr int64_t kRandomGrain = 4096;

template <typename F>
void for_each_index(int64_t n, const F& f) {
  parallel_for(0, n, kRandomGrain, [&](int64_t b, int64_t e) {
    for (int64_t i = b; i < e; ++i) f(i);
  });
}

// Calls f(i0, len, w) over consecutive runs of elements: element i0 + e (e < len) gets the
// 32-bit draw w[e], word i % 4 of counter s.offset + i / 4. The words come from
// cpu::philox_block a block of counters at a time (vectorized), and the work is split by
// counter, so the result does not depend on the thread count.
template <typename F>
void for_each_draw4(int64_t n, PhiloxState s, const F& f) {
  constexpr int64_t kBlock = 256;  // counters per philox_block call (4 KiB of words)
  const int64_t counters = static_cast<int64_t>(bernoulli_counters(n));
  parallel_for(0, counters, kRandomGrain / 4, [&](int64_t b, int64_t e) {
    uint32_t words[4 * kBlock];
    for (int64_t j0 = b; j0 < e; j0 += kBlock) {
      const int64_t len = std::min(kBlock, e - j0);
      cpu::philox_block(s.seed, s.offset + static_cast<uint64_t>(j0), len, words);
      const int64_t i0 = 4 * j0;
      f(i0, std::min(4 * len, n - i0), words);
    }
  });
}

void uniform_cpu(const Tensor& t, double from, double to, PhiloxState s) {
  IGNIS_DISPATCH_FLOATING(t.dtype(), "uniform_", [&] {
    auto* p = static_cast<scalar_t*>(t.data_ptr());
    for_each_index(t.numel(), [&](int64_t i) {
      Philox4 r = philox4x32(s.seed, s.offset + static_cast<uint64_t>(i));
      if constexpr (std::is_same_v<scalar_t, double>) {
        p[i] = from + uint_to_unit_double(r.v[0], r.v[1]) * (to - from);
      } else if constexpr (is_reduced_float_v<scalar_t>) {
        // Only as many random bits as the type has digits (11 for half, 8 for bfloat16), like
        // PyTorch: a 24-bit draw near 1 would round up to 1 and leave [from, to).
        constexpr int digits = std::is_same_v<scalar_t, Half> ? 11 : 8;
        float u = static_cast<float>(r.v[0] >> (32 - digits)) * (1.0f / (1 << digits));
        p[i] = convert<scalar_t>(static_cast<float>(from + u * (to - from)));
      } else {
        float u = uint_to_unit_float(r.v[0]);
        p[i] = convert<scalar_t>(static_cast<float>(from + u * (to - from)));
      }
    });
  });
}

void normal_cpu(const Tensor& t, double mean, double std, PhiloxState s) {
  constexpr double kTwoPi = 6.283185307179586476925286766559;
  IGNIS_DISPATCH_FLOATING(t.dtype(), "normal_", [&] {
    auto* p = static_cast<scalar_t*>(t.data_ptr());
    for_each_index(t.numel(), [&](int64_t i) {
      Philox4 r = philox4x32(s.seed, s.offset + static_cast<uint64_t>(i));
      if constexpr (std::is_same_v<scalar_t, double>) {
        double u1 = 1.0 - uint_to_unit_double(r.v[0], r.v[1]);  // (0, 1]: log is finite
        double u2 = uint_to_unit_double(r.v[2], r.v[3]);
        p[i] = mean + std * std::sqrt(-2.0 * std::log(u1)) * std::cos(kTwoPi * u2);
      } else {
        float u1 = 1.0f - uint_to_unit_float(r.v[0]);
        float u2 = uint_to_unit_float(r.v[1]);
        float z = std::sqrt(-2.0f * std::log(u1)) * std::cos(static_cast<float>(kTwoPi) * u2);
        p[i] = convert<scalar_t>(static_cast<float>(mean + std * z));
      }
    });
  });
}

void random_int_cpu(const Tensor& t, int64_t from, int64_t to, PhiloxState s) {
  uint64_t range = static_cast<uint64_t>(to) - static_cast<uint64_t>(from);
  IGNIS_DISPATCH_ALL(t.dtype(), "random_", [&] {
    auto* p = static_cast<scalar_t*>(t.data_ptr());
    for_each_index(t.numel(), [&](int64_t i) {
      Philox4 r = philox4x32(s.seed, s.offset + static_cast<uint64_t>(i));
      uint64_t x = (static_cast<uint64_t>(r.v[0]) << 32 | r.v[1]) % range;
      p[i] = convert<scalar_t>(static_cast<int64_t>(static_cast<uint64_t>(from) + x));
    });
  });
}

void bernoulli_cpu(const Tensor& t, const Tensor& prob, PhiloxState s) {
  const double* q = static_cast<const double*>(prob.data_ptr());  // f64, contiguous, t's shape
  IGNIS_DISPATCH_ALL(t.dtype(), "bernoulli", [&] {
    auto* p = static_cast<scalar_t*>(t.data_ptr());
    for_each_index(t.numel(), [&](int64_t i) {
      Philox4 r = philox4x32(s.seed, s.offset + static_cast<uint64_t>(i));
      p[i] = convert<scalar_t>(uint_to_unit_double(r.v[0], r.v[1]) < q[i] ? 1 : 0);
    });
  });
}

void bernoulli_scalar_cpu(const Tensor& t, double prob, PhiloxState s) {
  const uint64_t thr = bernoulli_threshold(prob);
  IGNIS_DISPATCH_ALL(t.dtype(), "bernoulli_", [&] {
    auto* p = static_cast<scalar_t*>(t.data_ptr());
    const scalar_t one = convert<scalar_t>(1), zero = convert<scalar_t>(0);
    for_each_draw4(t.numel(), s, [&](int64_t i0, int64_t len, const uint32_t* w) {
      for (int64_t e = 0; e < len; ++e) p[i0 + e] = w[e] < thr ? one : zero;
    });
  });
}

// out = x * m, mask = m for m = kept where w < thr, else 0: a select and a multiply that
// `omp simd` vectorizes. thr <= 2^32; a threshold of 2^32 keeps everything.
template <typename T>
void dropout_run(T* out, T* mask, const T* x, const uint32_t* w, int64_t len, uint64_t thr,
                 T kept) {
  if (thr > 0xFFFFFFFFull) {
#pragma omp simd
    for (int64_t e = 0; e < len; ++e) {
      mask[e] = kept;
      out[e] = x[e] * kept;
    }
    return;
  }
  const auto t = static_cast<uint32_t>(thr);
#pragma omp simd
  for (int64_t e = 0; e < len; ++e) {
    const T m = w[e] < t ? kept : T(0);
    mask[e] = m;
    out[e] = x[e] * m;
  }
}

void dropout_cpu(const Tensor& out, const Tensor& mask, const Tensor& x, double keep_p,
                 double scale, PhiloxState s) {
  const uint64_t thr = bernoulli_threshold(keep_p);
  IGNIS_DISPATCH_FLOATING(x.dtype(), "dropout", [&] {
    const auto* xp = static_cast<const scalar_t*>(x.data_ptr());
    auto* op = static_cast<scalar_t*>(out.data_ptr());
    auto* mp = static_cast<scalar_t*>(mask.data_ptr());
    // The mask value is scale rounded to the dtype, as the composite's mask.mul_(scale) gives.
    scalar_t kept;
    if constexpr (std::is_same_v<scalar_t, double>)
      kept = scale;
    else
      kept = convert<scalar_t>(static_cast<float>(scale));
    const scalar_t zero = convert<scalar_t>(0);
    for_each_draw4(x.numel(), s, [&](int64_t i0, int64_t len, const uint32_t* w) {
      if constexpr (is_reduced_float_v<scalar_t>) {
        for (int64_t e = 0; e < len; ++e) {
          const scalar_t m = w[e] < thr ? kept : zero;
          mp[i0 + e] = m;
          op[i0 + e] = convert<scalar_t>(static_cast<float>(xp[i0 + e]) * static_cast<float>(m));
        }
      } else {
        dropout_run(op + i0, mp + i0, xp + i0, w, len, thr, kept);
      }
    });
  });
}

}  // namespace

IGNIS_REGISTER_KERNEL(uniform, CPU, uniform_cpu);
IGNIS_REGISTER_KERNEL(normal, CPU, normal_cpu);
IGNIS_REGISTER_KERNEL(random_int, CPU, random_int_cpu);
IGNIS_REGISTER_KERNEL(bernoulli, CPU, bernoulli_cpu);
IGNIS_REGISTER_KERNEL(bernoulli_scalar, CPU, bernoulli_scalar_cpu);
IGNIS_REGISTER_KERNEL(dropout, CPU, dropout_cpu);

}  // namespace ignis
