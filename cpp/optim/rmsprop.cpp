// RMSprop (optim/rmsprop.h): torch.optim.RMSprop's single-tensor update as one fused loop.
#include "optim/rmsprop.h"

#include <cmath>

#include "optim/fused.h"

namespace ignis::optim {

Options RMSpropOptions::to_map() const {
  return {{"lr", lr},
          {"alpha", alpha},
          {"eps", eps},
          {"weight_decay", weight_decay},
          {"momentum", momentum},
          {"centered", centered ? 1.0 : 0.0},
          {"maximize", maximize ? 1.0 : 0.0}};
}

RMSprop::RMSprop(std::vector<Tensor> params, RMSpropOptions options)
    : Optimizer("RMSprop", options.to_map()) {
  check_options(defaults());
  add_param_group({std::move(params), {}});
}

RMSprop::RMSprop(std::vector<ParamGroup> groups, RMSpropOptions defaults)
    : Optimizer("RMSprop", defaults.to_map()) {
  check_options(this->defaults());
  for (ParamGroup& g : groups) add_param_group(std::move(g));
}

void RMSprop::check_options(const Options& o) const {
  for (const char* k : {"lr", "eps", "momentum", "weight_decay", "alpha"})
    IGNIS_CHECK(opt(o, k) >= 0, InvalidArgument, "RMSprop: expected ", k, " >= 0 but got ",
                opt(o, k));
}

void RMSprop::update(const Options& o, const Tensor& param, const Tensor& grad, ParamState& state) {
  double lr = opt(o, "lr"), alpha = opt(o, "alpha"), eps = opt(o, "eps");
  double wd = opt(o, "weight_decay"), momentum = opt(o, "momentum");
  bool centered = opt(o, "centered") != 0, maximize = opt(o, "maximize") != 0;
  ++state.step;
  Tensor sq = detail::state_buffer(state, "square_avg", param);
  Tensor buf = momentum > 0 ? detail::state_buffer(state, "momentum_buffer", param) : sq;
  Tensor gavg = centered ? detail::state_buffer(state, "grad_avg", param) : sq;
  detail::fused_update(param, grad, {sq, buf, gavg}, "RMSprop",
                       [&](auto* p_, const auto* g_, auto* const* s, int64_t begin, int64_t end) {
                         using T = std::remove_pointer_t<decltype(p_)>;
                         const T a = T(alpha), c = T(1 - alpha), t_eps = T(eps), t_wd = T(wd);
                         const T t_lr = T(lr), t_m = T(momentum);
                         T* __restrict p = p_;
                         const T* __restrict g = g_;
                         T* __restrict sa = s[0];
                         T* __restrict b = s[1];
                         T* __restrict ga = s[2];
                         detail::with_flag(maximize, [&](auto kMax) {
                           detail::with_flag(wd != 0, [&](auto kWd) {
                             detail::with_flag(centered, [&](auto kCentered) {
                               detail::with_flag(momentum > 0, [&](auto kMomentum) {
                                 for (int64_t i = begin; i < end; ++i) {
                                   T gi = g[i];
                                   if constexpr (kMax) gi = -gi;
                                   if constexpr (kWd) gi += t_wd * p[i];
                                   T si = sa[i] * a + c * (gi * gi);
                                   sa[i] = si;
                                   T avg;
                                   if constexpr (kCentered) {
                                     T gai = ga[i] * a + c * gi;
                                     ga[i] = gai;
                                     avg = std::sqrt(si - gai * gai);
                                   } else {
                                     avg = std::sqrt(si);
                                   }
                                   avg += t_eps;
                                   if constexpr (kMomentum) {
                                     T bi = b[i] * t_m + gi / avg;
                                     b[i] = bi;
                                     p[i] -= t_lr * bi;
                                   } else {
                                     p[i] += -t_lr * (gi / avg);
                                   }
                                 }
                               });
                             });
                           });
                         });
                       });
}

}  // namespace ignis::optim
