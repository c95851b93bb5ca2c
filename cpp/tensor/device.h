// Where a tensor's memory lives: the CPU or one CUDA device.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

namespace ignis {

// Device kind. The values are part of the C API (ignis_device_type) and never change.
enum class DeviceType : uint8_t { CPU = 0, CUDA = 1 };
inline constexpr int kNumDeviceTypes = 2;

// A device: its kind and, for CUDA, its ordinal.
struct Device {
  DeviceType type = DeviceType::CPU;
  int index = 0;

  constexpr Device() = default;
  constexpr Device(DeviceType t, int i = 0) : type(t), index(i) {}
  // Parses "cpu", "cuda", "cuda:1"; throws InvalidArgumentError otherwise.
  static Device parse(std::string_view s);

  bool is_cpu() const { return type == DeviceType::CPU; }
  bool is_cuda() const { return type == DeviceType::CUDA; }
  bool operator==(const Device& o) const { return type == o.type && index == o.index; }
  bool operator!=(const Device& o) const { return !(*this == o); }
  // "cpu" or "cuda:N".
  std::string str() const;
};

inline constexpr Device kCPU{};

inline std::ostream& operator<<(std::ostream& os, const Device& d) { return os << d.str(); }

// True when the engine was built with CUDA and at least one GPU is usable.
bool cuda_is_available();
// Number of usable CUDA devices (0 without CUDA or without a GPU).
int cuda_device_count();
// True when the engine was compiled with CUDA support.
bool cuda_is_compiled();

}  // namespace ignis
