// Highway paths of the binary kernel (declared in binary_simd.h): add, sub, add with alpha, mul,
// div, NaN-propagating maximum/minimum and the six comparisons over dense or broadcast-scalar
// runs of f32/f64/i32/i64, compiled for every x86 target and picked at run time.
#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "kernels/cpu/binary_simd.cpp"
#include <algorithm>
#include <cstring>

#include <hwy/foreach_target.h>  // IWYU pragma: keep
#include <hwy/highway.h>

HWY_BEFORE_NAMESPACE();
namespace ignis::cpu::HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

// Vector op codes (the C++ wrappers below map BinaryOp + alpha onto them).
enum VOp : int { kAdd, kSub, kAddAlpha, kMul, kDiv, kMax, kMin };
enum VCmp : int { kEq, kNe, kLt, kLe, kGt, kGe };

// o = f(a, b) over n elements; mode 0 dense, 1 b[0] broadcast, 2 a[0] broadcast.
template <class D, class F, typename T = hn::TFromD<D>>
HWY_INLINE void Loop(D d, T* HWY_RESTRICT o, const T* a, const T* b, size_t n, int mode,
                     const F& f) {
  const size_t N = hn::Lanes(d);
  size_t i = 0;
  if (mode == 0) {
    for (; i + 2 * N <= n; i += 2 * N) {
      auto r0 = f(hn::LoadU(d, a + i), hn::LoadU(d, b + i));
      auto r1 = f(hn::LoadU(d, a + i + N), hn::LoadU(d, b + i + N));
      hn::StoreU(r0, d, o + i);
      hn::StoreU(r1, d, o + i + N);
    }
    for (; i + N <= n; i += N) hn::StoreU(f(hn::LoadU(d, a + i), hn::LoadU(d, b + i)), d, o + i);
    if (i < n) {
      auto m = hn::FirstN(d, n - i);
      hn::BlendedStore(f(hn::MaskedLoad(m, d, a + i), hn::MaskedLoad(m, d, b + i)), m, d, o + i);
    }
  } else if (mode == 1) {
    const auto vb = hn::Set(d, b[0]);
    for (; i + 2 * N <= n; i += 2 * N) {
      auto r0 = f(hn::LoadU(d, a + i), vb);
      auto r1 = f(hn::LoadU(d, a + i + N), vb);
      hn::StoreU(r0, d, o + i);
      hn::StoreU(r1, d, o + i + N);
    }
    for (; i + N <= n; i += N) hn::StoreU(f(hn::LoadU(d, a + i), vb), d, o + i);
    if (i < n) {
      auto m = hn::FirstN(d, n - i);
      hn::BlendedStore(f(hn::MaskedLoad(m, d, a + i), vb), m, d, o + i);
    }
  } else {
    const auto va = hn::Set(d, a[0]);
    for (; i + 2 * N <= n; i += 2 * N) {
      auto r0 = f(va, hn::LoadU(d, b + i));
      auto r1 = f(va, hn::LoadU(d, b + i + N));
      hn::StoreU(r0, d, o + i);
      hn::StoreU(r1, d, o + i + N);
    }
    for (; i + N <= n; i += N) hn::StoreU(f(va, hn::LoadU(d, b + i)), d, o + i);
    if (i < n) {
      auto m = hn::FirstN(d, n - i);
      hn::BlendedStore(f(va, hn::MaskedLoad(m, d, b + i)), m, d, o + i);
    }
  }
}

// Writes `count` bools (0/1 bytes) from packed mask bits.
HWY_INLINE void ExpandBits(const uint8_t* bits, size_t count, uint8_t* out) {
  for (size_t j = 0; j < count; j += 8) {
    // Spread the 8 bits of one byte into the low bit of 8 bytes.
    uint64_t x = bits[j / 8] * 0x0101010101010101ULL;
    x &= 0x8040201008040201ULL;
    x = ((x + 0x7F7F7F7F7F7F7F7FULL) >> 7) & 0x0101010101010101ULL;
    std::memcpy(out + j, &x, std::min<size_t>(8, count - j));
  }
}

