// float16 / bfloat16 conversions: exact values, round to nearest even, subnormals, inf/nan
// and overflow, checked bit for bit against PyTorch.
#include "tensor/half.h"

#include <cmath>
#include <cstring>
#include <limits>

#include <gtest/gtest.h>

using namespace ignis;

namespace {

float from_bits(uint32_t u) {
  float f;
  std::memcpy(&f, &u, 4);
  return f;
}

uint32_t to_bits(float f) {
  uint32_t u;
  std::memcpy(&u, &f, 4);
  return u;
}

struct Case {
  uint32_t f32;
  uint16_t f16;
  uint16_t bf16;
};

// Generated with Debian's PyTorch 1.13: for float32 bits x,
//   t.to(torch.float16).view(torch.int16), t.to(torch.bfloat16).view(torch.int16).
const Case kCases[] = {
    {0x00000000u, 0x0000u, 0x0000u},  // 0.0
    {0x80000000u, 0x8000u, 0x8000u},  // -0.0
    {0x3f800000u, 0x3c00u, 0x3f80u},  // 1.0
    {0xbf800000u, 0xbc00u, 0xbf80u},  // -1.0
    {0x3f000000u, 0x3800u, 0x3f00u},  // 0.5
    {0x3fc00000u, 0x3e00u, 0x3fc0u},  // 1.5
    {0x40000000u, 0x4000u, 0x4000u},  // 2.0
    {0x477fe000u, 0x7bffu, 0x4780u},  // 65504.0 (largest half)
    {0xc77fe000u, 0xfbffu, 0xc780u},  // -65504.0
    {0x477fef00u, 0x7bffu, 0x4780u},  // 65519.0 rounds down to 65504
    {0x477ff000u, 0x7c00u, 0x4780u},  // 65520.0 rounds up to inf
    {0x477fefffu, 0x7bffu, 0x4780u},  // 65519.996
    {0x47800000u, 0x7c00u, 0x4780u},  // 65536.0 overflows
    {0x47c35000u, 0x7c00u, 0x47c3u},  // 100000.0
    {0xc7c35000u, 0xfc00u, 0xc7c3u},  // -100000.0
    {0x40490fdbu, 0x4248u, 0x4049u},  // pi
    {0x3dcccccdu, 0x2e66u, 0x3dcdu},  // 0.1
    {0x3eaaaaabu, 0x3555u, 0x3eabu},  // 1/3
    {0x38800000u, 0x0400u, 0x3880u},  // 2^-14, smallest normal half
    {0x387fe000u, 0x0400u, 0x3880u},  // 1023.5 subnormal units: ties to even (1024)
    {0x387ff000u, 0x0400u, 0x3880u},  // just below 2^-14
    {0x33800000u, 0x0001u, 0x3380u},  // 2^-24, smallest subnormal half
    {0x33000000u, 0x0000u, 0x3300u},  // 2^-25: tie, rounds to even (0)
    {0x33000001u, 0x0001u, 0x3300u},  // just above 2^-25 rounds up
    {0x33c00000u, 0x0002u, 0x33c0u},  // 1.5 * 2^-24: tie, rounds to even (2)
    {0x322bcc77u, 0x0000u, 0x322cu},  // 1e-8 underflows to 0
    {0x2edbe6ffu, 0x0000u, 0x2edcu},  // 1e-10
    {0x37fba882u, 0x01f7u, 0x37fcu},  // 3e-5, subnormal half
    {0x3f802000u, 0x3c01u, 0x3f80u},  // 1 + 2^-10 exact
    {0x3f801000u, 0x3c00u, 0x3f80u},  // 1 + 2^-11: tie, to even (down)
    {0x3f803000u, 0x3c02u, 0x3f80u},  // 1 + 3*2^-11: tie, to even (up)
    {0x3f808000u, 0x3c04u, 0x3f80u},  // bf16 tie, to even (down)
    {0x3f818000u, 0x3c0cu, 0x3f82u},  // bf16 tie, to even (up)
    {0x3f808001u, 0x3c04u, 0x3f81u},  // just above a bf16 tie
    {0x3f80c000u, 0x3c06u, 0x3f81u}, {0x45001000u, 0x6800u, 0x4500u},  // 2049: tie in half, to even
    {0x45003000u, 0x6802u, 0x4500u},  // 2051: tie in half, to even (up)
    {0x45800800u, 0x6c00u, 0x4580u},  // 4097
    {0x7f800000u, 0x7c00u, 0x7f80u},  // inf
    {0xff800000u, 0xfc00u, 0xff80u},  // -inf
    {0x7e967699u, 0x7c00u, 0x7e96u},  // 1e38
    {0x7f7fc99eu, 0x7c00u, 0x7f80u},  // 3.4e38: bf16 rounds to inf
    {0xff7fc99eu, 0xfc00u, 0xff80u},  // -3.4e38
    {0x7f7fffffu, 0x7c00u, 0x7f80u},  // FLT_MAX
    {0x7f7f8000u, 0x7c00u, 0x7f80u},  // bf16 tie at the top: to even (inf)
    {0x7f7f7fffu, 0x7c00u, 0x7f7fu},  // just below that tie: largest bf16
    {0x000116c2u, 0x0000u, 0x0001u},  // 1e-40 (float subnormal)
    {0x00000001u, 0x0000u, 0x0000u},  // smallest float subnormal
    {0x437f8000u, 0x5bfcu, 0x4380u},  // 255.5
    {0x449a522bu, 0x64d3u, 0x449au},  // 1234.5677
};

}  // namespace

