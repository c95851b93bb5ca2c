#include "nn/attention.h"

#include <cmath>
#include <limits>

#include "nn/init.h"
#include "nn/linear.h"
#include "ops/operators.h"
#include "ops/ops.gen.h"
#include "tensor/broadcast.h"
#include "tensor/graph.h"

namespace ignis::nn {
namespace {

constexpr const char* kOp = "MultiheadAttention";
constexpr double kInf = std::numeric_limits<double>::infinity();

// A mask as an additive float mask of `dtype`: bool True (masked) becomes -inf, float is kept.
Tensor additive(const Tensor& mask, DType dtype, const char* what) {
  Tensor m = mask.dtype() == DType::U8 ? mask.to(DType::Bool) : mask;  // PyTorch's byte masks
  if (m.dtype() == DType::Bool)
    return zeros(m.sizes(), {.dtype = dtype, .device = m.device()}).masked_fill_(m, -kInf);
  IGNIS_CHECK(is_floating(m.dtype()), DType, kOp, ": expected ", what,
              " of dtype bool or floating but got ", dtype_name(m.dtype()));
  IGNIS_CHECK(m.dtype() == dtype, DType, kOp, ": expected a float ", what, " of dtype ",
              dtype_name(dtype), " (the query's) but got ", dtype_name(m.dtype()));
  return m;
}

// (N, len, E) -> (N * heads, len, head_dim), heads of one sample adjacent (PyTorch's order).
Tensor split_heads(const Tensor& t, int64_t heads, int64_t head_dim) {
  const int64_t n = t.size(0), len = t.size(1);
  return t.reshape({n, len, heads, head_dim}).transpose(1, 2).reshape({n * heads, len, head_dim});
}

// Rows [start, start + len) of an optional bias.
std::optional<Tensor> rows_of(const std::optional<Tensor>& b, int64_t start, int64_t len) {
  if (!b) return std::nullopt;
  return b->narrow(0, start, len);
}

}  // namespace

MultiheadAttention::MultiheadAttention(int64_t embed_dim, int64_t num_heads,
                                       MultiheadAttentionOptions opts)
    : embed_dim_(embed_dim), num_heads_(num_heads), opts_(opts) {
  IGNIS_CHECK(embed_dim > 0, InvalidArgument, kOp, ": expected embed_dim > 0 but got ", embed_dim);
  IGNIS_CHECK(num_heads > 0, InvalidArgument, kOp, ": expected num_heads > 0 but got ", num_heads);
  IGNIS_CHECK(embed_dim % num_heads == 0, InvalidArgument, kOp, ": embed_dim (", embed_dim,
              ") must be divisible by num_heads (", num_heads, ")");
  IGNIS_CHECK(opts.dropout >= 0.0 && opts.dropout <= 1.0, InvalidArgument, kOp,
              ": dropout probability has to be between 0 and 1, but got ", opts.dropout);
  IGNIS_CHECK(opts.kdim >= 0 && opts.vdim >= 0, InvalidArgument, kOp,
              ": expected kdim and vdim >= 0 (0 = embed_dim) but got ", opts.kdim, " and ",
              opts.vdim);
  if (opts_.kdim == 0) opts_.kdim = embed_dim;
  if (opts_.vdim == 0) opts_.vdim = embed_dim;
  head_dim_ = embed_dim / num_heads;
  packed_ = opts_.kdim == embed_dim && opts_.vdim == embed_dim;
  const TensorOptions to{.dtype = opts.dtype};
  if (packed_) {
    register_parameter("in_proj_weight", empty({3 * embed_dim, embed_dim}, to));
  } else {
    register_parameter("q_proj_weight", empty({embed_dim, embed_dim}, to));
    register_parameter("k_proj_weight", empty({embed_dim, opts_.kdim}, to));
    register_parameter("v_proj_weight", empty({embed_dim, opts_.vdim}, to));
  }
  if (opts.bias) register_parameter("in_proj_bias", empty({3 * embed_dim}, to));
  if (opts.add_bias_kv) {
    register_parameter("bias_k", empty({1, 1, embed_dim}, to));
    register_parameter("bias_v", empty({1, 1, embed_dim}, to));
  }
  register_module("out_proj",
                  std::make_shared<Linear>(embed_dim, embed_dim, opts.bias, opts.dtype));
  reset_parameters();
}

// PyTorch's _reset_parameters: xavier_uniform in-projection, zero biases, xavier_normal bias_k/v;
// out_proj.weight keeps Linear's own initialization.
void MultiheadAttention::reset_parameters() {
  if (packed_) {
    init::xavier_uniform_(param("in_proj_weight"));
  } else {
    for (const char* n : {"q_proj_weight", "k_proj_weight", "v_proj_weight"})
      init::xavier_uniform_(param(n));
  }
  if (opts_.bias) {
    init::zeros_(param("in_proj_bias"));
    init::zeros_(child("out_proj")->param("bias"));
  }
  if (opts_.add_bias_kv) {
    init::xavier_normal_(param("bias_k"));
    init::xavier_normal_(param("bias_v"));
  }
}

Tensor MultiheadAttention::forward(const Tensor& x) {
  return forward(x, x, x, {.need_weights = false}).first;
}

std::pair<Tensor, std::optional<Tensor>>
MultiheadAttention::forward(const Tensor& query, const Tensor& key, const Tensor& value,
                            const MultiheadAttentionArgs& a) {
  IGNIS_CHECK(query.dim() == 3 || query.dim() == 2, Shape, kOp,
              ": expected query to be 3-D (batched) or 2-D (unbatched) but got ", query.dim(),
              "-D of shape ", shape_str(query.sizes()));
  IGNIS_CHECK(key.dim() == query.dim() && value.dim() == query.dim(), Shape, kOp,
              ": expected key and value to be ", query.dim(), "-D like query but got ", key.dim(),
              "-D and ", value.dim(), "-D");
  const bool batched = query.dim() == 3;
  const Tensor& w0 = params_[0].second;
  for (const Tensor* t : {&query, &key, &value})
    IGNIS_CHECK(t->dtype() == w0.dtype(), DType, kOp, ": expected query, key and value of dtype ",
                dtype_name(w0.dtype()), " (the parameters') but got ", dtype_name(t->dtype()));

  // Work in (N, len, features) whatever the caller's layout.
  auto to_nlf = [&](const Tensor& t) {
    return !batched ? t.unsqueeze(0) : opts_.batch_first ? t : t.transpose(0, 1);
  };
  Tensor q = to_nlf(query), k = to_nlf(key), v = to_nlf(value);
  const int64_t N = q.size(0), L = q.size(1), E = embed_dim_, H = num_heads_;
  int64_t S = k.size(1);
  const int64_t S0 = S;
  IGNIS_CHECK(q.size(2) == E, Shape, kOp, ": expected query's last dim to be embed_dim (", E,
              ") but got ", q.size(2), " (query of shape ", shape_str(query.sizes()), ")");
  IGNIS_CHECK(k.size(2) == opts_.kdim && v.size(2) == opts_.vdim, Shape, kOp,
              ": expected key's and value's last dims to be kdim (", opts_.kdim, ") and vdim (",
              opts_.vdim, ") but got ", k.size(2), " and ", v.size(2));
  IGNIS_CHECK(k.size(0) == N && v.size(0) == N && v.size(1) == S, Shape, kOp,
              ": expected key and value to share query's batch size (", N,
              ") and each other's sequence length but got key ", shape_str(key.sizes()),
              " and value ", shape_str(value.sizes()));

  // In-projection: one GEMM for self-attention, two when key is value, else three.
  std::optional<Tensor> b;
  if (opts_.bias) b = param("in_proj_bias");
  if (packed_) {
    const Tensor& w = param("in_proj_weight");
    if (query.is_same(key) && key.is_same(value)) {
      std::vector<Tensor> qkv = linear(q, w, b).chunk(3, -1);
      q = qkv[0], k = qkv[1], v = qkv[2];
    } else if (key.is_same(value)) {
      q = linear(q, w.narrow(0, 0, E), rows_of(b, 0, E));
      std::vector<Tensor> kv = linear(k, w.narrow(0, E, 2 * E), rows_of(b, E, 2 * E)).chunk(2, -1);
      k = kv[0], v = kv[1];
    } else {
      q = linear(q, w.narrow(0, 0, E), rows_of(b, 0, E));
      k = linear(k, w.narrow(0, E, E), rows_of(b, E, E));
      v = linear(v, w.narrow(0, 2 * E, E), rows_of(b, 2 * E, E));
    }
  } else {
    q = linear(q, param("q_proj_weight"), rows_of(b, 0, E));
    k = linear(k, param("k_proj_weight"), rows_of(b, E, E));
    v = linear(v, param("v_proj_weight"), rows_of(b, 2 * E, E));
  }
  if (opts_.add_bias_kv) {
    k = cat({k, param("bias_k").expand({N, 1, E})}, 1);
    v = cat({v, param("bias_v").expand({N, 1, E})}, 1);
    ++S;
  }
  q = split_heads(q, H, head_dim_).mul(1.0 / std::sqrt(static_cast<double>(head_dim_)));
  k = split_heads(k, H, head_dim_);
  v = split_heads(v, H, head_dim_);
  if (opts_.add_zero_attn) {
    k = cat({k, zeros({N * H, 1, head_dim_}, {.dtype = k.dtype(), .device = k.device()})}, 1);
    v = cat({v, zeros({N * H, 1, head_dim_}, {.dtype = v.dtype(), .device = v.device()})}, 1);
    ++S;
  }

  // One additive mask broadcastable to (N, H, L, S); the appended keys are never masked.
  const int64_t extra = S - S0;
  auto pad_keys = [&](const Tensor& m) { return extra ? pad(m, {0, extra}) : m; };
  std::optional<Tensor> mask;
  if (a.attn_mask && a.attn_mask->defined()) {
    const Tensor& am = *a.attn_mask;
    const int64_t B = batched ? N * H : H;
    if (am.dim() == 2) {
      IGNIS_CHECK(am.size(0) == L && am.size(1) == S0, Shape, kOp, ": the shape of the 2D ",
                  "attn_mask is ", shape_str(am.sizes()), ", but should be [", L, ", ", S0, "]");
      mask = pad_keys(additive(am, w0.dtype(), "attn_mask")).view({1, 1, L, S});
    } else {
      IGNIS_CHECK(am.dim() == 3, Shape, kOp, ": expected attn_mask to be 2-D or 3-D but got ",
                  am.dim(), "-D of shape ", shape_str(am.sizes()));
      IGNIS_CHECK(am.size(0) == B && am.size(1) == L && am.size(2) == S0, Shape, kOp,
                  ": the shape of the 3D attn_mask is ", shape_str(am.sizes()), ", but should be [",
                  B, ", ", L, ", ", S0, "] (batch * num_heads, L, S)");
      mask = pad_keys(additive(am, w0.dtype(), "attn_mask")).reshape({N, H, L, S});
    }
  } else if (a.is_causal) {
    Tensor causal = triu(full({L, S0}, -kInf, {.dtype = w0.dtype(), .device = w0.device()}), 1);
    mask = pad_keys(causal).view({1, 1, L, S});
  }
  if (a.key_padding_mask && a.key_padding_mask->defined()) {
    const Tensor& kpm = *a.key_padding_mask;
    const bool ok = batched ? kpm.dim() == 2 && kpm.size(0) == N && kpm.size(1) == S0
                            : kpm.dim() == 1 && kpm.size(0) == S0;
    const std::vector<int64_t> want =
        batched ? std::vector<int64_t>{N, S0} : std::vector<int64_t>{S0};
    IGNIS_CHECK(ok, Shape, kOp, ": expected key_padding_mask of shape ", shape_str(want),
                batched ? " (batch, source length)" : " (source length)", " but got ",
                shape_str(kpm.sizes()));
    Tensor kp = pad_keys(additive(kpm.view({N, S0}), w0.dtype(), "key_padding_mask"));
    kp = kp.view({N, 1, 1, S});
    mask = mask ? *mask + kp : kp;
  }

  Tensor scores = bmm(q, k.transpose(1, 2));  // (N * H, L, S)
  if (mask) scores = (scores.view({N, H, L, S}) + *mask).view({N * H, L, S});
  Tensor attn = softmax(scores, -1);
  if (opts_.dropout > 0 && training_) attn = dropout(attn, opts_.dropout, true);
  Tensor out = bmm(attn, v).view({N, H, L, head_dim_}).transpose(1, 2).reshape({N, L, E});
  out = children_[0].second->forward(out);
  out = !batched ? out.squeeze(0) : opts_.batch_first ? out : out.transpose(0, 1);

  std::optional<Tensor> weights;
  if (a.need_weights) {
    Tensor w = attn.view({N, H, L, S});
    if (a.average_attn_weights) w = mean(w, std::vector<int64_t>{1});
    weights = batched ? w : w.squeeze(0);
  }
  return {out, weights};
}

std::string MultiheadAttention::extra_repr() const {
  return "embed_dim=" + std::to_string(embed_dim_) + ", num_heads=" + std::to_string(num_heads_);
}

}  // namespace ignis::nn
