// SGD (optim/sgd.h): torch.optim.SGD's single-tensor update as one fused loop.
#include "optim/sgd.h"

#include "optim/fused.h"

namespace ignis::optim {

Options SGDOptions::to_map() const {
  return {{"lr", lr},
          {"momentum", momentum},
          {"dampening", dampening},
          {"weight_decay", weight_decay},
          {"nesterov", nesterov ? 1.0 : 0.0},
          {"maximize", maximize ? 1.0 : 0.0}};
}

SGD::SGD(std::vector<Tensor> params, SGDOptions options) : Optimizer("SGD", options.to_map()) {
  check_options(defaults());
  add_param_group({std::move(params), {}});
}

SGD::SGD(std::vector<ParamGroup> groups, SGDOptions defaults)
    : Optimizer("SGD", defaults.to_map()) {
  check_options(this->defaults());
  for (ParamGroup& g : groups) add_param_group(std::move(g));
}

void SGD::check_options(const Options& o) const {
  IGNIS_CHECK(opt(o, "lr") >= 0, InvalidArgument, "SGD: expected lr >= 0 but got ", opt(o, "lr"));
  IGNIS_CHECK(opt(o, "momentum") >= 0, InvalidArgument, "SGD: expected momentum >= 0 but got ",
              opt(o, "momentum"));
  IGNIS_CHECK(opt(o, "weight_decay") >= 0, InvalidArgument,
              "SGD: expected weight_decay >= 0 but got ", opt(o, "weight_decay"));
  IGNIS_CHECK(opt(o, "nesterov") == 0 || (opt(o, "momentum") > 0 && opt(o, "dampening") == 0),
              InvalidArgument,
              "SGD: nesterov expects momentum > 0 and dampening = 0 but got momentum ",
              opt(o, "momentum"), " and dampening ", opt(o, "dampening"));
}

void SGD::update(const Options& o, const Tensor& param, const Tensor& grad, ParamState& state) {
  double lr = opt(o, "lr"), momentum = opt(o, "momentum"), dampening = opt(o, "dampening");
  double wd = opt(o, "weight_decay");
  bool nesterov = opt(o, "nesterov") != 0, maximize = opt(o, "maximize") != 0;
  ++state.step;
  bool first = false;
  Tensor buf =
      momentum == 0 ? Tensor() : detail::state_buffer(state, "momentum_buffer", param, 0.0, &first);
  auto kernel = [&](auto* p_, const auto* g_, auto* const* s, int64_t begin, int64_t end) {
    using T = std::remove_pointer_t<decltype(p_)>;
    const T t_lr = T(lr), t_wd = T(wd), t_m = T(momentum), t_damp = T(1 - dampening);
    T* __restrict p = p_;
    const T* __restrict g = g_;
    T* __restrict v = s[0];
    detail::with_flag(maximize, [&](auto kMax) {
      detail::with_flag(wd != 0, [&](auto kWd) {
        detail::with_flag(momentum != 0, [&](auto kMomentum) {
          detail::with_flag(nesterov, [&](auto kNesterov) {
            for (int64_t i = begin; i < end; ++i) {
              T d = g[i];
              if constexpr (kMax) d = -d;
              if constexpr (kWd) d += t_wd * p[i];
              if constexpr (kMomentum) {
                T vi = first ? d : v[i] * t_m + t_damp * d;
                v[i] = vi;
                if constexpr (kNesterov)
                  d = d + t_m * vi;
                else
                  d = vi;
              }
              p[i] -= t_lr * d;
            }
          });
        });
      });
    });
  };
  if (momentum == 0)
    detail::fused_update(param, grad, {}, "SGD", kernel);
  else
    detail::fused_update(param, grad, {buf}, "SGD", kernel);
}

}  // namespace ignis::optim
