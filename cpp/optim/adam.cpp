// Adam and AdamW (optim/adam.h): torch.optim.Adam/AdamW's single-tensor update as one fused loop.
#include "optim/adam.h"

#include <cmath>

#include "optim/fused.h"

namespace ignis::optim {

Options AdamOptions::to_map() const {
  return {{"lr", lr},
          {"beta1", beta1},
          {"beta2", beta2},
          {"eps", eps},
          {"weight_decay", weight_decay},
          {"amsgrad", amsgrad ? 1.0 : 0.0},
          {"maximize", maximize ? 1.0 : 0.0}};
}

Options AdamWOptions::to_map() const {
  return AdamOptions{lr, beta1, beta2, eps, weight_decay, amsgrad, maximize}.to_map();
}

Adam::Adam(const char* name, Options defaults, bool decoupled)
    : Optimizer(name, std::move(defaults)), decoupled_(decoupled) {
  check_options(this->defaults());
}

Adam::Adam(std::vector<Tensor> params, AdamOptions options)
    : Adam("Adam", options.to_map(), false) {
  add_param_group({std::move(params), {}});
}

Adam::Adam(std::vector<ParamGroup> groups, AdamOptions defaults)
    : Adam("Adam", defaults.to_map(), false) {
  for (ParamGroup& g : groups) add_param_group(std::move(g));
}

AdamW::AdamW(std::vector<Tensor> params, AdamWOptions options)
    : Adam("AdamW", options.to_map(), true) {
  add_param_group({std::move(params), {}});
}

AdamW::AdamW(std::vector<ParamGroup> groups, AdamWOptions defaults)
    : Adam("AdamW", defaults.to_map(), true) {
  for (ParamGroup& g : groups) add_param_group(std::move(g));
}

void Adam::check_options(const Options& o) const {
  const char* n = name().c_str();
  IGNIS_CHECK(opt(o, "lr") >= 0, InvalidArgument, n, ": expected lr >= 0 but got ", opt(o, "lr"));
  IGNIS_CHECK(opt(o, "eps") >= 0, InvalidArgument, n, ": expected eps >= 0 but got ",
              opt(o, "eps"));
  for (const char* b : {"beta1", "beta2"})
    IGNIS_CHECK(opt(o, b) >= 0 && opt(o, b) < 1, InvalidArgument, n, ": expected ", b,
                " in [0, 1) but got ", opt(o, b));
  IGNIS_CHECK(opt(o, "weight_decay") >= 0, InvalidArgument, n,
              ": expected weight_decay >= 0 but got ", opt(o, "weight_decay"));
}

void Adam::update(const Options& o, const Tensor& param, const Tensor& grad, ParamState& state) {
  double lr = opt(o, "lr"), beta1 = opt(o, "beta1"), beta2 = opt(o, "beta2");
  double eps = opt(o, "eps"), wd = opt(o, "weight_decay");
  bool amsgrad = opt(o, "amsgrad") != 0, maximize = opt(o, "maximize") != 0;
  bool decoupled = decoupled_;
  Tensor m = detail::state_buffer(state, "exp_avg", param);
  Tensor v = detail::state_buffer(state, "exp_avg_sq", param);
  Tensor vmax = amsgrad ? detail::state_buffer(state, "max_exp_avg_sq", param) : v;
  int64_t step = ++state.step;
  double bc1 = 1 - std::pow(beta1, static_cast<double>(step));
  double bc2 = 1 - std::pow(beta2, static_cast<double>(step));
  double step_size = lr / bc1, bc2_sqrt = std::sqrt(bc2);
  detail::fused_update(param, grad, {m, v, vmax}, name().c_str(),
                       [&](auto* p_, const auto* g_, auto* const* s, int64_t begin, int64_t end) {
                         using T = std::remove_pointer_t<decltype(p_)>;
                         const T b1 = T(beta1), b2 = T(beta2), c1 = T(1 - beta1), c2 = T(1 - beta2);
                         const T t_eps = T(eps), t_wd = T(wd), decay = T(1 - lr * wd);
                         const T t_step = T(step_size), t_bc2 = T(bc2_sqrt);
                         T* __restrict p = p_;
                         const T* __restrict g = g_;
                         T* __restrict ma = s[0];
                         T* __restrict va = s[1];
                         T* __restrict vm = s[2];
                         detail::with_flag(maximize, [&](auto kMax) {
                           detail::with_flag(amsgrad, [&](auto kAms) {
                             detail::with_flag(decoupled, [&](auto kDecoupled) {
                               detail::with_flag(!decoupled && wd != 0, [&](auto kWd) {
                                 for (int64_t i = begin; i < end; ++i) {
                                   T gi = g[i];
                                   if constexpr (kMax) gi = -gi;
                                   if constexpr (kDecoupled) p[i] *= decay;
                                   if constexpr (kWd) gi += t_wd * p[i];
                                   T mi = ma[i] * b1 + c1 * gi;
                                   T vi = va[i] * b2 + c2 * (gi * gi);
                                   ma[i] = mi;
                                   va[i] = vi;
                                   if constexpr (kAms) {
                                     vi = vm[i] < vi || vi != vi ? vi : vm[i];
                                     vm[i] = vi;
                                   }
                                   T denom = std::sqrt(vi) / t_bc2 + t_eps;
                                   p[i] += -t_step * (mi / denom);
                                 }
                               });
                             });
                           });
                         });
                       });
}

}  // namespace ignis::optim
