// Backward formulas of sort, topk, kthvalue and median (cpp/ops/sort.cpp): the gradient of the
// selected values is scattered back to their indices, as in PyTorch's
// value_selecting_reduction_backward; median() splits it evenly among ties.
#include "ops/sort_grad.h"

#include "ops/ops.gen.h"
#include "ops/reduce_grad.h"

namespace ignis {
namespace {

// sort and topk keep the sorted dim (keepdim); a 0-dim input is its own value.
void record_along(const char* name, const Tensor& self, int64_t d, Tensor& values,
                  const Tensor& indices) {
  if (!any_requires_grad({&self})) return;
  record(name, {self}, {&values}, {{indices, false}},
         [d, sz = self.shape(), dt = self.dtype(),
          dev = self.device()](const TensorList& g, const TensorList& s) -> TensorList {
           return {select_backward(g[0], s[0], sz, dt, dev, d, /*keepdim=*/true)};
         });
}

}  // namespace

void record_sort(const Tensor& self, int64_t d, Tensor& values, const Tensor& indices) {
  record_along("SortBackward0", self, d, values, indices);
}

void record_topk(const Tensor& self, int64_t d, Tensor& values, const Tensor& indices) {
  record_along("TopkBackward0", self, d, values, indices);
}

void record_kth(const Tensor& self, int64_t d, bool keepdim, bool is_median, Tensor& values,
                const Tensor& indices) {
  if (!any_requires_grad({&self})) return;
  record(is_median ? "MedianBackward1" : "KthvalueBackward0", {self}, {&values}, {{indices, false}},
         [d, keepdim, sz = self.shape(), dt = self.dtype(),
          dev = self.device()](const TensorList& g, const TensorList& s) -> TensorList {
           return {select_backward(g[0], s[0], sz, dt, dev, d, keepdim)};
         });
}

void record_median(const Tensor& self, Tensor& out) {
  if (!any_requires_grad({&self})) return;
  record("MedianBackward0", {self}, {&out}, {{self, false}, {out, true}},
         [](const TensorList& g, const TensorList& s) -> TensorList {
           return {evenly_distribute_backward(g[0], s[0], s[1])};
         });
}

}  // namespace ignis
