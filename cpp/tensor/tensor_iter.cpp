#include "tensor/tensor_iter.h"

#include <algorithm>
#include <numeric>

#include "tensor/broadcast.h"

namespace ignis {

void TensorIter::add_operand(const Tensor& t, IntArrayRef shape) {
  IGNIS_CHECK(ntensors_ < kMaxOperands, Internal, "TensorIter: more than ", kMaxOperands,
              " operands");
  int k = ntensors_++;
  size_t nd = shape.size(), td = static_cast<size_t>(t.dim());
  DimVector st(nd, 0);
  int64_t isz = t.element_size();
  for (size_t i = 0; i < td; ++i) {
    size_t j = nd - td + i;
    st[j] = t.sizes()[i] == 1 && shape[j] != 1 ? 0 : t.strides()[i] * isz;
  }
  strides_[k] = std::move(st);
  data_[k] = static_cast<char*>(t.data_ptr());
  dtypes_[k] = t.dtype();
}

TensorIter::TensorIter(std::initializer_list<Tensor> outputs, std::initializer_list<Tensor> inputs,
                       const char* op) {
  IGNIS_CHECK(outputs.size() + inputs.size() > 0, Internal, op,
              ": TensorIter needs at least one operand");
  DimVector shape;
  bool first = true;
  Device dev = (outputs.size() ? outputs.begin() : inputs.begin())->device();
  for (const Tensor& t : inputs) {
    IGNIS_CHECK(t.device() == dev, Device, op, ": expected all tensors on the same device but got ",
                dev.str(), " and ", t.device().str());
    shape = first ? DimVector(t.sizes()) : broadcast_shapes(shape, t.sizes(), op);
    first = false;
  }
  // Inputs broadcast to the outputs' shape; all outputs share it.
  for (const Tensor& t : outputs) {
    IGNIS_CHECK(t.device() == dev, Device, op, ": expected all tensors on the same device but got ",
                dev.str(), " and ", t.device().str());
    IntArrayRef want = outputs.begin()->sizes();
    IGNIS_CHECK(equal_dims(t.sizes(), want) && (first || is_expandable_to(shape, want)), Shape, op,
                ": expected the output to have shape ",
                shape_str(first ? want : IntArrayRef(shape)),
                " (or one the inputs broadcast to) but got ", shape_str(t.sizes()));
  }
  if (outputs.size()) shape = DimVector(outputs.begin()->sizes());
  shape_ = shape;
  numel_ = checked_numel(shape_, op);
  // Dense operands of the iteration shape (the common case: same-shape contiguous tensors and
  // a fresh output) make one run in which each operand steps by its element size, and 0-dim
  // inputs (wrapped Python scalars) one in which they step by 0 (an output must have the whole
  // shape: a 0-dim one among larger ones is add_operand's error); that is what add_operand +
  // reorder_and_coalesce would compute, without their per-dim work, which dominates an op on
  // a few elements.
  auto dense_out = [&](const Tensor& t) {
    return equal_dims(t.sizes(), shape_) && t.is_contiguous();
  };
  auto dense = [&](const Tensor& t) { return t.dim() == 0 || dense_out(t); };
  if (numel_ > 0 && outputs.size() + inputs.size() <= kMaxOperands &&
      std::all_of(outputs.begin(), outputs.end(), dense_out) &&
      std::all_of(inputs.begin(), inputs.end(), dense)) {
    for (std::initializer_list<Tensor> group : {outputs, inputs})
      for (const Tensor& t : group) {
        int k = ntensors_++;
        strides_[k] = DimVector(1, t.dim() == 0 ? 0 : t.element_size());
        data_[k] = static_cast<char*>(t.data_ptr());
        dtypes_[k] = t.dtype();
      }
    shape_ = DimVector(1, numel_);
    return;
  }
  for (const Tensor& t : outputs) add_operand(t, shape_);
  for (const Tensor& t : inputs) add_operand(t, shape_);
  reorder_and_coalesce();
}

TensorIter TensorIter::reduce(const Tensor& output, const Tensor& input, const char* op) {
  IGNIS_CHECK(output.dim() == input.dim(), Shape, op, ": expected a reduction output of rank ",
              input.dim(), " but got ", output.dim());
  for (int64_t i = 0; i < input.dim(); ++i)
    IGNIS_CHECK(output.sizes()[i] == input.sizes()[i] || output.sizes()[i] == 1, Shape, op,
                ": output shape ", shape_str(output.sizes()), " does not match input shape ",
                shape_str(input.sizes()));
  TensorIter it;
  it.shape_ = DimVector(input.sizes());
  it.numel_ = input.numel();
  it.add_operand(output, it.shape_);
  it.add_operand(input, it.shape_);
  it.reorder_and_coalesce();
  return it;
}

void TensorIter::reorder_and_coalesce() {
  int nd = ndim();
  // perm lists original dims from fastest to slowest: sort by the output's stride (then the
  // inputs'), keeping the original order among ties, so the output is walked in memory order.
  std::vector<int> perm(nd);
  std::iota(perm.begin(), perm.end(), 0);
  std::reverse(perm.begin(), perm.end());
  auto should_swap = [&](int a, int b) {  // true when dim a must come after dim b
    for (int k = 0; k < ntensors_; ++k) {
      int64_t sa = strides_[k][a], sb = strides_[k][b];
      if (sa == 0 || sb == 0) continue;
      if (sa != sb) return sa > sb;
    }
    return false;
  };
  for (int i = 1; i < nd; ++i)
    for (int j = i; j > 0 && should_swap(perm[j - 1], perm[j]); --j)
      std::swap(perm[j - 1], perm[j]);

  DimVector shape(nd);
  std::array<DimVector, kMaxOperands> st;
  for (int k = 0; k < ntensors_; ++k) st[k] = DimVector(nd);
  for (int i = 0; i < nd; ++i) {
    shape[i] = shape_[perm[i]];
    for (int k = 0; k < ntensors_; ++k) st[k][i] = strides_[k][perm[i]];
  }
  // Merge dim i+1 into the current run when every operand steps through it contiguously.
  DimVector cs;
  std::array<DimVector, kMaxOperands> cst;
  for (int i = 0; i < nd; ++i) {
    if (shape[i] == 1 && nd > 1) continue;  // size-1 dims carry no iteration
    bool merge = !cs.empty();
    for (int k = 0; merge && k < ntensors_; ++k) merge = st[k][i] == cst[k].back() * cs.back();
    if (merge) {
      cs.back() *= shape[i];
    } else {
      cs.push_back(shape[i]);
      for (int k = 0; k < ntensors_; ++k) cst[k].push_back(st[k][i]);
    }
  }
  if (cs.empty()) {  // 0-dim or all size-1: one element
    cs.push_back(1);
    for (int k = 0; k < ntensors_; ++k) cst[k].push_back(0);
  }
  shape_ = cs;
  for (int k = 0; k < ntensors_; ++k) strides_[k] = cst[k];
}

bool TensorIter::is_contiguous() const {
  if (ndim() != 1) return false;
  for (int k = 0; k < ntensors_; ++k)
    if (strides_[k][0] != itemsize(dtypes_[k])) return false;
  return true;
}

void TensorIter::serial_for_each(LoopFn loop, int64_t begin, int64_t end) const {
  if (begin >= end) return;
  int nd = ndim();
  DimVector idx(nd, 0);
  int64_t rem = begin;
  for (int d = 0; d < nd; ++d) {
    idx[d] = rem % shape_[d];
    rem /= shape_[d];
  }
  std::array<char*, kMaxOperands> ptr;
  std::array<int64_t, kMaxOperands> inner;
  for (int k = 0; k < ntensors_; ++k) inner[k] = strides_[k][0];
  int64_t pos = begin;
  while (pos < end) {
    for (int k = 0; k < ntensors_; ++k) {
      char* p = data_[k];
      for (int d = 0; d < nd; ++d) p += idx[d] * strides_[k][d];
      ptr[k] = p;
    }
    int64_t n = std::min(shape_[0] - idx[0], end - pos);
    loop(ptr.data(), inner.data(), n);
    pos += n;
    idx[0] += n;
    for (int d = 0; d < nd - 1 && idx[d] >= shape_[d]; ++d) {
      idx[d] = 0;
      ++idx[d + 1];
    }
  }
}

void TensorIter::for_each(LoopFn loop, int64_t grain) const {
  if (numel_ == 0) return;
  parallel_for(0, numel_, grain, [&](int64_t b, int64_t e) { serial_for_each(loop, b, e); });
}

}  // namespace ignis
