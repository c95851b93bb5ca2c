// The CUDA caching allocator (one per device); backend.cpp hands it out through allocator_for.
#pragma once

#include "tensor/allocator.h"

namespace ignis::cuda {

// The caching allocator of CUDA device `index` (0 <= index < device count), created on first use
// and never destroyed.
Allocator& caching_allocator(int index);

}  // namespace ignis::cuda
