// Backward formulas of the index ops (cpp/ops/index.cpp, cpp/ops/indexing.cpp), written with
// ops so they can be differentiated again: what an op gathers, its backward scatters (adding
// duplicates) into zeros, and what it scatters, its backward gathers; positions an op
// overwrote get no gradient.
#include "ops/index_grad.h"

#include "ops/grad_utils.h"
#include "ops/ops.gen.h"
#include "ops/shape_grad.h"
#include "tensor/broadcast.h"

namespace ignis {
namespace {

Tensor zeros_of(IntArrayRef shape, DType dt, Device dev) {
  return zeros(shape, {.dtype = dt, .device = dev});
}

// gather(g, dim, index) padded with zeros to src's shape (index may be smaller than src in
// every dim; src elements index does not reach get no gradient).
Tensor gather_to(const Tensor& g, int64_t dim, const Tensor& index, const DimVector& src_shape) {
  Tensor r = gather(g, dim, index);
  if (equal_dims(r.sizes(), src_shape)) return r;
  DimVector pads;
  for (int64_t k = r.dim() - 1; k >= 0; --k) {
    pads.push_back(0);
    pads.push_back(src_shape[k] - r.sizes()[k]);
  }
  return pad(r, pads);
}

// An index expression with its tensors taken out (to be saved) and put back in backward.
struct IndexSpec {
  std::vector<TensorIndex> pattern;  // tensor entries hold an undefined placeholder
  size_t first = 0;                  // position of the first index tensor in `saved`
  size_t count = 0;

