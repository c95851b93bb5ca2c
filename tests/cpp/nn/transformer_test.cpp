// Transformer encoder/decoder layers and stacks against torch 1.13 (outputs and gradients of
// inputs and parameters, loaded by PyTorch's state dict keys), clones, and bad input.
#include <gtest/gtest.h>

#include "nn/data/seq_cases.h"
#include "nn/data/transformer_cases.h"
#include "nn/nn.h"
#include "test_util.h"

using namespace ignis;
using namespace ignis::nn;
using ignis::test::check_case;
using ignis::test::expect_error;
using ignis::test::Inputs;
using ignis::test::Outputs;

namespace {

const data::TensorMap& cases() {
  static const data::TensorMap m = test::load_cases(kTransformerCases);
  return m;
}

std::vector<std::string> keys_of(const Module& m) {
  std::vector<std::string> k;
  for (auto& [n, t] : m.state_dict()) k.push_back(n);
  return k;
}

Tensor make_bool(const std::vector<double>& v) {
  return test::make(v, {static_cast<int64_t>(v.size())}, DType::Bool);
}

}  // namespace

TEST(Transformer, SubsequentMask) {
  std::vector<double> v = test::values(generate_square_subsequent_mask(3));
  double inf = std::numeric_limits<double>::infinity();
  EXPECT_EQ(v, (std::vector<double>{0, -inf, -inf, 0, 0, -inf, 0, 0, 0}));
}

TEST(Transformer, EncoderLayerPostNormReluInEval) {
  TransformerEncoderLayer m(8, 2, {.dim_feedforward = 16, .dropout = 0.1});
  check_case(m, cases(), "enc_post_relu", false, [&](Inputs& in) {
    return Outputs{{"out", m.forward(in["src"], in["mask"], in["kpm"])}};
  });
}

TEST(Transformer, EncoderLayerPreNormGeluBatchFirst) {
  TransformerEncoderLayer m(8, 2,
                            {.dim_feedforward = 16,
                             .dropout = 0.0,
                             .activation = "gelu",
                             .layer_norm_eps = 1e-6,
                             .batch_first = true,
                             .norm_first = true});
  check_case(m, cases(), "enc_pre_gelu_bf", true, [&](Inputs& in) {
    return Outputs{{"out", m.forward(in["src"])}};
  });
}

TEST(Transformer, EncoderStackWithFinalNorm) {
  auto layer = std::make_shared<TransformerEncoderLayer>(
      8, 2, TransformerLayerOptions{.dim_feedforward = 16, .dropout = 0.0});
  TransformerEncoder m(layer, 2, std::make_shared<LayerNorm>(std::vector<int64_t>{8}));
  check_case(m, cases(), "encoder", true, [&](Inputs& in) {
    return Outputs{{"out", m.forward(in["src"], std::nullopt, in["kpm"])}};
  });
}

TEST(Transformer, DecoderLayerPostNormWithMasksInEval) {
  TransformerDecoderLayer m(8, 2, {.dim_feedforward = 16, .dropout = 0.1});
  check_case(m, cases(), "dec_post", false, [&](Inputs& in) {
    return Outputs{{"out", m.forward(in["tgt"], in["mem"], in["tmask"], std::nullopt, in["tkpm"],
                                     in["mkpm"])}};
  });
}

TEST(Transformer, DecoderStackPreNormGeluBatchFirst) {
  auto layer = std::make_shared<TransformerDecoderLayer>(8, 2,
                                                         TransformerLayerOptions{
                                                             .dim_feedforward = 16,
                                                             .dropout = 0.0,
                                                             .activation = "gelu",
                                                             .batch_first = true,
                                                             .norm_first = true,
                                                         });
  TransformerDecoder m(layer, 2, std::make_shared<LayerNorm>(std::vector<int64_t>{8}));
  check_case(m, cases(), "decoder", true, [&](Inputs& in) {
    return Outputs{{"out", m.forward(in["tgt"], in["mem"], std::nullopt, in["mmask"])}};
  });
}

