// tests capi/src/nn.cpp (and the module factory behind it) through libignis.so: creation by
// type and JSON options with their errors, forward (1 and N inputs), train/eval, dtype, children,
// parameters and buffers, replacing parameters, state dicts in memory and in safetensors files.
#include <cmath>
#include <thread>

#include "capi_test_util.h"

using namespace capi_test;

namespace {

std::string str_and_free(char* s) {
  std::string r = s ? s : "";
  ignis_string_free(s);
  return r;
}

// Name and values of parameter i.
std::pair<std::string, std::vector<float>> param(const ignis_module* m, size_t i) {
  char* name = nullptr;
  Owned t;
  EXPECT_EQ(ignis_module_parameter(m, 1, i, &name, t.out()), IGNIS_OK) << last_error();
  return {str_and_free(name), values_f32(t)};
}

}  // namespace

TEST(CApiNN, LinearForwardMatchesItsParameters) {
  ASSERT_EQ(ignis_manual_seed(0), IGNIS_OK);
  OwnedModule m(make_module("Linear", R"({"in_features": 3, "out_features": 2})"));
  size_t n = 0;
  ASSERT_EQ(ignis_module_parameter_count(m, 1, &n), IGNIS_OK);
  ASSERT_EQ(n, 2u);
  auto [wname, w] = param(m, 0);
  auto [bname, b] = param(m, 1);
  EXPECT_EQ(wname, "weight");
  EXPECT_EQ(bname, "bias");
  ASSERT_EQ(w.size(), 6u);
  for (float v : w) EXPECT_LE(std::fabs(v), 1 / std::sqrt(3.0f));  // U(-1/sqrt(in), 1/sqrt(in))
  Owned x(make_f32({1, 2, 3, -1, 0, 2}, {2, 3})), y;
  ASSERT_EQ(ignis_module_forward(m, x, y.out()), IGNIS_OK) << last_error();
  EXPECT_EQ(shape_of(y), (std::vector<int64_t>{2, 2}));
  std::vector<float> xs{1, 2, 3, -1, 0, 2}, ys = values_f32(y);
  for (int r = 0; r < 2; ++r)
    for (int o = 0; o < 2; ++o) {
      float want = b[o];
      for (int k = 0; k < 3; ++k) want += xs[r * 3 + k] * w[o * 3 + k];
      EXPECT_NEAR(ys[r * 2 + o], want, 1e-5) << r << "," << o;
    }
  // Without bias there is one parameter; a parameter handle shares the module's memory.
  OwnedModule nb(make_module("Linear", R"({"in_features": 3, "out_features": 2, "bias": false})"));
  ASSERT_EQ(ignis_module_parameter_count(nb, 1, &n), IGNIS_OK);
  EXPECT_EQ(n, 1u);
}

