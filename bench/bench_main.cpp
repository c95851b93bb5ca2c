// main() of ignis_bench: applies IGNIS_NUM_THREADS (run.sh sets it) before any benchmark runs.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <benchmark/benchmark.h>

#include "tensor/parallel.h"

int main(int argc, char** argv) {
  if (const char* env = std::getenv("IGNIS_NUM_THREADS"); env != nullptr && *env != '\0') {
    char* end = nullptr;
    errno = 0;
    long n = std::strtol(env, &end, 10);
    if (errno != 0 || *end != '\0' || n < 1 || n > 1024) {
      std::fprintf(stderr,
                   "ignis_bench: expected IGNIS_NUM_THREADS to be an integer in [1, 1024] but got "
                   "'%s'\n",
                   env);
      return 2;
    }
    ignis::set_num_threads(static_cast<int>(n));
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::AddCustomContext("ignis_num_threads", std::to_string(ignis::get_num_threads()));
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
