// generated from codegen/ops.yaml by codegen/gen.py - do not edit

// C glue of every schema op (typed entry points of ignis/ops.h) and the dynamic
// ignis_op_call table. Every schema op must have a C++ definition, or libignis fails
// to link (--no-undefined).
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "capi/src/glue.h"
#include "ignis/ops.h"
#include "ops/ops.gen.h"

using namespace ignis;
namespace capi = ignis::capi;

extern "C" IGNIS_API ignis_status ignis_neg(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_neg", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::neg(capi::tensor_arg("ignis_neg", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_neg_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_neg_inplace", "self", self));
    ignis::neg_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_neg_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_neg_out", "out", out));
    ignis::neg_out(out_mut.mut(), capi::tensor_arg("ignis_neg_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_abs(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_abs", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::abs(capi::tensor_arg("ignis_abs", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_abs_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_abs_inplace", "self", self));
    ignis::abs_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_abs_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_abs_out", "out", out));
    ignis::abs_out(out_mut.mut(), capi::tensor_arg("ignis_abs_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_sign(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_sign", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::sign(capi::tensor_arg("ignis_sign", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_sign_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_sign_inplace", "self", self));
    ignis::sign_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_sign_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_sign_out", "out", out));
    ignis::sign_out(out_mut.mut(), capi::tensor_arg("ignis_sign_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_exp(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_exp", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::exp(capi::tensor_arg("ignis_exp", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_exp_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_exp_inplace", "self", self));
    ignis::exp_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_exp_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_exp_out", "out", out));
    ignis::exp_out(out_mut.mut(), capi::tensor_arg("ignis_exp_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_exp2(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_exp2", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::exp2(capi::tensor_arg("ignis_exp2", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_exp2_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_exp2_inplace", "self", self));
    ignis::exp2_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_exp2_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_exp2_out", "out", out));
    ignis::exp2_out(out_mut.mut(), capi::tensor_arg("ignis_exp2_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_expm1(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_expm1", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::expm1(capi::tensor_arg("ignis_expm1", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_expm1_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_expm1_inplace", "self", self));
    ignis::expm1_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_expm1_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_expm1_out", "out", out));
    ignis::expm1_out(out_mut.mut(), capi::tensor_arg("ignis_expm1_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_log(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_log", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::log(capi::tensor_arg("ignis_log", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_log_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_log_inplace", "self", self));
    ignis::log_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_log_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_log_out", "out", out));
    ignis::log_out(out_mut.mut(), capi::tensor_arg("ignis_log_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_log2(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_log2", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::log2(capi::tensor_arg("ignis_log2", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_log2_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_log2_inplace", "self", self));
    ignis::log2_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_log2_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_log2_out", "out", out));
    ignis::log2_out(out_mut.mut(), capi::tensor_arg("ignis_log2_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_log10(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_log10", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::log10(capi::tensor_arg("ignis_log10", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_log10_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_log10_inplace", "self", self));
    ignis::log10_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_log10_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_log10_out", "out", out));
    ignis::log10_out(out_mut.mut(), capi::tensor_arg("ignis_log10_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_log1p(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_log1p", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::log1p(capi::tensor_arg("ignis_log1p", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_log1p_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_log1p_inplace", "self", self));
    ignis::log1p_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_log1p_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_log1p_out", "out", out));
    ignis::log1p_out(out_mut.mut(), capi::tensor_arg("ignis_log1p_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_sqrt(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_sqrt", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::sqrt(capi::tensor_arg("ignis_sqrt", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_sqrt_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_sqrt_inplace", "self", self));
    ignis::sqrt_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_sqrt_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_sqrt_out", "out", out));
    ignis::sqrt_out(out_mut.mut(), capi::tensor_arg("ignis_sqrt_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_rsqrt(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_rsqrt", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::rsqrt(capi::tensor_arg("ignis_rsqrt", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_rsqrt_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_rsqrt_inplace", "self", self));
    ignis::rsqrt_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_rsqrt_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_rsqrt_out", "out", out));
    ignis::rsqrt_out(out_mut.mut(), capi::tensor_arg("ignis_rsqrt_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_reciprocal(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_reciprocal", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::reciprocal(capi::tensor_arg("ignis_reciprocal", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_reciprocal_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_reciprocal_inplace", "self", self));
    ignis::reciprocal_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_reciprocal_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_reciprocal_out", "out", out));
    ignis::reciprocal_out(out_mut.mut(), capi::tensor_arg("ignis_reciprocal_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_sin(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_sin", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::sin(capi::tensor_arg("ignis_sin", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_sin_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_sin_inplace", "self", self));
    ignis::sin_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_sin_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_sin_out", "out", out));
    ignis::sin_out(out_mut.mut(), capi::tensor_arg("ignis_sin_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_cos(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_cos", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::cos(capi::tensor_arg("ignis_cos", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_cos_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_cos_inplace", "self", self));
    ignis::cos_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_cos_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_cos_out", "out", out));
    ignis::cos_out(out_mut.mut(), capi::tensor_arg("ignis_cos_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_tan(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_tan", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::tan(capi::tensor_arg("ignis_tan", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_tan_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_tan_inplace", "self", self));
    ignis::tan_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_tan_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_tan_out", "out", out));
    ignis::tan_out(out_mut.mut(), capi::tensor_arg("ignis_tan_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_asin(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_asin", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::asin(capi::tensor_arg("ignis_asin", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_asin_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_asin_inplace", "self", self));
    ignis::asin_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_asin_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_asin_out", "out", out));
    ignis::asin_out(out_mut.mut(), capi::tensor_arg("ignis_asin_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_acos(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_acos", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::acos(capi::tensor_arg("ignis_acos", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_acos_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_acos_inplace", "self", self));
    ignis::acos_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_acos_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_acos_out", "out", out));
    ignis::acos_out(out_mut.mut(), capi::tensor_arg("ignis_acos_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_atan(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_atan", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::atan(capi::tensor_arg("ignis_atan", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_atan_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_atan_inplace", "self", self));
    ignis::atan_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_atan_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_atan_out", "out", out));
    ignis::atan_out(out_mut.mut(), capi::tensor_arg("ignis_atan_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_sinh(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_sinh", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::sinh(capi::tensor_arg("ignis_sinh", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_sinh_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_sinh_inplace", "self", self));
    ignis::sinh_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_sinh_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_sinh_out", "out", out));
    ignis::sinh_out(out_mut.mut(), capi::tensor_arg("ignis_sinh_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_cosh(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_cosh", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::cosh(capi::tensor_arg("ignis_cosh", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_cosh_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_cosh_inplace", "self", self));
    ignis::cosh_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_cosh_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_cosh_out", "out", out));
    ignis::cosh_out(out_mut.mut(), capi::tensor_arg("ignis_cosh_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_tanh(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_tanh", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::tanh(capi::tensor_arg("ignis_tanh", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_tanh_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_tanh_inplace", "self", self));
    ignis::tanh_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_tanh_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_tanh_out", "out", out));
    ignis::tanh_out(out_mut.mut(), capi::tensor_arg("ignis_tanh_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_sigmoid(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_sigmoid", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::sigmoid(capi::tensor_arg("ignis_sigmoid", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_sigmoid_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_sigmoid_inplace", "self", self));
    ignis::sigmoid_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_sigmoid_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_sigmoid_out", "out", out));
    ignis::sigmoid_out(out_mut.mut(), capi::tensor_arg("ignis_sigmoid_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_logsigmoid(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_logsigmoid", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::logsigmoid(capi::tensor_arg("ignis_logsigmoid", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_logsigmoid_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_logsigmoid_out", "out", out));
    ignis::logsigmoid_out(out_mut.mut(), capi::tensor_arg("ignis_logsigmoid_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_relu(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_relu", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::relu(capi::tensor_arg("ignis_relu", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_relu_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_relu_inplace", "self", self));
    ignis::relu_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_relu6(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_relu6", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::relu6(capi::tensor_arg("ignis_relu6", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_relu6_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_relu6_inplace", "self", self));
    ignis::relu6_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_leaky_relu(const ignis_tensor* self, ignis_scalar negative_slope, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_leaky_relu", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::leaky_relu(capi::tensor_arg("ignis_leaky_relu", "self", self), capi::scalar_arg("ignis_leaky_relu", "negative_slope", negative_slope)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_leaky_relu_inplace(ignis_tensor* self, ignis_scalar negative_slope) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_leaky_relu_inplace", "self", self));
    ignis::leaky_relu_(self_mut.mut(), capi::scalar_arg("ignis_leaky_relu_inplace", "negative_slope", negative_slope));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_leaky_relu_out(ignis_tensor* out, const ignis_tensor* self, ignis_scalar negative_slope) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_leaky_relu_out", "out", out));
    ignis::leaky_relu_out(out_mut.mut(), capi::tensor_arg("ignis_leaky_relu_out", "self", self), capi::scalar_arg("ignis_leaky_relu_out", "negative_slope", negative_slope));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_elu(const ignis_tensor* self, ignis_scalar alpha, ignis_scalar scale, ignis_scalar input_scale, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_elu", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::elu(capi::tensor_arg("ignis_elu", "self", self), capi::scalar_arg("ignis_elu", "alpha", alpha), capi::scalar_arg("ignis_elu", "scale", scale), capi::scalar_arg("ignis_elu", "input_scale", input_scale)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_elu_inplace(ignis_tensor* self, ignis_scalar alpha, ignis_scalar scale, ignis_scalar input_scale) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_elu_inplace", "self", self));
    ignis::elu_(self_mut.mut(), capi::scalar_arg("ignis_elu_inplace", "alpha", alpha), capi::scalar_arg("ignis_elu_inplace", "scale", scale), capi::scalar_arg("ignis_elu_inplace", "input_scale", input_scale));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_elu_out(ignis_tensor* out, const ignis_tensor* self, ignis_scalar alpha, ignis_scalar scale, ignis_scalar input_scale) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_elu_out", "out", out));
    ignis::elu_out(out_mut.mut(), capi::tensor_arg("ignis_elu_out", "self", self), capi::scalar_arg("ignis_elu_out", "alpha", alpha), capi::scalar_arg("ignis_elu_out", "scale", scale), capi::scalar_arg("ignis_elu_out", "input_scale", input_scale));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_selu(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_selu", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::selu(capi::tensor_arg("ignis_selu", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_selu_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_selu_inplace", "self", self));
    ignis::selu_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_gelu(const ignis_tensor* self, const char* approximate, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_gelu", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::gelu(capi::tensor_arg("ignis_gelu", "self", self), capi::str_arg("ignis_gelu", "approximate", approximate)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_gelu_inplace(ignis_tensor* self, const char* approximate) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_gelu_inplace", "self", self));
    ignis::gelu_(self_mut.mut(), capi::str_arg("ignis_gelu_inplace", "approximate", approximate));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_gelu_out(ignis_tensor* out, const ignis_tensor* self, const char* approximate) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_gelu_out", "out", out));
    ignis::gelu_out(out_mut.mut(), capi::tensor_arg("ignis_gelu_out", "self", self), capi::str_arg("ignis_gelu_out", "approximate", approximate));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_silu(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_silu", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::silu(capi::tensor_arg("ignis_silu", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_silu_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_silu_inplace", "self", self));
    ignis::silu_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_silu_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_silu_out", "out", out));
    ignis::silu_out(out_mut.mut(), capi::tensor_arg("ignis_silu_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_mish(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_mish", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::mish(capi::tensor_arg("ignis_mish", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_mish_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_mish_inplace", "self", self));
    ignis::mish_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_mish_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_mish_out", "out", out));
    ignis::mish_out(out_mut.mut(), capi::tensor_arg("ignis_mish_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_softplus(const ignis_tensor* self, ignis_scalar beta, ignis_scalar threshold, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_softplus", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::softplus(capi::tensor_arg("ignis_softplus", "self", self), capi::scalar_arg("ignis_softplus", "beta", beta), capi::scalar_arg("ignis_softplus", "threshold", threshold)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_softplus_out(ignis_tensor* out, const ignis_tensor* self, ignis_scalar beta, ignis_scalar threshold) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_softplus_out", "out", out));
    ignis::softplus_out(out_mut.mut(), capi::tensor_arg("ignis_softplus_out", "self", self), capi::scalar_arg("ignis_softplus_out", "beta", beta), capi::scalar_arg("ignis_softplus_out", "threshold", threshold));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_hardswish(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_hardswish", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::hardswish(capi::tensor_arg("ignis_hardswish", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_hardswish_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_hardswish_inplace", "self", self));
    ignis::hardswish_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_hardswish_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_hardswish_out", "out", out));
    ignis::hardswish_out(out_mut.mut(), capi::tensor_arg("ignis_hardswish_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_hardsigmoid(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_hardsigmoid", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::hardsigmoid(capi::tensor_arg("ignis_hardsigmoid", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_hardsigmoid_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_hardsigmoid_inplace", "self", self));
    ignis::hardsigmoid_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_hardsigmoid_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_hardsigmoid_out", "out", out));
    ignis::hardsigmoid_out(out_mut.mut(), capi::tensor_arg("ignis_hardsigmoid_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_erf(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_erf", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::erf(capi::tensor_arg("ignis_erf", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_erf_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_erf_inplace", "self", self));
    ignis::erf_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_erf_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_erf_out", "out", out));
    ignis::erf_out(out_mut.mut(), capi::tensor_arg("ignis_erf_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_erfinv(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_erfinv", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::erfinv(capi::tensor_arg("ignis_erfinv", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_erfinv_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_erfinv_inplace", "self", self));
    ignis::erfinv_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_erfinv_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_erfinv_out", "out", out));
    ignis::erfinv_out(out_mut.mut(), capi::tensor_arg("ignis_erfinv_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_floor(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_floor", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::floor(capi::tensor_arg("ignis_floor", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_floor_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_floor_inplace", "self", self));
    ignis::floor_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_floor_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_floor_out", "out", out));
    ignis::floor_out(out_mut.mut(), capi::tensor_arg("ignis_floor_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_ceil(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_ceil", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::ceil(capi::tensor_arg("ignis_ceil", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_ceil_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_ceil_inplace", "self", self));
    ignis::ceil_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_ceil_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_ceil_out", "out", out));
    ignis::ceil_out(out_mut.mut(), capi::tensor_arg("ignis_ceil_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_round(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_round", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::round(capi::tensor_arg("ignis_round", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_round_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_round_inplace", "self", self));
    ignis::round_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_round_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_round_out", "out", out));
    ignis::round_out(out_mut.mut(), capi::tensor_arg("ignis_round_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_round_decimals(const ignis_tensor* self, int64_t decimals, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_round_decimals", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::round(capi::tensor_arg("ignis_round_decimals", "self", self), decimals));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_round_decimals_inplace(ignis_tensor* self, int64_t decimals) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_round_decimals_inplace", "self", self));
    ignis::round_(self_mut.mut(), decimals);
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_round_decimals_out(ignis_tensor* out, const ignis_tensor* self, int64_t decimals) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_round_decimals_out", "out", out));
    ignis::round_out(out_mut.mut(), capi::tensor_arg("ignis_round_decimals_out", "self", self), decimals);
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_trunc(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_trunc", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::trunc(capi::tensor_arg("ignis_trunc", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_trunc_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_trunc_inplace", "self", self));
    ignis::trunc_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_trunc_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_trunc_out", "out", out));
    ignis::trunc_out(out_mut.mut(), capi::tensor_arg("ignis_trunc_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_frac(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_frac", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::frac(capi::tensor_arg("ignis_frac", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_frac_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_frac_inplace", "self", self));
    ignis::frac_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_frac_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_frac_out", "out", out));
    ignis::frac_out(out_mut.mut(), capi::tensor_arg("ignis_frac_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_isnan(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_isnan", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::isnan(capi::tensor_arg("ignis_isnan", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_isinf(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_isinf", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::isinf(capi::tensor_arg("ignis_isinf", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_isfinite(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_isfinite", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::isfinite(capi::tensor_arg("ignis_isfinite", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_nan_to_num(const ignis_tensor* self, const double* nan, const double* posinf, const double* neginf, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_nan_to_num", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::nan_to_num(capi::tensor_arg("ignis_nan_to_num", "self", self), capi::opt(nan), capi::opt(posinf), capi::opt(neginf)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_nan_to_num_inplace(ignis_tensor* self, const double* nan, const double* posinf, const double* neginf) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_nan_to_num_inplace", "self", self));
    ignis::nan_to_num_(self_mut.mut(), capi::opt(nan), capi::opt(posinf), capi::opt(neginf));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_nan_to_num_out(ignis_tensor* out, const ignis_tensor* self, const double* nan, const double* posinf, const double* neginf) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_nan_to_num_out", "out", out));
    ignis::nan_to_num_out(out_mut.mut(), capi::tensor_arg("ignis_nan_to_num_out", "self", self), capi::opt(nan), capi::opt(posinf), capi::opt(neginf));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_logical_not(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_logical_not", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::logical_not(capi::tensor_arg("ignis_logical_not", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_logical_not_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_logical_not_inplace", "self", self));
    ignis::logical_not_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_logical_not_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_logical_not_out", "out", out));
    ignis::logical_not_out(out_mut.mut(), capi::tensor_arg("ignis_logical_not_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_bitwise_not(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_bitwise_not", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::bitwise_not(capi::tensor_arg("ignis_bitwise_not", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_bitwise_not_inplace(ignis_tensor* self) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_bitwise_not_inplace", "self", self));
    ignis::bitwise_not_(self_mut.mut());
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_bitwise_not_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_bitwise_not_out", "out", out));
    ignis::bitwise_not_out(out_mut.mut(), capi::tensor_arg("ignis_bitwise_not_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_add_tensor(const ignis_tensor* self, const ignis_tensor* other, ignis_scalar alpha, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_add_tensor", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::add(capi::tensor_arg("ignis_add_tensor", "self", self), capi::tensor_arg("ignis_add_tensor", "other", other), capi::scalar_arg("ignis_add_tensor", "alpha", alpha)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_add_tensor_inplace(ignis_tensor* self, const ignis_tensor* other, ignis_scalar alpha) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_add_tensor_inplace", "self", self));
    ignis::add_(self_mut.mut(), capi::tensor_arg("ignis_add_tensor_inplace", "other", other), capi::scalar_arg("ignis_add_tensor_inplace", "alpha", alpha));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_add_tensor_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* other, ignis_scalar alpha) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_add_tensor_out", "out", out));
    ignis::add_out(out_mut.mut(), capi::tensor_arg("ignis_add_tensor_out", "self", self), capi::tensor_arg("ignis_add_tensor_out", "other", other), capi::scalar_arg("ignis_add_tensor_out", "alpha", alpha));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_add_scalar(const ignis_tensor* self, ignis_scalar other, ignis_scalar alpha, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_add_scalar", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::add(capi::tensor_arg("ignis_add_scalar", "self", self), capi::scalar_arg("ignis_add_scalar", "other", other), capi::scalar_arg("ignis_add_scalar", "alpha", alpha)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_add_scalar_inplace(ignis_tensor* self, ignis_scalar other, ignis_scalar alpha) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_add_scalar_inplace", "self", self));
    ignis::add_(self_mut.mut(), capi::scalar_arg("ignis_add_scalar_inplace", "other", other), capi::scalar_arg("ignis_add_scalar_inplace", "alpha", alpha));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_add_scalar_out(ignis_tensor* out, const ignis_tensor* self, ignis_scalar other, ignis_scalar alpha) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_add_scalar_out", "out", out));
    ignis::add_out(out_mut.mut(), capi::tensor_arg("ignis_add_scalar_out", "self", self), capi::scalar_arg("ignis_add_scalar_out", "other", other), capi::scalar_arg("ignis_add_scalar_out", "alpha", alpha));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_sub_tensor(const ignis_tensor* self, const ignis_tensor* other, ignis_scalar alpha, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_sub_tensor", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::sub(capi::tensor_arg("ignis_sub_tensor", "self", self), capi::tensor_arg("ignis_sub_tensor", "other", other), capi::scalar_arg("ignis_sub_tensor", "alpha", alpha)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_sub_tensor_inplace(ignis_tensor* self, const ignis_tensor* other, ignis_scalar alpha) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_sub_tensor_inplace", "self", self));
    ignis::sub_(self_mut.mut(), capi::tensor_arg("ignis_sub_tensor_inplace", "other", other), capi::scalar_arg("ignis_sub_tensor_inplace", "alpha", alpha));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_sub_tensor_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* other, ignis_scalar alpha) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_sub_tensor_out", "out", out));
    ignis::sub_out(out_mut.mut(), capi::tensor_arg("ignis_sub_tensor_out", "self", self), capi::tensor_arg("ignis_sub_tensor_out", "other", other), capi::scalar_arg("ignis_sub_tensor_out", "alpha", alpha));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_sub_scalar(const ignis_tensor* self, ignis_scalar other, ignis_scalar alpha, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_sub_scalar", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::sub(capi::tensor_arg("ignis_sub_scalar", "self", self), capi::scalar_arg("ignis_sub_scalar", "other", other), capi::scalar_arg("ignis_sub_scalar", "alpha", alpha)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_sub_scalar_inplace(ignis_tensor* self, ignis_scalar other, ignis_scalar alpha) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_sub_scalar_inplace", "self", self));
    ignis::sub_(self_mut.mut(), capi::scalar_arg("ignis_sub_scalar_inplace", "other", other), capi::scalar_arg("ignis_sub_scalar_inplace", "alpha", alpha));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_sub_scalar_out(ignis_tensor* out, const ignis_tensor* self, ignis_scalar other, ignis_scalar alpha) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_sub_scalar_out", "out", out));
    ignis::sub_out(out_mut.mut(), capi::tensor_arg("ignis_sub_scalar_out", "self", self), capi::scalar_arg("ignis_sub_scalar_out", "other", other), capi::scalar_arg("ignis_sub_scalar_out", "alpha", alpha));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_mul_tensor(const ignis_tensor* self, const ignis_tensor* other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_mul_tensor", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::mul(capi::tensor_arg("ignis_mul_tensor", "self", self), capi::tensor_arg("ignis_mul_tensor", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_mul_tensor_inplace(ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_mul_tensor_inplace", "self", self));
    ignis::mul_(self_mut.mut(), capi::tensor_arg("ignis_mul_tensor_inplace", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_mul_tensor_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_mul_tensor_out", "out", out));
    ignis::mul_out(out_mut.mut(), capi::tensor_arg("ignis_mul_tensor_out", "self", self), capi::tensor_arg("ignis_mul_tensor_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_mul_scalar(const ignis_tensor* self, ignis_scalar other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_mul_scalar", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::mul(capi::tensor_arg("ignis_mul_scalar", "self", self), capi::scalar_arg("ignis_mul_scalar", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_mul_scalar_inplace(ignis_tensor* self, ignis_scalar other) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_mul_scalar_inplace", "self", self));
    ignis::mul_(self_mut.mut(), capi::scalar_arg("ignis_mul_scalar_inplace", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_mul_scalar_out(ignis_tensor* out, const ignis_tensor* self, ignis_scalar other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_mul_scalar_out", "out", out));
    ignis::mul_out(out_mut.mut(), capi::tensor_arg("ignis_mul_scalar_out", "self", self), capi::scalar_arg("ignis_mul_scalar_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_div_tensor(const ignis_tensor* self, const ignis_tensor* other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_div_tensor", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::div(capi::tensor_arg("ignis_div_tensor", "self", self), capi::tensor_arg("ignis_div_tensor", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_div_tensor_inplace(ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_div_tensor_inplace", "self", self));
    ignis::div_(self_mut.mut(), capi::tensor_arg("ignis_div_tensor_inplace", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_div_tensor_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_div_tensor_out", "out", out));
    ignis::div_out(out_mut.mut(), capi::tensor_arg("ignis_div_tensor_out", "self", self), capi::tensor_arg("ignis_div_tensor_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_div_scalar(const ignis_tensor* self, ignis_scalar other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_div_scalar", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::div(capi::tensor_arg("ignis_div_scalar", "self", self), capi::scalar_arg("ignis_div_scalar", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_div_scalar_inplace(ignis_tensor* self, ignis_scalar other) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_div_scalar_inplace", "self", self));
    ignis::div_(self_mut.mut(), capi::scalar_arg("ignis_div_scalar_inplace", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_div_scalar_out(ignis_tensor* out, const ignis_tensor* self, ignis_scalar other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_div_scalar_out", "out", out));
    ignis::div_out(out_mut.mut(), capi::tensor_arg("ignis_div_scalar_out", "self", self), capi::scalar_arg("ignis_div_scalar_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_div_tensor_mode(const ignis_tensor* self, const ignis_tensor* other, const char* rounding_mode, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_div_tensor_mode", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::div(capi::tensor_arg("ignis_div_tensor_mode", "self", self), capi::tensor_arg("ignis_div_tensor_mode", "other", other), capi::opt_str_arg(rounding_mode)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_div_tensor_mode_inplace(ignis_tensor* self, const ignis_tensor* other, const char* rounding_mode) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_div_tensor_mode_inplace", "self", self));
    ignis::div_(self_mut.mut(), capi::tensor_arg("ignis_div_tensor_mode_inplace", "other", other), capi::opt_str_arg(rounding_mode));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_div_tensor_mode_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* other, const char* rounding_mode) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_div_tensor_mode_out", "out", out));
    ignis::div_out(out_mut.mut(), capi::tensor_arg("ignis_div_tensor_mode_out", "self", self), capi::tensor_arg("ignis_div_tensor_mode_out", "other", other), capi::opt_str_arg(rounding_mode));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_div_scalar_mode(const ignis_tensor* self, ignis_scalar other, const char* rounding_mode, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_div_scalar_mode", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::div(capi::tensor_arg("ignis_div_scalar_mode", "self", self), capi::scalar_arg("ignis_div_scalar_mode", "other", other), capi::opt_str_arg(rounding_mode)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_div_scalar_mode_inplace(ignis_tensor* self, ignis_scalar other, const char* rounding_mode) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_div_scalar_mode_inplace", "self", self));
    ignis::div_(self_mut.mut(), capi::scalar_arg("ignis_div_scalar_mode_inplace", "other", other), capi::opt_str_arg(rounding_mode));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_div_scalar_mode_out(ignis_tensor* out, const ignis_tensor* self, ignis_scalar other, const char* rounding_mode) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_div_scalar_mode_out", "out", out));
    ignis::div_out(out_mut.mut(), capi::tensor_arg("ignis_div_scalar_mode_out", "self", self), capi::scalar_arg("ignis_div_scalar_mode_out", "other", other), capi::opt_str_arg(rounding_mode));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_floor_divide(const ignis_tensor* self, const ignis_tensor* other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_floor_divide", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::floor_divide(capi::tensor_arg("ignis_floor_divide", "self", self), capi::tensor_arg("ignis_floor_divide", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_floor_divide_inplace(ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_floor_divide_inplace", "self", self));
    ignis::floor_divide_(self_mut.mut(), capi::tensor_arg("ignis_floor_divide_inplace", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_floor_divide_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_floor_divide_out", "out", out));
    ignis::floor_divide_out(out_mut.mut(), capi::tensor_arg("ignis_floor_divide_out", "self", self), capi::tensor_arg("ignis_floor_divide_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_floor_divide_scalar(const ignis_tensor* self, ignis_scalar other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_floor_divide_scalar", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::floor_divide(capi::tensor_arg("ignis_floor_divide_scalar", "self", self), capi::scalar_arg("ignis_floor_divide_scalar", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_floor_divide_scalar_inplace(ignis_tensor* self, ignis_scalar other) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_floor_divide_scalar_inplace", "self", self));
    ignis::floor_divide_(self_mut.mut(), capi::scalar_arg("ignis_floor_divide_scalar_inplace", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_floor_divide_scalar_out(ignis_tensor* out, const ignis_tensor* self, ignis_scalar other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_floor_divide_scalar_out", "out", out));
    ignis::floor_divide_out(out_mut.mut(), capi::tensor_arg("ignis_floor_divide_scalar_out", "self", self), capi::scalar_arg("ignis_floor_divide_scalar_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_remainder_tensor(const ignis_tensor* self, const ignis_tensor* other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_remainder_tensor", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::remainder(capi::tensor_arg("ignis_remainder_tensor", "self", self), capi::tensor_arg("ignis_remainder_tensor", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_remainder_tensor_inplace(ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_remainder_tensor_inplace", "self", self));
    ignis::remainder_(self_mut.mut(), capi::tensor_arg("ignis_remainder_tensor_inplace", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_remainder_tensor_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_remainder_tensor_out", "out", out));
    ignis::remainder_out(out_mut.mut(), capi::tensor_arg("ignis_remainder_tensor_out", "self", self), capi::tensor_arg("ignis_remainder_tensor_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_remainder_scalar(const ignis_tensor* self, ignis_scalar other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_remainder_scalar", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::remainder(capi::tensor_arg("ignis_remainder_scalar", "self", self), capi::scalar_arg("ignis_remainder_scalar", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_remainder_scalar_inplace(ignis_tensor* self, ignis_scalar other) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_remainder_scalar_inplace", "self", self));
    ignis::remainder_(self_mut.mut(), capi::scalar_arg("ignis_remainder_scalar_inplace", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_remainder_scalar_out(ignis_tensor* out, const ignis_tensor* self, ignis_scalar other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_remainder_scalar_out", "out", out));
    ignis::remainder_out(out_mut.mut(), capi::tensor_arg("ignis_remainder_scalar_out", "self", self), capi::scalar_arg("ignis_remainder_scalar_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_remainder_scalar_tensor(ignis_scalar self, const ignis_tensor* other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_remainder_scalar_tensor", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::remainder(capi::scalar_arg("ignis_remainder_scalar_tensor", "self", self), capi::tensor_arg("ignis_remainder_scalar_tensor", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_remainder_scalar_tensor_out(ignis_tensor* out, ignis_scalar self, const ignis_tensor* other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_remainder_scalar_tensor_out", "out", out));
    ignis::remainder_out(out_mut.mut(), capi::scalar_arg("ignis_remainder_scalar_tensor_out", "self", self), capi::tensor_arg("ignis_remainder_scalar_tensor_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_fmod_tensor(const ignis_tensor* self, const ignis_tensor* other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_fmod_tensor", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::fmod(capi::tensor_arg("ignis_fmod_tensor", "self", self), capi::tensor_arg("ignis_fmod_tensor", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_fmod_tensor_inplace(ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_fmod_tensor_inplace", "self", self));
    ignis::fmod_(self_mut.mut(), capi::tensor_arg("ignis_fmod_tensor_inplace", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_fmod_tensor_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_fmod_tensor_out", "out", out));
    ignis::fmod_out(out_mut.mut(), capi::tensor_arg("ignis_fmod_tensor_out", "self", self), capi::tensor_arg("ignis_fmod_tensor_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_fmod_scalar(const ignis_tensor* self, ignis_scalar other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_fmod_scalar", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::fmod(capi::tensor_arg("ignis_fmod_scalar", "self", self), capi::scalar_arg("ignis_fmod_scalar", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_fmod_scalar_inplace(ignis_tensor* self, ignis_scalar other) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_fmod_scalar_inplace", "self", self));
    ignis::fmod_(self_mut.mut(), capi::scalar_arg("ignis_fmod_scalar_inplace", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_fmod_scalar_out(ignis_tensor* out, const ignis_tensor* self, ignis_scalar other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_fmod_scalar_out", "out", out));
    ignis::fmod_out(out_mut.mut(), capi::tensor_arg("ignis_fmod_scalar_out", "self", self), capi::scalar_arg("ignis_fmod_scalar_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_pow_tensor_tensor(const ignis_tensor* self, const ignis_tensor* exponent, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_pow_tensor_tensor", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::pow(capi::tensor_arg("ignis_pow_tensor_tensor", "self", self), capi::tensor_arg("ignis_pow_tensor_tensor", "exponent", exponent)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_pow_tensor_tensor_inplace(ignis_tensor* self, const ignis_tensor* exponent) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_pow_tensor_tensor_inplace", "self", self));
    ignis::pow_(self_mut.mut(), capi::tensor_arg("ignis_pow_tensor_tensor_inplace", "exponent", exponent));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_pow_tensor_tensor_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* exponent) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_pow_tensor_tensor_out", "out", out));
    ignis::pow_out(out_mut.mut(), capi::tensor_arg("ignis_pow_tensor_tensor_out", "self", self), capi::tensor_arg("ignis_pow_tensor_tensor_out", "exponent", exponent));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_pow_tensor_scalar(const ignis_tensor* self, ignis_scalar exponent, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_pow_tensor_scalar", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::pow(capi::tensor_arg("ignis_pow_tensor_scalar", "self", self), capi::scalar_arg("ignis_pow_tensor_scalar", "exponent", exponent)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_pow_tensor_scalar_inplace(ignis_tensor* self, ignis_scalar exponent) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_pow_tensor_scalar_inplace", "self", self));
    ignis::pow_(self_mut.mut(), capi::scalar_arg("ignis_pow_tensor_scalar_inplace", "exponent", exponent));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_pow_tensor_scalar_out(ignis_tensor* out, const ignis_tensor* self, ignis_scalar exponent) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_pow_tensor_scalar_out", "out", out));
    ignis::pow_out(out_mut.mut(), capi::tensor_arg("ignis_pow_tensor_scalar_out", "self", self), capi::scalar_arg("ignis_pow_tensor_scalar_out", "exponent", exponent));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_pow_scalar_self(ignis_scalar self, const ignis_tensor* exponent, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_pow_scalar_self", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::pow(capi::scalar_arg("ignis_pow_scalar_self", "self", self), capi::tensor_arg("ignis_pow_scalar_self", "exponent", exponent)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_pow_scalar_self_out(ignis_tensor* out, ignis_scalar self, const ignis_tensor* exponent) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_pow_scalar_self_out", "out", out));
    ignis::pow_out(out_mut.mut(), capi::scalar_arg("ignis_pow_scalar_self_out", "self", self), capi::tensor_arg("ignis_pow_scalar_self_out", "exponent", exponent));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_atan2(const ignis_tensor* self, const ignis_tensor* other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_atan2", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::atan2(capi::tensor_arg("ignis_atan2", "self", self), capi::tensor_arg("ignis_atan2", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_atan2_inplace(ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_atan2_inplace", "self", self));
    ignis::atan2_(self_mut.mut(), capi::tensor_arg("ignis_atan2_inplace", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_atan2_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_atan2_out", "out", out));
    ignis::atan2_out(out_mut.mut(), capi::tensor_arg("ignis_atan2_out", "self", self), capi::tensor_arg("ignis_atan2_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_maximum(const ignis_tensor* self, const ignis_tensor* other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_maximum", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::maximum(capi::tensor_arg("ignis_maximum", "self", self), capi::tensor_arg("ignis_maximum", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_maximum_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_maximum_out", "out", out));
    ignis::maximum_out(out_mut.mut(), capi::tensor_arg("ignis_maximum_out", "self", self), capi::tensor_arg("ignis_maximum_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_minimum(const ignis_tensor* self, const ignis_tensor* other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_minimum", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::minimum(capi::tensor_arg("ignis_minimum", "self", self), capi::tensor_arg("ignis_minimum", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_minimum_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_minimum_out", "out", out));
    ignis::minimum_out(out_mut.mut(), capi::tensor_arg("ignis_minimum_out", "self", self), capi::tensor_arg("ignis_minimum_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_eq_tensor(const ignis_tensor* self, const ignis_tensor* other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_eq_tensor", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::eq(capi::tensor_arg("ignis_eq_tensor", "self", self), capi::tensor_arg("ignis_eq_tensor", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_eq_tensor_inplace(ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_eq_tensor_inplace", "self", self));
    ignis::eq_(self_mut.mut(), capi::tensor_arg("ignis_eq_tensor_inplace", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_eq_tensor_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_eq_tensor_out", "out", out));
    ignis::eq_out(out_mut.mut(), capi::tensor_arg("ignis_eq_tensor_out", "self", self), capi::tensor_arg("ignis_eq_tensor_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_eq_scalar(const ignis_tensor* self, ignis_scalar other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_eq_scalar", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::eq(capi::tensor_arg("ignis_eq_scalar", "self", self), capi::scalar_arg("ignis_eq_scalar", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_eq_scalar_inplace(ignis_tensor* self, ignis_scalar other) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_eq_scalar_inplace", "self", self));
    ignis::eq_(self_mut.mut(), capi::scalar_arg("ignis_eq_scalar_inplace", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_eq_scalar_out(ignis_tensor* out, const ignis_tensor* self, ignis_scalar other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_eq_scalar_out", "out", out));
    ignis::eq_out(out_mut.mut(), capi::tensor_arg("ignis_eq_scalar_out", "self", self), capi::scalar_arg("ignis_eq_scalar_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_ne_tensor(const ignis_tensor* self, const ignis_tensor* other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_ne_tensor", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::ne(capi::tensor_arg("ignis_ne_tensor", "self", self), capi::tensor_arg("ignis_ne_tensor", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_ne_tensor_inplace(ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_ne_tensor_inplace", "self", self));
    ignis::ne_(self_mut.mut(), capi::tensor_arg("ignis_ne_tensor_inplace", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_ne_tensor_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_ne_tensor_out", "out", out));
    ignis::ne_out(out_mut.mut(), capi::tensor_arg("ignis_ne_tensor_out", "self", self), capi::tensor_arg("ignis_ne_tensor_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_ne_scalar(const ignis_tensor* self, ignis_scalar other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_ne_scalar", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::ne(capi::tensor_arg("ignis_ne_scalar", "self", self), capi::scalar_arg("ignis_ne_scalar", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_ne_scalar_inplace(ignis_tensor* self, ignis_scalar other) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_ne_scalar_inplace", "self", self));
    ignis::ne_(self_mut.mut(), capi::scalar_arg("ignis_ne_scalar_inplace", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_ne_scalar_out(ignis_tensor* out, const ignis_tensor* self, ignis_scalar other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_ne_scalar_out", "out", out));
    ignis::ne_out(out_mut.mut(), capi::tensor_arg("ignis_ne_scalar_out", "self", self), capi::scalar_arg("ignis_ne_scalar_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_lt_tensor(const ignis_tensor* self, const ignis_tensor* other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_lt_tensor", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::lt(capi::tensor_arg("ignis_lt_tensor", "self", self), capi::tensor_arg("ignis_lt_tensor", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_lt_tensor_inplace(ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_lt_tensor_inplace", "self", self));
    ignis::lt_(self_mut.mut(), capi::tensor_arg("ignis_lt_tensor_inplace", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_lt_tensor_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_lt_tensor_out", "out", out));
    ignis::lt_out(out_mut.mut(), capi::tensor_arg("ignis_lt_tensor_out", "self", self), capi::tensor_arg("ignis_lt_tensor_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_lt_scalar(const ignis_tensor* self, ignis_scalar other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_lt_scalar", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::lt(capi::tensor_arg("ignis_lt_scalar", "self", self), capi::scalar_arg("ignis_lt_scalar", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_lt_scalar_inplace(ignis_tensor* self, ignis_scalar other) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_lt_scalar_inplace", "self", self));
    ignis::lt_(self_mut.mut(), capi::scalar_arg("ignis_lt_scalar_inplace", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_lt_scalar_out(ignis_tensor* out, const ignis_tensor* self, ignis_scalar other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_lt_scalar_out", "out", out));
    ignis::lt_out(out_mut.mut(), capi::tensor_arg("ignis_lt_scalar_out", "self", self), capi::scalar_arg("ignis_lt_scalar_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_le_tensor(const ignis_tensor* self, const ignis_tensor* other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_le_tensor", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::le(capi::tensor_arg("ignis_le_tensor", "self", self), capi::tensor_arg("ignis_le_tensor", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_le_tensor_inplace(ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_le_tensor_inplace", "self", self));
    ignis::le_(self_mut.mut(), capi::tensor_arg("ignis_le_tensor_inplace", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_le_tensor_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_le_tensor_out", "out", out));
    ignis::le_out(out_mut.mut(), capi::tensor_arg("ignis_le_tensor_out", "self", self), capi::tensor_arg("ignis_le_tensor_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_le_scalar(const ignis_tensor* self, ignis_scalar other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_le_scalar", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::le(capi::tensor_arg("ignis_le_scalar", "self", self), capi::scalar_arg("ignis_le_scalar", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_le_scalar_inplace(ignis_tensor* self, ignis_scalar other) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_le_scalar_inplace", "self", self));
    ignis::le_(self_mut.mut(), capi::scalar_arg("ignis_le_scalar_inplace", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_le_scalar_out(ignis_tensor* out, const ignis_tensor* self, ignis_scalar other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_le_scalar_out", "out", out));
    ignis::le_out(out_mut.mut(), capi::tensor_arg("ignis_le_scalar_out", "self", self), capi::scalar_arg("ignis_le_scalar_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_gt_tensor(const ignis_tensor* self, const ignis_tensor* other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_gt_tensor", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::gt(capi::tensor_arg("ignis_gt_tensor", "self", self), capi::tensor_arg("ignis_gt_tensor", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_gt_tensor_inplace(ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_gt_tensor_inplace", "self", self));
    ignis::gt_(self_mut.mut(), capi::tensor_arg("ignis_gt_tensor_inplace", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_gt_tensor_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_gt_tensor_out", "out", out));
    ignis::gt_out(out_mut.mut(), capi::tensor_arg("ignis_gt_tensor_out", "self", self), capi::tensor_arg("ignis_gt_tensor_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_gt_scalar(const ignis_tensor* self, ignis_scalar other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_gt_scalar", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::gt(capi::tensor_arg("ignis_gt_scalar", "self", self), capi::scalar_arg("ignis_gt_scalar", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_gt_scalar_inplace(ignis_tensor* self, ignis_scalar other) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_gt_scalar_inplace", "self", self));
    ignis::gt_(self_mut.mut(), capi::scalar_arg("ignis_gt_scalar_inplace", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_gt_scalar_out(ignis_tensor* out, const ignis_tensor* self, ignis_scalar other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_gt_scalar_out", "out", out));
    ignis::gt_out(out_mut.mut(), capi::tensor_arg("ignis_gt_scalar_out", "self", self), capi::scalar_arg("ignis_gt_scalar_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_ge_tensor(const ignis_tensor* self, const ignis_tensor* other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_ge_tensor", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::ge(capi::tensor_arg("ignis_ge_tensor", "self", self), capi::tensor_arg("ignis_ge_tensor", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_ge_tensor_inplace(ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_ge_tensor_inplace", "self", self));
    ignis::ge_(self_mut.mut(), capi::tensor_arg("ignis_ge_tensor_inplace", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_ge_tensor_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_ge_tensor_out", "out", out));
    ignis::ge_out(out_mut.mut(), capi::tensor_arg("ignis_ge_tensor_out", "self", self), capi::tensor_arg("ignis_ge_tensor_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_ge_scalar(const ignis_tensor* self, ignis_scalar other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_ge_scalar", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::ge(capi::tensor_arg("ignis_ge_scalar", "self", self), capi::scalar_arg("ignis_ge_scalar", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_ge_scalar_inplace(ignis_tensor* self, ignis_scalar other) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_ge_scalar_inplace", "self", self));
    ignis::ge_(self_mut.mut(), capi::scalar_arg("ignis_ge_scalar_inplace", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_ge_scalar_out(ignis_tensor* out, const ignis_tensor* self, ignis_scalar other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_ge_scalar_out", "out", out));
    ignis::ge_out(out_mut.mut(), capi::tensor_arg("ignis_ge_scalar_out", "self", self), capi::scalar_arg("ignis_ge_scalar_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_logical_and(const ignis_tensor* self, const ignis_tensor* other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_logical_and", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::logical_and(capi::tensor_arg("ignis_logical_and", "self", self), capi::tensor_arg("ignis_logical_and", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_logical_and_inplace(ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_logical_and_inplace", "self", self));
    ignis::logical_and_(self_mut.mut(), capi::tensor_arg("ignis_logical_and_inplace", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_logical_and_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_logical_and_out", "out", out));
    ignis::logical_and_out(out_mut.mut(), capi::tensor_arg("ignis_logical_and_out", "self", self), capi::tensor_arg("ignis_logical_and_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_logical_or(const ignis_tensor* self, const ignis_tensor* other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_logical_or", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::logical_or(capi::tensor_arg("ignis_logical_or", "self", self), capi::tensor_arg("ignis_logical_or", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_logical_or_inplace(ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_logical_or_inplace", "self", self));
    ignis::logical_or_(self_mut.mut(), capi::tensor_arg("ignis_logical_or_inplace", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_logical_or_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_logical_or_out", "out", out));
    ignis::logical_or_out(out_mut.mut(), capi::tensor_arg("ignis_logical_or_out", "self", self), capi::tensor_arg("ignis_logical_or_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_logical_xor(const ignis_tensor* self, const ignis_tensor* other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_logical_xor", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::logical_xor(capi::tensor_arg("ignis_logical_xor", "self", self), capi::tensor_arg("ignis_logical_xor", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_logical_xor_inplace(ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_logical_xor_inplace", "self", self));
    ignis::logical_xor_(self_mut.mut(), capi::tensor_arg("ignis_logical_xor_inplace", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_logical_xor_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_logical_xor_out", "out", out));
    ignis::logical_xor_out(out_mut.mut(), capi::tensor_arg("ignis_logical_xor_out", "self", self), capi::tensor_arg("ignis_logical_xor_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_bitwise_and_tensor(const ignis_tensor* self, const ignis_tensor* other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_bitwise_and_tensor", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::bitwise_and(capi::tensor_arg("ignis_bitwise_and_tensor", "self", self), capi::tensor_arg("ignis_bitwise_and_tensor", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_bitwise_and_tensor_inplace(ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_bitwise_and_tensor_inplace", "self", self));
    ignis::bitwise_and_(self_mut.mut(), capi::tensor_arg("ignis_bitwise_and_tensor_inplace", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_bitwise_and_tensor_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_bitwise_and_tensor_out", "out", out));
    ignis::bitwise_and_out(out_mut.mut(), capi::tensor_arg("ignis_bitwise_and_tensor_out", "self", self), capi::tensor_arg("ignis_bitwise_and_tensor_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_bitwise_and_scalar(const ignis_tensor* self, ignis_scalar other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_bitwise_and_scalar", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::bitwise_and(capi::tensor_arg("ignis_bitwise_and_scalar", "self", self), capi::scalar_arg("ignis_bitwise_and_scalar", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_bitwise_and_scalar_inplace(ignis_tensor* self, ignis_scalar other) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_bitwise_and_scalar_inplace", "self", self));
    ignis::bitwise_and_(self_mut.mut(), capi::scalar_arg("ignis_bitwise_and_scalar_inplace", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_bitwise_and_scalar_out(ignis_tensor* out, const ignis_tensor* self, ignis_scalar other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_bitwise_and_scalar_out", "out", out));
    ignis::bitwise_and_out(out_mut.mut(), capi::tensor_arg("ignis_bitwise_and_scalar_out", "self", self), capi::scalar_arg("ignis_bitwise_and_scalar_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_bitwise_or_tensor(const ignis_tensor* self, const ignis_tensor* other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_bitwise_or_tensor", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::bitwise_or(capi::tensor_arg("ignis_bitwise_or_tensor", "self", self), capi::tensor_arg("ignis_bitwise_or_tensor", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_bitwise_or_tensor_inplace(ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_bitwise_or_tensor_inplace", "self", self));
    ignis::bitwise_or_(self_mut.mut(), capi::tensor_arg("ignis_bitwise_or_tensor_inplace", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_bitwise_or_tensor_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_bitwise_or_tensor_out", "out", out));
    ignis::bitwise_or_out(out_mut.mut(), capi::tensor_arg("ignis_bitwise_or_tensor_out", "self", self), capi::tensor_arg("ignis_bitwise_or_tensor_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_bitwise_or_scalar(const ignis_tensor* self, ignis_scalar other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_bitwise_or_scalar", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::bitwise_or(capi::tensor_arg("ignis_bitwise_or_scalar", "self", self), capi::scalar_arg("ignis_bitwise_or_scalar", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_bitwise_or_scalar_inplace(ignis_tensor* self, ignis_scalar other) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_bitwise_or_scalar_inplace", "self", self));
    ignis::bitwise_or_(self_mut.mut(), capi::scalar_arg("ignis_bitwise_or_scalar_inplace", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_bitwise_or_scalar_out(ignis_tensor* out, const ignis_tensor* self, ignis_scalar other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_bitwise_or_scalar_out", "out", out));
    ignis::bitwise_or_out(out_mut.mut(), capi::tensor_arg("ignis_bitwise_or_scalar_out", "self", self), capi::scalar_arg("ignis_bitwise_or_scalar_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_bitwise_xor_tensor(const ignis_tensor* self, const ignis_tensor* other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_bitwise_xor_tensor", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::bitwise_xor(capi::tensor_arg("ignis_bitwise_xor_tensor", "self", self), capi::tensor_arg("ignis_bitwise_xor_tensor", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_bitwise_xor_tensor_inplace(ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_bitwise_xor_tensor_inplace", "self", self));
    ignis::bitwise_xor_(self_mut.mut(), capi::tensor_arg("ignis_bitwise_xor_tensor_inplace", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_bitwise_xor_tensor_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_bitwise_xor_tensor_out", "out", out));
    ignis::bitwise_xor_out(out_mut.mut(), capi::tensor_arg("ignis_bitwise_xor_tensor_out", "self", self), capi::tensor_arg("ignis_bitwise_xor_tensor_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_bitwise_xor_scalar(const ignis_tensor* self, ignis_scalar other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_bitwise_xor_scalar", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::bitwise_xor(capi::tensor_arg("ignis_bitwise_xor_scalar", "self", self), capi::scalar_arg("ignis_bitwise_xor_scalar", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_bitwise_xor_scalar_inplace(ignis_tensor* self, ignis_scalar other) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_bitwise_xor_scalar_inplace", "self", self));
    ignis::bitwise_xor_(self_mut.mut(), capi::scalar_arg("ignis_bitwise_xor_scalar_inplace", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_bitwise_xor_scalar_out(ignis_tensor* out, const ignis_tensor* self, ignis_scalar other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_bitwise_xor_scalar_out", "out", out));
    ignis::bitwise_xor_out(out_mut.mut(), capi::tensor_arg("ignis_bitwise_xor_scalar_out", "self", self), capi::scalar_arg("ignis_bitwise_xor_scalar_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_where_self(const ignis_tensor* condition, const ignis_tensor* self, const ignis_tensor* other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_where_self", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::where(capi::tensor_arg("ignis_where_self", "condition", condition), capi::tensor_arg("ignis_where_self", "self", self), capi::tensor_arg("ignis_where_self", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_where_self_out(ignis_tensor* out, const ignis_tensor* condition, const ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_where_self_out", "out", out));
    ignis::where_out(out_mut.mut(), capi::tensor_arg("ignis_where_self_out", "condition", condition), capi::tensor_arg("ignis_where_self_out", "self", self), capi::tensor_arg("ignis_where_self_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_where_scalar_self(const ignis_tensor* condition, ignis_scalar self, const ignis_tensor* other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_where_scalar_self", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::where(capi::tensor_arg("ignis_where_scalar_self", "condition", condition), capi::scalar_arg("ignis_where_scalar_self", "self", self), capi::tensor_arg("ignis_where_scalar_self", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_where_scalar_other(const ignis_tensor* condition, const ignis_tensor* self, ignis_scalar other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_where_scalar_other", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::where(capi::tensor_arg("ignis_where_scalar_other", "condition", condition), capi::tensor_arg("ignis_where_scalar_other", "self", self), capi::scalar_arg("ignis_where_scalar_other", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_where_scalar(const ignis_tensor* condition, ignis_scalar self, ignis_scalar other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_where_scalar", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::where(capi::tensor_arg("ignis_where_scalar", "condition", condition), capi::scalar_arg("ignis_where_scalar", "self", self), capi::scalar_arg("ignis_where_scalar", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_clamp(const ignis_tensor* self, const ignis_scalar* min, const ignis_scalar* max, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_clamp", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::clamp(capi::tensor_arg("ignis_clamp", "self", self), capi::opt_scalar_arg("ignis_clamp", "min", min), capi::opt_scalar_arg("ignis_clamp", "max", max)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_clamp_inplace(ignis_tensor* self, const ignis_scalar* min, const ignis_scalar* max) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_clamp_inplace", "self", self));
    ignis::clamp_(self_mut.mut(), capi::opt_scalar_arg("ignis_clamp_inplace", "min", min), capi::opt_scalar_arg("ignis_clamp_inplace", "max", max));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_clamp_out(ignis_tensor* out, const ignis_tensor* self, const ignis_scalar* min, const ignis_scalar* max) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_clamp_out", "out", out));
    ignis::clamp_out(out_mut.mut(), capi::tensor_arg("ignis_clamp_out", "self", self), capi::opt_scalar_arg("ignis_clamp_out", "min", min), capi::opt_scalar_arg("ignis_clamp_out", "max", max));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_clamp_tensor(const ignis_tensor* self, const ignis_tensor* min, const ignis_tensor* max, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_clamp_tensor", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::clamp(capi::tensor_arg("ignis_clamp_tensor", "self", self), capi::opt_tensor_arg(min), capi::opt_tensor_arg(max)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_clamp_tensor_inplace(ignis_tensor* self, const ignis_tensor* min, const ignis_tensor* max) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_clamp_tensor_inplace", "self", self));
    ignis::clamp_(self_mut.mut(), capi::opt_tensor_arg(min), capi::opt_tensor_arg(max));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_clamp_tensor_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* min, const ignis_tensor* max) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_clamp_tensor_out", "out", out));
    ignis::clamp_out(out_mut.mut(), capi::tensor_arg("ignis_clamp_tensor_out", "self", self), capi::opt_tensor_arg(min), capi::opt_tensor_arg(max));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_lerp_scalar(const ignis_tensor* self, const ignis_tensor* end, ignis_scalar weight, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_lerp_scalar", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::lerp(capi::tensor_arg("ignis_lerp_scalar", "self", self), capi::tensor_arg("ignis_lerp_scalar", "end", end), capi::scalar_arg("ignis_lerp_scalar", "weight", weight)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_lerp_scalar_inplace(ignis_tensor* self, const ignis_tensor* end, ignis_scalar weight) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_lerp_scalar_inplace", "self", self));
    ignis::lerp_(self_mut.mut(), capi::tensor_arg("ignis_lerp_scalar_inplace", "end", end), capi::scalar_arg("ignis_lerp_scalar_inplace", "weight", weight));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_lerp_scalar_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* end, ignis_scalar weight) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_lerp_scalar_out", "out", out));
    ignis::lerp_out(out_mut.mut(), capi::tensor_arg("ignis_lerp_scalar_out", "self", self), capi::tensor_arg("ignis_lerp_scalar_out", "end", end), capi::scalar_arg("ignis_lerp_scalar_out", "weight", weight));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_lerp_tensor(const ignis_tensor* self, const ignis_tensor* end, const ignis_tensor* weight, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_lerp_tensor", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::lerp(capi::tensor_arg("ignis_lerp_tensor", "self", self), capi::tensor_arg("ignis_lerp_tensor", "end", end), capi::tensor_arg("ignis_lerp_tensor", "weight", weight)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_lerp_tensor_inplace(ignis_tensor* self, const ignis_tensor* end, const ignis_tensor* weight) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_lerp_tensor_inplace", "self", self));
    ignis::lerp_(self_mut.mut(), capi::tensor_arg("ignis_lerp_tensor_inplace", "end", end), capi::tensor_arg("ignis_lerp_tensor_inplace", "weight", weight));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_lerp_tensor_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* end, const ignis_tensor* weight) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_lerp_tensor_out", "out", out));
    ignis::lerp_out(out_mut.mut(), capi::tensor_arg("ignis_lerp_tensor_out", "self", self), capi::tensor_arg("ignis_lerp_tensor_out", "end", end), capi::tensor_arg("ignis_lerp_tensor_out", "weight", weight));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_addcmul(const ignis_tensor* self, const ignis_tensor* tensor1, const ignis_tensor* tensor2, ignis_scalar value, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_addcmul", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::addcmul(capi::tensor_arg("ignis_addcmul", "self", self), capi::tensor_arg("ignis_addcmul", "tensor1", tensor1), capi::tensor_arg("ignis_addcmul", "tensor2", tensor2), capi::scalar_arg("ignis_addcmul", "value", value)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_addcmul_inplace(ignis_tensor* self, const ignis_tensor* tensor1, const ignis_tensor* tensor2, ignis_scalar value) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_addcmul_inplace", "self", self));
    ignis::addcmul_(self_mut.mut(), capi::tensor_arg("ignis_addcmul_inplace", "tensor1", tensor1), capi::tensor_arg("ignis_addcmul_inplace", "tensor2", tensor2), capi::scalar_arg("ignis_addcmul_inplace", "value", value));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_addcmul_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* tensor1, const ignis_tensor* tensor2, ignis_scalar value) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_addcmul_out", "out", out));
    ignis::addcmul_out(out_mut.mut(), capi::tensor_arg("ignis_addcmul_out", "self", self), capi::tensor_arg("ignis_addcmul_out", "tensor1", tensor1), capi::tensor_arg("ignis_addcmul_out", "tensor2", tensor2), capi::scalar_arg("ignis_addcmul_out", "value", value));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_addcdiv(const ignis_tensor* self, const ignis_tensor* tensor1, const ignis_tensor* tensor2, ignis_scalar value, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_addcdiv", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::addcdiv(capi::tensor_arg("ignis_addcdiv", "self", self), capi::tensor_arg("ignis_addcdiv", "tensor1", tensor1), capi::tensor_arg("ignis_addcdiv", "tensor2", tensor2), capi::scalar_arg("ignis_addcdiv", "value", value)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_addcdiv_inplace(ignis_tensor* self, const ignis_tensor* tensor1, const ignis_tensor* tensor2, ignis_scalar value) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_addcdiv_inplace", "self", self));
    ignis::addcdiv_(self_mut.mut(), capi::tensor_arg("ignis_addcdiv_inplace", "tensor1", tensor1), capi::tensor_arg("ignis_addcdiv_inplace", "tensor2", tensor2), capi::scalar_arg("ignis_addcdiv_inplace", "value", value));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_addcdiv_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* tensor1, const ignis_tensor* tensor2, ignis_scalar value) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_addcdiv_out", "out", out));
    ignis::addcdiv_out(out_mut.mut(), capi::tensor_arg("ignis_addcdiv_out", "self", self), capi::tensor_arg("ignis_addcdiv_out", "tensor1", tensor1), capi::tensor_arg("ignis_addcdiv_out", "tensor2", tensor2), capi::scalar_arg("ignis_addcdiv_out", "value", value));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_sum(const ignis_tensor* self, const int64_t* dim, size_t dim_count, int32_t keepdim, const ignis_dtype* dtype, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_sum", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::sum(capi::tensor_arg("ignis_sum", "self", self), capi::opt_int_list_arg("ignis_sum", "dim", dim, dim_count), (keepdim != 0), capi::opt_dtype_arg("ignis_sum", "dtype", dtype)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_sum_out(ignis_tensor* out, const ignis_tensor* self, const int64_t* dim, size_t dim_count, int32_t keepdim, const ignis_dtype* dtype) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_sum_out", "out", out));
    ignis::sum_out(out_mut.mut(), capi::tensor_arg("ignis_sum_out", "self", self), capi::opt_int_list_arg("ignis_sum_out", "dim", dim, dim_count), (keepdim != 0), capi::opt_dtype_arg("ignis_sum_out", "dtype", dtype));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_mean(const ignis_tensor* self, const int64_t* dim, size_t dim_count, int32_t keepdim, const ignis_dtype* dtype, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_mean", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::mean(capi::tensor_arg("ignis_mean", "self", self), capi::opt_int_list_arg("ignis_mean", "dim", dim, dim_count), (keepdim != 0), capi::opt_dtype_arg("ignis_mean", "dtype", dtype)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_mean_out(ignis_tensor* out, const ignis_tensor* self, const int64_t* dim, size_t dim_count, int32_t keepdim, const ignis_dtype* dtype) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_mean_out", "out", out));
    ignis::mean_out(out_mut.mut(), capi::tensor_arg("ignis_mean_out", "self", self), capi::opt_int_list_arg("ignis_mean_out", "dim", dim, dim_count), (keepdim != 0), capi::opt_dtype_arg("ignis_mean_out", "dtype", dtype));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_prod(const ignis_tensor* self, const int64_t* dim, size_t dim_count, int32_t keepdim, const ignis_dtype* dtype, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_prod", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::prod(capi::tensor_arg("ignis_prod", "self", self), capi::opt_int_list_arg("ignis_prod", "dim", dim, dim_count), (keepdim != 0), capi::opt_dtype_arg("ignis_prod", "dtype", dtype)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_prod_out(ignis_tensor* out, const ignis_tensor* self, const int64_t* dim, size_t dim_count, int32_t keepdim, const ignis_dtype* dtype) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_prod_out", "out", out));
    ignis::prod_out(out_mut.mut(), capi::tensor_arg("ignis_prod_out", "self", self), capi::opt_int_list_arg("ignis_prod_out", "dim", dim, dim_count), (keepdim != 0), capi::opt_dtype_arg("ignis_prod_out", "dtype", dtype));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_var(const ignis_tensor* self, const int64_t* dim, size_t dim_count, const ignis_scalar* correction, int32_t keepdim, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_var", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::var(capi::tensor_arg("ignis_var", "self", self), capi::opt_int_list_arg("ignis_var", "dim", dim, dim_count), capi::opt_scalar_arg("ignis_var", "correction", correction), (keepdim != 0)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_var_out(ignis_tensor* out, const ignis_tensor* self, const int64_t* dim, size_t dim_count, const ignis_scalar* correction, int32_t keepdim) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_var_out", "out", out));
    ignis::var_out(out_mut.mut(), capi::tensor_arg("ignis_var_out", "self", self), capi::opt_int_list_arg("ignis_var_out", "dim", dim, dim_count), capi::opt_scalar_arg("ignis_var_out", "correction", correction), (keepdim != 0));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_std(const ignis_tensor* self, const int64_t* dim, size_t dim_count, const ignis_scalar* correction, int32_t keepdim, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_std", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::std(capi::tensor_arg("ignis_std", "self", self), capi::opt_int_list_arg("ignis_std", "dim", dim, dim_count), capi::opt_scalar_arg("ignis_std", "correction", correction), (keepdim != 0)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_std_out(ignis_tensor* out, const ignis_tensor* self, const int64_t* dim, size_t dim_count, const ignis_scalar* correction, int32_t keepdim) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_std_out", "out", out));
    ignis::std_out(out_mut.mut(), capi::tensor_arg("ignis_std_out", "self", self), capi::opt_int_list_arg("ignis_std_out", "dim", dim, dim_count), capi::opt_scalar_arg("ignis_std_out", "correction", correction), (keepdim != 0));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_max(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_max", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::max(capi::tensor_arg("ignis_max", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_max_dim(const ignis_tensor* self, int64_t dim, int32_t keepdim, ignis_tensor** out0, ignis_tensor** out1) {
  if (!out0) return capi::null_out("ignis_max_dim", "out0");
  if (!out1) return capi::null_out("ignis_max_dim", "out1");
  *out0 = nullptr;
  *out1 = nullptr;
  try {
    auto r = ignis::max(capi::tensor_arg("ignis_max_dim", "self", self), dim, (keepdim != 0));
    *out0 = capi::leak(std::move(std::get<0>(r)));
    *out1 = capi::leak(std::move(std::get<1>(r)));
    return IGNIS_OK;
  } catch (...) {
    ignis_tensor_release(*out0);
    *out0 = nullptr;
    ignis_tensor_release(*out1);
    *out1 = nullptr;
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_min(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_min", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::min(capi::tensor_arg("ignis_min", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_min_dim(const ignis_tensor* self, int64_t dim, int32_t keepdim, ignis_tensor** out0, ignis_tensor** out1) {
  if (!out0) return capi::null_out("ignis_min_dim", "out0");
  if (!out1) return capi::null_out("ignis_min_dim", "out1");
  *out0 = nullptr;
  *out1 = nullptr;
  try {
    auto r = ignis::min(capi::tensor_arg("ignis_min_dim", "self", self), dim, (keepdim != 0));
    *out0 = capi::leak(std::move(std::get<0>(r)));
    *out1 = capi::leak(std::move(std::get<1>(r)));
    return IGNIS_OK;
  } catch (...) {
    ignis_tensor_release(*out0);
    *out0 = nullptr;
    ignis_tensor_release(*out1);
    *out1 = nullptr;
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_amax(const ignis_tensor* self, const int64_t* dim, size_t dim_count, int32_t keepdim, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_amax", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::amax(capi::tensor_arg("ignis_amax", "self", self), capi::int_list_arg("ignis_amax", "dim", dim, dim_count), (keepdim != 0)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_amax_out(ignis_tensor* out, const ignis_tensor* self, const int64_t* dim, size_t dim_count, int32_t keepdim) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_amax_out", "out", out));
    ignis::amax_out(out_mut.mut(), capi::tensor_arg("ignis_amax_out", "self", self), capi::int_list_arg("ignis_amax_out", "dim", dim, dim_count), (keepdim != 0));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_amin(const ignis_tensor* self, const int64_t* dim, size_t dim_count, int32_t keepdim, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_amin", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::amin(capi::tensor_arg("ignis_amin", "self", self), capi::int_list_arg("ignis_amin", "dim", dim, dim_count), (keepdim != 0)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_amin_out(ignis_tensor* out, const ignis_tensor* self, const int64_t* dim, size_t dim_count, int32_t keepdim) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_amin_out", "out", out));
    ignis::amin_out(out_mut.mut(), capi::tensor_arg("ignis_amin_out", "self", self), capi::int_list_arg("ignis_amin_out", "dim", dim, dim_count), (keepdim != 0));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_argmax(const ignis_tensor* self, const int64_t* dim, int32_t keepdim, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_argmax", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::argmax(capi::tensor_arg("ignis_argmax", "self", self), capi::opt(dim), (keepdim != 0)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_argmax_out(ignis_tensor* out, const ignis_tensor* self, const int64_t* dim, int32_t keepdim) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_argmax_out", "out", out));
    ignis::argmax_out(out_mut.mut(), capi::tensor_arg("ignis_argmax_out", "self", self), capi::opt(dim), (keepdim != 0));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_argmin(const ignis_tensor* self, const int64_t* dim, int32_t keepdim, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_argmin", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::argmin(capi::tensor_arg("ignis_argmin", "self", self), capi::opt(dim), (keepdim != 0)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_argmin_out(ignis_tensor* out, const ignis_tensor* self, const int64_t* dim, int32_t keepdim) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_argmin_out", "out", out));
    ignis::argmin_out(out_mut.mut(), capi::tensor_arg("ignis_argmin_out", "self", self), capi::opt(dim), (keepdim != 0));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_logsumexp(const ignis_tensor* self, const int64_t* dim, size_t dim_count, int32_t keepdim, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_logsumexp", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::logsumexp(capi::tensor_arg("ignis_logsumexp", "self", self), capi::int_list_arg("ignis_logsumexp", "dim", dim, dim_count), (keepdim != 0)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_logsumexp_out(ignis_tensor* out, const ignis_tensor* self, const int64_t* dim, size_t dim_count, int32_t keepdim) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_logsumexp_out", "out", out));
    ignis::logsumexp_out(out_mut.mut(), capi::tensor_arg("ignis_logsumexp_out", "self", self), capi::int_list_arg("ignis_logsumexp_out", "dim", dim, dim_count), (keepdim != 0));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_all(const ignis_tensor* self, const int64_t* dim, size_t dim_count, int32_t keepdim, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_all", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::all(capi::tensor_arg("ignis_all", "self", self), capi::opt_int_list_arg("ignis_all", "dim", dim, dim_count), (keepdim != 0)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_all_out(ignis_tensor* out, const ignis_tensor* self, const int64_t* dim, size_t dim_count, int32_t keepdim) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_all_out", "out", out));
    ignis::all_out(out_mut.mut(), capi::tensor_arg("ignis_all_out", "self", self), capi::opt_int_list_arg("ignis_all_out", "dim", dim, dim_count), (keepdim != 0));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_any(const ignis_tensor* self, const int64_t* dim, size_t dim_count, int32_t keepdim, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_any", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::any(capi::tensor_arg("ignis_any", "self", self), capi::opt_int_list_arg("ignis_any", "dim", dim, dim_count), (keepdim != 0)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_any_out(ignis_tensor* out, const ignis_tensor* self, const int64_t* dim, size_t dim_count, int32_t keepdim) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_any_out", "out", out));
    ignis::any_out(out_mut.mut(), capi::tensor_arg("ignis_any_out", "self", self), capi::opt_int_list_arg("ignis_any_out", "dim", dim, dim_count), (keepdim != 0));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_norm(const ignis_tensor* self, const ignis_scalar* p, const int64_t* dim, size_t dim_count, int32_t keepdim, const ignis_dtype* dtype, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_norm", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::norm(capi::tensor_arg("ignis_norm", "self", self), capi::opt_scalar_arg("ignis_norm", "p", p), capi::opt_int_list_arg("ignis_norm", "dim", dim, dim_count), (keepdim != 0), capi::opt_dtype_arg("ignis_norm", "dtype", dtype)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_norm_out(ignis_tensor* out, const ignis_tensor* self, const ignis_scalar* p, const int64_t* dim, size_t dim_count, int32_t keepdim, const ignis_dtype* dtype) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_norm_out", "out", out));
    ignis::norm_out(out_mut.mut(), capi::tensor_arg("ignis_norm_out", "self", self), capi::opt_scalar_arg("ignis_norm_out", "p", p), capi::opt_int_list_arg("ignis_norm_out", "dim", dim, dim_count), (keepdim != 0), capi::opt_dtype_arg("ignis_norm_out", "dtype", dtype));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_norm_str(const ignis_tensor* self, const char* p, const int64_t* dim, size_t dim_count, int32_t keepdim, const ignis_dtype* dtype, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_norm_str", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::norm(capi::tensor_arg("ignis_norm_str", "self", self), capi::str_arg("ignis_norm_str", "p", p), capi::opt_int_list_arg("ignis_norm_str", "dim", dim, dim_count), (keepdim != 0), capi::opt_dtype_arg("ignis_norm_str", "dtype", dtype)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_count_nonzero(const ignis_tensor* self, const int64_t* dim, size_t dim_count, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_count_nonzero", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::count_nonzero(capi::tensor_arg("ignis_count_nonzero", "self", self), capi::opt_int_list_arg("ignis_count_nonzero", "dim", dim, dim_count)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_cumsum(const ignis_tensor* self, int64_t dim, const ignis_dtype* dtype, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_cumsum", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::cumsum(capi::tensor_arg("ignis_cumsum", "self", self), dim, capi::opt_dtype_arg("ignis_cumsum", "dtype", dtype)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_cumsum_inplace(ignis_tensor* self, int64_t dim, const ignis_dtype* dtype) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_cumsum_inplace", "self", self));
    ignis::cumsum_(self_mut.mut(), dim, capi::opt_dtype_arg("ignis_cumsum_inplace", "dtype", dtype));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_cumsum_out(ignis_tensor* out, const ignis_tensor* self, int64_t dim, const ignis_dtype* dtype) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_cumsum_out", "out", out));
    ignis::cumsum_out(out_mut.mut(), capi::tensor_arg("ignis_cumsum_out", "self", self), dim, capi::opt_dtype_arg("ignis_cumsum_out", "dtype", dtype));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_cumprod(const ignis_tensor* self, int64_t dim, const ignis_dtype* dtype, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_cumprod", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::cumprod(capi::tensor_arg("ignis_cumprod", "self", self), dim, capi::opt_dtype_arg("ignis_cumprod", "dtype", dtype)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_cumprod_inplace(ignis_tensor* self, int64_t dim, const ignis_dtype* dtype) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_cumprod_inplace", "self", self));
    ignis::cumprod_(self_mut.mut(), dim, capi::opt_dtype_arg("ignis_cumprod_inplace", "dtype", dtype));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_cumprod_out(ignis_tensor* out, const ignis_tensor* self, int64_t dim, const ignis_dtype* dtype) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_cumprod_out", "out", out));
    ignis::cumprod_out(out_mut.mut(), capi::tensor_arg("ignis_cumprod_out", "self", self), dim, capi::opt_dtype_arg("ignis_cumprod_out", "dtype", dtype));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_sort(const ignis_tensor* self, int64_t dim, int32_t descending, int32_t stable, ignis_tensor** out0, ignis_tensor** out1) {
  if (!out0) return capi::null_out("ignis_sort", "out0");
  if (!out1) return capi::null_out("ignis_sort", "out1");
  *out0 = nullptr;
  *out1 = nullptr;
  try {
    auto r = ignis::sort(capi::tensor_arg("ignis_sort", "self", self), dim, (descending != 0), (stable != 0));
    *out0 = capi::leak(std::move(std::get<0>(r)));
    *out1 = capi::leak(std::move(std::get<1>(r)));
    return IGNIS_OK;
  } catch (...) {
    ignis_tensor_release(*out0);
    *out0 = nullptr;
    ignis_tensor_release(*out1);
    *out1 = nullptr;
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_argsort(const ignis_tensor* self, int64_t dim, int32_t descending, int32_t stable, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_argsort", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::argsort(capi::tensor_arg("ignis_argsort", "self", self), dim, (descending != 0), (stable != 0)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_topk(const ignis_tensor* self, int64_t k, int64_t dim, int32_t largest, int32_t sorted, ignis_tensor** out0, ignis_tensor** out1) {
  if (!out0) return capi::null_out("ignis_topk", "out0");
  if (!out1) return capi::null_out("ignis_topk", "out1");
  *out0 = nullptr;
  *out1 = nullptr;
  try {
    auto r = ignis::topk(capi::tensor_arg("ignis_topk", "self", self), k, dim, (largest != 0), (sorted != 0));
    *out0 = capi::leak(std::move(std::get<0>(r)));
    *out1 = capi::leak(std::move(std::get<1>(r)));
    return IGNIS_OK;
  } catch (...) {
    ignis_tensor_release(*out0);
    *out0 = nullptr;
    ignis_tensor_release(*out1);
    *out1 = nullptr;
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_kthvalue(const ignis_tensor* self, int64_t k, int64_t dim, int32_t keepdim, ignis_tensor** out0, ignis_tensor** out1) {
  if (!out0) return capi::null_out("ignis_kthvalue", "out0");
  if (!out1) return capi::null_out("ignis_kthvalue", "out1");
  *out0 = nullptr;
  *out1 = nullptr;
  try {
    auto r = ignis::kthvalue(capi::tensor_arg("ignis_kthvalue", "self", self), k, dim, (keepdim != 0));
    *out0 = capi::leak(std::move(std::get<0>(r)));
    *out1 = capi::leak(std::move(std::get<1>(r)));
    return IGNIS_OK;
  } catch (...) {
    ignis_tensor_release(*out0);
    *out0 = nullptr;
    ignis_tensor_release(*out1);
    *out1 = nullptr;
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_median(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_median", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::median(capi::tensor_arg("ignis_median", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_median_dim(const ignis_tensor* self, int64_t dim, int32_t keepdim, ignis_tensor** out0, ignis_tensor** out1) {
  if (!out0) return capi::null_out("ignis_median_dim", "out0");
  if (!out1) return capi::null_out("ignis_median_dim", "out1");
  *out0 = nullptr;
  *out1 = nullptr;
  try {
    auto r = ignis::median(capi::tensor_arg("ignis_median_dim", "self", self), dim, (keepdim != 0));
    *out0 = capi::leak(std::move(std::get<0>(r)));
    *out1 = capi::leak(std::move(std::get<1>(r)));
    return IGNIS_OK;
  } catch (...) {
    ignis_tensor_release(*out0);
    *out0 = nullptr;
    ignis_tensor_release(*out1);
    *out1 = nullptr;
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_unique(const ignis_tensor* self, int32_t sorted, int32_t return_inverse, int32_t return_counts, ignis_tensor** out0, ignis_tensor** out1, ignis_tensor** out2) {
  if (!out0) return capi::null_out("ignis_unique", "out0");
  if (!out1) return capi::null_out("ignis_unique", "out1");
  if (!out2) return capi::null_out("ignis_unique", "out2");
  *out0 = nullptr;
  *out1 = nullptr;
  *out2 = nullptr;
  try {
    auto r = ignis::unique(capi::tensor_arg("ignis_unique", "self", self), (sorted != 0), (return_inverse != 0), (return_counts != 0));
    *out0 = capi::leak(std::move(std::get<0>(r)));
    *out1 = capi::leak(std::move(std::get<1>(r)));
    *out2 = capi::leak(std::move(std::get<2>(r)));
    return IGNIS_OK;
  } catch (...) {
    ignis_tensor_release(*out0);
    *out0 = nullptr;
    ignis_tensor_release(*out1);
    *out1 = nullptr;
    ignis_tensor_release(*out2);
    *out2 = nullptr;
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_cat(const ignis_tensor* const* tensors, size_t tensors_count, int64_t dim, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_cat", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::cat(capi::tensor_list_arg("ignis_cat", "tensors", tensors, tensors_count), dim));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_cat_out(ignis_tensor* out, const ignis_tensor* const* tensors, size_t tensors_count, int64_t dim) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_cat_out", "out", out));
    ignis::cat_out(out_mut.mut(), capi::tensor_list_arg("ignis_cat_out", "tensors", tensors, tensors_count), dim);
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_stack(const ignis_tensor* const* tensors, size_t tensors_count, int64_t dim, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_stack", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::stack(capi::tensor_list_arg("ignis_stack", "tensors", tensors, tensors_count), dim));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_stack_out(ignis_tensor* out, const ignis_tensor* const* tensors, size_t tensors_count, int64_t dim) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_stack_out", "out", out));
    ignis::stack_out(out_mut.mut(), capi::tensor_list_arg("ignis_stack_out", "tensors", tensors, tensors_count), dim);
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_split(const ignis_tensor* self, int64_t split_size, int64_t dim, ignis_tensor*** out, size_t* out_count) {
  if (!out || !out_count) return capi::null_out("ignis_split", out ? "out_count" : "out");
  *out = nullptr;
  *out_count = 0;
  try {
    capi::leak_list(ignis::split(capi::tensor_arg("ignis_split", "self", self), split_size, dim), out, out_count);
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_split_sizes(const ignis_tensor* self, const int64_t* split_size, size_t split_size_count, int64_t dim, ignis_tensor*** out, size_t* out_count) {
  if (!out || !out_count) return capi::null_out("ignis_split_sizes", out ? "out_count" : "out");
  *out = nullptr;
  *out_count = 0;
  try {
    capi::leak_list(ignis::split(capi::tensor_arg("ignis_split_sizes", "self", self), capi::int_list_arg("ignis_split_sizes", "split_size", split_size, split_size_count), dim), out, out_count);
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_split_with_sizes(const ignis_tensor* self, const int64_t* split_sizes, size_t split_sizes_count, int64_t dim, ignis_tensor*** out, size_t* out_count) {
  if (!out || !out_count) return capi::null_out("ignis_split_with_sizes", out ? "out_count" : "out");
  *out = nullptr;
  *out_count = 0;
  try {
    capi::leak_list(ignis::split_with_sizes(capi::tensor_arg("ignis_split_with_sizes", "self", self), capi::int_list_arg("ignis_split_with_sizes", "split_sizes", split_sizes, split_sizes_count), dim), out, out_count);
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_chunk(const ignis_tensor* self, int64_t chunks, int64_t dim, ignis_tensor*** out, size_t* out_count) {
  if (!out || !out_count) return capi::null_out("ignis_chunk", out ? "out_count" : "out");
  *out = nullptr;
  *out_count = 0;
  try {
    capi::leak_list(ignis::chunk(capi::tensor_arg("ignis_chunk", "self", self), chunks, dim), out, out_count);
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_unbind(const ignis_tensor* self, int64_t dim, ignis_tensor*** out, size_t* out_count) {
  if (!out || !out_count) return capi::null_out("ignis_unbind", out ? "out_count" : "out");
  *out = nullptr;
  *out_count = 0;
  try {
    capi::leak_list(ignis::unbind(capi::tensor_arg("ignis_unbind", "self", self), dim), out, out_count);
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_flip(const ignis_tensor* self, const int64_t* dims, size_t dims_count, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_flip", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::flip(capi::tensor_arg("ignis_flip", "self", self), capi::int_list_arg("ignis_flip", "dims", dims, dims_count)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_roll(const ignis_tensor* self, const int64_t* shifts, size_t shifts_count, const int64_t* dims, size_t dims_count, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_roll", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::roll(capi::tensor_arg("ignis_roll", "self", self), capi::int_list_arg("ignis_roll", "shifts", shifts, shifts_count), capi::int_list_arg("ignis_roll", "dims", dims, dims_count)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_repeat(const ignis_tensor* self, const int64_t* repeats, size_t repeats_count, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_repeat", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::repeat(capi::tensor_arg("ignis_repeat", "self", self), capi::int_list_arg("ignis_repeat", "repeats", repeats, repeats_count)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_tile(const ignis_tensor* self, const int64_t* dims, size_t dims_count, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_tile", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::tile(capi::tensor_arg("ignis_tile", "self", self), capi::int_list_arg("ignis_tile", "dims", dims, dims_count)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_repeat_interleave_tensor(const ignis_tensor* repeats, const int64_t* output_size, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_repeat_interleave_tensor", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::repeat_interleave(capi::tensor_arg("ignis_repeat_interleave_tensor", "repeats", repeats), capi::opt(output_size)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_repeat_interleave_self_tensor(const ignis_tensor* self, const ignis_tensor* repeats, const int64_t* dim, const int64_t* output_size, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_repeat_interleave_self_tensor", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::repeat_interleave(capi::tensor_arg("ignis_repeat_interleave_self_tensor", "self", self), capi::tensor_arg("ignis_repeat_interleave_self_tensor", "repeats", repeats), capi::opt(dim), capi::opt(output_size)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_repeat_interleave_self_int(const ignis_tensor* self, int64_t repeats, const int64_t* dim, const int64_t* output_size, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_repeat_interleave_self_int", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::repeat_interleave(capi::tensor_arg("ignis_repeat_interleave_self_int", "self", self), repeats, capi::opt(dim), capi::opt(output_size)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_tril(const ignis_tensor* self, int64_t diagonal, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_tril", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::tril(capi::tensor_arg("ignis_tril", "self", self), diagonal));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_tril_inplace(ignis_tensor* self, int64_t diagonal) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_tril_inplace", "self", self));
    ignis::tril_(self_mut.mut(), diagonal);
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_tril_out(ignis_tensor* out, const ignis_tensor* self, int64_t diagonal) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_tril_out", "out", out));
    ignis::tril_out(out_mut.mut(), capi::tensor_arg("ignis_tril_out", "self", self), diagonal);
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_triu(const ignis_tensor* self, int64_t diagonal, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_triu", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::triu(capi::tensor_arg("ignis_triu", "self", self), diagonal));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_triu_inplace(ignis_tensor* self, int64_t diagonal) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_triu_inplace", "self", self));
    ignis::triu_(self_mut.mut(), diagonal);
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_triu_out(ignis_tensor* out, const ignis_tensor* self, int64_t diagonal) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_triu_out", "out", out));
    ignis::triu_out(out_mut.mut(), capi::tensor_arg("ignis_triu_out", "self", self), diagonal);
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_pad(const ignis_tensor* self, const int64_t* pad, size_t pad_count, const char* mode, const double* value, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_pad", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::pad(capi::tensor_arg("ignis_pad", "self", self), capi::int_list_arg("ignis_pad", "pad", pad, pad_count), capi::str_arg("ignis_pad", "mode", mode), capi::opt(value)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_index_select(const ignis_tensor* self, int64_t dim, const ignis_tensor* index, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_index_select", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::index_select(capi::tensor_arg("ignis_index_select", "self", self), dim, capi::tensor_arg("ignis_index_select", "index", index)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_index_select_out(ignis_tensor* out, const ignis_tensor* self, int64_t dim, const ignis_tensor* index) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_index_select_out", "out", out));
    ignis::index_select_out(out_mut.mut(), capi::tensor_arg("ignis_index_select_out", "self", self), dim, capi::tensor_arg("ignis_index_select_out", "index", index));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_gather(const ignis_tensor* self, int64_t dim, const ignis_tensor* index, int32_t sparse_grad, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_gather", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::gather(capi::tensor_arg("ignis_gather", "self", self), dim, capi::tensor_arg("ignis_gather", "index", index), (sparse_grad != 0)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_gather_out(ignis_tensor* out, const ignis_tensor* self, int64_t dim, const ignis_tensor* index, int32_t sparse_grad) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_gather_out", "out", out));
    ignis::gather_out(out_mut.mut(), capi::tensor_arg("ignis_gather_out", "self", self), dim, capi::tensor_arg("ignis_gather_out", "index", index), (sparse_grad != 0));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_scatter_src(const ignis_tensor* self, int64_t dim, const ignis_tensor* index, const ignis_tensor* src, const char* reduce, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_scatter_src", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::scatter(capi::tensor_arg("ignis_scatter_src", "self", self), dim, capi::tensor_arg("ignis_scatter_src", "index", index), capi::tensor_arg("ignis_scatter_src", "src", src), capi::opt_str_arg(reduce)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_scatter_src_inplace(ignis_tensor* self, int64_t dim, const ignis_tensor* index, const ignis_tensor* src, const char* reduce) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_scatter_src_inplace", "self", self));
    ignis::scatter_(self_mut.mut(), dim, capi::tensor_arg("ignis_scatter_src_inplace", "index", index), capi::tensor_arg("ignis_scatter_src_inplace", "src", src), capi::opt_str_arg(reduce));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_scatter_src_out(ignis_tensor* out, const ignis_tensor* self, int64_t dim, const ignis_tensor* index, const ignis_tensor* src, const char* reduce) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_scatter_src_out", "out", out));
    ignis::scatter_out(out_mut.mut(), capi::tensor_arg("ignis_scatter_src_out", "self", self), dim, capi::tensor_arg("ignis_scatter_src_out", "index", index), capi::tensor_arg("ignis_scatter_src_out", "src", src), capi::opt_str_arg(reduce));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_scatter_value(const ignis_tensor* self, int64_t dim, const ignis_tensor* index, ignis_scalar value, const char* reduce, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_scatter_value", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::scatter(capi::tensor_arg("ignis_scatter_value", "self", self), dim, capi::tensor_arg("ignis_scatter_value", "index", index), capi::scalar_arg("ignis_scatter_value", "value", value), capi::opt_str_arg(reduce)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_scatter_value_inplace(ignis_tensor* self, int64_t dim, const ignis_tensor* index, ignis_scalar value, const char* reduce) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_scatter_value_inplace", "self", self));
    ignis::scatter_(self_mut.mut(), dim, capi::tensor_arg("ignis_scatter_value_inplace", "index", index), capi::scalar_arg("ignis_scatter_value_inplace", "value", value), capi::opt_str_arg(reduce));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_scatter_value_out(ignis_tensor* out, const ignis_tensor* self, int64_t dim, const ignis_tensor* index, ignis_scalar value, const char* reduce) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_scatter_value_out", "out", out));
    ignis::scatter_out(out_mut.mut(), capi::tensor_arg("ignis_scatter_value_out", "self", self), dim, capi::tensor_arg("ignis_scatter_value_out", "index", index), capi::scalar_arg("ignis_scatter_value_out", "value", value), capi::opt_str_arg(reduce));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_scatter_add(const ignis_tensor* self, int64_t dim, const ignis_tensor* index, const ignis_tensor* src, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_scatter_add", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::scatter_add(capi::tensor_arg("ignis_scatter_add", "self", self), dim, capi::tensor_arg("ignis_scatter_add", "index", index), capi::tensor_arg("ignis_scatter_add", "src", src)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_scatter_add_inplace(ignis_tensor* self, int64_t dim, const ignis_tensor* index, const ignis_tensor* src) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_scatter_add_inplace", "self", self));
    ignis::scatter_add_(self_mut.mut(), dim, capi::tensor_arg("ignis_scatter_add_inplace", "index", index), capi::tensor_arg("ignis_scatter_add_inplace", "src", src));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_scatter_add_out(ignis_tensor* out, const ignis_tensor* self, int64_t dim, const ignis_tensor* index, const ignis_tensor* src) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_scatter_add_out", "out", out));
    ignis::scatter_add_out(out_mut.mut(), capi::tensor_arg("ignis_scatter_add_out", "self", self), dim, capi::tensor_arg("ignis_scatter_add_out", "index", index), capi::tensor_arg("ignis_scatter_add_out", "src", src));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_index_add(const ignis_tensor* self, int64_t dim, const ignis_tensor* index, const ignis_tensor* source, ignis_scalar alpha, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_index_add", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::index_add(capi::tensor_arg("ignis_index_add", "self", self), dim, capi::tensor_arg("ignis_index_add", "index", index), capi::tensor_arg("ignis_index_add", "source", source), capi::scalar_arg("ignis_index_add", "alpha", alpha)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_index_add_inplace(ignis_tensor* self, int64_t dim, const ignis_tensor* index, const ignis_tensor* source, ignis_scalar alpha) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_index_add_inplace", "self", self));
    ignis::index_add_(self_mut.mut(), dim, capi::tensor_arg("ignis_index_add_inplace", "index", index), capi::tensor_arg("ignis_index_add_inplace", "source", source), capi::scalar_arg("ignis_index_add_inplace", "alpha", alpha));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_index_add_out(ignis_tensor* out, const ignis_tensor* self, int64_t dim, const ignis_tensor* index, const ignis_tensor* source, ignis_scalar alpha) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_index_add_out", "out", out));
    ignis::index_add_out(out_mut.mut(), capi::tensor_arg("ignis_index_add_out", "self", self), dim, capi::tensor_arg("ignis_index_add_out", "index", index), capi::tensor_arg("ignis_index_add_out", "source", source), capi::scalar_arg("ignis_index_add_out", "alpha", alpha));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_index_put(const ignis_tensor* self, const ignis_tensor* const* indices, size_t indices_count, const ignis_tensor* values, int32_t accumulate, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_index_put", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::index_put(capi::tensor_arg("ignis_index_put", "self", self), capi::tensor_list_arg("ignis_index_put", "indices", indices, indices_count), capi::tensor_arg("ignis_index_put", "values", values), (accumulate != 0)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_index_put_inplace(ignis_tensor* self, const ignis_tensor* const* indices, size_t indices_count, const ignis_tensor* values, int32_t accumulate) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_index_put_inplace", "self", self));
    ignis::index_put_(self_mut.mut(), capi::tensor_list_arg("ignis_index_put_inplace", "indices", indices, indices_count), capi::tensor_arg("ignis_index_put_inplace", "values", values), (accumulate != 0));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_masked_fill_scalar(const ignis_tensor* self, const ignis_tensor* mask, ignis_scalar value, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_masked_fill_scalar", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::masked_fill(capi::tensor_arg("ignis_masked_fill_scalar", "self", self), capi::tensor_arg("ignis_masked_fill_scalar", "mask", mask), capi::scalar_arg("ignis_masked_fill_scalar", "value", value)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_masked_fill_scalar_inplace(ignis_tensor* self, const ignis_tensor* mask, ignis_scalar value) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_masked_fill_scalar_inplace", "self", self));
    ignis::masked_fill_(self_mut.mut(), capi::tensor_arg("ignis_masked_fill_scalar_inplace", "mask", mask), capi::scalar_arg("ignis_masked_fill_scalar_inplace", "value", value));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_masked_fill_tensor(const ignis_tensor* self, const ignis_tensor* mask, const ignis_tensor* value, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_masked_fill_tensor", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::masked_fill(capi::tensor_arg("ignis_masked_fill_tensor", "self", self), capi::tensor_arg("ignis_masked_fill_tensor", "mask", mask), capi::tensor_arg("ignis_masked_fill_tensor", "value", value)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_masked_fill_tensor_inplace(ignis_tensor* self, const ignis_tensor* mask, const ignis_tensor* value) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_masked_fill_tensor_inplace", "self", self));
    ignis::masked_fill_(self_mut.mut(), capi::tensor_arg("ignis_masked_fill_tensor_inplace", "mask", mask), capi::tensor_arg("ignis_masked_fill_tensor_inplace", "value", value));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_masked_select(const ignis_tensor* self, const ignis_tensor* mask, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_masked_select", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::masked_select(capi::tensor_arg("ignis_masked_select", "self", self), capi::tensor_arg("ignis_masked_select", "mask", mask)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_masked_select_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* mask) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_masked_select_out", "out", out));
    ignis::masked_select_out(out_mut.mut(), capi::tensor_arg("ignis_masked_select_out", "self", self), capi::tensor_arg("ignis_masked_select_out", "mask", mask));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_masked_scatter(const ignis_tensor* self, const ignis_tensor* mask, const ignis_tensor* source, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_masked_scatter", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::masked_scatter(capi::tensor_arg("ignis_masked_scatter", "self", self), capi::tensor_arg("ignis_masked_scatter", "mask", mask), capi::tensor_arg("ignis_masked_scatter", "source", source)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_masked_scatter_inplace(ignis_tensor* self, const ignis_tensor* mask, const ignis_tensor* source) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_masked_scatter_inplace", "self", self));
    ignis::masked_scatter_(self_mut.mut(), capi::tensor_arg("ignis_masked_scatter_inplace", "mask", mask), capi::tensor_arg("ignis_masked_scatter_inplace", "source", source));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_nonzero(const ignis_tensor* self, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_nonzero", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::nonzero(capi::tensor_arg("ignis_nonzero", "self", self)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_nonzero_out(ignis_tensor* out, const ignis_tensor* self) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_nonzero_out", "out", out));
    ignis::nonzero_out(out_mut.mut(), capi::tensor_arg("ignis_nonzero_out", "self", self));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_take(const ignis_tensor* self, const ignis_tensor* index, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_take", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::take(capi::tensor_arg("ignis_take", "self", self), capi::tensor_arg("ignis_take", "index", index)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_take_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* index) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_take_out", "out", out));
    ignis::take_out(out_mut.mut(), capi::tensor_arg("ignis_take_out", "self", self), capi::tensor_arg("ignis_take_out", "index", index));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_one_hot(const ignis_tensor* self, int64_t num_classes, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_one_hot", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::one_hot(capi::tensor_arg("ignis_one_hot", "self", self), num_classes));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_matmul(const ignis_tensor* self, const ignis_tensor* other, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_matmul", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::matmul(capi::tensor_arg("ignis_matmul", "self", self), capi::tensor_arg("ignis_matmul", "other", other)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_matmul_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* other) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_matmul_out", "out", out));
    ignis::matmul_out(out_mut.mut(), capi::tensor_arg("ignis_matmul_out", "self", self), capi::tensor_arg("ignis_matmul_out", "other", other));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_mm(const ignis_tensor* self, const ignis_tensor* mat2, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_mm", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::mm(capi::tensor_arg("ignis_mm", "self", self), capi::tensor_arg("ignis_mm", "mat2", mat2)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_mm_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* mat2) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_mm_out", "out", out));
    ignis::mm_out(out_mut.mut(), capi::tensor_arg("ignis_mm_out", "self", self), capi::tensor_arg("ignis_mm_out", "mat2", mat2));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_bmm(const ignis_tensor* self, const ignis_tensor* mat2, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_bmm", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::bmm(capi::tensor_arg("ignis_bmm", "self", self), capi::tensor_arg("ignis_bmm", "mat2", mat2)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_bmm_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* mat2) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_bmm_out", "out", out));
    ignis::bmm_out(out_mut.mut(), capi::tensor_arg("ignis_bmm_out", "self", self), capi::tensor_arg("ignis_bmm_out", "mat2", mat2));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_addmm(const ignis_tensor* self, const ignis_tensor* mat1, const ignis_tensor* mat2, ignis_scalar beta, ignis_scalar alpha, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_addmm", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::addmm(capi::tensor_arg("ignis_addmm", "self", self), capi::tensor_arg("ignis_addmm", "mat1", mat1), capi::tensor_arg("ignis_addmm", "mat2", mat2), capi::scalar_arg("ignis_addmm", "beta", beta), capi::scalar_arg("ignis_addmm", "alpha", alpha)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_addmm_inplace(ignis_tensor* self, const ignis_tensor* mat1, const ignis_tensor* mat2, ignis_scalar beta, ignis_scalar alpha) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_addmm_inplace", "self", self));
    ignis::addmm_(self_mut.mut(), capi::tensor_arg("ignis_addmm_inplace", "mat1", mat1), capi::tensor_arg("ignis_addmm_inplace", "mat2", mat2), capi::scalar_arg("ignis_addmm_inplace", "beta", beta), capi::scalar_arg("ignis_addmm_inplace", "alpha", alpha));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_addmm_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* mat1, const ignis_tensor* mat2, ignis_scalar beta, ignis_scalar alpha) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_addmm_out", "out", out));
    ignis::addmm_out(out_mut.mut(), capi::tensor_arg("ignis_addmm_out", "self", self), capi::tensor_arg("ignis_addmm_out", "mat1", mat1), capi::tensor_arg("ignis_addmm_out", "mat2", mat2), capi::scalar_arg("ignis_addmm_out", "beta", beta), capi::scalar_arg("ignis_addmm_out", "alpha", alpha));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_baddbmm(const ignis_tensor* self, const ignis_tensor* batch1, const ignis_tensor* batch2, ignis_scalar beta, ignis_scalar alpha, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_baddbmm", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::baddbmm(capi::tensor_arg("ignis_baddbmm", "self", self), capi::tensor_arg("ignis_baddbmm", "batch1", batch1), capi::tensor_arg("ignis_baddbmm", "batch2", batch2), capi::scalar_arg("ignis_baddbmm", "beta", beta), capi::scalar_arg("ignis_baddbmm", "alpha", alpha)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_baddbmm_inplace(ignis_tensor* self, const ignis_tensor* batch1, const ignis_tensor* batch2, ignis_scalar beta, ignis_scalar alpha) {
  try {
    capi::Borrowed self_mut(capi::tensor_arg_handle("ignis_baddbmm_inplace", "self", self));
    ignis::baddbmm_(self_mut.mut(), capi::tensor_arg("ignis_baddbmm_inplace", "batch1", batch1), capi::tensor_arg("ignis_baddbmm_inplace", "batch2", batch2), capi::scalar_arg("ignis_baddbmm_inplace", "beta", beta), capi::scalar_arg("ignis_baddbmm_inplace", "alpha", alpha));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_baddbmm_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* batch1, const ignis_tensor* batch2, ignis_scalar beta, ignis_scalar alpha) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_baddbmm_out", "out", out));
    ignis::baddbmm_out(out_mut.mut(), capi::tensor_arg("ignis_baddbmm_out", "self", self), capi::tensor_arg("ignis_baddbmm_out", "batch1", batch1), capi::tensor_arg("ignis_baddbmm_out", "batch2", batch2), capi::scalar_arg("ignis_baddbmm_out", "beta", beta), capi::scalar_arg("ignis_baddbmm_out", "alpha", alpha));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_mv(const ignis_tensor* self, const ignis_tensor* vec, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_mv", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::mv(capi::tensor_arg("ignis_mv", "self", self), capi::tensor_arg("ignis_mv", "vec", vec)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_mv_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* vec) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_mv_out", "out", out));
    ignis::mv_out(out_mut.mut(), capi::tensor_arg("ignis_mv_out", "self", self), capi::tensor_arg("ignis_mv_out", "vec", vec));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_dot(const ignis_tensor* self, const ignis_tensor* tensor, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_dot", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::dot(capi::tensor_arg("ignis_dot", "self", self), capi::tensor_arg("ignis_dot", "tensor", tensor)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_dot_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* tensor) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_dot_out", "out", out));
    ignis::dot_out(out_mut.mut(), capi::tensor_arg("ignis_dot_out", "self", self), capi::tensor_arg("ignis_dot_out", "tensor", tensor));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_outer(const ignis_tensor* self, const ignis_tensor* vec2, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_outer", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::outer(capi::tensor_arg("ignis_outer", "self", self), capi::tensor_arg("ignis_outer", "vec2", vec2)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_outer_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* vec2) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_outer_out", "out", out));
    ignis::outer_out(out_mut.mut(), capi::tensor_arg("ignis_outer_out", "self", self), capi::tensor_arg("ignis_outer_out", "vec2", vec2));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_einsum(const char* equation, const ignis_tensor* const* tensors, size_t tensors_count, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_einsum", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::einsum(capi::str_arg("ignis_einsum", "equation", equation), capi::tensor_list_arg("ignis_einsum", "tensors", tensors, tensors_count)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_tensordot(const ignis_tensor* self, const ignis_tensor* other, const int64_t* dims_self, size_t dims_self_count, const int64_t* dims_other, size_t dims_other_count, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_tensordot", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::tensordot(capi::tensor_arg("ignis_tensordot", "self", self), capi::tensor_arg("ignis_tensordot", "other", other), capi::int_list_arg("ignis_tensordot", "dims_self", dims_self, dims_self_count), capi::int_list_arg("ignis_tensordot", "dims_other", dims_other, dims_other_count)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_tensordot_out(ignis_tensor* out, const ignis_tensor* self, const ignis_tensor* other, const int64_t* dims_self, size_t dims_self_count, const int64_t* dims_other, size_t dims_other_count) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_tensordot_out", "out", out));
    ignis::tensordot_out(out_mut.mut(), capi::tensor_arg("ignis_tensordot_out", "self", self), capi::tensor_arg("ignis_tensordot_out", "other", other), capi::int_list_arg("ignis_tensordot_out", "dims_self", dims_self, dims_self_count), capi::int_list_arg("ignis_tensordot_out", "dims_other", dims_other, dims_other_count));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_tensordot_int(const ignis_tensor* self, const ignis_tensor* other, int64_t dims, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_tensordot_int", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::tensordot(capi::tensor_arg("ignis_tensordot_int", "self", self), capi::tensor_arg("ignis_tensordot_int", "other", other), dims));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_linalg_norm(const ignis_tensor* self, const ignis_scalar* ord, const int64_t* dim, size_t dim_count, int32_t keepdim, const ignis_dtype* dtype, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_linalg_norm", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::linalg_norm(capi::tensor_arg("ignis_linalg_norm", "self", self), capi::opt_scalar_arg("ignis_linalg_norm", "ord", ord), capi::opt_int_list_arg("ignis_linalg_norm", "dim", dim, dim_count), (keepdim != 0), capi::opt_dtype_arg("ignis_linalg_norm", "dtype", dtype)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_linalg_norm_out(ignis_tensor* out, const ignis_tensor* self, const ignis_scalar* ord, const int64_t* dim, size_t dim_count, int32_t keepdim, const ignis_dtype* dtype) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_linalg_norm_out", "out", out));
    ignis::linalg_norm_out(out_mut.mut(), capi::tensor_arg("ignis_linalg_norm_out", "self", self), capi::opt_scalar_arg("ignis_linalg_norm_out", "ord", ord), capi::opt_int_list_arg("ignis_linalg_norm_out", "dim", dim, dim_count), (keepdim != 0), capi::opt_dtype_arg("ignis_linalg_norm_out", "dtype", dtype));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_linalg_norm_ord_str(const ignis_tensor* self, const char* ord, const int64_t* dim, size_t dim_count, int32_t keepdim, const ignis_dtype* dtype, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_linalg_norm_ord_str", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::linalg_norm(capi::tensor_arg("ignis_linalg_norm_ord_str", "self", self), capi::str_arg("ignis_linalg_norm_ord_str", "ord", ord), capi::opt_int_list_arg("ignis_linalg_norm_ord_str", "dim", dim, dim_count), (keepdim != 0), capi::opt_dtype_arg("ignis_linalg_norm_ord_str", "dtype", dtype)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_linalg_norm_ord_str_out(ignis_tensor* out, const ignis_tensor* self, const char* ord, const int64_t* dim, size_t dim_count, int32_t keepdim, const ignis_dtype* dtype) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_linalg_norm_ord_str_out", "out", out));
    ignis::linalg_norm_out(out_mut.mut(), capi::tensor_arg("ignis_linalg_norm_ord_str_out", "self", self), capi::str_arg("ignis_linalg_norm_ord_str_out", "ord", ord), capi::opt_int_list_arg("ignis_linalg_norm_ord_str_out", "dim", dim, dim_count), (keepdim != 0), capi::opt_dtype_arg("ignis_linalg_norm_ord_str_out", "dtype", dtype));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_linalg_solve(const ignis_tensor* A, const ignis_tensor* B, int32_t left, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_linalg_solve", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::linalg_solve(capi::tensor_arg("ignis_linalg_solve", "A", A), capi::tensor_arg("ignis_linalg_solve", "B", B), (left != 0)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_linalg_solve_out(ignis_tensor* out, const ignis_tensor* A, const ignis_tensor* B, int32_t left) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_linalg_solve_out", "out", out));
    ignis::linalg_solve_out(out_mut.mut(), capi::tensor_arg("ignis_linalg_solve_out", "A", A), capi::tensor_arg("ignis_linalg_solve_out", "B", B), (left != 0));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_linalg_inv(const ignis_tensor* A, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_linalg_inv", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::linalg_inv(capi::tensor_arg("ignis_linalg_inv", "A", A)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_linalg_inv_out(ignis_tensor* out, const ignis_tensor* A) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_linalg_inv_out", "out", out));
    ignis::linalg_inv_out(out_mut.mut(), capi::tensor_arg("ignis_linalg_inv_out", "A", A));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_linalg_det(const ignis_tensor* A, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_linalg_det", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::linalg_det(capi::tensor_arg("ignis_linalg_det", "A", A)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_linalg_det_out(ignis_tensor* out, const ignis_tensor* A) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_linalg_det_out", "out", out));
    ignis::linalg_det_out(out_mut.mut(), capi::tensor_arg("ignis_linalg_det_out", "A", A));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_linalg_cholesky(const ignis_tensor* A, int32_t upper, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_linalg_cholesky", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::linalg_cholesky(capi::tensor_arg("ignis_linalg_cholesky", "A", A), (upper != 0)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_linalg_cholesky_out(ignis_tensor* out, const ignis_tensor* A, int32_t upper) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_linalg_cholesky_out", "out", out));
    ignis::linalg_cholesky_out(out_mut.mut(), capi::tensor_arg("ignis_linalg_cholesky_out", "A", A), (upper != 0));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_linalg_qr(const ignis_tensor* A, const char* mode, ignis_tensor** out0, ignis_tensor** out1) {
  if (!out0) return capi::null_out("ignis_linalg_qr", "out0");
  if (!out1) return capi::null_out("ignis_linalg_qr", "out1");
  *out0 = nullptr;
  *out1 = nullptr;
  try {
    auto r = ignis::linalg_qr(capi::tensor_arg("ignis_linalg_qr", "A", A), capi::str_arg("ignis_linalg_qr", "mode", mode));
    *out0 = capi::leak(std::move(std::get<0>(r)));
    *out1 = capi::leak(std::move(std::get<1>(r)));
    return IGNIS_OK;
  } catch (...) {
    ignis_tensor_release(*out0);
    *out0 = nullptr;
    ignis_tensor_release(*out1);
    *out1 = nullptr;
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_linalg_svd(const ignis_tensor* A, int32_t full_matrices, ignis_tensor** out0, ignis_tensor** out1, ignis_tensor** out2) {
  if (!out0) return capi::null_out("ignis_linalg_svd", "out0");
  if (!out1) return capi::null_out("ignis_linalg_svd", "out1");
  if (!out2) return capi::null_out("ignis_linalg_svd", "out2");
  *out0 = nullptr;
  *out1 = nullptr;
  *out2 = nullptr;
  try {
    auto r = ignis::linalg_svd(capi::tensor_arg("ignis_linalg_svd", "A", A), (full_matrices != 0));
    *out0 = capi::leak(std::move(std::get<0>(r)));
    *out1 = capi::leak(std::move(std::get<1>(r)));
    *out2 = capi::leak(std::move(std::get<2>(r)));
    return IGNIS_OK;
  } catch (...) {
    ignis_tensor_release(*out0);
    *out0 = nullptr;
    ignis_tensor_release(*out1);
    *out1 = nullptr;
    ignis_tensor_release(*out2);
    *out2 = nullptr;
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_softmax(const ignis_tensor* self, int64_t dim, const ignis_dtype* dtype, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_softmax", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::softmax(capi::tensor_arg("ignis_softmax", "self", self), dim, capi::opt_dtype_arg("ignis_softmax", "dtype", dtype)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_softmax_out(ignis_tensor* out, const ignis_tensor* self, int64_t dim, const ignis_dtype* dtype) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_softmax_out", "out", out));
    ignis::softmax_out(out_mut.mut(), capi::tensor_arg("ignis_softmax_out", "self", self), dim, capi::opt_dtype_arg("ignis_softmax_out", "dtype", dtype));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_log_softmax(const ignis_tensor* self, int64_t dim, const ignis_dtype* dtype, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_log_softmax", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::log_softmax(capi::tensor_arg("ignis_log_softmax", "self", self), dim, capi::opt_dtype_arg("ignis_log_softmax", "dtype", dtype)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_log_softmax_out(ignis_tensor* out, const ignis_tensor* self, int64_t dim, const ignis_dtype* dtype) {
  try {
    capi::Borrowed out_mut(capi::tensor_arg_handle("ignis_log_softmax_out", "out", out));
    ignis::log_softmax_out(out_mut.mut(), capi::tensor_arg("ignis_log_softmax_out", "self", self), dim, capi::opt_dtype_arg("ignis_log_softmax_out", "dtype", dtype));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_dropout(const ignis_tensor* input, double p, int32_t train, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_dropout", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::dropout(capi::tensor_arg("ignis_dropout", "input", input), p, (train != 0)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_alpha_dropout(const ignis_tensor* input, double p, int32_t train, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_alpha_dropout", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::alpha_dropout(capi::tensor_arg("ignis_alpha_dropout", "input", input), p, (train != 0)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_linear(const ignis_tensor* input, const ignis_tensor* weight, const ignis_tensor* bias, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_linear", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::linear(capi::tensor_arg("ignis_linear", "input", input), capi::tensor_arg("ignis_linear", "weight", weight), capi::opt_tensor_arg(bias)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_bilinear(const ignis_tensor* input1, const ignis_tensor* input2, const ignis_tensor* weight, const ignis_tensor* bias, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_bilinear", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::bilinear(capi::tensor_arg("ignis_bilinear", "input1", input1), capi::tensor_arg("ignis_bilinear", "input2", input2), capi::tensor_arg("ignis_bilinear", "weight", weight), capi::opt_tensor_arg(bias)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_embedding(const ignis_tensor* weight, const ignis_tensor* indices, int64_t padding_idx, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_embedding", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::embedding(capi::tensor_arg("ignis_embedding", "weight", weight), capi::tensor_arg("ignis_embedding", "indices", indices), padding_idx));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_embedding_bag(const ignis_tensor* weight, const ignis_tensor* indices, const ignis_tensor* offsets, const char* mode, const ignis_tensor* per_sample_weights, int32_t include_last_offset, const int64_t* padding_idx, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_embedding_bag", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::embedding_bag(capi::tensor_arg("ignis_embedding_bag", "weight", weight), capi::tensor_arg("ignis_embedding_bag", "indices", indices), capi::opt_tensor_arg(offsets), capi::str_arg("ignis_embedding_bag", "mode", mode), capi::opt_tensor_arg(per_sample_weights), (include_last_offset != 0), capi::opt(padding_idx)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_batch_norm(const ignis_tensor* input, const ignis_tensor* running_mean, const ignis_tensor* running_var, const ignis_tensor* weight, const ignis_tensor* bias, int32_t training, double momentum, double eps, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_batch_norm", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::batch_norm(capi::tensor_arg("ignis_batch_norm", "input", input), capi::opt_tensor_arg(running_mean), capi::opt_tensor_arg(running_var), capi::opt_tensor_arg(weight), capi::opt_tensor_arg(bias), (training != 0), momentum, eps));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_layer_norm(const ignis_tensor* input, const int64_t* normalized_shape, size_t normalized_shape_count, const ignis_tensor* weight, const ignis_tensor* bias, double eps, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_layer_norm", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::layer_norm(capi::tensor_arg("ignis_layer_norm", "input", input), capi::int_list_arg("ignis_layer_norm", "normalized_shape", normalized_shape, normalized_shape_count), capi::opt_tensor_arg(weight), capi::opt_tensor_arg(bias), eps));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_group_norm(const ignis_tensor* input, int64_t num_groups, const ignis_tensor* weight, const ignis_tensor* bias, double eps, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_group_norm", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::group_norm(capi::tensor_arg("ignis_group_norm", "input", input), num_groups, capi::opt_tensor_arg(weight), capi::opt_tensor_arg(bias), eps));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_rms_norm(const ignis_tensor* input, const int64_t* normalized_shape, size_t normalized_shape_count, const ignis_tensor* weight, const double* eps, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_rms_norm", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::rms_norm(capi::tensor_arg("ignis_rms_norm", "input", input), capi::int_list_arg("ignis_rms_norm", "normalized_shape", normalized_shape, normalized_shape_count), capi::opt_tensor_arg(weight), capi::opt(eps)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_instance_norm(const ignis_tensor* input, const ignis_tensor* weight, const ignis_tensor* bias, const ignis_tensor* running_mean, const ignis_tensor* running_var, int32_t use_input_stats, double momentum, double eps, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_instance_norm", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::instance_norm(capi::tensor_arg("ignis_instance_norm", "input", input), capi::opt_tensor_arg(weight), capi::opt_tensor_arg(bias), capi::opt_tensor_arg(running_mean), capi::opt_tensor_arg(running_var), (use_input_stats != 0), momentum, eps));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_cosine_similarity(const ignis_tensor* x1, const ignis_tensor* x2, int64_t dim, double eps, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_cosine_similarity", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::cosine_similarity(capi::tensor_arg("ignis_cosine_similarity", "x1", x1), capi::tensor_arg("ignis_cosine_similarity", "x2", x2), dim, eps));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_pairwise_distance(const ignis_tensor* x1, const ignis_tensor* x2, double p, double eps, int32_t keepdim, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_pairwise_distance", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::pairwise_distance(capi::tensor_arg("ignis_pairwise_distance", "x1", x1), capi::tensor_arg("ignis_pairwise_distance", "x2", x2), p, eps, (keepdim != 0)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_scaled_dot_product_attention(const ignis_tensor* query, const ignis_tensor* key, const ignis_tensor* value, const ignis_tensor* attn_mask, double dropout_p, int32_t is_causal, const double* scale, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_scaled_dot_product_attention", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::scaled_dot_product_attention(capi::tensor_arg("ignis_scaled_dot_product_attention", "query", query), capi::tensor_arg("ignis_scaled_dot_product_attention", "key", key), capi::tensor_arg("ignis_scaled_dot_product_attention", "value", value), capi::opt_tensor_arg(attn_mask), dropout_p, (is_causal != 0), capi::opt(scale)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_conv1d(const ignis_tensor* input, const ignis_tensor* weight, const ignis_tensor* bias, const int64_t* stride, size_t stride_count, const int64_t* padding, size_t padding_count, const int64_t* dilation, size_t dilation_count, int64_t groups, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_conv1d", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::conv1d(capi::tensor_arg("ignis_conv1d", "input", input), capi::tensor_arg("ignis_conv1d", "weight", weight), capi::opt_tensor_arg(bias), capi::int_list_arg("ignis_conv1d", "stride", stride, stride_count), capi::int_list_arg("ignis_conv1d", "padding", padding, padding_count), capi::int_list_arg("ignis_conv1d", "dilation", dilation, dilation_count), groups));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_conv1d_padding(const ignis_tensor* input, const ignis_tensor* weight, const ignis_tensor* bias, const int64_t* stride, size_t stride_count, const char* padding, const int64_t* dilation, size_t dilation_count, int64_t groups, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_conv1d_padding", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::conv1d(capi::tensor_arg("ignis_conv1d_padding", "input", input), capi::tensor_arg("ignis_conv1d_padding", "weight", weight), capi::opt_tensor_arg(bias), capi::int_list_arg("ignis_conv1d_padding", "stride", stride, stride_count), capi::str_arg("ignis_conv1d_padding", "padding", padding), capi::int_list_arg("ignis_conv1d_padding", "dilation", dilation, dilation_count), groups));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_conv2d(const ignis_tensor* input, const ignis_tensor* weight, const ignis_tensor* bias, const int64_t* stride, size_t stride_count, const int64_t* padding, size_t padding_count, const int64_t* dilation, size_t dilation_count, int64_t groups, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_conv2d", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::conv2d(capi::tensor_arg("ignis_conv2d", "input", input), capi::tensor_arg("ignis_conv2d", "weight", weight), capi::opt_tensor_arg(bias), capi::int_list_arg("ignis_conv2d", "stride", stride, stride_count), capi::int_list_arg("ignis_conv2d", "padding", padding, padding_count), capi::int_list_arg("ignis_conv2d", "dilation", dilation, dilation_count), groups));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_conv2d_padding(const ignis_tensor* input, const ignis_tensor* weight, const ignis_tensor* bias, const int64_t* stride, size_t stride_count, const char* padding, const int64_t* dilation, size_t dilation_count, int64_t groups, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_conv2d_padding", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::conv2d(capi::tensor_arg("ignis_conv2d_padding", "input", input), capi::tensor_arg("ignis_conv2d_padding", "weight", weight), capi::opt_tensor_arg(bias), capi::int_list_arg("ignis_conv2d_padding", "stride", stride, stride_count), capi::str_arg("ignis_conv2d_padding", "padding", padding), capi::int_list_arg("ignis_conv2d_padding", "dilation", dilation, dilation_count), groups));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_conv3d(const ignis_tensor* input, const ignis_tensor* weight, const ignis_tensor* bias, const int64_t* stride, size_t stride_count, const int64_t* padding, size_t padding_count, const int64_t* dilation, size_t dilation_count, int64_t groups, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_conv3d", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::conv3d(capi::tensor_arg("ignis_conv3d", "input", input), capi::tensor_arg("ignis_conv3d", "weight", weight), capi::opt_tensor_arg(bias), capi::int_list_arg("ignis_conv3d", "stride", stride, stride_count), capi::int_list_arg("ignis_conv3d", "padding", padding, padding_count), capi::int_list_arg("ignis_conv3d", "dilation", dilation, dilation_count), groups));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_conv3d_padding(const ignis_tensor* input, const ignis_tensor* weight, const ignis_tensor* bias, const int64_t* stride, size_t stride_count, const char* padding, const int64_t* dilation, size_t dilation_count, int64_t groups, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_conv3d_padding", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::conv3d(capi::tensor_arg("ignis_conv3d_padding", "input", input), capi::tensor_arg("ignis_conv3d_padding", "weight", weight), capi::opt_tensor_arg(bias), capi::int_list_arg("ignis_conv3d_padding", "stride", stride, stride_count), capi::str_arg("ignis_conv3d_padding", "padding", padding), capi::int_list_arg("ignis_conv3d_padding", "dilation", dilation, dilation_count), groups));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_conv_transpose1d(const ignis_tensor* input, const ignis_tensor* weight, const ignis_tensor* bias, const int64_t* stride, size_t stride_count, const int64_t* padding, size_t padding_count, const int64_t* output_padding, size_t output_padding_count, int64_t groups, const int64_t* dilation, size_t dilation_count, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_conv_transpose1d", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::conv_transpose1d(capi::tensor_arg("ignis_conv_transpose1d", "input", input), capi::tensor_arg("ignis_conv_transpose1d", "weight", weight), capi::opt_tensor_arg(bias), capi::int_list_arg("ignis_conv_transpose1d", "stride", stride, stride_count), capi::int_list_arg("ignis_conv_transpose1d", "padding", padding, padding_count), capi::int_list_arg("ignis_conv_transpose1d", "output_padding", output_padding, output_padding_count), groups, capi::int_list_arg("ignis_conv_transpose1d", "dilation", dilation, dilation_count)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_conv_transpose2d(const ignis_tensor* input, const ignis_tensor* weight, const ignis_tensor* bias, const int64_t* stride, size_t stride_count, const int64_t* padding, size_t padding_count, const int64_t* output_padding, size_t output_padding_count, int64_t groups, const int64_t* dilation, size_t dilation_count, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_conv_transpose2d", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::conv_transpose2d(capi::tensor_arg("ignis_conv_transpose2d", "input", input), capi::tensor_arg("ignis_conv_transpose2d", "weight", weight), capi::opt_tensor_arg(bias), capi::int_list_arg("ignis_conv_transpose2d", "stride", stride, stride_count), capi::int_list_arg("ignis_conv_transpose2d", "padding", padding, padding_count), capi::int_list_arg("ignis_conv_transpose2d", "output_padding", output_padding, output_padding_count), groups, capi::int_list_arg("ignis_conv_transpose2d", "dilation", dilation, dilation_count)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_max_pool1d(const ignis_tensor* self, const int64_t* kernel_size, size_t kernel_size_count, const int64_t* stride, size_t stride_count, const int64_t* padding, size_t padding_count, const int64_t* dilation, size_t dilation_count, int32_t ceil_mode, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_max_pool1d", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::max_pool1d(capi::tensor_arg("ignis_max_pool1d", "self", self), capi::int_list_arg("ignis_max_pool1d", "kernel_size", kernel_size, kernel_size_count), capi::int_list_arg("ignis_max_pool1d", "stride", stride, stride_count), capi::int_list_arg("ignis_max_pool1d", "padding", padding, padding_count), capi::int_list_arg("ignis_max_pool1d", "dilation", dilation, dilation_count), (ceil_mode != 0)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_max_pool2d(const ignis_tensor* self, const int64_t* kernel_size, size_t kernel_size_count, const int64_t* stride, size_t stride_count, const int64_t* padding, size_t padding_count, const int64_t* dilation, size_t dilation_count, int32_t ceil_mode, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_max_pool2d", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::max_pool2d(capi::tensor_arg("ignis_max_pool2d", "self", self), capi::int_list_arg("ignis_max_pool2d", "kernel_size", kernel_size, kernel_size_count), capi::int_list_arg("ignis_max_pool2d", "stride", stride, stride_count), capi::int_list_arg("ignis_max_pool2d", "padding", padding, padding_count), capi::int_list_arg("ignis_max_pool2d", "dilation", dilation, dilation_count), (ceil_mode != 0)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_max_pool2d_with_indices(const ignis_tensor* self, const int64_t* kernel_size, size_t kernel_size_count, const int64_t* stride, size_t stride_count, const int64_t* padding, size_t padding_count, const int64_t* dilation, size_t dilation_count, int32_t ceil_mode, ignis_tensor** out0, ignis_tensor** out1) {
  if (!out0) return capi::null_out("ignis_max_pool2d_with_indices", "out0");
  if (!out1) return capi::null_out("ignis_max_pool2d_with_indices", "out1");
  *out0 = nullptr;
  *out1 = nullptr;
  try {
    auto r = ignis::max_pool2d_with_indices(capi::tensor_arg("ignis_max_pool2d_with_indices", "self", self), capi::int_list_arg("ignis_max_pool2d_with_indices", "kernel_size", kernel_size, kernel_size_count), capi::int_list_arg("ignis_max_pool2d_with_indices", "stride", stride, stride_count), capi::int_list_arg("ignis_max_pool2d_with_indices", "padding", padding, padding_count), capi::int_list_arg("ignis_max_pool2d_with_indices", "dilation", dilation, dilation_count), (ceil_mode != 0));
    *out0 = capi::leak(std::move(std::get<0>(r)));
    *out1 = capi::leak(std::move(std::get<1>(r)));
    return IGNIS_OK;
  } catch (...) {
    ignis_tensor_release(*out0);
    *out0 = nullptr;
    ignis_tensor_release(*out1);
    *out1 = nullptr;
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_avg_pool1d(const ignis_tensor* self, const int64_t* kernel_size, size_t kernel_size_count, const int64_t* stride, size_t stride_count, const int64_t* padding, size_t padding_count, int32_t ceil_mode, int32_t count_include_pad, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_avg_pool1d", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::avg_pool1d(capi::tensor_arg("ignis_avg_pool1d", "self", self), capi::int_list_arg("ignis_avg_pool1d", "kernel_size", kernel_size, kernel_size_count), capi::int_list_arg("ignis_avg_pool1d", "stride", stride, stride_count), capi::int_list_arg("ignis_avg_pool1d", "padding", padding, padding_count), (ceil_mode != 0), (count_include_pad != 0)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_avg_pool2d(const ignis_tensor* self, const int64_t* kernel_size, size_t kernel_size_count, const int64_t* stride, size_t stride_count, const int64_t* padding, size_t padding_count, int32_t ceil_mode, int32_t count_include_pad, const int64_t* divisor_override, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_avg_pool2d", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::avg_pool2d(capi::tensor_arg("ignis_avg_pool2d", "self", self), capi::int_list_arg("ignis_avg_pool2d", "kernel_size", kernel_size, kernel_size_count), capi::int_list_arg("ignis_avg_pool2d", "stride", stride, stride_count), capi::int_list_arg("ignis_avg_pool2d", "padding", padding, padding_count), (ceil_mode != 0), (count_include_pad != 0), capi::opt(divisor_override)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_adaptive_avg_pool1d(const ignis_tensor* self, const int64_t* output_size, size_t output_size_count, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_adaptive_avg_pool1d", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::adaptive_avg_pool1d(capi::tensor_arg("ignis_adaptive_avg_pool1d", "self", self), capi::int_list_arg("ignis_adaptive_avg_pool1d", "output_size", output_size, output_size_count)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_adaptive_avg_pool2d(const ignis_tensor* self, const int64_t* output_size, size_t output_size_count, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_adaptive_avg_pool2d", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::adaptive_avg_pool2d(capi::tensor_arg("ignis_adaptive_avg_pool2d", "self", self), capi::int_list_arg("ignis_adaptive_avg_pool2d", "output_size", output_size, output_size_count)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_adaptive_max_pool2d(const ignis_tensor* self, const int64_t* output_size, size_t output_size_count, ignis_tensor** out0, ignis_tensor** out1) {
  if (!out0) return capi::null_out("ignis_adaptive_max_pool2d", "out0");
  if (!out1) return capi::null_out("ignis_adaptive_max_pool2d", "out1");
  *out0 = nullptr;
  *out1 = nullptr;
  try {
    auto r = ignis::adaptive_max_pool2d(capi::tensor_arg("ignis_adaptive_max_pool2d", "self", self), capi::int_list_arg("ignis_adaptive_max_pool2d", "output_size", output_size, output_size_count));
    *out0 = capi::leak(std::move(std::get<0>(r)));
    *out1 = capi::leak(std::move(std::get<1>(r)));
    return IGNIS_OK;
  } catch (...) {
    ignis_tensor_release(*out0);
    *out0 = nullptr;
    ignis_tensor_release(*out1);
    *out1 = nullptr;
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_interpolate(const ignis_tensor* input, const int64_t* size, size_t size_count, const double* scale_factor, const char* mode, const int32_t* align_corners, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_interpolate", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::interpolate(capi::tensor_arg("ignis_interpolate", "input", input), capi::opt_int_list_arg("ignis_interpolate", "size", size, size_count), capi::opt(scale_factor), capi::str_arg("ignis_interpolate", "mode", mode), capi::opt_bool(align_corners)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_cross_entropy(const ignis_tensor* input, const ignis_tensor* target, const ignis_tensor* weight, int64_t ignore_index, const char* reduction, double label_smoothing, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_cross_entropy", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::cross_entropy(capi::tensor_arg("ignis_cross_entropy", "input", input), capi::tensor_arg("ignis_cross_entropy", "target", target), capi::opt_tensor_arg(weight), ignore_index, capi::str_arg("ignis_cross_entropy", "reduction", reduction), label_smoothing));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_nll_loss(const ignis_tensor* input, const ignis_tensor* target, const ignis_tensor* weight, int64_t ignore_index, const char* reduction, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_nll_loss", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::nll_loss(capi::tensor_arg("ignis_nll_loss", "input", input), capi::tensor_arg("ignis_nll_loss", "target", target), capi::opt_tensor_arg(weight), ignore_index, capi::str_arg("ignis_nll_loss", "reduction", reduction)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_mse_loss(const ignis_tensor* input, const ignis_tensor* target, const char* reduction, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_mse_loss", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::mse_loss(capi::tensor_arg("ignis_mse_loss", "input", input), capi::tensor_arg("ignis_mse_loss", "target", target), capi::str_arg("ignis_mse_loss", "reduction", reduction)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_l1_loss(const ignis_tensor* input, const ignis_tensor* target, const char* reduction, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_l1_loss", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::l1_loss(capi::tensor_arg("ignis_l1_loss", "input", input), capi::tensor_arg("ignis_l1_loss", "target", target), capi::str_arg("ignis_l1_loss", "reduction", reduction)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_smooth_l1_loss(const ignis_tensor* input, const ignis_tensor* target, const char* reduction, double beta, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_smooth_l1_loss", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::smooth_l1_loss(capi::tensor_arg("ignis_smooth_l1_loss", "input", input), capi::tensor_arg("ignis_smooth_l1_loss", "target", target), capi::str_arg("ignis_smooth_l1_loss", "reduction", reduction), beta));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_huber_loss(const ignis_tensor* input, const ignis_tensor* target, const char* reduction, double delta, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_huber_loss", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::huber_loss(capi::tensor_arg("ignis_huber_loss", "input", input), capi::tensor_arg("ignis_huber_loss", "target", target), capi::str_arg("ignis_huber_loss", "reduction", reduction), delta));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_binary_cross_entropy(const ignis_tensor* input, const ignis_tensor* target, const ignis_tensor* weight, const char* reduction, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_binary_cross_entropy", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::binary_cross_entropy(capi::tensor_arg("ignis_binary_cross_entropy", "input", input), capi::tensor_arg("ignis_binary_cross_entropy", "target", target), capi::opt_tensor_arg(weight), capi::str_arg("ignis_binary_cross_entropy", "reduction", reduction)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_binary_cross_entropy_with_logits(const ignis_tensor* input, const ignis_tensor* target, const ignis_tensor* weight, const ignis_tensor* pos_weight, const char* reduction, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_binary_cross_entropy_with_logits", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::binary_cross_entropy_with_logits(capi::tensor_arg("ignis_binary_cross_entropy_with_logits", "input", input), capi::tensor_arg("ignis_binary_cross_entropy_with_logits", "target", target), capi::opt_tensor_arg(weight), capi::opt_tensor_arg(pos_weight), capi::str_arg("ignis_binary_cross_entropy_with_logits", "reduction", reduction)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

extern "C" IGNIS_API ignis_status ignis_kl_div(const ignis_tensor* input, const ignis_tensor* target, const char* reduction, int32_t log_target, ignis_tensor** out) {
  if (!out) return capi::null_out("ignis_kl_div", "out");
  *out = nullptr;
  try {
    *out = capi::leak(ignis::kl_div(capi::tensor_arg("ignis_kl_div", "input", input), capi::tensor_arg("ignis_kl_div", "target", target), capi::str_arg("ignis_kl_div", "reduction", reduction), (log_target != 0)));
    return IGNIS_OK;
  } catch (...) {
    return capi::handle_exception();
  }
}

namespace ignis::capi {
namespace {
namespace dyn = ignis::capi::dyn;

void dyn_0(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "neg";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(neg(a0));
}

void dyn_0_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "neg_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  neg_(a0);
  outs.push_back(a0);
}

void dyn_1(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "abs";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(abs(a0));
}

void dyn_1_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "abs_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  abs_(a0);
  outs.push_back(a0);
}

void dyn_2(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "sign";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(sign(a0));
}

void dyn_2_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "sign_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  sign_(a0);
  outs.push_back(a0);
}

void dyn_3(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "exp";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(exp(a0));
}

void dyn_3_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "exp_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  exp_(a0);
  outs.push_back(a0);
}

void dyn_4(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "exp2";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(exp2(a0));
}

void dyn_4_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "exp2_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  exp2_(a0);
  outs.push_back(a0);
}

void dyn_5(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "expm1";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(expm1(a0));
}

void dyn_5_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "expm1_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  expm1_(a0);
  outs.push_back(a0);
}

void dyn_6(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "log";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(log(a0));
}

void dyn_6_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "log_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  log_(a0);
  outs.push_back(a0);
}

void dyn_7(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "log2";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(log2(a0));
}

void dyn_7_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "log2_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  log2_(a0);
  outs.push_back(a0);
}

void dyn_8(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "log10";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(log10(a0));
}

void dyn_8_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "log10_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  log10_(a0);
  outs.push_back(a0);
}

void dyn_9(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "log1p";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(log1p(a0));
}

void dyn_9_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "log1p_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  log1p_(a0);
  outs.push_back(a0);
}

void dyn_10(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "sqrt";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(sqrt(a0));
}

void dyn_10_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "sqrt_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  sqrt_(a0);
  outs.push_back(a0);
}

void dyn_11(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "rsqrt";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(rsqrt(a0));
}

void dyn_11_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "rsqrt_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  rsqrt_(a0);
  outs.push_back(a0);
}

void dyn_12(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "reciprocal";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(reciprocal(a0));
}

void dyn_12_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "reciprocal_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  reciprocal_(a0);
  outs.push_back(a0);
}

void dyn_13(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "sin";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(sin(a0));
}

void dyn_13_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "sin_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  sin_(a0);
  outs.push_back(a0);
}

void dyn_14(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "cos";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(cos(a0));
}

void dyn_14_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "cos_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  cos_(a0);
  outs.push_back(a0);
}

void dyn_15(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "tan";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(tan(a0));
}

void dyn_15_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "tan_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  tan_(a0);
  outs.push_back(a0);
}

void dyn_16(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "asin";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(asin(a0));
}

void dyn_16_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "asin_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  asin_(a0);
  outs.push_back(a0);
}

void dyn_17(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "acos";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(acos(a0));
}

void dyn_17_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "acos_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  acos_(a0);
  outs.push_back(a0);
}

void dyn_18(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "atan";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(atan(a0));
}

void dyn_18_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "atan_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  atan_(a0);
  outs.push_back(a0);
}

void dyn_19(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "sinh";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(sinh(a0));
}

void dyn_19_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "sinh_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  sinh_(a0);
  outs.push_back(a0);
}

void dyn_20(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "cosh";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(cosh(a0));
}

void dyn_20_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "cosh_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  cosh_(a0);
  outs.push_back(a0);
}

void dyn_21(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "tanh";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(tanh(a0));
}

void dyn_21_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "tanh_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  tanh_(a0);
  outs.push_back(a0);
}

void dyn_22(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "sigmoid";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(sigmoid(a0));
}

void dyn_22_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "sigmoid_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  sigmoid_(a0);
  outs.push_back(a0);
}

void dyn_23(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "logsigmoid";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(logsigmoid(a0));
}

void dyn_24(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "relu";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(relu(a0));
}

void dyn_24_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "relu_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  relu_(a0);
  outs.push_back(a0);
}

void dyn_25(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "relu6";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(relu6(a0));
}

void dyn_25_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "relu6_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  relu6_(a0);
  outs.push_back(a0);
}

void dyn_26(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "leaky_relu";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::present(a, n, 1) ? Scalar(dyn::get_scalar(a[1], fn, "negative_slope")) : Scalar(0.01);
  outs.push_back(leaky_relu(a0, a1));
}

void dyn_26_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "leaky_relu_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::present(a, n, 1) ? Scalar(dyn::get_scalar(a[1], fn, "negative_slope")) : Scalar(0.01);
  leaky_relu_(a0, a1);
  outs.push_back(a0);
}

void dyn_27(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "elu";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::present(a, n, 1) ? Scalar(dyn::get_scalar(a[1], fn, "alpha")) : Scalar(1);
  Scalar a2 = dyn::present(a, n, 2) ? Scalar(dyn::get_scalar(a[2], fn, "scale")) : Scalar(1);
  Scalar a3 = dyn::present(a, n, 3) ? Scalar(dyn::get_scalar(a[3], fn, "input_scale")) : Scalar(1);
  outs.push_back(elu(a0, a1, a2, a3));
}

void dyn_27_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "elu_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::present(a, n, 1) ? Scalar(dyn::get_scalar(a[1], fn, "alpha")) : Scalar(1);
  Scalar a2 = dyn::present(a, n, 2) ? Scalar(dyn::get_scalar(a[2], fn, "scale")) : Scalar(1);
  Scalar a3 = dyn::present(a, n, 3) ? Scalar(dyn::get_scalar(a[3], fn, "input_scale")) : Scalar(1);
  elu_(a0, a1, a2, a3);
  outs.push_back(a0);
}

void dyn_28(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "selu";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(selu(a0));
}

void dyn_28_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "selu_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  selu_(a0);
  outs.push_back(a0);
}

void dyn_29(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "gelu";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::string a1 = dyn::present(a, n, 1) ? std::string(dyn::get_str(a[1], fn, "approximate")) : std::string("none");
  outs.push_back(gelu(a0, a1));
}

void dyn_29_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "gelu_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::string a1 = dyn::present(a, n, 1) ? std::string(dyn::get_str(a[1], fn, "approximate")) : std::string("none");
  gelu_(a0, a1);
  outs.push_back(a0);
}

void dyn_30(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "silu";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(silu(a0));
}

void dyn_30_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "silu_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  silu_(a0);
  outs.push_back(a0);
}

void dyn_31(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "mish";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(mish(a0));
}

void dyn_31_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "mish_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  mish_(a0);
  outs.push_back(a0);
}

void dyn_32(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "softplus";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::present(a, n, 1) ? Scalar(dyn::get_scalar(a[1], fn, "beta")) : Scalar(1);
  Scalar a2 = dyn::present(a, n, 2) ? Scalar(dyn::get_scalar(a[2], fn, "threshold")) : Scalar(20);
  outs.push_back(softplus(a0, a1, a2));
}

void dyn_33(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "hardswish";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(hardswish(a0));
}

void dyn_33_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "hardswish_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  hardswish_(a0);
  outs.push_back(a0);
}

void dyn_34(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "hardsigmoid";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(hardsigmoid(a0));
}

void dyn_34_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "hardsigmoid_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  hardsigmoid_(a0);
  outs.push_back(a0);
}

void dyn_35(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "erf";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(erf(a0));
}

void dyn_35_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "erf_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  erf_(a0);
  outs.push_back(a0);
}

void dyn_36(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "erfinv";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(erfinv(a0));
}

void dyn_36_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "erfinv_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  erfinv_(a0);
  outs.push_back(a0);
}

void dyn_37(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "floor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(floor(a0));
}

void dyn_37_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "floor_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  floor_(a0);
  outs.push_back(a0);
}

void dyn_38(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "ceil";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(ceil(a0));
}

void dyn_38_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "ceil_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  ceil_(a0);
  outs.push_back(a0);
}

void dyn_39(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "round";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(round(a0));
}

void dyn_39_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "round_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  round_(a0);
  outs.push_back(a0);
}

void dyn_40(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "round.decimals";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::get_int(dyn::required(a, n, 1, fn, "decimals"), fn, "decimals");
  outs.push_back(round(a0, a1));
}

void dyn_40_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "round_.decimals";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::get_int(dyn::required(a, n, 1, fn, "decimals"), fn, "decimals");
  round_(a0, a1);
  outs.push_back(a0);
}

void dyn_41(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "trunc";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(trunc(a0));
}

void dyn_41_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "trunc_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  trunc_(a0);
  outs.push_back(a0);
}

void dyn_42(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "frac";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(frac(a0));
}

void dyn_42_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "frac_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  frac_(a0);
  outs.push_back(a0);
}

void dyn_43(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "isnan";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(isnan(a0));
}

void dyn_44(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "isinf";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(isinf(a0));
}

void dyn_45(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "isfinite";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(isfinite(a0));
}

void dyn_46(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "nan_to_num";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::optional<double> a1 = dyn::present(a, n, 1) ? std::optional<double>(dyn::get_float(a[1], fn, "nan")) : std::nullopt;
  std::optional<double> a2 = dyn::present(a, n, 2) ? std::optional<double>(dyn::get_float(a[2], fn, "posinf")) : std::nullopt;
  std::optional<double> a3 = dyn::present(a, n, 3) ? std::optional<double>(dyn::get_float(a[3], fn, "neginf")) : std::nullopt;
  outs.push_back(nan_to_num(a0, a1, a2, a3));
}

void dyn_46_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "nan_to_num_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::optional<double> a1 = dyn::present(a, n, 1) ? std::optional<double>(dyn::get_float(a[1], fn, "nan")) : std::nullopt;
  std::optional<double> a2 = dyn::present(a, n, 2) ? std::optional<double>(dyn::get_float(a[2], fn, "posinf")) : std::nullopt;
  std::optional<double> a3 = dyn::present(a, n, 3) ? std::optional<double>(dyn::get_float(a[3], fn, "neginf")) : std::nullopt;
  nan_to_num_(a0, a1, a2, a3);
  outs.push_back(a0);
}

void dyn_47(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "logical_not";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(logical_not(a0));
}

void dyn_47_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "logical_not_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  logical_not_(a0);
  outs.push_back(a0);
}

void dyn_48(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "bitwise_not";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(bitwise_not(a0));
}

void dyn_48_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "bitwise_not_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  bitwise_not_(a0);
  outs.push_back(a0);
}

void dyn_49(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "add.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  Scalar a2 = dyn::present(a, n, 2) ? Scalar(dyn::get_scalar(a[2], fn, "alpha")) : Scalar(1);
  outs.push_back(add(a0, a1, a2));
}

void dyn_49_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "add_.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  Scalar a2 = dyn::present(a, n, 2) ? Scalar(dyn::get_scalar(a[2], fn, "alpha")) : Scalar(1);
  add_(a0, a1, a2);
  outs.push_back(a0);
}

void dyn_50(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "add.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  Scalar a2 = dyn::present(a, n, 2) ? Scalar(dyn::get_scalar(a[2], fn, "alpha")) : Scalar(1);
  outs.push_back(add(a0, a1, a2));
}

void dyn_50_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "add_.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  Scalar a2 = dyn::present(a, n, 2) ? Scalar(dyn::get_scalar(a[2], fn, "alpha")) : Scalar(1);
  add_(a0, a1, a2);
  outs.push_back(a0);
}

void dyn_51(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "sub.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  Scalar a2 = dyn::present(a, n, 2) ? Scalar(dyn::get_scalar(a[2], fn, "alpha")) : Scalar(1);
  outs.push_back(sub(a0, a1, a2));
}

void dyn_51_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "sub_.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  Scalar a2 = dyn::present(a, n, 2) ? Scalar(dyn::get_scalar(a[2], fn, "alpha")) : Scalar(1);
  sub_(a0, a1, a2);
  outs.push_back(a0);
}

void dyn_52(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "sub.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  Scalar a2 = dyn::present(a, n, 2) ? Scalar(dyn::get_scalar(a[2], fn, "alpha")) : Scalar(1);
  outs.push_back(sub(a0, a1, a2));
}

void dyn_52_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "sub_.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  Scalar a2 = dyn::present(a, n, 2) ? Scalar(dyn::get_scalar(a[2], fn, "alpha")) : Scalar(1);
  sub_(a0, a1, a2);
  outs.push_back(a0);
}

void dyn_53(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "mul.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(mul(a0, a1));
}

void dyn_53_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "mul_.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  mul_(a0, a1);
  outs.push_back(a0);
}

void dyn_54(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "mul.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(mul(a0, a1));
}

void dyn_54_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "mul_.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  mul_(a0, a1);
  outs.push_back(a0);
}

void dyn_55(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "div.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(div(a0, a1));
}

void dyn_55_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "div_.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  div_(a0, a1);
  outs.push_back(a0);
}

void dyn_56(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "div.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(div(a0, a1));
}

void dyn_56_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "div_.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  div_(a0, a1);
  outs.push_back(a0);
}

void dyn_57(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "div.Tensor_mode";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  std::optional<std::string> a2 = dyn::present(a, n, 2) ? std::optional<std::string>(dyn::get_str(a[2], fn, "rounding_mode")) : std::nullopt;
  outs.push_back(div(a0, a1, (a2 ? std::optional<std::string_view>(*a2) : std::nullopt)));
}

void dyn_57_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "div_.Tensor_mode";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  std::optional<std::string> a2 = dyn::present(a, n, 2) ? std::optional<std::string>(dyn::get_str(a[2], fn, "rounding_mode")) : std::nullopt;
  div_(a0, a1, (a2 ? std::optional<std::string_view>(*a2) : std::nullopt));
  outs.push_back(a0);
}

void dyn_58(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "div.Scalar_mode";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  std::optional<std::string> a2 = dyn::present(a, n, 2) ? std::optional<std::string>(dyn::get_str(a[2], fn, "rounding_mode")) : std::nullopt;
  outs.push_back(div(a0, a1, (a2 ? std::optional<std::string_view>(*a2) : std::nullopt)));
}

void dyn_58_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "div_.Scalar_mode";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  std::optional<std::string> a2 = dyn::present(a, n, 2) ? std::optional<std::string>(dyn::get_str(a[2], fn, "rounding_mode")) : std::nullopt;
  div_(a0, a1, (a2 ? std::optional<std::string_view>(*a2) : std::nullopt));
  outs.push_back(a0);
}

void dyn_59(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "floor_divide";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(floor_divide(a0, a1));
}

void dyn_59_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "floor_divide_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  floor_divide_(a0, a1);
  outs.push_back(a0);
}

void dyn_60(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "floor_divide.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(floor_divide(a0, a1));
}

void dyn_60_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "floor_divide_.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  floor_divide_(a0, a1);
  outs.push_back(a0);
}

void dyn_61(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "remainder.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(remainder(a0, a1));
}

void dyn_61_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "remainder_.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  remainder_(a0, a1);
  outs.push_back(a0);
}

void dyn_62(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "remainder.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(remainder(a0, a1));
}

void dyn_62_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "remainder_.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  remainder_(a0, a1);
  outs.push_back(a0);
}

void dyn_63(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "remainder.Scalar_Tensor";
  Scalar a0 = dyn::get_scalar(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(remainder(a0, a1));
}

void dyn_64(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "fmod.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(fmod(a0, a1));
}

void dyn_64_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "fmod_.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  fmod_(a0, a1);
  outs.push_back(a0);
}

void dyn_65(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "fmod.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(fmod(a0, a1));
}

void dyn_65_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "fmod_.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  fmod_(a0, a1);
  outs.push_back(a0);
}

void dyn_66(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "pow.Tensor_Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "exponent"), fn, "exponent");
  outs.push_back(pow(a0, a1));
}

void dyn_66_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "pow_.Tensor_Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "exponent"), fn, "exponent");
  pow_(a0, a1);
  outs.push_back(a0);
}

void dyn_67(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "pow.Tensor_Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "exponent"), fn, "exponent");
  outs.push_back(pow(a0, a1));
}

void dyn_67_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "pow_.Tensor_Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "exponent"), fn, "exponent");
  pow_(a0, a1);
  outs.push_back(a0);
}

void dyn_68(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "pow.Scalar_self";
  Scalar a0 = dyn::get_scalar(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "exponent"), fn, "exponent");
  outs.push_back(pow(a0, a1));
}

void dyn_69(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "atan2";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(atan2(a0, a1));
}

void dyn_69_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "atan2_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  atan2_(a0, a1);
  outs.push_back(a0);
}

void dyn_70(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "maximum";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(maximum(a0, a1));
}

void dyn_71(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "minimum";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(minimum(a0, a1));
}

void dyn_72(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "eq.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(eq(a0, a1));
}

void dyn_72_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "eq_.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  eq_(a0, a1);
  outs.push_back(a0);
}

void dyn_73(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "eq.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(eq(a0, a1));
}

void dyn_73_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "eq_.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  eq_(a0, a1);
  outs.push_back(a0);
}

void dyn_74(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "ne.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(ne(a0, a1));
}

void dyn_74_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "ne_.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  ne_(a0, a1);
  outs.push_back(a0);
}

void dyn_75(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "ne.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(ne(a0, a1));
}

void dyn_75_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "ne_.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  ne_(a0, a1);
  outs.push_back(a0);
}

void dyn_76(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "lt.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(lt(a0, a1));
}

void dyn_76_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "lt_.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  lt_(a0, a1);
  outs.push_back(a0);
}

void dyn_77(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "lt.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(lt(a0, a1));
}

void dyn_77_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "lt_.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  lt_(a0, a1);
  outs.push_back(a0);
}

void dyn_78(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "le.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(le(a0, a1));
}

void dyn_78_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "le_.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  le_(a0, a1);
  outs.push_back(a0);
}

void dyn_79(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "le.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(le(a0, a1));
}

void dyn_79_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "le_.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  le_(a0, a1);
  outs.push_back(a0);
}

void dyn_80(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "gt.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(gt(a0, a1));
}

void dyn_80_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "gt_.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  gt_(a0, a1);
  outs.push_back(a0);
}

void dyn_81(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "gt.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(gt(a0, a1));
}

void dyn_81_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "gt_.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  gt_(a0, a1);
  outs.push_back(a0);
}

void dyn_82(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "ge.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(ge(a0, a1));
}

void dyn_82_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "ge_.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  ge_(a0, a1);
  outs.push_back(a0);
}

void dyn_83(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "ge.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(ge(a0, a1));
}

void dyn_83_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "ge_.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  ge_(a0, a1);
  outs.push_back(a0);
}

void dyn_84(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "logical_and";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(logical_and(a0, a1));
}

void dyn_84_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "logical_and_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  logical_and_(a0, a1);
  outs.push_back(a0);
}

void dyn_85(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "logical_or";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(logical_or(a0, a1));
}

void dyn_85_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "logical_or_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  logical_or_(a0, a1);
  outs.push_back(a0);
}

void dyn_86(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "logical_xor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(logical_xor(a0, a1));
}

void dyn_86_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "logical_xor_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  logical_xor_(a0, a1);
  outs.push_back(a0);
}

void dyn_87(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "bitwise_and.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(bitwise_and(a0, a1));
}

void dyn_87_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "bitwise_and_.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  bitwise_and_(a0, a1);
  outs.push_back(a0);
}

void dyn_88(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "bitwise_and.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(bitwise_and(a0, a1));
}

void dyn_88_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "bitwise_and_.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  bitwise_and_(a0, a1);
  outs.push_back(a0);
}

void dyn_89(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "bitwise_or.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(bitwise_or(a0, a1));
}

void dyn_89_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "bitwise_or_.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  bitwise_or_(a0, a1);
  outs.push_back(a0);
}

void dyn_90(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "bitwise_or.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(bitwise_or(a0, a1));
}

void dyn_90_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "bitwise_or_.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  bitwise_or_(a0, a1);
  outs.push_back(a0);
}

void dyn_91(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "bitwise_xor.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(bitwise_xor(a0, a1));
}

void dyn_91_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "bitwise_xor_.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  bitwise_xor_(a0, a1);
  outs.push_back(a0);
}

void dyn_92(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "bitwise_xor.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(bitwise_xor(a0, a1));
}

void dyn_92_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "bitwise_xor_.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "other"), fn, "other");
  bitwise_xor_(a0, a1);
  outs.push_back(a0);
}

void dyn_93(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "where.self";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "condition"), fn, "condition");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "self"), fn, "self");
  Tensor a2 = dyn::get_tensor(dyn::required(a, n, 2, fn, "other"), fn, "other");
  outs.push_back(where(a0, a1, a2));
}

void dyn_94(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "where.ScalarSelf";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "condition"), fn, "condition");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "self"), fn, "self");
  Tensor a2 = dyn::get_tensor(dyn::required(a, n, 2, fn, "other"), fn, "other");
  outs.push_back(where(a0, a1, a2));
}

void dyn_95(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "where.ScalarOther";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "condition"), fn, "condition");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "self"), fn, "self");
  Scalar a2 = dyn::get_scalar(dyn::required(a, n, 2, fn, "other"), fn, "other");
  outs.push_back(where(a0, a1, a2));
}

void dyn_96(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "where.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "condition"), fn, "condition");
  Scalar a1 = dyn::get_scalar(dyn::required(a, n, 1, fn, "self"), fn, "self");
  Scalar a2 = dyn::get_scalar(dyn::required(a, n, 2, fn, "other"), fn, "other");
  outs.push_back(where(a0, a1, a2));
}

void dyn_97(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "clamp";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::optional<Scalar> a1 = dyn::present(a, n, 1) ? std::optional<Scalar>(dyn::get_scalar(a[1], fn, "min")) : std::nullopt;
  std::optional<Scalar> a2 = dyn::present(a, n, 2) ? std::optional<Scalar>(dyn::get_scalar(a[2], fn, "max")) : std::nullopt;
  outs.push_back(clamp(a0, a1, a2));
}

void dyn_97_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "clamp_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::optional<Scalar> a1 = dyn::present(a, n, 1) ? std::optional<Scalar>(dyn::get_scalar(a[1], fn, "min")) : std::nullopt;
  std::optional<Scalar> a2 = dyn::present(a, n, 2) ? std::optional<Scalar>(dyn::get_scalar(a[2], fn, "max")) : std::nullopt;
  clamp_(a0, a1, a2);
  outs.push_back(a0);
}

void dyn_98(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "clamp.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::optional<Tensor> a1 = dyn::present(a, n, 1) ? std::optional<Tensor>(dyn::get_tensor(a[1], fn, "min")) : std::nullopt;
  std::optional<Tensor> a2 = dyn::present(a, n, 2) ? std::optional<Tensor>(dyn::get_tensor(a[2], fn, "max")) : std::nullopt;
  outs.push_back(clamp(a0, a1, a2));
}

void dyn_98_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "clamp_.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::optional<Tensor> a1 = dyn::present(a, n, 1) ? std::optional<Tensor>(dyn::get_tensor(a[1], fn, "min")) : std::nullopt;
  std::optional<Tensor> a2 = dyn::present(a, n, 2) ? std::optional<Tensor>(dyn::get_tensor(a[2], fn, "max")) : std::nullopt;
  clamp_(a0, a1, a2);
  outs.push_back(a0);
}

void dyn_99(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "lerp.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "end"), fn, "end");
  Scalar a2 = dyn::get_scalar(dyn::required(a, n, 2, fn, "weight"), fn, "weight");
  outs.push_back(lerp(a0, a1, a2));
}

void dyn_99_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "lerp_.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "end"), fn, "end");
  Scalar a2 = dyn::get_scalar(dyn::required(a, n, 2, fn, "weight"), fn, "weight");
  lerp_(a0, a1, a2);
  outs.push_back(a0);
}

void dyn_100(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "lerp.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "end"), fn, "end");
  Tensor a2 = dyn::get_tensor(dyn::required(a, n, 2, fn, "weight"), fn, "weight");
  outs.push_back(lerp(a0, a1, a2));
}

void dyn_100_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "lerp_.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "end"), fn, "end");
  Tensor a2 = dyn::get_tensor(dyn::required(a, n, 2, fn, "weight"), fn, "weight");
  lerp_(a0, a1, a2);
  outs.push_back(a0);
}

void dyn_101(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "addcmul";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "tensor1"), fn, "tensor1");
  Tensor a2 = dyn::get_tensor(dyn::required(a, n, 2, fn, "tensor2"), fn, "tensor2");
  Scalar a3 = dyn::present(a, n, 3) ? Scalar(dyn::get_scalar(a[3], fn, "value")) : Scalar(1);
  outs.push_back(addcmul(a0, a1, a2, a3));
}

void dyn_101_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "addcmul_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "tensor1"), fn, "tensor1");
  Tensor a2 = dyn::get_tensor(dyn::required(a, n, 2, fn, "tensor2"), fn, "tensor2");
  Scalar a3 = dyn::present(a, n, 3) ? Scalar(dyn::get_scalar(a[3], fn, "value")) : Scalar(1);
  addcmul_(a0, a1, a2, a3);
  outs.push_back(a0);
}

void dyn_102(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "addcdiv";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "tensor1"), fn, "tensor1");
  Tensor a2 = dyn::get_tensor(dyn::required(a, n, 2, fn, "tensor2"), fn, "tensor2");
  Scalar a3 = dyn::present(a, n, 3) ? Scalar(dyn::get_scalar(a[3], fn, "value")) : Scalar(1);
  outs.push_back(addcdiv(a0, a1, a2, a3));
}

void dyn_102_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "addcdiv_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "tensor1"), fn, "tensor1");
  Tensor a2 = dyn::get_tensor(dyn::required(a, n, 2, fn, "tensor2"), fn, "tensor2");
  Scalar a3 = dyn::present(a, n, 3) ? Scalar(dyn::get_scalar(a[3], fn, "value")) : Scalar(1);
  addcdiv_(a0, a1, a2, a3);
  outs.push_back(a0);
}

void dyn_103(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "sum";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::optional<std::vector<int64_t>> a1 = dyn::present(a, n, 1) ? std::optional<std::vector<int64_t>>(dyn::get_int_list(a[1], fn, "dim")) : std::nullopt;
  bool a2 = dyn::present(a, n, 2) ? bool(dyn::get_bool(a[2], fn, "keepdim")) : bool(false);
  std::optional<DType> a3 = dyn::present(a, n, 3) ? std::optional<DType>(dyn::get_dtype(a[3], fn, "dtype")) : std::nullopt;
  outs.push_back(sum(a0, (a1 ? OptIntArrayRef(*a1) : OptIntArrayRef()), a2, a3));
}

void dyn_104(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "mean";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::optional<std::vector<int64_t>> a1 = dyn::present(a, n, 1) ? std::optional<std::vector<int64_t>>(dyn::get_int_list(a[1], fn, "dim")) : std::nullopt;
  bool a2 = dyn::present(a, n, 2) ? bool(dyn::get_bool(a[2], fn, "keepdim")) : bool(false);
  std::optional<DType> a3 = dyn::present(a, n, 3) ? std::optional<DType>(dyn::get_dtype(a[3], fn, "dtype")) : std::nullopt;
  outs.push_back(mean(a0, (a1 ? OptIntArrayRef(*a1) : OptIntArrayRef()), a2, a3));
}

void dyn_105(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "prod";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::optional<std::vector<int64_t>> a1 = dyn::present(a, n, 1) ? std::optional<std::vector<int64_t>>(dyn::get_int_list(a[1], fn, "dim")) : std::nullopt;
  bool a2 = dyn::present(a, n, 2) ? bool(dyn::get_bool(a[2], fn, "keepdim")) : bool(false);
  std::optional<DType> a3 = dyn::present(a, n, 3) ? std::optional<DType>(dyn::get_dtype(a[3], fn, "dtype")) : std::nullopt;
  outs.push_back(prod(a0, (a1 ? OptIntArrayRef(*a1) : OptIntArrayRef()), a2, a3));
}

void dyn_106(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "var";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::optional<std::vector<int64_t>> a1 = dyn::present(a, n, 1) ? std::optional<std::vector<int64_t>>(dyn::get_int_list(a[1], fn, "dim")) : std::nullopt;
  std::optional<Scalar> a2 = dyn::present(a, n, 2) ? std::optional<Scalar>(dyn::get_scalar(a[2], fn, "correction")) : std::nullopt;
  bool a3 = dyn::present(a, n, 3) ? bool(dyn::get_bool(a[3], fn, "keepdim")) : bool(false);
  outs.push_back(var(a0, (a1 ? OptIntArrayRef(*a1) : OptIntArrayRef()), a2, a3));
}

void dyn_107(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "std";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::optional<std::vector<int64_t>> a1 = dyn::present(a, n, 1) ? std::optional<std::vector<int64_t>>(dyn::get_int_list(a[1], fn, "dim")) : std::nullopt;
  std::optional<Scalar> a2 = dyn::present(a, n, 2) ? std::optional<Scalar>(dyn::get_scalar(a[2], fn, "correction")) : std::nullopt;
  bool a3 = dyn::present(a, n, 3) ? bool(dyn::get_bool(a[3], fn, "keepdim")) : bool(false);
  outs.push_back(std(a0, (a1 ? OptIntArrayRef(*a1) : OptIntArrayRef()), a2, a3));
}

void dyn_108(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "max";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(max(a0));
}

void dyn_109(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "max.dim";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::get_int(dyn::required(a, n, 1, fn, "dim"), fn, "dim");
  bool a2 = dyn::present(a, n, 2) ? bool(dyn::get_bool(a[2], fn, "keepdim")) : bool(false);
  auto r = max(a0, a1, a2);
  outs.push_back(std::move(std::get<0>(r)));
  outs.push_back(std::move(std::get<1>(r)));
}

void dyn_110(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "min";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(min(a0));
}

void dyn_111(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "min.dim";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::get_int(dyn::required(a, n, 1, fn, "dim"), fn, "dim");
  bool a2 = dyn::present(a, n, 2) ? bool(dyn::get_bool(a[2], fn, "keepdim")) : bool(false);
  auto r = min(a0, a1, a2);
  outs.push_back(std::move(std::get<0>(r)));
  outs.push_back(std::move(std::get<1>(r)));
}

void dyn_112(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "amax";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::vector<int64_t> a1 = dyn::present(a, n, 1) ? std::vector<int64_t>(dyn::get_int_list(a[1], fn, "dim")) : std::vector<int64_t>{};
  bool a2 = dyn::present(a, n, 2) ? bool(dyn::get_bool(a[2], fn, "keepdim")) : bool(false);
  outs.push_back(amax(a0, a1, a2));
}

void dyn_113(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "amin";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::vector<int64_t> a1 = dyn::present(a, n, 1) ? std::vector<int64_t>(dyn::get_int_list(a[1], fn, "dim")) : std::vector<int64_t>{};
  bool a2 = dyn::present(a, n, 2) ? bool(dyn::get_bool(a[2], fn, "keepdim")) : bool(false);
  outs.push_back(amin(a0, a1, a2));
}

void dyn_114(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "argmax";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::optional<int64_t> a1 = dyn::present(a, n, 1) ? std::optional<int64_t>(dyn::get_int(a[1], fn, "dim")) : std::nullopt;
  bool a2 = dyn::present(a, n, 2) ? bool(dyn::get_bool(a[2], fn, "keepdim")) : bool(false);
  outs.push_back(argmax(a0, a1, a2));
}

void dyn_115(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "argmin";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::optional<int64_t> a1 = dyn::present(a, n, 1) ? std::optional<int64_t>(dyn::get_int(a[1], fn, "dim")) : std::nullopt;
  bool a2 = dyn::present(a, n, 2) ? bool(dyn::get_bool(a[2], fn, "keepdim")) : bool(false);
  outs.push_back(argmin(a0, a1, a2));
}

void dyn_116(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "logsumexp";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::vector<int64_t> a1 = dyn::get_int_list(dyn::required(a, n, 1, fn, "dim"), fn, "dim");
  bool a2 = dyn::present(a, n, 2) ? bool(dyn::get_bool(a[2], fn, "keepdim")) : bool(false);
  outs.push_back(logsumexp(a0, a1, a2));
}

void dyn_117(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "all";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::optional<std::vector<int64_t>> a1 = dyn::present(a, n, 1) ? std::optional<std::vector<int64_t>>(dyn::get_int_list(a[1], fn, "dim")) : std::nullopt;
  bool a2 = dyn::present(a, n, 2) ? bool(dyn::get_bool(a[2], fn, "keepdim")) : bool(false);
  outs.push_back(all(a0, (a1 ? OptIntArrayRef(*a1) : OptIntArrayRef()), a2));
}

void dyn_118(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "any";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::optional<std::vector<int64_t>> a1 = dyn::present(a, n, 1) ? std::optional<std::vector<int64_t>>(dyn::get_int_list(a[1], fn, "dim")) : std::nullopt;
  bool a2 = dyn::present(a, n, 2) ? bool(dyn::get_bool(a[2], fn, "keepdim")) : bool(false);
  outs.push_back(any(a0, (a1 ? OptIntArrayRef(*a1) : OptIntArrayRef()), a2));
}

void dyn_119(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "norm";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::optional<Scalar> a1 = dyn::present(a, n, 1) ? std::optional<Scalar>(dyn::get_scalar(a[1], fn, "p")) : std::optional<Scalar>(2);
  std::optional<std::vector<int64_t>> a2 = dyn::present(a, n, 2) ? std::optional<std::vector<int64_t>>(dyn::get_int_list(a[2], fn, "dim")) : std::nullopt;
  bool a3 = dyn::present(a, n, 3) ? bool(dyn::get_bool(a[3], fn, "keepdim")) : bool(false);
  std::optional<DType> a4 = dyn::present(a, n, 4) ? std::optional<DType>(dyn::get_dtype(a[4], fn, "dtype")) : std::nullopt;
  outs.push_back(norm(a0, a1, (a2 ? OptIntArrayRef(*a2) : OptIntArrayRef()), a3, a4));
}

void dyn_120(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "norm.str";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::string a1 = dyn::get_str(dyn::required(a, n, 1, fn, "p"), fn, "p");
  std::optional<std::vector<int64_t>> a2 = dyn::present(a, n, 2) ? std::optional<std::vector<int64_t>>(dyn::get_int_list(a[2], fn, "dim")) : std::nullopt;
  bool a3 = dyn::present(a, n, 3) ? bool(dyn::get_bool(a[3], fn, "keepdim")) : bool(false);
  std::optional<DType> a4 = dyn::present(a, n, 4) ? std::optional<DType>(dyn::get_dtype(a[4], fn, "dtype")) : std::nullopt;
  outs.push_back(norm(a0, a1, (a2 ? OptIntArrayRef(*a2) : OptIntArrayRef()), a3, a4));
}

void dyn_121(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "count_nonzero";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::optional<std::vector<int64_t>> a1 = dyn::present(a, n, 1) ? std::optional<std::vector<int64_t>>(dyn::get_int_list(a[1], fn, "dim")) : std::nullopt;
  outs.push_back(count_nonzero(a0, (a1 ? OptIntArrayRef(*a1) : OptIntArrayRef())));
}

void dyn_122(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "cumsum";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::get_int(dyn::required(a, n, 1, fn, "dim"), fn, "dim");
  std::optional<DType> a2 = dyn::present(a, n, 2) ? std::optional<DType>(dyn::get_dtype(a[2], fn, "dtype")) : std::nullopt;
  outs.push_back(cumsum(a0, a1, a2));
}

void dyn_122_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "cumsum_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::get_int(dyn::required(a, n, 1, fn, "dim"), fn, "dim");
  std::optional<DType> a2 = dyn::present(a, n, 2) ? std::optional<DType>(dyn::get_dtype(a[2], fn, "dtype")) : std::nullopt;
  cumsum_(a0, a1, a2);
  outs.push_back(a0);
}

void dyn_123(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "cumprod";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::get_int(dyn::required(a, n, 1, fn, "dim"), fn, "dim");
  std::optional<DType> a2 = dyn::present(a, n, 2) ? std::optional<DType>(dyn::get_dtype(a[2], fn, "dtype")) : std::nullopt;
  outs.push_back(cumprod(a0, a1, a2));
}

void dyn_123_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "cumprod_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::get_int(dyn::required(a, n, 1, fn, "dim"), fn, "dim");
  std::optional<DType> a2 = dyn::present(a, n, 2) ? std::optional<DType>(dyn::get_dtype(a[2], fn, "dtype")) : std::nullopt;
  cumprod_(a0, a1, a2);
  outs.push_back(a0);
}

void dyn_124(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "sort";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::present(a, n, 1) ? int64_t(dyn::get_int(a[1], fn, "dim")) : int64_t(-1);
  bool a2 = dyn::present(a, n, 2) ? bool(dyn::get_bool(a[2], fn, "descending")) : bool(false);
  bool a3 = dyn::present(a, n, 3) ? bool(dyn::get_bool(a[3], fn, "stable")) : bool(false);
  auto r = sort(a0, a1, a2, a3);
  outs.push_back(std::move(std::get<0>(r)));
  outs.push_back(std::move(std::get<1>(r)));
}

void dyn_125(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "argsort";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::present(a, n, 1) ? int64_t(dyn::get_int(a[1], fn, "dim")) : int64_t(-1);
  bool a2 = dyn::present(a, n, 2) ? bool(dyn::get_bool(a[2], fn, "descending")) : bool(false);
  bool a3 = dyn::present(a, n, 3) ? bool(dyn::get_bool(a[3], fn, "stable")) : bool(false);
  outs.push_back(argsort(a0, a1, a2, a3));
}

void dyn_126(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "topk";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::get_int(dyn::required(a, n, 1, fn, "k"), fn, "k");
  int64_t a2 = dyn::present(a, n, 2) ? int64_t(dyn::get_int(a[2], fn, "dim")) : int64_t(-1);
  bool a3 = dyn::present(a, n, 3) ? bool(dyn::get_bool(a[3], fn, "largest")) : bool(true);
  bool a4 = dyn::present(a, n, 4) ? bool(dyn::get_bool(a[4], fn, "sorted")) : bool(true);
  auto r = topk(a0, a1, a2, a3, a4);
  outs.push_back(std::move(std::get<0>(r)));
  outs.push_back(std::move(std::get<1>(r)));
}

void dyn_127(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "kthvalue";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::get_int(dyn::required(a, n, 1, fn, "k"), fn, "k");
  int64_t a2 = dyn::present(a, n, 2) ? int64_t(dyn::get_int(a[2], fn, "dim")) : int64_t(-1);
  bool a3 = dyn::present(a, n, 3) ? bool(dyn::get_bool(a[3], fn, "keepdim")) : bool(false);
  auto r = kthvalue(a0, a1, a2, a3);
  outs.push_back(std::move(std::get<0>(r)));
  outs.push_back(std::move(std::get<1>(r)));
}

void dyn_128(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "median";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(median(a0));
}

void dyn_129(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "median.dim";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::get_int(dyn::required(a, n, 1, fn, "dim"), fn, "dim");
  bool a2 = dyn::present(a, n, 2) ? bool(dyn::get_bool(a[2], fn, "keepdim")) : bool(false);
  auto r = median(a0, a1, a2);
  outs.push_back(std::move(std::get<0>(r)));
  outs.push_back(std::move(std::get<1>(r)));
}

void dyn_130(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "unique";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  bool a1 = dyn::present(a, n, 1) ? bool(dyn::get_bool(a[1], fn, "sorted")) : bool(true);
  bool a2 = dyn::present(a, n, 2) ? bool(dyn::get_bool(a[2], fn, "return_inverse")) : bool(false);
  bool a3 = dyn::present(a, n, 3) ? bool(dyn::get_bool(a[3], fn, "return_counts")) : bool(false);
  auto r = unique(a0, a1, a2, a3);
  outs.push_back(std::move(std::get<0>(r)));
  outs.push_back(std::move(std::get<1>(r)));
  outs.push_back(std::move(std::get<2>(r)));
}

void dyn_131(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "cat";
  std::vector<Tensor> a0 = dyn::get_tensor_list(dyn::required(a, n, 0, fn, "tensors"), fn, "tensors");
  int64_t a1 = dyn::present(a, n, 1) ? int64_t(dyn::get_int(a[1], fn, "dim")) : int64_t(0);
  outs.push_back(cat(a0, a1));
}

void dyn_132(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "stack";
  std::vector<Tensor> a0 = dyn::get_tensor_list(dyn::required(a, n, 0, fn, "tensors"), fn, "tensors");
  int64_t a1 = dyn::present(a, n, 1) ? int64_t(dyn::get_int(a[1], fn, "dim")) : int64_t(0);
  outs.push_back(stack(a0, a1));
}

void dyn_133(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "split";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::get_int(dyn::required(a, n, 1, fn, "split_size"), fn, "split_size");
  int64_t a2 = dyn::present(a, n, 2) ? int64_t(dyn::get_int(a[2], fn, "dim")) : int64_t(0);
  outs = split(a0, a1, a2);
}

void dyn_134(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "split.sizes";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::vector<int64_t> a1 = dyn::get_int_list(dyn::required(a, n, 1, fn, "split_size"), fn, "split_size");
  int64_t a2 = dyn::present(a, n, 2) ? int64_t(dyn::get_int(a[2], fn, "dim")) : int64_t(0);
  outs = split(a0, a1, a2);
}

void dyn_135(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "split_with_sizes";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::vector<int64_t> a1 = dyn::get_int_list(dyn::required(a, n, 1, fn, "split_sizes"), fn, "split_sizes");
  int64_t a2 = dyn::present(a, n, 2) ? int64_t(dyn::get_int(a[2], fn, "dim")) : int64_t(0);
  outs = split_with_sizes(a0, a1, a2);
}

void dyn_136(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "chunk";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::get_int(dyn::required(a, n, 1, fn, "chunks"), fn, "chunks");
  int64_t a2 = dyn::present(a, n, 2) ? int64_t(dyn::get_int(a[2], fn, "dim")) : int64_t(0);
  outs = chunk(a0, a1, a2);
}

void dyn_137(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "unbind";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::present(a, n, 1) ? int64_t(dyn::get_int(a[1], fn, "dim")) : int64_t(0);
  outs = unbind(a0, a1);
}

void dyn_138(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "flip";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::vector<int64_t> a1 = dyn::get_int_list(dyn::required(a, n, 1, fn, "dims"), fn, "dims");
  outs.push_back(flip(a0, a1));
}

void dyn_139(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "roll";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::vector<int64_t> a1 = dyn::get_int_list(dyn::required(a, n, 1, fn, "shifts"), fn, "shifts");
  std::vector<int64_t> a2 = dyn::present(a, n, 2) ? std::vector<int64_t>(dyn::get_int_list(a[2], fn, "dims")) : std::vector<int64_t>{};
  outs.push_back(roll(a0, a1, a2));
}

void dyn_140(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "repeat";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::vector<int64_t> a1 = dyn::get_int_list(dyn::required(a, n, 1, fn, "repeats"), fn, "repeats");
  outs.push_back(repeat(a0, a1));
}

void dyn_141(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "tile";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::vector<int64_t> a1 = dyn::get_int_list(dyn::required(a, n, 1, fn, "dims"), fn, "dims");
  outs.push_back(tile(a0, a1));
}

void dyn_142(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "repeat_interleave.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "repeats"), fn, "repeats");
  std::optional<int64_t> a1 = dyn::present(a, n, 1) ? std::optional<int64_t>(dyn::get_int(a[1], fn, "output_size")) : std::nullopt;
  outs.push_back(repeat_interleave(a0, a1));
}

void dyn_143(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "repeat_interleave.self_Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "repeats"), fn, "repeats");
  std::optional<int64_t> a2 = dyn::present(a, n, 2) ? std::optional<int64_t>(dyn::get_int(a[2], fn, "dim")) : std::nullopt;
  std::optional<int64_t> a3 = dyn::present(a, n, 3) ? std::optional<int64_t>(dyn::get_int(a[3], fn, "output_size")) : std::nullopt;
  outs.push_back(repeat_interleave(a0, a1, a2, a3));
}

void dyn_144(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "repeat_interleave.self_int";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::get_int(dyn::required(a, n, 1, fn, "repeats"), fn, "repeats");
  std::optional<int64_t> a2 = dyn::present(a, n, 2) ? std::optional<int64_t>(dyn::get_int(a[2], fn, "dim")) : std::nullopt;
  std::optional<int64_t> a3 = dyn::present(a, n, 3) ? std::optional<int64_t>(dyn::get_int(a[3], fn, "output_size")) : std::nullopt;
  outs.push_back(repeat_interleave(a0, a1, a2, a3));
}

void dyn_145(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "tril";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::present(a, n, 1) ? int64_t(dyn::get_int(a[1], fn, "diagonal")) : int64_t(0);
  outs.push_back(tril(a0, a1));
}

void dyn_145_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "tril_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::present(a, n, 1) ? int64_t(dyn::get_int(a[1], fn, "diagonal")) : int64_t(0);
  tril_(a0, a1);
  outs.push_back(a0);
}

void dyn_146(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "triu";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::present(a, n, 1) ? int64_t(dyn::get_int(a[1], fn, "diagonal")) : int64_t(0);
  outs.push_back(triu(a0, a1));
}

void dyn_146_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "triu_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::present(a, n, 1) ? int64_t(dyn::get_int(a[1], fn, "diagonal")) : int64_t(0);
  triu_(a0, a1);
  outs.push_back(a0);
}

void dyn_147(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "pad";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::vector<int64_t> a1 = dyn::get_int_list(dyn::required(a, n, 1, fn, "pad"), fn, "pad");
  std::string a2 = dyn::present(a, n, 2) ? std::string(dyn::get_str(a[2], fn, "mode")) : std::string("constant");
  std::optional<double> a3 = dyn::present(a, n, 3) ? std::optional<double>(dyn::get_float(a[3], fn, "value")) : std::nullopt;
  outs.push_back(pad(a0, a1, a2, a3));
}

void dyn_148(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "index_select";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::get_int(dyn::required(a, n, 1, fn, "dim"), fn, "dim");
  Tensor a2 = dyn::get_tensor(dyn::required(a, n, 2, fn, "index"), fn, "index");
  outs.push_back(index_select(a0, a1, a2));
}

void dyn_149(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "gather";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::get_int(dyn::required(a, n, 1, fn, "dim"), fn, "dim");
  Tensor a2 = dyn::get_tensor(dyn::required(a, n, 2, fn, "index"), fn, "index");
  bool a3 = dyn::present(a, n, 3) ? bool(dyn::get_bool(a[3], fn, "sparse_grad")) : bool(false);
  outs.push_back(gather(a0, a1, a2, a3));
}

void dyn_150(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "scatter.src";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::get_int(dyn::required(a, n, 1, fn, "dim"), fn, "dim");
  Tensor a2 = dyn::get_tensor(dyn::required(a, n, 2, fn, "index"), fn, "index");
  Tensor a3 = dyn::get_tensor(dyn::required(a, n, 3, fn, "src"), fn, "src");
  std::optional<std::string> a4 = dyn::present(a, n, 4) ? std::optional<std::string>(dyn::get_str(a[4], fn, "reduce")) : std::nullopt;
  outs.push_back(scatter(a0, a1, a2, a3, (a4 ? std::optional<std::string_view>(*a4) : std::nullopt)));
}

void dyn_150_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "scatter_.src";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::get_int(dyn::required(a, n, 1, fn, "dim"), fn, "dim");
  Tensor a2 = dyn::get_tensor(dyn::required(a, n, 2, fn, "index"), fn, "index");
  Tensor a3 = dyn::get_tensor(dyn::required(a, n, 3, fn, "src"), fn, "src");
  std::optional<std::string> a4 = dyn::present(a, n, 4) ? std::optional<std::string>(dyn::get_str(a[4], fn, "reduce")) : std::nullopt;
  scatter_(a0, a1, a2, a3, (a4 ? std::optional<std::string_view>(*a4) : std::nullopt));
  outs.push_back(a0);
}

void dyn_151(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "scatter.value";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::get_int(dyn::required(a, n, 1, fn, "dim"), fn, "dim");
  Tensor a2 = dyn::get_tensor(dyn::required(a, n, 2, fn, "index"), fn, "index");
  Scalar a3 = dyn::get_scalar(dyn::required(a, n, 3, fn, "value"), fn, "value");
  std::optional<std::string> a4 = dyn::present(a, n, 4) ? std::optional<std::string>(dyn::get_str(a[4], fn, "reduce")) : std::nullopt;
  outs.push_back(scatter(a0, a1, a2, a3, (a4 ? std::optional<std::string_view>(*a4) : std::nullopt)));
}

void dyn_151_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "scatter_.value";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::get_int(dyn::required(a, n, 1, fn, "dim"), fn, "dim");
  Tensor a2 = dyn::get_tensor(dyn::required(a, n, 2, fn, "index"), fn, "index");
  Scalar a3 = dyn::get_scalar(dyn::required(a, n, 3, fn, "value"), fn, "value");
  std::optional<std::string> a4 = dyn::present(a, n, 4) ? std::optional<std::string>(dyn::get_str(a[4], fn, "reduce")) : std::nullopt;
  scatter_(a0, a1, a2, a3, (a4 ? std::optional<std::string_view>(*a4) : std::nullopt));
  outs.push_back(a0);
}

void dyn_152(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "scatter_add";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::get_int(dyn::required(a, n, 1, fn, "dim"), fn, "dim");
  Tensor a2 = dyn::get_tensor(dyn::required(a, n, 2, fn, "index"), fn, "index");
  Tensor a3 = dyn::get_tensor(dyn::required(a, n, 3, fn, "src"), fn, "src");
  outs.push_back(scatter_add(a0, a1, a2, a3));
}

void dyn_152_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "scatter_add_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::get_int(dyn::required(a, n, 1, fn, "dim"), fn, "dim");
  Tensor a2 = dyn::get_tensor(dyn::required(a, n, 2, fn, "index"), fn, "index");
  Tensor a3 = dyn::get_tensor(dyn::required(a, n, 3, fn, "src"), fn, "src");
  scatter_add_(a0, a1, a2, a3);
  outs.push_back(a0);
}

void dyn_153(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "index_add";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::get_int(dyn::required(a, n, 1, fn, "dim"), fn, "dim");
  Tensor a2 = dyn::get_tensor(dyn::required(a, n, 2, fn, "index"), fn, "index");
  Tensor a3 = dyn::get_tensor(dyn::required(a, n, 3, fn, "source"), fn, "source");
  Scalar a4 = dyn::present(a, n, 4) ? Scalar(dyn::get_scalar(a[4], fn, "alpha")) : Scalar(1);
  outs.push_back(index_add(a0, a1, a2, a3, a4));
}

void dyn_153_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "index_add_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::get_int(dyn::required(a, n, 1, fn, "dim"), fn, "dim");
  Tensor a2 = dyn::get_tensor(dyn::required(a, n, 2, fn, "index"), fn, "index");
  Tensor a3 = dyn::get_tensor(dyn::required(a, n, 3, fn, "source"), fn, "source");
  Scalar a4 = dyn::present(a, n, 4) ? Scalar(dyn::get_scalar(a[4], fn, "alpha")) : Scalar(1);
  index_add_(a0, a1, a2, a3, a4);
  outs.push_back(a0);
}

void dyn_154(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "index_put";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::vector<Tensor> a1 = dyn::get_tensor_list(dyn::required(a, n, 1, fn, "indices"), fn, "indices");
  Tensor a2 = dyn::get_tensor(dyn::required(a, n, 2, fn, "values"), fn, "values");
  bool a3 = dyn::present(a, n, 3) ? bool(dyn::get_bool(a[3], fn, "accumulate")) : bool(false);
  outs.push_back(index_put(a0, a1, a2, a3));
}

void dyn_154_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "index_put_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::vector<Tensor> a1 = dyn::get_tensor_list(dyn::required(a, n, 1, fn, "indices"), fn, "indices");
  Tensor a2 = dyn::get_tensor(dyn::required(a, n, 2, fn, "values"), fn, "values");
  bool a3 = dyn::present(a, n, 3) ? bool(dyn::get_bool(a[3], fn, "accumulate")) : bool(false);
  index_put_(a0, a1, a2, a3);
  outs.push_back(a0);
}

void dyn_155(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "masked_fill.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "mask"), fn, "mask");
  Scalar a2 = dyn::get_scalar(dyn::required(a, n, 2, fn, "value"), fn, "value");
  outs.push_back(masked_fill(a0, a1, a2));
}

void dyn_155_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "masked_fill_.Scalar";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "mask"), fn, "mask");
  Scalar a2 = dyn::get_scalar(dyn::required(a, n, 2, fn, "value"), fn, "value");
  masked_fill_(a0, a1, a2);
  outs.push_back(a0);
}

void dyn_156(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "masked_fill.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "mask"), fn, "mask");
  Tensor a2 = dyn::get_tensor(dyn::required(a, n, 2, fn, "value"), fn, "value");
  outs.push_back(masked_fill(a0, a1, a2));
}

void dyn_156_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "masked_fill_.Tensor";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "mask"), fn, "mask");
  Tensor a2 = dyn::get_tensor(dyn::required(a, n, 2, fn, "value"), fn, "value");
  masked_fill_(a0, a1, a2);
  outs.push_back(a0);
}

void dyn_157(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "masked_select";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "mask"), fn, "mask");
  outs.push_back(masked_select(a0, a1));
}

void dyn_158(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "masked_scatter";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "mask"), fn, "mask");
  Tensor a2 = dyn::get_tensor(dyn::required(a, n, 2, fn, "source"), fn, "source");
  outs.push_back(masked_scatter(a0, a1, a2));
}

void dyn_158_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "masked_scatter_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "mask"), fn, "mask");
  Tensor a2 = dyn::get_tensor(dyn::required(a, n, 2, fn, "source"), fn, "source");
  masked_scatter_(a0, a1, a2);
  outs.push_back(a0);
}

void dyn_159(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "nonzero";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  outs.push_back(nonzero(a0));
}

void dyn_160(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "take";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "index"), fn, "index");
  outs.push_back(take(a0, a1));
}

void dyn_161(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "one_hot";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::present(a, n, 1) ? int64_t(dyn::get_int(a[1], fn, "num_classes")) : int64_t(-1);
  outs.push_back(one_hot(a0, a1));
}

void dyn_162(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "matmul";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  outs.push_back(matmul(a0, a1));
}

void dyn_163(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "mm";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "mat2"), fn, "mat2");
  outs.push_back(mm(a0, a1));
}

void dyn_164(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "bmm";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "mat2"), fn, "mat2");
  outs.push_back(bmm(a0, a1));
}

void dyn_165(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "addmm";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "mat1"), fn, "mat1");
  Tensor a2 = dyn::get_tensor(dyn::required(a, n, 2, fn, "mat2"), fn, "mat2");
  Scalar a3 = dyn::present(a, n, 3) ? Scalar(dyn::get_scalar(a[3], fn, "beta")) : Scalar(1);
  Scalar a4 = dyn::present(a, n, 4) ? Scalar(dyn::get_scalar(a[4], fn, "alpha")) : Scalar(1);
  outs.push_back(addmm(a0, a1, a2, a3, a4));
}

void dyn_165_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "addmm_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "mat1"), fn, "mat1");
  Tensor a2 = dyn::get_tensor(dyn::required(a, n, 2, fn, "mat2"), fn, "mat2");
  Scalar a3 = dyn::present(a, n, 3) ? Scalar(dyn::get_scalar(a[3], fn, "beta")) : Scalar(1);
  Scalar a4 = dyn::present(a, n, 4) ? Scalar(dyn::get_scalar(a[4], fn, "alpha")) : Scalar(1);
  addmm_(a0, a1, a2, a3, a4);
  outs.push_back(a0);
}

void dyn_166(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "baddbmm";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "batch1"), fn, "batch1");
  Tensor a2 = dyn::get_tensor(dyn::required(a, n, 2, fn, "batch2"), fn, "batch2");
  Scalar a3 = dyn::present(a, n, 3) ? Scalar(dyn::get_scalar(a[3], fn, "beta")) : Scalar(1);
  Scalar a4 = dyn::present(a, n, 4) ? Scalar(dyn::get_scalar(a[4], fn, "alpha")) : Scalar(1);
  outs.push_back(baddbmm(a0, a1, a2, a3, a4));
}

void dyn_166_(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "baddbmm_";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "batch1"), fn, "batch1");
  Tensor a2 = dyn::get_tensor(dyn::required(a, n, 2, fn, "batch2"), fn, "batch2");
  Scalar a3 = dyn::present(a, n, 3) ? Scalar(dyn::get_scalar(a[3], fn, "beta")) : Scalar(1);
  Scalar a4 = dyn::present(a, n, 4) ? Scalar(dyn::get_scalar(a[4], fn, "alpha")) : Scalar(1);
  baddbmm_(a0, a1, a2, a3, a4);
  outs.push_back(a0);
}

void dyn_167(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "mv";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "vec"), fn, "vec");
  outs.push_back(mv(a0, a1));
}

void dyn_168(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "dot";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "tensor"), fn, "tensor");
  outs.push_back(dot(a0, a1));
}

void dyn_169(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "outer";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "vec2"), fn, "vec2");
  outs.push_back(outer(a0, a1));
}

void dyn_170(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "einsum";
  std::string a0 = dyn::get_str(dyn::required(a, n, 0, fn, "equation"), fn, "equation");
  std::vector<Tensor> a1 = dyn::get_tensor_list(dyn::required(a, n, 1, fn, "tensors"), fn, "tensors");
  outs.push_back(einsum(a0, a1));
}

void dyn_171(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "tensordot";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  std::vector<int64_t> a2 = dyn::get_int_list(dyn::required(a, n, 2, fn, "dims_self"), fn, "dims_self");
  std::vector<int64_t> a3 = dyn::get_int_list(dyn::required(a, n, 3, fn, "dims_other"), fn, "dims_other");
  outs.push_back(tensordot(a0, a1, a2, a3));
}

void dyn_172(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "tensordot.int";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "other"), fn, "other");
  int64_t a2 = dyn::present(a, n, 2) ? int64_t(dyn::get_int(a[2], fn, "dims")) : int64_t(2);
  outs.push_back(tensordot(a0, a1, a2));
}

void dyn_173(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "linalg_norm";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::optional<Scalar> a1 = dyn::present(a, n, 1) ? std::optional<Scalar>(dyn::get_scalar(a[1], fn, "ord")) : std::nullopt;
  std::optional<std::vector<int64_t>> a2 = dyn::present(a, n, 2) ? std::optional<std::vector<int64_t>>(dyn::get_int_list(a[2], fn, "dim")) : std::nullopt;
  bool a3 = dyn::present(a, n, 3) ? bool(dyn::get_bool(a[3], fn, "keepdim")) : bool(false);
  std::optional<DType> a4 = dyn::present(a, n, 4) ? std::optional<DType>(dyn::get_dtype(a[4], fn, "dtype")) : std::nullopt;
  outs.push_back(linalg_norm(a0, a1, (a2 ? OptIntArrayRef(*a2) : OptIntArrayRef()), a3, a4));
}

void dyn_174(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "linalg_norm.ord_str";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::string a1 = dyn::get_str(dyn::required(a, n, 1, fn, "ord"), fn, "ord");
  std::optional<std::vector<int64_t>> a2 = dyn::present(a, n, 2) ? std::optional<std::vector<int64_t>>(dyn::get_int_list(a[2], fn, "dim")) : std::nullopt;
  bool a3 = dyn::present(a, n, 3) ? bool(dyn::get_bool(a[3], fn, "keepdim")) : bool(false);
  std::optional<DType> a4 = dyn::present(a, n, 4) ? std::optional<DType>(dyn::get_dtype(a[4], fn, "dtype")) : std::nullopt;
  outs.push_back(linalg_norm(a0, a1, (a2 ? OptIntArrayRef(*a2) : OptIntArrayRef()), a3, a4));
}

void dyn_175(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "linalg_solve";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "A"), fn, "A");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "B"), fn, "B");
  bool a2 = dyn::present(a, n, 2) ? bool(dyn::get_bool(a[2], fn, "left")) : bool(true);
  outs.push_back(linalg_solve(a0, a1, a2));
}

void dyn_176(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "linalg_inv";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "A"), fn, "A");
  outs.push_back(linalg_inv(a0));
}

void dyn_177(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "linalg_det";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "A"), fn, "A");
  outs.push_back(linalg_det(a0));
}

void dyn_178(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "linalg_cholesky";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "A"), fn, "A");
  bool a1 = dyn::present(a, n, 1) ? bool(dyn::get_bool(a[1], fn, "upper")) : bool(false);
  outs.push_back(linalg_cholesky(a0, a1));
}

void dyn_179(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "linalg_qr";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "A"), fn, "A");
  std::string a1 = dyn::present(a, n, 1) ? std::string(dyn::get_str(a[1], fn, "mode")) : std::string("reduced");
  auto r = linalg_qr(a0, a1);
  outs.push_back(std::move(std::get<0>(r)));
  outs.push_back(std::move(std::get<1>(r)));
}

void dyn_180(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "linalg_svd";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "A"), fn, "A");
  bool a1 = dyn::present(a, n, 1) ? bool(dyn::get_bool(a[1], fn, "full_matrices")) : bool(true);
  auto r = linalg_svd(a0, a1);
  outs.push_back(std::move(std::get<0>(r)));
  outs.push_back(std::move(std::get<1>(r)));
  outs.push_back(std::move(std::get<2>(r)));
}

void dyn_181(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "softmax";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::get_int(dyn::required(a, n, 1, fn, "dim"), fn, "dim");
  std::optional<DType> a2 = dyn::present(a, n, 2) ? std::optional<DType>(dyn::get_dtype(a[2], fn, "dtype")) : std::nullopt;
  outs.push_back(softmax(a0, a1, a2));
}

void dyn_182(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "log_softmax";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  int64_t a1 = dyn::get_int(dyn::required(a, n, 1, fn, "dim"), fn, "dim");
  std::optional<DType> a2 = dyn::present(a, n, 2) ? std::optional<DType>(dyn::get_dtype(a[2], fn, "dtype")) : std::nullopt;
  outs.push_back(log_softmax(a0, a1, a2));
}

void dyn_183(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "dropout";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "input"), fn, "input");
  double a1 = dyn::get_float(dyn::required(a, n, 1, fn, "p"), fn, "p");
  bool a2 = dyn::get_bool(dyn::required(a, n, 2, fn, "train"), fn, "train");
  outs.push_back(dropout(a0, a1, a2));
}

void dyn_184(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "alpha_dropout";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "input"), fn, "input");
  double a1 = dyn::get_float(dyn::required(a, n, 1, fn, "p"), fn, "p");
  bool a2 = dyn::get_bool(dyn::required(a, n, 2, fn, "train"), fn, "train");
  outs.push_back(alpha_dropout(a0, a1, a2));
}

void dyn_185(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "linear";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "input"), fn, "input");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "weight"), fn, "weight");
  std::optional<Tensor> a2 = dyn::present(a, n, 2) ? std::optional<Tensor>(dyn::get_tensor(a[2], fn, "bias")) : std::nullopt;
  outs.push_back(linear(a0, a1, a2));
}

void dyn_186(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "bilinear";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "input1"), fn, "input1");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "input2"), fn, "input2");
  Tensor a2 = dyn::get_tensor(dyn::required(a, n, 2, fn, "weight"), fn, "weight");
  std::optional<Tensor> a3 = dyn::present(a, n, 3) ? std::optional<Tensor>(dyn::get_tensor(a[3], fn, "bias")) : std::nullopt;
  outs.push_back(bilinear(a0, a1, a2, a3));
}

void dyn_187(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "embedding";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "weight"), fn, "weight");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "indices"), fn, "indices");
  int64_t a2 = dyn::present(a, n, 2) ? int64_t(dyn::get_int(a[2], fn, "padding_idx")) : int64_t(-1);
  outs.push_back(embedding(a0, a1, a2));
}

void dyn_188(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "embedding_bag";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "weight"), fn, "weight");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "indices"), fn, "indices");
  std::optional<Tensor> a2 = dyn::present(a, n, 2) ? std::optional<Tensor>(dyn::get_tensor(a[2], fn, "offsets")) : std::nullopt;
  std::string a3 = dyn::present(a, n, 3) ? std::string(dyn::get_str(a[3], fn, "mode")) : std::string("mean");
  std::optional<Tensor> a4 = dyn::present(a, n, 4) ? std::optional<Tensor>(dyn::get_tensor(a[4], fn, "per_sample_weights")) : std::nullopt;
  bool a5 = dyn::present(a, n, 5) ? bool(dyn::get_bool(a[5], fn, "include_last_offset")) : bool(false);
  std::optional<int64_t> a6 = dyn::present(a, n, 6) ? std::optional<int64_t>(dyn::get_int(a[6], fn, "padding_idx")) : std::nullopt;
  outs.push_back(embedding_bag(a0, a1, a2, a3, a4, a5, a6));
}

void dyn_189(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "batch_norm";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "input"), fn, "input");
  std::optional<Tensor> a1 = dyn::present(a, n, 1) ? std::optional<Tensor>(dyn::get_tensor(a[1], fn, "running_mean")) : std::nullopt;
  std::optional<Tensor> a2 = dyn::present(a, n, 2) ? std::optional<Tensor>(dyn::get_tensor(a[2], fn, "running_var")) : std::nullopt;
  std::optional<Tensor> a3 = dyn::present(a, n, 3) ? std::optional<Tensor>(dyn::get_tensor(a[3], fn, "weight")) : std::nullopt;
  std::optional<Tensor> a4 = dyn::present(a, n, 4) ? std::optional<Tensor>(dyn::get_tensor(a[4], fn, "bias")) : std::nullopt;
  bool a5 = dyn::present(a, n, 5) ? bool(dyn::get_bool(a[5], fn, "training")) : bool(false);
  double a6 = dyn::present(a, n, 6) ? double(dyn::get_float(a[6], fn, "momentum")) : double(0.1);
  double a7 = dyn::present(a, n, 7) ? double(dyn::get_float(a[7], fn, "eps")) : double(1e-05);
  outs.push_back(batch_norm(a0, a1, a2, a3, a4, a5, a6, a7));
}

void dyn_190(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "layer_norm";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "input"), fn, "input");
  std::vector<int64_t> a1 = dyn::get_int_list(dyn::required(a, n, 1, fn, "normalized_shape"), fn, "normalized_shape");
  std::optional<Tensor> a2 = dyn::present(a, n, 2) ? std::optional<Tensor>(dyn::get_tensor(a[2], fn, "weight")) : std::nullopt;
  std::optional<Tensor> a3 = dyn::present(a, n, 3) ? std::optional<Tensor>(dyn::get_tensor(a[3], fn, "bias")) : std::nullopt;
  double a4 = dyn::present(a, n, 4) ? double(dyn::get_float(a[4], fn, "eps")) : double(1e-05);
  outs.push_back(layer_norm(a0, a1, a2, a3, a4));
}

void dyn_191(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "group_norm";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "input"), fn, "input");
  int64_t a1 = dyn::get_int(dyn::required(a, n, 1, fn, "num_groups"), fn, "num_groups");
  std::optional<Tensor> a2 = dyn::present(a, n, 2) ? std::optional<Tensor>(dyn::get_tensor(a[2], fn, "weight")) : std::nullopt;
  std::optional<Tensor> a3 = dyn::present(a, n, 3) ? std::optional<Tensor>(dyn::get_tensor(a[3], fn, "bias")) : std::nullopt;
  double a4 = dyn::present(a, n, 4) ? double(dyn::get_float(a[4], fn, "eps")) : double(1e-05);
  outs.push_back(group_norm(a0, a1, a2, a3, a4));
}

void dyn_192(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "rms_norm";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "input"), fn, "input");
  std::vector<int64_t> a1 = dyn::get_int_list(dyn::required(a, n, 1, fn, "normalized_shape"), fn, "normalized_shape");
  std::optional<Tensor> a2 = dyn::present(a, n, 2) ? std::optional<Tensor>(dyn::get_tensor(a[2], fn, "weight")) : std::nullopt;
  std::optional<double> a3 = dyn::present(a, n, 3) ? std::optional<double>(dyn::get_float(a[3], fn, "eps")) : std::nullopt;
  outs.push_back(rms_norm(a0, a1, a2, a3));
}

void dyn_193(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "instance_norm";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "input"), fn, "input");
  std::optional<Tensor> a1 = dyn::present(a, n, 1) ? std::optional<Tensor>(dyn::get_tensor(a[1], fn, "weight")) : std::nullopt;
  std::optional<Tensor> a2 = dyn::present(a, n, 2) ? std::optional<Tensor>(dyn::get_tensor(a[2], fn, "bias")) : std::nullopt;
  std::optional<Tensor> a3 = dyn::present(a, n, 3) ? std::optional<Tensor>(dyn::get_tensor(a[3], fn, "running_mean")) : std::nullopt;
  std::optional<Tensor> a4 = dyn::present(a, n, 4) ? std::optional<Tensor>(dyn::get_tensor(a[4], fn, "running_var")) : std::nullopt;
  bool a5 = dyn::present(a, n, 5) ? bool(dyn::get_bool(a[5], fn, "use_input_stats")) : bool(true);
  double a6 = dyn::present(a, n, 6) ? double(dyn::get_float(a[6], fn, "momentum")) : double(0.1);
  double a7 = dyn::present(a, n, 7) ? double(dyn::get_float(a[7], fn, "eps")) : double(1e-05);
  outs.push_back(instance_norm(a0, a1, a2, a3, a4, a5, a6, a7));
}

void dyn_194(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "cosine_similarity";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "x1"), fn, "x1");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "x2"), fn, "x2");
  int64_t a2 = dyn::present(a, n, 2) ? int64_t(dyn::get_int(a[2], fn, "dim")) : int64_t(1);
  double a3 = dyn::present(a, n, 3) ? double(dyn::get_float(a[3], fn, "eps")) : double(1e-08);
  outs.push_back(cosine_similarity(a0, a1, a2, a3));
}

void dyn_195(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "pairwise_distance";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "x1"), fn, "x1");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "x2"), fn, "x2");
  double a2 = dyn::present(a, n, 2) ? double(dyn::get_float(a[2], fn, "p")) : double(2);
  double a3 = dyn::present(a, n, 3) ? double(dyn::get_float(a[3], fn, "eps")) : double(1e-06);
  bool a4 = dyn::present(a, n, 4) ? bool(dyn::get_bool(a[4], fn, "keepdim")) : bool(false);
  outs.push_back(pairwise_distance(a0, a1, a2, a3, a4));
}

void dyn_196(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "scaled_dot_product_attention";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "query"), fn, "query");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "key"), fn, "key");
  Tensor a2 = dyn::get_tensor(dyn::required(a, n, 2, fn, "value"), fn, "value");
  std::optional<Tensor> a3 = dyn::present(a, n, 3) ? std::optional<Tensor>(dyn::get_tensor(a[3], fn, "attn_mask")) : std::nullopt;
  double a4 = dyn::present(a, n, 4) ? double(dyn::get_float(a[4], fn, "dropout_p")) : double(0.0);
  bool a5 = dyn::present(a, n, 5) ? bool(dyn::get_bool(a[5], fn, "is_causal")) : bool(false);
  std::optional<double> a6 = dyn::present(a, n, 6) ? std::optional<double>(dyn::get_float(a[6], fn, "scale")) : std::nullopt;
  outs.push_back(scaled_dot_product_attention(a0, a1, a2, a3, a4, a5, a6));
}

void dyn_197(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "conv1d";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "input"), fn, "input");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "weight"), fn, "weight");
  std::optional<Tensor> a2 = dyn::present(a, n, 2) ? std::optional<Tensor>(dyn::get_tensor(a[2], fn, "bias")) : std::nullopt;
  std::vector<int64_t> a3 = dyn::present(a, n, 3) ? std::vector<int64_t>(dyn::get_int_list(a[3], fn, "stride")) : std::vector<int64_t>{1};
  std::vector<int64_t> a4 = dyn::present(a, n, 4) ? std::vector<int64_t>(dyn::get_int_list(a[4], fn, "padding")) : std::vector<int64_t>{0};
  std::vector<int64_t> a5 = dyn::present(a, n, 5) ? std::vector<int64_t>(dyn::get_int_list(a[5], fn, "dilation")) : std::vector<int64_t>{1};
  int64_t a6 = dyn::present(a, n, 6) ? int64_t(dyn::get_int(a[6], fn, "groups")) : int64_t(1);
  outs.push_back(conv1d(a0, a1, a2, a3, a4, a5, a6));
}

void dyn_198(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "conv1d.padding";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "input"), fn, "input");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "weight"), fn, "weight");
  std::optional<Tensor> a2 = dyn::present(a, n, 2) ? std::optional<Tensor>(dyn::get_tensor(a[2], fn, "bias")) : std::nullopt;
  std::vector<int64_t> a3 = dyn::get_int_list(dyn::required(a, n, 3, fn, "stride"), fn, "stride");
  std::string a4 = dyn::get_str(dyn::required(a, n, 4, fn, "padding"), fn, "padding");
  std::vector<int64_t> a5 = dyn::present(a, n, 5) ? std::vector<int64_t>(dyn::get_int_list(a[5], fn, "dilation")) : std::vector<int64_t>{1};
  int64_t a6 = dyn::present(a, n, 6) ? int64_t(dyn::get_int(a[6], fn, "groups")) : int64_t(1);
  outs.push_back(conv1d(a0, a1, a2, a3, a4, a5, a6));
}

void dyn_199(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "conv2d";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "input"), fn, "input");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "weight"), fn, "weight");
  std::optional<Tensor> a2 = dyn::present(a, n, 2) ? std::optional<Tensor>(dyn::get_tensor(a[2], fn, "bias")) : std::nullopt;
  std::vector<int64_t> a3 = dyn::present(a, n, 3) ? std::vector<int64_t>(dyn::get_int_list(a[3], fn, "stride")) : std::vector<int64_t>{1};
  std::vector<int64_t> a4 = dyn::present(a, n, 4) ? std::vector<int64_t>(dyn::get_int_list(a[4], fn, "padding")) : std::vector<int64_t>{0};
  std::vector<int64_t> a5 = dyn::present(a, n, 5) ? std::vector<int64_t>(dyn::get_int_list(a[5], fn, "dilation")) : std::vector<int64_t>{1};
  int64_t a6 = dyn::present(a, n, 6) ? int64_t(dyn::get_int(a[6], fn, "groups")) : int64_t(1);
  outs.push_back(conv2d(a0, a1, a2, a3, a4, a5, a6));
}

void dyn_200(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "conv2d.padding";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "input"), fn, "input");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "weight"), fn, "weight");
  std::optional<Tensor> a2 = dyn::present(a, n, 2) ? std::optional<Tensor>(dyn::get_tensor(a[2], fn, "bias")) : std::nullopt;
  std::vector<int64_t> a3 = dyn::get_int_list(dyn::required(a, n, 3, fn, "stride"), fn, "stride");
  std::string a4 = dyn::get_str(dyn::required(a, n, 4, fn, "padding"), fn, "padding");
  std::vector<int64_t> a5 = dyn::present(a, n, 5) ? std::vector<int64_t>(dyn::get_int_list(a[5], fn, "dilation")) : std::vector<int64_t>{1};
  int64_t a6 = dyn::present(a, n, 6) ? int64_t(dyn::get_int(a[6], fn, "groups")) : int64_t(1);
  outs.push_back(conv2d(a0, a1, a2, a3, a4, a5, a6));
}

void dyn_201(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "conv3d";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "input"), fn, "input");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "weight"), fn, "weight");
  std::optional<Tensor> a2 = dyn::present(a, n, 2) ? std::optional<Tensor>(dyn::get_tensor(a[2], fn, "bias")) : std::nullopt;
  std::vector<int64_t> a3 = dyn::present(a, n, 3) ? std::vector<int64_t>(dyn::get_int_list(a[3], fn, "stride")) : std::vector<int64_t>{1};
  std::vector<int64_t> a4 = dyn::present(a, n, 4) ? std::vector<int64_t>(dyn::get_int_list(a[4], fn, "padding")) : std::vector<int64_t>{0};
  std::vector<int64_t> a5 = dyn::present(a, n, 5) ? std::vector<int64_t>(dyn::get_int_list(a[5], fn, "dilation")) : std::vector<int64_t>{1};
  int64_t a6 = dyn::present(a, n, 6) ? int64_t(dyn::get_int(a[6], fn, "groups")) : int64_t(1);
  outs.push_back(conv3d(a0, a1, a2, a3, a4, a5, a6));
}

void dyn_202(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "conv3d.padding";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "input"), fn, "input");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "weight"), fn, "weight");
  std::optional<Tensor> a2 = dyn::present(a, n, 2) ? std::optional<Tensor>(dyn::get_tensor(a[2], fn, "bias")) : std::nullopt;
  std::vector<int64_t> a3 = dyn::get_int_list(dyn::required(a, n, 3, fn, "stride"), fn, "stride");
  std::string a4 = dyn::get_str(dyn::required(a, n, 4, fn, "padding"), fn, "padding");
  std::vector<int64_t> a5 = dyn::present(a, n, 5) ? std::vector<int64_t>(dyn::get_int_list(a[5], fn, "dilation")) : std::vector<int64_t>{1};
  int64_t a6 = dyn::present(a, n, 6) ? int64_t(dyn::get_int(a[6], fn, "groups")) : int64_t(1);
  outs.push_back(conv3d(a0, a1, a2, a3, a4, a5, a6));
}

void dyn_203(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "conv_transpose1d";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "input"), fn, "input");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "weight"), fn, "weight");
  std::optional<Tensor> a2 = dyn::present(a, n, 2) ? std::optional<Tensor>(dyn::get_tensor(a[2], fn, "bias")) : std::nullopt;
  std::vector<int64_t> a3 = dyn::present(a, n, 3) ? std::vector<int64_t>(dyn::get_int_list(a[3], fn, "stride")) : std::vector<int64_t>{1};
  std::vector<int64_t> a4 = dyn::present(a, n, 4) ? std::vector<int64_t>(dyn::get_int_list(a[4], fn, "padding")) : std::vector<int64_t>{0};
  std::vector<int64_t> a5 = dyn::present(a, n, 5) ? std::vector<int64_t>(dyn::get_int_list(a[5], fn, "output_padding")) : std::vector<int64_t>{0};
  int64_t a6 = dyn::present(a, n, 6) ? int64_t(dyn::get_int(a[6], fn, "groups")) : int64_t(1);
  std::vector<int64_t> a7 = dyn::present(a, n, 7) ? std::vector<int64_t>(dyn::get_int_list(a[7], fn, "dilation")) : std::vector<int64_t>{1};
  outs.push_back(conv_transpose1d(a0, a1, a2, a3, a4, a5, a6, a7));
}

void dyn_204(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "conv_transpose2d";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "input"), fn, "input");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "weight"), fn, "weight");
  std::optional<Tensor> a2 = dyn::present(a, n, 2) ? std::optional<Tensor>(dyn::get_tensor(a[2], fn, "bias")) : std::nullopt;
  std::vector<int64_t> a3 = dyn::present(a, n, 3) ? std::vector<int64_t>(dyn::get_int_list(a[3], fn, "stride")) : std::vector<int64_t>{1};
  std::vector<int64_t> a4 = dyn::present(a, n, 4) ? std::vector<int64_t>(dyn::get_int_list(a[4], fn, "padding")) : std::vector<int64_t>{0};
  std::vector<int64_t> a5 = dyn::present(a, n, 5) ? std::vector<int64_t>(dyn::get_int_list(a[5], fn, "output_padding")) : std::vector<int64_t>{0};
  int64_t a6 = dyn::present(a, n, 6) ? int64_t(dyn::get_int(a[6], fn, "groups")) : int64_t(1);
  std::vector<int64_t> a7 = dyn::present(a, n, 7) ? std::vector<int64_t>(dyn::get_int_list(a[7], fn, "dilation")) : std::vector<int64_t>{1};
  outs.push_back(conv_transpose2d(a0, a1, a2, a3, a4, a5, a6, a7));
}

void dyn_205(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "max_pool1d";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::vector<int64_t> a1 = dyn::get_int_list(dyn::required(a, n, 1, fn, "kernel_size"), fn, "kernel_size");
  std::vector<int64_t> a2 = dyn::present(a, n, 2) ? std::vector<int64_t>(dyn::get_int_list(a[2], fn, "stride")) : std::vector<int64_t>{};
  std::vector<int64_t> a3 = dyn::present(a, n, 3) ? std::vector<int64_t>(dyn::get_int_list(a[3], fn, "padding")) : std::vector<int64_t>{0};
  std::vector<int64_t> a4 = dyn::present(a, n, 4) ? std::vector<int64_t>(dyn::get_int_list(a[4], fn, "dilation")) : std::vector<int64_t>{1};
  bool a5 = dyn::present(a, n, 5) ? bool(dyn::get_bool(a[5], fn, "ceil_mode")) : bool(false);
  outs.push_back(max_pool1d(a0, a1, a2, a3, a4, a5));
}

void dyn_206(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "max_pool2d";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::vector<int64_t> a1 = dyn::get_int_list(dyn::required(a, n, 1, fn, "kernel_size"), fn, "kernel_size");
  std::vector<int64_t> a2 = dyn::present(a, n, 2) ? std::vector<int64_t>(dyn::get_int_list(a[2], fn, "stride")) : std::vector<int64_t>{};
  std::vector<int64_t> a3 = dyn::present(a, n, 3) ? std::vector<int64_t>(dyn::get_int_list(a[3], fn, "padding")) : std::vector<int64_t>{0};
  std::vector<int64_t> a4 = dyn::present(a, n, 4) ? std::vector<int64_t>(dyn::get_int_list(a[4], fn, "dilation")) : std::vector<int64_t>{1};
  bool a5 = dyn::present(a, n, 5) ? bool(dyn::get_bool(a[5], fn, "ceil_mode")) : bool(false);
  outs.push_back(max_pool2d(a0, a1, a2, a3, a4, a5));
}

void dyn_207(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "max_pool2d_with_indices";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::vector<int64_t> a1 = dyn::get_int_list(dyn::required(a, n, 1, fn, "kernel_size"), fn, "kernel_size");
  std::vector<int64_t> a2 = dyn::present(a, n, 2) ? std::vector<int64_t>(dyn::get_int_list(a[2], fn, "stride")) : std::vector<int64_t>{};
  std::vector<int64_t> a3 = dyn::present(a, n, 3) ? std::vector<int64_t>(dyn::get_int_list(a[3], fn, "padding")) : std::vector<int64_t>{0};
  std::vector<int64_t> a4 = dyn::present(a, n, 4) ? std::vector<int64_t>(dyn::get_int_list(a[4], fn, "dilation")) : std::vector<int64_t>{1};
  bool a5 = dyn::present(a, n, 5) ? bool(dyn::get_bool(a[5], fn, "ceil_mode")) : bool(false);
  auto r = max_pool2d_with_indices(a0, a1, a2, a3, a4, a5);
  outs.push_back(std::move(std::get<0>(r)));
  outs.push_back(std::move(std::get<1>(r)));
}

void dyn_208(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "avg_pool1d";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::vector<int64_t> a1 = dyn::get_int_list(dyn::required(a, n, 1, fn, "kernel_size"), fn, "kernel_size");
  std::vector<int64_t> a2 = dyn::present(a, n, 2) ? std::vector<int64_t>(dyn::get_int_list(a[2], fn, "stride")) : std::vector<int64_t>{};
  std::vector<int64_t> a3 = dyn::present(a, n, 3) ? std::vector<int64_t>(dyn::get_int_list(a[3], fn, "padding")) : std::vector<int64_t>{0};
  bool a4 = dyn::present(a, n, 4) ? bool(dyn::get_bool(a[4], fn, "ceil_mode")) : bool(false);
  bool a5 = dyn::present(a, n, 5) ? bool(dyn::get_bool(a[5], fn, "count_include_pad")) : bool(true);
  outs.push_back(avg_pool1d(a0, a1, a2, a3, a4, a5));
}

void dyn_209(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "avg_pool2d";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::vector<int64_t> a1 = dyn::get_int_list(dyn::required(a, n, 1, fn, "kernel_size"), fn, "kernel_size");
  std::vector<int64_t> a2 = dyn::present(a, n, 2) ? std::vector<int64_t>(dyn::get_int_list(a[2], fn, "stride")) : std::vector<int64_t>{};
  std::vector<int64_t> a3 = dyn::present(a, n, 3) ? std::vector<int64_t>(dyn::get_int_list(a[3], fn, "padding")) : std::vector<int64_t>{0};
  bool a4 = dyn::present(a, n, 4) ? bool(dyn::get_bool(a[4], fn, "ceil_mode")) : bool(false);
  bool a5 = dyn::present(a, n, 5) ? bool(dyn::get_bool(a[5], fn, "count_include_pad")) : bool(true);
  std::optional<int64_t> a6 = dyn::present(a, n, 6) ? std::optional<int64_t>(dyn::get_int(a[6], fn, "divisor_override")) : std::nullopt;
  outs.push_back(avg_pool2d(a0, a1, a2, a3, a4, a5, a6));
}

void dyn_210(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "adaptive_avg_pool1d";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::vector<int64_t> a1 = dyn::get_int_list(dyn::required(a, n, 1, fn, "output_size"), fn, "output_size");
  outs.push_back(adaptive_avg_pool1d(a0, a1));
}

void dyn_211(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "adaptive_avg_pool2d";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::vector<int64_t> a1 = dyn::get_int_list(dyn::required(a, n, 1, fn, "output_size"), fn, "output_size");
  outs.push_back(adaptive_avg_pool2d(a0, a1));
}

void dyn_212(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "adaptive_max_pool2d";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "self"), fn, "self");
  std::vector<int64_t> a1 = dyn::get_int_list(dyn::required(a, n, 1, fn, "output_size"), fn, "output_size");
  auto r = adaptive_max_pool2d(a0, a1);
  outs.push_back(std::move(std::get<0>(r)));
  outs.push_back(std::move(std::get<1>(r)));
}

void dyn_213(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "interpolate";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "input"), fn, "input");
  std::optional<std::vector<int64_t>> a1 = dyn::present(a, n, 1) ? std::optional<std::vector<int64_t>>(dyn::get_int_list(a[1], fn, "size")) : std::nullopt;
  std::optional<double> a2 = dyn::present(a, n, 2) ? std::optional<double>(dyn::get_float(a[2], fn, "scale_factor")) : std::nullopt;
  std::string a3 = dyn::present(a, n, 3) ? std::string(dyn::get_str(a[3], fn, "mode")) : std::string("nearest");
  std::optional<bool> a4 = dyn::present(a, n, 4) ? std::optional<bool>(dyn::get_bool(a[4], fn, "align_corners")) : std::nullopt;
  outs.push_back(interpolate(a0, (a1 ? OptIntArrayRef(*a1) : OptIntArrayRef()), a2, a3, a4));
}

void dyn_214(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "cross_entropy";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "input"), fn, "input");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "target"), fn, "target");
  std::optional<Tensor> a2 = dyn::present(a, n, 2) ? std::optional<Tensor>(dyn::get_tensor(a[2], fn, "weight")) : std::nullopt;
  int64_t a3 = dyn::present(a, n, 3) ? int64_t(dyn::get_int(a[3], fn, "ignore_index")) : int64_t(-100);
  std::string a4 = dyn::present(a, n, 4) ? std::string(dyn::get_str(a[4], fn, "reduction")) : std::string("mean");
  double a5 = dyn::present(a, n, 5) ? double(dyn::get_float(a[5], fn, "label_smoothing")) : double(0.0);
  outs.push_back(cross_entropy(a0, a1, a2, a3, a4, a5));
}

void dyn_215(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "nll_loss";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "input"), fn, "input");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "target"), fn, "target");
  std::optional<Tensor> a2 = dyn::present(a, n, 2) ? std::optional<Tensor>(dyn::get_tensor(a[2], fn, "weight")) : std::nullopt;
  int64_t a3 = dyn::present(a, n, 3) ? int64_t(dyn::get_int(a[3], fn, "ignore_index")) : int64_t(-100);
  std::string a4 = dyn::present(a, n, 4) ? std::string(dyn::get_str(a[4], fn, "reduction")) : std::string("mean");
  outs.push_back(nll_loss(a0, a1, a2, a3, a4));
}

void dyn_216(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "mse_loss";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "input"), fn, "input");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "target"), fn, "target");
  std::string a2 = dyn::present(a, n, 2) ? std::string(dyn::get_str(a[2], fn, "reduction")) : std::string("mean");
  outs.push_back(mse_loss(a0, a1, a2));
}

void dyn_217(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "l1_loss";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "input"), fn, "input");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "target"), fn, "target");
  std::string a2 = dyn::present(a, n, 2) ? std::string(dyn::get_str(a[2], fn, "reduction")) : std::string("mean");
  outs.push_back(l1_loss(a0, a1, a2));
}

void dyn_218(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "smooth_l1_loss";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "input"), fn, "input");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "target"), fn, "target");
  std::string a2 = dyn::present(a, n, 2) ? std::string(dyn::get_str(a[2], fn, "reduction")) : std::string("mean");
  double a3 = dyn::present(a, n, 3) ? double(dyn::get_float(a[3], fn, "beta")) : double(1.0);
  outs.push_back(smooth_l1_loss(a0, a1, a2, a3));
}

void dyn_219(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "huber_loss";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "input"), fn, "input");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "target"), fn, "target");
  std::string a2 = dyn::present(a, n, 2) ? std::string(dyn::get_str(a[2], fn, "reduction")) : std::string("mean");
  double a3 = dyn::present(a, n, 3) ? double(dyn::get_float(a[3], fn, "delta")) : double(1.0);
  outs.push_back(huber_loss(a0, a1, a2, a3));
}

void dyn_220(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "binary_cross_entropy";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "input"), fn, "input");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "target"), fn, "target");
  std::optional<Tensor> a2 = dyn::present(a, n, 2) ? std::optional<Tensor>(dyn::get_tensor(a[2], fn, "weight")) : std::nullopt;
  std::string a3 = dyn::present(a, n, 3) ? std::string(dyn::get_str(a[3], fn, "reduction")) : std::string("mean");
  outs.push_back(binary_cross_entropy(a0, a1, a2, a3));
}

void dyn_221(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "binary_cross_entropy_with_logits";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "input"), fn, "input");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "target"), fn, "target");
  std::optional<Tensor> a2 = dyn::present(a, n, 2) ? std::optional<Tensor>(dyn::get_tensor(a[2], fn, "weight")) : std::nullopt;
  std::optional<Tensor> a3 = dyn::present(a, n, 3) ? std::optional<Tensor>(dyn::get_tensor(a[3], fn, "pos_weight")) : std::nullopt;
  std::string a4 = dyn::present(a, n, 4) ? std::string(dyn::get_str(a[4], fn, "reduction")) : std::string("mean");
  outs.push_back(binary_cross_entropy_with_logits(a0, a1, a2, a3, a4));
}

void dyn_222(const ignis_value* a, size_t n, std::vector<Tensor>& outs) {
  constexpr const char* fn = "kl_div";
  Tensor a0 = dyn::get_tensor(dyn::required(a, n, 0, fn, "input"), fn, "input");
  Tensor a1 = dyn::get_tensor(dyn::required(a, n, 1, fn, "target"), fn, "target");
  std::string a2 = dyn::present(a, n, 2) ? std::string(dyn::get_str(a[2], fn, "reduction")) : std::string("mean");
  bool a3 = dyn::present(a, n, 3) ? bool(dyn::get_bool(a[3], fn, "log_target")) : bool(false);
  outs.push_back(kl_div(a0, a1, a2, a3));
}

}  // namespace

const OpArg kArgs0[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs1[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs2[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs3[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs4[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs5[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs6[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs7[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs8[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs9[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs10[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs11[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs12[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs13[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs14[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs15[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs16[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs17[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs18[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs19[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs20[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs21[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs22[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs23[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs24[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs25[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs26[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"negative_slope", "Scalar", IGNIS_VALUE_SCALAR, 0, 1, 0},
};
const OpArg kArgs27[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"alpha", "Scalar", IGNIS_VALUE_SCALAR, 0, 1, 0},
    {"scale", "Scalar", IGNIS_VALUE_SCALAR, 0, 1, 0},
    {"input_scale", "Scalar", IGNIS_VALUE_SCALAR, 0, 1, 0},
};
const OpArg kArgs28[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs29[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"approximate", "str", IGNIS_VALUE_STRING, 0, 1, 1},
};
const OpArg kArgs30[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs31[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs32[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"beta", "Scalar", IGNIS_VALUE_SCALAR, 0, 1, 0},
    {"threshold", "Scalar", IGNIS_VALUE_SCALAR, 0, 1, 0},
};
const OpArg kArgs33[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs34[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs35[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs36[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs37[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs38[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs39[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs40[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"decimals", "int", IGNIS_VALUE_INT, 0, 0, 1},
};
const OpArg kArgs41[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs42[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs43[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs44[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs45[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs46[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"nan", "float?", IGNIS_VALUE_FLOAT, 1, 1, 0},
    {"posinf", "float?", IGNIS_VALUE_FLOAT, 1, 1, 0},
    {"neginf", "float?", IGNIS_VALUE_FLOAT, 1, 1, 0},
};
const OpArg kArgs47[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs48[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs49[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"alpha", "Scalar", IGNIS_VALUE_SCALAR, 0, 1, 1},
};
const OpArg kArgs50[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Scalar", IGNIS_VALUE_SCALAR, 0, 0, 0},
    {"alpha", "Scalar", IGNIS_VALUE_SCALAR, 0, 1, 0},
};
const OpArg kArgs51[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"alpha", "Scalar", IGNIS_VALUE_SCALAR, 0, 1, 1},
};
const OpArg kArgs52[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Scalar", IGNIS_VALUE_SCALAR, 0, 0, 0},
    {"alpha", "Scalar", IGNIS_VALUE_SCALAR, 0, 1, 0},
};
const OpArg kArgs53[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs54[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Scalar", IGNIS_VALUE_SCALAR, 0, 0, 0},
};
const OpArg kArgs55[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs56[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Scalar", IGNIS_VALUE_SCALAR, 0, 0, 0},
};
const OpArg kArgs57[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"rounding_mode", "str?", IGNIS_VALUE_STRING, 1, 1, 1},
};
const OpArg kArgs58[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Scalar", IGNIS_VALUE_SCALAR, 0, 0, 0},
    {"rounding_mode", "str?", IGNIS_VALUE_STRING, 1, 1, 1},
};
const OpArg kArgs59[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs60[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Scalar", IGNIS_VALUE_SCALAR, 0, 0, 0},
};
const OpArg kArgs61[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs62[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Scalar", IGNIS_VALUE_SCALAR, 0, 0, 0},
};
const OpArg kArgs63[] = {
    {"self", "Scalar", IGNIS_VALUE_SCALAR, 0, 0, 0},
    {"other", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs64[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs65[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Scalar", IGNIS_VALUE_SCALAR, 0, 0, 0},
};
const OpArg kArgs66[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"exponent", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs67[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"exponent", "Scalar", IGNIS_VALUE_SCALAR, 0, 0, 0},
};
const OpArg kArgs68[] = {
    {"self", "Scalar", IGNIS_VALUE_SCALAR, 0, 0, 0},
    {"exponent", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs69[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs70[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs71[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs72[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs73[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Scalar", IGNIS_VALUE_SCALAR, 0, 0, 0},
};
const OpArg kArgs74[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs75[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Scalar", IGNIS_VALUE_SCALAR, 0, 0, 0},
};
const OpArg kArgs76[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs77[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Scalar", IGNIS_VALUE_SCALAR, 0, 0, 0},
};
const OpArg kArgs78[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs79[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Scalar", IGNIS_VALUE_SCALAR, 0, 0, 0},
};
const OpArg kArgs80[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs81[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Scalar", IGNIS_VALUE_SCALAR, 0, 0, 0},
};
const OpArg kArgs82[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs83[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Scalar", IGNIS_VALUE_SCALAR, 0, 0, 0},
};
const OpArg kArgs84[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs85[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs86[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs87[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs88[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Scalar", IGNIS_VALUE_SCALAR, 0, 0, 0},
};
const OpArg kArgs89[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs90[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Scalar", IGNIS_VALUE_SCALAR, 0, 0, 0},
};
const OpArg kArgs91[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs92[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Scalar", IGNIS_VALUE_SCALAR, 0, 0, 0},
};
const OpArg kArgs93[] = {
    {"condition", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs94[] = {
    {"condition", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"self", "Scalar", IGNIS_VALUE_SCALAR, 0, 0, 0},
    {"other", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs95[] = {
    {"condition", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Scalar", IGNIS_VALUE_SCALAR, 0, 0, 0},
};
const OpArg kArgs96[] = {
    {"condition", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"self", "Scalar", IGNIS_VALUE_SCALAR, 0, 0, 0},
    {"other", "Scalar", IGNIS_VALUE_SCALAR, 0, 0, 0},
};
const OpArg kArgs97[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"min", "Scalar?", IGNIS_VALUE_SCALAR, 1, 1, 0},
    {"max", "Scalar?", IGNIS_VALUE_SCALAR, 1, 1, 0},
};
const OpArg kArgs98[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"min", "Tensor?", IGNIS_VALUE_TENSOR, 1, 1, 0},
    {"max", "Tensor?", IGNIS_VALUE_TENSOR, 1, 1, 0},
};
const OpArg kArgs99[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"end", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"weight", "Scalar", IGNIS_VALUE_SCALAR, 0, 0, 0},
};
const OpArg kArgs100[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"end", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"weight", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs101[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"tensor1", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"tensor2", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"value", "Scalar", IGNIS_VALUE_SCALAR, 0, 1, 1},
};
const OpArg kArgs102[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"tensor1", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"tensor2", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"value", "Scalar", IGNIS_VALUE_SCALAR, 0, 1, 1},
};
const OpArg kArgs103[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dim", "int[]?", IGNIS_VALUE_INT_LIST, 1, 1, 0},
    {"keepdim", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
    {"dtype", "DType?", IGNIS_VALUE_DTYPE, 1, 1, 1},
};
const OpArg kArgs104[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dim", "int[]?", IGNIS_VALUE_INT_LIST, 1, 1, 0},
    {"keepdim", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
    {"dtype", "DType?", IGNIS_VALUE_DTYPE, 1, 1, 1},
};
const OpArg kArgs105[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dim", "int[]?", IGNIS_VALUE_INT_LIST, 1, 1, 0},
    {"keepdim", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
    {"dtype", "DType?", IGNIS_VALUE_DTYPE, 1, 1, 1},
};
const OpArg kArgs106[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dim", "int[]?", IGNIS_VALUE_INT_LIST, 1, 1, 0},
    {"correction", "Scalar?", IGNIS_VALUE_SCALAR, 1, 1, 1},
    {"keepdim", "bool", IGNIS_VALUE_BOOL, 0, 1, 1},
};
const OpArg kArgs107[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dim", "int[]?", IGNIS_VALUE_INT_LIST, 1, 1, 0},
    {"correction", "Scalar?", IGNIS_VALUE_SCALAR, 1, 1, 1},
    {"keepdim", "bool", IGNIS_VALUE_BOOL, 0, 1, 1},
};
const OpArg kArgs108[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs109[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dim", "int", IGNIS_VALUE_INT, 0, 0, 0},
    {"keepdim", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
};
const OpArg kArgs110[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs111[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dim", "int", IGNIS_VALUE_INT, 0, 0, 0},
    {"keepdim", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
};
const OpArg kArgs112[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dim", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
    {"keepdim", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
};
const OpArg kArgs113[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dim", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
    {"keepdim", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
};
const OpArg kArgs114[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dim", "int?", IGNIS_VALUE_INT, 1, 1, 0},
    {"keepdim", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
};
const OpArg kArgs115[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dim", "int?", IGNIS_VALUE_INT, 1, 1, 0},
    {"keepdim", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
};
const OpArg kArgs116[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dim", "int[]", IGNIS_VALUE_INT_LIST, 0, 0, 0},
    {"keepdim", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
};
const OpArg kArgs117[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dim", "int[]?", IGNIS_VALUE_INT_LIST, 1, 1, 0},
    {"keepdim", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
};
const OpArg kArgs118[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dim", "int[]?", IGNIS_VALUE_INT_LIST, 1, 1, 0},
    {"keepdim", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
};
const OpArg kArgs119[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"p", "Scalar?", IGNIS_VALUE_SCALAR, 1, 1, 0},
    {"dim", "int[]?", IGNIS_VALUE_INT_LIST, 1, 1, 0},
    {"keepdim", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
    {"dtype", "DType?", IGNIS_VALUE_DTYPE, 1, 1, 1},
};
const OpArg kArgs120[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"p", "str", IGNIS_VALUE_STRING, 0, 0, 0},
    {"dim", "int[]?", IGNIS_VALUE_INT_LIST, 1, 1, 0},
    {"keepdim", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
    {"dtype", "DType?", IGNIS_VALUE_DTYPE, 1, 1, 1},
};
const OpArg kArgs121[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dim", "int[]?", IGNIS_VALUE_INT_LIST, 1, 1, 0},
};
const OpArg kArgs122[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dim", "int", IGNIS_VALUE_INT, 0, 0, 0},
    {"dtype", "DType?", IGNIS_VALUE_DTYPE, 1, 1, 1},
};
const OpArg kArgs123[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dim", "int", IGNIS_VALUE_INT, 0, 0, 0},
    {"dtype", "DType?", IGNIS_VALUE_DTYPE, 1, 1, 1},
};
const OpArg kArgs124[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dim", "int", IGNIS_VALUE_INT, 0, 1, 0},
    {"descending", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
    {"stable", "bool", IGNIS_VALUE_BOOL, 0, 1, 1},
};
const OpArg kArgs125[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dim", "int", IGNIS_VALUE_INT, 0, 1, 0},
    {"descending", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
    {"stable", "bool", IGNIS_VALUE_BOOL, 0, 1, 1},
};
const OpArg kArgs126[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"k", "int", IGNIS_VALUE_INT, 0, 0, 0},
    {"dim", "int", IGNIS_VALUE_INT, 0, 1, 0},
    {"largest", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
    {"sorted", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
};
const OpArg kArgs127[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"k", "int", IGNIS_VALUE_INT, 0, 0, 0},
    {"dim", "int", IGNIS_VALUE_INT, 0, 1, 0},
    {"keepdim", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
};
const OpArg kArgs128[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs129[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dim", "int", IGNIS_VALUE_INT, 0, 0, 0},
    {"keepdim", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
};
const OpArg kArgs130[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"sorted", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
    {"return_inverse", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
    {"return_counts", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
};
const OpArg kArgs131[] = {
    {"tensors", "Tensor[]", IGNIS_VALUE_TENSOR_LIST, 0, 0, 0},
    {"dim", "int", IGNIS_VALUE_INT, 0, 1, 0},
};
const OpArg kArgs132[] = {
    {"tensors", "Tensor[]", IGNIS_VALUE_TENSOR_LIST, 0, 0, 0},
    {"dim", "int", IGNIS_VALUE_INT, 0, 1, 0},
};
const OpArg kArgs133[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"split_size", "int", IGNIS_VALUE_INT, 0, 0, 0},
    {"dim", "int", IGNIS_VALUE_INT, 0, 1, 0},
};
const OpArg kArgs134[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"split_size", "int[]", IGNIS_VALUE_INT_LIST, 0, 0, 0},
    {"dim", "int", IGNIS_VALUE_INT, 0, 1, 0},
};
const OpArg kArgs135[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"split_sizes", "int[]", IGNIS_VALUE_INT_LIST, 0, 0, 0},
    {"dim", "int", IGNIS_VALUE_INT, 0, 1, 0},
};
const OpArg kArgs136[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"chunks", "int", IGNIS_VALUE_INT, 0, 0, 0},
    {"dim", "int", IGNIS_VALUE_INT, 0, 1, 0},
};
const OpArg kArgs137[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dim", "int", IGNIS_VALUE_INT, 0, 1, 0},
};
const OpArg kArgs138[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dims", "int[]", IGNIS_VALUE_INT_LIST, 0, 0, 0},
};
const OpArg kArgs139[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"shifts", "int[]", IGNIS_VALUE_INT_LIST, 0, 0, 0},
    {"dims", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
};
const OpArg kArgs140[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"repeats", "int[]", IGNIS_VALUE_INT_LIST, 0, 0, 0},
};
const OpArg kArgs141[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dims", "int[]", IGNIS_VALUE_INT_LIST, 0, 0, 0},
};
const OpArg kArgs142[] = {
    {"repeats", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"output_size", "int?", IGNIS_VALUE_INT, 1, 1, 1},
};
const OpArg kArgs143[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"repeats", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dim", "int?", IGNIS_VALUE_INT, 1, 1, 0},
    {"output_size", "int?", IGNIS_VALUE_INT, 1, 1, 1},
};
const OpArg kArgs144[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"repeats", "int", IGNIS_VALUE_INT, 0, 0, 0},
    {"dim", "int?", IGNIS_VALUE_INT, 1, 1, 0},
    {"output_size", "int?", IGNIS_VALUE_INT, 1, 1, 1},
};
const OpArg kArgs145[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"diagonal", "int", IGNIS_VALUE_INT, 0, 1, 0},
};
const OpArg kArgs146[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"diagonal", "int", IGNIS_VALUE_INT, 0, 1, 0},
};
const OpArg kArgs147[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"pad", "int[]", IGNIS_VALUE_INT_LIST, 0, 0, 0},
    {"mode", "str", IGNIS_VALUE_STRING, 0, 1, 0},
    {"value", "float?", IGNIS_VALUE_FLOAT, 1, 1, 0},
};
const OpArg kArgs148[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dim", "int", IGNIS_VALUE_INT, 0, 0, 0},
    {"index", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs149[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dim", "int", IGNIS_VALUE_INT, 0, 0, 0},
    {"index", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"sparse_grad", "bool", IGNIS_VALUE_BOOL, 0, 1, 1},
};
const OpArg kArgs150[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dim", "int", IGNIS_VALUE_INT, 0, 0, 0},
    {"index", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"src", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"reduce", "str?", IGNIS_VALUE_STRING, 1, 1, 1},
};
const OpArg kArgs151[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dim", "int", IGNIS_VALUE_INT, 0, 0, 0},
    {"index", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"value", "Scalar", IGNIS_VALUE_SCALAR, 0, 0, 0},
    {"reduce", "str?", IGNIS_VALUE_STRING, 1, 1, 1},
};
const OpArg kArgs152[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dim", "int", IGNIS_VALUE_INT, 0, 0, 0},
    {"index", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"src", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs153[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dim", "int", IGNIS_VALUE_INT, 0, 0, 0},
    {"index", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"source", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"alpha", "Scalar", IGNIS_VALUE_SCALAR, 0, 1, 1},
};
const OpArg kArgs154[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"indices", "Tensor[]", IGNIS_VALUE_TENSOR_LIST, 0, 0, 0},
    {"values", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"accumulate", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
};
const OpArg kArgs155[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"mask", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"value", "Scalar", IGNIS_VALUE_SCALAR, 0, 0, 0},
};
const OpArg kArgs156[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"mask", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"value", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs157[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"mask", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs158[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"mask", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"source", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs159[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs160[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"index", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs161[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"num_classes", "int", IGNIS_VALUE_INT, 0, 1, 0},
};
const OpArg kArgs162[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs163[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"mat2", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs164[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"mat2", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs165[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"mat1", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"mat2", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"beta", "Scalar", IGNIS_VALUE_SCALAR, 0, 1, 1},
    {"alpha", "Scalar", IGNIS_VALUE_SCALAR, 0, 1, 1},
};
const OpArg kArgs166[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"batch1", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"batch2", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"beta", "Scalar", IGNIS_VALUE_SCALAR, 0, 1, 1},
    {"alpha", "Scalar", IGNIS_VALUE_SCALAR, 0, 1, 1},
};
const OpArg kArgs167[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"vec", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs168[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"tensor", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs169[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"vec2", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs170[] = {
    {"equation", "str", IGNIS_VALUE_STRING, 0, 0, 0},
    {"tensors", "Tensor[]", IGNIS_VALUE_TENSOR_LIST, 0, 0, 0},
};
const OpArg kArgs171[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dims_self", "int[]", IGNIS_VALUE_INT_LIST, 0, 0, 0},
    {"dims_other", "int[]", IGNIS_VALUE_INT_LIST, 0, 0, 0},
};
const OpArg kArgs172[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"other", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dims", "int", IGNIS_VALUE_INT, 0, 1, 0},
};
const OpArg kArgs173[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"ord", "Scalar?", IGNIS_VALUE_SCALAR, 1, 1, 0},
    {"dim", "int[]?", IGNIS_VALUE_INT_LIST, 1, 1, 0},
    {"keepdim", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
    {"dtype", "DType?", IGNIS_VALUE_DTYPE, 1, 1, 1},
};
const OpArg kArgs174[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"ord", "str", IGNIS_VALUE_STRING, 0, 0, 0},
    {"dim", "int[]?", IGNIS_VALUE_INT_LIST, 1, 1, 0},
    {"keepdim", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
    {"dtype", "DType?", IGNIS_VALUE_DTYPE, 1, 1, 1},
};
const OpArg kArgs175[] = {
    {"A", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"B", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"left", "bool", IGNIS_VALUE_BOOL, 0, 1, 1},
};
const OpArg kArgs176[] = {
    {"A", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs177[] = {
    {"A", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
};
const OpArg kArgs178[] = {
    {"A", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"upper", "bool", IGNIS_VALUE_BOOL, 0, 1, 1},
};
const OpArg kArgs179[] = {
    {"A", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"mode", "str", IGNIS_VALUE_STRING, 0, 1, 0},
};
const OpArg kArgs180[] = {
    {"A", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"full_matrices", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
};
const OpArg kArgs181[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dim", "int", IGNIS_VALUE_INT, 0, 0, 0},
    {"dtype", "DType?", IGNIS_VALUE_DTYPE, 1, 1, 0},
};
const OpArg kArgs182[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dim", "int", IGNIS_VALUE_INT, 0, 0, 0},
    {"dtype", "DType?", IGNIS_VALUE_DTYPE, 1, 1, 0},
};
const OpArg kArgs183[] = {
    {"input", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"p", "float", IGNIS_VALUE_FLOAT, 0, 0, 0},
    {"train", "bool", IGNIS_VALUE_BOOL, 0, 0, 0},
};
const OpArg kArgs184[] = {
    {"input", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"p", "float", IGNIS_VALUE_FLOAT, 0, 0, 0},
    {"train", "bool", IGNIS_VALUE_BOOL, 0, 0, 0},
};
const OpArg kArgs185[] = {
    {"input", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"weight", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"bias", "Tensor?", IGNIS_VALUE_TENSOR, 1, 1, 0},
};
const OpArg kArgs186[] = {
    {"input1", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"input2", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"weight", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"bias", "Tensor?", IGNIS_VALUE_TENSOR, 1, 1, 0},
};
const OpArg kArgs187[] = {
    {"weight", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"indices", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"padding_idx", "int", IGNIS_VALUE_INT, 0, 1, 0},
};
const OpArg kArgs188[] = {
    {"weight", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"indices", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"offsets", "Tensor?", IGNIS_VALUE_TENSOR, 1, 1, 0},
    {"mode", "str", IGNIS_VALUE_STRING, 0, 1, 0},
    {"per_sample_weights", "Tensor?", IGNIS_VALUE_TENSOR, 1, 1, 0},
    {"include_last_offset", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
    {"padding_idx", "int?", IGNIS_VALUE_INT, 1, 1, 0},
};
const OpArg kArgs189[] = {
    {"input", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"running_mean", "Tensor?", IGNIS_VALUE_TENSOR, 1, 1, 0},
    {"running_var", "Tensor?", IGNIS_VALUE_TENSOR, 1, 1, 0},
    {"weight", "Tensor?", IGNIS_VALUE_TENSOR, 1, 1, 0},
    {"bias", "Tensor?", IGNIS_VALUE_TENSOR, 1, 1, 0},
    {"training", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
    {"momentum", "float", IGNIS_VALUE_FLOAT, 0, 1, 0},
    {"eps", "float", IGNIS_VALUE_FLOAT, 0, 1, 0},
};
const OpArg kArgs190[] = {
    {"input", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"normalized_shape", "int[]", IGNIS_VALUE_INT_LIST, 0, 0, 0},
    {"weight", "Tensor?", IGNIS_VALUE_TENSOR, 1, 1, 0},
    {"bias", "Tensor?", IGNIS_VALUE_TENSOR, 1, 1, 0},
    {"eps", "float", IGNIS_VALUE_FLOAT, 0, 1, 0},
};
const OpArg kArgs191[] = {
    {"input", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"num_groups", "int", IGNIS_VALUE_INT, 0, 0, 0},
    {"weight", "Tensor?", IGNIS_VALUE_TENSOR, 1, 1, 0},
    {"bias", "Tensor?", IGNIS_VALUE_TENSOR, 1, 1, 0},
    {"eps", "float", IGNIS_VALUE_FLOAT, 0, 1, 0},
};
const OpArg kArgs192[] = {
    {"input", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"normalized_shape", "int[]", IGNIS_VALUE_INT_LIST, 0, 0, 0},
    {"weight", "Tensor?", IGNIS_VALUE_TENSOR, 1, 1, 0},
    {"eps", "float?", IGNIS_VALUE_FLOAT, 1, 1, 0},
};
const OpArg kArgs193[] = {
    {"input", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"weight", "Tensor?", IGNIS_VALUE_TENSOR, 1, 1, 0},
    {"bias", "Tensor?", IGNIS_VALUE_TENSOR, 1, 1, 0},
    {"running_mean", "Tensor?", IGNIS_VALUE_TENSOR, 1, 1, 0},
    {"running_var", "Tensor?", IGNIS_VALUE_TENSOR, 1, 1, 0},
    {"use_input_stats", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
    {"momentum", "float", IGNIS_VALUE_FLOAT, 0, 1, 0},
    {"eps", "float", IGNIS_VALUE_FLOAT, 0, 1, 0},
};
const OpArg kArgs194[] = {
    {"x1", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"x2", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"dim", "int", IGNIS_VALUE_INT, 0, 1, 0},
    {"eps", "float", IGNIS_VALUE_FLOAT, 0, 1, 0},
};
const OpArg kArgs195[] = {
    {"x1", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"x2", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"p", "float", IGNIS_VALUE_FLOAT, 0, 1, 0},
    {"eps", "float", IGNIS_VALUE_FLOAT, 0, 1, 0},
    {"keepdim", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
};
const OpArg kArgs196[] = {
    {"query", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"key", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"value", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"attn_mask", "Tensor?", IGNIS_VALUE_TENSOR, 1, 1, 0},
    {"dropout_p", "float", IGNIS_VALUE_FLOAT, 0, 1, 0},
    {"is_causal", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
    {"scale", "float?", IGNIS_VALUE_FLOAT, 1, 1, 1},
};
const OpArg kArgs197[] = {
    {"input", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"weight", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"bias", "Tensor?", IGNIS_VALUE_TENSOR, 1, 1, 0},
    {"stride", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
    {"padding", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
    {"dilation", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
    {"groups", "int", IGNIS_VALUE_INT, 0, 1, 0},
};
const OpArg kArgs198[] = {
    {"input", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"weight", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"bias", "Tensor?", IGNIS_VALUE_TENSOR, 1, 1, 0},
    {"stride", "int[]", IGNIS_VALUE_INT_LIST, 0, 0, 0},
    {"padding", "str", IGNIS_VALUE_STRING, 0, 0, 0},
    {"dilation", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
    {"groups", "int", IGNIS_VALUE_INT, 0, 1, 0},
};
const OpArg kArgs199[] = {
    {"input", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"weight", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"bias", "Tensor?", IGNIS_VALUE_TENSOR, 1, 1, 0},
    {"stride", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
    {"padding", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
    {"dilation", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
    {"groups", "int", IGNIS_VALUE_INT, 0, 1, 0},
};
const OpArg kArgs200[] = {
    {"input", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"weight", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"bias", "Tensor?", IGNIS_VALUE_TENSOR, 1, 1, 0},
    {"stride", "int[]", IGNIS_VALUE_INT_LIST, 0, 0, 0},
    {"padding", "str", IGNIS_VALUE_STRING, 0, 0, 0},
    {"dilation", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
    {"groups", "int", IGNIS_VALUE_INT, 0, 1, 0},
};
const OpArg kArgs201[] = {
    {"input", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"weight", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"bias", "Tensor?", IGNIS_VALUE_TENSOR, 1, 1, 0},
    {"stride", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
    {"padding", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
    {"dilation", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
    {"groups", "int", IGNIS_VALUE_INT, 0, 1, 0},
};
const OpArg kArgs202[] = {
    {"input", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"weight", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"bias", "Tensor?", IGNIS_VALUE_TENSOR, 1, 1, 0},
    {"stride", "int[]", IGNIS_VALUE_INT_LIST, 0, 0, 0},
    {"padding", "str", IGNIS_VALUE_STRING, 0, 0, 0},
    {"dilation", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
    {"groups", "int", IGNIS_VALUE_INT, 0, 1, 0},
};
const OpArg kArgs203[] = {
    {"input", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"weight", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"bias", "Tensor?", IGNIS_VALUE_TENSOR, 1, 1, 0},
    {"stride", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
    {"padding", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
    {"output_padding", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
    {"groups", "int", IGNIS_VALUE_INT, 0, 1, 0},
    {"dilation", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
};
const OpArg kArgs204[] = {
    {"input", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"weight", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"bias", "Tensor?", IGNIS_VALUE_TENSOR, 1, 1, 0},
    {"stride", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
    {"padding", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
    {"output_padding", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
    {"groups", "int", IGNIS_VALUE_INT, 0, 1, 0},
    {"dilation", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
};
const OpArg kArgs205[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"kernel_size", "int[]", IGNIS_VALUE_INT_LIST, 0, 0, 0},
    {"stride", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
    {"padding", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
    {"dilation", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
    {"ceil_mode", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
};
const OpArg kArgs206[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"kernel_size", "int[]", IGNIS_VALUE_INT_LIST, 0, 0, 0},
    {"stride", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
    {"padding", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
    {"dilation", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
    {"ceil_mode", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
};
const OpArg kArgs207[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"kernel_size", "int[]", IGNIS_VALUE_INT_LIST, 0, 0, 0},
    {"stride", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
    {"padding", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
    {"dilation", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
    {"ceil_mode", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
};
const OpArg kArgs208[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"kernel_size", "int[]", IGNIS_VALUE_INT_LIST, 0, 0, 0},
    {"stride", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
    {"padding", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
    {"ceil_mode", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
    {"count_include_pad", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
};
const OpArg kArgs209[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"kernel_size", "int[]", IGNIS_VALUE_INT_LIST, 0, 0, 0},
    {"stride", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
    {"padding", "int[]", IGNIS_VALUE_INT_LIST, 0, 1, 0},
    {"ceil_mode", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
    {"count_include_pad", "bool", IGNIS_VALUE_BOOL, 0, 1, 0},
    {"divisor_override", "int?", IGNIS_VALUE_INT, 1, 1, 0},
};
const OpArg kArgs210[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"output_size", "int[]", IGNIS_VALUE_INT_LIST, 0, 0, 0},
};
const OpArg kArgs211[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"output_size", "int[]", IGNIS_VALUE_INT_LIST, 0, 0, 0},
};
const OpArg kArgs212[] = {
    {"self", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"output_size", "int[]", IGNIS_VALUE_INT_LIST, 0, 0, 0},
};
const OpArg kArgs213[] = {
    {"input", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"size", "int[]?", IGNIS_VALUE_INT_LIST, 1, 1, 0},
    {"scale_factor", "float?", IGNIS_VALUE_FLOAT, 1, 1, 0},
    {"mode", "str", IGNIS_VALUE_STRING, 0, 1, 0},
    {"align_corners", "bool?", IGNIS_VALUE_BOOL, 1, 1, 0},
};
const OpArg kArgs214[] = {
    {"input", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"target", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"weight", "Tensor?", IGNIS_VALUE_TENSOR, 1, 1, 0},
    {"ignore_index", "int", IGNIS_VALUE_INT, 0, 1, 0},
    {"reduction", "str", IGNIS_VALUE_STRING, 0, 1, 0},
    {"label_smoothing", "float", IGNIS_VALUE_FLOAT, 0, 1, 0},
};
const OpArg kArgs215[] = {
    {"input", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"target", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"weight", "Tensor?", IGNIS_VALUE_TENSOR, 1, 1, 0},
    {"ignore_index", "int", IGNIS_VALUE_INT, 0, 1, 0},
    {"reduction", "str", IGNIS_VALUE_STRING, 0, 1, 0},
};
const OpArg kArgs216[] = {
    {"input", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"target", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"reduction", "str", IGNIS_VALUE_STRING, 0, 1, 0},
};
const OpArg kArgs217[] = {
    {"input", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"target", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"reduction", "str", IGNIS_VALUE_STRING, 0, 1, 0},
};
const OpArg kArgs218[] = {
    {"input", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"target", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"reduction", "str", IGNIS_VALUE_STRING, 0, 1, 0},
    {"beta", "float", IGNIS_VALUE_FLOAT, 0, 1, 0},
};
const OpArg kArgs219[] = {
    {"input", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"target", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"reduction", "str", IGNIS_VALUE_STRING, 0, 1, 0},
    {"delta", "float", IGNIS_VALUE_FLOAT, 0, 1, 0},
};
const OpArg kArgs220[] = {
    {"input", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"target", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"weight", "Tensor?", IGNIS_VALUE_TENSOR, 1, 1, 0},
    {"reduction", "str", IGNIS_VALUE_STRING, 0, 1, 0},
};
const OpArg kArgs221[] = {
    {"input", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"target", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"weight", "Tensor?", IGNIS_VALUE_TENSOR, 1, 1, 0},
    {"pos_weight", "Tensor?", IGNIS_VALUE_TENSOR, 1, 1, 0},
    {"reduction", "str", IGNIS_VALUE_STRING, 0, 1, 0},
};
const OpArg kArgs222[] = {
    {"input", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"target", "Tensor", IGNIS_VALUE_TENSOR, 0, 0, 0},
    {"reduction", "str", IGNIS_VALUE_STRING, 0, 1, 0},
    {"log_target", "bool", IGNIS_VALUE_BOOL, 0, 1, 1},
};

const OpEntry kOps[] = {
    {"neg", "neg(Tensor self) -> Tensor", "Negative of each element (-x).", kArgs0, 1, 1, 0, &dyn_0},
    {"neg_", "neg_(Tensor self) -> Tensor", "Negative of each element (-x).", kArgs0, 1, 1, 1, &dyn_0_},
    {"abs", "abs(Tensor self) -> Tensor", "Absolute value of each element.", kArgs1, 1, 1, 0, &dyn_1},
    {"abs_", "abs_(Tensor self) -> Tensor", "Absolute value of each element.", kArgs1, 1, 1, 1, &dyn_1_},
    {"sign", "sign(Tensor self) -> Tensor", "Sign of each element: -1, 0 or 1 (0 for NaN).", kArgs2, 1, 1, 0, &dyn_2},
    {"sign_", "sign_(Tensor self) -> Tensor", "Sign of each element: -1, 0 or 1 (0 for NaN).", kArgs2, 1, 1, 1, &dyn_2_},
    {"exp", "exp(Tensor self) -> Tensor", "e raised to each element; integer inputs give the default float dtype.", kArgs3, 1, 1, 0, &dyn_3},
    {"exp_", "exp_(Tensor self) -> Tensor", "e raised to each element; integer inputs give the default float dtype.", kArgs3, 1, 1, 1, &dyn_3_},
    {"exp2", "exp2(Tensor self) -> Tensor", "2 raised to each element.", kArgs4, 1, 1, 0, &dyn_4},
    {"exp2_", "exp2_(Tensor self) -> Tensor", "2 raised to each element.", kArgs4, 1, 1, 1, &dyn_4_},
    {"expm1", "expm1(Tensor self) -> Tensor", "exp(x) - 1, accurate near zero.", kArgs5, 1, 1, 0, &dyn_5},
    {"expm1_", "expm1_(Tensor self) -> Tensor", "exp(x) - 1, accurate near zero.", kArgs5, 1, 1, 1, &dyn_5_},
    {"log", "log(Tensor self) -> Tensor", "Natural logarithm of each element.", kArgs6, 1, 1, 0, &dyn_6},
    {"log_", "log_(Tensor self) -> Tensor", "Natural logarithm of each element.", kArgs6, 1, 1, 1, &dyn_6_},
    {"log2", "log2(Tensor self) -> Tensor", "Base-2 logarithm of each element.", kArgs7, 1, 1, 0, &dyn_7},
    {"log2_", "log2_(Tensor self) -> Tensor", "Base-2 logarithm of each element.", kArgs7, 1, 1, 1, &dyn_7_},
    {"log10", "log10(Tensor self) -> Tensor", "Base-10 logarithm of each element.", kArgs8, 1, 1, 0, &dyn_8},
    {"log10_", "log10_(Tensor self) -> Tensor", "Base-10 logarithm of each element.", kArgs8, 1, 1, 1, &dyn_8_},
    {"log1p", "log1p(Tensor self) -> Tensor", "log(1 + x), accurate near zero.", kArgs9, 1, 1, 0, &dyn_9},
    {"log1p_", "log1p_(Tensor self) -> Tensor", "log(1 + x), accurate near zero.", kArgs9, 1, 1, 1, &dyn_9_},
    {"sqrt", "sqrt(Tensor self) -> Tensor", "Square root of each element.", kArgs10, 1, 1, 0, &dyn_10},
    {"sqrt_", "sqrt_(Tensor self) -> Tensor", "Square root of each element.", kArgs10, 1, 1, 1, &dyn_10_},
    {"rsqrt", "rsqrt(Tensor self) -> Tensor", "Reciprocal square root 1 / sqrt(x).", kArgs11, 1, 1, 0, &dyn_11},
    {"rsqrt_", "rsqrt_(Tensor self) -> Tensor", "Reciprocal square root 1 / sqrt(x).", kArgs11, 1, 1, 1, &dyn_11_},
    {"reciprocal", "reciprocal(Tensor self) -> Tensor", "Reciprocal 1 / x.", kArgs12, 1, 1, 0, &dyn_12},
    {"reciprocal_", "reciprocal_(Tensor self) -> Tensor", "Reciprocal 1 / x.", kArgs12, 1, 1, 1, &dyn_12_},
    {"sin", "sin(Tensor self) -> Tensor", "Sine of each element (radians).", kArgs13, 1, 1, 0, &dyn_13},
    {"sin_", "sin_(Tensor self) -> Tensor", "Sine of each element (radians).", kArgs13, 1, 1, 1, &dyn_13_},
    {"cos", "cos(Tensor self) -> Tensor", "Cosine of each element (radians).", kArgs14, 1, 1, 0, &dyn_14},
    {"cos_", "cos_(Tensor self) -> Tensor", "Cosine of each element (radians).", kArgs14, 1, 1, 1, &dyn_14_},
    {"tan", "tan(Tensor self) -> Tensor", "Tangent of each element (radians).", kArgs15, 1, 1, 0, &dyn_15},
    {"tan_", "tan_(Tensor self) -> Tensor", "Tangent of each element (radians).", kArgs15, 1, 1, 1, &dyn_15_},
    {"asin", "asin(Tensor self) -> Tensor", "Arcsine of each element.", kArgs16, 1, 1, 0, &dyn_16},
    {"asin_", "asin_(Tensor self) -> Tensor", "Arcsine of each element.", kArgs16, 1, 1, 1, &dyn_16_},
    {"acos", "acos(Tensor self) -> Tensor", "Arccosine of each element.", kArgs17, 1, 1, 0, &dyn_17},
    {"acos_", "acos_(Tensor self) -> Tensor", "Arccosine of each element.", kArgs17, 1, 1, 1, &dyn_17_},
    {"atan", "atan(Tensor self) -> Tensor", "Arctangent of each element.", kArgs18, 1, 1, 0, &dyn_18},
    {"atan_", "atan_(Tensor self) -> Tensor", "Arctangent of each element.", kArgs18, 1, 1, 1, &dyn_18_},
    {"sinh", "sinh(Tensor self) -> Tensor", "Hyperbolic sine of each element.", kArgs19, 1, 1, 0, &dyn_19},
    {"sinh_", "sinh_(Tensor self) -> Tensor", "Hyperbolic sine of each element.", kArgs19, 1, 1, 1, &dyn_19_},
    {"cosh", "cosh(Tensor self) -> Tensor", "Hyperbolic cosine of each element.", kArgs20, 1, 1, 0, &dyn_20},
    {"cosh_", "cosh_(Tensor self) -> Tensor", "Hyperbolic cosine of each element.", kArgs20, 1, 1, 1, &dyn_20_},
    {"tanh", "tanh(Tensor self) -> Tensor", "Hyperbolic tangent of each element.", kArgs21, 1, 1, 0, &dyn_21},
    {"tanh_", "tanh_(Tensor self) -> Tensor", "Hyperbolic tangent of each element.", kArgs21, 1, 1, 1, &dyn_21_},
    {"sigmoid", "sigmoid(Tensor self) -> Tensor", "Logistic sigmoid 1 / (1 + exp(-x)).", kArgs22, 1, 1, 0, &dyn_22},
    {"sigmoid_", "sigmoid_(Tensor self) -> Tensor", "Logistic sigmoid 1 / (1 + exp(-x)).", kArgs22, 1, 1, 1, &dyn_22_},
    {"logsigmoid", "logsigmoid(Tensor self) -> Tensor", "log(sigmoid(x)), computed without overflow.", kArgs23, 1, 1, 0, &dyn_23},
    {"relu", "relu(Tensor self) -> Tensor", "Rectified linear unit max(x, 0).", kArgs24, 1, 1, 0, &dyn_24},
    {"relu_", "relu_(Tensor self) -> Tensor", "Rectified linear unit max(x, 0).", kArgs24, 1, 1, 1, &dyn_24_},
    {"relu6", "relu6(Tensor self) -> Tensor", "min(max(x, 0), 6).", kArgs25, 1, 1, 0, &dyn_25},
    {"relu6_", "relu6_(Tensor self) -> Tensor", "min(max(x, 0), 6).", kArgs25, 1, 1, 1, &dyn_25_},
    {"leaky_relu", "leaky_relu(Tensor self, Scalar negative_slope=0.01) -> Tensor", "x where x > 0, else negative_slope * x.", kArgs26, 2, 1, 0, &dyn_26},
    {"leaky_relu_", "leaky_relu_(Tensor self, Scalar negative_slope=0.01) -> Tensor", "x where x > 0, else negative_slope * x.", kArgs26, 2, 1, 1, &dyn_26_},
    {"elu", "elu(Tensor self, Scalar alpha=1, Scalar scale=1, Scalar input_scale=1) -> Tensor", "scale * x where x > 0, else scale * alpha * (exp(input_scale * x) - 1).", kArgs27, 4, 1, 0, &dyn_27},
    {"elu_", "elu_(Tensor self, Scalar alpha=1, Scalar scale=1, Scalar input_scale=1) -> Tensor", "scale * x where x > 0, else scale * alpha * (exp(input_scale * x) - 1).", kArgs27, 4, 1, 1, &dyn_27_},
    {"selu", "selu(Tensor self) -> Tensor", "Scaled ELU with the self-normalizing constants alpha = 1.6733, scale = 1.0507.", kArgs28, 1, 1, 0, &dyn_28},
    {"selu_", "selu_(Tensor self) -> Tensor", "Scaled ELU with the self-normalizing constants alpha = 1.6733, scale = 1.0507.", kArgs28, 1, 1, 1, &dyn_28_},
    {"gelu", "gelu(Tensor self, *, str approximate=\"none\") -> Tensor", "Gaussian error linear unit x * Phi(x); approximate \"tanh\" uses the tanh formula.", kArgs29, 2, 1, 0, &dyn_29},
    {"gelu_", "gelu_(Tensor self, *, str approximate=\"none\") -> Tensor", "Gaussian error linear unit x * Phi(x); approximate \"tanh\" uses the tanh formula.", kArgs29, 2, 1, 1, &dyn_29_},
    {"silu", "silu(Tensor self) -> Tensor", "x * sigmoid(x) (swish).", kArgs30, 1, 1, 0, &dyn_30},
    {"silu_", "silu_(Tensor self) -> Tensor", "x * sigmoid(x) (swish).", kArgs30, 1, 1, 1, &dyn_30_},
    {"mish", "mish(Tensor self) -> Tensor", "x * tanh(softplus(x)).", kArgs31, 1, 1, 0, &dyn_31},
    {"mish_", "mish_(Tensor self) -> Tensor", "x * tanh(softplus(x)).", kArgs31, 1, 1, 1, &dyn_31_},
    {"softplus", "softplus(Tensor self, Scalar beta=1, Scalar threshold=20) -> Tensor", "log(1 + exp(beta * x)) / beta, or x where beta * x > threshold.", kArgs32, 3, 1, 0, &dyn_32},
    {"hardswish", "hardswish(Tensor self) -> Tensor", "x * relu6(x + 3) / 6.", kArgs33, 1, 1, 0, &dyn_33},
    {"hardswish_", "hardswish_(Tensor self) -> Tensor", "x * relu6(x + 3) / 6.", kArgs33, 1, 1, 1, &dyn_33_},
    {"hardsigmoid", "hardsigmoid(Tensor self) -> Tensor", "relu6(x + 3) / 6.", kArgs34, 1, 1, 0, &dyn_34},
    {"hardsigmoid_", "hardsigmoid_(Tensor self) -> Tensor", "relu6(x + 3) / 6.", kArgs34, 1, 1, 1, &dyn_34_},
    {"erf", "erf(Tensor self) -> Tensor", "Gauss error function of each element.", kArgs35, 1, 1, 0, &dyn_35},
    {"erf_", "erf_(Tensor self) -> Tensor", "Gauss error function of each element.", kArgs35, 1, 1, 1, &dyn_35_},
    {"erfinv", "erfinv(Tensor self) -> Tensor", "Inverse of the error function on (-1, 1).", kArgs36, 1, 1, 0, &dyn_36},
    {"erfinv_", "erfinv_(Tensor self) -> Tensor", "Inverse of the error function on (-1, 1).", kArgs36, 1, 1, 1, &dyn_36_},
    {"floor", "floor(Tensor self) -> Tensor", "Largest integer not above each element (integers unchanged).", kArgs37, 1, 1, 0, &dyn_37},
    {"floor_", "floor_(Tensor self) -> Tensor", "Largest integer not above each element (integers unchanged).", kArgs37, 1, 1, 1, &dyn_37_},
    {"ceil", "ceil(Tensor self) -> Tensor", "Smallest integer not below each element (integers unchanged).", kArgs38, 1, 1, 0, &dyn_38},
    {"ceil_", "ceil_(Tensor self) -> Tensor", "Smallest integer not below each element (integers unchanged).", kArgs38, 1, 1, 1, &dyn_38_},
    {"round", "round(Tensor self) -> Tensor", "Nearest integer to each element, ties to even (integers unchanged).", kArgs39, 1, 1, 0, &dyn_39},
    {"round_", "round_(Tensor self) -> Tensor", "Nearest integer to each element, ties to even (integers unchanged).", kArgs39, 1, 1, 1, &dyn_39_},
    {"round.decimals", "round.decimals(Tensor self, *, int decimals) -> Tensor", "Rounds to the given number of decimals (negative: to tens, hundreds...), ties to even.", kArgs40, 2, 1, 0, &dyn_40},
    {"round_.decimals", "round_.decimals(Tensor self, *, int decimals) -> Tensor", "Rounds to the given number of decimals (negative: to tens, hundreds...), ties to even.", kArgs40, 2, 1, 1, &dyn_40_},
    {"trunc", "trunc(Tensor self) -> Tensor", "Each element rounded toward zero (integers unchanged).", kArgs41, 1, 1, 0, &dyn_41},
    {"trunc_", "trunc_(Tensor self) -> Tensor", "Each element rounded toward zero (integers unchanged).", kArgs41, 1, 1, 1, &dyn_41_},
    {"frac", "frac(Tensor self) -> Tensor", "Fractional part x - trunc(x).", kArgs42, 1, 1, 0, &dyn_42},
    {"frac_", "frac_(Tensor self) -> Tensor", "Fractional part x - trunc(x).", kArgs42, 1, 1, 1, &dyn_42_},
    {"isnan", "isnan(Tensor self) -> Tensor", "True where the element is NaN.", kArgs43, 1, 1, 0, &dyn_43},
    {"isinf", "isinf(Tensor self) -> Tensor", "True where the element is +inf or -inf.", kArgs44, 1, 1, 0, &dyn_44},
    {"isfinite", "isfinite(Tensor self) -> Tensor", "True where the element is neither NaN nor infinite.", kArgs45, 1, 1, 0, &dyn_45},
    {"nan_to_num", "nan_to_num(Tensor self, float? nan=None, float? posinf=None, float? neginf=None) -> Tensor", "Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value).", kArgs46, 4, 1, 0, &dyn_46},
    {"nan_to_num_", "nan_to_num_(Tensor self, float? nan=None, float? posinf=None, float? neginf=None) -> Tensor", "Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value).", kArgs46, 4, 1, 1, &dyn_46_},
    {"logical_not", "logical_not(Tensor self) -> Tensor", "True where the element is zero (bool result).", kArgs47, 1, 1, 0, &dyn_47},
    {"logical_not_", "logical_not_(Tensor self) -> Tensor", "True where the element is zero (bool result).", kArgs47, 1, 1, 1, &dyn_47_},
    {"bitwise_not", "bitwise_not(Tensor self) -> Tensor", "Bitwise NOT of integer elements (logical NOT for bool).", kArgs48, 1, 1, 0, &dyn_48},
    {"bitwise_not_", "bitwise_not_(Tensor self) -> Tensor", "Bitwise NOT of integer elements (logical NOT for bool).", kArgs48, 1, 1, 1, &dyn_48_},
    {"add.Tensor", "add.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor", "self + alpha * other, broadcasting, with PyTorch type promotion.", kArgs49, 3, 1, 0, &dyn_49},
    {"add_.Tensor", "add_.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor", "self + alpha * other, broadcasting, with PyTorch type promotion.", kArgs49, 3, 1, 1, &dyn_49_},
    {"add.Scalar", "add.Scalar(Tensor self, Scalar other, Scalar alpha=1) -> Tensor", "self + alpha * other for a Scalar other.", kArgs50, 3, 1, 0, &dyn_50},
    {"add_.Scalar", "add_.Scalar(Tensor self, Scalar other, Scalar alpha=1) -> Tensor", "self + alpha * other for a Scalar other.", kArgs50, 3, 1, 1, &dyn_50_},
    {"sub.Tensor", "sub.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor", "self - alpha * other, broadcasting (not for bool tensors).", kArgs51, 3, 1, 0, &dyn_51},
    {"sub_.Tensor", "sub_.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor", "self - alpha * other, broadcasting (not for bool tensors).", kArgs51, 3, 1, 1, &dyn_51_},
    {"sub.Scalar", "sub.Scalar(Tensor self, Scalar other, Scalar alpha=1) -> Tensor", "self - alpha * other for a Scalar other.", kArgs52, 3, 1, 0, &dyn_52},
    {"sub_.Scalar", "sub_.Scalar(Tensor self, Scalar other, Scalar alpha=1) -> Tensor", "self - alpha * other for a Scalar other.", kArgs52, 3, 1, 1, &dyn_52_},
    {"mul.Tensor", "mul.Tensor(Tensor self, Tensor other) -> Tensor", "Elementwise product, broadcasting.", kArgs53, 2, 1, 0, &dyn_53},
    {"mul_.Tensor", "mul_.Tensor(Tensor self, Tensor other) -> Tensor", "Elementwise product, broadcasting.", kArgs53, 2, 1, 1, &dyn_53_},
    {"mul.Scalar", "mul.Scalar(Tensor self, Scalar other) -> Tensor", "Each element times a Scalar.", kArgs54, 2, 1, 0, &dyn_54},
    {"mul_.Scalar", "mul_.Scalar(Tensor self, Scalar other) -> Tensor", "Each element times a Scalar.", kArgs54, 2, 1, 1, &dyn_54_},
    {"div.Tensor", "div.Tensor(Tensor self, Tensor other) -> Tensor", "True division; integer inputs give the default float dtype.", kArgs55, 2, 1, 0, &dyn_55},
    {"div_.Tensor", "div_.Tensor(Tensor self, Tensor other) -> Tensor", "True division; integer inputs give the default float dtype.", kArgs55, 2, 1, 1, &dyn_55_},
    {"div.Scalar", "div.Scalar(Tensor self, Scalar other) -> Tensor", "True division by a Scalar.", kArgs56, 2, 1, 0, &dyn_56},
    {"div_.Scalar", "div_.Scalar(Tensor self, Scalar other) -> Tensor", "True division by a Scalar.", kArgs56, 2, 1, 1, &dyn_56_},
    {"div.Tensor_mode", "div.Tensor_mode(Tensor self, Tensor other, *, str? rounding_mode) -> Tensor", "Division rounded by rounding_mode: None (true division), \"trunc\" or \"floor\".", kArgs57, 3, 1, 0, &dyn_57},
    {"div_.Tensor_mode", "div_.Tensor_mode(Tensor self, Tensor other, *, str? rounding_mode) -> Tensor", "Division rounded by rounding_mode: None (true division), \"trunc\" or \"floor\".", kArgs57, 3, 1, 1, &dyn_57_},
    {"div.Scalar_mode", "div.Scalar_mode(Tensor self, Scalar other, *, str? rounding_mode) -> Tensor", "Division by a Scalar rounded by rounding_mode: None, \"trunc\" or \"floor\".", kArgs58, 3, 1, 0, &dyn_58},
    {"div_.Scalar_mode", "div_.Scalar_mode(Tensor self, Scalar other, *, str? rounding_mode) -> Tensor", "Division by a Scalar rounded by rounding_mode: None, \"trunc\" or \"floor\".", kArgs58, 3, 1, 1, &dyn_58_},
    {"floor_divide", "floor_divide(Tensor self, Tensor other) -> Tensor", "Division rounded toward negative infinity (Python //).", kArgs59, 2, 1, 0, &dyn_59},
    {"floor_divide_", "floor_divide_(Tensor self, Tensor other) -> Tensor", "Division rounded toward negative infinity (Python //).", kArgs59, 2, 1, 1, &dyn_59_},
    {"floor_divide.Scalar", "floor_divide.Scalar(Tensor self, Scalar other) -> Tensor", "Floor division by a Scalar.", kArgs60, 2, 1, 0, &dyn_60},
    {"floor_divide_.Scalar", "floor_divide_.Scalar(Tensor self, Scalar other) -> Tensor", "Floor division by a Scalar.", kArgs60, 2, 1, 1, &dyn_60_},
    {"remainder.Tensor", "remainder.Tensor(Tensor self, Tensor other) -> Tensor", "Python-style modulus: the result has the sign of the divisor.", kArgs61, 2, 1, 0, &dyn_61},
    {"remainder_.Tensor", "remainder_.Tensor(Tensor self, Tensor other) -> Tensor", "Python-style modulus: the result has the sign of the divisor.", kArgs61, 2, 1, 1, &dyn_61_},
    {"remainder.Scalar", "remainder.Scalar(Tensor self, Scalar other) -> Tensor", "Python-style modulus by a Scalar.", kArgs62, 2, 1, 0, &dyn_62},
    {"remainder_.Scalar", "remainder_.Scalar(Tensor self, Scalar other) -> Tensor", "Python-style modulus by a Scalar.", kArgs62, 2, 1, 1, &dyn_62_},
    {"remainder.Scalar_Tensor", "remainder.Scalar_Tensor(Scalar self, Tensor other) -> Tensor", "Python-style modulus of a Scalar by each element.", kArgs63, 2, 1, 0, &dyn_63},
    {"fmod.Tensor", "fmod.Tensor(Tensor self, Tensor other) -> Tensor", "C-style modulus: the result has the sign of the dividend.", kArgs64, 2, 1, 0, &dyn_64},
    {"fmod_.Tensor", "fmod_.Tensor(Tensor self, Tensor other) -> Tensor", "C-style modulus: the result has the sign of the dividend.", kArgs64, 2, 1, 1, &dyn_64_},
    {"fmod.Scalar", "fmod.Scalar(Tensor self, Scalar other) -> Tensor", "C-style modulus by a Scalar.", kArgs65, 2, 1, 0, &dyn_65},
    {"fmod_.Scalar", "fmod_.Scalar(Tensor self, Scalar other) -> Tensor", "C-style modulus by a Scalar.", kArgs65, 2, 1, 1, &dyn_65_},
    {"pow.Tensor_Tensor", "pow.Tensor_Tensor(Tensor self, Tensor exponent) -> Tensor", "self raised to exponent elementwise.", kArgs66, 2, 1, 0, &dyn_66},
    {"pow_.Tensor_Tensor", "pow_.Tensor_Tensor(Tensor self, Tensor exponent) -> Tensor", "self raised to exponent elementwise.", kArgs66, 2, 1, 1, &dyn_66_},
    {"pow.Tensor_Scalar", "pow.Tensor_Scalar(Tensor self, Scalar exponent) -> Tensor", "Each element raised to a Scalar exponent.", kArgs67, 2, 1, 0, &dyn_67},
    {"pow_.Tensor_Scalar", "pow_.Tensor_Scalar(Tensor self, Scalar exponent) -> Tensor", "Each element raised to a Scalar exponent.", kArgs67, 2, 1, 1, &dyn_67_},
    {"pow.Scalar_self", "pow.Scalar_self(Scalar self, Tensor exponent) -> Tensor", "A Scalar raised to each element of exponent.", kArgs68, 2, 1, 0, &dyn_68},
    {"atan2", "atan2(Tensor self, Tensor other) -> Tensor", "Arctangent of self / other in the right quadrant; integers give the default float dtype.", kArgs69, 2, 1, 0, &dyn_69},
    {"atan2_", "atan2_(Tensor self, Tensor other) -> Tensor", "Arctangent of self / other in the right quadrant; integers give the default float dtype.", kArgs69, 2, 1, 1, &dyn_69_},
    {"maximum", "maximum(Tensor self, Tensor other) -> Tensor", "Elementwise maximum; NaN if either is NaN.", kArgs70, 2, 1, 0, &dyn_70},
    {"minimum", "minimum(Tensor self, Tensor other) -> Tensor", "Elementwise minimum; NaN if either is NaN.", kArgs71, 2, 1, 0, &dyn_71},
    {"eq.Tensor", "eq.Tensor(Tensor self, Tensor other) -> Tensor", "self == other elementwise (bool result).", kArgs72, 2, 1, 0, &dyn_72},
    {"eq_.Tensor", "eq_.Tensor(Tensor self, Tensor other) -> Tensor", "self == other elementwise (bool result).", kArgs72, 2, 1, 1, &dyn_72_},
    {"eq.Scalar", "eq.Scalar(Tensor self, Scalar other) -> Tensor", "self == a Scalar elementwise (bool result).", kArgs73, 2, 1, 0, &dyn_73},
    {"eq_.Scalar", "eq_.Scalar(Tensor self, Scalar other) -> Tensor", "self == a Scalar elementwise (bool result).", kArgs73, 2, 1, 1, &dyn_73_},
    {"ne.Tensor", "ne.Tensor(Tensor self, Tensor other) -> Tensor", "self != other elementwise (bool result).", kArgs74, 2, 1, 0, &dyn_74},
    {"ne_.Tensor", "ne_.Tensor(Tensor self, Tensor other) -> Tensor", "self != other elementwise (bool result).", kArgs74, 2, 1, 1, &dyn_74_},
    {"ne.Scalar", "ne.Scalar(Tensor self, Scalar other) -> Tensor", "self != a Scalar elementwise (bool result).", kArgs75, 2, 1, 0, &dyn_75},
    {"ne_.Scalar", "ne_.Scalar(Tensor self, Scalar other) -> Tensor", "self != a Scalar elementwise (bool result).", kArgs75, 2, 1, 1, &dyn_75_},
    {"lt.Tensor", "lt.Tensor(Tensor self, Tensor other) -> Tensor", "self < other elementwise (bool result).", kArgs76, 2, 1, 0, &dyn_76},
    {"lt_.Tensor", "lt_.Tensor(Tensor self, Tensor other) -> Tensor", "self < other elementwise (bool result).", kArgs76, 2, 1, 1, &dyn_76_},
    {"lt.Scalar", "lt.Scalar(Tensor self, Scalar other) -> Tensor", "self < a Scalar elementwise (bool result).", kArgs77, 2, 1, 0, &dyn_77},
    {"lt_.Scalar", "lt_.Scalar(Tensor self, Scalar other) -> Tensor", "self < a Scalar elementwise (bool result).", kArgs77, 2, 1, 1, &dyn_77_},
    {"le.Tensor", "le.Tensor(Tensor self, Tensor other) -> Tensor", "self <= other elementwise (bool result).", kArgs78, 2, 1, 0, &dyn_78},
    {"le_.Tensor", "le_.Tensor(Tensor self, Tensor other) -> Tensor", "self <= other elementwise (bool result).", kArgs78, 2, 1, 1, &dyn_78_},
    {"le.Scalar", "le.Scalar(Tensor self, Scalar other) -> Tensor", "self <= a Scalar elementwise (bool result).", kArgs79, 2, 1, 0, &dyn_79},
    {"le_.Scalar", "le_.Scalar(Tensor self, Scalar other) -> Tensor", "self <= a Scalar elementwise (bool result).", kArgs79, 2, 1, 1, &dyn_79_},
    {"gt.Tensor", "gt.Tensor(Tensor self, Tensor other) -> Tensor", "self > other elementwise (bool result).", kArgs80, 2, 1, 0, &dyn_80},
    {"gt_.Tensor", "gt_.Tensor(Tensor self, Tensor other) -> Tensor", "self > other elementwise (bool result).", kArgs80, 2, 1, 1, &dyn_80_},
    {"gt.Scalar", "gt.Scalar(Tensor self, Scalar other) -> Tensor", "self > a Scalar elementwise (bool result).", kArgs81, 2, 1, 0, &dyn_81},
    {"gt_.Scalar", "gt_.Scalar(Tensor self, Scalar other) -> Tensor", "self > a Scalar elementwise (bool result).", kArgs81, 2, 1, 1, &dyn_81_},
    {"ge.Tensor", "ge.Tensor(Tensor self, Tensor other) -> Tensor", "self >= other elementwise (bool result).", kArgs82, 2, 1, 0, &dyn_82},
    {"ge_.Tensor", "ge_.Tensor(Tensor self, Tensor other) -> Tensor", "self >= other elementwise (bool result).", kArgs82, 2, 1, 1, &dyn_82_},
    {"ge.Scalar", "ge.Scalar(Tensor self, Scalar other) -> Tensor", "self >= a Scalar elementwise (bool result).", kArgs83, 2, 1, 0, &dyn_83},
    {"ge_.Scalar", "ge_.Scalar(Tensor self, Scalar other) -> Tensor", "self >= a Scalar elementwise (bool result).", kArgs83, 2, 1, 1, &dyn_83_},
    {"logical_and", "logical_and(Tensor self, Tensor other) -> Tensor", "Elementwise AND of truth values (nonzero is true; bool result).", kArgs84, 2, 1, 0, &dyn_84},
    {"logical_and_", "logical_and_(Tensor self, Tensor other) -> Tensor", "Elementwise AND of truth values (nonzero is true; bool result).", kArgs84, 2, 1, 1, &dyn_84_},
    {"logical_or", "logical_or(Tensor self, Tensor other) -> Tensor", "Elementwise OR of truth values (bool result).", kArgs85, 2, 1, 0, &dyn_85},
    {"logical_or_", "logical_or_(Tensor self, Tensor other) -> Tensor", "Elementwise OR of truth values (bool result).", kArgs85, 2, 1, 1, &dyn_85_},
    {"logical_xor", "logical_xor(Tensor self, Tensor other) -> Tensor", "Elementwise XOR of truth values (bool result).", kArgs86, 2, 1, 0, &dyn_86},
    {"logical_xor_", "logical_xor_(Tensor self, Tensor other) -> Tensor", "Elementwise XOR of truth values (bool result).", kArgs86, 2, 1, 1, &dyn_86_},
    {"bitwise_and.Tensor", "bitwise_and.Tensor(Tensor self, Tensor other) -> Tensor", "Bitwise AND of integer or bool tensors.", kArgs87, 2, 1, 0, &dyn_87},
    {"bitwise_and_.Tensor", "bitwise_and_.Tensor(Tensor self, Tensor other) -> Tensor", "Bitwise AND of integer or bool tensors.", kArgs87, 2, 1, 1, &dyn_87_},
    {"bitwise_and.Scalar", "bitwise_and.Scalar(Tensor self, Scalar other) -> Tensor", "Bitwise AND with an integer or bool Scalar.", kArgs88, 2, 1, 0, &dyn_88},
    {"bitwise_and_.Scalar", "bitwise_and_.Scalar(Tensor self, Scalar other) -> Tensor", "Bitwise AND with an integer or bool Scalar.", kArgs88, 2, 1, 1, &dyn_88_},
    {"bitwise_or.Tensor", "bitwise_or.Tensor(Tensor self, Tensor other) -> Tensor", "Bitwise OR of integer or bool tensors.", kArgs89, 2, 1, 0, &dyn_89},
    {"bitwise_or_.Tensor", "bitwise_or_.Tensor(Tensor self, Tensor other) -> Tensor", "Bitwise OR of integer or bool tensors.", kArgs89, 2, 1, 1, &dyn_89_},
    {"bitwise_or.Scalar", "bitwise_or.Scalar(Tensor self, Scalar other) -> Tensor", "Bitwise OR with an integer or bool Scalar.", kArgs90, 2, 1, 0, &dyn_90},
    {"bitwise_or_.Scalar", "bitwise_or_.Scalar(Tensor self, Scalar other) -> Tensor", "Bitwise OR with an integer or bool Scalar.", kArgs90, 2, 1, 1, &dyn_90_},
    {"bitwise_xor.Tensor", "bitwise_xor.Tensor(Tensor self, Tensor other) -> Tensor", "Bitwise XOR of integer or bool tensors.", kArgs91, 2, 1, 0, &dyn_91},
    {"bitwise_xor_.Tensor", "bitwise_xor_.Tensor(Tensor self, Tensor other) -> Tensor", "Bitwise XOR of integer or bool tensors.", kArgs91, 2, 1, 1, &dyn_91_},
    {"bitwise_xor.Scalar", "bitwise_xor.Scalar(Tensor self, Scalar other) -> Tensor", "Bitwise XOR with an integer or bool Scalar.", kArgs92, 2, 1, 0, &dyn_92},
    {"bitwise_xor_.Scalar", "bitwise_xor_.Scalar(Tensor self, Scalar other) -> Tensor", "Bitwise XOR with an integer or bool Scalar.", kArgs92, 2, 1, 1, &dyn_92_},
    {"where.self", "where.self(Tensor condition, Tensor self, Tensor other) -> Tensor", "Elements of self where the bool condition holds, else of other (broadcasting all three).", kArgs93, 3, 1, 0, &dyn_93},
    {"where.ScalarSelf", "where.ScalarSelf(Tensor condition, Scalar self, Tensor other) -> Tensor", "where with a Scalar self.", kArgs94, 3, 1, 0, &dyn_94},
    {"where.ScalarOther", "where.ScalarOther(Tensor condition, Tensor self, Scalar other) -> Tensor", "where with a Scalar other.", kArgs95, 3, 1, 0, &dyn_95},
    {"where.Scalar", "where.Scalar(Tensor condition, Scalar self, Scalar other) -> Tensor", "where choosing between two Scalars.", kArgs96, 3, 1, 0, &dyn_96},
    {"clamp", "clamp(Tensor self, Scalar? min=None, Scalar? max=None) -> Tensor", "Each element limited to [min, max] (min > max gives max); NaN stays NaN.", kArgs97, 3, 1, 0, &dyn_97},
    {"clamp_", "clamp_(Tensor self, Scalar? min=None, Scalar? max=None) -> Tensor", "Each element limited to [min, max] (min > max gives max); NaN stays NaN.", kArgs97, 3, 1, 1, &dyn_97_},
    {"clamp.Tensor", "clamp.Tensor(Tensor self, Tensor? min=None, Tensor? max=None) -> Tensor", "Each element limited by broadcast min and max tensors (NaN bounds propagate).", kArgs98, 3, 1, 0, &dyn_98},
    {"clamp_.Tensor", "clamp_.Tensor(Tensor self, Tensor? min=None, Tensor? max=None) -> Tensor", "Each element limited by broadcast min and max tensors (NaN bounds propagate).", kArgs98, 3, 1, 1, &dyn_98_},
    {"lerp.Scalar", "lerp.Scalar(Tensor self, Tensor end, Scalar weight) -> Tensor", "Linear interpolation self + weight * (end - self).", kArgs99, 3, 1, 0, &dyn_99},
    {"lerp_.Scalar", "lerp_.Scalar(Tensor self, Tensor end, Scalar weight) -> Tensor", "Linear interpolation self + weight * (end - self).", kArgs99, 3, 1, 1, &dyn_99_},
    {"lerp.Tensor", "lerp.Tensor(Tensor self, Tensor end, Tensor weight) -> Tensor", "Linear interpolation with a broadcast weight tensor.", kArgs100, 3, 1, 0, &dyn_100},
    {"lerp_.Tensor", "lerp_.Tensor(Tensor self, Tensor end, Tensor weight) -> Tensor", "Linear interpolation with a broadcast weight tensor.", kArgs100, 3, 1, 1, &dyn_100_},
    {"addcmul", "addcmul(Tensor self, Tensor tensor1, Tensor tensor2, *, Scalar value=1) -> Tensor", "self + value * tensor1 * tensor2.", kArgs101, 4, 1, 0, &dyn_101},
    {"addcmul_", "addcmul_(Tensor self, Tensor tensor1, Tensor tensor2, *, Scalar value=1) -> Tensor", "self + value * tensor1 * tensor2.", kArgs101, 4, 1, 1, &dyn_101_},
    {"addcdiv", "addcdiv(Tensor self, Tensor tensor1, Tensor tensor2, *, Scalar value=1) -> Tensor", "self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error).", kArgs102, 4, 1, 0, &dyn_102},
    {"addcdiv_", "addcdiv_(Tensor self, Tensor tensor1, Tensor tensor2, *, Scalar value=1) -> Tensor", "self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error).", kArgs102, 4, 1, 1, &dyn_102_},
    {"sum", "sum(Tensor self, int[]? dim=None, bool keepdim=False, *, DType? dtype=None) -> Tensor", "Sum over dims (None or [] = all); integers and bool sum to int64 unless dtype is given.", kArgs103, 4, 1, 0, &dyn_103},
    {"mean", "mean(Tensor self, int[]? dim=None, bool keepdim=False, *, DType? dtype=None) -> Tensor", "Arithmetic mean over dims (None or [] = all); nan for an empty reduction.", kArgs104, 4, 1, 0, &dyn_104},
    {"prod", "prod(Tensor self, int[]? dim=None, bool keepdim=False, *, DType? dtype=None) -> Tensor", "Product over dims (None = all); integers and bool multiply to int64 unless dtype is given.", kArgs105, 4, 1, 0, &dyn_105},
    {"var", "var(Tensor self, int[]? dim=None, *, Scalar? correction=None, bool keepdim=False) -> Tensor", "Variance over dims with sum of squared deviations / max(0, N - correction) (None = 1).", kArgs106, 4, 1, 0, &dyn_106},
    {"std", "std(Tensor self, int[]? dim=None, *, Scalar? correction=None, bool keepdim=False) -> Tensor", "Standard deviation over dims, the square root of var with the same correction (None = 1).", kArgs107, 4, 1, 0, &dyn_107},
    {"max", "max(Tensor self) -> Tensor", "Largest element (nan when any element is nan); errors on an empty tensor.", kArgs108, 1, 1, 0, &dyn_108},
    {"max.dim", "max.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor, Tensor)", "Largest values along dim and the index of the first of each (nan propagates).", kArgs109, 3, 2, 0, &dyn_109},
    {"min", "min(Tensor self) -> Tensor", "Smallest element (nan when any element is nan); errors on an empty tensor.", kArgs110, 1, 1, 0, &dyn_110},
    {"min.dim", "min.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor, Tensor)", "Smallest values along dim and the index of the first of each (nan propagates).", kArgs111, 3, 2, 0, &dyn_111},
    {"amax", "amax(Tensor self, int[] dim=[], bool keepdim=False) -> Tensor", "Largest values over dims ([] = all), nan propagating; reduced dims must be non-empty.", kArgs112, 3, 1, 0, &dyn_112},
    {"amin", "amin(Tensor self, int[] dim=[], bool keepdim=False) -> Tensor", "Smallest values over dims ([] = all), nan propagating; reduced dims must be non-empty.", kArgs113, 3, 1, 0, &dyn_113},
    {"argmax", "argmax(Tensor self, int? dim=None, bool keepdim=False) -> Tensor", "Index of the first largest value along dim (None = of the flattened tensor; nan is largest).", kArgs114, 3, 1, 0, &dyn_114},
    {"argmin", "argmin(Tensor self, int? dim=None, bool keepdim=False) -> Tensor", "Index of the first smallest value along dim (None = of the flattened tensor; nan is smallest).", kArgs115, 3, 1, 0, &dyn_115},
    {"logsumexp", "logsumexp(Tensor self, int[] dim, bool keepdim=False) -> Tensor", "log(sum(exp(x))) over dims, computed stably; integers give the default float dtype.", kArgs116, 3, 1, 0, &dyn_116},
    {"all", "all(Tensor self, int[]? dim=None, bool keepdim=False) -> Tensor", "True (bool) where every element over dims is nonzero; true for an empty reduction.", kArgs117, 3, 1, 0, &dyn_117},
    {"any", "any(Tensor self, int[]? dim=None, bool keepdim=False) -> Tensor", "True (bool) where some element over dims is nonzero; false for an empty reduction.", kArgs118, 3, 1, 0, &dyn_118},
    {"norm", "norm(Tensor self, Scalar? p=2, int[]? dim=None, bool keepdim=False, *, DType? dtype=None) -> Tensor", "Vector p-norm over dims (None = all); p may be inf, -inf or 0 (count of nonzeros).", kArgs119, 5, 1, 0, &dyn_119},
    {"norm.str", "norm.str(Tensor self, str p, int[]? dim=None, bool keepdim=False, *, DType? dtype=None) -> Tensor", "Frobenius norm for p = \"fro\" (the 2-norm over dims, None = all); \"nuc\" is not supported.", kArgs120, 5, 1, 0, &dyn_120},
    {"count_nonzero", "count_nonzero(Tensor self, int[]? dim=None) -> Tensor", "Number of nonzero elements over dims (None = all), as int64.", kArgs121, 2, 1, 0, &dyn_121},
    {"cumsum", "cumsum(Tensor self, int dim, *, DType? dtype=None) -> Tensor", "Running sum along dim; integers and bool give int64 unless dtype is given.", kArgs122, 3, 1, 0, &dyn_122},
    {"cumsum_", "cumsum_(Tensor self, int dim, *, DType? dtype=None) -> Tensor", "Running sum along dim; integers and bool give int64 unless dtype is given.", kArgs122, 3, 1, 1, &dyn_122_},
    {"cumprod", "cumprod(Tensor self, int dim, *, DType? dtype=None) -> Tensor", "Running product along dim; integers and bool give int64 unless dtype is given.", kArgs123, 3, 1, 0, &dyn_123},
    {"cumprod_", "cumprod_(Tensor self, int dim, *, DType? dtype=None) -> Tensor", "Running product along dim; integers and bool give int64 unless dtype is given.", kArgs123, 3, 1, 1, &dyn_123_},
    {"sort", "sort(Tensor self, int dim=-1, bool descending=False, *, bool stable=False) -> (Tensor, Tensor)", "Values sorted along dim and their original indices; nan sorts last (first when descending).", kArgs124, 4, 2, 0, &dyn_124},
    {"argsort", "argsort(Tensor self, int dim=-1, bool descending=False, *, bool stable=False) -> Tensor", "Indices that sort self along dim (the indices of sort).", kArgs125, 4, 1, 0, &dyn_125},
    {"topk", "topk(Tensor self, int k, int dim=-1, bool largest=True, bool sorted=True) -> (Tensor, Tensor)", "The k largest (or smallest) values along dim and their indices; nan counts as largest.", kArgs126, 5, 2, 0, &dyn_126},
    {"kthvalue", "kthvalue(Tensor self, int k, int dim=-1, bool keepdim=False) -> (Tensor, Tensor)", "The k-th smallest value (1-based) along dim and its index; nan counts as largest.", kArgs127, 4, 2, 0, &dyn_127},
    {"median", "median(Tensor self) -> Tensor", "Lower median of all elements (nan when any element is nan or the tensor is empty).", kArgs128, 1, 1, 0, &dyn_128},
    {"median.dim", "median.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor, Tensor)", "Lower median along dim and its index (nan and its index when the row holds a nan).", kArgs129, 3, 2, 0, &dyn_129},
    {"unique", "unique(Tensor self, bool sorted=True, bool return_inverse=False, bool return_counts=False) -> (Tensor, Tensor, Tensor)", "Sorted distinct elements, the index of each input element in them, and their counts (inverse and counts are empty unless requested).", kArgs130, 4, 3, 0, &dyn_130},
    {"cat", "cat(Tensor[] tensors, int dim=0) -> Tensor", "Concatenates tensors along dim (dtypes promoted; 1-D empty tensors are skipped).", kArgs131, 2, 1, 0, &dyn_131},
    {"stack", "stack(Tensor[] tensors, int dim=0) -> Tensor", "Joins equally shaped tensors along a new dimension dim.", kArgs132, 2, 1, 0, &dyn_132},
    {"split", "split(Tensor self, int split_size, int dim=0) -> Tensor[]", "Views of self in pieces of split_size along dim (the last piece may be smaller).", kArgs133, 3, -1, 0, &dyn_133},
    {"split.sizes", "split.sizes(Tensor self, int[] split_size, int dim=0) -> Tensor[]", "Views of self in pieces of the given sizes along dim (they must sum to its size).", kArgs134, 3, -1, 0, &dyn_134},
    {"split_with_sizes", "split_with_sizes(Tensor self, int[] split_sizes, int dim=0) -> Tensor[]", "Views of self in pieces of the given sizes along dim (they must sum to its size).", kArgs135, 3, -1, 0, &dyn_135},
    {"chunk", "chunk(Tensor self, int chunks, int dim=0) -> Tensor[]", "Views of self in at most `chunks` pieces of equal size (ceil) along dim.", kArgs136, 3, -1, 0, &dyn_136},
    {"unbind", "unbind(Tensor self, int dim=0) -> Tensor[]", "Views of every slice of self along dim, with that dimension removed.", kArgs137, 2, -1, 0, &dyn_137},
    {"flip", "flip(Tensor self, int[] dims) -> Tensor", "Copy of self with the order of elements reversed along dims.", kArgs138, 2, 1, 0, &dyn_138},
    {"roll", "roll(Tensor self, int[] shifts, int[] dims=[]) -> Tensor", "Copy of self rolled by shifts along dims (flattened and restored when dims is empty).", kArgs139, 3, 1, 0, &dyn_139},
    {"repeat", "repeat(Tensor self, int[] repeats) -> Tensor", "Copy of self tiled repeats[i] times along each dimension (leading new dims allowed).", kArgs140, 2, 1, 0, &dyn_140},
    {"tile", "tile(Tensor self, int[] dims) -> Tensor", "Like repeat, but fewer dims than self.dim() are padded with leading 1s.", kArgs141, 2, 1, 0, &dyn_141},
    {"repeat_interleave.Tensor", "repeat_interleave.Tensor(Tensor repeats, *, int? output_size=None) -> Tensor", "Indices 0..n-1, index i repeated repeats[i] times.", kArgs142, 2, 1, 0, &dyn_142},
    {"repeat_interleave.self_Tensor", "repeat_interleave.self_Tensor(Tensor self, Tensor repeats, int? dim=None, *, int? output_size=None) -> Tensor", "Repeats each element (or slice along dim) of self repeats[i] times (self is flattened when dim is None).", kArgs143, 4, 1, 0, &dyn_143},
    {"repeat_interleave.self_int", "repeat_interleave.self_int(Tensor self, int repeats, int? dim=None, *, int? output_size=None) -> Tensor", "Repeats each element (or slice along dim) of self `repeats` times (self is flattened when dim is None).", kArgs144, 4, 1, 0, &dyn_144},
    {"tril", "tril(Tensor self, int diagonal=0) -> Tensor", "Lower triangle of the last two dims of self (elements above `diagonal` zeroed).", kArgs145, 2, 1, 0, &dyn_145},
    {"tril_", "tril_(Tensor self, int diagonal=0) -> Tensor", "Lower triangle of the last two dims of self (elements above `diagonal` zeroed).", kArgs145, 2, 1, 1, &dyn_145_},
    {"triu", "triu(Tensor self, int diagonal=0) -> Tensor", "Upper triangle of the last two dims of self (elements below `diagonal` zeroed).", kArgs146, 2, 1, 0, &dyn_146},
    {"triu_", "triu_(Tensor self, int diagonal=0) -> Tensor", "Upper triangle of the last two dims of self (elements below `diagonal` zeroed).", kArgs146, 2, 1, 1, &dyn_146_},
    {"pad", "pad(Tensor self, int[] pad, str mode=\"constant\", float? value=None) -> Tensor", "Pads the last len(pad)/2 dims (pairs from the last dim backwards) with a constant, reflection or replication.", kArgs147, 4, 1, 0, &dyn_147},
    {"index_select", "index_select(Tensor self, int dim, Tensor index) -> Tensor", "The slices of self along dim at the positions in the 1-D index (int64 or int32).", kArgs148, 3, 1, 0, &dyn_148},
    {"gather", "gather(Tensor self, int dim, Tensor index, *, bool sparse_grad=False) -> Tensor", "out[i][j][k] = self[i][index[i][j][k]][k] for dim=1 (index int64, same rank as self).", kArgs149, 4, 1, 0, &dyn_149},
    {"scatter.src", "scatter.src(Tensor self, int dim, Tensor index, Tensor src, *, str? reduce=None) -> Tensor", "Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce \"add\" or \"multiply\" combines instead).", kArgs150, 5, 1, 0, &dyn_150},
    {"scatter_.src", "scatter_.src(Tensor self, int dim, Tensor index, Tensor src, *, str? reduce=None) -> Tensor", "Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce \"add\" or \"multiply\" combines instead).", kArgs150, 5, 1, 1, &dyn_150_},
    {"scatter.value", "scatter.value(Tensor self, int dim, Tensor index, Scalar value, *, str? reduce=None) -> Tensor", "Copy of self with value written at the positions index selects along dim (reduce \"add\" or \"multiply\" combines instead).", kArgs151, 5, 1, 0, &dyn_151},
    {"scatter_.value", "scatter_.value(Tensor self, int dim, Tensor index, Scalar value, *, str? reduce=None) -> Tensor", "Copy of self with value written at the positions index selects along dim (reduce \"add\" or \"multiply\" combines instead).", kArgs151, 5, 1, 1, &dyn_151_},
    {"scatter_add", "scatter_add(Tensor self, int dim, Tensor index, Tensor src) -> Tensor", "Copy of self with src added at the positions index selects along dim (deterministic).", kArgs152, 4, 1, 0, &dyn_152},
    {"scatter_add_", "scatter_add_(Tensor self, int dim, Tensor index, Tensor src) -> Tensor", "Copy of self with src added at the positions index selects along dim (deterministic).", kArgs152, 4, 1, 1, &dyn_152_},
    {"index_add", "index_add(Tensor self, int dim, Tensor index, Tensor source, *, Scalar alpha=1) -> Tensor", "Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic).", kArgs153, 5, 1, 0, &dyn_153},
    {"index_add_", "index_add_(Tensor self, int dim, Tensor index, Tensor source, *, Scalar alpha=1) -> Tensor", "Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic).", kArgs153, 5, 1, 1, &dyn_153_},
    {"index_put", "index_put(Tensor self, Tensor[] indices, Tensor values, bool accumulate=False) -> Tensor", "Copy of self with self[indices] = values (or +=, with accumulate); an undefined index tensor is a full slice.", kArgs154, 4, 1, 0, &dyn_154},
    {"index_put_", "index_put_(Tensor self, Tensor[] indices, Tensor values, bool accumulate=False) -> Tensor", "Copy of self with self[indices] = values (or +=, with accumulate); an undefined index tensor is a full slice.", kArgs154, 4, 1, 1, &dyn_154_},
    {"masked_fill.Scalar", "masked_fill.Scalar(Tensor self, Tensor mask, Scalar value) -> Tensor", "Copy of self with value where the boolean mask (broadcast) is true.", kArgs155, 3, 1, 0, &dyn_155},
    {"masked_fill_.Scalar", "masked_fill_.Scalar(Tensor self, Tensor mask, Scalar value) -> Tensor", "Copy of self with value where the boolean mask (broadcast) is true.", kArgs155, 3, 1, 1, &dyn_155_},
    {"masked_fill.Tensor", "masked_fill.Tensor(Tensor self, Tensor mask, Tensor value) -> Tensor", "Copy of self with the 0-dim value where the boolean mask (broadcast) is true.", kArgs156, 3, 1, 0, &dyn_156},
    {"masked_fill_.Tensor", "masked_fill_.Tensor(Tensor self, Tensor mask, Tensor value) -> Tensor", "Copy of self with the 0-dim value where the boolean mask (broadcast) is true.", kArgs156, 3, 1, 1, &dyn_156_},
    {"masked_select", "masked_select(Tensor self, Tensor mask) -> Tensor", "1-D tensor of the elements of self (broadcast with mask) where mask is true.", kArgs157, 2, 1, 0, &dyn_157},
    {"masked_scatter", "masked_scatter(Tensor self, Tensor mask, Tensor source) -> Tensor", "Copy of self with the positions where mask is true filled from source in row-major order.", kArgs158, 3, 1, 0, &dyn_158},
    {"masked_scatter_", "masked_scatter_(Tensor self, Tensor mask, Tensor source) -> Tensor", "Copy of self with the positions where mask is true filled from source in row-major order.", kArgs158, 3, 1, 1, &dyn_158_},
    {"nonzero", "nonzero(Tensor self) -> Tensor", "(n, self.dim()) int64 indices of the nonzero elements of self in row-major order.", kArgs159, 1, 1, 0, &dyn_159},
    {"take", "take(Tensor self, Tensor index) -> Tensor", "Elements of self, treated as 1-D, at the int64 indices in index (result has index's shape).", kArgs160, 2, 1, 0, &dyn_160},
    {"one_hot", "one_hot(Tensor self, int num_classes=-1) -> Tensor", "int64 one-hot encoding of the class indices in self (num_classes=-1 uses max + 1).", kArgs161, 2, 1, 0, &dyn_161},
    {"matmul", "matmul(Tensor self, Tensor other) -> Tensor", "Matrix product with NumPy semantics: dot for 1-D x 1-D, matrix-vector, and batched products broadcasting the batch dims.", kArgs162, 2, 1, 0, &dyn_162},
    {"mm", "mm(Tensor self, Tensor mat2) -> Tensor", "Product of two 2-D matrices.", kArgs163, 2, 1, 0, &dyn_163},
    {"bmm", "bmm(Tensor self, Tensor mat2) -> Tensor", "Batched product of two 3-D tensors with the same batch size (no broadcasting).", kArgs164, 2, 1, 0, &dyn_164},
    {"addmm", "addmm(Tensor self, Tensor mat1, Tensor mat2, *, Scalar beta=1, Scalar alpha=1) -> Tensor", "beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape.", kArgs165, 5, 1, 0, &dyn_165},
    {"addmm_", "addmm_(Tensor self, Tensor mat1, Tensor mat2, *, Scalar beta=1, Scalar alpha=1) -> Tensor", "beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape.", kArgs165, 5, 1, 1, &dyn_165_},
    {"baddbmm", "baddbmm(Tensor self, Tensor batch1, Tensor batch2, *, Scalar beta=1, Scalar alpha=1) -> Tensor", "beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape.", kArgs166, 5, 1, 0, &dyn_166},
    {"baddbmm_", "baddbmm_(Tensor self, Tensor batch1, Tensor batch2, *, Scalar beta=1, Scalar alpha=1) -> Tensor", "beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape.", kArgs166, 5, 1, 1, &dyn_166_},
    {"mv", "mv(Tensor self, Tensor vec) -> Tensor", "Product of a 2-D matrix and a 1-D vector.", kArgs167, 2, 1, 0, &dyn_167},
    {"dot", "dot(Tensor self, Tensor tensor) -> Tensor", "Inner product of two 1-D tensors of the same length (0-dim result).", kArgs168, 2, 1, 0, &dyn_168},
    {"outer", "outer(Tensor self, Tensor vec2) -> Tensor", "Outer product of two 1-D tensors (n x m result).", kArgs169, 2, 1, 0, &dyn_169},
    {"einsum", "einsum(str equation, Tensor[] tensors) -> Tensor", "Einstein summation over the operands' labelled dims ('ij,jk->ik'), with ellipsis, repeated labels (traces, diagonals) and implicit output.", kArgs170, 2, 1, 0, &dyn_170},
    {"tensordot", "tensordot(Tensor self, Tensor other, int[] dims_self, int[] dims_other) -> Tensor", "Sums the products over dims_self of self paired with dims_other of other; result dims are self's free dims then other's.", kArgs171, 4, 1, 0, &dyn_171},
    {"tensordot.int", "tensordot.int(Tensor self, Tensor other, int dims=2) -> Tensor", "tensordot over the last `dims` dims of self and the first `dims` dims of other.", kArgs172, 3, 1, 0, &dyn_172},
    {"linalg_norm", "linalg_norm(Tensor self, Scalar? ord=None, int[]? dim=None, bool keepdim=False, *, DType? dtype=None) -> Tensor", "Vector norm (dim of one dim, or None on any input with ord None) or matrix norm (two dims or a 2-D input with ord given): ord 2, -2, 1, -1, inf, -inf, or p for vectors.", kArgs173, 5, 1, 0, &dyn_173},
    {"linalg_norm.ord_str", "linalg_norm.ord_str(Tensor self, str ord, int[]? dim=None, bool keepdim=False, *, DType? dtype=None) -> Tensor", "Matrix norm \"fro\" (Frobenius) or \"nuc\" (nuclear, the sum of singular values) over two dims (default the last two).", kArgs174, 5, 1, 0, &dyn_174},
    {"linalg_solve", "linalg_solve(Tensor A, Tensor B, *, bool left=True) -> Tensor", "Solution X of A X = B (left) or X A = B for square, non-singular A (batched; B may be a vector).", kArgs175, 3, 1, 0, &dyn_175},
    {"linalg_inv", "linalg_inv(Tensor A) -> Tensor", "Inverse of a square non-singular matrix (batched).", kArgs176, 1, 1, 0, &dyn_176},
    {"linalg_det", "linalg_det(Tensor A) -> Tensor", "Determinant of a square matrix (batched), from its LU factorization.", kArgs177, 1, 1, 0, &dyn_177},
    {"linalg_cholesky", "linalg_cholesky(Tensor A, *, bool upper=False) -> Tensor", "Cholesky factor L (A = L L^T) of a symmetric positive-definite matrix, or U = L^T when upper.", kArgs178, 2, 1, 0, &dyn_178},
    {"linalg_qr", "linalg_qr(Tensor A, str mode=\"reduced\") -> (Tensor, Tensor)", "QR decomposition A = Q R; mode \"reduced\" (Q m x k) or \"complete\" (Q m x m), k = min(m, n).", kArgs179, 2, 2, 0, &dyn_179},
    {"linalg_svd", "linalg_svd(Tensor A, bool full_matrices=True) -> (Tensor, Tensor, Tensor)", "Singular value decomposition A = U diag(S) Vh, S descending; full_matrices gives square U and Vh.", kArgs180, 2, 3, 0, &dyn_180},
    {"softmax", "softmax(Tensor self, int dim, DType? dtype=None) -> Tensor", "exp(x) / sum(exp(x)) along dim, computed with max subtraction; dtype casts the input first.", kArgs181, 3, 1, 0, &dyn_181},
    {"log_softmax", "log_softmax(Tensor self, int dim, DType? dtype=None) -> Tensor", "x - logsumexp(x) along dim (numerically stable); dtype casts the input first.", kArgs182, 3, 1, 0, &dyn_182},
    {"dropout", "dropout(Tensor input, float p, bool train) -> Tensor", "Zeroes each element with probability p and scales the rest by 1/(1-p) when train; identity otherwise.", kArgs183, 3, 1, 0, &dyn_183},
    {"alpha_dropout", "alpha_dropout(Tensor input, float p, bool train) -> Tensor", "Dropout for SELU networks that keeps mean and variance (dropped elements set to the SELU negative saturation).", kArgs184, 3, 1, 0, &dyn_184},
    {"linear", "linear(Tensor input, Tensor weight, Tensor? bias=None) -> Tensor", "input @ weight^T + bias over the last dim of input.", kArgs185, 3, 1, 0, &dyn_185},
    {"bilinear", "bilinear(Tensor input1, Tensor input2, Tensor weight, Tensor? bias=None) -> Tensor", "y[..., k] = input1 @ weight[k] @ input2^T + bias[k].", kArgs186, 4, 1, 0, &dyn_186},
    {"embedding", "embedding(Tensor weight, Tensor indices, int padding_idx=-1) -> Tensor", "Rows of weight picked by the integer indices; the padding_idx row gets no gradient.", kArgs187, 3, 1, 0, &dyn_187},
    {"embedding_bag", "embedding_bag(Tensor weight, Tensor indices, Tensor? offsets=None, str mode=\"mean\", Tensor? per_sample_weights=None, bool include_last_offset=False, int? padding_idx=None) -> Tensor", "Sum, mean or max of the embedding rows of each bag (2-D indices, or 1-D indices split at offsets).", kArgs188, 7, 1, 0, &dyn_188},
    {"batch_norm", "batch_norm(Tensor input, Tensor? running_mean, Tensor? running_var, Tensor? weight=None, Tensor? bias=None, bool training=False, float momentum=0.1, float eps=1e-05) -> Tensor", "Normalizes over all dims but dim 1 (batch statistics when training, updating the running ones in place; else the running ones).", kArgs189, 8, 1, 0, &dyn_189},
    {"layer_norm", "layer_norm(Tensor input, int[] normalized_shape, Tensor? weight=None, Tensor? bias=None, float eps=1e-05) -> Tensor", "Normalizes over the trailing normalized_shape dims, then scales by weight and shifts by bias.", kArgs190, 5, 1, 0, &dyn_190},
    {"group_norm", "group_norm(Tensor input, int num_groups, Tensor? weight=None, Tensor? bias=None, float eps=1e-05) -> Tensor", "Normalizes each group of channels (dim 1 split into num_groups) per sample, then per-channel affine.", kArgs191, 5, 1, 0, &dyn_191},
    {"rms_norm", "rms_norm(Tensor input, int[] normalized_shape, Tensor? weight=None, float? eps=None) -> Tensor", "x / sqrt(mean(x^2) + eps) over the trailing normalized_shape dims, times weight (eps None = the dtype's epsilon).", kArgs192, 4, 1, 0, &dyn_192},
    {"instance_norm", "instance_norm(Tensor input, Tensor? weight=None, Tensor? bias=None, Tensor? running_mean=None, Tensor? running_var=None, bool use_input_stats=True, float momentum=0.1, float eps=1e-05) -> Tensor", "Normalizes each (sample, channel) over the spatial dims, then per-channel affine.", kArgs193, 8, 1, 0, &dyn_193},
    {"cosine_similarity", "cosine_similarity(Tensor x1, Tensor x2, int dim=1, float eps=1e-08) -> Tensor", "sum(x1 * x2) / max(|x1| * |x2|, eps) along dim, broadcasting.", kArgs194, 4, 1, 0, &dyn_194},
    {"pairwise_distance", "pairwise_distance(Tensor x1, Tensor x2, float p=2, float eps=1e-06, bool keepdim=False) -> Tensor", "p-norm of x1 - x2 + eps over the last dim, broadcasting.", kArgs195, 5, 1, 0, &dyn_195},
    {"scaled_dot_product_attention", "scaled_dot_product_attention(Tensor query, Tensor key, Tensor value, Tensor? attn_mask=None, float dropout_p=0.0, bool is_causal=False, *, float? scale=None) -> Tensor", "softmax(query @ key^T * scale + mask) @ value; a bool mask keeps True, a float mask is added; is_causal masks the future.", kArgs196, 7, 1, 0, &dyn_196},
    {"conv1d", "conv1d(Tensor input, Tensor weight, Tensor? bias=None, int[] stride=[1], int[] padding=[0], int[] dilation=[1], int groups=1) -> Tensor", "1-D convolution of input (N, C, L) or (C, L) with weight (O, C/groups, K).", kArgs197, 7, 1, 0, &dyn_197},
    {"conv1d.padding", "conv1d.padding(Tensor input, Tensor weight, Tensor? bias, int[] stride, str padding, int[] dilation=[1], int groups=1) -> Tensor", "1-D convolution with padding \"valid\" (none) or \"same\" (output as long as input; stride 1).", kArgs198, 7, 1, 0, &dyn_198},
    {"conv2d", "conv2d(Tensor input, Tensor weight, Tensor? bias=None, int[] stride=[1], int[] padding=[0], int[] dilation=[1], int groups=1) -> Tensor", "2-D convolution of input (N, C, H, W) or (C, H, W) with weight (O, C/groups, kH, kW).", kArgs199, 7, 1, 0, &dyn_199},
    {"conv2d.padding", "conv2d.padding(Tensor input, Tensor weight, Tensor? bias, int[] stride, str padding, int[] dilation=[1], int groups=1) -> Tensor", "2-D convolution with padding \"valid\" (none) or \"same\" (output as large as input; stride 1).", kArgs200, 7, 1, 0, &dyn_200},
    {"conv3d", "conv3d(Tensor input, Tensor weight, Tensor? bias=None, int[] stride=[1], int[] padding=[0], int[] dilation=[1], int groups=1) -> Tensor", "3-D convolution of input (N, C, D, H, W) or (C, D, H, W) with weight (O, C/groups, kD, kH, kW).", kArgs201, 7, 1, 0, &dyn_201},
    {"conv3d.padding", "conv3d.padding(Tensor input, Tensor weight, Tensor? bias, int[] stride, str padding, int[] dilation=[1], int groups=1) -> Tensor", "3-D convolution with padding \"valid\" (none) or \"same\" (output as large as input; stride 1).", kArgs202, 7, 1, 0, &dyn_202},
    {"conv_transpose1d", "conv_transpose1d(Tensor input, Tensor weight, Tensor? bias=None, int[] stride=[1], int[] padding=[0], int[] output_padding=[0], int groups=1, int[] dilation=[1]) -> Tensor", "1-D transposed convolution (the gradient of conv1d) with weight (C, O/groups, K).", kArgs203, 8, 1, 0, &dyn_203},
    {"conv_transpose2d", "conv_transpose2d(Tensor input, Tensor weight, Tensor? bias=None, int[] stride=[1], int[] padding=[0], int[] output_padding=[0], int groups=1, int[] dilation=[1]) -> Tensor", "2-D transposed convolution (the gradient of conv2d) with weight (C, O/groups, kH, kW).", kArgs204, 8, 1, 0, &dyn_204},
    {"max_pool1d", "max_pool1d(Tensor self, int[] kernel_size, int[] stride=[], int[] padding=[0], int[] dilation=[1], bool ceil_mode=False) -> Tensor", "Maximum over sliding windows of the last dim of (N, C, L) or (C, L); stride defaults to kernel_size.", kArgs205, 6, 1, 0, &dyn_205},
    {"max_pool2d", "max_pool2d(Tensor self, int[] kernel_size, int[] stride=[], int[] padding=[0], int[] dilation=[1], bool ceil_mode=False) -> Tensor", "Maximum over sliding windows of the last two dims of (N, C, H, W) or (C, H, W).", kArgs206, 6, 1, 0, &dyn_206},
    {"max_pool2d_with_indices", "max_pool2d_with_indices(Tensor self, int[] kernel_size, int[] stride=[], int[] padding=[0], int[] dilation=[1], bool ceil_mode=False) -> (Tensor, Tensor)", "max_pool2d and the flat index (h * W + w) of each maximum in its input plane.", kArgs207, 6, 2, 0, &dyn_207},
    {"avg_pool1d", "avg_pool1d(Tensor self, int[] kernel_size, int[] stride=[], int[] padding=[0], bool ceil_mode=False, bool count_include_pad=True) -> Tensor", "Mean over sliding windows of the last dim of (N, C, L) or (C, L).", kArgs208, 6, 1, 0, &dyn_208},
    {"avg_pool2d", "avg_pool2d(Tensor self, int[] kernel_size, int[] stride=[], int[] padding=[0], bool ceil_mode=False, bool count_include_pad=True, int? divisor_override=None) -> Tensor", "Mean over sliding windows of the last two dims; divisor_override replaces the window size.", kArgs209, 7, 1, 0, &dyn_209},
    {"adaptive_avg_pool1d", "adaptive_avg_pool1d(Tensor self, int[] output_size) -> Tensor", "Mean over output_size evenly spread windows of the last dim.", kArgs210, 2, 1, 0, &dyn_210},
    {"adaptive_avg_pool2d", "adaptive_avg_pool2d(Tensor self, int[] output_size) -> Tensor", "Mean over an output_size grid of evenly spread windows of the last two dims.", kArgs211, 2, 1, 0, &dyn_211},
    {"adaptive_max_pool2d", "adaptive_max_pool2d(Tensor self, int[] output_size) -> (Tensor, Tensor)", "Maximum over an output_size grid of windows, and the flat index (h * W + w) of each maximum.", kArgs212, 2, 2, 0, &dyn_212},
    {"interpolate", "interpolate(Tensor input, int[]? size=None, float? scale_factor=None, str mode=\"nearest\", bool? align_corners=None) -> Tensor", "Resizes the spatial dims to size (or scale_factor times): mode \"nearest\", \"linear\" (3-D input) or \"bilinear\" (4-D input).", kArgs213, 5, 1, 0, &dyn_213},
    {"cross_entropy", "cross_entropy(Tensor input, Tensor target, Tensor? weight=None, int ignore_index=-100, str reduction=\"mean\", float label_smoothing=0.0) -> Tensor", "Cross entropy of logits (classes in dim 1) against class indices or class probabilities, with class weights, ignore_index and label smoothing.", kArgs214, 6, 1, 0, &dyn_214},
    {"nll_loss", "nll_loss(Tensor input, Tensor target, Tensor? weight=None, int ignore_index=-100, str reduction=\"mean\") -> Tensor", "Negative log likelihood -weight[t] * input[n, t] of log-probabilities (classes in dim 1); mean divides by the summed weights.", kArgs215, 5, 1, 0, &dyn_215},
    {"mse_loss", "mse_loss(Tensor input, Tensor target, str reduction=\"mean\") -> Tensor", "Squared error (input - target)^2, reduced by reduction (\"none\", \"mean\" or \"sum\").", kArgs216, 3, 1, 0, &dyn_216},
    {"l1_loss", "l1_loss(Tensor input, Tensor target, str reduction=\"mean\") -> Tensor", "Absolute error |input - target|, reduced by reduction.", kArgs217, 3, 1, 0, &dyn_217},
    {"smooth_l1_loss", "smooth_l1_loss(Tensor input, Tensor target, str reduction=\"mean\", float beta=1.0) -> Tensor", "0.5 d^2 / beta where |d| < beta, else |d| - 0.5 beta (d = input - target), reduced.", kArgs218, 4, 1, 0, &dyn_218},
    {"huber_loss", "huber_loss(Tensor input, Tensor target, str reduction=\"mean\", float delta=1.0) -> Tensor", "0.5 d^2 where |d| <= delta, else delta (|d| - 0.5 delta), reduced.", kArgs219, 4, 1, 0, &dyn_219},
    {"binary_cross_entropy", "binary_cross_entropy(Tensor input, Tensor target, Tensor? weight=None, str reduction=\"mean\") -> Tensor", "-weight (t log(p) + (1 - t) log(1 - p)) of probabilities p, logs clamped at -100 like PyTorch.", kArgs220, 4, 1, 0, &dyn_220},
    {"binary_cross_entropy_with_logits", "binary_cross_entropy_with_logits(Tensor input, Tensor target, Tensor? weight=None, Tensor? pos_weight=None, str reduction=\"mean\") -> Tensor", "Binary cross entropy of sigmoid(input) computed stably from logits, with weight and pos_weight.", kArgs221, 5, 1, 0, &dyn_221},
    {"kl_div", "kl_div(Tensor input, Tensor target, str reduction=\"mean\", *, bool log_target=False) -> Tensor", "target (log(target) - input) pointwise (input is log-probabilities; log_target gives target as logs), reduced.", kArgs222, 4, 1, 0, &dyn_222},
};
const size_t kNumOps = sizeof(kOps) / sizeof(kOps[0]);

}  // namespace ignis::capi
