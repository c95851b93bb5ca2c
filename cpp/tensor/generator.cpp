#include "tensor/generator.h"

#include <map>

#include "tensor/error.h"

namespace ignis {

void Generator::manual_seed(uint64_t seed) {
  std::lock_guard<std::mutex> g(mu_);
  seed_ = seed;
  offset_ = 0;
}

uint64_t Generator::seed() const {
  std::lock_guard<std::mutex> g(mu_);
  return seed_;
}

PhiloxState Generator::reserve(uint64_t n) {
  std::lock_guard<std::mutex> g(mu_);
  PhiloxState s{seed_, offset_};
  offset_ += n;
  return s;
}

PhiloxState Generator::state() const {
  std::lock_guard<std::mutex> g(mu_);
  return {seed_, offset_};
}

void Generator::set_state(PhiloxState s) {
  std::lock_guard<std::mutex> g(mu_);
  seed_ = s.seed;
  offset_ = s.offset;
}

namespace {
std::mutex g_gen_mu;
// Never destroyed: generators may be used during static destruction of other objects.
std::map<int, Generator*>& cuda_generators() {
  static auto* m = new std::map<int, Generator*>();
  return *m;
}
}  // namespace

Generator& default_generator(Device device) {
  if (device.is_cpu()) {
    static Generator* cpu = new Generator();
    return *cpu;
  }
  IGNIS_CHECK(device.index >= 0, Device, "default_generator: expected a CUDA ordinal >= 0 but got ",
              device.index);
  std::lock_guard<std::mutex> g(g_gen_mu);
  Generator*& gen = cuda_generators()[device.index];
  if (!gen) gen = new Generator();
  return *gen;
}

void manual_seed(uint64_t seed) {
  default_generator(kCPU).manual_seed(seed);
  std::lock_guard<std::mutex> g(g_gen_mu);
  for (auto& [idx, gen] : cuda_generators()) gen->manual_seed(seed);
  // CUDA generators created later start from the same seed.
  for (int i = 0; i < cuda_device_count(); ++i) {
    Generator*& gen = cuda_generators()[i];
    if (!gen) gen = new Generator(seed);
  }
}

}  // namespace ignis