TEST(CApiNN, CreateErrorsNameTheTypeAndOption) {
  ignis_module* m = reinterpret_cast<ignis_module*>(0x1);
  EXPECT_EQ(ignis_module_create("Linearr", "{}", &m), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(m, nullptr);
  EXPECT_TRUE(contains_all(last_error(), {"unknown module type 'Linearr'", "Conv2d", "Linear"}))
      << last_error();
  EXPECT_EQ(ignis_module_create("Linear", R"({"in_features": 3})", &m),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_TRUE(contains_all(last_error(), {"Linear: missing required option 'out_features'",
                                          "in_features: int (required)", "bias: bool = true"}))
      << last_error();
  EXPECT_EQ(
      ignis_module_create("Linear", R"({"in_features": 3, "out_features": 2, "bais": 1})", &m),
      IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_TRUE(contains_all(last_error(), {"unknown option 'bais'", "expected options"}))
      << last_error();
  EXPECT_EQ(ignis_module_create("Linear", R"({"in_features": "3", "out_features": 2})", &m),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_TRUE(contains_all(last_error(), {"option 'in_features' must be int but got string"}))
      << last_error();
  EXPECT_EQ(ignis_module_create("Linear", R"({"in_features": 3, "out_features": 2.5})", &m),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("got float 2.5"), std::string::npos) << last_error();
  EXPECT_EQ(ignis_module_create("Linear", R"({"in_features": null, "out_features": 2})", &m),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("option 'in_features' must be int but got None;"), std::string::npos)
      << last_error();
  EXPECT_EQ(ignis_module_create("Linear", R"({"in_features": 3,)", &m),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("not valid JSON"), std::string::npos) << last_error();
  EXPECT_EQ(ignis_module_create("Linear", "[1, 2]", &m), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("must be a JSON object but got array"), std::string::npos);
  EXPECT_EQ(ignis_module_create("Linear", R"({"in_features": {"a": 1}})", &m),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("option 'in_features'"), std::string::npos) << last_error();
  EXPECT_EQ(ignis_module_create("Conv2d",
                                R"({"in_channels": 1, "out_channels": 2, "kernel_size": 3,
                                    "dtype": "float99"})",
                                &m),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("float99"), std::string::npos) << last_error();
  EXPECT_EQ(ignis_module_create("Dropout", R"({"p": 1.5})", &m), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("between 0 and 1"), std::string::npos) << last_error();
  EXPECT_EQ(ignis_module_create(nullptr, "{}", &m), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("argument 'type' is NULL"), std::string::npos);
  EXPECT_EQ(ignis_module_create("ReLU", nullptr, nullptr), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("out-pointer 'out' is NULL"), std::string::npos);
  EXPECT_EQ(m, nullptr);
}

TEST(CApiNN, TypesAndTheirOptionsAreListed) {
  char** names = nullptr;
  size_t n = 0;
  ASSERT_EQ(ignis_module_types(&names, &n), IGNIS_OK);
  std::vector<std::string> types(names, names + n);
  ignis_string_array_free(names, n);
  for (const char* t : {"Linear",
                        "Conv1d",
                        "Conv2d",
                        "Conv3d",
                        "BatchNorm1d",
                        "BatchNorm2d",
                        "LayerNorm",
                        "GroupNorm",
                        "RMSNorm",
                        "Dropout",
                        "Embedding",
                        "MaxPool2d",
                        "AvgPool2d",
                        "AdaptiveAvgPool2d",
                        "Flatten",
                        "Unflatten",
                        "ReLU",
                        "GELU",
                        "Softmax",
                        "Sequential",
                        "ModuleList",
                        "ModuleDict",
                        "CrossEntropyLoss",
                        "MSELoss",
                        "BCEWithLogitsLoss"})
    EXPECT_NE(std::find(types.begin(), types.end(), t), types.end()) << t;
  char* opts = nullptr;
  ASSERT_EQ(ignis_module_type_options("Conv2d", &opts), IGNIS_OK);
  EXPECT_TRUE(contains_all(str_and_free(opts),
                           {"in_channels: int (required)", "stride: int or list of ints = 1",
                            "padding: int, list of ints or string = 0"}));
  EXPECT_EQ(ignis_module_type_options("Nope", &opts), IGNIS_ERROR_INVALID_ARGUMENT);
}

TEST(CApiNN, ConvPoolAndNormOptionsFollowPyTorch) {
  Owned x;
  int64_t shape[4] = {2, 3, 8, 8};
  ASSERT_EQ(ignis_randn(shape, 4, IGNIS_FLOAT32, kCpu, nullptr, x.out()), IGNIS_OK);
  struct Case {
    const char* type;
    const char* json;
    std::vector<int64_t> out_shape;
  } cases[] = {
      {"Conv2d", R"({"in_channels": 3, "out_channels": 4, "kernel_size": 3})", {2, 4, 6, 6}},
      {"Conv2d",
       R"({"in_channels": 3, "out_channels": 4, "kernel_size": [3, 1],
                     "stride": 2, "padding": [1, 0]})",
       {2, 4, 4, 4}},
      {"Conv2d",
       R"({"in_channels": 3, "out_channels": 6, "kernel_size": 3, "padding": "same",
                     "groups": 3})",
       {2, 6, 8, 8}},
      {"MaxPool2d", R"({"kernel_size": 2})", {2, 3, 4, 4}},
      {"AvgPool2d", R"({"kernel_size": 2, "stride": 1})", {2, 3, 7, 7}},
      {"AdaptiveAvgPool2d", R"({"output_size": 1})", {2, 3, 1, 1}},
      {"BatchNorm2d", R"({"num_features": 3, "momentum": null})", {2, 3, 8, 8}},
      {"GroupNorm", R"({"num_groups": 3, "num_channels": 3})", {2, 3, 8, 8}},
      {"LayerNorm", R"({"normalized_shape": [8, 8], "eps": 1e-6})", {2, 3, 8, 8}},
      {"Flatten", "", {2, 192}},
      {"Flatten", R"({"start_dim": 2})", {2, 3, 64}},
  };
  for (const Case& c : cases) {
    OwnedModule m(make_module(c.type, c.json));
    Owned y;
    ASSERT_EQ(ignis_module_forward(m, x, y.out()), IGNIS_OK) << c.type << c.json << last_error();
    EXPECT_EQ(shape_of(y), c.out_shape) << c.type << " " << c.json;
  }
  ignis_module* m = nullptr;
  EXPECT_EQ(ignis_module_create("Conv2d", R"({"in_channels": 3, "out_channels": 4,
                                              "kernel_size": 3, "padding": "full"})",
                                &m),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("padding must be \"same\", \"valid\""), std::string::npos);
  EXPECT_EQ(ignis_module_create("Conv2d", R"({"in_channels": 3, "out_channels": 4,
                                              "kernel_size": 3, "padding_mode": "reflect"})",
                                &m),
            IGNIS_ERROR_UNSUPPORTED);
  // A wrong input shape is the engine's shape error, not a crash.
  OwnedModule lin(make_module("Linear", R"({"in_features": 5, "out_features": 2})"));
  Owned y;
  EXPECT_EQ(ignis_module_forward(lin, x, y.out()), IGNIS_ERROR_SHAPE);
  EXPECT_EQ(y.t, nullptr);
  EXPECT_FALSE(last_error().empty());
}

