// CPU copy and fill: dtype conversion over any strides, memcpy when layouts match.
#include "kernels/copy.h"

#include <cstring>

#include "tensor/convert.h"
#include "tensor/dispatch.h"
#include "tensor/tensor_iter.h"

namespace ignis {
namespace {

void copy_cpu(const Tensor& dst, const Tensor& src) {
  TensorIter it({dst}, {src}, "copy_");
  if (dst.dtype() == src.dtype() && it.is_contiguous()) {
    char* d = it.data(0);
    const char* s = it.data(1);
    int64_t isz = dst.element_size();
    parallel_for(0, it.numel(), kGrainSize * 4, [&](int64_t b, int64_t e) {
      std::memcpy(d + b * isz, s + b * isz, static_cast<size_t>((e - b) * isz));
    });
    return;
  }
  IGNIS_DISPATCH_ALL(dst.dtype(), "copy_", [&] {
    using dst_t = scalar_t;
    IGNIS_DISPATCH_ALL(src.dtype(), "copy_", [&] {
      using src_t = scalar_t;
      it.for_each([](char** data, const int64_t* strides, int64_t n) {
        char* d = data[0];
        const char* s = data[1];
        if (strides[0] == sizeof(dst_t) && strides[1] == sizeof(src_t)) {
          auto* dp = reinterpret_cast<dst_t*>(d);
          auto* sp = reinterpret_cast<const src_t*>(s);
          for (int64_t i = 0; i < n; ++i) dp[i] = convert<dst_t>(sp[i]);
        } else {
          for (int64_t i = 0; i < n; ++i)
            *reinterpret_cast<dst_t*>(d + i * strides[0]) =
                convert<dst_t>(*reinterpret_cast<const src_t*>(s + i * strides[1]));
        }
      });
    });
  });
}

void fill_cpu(const Tensor& t, const Scalar& value) {
  TensorIter it({t}, {}, "fill_");
  IGNIS_DISPATCH_ALL(t.dtype(), "fill_", [&] {
    scalar_t v = value.to<scalar_t>();
    it.for_each([v](char** data, const int64_t* strides, int64_t n) {
      if (strides[0] == sizeof(scalar_t)) {
        auto* p = reinterpret_cast<scalar_t*>(data[0]);
        for (int64_t i = 0; i < n; ++i) p[i] = v;
      } else {
        for (int64_t i = 0; i < n; ++i) *reinterpret_cast<scalar_t*>(data[0] + i * strides[0]) = v;
      }
    });
  });
}

}  // namespace

IGNIS_REGISTER_KERNEL(copy, CPU, copy_cpu);
IGNIS_REGISTER_KERNEL(fill, CPU, fill_cpu);

}  // namespace ignis
