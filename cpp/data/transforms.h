// Image transforms on (C, H, W) tensors, composable into a pipeline.
#pragma once

#include <functional>
#include <vector>

#include "tensor/generator.h"
#include "tensor/tensor.h"

namespace ignis::data {

// A transform maps one image to another; transforms are called from loader worker threads.
using Transform = std::function<Tensor(const Tensor&)>;

// Applies transforms in order.
Transform compose(std::vector<Transform> transforms);
// uint8 [0, 255] -> float32 [0, 1] (other dtypes are converted to float32 unscaled).
Transform to_float();
// Bilinear resize of a (C, H, W) image to (C, height, width), as torch's interpolate with
// align_corners=False (no antialiasing). Output float32.
Transform resize(int64_t height, int64_t width);
// (x - mean[c]) / std[c] per channel; one value broadcasts to every channel. Output float32.
Transform normalize(std::vector<float> mean, std::vector<float> std);
// A random (height, width) crop after zero-padding each border by `padding`.
Transform random_crop(int64_t height, int64_t width, int64_t padding = 0, Generator* gen = nullptr);
// Mirrors the image left-right with probability p.
Transform random_horizontal_flip(double p = 0.5, Generator* gen = nullptr);

}  // namespace ignis::data
