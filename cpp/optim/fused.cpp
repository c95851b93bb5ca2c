// Helpers of the fused update loops (optim/fused.h).
#include "optim/fused.h"

#include "ops/ops.gen.h"

namespace ignis::optim::detail {

DType compute_dtype(const Tensor& param, const char* op) {
  DType dt = param.dtype();
  if (dt == DType::F32 || dt == DType::F64) return dt;
  IGNIS_CHECK(dt == DType::F16 || dt == DType::BF16, DType, op,
              ": expected floating-point parameters (f16, bf16, f32, f64) but got ",
              dtype_name(dt));
  return DType::F32;
}

Tensor& state_buffer(ParamState& state, const std::string& name, const Tensor& param, double init,
                     bool* created) {
  auto it = state.buffers.find(name);
  if (created) *created = it == state.buffers.end();
  if (it != state.buffers.end()) return it->second;
  Tensor t = full(param.sizes(), init, {.dtype = compute_dtype(param, "optimizer")});
  return state.buffers[name] = t;
}

}  // namespace ignis::optim::detail
