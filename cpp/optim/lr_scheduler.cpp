// Learning-rate schedulers (optim/lr_scheduler.h), following torch.optim.lr_scheduler (1.13).
#include "optim/lr_scheduler.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace ignis::optim {

namespace {
constexpr double kPi = std::numbers::pi;
}

LRScheduler::LRScheduler(Optimizer& opt, const char* name) : opt_(opt), name_(name) {
  for (ParamGroup& g : opt_.param_groups()) {
    g.options.try_emplace("initial_lr", g.options.at("lr"));
    base_lrs_.push_back(g.options.at("initial_lr"));
  }
}

std::vector<double> LRScheduler::group_lrs() const {
  std::vector<double> lrs;
  for (const ParamGroup& g : opt_.param_groups()) lrs.push_back(g.options.at("lr"));
  return lrs;
}

void LRScheduler::initial_step() {
  step_count_ = 0;
  step();
}

void LRScheduler::step() {
  ++step_count_;
  ++last_epoch_;
  std::vector<double> lrs = get_lr();
  auto& groups = opt_.param_groups();
  for (size_t i = 0; i < groups.size() && i < lrs.size(); ++i) groups[i].options["lr"] = lrs[i];
  last_lr_ = group_lrs();
}

void LRScheduler::step(int64_t epoch) {
  ++step_count_;
  last_epoch_ = epoch;
  std::optional<std::vector<double>> closed = closed_form_lr();
  std::vector<double> lrs = closed ? *closed : get_lr();
  auto& groups = opt_.param_groups();
  for (size_t i = 0; i < groups.size() && i < lrs.size(); ++i) groups[i].options["lr"] = lrs[i];
  last_lr_ = group_lrs();
}

SchedulerState LRScheduler::state_dict() const {
  SchedulerState sd{{"last_epoch", static_cast<double>(last_epoch_)},
                    {"step_count", static_cast<double>(step_count_)}};
  for (size_t i = 0; i < base_lrs_.size(); ++i) {
    sd["base_lrs." + std::to_string(i)] = base_lrs_[i];
    if (i < last_lr_.size()) sd["last_lr." + std::to_string(i)] = last_lr_[i];
  }
  return sd;
}

void LRScheduler::load_state_dict(const SchedulerState& sd) {
  size_t n = opt_.param_groups().size();
  std::vector<double> base(n), last(n);
  for (size_t i = 0; i < n; ++i) {
    auto b = sd.find("base_lrs." + std::to_string(i)), l = sd.find("last_lr." + std::to_string(i));
    IGNIS_CHECK(b != sd.end() && l != sd.end(), InvalidArgument, name_,
                ".load_state_dict: expected base_lrs and last_lr for ", n,
                " parameter groups but group ", i, " has none");
    base[i] = b->second;
    last[i] = l->second;
  }
  IGNIS_CHECK(sd.count("last_epoch") && sd.count("step_count") &&
                  !sd.count("base_lrs." + std::to_string(n)),
              InvalidArgument, name_, ".load_state_dict: expected the state of a scheduler over ",
              n, " parameter groups with last_epoch and step_count");
  base_lrs_ = std::move(base);
  last_lr_ = std::move(last);
  last_epoch_ = static_cast<int64_t>(sd.at("last_epoch"));
  step_count_ = static_cast<int64_t>(sd.at("step_count"));
}

// ---- StepLR, MultiStepLR, ExponentialLR

StepLR::StepLR(Optimizer& opt, int64_t step_size, double gamma)
    : LRScheduler(opt, "StepLR"), step_size_(step_size), gamma_(gamma) {
  IGNIS_CHECK(step_size > 0, InvalidArgument, "StepLR: expected step_size > 0 but got ", step_size);
  initial_step();
}

std::vector<double> StepLR::get_lr() {
  std::vector<double> lrs = group_lrs();
  if (last_epoch_ == 0 || last_epoch_ % step_size_ != 0) return lrs;
  for (double& lr : lrs) lr *= gamma_;
  return lrs;
}

std::optional<std::vector<double>> StepLR::closed_form_lr() {
  std::vector<double> lrs = base_lrs_;
  for (double& lr : lrs) lr *= std::pow(gamma_, static_cast<double>(last_epoch_ / step_size_));
  return lrs;
}

MultiStepLR::MultiStepLR(Optimizer& opt, std::vector<int64_t> milestones, double gamma)
    : LRScheduler(opt, "MultiStepLR"), milestones_(std::move(milestones)), gamma_(gamma) {
  std::sort(milestones_.begin(), milestones_.end());
  initial_step();
}

std::vector<double> MultiStepLR::get_lr() {
  std::vector<double> lrs = group_lrs();
  auto hits = std::count(milestones_.begin(), milestones_.end(), last_epoch_);
  if (hits == 0) return lrs;
  for (double& lr : lrs) lr *= std::pow(gamma_, static_cast<double>(hits));
  return lrs;
}

std::optional<std::vector<double>> MultiStepLR::closed_form_lr() {
  auto reached =
      std::upper_bound(milestones_.begin(), milestones_.end(), last_epoch_) - milestones_.begin();
  std::vector<double> lrs = base_lrs_;
  for (double& lr : lrs) lr *= std::pow(gamma_, static_cast<double>(reached));
  return lrs;
}

