// Tests of the CUDA backend (cpp/kernels/cuda/). The build tests run everywhere; the device
// tests skip without a GPU, and compare CUDA results with the CPU kernels' when one is present.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "kernels/copy.h"
#include "kernels/random.h"
#include "tensor/allocator.h"
#include "tensor/generator.h"
#include "tensor/tensor.h"

using namespace ignis;

namespace {

const Device kCuda0(DeviceType::CUDA, 0);

#define SKIP_WITHOUT_CUDA()                                                                        \
  if (!cuda_is_available()) GTEST_SKIP() << "no CUDA device"

// The raw bytes of t in row-major order, read back on the CPU.
std::vector<unsigned char> bytes_of(const Tensor& t) {
  Tensor c = t.to(kCPU).contiguous();
  std::vector<unsigned char> out(static_cast<size_t>(c.nbytes()));
  if (!out.empty()) std::memcpy(out.data(), c.data_ptr(), out.size());
  return out;
}

// The elements of t (any device) as T, in row-major order.
template <typename T>
std::vector<T> values_of(const Tensor& t) {
  Tensor c = t.to(kCPU).contiguous();
  const T* p = c.data_ptr<T>();
  return std::vector<T>(p, p + c.numel());
}

}  // namespace

// ---- without a GPU too

TEST(CudaBuild, KernelsRegisteredExactlyWhenCompiled) {
#ifdef IGNIS_WITH_CUDA  // defined for the engine and its users by cpp/kernels/cuda/
  EXPECT_TRUE(cuda_is_compiled()) << "expected cuda_is_compiled() in a CUDA build";
#else
  EXPECT_FALSE(cuda_is_compiled()) << "expected !cuda_is_compiled() in a CPU-only build";
#endif
  bool registered = copy_kernel.fns[static_cast<int>(DeviceType::CUDA)] != nullptr;
  EXPECT_EQ(registered, cuda_is_compiled())
      << "expected CUDA kernels to be registered exactly when the build has CUDA";
  EXPECT_EQ(uniform_kernel.fns[static_cast<int>(DeviceType::CUDA)] != nullptr, cuda_is_compiled());
  if (!cuda_is_compiled()) EXPECT_FALSE(cuda_is_available());
}

TEST(CudaBuild, NoGpuMeansDeviceError) {
  if (cuda_is_available()) GTEST_SKIP() << "a CUDA device is present";
  EXPECT_EQ(cuda_device_count(), 0);
  EXPECT_EQ(device_backend(DeviceType::CUDA), nullptr);
  try {
    empty({2}, {.device = kCuda0});
    FAIL() << "expected DeviceError for a CUDA tensor without a GPU";
  } catch (const DeviceError& e) {
    EXPECT_NE(std::string(e.what()).find("cuda"), std::string::npos)
        << "expected the message to mention cuda but got: " << e.what();
  }
  EXPECT_THROW(zeros({2}).to(kCuda0), DeviceError);
}

// ---- with a GPU

TEST(Cuda, RoundTripEveryDType) {
  SKIP_WITHOUT_CUDA();
  for (DType dt : {DType::Bool, DType::U8, DType::I8, DType::I16, DType::I32, DType::I64,
                   DType::F16, DType::BF16, DType::F32, DType::F64}) {
    Tensor cpu = arange(-7, 17, 1, {.dtype = DType::F64}).to(dt).view({4, 6});
    Tensor gpu = cpu.to(kCuda0);
    EXPECT_EQ(gpu.device(), kCuda0);
    EXPECT_EQ(bytes_of(gpu), bytes_of(cpu)) << "round trip of " << dtype_name(dt);
  }
  Tensor empty_gpu = empty({0, 3}, {.device = kCuda0});
  EXPECT_EQ(empty_gpu.to(kCPU).numel(), 0);
}

TEST(Cuda, CopyConvertsAndHandlesStridesLikeCpu) {
  SKIP_WITHOUT_CUDA();
  const DType all[] = {DType::Bool, DType::U8,  DType::I8,   DType::I16, DType::I32,
                       DType::I64,  DType::F16, DType::BF16, DType::F32, DType::F64};
  manual_seed(3);
  // Values in [0, 100) convert without overflow to every dtype, so C++ and CUDA agree exactly.
  Tensor x = empty({3, 4, 5}, {.dtype = DType::F64}).uniform_(0.0, 100.0);
  for (DType from : all) {
    Tensor cpu = x.to(from);
    Tensor gpu = cpu.to(kCuda0);
    for (DType to : all) {
      Tensor want = cpu.permute({2, 0, 1}).to(to);
      Tensor got = gpu.permute({2, 0, 1}).to(to);
      EXPECT_EQ(bytes_of(got), bytes_of(want))
          << "strided copy from " << dtype_name(from) << " to " << dtype_name(to);
    }
  }
  // Broadcast source (stride 0) and strided destination.
  Tensor row = arange(5, {.dtype = DType::F32});
  Tensor dst_gpu = zeros({4, 10}, {.device = kCuda0});
  Tensor dst_cpu = zeros({4, 10});
  dst_gpu.slice(1, 0, 10, 2).copy_(row.to(kCuda0));
  dst_cpu.slice(1, 0, 10, 2).copy_(row);
  EXPECT_EQ(bytes_of(dst_gpu), bytes_of(dst_cpu));
}

