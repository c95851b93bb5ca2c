// Upsample: resizes (N, C, L) or (N, C, H, W) input to a size or by a scale factor with the
// interpolate op (modes "nearest", "linear", "bilinear"); no parameters.
#pragma once

#include <optional>

#include "nn/module.h"

namespace ignis::nn {

// Exactly one of size and scale_factor; align_corners only with "linear" / "bilinear".
struct UpsampleOptions {
  std::optional<std::vector<int64_t>> size;
  std::optional<double> scale_factor;
  std::string mode = "nearest";
  std::optional<bool> align_corners;
};

class Upsample : public Module {
 public:
  explicit Upsample(UpsampleOptions opts);
  Tensor forward(const Tensor& x) override;
  std::string type_name() const override { return "Upsample"; }
  std::string extra_repr() const override;

 private:
  UpsampleOptions opts_;
};

// Upsample with mode "nearest" on 4-D input.
class UpsamplingNearest2d : public Upsample {
 public:
  explicit UpsamplingNearest2d(std::optional<std::vector<int64_t>> size,
                               std::optional<double> scale_factor = std::nullopt)
      : Upsample({std::move(size), scale_factor, "nearest", std::nullopt}) {}
  std::string type_name() const override { return "UpsamplingNearest2d"; }
};

// Upsample with mode "bilinear" and align_corners true, as PyTorch's.
class UpsamplingBilinear2d : public Upsample {
 public:
  explicit UpsamplingBilinear2d(std::optional<std::vector<int64_t>> size,
                                std::optional<double> scale_factor = std::nullopt)
      : Upsample({std::move(size), scale_factor, "bilinear", true}) {}
  std::string type_name() const override { return "UpsamplingBilinear2d"; }
};

}  // namespace ignis::nn
