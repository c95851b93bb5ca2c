// Helpers every optimizer uses to run its update as one fused loop per parameter: raw pointers
// over contiguous f32/f64 data, split across threads by parallel_for, no temporary tensors.
#pragma once

#include <array>
#include <initializer_list>
#include <string>
#include <type_traits>

#include "optim/optimizer.h"
#include "tensor/broadcast.h"
#include "tensor/parallel.h"

namespace ignis::optim::detail {

// Calls f(std::true_type{}) or f(std::false_type{}) as b says, so an update loop can test a
// flag with `if constexpr` and vectorize.
template <typename F>
void with_flag(bool b, const F& f) {
  if (b)
    f(std::true_type{});
  else
    f(std::false_type{});
}

// Elements per thread chunk of an update loop.
inline constexpr int64_t kUpdateGrain = 16384;

// The dtype an update computes in: f32 and f64 as they are, f16 and bf16 in f32; throws
// DTypeError naming op for other dtypes.
DType compute_dtype(const Tensor& param, const char* op);

// State buffer `name` of param: contiguous, on the CPU, in the compute dtype, of param's shape.
// Created filled with `init` when missing; *created (when given) says whether it was.
Tensor& state_buffer(ParamState& state, const std::string& name, const Tensor& param,
                     double init = 0.0, bool* created = nullptr);

// Runs kernel(T* p, const T* g, T* const* s, int64_t begin, int64_t end) over every element of
// param, with g its gradient and s[k] the data of states[k] (made by state_buffer). Contiguous
// CPU f32/f64 parameters are updated in place; others go through a contiguous copy in the
// compute dtype that is written back afterwards.
template <typename K>
void fused_update(const Tensor& param, const Tensor& grad, std::initializer_list<Tensor> states,
                  const char* op, const K& kernel) {
  DType ct = compute_dtype(param, op);
  IGNIS_CHECK(grad.shape() == param.shape(), Shape, op, ": expected the gradient to have shape ",
              shape_str(param.sizes()), " like its parameter but got ", shape_str(grad.sizes()));
  IGNIS_CHECK(states.size() <= 4, Internal, op, ": at most 4 state buffers");
  bool direct = param.device() == kCPU && param.dtype() == ct && param.is_contiguous();
  Tensor p = direct ? param : param.to(kCPU).contiguous().to(ct);
  Tensor g = grad.to(kCPU).contiguous().to(ct);
  int64_t n = param.numel();
  auto run = [&](auto zero) {
    using T = decltype(zero);
    T* pp = p.data_ptr<T>();
    const T* gp = g.data_ptr<T>();
    std::array<T*, 4> sp{};
    size_t k = 0;
    for (const Tensor& s : states) sp[k++] = s.data_ptr<T>();
    parallel_for(0, n, kUpdateGrain,
                 [&](int64_t begin, int64_t end) { kernel(pp, gp, sp.data(), begin, end); });
  };
  if (ct == DType::F32)
    run(float{});
  else
    run(double{});
  if (direct)
    param.bump_version();
  else
    Tensor(param).copy_(p);
}

}  // namespace ignis::optim::detail
