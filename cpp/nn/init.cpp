#include "nn/init.h"

#include <cmath>
#include <vector>

#include "tensor/graph.h"

namespace ignis::nn::init {

double calculate_gain(std::string_view nl, double param) {
  if (nl == "linear" || nl == "sigmoid" || nl.substr(0, 4) == "conv") return 1.0;
  if (nl == "tanh") return 5.0 / 3.0;
  if (nl == "relu") return std::sqrt(2.0);
  if (nl == "leaky_relu") return std::sqrt(2.0 / (1.0 + param * param));
  if (nl == "selu") return 3.0 / 4.0;
  IGNIS_FAIL(InvalidArgument, "calculate_gain: unsupported nonlinearity '", std::string(nl), "'");
}

std::pair<int64_t, int64_t> fan_in_and_fan_out(const Tensor& t) {
  IGNIS_CHECK(t.dim() >= 2, Shape,
              "init: fan in and fan out can not be computed for a tensor with fewer than 2 "
              "dimensions (got ",
              t.dim(), ")");
  int64_t receptive = 1;
  for (int64_t i = 2; i < t.dim(); ++i) receptive *= t.size(i);
  return {t.size(1) * receptive, t.size(0) * receptive};
}

Tensor& uniform_(Tensor& t, double a, double b, Generator* gen) {
  NoGradGuard ng;
  t.uniform_(a, b, gen);
  return t;
}

Tensor& normal_(Tensor& t, double mean, double std, Generator* gen) {
  NoGradGuard ng;
  t.normal_(mean, std, gen);
  return t;
}

Tensor& constant_(Tensor& t, double value) {
  NoGradGuard ng;
  t.fill_(value);
  return t;
}
Tensor& zeros_(Tensor& t) { return constant_(t, 0.0); }
Tensor& ones_(Tensor& t) { return constant_(t, 1.0); }

Tensor& xavier_uniform_(Tensor& t, double gain, Generator* gen) {
  auto [fi, fo] = fan_in_and_fan_out(t);
  double bound = gain * std::sqrt(6.0 / static_cast<double>(fi + fo));
  return uniform_(t, -bound, bound, gen);
}

Tensor& xavier_normal_(Tensor& t, double gain, Generator* gen) {
  auto [fi, fo] = fan_in_and_fan_out(t);
  return normal_(t, 0.0, gain * std::sqrt(2.0 / static_cast<double>(fi + fo)), gen);
}

namespace {
double kaiming_std(const Tensor& t, double a, std::string_view mode, std::string_view nl) {
  auto [fi, fo] = fan_in_and_fan_out(t);
  IGNIS_CHECK(mode == "fan_in" || mode == "fan_out", InvalidArgument,
              "kaiming init: expected mode 'fan_in' or 'fan_out' but got '", std::string(mode),
              "'");
  int64_t fan = mode == "fan_in" ? fi : fo;
  IGNIS_CHECK(fan > 0, Shape, "kaiming init: initializing a zero-element tensor");
  return calculate_gain(nl, a) / std::sqrt(static_cast<double>(fan));
}
}  // namespace

Tensor& kaiming_uniform_(Tensor& t, double a, std::string_view mode, std::string_view nl,
                         Generator* gen) {
  double bound = std::sqrt(3.0) * kaiming_std(t, a, mode, nl);
  return uniform_(t, -bound, bound, gen);
}

Tensor& kaiming_normal_(Tensor& t, double a, std::string_view mode, std::string_view nl,
                        Generator* gen) {
  return normal_(t, 0.0, kaiming_std(t, a, mode, nl), gen);
}

Tensor& trunc_normal_(Tensor& t, double mean, double std, double a, double b, Generator* gen) {
  IGNIS_CHECK(a < b, InvalidArgument, "trunc_normal_: expected a < b but got a=", a, ", b=", b);
  NoGradGuard ng;
  Tensor draw = empty(t.sizes(), {.dtype = DType::F64});
  draw.normal_(mean, std, gen);
  std::vector<double> v(static_cast<size_t>(draw.numel()));
  const double* p = static_cast<const double*>(draw.data_ptr());
  Tensor one = empty({1}, {.dtype = DType::F64});
  for (size_t i = 0; i < v.size(); ++i) {
    double x = p[i];
    for (int tries = 0; (x < a || x > b) && tries < 1000; ++tries) {
      one.normal_(mean, std, gen);
      x = *static_cast<const double*>(one.data_ptr());
    }
    v[i] = std::min(std::max(x, a), b);
  }
  t.copy_(from_data(v.data(), t.sizes(), DType::F64));
  return t;
}

Tensor& orthogonal_(Tensor& t, double gain, Generator* gen) {
  IGNIS_CHECK(t.dim() >= 2, Shape,
              "orthogonal_: only tensors with 2 or more dimensions are supported (got ", t.dim(),
              ")");
  NoGradGuard ng;
  int64_t rows = t.size(0), cols = t.numel() / std::max<int64_t>(rows, 1);
  bool flip = rows < cols;  // orthonormalize the longer side's columns
  int64_t n = flip ? cols : rows, m = flip ? rows : cols;  // n x m, n >= m
  Tensor g = empty({n, m}, {.dtype = DType::F64});
  g.normal_(0.0, 1.0, gen);
  std::vector<double> a(static_cast<const double*>(g.data_ptr()),
                        static_cast<const double*>(g.data_ptr()) + n * m);
  // Modified Gram-Schmidt on the columns (the sign convention of QR with positive diag(R)).
  for (int64_t j = 0; j < m; ++j) {
    for (int64_t k = 0; k < j; ++k) {
      double dot = 0;
      for (int64_t i = 0; i < n; ++i) dot += a[i * m + j] * a[i * m + k];
      for (int64_t i = 0; i < n; ++i) a[i * m + j] -= dot * a[i * m + k];
    }
    double norm = 0;
    for (int64_t i = 0; i < n; ++i) norm += a[i * m + j] * a[i * m + j];
    norm = std::sqrt(norm);
    for (int64_t i = 0; i < n; ++i) a[i * m + j] = gain * a[i * m + j] / norm;
  }
  Tensor q = from_data(a.data(), {n, m}, DType::F64);
  if (flip) q = q.t();
  t.copy_(q.reshape(t.sizes()));
  return t;
}

void default_weight_and_bias_(Tensor& weight, Tensor* bias) {
  kaiming_uniform_(weight, std::sqrt(5.0));
  if (!bias || !bias->defined()) return;
  int64_t fan_in = fan_in_and_fan_out(weight).first;
  double bound = fan_in > 0 ? 1.0 / std::sqrt(static_cast<double>(fan_in)) : 0.0;
  uniform_(*bias, -bound, bound);
}

}  // namespace ignis::nn::init