TEST(Cuda, FillArangeLinspaceEyeMatchCpu) {
  SKIP_WITHOUT_CUDA();
  for (DType dt : {DType::I32, DType::I64, DType::F16, DType::BF16, DType::F32, DType::F64}) {
    EXPECT_EQ(bytes_of(arange(0.0, 1.0, 0.1, {.dtype = dt, .device = kCuda0})),
              bytes_of(arange(0.0, 1.0, 0.1, {.dtype = dt})))
        << "arange of " << dtype_name(dt);
    EXPECT_EQ(bytes_of(arange(-3, 1000, 7, {.dtype = dt, .device = kCuda0})),
              bytes_of(arange(-3, 1000, 7, {.dtype = dt})))
        << "integer arange of " << dtype_name(dt);
    EXPECT_EQ(bytes_of(linspace(-1.3, 2.9, 1001, {.dtype = dt, .device = kCuda0})),
              bytes_of(linspace(-1.3, 2.9, 1001, {.dtype = dt})))
        << "linspace of " << dtype_name(dt);
    EXPECT_EQ(bytes_of(full({3, 5}, 2.5, {.dtype = dt, .device = kCuda0})),
              bytes_of(full({3, 5}, 2.5, {.dtype = dt})))
        << "full of " << dtype_name(dt);
    EXPECT_EQ(bytes_of(eye(4, 6, {.dtype = dt, .device = kCuda0})),
              bytes_of(eye(4, 6, {.dtype = dt})))
        << "eye (a strided fill) of " << dtype_name(dt);
  }
}

TEST(Cuda, RandnIsReproducibleUnderManualSeed) {
  SKIP_WITHOUT_CUDA();
  manual_seed(42);
  Tensor a = randn({1000}, nullptr, {.device = kCuda0});
  Tensor b = randn({1000}, nullptr, {.device = kCuda0});
  manual_seed(42);
  Tensor c = randn({1000}, nullptr, {.device = kCuda0});
  EXPECT_EQ(bytes_of(a), bytes_of(c)) << "expected the same draws after manual_seed(42)";
  EXPECT_NE(bytes_of(a), bytes_of(b)) << "expected the stream to advance between draws";
}

TEST(Cuda, RandomDrawsMatchCpu) {
  SKIP_WITHOUT_CUDA();
  auto both = [](auto make) {
    manual_seed(123);
    Tensor cpu = make(kCPU);
    manual_seed(123);
    Tensor gpu = make(kCuda0);
    return std::pair<Tensor, Tensor>{cpu, gpu};
  };
  for (DType dt : {DType::F64, DType::F32, DType::F16, DType::BF16}) {
    auto [cpu, gpu] = both(
        [dt](Device d) { return empty({4097}, {.dtype = dt, .device = d}).uniform_(-2.0, 3.0); });
    EXPECT_EQ(bytes_of(gpu), bytes_of(cpu)) << "uniform_ of " << dtype_name(dt);
  }
  {
    auto [cpu, gpu] =
        both([](Device d) { return randint(-50, 1 << 20, {4097}, nullptr, {.device = d}); });
    EXPECT_EQ(bytes_of(gpu), bytes_of(cpu)) << "randint";
  }
  {
    auto [cpu, gpu] = both(
        [](Device d) { return empty({4097}, {.dtype = DType::F32, .device = d}).bernoulli_(0.3); });
    EXPECT_EQ(bytes_of(gpu), bytes_of(cpu)) << "bernoulli_";
  }
  {
    // CUDA's log and cos differ from glibc's in the last bits.
    auto [cpu, gpu] =
        both([](Device d) { return randn({4097}, nullptr, {.dtype = DType::F64, .device = d}); });
    std::vector<double> c = values_of<double>(cpu), g = values_of<double>(gpu);
    for (size_t i = 0; i < c.size(); ++i)
      ASSERT_NEAR(g[i], c[i], 1e-12 * std::max(1.0, std::abs(c[i]))) << "randn at " << i;
  }
}

TEST(Cuda, AllocatorCachesAndCounts) {
  SKIP_WITHOUT_CUDA();
  Allocator& a = allocator_for(kCuda0);
  a.empty_cache();
  AllocatorStats s0 = a.stats();
  EXPECT_EQ(s0.cached, 0);
  {
    Tensor t = empty({1000}, {.dtype = DType::F32, .device = kCuda0});  // 4000 B -> 4096 B class
    AllocatorStats s1 = a.stats();
    EXPECT_EQ(s1.allocated - s0.allocated, 4096);
    EXPECT_EQ(s1.num_os_allocs - s0.num_os_allocs, 1);
    EXPECT_GE(s1.peak_allocated, s1.allocated);
  }
  AllocatorStats s2 = a.stats();
  EXPECT_EQ(s2.allocated, s0.allocated);
  EXPECT_EQ(s2.cached, 4096);
  {
    Tensor t = empty({1010}, {.dtype = DType::F32, .device = kCuda0});  // same class: reused
    AllocatorStats s3 = a.stats();
    EXPECT_EQ(s3.num_cache_hits - s2.num_cache_hits, 1);
    EXPECT_EQ(s3.num_os_allocs, s2.num_os_allocs);
    EXPECT_EQ(s3.cached, 0);
  }
  {
    Tensor t = empty({3 << 20}, {.dtype = DType::U8, .device = kCuda0});  // 3 MiB -> 4 MiB class
    EXPECT_EQ(a.stats().allocated - s0.allocated, 4 << 20);
  }
  a.empty_cache();
  EXPECT_EQ(a.stats().cached, 0);
  try {
    empty({int64_t(1) << 50}, {.dtype = DType::U8, .device = kCuda0});
    FAIL() << "expected OutOfMemoryError for a 1 PiB CUDA tensor";
  } catch (const OutOfMemoryError& e) {
    EXPECT_NE(std::string(e.what()).find("cuda:0"), std::string::npos) << e.what();
  }
}
