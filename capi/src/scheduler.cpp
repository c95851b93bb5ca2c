// optim.h's learning-rate schedulers over optim::LRScheduler and optim::ReduceLROnPlateau.
#include "capi/src/optim_handle.h"
#include "optim/lr_scheduler.h"

using namespace ignis;
using capi::null_out;
using capi::OptimizerBox;
using T = nn::OptionType;

namespace {

// Owns a LambdaLR callback's user_data: destroy runs when the last copy goes away.
struct LambdaState {
  ignis_lr_lambda cb;
  ~LambdaState() {
    if (cb.destroy) cb.destroy(cb.user_data);
  }
};

// Members in this order so that the schedulers (which refer to the optimizer) go first.
struct SchedulerHandle {
  OptimizerBox opt;
  std::shared_ptr<optim::LRScheduler> sched;
  std::shared_ptr<optim::ReduceLROnPlateau> plateau;
  std::vector<std::shared_ptr<void>> keep;  // children of SequentialLR, lambda state
};
using SchedulerBox = std::shared_ptr<SchedulerHandle>;

SchedulerHandle& sched_arg(const ignis_scheduler* s, const char* fn) {
  return *capi::unbox<SchedulerBox>(s, fn, "s");
}

using Make = std::function<void(SchedulerHandle&, const nn::ResolvedOptions&)>;
struct Kind {
  std::vector<nn::OptionSpec> specs;
  Make make;
};

const std::map<std::string, Kind, std::less<>>& kinds() {
  using nn::optional;
  using nn::required;
  static const std::map<std::string, Kind, std::less<>> k = {
      {"StepLR",
       {{required("step_size", T::Int), optional("gamma", T::Float, 0.1)},
        [](SchedulerHandle& h, const nn::ResolvedOptions& o) {
          h.sched = std::make_shared<optim::StepLR>(*h.opt->opt, o.i("step_size"), o.f("gamma"));
        }}},
      {"MultiStepLR",
       {{required("milestones", T::Ints), optional("gamma", T::Float, 0.1)},
        [](SchedulerHandle& h, const nn::ResolvedOptions& o) {
          h.sched =
              std::make_shared<optim::MultiStepLR>(*h.opt->opt, o.ints("milestones"), o.f("gamma"));
        }}},
      {"ExponentialLR",
       {{required("gamma", T::Float)},
        [](SchedulerHandle& h, const nn::ResolvedOptions& o) {
          h.sched = std::make_shared<optim::ExponentialLR>(*h.opt->opt, o.f("gamma"));
        }}},
      {"CosineAnnealingLR",
       {{required("T_max", T::Int), optional("eta_min", T::Float, 0.0)},
        [](SchedulerHandle& h, const nn::ResolvedOptions& o) {
          h.sched =
              std::make_shared<optim::CosineAnnealingLR>(*h.opt->opt, o.i("T_max"), o.f("eta_min"));
        }}},
      {"LinearLR",
       {{optional("start_factor", T::Float, 1.0 / 3), optional("end_factor", T::Float, 1.0),
         optional("total_iters", T::Int, int64_t{5})},
        [](SchedulerHandle& h, const nn::ResolvedOptions& o) {
          h.sched = std::make_shared<optim::LinearLR>(*h.opt->opt, o.f("start_factor"),
                                                      o.f("end_factor"), o.i("total_iters"));
        }}},
      {"OneCycleLR",
       {{required("max_lr", T::Float), optional("total_steps", T::Int, std::monostate{}),
         optional("epochs", T::Int, std::monostate{}),
         optional("steps_per_epoch", T::Int, std::monostate{}),
         optional("pct_start", T::Float, 0.3),
         optional("anneal_strategy", T::String, std::string("cos")),
         optional("cycle_momentum", T::Bool, true), optional("base_momentum", T::Float, 0.85),
         optional("max_momentum", T::Float, 0.95), optional("div_factor", T::Float, 25.0),
         optional("final_div_factor", T::Float, 1e4), optional("three_phase", T::Bool, false)},
        [](SchedulerHandle& h, const nn::ResolvedOptions& o) {
          optim::OneCycleOptions c;
          c.max_lr = o.f("max_lr");
          if (!o.is_none("total_steps")) c.total_steps = o.i("total_steps");
          if (!o.is_none("epochs")) c.epochs = o.i("epochs");
          if (!o.is_none("steps_per_epoch")) c.steps_per_epoch = o.i("steps_per_epoch");
          c.pct_start = o.f("pct_start");
          c.anneal_strategy = o.s("anneal_strategy");
          c.cycle_momentum = o.b("cycle_momentum");
          c.base_momentum = o.f("base_momentum");
          c.max_momentum = o.f("max_momentum");
          c.div_factor = o.f("div_factor");
          c.final_div_factor = o.f("final_div_factor");
          c.three_phase = o.b("three_phase");
          h.sched = std::make_shared<optim::OneCycleLR>(*h.opt->opt, c);
        }}},
      {"ReduceLROnPlateau",
       {{optional("mode", T::String, std::string("min")), optional("factor", T::Float, 0.1),
         optional("patience", T::Int, int64_t{10}), optional("threshold", T::Float, 1e-4),
         optional("threshold_mode", T::String, std::string("rel")),
         optional("cooldown", T::Int, int64_t{0}), optional("min_lr", T::Float, 0.0),
         optional("eps", T::Float, 1e-8)},
        [](SchedulerHandle& h, const nn::ResolvedOptions& o) {
          optim::PlateauOptions c;
          c.mode = o.s("mode");
          c.factor = o.f("factor");
          c.patience = o.i("patience");
          c.threshold = o.f("threshold");
          c.threshold_mode = o.s("threshold_mode");
          c.cooldown = o.i("cooldown");
          c.min_lr = o.f("min_lr");
          c.eps = o.f("eps");
          h.plateau = std::make_shared<optim::ReduceLROnPlateau>(*h.opt->opt, c);
        }}},
  };
  return k;
}

SchedulerBox new_handle(ignis_optimizer* opt, const char* fn) {
  auto h = std::make_shared<SchedulerHandle>();
  h->opt = capi::unbox<OptimizerBox>(opt, fn, "opt");
  return h;
}

}  // namespace

