#include <gtest/gtest.h>

#include "tensor/tensor.h"

using namespace ignis;

TEST(Factory, Arange) {
  Tensor t = arange(5);
  EXPECT_EQ(t.dtype(), DType::I64);
  EXPECT_EQ(t.numel(), 5);
}
