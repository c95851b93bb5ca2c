// Tensor's autograd methods: backward, detach, retain_grad and hooks.
#include "autograd/engine.h"
#include "ops/history.h"
#include "ops/ops.gen.h"
#include "ops/view_grad.h"

namespace ignis {

void Tensor::backward(const Tensor& gradient, bool retain_graph, bool create_graph) const {
  autograd::backward({*this}, {gradient}, retain_graph, create_graph);
}

Tensor Tensor::detach() const {
  return make_tensor(storage(), dtype(), sizes(), strides(), storage_offset());
}

Tensor& Tensor::detach_() {
  impl()->reset_autograd();
  impl()->set_view_base(Ref<TensorImpl>(), 0);
  return *this;
}

std::shared_ptr<Node> Tensor::grad_fn() const {
  if (impl()->view_base()) refresh_view(*this);  // a view whose base was written since
  AutogradMeta* m = impl()->autograd();
  return m ? m->grad_fn : nullptr;
}

bool Tensor::is_leaf() const { return grad_fn() == nullptr; }

void Tensor::retain_grad() const {
  IGNIS_CHECK(requires_grad(), InvalidArgument,
              "retain_grad: can't retain_grad on a tensor that has requires_grad=false");
  AutogradMeta& m = impl()->autograd_mut();
  if (!m.grad_fn || m.retains_grad) return;  // leaves keep .grad anyway
  m.retains_grad = true;
  std::weak_ptr<AutogradMeta> weak = impl()->autograd_shared();
  m.grad_fn->retain_hooks.emplace_back(m.output_nr, [weak](const Tensor& g) -> Tensor {
    if (auto meta = weak.lock())
      meta->grad = meta->grad.defined() ? ignis::add(meta->grad, g) : g.clone();
    return Tensor();
  });
}

bool Tensor::retains_grad() const {
  AutogradMeta* m = impl()->autograd();
  return m && m->retains_grad;
}

void Tensor::register_hook(std::function<Tensor(const Tensor&)> hook) const {
  IGNIS_CHECK(requires_grad(), InvalidArgument,
              "register_hook: cannot register a hook on a tensor that doesn't require gradient");
  AutogradMeta& m = impl()->autograd_mut();
  if (m.grad_fn)
    m.grad_fn->pre_hooks.emplace_back(m.output_nr, std::move(hook));
  else
    m.leaf_hooks.push_back(std::move(hook));
}

void Tensor::register_post_accumulate_grad_hook(std::function<void(const Tensor&)> hook) const {
  AutogradMeta& m = impl()->autograd_mut();
  IGNIS_CHECK(!m.grad_fn && m.requires_grad, InvalidArgument,
              "register_post_accumulate_grad_hook: only leaf tensors that require grad can have "
              "post-accumulate hooks");
  m.post_accumulate_hooks.push_back(std::move(hook));
}

}  // namespace ignis
