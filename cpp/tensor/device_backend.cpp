#include <array>
#include <atomic>

#include "tensor/allocator.h"
#include "tensor/error.h"

namespace ignis {
namespace {
std::array<std::atomic<DeviceBackend*>, kNumDeviceTypes> g_backends{};
}

void register_device_backend(DeviceType type, DeviceBackend* backend) {
  g_backends[static_cast<int>(type)].store(backend);
}

DeviceBackend* device_backend(DeviceType type) { return g_backends[static_cast<int>(type)].load(); }

Allocator& allocator_for(Device device) {
  if (device.is_cpu()) return cpu_allocator();
  DeviceBackend* b = device_backend(device.type);
  IGNIS_CHECK(b != nullptr, Device, "device ", device.str(),
              ": expected a device this build supports but CUDA is ",
              cuda_is_compiled() ? "not available (no GPU found)" : "not compiled in");
  int n = b->device_count();
  IGNIS_CHECK(device.index >= 0 && device.index < n, Device, "device ", device.str(),
              ": expected a CUDA ordinal in [0, ", n, ") but got ", device.index);
  return b->allocator(device.index);
}

int cuda_device_count() {
  DeviceBackend* b = device_backend(DeviceType::CUDA);
  return b ? b->device_count() : 0;
}

}  // namespace ignis

namespace ignis {
bool cuda_is_compiled() {
#ifdef IGNIS_WITH_CUDA
  return true;
#else
  return false;
#endif
}
}  // namespace ignis
