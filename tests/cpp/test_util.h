// Helpers shared by the C++ suites: error assertions and reading tensor values back.
#pragma once

#include <initializer_list>
#include <source_location>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "tensor/convert.h"
#include "tensor/dispatch.h"
#include "tensor/tensor.h"

namespace ignis::test {

// Runs fn and expects an E whose message contains every word of `words`:
//   expect_error<ShapeError>([&] { t.view({4}); }, {"view", "reshape"});
template <typename E, typename F>
void expect_error(F&& fn, std::initializer_list<std::string_view> words,
                  std::source_location loc = std::source_location::current()) {
  try {
    fn();
  } catch (const E& e) {
    std::string msg = e.what();
    for (std::string_view w : words)
      if (msg.find(w) == std::string::npos)
        ADD_FAILURE_AT(loc.file_name(), loc.line())
            << "expected the error message to contain \"" << w << "\" but got: " << msg;
    return;
  } catch (const Error& e) {
    ADD_FAILURE_AT(loc.file_name(), loc.line())
        << "expected another error kind but got a " << error_kind_name(e.kind())
        << " error: " << e.what();
    return;
  } catch (const std::exception& e) {
    ADD_FAILURE_AT(loc.file_name(), loc.line())
        << "expected an ignis error but got a std::exception: " << e.what();
    return;
  }
  ADD_FAILURE_AT(loc.file_name(), loc.line()) << "expected an exception but none was thrown";
}

inline std::vector<int64_t> vec(IntArrayRef r) { return r.vec(); }

// Every element of t (any strides, CPU) in row-major logical order, widened to double.
inline std::vector<double> values(const Tensor& t) {
  std::vector<double> out;
  out.reserve(static_cast<size_t>(t.numel()));
  if (t.numel() == 0) return out;
  int64_t nd = t.dim();
  std::vector<int64_t> idx(static_cast<size_t>(nd), 0);
  IGNIS_DISPATCH_ALL(t.dtype(), "values", [&] {
    const scalar_t* base = static_cast<const scalar_t*>(t.data_ptr());
    for (int64_t n = 0; n < t.numel(); ++n) {
      int64_t off = 0;
      for (int64_t d = 0; d < nd; ++d) off += idx[d] * t.strides()[d];
      out.push_back(convert<double>(base[off]));
      for (int64_t d = nd - 1; d >= 0; --d) {
        if (++idx[d] < t.sizes()[d]) break;
        idx[d] = 0;
      }
    }
  });
  return out;
}

// Like values() but exact for int64 beyond 2^53.
inline std::vector<int64_t> int_values(const Tensor& t) {
  std::vector<int64_t> out;
  if (t.numel() == 0) return out;
  int64_t nd = t.dim();
  std::vector<int64_t> idx(static_cast<size_t>(nd), 0);
  IGNIS_DISPATCH_ALL(t.dtype(), "int_values", [&] {
    const scalar_t* base = static_cast<const scalar_t*>(t.data_ptr());
    for (int64_t n = 0; n < t.numel(); ++n) {
      int64_t off = 0;
      for (int64_t d = 0; d < nd; ++d) off += idx[d] * t.strides()[d];
      out.push_back(convert<int64_t>(base[off]));
      for (int64_t d = nd - 1; d >= 0; --d) {
        if (++idx[d] < t.sizes()[d]) break;
        idx[d] = 0;
      }
    }
  });
  return out;
}

// A contiguous tensor of `dtype` holding `vals` (given as doubles) in the given shape.
inline Tensor make(const std::vector<double>& vals, std::vector<int64_t> shape, DType dtype) {
  Tensor t = empty(shape, {.dtype = dtype});
  EXPECT_EQ(t.numel(), static_cast<int64_t>(vals.size())) << "make: values do not fill the shape";
  IGNIS_DISPATCH_ALL(dtype, "make", [&] {
    auto* p = static_cast<scalar_t*>(t.data_ptr());
    for (size_t i = 0; i < vals.size(); ++i) p[i] = convert<scalar_t>(vals[i]);
  });
  return t;
}

// 0, 1, 2, ... as a contiguous tensor of `dtype` with the given shape (no ops involved).
inline Tensor iota(std::vector<int64_t> shape, DType dtype = DType::F32) {
  int64_t n = 1;
  for (int64_t s : shape) n *= s;
  std::vector<double> v(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) v[static_cast<size_t>(i)] = static_cast<double>(i);
  return make(v, std::move(shape), dtype);
}

inline const DType kAllDTypes[] = {DType::Bool, DType::U8,  DType::I8,   DType::I16, DType::I32,
                                   DType::I64,  DType::F16, DType::BF16, DType::F32, DType::F64};

}  // namespace ignis::test
