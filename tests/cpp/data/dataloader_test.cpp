// Datasets, random_split, collate and the DataLoader (order, shuffling, workers, errors).
#include "data/dataloader.h"

#include <algorithm>
#include <atomic>
#include <set>
#include <thread>

#include "data/random.h"
#include "ops/ops.gen.h"
#include "test_util.h"

namespace ignis::data {
namespace {

using test::expect_error;
using test::int_values;

std::shared_ptr<TensorDataset> range_dataset(int64_t n) {
  return std::make_shared<TensorDataset>(arange(n * 2, {.dtype = DType::F32}).reshape({n, 2}),
                                         arange(n));
}

// Every target of an epoch, in delivery order.
std::vector<int64_t> epoch(DataLoader& loader) {
  std::vector<int64_t> out;
  for (const Example& b : loader)
    for (int64_t v : int_values(b.target())) out.push_back(v);
  return out;
}

TEST(TensorDataset, IndexesRowsAndChecksSizes) {
  auto ds = range_dataset(5);
  EXPECT_EQ(ds->size(), 5);
  Example e = ds->get(3);
  EXPECT_EQ(test::values(e.data()), (std::vector<double>{6, 7}));
  EXPECT_EQ(e.target().item<int64_t>(), 3);
  expect_error<IndexError>([&] { ds->get(5); }, {"TensorDataset", "index 5", "size 5"});
  expect_error<ShapeError>(
      [] {
        TensorDataset(zeros({3, 2}), zeros({4}));
      },
      {"TensorDataset", "3", "4"});
}

TEST(Subset, RandomSplitPartitionsReproducibly) {
  auto ds = range_dataset(10);
  Generator g1(7), g2(7);
  auto a = random_split(ds, {3, 7}, &g1);
  auto b = random_split(ds, {3, 7}, &g2);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0]->size(), 3);
  EXPECT_EQ(a[1]->size(), 7);
  EXPECT_EQ(a[0]->indices(), b[0]->indices());
  std::set<int64_t> all;
  for (auto& s : a)
    for (int64_t i = 0; i < s->size(); ++i) all.insert(s->get(i).target().item<int64_t>());
  EXPECT_EQ(all.size(), 10u);
  expect_error<InvalidArgumentError>(
      [&] {
        random_split(ds, {3, 3});
      },
      {"random_split", "10", "6"});
  expect_error<IndexError>([&] { Subset(ds, {0, 10}); }, {"Subset", "10"});
}

TEST(Collate, StacksEachField) {
  Example b = default_collate({Example(ones({2}), tensor<int64_t>({1}).squeeze()),
                               Example(zeros({2}), tensor<int64_t>({2}).squeeze())});
  EXPECT_EQ(test::vec(b.data().sizes()), (std::vector<int64_t>{2, 2}));
  EXPECT_EQ(int_values(b.target()), (std::vector<int64_t>{1, 2}));
  expect_error<InvalidArgumentError>([] { default_collate({}); }, {"default_collate"});
}

