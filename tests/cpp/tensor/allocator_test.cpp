// The CPU caching allocator: alignment, reuse by size class, stats, empty_cache, huge blocks
// and concurrent use. The allocator is process-wide, so stats are checked as differences.
#include "tensor/allocator.h"

#include <atomic>
#include <cstring>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "tensor/storage.h"
#include "test_util.h"

using namespace ignis;
using ignis::test::expect_error;

namespace {

bool aligned_to(const void* p, uintptr_t a) { return reinterpret_cast<uintptr_t>(p) % a == 0; }

}  // namespace

TEST(Allocator, SixtyFourByteAlignment) {
  Allocator& a = cpu_allocator();
  std::vector<std::pair<void*, size_t>> blocks;
  for (size_t n : {0ul, 1ul, 3ul, 63ul, 64ul, 65ul, 100ul, 1000ul, 4097ul, 65536ul, 1000000ul,
                   (size_t(2) << 20) - 1, size_t(2) << 20, (size_t(3) << 20) + 5}) {
    void* p = a.allocate(n);
    ASSERT_NE(p, nullptr) << n;
    EXPECT_TRUE(aligned_to(p, 64)) << "allocate(" << n << ") returned " << p;
    if (n) std::memset(p, 0xab, n);  // the whole request is writable
    blocks.push_back({p, n});
  }
  for (auto [p, n] : blocks) a.deallocate(p, n);
}

TEST(Allocator, FreedBlockIsReusedForSameClass) {
  Allocator& a = cpu_allocator();
  void* p = a.allocate(4096);
  a.deallocate(p, 4096);
  AllocatorStats before = a.stats();
  void* q = a.allocate(4096);
  AllocatorStats after = a.stats();
  EXPECT_EQ(q, p);
  EXPECT_EQ(after.num_cache_hits, before.num_cache_hits + 1);
  EXPECT_EQ(after.num_allocs, before.num_allocs + 1);
  EXPECT_EQ(after.num_os_allocs, before.num_os_allocs);
  // A request rounding to the same class (4096 - 100 -> 4096) reuses it too.
  a.deallocate(q, 4096);
  void* r = a.allocate(4000);
  EXPECT_EQ(r, p);
  a.deallocate(r, 4000);
}

TEST(Allocator, StorageReusesBlocksThroughTensors) {
  void* first;
  {
    Tensor t = empty({1000}, {.dtype = DType::F32});
    first = t.data_ptr();
  }
  AllocatorStats before = cpu_allocator().stats();
  Tensor u = empty({1000}, {.dtype = DType::F32});
  EXPECT_EQ(u.data_ptr(), first);
  EXPECT_EQ(cpu_allocator().stats().num_cache_hits, before.num_cache_hits + 1);
}

TEST(Allocator, StatsAllocatedPeakCached) {
  Allocator& a = cpu_allocator();
  a.empty_cache();
  a.reset_peak_stats();
  AllocatorStats s0 = a.stats();
  EXPECT_EQ(s0.cached, 0);
  EXPECT_EQ(s0.peak_allocated, s0.allocated);

  void* p = a.allocate(8192);
  void* q = a.allocate(16384);
  AllocatorStats s1 = a.stats();
  EXPECT_EQ(s1.allocated, s0.allocated + 8192 + 16384);
  EXPECT_EQ(s1.peak_allocated, s1.allocated);
  EXPECT_EQ(s1.num_os_allocs, s0.num_os_allocs + 2);

  a.deallocate(q, 16384);
  AllocatorStats s2 = a.stats();
  EXPECT_EQ(s2.allocated, s0.allocated + 8192);
  EXPECT_EQ(s2.peak_allocated, s1.peak_allocated);  // the peak stays
  EXPECT_EQ(s2.cached, 16384);

  a.deallocate(p, 8192);
  AllocatorStats s3 = a.stats();
  EXPECT_EQ(s3.allocated, s0.allocated);
  EXPECT_EQ(s3.cached, 8192 + 16384);

  a.reset_peak_stats();
  EXPECT_EQ(a.stats().peak_allocated, s0.allocated);

  a.empty_cache();
  EXPECT_EQ(a.stats().cached, 0);
  EXPECT_EQ(a.stats().allocated, s0.allocated);
}