TEST(CApiNN, EmbeddingPaddingIdxCountsFromTheEnd) {
  OwnedModule m(
      make_module("Embedding", R"({"num_embeddings": 4, "embedding_dim": 2, "padding_idx": -1})"));
  auto [name, w] = param(m, 0);
  EXPECT_EQ(name, "weight");
  EXPECT_EQ(w[6], 0.0f);  // row 3 zeroed
  EXPECT_EQ(w[7], 0.0f);
  ignis_module* bad = nullptr;
  EXPECT_EQ(ignis_module_create("Embedding",
                                R"({"num_embeddings": 4, "embedding_dim": 2, "padding_idx": 4})",
                                &bad),
            IGNIS_ERROR_INDEX);
}

TEST(CApiNN, ForwardNRunsLossesAndChecksArity) {
  OwnedModule ce(make_module("CrossEntropyLoss", nullptr));
  Owned logits(make_f32({0, 0, 0, 0, 0, 0}, {2, 3}));
  int64_t targets_data[2] = {0, 2};
  int64_t tshape[1] = {2};
  Owned target;
  ASSERT_EQ(ignis_tensor_from_data(targets_data, sizeof targets_data, tshape, 1, IGNIS_INT64,
                                   target.out()),
            IGNIS_OK);
  const ignis_tensor* ins[2] = {logits, target};
  ignis_tensor** outs = nullptr;
  size_t n_out = 0;
  ASSERT_EQ(ignis_module_forward_n(ce, ins, 2, &outs, &n_out), IGNIS_OK) << last_error();
  ASSERT_EQ(n_out, 1u);
  EXPECT_NEAR(item(outs[0]), std::log(3.0), 1e-6);
  ignis_tensor_array_free(outs, n_out);
  // One input for a loss, two for a plain layer: errors naming the module.
  EXPECT_EQ(ignis_module_forward_n(ce, ins, 1, &outs, &n_out), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("CrossEntropyLoss: forward takes 2 input tensors but got 1"),
            std::string::npos)
      << last_error();
  EXPECT_EQ(outs, nullptr);
  Owned y;
  EXPECT_EQ(ignis_module_forward(ce, logits, y.out()), IGNIS_ERROR_INVALID_ARGUMENT);
  OwnedModule relu(make_module("ReLU", "{}"));
  EXPECT_EQ(ignis_module_forward_n(relu, ins, 2, &outs, &n_out), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("ReLU: forward takes exactly 1 input tensor but got 2"),
            std::string::npos);
  const ignis_tensor* with_null[2] = {logits, nullptr};
  EXPECT_EQ(ignis_module_forward_n(ce, with_null, 2, &outs, &n_out), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("CrossEntropyLoss: forward input 1 is None"), std::string::npos)
      << last_error();
  const ignis_tensor* only_null[1] = {nullptr};
  EXPECT_EQ(ignis_module_forward_n(relu, only_null, 1, &outs, &n_out),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("ReLU: forward input 0 is None"), std::string::npos);
  EXPECT_EQ(ignis_module_forward(nullptr, logits, y.out()), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("ignis_module_forward: argument 'm' is NULL"), std::string::npos);
  // Label smoothing and class weights given as options.
  OwnedModule ls(make_module("CrossEntropyLoss", R"({"label_smoothing": 0.1, "weight": [1, 2, 3],
                                                     "reduction": "sum"})"));
  ASSERT_EQ(ignis_module_forward_n(ls, ins, 2, &outs, &n_out), IGNIS_OK) << last_error();
  EXPECT_NEAR(item(outs[0]), 4 * std::log(3.0), 1e-5);  // uniform logits: weights 1 + 3
  ignis_tensor_array_free(outs, n_out);
}

