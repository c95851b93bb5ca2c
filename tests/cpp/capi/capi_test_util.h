// Helpers shared by the C API suites: they use only the public headers and libignis.so.
#pragma once

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <ignis/experimental.h>
#include <ignis/ignis.h>

namespace capi_test {

inline constexpr ignis_device kCpu{IGNIS_CPU, 0};

// Owns one handle for the length of a test.
struct Owned {
  ignis_tensor* t = nullptr;
  Owned() = default;
  explicit Owned(ignis_tensor* h) : t(h) {}
  Owned(const Owned&) = delete;
  Owned& operator=(const Owned&) = delete;
  ~Owned() { ignis_tensor_release(t); }
  // Releases the current handle (if any) and returns where the next one goes, like
  // unique_ptr::reset, so one Owned can receive several results in turn.
  ignis_tensor** out() {
    ignis_tensor_release(t);
    t = nullptr;
    return &t;
  }
  operator ignis_tensor*() const { return t; }
};

inline ignis_tensor* make_f32(const std::vector<float>& v, const std::vector<int64_t>& shape) {
  ignis_tensor* t = nullptr;
  EXPECT_EQ(ignis_tensor_from_data(v.data(), v.size() * sizeof(float), shape.data(), shape.size(),
                                   IGNIS_FLOAT32, &t),
            IGNIS_OK)
      << ignis_last_error();
  return t;
}

inline std::vector<float> values_f32(const ignis_tensor* t) {
  std::vector<float> v(static_cast<size_t>(ignis_tensor_numel(t)));
  EXPECT_EQ(ignis_tensor_copy_to(t, v.data(), v.size() * sizeof(float)), IGNIS_OK)
      << ignis_last_error();
  return v;
}

inline std::string last_error() { return ignis_last_error(); }

// True when s contains every one of parts (for checking error messages).
inline bool contains_all(const std::string& s, const std::vector<std::string>& parts) {
  for (const std::string& p : parts)
    if (s.find(p) == std::string::npos) return false;
  return true;
}

// A fresh directory under the system temp dir, removed with everything in it at the end.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("ignis_capi_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string file(const std::string& name) const { return (path_ / name).string(); }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

inline void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream f(path, std::ios::binary);
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

inline std::string read_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
}

// One owned module / optimizer / scheduler / dataset / loader handle for the length of a test.
template <typename H, void (*Release)(H*)>
struct OwnedHandle {
  H* h = nullptr;
  OwnedHandle() = default;
  explicit OwnedHandle(H* p) : h(p) {}
  OwnedHandle(const OwnedHandle&) = delete;
  OwnedHandle& operator=(const OwnedHandle&) = delete;
  ~OwnedHandle() { Release(h); }
  H** out() {
    Release(h);
    h = nullptr;
    return &h;
  }
  operator H*() const { return h; }
};
using OwnedModule = OwnedHandle<ignis_module, ignis_module_release>;
using OwnedOptimizer = OwnedHandle<ignis_optimizer, ignis_optimizer_release>;
using OwnedScheduler = OwnedHandle<ignis_scheduler, ignis_scheduler_release>;
using OwnedDataset = OwnedHandle<ignis_dataset, ignis_dataset_release>;
using OwnedLoader = OwnedHandle<ignis_dataloader, ignis_dataloader_release>;

// A module of type with options, asserting success.
inline ignis_module* make_module(const char* type, const char* json) {
  ignis_module* m = nullptr;
  EXPECT_EQ(ignis_module_create(type, json, &m), IGNIS_OK) << type << ": " << ignis_last_error();
  return m;
}

// The tensors of an array the library returned, as owned handles (the array is freed).
inline std::vector<ignis_tensor*> take_array(ignis_tensor** arr, size_t n) {
  std::vector<ignis_tensor*> v(arr, arr + n);
  ignis_tensor_array_free(arr, 0);
  return v;
}

inline std::vector<int64_t> shape_of(const ignis_tensor* t) {
  std::vector<int64_t> s(static_cast<size_t>(ignis_tensor_ndim(t)));
  EXPECT_EQ(ignis_tensor_shape(t, s.data(), s.size()), IGNIS_OK);
  return s;
}

inline double item(const ignis_tensor* t) {
  double v = 0;
  EXPECT_EQ(ignis_tensor_item_double(t, &v), IGNIS_OK) << ignis_last_error();
  return v;
}

}  // namespace capi_test
