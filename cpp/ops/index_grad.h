// Recording the backward of the index ops (cpp/ops/index.cpp, cpp/ops/indexing.cpp); the
// formulas live in index_grad.cpp. Each record_* does nothing unless grad mode is on and a
// differentiable input requires grad; index and mask tensors are saved (version-checked), never
// differentiated. For in-place forms `self` is the tensor before the write and `out` is self.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "ops/history.h"
#include "ops/indexing.h"

namespace ignis {

void record_index_select(const Tensor& self, int64_t dim, const Tensor& index, Tensor& out);
void record_gather(const Tensor& self, int64_t dim, const Tensor& index, Tensor& out);
// scatter.src (src defined) and scatter.value (src undefined), with an optional reduce.
void record_scatter(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src,
                    std::optional<std::string_view> reduce, Tensor& out);
void record_scatter_add(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src,
                        Tensor& out);
void record_index_add(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& source,
                      const Scalar& alpha, Tensor& out);
// self[indices] = values (or += with accumulate); also the index_put_ of the indexing API.
void record_index_put(const Tensor& self, const std::vector<TensorIndex>& indices,
                      const Tensor& values, bool accumulate, Tensor& out);
// out = self[indices] with at least one tensor (advanced) index.
void record_index(const Tensor& self, const std::vector<TensorIndex>& indices, Tensor& out);
// masked_fill with a Scalar (value undefined) or a 0-dim Tensor value.
void record_masked_fill(const Tensor& self, const Tensor& mask, const Tensor& value, Tensor& out);
void record_masked_select(const Tensor& self, const Tensor& mask, Tensor& out);
void record_masked_scatter(const Tensor& self, const Tensor& mask, const Tensor& source,
                           Tensor& out);
void record_take(const Tensor& self, const Tensor& index, Tensor& out);

}  // namespace ignis
