// tests the module factory's registrations of the newer layers through libignis.so only:
// creation by type and JSON options, forward / forward_n against torch 1.13 values (parameters
// set through the C API, nn_layers_ref.h), the forward-time flags given as options, errors for
// bad options and input counts, and that docs/c_api.md lists exactly the registered types and
// their options.
#include <cmath>
#include <fstream>
#include <map>
#include <set>

#include "capi_test_util.h"
#include "nn_layers_ref.h"

using namespace capi_test;

namespace {

std::string str_and_free(char* s) {
  std::string r = s ? s : "";
  ignis_string_free(s);
  return r;
}

// The value nn_layers_ref.py gives element k of parameter `name`.
float param_value(const std::string& name, int64_t k) {
  int seed = 0;
  for (char c : name) seed += static_cast<unsigned char>(c);
  return static_cast<float>(0.5 * std::sin(0.37 * static_cast<double>(k) + 0.11 * seed));
}

ignis_tensor* make_tensor(const RefTensor& r) {
  ignis_tensor* t = nullptr;
  const int64_t* shape = r.shape.data();
  ignis_status s = IGNIS_OK;
  if (r.kind == 'f') {
    std::vector<float> v(r.values.begin(), r.values.end());
    s = ignis_tensor_from_data(v.data(), v.size() * sizeof(float), shape, r.shape.size(),
                               IGNIS_FLOAT32, &t);
  } else if (r.kind == 'i') {
    std::vector<int64_t> v(r.values.begin(), r.values.end());
    s = ignis_tensor_from_data(v.data(), v.size() * sizeof(int64_t), shape, r.shape.size(),
                               IGNIS_INT64, &t);
  } else if (r.kind == 'b') {
    std::vector<uint8_t> v(r.values.begin(), r.values.end());
    s = ignis_tensor_from_data(v.data(), v.size(), shape, r.shape.size(), IGNIS_BOOL, &t);
  }
  EXPECT_EQ(s, IGNIS_OK) << last_error();
  return t;  // NULL for 'n': None
}

// Runs forward_n on inputs (NULL = None); the outputs as owned handles.
struct Outputs {
  std::vector<ignis_tensor*> t;
  ~Outputs() {
    for (ignis_tensor* x : t) ignis_tensor_release(x);
  }
};
ignis_status run_n(ignis_module* m, const std::vector<ignis_tensor*>& in, Outputs* out) {
  ignis_tensor** arr = nullptr;
  size_t n = 0;
  std::vector<const ignis_tensor*> c(in.begin(), in.end());
  ignis_status s = ignis_module_forward_n(m, c.data(), c.size(), &arr, &n);
  if (s == IGNIS_OK) {
    for (ignis_tensor* x : out->t) ignis_tensor_release(x);  // a reused Outputs drops its last
    out->t = take_array(arr, n);
  }
  return s;
}

void expect_close(const ignis_tensor* got, const std::vector<float>& want, const std::string& what,
                  double tol = 1e-4) {
  std::vector<float> g = values_f32(got);
  ASSERT_EQ(g.size(), want.size()) << what;
  for (size_t i = 0; i < g.size(); ++i)
    EXPECT_NEAR(g[i], want[i], tol * (1 + std::fabs(want[i]))) << what << " element " << i;
}

ignis_status create(const char* type, const char* json, ignis_module** m) {
  *m = nullptr;
  return ignis_module_create(type, json, m);
}

}  // namespace

TEST(CApiNNLayers, OutputsMatchTorchWithTheSameParameters) {
  for (const RefCase& c : reference_cases()) {
    SCOPED_TRACE(std::string(c.name) + " " + c.options);
    OwnedModule m(make_module(c.type, c.options));
    ASSERT_NE(m.h, nullptr);
    ASSERT_EQ(ignis_module_train(m, 0), IGNIS_OK);
    size_t np = 0;
    ASSERT_EQ(ignis_module_parameter_count(m, 1, &np), IGNIS_OK);
    std::vector<std::string> names;
    for (size_t i = 0; i < np; ++i) {
      char* name = nullptr;
      Owned p;
      ASSERT_EQ(ignis_module_parameter(m, 1, i, &name, p.out()), IGNIS_OK) << last_error();
      names.push_back(str_and_free(name));
      std::vector<float> v(static_cast<size_t>(ignis_tensor_numel(p)));
      for (size_t k = 0; k < v.size(); ++k) v[k] = param_value(names.back(), int64_t(k));
      Owned src(make_f32(v, shape_of(p)));
      ASSERT_EQ(ignis_tensor_copy_(p, src), IGNIS_OK) << last_error();
    }
    EXPECT_EQ(names, c.params);  // PyTorch's parameter names in named_parameters order
    std::vector<ignis_tensor*> in;
    for (const RefTensor& r : c.inputs) in.push_back(make_tensor(r));
    Outputs out;
    ignis_status s = run_n(m, in, &out);
    for (ignis_tensor* t : in) ignis_tensor_release(t);
    ASSERT_EQ(s, IGNIS_OK) << last_error();
    ASSERT_EQ(out.t.size(), c.outputs.size());
    for (size_t k = 0; k < out.t.size(); ++k) {
      EXPECT_EQ(shape_of(out.t[k]), c.outputs[k].shape) << "output " << k;
      expect_close(out.t[k],
                   std::vector<float>(c.outputs[k].values.begin(), c.outputs[k].values.end()),
                   "output " + std::to_string(k));
    }
  }
}

