// Custom autograd functions (C++ forward + backward) and gradcheck itself.
#include "autograd/function.h"

#include <gtest/gtest.h>

#include "autograd/gradcheck.h"
#include "ops/history.h"
#include "ops/op_harness.h"
#include "ops/ops.gen.h"

using namespace ignis;
using namespace ignis::test;

namespace {
autograd::CustomFunction cube() {
  return {"CubeBackward",
          [](autograd::FunctionCtx& ctx, const TensorList& in) -> TensorList {
            ctx.save_for_backward({in[0]});
            return {mul(mul(in[0], in[0]), in[0])};
          },
          [](autograd::FunctionCtx& ctx, const TensorList& g) -> TensorList {
            Tensor x = ctx.saved_tensors()[0];
            return {mul(mul(mul(x, x), 3.0), g[0])};
          }};
}
}  // namespace

TEST(CustomFunction, ForwardAndBackward) {
  Tensor x = f64_tensor({1, 2}, {2}).set_requires_grad(true);
  Tensor y = autograd::apply(cube(), {x})[0];
  EXPECT_EQ(y.grad_fn()->name(), "CubeBackward");
  EXPECT_EQ(values(y), (std::vector<double>{1, 8}));
  sum(y).backward();
  EXPECT_EQ(values(x.grad()), (std::vector<double>{3, 12}));
}

TEST(CustomFunction, GradcheckPassesAndCatchesWrongFormula) {
  Tensor x = f64_tensor({0.5, -1.25, 2}, {3}).set_requires_grad(true);
  auto ok =
      autograd::gradcheck([](const TensorList& in) { return autograd::apply(cube(), in); }, {x});
  EXPECT_TRUE(ok.ok) << ok.message;
  autograd::CustomFunction wrong = cube();
  wrong.backward = [](autograd::FunctionCtx& ctx, const TensorList& g) -> TensorList {
    return {mul(ctx.saved_tensors()[0], g[0])};
  };
  auto bad =
      autograd::gradcheck([&](const TensorList& in) { return autograd::apply(wrong, in); }, {x});
  EXPECT_FALSE(bad.ok);
  EXPECT_NE(bad.message.find("Jacobian mismatch"), std::string::npos);
}

TEST(CustomFunction, BackwardErrorReachesCaller) {
  autograd::CustomFunction f = cube();
  f.backward = [](autograd::FunctionCtx&, const TensorList&) -> TensorList {
    throw InvalidArgumentError("my backward failed");
  };
  Tensor x = f64_tensor({1}, {1}).set_requires_grad(true);
  Tensor y = autograd::apply(f, {x})[0];
  expect_error<InvalidArgumentError>([&] { sum(y).backward(); }, {"my backward failed"});
}

// As PyTorch's validate_outputs: a gradient of the wrong shape is an error naming the function,
// one that broadcasts to the input is summed to its shape, another dtype is cast.
TEST(CustomFunction, GradientsMustFitTheirInputs) {
  auto returning = [](std::function<Tensor(const Tensor&)> make) {
    autograd::CustomFunction f = cube();
    f.backward = [make](autograd::FunctionCtx& ctx, const TensorList&) -> TensorList {
      return {make(ctx.saved_tensors()[0])};
    };
    return f;
  };
  Tensor x = f64_tensor({1, 2, 3}, {3}).set_requires_grad(true);
  Tensor y = autograd::apply(
      returning([](const Tensor&) { return ones({2}, {.dtype = DType::F64}); }), {x})[0];
  expect_error<ShapeError>([&] { sum(y).backward(); },
                           {"Function CubeBackward returned an invalid gradient at index 0 - got "
                            "[2] but expected shape compatible with [3]"});
  EXPECT_FALSE(x.grad().defined());
  y = autograd::apply(returning([](const Tensor&) {
                        return ones({2, 3}, {.dtype = DType::F64});
                      }),
                      {x})[0];
  sum(y).backward();
  EXPECT_EQ(values(x.grad()), (std::vector<double>{2, 2, 2}));
  Tensor z = f64_tensor({1, 2}, {2}).set_requires_grad(true);
  y = autograd::apply(returning([](const Tensor&) { return ones({2}); }), {z})[0];  // float32
  sum(y).backward();
  EXPECT_EQ(z.grad().dtype(), DType::F64);
}
