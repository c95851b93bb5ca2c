// Scalar loops over a TensorIter's 1-D runs for the binary family's CPU kernels: out[i] =
// f(in0[i], in1[i], ...), with the dense and one-side-broadcast (stride 0) cases split out so
// the compiler vectorizes them, and a strided fallback.
#pragma once

#include <cstdint>
#include <type_traits>

#include "tensor/convert.h"
#include "tensor/tensor_iter.h"

namespace ignis::cpu {

// The type a 16-bit float computes in (float); every other type computes in itself.
template <typename T>
using acc_t = std::conditional_t<is_reduced_float_v<T>, float, T>;

// A vector hook that handles nothing (see binary_loop).
struct NoVec {
  template <typename O, typename T>
  bool operator()(O*, const T*, const T*, int64_t, int) const {
    return false;
  }
};

// out (type O) = f(a, b) over inputs of type T. `vec(o, a, b, n, mode)` may take a dense run
// first (mode 0: both dense, 1: b broadcast, 2: a broadcast) and returns true when it did.
template <typename O, typename T, typename F, typename V = NoVec>
void binary_loop(const TensorIter& it, const F& f, const V& vec = {}) {
  it.for_each([&](char** data, const int64_t* s, int64_t n) {
    auto* o = reinterpret_cast<O*>(data[0]);
    const char* a = data[1];
    const char* b = data[2];
    constexpr int64_t so = sizeof(O), st = sizeof(T);
    if (s[0] == so && (s[1] == st || s[1] == 0) && (s[2] == st || s[2] == 0) &&
        !(s[1] == 0 && s[2] == 0) &&
        vec(o, reinterpret_cast<const T*>(a), reinterpret_cast<const T*>(b), n,
            s[2] == 0 ? 1 : (s[1] == 0 ? 2 : 0)))
      return;
    if (s[0] == so && s[1] == st && s[2] == st) {
      auto* ap = reinterpret_cast<const T*>(a);
      auto* bp = reinterpret_cast<const T*>(b);
      for (int64_t i = 0; i < n; ++i) o[i] = f(ap[i], bp[i]);
    } else if (s[0] == so && s[1] == st && s[2] == 0) {
      auto* ap = reinterpret_cast<const T*>(a);
      const T bv = *reinterpret_cast<const T*>(b);
      for (int64_t i = 0; i < n; ++i) o[i] = f(ap[i], bv);
    } else if (s[0] == so && s[1] == 0 && s[2] == st) {
      const T av = *reinterpret_cast<const T*>(a);
      auto* bp = reinterpret_cast<const T*>(b);
      for (int64_t i = 0; i < n; ++i) o[i] = f(av, bp[i]);
    } else {
      for (int64_t i = 0; i < n; ++i)
        *reinterpret_cast<O*>(data[0] + i * s[0]) =
            f(*reinterpret_cast<const T*>(a + i * s[1]), *reinterpret_cast<const T*>(b + i * s[2]));
    }
  });
}

// out (type T) = f(a) over one input of type T.
template <typename T, typename F>
void unary_loop(const TensorIter& it, const F& f) {
  it.for_each([&](char** data, const int64_t* s, int64_t n) {
    if (s[0] == sizeof(T) && s[1] == sizeof(T)) {
      auto* o = reinterpret_cast<T*>(data[0]);
      auto* a = reinterpret_cast<const T*>(data[1]);
      for (int64_t i = 0; i < n; ++i) o[i] = f(a[i]);
    } else {
      for (int64_t i = 0; i < n; ++i)
        *reinterpret_cast<T*>(data[0] + i * s[0]) =
            f(*reinterpret_cast<const T*>(data[1] + i * s[1]));
    }
  });
}

// out (type T) = f(a, b, c) over three inputs; c has type C (T unless given).
template <typename T, typename C = T, typename F>
void ternary_loop(const TensorIter& it, const F& f) {
  it.for_each([&](char** data, const int64_t* s, int64_t n) {
    constexpr int64_t st = sizeof(T), sc = sizeof(C);
    if (s[0] == st && s[1] == st && s[2] == st && s[3] == sc) {
      auto* o = reinterpret_cast<T*>(data[0]);
      auto* a = reinterpret_cast<const T*>(data[1]);
      auto* b = reinterpret_cast<const T*>(data[2]);
      auto* c = reinterpret_cast<const C*>(data[3]);
      for (int64_t i = 0; i < n; ++i) o[i] = f(a[i], b[i], c[i]);
    } else {
      for (int64_t i = 0; i < n; ++i)
        *reinterpret_cast<T*>(data[0] + i * s[0]) =
            f(*reinterpret_cast<const T*>(data[1] + i * s[1]),
              *reinterpret_cast<const T*>(data[2] + i * s[2]),
              *reinterpret_cast<const C*>(data[3] + i * s[3]));
    }
  });
}

}  // namespace ignis::cpu
