// Transforms as plain loops over contiguous float32 (C, H, W) images.
#include "data/transforms.h"

#include <algorithm>
#include <cmath>

#include "data/random.h"

namespace ignis::data {

namespace {

// The image as contiguous float32 (C, H, W); a 2-D image gets a channel dim.
Tensor as_chw_float(const Tensor& img, const char* who) {
  IGNIS_CHECK(img.defined() && (img.dim() == 3 || img.dim() == 2), Shape, who,
              ": expected a (C, H, W) or (H, W) image but got ", img.defined() ? img.dim() : 0,
              " dims");
  Tensor t = img.dim() == 2 ? img.unsqueeze(0) : img;
  return t.to(DType::F32).contiguous();
}

}  // namespace

Transform compose(std::vector<Transform> transforms) {
  return [ts = std::move(transforms)](const Tensor& img) {
    Tensor x = img;
    for (const auto& t : ts) x = t(x);
    return x;
  };
}

Transform to_float() {
  return [](const Tensor& img) {
    Tensor f = img.to(DType::F32, /*copy=*/true).contiguous();
    if (img.dtype() == DType::U8) {
      float* p = f.data_ptr<float>();
      for (int64_t i = 0; i < f.numel(); ++i) p[i] /= 255.0f;
    }
    return f;
  };
}

Transform resize(int64_t oh, int64_t ow) {
  IGNIS_CHECK(oh > 0 && ow > 0, InvalidArgument, "resize: expected a positive size but got (", oh,
              ", ", ow, ")");
  return [oh, ow](const Tensor& img) {
    Tensor x = as_chw_float(img, "resize");
    int64_t c = x.size(0), h = x.size(1), w = x.size(2);
    Tensor out = empty({c, oh, ow}, {.dtype = DType::F32});
    const float* src = x.data_ptr<float>();
    float* dst = out.data_ptr<float>();
    // Source coordinate of output pixel i (half-pixel centres), clamped at the borders.
    auto coord = [](int64_t i, int64_t in, int64_t outn, int64_t* i0, int64_t* i1, float* frac) {
      float s = std::max(0.0f, (static_cast<float>(i) + 0.5f) * static_cast<float>(in) /
                                       static_cast<float>(outn) -
                                   0.5f);
      *i0 = std::min(static_cast<int64_t>(s), in - 1);
      *i1 = std::min(*i0 + 1, in - 1);
      *frac = s - static_cast<float>(*i0);
    };
    for (int64_t y = 0; y < oh; ++y) {
      int64_t y0, y1;
      float fy;
      coord(y, h, oh, &y0, &y1, &fy);
      for (int64_t xx = 0; xx < ow; ++xx) {
        int64_t x0, x1;
        float fx;
        coord(xx, w, ow, &x0, &x1, &fx);
        for (int64_t ch = 0; ch < c; ++ch) {
          const float* p = src + ch * h * w;
          float top = p[y0 * w + x0] * (1 - fx) + p[y0 * w + x1] * fx;
          float bot = p[y1 * w + x0] * (1 - fx) + p[y1 * w + x1] * fx;
          dst[(ch * oh + y) * ow + xx] = top * (1 - fy) + bot * fy;
        }
      }
    }
    return out;
  };
}

Transform normalize(std::vector<float> mean, std::vector<float> std) {
  IGNIS_CHECK(!mean.empty() && mean.size() == std.size(), InvalidArgument,
              "normalize: expected mean and std of the same non-zero length but got ", mean.size(),
              " and ", std.size());
  for (float s : std) IGNIS_CHECK(s != 0.0f, InvalidArgument, "normalize: std must be non-zero");
  return [mean, std](const Tensor& img) {
    Tensor x = as_chw_float(img, "normalize").clone();
    int64_t c = x.size(0), hw = x.size(1) * x.size(2);
    IGNIS_CHECK(mean.size() == 1 || static_cast<int64_t>(mean.size()) == c, Shape,
                "normalize: expected ", c, " (or 1) mean/std values but got ", mean.size());
    float* p = x.data_ptr<float>();
    for (int64_t ch = 0; ch < c; ++ch) {
      size_t k = mean.size() == 1 ? 0 : static_cast<size_t>(ch);
      for (int64_t i = 0; i < hw; ++i) p[ch * hw + i] = (p[ch * hw + i] - mean[k]) / std[k];
    }
    return x;
  };
}

Transform random_crop(int64_t oh, int64_t ow, int64_t padding, Generator* gen) {
  IGNIS_CHECK(oh > 0 && ow > 0 && padding >= 0, InvalidArgument,
              "random_crop: expected a positive size and padding >= 0 but got (", oh, ", ", ow,
              ") and ", padding);
  return [oh, ow, padding, gen](const Tensor& img) {
    Tensor x = as_chw_float(img, "random_crop");
    int64_t c = x.size(0), h = x.size(1), w = x.size(2);
    int64_t ph = h + 2 * padding, pw = w + 2 * padding;
    IGNIS_CHECK(oh <= ph && ow <= pw, Shape, "random_crop: crop (", oh, ", ", ow,
                ") is larger than the padded image (", ph, ", ", pw, ")");
    int64_t top = random_below(ph - oh + 1, gen), left = random_below(pw - ow + 1, gen);
    Tensor out = zeros({c, oh, ow}, {.dtype = DType::F32});
    const float* src = x.data_ptr<float>();
    float* dst = out.data_ptr<float>();
    for (int64_t ch = 0; ch < c; ++ch)
      for (int64_t y = 0; y < oh; ++y) {
        int64_t sy = top + y - padding;
        if (sy < 0 || sy >= h) continue;
        for (int64_t xx = 0; xx < ow; ++xx) {
          int64_t sx = left + xx - padding;
          if (sx >= 0 && sx < w) dst[(ch * oh + y) * ow + xx] = src[(ch * h + sy) * w + sx];
        }
      }
    return out;
  };
}

Transform random_horizontal_flip(double p, Generator* gen) {
  IGNIS_CHECK(p >= 0 && p <= 1, InvalidArgument,
              "random_horizontal_flip: expected p in [0, 1] but got ", p);
  return [p, gen](const Tensor& img) {
    Tensor x = as_chw_float(img, "random_horizontal_flip");
    if (random_unit(gen) >= p) return x;
    Tensor out = x.clone();
    int64_t rows = x.size(0) * x.size(1), w = x.size(2);
    float* d = out.data_ptr<float>();
    for (int64_t r = 0; r < rows; ++r) std::reverse(d + r * w, d + (r + 1) * w);
    return out;
  };
}

}  // namespace ignis::data
