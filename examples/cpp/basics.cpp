// A tour of the tensor core: factories, dtypes, views that share memory, broadcasting through
// expand, random numbers with a seed, and the caching allocator's statistics.
#include <iostream>

#include "ops/ops.gen.h"
#include "tensor/allocator.h"
#include "tensor/generator.h"
#include "tensor/tensor.h"

using namespace ignis;

int main() {
  Tensor a = arange(12, {.dtype = DType::F32}).view({3, 4});
  std::cout << "a = arange(12).view(3, 4):\n" << a << "\n\n";

  Tensor at = a.t();
  std::cout << "a.t() shares memory (contiguous: " << (at.is_contiguous() ? "yes" : "no") << "):\n"
            << at << "\n\n";

  a.select(0, 1).fill_(-1);
  std::cout << "after a[1].fill_(-1), the transposed view sees it:\n" << at << "\n\n";

  Tensor row = tensor<double>({0.5, 1.5, 2.5, 3.5});
  std::cout << "a row broadcast to 3 rows with expand (stride 0, no copy):\n"
            << row.expand({3, 4}) << "\n\n";

  std::cout << "dtype conversion a.to(int64):\n" << a.to(DType::I64) << "\n\n";
  std::cout << "linspace(0, 1, 5) = " << linspace(0, 1, 5) << "\n";
  std::cout << "eye(3) =\n" << eye(3) << "\n\n";

  manual_seed(0);
  Tensor r1 = randn({2, 3});
  manual_seed(0);
  Tensor r2 = randn({2, 3});
  std::cout << "randn with manual_seed(0), twice (identical):\n" << r1 << "\n" << r2 << "\n\n";

  {
    Tensor big = empty({1 << 24});  // 64 MiB
    big.fill_(1);
  }
  Tensor again = empty({1 << 24});  // served from the cache: no fresh page faults
  AllocatorStats s = cpu_allocator().stats();
  std::cout << "CPU allocator: " << s.num_allocs << " allocations, " << s.num_cache_hits
            << " served from the cache, " << (s.cached >> 20) << " MiB cached\n";

  try {
    a.view({5, 5});
  } catch (const Error& e) {
    std::cout << "errors name the op and both values: " << e.what() << "\n";
  }
  return 0;
}
