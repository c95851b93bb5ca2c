#include "ops/history.h"

#include "ops/ops.gen.h"
#include "ops/view_grad.h"

namespace ignis {
namespace {

// The gradient sink of a leaf: runs the leaf's hooks and adds the gradient into .grad.
class AccumulateGrad final : public Node {
 public:
  explicit AccumulateGrad(std::shared_ptr<AutogradMeta> meta) : meta_(std::move(meta)) {
    // A leaf's accumulator runs after everything that feeds it.
    sequence_nr = UINT64_MAX;
  }

  std::vector<Tensor> apply(std::vector<Tensor>&& grads) override {
    Tensor g = std::move(grads[0]);
    if (!g.defined()) return {};
    for (const GradHook& h : meta_->leaf_hooks) {
      Tensor r = h(g);
      if (r.defined()) g = r;
    }
    if (!meta_->grad.defined()) {
      // Keep the engine's gradient when nothing else holds its memory; otherwise copy, so a
      // later in-place change of .grad cannot reach another tensor.
      bool shared = g.storage()->use_count() > 1;
      meta_->grad = GradMode::is_enabled() || !shared ? g : g.clone();
    } else {
      meta_->grad = add(meta_->grad, g);
    }
    for (const auto& h : meta_->post_accumulate_hooks) h(meta_->grad);
    return {};
  }
  std::string name() const override { return "AccumulateGrad"; }

 private:
  std::shared_ptr<AutogradMeta> meta_;
};

}  // namespace

bool any_requires_grad(std::initializer_list<const Tensor*> inputs) {
  if (!GradMode::is_enabled()) return false;
  for (const Tensor* t : inputs)
    if (t->defined() && t->requires_grad()) return true;
  return false;
}

bool any_requires_grad(const std::vector<Tensor>& inputs) {
  if (!GradMode::is_enabled()) return false;
  for (const Tensor& t : inputs)
    if (t.defined() && t.requires_grad()) return true;
  return false;
}

Edge gradient_edge(const Tensor& t) {
  if (!t.defined()) return {};
  if (t.impl()->view_base()) refresh_view(t);
  AutogradMeta* m = t.impl()->autograd();
  if (!m) return {};
  if (m->grad_fn) return {m->grad_fn, m->output_nr};
  if (!m->requires_grad) return {};
  std::shared_ptr<Node> acc = m->grad_accumulator.lock();
  if (!acc) {
    acc = std::make_shared<AccumulateGrad>(t.impl()->autograd_shared());
    m->grad_accumulator = acc;
  }
  return {acc, 0};
}

void set_history(const std::vector<Tensor*>& outputs, const std::shared_ptr<Node>& node) {
  uint32_t k = 0;
  for (Tensor* o : outputs) {
    if (o && o->defined() && o->impl()->view_write_pending()) {
      // The op wrote into a view (check_inplace flagged it). A fresh output that happens to be
      // a view (an op returning a transposed temporary) is not a write and is not flagged.
      o->impl()->set_view_write_pending(false);
      rebase_view(*o, node, k);
    } else if (o && o->defined()) {
      AutogradMeta& m = o->impl()->autograd_mut();
      m.grad_fn = node;
      m.output_nr = k;
      m.requires_grad = false;
    }
    ++k;
  }
}

void set_history(std::initializer_list<Tensor*> outputs, const std::shared_ptr<Node>& node) {
  set_history(std::vector<Tensor*>(outputs), node);
}

void check_inplace(const Tensor& self, const char* op) {
  if (!GradMode::is_enabled()) return;
  AutogradMeta* m = self.impl()->autograd();
  IGNIS_CHECK(!(m && m->requires_grad && !m->grad_fn), InvalidArgument, op,
              ": a leaf tensor that requires grad is being used in an in-place operation");
  if (const Ref<TensorImpl>& b = self.impl()->view_base()) {
    AutogradMeta* bm = b->autograd();
    IGNIS_CHECK(!(bm && bm->requires_grad && !bm->grad_fn), InvalidArgument, op,
                ": a view of a leaf tensor that requires grad is being used in an in-place "
                "operation");
    self.impl()->set_view_write_pending(true);
  }
}

}  // namespace ignis
