// CSV files with a header row: numeric feature columns and one label column.
#pragma once

#include <string>
#include <vector>

#include "data/dataset.h"

namespace ignis::data {

struct CsvOptions {
  std::string label_column;        // name of the target column (required)
  DType label_dtype = DType::I64;  // I64 for class labels (values must be integers), or F32
  char delimiter = ',';
};

// Examples are a f32 row of every other column (in file order) and the label. Fields may be
// double-quoted. Throws IOError naming the file (and line and column) for a missing file, a
// missing label column, a row with the wrong number of fields or a non-numeric value.
class CsvDataset : public Dataset {
 public:
  CsvDataset(const std::string& path, CsvOptions options);
  int64_t size() const override { return features_.size(0); }
  Example get(int64_t i) const override;
  // Names of the feature columns, in order.
  const std::vector<std::string>& feature_names() const { return names_; }
  const Tensor& features() const { return features_; }  // (N, F) f32
  const Tensor& labels() const { return labels_; }      // (N) label_dtype

 private:
  std::vector<std::string> names_;
  Tensor features_, labels_;
};

}  // namespace ignis::data
