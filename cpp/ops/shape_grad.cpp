// Backward formulas of the shape ops (cpp/ops/shape.cpp), written with ops so they can be
// differentiated again: cat and stack split the gradient, split/unbind join it, flip/roll undo
// themselves, repeat sums over its blocks, tril/triu mask, pad crops (constant) or adds the
// reflected/replicated borders back with index_add.
#include "ops/shape_grad.h"

#include <algorithm>
#include <string>

#include "ops/ops.gen.h"

namespace ignis {
namespace {

Tensor cast_to(const Tensor& g, DType dt) { return g.dtype() == dt ? g : g.to(dt); }

// Source position along a padded dim of size n for each of the n + lo + hi output positions
// (the index pad() selects with).
Tensor pad_source_index(int64_t n, int64_t lo, int64_t hi, bool reflect, Device dev) {
  int64_t m = n + lo + hi;
  Tensor idx = empty({m}, {.dtype = DType::I64});
  int64_t* p = idx.data_ptr<int64_t>();
  for (int64_t j = 0; j < m; ++j) {
    int64_t s = j - lo;
    if (reflect) {
      if (s < 0) s = -s;
      if (s >= n) s = 2 * (n - 1) - s;
    } else {
      s = std::clamp<int64_t>(s, 0, n - 1);
    }
    p[j] = s;
  }
  return idx.to(dev);
}

}  // namespace

void record_cat(const std::vector<Tensor>& tensors, int64_t d, Tensor& out) {
  if (!any_requires_grad(tensors)) return;
  struct Part {
    DimVector shape;
    DType dtype;
    bool skipped;  // a 1-D empty tensor cat leaves out
  };
  std::vector<Part> parts;
  for (const Tensor& t : tensors)
    parts.push_back({DimVector(t.sizes()), t.dtype(), t.dim() == 1 && t.numel() == 0});
  record_list("CatBackward0", tensors, {&out}, {},
              [parts, d, dev = out.device()](const TensorList& g, const TensorList&) -> TensorList {
                TensorList r;
                int64_t off = 0;
                for (const Part& p : parts) {
                  if (p.skipped) {
                    r.push_back(zeros(p.shape, {.dtype = p.dtype, .device = dev}));
                    continue;
                  }
                  r.push_back(cast_to(g[0].narrow(d, off, p.shape[d]), p.dtype));
                  off += p.shape[d];
                }
                return r;
              });
}

void record_stack(const std::vector<Tensor>& tensors, int64_t d, Tensor& out) {
  if (!any_requires_grad(tensors)) return;
  std::vector<DType> dtypes;
  for (const Tensor& t : tensors) dtypes.push_back(t.dtype());
  record_list("StackBackward0", tensors, {&out}, {},
              [dtypes, d](const TensorList& g, const TensorList&) -> TensorList {
                TensorList r;
                for (size_t i = 0; i < dtypes.size(); ++i)
                  r.push_back(cast_to(g[0].select(d, static_cast<int64_t>(i)), dtypes[i]));
                return r;
              });
}

void record_split(const char* name, const Tensor& self, int64_t d, std::vector<Tensor>& pieces) {
  if (pieces.empty() || !any_requires_grad({&self})) return;
  std::vector<Tensor*> outs;
  for (Tensor& p : pieces) outs.push_back(&p);
  record_list(name, {self}, outs, {},
              [d](const TensorList& g, const TensorList&) -> TensorList { return {cat(g, d)}; });
}

void record_unbind(const Tensor& self, int64_t d, std::vector<Tensor>& pieces) {
  if (pieces.empty() || !any_requires_grad({&self})) return;
  std::vector<Tensor*> outs;
  for (Tensor& p : pieces) outs.push_back(&p);
  record_list("UnbindBackward0", {self}, outs, {},
              [d](const TensorList& g, const TensorList&) -> TensorList { return {stack(g, d)}; });
}

void record_flip(const Tensor& self, IntArrayRef dims, Tensor& out) {
  if (!any_requires_grad({&self})) return;
  record("FlipBackward0", {self}, {&out}, {},
         [dims = DimVector(dims)](const TensorList& g, const TensorList&) -> TensorList {
           return {flip(g[0], dims)};
         });
}

void record_roll(const Tensor& self, IntArrayRef shifts, IntArrayRef dims, Tensor& out) {
  if (!any_requires_grad({&self})) return;
  DimVector back;
  for (int64_t s : shifts) back.push_back(-s);
  record("RollBackward0", {self}, {&out}, {},
         [back, dims = DimVector(dims)](const TensorList& g, const TensorList&) -> TensorList {
           return {roll(g[0], back, dims)};
         });
}

void record_repeat(const Tensor& self, IntArrayRef repeats, Tensor& out) {
  if (!any_requires_grad({&self})) return;
  // The gradient viewed as (r0, s0, r1, s1, ...), summed over the r dims.
  int64_t r = static_cast<int64_t>(repeats.size());
  DimVector padded(r - self.dim(), 1);
  for (int64_t s : self.sizes()) padded.push_back(s);
  DimVector inter;
  std::vector<int64_t> rdims;
  for (int64_t i = 0; i < r; ++i) {
    inter.push_back(repeats[i]);
    inter.push_back(padded[i]);
    rdims.push_back(2 * i);
  }
  record(
      "RepeatBackward0", {self}, {&out}, {},
      [inter, rdims, shape = self.shape()](const TensorList& g, const TensorList&) -> TensorList {
        Tensor s = g[0].reshape(inter);
        if (!rdims.empty()) s = sum(s, rdims);
        return {s.reshape(shape)};
      });
}

void record_tri(const Tensor& self, int64_t diagonal, bool lower, Tensor& out) {
  if (!any_requires_grad({&self})) return;
  record(lower ? "TrilBackward0" : "TriuBackward0", {self}, {&out}, {},
         [diagonal, lower](const TensorList& g, const TensorList&) -> TensorList {
           return {lower ? tril(g[0], diagonal) : triu(g[0], diagonal)};
         });
}

void record_pad(const Tensor& self, IntArrayRef pad_, std::string_view mode, Tensor& out) {
  if (!any_requires_grad({&self})) return;
  DimVector pads(pad_);
  if (mode == "constant") {
    // The gradient padded back by the negated pads: crops what was added, re-adds (as zeros)
    // what a negative pad cropped.
    DimVector neg;
    for (int64_t p : pads) neg.push_back(-p);
    record(
        "ConstantPadNdBackward0", {self}, {&out}, {},
        [neg](const TensorList& g, const TensorList&) -> TensorList { return {pad(g[0], neg)}; });
    return;
  }
  bool reflect = mode == "reflect";
  int64_t np = static_cast<int64_t>(pads.size()) / 2;
  std::string name =
      std::string(reflect ? "ReflectionPad" : "ReplicationPad") + std::to_string(np) + "DBackward0";
  // pad() index_selects one dim after the other; undo them in reverse with index_add into
  // zeros of the shape before each step.
  record(name.c_str(), {self}, {&out}, {},
         [pads, np, reflect, shape = DimVector(self.sizes()), dt = self.dtype(),
          dev = self.device()](const TensorList& g, const TensorList&) -> TensorList {
           std::vector<DimVector> before(static_cast<size_t>(np));
           DimVector cur = shape;
           int64_t nd = static_cast<int64_t>(shape.size());
           for (int64_t k = 0; k < np; ++k) {
             before[k] = cur;
             cur[nd - 1 - k] += pads[2 * k] + pads[2 * k + 1];
           }
           Tensor r = g[0];
           for (int64_t k = np - 1; k >= 0; --k) {
             int64_t d = nd - 1 - k;
             Tensor idx = pad_source_index(shape[d], pads[2 * k], pads[2 * k + 1], reflect, dev);
             r = index_add(zeros(before[k], {.dtype = dt, .device = dev}), d, idx, r);
           }
           return {r};
         });
}

}  // namespace ignis
