// Losses against plain f64 references written here (every schema dtype, the three reductions,
// broadcast and non-contiguous inputs), a few values hard-coded from torch 1.13 where the
// rules are subtle (label smoothing with weights and ignore_index), and the documented errors.
#include <cmath>
#include <numeric>

#include "op_harness.h"
#include "op_table.gen.h"
#include "ops/operators.h"
#include "tensor/broadcast.h"

namespace ignis::test {
namespace {

IGNIS_OP_COVERED("cross_entropy");
IGNIS_OP_COVERED("nll_loss");
IGNIS_OP_COVERED("mse_loss");
IGNIS_OP_COVERED("l1_loss");
IGNIS_OP_COVERED("smooth_l1_loss");
IGNIS_OP_COVERED("huber_loss");
IGNIS_OP_COVERED("binary_cross_entropy");
IGNIS_OP_COVERED("binary_cross_entropy_with_logits");
IGNIS_OP_COVERED("kl_div");

using V = std::vector<double>;
using S = std::vector<int64_t>;

Tolerance tol(DType d) {
  switch (d) {
  case DType::F16:
    return {1e-2, 1e-2};
  case DType::BF16:
    return {6e-2, 6e-2};
  case DType::F32:
    return {1e-5, 1e-5};
  default:
    return {1e-10, 1e-10};
  }
}

// Reduces pointwise reference losses.
Tensor reduced(const V& l, const S& shape, const std::string& r) {
  if (r == "none") return f64_tensor(l, shape);
  double s = std::accumulate(l.begin(), l.end(), 0.0);
  if (r == "mean") s /= static_cast<double>(l.size());
  return f64_tensor({s}, {});
}

// Every pointwise loss: f(input, target) per element.
void check_pointwise(
    const char* name,
    const std::function<Tensor(const Tensor&, const Tensor&, const std::string&)>& op,
    const std::function<double(double, double)>& f, double lo = -2, double hi = 2) {
  for (DType dt : dtypes_of(name))
    for (const S& shape : std::vector<S>{{}, {0}, {7}, {3, 4}, {2, 3, 5}})
      for (auto& [lname, x] : layouts(sample(shape, dt, lo, hi, 1))) {
        Tensor t = sample(shape, dt, lo, hi, 2);
        V xv = values(x), tv = values(t), l(xv.size());
        for (size_t i = 0; i < l.size(); ++i) l[i] = f(xv[i], tv[i]);
        for (std::string r : {"none", "mean", "sum"}) {
          if (shape == S{0} && r == "mean") continue;  // nan either way
          expect_close(op(x, t, r), reduced(l, shape, r), tol(dt),
                       std::string(name) + " " + dtype_name(dt) + shape_str(shape) + " " + lname +
                           " " + r);
        }
      }
}

TEST(LossPointwise, MseL1SmoothL1Huber) {
  check_pointwise(
      "mse_loss", [](auto& x, auto& t, auto& r) { return mse_loss(x, t, r); },
      [](double x, double t) { return (x - t) * (x - t); });
  check_pointwise(
      "l1_loss", [](auto& x, auto& t, auto& r) { return l1_loss(x, t, r); },
      [](double x, double t) { return std::fabs(x - t); });
  check_pointwise(
      "smooth_l1_loss", [](auto& x, auto& t, auto& r) { return smooth_l1_loss(x, t, r, 0.7); },
      [](double x, double t) {
        double z = std::fabs(x - t);
        return z < 0.7 ? 0.5 * z * z / 0.7 : z - 0.35;
      });
  check_pointwise(
      "huber_loss", [](auto& x, auto& t, auto& r) { return huber_loss(x, t, r, 1.3); },
      [](double x, double t) {
        double z = std::fabs(x - t);
        return z < 1.3 ? 0.5 * z * z : 1.3 * (z - 0.65);
      });
  // smooth_l1 with beta 0 is l1; broadcasting target
  Tensor x = sample({3, 4}, DType::F64), t = sample({4}, DType::F64, -2, 2, 5);
  expect_close(smooth_l1_loss(x, t, "sum", 0.0), l1_loss(x, t, "sum"), "beta 0");
  V xv = values(x), tv = values(t);
  double s = 0;
  for (size_t i = 0; i < xv.size(); ++i) s += (xv[i] - tv[i % 4]) * (xv[i] - tv[i % 4]);
  expect_close(mse_loss(x, t, "sum"), f64_tensor({s}, {}), "broadcast target");
}

TEST(LossPointwise, BinaryCrossEntropyAndLogits) {
  for (DType dt : dtypes_of("binary_cross_entropy"))
    for (auto& [lname, p] : layouts(sample({3, 4}, dt, 0.05, 0.95, 1))) {
      Tensor t = sample({3, 4}, dt, 0, 1, 2), w = sample({3, 4}, dt, 0.5, 2, 3);
      V pv = values(p), tv = values(t), wv = values(w), l(12), lw(12), lg(12), lgp(12);
      Tensor pw = sample({4}, dt, 0.5, 3, 4);
      V pwv = values(pw);
      for (int i = 0; i < 12; ++i) {
        l[i] = -(tv[i] * std::log(pv[i]) + (1 - tv[i]) * std::log(1 - pv[i]));
        lw[i] = l[i] * wv[i];
        double x = pv[i] * 4 - 2;  // logits in [-2, 2]
        double sig = 1 / (1 + std::exp(-x));
        lg[i] = -(tv[i] * std::log(sig) + (1 - tv[i]) * std::log(1 - sig));
        lgp[i] = -(pwv[i % 4] * tv[i] * std::log(sig) + (1 - tv[i]) * std::log(1 - sig)) * wv[i];
      }
      std::string what = std::string(dtype_name(dt)) + " " + lname;
      for (std::string r : {"none", "mean", "sum"}) {
        expect_close(binary_cross_entropy(p, t, std::nullopt, r), reduced(l, {3, 4}, r), tol(dt),
                     "bce " + what + r);
        expect_close(binary_cross_entropy(p, t, w, r), reduced(lw, {3, 4}, r), tol(dt),
                     "bce weight " + what + r);
        Tensor logits = p * 4.0 - 2.0;
        expect_close(binary_cross_entropy_with_logits(logits, t, std::nullopt, std::nullopt, r),
                     reduced(lg, {3, 4}, r), tol(dt), "bce logits " + what + r);
        expect_close(binary_cross_entropy_with_logits(logits, t, w, pw, r), reduced(lgp, {3, 4}, r),
                     tol(dt), "bce logits pos_weight " + what + r);
      }
    }
  // log clamped at -100: p = 0 with t = 1 gives 100; large logits stay finite.
  expect_close(
      binary_cross_entropy(f64_tensor({0, 1}, {2}), f64_tensor({1, 0}, {2}), std::nullopt, "none"),
      f64_tensor({100, 100}, {2}), "clamped logs");
  expect_close(binary_cross_entropy_with_logits(f64_tensor({200, -200}, {2}),
                                                f64_tensor({0, 1}, {2}), std::nullopt, std::nullopt,
                                                "none"),
               f64_tensor({200, 200}, {2}), "large logits");
  expect_error<InvalidArgumentError>([] { binary_cross_entropy(full({2}, 1.5), ones({2})); },
                                     {"binary_cross_entropy", "between 0 and 1"});
  expect_error<ShapeError>(
      [] {
        binary_cross_entropy(full({3, 1}, 0.5), ones({3}));
      },
      {"binary_cross_entropy", "[3]", "[3, 1]"});
  expect_error<ShapeError>(
      [] {
        binary_cross_entropy_with_logits(ones({3, 1}), ones({3}));
      },
      {"binary_cross_entropy_with_logits", "[3]", "[3, 1]"});
}

TEST(LossPointwise, KlDiv) {
  for (DType dt : dtypes_of("kl_div")) {
    Tensor x = sample({3, 4}, dt, -3, 0, 1), t = sample({3, 4}, dt, 0, 1, 2);
    Tensor t0 = t * gt(t, Scalar(0.3)).to(dt);  // some zero targets
    V xv = values(x), tv = values(t0), l(12), ll(12);
    for (int i = 0; i < 12; ++i) {
      l[i] = tv[i] > 0 ? tv[i] * (std::log(tv[i]) - xv[i]) : 0;
      ll[i] = std::exp(tv[i]) * (tv[i] - xv[i]);
    }
    for (std::string r : {"none", "mean", "sum"}) {
      expect_close(kl_div(x, t0, r), reduced(l, {3, 4}, r), tol(dt), "kl_div " + r);
      expect_close(kl_div(x, t0, r, true), reduced(ll, {3, 4}, r), tol(dt), "kl_div log " + r);
    }
    double s = std::accumulate(l.begin(), l.end(), 0.0);
    expect_close(kl_div(x, t0, "batchmean"), f64_tensor({s / 3}, {}), tol(dt), "batchmean");
  }
  expect_error<InvalidArgumentError>([] { kl_div(ones({2}), ones({2}), "avg"); },
                                     {"kl_div", "reduction", "avg"});
}

// Cross entropy / NLL reference: x (N, C, d) row-major, targets (N, d).
struct ClassRef {
  V loss, wn;
};
ClassRef nll_ref(const V& logp, const std::vector<int64_t>& t, const V* w, int64_t N, int64_t C,
                 int64_t d, int64_t ignore) {
  ClassRef r;
  for (int64_t n = 0; n < N; ++n)
    for (int64_t k = 0; k < d; ++k) {
      int64_t c = t[n * d + k];
      double wt = c == ignore ? 0 : (w ? (*w)[c] : 1);
      r.loss.push_back(c == ignore ? 0 : -wt * logp[(n * C + c) * d + k]);
      r.wn.push_back(wt);
    }
  return r;
}
V log_softmax_ref(const V& x, int64_t N, int64_t C, int64_t d) {
  V y(x.size());
  for (int64_t n = 0; n < N; ++n)
    for (int64_t k = 0; k < d; ++k) {
      double m = -INFINITY, s = 0;
      for (int64_t c = 0; c < C; ++c) m = std::max(m, x[(n * C + c) * d + k]);
      for (int64_t c = 0; c < C; ++c) s += std::exp(x[(n * C + c) * d + k] - m);
      for (int64_t c = 0; c < C; ++c)
        y[(n * C + c) * d + k] = x[(n * C + c) * d + k] - m - std::log(s);
    }
  return y;
}
Tensor reduce_nll(const ClassRef& r, const S& tshape, const std::string& red) {
  if (red == "none") return f64_tensor(r.loss, tshape);
  double s = std::accumulate(r.loss.begin(), r.loss.end(), 0.0);
  if (red == "mean") s /= std::accumulate(r.wn.begin(), r.wn.end(), 0.0);
  return f64_tensor({s}, {});
}

TEST(LossClass, NllAndCrossEntropyIndexTargets) {
  for (DType dt : dtypes_of("cross_entropy"))
    for (auto [N, C, d] :
         std::vector<std::tuple<int64_t, int64_t, int64_t>>{{5, 4, 1}, {3, 7, 2}, {64, 1000, 1}}) {
      S xs = d == 1 ? S{N, C} : S{N, C, d}, ts = d == 1 ? S{N} : S{N, d};
      Tensor x = sample(xs, dt, -3, 3, 1);
      Tensor tt = randint(0, C, ts, nullptr, {.dtype = DType::I64});
      std::vector<int64_t> t(tt.numel());
      Tensor tc = tt.contiguous();
      std::copy_n(static_cast<const int64_t*>(tc.data_ptr()), t.size(), t.begin());
      t[0] = -100;  // one ignored target
      Tensor target = from_data(t.data(), ts, DType::I64);
      Tensor w = sample({C}, dt, 0.5, 2, 3);
      V wv = values(w), xv = values(x), lp = log_softmax_ref(xv, N, C, d);
      for (auto& [lname, xl] : layouts(x))
        for (std::string red : {"none", "mean", "sum"})
          for (bool with_w : {false, true}) {
            ClassRef r = nll_ref(lp, t, with_w ? &wv : nullptr, N, C, d, -100);
            std::string what = std::string(dtype_name(dt)) + shape_str(xs) + " " + lname + " " +
                               red + (with_w ? " weight" : "");
            std::optional<Tensor> wo;
            if (with_w) wo = w;
            expect_close(cross_entropy(xl, target, wo, -100, red), reduce_nll(r, ts, red), tol(dt),
                         "cross_entropy " + what);
            Tensor logp = f64_tensor(lp, xs).to(dt);
            expect_close(nll_loss(logp, target, wo, -100, red), reduce_nll(r, ts, red), tol(dt),
                         "nll_loss " + what);
          }
    }
  // 1-D input with a 0-dim target; int32 targets.
  Tensor x = f64_tensor({1, 2, 3}, {3});
  double lse = std::log(std::exp(1) + std::exp(2) + std::exp(3));
  expect_close(cross_entropy(x, full({}, 1, {.dtype = DType::I64})), f64_tensor({lse - 2}, {}),
               "1-D");
  expect_close(nll_loss(x.unsqueeze(0), tensor<int32_t>({2}), std::nullopt, -100, "sum"),
               f64_tensor({-3}, {}), "int32 target");
}

TEST(LossClass, LabelSmoothingAndProbabilityTargetsMatchTorch) {
  // Values from torch 1.13 (F.cross_entropy on the same float64 inputs).
  Tensor x = f64_tensor({1, 2, 3, 0.5, 0.1, -1, 2, 2, 0.3, 0.2, 0.1, 0}, {3, 4});
  Tensor t = tensor<int64_t>({2, -100, 0});
  Tensor w = f64_tensor({1, 2, 0.5, 1.5}, {4});
  Tolerance tl{1e-10, 1e-12};
  expect_close(cross_entropy(x, t, w, -100, "mean", 0.2), f64_tensor({1.3527767159199162}, {}), tl,
               "ls weight mean");
  expect_close(cross_entropy(x, t, std::nullopt, -100, "mean", 0.2),
               f64_tensor({1.004154509306007}, {}), tl, "ls mean");
  expect_close(cross_entropy(x, t, w, -100, "sum", 0.2), f64_tensor({2.029165073879874}, {}), tl,
               "ls sum");
  expect_close(cross_entropy(x, t, w, -100, "none", 0.2),
               f64_tensor({0.6870027679519534, 0.0, 1.3421623059279209}, {3}), tl, "ls none");
  Tensor p = softmax(f64_tensor({0.3, 0.1, 0.2, 0.4, 1, 2, 3, 4}, {2, 4}), 1);
  expect_close(cross_entropy(x.narrow(0, 0, 2), p, w, -100, "mean", 0.1),
               f64_tensor({2.165876539580828}, {}), tl, "probability targets");
  // probability targets in f32 against the reference
  for (DType dt : dtypes_of("cross_entropy")) {
    Tensor xs = sample({4, 5}, dt, -2, 2, 1);
    Tensor ps = softmax(sample({4, 5}, dt, -2, 2, 2), 1);
    V xv = values(xs), pv = values(ps), lp = log_softmax_ref(xv, 4, 5, 1), l(4, 0);
    for (int n = 0; n < 4; ++n)
      for (int c = 0; c < 5; ++c) l[n] -= pv[n * 5 + c] * lp[n * 5 + c];
    expect_close(cross_entropy(xs, ps, std::nullopt, -100, "none"), f64_tensor(l, {4}), tol(dt),
                 std::string("prob ") + dtype_name(dt));
  }
}

TEST(LossClass, Errors) {
  expect_error<IndexError>(
      [] {
        cross_entropy(ones({2, 5}), tensor<int64_t>({1, 12}));
      },
      {"Target 12 is out of bounds."});
  expect_error<IndexError>(
      [] {
        nll_loss(ones({2, 5}), tensor<int64_t>({-3, 1}));
      },
      {"Target -3 is out of bounds."});
  expect_error<ShapeError>(
      [] {
        cross_entropy(ones({4, 5}), tensor<int64_t>({1, 2, 3}));
      },
      {"cross_entropy", "batch_size", "4", "3"});
  expect_error<DTypeError>(
      [] {
        nll_loss(ones({2, 5}), ones({2}, {.dtype = DType::Bool}));
      },
      {"nll_loss", "target", "integer"});
  expect_error<ShapeError>(
      [] {
        cross_entropy(ones({2, 5}), ones({2, 4}));
      },
      {"cross_entropy", "[2, 4]", "[2, 5]"});
  expect_error<ShapeError>(
      [] {
        cross_entropy(ones({2, 5}), tensor<int64_t>({1, 2}), ones({3}));
      },
      {"cross_entropy", "weight", "5 classes", "[3]"});
  expect_error<InvalidArgumentError>(
      [] {
        cross_entropy(ones({2, 5}), tensor<int64_t>({1, 2}), std::nullopt, -100, "avg");
      },
      {"cross_entropy", "reduction", "avg"});
  expect_error<DTypeError>([] { mse_loss(ones({2}), ones({2}, {.dtype = DType::F64})); },
                           {"mse_loss", "target", "float32", "float64"});
  expect_error<ShapeError>([] { l1_loss(ones({2}), ones({3})); }, {"l1_loss"});
  expect_error<InvalidArgumentError>([] { smooth_l1_loss(ones({2}), ones({2}), "mean", -1); },
                                     {"smooth_l1_loss", "beta"});
  expect_error<InvalidArgumentError>([] { huber_loss(ones({2}), ones({2}), "mean", 0); },
                                     {"huber_loss", "delta"});
}

}  // namespace
}  // namespace ignis::test
