// A vector that keeps its first N elements inline: the generic op path builds a few short
// arrays per call (positional values, ignis_value arguments, outputs), and at a call's scale
// (about a microsecond) a malloc/free pair for each is a noticeable part of it.
#pragma once

#include <array>
#include <cstddef>
#include <vector>

namespace ignis_node {

template <typename T, size_t N>
class SmallVec {
 public:
  size_t size() const { return n_; }
  bool empty() const { return n_ == 0; }
  T* data() { return spilled_ ? heap_.data() : inline_.data(); }
  const T* data() const { return spilled_ ? heap_.data() : inline_.data(); }
  T& operator[](size_t i) { return data()[i]; }
  const T& operator[](size_t i) const { return data()[i]; }
  T* begin() { return data(); }
  T* end() { return data() + n_; }
  const T* begin() const { return data(); }
  const T* end() const { return data() + n_; }
  T& back() { return data()[n_ - 1]; }

  void push_back(const T& v) {
    if (!spilled_ && n_ < N) {
      inline_[n_++] = v;
      return;
    }
    if (!spilled_) {
      heap_.assign(inline_.begin(), inline_.begin() + n_);
      spilled_ = true;
    }
    heap_.push_back(v);
    ++n_;
  }
  void pop_back() {
    if (spilled_) heap_.pop_back();
    --n_;
  }
  // n copies of v, replacing the contents.
  void assign(size_t n, const T& v) {
    if (n <= N) {
      heap_.clear();
      spilled_ = false;
      for (size_t i = 0; i < n; ++i) inline_[i] = v;
    } else {
      heap_.assign(n, v);
      spilled_ = true;
    }
    n_ = n;
  }

 private:
  std::array<T, N> inline_{};
  std::vector<T> heap_;
  size_t n_ = 0;
  bool spilled_ = false;
};

}  // namespace ignis_node
