// sort, argsort, topk, kthvalue, median and unique: argument checks, result shapes, and the
// kernels of kernels/sort.h, which work along the last dim (the sorted dim is permuted last).
#include "kernels/sort.h"

#include <cmath>
#include <limits>

#include "ops/ops.gen.h"
#include "ops/sort_grad.h"

namespace ignis {
namespace {

// Permutation moving dim d of an nd-dim tensor last, the others keeping their order.
std::vector<int64_t> dim_last(int64_t nd, int64_t d) {
  std::vector<int64_t> perm;
  for (int64_t i = 0; i < nd; ++i)
    if (i != d) perm.push_back(i);
  perm.push_back(d);
  return perm;
}

// self with dim d moved last (a 0-dim tensor becomes shape [1]), without history: it only
// feeds a kernel, and the op records its own backward.
Tensor move_last(const Tensor& t, int64_t d) {
  NoGradGuard no_history;
  return t.dim() == 0 ? t.reshape({1}) : t.permute(dim_last(t.dim(), d));
}

void check_input(const Tensor& self, const char* op) {
  IGNIS_CHECK(self.defined(), InvalidArgument, op, ": expected a defined input tensor");
}
void check_numeric(const Tensor& self, const char* op) {
  IGNIS_CHECK(self.dtype() != DType::Bool, DType, op,
              ": expected a numeric input (not bool) but got bool");
}

// values/indices of the k-th smallest (0-based k) along d; median propagates nan.
std::tuple<Tensor, Tensor> kth_along(const Tensor& self, int64_t k, int64_t d, bool keepdim,
                                     bool nan_propagates, const char* op) {
  std::vector<int64_t> kept, keep = self.shape();
  for (int64_t i = 0; i < self.dim(); ++i)
    if (i != d) kept.push_back(self.sizes()[i]);
  if (self.dim() > 0) keep[d] = 1;
  Tensor v = empty(kept, {.dtype = self.dtype(), .device = self.device()});
  Tensor ix = empty(kept, {.dtype = DType::I64, .device = self.device()});
  if (v.numel() > 0)
    kernel(kthvalue_kernel, op, self.device())(v, ix, move_last(self, d), k, nan_propagates);
  if (keepdim) return {v.view(keep), ix.view(keep)};
  return {v, ix};
}

}  // namespace

std::tuple<Tensor, Tensor> sort(const Tensor& self, int64_t dim, bool descending, bool stable) {
  check_input(self, "sort");
  int64_t d = wrap_dim(dim, self.dim(), "sort");
  Tensor v = empty(self.sizes(), {.dtype = self.dtype(), .device = self.device()});
  Tensor ix = empty(self.sizes(), {.dtype = DType::I64, .device = self.device()});
  if (self.numel() > 0)
    kernel(sort_kernel, "sort", self.device())(move_last(v, d), move_last(ix, d),
                                               move_last(self, d), descending);
  record_sort(self, d, v, ix);
  return {v, ix};
}

Tensor argsort(const Tensor& self, int64_t dim, bool descending, bool stable) {
  check_input(self, "argsort");
  wrap_dim(dim, self.dim(), "argsort");
  return std::get<1>(sort(self, dim, descending, stable));
}

std::tuple<Tensor, Tensor> topk(const Tensor& self, int64_t k, int64_t dim, bool largest,
                                bool sorted) {
  check_input(self, "topk");
  check_numeric(self, "topk");
  int64_t d = wrap_dim(dim, self.dim(), "topk");
  int64_t size = self.dim() == 0 ? 1 : self.sizes()[d];
  IGNIS_CHECK(k >= 0 && k <= size, Index, "topk: selected index k out of range (expected k in [0, ",
              size, "] for dim ", d, " but got k = ", k, ")");
  std::vector<int64_t> shape = self.shape();
  if (self.dim() > 0)
    shape[d] = k;
  else
    k = 1;  // like torch, a 0-dim input gives its element even for k = 0
  Tensor v = empty(shape, {.dtype = self.dtype(), .device = self.device()});
  Tensor ix = empty(shape, {.dtype = DType::I64, .device = self.device()});
  if (v.numel() > 0)
    kernel(topk_kernel, "topk", self.device())(move_last(v, d), move_last(ix, d),
                                               move_last(self, d), k, largest);
  record_topk(self, d, v, ix);
  return {v, ix};
}

std::tuple<Tensor, Tensor> kthvalue(const Tensor& self, int64_t k, int64_t dim, bool keepdim) {
  check_input(self, "kthvalue");
  check_numeric(self, "kthvalue");
  int64_t d = wrap_dim(dim, self.dim(), "kthvalue");
  int64_t size = self.dim() == 0 ? 1 : self.sizes()[d];
  IGNIS_CHECK(k >= 1 && k <= size, Index,
              "kthvalue: selected number k out of range (expected k in [1, ", size, "] for dim ", d,
              " but got k = ", k, ")");
  auto [v, ix] = kth_along(self, k - 1, d, keepdim, false, "kthvalue");
  record_kth(self, d, keepdim, /*is_median=*/false, v, ix);
  return {v, ix};
}

Tensor median(const Tensor& self) {
  check_input(self, "median");
  check_numeric(self, "median");
  if (self.numel() == 0) {
    IGNIS_CHECK(is_floating(self.dtype()), InvalidArgument,
                "median: expected a non-empty input for an integer dtype (an empty floating "
                "input gives nan) but got an empty ",
                dtype_name(self.dtype()), " tensor");
    return full({}, std::numeric_limits<double>::quiet_NaN(),
                {.dtype = self.dtype(), .device = self.device()});
  }
  Tensor flat = self.reshape({-1});
  Tensor out = std::get<0>(kth_along(flat, (flat.numel() - 1) / 2, 0, false, true, "median"));
  record_median(self, out);
  return out;
}

std::tuple<Tensor, Tensor> median(const Tensor& self, int64_t dim, bool keepdim) {
  check_input(self, "median");
  check_numeric(self, "median");
  int64_t d = wrap_dim(dim, self.dim(), "median");
  int64_t size = self.dim() == 0 ? 1 : self.sizes()[d];
  IGNIS_CHECK(size > 0, Index, "median: Expected reduction dim ", d, " to have non-zero size");
  auto [v, ix] = kth_along(self, (size - 1) / 2, d, keepdim, true, "median");
  record_kth(self, d, keepdim, /*is_median=*/true, v, ix);
  return {v, ix};
}

std::tuple<Tensor, Tensor, Tensor> unique(const Tensor& self, bool sorted, bool return_inverse,
                                          bool return_counts) {
  check_input(self, "unique");
  auto [v, inv, cnt] = kernel(unique_kernel, "unique",
                              self.device())(self.reshape({-1}), return_inverse, return_counts);
  if (return_inverse) inv = inv.view(self.sizes());
  return std::tuple<Tensor, Tensor, Tensor>{v, inv, cnt};
}

}  // namespace ignis
