// nn::LSTM, GRU, LSTMCell and GRUCell against torch 1.13 (outputs, final states and gradients of
// inputs, initial states and parameters, loaded by PyTorch's state dict keys), and bad input.
#include <gtest/gtest.h>

#include "nn/data/rnn_cases.h"
#include "nn/data/seq_cases.h"
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
  static const data::TensorMap m = test::load_cases(kRnnCases);
  return m;
}

std::optional<Tensor> maybe(Inputs& in, const std::string& k) {
  if (!in.count(k)) return std::nullopt;
  return in[k];
}

Outputs run_lstm(LSTM& m, Inputs& in) {
  auto [out, h, c] = m.forward(in["x"], maybe(in, "h0"), maybe(in, "c0"));
  return {{"out", out}, {"h", h}, {"c", c}};
}

Outputs run_gru(GRU& m, Inputs& in) {
  auto [out, h] = m.forward(in["x"], maybe(in, "h0"));
  return {{"out", out}, {"h", h}};
}

}  // namespace

TEST(RNN, ParameterNamesAndInitFollowPyTorch) {
  LSTM m(3, 4, {.num_layers = 2, .bidirectional = true});
  std::vector<std::string> names;
  for (auto& [k, v] : m.named_parameters()) names.push_back(k);
  EXPECT_EQ(names.size(), 16u);
  EXPECT_EQ(names[0], "weight_ih_l0");
  EXPECT_EQ(names[3], "bias_hh_l0");
  EXPECT_EQ(names[4], "weight_ih_l0_reverse");
  EXPECT_EQ(names[15], "bias_hh_l1_reverse");
  EXPECT_EQ(test::vec(m.param("weight_ih_l1").sizes()), (std::vector<int64_t>{16, 8}));
  EXPECT_EQ(test::vec(m.param("weight_hh_l1").sizes()), (std::vector<int64_t>{16, 4}));
  for (auto& [k, v] : m.named_parameters())
    for (double x : test::values(v)) EXPECT_LE(std::abs(x), 0.5);  // U(-1/sqrt(4), 1/sqrt(4))
  GRU g(3, 4, {.bias = false});
  EXPECT_EQ(g.named_parameters().size(), 2u);
  EXPECT_EQ(test::vec(g.param("weight_hh_l0").sizes()), (std::vector<int64_t>{12, 4}));
}

TEST(RNN, LstmOneLayerMatchesTorch) {
  LSTM m(3, 4);
  check_case(m, cases(), "lstm1", true, [&](Inputs& in) { return run_lstm(m, in); });
}

TEST(RNN, LstmBidirectionalTwoLayersBatchFirstWithStatesInEval) {
  LSTM m(3, 4, {.num_layers = 2, .batch_first = true, .dropout = 0.3, .bidirectional = true});
  check_case(m, cases(), "lstm_bi2", false, [&](Inputs& in) { return run_lstm(m, in); });
}

TEST(RNN, LstmUnbatched) {
  LSTM m(3, 4, {.num_layers = 2});
  check_case(m, cases(), "lstm_unbatched", true, [&](Inputs& in) { return run_lstm(m, in); });
}

TEST(RNN, LstmWithProjectionsMatchesTorch) {
  LSTM m(3, 4, {.num_layers = 2, .bidirectional = true, .proj_size = 2});
  std::vector<std::string> names;
  for (auto& [k, v] : m.named_parameters()) names.push_back(k);
  ASSERT_EQ(names.size(), 20u);
  EXPECT_EQ(names[4], "weight_hr_l0");  // after the biases, as PyTorch registers it
  EXPECT_EQ(test::vec(m.param("weight_hh_l0").sizes()), (std::vector<int64_t>{16, 2}));
  EXPECT_EQ(test::vec(m.param("weight_ih_l1").sizes()), (std::vector<int64_t>{16, 4}));
  EXPECT_EQ(test::vec(m.param("weight_hr_l1_reverse").sizes()), (std::vector<int64_t>{2, 4}));
  EXPECT_EQ(m.extra_repr(), "3, 4, proj_size=2, num_layers=2, bidirectional=True");
  check_case(m, cases(), "lstm_proj_bi2", true, [&](Inputs& in) { return run_lstm(m, in); });
}

