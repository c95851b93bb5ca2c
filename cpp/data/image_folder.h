// Folders of PNG images, one subfolder per class: root/<class>/<file>.png.
#pragma once

#include <string>
#include <vector>

#include "data/dataset.h"
#include "data/transforms.h"

namespace ignis::data {

// Decodes a PNG file (libpng) into a uint8 (C, H, W) tensor: C = 1 for grayscale images, 3 for
// color ones (alpha is dropped; palette and 16-bit images are converted). Throws IOError
// naming the file when it is missing or not a valid PNG.
Tensor read_png(const std::string& path);
// Writes a uint8 (C, H, W) image with C in {1, 3, 4} as PNG; throws IOError on failure.
void write_png(const std::string& path, const Tensor& image);

// Classes are the subfolders of root in sorted order (class index = position); examples are
// every *.png file under them (sorted by name), as {transform(image), int64 class index}.
// Without a transform the image is uint8 (C, H, W).
class ImageFolder : public Dataset {
 public:
  explicit ImageFolder(const std::string& root, Transform transform = {});
  int64_t size() const override { return static_cast<int64_t>(files_.size()); }
  Example get(int64_t i) const override;
  const std::vector<std::string>& classes() const { return classes_; }
  // Path and class index of example i.
  const std::string& path(int64_t i) const { return files_.at(static_cast<size_t>(i)); }
  int64_t label(int64_t i) const { return labels_.at(static_cast<size_t>(i)); }

 private:
  std::vector<std::string> classes_;
  std::vector<std::string> files_;
  std::vector<int64_t> labels_;
  Transform transform_;
};

}  // namespace ignis::data
