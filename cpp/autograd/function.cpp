#include "autograd/function.h"

#include "ops/grad_utils.h"
#include "ops/history.h"
#include "tensor/broadcast.h"

namespace ignis::autograd {

void FunctionCtx::save_for_backward(const TensorList& tensors) {
  for (const Tensor& t : tensors) pending_.emplace_back(t, false);
}

TensorList FunctionCtx::saved_tensors() const {
  TensorList out;
  for (const SavedTensor& s : saved_) out.push_back(s.unpack(name_));
  return out;
}

class CustomNode final : public Node {
 public:
  CustomNode(CustomFunction fn, std::shared_ptr<FunctionCtx> ctx)
      : fn_(std::move(fn)), ctx_(std::move(ctx)) {}

  // PyTorch's validate_outputs: a user's gradient must fit its input. One that broadcasts to
  // the input's shape is summed down to it, another dtype is cast; anything else would
  // silently become a wrong .grad, so it is an error naming the function and the index.
  void check_gradient(size_t i, Tensor& g) const {
    if (!g.defined() || !next_edges[i].valid() || i >= in_meta_.size()) return;
    const auto& [shape, dtype] = in_meta_[i];
    if (!equal_dims(g.sizes(), shape)) {
      IGNIS_CHECK(is_expandable_to(shape, g.sizes()), Shape, "Function ", fn_.name,
                  " returned an invalid gradient at index ", i, " - got ", shape_str(g.sizes()),
                  " but expected shape compatible with ", shape_str(shape));
      g = sum_to(g, shape);
    }
    if (g.dtype() != dtype) g = g.to(dtype);
  }

  std::vector<Tensor> apply(std::vector<Tensor>&& grads) override {
    for (size_t k = 0; k < grads.size(); ++k)
      if (!grads[k].defined() && k < out_meta_.size())
        grads[k] = zeros(out_meta_[k].first, {.dtype = out_meta_[k].second});
    std::vector<Tensor> out = fn_.backward(*ctx_, grads);
    IGNIS_CHECK(out.size() <= next_edges.size(), InvalidArgument, fn_.name, ": backward returned ",
                out.size(), " gradients but forward had ", next_edges.size(), " inputs");
    out.resize(next_edges.size());
    for (size_t i = 0; i < out.size(); ++i) check_gradient(i, out[i]);
    return out;
  }
  std::string name() const override { return fn_.name; }
  void release_variables() override {
    for (SavedTensor& s : ctx_->saved_) s.reset();
  }

  std::vector<std::pair<std::vector<int64_t>, DType>> out_meta_;
  std::vector<std::pair<std::vector<int64_t>, DType>> in_meta_;  // per input: shape, dtype

 private:
  CustomFunction fn_;
  std::shared_ptr<FunctionCtx> ctx_;
};

TensorList apply(const CustomFunction& fn, const TensorList& inputs) {
  IGNIS_CHECK(fn.forward && fn.backward, InvalidArgument, "autograd::apply: function '", fn.name,
              "' needs both forward and backward");
  auto ctx = std::make_shared<FunctionCtx>();
  ctx->name_ = fn.name;
  for (const Tensor& t : inputs) ctx->needs_grad_.push_back(t.defined() && t.requires_grad());
  TensorList outputs;
  {
    NoGradGuard ng;
    outputs = fn.forward(*ctx, inputs);
  }
  if (any_requires_grad(inputs)) {
    auto node = std::make_shared<CustomNode>(fn, ctx);
    for (const Tensor& t : inputs) {
      node->next_edges.push_back(gradient_edge(t));
      node->in_meta_.emplace_back(t.defined() ? t.shape() : std::vector<int64_t>{},
                                  t.defined() ? t.dtype() : DType::F32);
    }
    node->num_outputs = static_cast<uint32_t>(outputs.size());
    std::vector<Tensor*> outs;
    for (Tensor& o : outputs) {
      // An output that is an input (or a view of one) is returned as a fresh alias so the
      // input's own history is untouched.
      for (const Tensor& in : inputs)
        if (o.defined() && in.defined() && o.is_same(in)) o = o.detach();
      node->out_meta_.emplace_back(o.shape(), o.dtype());
      outs.push_back(&o);
    }
    set_history(outs, node);
  }
  for (const auto& [t, is_output] : ctx->pending_) {
    bool out = false;
    for (const Tensor& o : outputs) out = out || o.is_same(t);
    ctx->saved_.emplace_back(t, out);
  }
  ctx->pending_.clear();
  return outputs;
}

}  // namespace ignis::autograd