TEST(DataLoader, BatchesInOrderWithDropLast) {
  auto ds = range_dataset(10);
  DataLoader keep(ds, {.batch_size = 4});
  EXPECT_EQ(keep.size(), 3);
  std::vector<int64_t> sizes;
  for (const Example& b : keep) sizes.push_back(b.data().size(0));
  EXPECT_EQ(sizes, (std::vector<int64_t>{4, 4, 2}));
  EXPECT_EQ(epoch(keep), (std::vector<int64_t>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
  DataLoader drop(ds, {.batch_size = 4, .drop_last = true});
  EXPECT_EQ(drop.size(), 2);
  EXPECT_EQ(epoch(drop), (std::vector<int64_t>{0, 1, 2, 3, 4, 5, 6, 7}));
}

TEST(DataLoader, SeededShuffleIsReproducibleAndDiffersPerEpoch) {
  auto ds = range_dataset(50);
  Generator g1(123), g2(123);
  DataLoader a(ds, {.batch_size = 8, .shuffle = true, .generator = &g1});
  DataLoader b(ds, {.batch_size = 8, .shuffle = true, .generator = &g2, .num_workers = 3});
  std::vector<int64_t> a1 = epoch(a), a2 = epoch(a);
  EXPECT_EQ(a1, epoch(b));
  EXPECT_EQ(a2, epoch(b));
  EXPECT_NE(a1, a2);
  std::vector<int64_t> sorted = a1;
  std::sort(sorted.begin(), sorted.end());
  for (int64_t i = 0; i < 50; ++i) EXPECT_EQ(sorted[static_cast<size_t>(i)], i);
}

// A dataset that sleeps a varying time per example, so workers finish out of order.
class SlowDataset : public Dataset {
 public:
  explicit SlowDataset(int64_t n, int64_t fail_at = -1) : n_(n), fail_at_(fail_at) {}
  int64_t size() const override { return n_; }
  Example get(int64_t i) const override {
    ++calls;
    std::this_thread::sleep_for(std::chrono::microseconds((i * 7919) % 5 * 300));
    IGNIS_CHECK(i != fail_at_, IO, "SlowDataset: cannot read example ", i);
    return Example(full({1}, double(i)), full(IntArrayRef(), i, {.dtype = DType::I64}));
  }
  mutable std::atomic<int64_t> calls{0};

 private:
  int64_t n_, fail_at_;
};

TEST(DataLoader, WorkersDeliverInOrder) {
  auto ds = std::make_shared<SlowDataset>(40);
  DataLoader loader(ds, {.batch_size = 3, .num_workers = 4});
  std::vector<int64_t> expect(40);
  for (int64_t i = 0; i < 40; ++i) expect[static_cast<size_t>(i)] = i;
  EXPECT_EQ(epoch(loader), expect);
  EXPECT_EQ(epoch(loader), expect);
}

TEST(DataLoader, WorkerErrorsAreRethrownOnTheConsumer) {
  for (int workers : {0, 2}) {
    SCOPED_TRACE(workers);
    auto ds = std::make_shared<SlowDataset>(20, /*fail_at=*/9);
    DataLoader loader(ds, {.batch_size = 4, .num_workers = workers});
    std::vector<int64_t> got;
    expect_error<IOError>(
        [&] {
          for (const Example& b : loader)
            for (int64_t v : int_values(b.target())) got.push_back(v);
        },
        {"SlowDataset", "example 9"});
    EXPECT_EQ(got, (std::vector<int64_t>{0, 1, 2, 3, 4, 5, 6, 7}));
    // The next epoch starts cleanly.
    auto it = loader.begin();
    EXPECT_EQ(int_values(it->target()), (std::vector<int64_t>{0, 1, 2, 3}));
  }
}

TEST(DataLoader, PrefetchIsBoundedAndShutdownMidEpochIsClean) {
  auto ds = std::make_shared<SlowDataset>(1000);
  {
    DataLoader loader(ds, {.batch_size = 2, .num_workers = 2, .prefetch_factor = 2});
    auto it = loader.begin();
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    // At most (1 consumed + 2 * 2 queued + 2 in flight) batches were built.
    EXPECT_LE(ds->calls.load(), 2 * (1 + 4 + 2));
    ++it;
  }  // destroyed mid-epoch: workers stop and join
  int64_t after = ds->calls.load();
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_EQ(ds->calls.load(), after);
}

TEST(DataLoader, CustomCollateAndOptionErrors) {
  auto ds = range_dataset(6);
  DataLoader loader(ds, {.batch_size = 3, .collate = [](const std::vector<Example>& ex) {
                           return Example(
                               {full(IntArrayRef(), int64_t(ex.size()), {.dtype = DType::I64})});
                         }});
  for (const Example& b : loader) EXPECT_EQ(b[0].item<int64_t>(), 3);
  expect_error<InvalidArgumentError>([&] { DataLoader(ds, {.batch_size = 0}); },
                                     {"DataLoader", "batch_size", "0"});
  expect_error<InvalidArgumentError>([&] { DataLoader(ds, {.num_workers = -1}); },
                                     {"DataLoader", "num_workers"});
}

TEST(Random, PermutationIsSeeded) {
  Generator a(1), b(1);
  EXPECT_EQ(random_permutation(20, &a), random_permutation(20, &b));
  EXPECT_TRUE(random_permutation(0, &a).empty());
  for (int i = 0; i < 100; ++i) {
    int64_t r = random_below(3, &a);
    EXPECT_TRUE(r >= 0 && r < 3);
  }
}

}  // namespace
}  // namespace ignis::data
