// Random number generators: one Philox stream per device, seeded with manual_seed.
#pragma once

#include <cstdint>
#include <mutex>

#include "tensor/device.h"
#include "tensor/philox.h"

namespace ignis {

// Key and first counter of one draw; a kernel uses counters offset, offset+1, ...
struct PhiloxState {
  uint64_t seed = 0;
  uint64_t offset = 0;
};

// A seeded Philox stream. Thread-safe: each draw reserves its own counter range.
class Generator {
 public:
  static constexpr uint64_t kDefaultSeed = 67280421310721ULL;  // PyTorch's default seed

  explicit Generator(uint64_t seed = kDefaultSeed) : seed_(seed) {}

  // Resets the stream to the start of `seed`.
  void manual_seed(uint64_t seed);
  uint64_t seed() const;
  // Reserves n counters and returns where they start.
  PhiloxState reserve(uint64_t n);
  // The whole state (seed and next counter), for saving and restoring.
  PhiloxState state() const;
  void set_state(PhiloxState s);

 private:
  mutable std::mutex mu_;
  uint64_t seed_;
  uint64_t offset_ = 0;
};

// The process-wide generator of a device (CPU, or one per CUDA ordinal).
Generator& default_generator(Device device = kCPU);
// Seeds every default generator (CPU and CUDA), like torch.manual_seed.
void manual_seed(uint64_t seed);

}  // namespace ignis