  std::vector<TensorIndex> rebuild(const TensorList& saved) const {
    std::vector<TensorIndex> r;
    size_t k = first;
    for (const TensorIndex& i : pattern) r.push_back(i.is_tensor() ? TensorIndex(saved[k++]) : i);
    return r;
  }
};

IndexSpec split_index(const std::vector<TensorIndex>& indices,
                      std::vector<std::pair<Tensor, bool>>& saved) {
  IndexSpec s;
  s.first = saved.size();
  for (const TensorIndex& i : indices) {
    if (i.is_tensor()) {
      saved.emplace_back(i.tensor(), false);
      s.pattern.emplace_back(Tensor());
      ++s.count;
    } else {
      s.pattern.push_back(i);
    }
  }
  return s;
}

}  // namespace

void record_index_select(const Tensor& self, int64_t dim, const Tensor& index, Tensor& out) {
  if (!any_requires_grad({&self})) return;
  record("IndexSelectBackward0", {self}, {&out}, {{index, false}},
         [dim, shape = self.shape(), dt = self.dtype(),
          dev = self.device()](const TensorList& g, const TensorList& s) -> TensorList {
           return {index_add(zeros_of(shape, dt, dev), dim, s[0], g[0])};
         });
}

void record_gather(const Tensor& self, int64_t dim, const Tensor& index, Tensor& out) {
  if (!any_requires_grad({&self})) return;
  record("GatherBackward0", {self}, {&out}, {{index, false}},
         [dim, shape = self.shape(), dt = self.dtype(),
          dev = self.device()](const TensorList& g, const TensorList& s) -> TensorList {
           return {scatter_add(zeros_of(shape, dt, dev), dim, s[0], g[0])};
         });
}

void record_scatter(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src,
                    std::optional<std::string_view> reduce, Tensor& out) {
  if (!any_requires_grad({&self, &src})) return;
  const char* name = src.defined() ? "ScatterBackward0" : "ScatterBackward1";
  if (reduce && *reduce == "multiply") {
    // Like PyTorch, scatter with reduce="multiply" has no derivative: backward fails.
    record("NotImplemented", {self, src}, {&out}, {},
           [](const TensorList&, const TensorList&) -> TensorList {
             IGNIS_FAIL(Unsupported, "the derivative for scatter with reduce=\"multiply\" is not ",
                        "implemented");
           });
    return;
  }
  bool add = reduce.has_value();  // "add": self keeps its values, src adds to them
  DimVector src_shape = src.defined() ? DimVector(src.sizes()) : DimVector();
  record(name, {self, src}, {&out}, {{index, false}},
         [dim, add, src_shape, has_src = src.defined()](const TensorList& g,
                                                        const TensorList& s) -> TensorList {
           Tensor gs = add ? g[0] : scatter(g[0], dim, s[0], Scalar(0));
           Tensor gsrc = has_src ? gather_to(g[0], dim, s[0], src_shape) : Tensor();
           return {gs, gsrc};
         });
}

void record_scatter_add(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src,
                        Tensor& out) {
  if (!any_requires_grad({&self, &src})) return;
  record("ScatterAddBackward0", {self, src}, {&out}, {{index, false}},
         [dim, src_shape = DimVector(src.sizes())](const TensorList& g,
                                                   const TensorList& s) -> TensorList {
           return {g[0], gather_to(g[0], dim, s[0], src_shape)};
         });
}

void record_index_add(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& source,
                      const Scalar& alpha, Tensor& out) {
  if (!any_requires_grad({&self, &source})) return;
  record("IndexAddBackward0", {self, source}, {&out}, {{index, false}},
         [dim, alpha, src_shape = source.shape()](const TensorList& g,
                                                  const TensorList& s) -> TensorList {
           Tensor gs = index_select(g[0], dim, s[0]);
           if (!(alpha.is_integral() && alpha.to<int64_t>() == 1)) gs = mul(gs, alpha);
           if (!equal_dims(gs.sizes(), src_shape)) gs = gs.reshape(src_shape);
           return {g[0], gs};
         });
}

void record_index_put(const Tensor& self, const std::vector<TensorIndex>& indices,
                      const Tensor& values, bool accumulate, Tensor& out) {
  if (!any_requires_grad({&self, &values})) return;
  std::vector<std::pair<Tensor, bool>> saved;
  IndexSpec spec = split_index(indices, saved);
  record_list("IndexPutBackward0", {self, values}, {&out}, saved,
              [spec, accumulate, vshape = values.shape(),
               vdt = values.dtype()](const TensorList& g, const TensorList& s) -> TensorList {
                std::vector<TensorIndex> ti = spec.rebuild(s);
                Tensor gself = g[0];
                if (!accumulate) {  // overwritten positions get no gradient
                  gself = g[0].clone();
                  index_put_(gself, ti, Scalar(0));
                }
                Tensor gv = sum_to(index(g[0], ti), vshape);
                return {gself, gv.dtype() == vdt ? gv : gv.to(vdt)};
              });
}

void record_index(const Tensor& self, const std::vector<TensorIndex>& indices, Tensor& out) {
  if (!any_requires_grad({&self})) return;
  std::vector<std::pair<Tensor, bool>> saved;
  IndexSpec spec = split_index(indices, saved);
  record_list("IndexBackward0", {self}, {&out}, saved,
              [spec, shape = self.shape(), dt = self.dtype(),
               dev = self.device()](const TensorList& g, const TensorList& s) -> TensorList {
                Tensor z = zeros_of(shape, dt, dev);
                detail::index_put_impl(z, spec.rebuild(s), g[0], /*accumulate=*/true, "index_put_");
                return {z};
              });
}

void record_masked_fill(const Tensor& self, const Tensor& mask, const Tensor& value, Tensor& out) {
  if (!any_requires_grad({&self, &value})) return;
  bool has_value = value.defined();
  record(has_value ? "MaskedFillBackward1" : "MaskedFillBackward0", {self, value}, {&out},
         {{mask, false}},
         [has_value, shape = self.shape(), vdt = has_value ? value.dtype() : self.dtype()](
             const TensorList& g, const TensorList& s) -> TensorList {
           Tensor gs = sum_to(masked_fill(g[0], s[0], 0), shape);
           Tensor gv;
           if (has_value) {
             gv = sum(masked_fill(g[0], logical_not(s[0]), 0));
             if (gv.dtype() != vdt) gv = gv.to(vdt);
           }
           return {gs, gv};
         });
}

void record_masked_select(const Tensor& self, const Tensor& mask, Tensor& out) {
  if (!any_requires_grad({&self})) return;
  DimVector full = broadcast_shapes(self.sizes(), mask.sizes(), "masked_select");
  record("MaskedSelectBackward0", {self}, {&out}, {{mask, false}},
         [full, shape = self.shape(), dt = self.dtype(),
          dev = self.device()](const TensorList& g, const TensorList& s) -> TensorList {
           return {sum_to(masked_scatter(zeros_of(full, dt, dev), s[0], g[0]), shape)};
         });
}

void record_masked_scatter(const Tensor& self, const Tensor& mask, const Tensor& source,
                           Tensor& out) {
  if (!any_requires_grad({&self, &source})) return;
  record("MaskedScatterBackward0", {self, source}, {&out}, {{mask, false}},
         [shape = self.shape(), sshape = source.shape()](const TensorList& g,
                                                         const TensorList& s) -> TensorList {
           Tensor gs = sum_to(masked_fill(g[0], s[0], 0), shape);
           // The first n elements of source (row-major) filled the n true positions.
           Tensor gsrc = masked_select(g[0], s[0]);
           int64_t total = 1;
           for (int64_t v : sshape) total *= v;
           if (gsrc.numel() < total)
             gsrc = cat({gsrc, zeros_of({total - gsrc.numel()}, gsrc.dtype(), gsrc.device())});
           return {gs, gsrc.reshape(sshape)};
         });
}

void record_take(const Tensor& self, const Tensor& index, Tensor& out) {
  if (!any_requires_grad({&self})) return;
  record("TakeBackward0", {self}, {&out}, {{index, false}},
         [shape = self.shape(), n = self.numel(), dt = self.dtype(),
          dev = self.device()](const TensorList& g, const TensorList& s) -> TensorList {
           Tensor flat = index_put(zeros_of({n}, dt, dev), {s[0].reshape({-1})}, g[0].reshape({-1}),
                                   /*accumulate=*/true);
           return {flat.reshape(shape)};
         });
}

}  // namespace ignis
