// nn::MultiheadAttention against torch 1.13 (outputs, weights and gradients of inputs and
// parameters, loaded by PyTorch's state dict keys), masks of every kind, and bad input.
#include <gtest/gtest.h>

#include "nn/data/attention_cases.h"
#include "nn/data/seq_cases.h"
#include "nn/nn.h"
#include "test_util.h"

using namespace ignis;
using namespace ignis::nn;
using ignis::test::check_case;
using ignis::test::expect_close;
using ignis::test::expect_error;
using ignis::test::Inputs;
using ignis::test::Outputs;

namespace {

const data::TensorMap& cases() {
  static const data::TensorMap m = test::load_cases(kAttentionCases);
  return m;
}

Outputs pair_out(const std::pair<Tensor, std::optional<Tensor>>& r) {
  return {{"out", r.first}, {"w", *r.second}};
}

}  // namespace

TEST(MultiheadAttention, ParametersFollowPyTorch) {
  MultiheadAttention m(8, 2);
  std::vector<std::string> keys;
  for (auto& [k, v] : m.state_dict()) keys.push_back(k);
  EXPECT_EQ(keys, (std::vector<std::string>{"in_proj_bias", "in_proj_weight", "out_proj.bias",
                                            "out_proj.weight"}));
  EXPECT_EQ(test::vec(m.param("in_proj_weight").sizes()), (std::vector<int64_t>{24, 8}));
  // xavier_uniform bound sqrt(6 / (8 + 24)); biases zero.
  for (double v : test::values(m.param("in_proj_weight")))
    EXPECT_LE(std::abs(v), std::sqrt(6.0 / 32) + 1e-7);
  for (double v : test::values(m.param("in_proj_bias"))) EXPECT_EQ(v, 0.0);
  for (double v : test::values(m.child("out_proj")->param("bias"))) EXPECT_EQ(v, 0.0);

  MultiheadAttention s(8, 2, {.bias = false, .add_bias_kv = true, .kdim = 6, .vdim = 7});
  keys.clear();
  for (auto& [k, v] : s.state_dict()) keys.push_back(k);
  EXPECT_EQ(keys, (std::vector<std::string>{"bias_k", "bias_v", "k_proj_weight", "out_proj.weight",
                                            "q_proj_weight", "v_proj_weight"}));
  EXPECT_EQ(test::vec(s.param("k_proj_weight").sizes()), (std::vector<int64_t>{8, 6}));
}

TEST(MultiheadAttention, SelfAttentionMatchesTorchInEval) {
  MultiheadAttention m(8, 2, {.dropout = 0.5});  // eval: no dropout
  check_case(m, cases(), "self", false,
             [&](Inputs& in) { return pair_out(m.forward(in["x"], in["x"], in["x"])); });
}

TEST(MultiheadAttention, CrossAttentionBatchFirstWithMasks) {
  MultiheadAttention m(8, 2, {.batch_first = true});
  check_case(m, cases(), "cross_bf", true, [&](Inputs& in) {
    return pair_out(m.forward(
        in["q"], in["kv"], in["kv"],
        {.key_padding_mask = in["kpm"], .attn_mask = in["am"], .average_attn_weights = false}));
  });
}

TEST(MultiheadAttention, SeparateKeyValueDimsWith3dBoolMask) {
  MultiheadAttention m(8, 2, {.kdim = 6, .vdim = 7});
  check_case(m, cases(), "kvdim", true, [&](Inputs& in) {
    return pair_out(m.forward(in["q"], in["k"], in["v"],
                              {.key_padding_mask = in["kpm"], .attn_mask = in["am"]}));
  });
}

TEST(MultiheadAttention, FloatKeyPaddingMaskIsAdded) {
  MultiheadAttention m(8, 2, {.batch_first = true});
  check_case(m, cases(), "float_kpm", true, [&](Inputs& in) {
    return pair_out(m.forward(in["x"], in["kv"], in["kv"], {.key_padding_mask = in["kpm"]}));
  });
}

TEST(MultiheadAttention, BiasKvAndZeroAttn) {
  MultiheadAttention m(8, 2, {.add_bias_kv = true, .add_zero_attn = true});
  check_case(m, cases(), "bias_kv", true, [&](Inputs& in) {
    return pair_out(m.forward(in["q"], in["k"], in["v"],
                              {.key_padding_mask = in["kpm"], .attn_mask = in["am"]}));
  });
}

