// Kernel registry keyed by (op, device). An op front end looks its kernel up by the device of
// its tensors; each device's kernel file registers itself at start-up:
//   kernels/copy.h:       IGNIS_DECLARE_KERNEL(copy, void(const Tensor& dst, const Tensor& src));
//   kernels/cpu/copy.cpp: IGNIS_REGISTER_KERNEL(copy, CPU, copy_cpu);
//   ops/copy.cpp:         kernel(copy_kernel, "copy_", dst.device())(dst, src);
#pragma once

#include <array>

#include "tensor/device.h"
#include "tensor/error.h"

namespace ignis {

// One function pointer per device type.
template <typename Fn>
struct KernelSlot {
  std::array<Fn*, kNumDeviceTypes> fns{};
};

// The kernel of `slot` for `device`; throws UnsupportedError naming the op when none exists.
template <typename Fn>
Fn* kernel(const KernelSlot<Fn>& slot, const char* op, Device device) {
  Fn* f = slot.fns[static_cast<int>(device.type)];
  IGNIS_CHECK(f != nullptr, Unsupported, op, ": no kernel for device ", device.str(),
              device.is_cuda() && !cuda_is_compiled() ? " (this build has no CUDA support)" : "");
  return f;
}

}  // namespace ignis

// Declares the slot `name_kernel` for kernels of signature Sig (constant-initialized, so it
// is ready before any registration runs).
#define IGNIS_DECLARE_KERNEL(name, Sig)                                                            \
  using name##_fn = Sig;                                                                           \
  inline ::ignis::KernelSlot<name##_fn> name##_kernel

// Registers fn as the kernel of `name` for device type DEV (CPU or CUDA).
#define IGNIS_REGISTER_KERNEL(name, DEV, fn)                                                       \
  [[maybe_unused]] static const bool ignis_registered_##name##_##DEV =                             \
      (name##_kernel.fns[static_cast<int>(::ignis::DeviceType::DEV)] = (fn), true)
