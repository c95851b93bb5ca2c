// Autograd through views that share memory with their base (see view_grad.h).
#include "ops/view_grad.h"

#include <algorithm>
#include <numeric>

#include "ops/history.h"
#include "ops/ops.gen.h"

namespace ignis {
namespace {

// Storage positions [first, last] a geometry touches (it must hold at least one element).
std::pair<int64_t, int64_t> extent(const Geometry& g) {
  int64_t last = g.offset;
  for (size_t i = 0; i < g.sizes.size(); ++i) last += (g.sizes[i] - 1) * g.strides[i];
  return {g.offset, last};
}

// True when two elements of the geometry may share a memory location.
bool may_overlap(const Geometry& g) {
  std::vector<size_t> order(g.sizes.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return g.strides[a] < g.strides[b]; });
  int64_t reach = 0;  // largest offset reachable with the dims seen so far
  for (size_t i : order) {
    if (g.sizes[i] <= 1) continue;
    if (g.strides[i] <= reach) return true;
    reach += (g.sizes[i] - 1) * g.strides[i];
  }
  return false;
}

// Index of every element of g into a storage window starting at `lo` of `span` elements.
Tensor storage_index(const Geometry& g, int64_t lo, int64_t span) {
  NoGradGuard no_grad;
  return arange(span, {.dtype = DType::I64}).as_strided(g.sizes, g.strides, g.offset - lo);
}

// Window of storage covering both geometries: (lo, span).
std::pair<int64_t, int64_t> window(const Geometry& a, const Geometry& b) {
  auto [a0, a1] = extent(a);
  auto [b0, b1] = extent(b);
  int64_t lo = std::min(a0, b0);
  return {lo, std::max(a1, b1) - lo + 1};
}

// Adds the elements of t (laid out as g) into a zero storage window.
Tensor scatter_to_storage(const Tensor& t, const Geometry& g, int64_t lo, int64_t span) {
  Tensor flat = zeros({span}, {.dtype = t.dtype(), .device = t.device()});
  Tensor idx = storage_index(g, lo, span).reshape({-1}).to(t.device());
  return index_add(flat, 0, idx, t.reshape({-1}));
}

// The elements of a storage window laid out as g (shared locations split evenly).
Tensor gather_from_storage(const Tensor& flat, const Geometry& g, int64_t lo, int64_t span) {
  Tensor idx = storage_index(g, lo, span).reshape({-1}).to(flat.device());
  Tensor out = index_select(flat, 0, idx);
  if (may_overlap(g)) {
    NoGradGuard no_grad;
    Tensor count = zeros({span}, {.dtype = flat.dtype(), .device = flat.device()});
    count =
        index_add(count, 0, idx, ones({idx.numel()}, {.dtype = flat.dtype()}).to(flat.device()));
    Tensor share = index_select(count, 0, idx);
    out = div(out, share);
  }
  return out.reshape(g.sizes);
}

int64_t numel_of(const Geometry& g) {
  int64_t n = 1;
  for (int64_t s : g.sizes) n *= s;
  return n;
}

// History of a view remade from its base: grad(base) = as_strided_backward(grad(view)).
class ViewOfBaseBackward final : public Node {
 public:
  ViewOfBaseBackward(Geometry base, Geometry view)
      : base_(std::move(base)), view_(std::move(view)) {}
  std::vector<Tensor> apply(std::vector<Tensor>&& grads) override {
    if (!grads[0].defined()) return {Tensor()};
    return {as_strided_backward(grads[0], base_, view_)};
  }
  std::string name() const override { return "AsStridedBackward0"; }

 private:
  Geometry base_, view_;
};

// History of a base after an op wrote into one of its views: the gradient of the base before
// the write is the incoming one, except in the view's region, where it is what the op's own
// backward (fn) gives for the view's old values (zero when the op did not read them).
class CopySlices final : public Node {
 public:
  CopySlices(Geometry base, Geometry view, std::shared_ptr<Node> fn, uint32_t fn_output,
             std::vector<bool> reads_view, DType dtype, Device device)
      : base_(std::move(base)),
        view_(std::move(view)),
        fn_(std::move(fn)),
        fn_output_(fn_output),
        reads_view_(std::move(reads_view)),
        dtype_(dtype),
        device_(device) {}

