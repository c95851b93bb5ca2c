// Adagrad (optim/adagrad.h): torch.optim.Adagrad's single-tensor update as one fused loop.
#include "optim/adagrad.h"

#include <cmath>

#include "optim/fused.h"

namespace ignis::optim {

Options AdagradOptions::to_map() const {
  return {{"lr", lr},
          {"lr_decay", lr_decay},
          {"weight_decay", weight_decay},
          {"initial_accumulator_value", initial_accumulator_value},
          {"eps", eps},
          {"maximize", maximize ? 1.0 : 0.0}};
}

Adagrad::Adagrad(std::vector<Tensor> params, AdagradOptions options)
    : Optimizer("Adagrad", options.to_map()) {
  check_options(defaults());
  add_param_group({std::move(params), {}});
}

Adagrad::Adagrad(std::vector<ParamGroup> groups, AdagradOptions defaults)
    : Optimizer("Adagrad", defaults.to_map()) {
  check_options(this->defaults());
  for (ParamGroup& g : groups) add_param_group(std::move(g));
}

void Adagrad::check_options(const Options& o) const {
  for (const char* k : {"lr", "lr_decay", "weight_decay", "initial_accumulator_value", "eps"})
    IGNIS_CHECK(opt(o, k) >= 0, InvalidArgument, "Adagrad: expected ", k, " >= 0 but got ",
                opt(o, k));
}

void Adagrad::update(const Options& o, const Tensor& param, const Tensor& grad, ParamState& state) {
  double lr = opt(o, "lr"), lr_decay = opt(o, "lr_decay"), wd = opt(o, "weight_decay");
  double eps = opt(o, "eps");
  bool maximize = opt(o, "maximize") != 0;
  Tensor sum = detail::state_buffer(state, "sum", param, opt(o, "initial_accumulator_value"));
  int64_t step = ++state.step;
  double clr = lr / (1 + static_cast<double>(step - 1) * lr_decay);
  detail::fused_update(param, grad, {sum}, "Adagrad",
                       [&](auto* p_, const auto* g_, auto* const* s, int64_t begin, int64_t end) {
                         using T = std::remove_pointer_t<decltype(p_)>;
                         const T t_eps = T(eps), t_wd = T(wd), t_clr = T(clr);
                         T* __restrict p = p_;
                         const T* __restrict g = g_;
                         T* __restrict sa = s[0];
                         detail::with_flag(maximize, [&](auto kMax) {
                           detail::with_flag(wd != 0, [&](auto kWd) {
                             for (int64_t i = begin; i < end; ++i) {
                               T gi = g[i];
                               if constexpr (kMax) gi = -gi;
                               if constexpr (kWd) gi += t_wd * p[i];
                               T si = sa[i] + gi * gi;
                               sa[i] = si;
                               p[i] += -t_clr * (gi / (std::sqrt(si) + t_eps));
                             }
                           });
                         });
                       });
}

}  // namespace ignis::optim