extern "C" {

IGNIS_API ignis_status ignis_scheduler_create(const char* type, ignis_optimizer* opt,
                                              const char* options_json, ignis_scheduler** out) {
  constexpr const char* fn = "ignis_scheduler_create";
  if (!out) return null_out(fn, "out");
  *out = nullptr;
  IGNIS_CAPI_TRY
  std::string_view t = capi::str_arg(fn, "type", type);
  auto it = kinds().find(t);
  if (it == kinds().end()) {
    std::string known = "LambdaLR (ignis_scheduler_create_lambda), SequentialLR "
                        "(ignis_scheduler_create_sequential)";
    for (const auto& [k, v] : kinds()) known += ", " + k;
    IGNIS_FAIL(InvalidArgument, fn, ": unknown scheduler type '", t, "'; known types: ", known);
  }
  SchedulerBox h = new_handle(opt, fn);
  nn::OptionMap given = capi::parse_options(fn, options_json);
  it->second.make(*h, nn::resolve_options(it->first, it->second.specs, given));
  *out = capi::box<ignis_scheduler>(h);
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_scheduler_create_lambda(ignis_optimizer* opt,
                                                     const ignis_lr_lambda* lambda,
                                                     ignis_scheduler** out) {
  constexpr const char* fn = "ignis_scheduler_create_lambda";
  if (!lambda)
    return capi::set_error(IGNIS_ERROR_INVALID_ARGUMENT, std::string(fn) + ": lambda is NULL");
  if (lambda->struct_size < sizeof(ignis_lr_lambda))
    return capi::set_error(IGNIS_ERROR_INVALID_ARGUMENT,
                           std::string(fn) + ": lambda->struct_size is " +
                               std::to_string(lambda->struct_size) + ", expected at least " +
                               std::to_string(sizeof(ignis_lr_lambda)));
  // From here on the library owns user_data: destroy runs whatever happens (state's destructor).
  std::shared_ptr<LambdaState> state;
  try {
    state = std::make_shared<LambdaState>();
  } catch (...) {
    if (lambda->destroy) lambda->destroy(lambda->user_data);
    return capi::handle_exception();
  }
  state->cb = *lambda;
  if (!out) return null_out(fn, "out");
  *out = nullptr;
  IGNIS_CAPI_TRY
  IGNIS_CHECK(state->cb.fn != nullptr, InvalidArgument, fn, ": lambda->fn is NULL");
  SchedulerBox h = new_handle(opt, fn);
  std::vector<optim::LambdaLR::Lambda> fns;
  for (size_t g = 0; g < h->opt->opt->param_groups().size(); ++g)
    fns.push_back([state, g](int64_t epoch) {
      double factor = 0;
      ignis_status st = state->cb.fn(epoch, g, &factor, state->cb.user_data);
      if (st != IGNIS_OK) {
        int k = static_cast<int>(st);
        throw Error(k >= 1 && k <= 9 ? static_cast<ErrorKind>(k) : ErrorKind::Internal,
                    ignis_last_error());
      }
      return factor;
    });
  h->keep.push_back(state);
  h->sched = std::make_shared<optim::LambdaLR>(*h->opt->opt, std::move(fns));
  *out = capi::box<ignis_scheduler>(h);
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_scheduler_create_sequential(
    ignis_optimizer* opt, ignis_scheduler* const* schedulers, size_t n_schedulers,
    const int64_t* milestones, size_t n_milestones, ignis_scheduler** out) {
  constexpr const char* fn = "ignis_scheduler_create_sequential";
  if (!out) return null_out(fn, "out");
  *out = nullptr;
  IGNIS_CAPI_TRY
  SchedulerBox h = new_handle(opt, fn);
  if (n_schedulers > 0) capi::require(schedulers, fn, "schedulers");
  std::vector<std::shared_ptr<optim::LRScheduler>> children;
  for (size_t i = 0; i < n_schedulers; ++i) {
    SchedulerBox c = capi::unbox<SchedulerBox>(schedulers[i], fn, "schedulers[i]");
    IGNIS_CHECK(c->sched != nullptr, InvalidArgument, fn, ": scheduler ", i,
                " is a ReduceLROnPlateau, which SequentialLR cannot run");
    children.push_back(c->sched);
    h->keep.push_back(c);
  }
  auto ms = capi::int_list_arg(fn, "milestones", milestones, n_milestones);
  h->sched = std::make_shared<optim::SequentialLR>(*h->opt->opt, children,
                                                   std::vector<int64_t>(ms.begin(), ms.end()));
  *out = capi::box<ignis_scheduler>(h);
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_scheduler* ignis_scheduler_retain(ignis_scheduler* s) {
  return capi::retain<SchedulerBox>(s);
}

IGNIS_API void ignis_scheduler_release(ignis_scheduler* s) { capi::release<SchedulerBox>(s); }

IGNIS_API ignis_status ignis_scheduler_step(ignis_scheduler* s) {
  constexpr const char* fn = "ignis_scheduler_step";
  IGNIS_CAPI_TRY
  SchedulerHandle& h = sched_arg(s, fn);
  IGNIS_CHECK(h.sched != nullptr, InvalidArgument, fn,
              ": ReduceLROnPlateau steps with a metric; use ignis_scheduler_step_metric");
  h.sched->step();
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_scheduler_step_metric(ignis_scheduler* s, double metric) {
  constexpr const char* fn = "ignis_scheduler_step_metric";
  IGNIS_CAPI_TRY
  SchedulerHandle& h = sched_arg(s, fn);
  IGNIS_CHECK(h.plateau != nullptr, InvalidArgument, fn,
              ": only ReduceLROnPlateau takes a metric; use ignis_scheduler_step");
  h.plateau->step(metric);
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_scheduler_get_last_lr(const ignis_scheduler* s, double* out,
                                                   size_t capacity, size_t* count) {
  constexpr const char* fn = "ignis_scheduler_get_last_lr";
  if (!count) return null_out(fn, "count");
  IGNIS_CAPI_TRY
  SchedulerHandle& h = sched_arg(s, fn);
  const std::vector<double>& lrs = h.sched ? h.sched->get_last_lr() : h.plateau->get_last_lr();
  if (capacity > 0) capi::require(out, fn, "out");
  for (size_t i = 0; i < lrs.size() && i < capacity; ++i) out[i] = lrs[i];
  *count = lrs.size();
  IGNIS_CAPI_CATCH
}

}  // extern "C"
