#include <gtest/gtest.h>

#include "tensor/tensor.h"

using namespace ignis;

TEST(Smoke, ZerosPrint) {
  Tensor t = arange(6, {.dtype = DType::F32}).view({2, 3});
  EXPECT_EQ(t.str(), "tensor([[0., 1., 2.],\n        [3., 4., 5.]])");
}
