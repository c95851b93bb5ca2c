// What an ignis_optimizer handle holds (shared by optim.cpp and scheduler.cpp).
#pragma once

#include <memory>
#include <string>

#include "capi/src/handles.h"
#include "ignis/optim.h"
#include "optim/optimizer.h"

namespace ignis::capi {

struct OptimizerHandle {
  std::string type;
  std::shared_ptr<optim::Optimizer> opt;
  optim::Options options;  // the creation options: the defaults of groups added later
};
using OptimizerBox = std::shared_ptr<OptimizerHandle>;

inline OptimizerHandle& optimizer_arg(const ignis_optimizer* h, const char* fn,
                                      const char* name = "opt") {
  return *unbox<OptimizerBox>(h, fn, name);
}

}  // namespace ignis::capi
