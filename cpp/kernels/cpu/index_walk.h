// Strided walks shared by the CPU shape and index kernels: two operands of one shape, dims
// merged where both are contiguous across them, visited as 1-D runs (innermost dim first).
#pragma once

#include <cstdint>
#include <cstring>

#include "tensor/dim_vector.h"
#include "tensor/error.h"

namespace ignis::cpu {

// Shape and byte strides of two operands after dropping size-1 dims and merging; index 0 is
// the innermost dim.
struct Walk2 {
  DimVector sizes, sa, sb;
  int64_t numel = 1;
};

// Builds the walk of a row-major shape with element strides sa, sb and item size isz.
inline Walk2 make_walk2(IntArrayRef sizes, IntArrayRef sa, IntArrayRef sb, int64_t isz) {
  Walk2 w;
  for (int64_t d = static_cast<int64_t>(sizes.size()) - 1; d >= 0; --d) {
    w.numel *= sizes[d];
    if (sizes[d] == 1) continue;
    int64_t a = sa[d] * isz, b = sb[d] * isz;
    size_t n = w.sizes.size();
    if (n > 0 && a == w.sa[n - 1] * w.sizes[n - 1] && b == w.sb[n - 1] * w.sizes[n - 1]) {
      w.sizes[n - 1] *= sizes[d];
    } else {
      w.sizes.push_back(sizes[d]);
      w.sa.push_back(a);
      w.sb.push_back(b);
    }
  }
  return w;
}

// Calls run(a, b, n, stride_a, stride_b) for every innermost run of the walk from bases a, b.
template <typename F>
void walk2(const Walk2& w, char* a, char* b, F&& run) {
  if (w.numel == 0) return;
  int nd = static_cast<int>(w.sizes.size());
  if (nd == 0) {
    run(a, b, 1, 0, 0);
    return;
  }
  if (nd == 1) {
    run(a, b, w.sizes[0], w.sa[0], w.sb[0]);
    return;
  }
  DimVector idx(nd, 0);
  for (;;) {
    run(a, b, w.sizes[0], w.sa[0], w.sb[0]);
    int d = 1;
    for (; d < nd; ++d) {
      a += w.sa[d];
      b += w.sb[d];
      if (++idx[d] < w.sizes[d]) break;
      a -= w.sa[d] * w.sizes[d];
      b -= w.sb[d] * w.sizes[d];
      idx[d] = 0;
    }
    if (d == nd) return;
  }
}

// Copies n elements of isz bytes from b (byte stride sb) to a (byte stride sa).
inline void copy_run(char* a, const char* b, int64_t n, int64_t sa, int64_t sb, int64_t isz) {
  if (sa == isz && sb == isz) {
    std::memcpy(a, b, static_cast<size_t>(n * isz));
    return;
  }
  switch (isz) {
  case 1:
    for (int64_t i = 0; i < n; ++i) a[i * sa] = b[i * sb];
    break;
  case 2:
    for (int64_t i = 0; i < n; ++i)
      *reinterpret_cast<uint16_t*>(a + i * sa) = *reinterpret_cast<const uint16_t*>(b + i * sb);
    break;
  case 4:
    for (int64_t i = 0; i < n; ++i)
      *reinterpret_cast<uint32_t*>(a + i * sa) = *reinterpret_cast<const uint32_t*>(b + i * sb);
    break;
  default:
    for (int64_t i = 0; i < n; ++i)
      *reinterpret_cast<uint64_t*>(a + i * sa) = *reinterpret_cast<const uint64_t*>(b + i * sb);
    break;
  }
}

// Calls f.template operator()<U>() with U the unsigned integer type of isz bytes (1, 2, 4, 8).
template <typename F>
void with_bits(int64_t isz, F&& f) {
  switch (isz) {
  case 1:
    return f.template operator()<uint8_t>();
  case 2:
    return f.template operator()<uint16_t>();
  case 4:
    return f.template operator()<uint32_t>();
  case 8:
    return f.template operator()<uint64_t>();
  default:
    IGNIS_FAIL(Internal, "unexpected element size ", isz);
  }
}

}  // namespace ignis::cpu
