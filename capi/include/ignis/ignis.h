/* Ignis C API: the umbrella header. Include this one; it pulls in every stable area header.
 * Pure C11. Unstable functions are in ignis/experimental.h (include it yourself).
 * Conventions (docs/c_api.md): functions return ignis_status, results come back through
 * out-parameters, every handle received is owned by the caller, and each function's comment
 * states ownership and thread safety. */
#ifndef IGNIS_IGNIS_H
#define IGNIS_IGNIS_H

#include "ignis/core.h"
#include "ignis/tensor.h"
#include "ignis/autograd.h"
#include "ignis/ops.h"
#include "ignis/nn.h"
#include "ignis/optim.h"
#include "ignis/data.h"
#include "ignis/io.h"
#include "ignis/checkpoint.h"

#endif /* IGNIS_IGNIS_H */
