// Datasets: indexable collections of examples, and the default collate that batches them.
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "tensor/generator.h"
#include "tensor/tensor.h"

namespace ignis::data {

// One example (or one batch): a list of tensors, usually {data, target}.
struct Example {
  std::vector<Tensor> tensors;

  Example() = default;
  Example(Tensor data, Tensor target) : tensors{std::move(data), std::move(target)} {}
  explicit Example(std::vector<Tensor> ts) : tensors(std::move(ts)) {}
  // The first tensor (inputs) and the second (targets).
  const Tensor& data() const { return tensors.at(0); }
  const Tensor& target() const { return tensors.at(1); }
  size_t size() const { return tensors.size(); }
  const Tensor& operator[](size_t i) const { return tensors.at(i); }
};

// An indexable collection of examples. get() may be called from several threads at once.
class Dataset {
 public:
  virtual ~Dataset() = default;
  virtual int64_t size() const = 0;
  // Example i, 0 <= i < size(); implementations throw IndexError otherwise.
  virtual Example get(int64_t i) const = 0;
};

// Examples are row i of each tensor (all tensors share their first dim).
class TensorDataset : public Dataset {
 public:
  explicit TensorDataset(std::vector<Tensor> tensors);
  TensorDataset(Tensor data, Tensor target) : TensorDataset(std::vector<Tensor>{data, target}) {}
  int64_t size() const override { return n_; }
  Example get(int64_t i) const override;
  const std::vector<Tensor>& tensors() const { return tensors_; }

 private:
  std::vector<Tensor> tensors_;
  int64_t n_ = 0;
};

// The examples of `dataset` at `indices`, in that order.
class Subset : public Dataset {
 public:
  Subset(std::shared_ptr<const Dataset> dataset, std::vector<int64_t> indices);
  int64_t size() const override { return static_cast<int64_t>(indices_.size()); }
  Example get(int64_t i) const override;
  const std::vector<int64_t>& indices() const { return indices_; }

 private:
  std::shared_ptr<const Dataset> dataset_;
  std::vector<int64_t> indices_;
};

// Splits dataset into non-overlapping random subsets of the given lengths (summing to its
// size), shuffled with gen (null: the CPU default generator), as torch.utils.data.random_split.
std::vector<std::shared_ptr<Subset>> random_split(std::shared_ptr<const Dataset> dataset,
                                                  const std::vector<int64_t>& lengths,
                                                  Generator* gen = nullptr);

// Throws IndexError naming `who` unless 0 <= i < n.
void check_index(int64_t i, int64_t n, const char* who);

// Stacks field k of every example into field k of the batch (torch's default_collate).
Example default_collate(const std::vector<Example>& examples);

using CollateFn = std::function<Example(const std::vector<Example>&)>;

}  // namespace ignis::data
