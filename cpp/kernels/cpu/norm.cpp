// CPU batch normalization over (N, C, S) (see kernels/norm.h): one thread per channel at a time;
// each row's sums in 8 lanes of the dtype, the rows' totals in float64.
#include "kernels/norm.h"

#include <algorithm>
#include <cmath>

#include "tensor/dispatch.h"
#include "tensor/parallel.h"

// float32 and float64 (the front end sends float16 and bfloat16 the composite way).
#define IGNIS_DISPATCH_NORM(dtype, name, ...)                                                      \
  [&] {                                                                                            \
    switch (dtype) {                                                                               \
      IGNIS_DTYPE_CASE(F32, float, __VA_ARGS__)                                                    \
      IGNIS_DTYPE_CASE(F64, double, __VA_ARGS__)                                                   \
      IGNIS_DTYPE_FAIL(dtype, name, "float32 or float64")                                          \
    }                                                                                              \
  }()

namespace ignis {
namespace {

struct Dims {
  int64_t N, C, S;
};

Dims dims_of(const Tensor& x) { return {x.size(0), x.size(1), x.size(2)}; }

int64_t grain(const Dims& d) {
  return std::max<int64_t>(1, kGrainSize / std::max<int64_t>(1, d.N * d.S));
}

// The sums over channel c of f(k) and g(k) (k = flat element index): each row of S elements in
// 8 lanes of T (vectorizable), the row totals in float64 (accurate for large N*S).
template <typename T, typename F, typename G>
std::pair<double, double> channel_sums(const Dims& d, int64_t c, F f, G g) {
  double tf = 0, tg = 0;
  for (int64_t n = 0; n < d.N; ++n) {
    int64_t base = (n * d.C + c) * d.S, s = 0;
    T af[8] = {}, ag[8] = {};
    for (; s + 8 <= d.S; s += 8)
      for (int u = 0; u < 8; ++u) {
        af[u] += f(base + s + u);
        ag[u] += g(base + s + u);
      }
    for (; s < d.S; ++s) {
      af[0] += f(base + s);
      ag[0] += g(base + s);
    }
    for (int u = 0; u < 8; ++u) {
      tf += static_cast<double>(af[u]);
      tg += static_cast<double>(ag[u]);
    }
  }
  return {tf, tg};
}

template <typename T>
void stats(const Tensor& mean, const Tensor& var, const Tensor& xt) {
  Dims d = dims_of(xt);
  const T* x = xt.data_ptr<T>();
  T* mp = mean.data_ptr<T>();
  T* vp = var.data_ptr<T>();
  double M = static_cast<double>(d.N * d.S);
  auto zero = [](int64_t) { return T(0); };
  parallel_for(0, d.C, grain(d), [&](int64_t b, int64_t e) {
    for (int64_t c = b; c < e; ++c) {
      // two passes (mean, then squares around it): no cancellation for large means
      T mu = static_cast<T>(channel_sums<T>(
                                d, c, [&](int64_t k) { return x[k]; }, zero)
                                .first /
                            M);
      double v = channel_sums<T>(
                     d, c,
                     [&](int64_t k) {
                       T t = x[k] - mu;
                       return t * t;
                     },
                     zero)
                     .first /
                 M;
      mp[c] = mu;
      vp[c] = static_cast<T>(v);
    }
  });
}

template <typename T>
void apply(const Tensor& out, const Tensor& xt, const Tensor& mean, const Tensor& invstd,
           const Tensor& weight, const Tensor& bias) {
  Dims d = dims_of(xt);
  const T* x = xt.data_ptr<T>();
  T* y = out.data_ptr<T>();
  const T* mp = mean.data_ptr<T>();
  const T* ip = invstd.data_ptr<T>();
  const T* wp = weight.defined() ? weight.data_ptr<T>() : nullptr;
  const T* bp = bias.defined() ? bias.data_ptr<T>() : nullptr;
  parallel_for(0, d.N * d.C, std::max<int64_t>(1, kGrainSize / std::max<int64_t>(1, d.S)),
               [&](int64_t b, int64_t e) {
                 for (int64_t nc = b; nc < e; ++nc) {
                   int64_t c = nc % d.C;
                   // y = x * scale + shift, folded per channel
                   T scale = ip[c] * (wp ? wp[c] : T(1));
                   T shift = (bp ? bp[c] : T(0)) - mp[c] * scale;
                   const T* xr = x + nc * d.S;
                   T* yr = y + nc * d.S;
                   for (int64_t s = 0; s < d.S; ++s) yr[s] = xr[s] * scale + shift;
                 }
               });
}

template <typename T>
void backward(const Tensor& gx, const Tensor& gw, const Tensor& gb, const Tensor& gyt,
              const Tensor& xt, const Tensor& mean, const Tensor& invstd, const Tensor& weight,
              bool training) {
  Dims d = dims_of(xt);
  const T* x = xt.data_ptr<T>();
  const T* gy = gyt.data_ptr<T>();
  const T* mp = mean.data_ptr<T>();
  const T* ip = invstd.data_ptr<T>();
  const T* wp = weight.defined() ? weight.data_ptr<T>() : nullptr;
  T* gxp = gx.defined() ? gx.data_ptr<T>() : nullptr;
  double M = static_cast<double>(d.N * d.S);
  parallel_for(0, d.C, grain(d), [&](int64_t b, int64_t e) {
    for (int64_t c = b; c < e; ++c) {
      double mu = static_cast<double>(mp[c]), is = static_cast<double>(ip[c]);
      double w = wp ? static_cast<double>(wp[c]) : 1.0;
      // sum(gy) and sum(gy * (x - mean)): the bias and (over invstd) the weight gradients.
      const T mu_t = mp[c];
      auto [sg, sgx] = channel_sums<T>(
          d, c, [&](int64_t k) { return gy[k]; }, [&](int64_t k) { return gy[k] * (x[k] - mu_t); });
      if (gw.defined()) gw.data_ptr<T>()[c] = static_cast<T>(sgx * is);
      if (gb.defined()) gb.data_ptr<T>()[c] = static_cast<T>(sg);
      if (!gxp) continue;
      // training: gx = w*is * (gy - mean(gy) - (x - mu) * is^2 * mean(gy*(x - mu)));
      // eval: gx = w*is * gy (the statistics are constants).
      T a = static_cast<T>(w * is);
      T k_x = training ? static_cast<T>(w * is * is * is * sgx / M) : T(0);
      T k_0 = training ? static_cast<T>(w * is * (sg / M) - w * is * is * is * sgx / M * mu) : T(0);
      for (int64_t n = 0; n < d.N; ++n) {
        int64_t base = (n * d.C + c) * d.S;
        for (int64_t s = 0; s < d.S; ++s)
          gxp[base + s] = a * gy[base + s] - k_x * x[base + s] - k_0;
      }
    }
  });
}

void stats_cpu(const Tensor& mean, const Tensor& var, const Tensor& x) {
  if (x.numel() == 0) return;
  IGNIS_DISPATCH_NORM(x.dtype(), "batch_norm", [&] { stats<scalar_t>(mean, var, x); });
}

void apply_cpu(const Tensor& out, const Tensor& x, const Tensor& mean, const Tensor& invstd,
               const Tensor& weight, const Tensor& bias) {
  if (x.numel() == 0) return;
  IGNIS_DISPATCH_NORM(x.dtype(), "batch_norm",
                      [&] { apply<scalar_t>(out, x, mean, invstd, weight, bias); });
}

void backward_cpu(const Tensor& gx, const Tensor& gw, const Tensor& gb, const Tensor& gy,
                  const Tensor& x, const Tensor& mean, const Tensor& invstd, const Tensor& weight,
                  bool training) {
  IGNIS_DISPATCH_NORM(x.dtype(), "batch_norm backward", [&] {
    backward<scalar_t>(gx, gw, gb, gy, x, mean, invstd, weight, training);
  });
}

}  // namespace

IGNIS_REGISTER_KERNEL(batch_norm_stats, CPU, stats_cpu);
IGNIS_REGISTER_KERNEL(batch_norm_apply, CPU, apply_cpu);
IGNIS_REGISTER_KERNEL(batch_norm_backward, CPU, backward_cpu);

}  // namespace ignis
