#include "nn/upsample.h"

#include "nn/repr.h"
#include "ops/ops.gen.h"

namespace ignis::nn {

Upsample::Upsample(UpsampleOptions opts) : opts_(std::move(opts)) {
  const auto& o = opts_;
  IGNIS_CHECK(o.size.has_value() != o.scale_factor.has_value(), InvalidArgument,
              "Upsample: expected exactly one of size and scale_factor to be given");
  IGNIS_CHECK(o.mode == "nearest" || o.mode == "linear" || o.mode == "bilinear", InvalidArgument,
              "Upsample: expected mode 'nearest', 'linear' or 'bilinear' but got '", o.mode, "'");
  IGNIS_CHECK(o.mode != "nearest" || !o.align_corners, InvalidArgument,
              "Upsample: align_corners option can only be set with the interpolating modes: "
              "linear | bilinear");
  if (o.size) {
    IGNIS_CHECK(o.size->size() == 1 || o.size->size() == 2, Shape,
                "Upsample: expected size to have 1 or 2 entries but got ", o.size->size());
    for (int64_t s : *o.size)
      IGNIS_CHECK(s > 0, InvalidArgument, "Upsample: expected size to be positive but got ",
                  repr::py_tuple(*o.size));
  } else {
    IGNIS_CHECK(*o.scale_factor > 0, InvalidArgument,
                "Upsample: expected scale_factor to be positive but got ", *o.scale_factor);
  }
}

Tensor Upsample::forward(const Tensor& x) {
  OptIntArrayRef size;
  if (opts_.size) size = OptIntArrayRef(*opts_.size);
  return interpolate(x, size, opts_.scale_factor, opts_.mode, opts_.align_corners);
}

std::string Upsample::extra_repr() const {
  std::string s = opts_.scale_factor ? "scale_factor=" + repr::py_float(*opts_.scale_factor)
                                     : "size=" + repr::py_int_or_tuple(*opts_.size);
  return s + ", mode=" + opts_.mode;
}

}  // namespace ignis::nn