TEST(MultiheadAttention, UnbatchedWithoutBias) {
  MultiheadAttention m(8, 2, {.bias = false});
  check_case(m, cases(), "unbatched", true, [&](Inputs& in) {
    return pair_out(m.forward(in["q"], in["k"], in["v"], {.key_padding_mask = in["kpm"]}));
  });
}

TEST(MultiheadAttention, IsCausalEqualsTheSubsequentMask) {
  manual_seed(3);
  MultiheadAttention m(8, 2, {.batch_first = true});
  Tensor x = randn({2, 5, 8});
  auto [a, wa] = m.forward(x, x, x, {.is_causal = true});
  auto [b, wb] = m.forward(x, x, x, {.attn_mask = generate_square_subsequent_mask(5)});
  auto [c, wc] =
      m.forward(x, x, x, {.attn_mask = logical_not(tril(ones({5, 5}, {.dtype = DType::Bool})))});
  expect_close(a, b, "is_causal vs float mask", 1e-6, 1e-6);
  expect_close(a, c, "is_causal vs bool mask", 1e-6, 1e-6);
  // Row 0 attends only to key 0.
  std::vector<double> w = test::values(*wa);
  EXPECT_NEAR(w[0], 1.0, 1e-6);
  for (int j = 1; j < 5; ++j) EXPECT_EQ(w[j], 0.0);
}

TEST(MultiheadAttention, DropoutOnlyInTraining) {
  manual_seed(4);
  MultiheadAttention m(8, 2, {.dropout = 0.5});
  Tensor x = randn({5, 2, 8});
  m.eval();
  Tensor a = m.forward(x), b = m.forward(x);
  EXPECT_EQ(test::values(a), test::values(b));
  m.train();
  Tensor c = m.forward(x.detach().set_requires_grad(true));
  EXPECT_NE(test::values(a), test::values(c));
  sum(c).backward();
  EXPECT_TRUE(m.param("in_proj_weight").grad().defined());
  auto [o, w] = m.forward(x, x, x, {.need_weights = false});
  EXPECT_FALSE(w.has_value());
}

TEST(MultiheadAttention, BadInputGivesClearErrors) {
  expect_error<InvalidArgumentError>([] { MultiheadAttention(10, 3); },
                                     {"embed_dim (10)", "divisible by num_heads (3)"});
  expect_error<InvalidArgumentError>([] { MultiheadAttention(8, 0); }, {"num_heads > 0"});
  MultiheadAttention m(8, 2);
  Tensor x = randn({4, 3, 8});
  expect_error<ShapeError>(
      [&] {
        m.forward(randn({4, 3, 6}));
      },
      {"query's last dim", "embed_dim (8)", "6"});
  expect_error<ShapeError>([&] { m.forward(randn({2, 4, 3, 8})); }, {"3-D", "2-D", "4-D"});
  expect_error<ShapeError>(
      [&] {
        m.forward(x, randn({4, 8}), randn({4, 8}));
      },
      {"key and value", "3-D"});
  expect_error<ShapeError>(
      [&] {
        m.forward(x, randn({5, 2, 8}), randn({5, 2, 8}));
      },
      {"batch size (3)"});
  expect_error<ShapeError>(
      [&] {
        m.forward(x, x, x, {.attn_mask = zeros({4, 5})});
      },
      {"2D attn_mask", "[4, 5]", "[4, 4]"});
  expect_error<ShapeError>(
      [&] {
        m.forward(x, x, x, {.attn_mask = zeros({3, 4, 4})});
      },
      {"3D attn_mask", "[6, 4, 4]"});
  expect_error<ShapeError>(
      [&] {
        m.forward(x, x, x, {.attn_mask = zeros({1, 1, 4, 4})});
      },
      {"2-D or 3-D", "4-D"});
  expect_error<ShapeError>(
      [&] {
        m.forward(x, x, x, {.key_padding_mask = zeros({4, 3}, {.dtype = DType::Bool})});
      },
      {"key_padding_mask", "[3, 4]", "[4, 3]"});
  expect_error<DTypeError>(
      [&] {
        m.forward(x, x, x, {.key_padding_mask = zeros({3, 4}, {.dtype = DType::I64})});
      },
      {"key_padding_mask", "bool or floating", "int64"});
  expect_error<DTypeError>(
      [&] {
        m.forward(x, x, x, {.attn_mask = zeros({4, 4}, {.dtype = DType::F64})});
      },
      {"attn_mask", "float32", "float64"});
  expect_error<DTypeError>([&] { m.forward(x.to(DType::F64)); }, {"float32", "float64"});
}
