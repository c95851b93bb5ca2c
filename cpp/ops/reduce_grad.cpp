// Backward formulas of the reductions and scans (cpp/ops/reduce.cpp), written with
// differentiable ops so that create_graph gives higher-order gradients. Follows PyTorch's
// derivatives (sum_backward, prod_backward, var/std_backward, evenly_distribute_backward,
// amaxamin, logsumexp_backward, norm_backward, cumsum/cumprod_backward).
#include "ops/reduce_grad.h"

#include <cmath>

#include "ops/grad_utils.h"
#include "ops/operators.h"

namespace ignis {
namespace {

// The dims a reduction removed and how to broadcast its result back over its input.
struct Reduced {
  std::vector<int64_t> dims;        // the reduced dims, wrapped (all dims when `all`)
  std::vector<int64_t> sizes;       // the input's shape
  std::vector<int64_t> keep_shape;  // the result's shape with keepdim
  bool keepdim = false;
  int64_t count = 1;  // elements per reduced slice
};

// dim: none or empty = all (as in reduce.cpp's plan_reduce, which has validated it already).
Reduced reduced_dims(const Tensor& self, OptIntArrayRef dim, bool keepdim) {
  Reduced r;
  int64_t nd = self.dim();
  r.sizes = self.shape();
  r.keepdim = keepdim;
  std::vector<bool> red(nd, !dim.has_value() || dim.value().empty());
  if (dim.has_value())
    for (int64_t d : *dim)
      if (nd > 0) red[wrap_dim(d, nd, "reduce")] = true;
  for (int64_t d = 0; d < nd; ++d) {
    r.keep_shape.push_back(red[d] ? 1 : r.sizes[d]);
    if (red[d]) {
      r.dims.push_back(d);
      r.count *= r.sizes[d];
    }
  }
  return r;
}

// A result-shaped tensor made broadcastable against the input (reduced dims of size 1).
Tensor unsq(const Tensor& t, const Reduced& r) { return r.keepdim ? t : t.reshape(r.keep_shape); }
// A result-shaped gradient broadcast back to the input's shape.
Tensor restore(const Tensor& g, const Reduced& r) { return unsq(g, r).expand(r.sizes); }

// The dims for a keepdim re-reduction (empty = all, which also covers 0-dim inputs).
OptIntArrayRef dims_of(const Reduced& r) { return OptIntArrayRef(IntArrayRef(r.dims)); }

Tensor cast(const Tensor& g, DType dt) { return g.dtype() == dt ? g : g.to(dt); }

bool has_zero(const Tensor& t) { return any(eq(t, 0)).item().to<bool>(); }

// The product of the other elements of each reduced slice, exact with zeros: exclusive
// cumulative products from the left and from the right (PyTorch's prod_safe_zeros_backward).
Tensor prod_of_others(const Tensor& self, const Reduced& r) {
  std::vector<int64_t> perm, rows_shape;
  int64_t nd = self.dim();
  std::vector<bool> red(nd, false);
  for (int64_t d : r.dims) red[d] = true;
  for (int64_t d = 0; d < nd; ++d)
    if (!red[d]) {
      perm.push_back(d);
      rows_shape.push_back(r.sizes[d]);
    }
  for (int64_t d : r.dims) perm.push_back(d);
  std::vector<int64_t> permuted_shape;
  for (int64_t d : perm) permuted_shape.push_back(r.sizes[d]);
  int64_t n = r.count;
  rows_shape.push_back(n);
  Tensor x = (nd == 0 ? self : self.permute(perm)).reshape(rows_shape);
  std::vector<int64_t> one_shape(rows_shape);
  one_shape.back() = 1;
  Tensor one = ones(one_shape, {.dtype = self.dtype(), .device = self.device()});
  Tensor left = cumprod(cat({one, x.narrow(-1, 0, n - 1)}, -1), -1);
  Tensor right = flip(cumprod(flip(cat({x.narrow(-1, 1, n - 1), one}, -1), {-1}), -1), {-1});
  Tensor others = mul(left, right);
  if (nd == 0) return others.reshape({});
  std::vector<int64_t> inverse(nd);
  for (int64_t i = 0; i < nd; ++i) inverse[perm[i]] = i;
  return others.reshape(permuted_shape).permute(inverse);
}

// d cumprod(x)_j / d x_k for inputs with zeros, in O(n^2) but with ops only: for each k, the
// running products of x with x_k replaced by 1, summed against grad over j >= k.
Tensor cumprod_backward_with_zeros(const Tensor& grad, const Tensor& self, int64_t d) {
  Tensor x = self.transpose(d, -1), g = grad.transpose(d, -1);
  int64_t n = x.sizes()[x.dim() - 1];
  Tensor k = arange(n, {.dtype = DType::I64, .device = self.device()});
  Tensor diag = eq(k.unsqueeze(1), k.unsqueeze(0));   // [k, i]: i == k
  Tensor upper = le(k.unsqueeze(1), k.unsqueeze(0));  // [k, j]: j >= k
  std::vector<int64_t> sq = x.shape();
  sq.insert(sq.end() - 1, n);
  Tensor rows = where(diag, 1.0, x.unsqueeze(-2).expand(sq));
  Tensor partial = cumprod(rows, -1);  // [.., k, j] = prod_{i <= j, i != k} x_i
  Tensor res = sum(where(upper, mul(partial, g.unsqueeze(-2)), 0.0), {-1});
  return res.transpose(d, -1);
}

}  // namespace

Tensor evenly_distribute_backward(const Tensor& grad, const Tensor& self, const Tensor& result) {
  Tensor mask = logical_or(eq(self, result), logical_and(isnan(self), isnan(result)));
  return where(mask, div(grad, sum(mask)), 0.0);
}

Tensor select_backward(const Tensor& grad, const Tensor& indices, IntArrayRef self_sizes,
                       DType dtype, Device device, int64_t dim, bool keepdim) {
  if (self_sizes.empty()) return grad.reshape({});
  Tensor g = keepdim ? grad : grad.unsqueeze(dim);
  Tensor ix = keepdim ? indices : indices.unsqueeze(dim);
  return scatter(zeros(self_sizes, {.dtype = dtype, .device = device}), dim, ix, g);
}

void record_sum(const Tensor& self, OptIntArrayRef dim, bool keepdim, Tensor& out) {
  if (!any_requires_grad({&self})) return;
  bool whole = !dim.has_value() || dim.value().empty();
  record(whole ? "SumBackward0" : "SumBackward1", {self}, {&out}, {},
         [r = reduced_dims(self, dim, keepdim),
          dt = self.dtype()](const TensorList& g, const TensorList&) -> TensorList {
           return {cast(restore(g[0], r), dt)};
         });
}

void record_mean(const Tensor& self, OptIntArrayRef dim, bool keepdim, Tensor& out) {
  if (!any_requires_grad({&self})) return;
  bool whole = !dim.has_value() || dim.value().empty();
  record(whole ? "MeanBackward0" : "MeanBackward1", {self}, {&out}, {},
         [r = reduced_dims(self, dim, keepdim),
          dt = self.dtype()](const TensorList& g, const TensorList&) -> TensorList {
           return {cast(div(restore(g[0], r), static_cast<double>(r.count)), dt)};
         });
}

void record_prod(const Tensor& self, OptIntArrayRef dim, bool keepdim, Tensor& out) {
  if (!any_requires_grad({&self})) return;
  bool whole = !dim.has_value() || dim.value().empty();
  record(whole ? "ProdBackward0" : "ProdBackward1", {self}, {&out}, {{self, false}, {out, true}},
         [r = reduced_dims(self, dim, keepdim),
          dt = self.dtype()](const TensorList& g, const TensorList& s) -> TensorList {
           const Tensor& x = s[0];
           if (x.numel() == 0) return {zeros(r.sizes, {.dtype = dt, .device = x.device()})};
           // Without zeros, d prod / d x_i = prod / x_i; otherwise the product of the others.
           Tensor gi = has_zero(x) ? mul(unsq(g[0], r), prod_of_others(x, r))
                                   : div(mul(unsq(g[0], r), unsq(s[1], r)), x);
           return {cast(gi, dt)};
         });
}

void record_var(const Tensor& self, OptIntArrayRef dim, double correction, bool keepdim,
                bool is_std, Tensor& out) {
  if (!any_requires_grad({&self})) return;
  Reduced r = reduced_dims(self, dim, keepdim);
  double dof = std::max(0.0, static_cast<double>(r.count) - correction);
  if (!is_std) {
    record("VarBackward0", {self}, {&out}, {{self, false}},
           [r, dof](const TensorList& g, const TensorList& s) -> TensorList {
             Tensor centered = sub(s[0], mean(s[0], dims_of(r), true));
             return {mul(mul(unsq(g[0], r), 2.0 / dof), centered)};
           });
    return;
  }
  record("StdBackward0", {self}, {&out}, {{self, false}, {out, true}},
         [r, dof](const TensorList& g, const TensorList& s) -> TensorList {
           // d std = d var / (2 std), and 0 where std is 0 (PyTorch masks it the same way).
           Tensor sd = unsq(s[1], r);
           Tensor scale = where(eq(sd, 0), 0.0, div(unsq(g[0], r), mul(sd, dof)));
           return {mul(scale, sub(s[0], mean(s[0], dims_of(r), true)))};
         });
}

void record_extreme(const Tensor& self, bool is_max, Tensor& out) {
  if (!any_requires_grad({&self})) return;
  record(is_max ? "MaxBackward1" : "MinBackward1", {self}, {&out}, {{self, false}, {out, true}},
         [](const TensorList& g, const TensorList& s) -> TensorList {
           return {evenly_distribute_backward(g[0], s[0], s[1])};
         });
}

void record_extreme_dim(const Tensor& self, int64_t dim, bool keepdim, bool is_max, Tensor& values,
                        const Tensor& indices) {
  if (!any_requires_grad({&self})) return;
  int64_t d = self.dim() == 0 ? 0 : wrap_dim(dim, self.dim(), "max");
  record(is_max ? "MaxBackward0" : "MinBackward0", {self}, {&values}, {{indices, false}},
         [d, keepdim, sz = self.shape(), dt = self.dtype(),
          dev = self.device()](const TensorList& g, const TensorList& s) -> TensorList {
           return {select_backward(g[0], s[0], sz, dt, dev, d, keepdim)};
         });
}

void record_amax_amin(const Tensor& self, IntArrayRef dim, bool keepdim, bool is_max, Tensor& out) {
  if (!any_requires_grad({&self})) return;
  record(is_max ? "AmaxBackward0" : "AminBackward0", {self}, {&out}, {{self, false}, {out, true}},
         [r = reduced_dims(self, dim, keepdim)](const TensorList& g,
                                                const TensorList& s) -> TensorList {
           Tensor res = unsq(s[1], r);
           Tensor mask = logical_or(eq(s[0], res), logical_and(isnan(s[0]), isnan(res)));
           Tensor count = sum(mask, dims_of(r), true);
           return {where(mask, div(unsq(g[0], r), count), 0.0)};
         });
}

void record_logsumexp(const Tensor& self, IntArrayRef dim, bool keepdim, Tensor& out) {
  if (!any_requires_grad({&self})) return;
  record("LogsumexpBackward0", {self}, {&out}, {{self, false}, {out, true}},
         [r = reduced_dims(self, dim, keepdim),
          dt = self.dtype()](const TensorList& g, const TensorList& s) -> TensorList {
           return {cast(mul(unsq(g[0], r), exp(sub(s[0], unsq(s[1], r)))), dt)};
         });
}

void record_norm(const Tensor& self, double p, OptIntArrayRef dim, bool keepdim, Tensor& out) {
  if (!any_requires_grad({&self})) return;
  bool whole = !dim.has_value() || dim.value().empty();
  record(whole ? "NormBackward0" : "NormBackward1", {self}, {&out}, {{self, false}, {out, true}},
         [p, r = reduced_dims(self, dim, keepdim),
          dt = self.dtype()](const TensorList& g, const TensorList& s) -> TensorList {
           const Tensor& x = s[0];
           Tensor gr = unsq(g[0], r), n = unsq(s[1], r);
           Tensor gi;
           if (p == 0.0) {
             gi = zeros(r.sizes, {.dtype = dt, .device = x.device()});
           } else if (p == 1.0) {
             gi = mul(sign(x), gr);
           } else if (p == 2.0) {
             gi = mul(x, where(eq(n, 0), 0.0, div(gr, n)));
           } else if (std::isinf(p)) {
             // The gradient is split evenly among the elements whose |x| is the norm.
             Tensor mask = eq(abs(x), n);
             Tensor count = sum(mask, dims_of(r), true);
             gi = mul(sign(x), where(mask, div(gr, count), 0.0));
           } else if (p < 1.0) {
             Tensor scaled = where(eq(x, 0), 0.0, mul(sign(x), pow(abs(x), p - 1)));
             gi = mul(mul(scaled, gr), pow(n, 1 - p));
           } else {
             Tensor scaled =
                 p < 2.0 ? mul(sign(x), pow(abs(x), p - 1)) : mul(x, pow(abs(x), p - 2));
             gi = mul(scaled, where(eq(n, 0), 0.0, div(gr, pow(n, p - 1))));
           }
           return {cast(gi, dt)};
         });
}

void record_cumsum(const Tensor& self, int64_t dim, Tensor& out) {
  if (!any_requires_grad({&self})) return;
  int64_t d = wrap_dim(dim, self.dim(), "cumsum");
  record("CumsumBackward0", {self}, {&out}, {},
         [d, nd = self.dim(), dt = self.dtype()](const TensorList& g,
                                                 const TensorList&) -> TensorList {
           if (nd == 0) return {cast(g[0], dt)};
           return {cast(flip(cumsum(flip(g[0], {d}), d), {d}), dt)};
         });
}

void record_cumprod(const Tensor& self, int64_t dim, Tensor& out) {
  if (!any_requires_grad({&self})) return;
  int64_t d = wrap_dim(dim, self.dim(), "cumprod");
  record("CumprodBackward0", {self}, {&out}, {{self, false}, {out, true}},
         [d, dt = self.dtype()](const TensorList& g, const TensorList& s) -> TensorList {
           const Tensor& x = s[0];
           if (x.dim() == 0) return {cast(g[0], dt)};
           if (x.numel() == 0) return {zeros(x.shape(), {.dtype = dt, .device = x.device()})};
           if (has_zero(x)) return {cast(cumprod_backward_with_zeros(g[0], x, d), dt)};
           // Without zeros: d x_i = (sum_{j >= i} grad_j * out_j) / x_i.
           Tensor w = mul(s[1], g[0]);
           return {cast(div(flip(cumsum(flip(w, {d}), d), {d}), x), dt)};
         });
}

}  // namespace ignis
