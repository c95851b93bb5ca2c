// tests capi/src/dlpack.cpp through libignis.so: zero-copy export and import, deleters, and
// capsules the library must refuse (devices, dtypes, malformed fields).
#include <dlpack/dlpack.h>

#include "capi_test_util.h"

using namespace capi_test;

TEST(CApiDLPack, ExportIsZeroCopyAndDeleterReleases) {
  Owned t(make_f32({1, 2, 3, 4, 5, 6}, {2, 3}));
  DLManagedTensor* m = nullptr;
  ASSERT_EQ(ignis_tensor_to_dlpack(t, &m), IGNIS_OK) << last_error();
  void* p = nullptr;
  ASSERT_EQ(ignis_tensor_data(t, &p), IGNIS_OK);
  EXPECT_EQ(m->dl_tensor.data, p);
  EXPECT_EQ(m->dl_tensor.ndim, 2);
  EXPECT_EQ(m->dl_tensor.shape[1], 3);
  EXPECT_EQ(m->dl_tensor.strides[0], 3);
  EXPECT_EQ(m->dl_tensor.device.device_type, kDLCPU);
  EXPECT_EQ(m->dl_tensor.dtype.code, kDLFloat);
  EXPECT_EQ(m->dl_tensor.dtype.bits, 32);
  EXPECT_EQ(ignis_experimental_tensor_use_count(t), 2);
  m->deleter(m);
  EXPECT_EQ(ignis_experimental_tensor_use_count(t), 1);
}

TEST(CApiDLPack, RoundTripSharesMemory) {
  for (ignis_dtype dt : {IGNIS_BOOL, IGNIS_UINT8, IGNIS_INT8, IGNIS_INT16, IGNIS_INT32, IGNIS_INT64,
                         IGNIS_FLOAT16, IGNIS_BFLOAT16, IGNIS_FLOAT32, IGNIS_FLOAT64}) {
    int64_t shape[2] = {3, 4};
    Owned t, back, tr;
    ASSERT_EQ(ignis_ones(shape, 2, dt, kCpu, t.out()), IGNIS_OK);
    ASSERT_EQ(ignis_tensor_transpose(t, 0, 1, tr.out()), IGNIS_OK);  // strided
    DLManagedTensor* m = nullptr;
    ASSERT_EQ(ignis_tensor_to_dlpack(tr, &m), IGNIS_OK);
    ASSERT_EQ(ignis_tensor_from_dlpack(m, back.out()), IGNIS_OK) << last_error();
    ignis_dtype got;
    ASSERT_EQ(ignis_tensor_dtype(back, &got), IGNIS_OK);
    EXPECT_EQ(got, dt) << ignis_dtype_name(dt);
    void *p1, *p2;
    ASSERT_EQ(ignis_tensor_data(tr, &p1), IGNIS_OK);
    ASSERT_EQ(ignis_tensor_data(back, &p2), IGNIS_OK);
    EXPECT_EQ(p1, p2);
    int64_t st[2];
    ASSERT_EQ(ignis_tensor_strides(back, st, 2), IGNIS_OK);
    EXPECT_EQ(st[0], 1);
    EXPECT_EQ(st[1], 4);
  }
}

namespace {
int g_deleted = 0;
float g_buf[4] = {1, 2, 3, 4};
int64_t g_shape[1] = {4};
void count_delete(DLManagedTensor*) { g_deleted++; }
DLManagedTensor capsule() {
  DLManagedTensor m{};
  m.dl_tensor.data = g_buf;
  m.dl_tensor.device = {kDLCPU, 0};
  m.dl_tensor.ndim = 1;
  m.dl_tensor.dtype = {kDLFloat, 32, 1};
  m.dl_tensor.shape = g_shape;
  m.deleter = count_delete;
  return m;
}
}  // namespace

TEST(CApiDLPack, ImportCallsTheProducersDeleterOnce) {
  g_deleted = 0;
  DLManagedTensor m = capsule();
  Owned t;
  ASSERT_EQ(ignis_tensor_from_dlpack(&m, t.out()), IGNIS_OK);
  EXPECT_EQ(values_f32(t), (std::vector<float>{1, 2, 3, 4}));
  EXPECT_EQ(g_deleted, 0);
  ignis_tensor_release(t.t);
  t.t = nullptr;
  EXPECT_EQ(g_deleted, 1);
}

TEST(CApiDLPack, BadCapsulesAreErrorsAndStayTheCallers) {
  g_deleted = 0;
  Owned t;
  auto expect = [&](DLManagedTensor m, ignis_status want, const char* text) {
    EXPECT_EQ(ignis_tensor_from_dlpack(&m, t.out()), want) << text << ": " << last_error();
    EXPECT_NE(last_error().find(text), std::string::npos) << last_error();
    EXPECT_EQ(t.t, nullptr);
  };
  DLManagedTensor m = capsule();
  m.dl_tensor.device.device_type = kDLOpenCL;
  expect(m, IGNIS_ERROR_DEVICE, "unsupported DLPack device type 4");
  m = capsule();
  m.dl_tensor.device.device_type = kDLCUDA;
  if (!ignis_cuda_is_available()) expect(m, IGNIS_ERROR_DEVICE, "CUDA is not available");
  m = capsule();
  m.dl_tensor.dtype = {kDLComplex, 64, 1};
  expect(m, IGNIS_ERROR_DTYPE, "unsupported DLPack dtype (code 5, bits 64)");
  m = capsule();
  m.dl_tensor.dtype = {kDLFloat, 32, 4};
  expect(m, IGNIS_ERROR_DTYPE, "lanes = 4");
  m = capsule();
  m.dl_tensor.ndim = -3;
  expect(m, IGNIS_ERROR_INVALID_ARGUMENT, "ndim -3");
  m = capsule();
  m.dl_tensor.shape = nullptr;
  expect(m, IGNIS_ERROR_INVALID_ARGUMENT, "shape");
  m = capsule();
  m.dl_tensor.data = nullptr;
  expect(m, IGNIS_ERROR_INVALID_ARGUMENT, "data");
  m = capsule();
  m.dl_tensor.byte_offset = 3;
  expect(m, IGNIS_ERROR_INVALID_ARGUMENT, "byte_offset");
  EXPECT_EQ(ignis_tensor_from_dlpack(nullptr, t.out()), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(ignis_tensor_to_dlpack(nullptr, nullptr), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(g_deleted, 0);  // refused capsules are never deleted by the library
}