TEST(CApiNNLayers, UpsampleNearestDuplicatesEachValue) {
  Owned x(make_f32({1, 2, 3, 4}, {1, 1, 2, 2})), y;
  for (const char* type : {"Upsample", "UpsamplingNearest2d"}) {
    OwnedModule m(make_module(type, R"({"scale_factor": 2})"));
    ASSERT_EQ(ignis_module_forward(m, x, y.out()), IGNIS_OK) << last_error();
    EXPECT_EQ(shape_of(y), (std::vector<int64_t>{1, 1, 4, 4}));
    EXPECT_EQ(values_f32(y), (std::vector<float>{1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4}));
  }
  OwnedModule sized(make_module("Upsample", R"({"size": [2, 6]})"));
  ASSERT_EQ(ignis_module_forward(sized, x, y.out()), IGNIS_OK) << last_error();
  EXPECT_EQ(values_f32(y), (std::vector<float>{1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4}));
}

TEST(CApiNNLayers, ShapesOfDefaultsAndUnbatchedInput) {
  Owned x;
  int64_t shape[3] = {3, 5, 4};  // (L, N, E) / (C, H, W) / (N, C, L)
  ASSERT_EQ(ignis_randn(shape, 3, IGNIS_FLOAT32, kCpu, nullptr, x.out()), IGNIS_OK);
  struct Case {
    const char* type;
    const char* json;
    std::vector<std::vector<int64_t>> out_shapes;
  } cases[] = {
      {"ConvTranspose1d",
       R"({"in_channels": 5, "out_channels": 2, "kernel_size": 3})",
       {{3, 2, 6}}},
      {"ConvTranspose2d",
       R"({"in_channels": 3, "out_channels": 2, "kernel_size": [2, 1]})",
       {{2, 6, 4}}},
      {"InstanceNorm1d", R"({"num_features": 5, "track_running_stats": true})", {{3, 5, 4}}},
      {"MaxPool1d", R"({"kernel_size": 2})", {{3, 5, 2}}},
      {"AvgPool1d", R"({"kernel_size": 3, "stride": 1})", {{3, 5, 2}}},
      {"AdaptiveAvgPool1d", R"({"output_size": 1})", {{3, 5, 1}}},
      {"AdaptiveMaxPool2d", R"({"output_size": 2})", {{3, 2, 2}}},
      {"PReLU", "", {{3, 5, 4}}},
      {"GLU", "", {{3, 5, 2}}},
      {"AlphaDropout", R"({"p": 0.0})", {{3, 5, 4}}},
      {"LSTM", R"({"input_size": 4, "hidden_size": 6})", {{3, 5, 6}, {1, 5, 6}, {1, 5, 6}}},
      {"GRU", R"({"input_size": 4, "hidden_size": 6, "num_layers": 3})", {{3, 5, 6}, {3, 5, 6}}},
      {"TransformerEncoderLayer", R"({"d_model": 4, "nhead": 2})", {{3, 5, 4}}},
      {"TransformerEncoder", R"({"d_model": 4, "nhead": 1, "num_layers": 3})", {{3, 5, 4}}},
  };
  for (const Case& c : cases) {
    OwnedModule m(make_module(c.type, c.json));
    Outputs out;
    ASSERT_EQ(run_n(m, {x}, &out), IGNIS_OK) << c.type << " " << last_error();
    ASSERT_EQ(out.t.size(), c.out_shapes.size()) << c.type;
    for (size_t k = 0; k < out.t.size(); ++k)
      EXPECT_EQ(shape_of(out.t[k]), c.out_shapes[k]) << c.type << " output " << k;
  }
  // A TransformerEncoder of num_layers layers has layers.0 .. layers.N-1 and the final norm.
  OwnedModule enc(make_module("TransformerEncoder",
                              R"({"d_model": 4, "nhead": 2, "num_layers": 3, "norm": true})"));
  char** names = nullptr;
  ignis_tensor** ts = nullptr;
  size_t n = 0;
  ASSERT_EQ(ignis_module_state_dict(enc, &names, &ts, &n), IGNIS_OK);
  std::set<std::string> keys(names, names + n);
  ignis_string_array_free(names, n);
  ignis_tensor_array_free(ts, n);
  EXPECT_TRUE(keys.count("layers.2.linear2.bias"));
  EXPECT_FALSE(keys.count("layers.3.linear2.bias"));
  EXPECT_TRUE(keys.count("norm.weight"));
}