ExponentialLR::ExponentialLR(Optimizer& opt, double gamma)
    : LRScheduler(opt, "ExponentialLR"), gamma_(gamma) {
  initial_step();
}

std::vector<double> ExponentialLR::get_lr() {
  std::vector<double> lrs = group_lrs();
  if (last_epoch_ == 0) return lrs;
  for (double& lr : lrs) lr *= gamma_;
  return lrs;
}

std::optional<std::vector<double>> ExponentialLR::closed_form_lr() {
  std::vector<double> lrs = base_lrs_;
  for (double& lr : lrs) lr *= std::pow(gamma_, static_cast<double>(last_epoch_));
  return lrs;
}

// ---- CosineAnnealingLR, LinearLR, LambdaLR

CosineAnnealingLR::CosineAnnealingLR(Optimizer& opt, int64_t T_max, double eta_min)
    : LRScheduler(opt, "CosineAnnealingLR"), t_max_(T_max), eta_min_(eta_min) {
  IGNIS_CHECK(T_max > 0, InvalidArgument, "CosineAnnealingLR: expected T_max > 0 but got ", T_max);
  initial_step();
}

std::vector<double> CosineAnnealingLR::get_lr() {
  std::vector<double> lrs = group_lrs();
  if (last_epoch_ == 0) return lrs;
  double e = static_cast<double>(last_epoch_), tm = static_cast<double>(t_max_);
  for (size_t i = 0; i < lrs.size(); ++i) {
    if ((last_epoch_ - 1 - t_max_) % (2 * t_max_) == 0)
      lrs[i] = lrs[i] + (base_lrs_[i] - eta_min_) * (1 - std::cos(kPi / tm)) / 2;
    else
      lrs[i] =
          (1 + std::cos(kPi * e / tm)) / (1 + std::cos(kPi * (e - 1) / tm)) * (lrs[i] - eta_min_) +
          eta_min_;
  }
  return lrs;
}

std::optional<std::vector<double>> CosineAnnealingLR::closed_form_lr() {
  std::vector<double> lrs = base_lrs_;
  double e = static_cast<double>(last_epoch_), tm = static_cast<double>(t_max_);
  for (double& lr : lrs) lr = eta_min_ + (lr - eta_min_) * (1 + std::cos(kPi * e / tm)) / 2;
  return lrs;
}

LinearLR::LinearLR(Optimizer& opt, double start_factor, double end_factor, int64_t total_iters)
    : LRScheduler(opt, "LinearLR"),
      start_(start_factor),
      end_(end_factor),
      total_iters_(total_iters) {
  IGNIS_CHECK(start_factor > 0 && start_factor <= 1, InvalidArgument,
              "LinearLR: expected start_factor in (0, 1] but got ", start_factor);
  IGNIS_CHECK(end_factor >= 0 && end_factor <= 1, InvalidArgument,
              "LinearLR: expected end_factor in [0, 1] but got ", end_factor);
  IGNIS_CHECK(total_iters > 0, InvalidArgument, "LinearLR: expected total_iters > 0 but got ",
              total_iters);
  initial_step();
}

std::vector<double> LinearLR::get_lr() {
  std::vector<double> lrs = group_lrs();
  if (last_epoch_ == 0) {
    for (double& lr : lrs) lr *= start_;
    return lrs;
  }
  if (last_epoch_ > total_iters_) return lrs;
  double f = 1.0 + (end_ - start_) / (static_cast<double>(total_iters_) * start_ +
                                      static_cast<double>(last_epoch_ - 1) * (end_ - start_));
  for (double& lr : lrs) lr *= f;
  return lrs;
}

std::optional<std::vector<double>> LinearLR::closed_form_lr() {
  std::vector<double> lrs = base_lrs_;
  double f = start_ + (end_ - start_) * static_cast<double>(std::min(total_iters_, last_epoch_)) /
                          static_cast<double>(total_iters_);
  for (double& lr : lrs) lr *= f;
  return lrs;
}

LambdaLR::LambdaLR(Optimizer& opt, Lambda lambda)
    : LambdaLR(opt, std::vector<Lambda>(opt.param_groups().size(), lambda)) {}

LambdaLR::LambdaLR(Optimizer& opt, std::vector<Lambda> lambdas)
    : LRScheduler(opt, "LambdaLR"), lambdas_(std::move(lambdas)) {
  IGNIS_CHECK(lambdas_.size() == base_lrs_.size(), InvalidArgument, "LambdaLR: expected ",
              base_lrs_.size(), " lambdas (one per parameter group) but got ", lambdas_.size());
  for (size_t i = 0; i < lambdas_.size(); ++i)
    IGNIS_CHECK(static_cast<bool>(lambdas_[i]), InvalidArgument, "LambdaLR: lambda ", i,
                " is empty");
  initial_step();
}

std::vector<double> LambdaLR::get_lr() {
  std::vector<double> lrs = base_lrs_;
  for (size_t i = 0; i < lrs.size(); ++i) lrs[i] *= lambdas_[i](last_epoch_);
  return lrs;
}

}  // namespace ignis::optim
