// Helpers over the CUDA runtime shared by the CUDA backend and kernels: the status check that
// turns CUDA errors into ignis errors, a scoped current-device switch, and the current stream.
#pragma once

#include <cuda_runtime_api.h>

#include <cstring>

#include "tensor/error.h"

// Runs a CUDA runtime call and throws an ignis error when it fails:
//   IGNIS_CUDA_CHECK(cudaMemcpyAsync(dst, src, n, cudaMemcpyDeviceToDevice, stream));
#define IGNIS_CUDA_CHECK(expr) ::ignis::cuda::check_status((expr), #expr, __FILE__, __LINE__)

namespace ignis::cuda {

// Throws OutOfMemoryError for cudaErrorMemoryAllocation and InternalError for anything else,
// naming the error and the call; clears the runtime's last-error slot first.
inline void check_status(cudaError_t err, const char* call, const char* file, int line) {
  if (err == cudaSuccess) return;
  (void)cudaGetLastError();  // a non-sticky error would otherwise resurface at the next check
  const char* base = std::strrchr(file, '/');
  base = base ? base + 1 : file;
  if (err == cudaErrorMemoryAllocation)
    IGNIS_FAIL(OutOfMemory, "CUDA out of memory in ", call, " (", base, ":", line, ")");
  IGNIS_FAIL(Internal, "CUDA error ", cudaGetErrorName(err), ": ", cudaGetErrorString(err), " in ",
             call, " (", base, ":", line, ")");
}

// Makes `index` the current device for the scope and restores the previous one after.
class DeviceGuard {
 public:
  explicit DeviceGuard(int index) {
    IGNIS_CUDA_CHECK(cudaGetDevice(&prev_));
    if (prev_ != index) IGNIS_CUDA_CHECK(cudaSetDevice(index));
  }
  ~DeviceGuard() {
    int cur = prev_;
    if (cudaGetDevice(&cur) == cudaSuccess && cur != prev_) (void)cudaSetDevice(prev_);
  }
  DeviceGuard(const DeviceGuard&) = delete;
  DeviceGuard& operator=(const DeviceGuard&) = delete;

 private:
  int prev_ = 0;
};

// The stream work is queued on. There is one so far, the legacy default stream of the current
// device, which orders every launch and copy on that device; the caching allocator relies on
// that ordering to reuse freed blocks without events.
inline cudaStream_t current_stream() { return nullptr; }

}  // namespace ignis::cuda
