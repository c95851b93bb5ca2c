// tests the nn/optim/data RAII wrappers of ignis/ignis.hpp: a model built, trained, saved and
// reloaded through Module, Optimizer, Scheduler, Dataset and DataLoader, and their errors.
#include <gtest/gtest.h>
#include <ignis/ignis.hpp>

#include "capi_test_util.h"

TEST(CApiHppNN, TrainSaveReloadThroughTheWrappers) {
  ignis::check(ignis_manual_seed(0));
  std::vector<float> xs, ys;
  for (int i = 0; i < 64; ++i) {
    float a = static_cast<float>(i % 8) / 4 - 1, b = static_cast<float>(i / 8) / 4 - 1;
    xs.insert(xs.end(), {a, b});
    ys.push_back(a * b > 0 ? 1.0f : 0.0f);
  }
  auto x = ignis::Tensor::from(xs, {64, 2}), y = ignis::Tensor::from(ys, {64, 1});
  ignis::Module model("Sequential");
  model.append(ignis::Module("Linear", R"({"in_features": 2, "out_features": 16})"))
      .append(ignis::Module("ReLU"))
      .append(ignis::Module("Linear", R"({"in_features": 16, "out_features": 1})"));
  ignis::Module loss_fn("BCEWithLogitsLoss");
  ignis::Optimizer opt("Adam", model.parameters(), R"({"lr": 0.05})");
  ignis::Scheduler sched =
      ignis::Scheduler::lambda(opt, [](int64_t epoch, size_t) { return epoch < 100 ? 1.0 : 0.5; });
  ignis::DataLoader loader(ignis::Dataset::from_tensors({x, y}),
                           R"({"batch_size": 16, "shuffle": true, "seed": 3})");
  EXPECT_EQ(loader.size(), 4);
  double first = -1, last = 0;
  for (int epoch = 0; epoch < 60; ++epoch) {
    while (auto batch = loader.next()) {
      ignis::Tensor loss = loss_fn(model((*batch)[0]), (*batch)[1]);
      opt.zero_grad();
      loss.backward();
      opt.step();
      if (first < 0) first = loss.item();
    }
    sched.step();
    last = loss_fn(model(x), y).item();
  }
  EXPECT_LT(last, first * 0.5) << "first " << first << " last " << last;
  EXPECT_EQ(sched.last_lr(), (std::vector<double>{0.05}));
  EXPECT_EQ(model.named_parameters()[2].first, "2.weight");

  capi_test::TempDir dir;
  model.save(dir.file("m.safetensors"));
  opt.save(dir.file("o.safetensors"));
  ignis::Module fresh("Sequential");
  fresh.append(ignis::Module("Linear", R"({"in_features": 2, "out_features": 16})"))
      .append(ignis::Module("ReLU"))
      .append(ignis::Module("Linear", R"({"in_features": 16, "out_features": 1})"));
  ignis::LoadReport r = fresh.load(dir.file("m.safetensors"));
  EXPECT_TRUE(r.missing_keys.empty() && r.unexpected_keys.empty());
  EXPECT_EQ(fresh(x).to_vector<float>(), model(x).to_vector<float>());
  ignis::Optimizer fresh_opt("Adam", fresh.parameters(), R"({"lr": 0.05})");
  fresh_opt.load(dir.file("o.safetensors"));
  EXPECT_DOUBLE_EQ(fresh_opt.option("lr"), 0.05);

  // The same as one checkpoint file: both restored, the metadata back.
  ignis::save_checkpoint(dir.file("c.safetensors"), model, &opt, {{"epoch", "60"}});
  ignis::Module third("Sequential");
  third.append(ignis::Module("Linear", R"({"in_features": 2, "out_features": 16})"))
      .append(ignis::Module("ReLU"))
      .append(ignis::Module("Linear", R"({"in_features": 16, "out_features": 1})"));
  ignis::Optimizer third_opt("Adam", third.parameters(), R"({"lr": 0.01})");
  ignis::CheckpointLoadReport cr =
      ignis::load_checkpoint(dir.file("c.safetensors"), third, &third_opt);
  EXPECT_TRUE(cr.optimizer_loaded);
  EXPECT_EQ(cr.metadata,
            (std::vector<std::pair<std::string, std::string>>{{"epoch", "60"}, {"format", "pt"}}));
  EXPECT_DOUBLE_EQ(third_opt.option("lr"), 0.05);
  EXPECT_EQ(third(x).to_vector<float>(), model(x).to_vector<float>());

  // Errors arrive as ignis::Error with the status and the library's message.
  try {
    ignis::Module bad("Linear", R"({"in_features": 2})");
    FAIL() << "expected an error";
  } catch (const ignis::Error& e) {
    EXPECT_EQ(e.status(), IGNIS_ERROR_INVALID_ARGUMENT);
    EXPECT_NE(std::string(e.what()).find("missing required option 'out_features'"),
              std::string::npos);
  }
  ignis::Scheduler failing = ignis::Scheduler::lambda(opt, [](int64_t epoch, size_t) -> double {
    if (epoch > 0) throw std::runtime_error("no more epochs");
    return 1.0;
  });
  try {
    failing.step();
    FAIL() << "expected an error";
  } catch (const ignis::Error& e) {
    EXPECT_STREQ(e.what(), "no more epochs");
  }
  auto ds = ignis::Dataset::from_tensors({x, y});
  EXPECT_EQ(ds.size(), 64);
  EXPECT_EQ(ds.get(3)[1].to_vector<float>(), (std::vector<float>{ys[3]}));
  EXPECT_THROW(ds.get(64), ignis::Error);
}
