// CPU index kernels: offsets from index tensors, slice gather/scatter at offsets (index_select,
// take, advanced indexing, index_put, index_add), torch.gather/scatter, masked_fill, nonzero.
#include "kernels/index.h"

#include <algorithm>
#include <atomic>

#include "kernels/cpu/index_walk.h"
#include "tensor/convert.h"
#include "tensor/dispatch.h"
#include "tensor/tensor_iter.h"

namespace ignis {
namespace {

using cpu::copy_run;
using cpu::make_walk2;
using cpu::walk2;
using cpu::with_bits;

[[noreturn]] void fail_index(const char* op, int64_t v, int64_t dim, int64_t size) {
  IGNIS_FAIL(Index, op, ": index ", v, " is out of bounds for dimension ", dim, " with size ",
             size);
}

// Tail of a shape/stride list from position 1 (the slice dims after the leading n).
IntArrayRef tail(IntArrayRef a) { return IntArrayRef(a.data() + 1, a.size() - 1); }

void index_offsets_cpu(const Tensor& offsets, const std::vector<Tensor>& indices, IntArrayRef sizes,
                       IntArrayRef strides, IntArrayRef dims, bool wrap_negative, const char* op) {
  int64_t* out = offsets.data_ptr<int64_t>();
  std::fill(out, out + offsets.numel(), int64_t(0));
  for (size_t k = 0; k < indices.size(); ++k) {
    TensorIter it({offsets}, {offsets, indices[k]}, op);
    int64_t size = sizes[k], stride = strides[k], dim = dims[k];
    int64_t lo = wrap_negative ? -size : 0;
    it.for_each([&](char** data, const int64_t* st, int64_t n) {
      for (int64_t i = 0; i < n; ++i) {
        int64_t v = *reinterpret_cast<const int64_t*>(data[2] + i * st[2]);
        if (v < lo || v >= size) fail_index(op, v, dim, size);
        if (v < 0) v += size;
        *reinterpret_cast<int64_t*>(data[0] + i * st[0]) =
            *reinterpret_cast<const int64_t*>(data[1] + i * st[1]) + v * stride;
      }
    });
  }
}

void index_gather_cpu(const Tensor& out, const Tensor& src, const Tensor& offsets) {
  int64_t n = offsets.numel(), isz = src.element_size();
  if (n == 0 || out.numel() == 0) return;
  cpu::Walk2 w = make_walk2(src.sizes(), tail(out.strides()), src.strides(), isz);
  const int64_t* off = offsets.data_ptr<int64_t>();
  char* obase = static_cast<char*>(out.data_ptr());
  const char* sbase = static_cast<const char*>(src.data_ptr());
  int64_t ob = out.strides()[0] * isz;
  int64_t grain = std::max<int64_t>(1, kGrainSize / std::max<int64_t>(1, w.numel));
  // One contiguous run per slice (rows of a table): copy with a fixed-size loop.
  if (w.sizes.size() <= 1 && (w.sizes.empty() || (w.sa[0] == isz && w.sb[0] == isz))) {
    int64_t len = w.numel;
    with_bits(isz, [&]<typename U>() {
      parallel_for(0, n, grain, [&](int64_t b, int64_t e) {
        for (int64_t i = b; i < e; ++i) {
          U* o = reinterpret_cast<U*>(obase + i * ob);
          const U* s = reinterpret_cast<const U*>(sbase) + off[i];
          if (len == 1)
            *o = *s;
          else
            std::memcpy(o, s, static_cast<size_t>(len) * sizeof(U));
        }
      });
    });
    return;
  }
  parallel_for(0, n, grain, [&](int64_t b, int64_t e) {
    for (int64_t i = b; i < e; ++i)
      walk2(w, obase + i * ob, const_cast<char*>(sbase) + off[i] * isz,
            [&](char* a, char* s, int64_t len, int64_t sa, int64_t sb) {
              copy_run(a, s, len, sa, sb, isz);
            });
  });
}

void index_scatter_cpu(const Tensor& dst, const Tensor& offsets, const Tensor& values,
                       bool accumulate, const Scalar& alpha) {
  int64_t n = offsets.numel(), isz = dst.element_size();
  if (n == 0 || values.numel() == 0) return;
  cpu::Walk2 w = make_walk2(dst.sizes(), dst.strides(), tail(values.strides()), isz);
  const int64_t* off = offsets.data_ptr<int64_t>();
  char* dbase = static_cast<char*>(dst.data_ptr());
  char* vbase = static_cast<char*>(values.data_ptr());
  int64_t vb = values.strides()[0] * isz;
  if (!accumulate) {
    for (int64_t i = 0; i < n; ++i)
      walk2(w, dbase + off[i] * isz, vbase + i * vb,
            [&](char* a, char* s, int64_t len, int64_t sa, int64_t sb) {
              copy_run(a, s, len, sa, sb, isz);
            });
    return;
  }
  IGNIS_DISPATCH_ALL(dst.dtype(), "index_add", [&] {
    using acc_t = std::conditional_t<is_reduced_float_v<scalar_t>, float, scalar_t>;
    acc_t a = alpha.to<acc_t>();
    for (int64_t i = 0; i < n; ++i)
      walk2(w, dbase + off[i] * isz, vbase + i * vb,
            [&](char* d, char* s, int64_t len, int64_t sd, int64_t ss) {
              for (int64_t j = 0; j < len; ++j) {
                auto* dp = reinterpret_cast<scalar_t*>(d + j * sd);
                acc_t v = static_cast<acc_t>(*reinterpret_cast<const scalar_t*>(s + j * ss));
                if constexpr (std::is_same_v<scalar_t, bool>)
                  *dp = *dp || (a && v);
                else
                  *dp = static_cast<scalar_t>(static_cast<acc_t>(*dp) + a * v);
              }
            });
  });
}

// self restrided to index's shape with stride 0 along dim, so one TensorIter walks all three.
Tensor restride_along(const Tensor& self, int64_t dim, const Tensor& index) {
  DimVector st(self.strides());
  if (self.dim() > 0) st[dim] = 0;
  return make_tensor(self.storage(), self.dtype(), index.sizes(), st, self.storage_offset());
}

void gather_cpu(const Tensor& out, const Tensor& self, int64_t dim, const Tensor& index,
                const char* op) {
  if (out.numel() == 0) return;
  int64_t size = self.dim() == 0 ? 1 : self.sizes()[dim];
  int64_t step = (self.dim() == 0 ? 0 : self.strides()[dim]) * self.element_size();
  // Rows along the last dim with matching leading sizes (the common case): a direct loop.
  bool rows = dim == self.dim() - 1 && self.dim() > 0 && self.is_contiguous() &&
              index.is_contiguous() && out.is_contiguous() &&
              equal_dims(IntArrayRef(self.sizes().data(), self.dim() - 1),
                         IntArrayRef(index.sizes().data(), index.dim() - 1));
  if (rows) {
    int64_t k = index.sizes()[dim], nrows = index.numel() / std::max<int64_t>(k, 1);
    const int64_t* ip = index.data_ptr<int64_t>();
    with_bits(self.element_size(), [&]<typename U>() {
      const U* sp = static_cast<const U*>(self.data_ptr());
      U* op_ = static_cast<U*>(out.data_ptr());
      parallel_for(0, nrows, std::max<int64_t>(1, kGrainSize / std::max<int64_t>(k, 1)),
                   [&](int64_t b, int64_t e) {
                     for (int64_t r = b; r < e; ++r) {
                       const U* srow = sp + r * size;
                       for (int64_t j = r * k; j < (r + 1) * k; ++j) {
                         int64_t v = ip[j];
                         if (v < 0 || v >= size) fail_index(op, v, dim, size);
                         op_[j] = srow[v];
                       }
                     }
                   });
    });
    return;
  }
  Tensor src = restride_along(self, dim, index);
  TensorIter it({out}, {src, index}, op);
  with_bits(self.element_size(), [&]<typename U>() {
    it.for_each([&](char** data, const int64_t* st, int64_t n) {
      for (int64_t i = 0; i < n; ++i) {
        int64_t v = *reinterpret_cast<const int64_t*>(data[2] + i * st[2]);
        if (v < 0 || v >= size) fail_index(op, v, dim, size);
        *reinterpret_cast<U*>(data[0] + i * st[0]) =
            *reinterpret_cast<const U*>(data[1] + i * st[1] + v * step);
      }
    });
  });
}

void check_range(const Tensor& index, int64_t size, int64_t dim, const char* op) {
  if (index.numel() == 0) return;
  TensorIter it({}, {index}, op);
  it.for_each([&](char** data, const int64_t* st, int64_t n) {
    for (int64_t i = 0; i < n; ++i) {
      int64_t v = *reinterpret_cast<const int64_t*>(data[0] + i * st[0]);
      if (v < 0 || v >= size) fail_index(op, v, dim, size);
    }
  });
}

void scatter_cpu(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src,
                 ScatterReduce reduce, const char* op) {
  if (index.numel() == 0) return;
  int64_t size = self.dim() == 0 ? 1 : self.sizes()[dim];
  check_range(index, size, dim, op);
  int64_t step = (self.dim() == 0 ? 0 : self.strides()[dim]) * self.element_size();
  Tensor dst = restride_along(self, dim, index);
  Tensor s = src.dim() == 0 ? src
                            : make_tensor(src.storage(), src.dtype(), index.sizes(), src.strides(),
                                          src.storage_offset());
  TensorIter it({dst}, {index, s}, op);
  IGNIS_DISPATCH_ALL(self.dtype(), op, [&] {
    using acc_t = std::conditional_t<is_reduced_float_v<scalar_t>, float, scalar_t>;
    // Serial: repeated indices then combine in index order on every run.
    it.serial_for_each(
        [&](char** data, const int64_t* st, int64_t n) {
          for (int64_t i = 0; i < n; ++i) {
            int64_t v = *reinterpret_cast<const int64_t*>(data[1] + i * st[1]);
            auto* d = reinterpret_cast<scalar_t*>(data[0] + i * st[0] + v * step);
            scalar_t x = *reinterpret_cast<const scalar_t*>(data[2] + i * st[2]);
            if (reduce == ScatterReduce::None) {
              *d = x;
            } else if constexpr (std::is_same_v<scalar_t, bool>) {
              *d = reduce == ScatterReduce::Add ? (*d || x) : (*d && x);
            } else if (reduce == ScatterReduce::Add) {
              *d = static_cast<scalar_t>(static_cast<acc_t>(*d) + static_cast<acc_t>(x));
            } else {
              *d = static_cast<scalar_t>(static_cast<acc_t>(*d) * static_cast<acc_t>(x));
            }
          }
        },
        0, it.numel());
  });
}

void masked_fill_cpu(const Tensor& out, const Tensor& self, const Tensor& mask,
                     const Scalar& value) {
  TensorIter it({out}, {self, mask}, "masked_fill");
  IGNIS_DISPATCH_ALL(out.dtype(), "masked_fill", [&] {
    scalar_t v = value.to<scalar_t>();
    it.for_each([v](char** data, const int64_t* st, int64_t n) {
      if (st[0] == sizeof(scalar_t) && st[1] == sizeof(scalar_t) && st[2] == 1) {
        auto* o = reinterpret_cast<scalar_t*>(data[0]);
        const auto* x = reinterpret_cast<const scalar_t*>(data[1]);
        const auto* m = reinterpret_cast<const uint8_t*>(data[2]);
        for (int64_t i = 0; i < n; ++i) {  // both sides loaded: a blend, not a branch
          scalar_t xi = x[i];
          o[i] = m[i] ? v : xi;
        }
        return;
      }
      for (int64_t i = 0; i < n; ++i)
        *reinterpret_cast<scalar_t*>(data[0] + i * st[0]) =
            *reinterpret_cast<const bool*>(data[2] + i * st[2])
                ? v
                : *reinterpret_cast<const scalar_t*>(data[1] + i * st[1]);
    });
  });
}

int64_t count_nonzero_cpu(const Tensor& t) {
  if (t.numel() == 0) return 0;
  TensorIter it({}, {t}, "nonzero");
  std::atomic<int64_t> total{0};
  IGNIS_DISPATCH_ALL(t.dtype(), "nonzero", [&] {
    it.for_each([&](char** data, const int64_t* st, int64_t n) {
      int64_t c = 0;
      for (int64_t i = 0; i < n; ++i)
        c += convert<bool>(*reinterpret_cast<const scalar_t*>(data[0] + i * st[0]));
      total += c;
    });
  });
  return total.load();
}

void nonzero_cpu(const Tensor& out, const Tensor& self) {
  int64_t nd = self.dim(), numel = self.numel();
  if (numel == 0 || out.numel() == 0) return;
  int64_t* o = out.data_ptr<int64_t>();
  IGNIS_DISPATCH_ALL(self.dtype(), "nonzero", [&] {
    const scalar_t* base = static_cast<const scalar_t*>(self.data_ptr());
    DimVector idx(nd, 0);
    IntArrayRef sz = self.sizes(), st = self.strides();
    int64_t pos = 0;
    for (int64_t i = 0; i < numel; ++i) {
      if (convert<bool>(base[pos])) {
        for (int64_t d = 0; d < nd; ++d) *o++ = idx[d];
      }
      for (int64_t d = nd - 1; d >= 0; --d) {
        pos += st[d];
        if (++idx[d] < sz[d]) break;
        pos -= st[d] * sz[d];
        idx[d] = 0;
      }
    }
  });
}

}  // namespace

IGNIS_REGISTER_KERNEL(index_offsets, CPU, index_offsets_cpu);
IGNIS_REGISTER_KERNEL(index_gather, CPU, index_gather_cpu);
IGNIS_REGISTER_KERNEL(index_scatter, CPU, index_scatter_cpu);
IGNIS_REGISTER_KERNEL(gather, CPU, gather_cpu);
IGNIS_REGISTER_KERNEL(scatter, CPU, scatter_cpu);
IGNIS_REGISTER_KERNEL(masked_fill, CPU, masked_fill_cpu);
IGNIS_REGISTER_KERNEL(count_nonzero, CPU, count_nonzero_cpu);
IGNIS_REGISTER_KERNEL(nonzero, CPU, nonzero_cpu);

}  // namespace ignis