TEST(CApiNNLayers, ForwardFlagsAreCreationOptions) {
  Owned q;
  int64_t shape[3] = {4, 2, 6};
  ASSERT_EQ(ignis_randn(shape, 3, IGNIS_FLOAT32, kCpu, nullptr, q.out()), IGNIS_OK);
  std::vector<float> causal(16, 0.0f);
  for (int i = 0; i < 4; ++i)
    for (int j = i + 1; j < 4; ++j) causal[i * 4 + j] = -INFINITY;
  Owned mask(make_f32(causal, {4, 4}));
  // need_weights false: only the output; is_causal true equals an explicit causal mask.
  ASSERT_EQ(ignis_manual_seed(3), IGNIS_OK);
  OwnedModule flagged(
      make_module("MultiheadAttention",
                  R"({"embed_dim": 6, "num_heads": 3, "need_weights": false, "is_causal": true})"));
  ASSERT_EQ(ignis_manual_seed(3), IGNIS_OK);
  OwnedModule plain(make_module("MultiheadAttention", R"({"embed_dim": 6, "num_heads": 3})"));
  Outputs a, b;
  ASSERT_EQ(run_n(flagged, {q, q, q}, &a), IGNIS_OK) << last_error();
  ASSERT_EQ(run_n(plain, {q, q, q, nullptr, mask}, &b), IGNIS_OK) << last_error();
  ASSERT_EQ(a.t.size(), 1u);
  ASSERT_EQ(b.t.size(), 2u);
  expect_close(a.t[0], values_f32(b.t[0]), "causal MHA", 1e-5);
  // The weights of the causal run are zero above the diagonal, averaged over heads.
  EXPECT_EQ(shape_of(b.t[1]), (std::vector<int64_t>{2, 4, 4}));
  EXPECT_EQ(values_f32(b.t[1])[1], 0.0f);

  ASSERT_EQ(ignis_manual_seed(4), IGNIS_OK);
  OwnedModule enc_c(make_module("TransformerEncoderLayer",
                                R"({"d_model": 6, "nhead": 2, "dropout": 0, "is_causal": true})"));
  ASSERT_EQ(ignis_manual_seed(4), IGNIS_OK);
  OwnedModule enc_m(
      make_module("TransformerEncoderLayer", R"({"d_model": 6, "nhead": 2, "dropout": 0})"));
  Outputs c, d;
  ASSERT_EQ(run_n(enc_c, {q}, &c), IGNIS_OK) << last_error();
  ASSERT_EQ(run_n(enc_m, {q, mask}, &d), IGNIS_OK) << last_error();
  expect_close(c.t[0], values_f32(d.t[0]), "causal encoder layer", 1e-5);

  ASSERT_EQ(ignis_manual_seed(5), IGNIS_OK);
  OwnedModule dec_c(make_module("TransformerDecoder", R"({"d_model": 6, "nhead": 2, "dropout": 0,
                                                         "num_layers": 2, "tgt_is_causal": true})"));
  ASSERT_EQ(ignis_manual_seed(5), IGNIS_OK);
  OwnedModule dec_m(make_module("TransformerDecoder",
                                R"({"d_model": 6, "nhead": 2, "dropout": 0, "num_layers": 2})"));
  Outputs e, f;
  ASSERT_EQ(run_n(dec_c, {q, q}, &e), IGNIS_OK) << last_error();
  ASSERT_EQ(run_n(dec_m, {q, q, mask}, &f), IGNIS_OK) << last_error();
  expect_close(e.t[0], values_f32(f.t[0]), "causal decoder", 1e-5);
}

