// The CUDA DeviceBackend: device count, allocators, copies and synchronization over the CUDA
// runtime. It registers itself at start-up only when a usable GPU exists, so without one
// cuda_is_available() is false and CUDA tensors raise DeviceError.
#include <cuda_runtime_api.h>

#include "kernels/cuda/allocator.h"
#include "kernels/cuda/runtime.h"

namespace ignis::cuda {
namespace {

class CudaBackend final : public DeviceBackend {
 public:
  explicit CudaBackend(int count) : count_(count) {}

  int device_count() const override { return count_; }

  Allocator& allocator(int index) override { return caching_allocator(index); }

  // Queued on the current stream. Copies touching host memory then wait for the stream: the
  // host buffer is pageable and owned by the caller, who may read it (D2H) or free and reuse it
  // (H2D; the CPU caching allocator hands it out again at once) as soon as this returns.
  void copy_bytes(void* dst, Device dst_dev, const void* src, Device src_dev,
                  size_t nbytes) override {
    if (nbytes == 0) return;
    cudaStream_t stream = current_stream();
    if (dst_dev.is_cuda() && src_dev.is_cuda()) {
      if (dst_dev.index == src_dev.index) {
        DeviceGuard guard(dst_dev.index);
        IGNIS_CUDA_CHECK(cudaMemcpyAsync(dst, src, nbytes, cudaMemcpyDeviceToDevice, stream));
      } else {
        // Ordered after all earlier work on both devices (legacy default streams).
        IGNIS_CUDA_CHECK(cudaMemcpyPeer(dst, dst_dev.index, src, src_dev.index, nbytes));
      }
      return;
    }
    bool to_device = dst_dev.is_cuda();
    DeviceGuard guard(to_device ? dst_dev.index : src_dev.index);
    IGNIS_CUDA_CHECK(cudaMemcpyAsync(
        dst, src, nbytes, to_device ? cudaMemcpyHostToDevice : cudaMemcpyDeviceToHost, stream));
    IGNIS_CUDA_CHECK(cudaStreamSynchronize(stream));
  }

  void synchronize(int index) override {
    DeviceGuard guard(index);
    IGNIS_CUDA_CHECK(cudaDeviceSynchronize());
  }

 private:
  int count_;
};

// Registers the backend when at least one GPU is usable. Without one, cudaGetDeviceCount fails
// (cudaErrorNoDevice, or cudaErrorInsufficientDriver when no driver is installed): nothing is
// registered and the error is cleared so it cannot surface in a later check.
bool register_cuda_backend() {
  int count = 0;
  cudaError_t err = cudaGetDeviceCount(&count);
  if (err != cudaSuccess || count < 1) {
    (void)cudaGetLastError();
    return false;
  }
  static CudaBackend* backend = new CudaBackend(count);  // never destroyed, like the allocators
  register_device_backend(DeviceType::CUDA, backend);
  return true;
}

[[maybe_unused]] const bool g_cuda_registered = register_cuda_backend();

}  // namespace
}  // namespace ignis::cuda
