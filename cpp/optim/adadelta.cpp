// Adadelta (optim/adadelta.h): torch.optim.Adadelta's single-tensor update as one fused loop.
#include "optim/adadelta.h"

#include <cmath>

#include "optim/fused.h"

namespace ignis::optim {

Options AdadeltaOptions::to_map() const {
  return {{"lr", lr},
          {"rho", rho},
          {"eps", eps},
          {"weight_decay", weight_decay},
          {"maximize", maximize ? 1.0 : 0.0}};
}

Adadelta::Adadelta(std::vector<Tensor> params, AdadeltaOptions options)
    : Optimizer("Adadelta", options.to_map()) {
  check_options(defaults());
  add_param_group({std::move(params), {}});
}

Adadelta::Adadelta(std::vector<ParamGroup> groups, AdadeltaOptions defaults)
    : Optimizer("Adadelta", defaults.to_map()) {
  check_options(this->defaults());
  for (ParamGroup& g : groups) add_param_group(std::move(g));
}

void Adadelta::check_options(const Options& o) const {
  for (const char* k : {"lr", "eps", "weight_decay"})
    IGNIS_CHECK(opt(o, k) >= 0, InvalidArgument, "Adadelta: expected ", k, " >= 0 but got ",
                opt(o, k));
  IGNIS_CHECK(opt(o, "rho") >= 0 && opt(o, "rho") <= 1, InvalidArgument,
              "Adadelta: expected rho in [0, 1] but got ", opt(o, "rho"));
}

void Adadelta::update(const Options& o, const Tensor& param, const Tensor& grad,
                      ParamState& state) {
  double lr = opt(o, "lr"), rho = opt(o, "rho"), eps = opt(o, "eps");
  double wd = opt(o, "weight_decay");
  bool maximize = opt(o, "maximize") != 0;
  ++state.step;
  Tensor sq = detail::state_buffer(state, "square_avg", param);
  Tensor acc = detail::state_buffer(state, "acc_delta", param);
  detail::fused_update(param, grad, {sq, acc}, "Adadelta",
                       [&](auto* p_, const auto* g_, auto* const* s, int64_t begin, int64_t end) {
                         using T = std::remove_pointer_t<decltype(p_)>;
                         const T r = T(rho), c = T(1 - rho), t_eps = T(eps), t_wd = T(wd),
                                 t_lr = T(lr);
                         T* __restrict p = p_;
                         const T* __restrict g = g_;
                         T* __restrict sa = s[0];
                         T* __restrict ad = s[1];
                         detail::with_flag(maximize, [&](auto kMax) {
                           detail::with_flag(wd != 0, [&](auto kWd) {
                             for (int64_t i = begin; i < end; ++i) {
                               T gi = g[i];
                               if constexpr (kMax) gi = -gi;
                               if constexpr (kWd) gi += t_wd * p[i];
                               T si = sa[i] * r + c * (gi * gi);
                               sa[i] = si;
                               T delta = std::sqrt(ad[i] + t_eps) / std::sqrt(si + t_eps) * gi;
                               ad[i] = ad[i] * r + c * (delta * delta);
                               p[i] -= t_lr * delta;
                             }
                           });
                         });
                       });
}

}  // namespace ignis::optim
