// CPU shape kernels: cat (parallel block copies when every layout is dense) and tril/triu.
#include "kernels/shape.h"

#include <algorithm>

#include "kernels/copy.h"
#include "kernels/cpu/index_walk.h"
#include "tensor/tensor_iter.h"

namespace ignis {
namespace {

void cat_cpu(const Tensor& out, const std::vector<Tensor>& inputs, int64_t dim) {
  bool dense = out.is_contiguous();
  for (const Tensor& t : inputs) dense = dense && t.is_contiguous();
  if (!dense) {
    int64_t off = 0;
    for (const Tensor& t : inputs) {
      int64_t n = t.sizes()[dim];
      if (t.numel() > 0) kernel(copy_kernel, "cat", out.device())(out.narrow(dim, off, n), t);
      off += n;
    }
    return;
  }
  // Dense: out is `outer` rows, each the inputs' blocks (block_k bytes) end to end.
  int64_t outer = 1, inner = 1, isz = out.element_size();
  for (int64_t d = 0; d < dim; ++d) outer *= out.sizes()[d];
  for (int64_t d = dim + 1; d < out.dim(); ++d) inner *= out.sizes()[d];
  size_t k = inputs.size();
  std::vector<int64_t> block(k), start(k);
  int64_t row = 0;
  for (size_t i = 0; i < k; ++i) {
    block[i] = inputs[i].sizes()[dim] * inner * isz;
    start[i] = row;
    row += block[i];
  }
  char* o = static_cast<char*>(out.data_ptr());
  if (outer * static_cast<int64_t>(k) < 4 * get_num_threads()) {
    // Few large blocks: split each copy across threads.
    for (size_t i = 0; i < k; ++i) {
      const char* s = static_cast<const char*>(inputs[i].data_ptr());
      for (int64_t r = 0; r < outer; ++r) {
        char* d = o + r * row + start[i];
        const char* src = s + r * block[i];
        parallel_for(0, block[i], kGrainSize * 16, [&](int64_t b, int64_t e) {
          std::memcpy(d + b, src + b, static_cast<size_t>(e - b));
        });
      }
    }
    return;
  }
  int64_t tasks = outer * static_cast<int64_t>(k);
  int64_t grain = std::max<int64_t>(1, kGrainSize * 16 / std::max<int64_t>(1, row / k));
  parallel_for(0, tasks, grain, [&](int64_t b, int64_t e) {
    for (int64_t t = b; t < e; ++t) {
      int64_t r = t / static_cast<int64_t>(k);
      size_t i = static_cast<size_t>(t % static_cast<int64_t>(k));
      std::memcpy(o + r * row + start[i],
                  static_cast<const char*>(inputs[i].data_ptr()) + r * block[i],
                  static_cast<size_t>(block[i]));
    }
  });
}

void tril_triu_cpu(const Tensor& out, const Tensor& self, int64_t diagonal, bool lower) {
  int64_t nd = self.dim();
  int64_t rows = self.sizes()[nd - 2], cols = self.sizes()[nd - 1];
  int64_t isz = self.element_size();
  if (self.numel() == 0) return;
  int64_t batch = self.numel() / (rows * cols);
  IntArrayRef bs(self.sizes().data(), static_cast<size_t>(nd - 2));
  int64_t so_r = out.strides()[nd - 2] * isz, so_c = out.strides()[nd - 1] * isz;
  int64_t ss_r = self.strides()[nd - 2] * isz, ss_c = self.strides()[nd - 1] * isz;
  bool same = out.is_same(self) ||
              (out.data_ptr() == self.data_ptr() && equal_dims(out.strides(), self.strides()));
  char* obase = static_cast<char*>(out.data_ptr());
  const char* sbase = static_cast<const char*>(self.data_ptr());
  int64_t grain = std::max<int64_t>(1, kGrainSize / std::max<int64_t>(1, cols));
  parallel_for(0, batch * rows, grain, [&](int64_t b, int64_t e) {
    for (int64_t t = b; t < e; ++t) {
      int64_t bi = t / rows, i = t % rows;
      // Byte offsets of batch bi in out and self (row-major over the batch dims).
      int64_t oo = 0, os = 0, rem = bi;
      for (int64_t d = static_cast<int64_t>(bs.size()) - 1; d >= 0; --d) {
        int64_t x = rem % bs[d];
        rem /= bs[d];
        oo += x * out.strides()[d] * isz;
        os += x * self.strides()[d] * isz;
      }
      char* orow = obase + oo + i * so_r;
      const char* srow = sbase + os + i * ss_r;
      // Columns kept: j - i <= diagonal (lower) or j - i >= diagonal (upper).
      int64_t lo = lower ? 0 : std::clamp<int64_t>(i + diagonal, 0, cols);
      int64_t hi = lower ? std::clamp<int64_t>(i + diagonal + 1, 0, cols) : cols;
      if (!same && hi > lo)
        cpu::copy_run(orow + lo * so_c, srow + lo * ss_c, hi - lo, so_c, ss_c, isz);
      auto zero = [&](int64_t from, int64_t to) {
        for (int64_t j = from; j < to; ++j)
          std::memset(orow + j * so_c, 0, static_cast<size_t>(isz));
      };
      zero(0, lo);
      zero(std::max(hi, lo), cols);
    }
  });
}

}  // namespace

IGNIS_REGISTER_KERNEL(cat, CPU, cat_cpu);
IGNIS_REGISTER_KERNEL(tril_triu, CPU, tril_triu_cpu);

}  // namespace ignis