TEST(Transformer, StateDictKeysAndClones) {
  auto layer = std::make_shared<TransformerEncoderLayer>(8, 2);
  std::vector<std::string> k = keys_of(*layer);
  EXPECT_EQ(k, (std::vector<std::string>{"linear1.bias", "linear1.weight", "linear2.bias",
                                         "linear2.weight", "norm1.bias", "norm1.weight",
                                         "norm2.bias", "norm2.weight", "self_attn.in_proj_bias",
                                         "self_attn.in_proj_weight", "self_attn.out_proj.bias",
                                         "self_attn.out_proj.weight"}));
  TransformerEncoder enc(layer, 3);
  EXPECT_EQ(keys_of(enc).size(), 36u);
  EXPECT_EQ(enc.state_dict().count("layers.2.self_attn.in_proj_weight"), 1u);
  // Copies start equal to the layer (PyTorch's deepcopy) but own their parameters.
  auto w = [&](size_t i) { return enc.layer(i)->child("linear1")->param("weight"); };
  EXPECT_EQ(test::values(w(2)), test::values(layer->child("linear1")->param("weight")));
  {
    NoGradGuard ng;
    w(0).add_(1.0);
  }
  EXPECT_NE(test::values(w(0)), test::values(w(1)));
  EXPECT_EQ(test::values(w(1)), test::values(layer->child("linear1")->param("weight")));

  TransformerDecoderLayer dec(8, 2, {.bias = false});
  k = keys_of(dec);
  EXPECT_EQ(k, (std::vector<std::string>{
                   "linear1.weight", "linear2.weight", "multihead_attn.in_proj_weight",
                   "multihead_attn.out_proj.weight", "norm1.weight", "norm2.weight", "norm3.weight",
                   "self_attn.in_proj_weight", "self_attn.out_proj.weight"}));
  Tensor tgt = randn({4, 2, 8}), mem = randn({3, 2, 8});
  EXPECT_EQ(test::vec(dec.forward(tgt, mem).sizes()), (std::vector<int64_t>{4, 2, 8}));
}

TEST(Transformer, CausalFlagEqualsTheSubsequentMask) {
  manual_seed(5);
  TransformerEncoderLayer m(8, 2, {.dim_feedforward = 16});
  m.eval();
  Tensor x = randn({5, 2, 8});
  test::expect_close(m.forward(x, std::nullopt, std::nullopt, true),
                     m.forward(x, generate_square_subsequent_mask(5)), "is_causal", 1e-6, 1e-6);
}

TEST(Transformer, UnbatchedInputEqualsABatchOfOne) {
  manual_seed(7);
  TransformerDecoderLayer m(8, 2, {.dim_feedforward = 16});
  m.eval();
  Tensor tgt = randn({5, 8}), mem = randn({3, 8});
  Tensor kpm = make_bool({0, 0, 1});
  Tensor a =
      m.forward(tgt, mem, generate_square_subsequent_mask(5), std::nullopt, std::nullopt, kpm);
  Tensor b = m.forward(tgt.unsqueeze(1), mem.unsqueeze(1), generate_square_subsequent_mask(5),
                       std::nullopt, std::nullopt, kpm.unsqueeze(0));
  test::expect_close(a, b.squeeze(1), "unbatched", 1e-6, 1e-6);
}

TEST(Transformer, DropoutOnlyInTraining) {
  manual_seed(6);
  TransformerEncoderLayer m(8, 2, {.dim_feedforward = 16, .dropout = 0.3});
  Tensor x = randn({5, 2, 8});
  m.eval();
  std::vector<double> a = test::values(m.forward(x));
  EXPECT_EQ(test::values(m.forward(x)), a);
  m.train();
  Tensor y = m.forward(x);
  EXPECT_NE(test::values(y), a);
  sum(y).backward();
  EXPECT_TRUE(m.child("linear2")->param("weight").grad().defined());
}

TEST(Transformer, BadInputGivesClearErrors) {
  expect_error<InvalidArgumentError>([] { TransformerEncoderLayer(8, 2, {.activation = "tanh"}); },
                                     {"activation", "relu", "gelu", "tanh"});
  expect_error<InvalidArgumentError>([] { TransformerEncoderLayer(8, 3); },
                                     {"embed_dim (8)", "num_heads (3)"});
  TransformerEncoderLayer m(8, 2, {.dim_feedforward = 16});
  expect_error<ShapeError>([&] { m.forward(randn({5, 2, 6})); }, {"embed_dim (8)", "6"});
  expect_error<ShapeError>(
      [&] {
        m.forward(randn({5, 2, 8}), zeros({4, 4}));
      },
      {"attn_mask", "[5, 5]"});
  TransformerDecoderLayer d(8, 2, {.dim_feedforward = 16});
  expect_error<UnsupportedError>([&] { d.forward(randn({5, 2, 8})); }, {"memory"});
  expect_error<ShapeError>(
      [&] {
        d.forward(randn({5, 2, 8}), randn({4, 3, 8}));
      },
      {"batch size (2)"});
  auto layer = std::make_shared<TransformerEncoderLayer>(8, 2);
  expect_error<InvalidArgumentError>([&] { TransformerEncoder(layer, 0); }, {"num_layers >= 1"});
}
