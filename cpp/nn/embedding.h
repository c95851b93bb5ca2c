// Lookup-table layers: Embedding (one row per index) and EmbeddingBag (sum, mean or max of the
// rows of each bag, without materializing the rows of every index).
#pragma once

#include <optional>

#include "nn/module.h"

namespace ignis::nn {

// A lookup table; parameter "weight" (num, dim) ~ N(0, 1), the padding_idx row zero (its
// gradient stays zero). padding_idx -1 means none; other negatives count from the end.
class Embedding : public Module {
 public:
  Embedding(int64_t num_embeddings, int64_t embedding_dim, int64_t padding_idx = -1,
            DType dtype = DType::F32);
  Tensor forward(const Tensor& indices) override;
  std::string type_name() const override { return "Embedding"; }
  std::string extra_repr() const override;

 private:
  int64_t num_, dim_, padding_idx_;
};

// Reduces the embeddings of each bag: mode "sum", "mean" or "max". Parameter "weight"
// (num, dim) ~ N(0, 1), the padding_idx row zero; padding entries are left out of their bag
// (and of its count in "mean"). Bags are the rows of 2-D input, or the runs of 1-D input that
// start at offsets; include_last_offset means offsets also holds the end of the last bag.
class EmbeddingBag : public Module {
 public:
  EmbeddingBag(int64_t num_embeddings, int64_t embedding_dim, std::string mode = "mean",
               bool include_last_offset = false, std::optional<int64_t> padding_idx = std::nullopt,
               DType dtype = DType::F32);
  // 2-D input (B, n): one bag per row.
  Tensor forward(const Tensor& input) override;
  // 1-D input with offsets; per_sample_weights (input's shape) scale each row (mode "sum" only).
  Tensor forward(const Tensor& input, const std::optional<Tensor>& offsets,
                 const std::optional<Tensor>& per_sample_weights = std::nullopt);
  std::string type_name() const override { return "EmbeddingBag"; }
  std::string extra_repr() const override;

 private:
  int64_t num_, dim_;
  std::string mode_;
  bool include_last_;
  std::optional<int64_t> padding_idx_;
};

}  // namespace ignis::nn
