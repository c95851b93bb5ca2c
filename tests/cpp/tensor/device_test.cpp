// Device parsing and printing, and what happens when CUDA is asked for without a GPU.
#include "tensor/device.h"

#include <gtest/gtest.h>

#include "tensor/allocator.h"
#include "test_util.h"

using namespace ignis;
using ignis::test::expect_error;

TEST(Device, ParseCpu) {
  Device d = Device::parse("cpu");
  EXPECT_TRUE(d.is_cpu());
  EXPECT_FALSE(d.is_cuda());
  EXPECT_EQ(d, kCPU);
  EXPECT_EQ(d.str(), "cpu");
}

TEST(Device, ParseCuda) {
  Device d = Device::parse("cuda");
  EXPECT_TRUE(d.is_cuda());
  EXPECT_EQ(d.index, 0);
  EXPECT_EQ(d.str(), "cuda:0");

  Device d1 = Device::parse("cuda:1");
  EXPECT_TRUE(d1.is_cuda());
  EXPECT_EQ(d1.index, 1);
  EXPECT_EQ(d1.str(), "cuda:1");
  EXPECT_NE(d, d1);
  EXPECT_EQ(d1, Device(DeviceType::CUDA, 1));
  EXPECT_EQ(Device::parse("cuda:12").index, 12);
}

TEST(Device, PrintsLikeStr) {
  std::ostringstream os;
  os << Device(DeviceType::CUDA, 3) << " " << kCPU;
  EXPECT_EQ(os.str(), "cuda:3 cpu");
}

TEST(Device, EnumValuesAreStable) {
  EXPECT_EQ(static_cast<int>(DeviceType::CPU), 0);
  EXPECT_EQ(static_cast<int>(DeviceType::CUDA), 1);
}

TEST(Device, BadStringsAreInvalidArgument) {
  for (const char* bad : {"", "CPU", "gpu", "cuda:", "cuda:-1", "cuda:1x", "cuda1", "cuda:a",
                          "cuda::1", " cpu", "cpu ", "cudax", "cuda:99999999999999999999"}) {
    SCOPED_TRACE(bad);
    expect_error<InvalidArgumentError>(
        [&] { Device::parse(bad); }, {"device", "'cpu'", "'cuda:N'", std::string("'") + bad + "'"});
  }
}

TEST(Device, CudaAvailability) {
  // Without CUDA compiled in (or without a GPU) CUDA is never available.
  EXPECT_EQ(cuda_is_available(), cuda_device_count() > 0);
  if (!cuda_is_compiled()) {
    EXPECT_FALSE(cuda_is_available());
    EXPECT_EQ(cuda_device_count(), 0);
  }
}

TEST(Device, AllocatingOnCudaIsDeviceError) {
  if (cuda_is_available()) GTEST_SKIP() << "a GPU is present";
  expect_error<DeviceError>([] { allocator_for(Device(DeviceType::CUDA, 0)); }, {"cuda:0", "CUDA"});
  expect_error<DeviceError>(
      [] {
        empty({2, 3}, {.device = Device(DeviceType::CUDA, 0)});
      },
      {"cuda", "CUDA"});
  expect_error<DeviceError>([] { zeros({4}, {.device = Device::parse("cuda:1")}); }, {"cuda:1"});
}

TEST(Device, MovingToCudaIsDeviceError) {
  if (cuda_is_available()) GTEST_SKIP() << "a GPU is present";
  Tensor t = ones({3});
  expect_error<DeviceError>([&] { t.to(Device::parse("cuda")); }, {"cuda"});
}

TEST(Device, CpuAllocatorIsUsable) {
  Allocator& a = allocator_for(kCPU);
  EXPECT_EQ(&a, &cpu_allocator());
  Tensor t = zeros({2});
  EXPECT_EQ(t.device(), kCPU);
  EXPECT_EQ(t.storage()->device(), kCPU);
}
