// IDX files (the MNIST family's format), plain or gzip-compressed, and Fashion-MNIST.
#pragma once

#include <string>

#include "data/dataset.h"

namespace ignis::data {

// Reads an IDX file (gzip-compressed or not, detected from its bytes) into a tensor of its
// dtype (u8, i8, i16, i32, f32, f64) and dims. Throws IOError naming the file for a missing
// file, a bad magic number, an unknown type code or truncated or trailing data.
Tensor read_idx(const std::string& path);

// Fashion-MNIST from `root` (train-/t10k- images and labels, .gz or not), e.g. Debian's
// dataset-fashion-mnist under /usr/share/datasets/fashion-mnist. Examples are a uint8 (28, 28)
// image and an int64 label in [0, 10).
class FashionMNIST : public Dataset {
 public:
  FashionMNIST(const std::string& root, bool train);
  int64_t size() const override { return images_.size(0); }
  Example get(int64_t i) const override;
  // All images (N, 28, 28) uint8 and all labels (N) int64.
  const Tensor& images() const { return images_; }
  const Tensor& labels() const { return labels_; }

  static constexpr const char* kDebianRoot = "/usr/share/datasets/fashion-mnist";

 private:
  Tensor images_, labels_;
};

}  // namespace ignis::data
