// The CUDA caching allocator. cudaMalloc and cudaFree are slow (cudaFree also synchronizes the
// device), so freed blocks stay in per-device free lists keyed by size class and are handed
// out again; the cache is given back to the driver on empty_cache() or when cudaMalloc fails.
#include "kernels/cuda/allocator.h"

#include <array>
#include <compare>
#include <map>
#include <mutex>
#include <vector>

#include "kernels/cuda/runtime.h"

namespace ignis::cuda {
namespace {

constexpr size_t kSmallStep = 512;               // small requests round to 512 bytes
constexpr size_t kSmallLimit = size_t(1) << 20;  // below 1 MiB a request is small
constexpr size_t kLargeStep = size_t(2) << 20;   // large requests round to 2 MiB
constexpr int kMaxDevices = 64;

size_t round_up(size_t n, size_t step) { return (n + step - 1) / step * step; }

// The size class of a request: at least 512 bytes, so a 0-byte tensor still gets a pointer.
size_t size_class(size_t n) {
  if (n == 0) return kSmallStep;
  return n < kSmallLimit ? round_up(n, kSmallStep) : round_up(n, kLargeStep);
}

// Key of a free list. There is one stream so far, so any free block may be reused at once: the
// default stream runs the freed block's last kernel before the next user's first. When streams
// arrive, add `cudaStream_t stream` (the stream the block was last used on) to this key, as
// PyTorch does: a block is then reused only on its own stream, or on another one after an event
// recorded on its stream has completed.
struct PoolKey {
  size_t size;
  auto operator<=>(const PoolKey&) const = default;
};

class CudaCachingAllocator final : public Allocator {
 public:
  explicit CudaCachingAllocator(int device) : device_(device) {}

  void* allocate(size_t nbytes) override {
    size_t cls = size_class(nbytes);
    {
      std::lock_guard<std::mutex> g(mu_);
      ++stats_.num_allocs;
      auto it = free_.find(PoolKey{cls});
      if (it != free_.end() && !it->second.empty()) {
        void* p = it->second.back();
        it->second.pop_back();
        stats_.cached -= static_cast<int64_t>(cls);
        ++stats_.num_cache_hits;
        note_alloc(cls);
        return p;
      }
    }
    void* p = nullptr;
    cudaError_t err = device_malloc(&p, cls);
    if (err == cudaErrorMemoryAllocation) {  // give the cache back to the driver and retry once
      empty_cache();
      err = device_malloc(&p, cls);
    }
    if (err == cudaErrorMemoryAllocation) {
      AllocatorStats s = stats();
      IGNIS_FAIL(OutOfMemory, "cuda:", device_, ": out of memory allocating ", nbytes, " bytes (",
                 cls, " after rounding); ", s.allocated,
                 " bytes are allocated by ignis and the cache was emptied");
    }
    IGNIS_CUDA_CHECK(err);
    std::lock_guard<std::mutex> g(mu_);
    ++stats_.num_os_allocs;
    note_alloc(cls);
    return p;
  }

  void deallocate(void* p, size_t nbytes) override {
    if (!p) return;
    size_t cls = size_class(nbytes);
    std::lock_guard<std::mutex> g(mu_);
    stats_.allocated -= static_cast<int64_t>(cls);
    stats_.cached += static_cast<int64_t>(cls);
    free_[PoolKey{cls}].push_back(p);
  }

  AllocatorStats stats() const override {
    std::lock_guard<std::mutex> g(mu_);
    return stats_;
  }

  void empty_cache() override {
    std::map<PoolKey, std::vector<void*>> blocks;
    {
      std::lock_guard<std::mutex> g(mu_);
      blocks.swap(free_);
      stats_.cached = 0;
    }
    if (blocks.empty()) return;
    DeviceGuard guard(device_);
    for (auto& [key, list] : blocks)
      for (void* p : list) IGNIS_CUDA_CHECK(cudaFree(p));
  }

  void reset_peak_stats() override {
    std::lock_guard<std::mutex> g(mu_);
    stats_.peak_allocated = stats_.allocated;
  }

 private:
  // cudaMalloc on this allocator's device; an out-of-memory status is returned, not thrown.
  cudaError_t device_malloc(void** p, size_t n) {
    DeviceGuard guard(device_);
    cudaError_t err = cudaMalloc(p, n);
    if (err != cudaSuccess) (void)cudaGetLastError();
    return err;
  }

  void note_alloc(size_t cls) {
    stats_.allocated += static_cast<int64_t>(cls);
    if (stats_.allocated > stats_.peak_allocated) stats_.peak_allocated = stats_.allocated;
  }

  int device_;
  mutable std::mutex mu_;
  std::map<PoolKey, std::vector<void*>> free_;
  AllocatorStats stats_;
};

}  // namespace

Allocator& caching_allocator(int index) {
  IGNIS_CHECK(index >= 0 && index < kMaxDevices, Device,
              "cuda allocator: expected a device in [0, ", kMaxDevices, ") but got ", index);
  // Never destroyed: tensors may outlive static destruction, and the driver may be gone by then.
  static std::array<std::once_flag, kMaxDevices> once;
  static std::array<CudaCachingAllocator*, kMaxDevices> allocators{};
  std::call_once(once[index], [index] { allocators[index] = new CudaCachingAllocator(index); });
  return *allocators[index];
}

}  // namespace ignis::cuda