TEST(Allocator, EmptyCacheMakesNextAllocationGoToTheOS) {
  Allocator& a = cpu_allocator();
  void* p = a.allocate(12288);
  a.deallocate(p, 12288);
  EXPECT_GE(a.stats().cached, 12288);
  a.empty_cache();
  AllocatorStats before = a.stats();
  EXPECT_EQ(before.cached, 0);
  void* q = a.allocate(12288);
  AllocatorStats after = a.stats();
  EXPECT_EQ(after.num_os_allocs, before.num_os_allocs + 1);
  EXPECT_EQ(after.num_cache_hits, before.num_cache_hits);
  a.deallocate(q, 12288);
}

TEST(Allocator, LargeBlockIsHugePageAligned) {
  Allocator& a = cpu_allocator();
  const size_t n = size_t(64) << 20;
  void* p = a.allocate(n);
  EXPECT_TRUE(aligned_to(p, size_t(2) << 20)) << p;
  // Touch first and last byte of every 2 MiB: the whole block is mapped and writable.
  auto* c = static_cast<unsigned char*>(p);
  for (size_t off = 0; off < n; off += size_t(2) << 20) {
    c[off] = 1;
    c[off + (size_t(2) << 20) - 1] = 2;
  }
  a.deallocate(p, n);
  // Reused from the cache, still aligned.
  void* q = a.allocate(n);
  EXPECT_EQ(q, p);
  a.deallocate(q, n);
  a.empty_cache();
  // A block just over the threshold is aligned as well.
  void* r = a.allocate((size_t(2) << 20) + 1);
  EXPECT_TRUE(aligned_to(r, size_t(2) << 20)) << r;
  a.deallocate(r, (size_t(2) << 20) + 1);
}

TEST(Allocator, DeallocateNullIsANoOp) {
  AllocatorStats before = cpu_allocator().stats();
  cpu_allocator().deallocate(nullptr, 128);
  AllocatorStats after = cpu_allocator().stats();
  EXPECT_EQ(after.allocated, before.allocated);
  EXPECT_EQ(after.cached, before.cached);
}

TEST(Allocator, ImpossibleRequestIsOutOfMemory) {
  // 2^56 bytes is beyond the address space of any machine this runs on.
  expect_error<OutOfMemoryError>([] { cpu_allocator().allocate(size_t(1) << 56); },
                                 {"out of memory"});
  expect_error<OutOfMemoryError>([] { empty({int64_t(1) << 54}, {.dtype = DType::F64}); },
                                 {"out of memory"});
}

TEST(Allocator, ThreadSafety) {
  Allocator& a = cpu_allocator();
  const int64_t before = a.stats().allocated;
  const int kThreads = 8, kIters = 2000;
  std::atomic<int> corrupt{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      std::vector<std::pair<unsigned char*, size_t>> live;
      for (int i = 0; i < kIters; ++i) {
        size_t n = 64 + static_cast<size_t>((i * 7919 + t * 104729) % 20000);
        auto* p = static_cast<unsigned char*>(a.allocate(n));
        if (reinterpret_cast<uintptr_t>(p) % 64 != 0) ++corrupt;
        std::memset(p, t + 1, n);
        live.push_back({p, n});
        if (live.size() > 16 || i % 3 == 0) {
          auto [q, m] = live.front();
          live.erase(live.begin());
          for (size_t k = 0; k < m; k += 61)
            if (q[k] != t + 1) ++corrupt;  // someone else got our block
          a.deallocate(q, m);
        }
      }
      for (auto [q, m] : live) {
        for (size_t k = 0; k < m; k += 61)
          if (q[k] != t + 1) ++corrupt;
        a.deallocate(q, m);
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(corrupt.load(), 0);
  EXPECT_EQ(a.stats().allocated, before);
}

TEST(Storage, ExternalMemoryRunsDeleterOnce) {
  int calls = 0;
  float buf[4] = {1, 2, 3, 4};
  {
    auto s = make_ref<Storage>(buf, sizeof buf, kCPU, [&](void* p) {
      EXPECT_EQ(p, buf);
      ++calls;
    });
    Ref<Storage> s2 = s;
    EXPECT_EQ(s->data(), buf);
    EXPECT_EQ(s->nbytes(), sizeof buf);
    EXPECT_EQ(s->use_count(), 2);
  }
  EXPECT_EQ(calls, 1);
}

TEST(Storage, VersionCounter) {
  auto s = make_ref<Storage>(64, kCPU);
  EXPECT_EQ(s->version(), 0u);
  s->bump_version();
  s->bump_version();
  EXPECT_EQ(s->version(), 2u);
  EXPECT_EQ(s->device(), kCPU);
}
