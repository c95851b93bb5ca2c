// 16-bit floating-point storage types: IEEE half (f16) and bfloat16 (bf16).
// Arithmetic happens in float; these only convert (round to nearest even).
#pragma once

#include <cstdint>
#include <cstring>
#include <ostream>

#if defined(__CUDACC__)
#define IGNIS_HOST_DEVICE __host__ __device__
#else
#define IGNIS_HOST_DEVICE
#endif

namespace ignis {

namespace detail {
IGNIS_HOST_DEVICE inline uint32_t float_bits(float f) {
  uint32_t u;
  std::memcpy(&u, &f, 4);
  return u;
}
IGNIS_HOST_DEVICE inline float bits_float(uint32_t u) {
  float f;
  std::memcpy(&f, &u, 4);
  return f;
}

IGNIS_HOST_DEVICE inline uint16_t float_to_half_bits(float f) {
  uint32_t x = float_bits(f);
  uint32_t sign = (x >> 16) & 0x8000u;
  uint32_t mag = x & 0x7fffffffu;
  if (mag >= 0x7f800000u) {  // inf or nan
    return static_cast<uint16_t>(sign | 0x7c00u | (mag > 0x7f800000u ? 0x200u : 0u));
  }
  if (mag >= 0x477ff000u) return static_cast<uint16_t>(sign | 0x7c00u);  // overflow -> inf
  if (mag < 0x38800000u) {  // subnormal half or zero: scale into integer range, round half-even
    float v = bits_float(mag) * 16777216.0f;  // 2^24: subnormal units
    uint32_t i = static_cast<uint32_t>(v);
    float rem = v - static_cast<float>(i);
    if (rem > 0.5f || (rem == 0.5f && (i & 1u))) ++i;
    return static_cast<uint16_t>(sign | i);
  }
  uint32_t e = ((mag >> 23) - 112u) << 10;
  uint32_t m = (mag >> 13) & 0x3ffu;
  uint32_t h = e | m;
  uint32_t round = mag & 0x1fffu;
  if (round > 0x1000u || (round == 0x1000u && (h & 1u))) ++h;
  return static_cast<uint16_t>(sign | h);
}

IGNIS_HOST_DEVICE inline float half_bits_to_float(uint16_t h) {
  uint32_t sign = static_cast<uint32_t>(h & 0x8000u) << 16;
  uint32_t e = (h >> 10) & 0x1fu;
  uint32_t m = h & 0x3ffu;
  if (e == 0) {
    float v = static_cast<float>(m) * 5.9604644775390625e-08f;  // 2^-24
    return sign ? -v : v;
  }
  if (e == 31) return bits_float(sign | 0x7f800000u | (m << 13));
  return bits_float(sign | ((e + 112u) << 23) | (m << 13));
}

IGNIS_HOST_DEVICE inline uint16_t float_to_bf16_bits(float f) {
  uint32_t x = float_bits(f);
  if ((x & 0x7fffffffu) > 0x7f800000u) return static_cast<uint16_t>((x >> 16) | 0x40u);  // nan
  x += 0x7fffu + ((x >> 16) & 1u);
  return static_cast<uint16_t>(x >> 16);
}
}  // namespace detail

// IEEE 754 binary16.
struct Half {
  uint16_t bits = 0;
  Half() = default;
  IGNIS_HOST_DEVICE Half(float f) : bits(detail::float_to_half_bits(f)) {}
  IGNIS_HOST_DEVICE operator float() const { return detail::half_bits_to_float(bits); }
  IGNIS_HOST_DEVICE static Half from_bits(uint16_t b) {
    Half h;
    h.bits = b;
    return h;
  }
};

// bfloat16: the top half of a float.
struct BFloat16 {
  uint16_t bits = 0;
  BFloat16() = default;
  IGNIS_HOST_DEVICE BFloat16(float f) : bits(detail::float_to_bf16_bits(f)) {}
  IGNIS_HOST_DEVICE operator float() const {
    return detail::bits_float(static_cast<uint32_t>(bits) << 16);
  }
  IGNIS_HOST_DEVICE static BFloat16 from_bits(uint16_t b) {
    BFloat16 h;
    h.bits = b;
    return h;
  }
};

inline std::ostream& operator<<(std::ostream& os, Half h) { return os << static_cast<float>(h); }
inline std::ostream& operator<<(std::ostream& os, BFloat16 h) {
  return os << static_cast<float>(h);
}

}  // namespace ignis