TEST(CApiNN, SequentialChildrenTrainEvalReprAndDtype) {
  OwnedModule seq(make_module("Sequential", nullptr));
  OwnedModule lin(make_module("Linear", R"({"in_features": 4, "out_features": 3})"));
  OwnedModule bn(make_module("BatchNorm1d", R"({"num_features": 3})"));
  OwnedModule drop(make_module("Dropout", R"({"p": 0.9})"));
  ASSERT_EQ(ignis_module_append(seq, lin), IGNIS_OK);
  ASSERT_EQ(ignis_module_append(seq, bn), IGNIS_OK);
  ASSERT_EQ(ignis_module_append(seq, drop), IGNIS_OK);
  EXPECT_EQ(ignis_module_append(lin, bn), IGNIS_ERROR_UNSUPPORTED);
  EXPECT_NE(last_error().find("expected a Sequential or ModuleList but got Linear"),
            std::string::npos);
  EXPECT_EQ(ignis_module_append(seq, seq), IGNIS_ERROR_INVALID_ARGUMENT);
  size_t n = 0;
  ASSERT_EQ(ignis_module_child_count(seq, &n), IGNIS_OK);
  EXPECT_EQ(n, 3u);
  char* name = nullptr;
  OwnedModule child;
  ASSERT_EQ(ignis_module_child(seq, 1, &name, child.out()), IGNIS_OK);
  EXPECT_EQ(str_and_free(name), "1");
  char* type = nullptr;
  ASSERT_EQ(ignis_module_type(child, &type), IGNIS_OK);
  EXPECT_EQ(str_and_free(type), "BatchNorm1d");
  EXPECT_EQ(ignis_module_child(seq, 3, &name, child.out()), IGNIS_ERROR_INDEX);
  ASSERT_EQ(ignis_module_parameter_count(seq, 1, &n), IGNIS_OK);
  EXPECT_EQ(n, 4u);
  ASSERT_EQ(ignis_module_parameter_count(seq, 0, &n), IGNIS_OK);
  EXPECT_EQ(n, 0u);
  EXPECT_EQ(param(seq, 2).first, "1.weight");
  ASSERT_EQ(ignis_module_buffer_count(seq, 1, &n), IGNIS_OK);
  EXPECT_EQ(n, 3u);
  Owned buf;
  ASSERT_EQ(ignis_module_buffer(seq, 1, 0, &name, buf.out()), IGNIS_OK);
  EXPECT_EQ(str_and_free(name), "1.running_mean");
  EXPECT_EQ(ignis_module_buffer(seq, 1, 3, nullptr, buf.out()), IGNIS_ERROR_INDEX);

  char* repr = nullptr;
  ASSERT_EQ(ignis_module_repr(seq, &repr), IGNIS_OK);
  EXPECT_TRUE(
      contains_all(str_and_free(repr), {"Sequential(", "(0): Linear(in_features=4, out_features=3",
                                        "(1): BatchNorm1d(3"}));

  // eval reaches every child: dropout is then the identity and batch norm uses running stats.
  int32_t training = 0;
  ASSERT_EQ(ignis_module_is_training(drop, &training), IGNIS_OK);
  EXPECT_EQ(training, 1);
  ASSERT_EQ(ignis_module_train(seq, 0), IGNIS_OK);
  ASSERT_EQ(ignis_module_is_training(drop, &training), IGNIS_OK);
  EXPECT_EQ(training, 0);
  Owned x(make_f32({1, 2, 3, 4, 5, 6, 7, 8}, {2, 4})), y1, y2;
  ASSERT_EQ(ignis_module_forward(seq, x, y1.out()), IGNIS_OK) << last_error();
  ASSERT_EQ(ignis_module_forward(seq, x, y2.out()), IGNIS_OK);
  EXPECT_EQ(values_f32(y1), values_f32(y2));

  // to(float64) converts in place: a handle taken before sees the new dtype.
  Owned w;
  ASSERT_EQ(ignis_module_parameter(seq, 1, 0, nullptr, w.out()), IGNIS_OK);
  ASSERT_EQ(ignis_module_to_dtype(seq, IGNIS_FLOAT64), IGNIS_OK) << last_error();
  ignis_dtype dt;
  ASSERT_EQ(ignis_tensor_dtype(w, &dt), IGNIS_OK);
  EXPECT_EQ(dt, IGNIS_FLOAT64);
  EXPECT_EQ(ignis_module_to_dtype(seq, IGNIS_INT64), IGNIS_ERROR_DTYPE);
  EXPECT_EQ(ignis_module_to_dtype(seq, static_cast<ignis_dtype>(77)), IGNIS_ERROR_DTYPE);
  EXPECT_EQ(ignis_module_to_device(seq, kCpu), IGNIS_OK) << last_error();
  ASSERT_EQ(ignis_module_to_dtype(seq, IGNIS_FLOAT32), IGNIS_OK);

  // Named children on any module; a child handle shares the module.
  OwnedModule dict(make_module("ModuleDict", nullptr));
  ASSERT_EQ(ignis_module_add_child(dict, "encoder", lin), IGNIS_OK);
  EXPECT_EQ(ignis_module_add_child(dict, "a.b", lin), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(ignis_module_add_child(dict, "x", nullptr), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(param(dict, 0).first, "encoder.weight");
}

TEST(CApiNN, ZeroGradAndSetParameterShareTheCallersTensor) {
  OwnedModule seq(make_module("Sequential", nullptr));
  OwnedModule lin(make_module("Linear", R"({"in_features": 2, "out_features": 1})"));
  ASSERT_EQ(ignis_module_append(seq, lin), IGNIS_OK);
  // A binding's own tensors become the parameters.
  Owned w(make_f32({2, 3}, {1, 2})), b(make_f32({1}, {1}));
  ASSERT_EQ(ignis_module_set_parameter(seq, "0.weight", w, 1), IGNIS_OK) << last_error();
  ASSERT_EQ(ignis_module_set_parameter(lin, "bias", b, 1), IGNIS_OK);
  int32_t rg = 0;
  ASSERT_EQ(ignis_tensor_requires_grad(w, &rg), IGNIS_OK);
  EXPECT_EQ(rg, 1);
  Owned x(make_f32({1, 1}, {1, 2})), y;
  ASSERT_EQ(ignis_module_forward(seq, x, y.out()), IGNIS_OK);
  EXPECT_EQ(values_f32(y), (std::vector<float>{6}));
  ASSERT_EQ(ignis_tensor_backward(y, nullptr, 0, 0), IGNIS_OK) << last_error();
  Owned g;
  ASSERT_EQ(ignis_tensor_grad(w, g.out()), IGNIS_OK);
  ASSERT_NE(g.t, nullptr);
  EXPECT_EQ(values_f32(g), (std::vector<float>{1, 1}));
  ASSERT_EQ(ignis_module_zero_grad(seq, 0), IGNIS_OK);  // zeroed in place
  ASSERT_EQ(ignis_tensor_grad(w, g.out()), IGNIS_OK);
  EXPECT_EQ(values_f32(g), (std::vector<float>{0, 0}));
  ASSERT_EQ(ignis_module_zero_grad(seq, 1), IGNIS_OK);  // dropped
  ASSERT_EQ(ignis_tensor_grad(w, g.out()), IGNIS_OK);
  EXPECT_EQ(g.t, nullptr);
  // A new parameter name, a buffer, and bad paths.
  ASSERT_EQ(ignis_module_set_parameter(seq, "0.scale", b, 0), IGNIS_OK);
  size_t n = 0;
  ASSERT_EQ(ignis_module_parameter_count(seq, 1, &n), IGNIS_OK);
  EXPECT_EQ(n, 3u);
  ASSERT_EQ(ignis_module_set_buffer(seq, "0.stat", x), IGNIS_OK);
  ASSERT_EQ(ignis_module_buffer_count(seq, 1, &n), IGNIS_OK);
  EXPECT_EQ(n, 1u);
  EXPECT_EQ(ignis_module_set_parameter(seq, "3.weight", w, 1), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("'3.weight': Sequential has no child module named '3'"),
            std::string::npos)
      << last_error();
  EXPECT_EQ(ignis_module_set_parameter(seq, "", w, 1), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(ignis_module_set_parameter(seq, "0.weight", nullptr, 1), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(ignis_module_set_parameter(seq, "0.weight", y, 1), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("must be a leaf tensor"), std::string::npos) << last_error();
}

TEST(CApiNN, StateDictRoundTripsInMemoryAllOrNothing) {
  ASSERT_EQ(ignis_manual_seed(1), IGNIS_OK);
  OwnedModule a(make_module("BatchNorm1d", R"({"num_features": 2})"));
  OwnedModule b(make_module("BatchNorm1d", R"({"num_features": 2})"));
  Owned x(make_f32({1, 2, 3, 5}, {2, 2})), y;
  ASSERT_EQ(ignis_module_forward(a, x, y.out()), IGNIS_OK);  // moves the running stats
  char** names = nullptr;
  ignis_tensor** ts = nullptr;
  size_t n = 0;
  ASSERT_EQ(ignis_module_state_dict(a, &names, &ts, &n), IGNIS_OK);
  ASSERT_EQ(n, 5u);
  std::vector<std::string> keys(names, names + n);
  EXPECT_EQ(keys, (std::vector<std::string>{"bias", "num_batches_tracked", "running_mean",
                                            "running_var", "weight"}));
  ignis_load_report report{sizeof(ignis_load_report)};
  ASSERT_EQ(ignis_module_load_state_dict(b, names, ts, n, 1, &report), IGNIS_OK) << last_error();
  EXPECT_EQ(report.missing_count + report.unexpected_count, 0u);
  ignis_load_report_clear(&report);
  Owned rm;
  ASSERT_EQ(ignis_module_buffer(b, 1, 0, nullptr, rm.out()), IGNIS_OK);
  EXPECT_NEAR(values_f32(rm)[0], 0.2f, 1e-6);  // 0.9 * 0 + 0.1 * mean(1, 3)
  // Strict with a key missing: an error naming it; non-strict: the report lists it.
  EXPECT_EQ(ignis_module_load_state_dict(b, names, ts, n - 1, 1, &report),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("weight"), std::string::npos) << last_error();
  EXPECT_EQ(report.missing_keys, nullptr);
  ASSERT_EQ(ignis_module_load_state_dict(b, names, ts, n - 1, 0, &report), IGNIS_OK);
  ASSERT_EQ(report.missing_count, 1u);
  EXPECT_STREQ(report.missing_keys[0], "weight");
  ignis_load_report_clear(&report);
  EXPECT_EQ(report.missing_count, 0u);
  // A shape mismatch in one entry changes nothing at all.
  Owned zeros2(make_f32({9, 9}, {2})), bad(make_f32({1, 2, 3}, {3}));
  const char* partial_names[2] = {"bias", "weight"};
  const ignis_tensor* partial[2] = {zeros2, bad};
  EXPECT_EQ(ignis_module_load_state_dict(b, partial_names, partial, 2, 0, nullptr),
            IGNIS_ERROR_SHAPE);
  Owned bias;
  ASSERT_EQ(ignis_module_parameter(b, 1, 1, nullptr, bias.out()), IGNIS_OK);
  EXPECT_NE(values_f32(bias)[0], 9.0f);
  ignis_load_report small{4};
  EXPECT_EQ(ignis_module_load_state_dict(b, names, ts, n, 1, &small), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("struct_size"), std::string::npos);
  ignis_string_array_free(names, n);
  ignis_tensor_array_free(ts, n);
}

TEST(CApiNN, SaveAndLoadSafetensorsFiles) {
  TempDir dir;
  ASSERT_EQ(ignis_manual_seed(2), IGNIS_OK);
  OwnedModule a(
      make_module("Conv2d", R"({"in_channels": 1, "out_channels": 2, "kernel_size": 2})"));
  OwnedModule b(
      make_module("Conv2d", R"({"in_channels": 1, "out_channels": 2, "kernel_size": 2})"));
  std::string path = dir.file("conv.safetensors");
  ASSERT_EQ(ignis_module_save(a, path.c_str()), IGNIS_OK) << last_error();
  EXPECT_NE(param(a, 0).second, param(b, 0).second);
  ignis_load_report report{sizeof(ignis_load_report)};
  ASSERT_EQ(ignis_module_load(b, path.c_str(), 1, &report), IGNIS_OK) << last_error();
  ignis_load_report_clear(&report);
  EXPECT_EQ(param(a, 0).second, param(b, 0).second);
  EXPECT_EQ(param(a, 1).second, param(b, 1).second);
  // A different architecture: strict fails naming the keys, nothing changes.
  OwnedModule lin(make_module("Linear", R"({"in_features": 2, "out_features": 2})"));
  auto before = param(lin, 0).second;
  EXPECT_EQ(ignis_module_load(lin, path.c_str(), 1, nullptr), IGNIS_ERROR_SHAPE);
  EXPECT_NE(last_error().find("size mismatch for weight"), std::string::npos) << last_error();
  EXPECT_EQ(param(lin, 0).second, before);
  // Missing, corrupt and truncated files are I/O errors naming the file.
  std::string missing = dir.file("missing.safetensors");
  EXPECT_EQ(ignis_module_load(b, missing.c_str(), 1, nullptr), IGNIS_ERROR_IO);
  EXPECT_NE(last_error().find("missing.safetensors"), std::string::npos) << last_error();
  std::string corrupt = dir.file("corrupt.safetensors");
  write_file(corrupt, "not a safetensors file at all");
  EXPECT_EQ(ignis_module_load(b, corrupt.c_str(), 1, nullptr), IGNIS_ERROR_IO);
  EXPECT_NE(last_error().find("corrupt.safetensors"), std::string::npos) << last_error();
  std::string bytes = read_file(path);
  write_file(corrupt, bytes.substr(0, bytes.size() - 5));
  EXPECT_EQ(ignis_module_load(b, corrupt.c_str(), 1, nullptr), IGNIS_ERROR_IO);
  EXPECT_EQ(ignis_module_save(a, (dir.file("no/such/dir") + "/x.safetensors").c_str()),
            IGNIS_ERROR_IO);
  EXPECT_EQ(ignis_module_save(a, nullptr), IGNIS_ERROR_INVALID_ARGUMENT);
}

TEST(CApiNN, HandlesAreRefcountedAndNullSafe) {
  ignis_module_release(nullptr);
  EXPECT_EQ(ignis_module_retain(nullptr), nullptr);
  ignis_module* m = make_module("ReLU", "{}");
  EXPECT_EQ(ignis_module_retain(m), m);
  ignis_module_release(m);
  Owned x(make_f32({-1, 2}, {2})), y;
  ASSERT_EQ(ignis_module_forward(m, x, y.out()), IGNIS_OK);  // still alive: one reference left
  EXPECT_EQ(values_f32(y), (std::vector<float>{0, 2}));
  ignis_module_release(m);
  // A child outlives its parent's handle and the parent lives on through the child's handle.
  ignis_module* seq = make_module("Sequential", "{}");
  OwnedModule relu(make_module("ReLU", "{}"));
  ASSERT_EQ(ignis_module_append(seq, relu), IGNIS_OK);
  OwnedModule child;
  ASSERT_EQ(ignis_module_child(seq, 0, nullptr, child.out()), IGNIS_OK);
  ignis_module_release(seq);
  ASSERT_EQ(ignis_module_forward(child, x, y.out()), IGNIS_OK);
}

TEST(CApiNN, EvalForwardFromSeveralThreadsAtOnce) {
  ASSERT_EQ(ignis_manual_seed(3), IGNIS_OK);
  OwnedModule seq(make_module("Sequential", nullptr));
  for (auto [type, json] :
       {std::pair{"Conv2d", R"({"in_channels": 1, "out_channels": 4, "kernel_size": 3})"},
        std::pair{"BatchNorm2d", R"({"num_features": 4})"}, std::pair{"ReLU", "{}"},
        std::pair{"Flatten", "{}"},
        std::pair{"Linear", R"({"in_features": 144, "out_features": 3})"}}) {
    OwnedModule layer(make_module(type, json));
    ASSERT_EQ(ignis_module_append(seq, layer), IGNIS_OK);
  }
  ASSERT_EQ(ignis_module_train(seq, 0), IGNIS_OK);
  Owned x;
  int64_t shape[4] = {2, 1, 8, 8};
  ASSERT_EQ(ignis_randn(shape, 4, IGNIS_FLOAT32, kCpu, nullptr, x.out()), IGNIS_OK);
  Owned want;
  ASSERT_EQ(ignis_module_forward(seq, x, want.out()), IGNIS_OK);
  std::vector<float> expected = values_f32(want);
  std::atomic<int> mismatches{0}, failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      ignis_grad_mode_set(0, nullptr);  // grad mode is per thread
      for (int i = 0; i < 20; ++i) {
        ignis_tensor* y = nullptr;
        if (ignis_module_forward(seq, x, &y) != IGNIS_OK) {
          ++failures;
          continue;
        }
        std::vector<float> got(expected.size());
        ignis_tensor_copy_to(y, got.data(), got.size() * sizeof(float));
        if (got != expected) ++mismatches;
        ignis_tensor_release(y);
      }
    });
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(mismatches.load(), 0);
}
