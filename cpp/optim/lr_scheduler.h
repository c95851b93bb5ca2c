// Learning-rate schedulers with PyTorch's (1.13) rules: each sets the "lr" of every parameter
// group of an optimizer at construction and at each step().
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "optim/optimizer.h"

namespace ignis::optim {

// A scheduler's resumable state: last_epoch, step count, base and last lrs ("base_lrs.<g>").
using SchedulerState = std::map<std::string, double>;

// Base of the epoch-driven schedulers. Construction records each group's "initial_lr" (once)
// and applies the lr of epoch 0; step() advances one epoch.
class LRScheduler {
 public:
  virtual ~LRScheduler() = default;
  // Advances one epoch and writes the new lrs into the optimizer's groups.
  virtual void step();
  // Jumps to `epoch`, using the closed-form lr where the scheduler has one.
  void step(int64_t epoch);
  // The lrs the last step set, one per group.
  const std::vector<double>& get_last_lr() const { return last_lr_; }
  int64_t last_epoch() const { return last_epoch_; }
  Optimizer& optimizer() { return opt_; }
  SchedulerState state_dict() const;
  // Restores a state_dict() of a scheduler over an optimizer with as many groups.
  void load_state_dict(const SchedulerState& sd);

 protected:
  explicit LRScheduler(Optimizer& opt, const char* name);
  // Sets the lrs of epoch 0; the last line of every subclass constructor.
  void initial_step();
  // The lrs of epoch last_epoch_, from the current ones (PyTorch's chainable form).
  virtual std::vector<double> get_lr() = 0;
  // The lrs of epoch last_epoch_ from base_lrs_ alone, when there is such a formula.
  virtual std::optional<std::vector<double>> closed_form_lr() { return std::nullopt; }
  std::vector<double> group_lrs() const;

  Optimizer& opt_;
  std::string name_;
  std::vector<double> base_lrs_, last_lr_;
  int64_t last_epoch_ = -1;
  int64_t step_count_ = 0;
  friend class SequentialLR;
};

// lr = base_lr * gamma^(epoch / step_size).
class StepLR : public LRScheduler {
 public:
  StepLR(Optimizer& opt, int64_t step_size, double gamma = 0.1);

 protected:
  std::vector<double> get_lr() override;
  std::optional<std::vector<double>> closed_form_lr() override;
  int64_t step_size_;
  double gamma_;
};

// lr = base_lr * gamma^(number of milestones reached); a repeated milestone counts twice.
class MultiStepLR : public LRScheduler {
 public:
  MultiStepLR(Optimizer& opt, std::vector<int64_t> milestones, double gamma = 0.1);

 protected:
  std::vector<double> get_lr() override;
  std::optional<std::vector<double>> closed_form_lr() override;
  std::vector<int64_t> milestones_;  // sorted
  double gamma_;
};

// lr = base_lr * gamma^epoch.
class ExponentialLR : public LRScheduler {
 public:
  ExponentialLR(Optimizer& opt, double gamma);

 protected:
  std::vector<double> get_lr() override;
  std::optional<std::vector<double>> closed_form_lr() override;
  double gamma_;
};

// lr = eta_min + (base_lr - eta_min) (1 + cos(pi epoch / T_max)) / 2 (PyTorch's recursive form).
class CosineAnnealingLR : public LRScheduler {
 public:
  CosineAnnealingLR(Optimizer& opt, int64_t T_max, double eta_min = 0.0);

 protected:
  std::vector<double> get_lr() override;
  std::optional<std::vector<double>> closed_form_lr() override;
  int64_t t_max_;
  double eta_min_;
};

// Multiplies base_lr by a factor going linearly from start_factor to end_factor over
// total_iters epochs (a warmup with the defaults).
class LinearLR : public LRScheduler {
 public:
  LinearLR(Optimizer& opt, double start_factor = 1.0 / 3, double end_factor = 1.0,
           int64_t total_iters = 5);

 protected:
  std::vector<double> get_lr() override;
  std::optional<std::vector<double>> closed_form_lr() override;
  double start_, end_;
  int64_t total_iters_;
};

// lr = base_lr * lambda(epoch), one callback for every group or one per group.
class LambdaLR : public LRScheduler {
 public:
  using Lambda = std::function<double(int64_t)>;
  LambdaLR(Optimizer& opt, Lambda lambda);
  LambdaLR(Optimizer& opt, std::vector<Lambda> lambdas);

 protected:
  std::vector<double> get_lr() override;
  std::vector<Lambda> lambdas_;
};

// Options of OneCycleLR (PyTorch's defaults); max_lr has none.
struct OneCycleOptions {
  double max_lr = 0.0;
  int64_t total_steps = 0;  // or epochs * steps_per_epoch when 0
  int64_t epochs = 0, steps_per_epoch = 0;
  double pct_start = 0.3;
  std::string anneal_strategy = "cos";  // "cos" or "linear"
  bool cycle_momentum = true;
  double base_momentum = 0.85, max_momentum = 0.95;
  double div_factor = 25.0, final_div_factor = 1e4;
  bool three_phase = false;
};

// The 1cycle policy: lr from max_lr/div_factor up to max_lr and down to initial/final_div_factor
// (and momentum, or beta1, the other way) over total_steps steps.
class OneCycleLR : public LRScheduler {
 public:
  OneCycleLR(Optimizer& opt, OneCycleOptions options);

 protected:
  std::vector<double> get_lr() override;
  struct Phase {
    double end_step;
    const char *start_lr, *end_lr, *start_m, *end_m;
  };
  OneCycleOptions o_;
  std::vector<Phase> phases_;
  const char* momentum_key_ = nullptr;  // "momentum", "beta1" or null
};

// Runs schedulers one after another: schedulers[k] from milestones[k-1] on.
class SequentialLR : public LRScheduler {
 public:
  SequentialLR(Optimizer& opt, std::vector<std::shared_ptr<LRScheduler>> schedulers,
               std::vector<int64_t> milestones);
  // Advances one epoch through the scheduler in charge.
  void step() override;

 protected:
  std::vector<double> get_lr() override { return group_lrs(); }
  std::vector<std::shared_ptr<LRScheduler>> schedulers_;
  std::vector<int64_t> milestones_;
};

// Options of ReduceLROnPlateau (PyTorch's defaults).
struct PlateauOptions {
  std::string mode = "min";  // "min" or "max"
  double factor = 0.1;
  int64_t patience = 10;
  double threshold = 1e-4;
  std::string threshold_mode = "rel";  // "rel" or "abs"
  int64_t cooldown = 0;
  double min_lr = 0.0;
  double eps = 1e-8;
};

// Multiplies every group's lr by factor when the metric has not improved for `patience` epochs.
class ReduceLROnPlateau {
 public:
  ReduceLROnPlateau(Optimizer& opt, PlateauOptions options = {});
  // Records one epoch's metric and reduces the lrs when it is time.
  void step(double metric);
  const std::vector<double>& get_last_lr() const { return last_lr_; }
  SchedulerState state_dict() const;
  void load_state_dict(const SchedulerState& sd);

 private:
  bool is_better(double a, double best) const;
  Optimizer& opt_;
  PlateauOptions o_;
  double best_;
  int64_t num_bad_epochs_ = 0, cooldown_counter_ = 0, last_epoch_ = 0;
  std::vector<double> last_lr_;
};

}  // namespace ignis::optim
