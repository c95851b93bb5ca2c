#include "nn/embedding.h"

#include "nn/init.h"
#include "ops/ops.gen.h"
#include "tensor/graph.h"

namespace ignis::nn {
namespace {
// Checks the table sizes and returns padding_idx counted from the start (-1 for none).
int64_t table_checks(const char* layer, int64_t num, int64_t dim, std::optional<int64_t> pad) {
  IGNIS_CHECK(num >= 0 && dim >= 0, InvalidArgument, layer,
              ": expected non-negative num_embeddings and embedding_dim but got ", num, " and ",
              dim);
  if (!pad) return -1;
  IGNIS_CHECK(*pad < num && *pad >= -num, Index, layer,
              ": padding_idx must be within num_embeddings (", num, ") but got ", *pad);
  return *pad < 0 ? *pad + num : *pad;
}

// N(0, 1) rows with the padding row zeroed, as PyTorch's reset_parameters.
void init_table(Tensor& w, int64_t padding_idx) {
  init::normal_(w);
  if (padding_idx < 0) return;
  NoGradGuard ng;
  w.select(0, padding_idx).fill_(0);
}
}  // namespace

Embedding::Embedding(int64_t num, int64_t dim, int64_t padding_idx, DType dtype)
    : num_(num),
      dim_(dim),
      padding_idx_(
          table_checks("Embedding", num, dim,
                       padding_idx == -1 ? std::nullopt : std::optional<int64_t>(padding_idx))) {
  Tensor& w = register_parameter("weight", empty({num, dim}, {.dtype = dtype}));
  init_table(w, padding_idx_);
}

Tensor Embedding::forward(const Tensor& indices) {
  return embedding(params_[0].second, indices, padding_idx_);
}

std::string Embedding::extra_repr() const {
  std::string s = std::to_string(num_) + ", " + std::to_string(dim_);
  if (padding_idx_ >= 0) s += ", padding_idx=" + std::to_string(padding_idx_);
  return s;
}

EmbeddingBag::EmbeddingBag(int64_t num, int64_t dim, std::string mode, bool include_last_offset,
                           std::optional<int64_t> padding_idx, DType dtype)
    : num_(num), dim_(dim), mode_(std::move(mode)), include_last_(include_last_offset) {
  IGNIS_CHECK(mode_ == "sum" || mode_ == "mean" || mode_ == "max", InvalidArgument,
              "EmbeddingBag: expected mode 'sum', 'mean' or 'max' but got '", mode_, "'");
  int64_t pad = table_checks("EmbeddingBag", num, dim, padding_idx);
  if (pad >= 0) padding_idx_ = pad;
  Tensor& w = register_parameter("weight", empty({num, dim}, {.dtype = dtype}));
  init_table(w, pad);
}

Tensor EmbeddingBag::forward(const Tensor& input) { return forward(input, std::nullopt); }

Tensor EmbeddingBag::forward(const Tensor& input, const std::optional<Tensor>& offsets,
                             const std::optional<Tensor>& per_sample_weights) {
  return embedding_bag(params_[0].second, input, offsets, mode_, per_sample_weights, include_last_,
                       padding_idx_);
}

std::string EmbeddingBag::extra_repr() const {
  std::string s = std::to_string(num_) + ", " + std::to_string(dim_) + ", mode=" + mode_;
  if (padding_idx_) s += ", padding_idx=" + std::to_string(*padding_idx_);
  return s;
}

}  // namespace ignis::nn
