// Filling a caller's ignis_load_report (nn.h), shared by the module loads (nn.cpp) and the
// checkpoint load (checkpoint.cpp).
#pragma once

#include <string>
#include <vector>

#include "capi/src/handles.h"
#include "ignis/nn.h"

namespace ignis::capi {

// Checks and empties a caller's report before a load (so it is empty on failure).
inline void start_report(ignis_load_report* report, const char* fn) {
  if (!report) return;
  IGNIS_CHECK(report->struct_size >= sizeof(ignis_load_report), InvalidArgument, fn,
              ": report->struct_size is ", report->struct_size, ", expected at least ",
              sizeof(ignis_load_report));
  report->missing_keys = report->unexpected_keys = nullptr;
  report->missing_count = report->unexpected_count = 0;
}

// Hands both key lists to the report (nothing leaks when the second copy fails).
inline void fill_report(ignis_load_report* report, const std::vector<std::string>& missing,
                        const std::vector<std::string>& unexpected) {
  report->missing_keys = dup_strings(missing);
  report->missing_count = missing.size();
  try {
    report->unexpected_keys = dup_strings(unexpected);
  } catch (...) {
    ignis_load_report_clear(report);
    throw;
  }
  report->unexpected_count = unexpected.size();
}

}  // namespace ignis::capi
