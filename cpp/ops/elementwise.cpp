#include "ops/elementwise.h"

#include <vector>

#include "tensor/broadcast.h"

namespace ignis {

bool can_cast(DType from, DType to) {
  if (is_floating(from) && !is_floating(to)) return false;
  if (from != DType::Bool && to == DType::Bool) return false;
  return true;
}

DType result_type(std::initializer_list<Tensor> tensors, std::initializer_list<Scalar> scalars) {
  ResultTypeState st;
  for (const Tensor& t : tensors) st.add_tensor(t.dtype(), t.dim() == 0);
  for (const Scalar& s : scalars) st.add_scalar(s.kind());
  return st.result();
}

Tensor scalar_tensor(const Scalar& s, DType d, Device device) {
  Tensor t = empty({}, {.dtype = d, .device = device});
  return t.fill_(s);
}

Tensor run_elementwise(const char* op, OutMode mode, Tensor* out,
                       std::initializer_list<Tensor> inputs, DType compute, DType result,
                       const std::function<void(TensorIter&)>& kernel, size_t n_compute) {
  std::vector<Tensor> in;
  in.reserve(inputs.size());
  DimVector shape;
  bool first = true;
  Device dev = inputs.begin()->device();
  for (const Tensor& t : inputs) {
    IGNIS_CHECK(t.defined(), InvalidArgument, op, ": expected a defined tensor argument");
    IGNIS_CHECK(t.device() == dev, Device, op, ": expected all tensors on the same device but got ",
                dev.str(), " and ", t.device().str());
    shape = first ? DimVector(t.sizes()) : broadcast_shapes(shape, t.sizes(), op);
    first = false;
    in.push_back(t.dtype() == compute || in.size() >= n_compute ? t : t.to(compute));
  }
  auto run = [&](const Tensor& dst) {
    TensorIter it = in.size() == 1   ? TensorIter({dst}, {in[0]}, op)
                    : in.size() == 2 ? TensorIter({dst}, {in[0], in[1]}, op)
                                     : TensorIter({dst}, {in[0], in[1], in[2]}, op);
    if (it.numel() > 0) kernel(it);
  };
  if (mode == OutMode::Functional) {
    Tensor r = empty(shape, {.dtype = result, .device = dev});
    run(r);
    return r;
  }
  Tensor& dst = mode == OutMode::InPlace ? const_cast<Tensor&>(*inputs.begin()) : *out;
  IGNIS_CHECK(dst.defined(), InvalidArgument, op, ": expected a defined out tensor");
  check_no_internal_overlap(dst, op);
  IGNIS_CHECK(dst.device() == dev, Device, op, ": expected out on ", dev.str(), " but got ",
              dst.device().str());
  IGNIS_CHECK(can_cast(result, dst.dtype()), DType, op, ": result type ", dtype_name(result),
              " can't be cast to the desired output type ", dtype_name(dst.dtype()));
  if (!equal_dims(dst.sizes(), shape)) {
    IGNIS_CHECK(mode == OutMode::Out && dst.numel() == 0, Shape, op, ": output with shape ",
                shape_str(dst.sizes()), " doesn't match the broadcast shape ", shape_str(shape));
    dst = empty(shape, {.dtype = dst.dtype(), .device = dev});
  }
  dst.bump_version();
  // Inputs that alias the destination (a.add_(a.t()), out= a view of an input) are read from
  // copies so the kernel never reads what it already wrote.
  for (Tensor& t : in)
    if (t.storage().get() == dst.storage().get() &&
        !(t.storage_offset() == dst.storage_offset() && equal_dims(t.strides(), dst.strides()) &&
          equal_dims(t.sizes(), dst.sizes()) && t.dtype() == dst.dtype()))
      t = t.clone();
  if (dst.dtype() == result) {
    run(dst);
  } else {
    Tensor tmp = empty(shape, {.dtype = result, .device = dev});
    run(tmp);
    dst.copy_(tmp);
  }
  return dst;
}

}  // namespace ignis