TEST(RNN, ProjectionErrors) {
  expect_error<InvalidArgumentError>([] { GRU g(3, 4, {.proj_size = 2}); },
                                     {"only supported for LSTM"});
  expect_error<InvalidArgumentError>([] { LSTM l(3, 4, {.proj_size = 4}); },
                                     {"proj_size has to be smaller than hidden_size (4)"});
  expect_error<InvalidArgumentError>([] { LSTM l(3, 4, {.proj_size = -1}); }, {"got -1"});
  LSTM m(3, 4, {.proj_size = 2});
  Tensor x = zeros({5, 2, 3});
  // h0 carries proj_size features, c0 hidden_size.
  expect_error<ShapeError>(
      [&] {
        m.forward(x, zeros({1, 2, 4}), zeros({1, 2, 4}));
      },
      {"expected h0 of shape [1, 2, 2] (num_layers * num_directions, batch, "
       "proj_size) but got [1, 2, 4]"});
  expect_error<ShapeError>(
      [&] {
        m.forward(x, zeros({1, 2, 2}), zeros({1, 2, 2}));
      },
      {"expected c0 of shape [1, 2, 4]"});
  auto [out, h, c] = m.forward(x, zeros({1, 2, 2}), zeros({1, 2, 4}));
  EXPECT_EQ(test::vec(out.sizes()), (std::vector<int64_t>{5, 2, 2}));
  EXPECT_EQ(test::vec(c.sizes()), (std::vector<int64_t>{1, 2, 4}));
}

TEST(RNN, GruBidirectionalTwoLayersWithState) {
  GRU m(3, 4, {.num_layers = 2, .bidirectional = true});
  check_case(m, cases(), "gru_bi2", true, [&](Inputs& in) { return run_gru(m, in); });
}

TEST(RNN, GruWithoutBiasBatchFirst) {
  GRU m(3, 4, {.bias = false, .batch_first = true});
  check_case(m, cases(), "gru_nobias_bf", true, [&](Inputs& in) { return run_gru(m, in); });
}

TEST(RNN, Cells) {
  LSTMCell lc(3, 4);
  check_case(lc, cases(), "lstm_cell", true, [&](Inputs& in) {
    auto [h, c] = lc.forward(in["x"], in["h"], in["c"]);
    return Outputs{{"h", h}, {"c", c}};
  });
  GRUCell gc(3, 4);
  check_case(gc, cases(), "gru_cell", true, [&](Inputs& in) {
    return Outputs{{"h", gc.forward(in["x"], in["h"])}};
  });
}

TEST(RNN, DropoutBetweenLayersOnlyInTraining) {
  manual_seed(7);
  LSTM m(3, 4, {.num_layers = 2, .dropout = 0.5});
  Tensor x = randn({6, 2, 3});
  m.eval();
  std::vector<double> a = test::values(m.forward(x)), b = test::values(m.forward(x));
  EXPECT_EQ(a, b);
  m.train();
  EXPECT_NE(test::values(m.forward(x)), a);
  // One layer: the dropout option has nothing to act on.
  GRU g(3, 4, {.dropout = 0.5});
  g.eval();
  std::vector<double> e = test::values(g.forward(x));
  g.train();
  EXPECT_EQ(test::values(g.forward(x)), e);
}

TEST(RNN, ZeroStatesEqualNoStates) {
  manual_seed(8);
  GRU g(3, 4, {.num_layers = 2});
  Tensor x = randn({5, 2, 3});
  auto [o1, h1] = g.forward(x, std::nullopt);
  auto [o2, h2] = g.forward(x, zeros({2, 2, 4}));
  EXPECT_EQ(test::values(o1), test::values(o2));
  EXPECT_EQ(test::vec(h1.sizes()), (std::vector<int64_t>{2, 2, 4}));
}

TEST(RNN, BadInputGivesClearErrors) {
  LSTM m(3, 4, {.num_layers = 2});
  expect_error<ShapeError>(
      [&] {
        m.forward(randn({5, 2, 6}));
      },
      {"input.size(-1) must be equal to input_size", "Expected 3, got 6"});
  expect_error<ShapeError>([&] { m.forward(randn({5})); }, {"3-D", "2-D", "1-D"});
  expect_error<ShapeError>(
      [&] {
        m.forward(randn({5, 2, 3}), randn({1, 2, 4}), randn({1, 2, 4}));
      },
      {"h0", "[2, 2, 4]", "[1, 2, 4]"});
  expect_error<InvalidArgumentError>(
      [&] {
        m.forward(randn({5, 2, 3}), randn({2, 2, 4}));
      },
      {"both h0 and c0"});
  expect_error<DTypeError>(
      [&] {
        m.forward(randn({5, 2, 3}, nullptr, {.dtype = DType::F64}));
      },
      {"float32", "float64"});
  expect_error<InvalidArgumentError>([] { GRU(3, 4, {.num_layers = 0}); }, {"num_layers >= 1"});
  expect_error<InvalidArgumentError>([] { GRU(3, 4, {.dropout = 1.5}); }, {"dropout", "1.5"});
  LSTMCell c(3, 4);
  expect_error<ShapeError>(
      [&] {
        c.forward(randn({2, 3}), randn({3, 4}), randn({2, 4}));
      },
      {"hx", "[2, 4]", "[3, 4]"});
  expect_error<UnsupportedError>([&] { c.forward(randn({2, 3})); }, {"forward(input, h, c)"});
  GRUCell g(3, 4);
  expect_error<ShapeError>([&] { g.forward(randn({2, 5})); }, {"input_size (3)", "5"});
}