TEST(Half, FloatToHalfMatchesTorch) {
  for (const Case& c : kCases) {
    float f = from_bits(c.f32);
    EXPECT_EQ(Half(f).bits, c.f16) << std::hex << "f32 bits 0x" << c.f32 << " (" << f << ")";
  }
}

TEST(Half, FloatToBFloat16MatchesTorch) {
  for (const Case& c : kCases) {
    float f = from_bits(c.f32);
    EXPECT_EQ(BFloat16(f).bits, c.bf16) << std::hex << "f32 bits 0x" << c.f32 << " (" << f << ")";
  }
}

TEST(Half, EveryHalfRoundTripsExactly) {
  // Every finite half widens to float exactly and narrows back to the same bits.
  for (uint32_t b = 0; b < 0x10000u; ++b) {
    Half h = Half::from_bits(static_cast<uint16_t>(b));
    float f = h;
    uint32_t e = (b >> 10) & 0x1fu, m = b & 0x3ffu;
    if (e == 31 && m != 0) {
      EXPECT_TRUE(std::isnan(f)) << std::hex << b;
      EXPECT_TRUE(std::isnan(static_cast<float>(Half(f))));
      continue;
    }
    double expected = e == 0    ? std::ldexp(static_cast<double>(m), -24)
                      : e == 31 ? std::numeric_limits<double>::infinity()
                                : std::ldexp(1.0 + m / 1024.0, static_cast<int>(e) - 15);
    if (b & 0x8000u) expected = -expected;
    ASSERT_EQ(static_cast<double>(f), expected) << std::hex << "half bits 0x" << b;
    ASSERT_EQ(Half(f).bits, b) << std::hex << "half bits 0x" << b;
  }
}

TEST(Half, EveryBFloat16RoundTripsExactly) {
  for (uint32_t b = 0; b < 0x10000u; ++b) {
    BFloat16 h = BFloat16::from_bits(static_cast<uint16_t>(b));
    float f = h;
    EXPECT_EQ(to_bits(f), b << 16);
    if (std::isnan(f)) {
      EXPECT_TRUE(std::isnan(static_cast<float>(BFloat16(f))));
    } else {
      ASSERT_EQ(BFloat16(f).bits, b) << std::hex << "bf16 bits 0x" << b;
    }
  }
}

TEST(Half, NanStaysNan) {
  float nan = std::numeric_limits<float>::quiet_NaN();
  EXPECT_TRUE(std::isnan(static_cast<float>(Half(nan))));
  EXPECT_TRUE(std::isnan(static_cast<float>(Half(-nan))));
  EXPECT_TRUE(std::isnan(static_cast<float>(BFloat16(nan))));
  EXPECT_TRUE(std::isnan(static_cast<float>(BFloat16(-nan))));
  EXPECT_EQ(Half(nan).bits, 0x7e00u);  // PyTorch's canonical half NaN
  // A signalling NaN whose payload sits only in the low bits must not become inf.
  float snan = from_bits(0x7f800001u);
  EXPECT_TRUE(std::isnan(static_cast<float>(Half(snan))));
  EXPECT_TRUE(std::isnan(static_cast<float>(BFloat16(snan))));
  EXPECT_TRUE(std::isnan(static_cast<float>(BFloat16(from_bits(0xff800001u)))));
}

TEST(Half, SubnormalsWidenExactly) {
  EXPECT_EQ(static_cast<float>(Half::from_bits(0x0001)), std::ldexp(1.0f, -24));
  EXPECT_EQ(static_cast<float>(Half::from_bits(0x03ff)), std::ldexp(1023.0f, -24));
  EXPECT_EQ(static_cast<float>(Half::from_bits(0x8001)), -std::ldexp(1.0f, -24));
  EXPECT_EQ(static_cast<float>(BFloat16::from_bits(0x0001)), from_bits(0x00010000u));
}

TEST(Half, Printing) {
  std::ostringstream os;
  os << Half(1.5f) << " " << BFloat16(-2.0f);
  EXPECT_EQ(os.str(), "1.5 -2");
}
