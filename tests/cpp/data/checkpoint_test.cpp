// Checkpoints (module + optimizer in one safetensors file): an exact round trip after which
// training continues identically, all-or-nothing loading with errors naming key, expected and
// given, strict and non-strict key checks, truncated files, and a save killed mid-write.
#include "data/checkpoint.h"

#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>

#include "data_test_util.h"
#include "nn/nn.h"
#include "ops/ops.gen.h"
#include "optim/adam.h"
#include "optim/sgd.h"
#include "tensor/graph.h"
#include "test_util.h"

namespace ignis::data {
namespace {

using test::expect_error;
using test::TempDir;
using test::values;

std::shared_ptr<nn::Sequential> small_net() {
  return std::make_shared<nn::Sequential>(std::initializer_list<nn::ModulePtr>{
      std::make_shared<nn::Linear>(4, 8), std::make_shared<nn::BatchNorm1d>(8),
      std::make_shared<nn::ReLU>(), std::make_shared<nn::Linear>(8, 3)});
}

// One training step on a fixed batch; returns the loss.
double train_step(nn::Module& net, optim::Optimizer& opt, int64_t step) {
  Tensor x = sin(mul(arange(32, {.dtype = DType::F32}), 0.3 + 0.01 * static_cast<double>(step)))
                 .reshape({8, 4});
  Tensor y = tensor<int64_t>({0, 1, 2, 0, 1, 2, 0, 1});
  opt.zero_grad();
  Tensor loss = cross_entropy(net.forward(x), y);
  loss.backward();
  opt.step();
  return loss.item<double>();
}

std::vector<std::vector<double>> all_values(const nn::Module& m) {
  std::vector<std::vector<double>> out;
  for (auto& [k, t] : m.state_dict()) out.push_back(values(t));
  return out;
}

TEST(Checkpoint, RoundTripContinuesTrainingIdentically) {
  TempDir dir;
  std::string path = dir / "ckpt.safetensors";
  manual_seed(0);
  auto a = small_net();
  optim::Adam opt_a(a->parameters(), {.lr = 0.01, .weight_decay = 0.1});
  for (int64_t s = 0; s < 3; ++s) train_step(*a, opt_a, s);
  save_checkpoint(path, *a, &opt_a, {{"epoch", "3"}});

  // The file is plain safetensors: module keys as PyTorch names them, optimizer under a prefix.
  Metadata meta;
  TensorMap raw = load_safetensors(path, &meta);
  EXPECT_EQ(meta.at("ignis.checkpoint"), "1");
  EXPECT_EQ(meta.at("ignis.optimizer"), "Adam");
  EXPECT_TRUE(raw.count("0.weight") && raw.count("1.running_mean"));
  EXPECT_EQ(raw.at("optimizer.state.0.exp_avg").dtype(), DType::F32);
  EXPECT_EQ(raw.at("optimizer.state.0.step").dtype(), DType::F64);
  EXPECT_EQ(raw.at("optimizer.state.0.step").item<double>(), 3.0);
  EXPECT_EQ(raw.at("optimizer.param_groups.0.lr").item<double>(), 0.01);

  manual_seed(1);  // different initial weights
  auto b = small_net();
  optim::Adam opt_b(b->parameters(), {.lr = 0.5});
  Metadata user;
  CheckpointLoadReport r = load_checkpoint(path, *b, &opt_b, true, &user);
  EXPECT_TRUE(r.optimizer_loaded);
  EXPECT_TRUE(r.missing_keys.empty() && r.unexpected_keys.empty());
  EXPECT_EQ(user, (Metadata{{"epoch", "3"}, {"format", "pt"}}));  // "format" as PyTorch files
  EXPECT_EQ(all_values(*b), all_values(*a));
  EXPECT_EQ(opt_b.param_groups()[0].options.at("lr"), 0.01);
  // Both continue bit-identically: same losses, same weights and Adam moments.
  for (int64_t s = 3; s < 6; ++s) EXPECT_EQ(train_step(*b, opt_b, s), train_step(*a, opt_a, s));
  EXPECT_EQ(all_values(*b), all_values(*a));
  for (size_t i = 0; i < a->parameters().size(); ++i) {
    const auto& sa = opt_a.state(a->parameters()[i]);
    const auto& sb = opt_b.state(b->parameters()[i]);
    EXPECT_EQ(sa.step, sb.step);
    EXPECT_EQ(values(sa.buffers.at("exp_avg_sq")), values(sb.buffers.at("exp_avg_sq")));
  }
}

TEST(Checkpoint, WrongShapeOrDTypeChangesNothing) {
  TempDir dir;
  std::string path = dir / "ckpt.safetensors";
  auto a = small_net();
  optim::Adam opt_a(a->parameters());
  train_step(*a, opt_a, 0);
  save_checkpoint(path, *a, &opt_a);

  // A model whose last layer has another shape: the error names the key and both shapes, and
  // neither the module nor the optimizer changed.
  auto wide = std::make_shared<nn::Sequential>(std::initializer_list<nn::ModulePtr>{
      std::make_shared<nn::Linear>(4, 8), std::make_shared<nn::BatchNorm1d>(8),
      std::make_shared<nn::ReLU>(), std::make_shared<nn::Linear>(8, 5)});
  optim::Adam opt_w(wide->parameters(), {.lr = 0.5});
  auto before = all_values(*wide);
  expect_error<ShapeError>([&] { load_checkpoint(path, *wide, &opt_w); },
                           {path, "size mismatch for 3.weight", "[3, 8]", "[5, 8]"});
  EXPECT_EQ(all_values(*wide), before);
  EXPECT_EQ(opt_w.param_groups()[0].options.at("lr"), 0.5);

  auto f64 = small_net();
  f64->to(DType::F64);
  before = all_values(*f64);
  expect_error<DTypeError>(
      [&] { load_checkpoint(path, *f64); },
      {"dtype mismatch for", "checkpoint has float32", "the model has float64"});
  EXPECT_EQ(all_values(*f64), before);

  // Optimizer state that does not fit (another optimizer, other groups) leaves the module as it
  // was too, although the module's own entries would have fit.
  auto c = small_net();
  before = all_values(*c);
  optim::SGD sgd(c->parameters(), {.lr = 0.1});
  expect_error<InvalidArgumentError>([&] { load_checkpoint(path, *c, &sgd); },
                                     {"Adam optimizer", "SGD"});
  optim::Adam two_groups(
      std::vector<optim::ParamGroup>{{{c->parameters()[0]}, {}}, {{c->parameters()[1]}, {}}});
  expect_error<InvalidArgumentError>(
      [&] { load_checkpoint(path, *c, &two_groups); },
      {path, "optimizer", "state for parameter 2", "has 2 parameters"});
  EXPECT_EQ(all_values(*c), before);

  // A scalar stored with the wrong dtype is named.
  TensorMap raw = load_safetensors(path);
  Metadata meta;
  load_safetensors(path, &meta);
  raw["optimizer.param_groups.0.lr"] = full({}, 0.1, {.dtype = DType::F32});
  save_safetensors(path, raw, meta);
  expect_error<DTypeError>([&] { load_checkpoint(path, *c, &opt_w); },
                           {"optimizer.param_groups.0.lr", "f64", "float32"});
}

TEST(Checkpoint, MissingAndUnexpectedKeysStrictAndNot) {
  TempDir dir;
  std::string path = dir / "ckpt.safetensors";
  auto a = small_net();
  TensorMap sd = a->state_dict();
  sd.erase("3.bias");
  sd["extra.weight"] = zeros({2});
  save_safetensors(path, sd, {{"ignis.checkpoint", "1"}});

  auto b = small_net();
  auto before = all_values(*b);
  std::vector<double> bias_before = values(b->state_dict()["3.bias"]);
  expect_error<InvalidArgumentError>(
      [&] { load_checkpoint(path, *b); },
      {"missing key(s)", "3.bias", "unexpected key(s)", "extra.weight"});
  EXPECT_EQ(all_values(*b), before);
  CheckpointLoadReport r = load_checkpoint(path, *b, nullptr, /*strict=*/false);
  EXPECT_EQ(r.missing_keys, std::vector<std::string>{"3.bias"});
  EXPECT_EQ(r.unexpected_keys, std::vector<std::string>{"extra.weight"});
  EXPECT_EQ(values(b->state_dict()["3.weight"]), values(a->state_dict()["3.weight"]));
  EXPECT_EQ(values(b->state_dict()["3.bias"]), bias_before);  // missing: left as it was

  // A checkpoint without optimizer state: an error when strict, reported otherwise.
  save_checkpoint(path, *a);
  optim::Adam opt(b->parameters());
  expect_error<InvalidArgumentError>([&] { load_checkpoint(path, *b, &opt); },
                                     {"no optimizer state", "strict=false"});
  EXPECT_FALSE(load_checkpoint(path, *b, &opt, false).optimizer_loaded);
  // Optimizer entries are ignored when no optimizer is given.
  save_checkpoint(path, *a, &opt);
  EXPECT_FALSE(load_checkpoint(path, *b).optimizer_loaded);
}

TEST(Checkpoint, BadFilesAndArguments) {
  TempDir dir;
  std::string path = dir / "ckpt.safetensors";
  auto a = small_net();
  save_checkpoint(path, *a);
  std::string bytes = test::read_file(path);
  test::write_file(path, bytes.substr(0, bytes.size() - 10));
  auto before = all_values(*a);
  expect_error<IOError>([&] { load_checkpoint(path, *a); }, {path});
  EXPECT_EQ(all_values(*a), before);
  expect_error<IOError>([&] { load_checkpoint(dir / "absent.safetensors", *a); },
                        {"absent.safetensors"});
  test::write_file(path, "");
  expect_error<IOError>([&] { load_checkpoint(path, *a); }, {path});

  save_safetensors(path, a->state_dict(), {{"ignis.checkpoint", "7"}});
  expect_error<UnsupportedError>([&] { load_checkpoint(path, *a); }, {"version 7"});
  expect_error<InvalidArgumentError>(
      [&] {
        save_checkpoint(path, *a, nullptr, {{"ignis.x", "1"}});
      },
      {"ignis.x", "reserved"});
  nn::ModuleDict holder;
  holder.insert("optimizer", std::make_shared<nn::Linear>(2, 2));
  optim::SGD sgd(holder.parameters(), {.lr = 0.1});
  expect_error<InvalidArgumentError>([&] { save_checkpoint(path, holder, &sgd); },
                                     {"optimizer.bias", "rename"});
  expect_error<IOError>([&] { save_checkpoint(dir / "no/such/dir/c.safetensors", *a); },
                        {"no/such/dir"});
}

// A torch-style plain state dict (no checkpoint metadata) loads as module state.
TEST(Checkpoint, LoadsPlainSafetensorsStateDict) {
  TempDir dir;
  std::string path = dir / "plain.safetensors";
  auto a = small_net();
  save_safetensors(path, a->state_dict());
  auto b = small_net();
  load_checkpoint(path, *b);
  EXPECT_EQ(all_values(*b), all_values(*a));
}

// A module with one large parameter, so that writing it takes long enough to be interrupted.
class Big : public nn::Module {
 public:
  Big() { register_parameter("weight", ones({64 * 1024 * 1024})); }  // 256 MiB of f32
  std::string type_name() const override { return "Big"; }
};

// A save killed mid-write (SIGKILL after the temp file appeared, so no cleanup runs) leaves the
// previous checkpoint loading bit-identically.
TEST(Checkpoint, SaveKilledMidWriteKeepsThePreviousCheckpoint) {
  TempDir dir;
  std::string path = dir / "ckpt.safetensors";
  auto a = small_net();
  optim::Adam opt(a->parameters());
  train_step(*a, opt, 0);
  save_checkpoint(path, *a, &opt);
  std::string before = test::read_file(path);
  auto big = std::make_shared<Big>();
  pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    // Only state_dict (no copies) and single-threaded writes run in the child.
    for (;;) save_checkpoint(path, *big);
  }
  std::string tmp = path + ".tmp." + std::to_string(pid);
  bool seen = false;
  for (int i = 0; i < 20000 && !seen; ++i) {
    std::error_code ec;
    seen = std::filesystem::file_size(tmp, ec) > 1024 * 1024;
    if (!seen) ::usleep(500);
  }
  std::error_code ec;
  bool renamed = std::filesystem::file_size(path, ec) != before.size();
  ::kill(pid, SIGKILL);
  int status = 0;
  ::waitpid(pid, &status, 0);
  EXPECT_TRUE(WIFSIGNALED(status));
  ASSERT_TRUE(seen) << "the child never started writing " << tmp;
  ASSERT_FALSE(renamed) << "the child finished a save before it was killed; use a larger module";
  EXPECT_EQ(test::read_file(path), before);
  auto b = small_net();
  optim::Adam opt_b(b->parameters());
  load_checkpoint(path, *b, &opt_b);
  EXPECT_EQ(all_values(*b), all_values(*a));
  EXPECT_EQ(opt_b.state(b->parameters()[0]).step, 1);
  std::filesystem::remove(tmp);
}

}  // namespace
}  // namespace ignis::data
