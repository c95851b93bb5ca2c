// Elementwise math with broadcasting, reductions, sorting and indexing: the op library at work.
#include <iostream>

#include "ops/operators.h"
#include "tensor/generator.h"

using namespace ignis;

int main() {
  Tensor x = arange(6, {.dtype = DType::F32}).view({2, 3});
  Tensor bias = tensor<float>({10, 20, 30});
  std::cout << "x + bias (broadcast (2,3) with (3)):\n" << x + bias << "\n\n";
  std::cout << "exp(x) / sum(exp(x), dim=1): a softmax by hand\n"
            << exp(x) / sum(exp(x), {1}, /*keepdim=*/true) << "\n\n";
  std::cout << "mean over dim 0 = " << mean(x, {0}) << ", max = " << max(x) << "\n";
  auto [values, indices] = max(x, 1);
  std::cout << "max over dim 1: values " << values << ", indices " << indices << "\n\n";

  manual_seed(0);
  Tensor r = randn({8});
  auto [sorted, order] = sort(r);
  std::cout << "randn(8) = " << r << "\nsorted   = " << sorted << "\norder    = " << order << "\n";
  std::cout << "where(r > 0, r, 0) = " << where(r > 0, r, Scalar(0.0)) << "\n\n";
  std::cout << "cat([x, x * 2], dim=1):\n" << cat({x, x * 2}, 1) << "\n";
  std::cout << "index_select(x, 1, [2, 0]):\n"
            << index_select(x, 1, tensor<int64_t>({2, 0})) << "\n";
  return 0;
}
