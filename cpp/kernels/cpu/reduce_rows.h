// Row geometry shared by the CPU reduce, scan and sort kernels: a tensor of shape (kept..., R)
// is walked one row (the last dim) at a time, rows split across threads.
#pragma once

#include <algorithm>

#include "tensor/tensor_iter.h"

namespace ignis::cpu {

// The (kept...) geometry of t: t without its last dim (a view; no bounds checks, so it also
// works when the last dim is empty).
inline Tensor drop_last_dim(const Tensor& t) {
  IntArrayRef sz = t.sizes(), st = t.strides();
  return make_tensor(t.storage(), t.dtype(), IntArrayRef(sz.data(), sz.size() - 1),
                     IntArrayRef(st.data(), st.size() - 1), t.storage_offset());
}

// Calls f(ptrs, strides, n) for blocks of n consecutive rows: ptrs[k] is operand k's first row
// start, strides[k] the byte step between rows. `kept` tensors all have the same (kept) shape;
// a row holds `row_len` elements, which sets how many rows a thread takes.
template <typename F>
void for_each_rows(std::initializer_list<Tensor> outs, std::initializer_list<Tensor> ins,
                   int64_t row_len, const char* op, const F& f) {
  TensorIter it(outs, ins, op);
  if (it.numel() == 0) return;
  int64_t grain = std::max<int64_t>(1, kGrainSize / std::max<int64_t>(row_len, 1));
  parallel_for(0, it.numel(), grain, [&](int64_t b, int64_t e) {
    it.serial_for_each([&](char** data, const int64_t* strides, int64_t n) { f(data, strides, n); },
                       b, e);
  });
}

}  // namespace ignis::cpu
