// The schedulers that drive others or react to metrics (optim/lr_scheduler.h): OneCycleLR,
// SequentialLR and ReduceLROnPlateau, following torch.optim.lr_scheduler (1.13).
#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

#include "optim/lr_scheduler.h"

namespace ignis::optim {

// ---- OneCycleLR

OneCycleLR::OneCycleLR(Optimizer& opt, OneCycleOptions options)
    : LRScheduler(opt, "OneCycleLR"), o_(std::move(options)) {
  if (o_.total_steps == 0) {
    IGNIS_CHECK(o_.epochs > 0 && o_.steps_per_epoch > 0, InvalidArgument,
                "OneCycleLR: expected total_steps > 0, or epochs > 0 and steps_per_epoch > 0, "
                "but got epochs ",
                o_.epochs, " and steps_per_epoch ", o_.steps_per_epoch);
    o_.total_steps = o_.epochs * o_.steps_per_epoch;
  }
  IGNIS_CHECK(o_.total_steps > 0, InvalidArgument, "OneCycleLR: expected total_steps > 0 but got ",
              o_.total_steps);
  IGNIS_CHECK(o_.pct_start >= 0 && o_.pct_start <= 1, InvalidArgument,
              "OneCycleLR: expected pct_start in [0, 1] but got ", o_.pct_start);
  IGNIS_CHECK(o_.anneal_strategy == "cos" || o_.anneal_strategy == "linear", InvalidArgument,
              "OneCycleLR: expected anneal_strategy \"cos\" or \"linear\" but got \"",
              o_.anneal_strategy, "\"");
  double total = static_cast<double>(o_.total_steps);
  if (o_.three_phase)
    phases_ = {
        {o_.pct_start * total - 1, "initial_lr", "max_lr", "max_momentum", "base_momentum"},
        {2 * o_.pct_start * total - 2, "max_lr", "initial_lr", "base_momentum", "max_momentum"},
        {total - 1, "initial_lr", "min_lr", "max_momentum", "max_momentum"}};
  else
    phases_ = {{o_.pct_start * total - 1, "initial_lr", "max_lr", "max_momentum", "base_momentum"},
               {total - 1, "max_lr", "min_lr", "base_momentum", "max_momentum"}};
  if (o_.cycle_momentum) {
    const Options& d = opt.defaults();
    momentum_key_ = d.count("beta1") ? "beta1" : d.count("momentum") ? "momentum" : nullptr;
    IGNIS_CHECK(momentum_key_ != nullptr, InvalidArgument, "OneCycleLR: ", opt.name(),
                " has no momentum or beta1 to cycle; set cycle_momentum=false");
  }
  base_lrs_.clear();
  for (ParamGroup& g : opt.param_groups()) {
    Options& go = g.options;
    go["initial_lr"] = o_.max_lr / o_.div_factor;
    go["max_lr"] = o_.max_lr;
    go["min_lr"] = go["initial_lr"] / o_.final_div_factor;
    if (momentum_key_) {
      go[momentum_key_] = o_.max_momentum;
      go["max_momentum"] = o_.max_momentum;
      go["base_momentum"] = o_.base_momentum;
    }
    base_lrs_.push_back(go["initial_lr"]);
  }
  initial_step();
}

std::vector<double> OneCycleLR::get_lr() {
  IGNIS_CHECK(last_epoch_ <= o_.total_steps, InvalidArgument, "OneCycleLR: tried to step ",
              last_epoch_ + 1, " times but total_steps is ", o_.total_steps);
  bool cos = o_.anneal_strategy == "cos";
  auto anneal = [cos](double start, double end, double pct) {
    return cos ? end + (start - end) / 2.0 * (std::cos(std::numbers::pi * pct) + 1)
               : (end - start) * pct + start;
  };
  double step = static_cast<double>(last_epoch_);
  std::vector<double> lrs;
  for (ParamGroup& g : opt_.param_groups()) {
    Options& go = g.options;
    double start_step = 0, lr = 0, momentum = 0;
    for (size_t i = 0; i < phases_.size(); ++i) {
      const Phase& ph = phases_[i];
      if (step <= ph.end_step || i == phases_.size() - 1) {
        double pct = (step - start_step) / (ph.end_step - start_step);
        lr = anneal(go.at(ph.start_lr), go.at(ph.end_lr), pct);
        if (momentum_key_) momentum = anneal(go.at(ph.start_m), go.at(ph.end_m), pct);
        break;
      }
      start_step = ph.end_step;
    }
    lrs.push_back(lr);
    if (momentum_key_) go[momentum_key_] = momentum;
  }
  return lrs;
}

// ---- SequentialLR

SequentialLR::SequentialLR(Optimizer& opt, std::vector<std::shared_ptr<LRScheduler>> schedulers,
                           std::vector<int64_t> milestones)
    : LRScheduler(opt, "SequentialLR"),
      schedulers_(std::move(schedulers)),
      milestones_(std::move(milestones)) {
  IGNIS_CHECK(!schedulers_.empty(), InvalidArgument, "SequentialLR: expected schedulers");
  for (size_t i = 0; i < schedulers_.size(); ++i)
    IGNIS_CHECK(schedulers_[i] && &schedulers_[i]->optimizer() == &opt, InvalidArgument,
                "SequentialLR: scheduler ", i, " does not belong to the given optimizer");
  IGNIS_CHECK(milestones_.size() + 1 == schedulers_.size(), InvalidArgument,
              "SequentialLR: expected ", schedulers_.size() - 1, " milestones for ",
              schedulers_.size(), " schedulers but got ", milestones_.size());
  last_epoch_ = 0;
  for (ParamGroup& g : opt.param_groups()) g.options["lr"] = g.options.at("initial_lr");
  for (auto& s : schedulers_) s->last_epoch_ -= 1;
  schedulers_[0]->initial_step();
  last_lr_ = schedulers_[0]->get_last_lr();
}

void SequentialLR::step() {
  ++last_epoch_;
  size_t idx =
      std::upper_bound(milestones_.begin(), milestones_.end(), last_epoch_) - milestones_.begin();
  LRScheduler& s = *schedulers_[idx];
  if (idx > 0 && milestones_[idx - 1] == last_epoch_)
    s.step(0);
  else
    s.step();
  last_lr_ = s.get_last_lr();
}

// ---- ReduceLROnPlateau

ReduceLROnPlateau::ReduceLROnPlateau(Optimizer& opt, PlateauOptions options)
    : opt_(opt), o_(std::move(options)) {
  IGNIS_CHECK(o_.factor < 1.0, InvalidArgument, "ReduceLROnPlateau: expected factor < 1 but got ",
              o_.factor);
  IGNIS_CHECK(o_.mode == "min" || o_.mode == "max", InvalidArgument,
              "ReduceLROnPlateau: expected mode \"min\" or \"max\" but got \"", o_.mode, "\"");
  IGNIS_CHECK(o_.threshold_mode == "rel" || o_.threshold_mode == "abs", InvalidArgument,
              "ReduceLROnPlateau: expected threshold_mode \"rel\" or \"abs\" but got \"",
              o_.threshold_mode, "\"");
  best_ = o_.mode == "min" ? std::numeric_limits<double>::infinity()
                           : -std::numeric_limits<double>::infinity();
  for (const ParamGroup& g : opt_.param_groups()) last_lr_.push_back(g.options.at("lr"));
}

bool ReduceLROnPlateau::is_better(double a, double best) const {
  bool rel = o_.threshold_mode == "rel";
  if (o_.mode == "min") return rel ? a < best * (1.0 - o_.threshold) : a < best - o_.threshold;
  return rel ? a > best * (o_.threshold + 1.0) : a > best + o_.threshold;
}

void ReduceLROnPlateau::step(double metric) {
  ++last_epoch_;
  if (is_better(metric, best_)) {
    best_ = metric;
    num_bad_epochs_ = 0;
  } else {
    ++num_bad_epochs_;
  }
  if (cooldown_counter_ > 0) {
    --cooldown_counter_;
    num_bad_epochs_ = 0;
  }
  if (num_bad_epochs_ > o_.patience) {
    for (ParamGroup& g : opt_.param_groups()) {
      double old_lr = g.options.at("lr");
      double new_lr = std::max(old_lr * o_.factor, o_.min_lr);
      if (old_lr - new_lr > o_.eps) g.options["lr"] = new_lr;
    }
    cooldown_counter_ = o_.cooldown;
    num_bad_epochs_ = 0;
  }
  last_lr_.clear();
  for (const ParamGroup& g : opt_.param_groups()) last_lr_.push_back(g.options.at("lr"));
}

SchedulerState ReduceLROnPlateau::state_dict() const {
  return {{"best", best_},
          {"num_bad_epochs", static_cast<double>(num_bad_epochs_)},
          {"cooldown_counter", static_cast<double>(cooldown_counter_)},
          {"last_epoch", static_cast<double>(last_epoch_)}};
}

void ReduceLROnPlateau::load_state_dict(const SchedulerState& sd) {
  for (const char* k : {"best", "num_bad_epochs", "cooldown_counter", "last_epoch"})
    IGNIS_CHECK(sd.count(k), InvalidArgument, "ReduceLROnPlateau.load_state_dict: missing \"", k,
                "\"");
  best_ = sd.at("best");
  num_bad_epochs_ = static_cast<int64_t>(sd.at("num_bad_epochs"));
  cooldown_counter_ = static_cast<int64_t>(sd.at("cooldown_counter"));
  last_epoch_ = static_cast<int64_t>(sd.at("last_epoch"));
}

}  // namespace ignis::optim
