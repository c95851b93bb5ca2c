// Allocators hand out device memory; each device type registers one backend.
#pragma once

#include <cstddef>
#include <cstdint>

#include "tensor/device.h"

namespace ignis {

// Counters an allocator keeps (all in bytes unless named otherwise).
struct AllocatorStats {
  int64_t allocated = 0;       // bytes handed out and not yet freed
  int64_t peak_allocated = 0;  // high-water mark of `allocated`
  int64_t cached = 0;          // bytes held in free lists for reuse
  int64_t num_allocs = 0;      // allocation requests served
  int64_t num_cache_hits = 0;  // requests served from the cache
  int64_t num_os_allocs = 0;   // requests that went to the OS / driver
};

// A source of memory for one device. Implementations are thread-safe.
class Allocator {
 public:
  virtual ~Allocator() = default;
  // Returns at least nbytes bytes (64-byte aligned); nbytes may be 0. Throws OutOfMemoryError.
  virtual void* allocate(size_t nbytes) = 0;
  // Gives back a pointer from allocate() with the same nbytes.
  virtual void deallocate(void* p, size_t nbytes) = 0;
  virtual AllocatorStats stats() const = 0;
  // Returns every cached free block to the OS / driver.
  virtual void empty_cache() = 0;
  virtual void reset_peak_stats() = 0;
};

// The process-wide CPU caching allocator.
Allocator& cpu_allocator();

// Hooks a device type provides (CUDA registers one when compiled and loaded).
class DeviceBackend {
 public:
  virtual ~DeviceBackend() = default;
  virtual int device_count() const = 0;
  virtual Allocator& allocator(int index) = 0;
  // Copies nbytes between two buffers, either of which may be on this backend's devices.
  virtual void copy_bytes(void* dst, Device dst_dev, const void* src, Device src_dev,
                          size_t nbytes) = 0;
  virtual void synchronize(int index) = 0;
};

// Registers the backend of a non-CPU device type (called once at start-up).
void register_device_backend(DeviceType type, DeviceBackend* backend);
// The registered backend or nullptr.
DeviceBackend* device_backend(DeviceType type);
// The allocator serving `device`; throws DeviceError when the device does not exist.
Allocator& allocator_for(Device device);

}  // namespace ignis
