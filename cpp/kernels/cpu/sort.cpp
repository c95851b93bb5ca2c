// CPU sort, topk, kthvalue and unique. Each element becomes one integer key that orders like
// the value (nan largest, -0 == +0) with its index in the low bits, so every sort is stable and
// ties need no extra compare; rows are sorted with Highway's vectorized quicksort (VQSort).
#include "kernels/sort.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <type_traits>
#include <vector>

#include <hwy/base.h>
#include <hwy/contrib/sort/vqsort.h>

#include "kernels/cpu/reduce_rows.h"
#include "tensor/convert.h"
#include "tensor/dispatch.h"

namespace ignis {
namespace {

template <typename T>
inline constexpr bool kWide = sizeof(T) == 8;  // int64 / float64: 128-bit keys

// Unsigned bits that order like the value: nan above everything, -0 equal to +0.
template <typename T>
uint64_t order_bits(T x) {
  if constexpr (std::is_same_v<T, bool> || std::is_same_v<T, uint8_t>) {
    return static_cast<uint64_t>(x);
  } else if constexpr (std::is_same_v<T, int64_t>) {
    return static_cast<uint64_t>(x) ^ (uint64_t(1) << 63);
  } else if constexpr (std::is_integral_v<T>) {
    return static_cast<uint32_t>(static_cast<int32_t>(x)) ^ 0x80000000u;
  } else if constexpr (std::is_same_v<T, double>) {
    if (std::isnan(x)) return ~uint64_t(0);
    uint64_t u = std::bit_cast<uint64_t>(x == 0 ? 0.0 : x);
    return (u >> 63) ? ~u : u | (uint64_t(1) << 63);
  } else {  // float, Half, BFloat16
    float f = static_cast<float>(x);
    if (std::isnan(f)) return 0xFFFFFFFFu;
    uint32_t u = std::bit_cast<uint32_t>(f == 0 ? 0.0f : f);
    return (u >> 31) ? ~u : u | 0x80000000u;
  }
}

// Key of element i of value x: value order first (flipped when descending), then index.
// Type values compare in with == (16-bit floats as float).
template <typename T>
using cmp_value_t = std::conditional_t<is_reduced_float_v<T>, float, T>;

template <typename T>
using key_t = std::conditional_t<kWide<T>, hwy::uint128_t, uint64_t>;

template <typename T>
key_t<T> make_key(T x, int64_t i, bool descending) {
  uint64_t o = order_bits(x);
  if constexpr (kWide<T>) {
    return {static_cast<uint64_t>(i), descending ? ~o : o};
  } else {
    if (descending) o = ~o & 0xFFFFFFFFu;
    return (o << 32) | static_cast<uint64_t>(i);
  }
}
template <typename T>
int64_t key_index(const key_t<T>& k) {
  if constexpr (kWide<T>)
    return static_cast<int64_t>(k.lo);
  else
    return static_cast<int64_t>(k & 0xFFFFFFFFu);
}
inline bool key_less(uint64_t a, uint64_t b) { return a < b; }
inline bool key_less(const hwy::uint128_t& a, const hwy::uint128_t& b) {
  return a.hi != b.hi ? a.hi < b.hi : a.lo < b.lo;
}

// Sorts keys ascending: VQSort for long runs, std::sort for short ones.
template <typename K>
void sort_keys(std::vector<K>& k) {
  if (k.size() < 256) {
    std::sort(k.begin(), k.end(), [](const K& a, const K& b) { return key_less(a, b); });
    return;
  }
  static thread_local hwy::Sorter sorter;
  sorter(k.data(), k.size(), hwy::SortAscending());
}

// Fills keys with row p[0..n) (stride st).
template <typename T>
void load_keys(std::vector<key_t<T>>& keys, const T* p, int64_t n, int64_t st, bool descending) {
  keys.resize(n);
  for (int64_t i = 0; i < n; ++i) keys[i] = make_key(p[i * st], i, descending);
}

// Calls f(values_row, indices_row, in_row) for every row; outputs are (..., m), in is (..., R).
template <typename T, typename F>
void for_rows(const Tensor& values, const Tensor& indices, const Tensor& in, const char* op,
              const F& f) {
  bool keep = values.dim() == in.dim();
  Tensor vk = keep ? cpu::drop_last_dim(values) : values;
  Tensor ik = keep ? cpu::drop_last_dim(indices) : indices;
  cpu::for_each_rows({vk, ik}, {cpu::drop_last_dim(in)}, in.size(-1), op,
                     [&](char** data, const int64_t* strides, int64_t n) {
                       for (int64_t r = 0; r < n; ++r)
                         f(reinterpret_cast<T*>(data[0] + r * strides[0]),
                           reinterpret_cast<int64_t*>(data[1] + r * strides[1]),
                           reinterpret_cast<const T*>(data[2] + r * strides[2]));
                     });
}

void sort_cpu(const Tensor& values, const Tensor& indices, const Tensor& in, bool descending) {
  int64_t R = in.size(-1), st = in.stride(-1), vs = values.stride(-1), is = indices.stride(-1);
  IGNIS_CHECK(R < (int64_t(1) << 32), Unsupported, "sort: rows longer than 2^32 elements");
  IGNIS_DISPATCH_ALL(in.dtype(), "sort", [&] {
    for_rows<scalar_t>(values, indices, in, "sort",
                       [&](scalar_t* v, int64_t* ix, const scalar_t* p) {
                         static thread_local std::vector<key_t<scalar_t>> keys;
                         load_keys(keys, p, R, st, descending);
                         sort_keys(keys);
                         for (int64_t i = 0; i < R; ++i) {
                           int64_t j = key_index<scalar_t>(keys[i]);
                           v[i * vs] = p[j * st];
                           ix[i * is] = j;
                         }
                       });
  });
}

void topk_cpu(const Tensor& values, const Tensor& indices, const Tensor& in, int64_t k,
              bool largest) {
  int64_t R = in.size(-1), st = in.stride(-1), vs = values.stride(-1), is = indices.stride(-1);
  IGNIS_CHECK(R < (int64_t(1) << 32), Unsupported, "topk: rows longer than 2^32 elements");
  IGNIS_DISPATCH_ALL(in.dtype(), "topk", [&] {
    using K = key_t<scalar_t>;
    for_rows<scalar_t>(values, indices, in, "topk",
                       [&](scalar_t* v, int64_t* ix, const scalar_t* p) {
                         static thread_local std::vector<K> keys;
                         load_keys(keys, p, R, st, largest);
                         auto less = [](const K& a, const K& b) { return key_less(a, b); };
                         if (k < R)
                           std::nth_element(keys.begin(), keys.begin() + k, keys.end(), less);
                         std::sort(keys.begin(), keys.begin() + k, less);
                         for (int64_t i = 0; i < k; ++i) {
                           int64_t j = key_index<scalar_t>(keys[i]);
                           v[i * vs] = p[j * st];
                           ix[i * is] = j;
                         }
                       });
  });
}

void kthvalue_cpu(const Tensor& values, const Tensor& indices, const Tensor& in, int64_t k,
                  bool nan_propagates) {
  int64_t R = in.size(-1), st = in.stride(-1);
  IGNIS_CHECK(R < (int64_t(1) << 32), Unsupported, "kthvalue: rows longer than 2^32 elements");
  IGNIS_DISPATCH_ALL(in.dtype(), "kthvalue", [&] {
    using K = key_t<scalar_t>;
    for_rows<scalar_t>(
        values, indices, in, "kthvalue", [&](scalar_t* v, int64_t* ix, const scalar_t* p) {
          if constexpr (std::is_floating_point_v<scalar_t> || is_reduced_float_v<scalar_t>) {
            if (nan_propagates)
              for (int64_t i = 0; i < R; ++i)
                if (std::isnan(static_cast<double>(convert<double>(p[i * st])))) {
                  *v = p[i * st];
                  *ix = i;
                  return;
                }
          }
          static thread_local std::vector<K> keys;
          load_keys(keys, p, R, st, false);
          std::nth_element(keys.begin(), keys.begin() + k, keys.end(),
                           [](const K& a, const K& b) { return key_less(a, b); });
          int64_t j = key_index<scalar_t>(keys[k]);
          *v = p[j * st];
          *ix = j;
        });
  });
}

std::tuple<Tensor, Tensor, Tensor> unique_cpu(const Tensor& in, bool return_inverse,
                                              bool return_counts) {
  int64_t n = in.numel(), st = in.stride(0);
  IGNIS_CHECK(n < (int64_t(1) << 32), Unsupported, "unique: more than 2^32 elements");
  return IGNIS_DISPATCH_ALL(in.dtype(), "unique", [&] {
    const auto* p = static_cast<const scalar_t*>(in.data_ptr());
    std::vector<key_t<scalar_t>> keys;
    load_keys(keys, p, n, st, false);
    sort_keys(keys);
    // Group runs of equal values (== on the values, so every nan stands alone).
    std::vector<int64_t> starts;
    for (int64_t i = 0; i < n; ++i) {
      scalar_t x = p[key_index<scalar_t>(keys[i]) * st];
      if (i == 0 || !(static_cast<cmp_value_t<scalar_t>>(x) ==
                      static_cast<cmp_value_t<scalar_t>>(p[key_index<scalar_t>(keys[i - 1]) * st])))
        starts.push_back(i);
    }
    int64_t u = static_cast<int64_t>(starts.size());
    Tensor values = empty({u}, {.dtype = in.dtype()});
    Tensor inverse = empty({return_inverse ? n : 0}, {.dtype = DType::I64});
    Tensor counts = empty({return_counts ? u : 0}, {.dtype = DType::I64});
    auto* vp = static_cast<scalar_t*>(values.data_ptr());
    auto* ip = static_cast<int64_t*>(inverse.data_ptr());
    auto* cp = static_cast<int64_t*>(counts.data_ptr());
    for (int64_t g = 0; g < u; ++g) {
      int64_t b = starts[g], e = g + 1 < u ? starts[g + 1] : n;
      vp[g] = p[key_index<scalar_t>(keys[b]) * st];
      if (return_counts) cp[g] = e - b;
      if (return_inverse)
        for (int64_t i = b; i < e; ++i) ip[key_index<scalar_t>(keys[i])] = g;
    }
    return std::tuple<Tensor, Tensor, Tensor>{values, inverse, counts};
  });
}

}  // namespace

IGNIS_REGISTER_KERNEL(sort, CPU, sort_cpu);
IGNIS_REGISTER_KERNEL(topk, CPU, topk_cpu);
IGNIS_REGISTER_KERNEL(kthvalue, CPU, kthvalue_cpu);
IGNIS_REGISTER_KERNEL(unique, CPU, unique_cpu);

}  // namespace ignis