  std::vector<Tensor> apply(std::vector<Tensor>&& grads) override {
    Tensor g =
        grads[0].defined() ? grads[0] : zeros(base_.sizes, {.dtype = dtype_, .device = device_});
    auto [lo, span] = window(base_, view_);
    Tensor flat = scatter_to_storage(g, base_, lo, span);
    std::vector<Tensor> fn_grads(fn_->num_outputs);
    fn_grads[fn_output_] = gather_from_storage(flat, view_, lo, span);
    std::vector<Tensor> res = fn_->apply(std::move(fn_grads));
    res.resize(reads_view_.size());

    std::vector<Tensor> out{Tensor()};
    Tensor old_view;  // gradient of the view's values before the write
    for (size_t j = 0; j < reads_view_.size(); ++j) {
      if (!reads_view_[j]) {
        out.push_back(res[j]);
      } else if (res[j].defined()) {
        old_view = old_view.defined() ? add(old_view, res[j]) : res[j];
      }
    }
    Tensor keep;
    {
      NoGradGuard no_grad;
      Tensor idx = storage_index(view_, lo, span).reshape({-1}).to(flat.device());
      keep = scatter(ones({span}, {.dtype = flat.dtype(), .device = flat.device()}), 0, idx, 0);
    }
    flat = mul(flat, keep);
    if (old_view.defined()) flat = add(flat, scatter_to_storage(old_view, view_, lo, span));
    out[0] = gather_from_storage(flat, base_, lo, span);
    return out;
  }
  std::string name() const override { return "CopySlices"; }
  void release_variables() override { fn_->release_variables(); }

 private:
  Geometry base_, view_;
  std::shared_ptr<Node> fn_;
  uint32_t fn_output_;            // which output of fn_ the view is
  std::vector<bool> reads_view_;  // per edge of fn_: is it the gradient of the old view?
  DType dtype_;
  Device device_;
};

void set_grad_fn(const Tensor& t, std::shared_ptr<Node> node) {
  AutogradMeta& m = t.impl()->autograd_mut();
  m.grad_fn = std::move(node);
  m.output_nr = 0;
  m.requires_grad = false;
}

}  // namespace

Tensor as_strided_backward(const Tensor& grad, const Geometry& input, const Geometry& out) {
  if (numel_of(input) == 0)
    return zeros(input.sizes, {.dtype = grad.dtype(), .device = grad.device()});
  if (numel_of(out) == 0)
    return zeros(input.sizes, {.dtype = grad.dtype(), .device = grad.device()});
  auto [lo, span] = window(input, out);
  return gather_from_storage(scatter_to_storage(grad, out, lo, span), input, lo, span);
}

void mark_view(const Tensor& self, const Tensor& view) {
  if (!GradMode::is_enabled() || InferenceMode::is_enabled()) return;
  const Ref<TensorImpl>& b = self.impl()->view_base();
  view.impl()->set_view_base(b ? b : self.impl_ref(), view.storage()->version());
}

void rebase_view(const Tensor& view, const std::shared_ptr<Node>& node, uint32_t output_nr) {
  Tensor base(view.impl()->view_base());
  AutogradMeta* bm = base.impl()->autograd();
  IGNIS_CHECK(!(bm && bm->requires_grad && !bm->grad_fn), InvalidArgument, node->name(),
              ": a view of a leaf tensor that requires grad is being used in an in-place "
              "operation");
  // The edge the op took for the view's old values (what gradient_edge gave it).
  Edge old;
  if (AutogradMeta* vm = view.impl()->autograd(); vm && vm->grad_fn)
    old = {vm->grad_fn, vm->output_nr};
  std::vector<bool> reads_view;
  auto cs_edges = std::vector<Edge>{gradient_edge(base)};
  for (const Edge& e : node->next_edges) {
    bool same = old.valid() && e.fn == old.fn && e.input_nr == old.input_nr;
    reads_view.push_back(same);
    if (!same) cs_edges.push_back(e);
  }
  Geometry bg = Geometry::of(base), vg = Geometry::of(view);
  auto cs = std::make_shared<CopySlices>(bg, vg, node, output_nr, std::move(reads_view),
                                         base.dtype(), base.device());
  cs->next_edges = std::move(cs_edges);
  set_grad_fn(base, cs);
  auto vnode = std::make_shared<ViewOfBaseBackward>(bg, vg);
  vnode->next_edges = {Edge{cs, 0}};
  set_grad_fn(view, std::move(vnode));
  view.impl()->set_view_version(view.storage()->version());
}

void refresh_view(const Tensor& view) {
  TensorImpl* vi = view.impl();
  uint64_t version = vi->storage()->version();
  if (vi->view_version() == version) return;
  vi->set_view_version(version);
  Tensor base(vi->view_base());
  if (!base.requires_grad()) return;
  Geometry bg = Geometry::of(base), vg = Geometry::of(view);
  auto node = std::make_shared<ViewOfBaseBackward>(bg, vg);
  node->next_edges = {gradient_edge(base)};
  set_grad_fn(view, std::move(node));
}

}  // namespace ignis
