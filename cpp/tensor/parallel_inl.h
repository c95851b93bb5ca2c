// Template body of parallel_for (kept out of parallel.h so the declaration reads alone).
#pragma once

#include <algorithm>
#include <exception>
#include <mutex>

#ifdef _OPENMP
#include <omp.h>
#endif

namespace ignis {

template <typename F>
void parallel_for(int64_t begin, int64_t end, int64_t grain, const F& f) {
  int64_t n = end - begin;
  if (n <= 0) return;
#ifdef _OPENMP
  int nthreads = get_num_threads();
  if (n > grain && nthreads > 1 && !in_parallel_region()) {
    int64_t max_chunks = (n + grain - 1) / std::max<int64_t>(grain, 1);
    int nt = static_cast<int>(std::min<int64_t>(nthreads, max_chunks));
    std::exception_ptr err;
    std::mutex err_mu;
#pragma omp parallel num_threads(nt)
    {
      int tid = omp_get_thread_num();
      int total = omp_get_num_threads();
      int64_t chunk = (n + total - 1) / total;
      int64_t b = begin + tid * chunk;
      int64_t e = std::min(end, b + chunk);
      if (b < e) {
        try {
          f(b, e);
        } catch (...) {
          std::lock_guard<std::mutex> g(err_mu);
          if (!err) err = std::current_exception();
        }
      }
    }
    if (err) std::rethrow_exception(err);
    return;
  }
#endif
  f(begin, end);
}

}  // namespace ignis
