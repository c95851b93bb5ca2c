// Sequence layers side by side with torch, forward + backward in training mode: a
// TransformerEncoderLayer (d_model 256, 4 heads, feed-forward 1024, dropout 0.1, batch 16 x
// seq 128, batch_first) and a 2-layer LSTM (input 128, hidden 256, seq 64 x batch 32).
#include "bench.h"
#include "nn/nn.h"
#include "ops/ops.gen.h"

namespace {

using namespace ignis;

// One iteration: clear the gradients, forward, backward of the output's sum.
void fwd_bwd(benchmark::State& state, nn::Module& m, const Tensor& x) {
  for (auto _ : state) {
    m.zero_grad();
    Tensor y = m.forward(x);
    sum(y).backward();
    benchmark::DoNotOptimize(y.data_ptr());
  }
}

void transformer_encoder_layer(benchmark::State& state) {
  manual_seed(0);
  nn::TransformerEncoderLayer m(256, 4,
                                {.dim_feedforward = 1024, .dropout = 0.1, .batch_first = true});
  m.train();
  fwd_bwd(state, m, randn({16, 128, 256}));
}
IGNIS_BENCH(transformer_encoder_layer, "train/transformer_encoder_layer_fwd_bwd/16x128x256");

void lstm(benchmark::State& state) {
  manual_seed(0);
  nn::LSTM m(128, 256, {.num_layers = 2});
  m.train();
  fwd_bwd(state, m, randn({64, 32, 128}));
}
IGNIS_BENCH(lstm, "train/lstm2_fwd_bwd/64x32x128");

}  // namespace
