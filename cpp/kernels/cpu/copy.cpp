// CPU copy and fill: dtype conversion over any strides, memcpy when layouts match.
#include "kernels/copy.h"

#include <algorithm>
#include <cstring>

#include "tensor/convert.h"
#include "tensor/dispatch.h"
#include "tensor/tensor_iter.h"

namespace ignis {
namespace {

// Same-dtype 2-D copy where the destination runs along one dim and the source along the other
// (a transpose): copied in 64x64 tiles so both sides stay in cache. False when not that case.
template <typename U>
void copy_tiles(const TensorIter& it) {
  constexpr int64_t kTile = 64;
  int64_t n0 = it.shape()[0], n1 = it.shape()[1];
  int64_t do1 = it.strides(0)[1], di0 = it.strides(1)[0];
  char* d = it.data(0);
  const char* s = it.data(1);
  int64_t tiles = (n1 + kTile - 1) / kTile;
  parallel_for(0, tiles, std::max<int64_t>(1, kGrainSize / (kTile * n0)),
               [&](int64_t b, int64_t e) {
                 for (int64_t t = b; t < e; ++t)
                   for (int64_t i0 = 0; i0 < n0; i0 += kTile)
                     for (int64_t j = t * kTile; j < std::min(n1, (t + 1) * kTile); ++j) {
                       U* dp = reinterpret_cast<U*>(d + j * do1);
                       const char* sp = s + j * static_cast<int64_t>(sizeof(U));
                       for (int64_t i = i0; i < std::min(n0, i0 + kTile); ++i)
                         dp[i] = *reinterpret_cast<const U*>(sp + i * di0);
                     }
               });
}

bool copy_transposed(const TensorIter& it, int64_t isz) {
  if (it.ndim() != 2 || it.numel() < 4096) return false;
  if (it.strides(0)[0] != isz || it.strides(1)[1] != isz) return false;
  switch (isz) {
  case 1:
    copy_tiles<uint8_t>(it);
    return true;
  case 2:
    copy_tiles<uint16_t>(it);
    return true;
  case 4:
    copy_tiles<uint32_t>(it);
    return true;
  case 8:
    copy_tiles<uint64_t>(it);
    return true;
  default:
    return false;
  }
}

void copy_cpu(const Tensor& dst, const Tensor& src) {
  TensorIter it({dst}, {src}, "copy_");
  if (dst.dtype() == src.dtype() && copy_transposed(it, dst.element_size())) return;
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
