// tests capi/include/ignis/ignis.hpp: RAII ownership, exceptions from statuses, generated op
// functions and methods, and hooks as C++ callables.
#include <ignis/ignis.hpp>

#include "capi_test_util.h"

TEST(CApiHpp, RaiiOpsAndExceptions) {
  ignis::Tensor a = ignis::Tensor::from<float>({1, 2, 3, 4}, {2, 2});
  {
    ignis::Tensor copy = a;
    EXPECT_EQ(ignis_experimental_tensor_use_count(a.get()), 2);
  }
  EXPECT_EQ(ignis_experimental_tensor_use_count(a.get()), 1);
  ignis::Tensor b = ignis::add(a, a, 2);
  EXPECT_EQ(b.to_vector<float>(), (std::vector<float>{3, 6, 9, 12}));
  EXPECT_EQ(a.sum().item(), 10.0);
  auto [vals, idx] = a.sort(1, true);
  EXPECT_EQ(vals.to_vector<float>(), (std::vector<float>{2, 1, 4, 3}));
  std::vector<ignis::Tensor> parts = a.split(1);
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(ignis::cat(parts).shape(), (std::vector<int64_t>{2, 2}));
  ignis::Tensor bad = ignis::zeros({3});
  try {
    ignis::add(a, bad);
    FAIL() << "expected ignis::Error";
  } catch (const ignis::Error& e) {
    EXPECT_EQ(e.status(), IGNIS_ERROR_SHAPE);
    EXPECT_NE(std::string(e.what()).find("broadcast"), std::string::npos);
  }
}

TEST(CApiHpp, HooksAndBackward) {
  ignis::Tensor w = ignis::ones({2});
  w.set_requires_grad();
  int calls = 0;
  w.register_hook([&](const ignis::Tensor& g) -> std::optional<ignis::Tensor> {
    ++calls;
    return g.mul(3);
  });
  ignis::Tensor y = w.clone();
  y.backward(ignis::ones({2}));
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(w.grad().to_vector<float>(), (std::vector<float>{3, 3}));
  ignis::Tensor v = ignis::ones({1});
  v.set_requires_grad();
  v.register_hook([](const ignis::Tensor&) -> std::optional<ignis::Tensor> {
    throw ignis::Error(IGNIS_ERROR_UNSUPPORTED, "not from C++ either");
  });
  try {
    v.clone().backward();
    FAIL() << "expected ignis::Error";
  } catch (const ignis::Error& e) {
    EXPECT_EQ(e.status(), IGNIS_ERROR_UNSUPPORTED);
    EXPECT_STREQ(e.what(), "not from C++ either");
  }
}
