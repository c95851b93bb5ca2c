// One model, many threads: eval-mode forwards under NoGradGuard from several threads at once
// must give bit-identical results (DESIGN §4). Cached oneDNN primitives once shared their
// scratchpad between threads, which corrupted about 2 in 1000 conv forwards here.
#include <atomic>
#include <cstring>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "nn/nn.h"
#include "tensor/graph.h"

using namespace ignis;

namespace {

// Forwards `model` on `x` from `threads` threads, `iters` times each, and counts results that
// differ from a single-threaded reference in any bit.
int64_t mismatches(nn::Module& model, const Tensor& x, int threads, int iters) {
  model.eval();
  Tensor ref;
  {
    NoGradGuard ng;
    ref = model.forward(x).contiguous();
  }
  std::atomic<int64_t> bad{0};
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t)
    pool.emplace_back([&] {
      NoGradGuard ng;
      for (int i = 0; i < iters; ++i) {
        Tensor y = model.forward(x).contiguous();
        if (std::memcmp(y.data_ptr(), ref.data_ptr(), static_cast<size_t>(ref.nbytes())) != 0)
          ++bad;
      }
    });
  for (std::thread& t : pool) t.join();
  return bad.load();
}

}  // namespace

TEST(ConcurrentInference, ConvNetGivesTheSameBitsOnEveryThread) {
  manual_seed(0);
  auto conv = [](int64_t in, int64_t out) {
    return std::make_shared<nn::Conv2d>(in, out, std::vector<int64_t>{3},
                                        nn::ConvOptions{.padding = {1}});
  };
  nn::Sequential m{conv(1, 8), std::make_shared<nn::ReLU>(), conv(8, 16),
                   std::make_shared<nn::Flatten>(), std::make_shared<nn::Linear>(16 * 8 * 8, 10)};
  EXPECT_EQ(mismatches(m, randn({2, 1, 8, 8}), 4, 300), 0);
}

TEST(ConcurrentInference, MlpGivesTheSameBitsOnEveryThread) {
  manual_seed(0);
  nn::Sequential m{std::make_shared<nn::Linear>(2, 16), std::make_shared<nn::Tanh>(),
                   std::make_shared<nn::Linear>(16, 1)};
  EXPECT_EQ(mismatches(m, randn({4, 2}), 4, 5000), 0);
}
