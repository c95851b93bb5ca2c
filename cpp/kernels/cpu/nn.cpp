// CPU kernels of the nn family: softmax / log_softmax along any dim, layer and RMS norm rows,
// and the fused cross-entropy rows. Contiguous float32 rows take the Highway paths
// (nn_hwy.cpp); other dtypes and dims run a scalar loop that computes in float (double for
// float64), so float16 and bfloat16 round only once at the end.
#include "kernels/nn.h"

#include <cmath>
#include <limits>
#include <type_traits>
#include <vector>

#include "kernels/cpu/nn_hwy.h"
#include "tensor/convert.h"
#include "tensor/dispatch.h"
#include "tensor/parallel.h"

namespace ignis {
namespace {

template <typename T>
using acc_t = std::conditional_t<std::is_same_v<T, double>, double, float>;

// Rows of length n per task so that a task touches about kGrainSize elements.
int64_t row_grain(int64_t n) { return std::max<int64_t>(1, kGrainSize / std::max<int64_t>(n, 1)); }

// Softmax of in viewed as (outer, D, inner) along D.
template <typename T>
void softmax_strided(T* out, const T* in, int64_t outer, int64_t D, int64_t inner, bool log) {
  using A = acc_t<T>;
  parallel_for(0, outer * inner, row_grain(D), [&](int64_t b, int64_t e) {
    std::vector<A> buf(D);
    for (int64_t r = b; r < e; ++r) {
      const int64_t o = r / inner, k = r % inner;
      const T* x = in + o * D * inner + k;
      T* y = out + o * D * inner + k;
      A m = -std::numeric_limits<A>::infinity();
      bool nan = false;
      for (int64_t j = 0; j < D; ++j) {
        A v = convert<A>(x[j * inner]);
        buf[j] = v;
        nan = nan || std::isnan(v);
        m = v > m ? v : m;
      }
      if (nan) m = std::numeric_limits<A>::quiet_NaN();
      if (std::isinf(m) && m < 0) m = 0;
      A s = 0;
      for (int64_t j = 0; j < D; ++j) s += std::exp(buf[j] - m);
      if (log) {
        A shift = m + std::log(s);
        for (int64_t j = 0; j < D; ++j) y[j * inner] = convert<T>(buf[j] - shift);
      } else {
        A inv = A(1) / s;
        for (int64_t j = 0; j < D; ++j) y[j * inner] = convert<T>(std::exp(buf[j] - m) * inv);
      }
    }
  });
}

void softmax_cpu(const Tensor& out, const Tensor& in, int64_t dim, bool log) {
  if (in.numel() == 0) return;
  int64_t outer = 1, inner = 1, D = in.dim() == 0 ? 1 : in.size(dim);
  for (int64_t i = 0; i < dim; ++i) outer *= in.size(i);
  for (int64_t i = dim + 1; i < in.dim(); ++i) inner *= in.size(i);
  if (in.dtype() == DType::F32 && inner == 1) {
    const float* x = static_cast<const float*>(in.data_ptr());
    float* y = static_cast<float*>(out.data_ptr());
    parallel_for(0, outer, row_grain(D), [&](int64_t b, int64_t e) {
      for (int64_t r = b; r < e; ++r) cpu::softmax_row_f32(y + r * D, x + r * D, D, log);
    });
    return;
  }
  IGNIS_DISPATCH_FLOATING(in.dtype(), "softmax", [&] {
    softmax_strided(static_cast<scalar_t*>(out.data_ptr()),
                    static_cast<const scalar_t*>(in.data_ptr()), outer, D, inner, log);
  });
}

template <typename T>
void norm_rows(T* out, const T* in, const T* w, const T* bias, int64_t M, int64_t N, double eps,
               bool rms) {
  using A = acc_t<T>;
  parallel_for(0, M, row_grain(N), [&](int64_t b, int64_t e) {
    for (int64_t r = b; r < e; ++r) {
      const T* x = in + r * N;
      T* y = out + r * N;
      A mean = 0, q = 0;
      if (!rms) {
        for (int64_t j = 0; j < N; ++j) mean += convert<A>(x[j]);
        mean /= static_cast<A>(N);
      }
      for (int64_t j = 0; j < N; ++j) {
        A c = convert<A>(x[j]) - mean;
        q += c * c;
      }
      A rstd = A(1) / std::sqrt(q / static_cast<A>(N) + static_cast<A>(eps));
      for (int64_t j = 0; j < N; ++j) {
        A v = (convert<A>(x[j]) - mean) * rstd;
        if (w) v *= convert<A>(w[j]);
        if (bias) v += convert<A>(bias[j]);
        y[j] = convert<T>(v);
      }
    }
  });
}

void layer_norm_cpu(const Tensor& out, const Tensor& in, const Tensor& weight, const Tensor& bias,
                    int64_t N, double eps, bool rms) {
  if (in.numel() == 0 || N == 0) return;
  const int64_t M = in.numel() / N;
  if (in.dtype() == DType::F32) {
    const float* x = static_cast<const float*>(in.data_ptr());
    const float* w = weight.defined() ? static_cast<const float*>(weight.data_ptr()) : nullptr;
    const float* b = bias.defined() ? static_cast<const float*>(bias.data_ptr()) : nullptr;
    float* y = static_cast<float*>(out.data_ptr());
    parallel_for(0, M, row_grain(N), [&](int64_t lo, int64_t hi) {
      for (int64_t r = lo; r < hi; ++r)
        cpu::norm_row_f32(y + r * N, x + r * N, w, b, N, static_cast<float>(eps), rms);
    });
    return;
  }
  IGNIS_DISPATCH_FLOATING(in.dtype(), "layer_norm", [&] {
    using T = scalar_t;
    norm_rows(static_cast<T*>(out.data_ptr()), static_cast<const T*>(in.data_ptr()),
              weight.defined() ? static_cast<const T*>(weight.data_ptr()) : nullptr,
              bias.defined() ? static_cast<const T*>(bias.data_ptr()) : nullptr, M, N, eps, rms);
  });
}

// log(sum(exp(row))) in A's precision.
template <typename T>
acc_t<T> row_lse(const T* row, int64_t C) {
  using A = acc_t<T>;
  if constexpr (std::is_same_v<T, float>) {
    return cpu::logsumexp_row_f32(row, C);
  } else {
    A m = -std::numeric_limits<A>::infinity();
    for (int64_t j = 0; j < C; ++j) m = std::max(m, convert<A>(row[j]));
    if (std::isinf(m)) return m;
    A s = 0;
    for (int64_t j = 0; j < C; ++j) s += std::exp(convert<A>(row[j]) - m);
    return m + std::log(s);
  }
}

void cross_entropy_rows_cpu(const Tensor& loss, const Tensor& in, const Tensor& target,
                            int64_t ignore_index) {
  const int64_t N = in.size(0), C = in.size(1);
  const int64_t* t = static_cast<const int64_t*>(target.data_ptr());
  IGNIS_DISPATCH_FLOATING(in.dtype(), "cross_entropy", [&] {
    using T = scalar_t;
    using A = acc_t<T>;
    const T* x = static_cast<const T*>(in.data_ptr());
    T* l = static_cast<T*>(loss.data_ptr());
    parallel_for(0, N, row_grain(C), [&](int64_t b, int64_t e) {
      for (int64_t n = b; n < e; ++n) {
        if (t[n] == ignore_index) {
          l[n] = convert<T>(A(0));
          continue;
        }
        const T* row = x + n * C;
        const A lse = row_lse<T>(row, C);
        l[n] = convert<T>(lse - convert<A>(row[t[n]]));
      }
    });
  });
}

}  // namespace

IGNIS_REGISTER_KERNEL(softmax, CPU, softmax_cpu);
IGNIS_REGISTER_KERNEL(layer_norm, CPU, layer_norm_cpu);
IGNIS_REGISTER_KERNEL(cross_entropy_rows, CPU, cross_entropy_rows_cpu);

}  // namespace ignis
