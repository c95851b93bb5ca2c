// Recurrent layers as in torch.nn: LSTM and GRU (multi-layer, bidirectional, dropout between
// layers) and the single-step LSTMCell and GRUCell. PyTorch's gate order (LSTM i, f, g, o; GRU
// r, z, n), parameter names (weight_ih_l0, bias_hh_l1_reverse, ...) and initialization
// U(-1/sqrt(hidden), 1/sqrt(hidden)). Built from ops: the input projection of a whole sequence
// is one GEMM, then one small GEMM and a few elementwise ops per time step.
#pragma once

#include <optional>
#include <tuple>
#include <utility>

#include "nn/module.h"

namespace ignis::nn {

struct RNNOptions {
  int64_t num_layers = 1;
  bool bias = true;
  bool batch_first = false;  // input/output (batch, seq, feature) instead of (seq, batch, feature)
  double dropout = 0.0;      // on the outputs of every layer but the last, in training mode
  bool bidirectional = false;
  // LSTM only: > 0 projects each step's hidden state to this size (h = W_hr (o * tanh(c))), so
  // h0, h_n and the output carry proj_size features while c keeps hidden_size (PyTorch's LSTMP).
  int64_t proj_size = 0;
  DType dtype = DType::F32;
};

// What LSTM and GRU share: parameters per layer and direction, shape checks, the layer loop.
class RNNBase : public Module {
 public:
  std::string extra_repr() const override;
  int64_t input_size() const { return input_size_; }
  int64_t hidden_size() const { return hidden_size_; }
  const RNNOptions& options() const { return opts_; }
  void reset_parameters();

 protected:
  RNNBase(const char* mode, int64_t gates, int64_t input_size, int64_t hidden_size,
          RNNOptions opts);
  // (output, h_n, c_n): runs every layer and direction; c0 and c_n only for the LSTM.
  std::tuple<Tensor, Tensor, Tensor> run(const Tensor& input, const std::optional<Tensor>& h0,
                                         const std::optional<Tensor>& c0);

 private:
  const char* mode_;
  int64_t gates_, input_size_, hidden_size_;
  int64_t out_size_;  // the features of h: proj_size when set, else hidden_size
  RNNOptions opts_;
};

class LSTM : public RNNBase {
 public:
  LSTM(int64_t input_size, int64_t hidden_size, RNNOptions opts = {})
      : RNNBase("LSTM", 4, input_size, hidden_size, opts) {}
  // (output, h_n, c_n). input (L, N, H_in), (N, L, H_in) with batch_first, or (L, H_in);
  // h0 (num_layers * directions, N, H_out) and c0 (num_layers * directions, N, hidden), or both
  // nullopt for zeros; H_out is proj_size when set, else hidden. output (L, N, directions * H_out).
  std::tuple<Tensor, Tensor, Tensor> forward(const Tensor& input, const std::optional<Tensor>& h0,
                                             const std::optional<Tensor>& c0 = std::nullopt);
  // The output sequence only, from zero states.
  Tensor forward(const Tensor& input) override { return std::get<0>(forward(input, std::nullopt)); }
  std::string type_name() const override { return "LSTM"; }
};

class GRU : public RNNBase {
 public:
  GRU(int64_t input_size, int64_t hidden_size, RNNOptions opts = {})
      : RNNBase("GRU", 3, input_size, hidden_size, opts) {}
  // (output, h_n), shapes as LSTM's.
  std::pair<Tensor, Tensor> forward(const Tensor& input, const std::optional<Tensor>& h0);
  Tensor forward(const Tensor& input) override { return forward(input, std::nullopt).first; }
  std::string type_name() const override { return "GRU"; }
};

// One LSTM step: (h', c') from input (N, H_in) or (H_in) and states (N, hidden) (zeros if absent).
class LSTMCell : public Module {
 public:
  LSTMCell(int64_t input_size, int64_t hidden_size, bool bias = true, DType dtype = DType::F32);
  std::pair<Tensor, Tensor> forward(const Tensor& input, const std::optional<Tensor>& h,
                                    const std::optional<Tensor>& c = std::nullopt);
  // Throws: an LSTM cell returns two tensors; call forward(input, h, c).
  Tensor forward(const Tensor& input) override;
  std::string type_name() const override { return "LSTMCell"; }
  std::string extra_repr() const override;

 private:
  int64_t input_size_, hidden_size_;
};

// One GRU step: h' from input (N, H_in) or (H_in) and h (N, hidden) (zeros if absent).
class GRUCell : public Module {
 public:
  GRUCell(int64_t input_size, int64_t hidden_size, bool bias = true, DType dtype = DType::F32);
  Tensor forward(const Tensor& input, const std::optional<Tensor>& h);
  Tensor forward(const Tensor& input) override { return forward(input, std::nullopt); }
  std::string type_name() const override { return "GRUCell"; }
  std::string extra_repr() const override;

 private:
  int64_t input_size_, hidden_size_;
};

}  // namespace ignis::nn
