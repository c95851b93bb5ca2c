// tests capi/src/checkpoint.cpp through libignis.so: a model and its Adam state saved in one
// file and restored into fresh handles resume training bit for bit; metadata; plain state
// dicts; and the errors (missing file, reserved keys, wrong shapes, no optimizer state).
#include <map>

#include "capi_test_util.h"

using namespace capi_test;

namespace {

// A Linear(2, 1) model, its parameters (owned by the caller) and an Adam optimizer over them.
struct Trainee {
  OwnedModule model;
  OwnedOptimizer opt;
  explicit Trainee(const char* shape_json = R"({"in_features": 2, "out_features": 1})") {
    *model.out() = make_module("Linear", shape_json);
    size_t n = 0;
    EXPECT_EQ(ignis_module_parameter_count(model, 1, &n), IGNIS_OK);
    std::vector<ignis_tensor*> ps(n);
    for (size_t i = 0; i < n; ++i)
      EXPECT_EQ(ignis_module_parameter(model, 1, i, nullptr, &ps[i]), IGNIS_OK);
    std::vector<const ignis_tensor*> cps(ps.begin(), ps.end());
    EXPECT_EQ(ignis_optimizer_create("Adam", cps.data(), cps.size(), R"({"lr": 0.1})", opt.out()),
              IGNIS_OK)
        << last_error();
    for (ignis_tensor* p : ps) ignis_tensor_release(p);
  }
  // One step of mean((model(x) - y)^2) on fixed data; returns the loss.
  double step() {
    Owned x(make_f32({1, 2, -1, 0.5f, 0, -2}, {3, 2})), y(make_f32({1, -1, 2}, {3, 1}));
    Owned pred, loss;
    EXPECT_EQ(ignis_module_forward(model, x, pred.out()), IGNIS_OK);
    EXPECT_EQ(ignis_mse_loss(pred, y, "mean", loss.out()), IGNIS_OK) << last_error();
    EXPECT_EQ(ignis_optimizer_zero_grad(opt, 1), IGNIS_OK);
    EXPECT_EQ(ignis_tensor_backward(loss, nullptr, 0, 0), IGNIS_OK);
    EXPECT_EQ(ignis_optimizer_step(opt), IGNIS_OK);
    return item(loss);
  }
  std::vector<float> weight() {
    Owned w;
    EXPECT_EQ(ignis_module_parameter(model, 1, 0, nullptr, w.out()), IGNIS_OK);
    return values_f32(w);
  }
};

std::map<std::string, std::string> metadata_of(char** keys, char** values, size_t n) {
  std::map<std::string, std::string> m;
  for (size_t i = 0; i < n; ++i) m[keys[i]] = values[i];
  ignis_string_array_free(keys, n);
  ignis_string_array_free(values, n);
  return m;
}

}  // namespace

TEST(CApiCheckpoint, ModelAndAdamStateResumeExactly) {
  TempDir dir;
  const std::string path = dir.file("ckpt.safetensors");
  ASSERT_EQ(ignis_manual_seed(3), IGNIS_OK);
  Trainee a;
  for (int i = 0; i < 3; ++i) a.step();
  const char* keys[] = {"epoch"};
  const char* values[] = {"3"};
  ASSERT_EQ(ignis_checkpoint_save(path.c_str(), a.model, a.opt, keys, values, 1), IGNIS_OK)
      << last_error();

  ASSERT_EQ(ignis_manual_seed(4), IGNIS_OK);  // other initial weights
  Trainee b;
  EXPECT_NE(a.weight(), b.weight());
  ignis_load_report report{sizeof(ignis_load_report), nullptr, 0, nullptr, 0};
  int32_t opt_loaded = -1;
  char **mk = nullptr, **mv = nullptr;
  size_t nm = 0;
  ASSERT_EQ(
      ignis_checkpoint_load(path.c_str(), b.model, b.opt, 1, &report, &opt_loaded, &mk, &mv, &nm),
      IGNIS_OK)
      << last_error();
  EXPECT_EQ(opt_loaded, 1);
  EXPECT_EQ(report.missing_count + report.unexpected_count, 0u);
  ignis_load_report_clear(&report);
  auto meta = metadata_of(mk, mv, nm);
  EXPECT_EQ(meta["epoch"], "3");
  EXPECT_EQ(meta["format"], "pt");
  EXPECT_EQ(meta.size(), 2u);  // the format's own "ignis.*" entries are not handed back
  EXPECT_EQ(a.weight(), b.weight());
  // The Adam moments and step count came along: the next steps agree exactly.
  for (int i = 0; i < 2; ++i) {
    EXPECT_EQ(a.step(), b.step());
    EXPECT_EQ(a.weight(), b.weight());
  }
}

