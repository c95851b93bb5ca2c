// Helpers shared by the C API suites: they use only the public headers and libignis.so.
#pragma once

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

}  // namespace capi_test