// o = f(a, b) as bools, f returning a mask.
template <class D, class F, typename T = hn::TFromD<D>>
HWY_INLINE void CmpLoop(D d, uint8_t* HWY_RESTRICT o, const T* a, const T* b, size_t n, int mode,
                        const F& f) {
  const size_t N = hn::Lanes(d);
  uint8_t bits[64];
  const auto va = hn::Set(d, a[0]);
  const auto vb = hn::Set(d, b[0]);
  auto load_a = [&](size_t i) { return mode == 2 ? va : hn::LoadU(d, a + i); };
  auto load_b = [&](size_t i) { return mode == 1 ? vb : hn::LoadU(d, b + i); };
  size_t i = 0;
  for (; i + N <= n; i += N) {
    hn::StoreMaskBits(d, f(load_a(i), load_b(i)), bits);
    ExpandBits(bits, N, o + i);
  }
  if (i < n) {
    auto m = hn::FirstN(d, n - i);
    auto x = mode == 2 ? va : hn::MaskedLoad(m, d, a + i);
    auto y = mode == 1 ? vb : hn::MaskedLoad(m, d, b + i);
    hn::StoreMaskBits(d, f(x, y), bits);
    ExpandBits(bits, n - i, o + i);
  }
}

template <typename T>
HWY_INLINE void Bin(int op, T* o, const T* a, const T* b, size_t n, int mode, T alpha) {
  const hn::ScalableTag<T> d;
  switch (op) {
  case kAdd:
    return Loop(d, o, a, b, n, mode, [](auto x, auto y) { return hn::Add(x, y); });
  case kSub:
    return Loop(d, o, a, b, n, mode, [](auto x, auto y) { return hn::Sub(x, y); });
  case kAddAlpha:
    if constexpr (hwy::IsFloat<T>()) {
      const auto va = hn::Set(d, alpha);
      return Loop(d, o, a, b, n, mode, [va](auto x, auto y) { return hn::MulAdd(va, y, x); });
    }
    break;
  case kMul:
    if constexpr (sizeof(T) == 4 || hwy::IsFloat<T>())
      return Loop(d, o, a, b, n, mode, [](auto x, auto y) { return hn::Mul(x, y); });
    break;
  case kDiv:
    if constexpr (hwy::IsFloat<T>())
      return Loop(d, o, a, b, n, mode, [](auto x, auto y) { return hn::Div(x, y); });
    break;
  case kMax:
    if constexpr (hwy::IsFloat<T>())
      return Loop(d, o, a, b, n, mode, [](auto x, auto y) {
        auto ordered = hn::And(hn::Eq(x, x), hn::Eq(y, y));
        return hn::IfThenElse(ordered, hn::Max(x, y), hn::Add(x, y));
      });
    else
      return Loop(d, o, a, b, n, mode, [](auto x, auto y) { return hn::Max(x, y); });
  case kMin:
    if constexpr (hwy::IsFloat<T>())
      return Loop(d, o, a, b, n, mode, [](auto x, auto y) {
        auto ordered = hn::And(hn::Eq(x, x), hn::Eq(y, y));
        return hn::IfThenElse(ordered, hn::Min(x, y), hn::Add(x, y));
      });
    else
      return Loop(d, o, a, b, n, mode, [](auto x, auto y) { return hn::Min(x, y); });
  }
}

template <typename T>
HWY_INLINE void Cmp(int op, uint8_t* o, const T* a, const T* b, size_t n, int mode) {
  const hn::ScalableTag<T> d;
  switch (op) {
  case kEq:
    return CmpLoop(d, o, a, b, n, mode, [](auto x, auto y) { return hn::Eq(x, y); });
  case kNe:
    return CmpLoop(d, o, a, b, n, mode, [](auto x, auto y) { return hn::Not(hn::Eq(x, y)); });
  case kLt:
    return CmpLoop(d, o, a, b, n, mode, [](auto x, auto y) { return hn::Lt(x, y); });
  case kGt:
    return CmpLoop(d, o, a, b, n, mode, [](auto x, auto y) { return hn::Lt(y, x); });
  case kLe:
    return CmpLoop(d, o, a, b, n, mode,
                   [](auto x, auto y) { return hn::Or(hn::Lt(x, y), hn::Eq(x, y)); });
  case kGe:
    return CmpLoop(d, o, a, b, n, mode,
                   [](auto x, auto y) { return hn::Or(hn::Lt(y, x), hn::Eq(x, y)); });
  }
}

