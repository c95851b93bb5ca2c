// PNG decoding and encoding through libpng's simplified API, and the class-folder dataset.
#include "data/image_folder.h"

#include <png.h>

#include <algorithm>
#include <filesystem>

#include "ops/ops.gen.h"

namespace ignis::data {

namespace fs = std::filesystem;

Tensor read_png(const std::string& path) {
  IGNIS_CHECK(fs::is_regular_file(path), IO, "read_png: cannot open ", path, ": no such file");
  png_image img{};
  img.version = PNG_IMAGE_VERSION;
  IGNIS_CHECK(png_image_begin_read_from_file(&img, path.c_str()) != 0, IO, "read_png: ", path,
              ": not a valid PNG: ", img.message);
  bool color = (img.format & PNG_FORMAT_FLAG_COLOR) != 0;
  img.format = color ? PNG_FORMAT_RGB : PNG_FORMAT_GRAY;
  int64_t c = color ? 3 : 1, h = img.height, w = img.width;
  Tensor hwc = empty({h, w, c}, {.dtype = DType::U8});
  if (png_image_finish_read(&img, nullptr, hwc.data_ptr(), 0, nullptr) == 0) {
    std::string msg = img.message;
    png_image_free(&img);
    IGNIS_FAIL(IO, "read_png: ", path, ": cannot decode: ", msg);
  }
  return hwc.permute({2, 0, 1}).contiguous();
}

void write_png(const std::string& path, const Tensor& image) {
  IGNIS_CHECK(image.defined() && image.dtype() == DType::U8 && image.dim() == 3, InvalidArgument,
              "write_png: expected a uint8 (C, H, W) image");
  int64_t c = image.size(0);
  IGNIS_CHECK(c == 1 || c == 3 || c == 4, InvalidArgument,
              "write_png: expected 1, 3 or 4 channels but got ", c);
  Tensor hwc = image.permute({1, 2, 0}).contiguous();
  png_image img{};
  img.version = PNG_IMAGE_VERSION;
  img.width = static_cast<png_uint_32>(image.size(2));
  img.height = static_cast<png_uint_32>(image.size(1));
  img.format = c == 1 ? PNG_FORMAT_GRAY : (c == 3 ? PNG_FORMAT_RGB : PNG_FORMAT_RGBA);
  IGNIS_CHECK(png_image_write_to_file(&img, path.c_str(), 0, hwc.data_ptr(), 0, nullptr) != 0, IO,
              "write_png: ", path, ": ", img.message);
}

ImageFolder::ImageFolder(const std::string& root, Transform transform)
    : transform_(std::move(transform)) {
  IGNIS_CHECK(fs::is_directory(root), IO, "ImageFolder: ", root, " is not a directory");
  for (const auto& entry : fs::directory_iterator(root))
    if (entry.is_directory()) classes_.push_back(entry.path().filename().string());
  std::sort(classes_.begin(), classes_.end());
  IGNIS_CHECK(!classes_.empty(), IO, "ImageFolder: ", root, " has no class subfolders");
  for (size_t k = 0; k < classes_.size(); ++k) {
    std::vector<std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(root) / classes_[k])) {
      std::string ext = entry.path().extension().string();
      std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
      if (entry.is_regular_file() && ext == ".png") files.push_back(entry.path().string());
    }
    std::sort(files.begin(), files.end());
    for (auto& f : files) {
      files_.push_back(std::move(f));
      labels_.push_back(static_cast<int64_t>(k));
    }
  }
}

Example ImageFolder::get(int64_t i) const {
  check_index(i, size(), "ImageFolder");
  Tensor img = read_png(files_[static_cast<size_t>(i)]);
  if (transform_) img = transform_(img);
  return Example(
      img, full(IntArrayRef(), Scalar(labels_[static_cast<size_t>(i)]), {.dtype = DType::I64}));
}

}  // namespace ignis::data
