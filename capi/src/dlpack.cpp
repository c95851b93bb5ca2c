// DLPack import and export (tensor.h), zero-copy both ways, against DLPack 0.6's structs.
#include <cstdlib>

#include <dlpack/dlpack.h>

#include "capi/src/glue.h"
#include "ignis/tensor.h"
#include "tensor/broadcast.h"

using namespace ignis;

namespace {

// DLPack >= 0.8 names bool kDLBool = 6; 0.6 has no code for it, so it is spelled out here.
constexpr uint8_t kDLBoolCode = 6;

// The exported DLManagedTensor and the arrays it points at, in one allocation.
struct Exported {
  DLManagedTensor managed;
  int64_t* dims() { return reinterpret_cast<int64_t*>(this + 1); }  // shape, then strides
};
static_assert(sizeof(Exported) % alignof(int64_t) == 0);

void delete_exported(DLManagedTensor* m) {
  if (!m) return;
  ignis_tensor_release(static_cast<ignis_tensor*>(m->manager_ctx));
  std::free(m);
}

DLDataType to_dl(DType t) {
  DLDataType d{};
  d.lanes = 1;
  d.bits = static_cast<uint8_t>(itemsize(t) * 8);
  switch (t) {
  case DType::Bool:
    d.code = kDLBoolCode;
    break;
  case DType::U8:
    d.code = kDLUInt;
    break;
  case DType::I8:
  case DType::I16:
  case DType::I32:
  case DType::I64:
    d.code = kDLInt;
    break;
  case DType::BF16:
    d.code = kDLBfloat;
    break;
  default:
    d.code = kDLFloat;
    break;
  }
  return d;
}

DType from_dl(DLDataType d) {
  IGNIS_CHECK(d.lanes == 1, DType, "ignis_tensor_from_dlpack: vector dtypes (lanes = ", d.lanes,
              ") are not supported");
  auto bad = [&]() {
    IGNIS_FAIL(DType, "ignis_tensor_from_dlpack: unsupported DLPack dtype (code ",
               static_cast<int>(d.code), ", bits ", static_cast<int>(d.bits), ")");
  };
  switch (d.code) {
  case kDLInt:
    switch (d.bits) {
    case 8:
      return DType::I8;
    case 16:
      return DType::I16;
    case 32:
      return DType::I32;
    case 64:
      return DType::I64;
    }
    break;
  case kDLUInt:
    if (d.bits == 8) return DType::U8;
    break;
  case kDLFloat:
    switch (d.bits) {
    case 16:
      return DType::F16;
    case 32:
      return DType::F32;
    case 64:
      return DType::F64;
    }
    break;
  case kDLBfloat:
    if (d.bits == 16) return DType::BF16;
    break;
  case kDLBoolCode:
    if (d.bits == 8) return DType::Bool;
    break;
  }
  bad();
  return DType::F32;
}

}  // namespace

extern "C" {

IGNIS_API ignis_status ignis_tensor_to_dlpack(const ignis_tensor* t, DLManagedTensor** out) {
  constexpr const char* fn = "ignis_tensor_to_dlpack";
  if (!out) return capi::null_out(fn, "out");
  *out = nullptr;
  IGNIS_CAPI_TRY
  capi::require(t, fn, "t");
  TensorImpl* p = capi::impl(t);
  size_t nd = static_cast<size_t>(p->dim());
  auto* e = static_cast<Exported*>(std::malloc(sizeof(Exported) + 2 * nd * sizeof(int64_t)));
  if (!e) throw std::bad_alloc();
  for (size_t i = 0; i < nd; ++i) {
    e->dims()[i] = p->sizes()[i];
    e->dims()[nd + i] = p->strides()[i];
  }
  DLTensor& d = e->managed.dl_tensor;
  d.data = p->data();
  Device dev = p->device();
  d.device = {dev.is_cpu() ? kDLCPU : kDLCUDA, dev.is_cpu() ? 0 : dev.index};
  d.ndim = static_cast<int32_t>(nd);
  d.dtype = to_dl(p->dtype());
  d.shape = nd ? e->dims() : nullptr;
  d.strides = nd ? e->dims() + nd : nullptr;
  d.byte_offset = 0;
  p->retain();
  e->managed.manager_ctx = const_cast<ignis_tensor*>(t);
  e->managed.deleter = delete_exported;
  *out = &e->managed;
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_tensor_from_dlpack(DLManagedTensor* src, ignis_tensor** out) {
  constexpr const char* fn = "ignis_tensor_from_dlpack";
  if (!out) return capi::null_out(fn, "out");
  *out = nullptr;
  IGNIS_CAPI_TRY
  capi::require(src, fn, "src");
  const DLTensor& d = src->dl_tensor;
  Device dev;
  switch (d.device.device_type) {
  case kDLCPU:
    dev = kCPU;
    break;
  case kDLCUDA:
    IGNIS_CHECK(cuda_is_available(), Device, fn,
                ": the capsule holds CUDA memory but CUDA is not available in this process");
    IGNIS_CHECK(d.device.device_id >= 0 && d.device.device_id < cuda_device_count(), Device, fn,
                ": CUDA device ", d.device.device_id, " does not exist");
    dev = Device(DeviceType::CUDA, d.device.device_id);
    break;
  default:
    IGNIS_FAIL(Device, fn, ": unsupported DLPack device type ",
               static_cast<int>(d.device.device_type), " (supported: kDLCPU, kDLCUDA)");
  }
  DType dt = from_dl(d.dtype);
  IGNIS_CHECK(d.ndim >= 0 && d.ndim <= 64, InvalidArgument, fn, ": ndim ", d.ndim,
              " is out of range [0, 64]");
  if (d.ndim > 0) capi::require(d.shape, fn, "src->dl_tensor.shape");
  IntArrayRef sizes(d.shape, static_cast<size_t>(d.ndim));
  IntArrayRef strides = d.strides ? IntArrayRef(d.strides, sizes.size()) : IntArrayRef();
  int64_t numel = checked_numel(sizes, fn);
  if (numel > 0) capi::require(d.data, fn, "src->dl_tensor.data");
  IGNIS_CHECK(d.byte_offset % static_cast<uint64_t>(itemsize(dt)) == 0, InvalidArgument, fn,
              ": byte_offset ", d.byte_offset, " is not a multiple of the element size");
  void* data = d.data ? static_cast<char*>(d.data) + d.byte_offset : nullptr;
  auto armed = std::make_shared<bool>(false);
  Tensor t = from_blob(data, sizes, strides, dt, dev, [src, armed](void*) {
    if (*armed && src->deleter) src->deleter(src);
  });
  *armed = true;
  *out = capi::leak(std::move(t));
  IGNIS_CAPI_CATCH
}

}  // extern "C"
