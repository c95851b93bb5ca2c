// tests capi/src/tensor.cpp and core.cpp through libignis.so: ownership, creation, geometry, data
// access, conversion, factories, views and every error path a caller can hit.
#include <cstring>
#include <thread>

#include "capi_test_util.h"

using namespace capi_test;

TEST(CApiCore, VersionAndNames) {
  EXPECT_EQ(ignis_api_version(), IGNIS_API_VERSION);
  EXPECT_STREQ(ignis_version_string(), "0.1.0");
  EXPECT_STREQ(ignis_status_name(IGNIS_ERROR_SHAPE), "shape");
  EXPECT_STREQ(ignis_status_name(IGNIS_OK), "ok");
  EXPECT_STREQ(ignis_status_name(static_cast<ignis_status>(99)), "unknown");
  EXPECT_STREQ(ignis_dtype_name(IGNIS_BFLOAT16), "bfloat16");
  EXPECT_STREQ(ignis_dtype_name(static_cast<ignis_dtype>(42)), "invalid");
  EXPECT_EQ(ignis_dtype_itemsize(IGNIS_FLOAT64), 8u);
  EXPECT_EQ(ignis_dtype_itemsize(static_cast<ignis_dtype>(-1)), 0u);
}

TEST(CApiCore, ThreadsSeedsAndModes) {
  int32_t n = ignis_get_num_threads();
  EXPECT_EQ(ignis_set_num_threads(0), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("n >= 1"), std::string::npos);
  EXPECT_EQ(ignis_set_num_threads(n), IGNIS_OK);
  EXPECT_EQ(ignis_manual_seed(7), IGNIS_OK);
  int32_t prev = -1;
  EXPECT_EQ(ignis_grad_mode_set(0, &prev), IGNIS_OK);
  EXPECT_EQ(prev, 1);
  EXPECT_EQ(ignis_grad_mode_is_enabled(), 0);
  EXPECT_EQ(ignis_grad_mode_set(prev, nullptr), IGNIS_OK);
  EXPECT_EQ(ignis_inference_mode_set(1, &prev), IGNIS_OK);
  EXPECT_EQ(prev, 0);
  EXPECT_EQ(ignis_grad_mode_is_enabled(), 0);
  EXPECT_EQ(ignis_inference_mode_set(0, &prev), IGNIS_OK);
  EXPECT_EQ(prev, 1);
  EXPECT_EQ(ignis_grad_mode_is_enabled(), 1);
}

TEST(CApiTensor, RetainReleaseCountReferences) {
  Owned t(make_f32({1, 2, 3}, {3}));
  EXPECT_EQ(ignis_experimental_tensor_use_count(t), 1);
  EXPECT_EQ(ignis_tensor_retain(t), t.t);
  EXPECT_EQ(ignis_experimental_tensor_use_count(t), 2);
  ignis_tensor_release(t);
  EXPECT_EQ(ignis_experimental_tensor_use_count(t), 1);
  ignis_tensor_release(nullptr);  // NULL-safe
  EXPECT_EQ(ignis_tensor_retain(nullptr), nullptr);
  // An op call borrows its inputs: the count is unchanged afterwards.
  Owned r;
  ASSERT_EQ(ignis_neg(t, r.out()), IGNIS_OK) << last_error();
  EXPECT_EQ(ignis_experimental_tensor_use_count(t), 1);
  EXPECT_EQ(ignis_experimental_tensor_use_count(r), 1);
}

