// DataLoader: batches of a Dataset, optionally shuffled (seeded) and prefetched by workers.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "data/dataset.h"

namespace ignis::data {

struct DataLoaderOptions {
  int64_t batch_size = 1;
  // Reorders examples every epoch with `generator` (null: the CPU default generator). Seeding
  // the generator makes the sequence of epochs reproducible.
  bool shuffle = false;
  Generator* generator = nullptr;
  // Drops the last batch when it is smaller than batch_size.
  bool drop_last = false;
  // Worker threads that build batches ahead of the consumer (0: build on the caller's thread).
  int num_workers = 0;
  // Batches each worker may hold ready ahead of the consumer (the queue is bounded by
  // num_workers * prefetch_factor).
  int prefetch_factor = 2;
  CollateFn collate;  // empty: default_collate
};

class EpochState;

// Iterates over batches: `for (const Example& batch : loader) ...`. Each begin() starts a new
// epoch (and a new shuffle); batches arrive in order even with workers; an exception thrown
// while building a batch is rethrown by the iterator when that batch is reached. Destroying the
// loader (or starting a new epoch) mid-epoch stops and joins the workers.
class DataLoader {
 public:
  DataLoader(std::shared_ptr<const Dataset> dataset, DataLoaderOptions options);
  ~DataLoader();
  DataLoader(const DataLoader&) = delete;
  DataLoader& operator=(const DataLoader&) = delete;

  // Batches per epoch.
  int64_t size() const;
  const DataLoaderOptions& options() const { return opts_; }

  class Iterator {
   public:
    using value_type = Example;
    using difference_type = std::ptrdiff_t;
    const Example& operator*() const { return current_; }
    const Example* operator->() const { return &current_; }
    Iterator& operator++();
    bool operator==(const Iterator& o) const { return done_ == o.done_; }
    bool operator!=(const Iterator& o) const { return !(*this == o); }

   private:
    friend class DataLoader;
    DataLoader* loader_ = nullptr;
    bool done_ = true;
    Example current_;
  };
  // Starts an epoch and fetches its first batch.
  Iterator begin();
  Iterator end() { return Iterator(); }

  // The next batch of the current epoch, or nullopt at its end (the iterator uses this).
  std::optional<Example> next();
  // Starts a new epoch (stopping any running one).
  void reset();

 private:
  std::shared_ptr<const Dataset> dataset_;
  DataLoaderOptions opts_;
  std::unique_ptr<EpochState> epoch_;
};

}  // namespace ignis::data
