// nn::MultiheadAttention: PyTorch's multi-head attention (torch.nn.MultiheadAttention), composed
// of ops so backward comes from the recorded history. Parameter names, initialization, mask
// semantics and the returned attention weights follow PyTorch.
#pragma once

#include <optional>
#include <utility>

#include "nn/module.h"

namespace ignis::nn {

struct MultiheadAttentionOptions {
  double dropout = 0.0;        // dropout on the attention weights (training mode only)
  bool bias = true;            // in_proj_bias and out_proj.bias
  bool add_bias_kv = false;    // learned bias_k / bias_v appended to the key and value sequences
  bool add_zero_attn = false;  // a zero key/value appended after the projection
  int64_t kdim = 0;            // key features; 0 means embed_dim
  int64_t vdim = 0;            // value features; 0 means embed_dim
  bool batch_first = false;    // inputs (batch, seq, feature) instead of (seq, batch, feature)
  DType dtype = DType::F32;
};

// Everything forward takes besides query, key and value. Masks: a bool mask is True where
// attention is NOT allowed; a float mask is added to the attention scores.
struct MultiheadAttentionArgs {
  std::optional<Tensor> key_padding_mask;  // (N, S) or (S) unbatched: True/-inf = padding key
  bool need_weights = true;                // also return the attention weights
  std::optional<Tensor> attn_mask;         // (L, S) or (N * num_heads, L, S)
  bool average_attn_weights = true;        // weights averaged over heads: (N, L, S)
  bool is_causal = false;                  // without attn_mask: mask every key after the query
};

class MultiheadAttention : public Module {
 public:
  MultiheadAttention(int64_t embed_dim, int64_t num_heads, MultiheadAttentionOptions opts = {});

  // (output, weights): output (L, N, E) or (N, L, E) with batch_first, (L, E) unbatched;
  // weights (N, L, S) averaged, (N, num_heads, L, S) otherwise, nullopt without need_weights.
  std::pair<Tensor, std::optional<Tensor>> forward(const Tensor& query, const Tensor& key,
                                                   const Tensor& value,
                                                   const MultiheadAttentionArgs& args = {});
  // Self-attention without masks: the output of forward(x, x, x).
  Tensor forward(const Tensor& x) override;

  std::string type_name() const override { return "MultiheadAttention"; }
  std::string extra_repr() const override;
  void reset_parameters();

  int64_t embed_dim() const { return embed_dim_; }
  int64_t num_heads() const { return num_heads_; }
  const MultiheadAttentionOptions& options() const { return opts_; }

 private:
  int64_t embed_dim_, num_heads_, head_dim_;
  MultiheadAttentionOptions opts_;
  bool packed_;  // one in_proj_weight (kdim == vdim == embed_dim) or q/k/v_proj_weight
};

}  // namespace ignis::nn
