// CUDA copy and fill: dtype conversion over any strides, cudaMemcpyAsync when layouts match.
#include "kernels/copy.h"
#include "kernels/cuda/loops.cuh"
#include "tensor/convert.h"
#include "tensor/dispatch.h"

namespace ignis::cuda {
namespace {

void copy_cuda(const Tensor& dst, const Tensor& src) {
  DeviceGuard guard(dst.device().index);
  TensorIter it({dst}, {src}, "copy_");
  int64_t n = it.numel();
  if (dst.dtype() == src.dtype() && it.is_contiguous()) {
    IGNIS_CUDA_CHECK(cudaMemcpyAsync(it.data(0), it.data(1),
                                     static_cast<size_t>(n * dst.element_size()),
                                     cudaMemcpyDeviceToDevice, current_stream()));
    return;
  }
  IGNIS_DISPATCH_ALL(dst.dtype(), "copy_", [&] {
    using dst_t = scalar_t;
    IGNIS_DISPATCH_ALL(src.dtype(), "copy_", [&] {
      using src_t = scalar_t;
      if (it.is_contiguous()) {
        auto* d = reinterpret_cast<dst_t*>(it.data(0));
        auto* s = reinterpret_cast<const src_t*>(it.data(1));
        launch_elementwise(n, [=] __device__(int64_t i) { d[i] = convert<dst_t>(s[i]); });
      } else {
        OffsetCalc<2> calc = make_offset_calc<2>(it, "copy_");
        char* d = it.data(0);
        const char* s = it.data(1);
        launch_elementwise(n, [=] __device__(int64_t i) {
          Offsets<2> o = calc.get(i);
          *reinterpret_cast<dst_t*>(d + o.v[0]) =
              convert<dst_t>(*reinterpret_cast<const src_t*>(s + o.v[1]));
        });
      }
    });
  });
}

void fill_cuda(const Tensor& t, const Scalar& value) {
  DeviceGuard guard(t.device().index);
  TensorIter it({t}, {}, "fill_");
  int64_t n = it.numel();
  IGNIS_DISPATCH_ALL(t.dtype(), "fill_", [&] {
    scalar_t v = value.to<scalar_t>();
    if (it.is_contiguous()) {
      auto* p = reinterpret_cast<scalar_t*>(it.data(0));
      launch_elementwise(n, [=] __device__(int64_t i) { p[i] = v; });
    } else {
      OffsetCalc<1> calc = make_offset_calc<1>(it, "fill_");
      char* p = it.data(0);
      launch_elementwise(
          n, [=] __device__(int64_t i) { *reinterpret_cast<scalar_t*>(p + calc.get(i).v[0]) = v; });
    }
  });
}

}  // namespace

IGNIS_REGISTER_KERNEL(copy, CUDA, copy_cuda);
IGNIS_REGISTER_KERNEL(fill, CUDA, fill_cuda);

}  // namespace ignis::cuda
