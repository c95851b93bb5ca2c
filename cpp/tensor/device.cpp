#include "tensor/device.h"

#include <charconv>

#include "tensor/error.h"

namespace ignis {

Device Device::parse(std::string_view s) {
  if (s == "cpu") return kCPU;
  if (s.substr(0, 4) == "cuda") {
    if (s.size() == 4) return Device(DeviceType::CUDA, 0);
    if (s[4] == ':' && s.size() > 5) {
      int idx = -1;
      auto [p, ec] = std::from_chars(s.data() + 5, s.data() + s.size(), idx);
      if (ec == std::errc() && p == s.data() + s.size() && idx >= 0)
        return Device(DeviceType::CUDA, idx);
    }
  }
  IGNIS_FAIL(InvalidArgument, "device: expected 'cpu', 'cuda' or 'cuda:N' but got '",
             std::string(s), "'");
}

std::string Device::str() const {
  return is_cpu() ? std::string("cpu") : "cuda:" + std::to_string(index);
}

bool cuda_is_available() { return cuda_device_count() > 0; }

}  // namespace ignis
