#include "nn/transformer.h"

#include <limits>

#include "nn/activation.h"
#include "nn/container.h"
#include "nn/linear.h"
#include "ops/operators.h"
#include "ops/ops.gen.h"

namespace ignis::nn {
namespace {

void check_options(const char* op, int64_t d_model, const TransformerLayerOptions& o) {
  IGNIS_CHECK(o.activation == "relu" || o.activation == "gelu", InvalidArgument, op,
              ": activation should be \"relu\" or \"gelu\", not \"", o.activation, "\"");
  IGNIS_CHECK(d_model > 0 && o.dim_feedforward > 0, InvalidArgument, op,
              ": expected d_model and dim_feedforward > 0 but got ", d_model, " and ",
              o.dim_feedforward);
}

std::shared_ptr<MultiheadAttention> attention(int64_t d_model, int64_t nhead,
                                              const TransformerLayerOptions& o) {
  return std::make_shared<MultiheadAttention>(
      d_model, nhead,
      MultiheadAttentionOptions{
          .dropout = o.dropout, .bias = o.bias, .batch_first = o.batch_first, .dtype = o.dtype});
}

// LayerNorm(d_model); without bias when the layer has none (PyTorch 2.1's bias=False).
std::shared_ptr<Module> layer_norm_of(int64_t d_model, const TransformerLayerOptions& o) {
  auto n =
      std::make_shared<LayerNorm>(std::vector<int64_t>{d_model}, o.layer_norm_eps, true, o.dtype);
  if (!o.bias) n->register_parameter("bias", Tensor());  // undefined: not in the state dict
  return n;
}

Tensor activate(const std::string& name, const Tensor& x) {
  return name == "gelu" ? gelu(x) : relu(x);
}

// Self- or cross-attention output only (no weights), as PyTorch's _sa_block / _mha_block.
Tensor attend(MultiheadAttention& mha, const Tensor& x, const Tensor& mem,
              const std::optional<Tensor>& mask, const std::optional<Tensor>& kpm, bool is_causal) {
  return mha
      .forward(x, mem, mem,
               {.key_padding_mask = kpm,
                .need_weights = false,
                .attn_mask = mask,
                .is_causal = is_causal})
      .first;
}

}  // namespace

Tensor generate_square_subsequent_mask(int64_t sz, DType dtype) {
  IGNIS_CHECK(sz >= 0, InvalidArgument,
              "generate_square_subsequent_mask: expected a size >= 0 but got ", sz);
  return triu(full({sz, sz}, -std::numeric_limits<double>::infinity(), {.dtype = dtype}), 1);
}

// ---- encoder layer

TransformerEncoderLayer::TransformerEncoderLayer(int64_t d_model, int64_t nhead,
                                                 TransformerLayerOptions opts)
    : d_model_(d_model), nhead_(nhead), opts_(std::move(opts)) {
  check_options("TransformerEncoderLayer", d_model, opts_);
  self_attn_ = register_module("self_attn", attention(d_model, nhead, opts_));
  linear1_ = register_module(
      "linear1", std::make_shared<Linear>(d_model, opts_.dim_feedforward, opts_.bias, opts_.dtype));
  register_module("dropout", std::make_shared<Dropout>(opts_.dropout));
  linear2_ = register_module(
      "linear2", std::make_shared<Linear>(opts_.dim_feedforward, d_model, opts_.bias, opts_.dtype));
  norm1_ = register_module("norm1", layer_norm_of(d_model, opts_));
  norm2_ = register_module("norm2", layer_norm_of(d_model, opts_));
  register_module("dropout1", std::make_shared<Dropout>(opts_.dropout));
  register_module("dropout2", std::make_shared<Dropout>(opts_.dropout));
}

Tensor TransformerEncoderLayer::ff_block(const Tensor& x) {
  Tensor h = dropout(activate(opts_.activation, linear1_->forward(x)), opts_.dropout, training_);
  return dropout(linear2_->forward(h), opts_.dropout, training_);
}

Tensor TransformerEncoderLayer::forward(const Tensor& src, const std::optional<Tensor>& src_mask,
                                        const std::optional<Tensor>& kpm, bool is_causal) {
  auto sa = [&](const Tensor& x) {
    return dropout(attend(*self_attn_, x, x, src_mask, kpm, is_causal), opts_.dropout, training_);
  };
  Tensor x = src;
  if (opts_.norm_first) {
    x = x + sa(norm1_->forward(x));
    return x + ff_block(norm2_->forward(x));
  }
  x = norm1_->forward(x + sa(x));
  return norm2_->forward(x + ff_block(x));
}

std::shared_ptr<TransformerEncoderLayer> TransformerEncoderLayer::clone() const {
  auto c = std::make_shared<TransformerEncoderLayer>(d_model_, nhead_, opts_);
  c->load_state_dict(state_dict());
  c->train(training_);
  return c;
}

// ---- decoder layer

TransformerDecoderLayer::TransformerDecoderLayer(int64_t d_model, int64_t nhead,
                                                 TransformerLayerOptions opts)
    : d_model_(d_model), nhead_(nhead), opts_(std::move(opts)) {
  check_options("TransformerDecoderLayer", d_model, opts_);
  self_attn_ = register_module("self_attn", attention(d_model, nhead, opts_));
  cross_attn_ = register_module("multihead_attn", attention(d_model, nhead, opts_));
  linear1_ = register_module(
      "linear1", std::make_shared<Linear>(d_model, opts_.dim_feedforward, opts_.bias, opts_.dtype));
  register_module("dropout", std::make_shared<Dropout>(opts_.dropout));
  linear2_ = register_module(
      "linear2", std::make_shared<Linear>(opts_.dim_feedforward, d_model, opts_.bias, opts_.dtype));
  norm1_ = register_module("norm1", layer_norm_of(d_model, opts_));
  norm2_ = register_module("norm2", layer_norm_of(d_model, opts_));
  norm3_ = register_module("norm3", layer_norm_of(d_model, opts_));
  register_module("dropout1", std::make_shared<Dropout>(opts_.dropout));
  register_module("dropout2", std::make_shared<Dropout>(opts_.dropout));
  register_module("dropout3", std::make_shared<Dropout>(opts_.dropout));
}

Tensor TransformerDecoderLayer::ff_block(const Tensor& x) {
  Tensor h = dropout(activate(opts_.activation, linear1_->forward(x)), opts_.dropout, training_);
  return dropout(linear2_->forward(h), opts_.dropout, training_);
}

Tensor TransformerDecoderLayer::forward(const Tensor& tgt, const Tensor& memory,
                                        const std::optional<Tensor>& tgt_mask,
                                        const std::optional<Tensor>& memory_mask,
                                        const std::optional<Tensor>& tgt_kpm,
                                        const std::optional<Tensor>& memory_kpm, bool tgt_is_causal,
                                        bool memory_is_causal) {
  auto sa = [&](const Tensor& x) {
    return dropout(attend(*self_attn_, x, x, tgt_mask, tgt_kpm, tgt_is_causal), opts_.dropout,
                   training_);
  };
  auto ca = [&](const Tensor& x) {
    return dropout(attend(*cross_attn_, x, memory, memory_mask, memory_kpm, memory_is_causal),
                   opts_.dropout, training_);
  };
  Tensor x = tgt;
  if (opts_.norm_first) {
    x = x + sa(norm1_->forward(x));
    x = x + ca(norm2_->forward(x));
    return x + ff_block(norm3_->forward(x));
  }
  x = norm1_->forward(x + sa(x));
  x = norm2_->forward(x + ca(x));
  return norm3_->forward(x + ff_block(x));
}

Tensor TransformerDecoderLayer::forward(const Tensor&) {
  IGNIS_FAIL(Unsupported, "TransformerDecoderLayer: forward needs the encoder's memory; call ",
             "forward(tgt, memory, ...)");
}

std::shared_ptr<TransformerDecoderLayer> TransformerDecoderLayer::clone() const {
  auto c = std::make_shared<TransformerDecoderLayer>(d_model_, nhead_, opts_);
  c->load_state_dict(state_dict());
  c->train(training_);
  return c;
}

// ---- stacks

template <typename Layer>
static std::vector<std::shared_ptr<Layer>> clones(Module& owner, const char* op,
                                                  const std::shared_ptr<Layer>& layer, int64_t n) {
  IGNIS_CHECK(layer != nullptr, InvalidArgument, op, ": layer is null");
  IGNIS_CHECK(n >= 1, InvalidArgument, op, ": expected num_layers >= 1 but got ", n);
  auto list = std::make_shared<ModuleList>();
  std::vector<std::shared_ptr<Layer>> out;
  for (int64_t i = 0; i < n; ++i) {
    out.push_back(layer->clone());
    list->push_back(out.back());
  }
  owner.register_module("layers", list);
  return out;
}

TransformerEncoder::TransformerEncoder(const std::shared_ptr<TransformerEncoderLayer>& layer,
                                       int64_t num_layers, std::shared_ptr<Module> norm)
    : norm_(std::move(norm)) {
  layers_ = clones(*this, "TransformerEncoder", layer, num_layers);
  if (norm_) register_module("norm", norm_);
}

Tensor TransformerEncoder::forward(const Tensor& src, const std::optional<Tensor>& mask,
                                   const std::optional<Tensor>& kpm, bool is_causal) {
  Tensor x = src;
  for (auto& l : layers_) x = l->forward(x, mask, kpm, is_causal);
  return norm_ ? norm_->forward(x) : x;
}

TransformerDecoder::TransformerDecoder(const std::shared_ptr<TransformerDecoderLayer>& layer,
                                       int64_t num_layers, std::shared_ptr<Module> norm)
    : norm_(std::move(norm)) {
  layers_ = clones(*this, "TransformerDecoder", layer, num_layers);
  if (norm_) register_module("norm", norm_);
}

Tensor TransformerDecoder::forward(const Tensor& tgt, const Tensor& memory,
                                   const std::optional<Tensor>& tgt_mask,
                                   const std::optional<Tensor>& memory_mask,
                                   const std::optional<Tensor>& tgt_kpm,
                                   const std::optional<Tensor>& memory_kpm, bool tgt_is_causal,
                                   bool memory_is_causal) {
  Tensor x = tgt;
  for (auto& l : layers_)
    x = l->forward(x, memory, tgt_mask, memory_mask, tgt_kpm, memory_kpm, tgt_is_causal,
                   memory_is_causal);
  return norm_ ? norm_->forward(x) : x;
}

Tensor TransformerDecoder::forward(const Tensor&) {
  IGNIS_FAIL(Unsupported, "TransformerDecoder: forward needs the encoder's memory; call ",
             "forward(tgt, memory, ...)");
}

}  // namespace ignis::nn