TEST(CApiNNLayers, BadOptionsAndInputCountsAreClearErrors) {
  ignis_module* m = nullptr;
  struct Bad {
    const char* type;
    const char* json;
    ignis_status status;
    const char* message;
  } bad[] = {
      {"TransformerEncoder", R"({"encoder_layer": 1, "d_model": 4, "nhead": 2, "num_layers": 2})",
       IGNIS_ERROR_INVALID_ARGUMENT, "TransformerEncoder: unknown option 'encoder_layer'"},
      {"TransformerEncoder", R"({"d_model": 4, "nhead": 2})", IGNIS_ERROR_INVALID_ARGUMENT,
       "missing required option 'num_layers'"},
      {"LSTM", R"({"input_size": 4, "hidden_size": 2, "num_layers": "two"})",
       IGNIS_ERROR_INVALID_ARGUMENT, "option 'num_layers' must be int but got string \"two\""},
      {"Threshold", R"({"threshold": 0.5})", IGNIS_ERROR_INVALID_ARGUMENT,
       "Threshold: missing required option 'value'"},
      {"MultiheadAttention", R"({"embed_dim": 4, "num_heads": 2, "need_weights": 1})",
       IGNIS_ERROR_INVALID_ARGUMENT, "option 'need_weights' must be bool but got int 1"},
      {"ConvTranspose2d",
       R"({"in_channels": 1, "out_channels": 1, "kernel_size": 2, "padding_mode": "reflect"})",
       IGNIS_ERROR_UNSUPPORTED, "only padding_mode \"zeros\""},
      {"MaxPool1d", R"({"kernel_size": 2, "return_indices": true})", IGNIS_ERROR_UNSUPPORTED,
       "return_indices=true is not supported"},
      {"EmbeddingBag", R"({"num_embeddings": 3, "embedding_dim": 2, "mode": "median"})",
       IGNIS_ERROR_INVALID_ARGUMENT, "expected mode 'sum', 'mean' or 'max' but got 'median'"},
      {"MultiheadAttention", R"({"embed_dim": 4, "num_heads": 2, "vdim": 0})",
       IGNIS_ERROR_INVALID_ARGUMENT, "MultiheadAttention: vdim must be None or positive but got 0"},
      {"InstanceNorm2d", R"({"num_features": 2, "momentum": null})", IGNIS_ERROR_INVALID_ARGUMENT,
       "option 'momentum' must be float but got None"},
  };
  for (const Bad& b : bad) {
    EXPECT_EQ(create(b.type, b.json, &m), b.status) << b.type << " " << b.json;
    EXPECT_EQ(m, nullptr);
    EXPECT_NE(last_error().find(b.message), std::string::npos) << last_error();
  }

  Owned x;
  int64_t shape[3] = {3, 2, 4};
  ASSERT_EQ(ignis_randn(shape, 3, IGNIS_FLOAT32, kCpu, nullptr, x.out()), IGNIS_OK);
  OwnedModule mha(make_module("MultiheadAttention", R"({"embed_dim": 4, "num_heads": 2})"));
  Outputs out;
  EXPECT_EQ(run_n(mha, {x, x}, &out), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("MultiheadAttention: forward takes 3 to 5 input tensors (query, key, "
                              "value, key_padding_mask, attn_mask) but got 2"),
            std::string::npos)
      << last_error();
  EXPECT_EQ(run_n(mha, {x, nullptr, x}, &out), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("MultiheadAttention: forward input 1 is None"), std::string::npos);
  Owned y;
  EXPECT_EQ(ignis_module_forward(mha, x, y.out()), IGNIS_ERROR_INVALID_ARGUMENT);

  OwnedModule dec(make_module("TransformerDecoderLayer", R"({"d_model": 4, "nhead": 2})"));
  EXPECT_EQ(run_n(dec, {x}, &out), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("TransformerDecoderLayer: forward takes 2 to 6 input tensors"),
            std::string::npos);

  // LSTM: h0 without c0 is the layer's own error; a cell's two results need forward_n.
  OwnedModule lstm(make_module("LSTM", R"({"input_size": 4, "hidden_size": 3})"));
  Owned h0;
  int64_t hshape[3] = {1, 2, 3};
  ASSERT_EQ(ignis_zeros(hshape, 3, IGNIS_FLOAT32, kCpu, h0.out()), IGNIS_OK);
  EXPECT_EQ(run_n(lstm, {x, h0}, &out), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(run_n(lstm, {x, h0, h0, h0}, &out), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("LSTM: forward takes 1 to 3 input tensors (input, h0, c0) but got 4"),
            std::string::npos);
  EXPECT_EQ(run_n(lstm, {x, h0, h0}, &out), IGNIS_OK) << last_error();
  Owned wrong_h;
  int64_t wshape[3] = {2, 2, 3};
  ASSERT_EQ(ignis_zeros(wshape, 3, IGNIS_FLOAT32, kCpu, wrong_h.out()), IGNIS_OK);
  EXPECT_EQ(run_n(lstm, {x, wrong_h, wrong_h}, &out), IGNIS_ERROR_SHAPE);
  OwnedModule cell(make_module("LSTMCell", R"({"input_size": 4, "hidden_size": 3})"));
  Owned row;
  int64_t rshape[2] = {2, 4};
  ASSERT_EQ(ignis_randn(rshape, 2, IGNIS_FLOAT32, kCpu, nullptr, row.out()), IGNIS_OK);
  EXPECT_EQ(ignis_module_forward(cell, row, y.out()), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("use ignis_module_forward_n"), std::string::npos) << last_error();
  EXPECT_EQ(run_n(cell, {row}, &out), IGNIS_OK) << last_error();
  EXPECT_EQ(out.t.size(), 2u);

  // EmbeddingBag: 1-D input needs offsets; losses still take exactly two inputs.
  OwnedModule bag(make_module("EmbeddingBag", R"({"num_embeddings": 3, "embedding_dim": 2})"));
  int64_t idx[3] = {0, 1, 2}, ishape[1] = {3};
  Owned ids;
  ASSERT_EQ(ignis_tensor_from_data(idx, sizeof idx, ishape, 1, IGNIS_INT64, ids.out()), IGNIS_OK);
  EXPECT_NE(run_n(bag, {ids}, &out), IGNIS_OK);
  EXPECT_NE(last_error().find("expected offsets"), std::string::npos) << last_error();
  OwnedModule huber(make_module("HuberLoss", nullptr));
  EXPECT_EQ(run_n(huber, {x}, &out), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("HuberLoss: forward takes 2 input tensors but got 1"),
            std::string::npos);
}

// docs/c_api.md's table of module types ("| `Type` | `opt`, `opt`=default, ... |" rows between
// the <!-- module-types --> markers) lists exactly the registered types and their option names.
TEST(CApiNNLayers, DocsListEveryTypeAndItsOptions) {
  std::ifstream f(std::string(IGNIS_SOURCE_DIR) + "/docs/c_api.md");
  ASSERT_TRUE(f.good()) << "cannot read docs/c_api.md";
  std::map<std::string, std::set<std::string>> documented;
  std::string line;
  bool in_table = false;
  while (std::getline(f, line)) {
    if (line.find("<!-- module-types -->") != std::string::npos) in_table = true;
    if (line.find("<!-- /module-types -->") != std::string::npos) in_table = false;
    if (!in_table || line.rfind("| `", 0) != 0) continue;
    size_t e = line.find('`', 3);
    std::string type = line.substr(3, e - 3);
    size_t col = line.find('|', e);
    size_t end = line.find('|', col + 1);
    std::string opts = line.substr(col + 1, end - col - 1);
    std::set<std::string>& names = documented[type];
    for (size_t p = opts.find('`'); p != std::string::npos; p = opts.find('`', p + 1)) {
      size_t q = opts.find('`', p + 1);
      std::string tok = opts.substr(p + 1, q - p - 1);
      names.insert(tok.substr(0, tok.find('=')));
      p = q;
    }
  }
  char** types = nullptr;
  size_t n = 0;
  ASSERT_EQ(ignis_module_types(&types, &n), IGNIS_OK);
  std::vector<std::string> registered(types, types + n);
  ignis_string_array_free(types, n);
  std::set<std::string> reg_set(registered.begin(), registered.end());
  for (const auto& [type, names] : documented)
    EXPECT_TRUE(reg_set.count(type)) << type << " is in docs/c_api.md but not registered";
  for (const std::string& type : registered) {
    auto it = documented.find(type);
    if (it == documented.end()) {
      ADD_FAILURE() << type << " is registered but missing from docs/c_api.md";
      continue;
    }
    char* desc = nullptr;
    ASSERT_EQ(ignis_module_type_options(type.c_str(), &desc), IGNIS_OK);
    std::string d = str_and_free(desc);
    std::set<std::string> spec;  // "name: type = default, name: type (required), ..."
    if (d != "(none)") {
      size_t pos = 0;
      while (pos < d.size()) {
        size_t colon = d.find(':', pos);
        spec.insert(d.substr(pos, colon - pos));
        // the next option starts after ", " that is followed by "name:"; skip values with commas
        size_t next = colon;
        for (;;) {
          next = d.find(", ", next + 1);
          if (next == std::string::npos) break;
          size_t c2 = d.find(':', next);
          size_t sp = d.find(' ', next + 2);
          if (c2 != std::string::npos && c2 < sp) break;
        }
        pos = next == std::string::npos ? d.size() : next + 2;
      }
    }
    EXPECT_EQ(it->second, spec) << type << ": docs/c_api.md options vs the registry (" << d << ")";
  }
}