void BinF32(int op, float* o, const float* a, const float* b, size_t n, int mode, float al) {
  Bin<float>(op, o, a, b, n, mode, al);
}
void BinF64(int op, double* o, const double* a, const double* b, size_t n, int mode, double al) {
  Bin<double>(op, o, a, b, n, mode, al);
}
void BinI32(int op, int32_t* o, const int32_t* a, const int32_t* b, size_t n, int mode,
            int32_t al) {
  Bin<int32_t>(op, o, a, b, n, mode, al);
}
void BinI64(int op, int64_t* o, const int64_t* a, const int64_t* b, size_t n, int mode,
            int64_t al) {
  Bin<int64_t>(op, o, a, b, n, mode, al);
}
void CmpF32(int op, uint8_t* o, const float* a, const float* b, size_t n, int mode) {
  Cmp<float>(op, o, a, b, n, mode);
}
void CmpF64(int op, uint8_t* o, const double* a, const double* b, size_t n, int mode) {
  Cmp<double>(op, o, a, b, n, mode);
}
void CmpI32(int op, uint8_t* o, const int32_t* a, const int32_t* b, size_t n, int mode) {
  Cmp<int32_t>(op, o, a, b, n, mode);
}
void CmpI64(int op, uint8_t* o, const int64_t* a, const int64_t* b, size_t n, int mode) {
  Cmp<int64_t>(op, o, a, b, n, mode);
}

}  // namespace ignis::cpu::HWY_NAMESPACE
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
#include "kernels/cpu/binary_simd.h"

namespace ignis::cpu {

HWY_EXPORT(BinF32);
HWY_EXPORT(BinF64);
HWY_EXPORT(BinI32);
HWY_EXPORT(BinI64);
HWY_EXPORT(CmpF32);
HWY_EXPORT(CmpF64);
HWY_EXPORT(CmpI32);
HWY_EXPORT(CmpI64);

namespace {

// The vector op code of (op, alpha) for element type T, or -1 when there is none.
template <typename T>
int vop_of(BinaryOp op, double alpha_f, int64_t alpha_i) {
  using namespace HWY_NAMESPACE;
  constexpr bool kFloat = std::is_floating_point_v<T>;
  switch (op) {
  case BinaryOp::Add:
    if (kFloat ? alpha_f == 1.0 : static_cast<T>(alpha_i) == 1) return kAdd;
    if (kFloat ? alpha_f == -1.0 : static_cast<T>(alpha_i) == -1) return kSub;
    return kFloat ? kAddAlpha : -1;
  case BinaryOp::Mul:
    return kFloat || sizeof(T) == 4 ? kMul : -1;
  case BinaryOp::Div:
    return kFloat ? kDiv : -1;
  case BinaryOp::Maximum:
    return kMax;
  case BinaryOp::Minimum:
    return kMin;
  default:
    return -1;
  }
}

int cmp_of(BinaryOp op) {
  using namespace HWY_NAMESPACE;
  switch (op) {
  case BinaryOp::Eq:
    return kEq;
  case BinaryOp::Ne:
    return kNe;
  case BinaryOp::Lt:
    return kLt;
  case BinaryOp::Le:
    return kLe;
  case BinaryOp::Gt:
    return kGt;
  case BinaryOp::Ge:
    return kGe;
  default:
    return -1;
  }
}

}  // namespace

#define IGNIS_SIMD_BINARY(T, Suffix)                                                               \
  bool simd_binary(BinaryOp op, T* o, const T* a, const T* b, int64_t n, int mode, double alpha_f, \
                   int64_t alpha_i) {                                                              \
    int v = vop_of<T>(op, alpha_f, alpha_i);                                                       \
    if (v < 0) return false;                                                                       \
    T al = std::is_floating_point_v<T> ? static_cast<T>(alpha_f) : static_cast<T>(alpha_i);        \
    HWY_DYNAMIC_DISPATCH(Bin##Suffix)(v, o, a, b, static_cast<size_t>(n), mode, al);               \
    return true;                                                                                   \
  }                                                                                                \
  bool simd_compare(BinaryOp op, bool* o, const T* a, const T* b, int64_t n, int mode) {           \
    int c = cmp_of(op);                                                                            \
    if (c < 0) return false;                                                                       \
    HWY_DYNAMIC_DISPATCH(Cmp##Suffix)                                                              \
    (c, reinterpret_cast<uint8_t*>(o), a, b, static_cast<size_t>(n), mode);                        \
    return true;                                                                                   \
  }
IGNIS_SIMD_BINARY(float, F32)
IGNIS_SIMD_BINARY(double, F64)
IGNIS_SIMD_BINARY(int32_t, I32)
IGNIS_SIMD_BINARY(int64_t, I64)
#undef IGNIS_SIMD_BINARY

}  // namespace ignis::cpu
#endif  // HWY_ONCE