TEST(CApiTensor, FromDataCopiesAndChecksSize) {
  std::vector<float> v{1, 2, 3, 4, 5, 6};
  int64_t shape[2] = {2, 3};
  Owned t;
  ASSERT_EQ(ignis_tensor_from_data(v.data(), 24, shape, 2, IGNIS_FLOAT32, t.out()), IGNIS_OK);
  v[0] = 100;  // a copy: the tensor does not see it
  EXPECT_EQ(values_f32(t), (std::vector<float>{1, 2, 3, 4, 5, 6}));
  Owned bad;
  EXPECT_EQ(ignis_tensor_from_data(v.data(), 20, shape, 2, IGNIS_FLOAT32, bad.out()),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("expected nbytes = numel * itemsize = 24"), std::string::npos)
      << last_error();
  EXPECT_EQ(bad.t, nullptr);
  EXPECT_EQ(ignis_tensor_from_data(v.data(), 24, shape, 2, static_cast<ignis_dtype>(77), bad.out()),
            IGNIS_ERROR_DTYPE);
  EXPECT_EQ(ignis_tensor_from_data(nullptr, 24, shape, 2, IGNIS_FLOAT32, bad.out()),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(ignis_tensor_from_data(v.data(), 24, nullptr, 2, IGNIS_FLOAT32, bad.out()),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(ignis_tensor_from_data(v.data(), 24, shape, 2, IGNIS_FLOAT32, nullptr),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("'out' is NULL"), std::string::npos);
  int64_t neg = -1;
  EXPECT_EQ(ignis_tensor_from_data(nullptr, 0, &neg, 1, IGNIS_FLOAT32, bad.out()),
            IGNIS_ERROR_SHAPE);
  // A zero-element tensor needs no data.
  int64_t zero = 0;
  ASSERT_EQ(ignis_tensor_from_data(nullptr, 0, &zero, 1, IGNIS_FLOAT32, bad.out()), IGNIS_OK);
  EXPECT_EQ(ignis_tensor_numel(bad), 0);
}

namespace {
struct DeleterLog {
  int calls = 0;
  void* data = nullptr;
};
void log_deleter(void* data, void* user_data) {
  auto* log = static_cast<DeleterLog*>(user_data);
  log->calls++;
  log->data = data;
}
}  // namespace

TEST(CApiTensor, FromBlobIsZeroCopyAndCallsTheDeleterOnce) {
  float buf[6] = {1, 2, 3, 4, 5, 6};
  int64_t shape[2] = {3, 2}, strides[2] = {1, 3};  // column-major view
  DeleterLog log;
  ignis_tensor* t = nullptr;
  ASSERT_EQ(
      ignis_tensor_from_blob(buf, shape, strides, 2, IGNIS_FLOAT32, kCpu, log_deleter, &log, &t),
      IGNIS_OK)
      << last_error();
  void* p = nullptr;
  ASSERT_EQ(ignis_tensor_data(t, &p), IGNIS_OK);
  EXPECT_EQ(p, buf);
  int32_t contiguous = 1;
  ASSERT_EQ(ignis_tensor_is_contiguous(t, &contiguous), IGNIS_OK);
  EXPECT_EQ(contiguous, 0);
  EXPECT_EQ(values_f32(t), (std::vector<float>{1, 4, 2, 5, 3, 6}));
  buf[0] = 10;  // shared memory
  EXPECT_EQ(values_f32(t)[0], 10);
  Owned view;
  ASSERT_EQ(ignis_tensor_transpose(t, 0, 1, view.out()), IGNIS_OK);
  ignis_tensor_release(t);
  EXPECT_EQ(log.calls, 0);  // the view keeps the memory alive
  ignis_tensor_release(view.t);
  view.t = nullptr;
  EXPECT_EQ(log.calls, 1);
  EXPECT_EQ(log.data, buf);
  // On failure nothing is taken: the deleter never runs.
  int64_t bad_strides[2] = {-1, 3};
  ASSERT_EQ(ignis_tensor_from_blob(buf, shape, bad_strides, 2, IGNIS_FLOAT32, kCpu, log_deleter,
                                   &log, &t),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(log.calls, 1);
  EXPECT_EQ(t, nullptr);
  ignis_device cuda{IGNIS_CUDA, 0};
  if (!ignis_cuda_is_available()) {
    EXPECT_EQ(
        ignis_tensor_from_blob(buf, shape, nullptr, 2, IGNIS_FLOAT32, cuda, log_deleter, &log, &t),
        IGNIS_ERROR_DEVICE);
    EXPECT_NE(last_error().find("CUDA"), std::string::npos);
  }
  ignis_device nonsense{static_cast<ignis_device_type>(5), 0};
  EXPECT_EQ(
      ignis_tensor_from_blob(buf, shape, nullptr, 2, IGNIS_FLOAT32, nonsense, nullptr, nullptr, &t),
      IGNIS_ERROR_DEVICE);
  EXPECT_EQ(log.calls, 1);
}

TEST(CApiTensor, GeometryAccessors) {
  Owned t;
  int64_t shape[3] = {2, 3, 4};
  ASSERT_EQ(ignis_zeros(shape, 3, IGNIS_FLOAT64, kCpu, t.out()), IGNIS_OK);
  EXPECT_EQ(ignis_tensor_ndim(t), 3);
  EXPECT_EQ(ignis_tensor_numel(t), 24);
  int64_t s[3], st[3];
  ASSERT_EQ(ignis_tensor_shape(t, s, 3), IGNIS_OK);
  ASSERT_EQ(ignis_tensor_strides(t, st, 3), IGNIS_OK);
  EXPECT_EQ(std::vector<int64_t>(s, s + 3), (std::vector<int64_t>{2, 3, 4}));
  EXPECT_EQ(std::vector<int64_t>(st, st + 3), (std::vector<int64_t>{12, 4, 1}));
  EXPECT_EQ(ignis_tensor_shape(t, s, 2), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("capacity >= ndim = 3"), std::string::npos);
  ignis_dtype d;
  ASSERT_EQ(ignis_tensor_dtype(t, &d), IGNIS_OK);
  EXPECT_EQ(d, IGNIS_FLOAT64);
  ignis_device dev{IGNIS_CUDA, 3};
  ASSERT_EQ(ignis_tensor_device(t, &dev), IGNIS_OK);
  EXPECT_EQ(dev.type, IGNIS_CPU);
  EXPECT_EQ(ignis_tensor_ndim(nullptr), -1);
  EXPECT_NE(last_error().find("NULL"), std::string::npos);
  EXPECT_EQ(ignis_tensor_numel(nullptr), -1);
  EXPECT_EQ(ignis_tensor_shape(nullptr, s, 3), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(ignis_tensor_dtype(nullptr, &d), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(ignis_tensor_dtype(t, nullptr), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(ignis_tensor_device(nullptr, &dev), IGNIS_ERROR_INVALID_ARGUMENT);
}

TEST(CApiTensor, CopyToStringItemAndConversion) {
  Owned t(make_f32({1.5f, -2.0f, 3.25f, 4.0f}, {2, 2}));
  std::vector<float> small(3);
  EXPECT_EQ(ignis_tensor_copy_to(t, small.data(), 12), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("16 bytes"), std::string::npos) << last_error();
  EXPECT_EQ(ignis_tensor_copy_to(t, nullptr, 16), IGNIS_ERROR_INVALID_ARGUMENT);
  char* s = nullptr;
  ASSERT_EQ(ignis_tensor_to_string(t, &s), IGNIS_OK);
  EXPECT_NE(std::string(s).find("tensor([[ 1.5000, -2.0000]"), std::string::npos) << s;
  ignis_string_free(s);
  ignis_string_free(nullptr);
  Owned i64;
  ASSERT_EQ(ignis_tensor_to(t, IGNIS_INT64, kCpu, 0, i64.out()), IGNIS_OK);
  std::vector<int64_t> iv(4);
  ASSERT_EQ(ignis_tensor_copy_to(i64, iv.data(), 32), IGNIS_OK);
  EXPECT_EQ(iv, (std::vector<int64_t>{1, -2, 3, 4}));
  Owned same;
  ASSERT_EQ(ignis_tensor_to(t, IGNIS_FLOAT32, kCpu, 0, same.out()), IGNIS_OK);
  EXPECT_EQ(same.t, t.t);  // nothing to convert: the same tensor, retained
  ignis_tensor_release(same.t);
  same.t = nullptr;
  ASSERT_EQ(ignis_tensor_to(t, IGNIS_FLOAT32, kCpu, 1, same.out()), IGNIS_OK);
  EXPECT_NE(same.t, t.t);
  double d = 0;
  EXPECT_EQ(ignis_tensor_item_double(t, &d), IGNIS_ERROR_INVALID_ARGUMENT);
  Owned one(make_f32({2.75f}, {}));
  ASSERT_EQ(ignis_tensor_item_double(one, &d), IGNIS_OK);
  EXPECT_EQ(d, 2.75);
  int64_t i = 0;
  ASSERT_EQ(ignis_tensor_item_int64(one, &i), IGNIS_OK);
  EXPECT_EQ(i, 2);
  Owned c, cl, dt, tr;
  ASSERT_EQ(ignis_tensor_transpose(t, 0, 1, tr.out()), IGNIS_OK);
  ASSERT_EQ(ignis_tensor_contiguous(tr, c.out()), IGNIS_OK);
  EXPECT_EQ(values_f32(c), (std::vector<float>{1.5f, 3.25f, -2.0f, 4.0f}));
  ASSERT_EQ(ignis_tensor_clone(t, cl.out()), IGNIS_OK);
  ASSERT_EQ(ignis_tensor_detach(t, dt.out()), IGNIS_OK);
  void *p1, *p2;
  ASSERT_EQ(ignis_tensor_data(t, &p1), IGNIS_OK);
  ASSERT_EQ(ignis_tensor_data(dt, &p2), IGNIS_OK);
  EXPECT_EQ(p1, p2);
  ASSERT_EQ(ignis_tensor_copy_(cl, one), IGNIS_OK);  // broadcast copy
  EXPECT_EQ(values_f32(cl), (std::vector<float>(4, 2.75f)));
}

TEST(CApiTensor, Factories) {
  int64_t shape[2] = {2, 2};
  Owned z, o, f, a, l, e, r1, r2, r3, ri;
  ASSERT_EQ(ignis_ones(shape, 2, IGNIS_FLOAT32, kCpu, o.out()), IGNIS_OK);
  EXPECT_EQ(values_f32(o), (std::vector<float>(4, 1.0f)));
  ASSERT_EQ(ignis_full(shape, 2, ignis_scalar_float(0.5), IGNIS_FLOAT32, kCpu, f.out()), IGNIS_OK);
  EXPECT_EQ(values_f32(f), (std::vector<float>(4, 0.5f)));
  ASSERT_EQ(ignis_arange(ignis_scalar_int(0), ignis_scalar_int(4), ignis_scalar_int(1),
                         IGNIS_FLOAT32, kCpu, a.out()),
            IGNIS_OK);
  EXPECT_EQ(values_f32(a), (std::vector<float>{0, 1, 2, 3}));
  ASSERT_EQ(ignis_linspace(0, 1, 3, IGNIS_FLOAT32, kCpu, l.out()), IGNIS_OK);
  EXPECT_EQ(values_f32(l), (std::vector<float>{0, 0.5f, 1}));
  ASSERT_EQ(ignis_eye(2, -1, IGNIS_FLOAT32, kCpu, e.out()), IGNIS_OK);
  EXPECT_EQ(values_f32(e), (std::vector<float>{1, 0, 0, 1}));
  uint64_t seed = 42;
  ASSERT_EQ(ignis_randn(shape, 2, IGNIS_FLOAT32, kCpu, &seed, r1.out()), IGNIS_OK);
  ASSERT_EQ(ignis_randn(shape, 2, IGNIS_FLOAT32, kCpu, &seed, r2.out()), IGNIS_OK);
  EXPECT_EQ(values_f32(r1), values_f32(r2));  // the seeded path is reproducible
  ASSERT_EQ(ignis_rand(shape, 2, IGNIS_FLOAT32, kCpu, nullptr, r3.out()), IGNIS_OK);
  for (float v : values_f32(r3)) EXPECT_TRUE(v >= 0 && v < 1);
  ASSERT_EQ(ignis_randint(0, 5, shape, 2, IGNIS_INT64, kCpu, &seed, ri.out()), IGNIS_OK);
  ASSERT_EQ(ignis_zeros(shape, 2, IGNIS_FLOAT32, kCpu, nullptr), IGNIS_ERROR_INVALID_ARGUMENT);
  ASSERT_EQ(ignis_zeros(nullptr, 2, IGNIS_FLOAT32, kCpu, z.out()), IGNIS_ERROR_INVALID_ARGUMENT);
  ASSERT_EQ(ignis_zeros(shape, 2, static_cast<ignis_dtype>(10), kCpu, z.out()), IGNIS_ERROR_DTYPE);
  ignis_scalar bad = ignis_scalar_int(1);
  bad.kind = 17;
  ASSERT_EQ(ignis_full(shape, 2, bad, IGNIS_FLOAT32, kCpu, z.out()), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("invalid kind 17"), std::string::npos);
  ASSERT_EQ(ignis_zeros(nullptr, 0, IGNIS_FLOAT32, kCpu, z.out()), IGNIS_OK);  // a 0-dim tensor
  EXPECT_EQ(ignis_tensor_ndim(z), 0);
}

TEST(CApiTensor, Views) {
  Owned t(make_f32({0, 1, 2, 3, 4, 5}, {2, 3}));
  int64_t shape[2] = {3, 2}, perm[2] = {1, 0};
  Owned v, r, p, s, sel, ex, sq, un, fl;
  ASSERT_EQ(ignis_tensor_view(t, shape, 2, v.out()), IGNIS_OK);
  ASSERT_EQ(ignis_tensor_reshape(t, shape, 2, r.out()), IGNIS_OK);
  ASSERT_EQ(ignis_tensor_permute(t, perm, 2, p.out()), IGNIS_OK);
  int64_t start = 1;
  ASSERT_EQ(ignis_tensor_slice(t, 1, &start, nullptr, 1, s.out()), IGNIS_OK);
  EXPECT_EQ(values_f32(s), (std::vector<float>{1, 2, 4, 5}));
  ASSERT_EQ(ignis_tensor_select(t, 0, 1, sel.out()), IGNIS_OK);
  EXPECT_EQ(values_f32(sel), (std::vector<float>{3, 4, 5}));
  ASSERT_EQ(ignis_tensor_unsqueeze(t, 0, un.out()), IGNIS_OK);
  EXPECT_EQ(ignis_tensor_ndim(un), 3);
  ASSERT_EQ(ignis_tensor_squeeze(un, nullptr, sq.out()), IGNIS_OK);
  EXPECT_EQ(ignis_tensor_ndim(sq), 2);
  ASSERT_EQ(ignis_tensor_flatten(t, 0, -1, fl.out()), IGNIS_OK);
  EXPECT_EQ(ignis_tensor_ndim(fl), 1);
  int64_t big[3] = {4, 2, 3};
  ASSERT_EQ(ignis_tensor_expand(t, big, 3, ex.out()), IGNIS_OK);
  EXPECT_EQ(ignis_tensor_numel(ex), 24);
  Owned bad;
  EXPECT_EQ(ignis_tensor_select(t, 0, 5, bad.out()), IGNIS_ERROR_INDEX);
  EXPECT_EQ(ignis_tensor_view(nullptr, shape, 2, bad.out()), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("ignis_tensor_view: argument 't' is NULL"), std::string::npos);
}

TEST(CApiErrors, MessagesAreThreadLocal) {
  Owned bad;
  ASSERT_EQ(ignis_tensor_select(nullptr, 0, 0, bad.out()), IGNIS_ERROR_INVALID_ARGUMENT);
  std::string main_msg = last_error();
  std::string other_msg;
  std::thread th([&] {
    EXPECT_STREQ(ignis_last_error(), "");  // a fresh thread has no message
    int64_t shape = 1;
    ignis_tensor* t = nullptr;
    EXPECT_EQ(ignis_zeros(&shape, 1, static_cast<ignis_dtype>(99), kCpu, &t), IGNIS_ERROR_DTYPE);
    other_msg = ignis_last_error();
  });
  th.join();
  EXPECT_EQ(last_error(), main_msg);
  EXPECT_NE(other_msg, main_msg);
  EXPECT_NE(other_msg.find("dtype"), std::string::npos);
  // ignis_set_last_error sets this thread's message and passes the status through.
  EXPECT_EQ(ignis_set_last_error(IGNIS_ERROR_IO, "custom"), IGNIS_ERROR_IO);
  EXPECT_EQ(last_error(), "custom");
}

TEST(CApiErrors, OutOfMemoryIsAStatus) {
  int64_t shape[2] = {int64_t(1) << 22, int64_t(1) << 22};  // 64 TiB of float32
  Owned t;
  ignis_status s = ignis_empty(shape, 2, IGNIS_FLOAT32, kCpu, t.out());
  EXPECT_EQ(s, IGNIS_ERROR_OUT_OF_MEMORY) << ignis_status_name(s) << ": " << last_error();
  EXPECT_EQ(t.t, nullptr);
}
