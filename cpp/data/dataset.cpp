// TensorDataset, Subset, random_split and the default collate.
#include "data/dataset.h"

#include "data/random.h"
#include "ops/ops.gen.h"

namespace ignis::data {

void check_index(int64_t i, int64_t n, const char* who) {
  IGNIS_CHECK(i >= 0 && i < n, Index, who, ": index ", i, " is out of range for a dataset of size ",
              n);
}

TensorDataset::TensorDataset(std::vector<Tensor> tensors) : tensors_(std::move(tensors)) {
  IGNIS_CHECK(!tensors_.empty(), InvalidArgument, "TensorDataset: expected at least one tensor");
  for (size_t k = 0; k < tensors_.size(); ++k) {
    IGNIS_CHECK(tensors_[k].defined() && tensors_[k].dim() >= 1, InvalidArgument,
                "TensorDataset: expected tensor ", k, " to have at least one dim");
    IGNIS_CHECK(tensors_[k].size(0) == tensors_[0].size(0), Shape,
                "TensorDataset: expected every tensor to have size ", tensors_[0].size(0),
                " in dim 0 but tensor ", k, " has ", tensors_[k].size(0));
  }
  n_ = tensors_[0].size(0);
}

Example TensorDataset::get(int64_t i) const {
  check_index(i, n_, "TensorDataset");
  Example e;
  for (const Tensor& t : tensors_) e.tensors.push_back(t.select(0, i));
  return e;
}

Subset::Subset(std::shared_ptr<const Dataset> dataset, std::vector<int64_t> indices)
    : dataset_(std::move(dataset)), indices_(std::move(indices)) {
  IGNIS_CHECK(dataset_ != nullptr, InvalidArgument, "Subset: dataset is null");
  int64_t n = dataset_->size();
  for (int64_t i : indices_) check_index(i, n, "Subset");
}

Example Subset::get(int64_t i) const {
  check_index(i, size(), "Subset");
  return dataset_->get(indices_[static_cast<size_t>(i)]);
}

std::vector<std::shared_ptr<Subset>> random_split(std::shared_ptr<const Dataset> dataset,
                                                  const std::vector<int64_t>& lengths,
                                                  Generator* gen) {
  IGNIS_CHECK(dataset != nullptr, InvalidArgument, "random_split: dataset is null");
  int64_t total = 0;
  for (int64_t l : lengths) {
    IGNIS_CHECK(l >= 0, InvalidArgument, "random_split: expected non-negative lengths but got ", l);
    total += l;
  }
  IGNIS_CHECK(total == dataset->size(), InvalidArgument,
              "random_split: expected lengths to sum to the dataset size ", dataset->size(),
              " but they sum to ", total);
  std::vector<int64_t> perm = random_permutation(total, gen);
  std::vector<std::shared_ptr<Subset>> out;
  auto at = perm.begin();
  for (int64_t l : lengths) {
    out.push_back(std::make_shared<Subset>(dataset, std::vector<int64_t>(at, at + l)));
    at += l;
  }
  return out;
}

Example default_collate(const std::vector<Example>& examples) {
  IGNIS_CHECK(!examples.empty(), InvalidArgument, "default_collate: expected at least one example");
  size_t fields = examples[0].size();
  Example batch;
  for (size_t k = 0; k < fields; ++k) {
    std::vector<Tensor> column;
    column.reserve(examples.size());
    for (size_t i = 0; i < examples.size(); ++i) {
      IGNIS_CHECK(examples[i].size() == fields, InvalidArgument,
                  "default_collate: expected every example to have ", fields,
                  " tensors but example ", i, " has ", examples[i].size());
      column.push_back(examples[i][k]);
    }
    batch.tensors.push_back(stack(column, 0));
  }
  return batch;
}

}  // namespace ignis::data