TEST(CApiCheckpoint, ModuleOnlyFilesAndPlainStateDicts) {
  TempDir dir;
  Trainee a;
  a.step();
  // Without an optimizer: the module's tensors, loadable by ignis_module_load too.
  const std::string ckpt = dir.file("model.safetensors");
  ASSERT_EQ(ignis_checkpoint_save(ckpt.c_str(), a.model, nullptr, nullptr, nullptr, 0), IGNIS_OK);
  Trainee b;
  ASSERT_EQ(ignis_module_load(b.model, ckpt.c_str(), 1, nullptr), IGNIS_OK) << last_error();
  EXPECT_EQ(a.weight(), b.weight());
  // A plain state dict (ignis_module_save, like PyTorch's safetensors) as a checkpoint: strict
  // with an optimizer is an error (no optimizer state), non-strict loads the module alone.
  const std::string plain = dir.file("plain.safetensors");
  ASSERT_EQ(ignis_module_save(a.model, plain.c_str()), IGNIS_OK);
  Trainee c;
  EXPECT_EQ(ignis_checkpoint_load(plain.c_str(), c.model, c.opt, 1, nullptr, nullptr, nullptr,
                                  nullptr, nullptr),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_TRUE(contains_all(last_error(), {"no optimizer state", "strict"})) << last_error();
  EXPECT_NE(a.weight(), c.weight());  // all-or-nothing: nothing changed
  int32_t opt_loaded = -1;
  ASSERT_EQ(ignis_checkpoint_load(plain.c_str(), c.model, c.opt, 0, nullptr, &opt_loaded, nullptr,
                                  nullptr, nullptr),
            IGNIS_OK)
      << last_error();
  EXPECT_EQ(opt_loaded, 0);
  EXPECT_EQ(a.weight(), c.weight());
}

TEST(CApiCheckpoint, ErrorsNameWhatIsWrong) {
  TempDir dir;
  Trainee a;
  const std::string path = dir.file("a.safetensors");
  const char* reserved[] = {"ignis.checkpoint"};
  const char* value[] = {"2"};
  EXPECT_EQ(ignis_checkpoint_save(path.c_str(), a.model, a.opt, reserved, value, 1),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_TRUE(contains_all(last_error(), {"ignis.checkpoint", "reserved"})) << last_error();
  EXPECT_EQ(ignis_checkpoint_save(path.c_str(), nullptr, a.opt, nullptr, nullptr, 0),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_TRUE(contains_all(last_error(), {"ignis_checkpoint_save", "module"})) << last_error();
  EXPECT_EQ(ignis_checkpoint_save(path.c_str(), a.model, nullptr, nullptr, nullptr, 1),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_TRUE(contains_all(last_error(), {"metadata_keys"})) << last_error();

  const std::string missing = dir.file("missing.safetensors");
  EXPECT_EQ(ignis_checkpoint_load(missing.c_str(), a.model, nullptr, 1, nullptr, nullptr, nullptr,
                                  nullptr, nullptr),
            IGNIS_ERROR_IO);
  EXPECT_TRUE(contains_all(last_error(), {"missing.safetensors"})) << last_error();
  char** mk = nullptr;
  size_t nm = 0;
  EXPECT_EQ(
      ignis_checkpoint_load(path.c_str(), a.model, nullptr, 1, nullptr, nullptr, &mk, nullptr, &nm),
      IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_TRUE(contains_all(last_error(), {"metadata_values"})) << last_error();

  // A checkpoint of another shape: ShapeError naming the key; the module is unchanged.
  ASSERT_EQ(ignis_checkpoint_save(path.c_str(), a.model, a.opt, nullptr, nullptr, 0), IGNIS_OK);
  Trainee wide(R"({"in_features": 3, "out_features": 1})");
  const std::vector<float> before = wide.weight();
  EXPECT_EQ(ignis_checkpoint_load(path.c_str(), wide.model, wide.opt, 1, nullptr, nullptr, nullptr,
                                  nullptr, nullptr),
            IGNIS_ERROR_SHAPE);
  EXPECT_TRUE(contains_all(last_error(), {"weight", "[1, 3]", "[1, 2]"})) << last_error();
  EXPECT_EQ(wide.weight(), before);
}
