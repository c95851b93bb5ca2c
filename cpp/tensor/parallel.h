// Intra-op parallelism on OpenMP: one pool for the whole process (oneDNN shares it).
#pragma once

#include <cstdint>

namespace ignis {

// Below this many elements a loop runs on the calling thread.
inline constexpr int64_t kGrainSize = 32768;

// Number of threads parallel loops use.
int get_num_threads();
// Sets the OpenMP thread count for every later parallel loop (n >= 1).
void set_num_threads(int n);
// True inside a parallel region (nested loops then run serially).
bool in_parallel_region();

// Splits [begin, end) into contiguous chunks of at least `grain` elements, one per thread,
// and calls f(chunk_begin, chunk_end) for each. Exceptions from f are rethrown on the caller.
template <typename F>
void parallel_for(int64_t begin, int64_t end, int64_t grain, const F& f);

}  // namespace ignis

#include "tensor/parallel_inl.h"
