// Factory registrations of the sequence layers: MultiheadAttention, the Transformer encoder and
// decoder (layers and stacks), LSTM, GRU and their cells (nn/factory.h).
//
// PyTorch passes need_weights, average_attn_weights and the is_causal flags per call; the C API's
// forward_n carries only tensors, so these are options fixed when the module is created
// (stored on a subclass that keeps the layer's type name and state dict), and forward_n reads
// them. A module built in C++ without them runs with PyTorch's call defaults.
#include "nn/factory_util.h"

namespace ignis::nn {
namespace {

using namespace factory_detail;

struct CallFlags {
  bool need_weights = true;
  bool average_attn_weights = true;
  bool is_causal = false;         // MHA, encoder; tgt_is_causal for the decoder
  bool memory_is_causal = false;  // decoder only
};

// Layer M with the forward-time flags given at creation.
template <typename M>
class WithCallFlags : public M {
 public:
  template <typename... A>
  explicit WithCallFlags(CallFlags flags, A&&... args)
      : M(std::forward<A>(args)...), flags_(flags) {}
  const CallFlags& flags() const { return flags_; }

 private:
  CallFlags flags_;
};

// The flags m was created with, or PyTorch's call defaults.
template <typename M>
CallFlags flags_of(Module& m) {
  auto* f = dynamic_cast<WithCallFlags<M>*>(&m);
  return f ? f->flags() : CallFlags{};
}

void add_attention(ModuleRegistry& r) {
  r.add({"MultiheadAttention",
         {required("embed_dim", T::Int), required("num_heads", T::Int),
          optional("dropout", T::Float, 0.0), optional("bias", T::Bool, true),
          optional("add_bias_kv", T::Bool, false), optional("add_zero_attn", T::Bool, false),
          optional("kdim", T::Int, std::monostate{}), optional("vdim", T::Int, std::monostate{}),
          optional("batch_first", T::Bool, false), dtype_opt(),
          optional("need_weights", T::Bool, true), optional("average_attn_weights", T::Bool, true),
          optional("is_causal", T::Bool, false)},
         [](const ResolvedOptions& o) -> ModulePtr {
           MultiheadAttentionOptions a;
           a.dropout = o.f("dropout");
           a.bias = o.b("bias");
           a.add_bias_kv = o.b("add_bias_kv");
           a.add_zero_attn = o.b("add_zero_attn");
           // The engine spells kdim/vdim = None as 0, so a given 0 must not pass as None.
           for (const char* d : {"kdim", "vdim"})
             IGNIS_CHECK(o.is_none(d) || o.i(d) > 0, InvalidArgument, "MultiheadAttention: ", d,
                         " must be None or positive but got ", o.is_none(d) ? 0 : o.i(d));
           a.kdim = o.is_none("kdim") ? 0 : o.i("kdim");
           a.vdim = o.is_none("vdim") ? 0 : o.i("vdim");
           a.batch_first = o.b("batch_first");
           a.dtype = o.dtype("dtype");
           CallFlags f{o.b("need_weights"), o.b("average_attn_weights"), o.b("is_causal")};
           return std::make_shared<WithCallFlags<MultiheadAttention>>(f, o.i("embed_dim"),
                                                                      o.i("num_heads"), a);
         },
         // (query, key, value, key_padding_mask, attn_mask) -> (output, attn_weights); the
         // weights are left out when the module was created with need_weights false.
         [](Module& m, const std::vector<Tensor>& in) -> std::vector<Tensor> {
           auto a = inputs_between("MultiheadAttention", in, 3, 5,
                                   "query, key, value, key_padding_mask, attn_mask");
           CallFlags f = flags_of<MultiheadAttention>(m);
           auto [out, w] = static_cast<MultiheadAttention&>(m).forward(
               *a[0], *a[1], *a[2],
               {.key_padding_mask = a[3],
                .need_weights = f.need_weights,
                .attn_mask = a[4],
                .average_attn_weights = f.average_attn_weights,
                .is_causal = f.is_causal});
           if (!w) return {out};
           return {out, *w};
         }});
}

// The constructor options of TransformerEncoderLayer / TransformerDecoderLayer, shared by the
// stacks, which take them flattened next to num_layers and norm.
std::vector<OptionSpec> layer_specs(std::vector<OptionSpec> extra) {
  std::vector<OptionSpec> s{required("d_model", T::Int),
                            required("nhead", T::Int),
                            optional("dim_feedforward", T::Int, int64_t{2048}),
                            optional("dropout", T::Float, 0.1),
                            optional("activation", T::String, std::string("relu")),
                            optional("layer_norm_eps", T::Float, 1e-5),
                            optional("batch_first", T::Bool, false),
                            optional("norm_first", T::Bool, false),
                            optional("bias", T::Bool, true),
                            dtype_opt()};
  s.insert(s.end(), extra.begin(), extra.end());
  return s;
}

TransformerLayerOptions layer_options(const ResolvedOptions& o) {
  TransformerLayerOptions t;
  t.dim_feedforward = o.i("dim_feedforward");
  t.dropout = o.f("dropout");
  t.activation = o.s("activation");
  t.layer_norm_eps = o.f("layer_norm_eps");
  t.batch_first = o.b("batch_first");
  t.norm_first = o.b("norm_first");
  t.bias = o.b("bias");
  t.dtype = o.dtype("dtype");
  return t;
}

// The stacks' `norm`: PyTorch takes a module; here true adds LayerNorm(d_model,
// eps=layer_norm_eps) as the final norm (what nn.Transformer passes), false none.
std::shared_ptr<Module> final_norm(const ResolvedOptions& o) {
  if (!o.b("norm")) return nullptr;
  return std::make_shared<LayerNorm>(std::vector<int64_t>{o.i("d_model")}, o.f("layer_norm_eps"),
                                     true, o.dtype("dtype"));
}

CallFlags encoder_flags(const ResolvedOptions& o) {
  CallFlags f;
  f.is_causal = o.b("is_causal");
  return f;
}
CallFlags decoder_flags(const ResolvedOptions& o) {
  CallFlags f;
  f.is_causal = o.b("tgt_is_causal");
  f.memory_is_causal = o.b("memory_is_causal");
  return f;
}

// (src, src_mask, src_key_padding_mask) -> output, for the encoder layer and stack.
template <typename M>
ForwardN encoder_forward(const char* who) {
  return [who](Module& m, const std::vector<Tensor>& in) -> std::vector<Tensor> {
    auto a = inputs_between(who, in, 1, 3, "src, mask, src_key_padding_mask");
    return {static_cast<M&>(m).forward(*a[0], a[1], a[2], flags_of<M>(m).is_causal)};
  };
}

// (tgt, memory, tgt_mask, memory_mask, tgt_key_padding_mask, memory_key_padding_mask) -> output.
template <typename M>
ForwardN decoder_forward(const char* who) {
  return [who](Module& m, const std::vector<Tensor>& in) -> std::vector<Tensor> {
    auto a = inputs_between(who, in, 2, 6,
                            "tgt, memory, tgt_mask, memory_mask, tgt_key_padding_mask, "
                            "memory_key_padding_mask");
    CallFlags f = flags_of<M>(m);
    return {static_cast<M&>(m).forward(*a[0], *a[1], a[2], a[3], a[4], a[5], f.is_causal,
                                       f.memory_is_causal)};
  };
}

void add_transformer(ModuleRegistry& r) {
  const OptionSpec enc_causal = optional("is_causal", T::Bool, false);
  const std::vector<OptionSpec> dec_causal{optional("tgt_is_causal", T::Bool, false),
                                           optional("memory_is_causal", T::Bool, false)};
  const OptionSpec stack_opts[] = {required("num_layers", T::Int),
                                   optional("norm", T::Bool, false)};
  r.add({"TransformerEncoderLayer", layer_specs({enc_causal}),
         [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<WithCallFlags<TransformerEncoderLayer>>(
               encoder_flags(o), o.i("d_model"), o.i("nhead"), layer_options(o));
         },
         encoder_forward<TransformerEncoderLayer>("TransformerEncoderLayer")});
  r.add({"TransformerEncoder", layer_specs({stack_opts[0], stack_opts[1], enc_causal}),
         [](const ResolvedOptions& o) -> ModulePtr {
           auto layer = std::make_shared<TransformerEncoderLayer>(o.i("d_model"), o.i("nhead"),
                                                                  layer_options(o));
           return std::make_shared<WithCallFlags<TransformerEncoder>>(
               encoder_flags(o), layer, o.i("num_layers"), final_norm(o));
         },
         encoder_forward<TransformerEncoder>("TransformerEncoder")});
  r.add({"TransformerDecoderLayer", layer_specs(dec_causal),
         [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<WithCallFlags<TransformerDecoderLayer>>(
               decoder_flags(o), o.i("d_model"), o.i("nhead"), layer_options(o));
         },
         decoder_forward<TransformerDecoderLayer>("TransformerDecoderLayer")});
  r.add({"TransformerDecoder",
         layer_specs({stack_opts[0], stack_opts[1], dec_causal[0], dec_causal[1]}),
         [](const ResolvedOptions& o) -> ModulePtr {
           auto layer = std::make_shared<TransformerDecoderLayer>(o.i("d_model"), o.i("nhead"),
                                                                  layer_options(o));
           return std::make_shared<WithCallFlags<TransformerDecoder>>(
               decoder_flags(o), layer, o.i("num_layers"), final_norm(o));
         },
         decoder_forward<TransformerDecoder>("TransformerDecoder")});
}

std::vector<OptionSpec> rnn_specs() {
  return {required("input_size", T::Int),
          required("hidden_size", T::Int),
          optional("num_layers", T::Int, int64_t{1}),
          optional("bias", T::Bool, true),
          optional("batch_first", T::Bool, false),
          optional("dropout", T::Float, 0.0),
          optional("bidirectional", T::Bool, false),
          optional("proj_size", T::Int, int64_t{0}),  // LSTM only; GRU rejects a nonzero one
          dtype_opt()};
}

RNNOptions rnn_options(const ResolvedOptions& o) {
  RNNOptions r;
  r.num_layers = o.i("num_layers");
  r.bias = o.b("bias");
  r.batch_first = o.b("batch_first");
  r.dropout = o.f("dropout");
  r.bidirectional = o.b("bidirectional");
  r.proj_size = o.i("proj_size");
  r.dtype = o.dtype("dtype");
  return r;
}

std::vector<OptionSpec> cell_specs() {
  return {required("input_size", T::Int), required("hidden_size", T::Int),
          optional("bias", T::Bool, true), dtype_opt()};
}

void add_recurrent(ModuleRegistry& r) {
  r.add({"LSTM", rnn_specs(),
         [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<LSTM>(o.i("input_size"), o.i("hidden_size"), rnn_options(o));
         },
         // (input, h0, c0) -> (output, h_n, c_n): PyTorch's (output, (h_n, c_n)) flattened.
         [](Module& m, const std::vector<Tensor>& in) -> std::vector<Tensor> {
           auto a = inputs_between("LSTM", in, 1, 3, "input, h0, c0");
           auto [out, h, c] = static_cast<LSTM&>(m).forward(*a[0], a[1], a[2]);
           return {out, h, c};
         }});
  r.add({"GRU", rnn_specs(),
         [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<GRU>(o.i("input_size"), o.i("hidden_size"), rnn_options(o));
         },
         // (input, h0) -> (output, h_n).
         [](Module& m, const std::vector<Tensor>& in) -> std::vector<Tensor> {
           auto a = inputs_between("GRU", in, 1, 2, "input, h0");
           auto [out, h] = static_cast<GRU&>(m).forward(*a[0], a[1]);
           return {out, h};
         }});
  r.add({"LSTMCell", cell_specs(),
         [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<LSTMCell>(o.i("input_size"), o.i("hidden_size"), o.b("bias"),
                                             o.dtype("dtype"));
         },
         // (input, h, c) -> (h', c').
         [](Module& m, const std::vector<Tensor>& in) -> std::vector<Tensor> {
           auto a = inputs_between("LSTMCell", in, 1, 3, "input, h, c");
           auto [h, c] = static_cast<LSTMCell&>(m).forward(*a[0], a[1], a[2]);
           return {h, c};
         }});
  r.add({"GRUCell", cell_specs(),
         [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<GRUCell>(o.i("input_size"), o.i("hidden_size"), o.b("bias"),
                                            o.dtype("dtype"));
         },
         // (input, h) -> h'.
         [](Module& m, const std::vector<Tensor>& in) -> std::vector<Tensor> {
           auto a = inputs_between("GRUCell", in, 1, 2, "input, h");
           return {static_cast<GRUCell&>(m).forward(*a[0], a[1])};
         }});
}

}  // namespace

void register_sequence_modules(ModuleRegistry& r) {
  add_attention(r);
  add_transformer(r);
  add_recurrent(r);
}

}  // namespace ignis::nn
