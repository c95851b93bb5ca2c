// libFuzzer target: arbitrary bytes as a safetensors file. Every input must either parse into
// a consistent header or throw an ignis::Error; crashes, sanitizer reports and other
// exceptions are findings. Built by scripts/fuzz_safetensors.sh.
#include <cstdint>
#include <cstdlib>

#include "data/safetensors_header.h"
#include "tensor/error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    auto h = ignis::data::parse_safetensors_header(data, size, "<fuzz>");
    // A valid header's entries tile the data section: every byte range is readable.
    uint64_t at = 0;
    for (const auto& e : h.entries) {
      if (e.begin != at || e.end > h.data_size || h.data_start + e.end > size) std::abort();
      at = e.end;
    }
    if (at != h.data_size) std::abort();
  } catch (const ignis::Error&) {
  }
  return 0;
}
