// Transformer layers as in torch.nn: TransformerEncoderLayer / TransformerEncoder and
// TransformerDecoderLayer / TransformerDecoder, with PyTorch's submodule names (self_attn,
// multihead_attn, linear1, linear2, norm1..3) so state dicts load across.
#pragma once

#include <optional>
#include <string>

#include "nn/attention.h"
#include "nn/norm.h"

namespace ignis::nn {

struct TransformerLayerOptions {
  int64_t dim_feedforward = 2048;
  double dropout = 0.1;
  std::string activation = "relu";  // "relu" or "gelu"
  double layer_norm_eps = 1e-5;
  bool batch_first = false;  // (batch, seq, feature) instead of (seq, batch, feature)
  bool norm_first = false;   // pre-norm (LayerNorm before each block) instead of post-norm
  bool bias = true;          // biases of the Linear layers and LayerNorms
  DType dtype = DType::F32;
};

// A (sz, sz) float mask with -inf above the diagonal and 0 elsewhere: position i sees j <= i.
Tensor generate_square_subsequent_mask(int64_t sz, DType dtype = DType::F32);

class TransformerEncoderLayer : public Module {
 public:
  TransformerEncoderLayer(int64_t d_model, int64_t nhead, TransformerLayerOptions opts = {});
  // src (S, N, E), (N, S, E) with batch_first, or (S, E); masks as MultiheadAttention's.
  Tensor forward(const Tensor& src, const std::optional<Tensor>& src_mask,
                 const std::optional<Tensor>& src_key_padding_mask = std::nullopt,
                 bool is_causal = false);
  Tensor forward(const Tensor& src) override { return forward(src, std::nullopt); }
  std::string type_name() const override { return "TransformerEncoderLayer"; }
  // A new layer with the same options and a copy of this one's parameters (PyTorch's deepcopy).
  std::shared_ptr<TransformerEncoderLayer> clone() const;

  int64_t d_model() const { return d_model_; }
  int64_t nhead() const { return nhead_; }
  const TransformerLayerOptions& options() const { return opts_; }

 private:
  Tensor ff_block(const Tensor& x);
  int64_t d_model_, nhead_;
  TransformerLayerOptions opts_;
  std::shared_ptr<MultiheadAttention> self_attn_;
  std::shared_ptr<Module> linear1_, linear2_, norm1_, norm2_;
};

class TransformerDecoderLayer : public Module {
 public:
  TransformerDecoderLayer(int64_t d_model, int64_t nhead, TransformerLayerOptions opts = {});
  // tgt (T, N, E) attends to itself (tgt_mask) and to memory (S, N, E) (memory_mask).
  Tensor forward(const Tensor& tgt, const Tensor& memory,
                 const std::optional<Tensor>& tgt_mask = std::nullopt,
                 const std::optional<Tensor>& memory_mask = std::nullopt,
                 const std::optional<Tensor>& tgt_key_padding_mask = std::nullopt,
                 const std::optional<Tensor>& memory_key_padding_mask = std::nullopt,
                 bool tgt_is_causal = false, bool memory_is_causal = false);
  // Throws: a decoder layer needs memory; call forward(tgt, memory, ...).
  Tensor forward(const Tensor& tgt) override;
  std::string type_name() const override { return "TransformerDecoderLayer"; }
  std::shared_ptr<TransformerDecoderLayer> clone() const;

  int64_t d_model() const { return d_model_; }
  int64_t nhead() const { return nhead_; }
  const TransformerLayerOptions& options() const { return opts_; }

 private:
  Tensor ff_block(const Tensor& x);
  int64_t d_model_, nhead_;
  TransformerLayerOptions opts_;
  std::shared_ptr<MultiheadAttention> self_attn_, cross_attn_;
  std::shared_ptr<Module> linear1_, linear2_, norm1_, norm2_, norm3_;
};

// num_layers copies of `layer` (children layers.0, layers.1, ...) and an optional final norm.
class TransformerEncoder : public Module {
 public:
  TransformerEncoder(const std::shared_ptr<TransformerEncoderLayer>& layer, int64_t num_layers,
                     std::shared_ptr<Module> norm = nullptr);
  Tensor forward(const Tensor& src, const std::optional<Tensor>& mask,
                 const std::optional<Tensor>& src_key_padding_mask = std::nullopt,
                 bool is_causal = false);
  Tensor forward(const Tensor& src) override { return forward(src, std::nullopt); }
  std::string type_name() const override { return "TransformerEncoder"; }
  size_t num_layers() const { return layers_.size(); }
  std::shared_ptr<TransformerEncoderLayer> layer(size_t i) const { return layers_.at(i); }

 private:
  std::vector<std::shared_ptr<TransformerEncoderLayer>> layers_;
  std::shared_ptr<Module> norm_;
};

class TransformerDecoder : public Module {
 public:
  TransformerDecoder(const std::shared_ptr<TransformerDecoderLayer>& layer, int64_t num_layers,
                     std::shared_ptr<Module> norm = nullptr);
  Tensor forward(const Tensor& tgt, const Tensor& memory,
                 const std::optional<Tensor>& tgt_mask = std::nullopt,
                 const std::optional<Tensor>& memory_mask = std::nullopt,
                 const std::optional<Tensor>& tgt_key_padding_mask = std::nullopt,
                 const std::optional<Tensor>& memory_key_padding_mask = std::nullopt,
                 bool tgt_is_causal = false, bool memory_is_causal = false);
  Tensor forward(const Tensor& tgt) override;
  std::string type_name() const override { return "TransformerDecoder"; }
  size_t num_layers() const { return layers_.size(); }
  std::shared_ptr<TransformerDecoderLayer> layer(size_t i) const { return layers_.at(i); }

 private:
  std::vector<std::shared_ptr<TransformerDecoderLayer>> layers_;
  std::shared_ptr<Module> norm_;
};

}  // namespace ignis::nn
