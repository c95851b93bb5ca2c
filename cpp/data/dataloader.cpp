// DataLoader epochs: batch plans, in-order delivery from worker threads, and clean shutdown.
#include "data/dataloader.h"

#include <condition_variable>
#include <exception>
#include <map>
#include <mutex>
#include <thread>

#include "data/random.h"

namespace ignis::data {

// One epoch: the batches' example indices and, with workers, the threads that build them.
// Workers claim batch k in order, but only while k < consumed + capacity, so at most
// `capacity` finished batches wait in `ready`.
class EpochState {
 public:
  EpochState(const Dataset& ds, const DataLoaderOptions& o, std::vector<std::vector<int64_t>> b)
      : dataset_(ds), opts_(o), batches_(std::move(b)) {
    capacity_ = static_cast<size_t>(std::max(1, o.num_workers) * std::max(1, o.prefetch_factor));
    for (int w = 0; w < o.num_workers; ++w) threads_.emplace_back([this] { work(); });
  }

  ~EpochState() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    cv_work_.notify_all();
    for (auto& t : threads_) t.join();
  }

  std::optional<Example> next() {
    if (consumed_ >= batches_.size()) return std::nullopt;
    size_t k = consumed_;
    if (threads_.empty()) {
      ++consumed_;
      return build(k);
    }
    std::unique_lock<std::mutex> lock(mu_);
    cv_ready_.wait(lock, [&] { return ready_.count(k) != 0; });
    Result r = std::move(ready_[k]);
    ready_.erase(k);
    ++consumed_;
    lock.unlock();
    cv_work_.notify_all();
    if (r.error) {
      {
        std::lock_guard<std::mutex> relock(mu_);
        stop_ = true;  // the epoch ends with the error
        consumed_ = batches_.size();
      }
      cv_work_.notify_all();
      std::rethrow_exception(r.error);
    }
    return std::move(r.batch);
  }

 private:
  struct Result {
    Example batch;
    std::exception_ptr error;
  };

  Example build(size_t k) const {
    std::vector<Example> examples;
    examples.reserve(batches_[k].size());
    for (int64_t i : batches_[k]) examples.push_back(dataset_.get(i));
    return opts_.collate ? opts_.collate(examples) : default_collate(examples);
  }

  void work() {
    while (true) {
      size_t k;
      {
        std::unique_lock<std::mutex> lock(mu_);
        cv_work_.wait(lock, [&] {
          return stop_ || claimed_ >= batches_.size() || claimed_ < consumed_ + capacity_;
        });
        if (stop_ || claimed_ >= batches_.size()) return;
        k = claimed_++;
      }
      Result r;
      try {
        r.batch = build(k);
      } catch (...) {
        r.error = std::current_exception();
      }
      {
        std::lock_guard<std::mutex> lock(mu_);
        ready_.emplace(k, std::move(r));
      }
      cv_ready_.notify_all();
    }
  }

  const Dataset& dataset_;
  const DataLoaderOptions& opts_;
  std::vector<std::vector<int64_t>> batches_;
  size_t capacity_ = 1;
  std::mutex mu_;
  std::condition_variable cv_work_, cv_ready_;
  bool stop_ = false;
  size_t claimed_ = 0;
  size_t consumed_ = 0;  // written by the consumer under mu_ when workers run
  std::map<size_t, Result> ready_;
  std::vector<std::thread> threads_;
};

DataLoader::DataLoader(std::shared_ptr<const Dataset> dataset, DataLoaderOptions options)
    : dataset_(std::move(dataset)), opts_(std::move(options)) {
  IGNIS_CHECK(dataset_ != nullptr, InvalidArgument, "DataLoader: dataset is null");
  IGNIS_CHECK(opts_.batch_size >= 1, InvalidArgument,
              "DataLoader: expected batch_size >= 1 but got ", opts_.batch_size);
  IGNIS_CHECK(opts_.num_workers >= 0, InvalidArgument,
              "DataLoader: expected num_workers >= 0 but got ", opts_.num_workers);
  IGNIS_CHECK(opts_.prefetch_factor >= 1, InvalidArgument,
              "DataLoader: expected prefetch_factor >= 1 but got ", opts_.prefetch_factor);
}

DataLoader::~DataLoader() = default;

int64_t DataLoader::size() const {
  int64_t n = dataset_->size(), b = opts_.batch_size;
  return opts_.drop_last ? n / b : (n + b - 1) / b;
}

void DataLoader::reset() {
  epoch_.reset();  // joins the previous epoch's workers first
  int64_t n = dataset_->size();
  std::vector<int64_t> order;
  if (opts_.shuffle) {
    order = random_permutation(n, opts_.generator);
  } else {
    order.resize(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) order[static_cast<size_t>(i)] = i;
  }
  std::vector<std::vector<int64_t>> batches;
  int64_t nb = size();
  for (int64_t k = 0; k < nb; ++k) {
    int64_t lo = k * opts_.batch_size, hi = std::min(n, lo + opts_.batch_size);
    batches.emplace_back(order.begin() + lo, order.begin() + hi);
  }
  epoch_ = std::make_unique<EpochState>(*dataset_, opts_, std::move(batches));
}

std::optional<Example> DataLoader::next() {
  if (!epoch_) return std::nullopt;
  return epoch_->next();
}

DataLoader::Iterator DataLoader::begin() {
  reset();
  Iterator it;
  it.loader_ = this;
  it.done_ = false;
  ++it;
  return it;
}

DataLoader::Iterator& DataLoader::Iterator::operator++() {
  std::optional<Example> b = loader_->next();
  if (b) {
    current_ = std::move(*b);
  } else {
    done_ = true;
    current_ = Example();
  }
  return *this;
}

}  // namespace ignis::data
