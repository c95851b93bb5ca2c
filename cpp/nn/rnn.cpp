#include "nn/rnn.h"

#include <cmath>

#include "nn/init.h"
#include "ops/operators.h"
#include "ops/ops.gen.h"
#include "tensor/broadcast.h"

namespace ignis::nn {
namespace {

// The bias of an LSTM step's input projection: both biases folded into one (b_ih + b_hh).
std::optional<Tensor> lstm_bias(const Tensor& b_ih, const Tensor& b_hh) {
  if (!b_ih.defined()) return std::nullopt;
  return b_ih + b_hh;
}

// One LSTM step from xp = x W_ih^T + b_ih + b_hh: gates i, f, g, o.
std::pair<Tensor, Tensor> lstm_step(const Tensor& xp, const Tensor& h, const Tensor& c,
                                    const Tensor& w_hh_t) {
  std::vector<Tensor> g = addmm(xp, h, w_hh_t).chunk(4, 1);
  Tensor c2 = sigmoid(g[1]) * c + sigmoid(g[0]) * tanh(g[2]);
  return {sigmoid(g[3]) * tanh(c2), c2};
}

// One GRU step from xp = x W_ih^T + b_ih: gates r, z, n, with b_hn inside r * (...).
Tensor gru_step(const Tensor& xp, const Tensor& h, const Tensor& w_hh_t, const Tensor& b_hh) {
  Tensor hp = b_hh.defined() ? addmm(b_hh, h, w_hh_t) : mm(h, w_hh_t);
  std::vector<Tensor> x3 = xp.chunk(3, 1), h3 = hp.chunk(3, 1);
  Tensor r = sigmoid(x3[0] + h3[0]);
  Tensor z = sigmoid(x3[1] + h3[1]);
  Tensor n = tanh(x3[2] + r * h3[2]);
  return n + z * (h - n);  // (1 - z) * n + z * h
}

Tensor param_or_undefined(Module& m, const std::string& name) {
  for (auto& [n, t] : m.named_parameters(false))
    if (n == name) return t;
  return Tensor();
}

// A cell's input and state checks; returns whether the input is batched.
bool check_cell(const char* op, const Tensor& input, int64_t in, const std::optional<Tensor>& h,
                int64_t hidden, const char* hname) {
  IGNIS_CHECK(input.dim() == 1 || input.dim() == 2, Shape, op,
              ": expected input to be 1-D or 2-D but got ", input.dim(), "-D");
  IGNIS_CHECK(input.size(-1) == in, Shape, op, ": expected input's last dim to be input_size (", in,
              ") but got ", input.size(-1));
  if (h && h->defined()) {
    const bool ok = input.dim() == 2
                        ? h->dim() == 2 && h->size(0) == input.size(0) && h->size(1) == hidden
                        : h->dim() == 1 && h->size(0) == hidden;
    const std::vector<int64_t> want = input.dim() == 2 ? std::vector<int64_t>{input.size(0), hidden}
                                                       : std::vector<int64_t>{hidden};
    IGNIS_CHECK(ok, Shape, op, ": expected ", hname, " of shape ", shape_str(want), " but got ",
                shape_str(h->sizes()));
  }
  return input.dim() == 2;
}

}  // namespace

RNNBase::RNNBase(const char* mode, int64_t gates, int64_t input_size, int64_t hidden_size,
                 RNNOptions opts)
    : mode_(mode),
      gates_(gates),
      input_size_(input_size),
      hidden_size_(hidden_size),
      out_size_(opts.proj_size > 0 ? opts.proj_size : hidden_size),
      opts_(opts) {
  IGNIS_CHECK(input_size > 0 && hidden_size > 0, InvalidArgument, mode,
              ": expected input_size and hidden_size > 0 but got ", input_size, " and ",
              hidden_size);
  IGNIS_CHECK(opts.num_layers >= 1, InvalidArgument, mode, ": expected num_layers >= 1 but got ",
              opts.num_layers);
  IGNIS_CHECK(opts.dropout >= 0.0 && opts.dropout <= 1.0, InvalidArgument, mode,
              ": dropout should be a number in range [0, 1] representing the probability of an ",
              "element being zeroed, but got ", opts.dropout);
  IGNIS_CHECK(opts.proj_size >= 0, InvalidArgument, mode,
              ": proj_size should be a positive integer or zero to disable projections but got ",
              opts.proj_size);
  IGNIS_CHECK(opts.proj_size == 0 || gates == 4, InvalidArgument, mode,
              ": proj_size argument is only supported for LSTM, not RNN or GRU (got proj_size=",
              opts.proj_size, ")");
  IGNIS_CHECK(opts.proj_size < hidden_size, InvalidArgument, mode,
              ": proj_size has to be smaller than hidden_size (", hidden_size, ") but got ",
              opts.proj_size);
  const int64_t dirs = opts.bidirectional ? 2 : 1;
  const TensorOptions to{.dtype = opts.dtype};
  for (int64_t l = 0; l < opts.num_layers; ++l)
    for (int64_t d = 0; d < dirs; ++d) {
      const std::string sfx = "_l" + std::to_string(l) + (d ? "_reverse" : "");
      const int64_t in = l == 0 ? input_size : out_size_ * dirs;
      register_parameter("weight_ih" + sfx, empty({gates * hidden_size, in}, to));
      register_parameter("weight_hh" + sfx, empty({gates * hidden_size, out_size_}, to));
      if (opts.bias) {
        register_parameter("bias_ih" + sfx, empty({gates * hidden_size}, to));
        register_parameter("bias_hh" + sfx, empty({gates * hidden_size}, to));
      }
      if (opts.proj_size > 0)  // after the biases: PyTorch's parameter order
        register_parameter("weight_hr" + sfx, empty({opts.proj_size, hidden_size}, to));
    }
  reset_parameters();
}

void RNNBase::reset_parameters() {
  const double bound = 1.0 / std::sqrt(static_cast<double>(hidden_size_));
  for (auto& [n, t] : params_) init::uniform_(t, -bound, bound);
}

std::string RNNBase::extra_repr() const {
  std::string s = std::to_string(input_size_) + ", " + std::to_string(hidden_size_);
  if (opts_.proj_size != 0) s += ", proj_size=" + std::to_string(opts_.proj_size);
  if (opts_.num_layers != 1) s += ", num_layers=" + std::to_string(opts_.num_layers);
  if (!opts_.bias) s += ", bias=False";
  if (opts_.batch_first) s += ", batch_first=True";
  if (opts_.dropout != 0) s += ", dropout=" + std::to_string(opts_.dropout);
  if (opts_.bidirectional) s += ", bidirectional=True";
  return s;
}

std::tuple<Tensor, Tensor, Tensor> RNNBase::run(const Tensor& input,
                                                const std::optional<Tensor>& h0,
                                                const std::optional<Tensor>& c0) {
  const bool lstm = gates_ == 4;
  IGNIS_CHECK(input.dim() == 3 || input.dim() == 2, Shape, mode_,
              ": expected input to be 3-D (batched) or 2-D (unbatched) but got ", input.dim(),
              "-D of shape ", shape_str(input.sizes()));
  IGNIS_CHECK(input.size(-1) == input_size_, Shape, mode_,
              ": input.size(-1) must be equal to input_size. Expected ", input_size_, ", got ",
              input.size(-1));
  const Tensor& w0 = params_[0].second;
  IGNIS_CHECK(input.dtype() == w0.dtype(), DType, mode_, ": expected input of dtype ",
              dtype_name(w0.dtype()), " (the parameters') but got ", dtype_name(input.dtype()));
  const bool batched = input.dim() == 3;
  // Work in (seq, batch, feature).
  Tensor x = !batched ? input.unsqueeze(1) : opts_.batch_first ? input.transpose(0, 1) : input;
  const int64_t T = x.size(0), N = x.size(1), H = hidden_size_, P = out_size_;
  const int64_t dirs = opts_.bidirectional ? 2 : 1, layers = opts_.num_layers;

  // h has P features (proj_size or hidden), c has H.
  auto state = [&](const std::optional<Tensor>& s, const char* name, int64_t H) -> Tensor {
    if (!s || !s->defined()) return Tensor();
    const bool ok =
        batched ? s->dim() == 3 && s->size(0) == layers * dirs && s->size(1) == N && s->size(2) == H
                : s->dim() == 2 && s->size(0) == layers * dirs && s->size(1) == H;
    IGNIS_CHECK(ok, Shape, mode_, ": expected ", name, " of shape ",
                batched ? shape_str(std::vector<int64_t>{layers * dirs, N, H})
                        : shape_str(std::vector<int64_t>{layers * dirs, H}),
                " (num_layers * num_directions, ", batched ? "batch, " : "",
                H == hidden_size_ ? "hidden_size" : "proj_size", ") but got ",
                shape_str(s->sizes()));
    IGNIS_CHECK(s->dtype() == w0.dtype(), DType, mode_, ": expected ", name, " of dtype ",
                dtype_name(w0.dtype()), " but got ", dtype_name(s->dtype()));
    return batched ? *s : s->unsqueeze(1);
  };
  Tensor hx = state(h0, "h0", P), cx;
  if (lstm) {
    IGNIS_CHECK(h0.has_value() == c0.has_value(), InvalidArgument, mode_,
                ": expected both h0 and c0 or neither but got only ", h0 ? "h0" : "c0");
    cx = state(c0, "c0", H);
  }
  const TensorOptions zo{.dtype = w0.dtype(), .device = w0.device()};

  std::vector<Tensor> h_n, c_n;
  for (int64_t l = 0; l < layers; ++l) {
    std::vector<Tensor> dir_out;
    for (int64_t d = 0; d < dirs; ++d) {
      const std::string sfx = "_l" + std::to_string(l) + (d ? "_reverse" : "");
      const Tensor& w_ih = param("weight_ih" + sfx);
      const Tensor w_hh_t = param("weight_hh" + sfx).t();
      Tensor b_ih = param_or_undefined(*this, "bias_ih" + sfx);
      Tensor b_hh = param_or_undefined(*this, "bias_hh" + sfx);
      const Tensor w_hr_t = opts_.proj_size > 0 ? param("weight_hr" + sfx).t() : Tensor();
      // The whole sequence's input projection in one GEMM, then one view per step.
      std::optional<Tensor> bx =
          lstm ? lstm_bias(b_ih, b_hh)
               : (b_ih.defined() ? std::optional<Tensor>(b_ih) : std::nullopt);
      std::vector<Tensor> xp = linear(x, w_ih, bx).unbind(0);
      const int64_t idx = l * dirs + d;
      Tensor h = hx.defined() ? hx.select(0, idx) : zeros({N, P}, zo);
      Tensor c = lstm ? (cx.defined() ? cx.select(0, idx) : zeros({N, H}, zo)) : Tensor();
      std::vector<Tensor> out(static_cast<size_t>(T));
      for (int64_t s = 0; s < T; ++s) {
        const int64_t t = d ? T - 1 - s : s;
        if (lstm) {
          std::tie(h, c) = lstm_step(xp[t], h, c, w_hh_t);
          if (w_hr_t.defined()) h = mm(h, w_hr_t);
        } else {
          h = gru_step(xp[t], h, w_hh_t, b_hh);
        }
        out[t] = h;
      }
      dir_out.push_back(T > 0 ? stack(out, 0) : zeros({0, N, P}, zo));
      h_n.push_back(h);
      if (lstm) c_n.push_back(c);
    }
    x = dirs == 1 ? dir_out[0] : cat(dir_out, -1);
    if (l + 1 < layers && opts_.dropout > 0 && training_) x = dropout(x, opts_.dropout, true);
  }
  Tensor out = !batched ? x.squeeze(1) : opts_.batch_first ? x.transpose(0, 1) : x;
  Tensor hn = stack(h_n, 0), cn = lstm ? stack(c_n, 0) : Tensor();
  if (!batched) {
    hn = hn.squeeze(1);
    if (lstm) cn = cn.squeeze(1);
  }
  return {out, hn, cn};
}

std::tuple<Tensor, Tensor, Tensor> LSTM::forward(const Tensor& input,
                                                 const std::optional<Tensor>& h0,
                                                 const std::optional<Tensor>& c0) {
  return run(input, h0, c0);
}

std::pair<Tensor, Tensor> GRU::forward(const Tensor& input, const std::optional<Tensor>& h0) {
  auto [out, hn, cn] = run(input, h0, std::nullopt);
  return {out, hn};
}

// ---- cells

namespace {
void register_cell(Module& m, int64_t gates, int64_t in, int64_t hidden, bool bias, DType dtype) {
  const TensorOptions to{.dtype = dtype};
  m.register_parameter("weight_ih", empty({gates * hidden, in}, to));
  m.register_parameter("weight_hh", empty({gates * hidden, hidden}, to));
  if (bias) {
    m.register_parameter("bias_ih", empty({gates * hidden}, to));
    m.register_parameter("bias_hh", empty({gates * hidden}, to));
  }
  const double bound = 1.0 / std::sqrt(static_cast<double>(hidden));
  for (auto& [n, t] : m.named_parameters(false)) {
    Tensor p = t;
    init::uniform_(p, -bound, bound);
  }
}

std::string cell_repr(int64_t in, int64_t hidden, bool bias) {
  return std::to_string(in) + ", " + std::to_string(hidden) + (bias ? "" : ", bias=False");
}
}  // namespace

LSTMCell::LSTMCell(int64_t input_size, int64_t hidden_size, bool bias, DType dtype)
    : input_size_(input_size), hidden_size_(hidden_size) {
  IGNIS_CHECK(input_size > 0 && hidden_size > 0, InvalidArgument,
              "LSTMCell: expected input_size and hidden_size > 0 but got ", input_size, " and ",
              hidden_size);
  register_cell(*this, 4, input_size, hidden_size, bias, dtype);
}

std::pair<Tensor, Tensor> LSTMCell::forward(const Tensor& input, const std::optional<Tensor>& h,
                                            const std::optional<Tensor>& c) {
  const bool batched = check_cell("LSTMCell", input, input_size_, h, hidden_size_, "hx");
  check_cell("LSTMCell", input, input_size_, c, hidden_size_, "cx");
  IGNIS_CHECK(h.has_value() == c.has_value(), InvalidArgument,
              "LSTMCell: expected both h and c or neither but got only ", h ? "h" : "c");
  Tensor x = batched ? input : input.unsqueeze(0);
  const int64_t N = x.size(0);
  const TensorOptions zo{.dtype = x.dtype(), .device = x.device()};
  Tensor h0 = h ? (batched ? *h : h->unsqueeze(0)) : zeros({N, hidden_size_}, zo);
  Tensor c0 = c ? (batched ? *c : c->unsqueeze(0)) : zeros({N, hidden_size_}, zo);
  Tensor xp =
      linear(x, param("weight_ih"),
             lstm_bias(param_or_undefined(*this, "bias_ih"), param_or_undefined(*this, "bias_hh")));
  auto [h1, c1] = lstm_step(xp, h0, c0, param("weight_hh").t());
  if (!batched) return {h1.squeeze(0), c1.squeeze(0)};
  return {h1, c1};
}

Tensor LSTMCell::forward(const Tensor&) {
  IGNIS_FAIL(Unsupported, "LSTMCell: forward returns (h, c); call forward(input, h, c)");
}

std::string LSTMCell::extra_repr() const {
  return cell_repr(input_size_, hidden_size_, params_.size() > 2);
}

GRUCell::GRUCell(int64_t input_size, int64_t hidden_size, bool bias, DType dtype)
    : input_size_(input_size), hidden_size_(hidden_size) {
  IGNIS_CHECK(input_size > 0 && hidden_size > 0, InvalidArgument,
              "GRUCell: expected input_size and hidden_size > 0 but got ", input_size, " and ",
              hidden_size);
  register_cell(*this, 3, input_size, hidden_size, bias, dtype);
}

Tensor GRUCell::forward(const Tensor& input, const std::optional<Tensor>& h) {
  const bool batched = check_cell("GRUCell", input, input_size_, h, hidden_size_, "hx");
  Tensor x = batched ? input : input.unsqueeze(0);
  const TensorOptions zo{.dtype = x.dtype(), .device = x.device()};
  Tensor h0 = h ? (batched ? *h : h->unsqueeze(0)) : zeros({x.size(0), hidden_size_}, zo);
  Tensor b_ih = param_or_undefined(*this, "bias_ih");
  std::optional<Tensor> bx;
  if (b_ih.defined()) bx = b_ih;
  Tensor xp = linear(x, param("weight_ih"), bx);
  Tensor h1 = gru_step(xp, h0, param("weight_hh").t(), param_or_undefined(*this, "bias_hh"));
  return batched ? h1 : h1.squeeze(0);
}

std::string GRUCell::extra_repr() const {
  return cell_repr(input_size_, hidden_size_, params_.size() > 2);
}

}  // namespace ignis::nn
