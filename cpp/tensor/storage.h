// A refcounted buffer of bytes on one device; tensors view into it.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>

#include "tensor/allocator.h"
#include "tensor/ref.h"

namespace ignis {

// Owns (or borrows, with a deleter) nbytes of memory on a device. Views of the same memory
// share one Storage and therefore one version counter.
class Storage : public RefCounted {
 public:
  // Allocates nbytes from the device's allocator.
  Storage(size_t nbytes, Device device);
  // Wraps external memory; `deleter` (may be empty) runs when the last reference goes.
  Storage(void* data, size_t nbytes, Device device, std::function<void(void*)> deleter);
  ~Storage() override;

  void* data() const { return data_; }
  size_t nbytes() const { return nbytes_; }
  Device device() const { return device_; }

  // Version counter bumped by every in-place write (autograd checks saved tensors with it).
  uint64_t version() const { return version_.load(std::memory_order_relaxed); }
  void bump_version() { version_.fetch_add(1, std::memory_order_relaxed); }

 private:
  void* data_ = nullptr;
  size_t nbytes_ = 0;
  Device device_;
  Allocator* allocator_ = nullptr;  // null for external memory
  std::function<void(void*)> deleter_;
  std::atomic<uint64_t> version_{0};
};

}  // namespace ignis
