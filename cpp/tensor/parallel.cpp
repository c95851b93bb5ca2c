#include "tensor/parallel.h"

#include <atomic>

#include "tensor/error.h"

namespace ignis {

namespace {
// Process-wide thread count; omp_set_num_threads alone would only affect the calling thread.
std::atomic<int> g_num_threads{0};
}  // namespace

int get_num_threads() {
  int n = g_num_threads.load(std::memory_order_relaxed);
  if (n > 0) return n;
#ifdef _OPENMP
  n = omp_get_max_threads();
#else
  n = 1;
#endif
  g_num_threads.store(n, std::memory_order_relaxed);
  return n;
}

void set_num_threads(int n) {
  IGNIS_CHECK(n >= 1, InvalidArgument, "set_num_threads: expected a positive number but got ", n);
  g_num_threads.store(n, std::memory_order_relaxed);
#ifdef _OPENMP
  omp_set_num_threads(n);  // for libraries (oneDNN) that read the calling thread's setting
#endif
}

bool in_parallel_region() {
#ifdef _OPENMP
  return omp_in_parallel();
#else
  return false;
#endif
}

}  // namespace ignis
