// Front ends of the nn family's activation-like and structural ops: softmax, log_softmax,
// dropout, alpha_dropout, linear, bilinear, embedding, embedding_bag, cosine_similarity,
// pairwise_distance and scaled_dot_product_attention. The norms live in nn_norm.cpp.
// softmax/log_softmax run fused kernels (kernels/cpu/nn.cpp); linear, bilinear and attention
// use the family's batched product (nn_grad.cpp, a oneDNN matmul); the rest are compositions
// of differentiable ops, so their history is recorded by the ops they are made of.
#include "kernels/nn.h"

#include <cmath>
#include <limits>

#include "kernels/random.h"
#include "ops/nn_grad.h"
#include "ops/operators.h"
#include "ops/ops.gen.h"
#include "tensor/broadcast.h"
#include "tensor/dim_vector.h"
#include "tensor/graph.h"

namespace ignis {
namespace {

void check_floating_input(const Tensor& t, const char* op, const char* arg) {
  IGNIS_CHECK(is_floating(t.dtype()), DType, op, ": expected ", arg,
              " to be a floating point tensor (float16, bfloat16, float32 or float64) but got ",
              dtype_name(t.dtype()));
}

Tensor softmax_impl(const Tensor& self, int64_t dim, std::optional<DType> dtype, bool log,
                    const char* op) {
  Tensor x = dtype ? self.to(*dtype) : self;
  check_floating_input(x, op, "self");
  const int64_t d = wrap_dim(dim, std::max<int64_t>(x.dim(), 1), op);
  Tensor xc = x.contiguous();
  Tensor out = empty(x.sizes(), {.dtype = x.dtype(), .device = x.device()});
  kernel(softmax_kernel, op, x.device())(out, xc, x.dim() == 0 ? 0 : d, log);
  record_softmax(x, out, d, log);
  return out;
}

Tensor& write_out(const char* op, Tensor& out, const Tensor& r) {
  IGNIS_CHECK(out.defined(), InvalidArgument, op, ": expected a defined out tensor");
  IGNIS_CHECK(out.dtype() == r.dtype(), DType, op, ": expected out to have dtype ",
              dtype_name(r.dtype()), " but got ", dtype_name(out.dtype()));
  if (!equal_dims(out.sizes(), r.sizes())) {
    IGNIS_CHECK(out.numel() == 0, Shape, op, ": expected out to have shape ", shape_str(r.sizes()),
                " but got ", shape_str(out.sizes()));
    out = empty(r.sizes(), {.dtype = r.dtype(), .device = r.device()});
  }
  out.copy_(r);
  return out;
}

void check_p(double p, const char* op) {
  IGNIS_CHECK(p >= 0 && p <= 1, InvalidArgument, op,
              ": dropout probability has to be between 0 and 1, but got p=", p);
}

// Bernoulli(1 - p) keep mask of x's shape and dtype, from the default generator.
Tensor keep_mask(const Tensor& x, double p) {
  Tensor m = empty(x.sizes(), {.dtype = x.dtype(), .device = x.device()});
  m.bernoulli_(1.0 - p);
  return m;
}

void check_same_dtype(const Tensor& a, const Tensor& b, const char* op, const char* an,
                      const char* bn) {
  IGNIS_CHECK(a.dtype() == b.dtype(), DType, op, ": expected ", an, " and ", bn,
              " to have the same dtype but got ", dtype_name(a.dtype()), " and ",
              dtype_name(b.dtype()));
}

}  // namespace

// ---- softmax

Tensor softmax(const Tensor& self, int64_t dim, std::optional<DType> dtype) {
  return softmax_impl(self, dim, dtype, false, "softmax");
}
Tensor& softmax_out(Tensor& out, const Tensor& self, int64_t dim, std::optional<DType> dtype) {
  return write_out("softmax", out, softmax_impl(self, dim, dtype, false, "softmax"));
}
Tensor log_softmax(const Tensor& self, int64_t dim, std::optional<DType> dtype) {
  return softmax_impl(self, dim, dtype, true, "log_softmax");
}
Tensor& log_softmax_out(Tensor& out, const Tensor& self, int64_t dim, std::optional<DType> dtype) {
  return write_out("log_softmax", out, softmax_impl(self, dim, dtype, true, "log_softmax"));
}

// ---- dropout

Tensor dropout(const Tensor& input, double p, bool train) {
  check_p(p, "dropout");
  check_floating_input(input, "dropout", "input");
  if (!train || p == 0 || input.numel() == 0) return input;
  if (p == 1) return input * zeros_like(input);
  const double scale = 1.0 / (1.0 - p);
  auto* fused = dropout_kernel.fns[static_cast<int>(input.device().type)];
  if (!fused) return input * keep_mask(input, p).mul_(scale);
  // One pass draws the mask and scales the input; it draws what keep_mask would (the same
  // counters and words), so both paths give the same result for a seed.
  Tensor x = input.contiguous();
  Tensor out = empty(x.sizes(), {.dtype = x.dtype(), .device = x.device()});
  Tensor mask = empty(x.sizes(), {.dtype = x.dtype(), .device = x.device()});
  PhiloxState s = default_generator(x.device()).reserve(bernoulli_counters(x.numel()));
  fused(out, mask, x, 1.0 - p, scale, s);
  record_dropout(x, mask, out);
  return out;
}

// PyTorch's alpha dropout: dropped elements take the SELU saturation value, then an affine map
// a * x + b restores zero mean and unit variance.
Tensor alpha_dropout(const Tensor& input, double p, bool train) {
  check_p(p, "alpha_dropout");
  check_floating_input(input, "alpha_dropout", "input");
  if (!train || p == 0 || input.numel() == 0) return input;
  if (p == 1) return input * zeros_like(input);
  constexpr double alpha = 1.7580993408473766;
  const double a = 1.0 / std::sqrt((alpha * alpha * p + 1) * (1 - p));
  Tensor keep = keep_mask(input, p);
  Tensor b = (keep - 1.0).mul_(alpha * a).add_(Scalar(alpha * a * p));
  return input * keep.mul_(a) + b;
}

// ---- linear, bilinear

Tensor linear(const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias) {
  IGNIS_CHECK(input.dim() >= 1, Shape, "linear: expected input to have at least 1 dim but got 0-D");
  IGNIS_CHECK(weight.dim() == 2, Shape, "linear: expected weight to be 2-D but got ", weight.dim(),
              "-D");
  check_same_dtype(input, weight, "linear", "input", "weight");
  IGNIS_CHECK(input.dtype() == DType::F32 || input.dtype() == DType::F64, DType,
              "linear: expected input of dtype float32 or float64 but got ",
              dtype_name(input.dtype()));
  const int64_t K = input.size(-1), N = weight.size(0);
  IGNIS_CHECK(weight.size(1) == K, Shape, "linear: expected weight's dim 1 (", weight.size(1),
              ") to match input's last dim (", K, "): got input ", shape_str(input.sizes()),
              " and weight ", shape_str(weight.sizes()));
  std::vector<int64_t> out_shape = input.shape();
  out_shape.back() = N;
  int64_t rows = 1;
  for (int64_t i = 0; i + 1 < input.dim(); ++i) rows *= input.size(i);
  Tensor out = bmm(input.reshape({1, rows, K}), weight.t().unsqueeze(0)).view(out_shape);
  if (bias && bias->defined()) {
    check_same_dtype(input, *bias, "linear", "input", "bias");
    IGNIS_CHECK(bias->dim() <= 1 && bias->numel() == N, Shape, "linear: expected bias of shape [",
                N, "] but got ", shape_str(bias->sizes()));
    out = out + *bias;
  }
  return out;
}

Tensor bilinear(const Tensor& input1, const Tensor& input2, const Tensor& weight,
                const std::optional<Tensor>& bias) {
  IGNIS_CHECK(weight.dim() == 3, Shape, "bilinear: expected weight to be 3-D but got ",
              weight.dim(), "-D");
  IGNIS_CHECK(input1.dim() >= 1 && input1.dim() == input2.dim(), Shape,
              "bilinear: expected input1 and input2 to have the same number of dims (at least 1) "
              "but got ",
              input1.dim(), " and ", input2.dim());
  for (int64_t i = 0; i + 1 < input1.dim(); ++i)
    IGNIS_CHECK(input1.size(i) == input2.size(i), Shape,
                "bilinear: expected input1 and input2 to have the same batch dims but got ",
                shape_str(input1.sizes()), " and ", shape_str(input2.sizes()));
  check_same_dtype(input1, weight, "bilinear", "input1", "weight");
  check_same_dtype(input2, weight, "bilinear", "input2", "weight");
  const int64_t O = weight.size(0), I1 = weight.size(1), I2 = weight.size(2);
  IGNIS_CHECK(input1.size(-1) == I1, Shape, "bilinear: expected input1's last dim to be ", I1,
              " (weight.size(1)) but got ", input1.size(-1));
  IGNIS_CHECK(input2.size(-1) == I2, Shape, "bilinear: expected input2's last dim to be ", I2,
              " (weight.size(2)) but got ", input2.size(-1));
  std::vector<int64_t> out_shape = input1.shape();
  out_shape.back() = O;
  int64_t M = 1;
  for (int64_t i = 0; i + 1 < input1.dim(); ++i) M *= input1.size(i);
  // tmp[m, k, j] = sum_i x1[m, i] W[k, i, j]; y[m, k] = sum_j tmp[m, k, j] x2[m, j]
  Tensor tmp = linear(input1.reshape({M, I1}), weight.permute({0, 2, 1}).reshape({O * I2, I1}));
  Tensor out = bmm(tmp.reshape({M, O, I2}), input2.reshape({M, I2, 1})).reshape(out_shape);
  if (bias && bias->defined()) {
    IGNIS_CHECK(bias->numel() == O, Shape, "bilinear: expected bias of shape [", O, "] but got ",
                shape_str(bias->sizes()));
    out = out + bias->reshape({O});
  }
  return out;
}

// ---- embedding

namespace {
void check_indices(const Tensor& indices, const char* op) {
  IGNIS_CHECK(indices.dtype() == DType::I64 || indices.dtype() == DType::I32, DType, op,
              ": expected indices of dtype int64 or int32 but got ", dtype_name(indices.dtype()));
}
// indices as a flat contiguous int64 tensor, each checked against [0, n).
Tensor checked_index(const Tensor& indices, int64_t n, const char* op) {
  Tensor idx = indices.to(DType::I64).reshape({indices.numel()}).contiguous();
  const int64_t* p = static_cast<const int64_t*>(idx.data_ptr());
  for (int64_t i = 0; i < idx.numel(); ++i)
    IGNIS_CHECK(p[i] >= 0 && p[i] < n, Index, op, ": index ", p[i],
                " is out of range for weight with ", n, " rows (index out of range in self)");
  return idx;
}
}  // namespace

Tensor embedding(const Tensor& weight, const Tensor& indices, int64_t padding_idx) {
  IGNIS_CHECK(weight.dim() == 2, Shape, "embedding: expected weight to be 2-D but got ",
              weight.dim(), "-D");
  check_indices(indices, "embedding");
  IGNIS_CHECK(padding_idx < weight.size(0), Index, "embedding: padding_idx ", padding_idx,
              " must be within num_embeddings (", weight.size(0), ")");
  Tensor idx = checked_index(indices, weight.size(0), "embedding");
  std::vector<int64_t> shape = indices.shape();
  shape.push_back(weight.size(1));
  Tensor out;
  {
    NoGradGuard no_history;
    out = index_select(weight, 0, idx).view(shape);
  }
  record_embedding(weight, idx, out, padding_idx);
  return out;
}

Tensor embedding_bag(const Tensor& weight, const Tensor& indices,
                     const std::optional<Tensor>& offsets, std::string_view mode,
                     const std::optional<Tensor>& per_sample_weights, bool include_last_offset,
                     std::optional<int64_t> padding_idx) {
  const char* op = "embedding_bag";
  IGNIS_CHECK(weight.dim() == 2, Shape, op, ": expected weight to be 2-D but got ", weight.dim(),
              "-D");
  check_indices(indices, op);
  IGNIS_CHECK(mode == "sum" || mode == "mean" || mode == "max", InvalidArgument, op,
              ": expected mode to be 'sum', 'mean' or 'max' but got '", mode, "'");
  const bool has_off = offsets && offsets->defined();
  const bool has_psw = per_sample_weights && per_sample_weights->defined();
  IGNIS_CHECK(indices.dim() == 1 || indices.dim() == 2, Shape, op,
              ": expected indices to be 1-D or 2-D but got ", indices.dim(), "-D");
  const int64_t n = indices.numel(), rows = weight.size(0), D = weight.size(1);
  int64_t pad = -1;
  if (padding_idx) {
    pad = *padding_idx < 0 ? *padding_idx + rows : *padding_idx;
    IGNIS_CHECK(pad >= 0 && pad < rows, Index, op, ": padding_idx ", *padding_idx,
                " must be within num_embeddings (", rows, ")");
  }
  if (has_psw) {
    IGNIS_CHECK(mode == "sum", InvalidArgument, op,
                ": per_sample_weights is only supported for mode='sum' but got mode='", mode, "'");
    IGNIS_CHECK(equal_dims(per_sample_weights->sizes(), indices.sizes()), Shape, op,
                ": expected per_sample_weights of shape ", shape_str(indices.sizes()), " but got ",
                shape_str(per_sample_weights->sizes()));
  }
  // Bag boundaries [starts[b], starts[b + 1]).
  std::vector<int64_t> starts;
  if (indices.dim() == 2) {
    IGNIS_CHECK(!has_off, InvalidArgument, op, ": if indices is 2-D, offsets has to be None");
    for (int64_t b = 0; b <= indices.size(0); ++b) starts.push_back(b * indices.size(1));
  } else {
    IGNIS_CHECK(has_off, InvalidArgument, op,
                ": expected offsets (a 1-D tensor) when indices is 1-D but got None");
    IGNIS_CHECK(offsets->dim() == 1, Shape, op, ": expected offsets to be 1-D but got ",
                offsets->dim(), "-D");
    check_indices(*offsets, op);
    Tensor o = offsets->to(DType::I64).contiguous();
    const int64_t* po = static_cast<const int64_t*>(o.data_ptr());
    for (int64_t i = 0; i < o.numel(); ++i) {
      IGNIS_CHECK(po[i] >= 0 && po[i] <= n && (i == 0 || po[i] >= po[i - 1]), Index, op,
                  ": offsets must be non-decreasing and within [0, ", n, "] but got ", po[i],
                  " at position ", i);
      starts.push_back(po[i]);
    }
    IGNIS_CHECK(o.numel() == 0 || po[0] == 0, InvalidArgument, op,
                ": expected offsets[0] to be 0 but got ", o.numel() ? po[0] : 0);
    if (!include_last_offset) starts.push_back(n);
  }
  const int64_t B = std::max<int64_t>(static_cast<int64_t>(starts.size()) - 1, 0);
  Tensor idx = checked_index(indices, rows, op);
  const int64_t* pi = static_cast<const int64_t*>(idx.data_ptr());
  // The positions kept (not padding) and the bag of each.
  std::vector<int64_t> pos, bag;
  std::vector<double> count(B, 0);
  for (int64_t b = 0; b < B; ++b)
    for (int64_t i = starts[b]; i < starts[b + 1]; ++i)
      if (pi[i] != pad) {
        pos.push_back(i);
        bag.push_back(b);
        count[b] += 1;
      }
  const int64_t k = static_cast<int64_t>(pos.size());
  Tensor posT = from_data(pos.data(), {k}, DType::I64);
  Tensor bagT = from_data(bag.data(), {k}, DType::I64);
  Tensor rowsT = index_select(idx, 0, posT);
  Tensor emb = index_select(weight, 0, rowsT);  // (k, D)
  if (has_psw) emb = emb * index_select(per_sample_weights->reshape({n}), 0, posT).unsqueeze(1);
  TensorOptions o{.dtype = weight.dtype(), .device = weight.device()};
  if (mode == "max") {
    // The row of each (bag, column) maximum, chosen without history; gather carries it.
    std::vector<int64_t> arg(B * D, 0);
    std::vector<double> best(B * D, 0);
    std::vector<char> has(B * D, 0);
    std::vector<bool> seen(B, false);
    {
      Tensor ev = emb.detach().to(DType::F64).contiguous();
      const double* pe = static_cast<const double*>(ev.data_ptr());
      for (int64_t r = 0; r < k; ++r) {
        seen[bag[r]] = true;
        for (int64_t j = 0; j < D; ++j) {
          const double v = pe[r * D + j];
          const int64_t at = bag[r] * D + j;
          if (!has[at] || (!std::isnan(best[at]) && (std::isnan(v) || v > best[at]))) {
            best[at] = v;
            arg[at] = r;
            has[at] = 1;
          }
        }
      }
    }
    std::vector<double> nonempty(B);
    for (int64_t b = 0; b < B; ++b) nonempty[b] = seen[b] ? 1 : 0;
    if (k == 0) return zeros({B, D}, o);
    Tensor argT = from_data(arg.data(), {B, D}, DType::I64);
    Tensor keep = from_data(nonempty.data(), {B, 1}, DType::F64).to(weight.dtype());
    return gather(emb, 0, argT) * keep;
  }
  Tensor out = index_add(zeros({B, D}, o), 0, bagT, emb);
  if (mode == "mean") {
    for (double& c : count) c = c > 0 ? 1.0 / c : 0.0;
    out = out * from_data(count.data(), {B, 1}, DType::F64).to(weight.dtype());
  }
  return out;
}

// ---- similarity and distance

Tensor cosine_similarity(const Tensor& x1, const Tensor& x2, int64_t dim, double eps) {
  check_floating_input(x1, "cosine_similarity", "x1");
  check_same_dtype(x1, x2, "cosine_similarity", "x1", "x2");
  DimVector shape = broadcast_shapes(x1.sizes(), x2.sizes(), "cosine_similarity");
  const int64_t d =
      wrap_dim(dim, std::max<int64_t>(static_cast<int64_t>(shape.size()), 1), "cosine_similarity");
  std::vector<int64_t> dims;
  if (!shape.empty()) dims.push_back(d);
  Tensor a = x1.expand(shape), b = x2.expand(shape);
  Tensor w12 = shape.empty() ? a * b : sum(a * b, dims);
  Tensor w1 = shape.empty() ? a * a : sum(a * a, dims);
  Tensor w2 = shape.empty() ? b * b : sum(b * b, dims);
  // PyTorch 1.13 clamps each norm at eps: w12 / (max(|x1|, eps) * max(|x2|, eps)).
  return w12 / (sqrt(clamp(w1, Scalar(eps * eps))) * sqrt(clamp(w2, Scalar(eps * eps))));
}

Tensor pairwise_distance(const Tensor& x1, const Tensor& x2, double p, double eps, bool keepdim) {
  check_floating_input(x1, "pairwise_distance", "x1");
  check_same_dtype(x1, x2, "pairwise_distance", "x1", "x2");
  const int64_t ndim = std::max(x1.dim(), x2.dim());
  Tensor diff = x1 - x2 + eps;
  if (ndim == 0) return norm(diff, Scalar(p), std::vector<int64_t>{}, keepdim);
  return norm(diff, Scalar(p), std::vector<int64_t>{-1}, keepdim);
}

// ---- attention

Tensor scaled_dot_product_attention(const Tensor& query, const Tensor& key, const Tensor& value,
                                    const std::optional<Tensor>& attn_mask, double dropout_p,
                                    bool is_causal, std::optional<double> scale) {
  const char* op = "scaled_dot_product_attention";
  IGNIS_CHECK(query.dim() >= 2 && key.dim() >= 2 && value.dim() >= 2, Shape, op,
              ": expected query, key and value to have at least 2 dims but got ", query.dim(), ", ",
              key.dim(), " and ", value.dim());
  check_same_dtype(query, key, op, "query", "key");
  check_same_dtype(query, value, op, "query", "value");
  IGNIS_CHECK(query.dtype() == DType::F32 || query.dtype() == DType::F64, DType, op,
              ": expected query of dtype float32 or float64 but got ", dtype_name(query.dtype()));
  const int64_t L = query.size(-2), E = query.size(-1), S = key.size(-2), Ev = value.size(-1);
  IGNIS_CHECK(key.size(-1) == E, Shape, op, ": expected key's last dim to be ", E,
              " (query's) but got ", key.size(-1));
  IGNIS_CHECK(value.size(-2) == S, Shape, op, ": expected value's dim -2 to be ", S,
              " (key's) but got ", value.size(-2));
  const bool has_mask = attn_mask && attn_mask->defined();
  IGNIS_CHECK(!(has_mask && is_causal), InvalidArgument, op,
              ": expected no attn_mask when is_causal is true");
  check_p(dropout_p, op);
  auto batch_of = [](const Tensor& t) {
    return std::vector<int64_t>(t.sizes().begin(), t.sizes().end() - 2);
  };
  DimVector batch = broadcast_shapes(batch_of(query), batch_of(key), op);
  batch = broadcast_shapes(batch, batch_of(value), op);
  int64_t B = 1;
  for (int64_t s : batch) B *= s;
  auto flat = [&](const Tensor& t, int64_t r, int64_t c) {
    std::vector<int64_t> full(batch.begin(), batch.end());
    full.push_back(r);
    full.push_back(c);
    return t.expand(full).reshape({B, r, c});
  };
  const double sc = scale.value_or(1.0 / std::sqrt(static_cast<double>(E)));
  Tensor scores = bmm(flat(query, L, E), flat(key, S, E).transpose(1, 2)) * sc;
  std::vector<int64_t> sshape(batch.begin(), batch.end());
  sshape.push_back(L);
  sshape.push_back(S);
  if (is_causal) {
    Tensor keep = tril(ones({L, S}, {.dtype = DType::Bool, .device = query.device()}));
    scores = masked_fill(scores, logical_not(keep), -std::numeric_limits<double>::infinity());
  } else if (has_mask) {
    const Tensor& m = *attn_mask;
    scores = scores.view(sshape);
    if (m.dtype() == DType::Bool) {
      scores = masked_fill(scores, logical_not(m), -std::numeric_limits<double>::infinity());
    } else {
      check_same_dtype(query, m, op, "query", "attn_mask");
      scores = scores + m;
    }
    IGNIS_CHECK(equal_dims(scores.sizes(), sshape), Shape, op, ": expected attn_mask of shape ",
                shape_str(m.sizes()), " to broadcast to ", shape_str(sshape));
    scores = scores.reshape({B, L, S});
  }
  Tensor attn = softmax(scores, -1);
  if (dropout_p > 0) attn = dropout(attn, dropout_p, true);
  std::vector<int64_t> oshape(batch.begin(), batch.end());
  oshape.push_back(L);
  oshape.push_back(Ev);
  return bmm(attn, flat(value, S, Ev)).view(oshape);
}

}  // namespace ignis
