// Random fills and factories over the per-device Philox generators.
#include "kernels/random.h"

#include <limits>

#include "tensor/broadcast.h"
#include "tensor/dispatch.h"

namespace ignis {
namespace {

// Runs `fill(contiguous_target, philox_state)` on t, through a contiguous temporary when t is
// strided, so element i of the logical order always draws the same counter. The fill uses
// `counters` counters (one per element unless the kernel packs several draws in one).
template <typename F>
Tensor& fill_random(Tensor& t, Generator* gen, const F& fill, uint64_t counters = 0) {
  t.bump_version();
  if (t.numel() == 0) return t;
  Generator& g = gen ? *gen : default_generator(t.device());
  PhiloxState s = g.reserve(counters ? counters : static_cast<uint64_t>(t.numel()));
  if (t.is_contiguous()) {
    fill(t, s);
  } else {
    Tensor tmp = empty(t.sizes(), {.dtype = t.dtype(), .device = t.device()});
    fill(tmp, s);
    t.copy_(tmp);
  }
  return t;
}

void check_floating(const Tensor& t, const char* op) {
  IGNIS_CHECK(is_floating(t.dtype()), DType, op, ": expected a floating point tensor but got ",
              dtype_name(t.dtype()));
}

}  // namespace

Tensor& Tensor::uniform_(double from, double to, Generator* gen) {
  check_floating(*this, "uniform_");
  IGNIS_CHECK(from <= to, InvalidArgument, "uniform_: expected from <= to but got from=", from,
              " > to=", to);
  return fill_random(*this, gen, [&](const Tensor& t, PhiloxState s) {
    kernel(uniform_kernel, "uniform_", t.device())(t, from, to, s);
  });
}

Tensor& Tensor::normal_(double mean, double std, Generator* gen) {
  check_floating(*this, "normal_");
  IGNIS_CHECK(std >= 0.0, InvalidArgument, "normal_: expected std >= 0.0 but got std=", std);
  return fill_random(*this, gen, [&](const Tensor& t, PhiloxState s) {
    kernel(normal_kernel, "normal_", t.device())(t, mean, std, s);
  });
}

Tensor& Tensor::random_(int64_t from, int64_t to, Generator* gen) {
  IGNIS_CHECK(from < to, InvalidArgument, "random_: expected from < to but got from=", from,
              " >= to=", to);
  if (is_integral(dtype(), /*include_bool=*/true)) {
    // Values outside the dtype would wrap around; PyTorch rejects them too.
    auto [lo, hi] = IGNIS_DISPATCH_ALL(dtype(), "random_", [&]() -> std::pair<int64_t, int64_t> {
      if constexpr (std::is_integral_v<scalar_t>)
        return {std::numeric_limits<scalar_t>::lowest(), std::numeric_limits<scalar_t>::max()};
      else
        return {0, 0};
    });
    IGNIS_CHECK(from >= lo && to - 1 <= hi, InvalidArgument, "random_: expected [from, to) within ",
                dtype_name(dtype()), "'s range [", lo, ", ", hi, "] but got from=", from,
                ", to=", to);
  }
  return fill_random(*this, gen, [&](const Tensor& t, PhiloxState s) {
    kernel(random_int_kernel, "random_", t.device())(t, from, to, s);
  });
}

Tensor& Tensor::bernoulli_(double p, Generator* gen) {
  IGNIS_CHECK(p >= 0.0 && p <= 1.0, InvalidArgument,
              "bernoulli_: expected a probability in [0, 1] but got p=", p);
  return fill_random(
      *this, gen,
      [&](const Tensor& t, PhiloxState s) {
        kernel(bernoulli_scalar_kernel, "bernoulli_", t.device())(t, p, s);
      },
      bernoulli_counters(numel()));
}

Tensor bernoulli(const Tensor& p, Generator* gen) {
  check_floating(p, "bernoulli");
  Tensor prob = p.to(DType::F64, /*copy=*/true);
  if (prob.numel() > 0 && prob.device().is_cpu()) {
    const double* q = static_cast<const double*>(prob.data_ptr());
    for (int64_t i = 0; i < prob.numel(); ++i)
      IGNIS_CHECK(q[i] >= 0.0 && q[i] <= 1.0, InvalidArgument,
                  "bernoulli: expected all probabilities in [0, 1] but got ", q[i],
                  " at flat index ", i);
  }
  Tensor out = empty_like(p);
  return fill_random(out, gen, [&](const Tensor& t, PhiloxState s) {
    kernel(bernoulli_kernel, "bernoulli", t.device())(t, prob, s);
  });
}

Tensor rand(IntArrayRef sizes, Generator* gen, TensorOptions opts) {
  bool rg = std::exchange(opts.requires_grad, false);
  Tensor t = empty(sizes, opts);
  t.uniform_(0.0, 1.0, gen);
  return rg ? t.set_requires_grad(true) : t;
}

Tensor randn(IntArrayRef sizes, Generator* gen, TensorOptions opts) {
  bool rg = std::exchange(opts.requires_grad, false);
  Tensor t = empty(sizes, opts);
  t.normal_(0.0, 1.0, gen);
  return rg ? t.set_requires_grad(true) : t;
}

Tensor normal(double mean, double std, IntArrayRef sizes, Generator* gen, TensorOptions opts) {
  bool rg = std::exchange(opts.requires_grad, false);
  Tensor t = empty(sizes, opts);
  t.normal_(mean, std, gen);
  return rg ? t.set_requires_grad(true) : t;
}

Tensor randint(int64_t low, int64_t high, IntArrayRef sizes, Generator* gen, TensorOptions opts) {
  if (!opts.dtype) opts.dtype = DType::I64;
  Tensor t = empty(sizes, opts);
  return t.random_(low, high, gen);
}

Tensor rand_like(const Tensor& t, Generator* gen, TensorOptions opts) {
  return rand(t.sizes(), gen, like_options(t, opts));
}

Tensor randn_like(const Tensor& t, Generator* gen, TensorOptions opts) {
  return randn(t.sizes(), gen, like_options(t, opts));
}

}  // namespace ignis
