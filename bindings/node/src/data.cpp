// ignis.data: engine datasets (ignis_dataset_*) and data loaders (ignis_dataloader_*). A loader
// gives batches synchronously (next) or, with nextAsync, built on a libuv thread so the event
// loop stays free; index.js turns both into the JS iteration protocols.
#include <functional>
#include <string>
#include <vector>

#include "async_worker.h"
#include "tensor.h"

namespace ignis_node {

namespace {

// A tensor array from the library (examples, batches) as a JS array of Tensors; frees it.
Napi::Array wrap_tensor_array(Napi::Env env, ignis_tensor** ts, size_t n) {
  Napi::Array arr = Napi::Array::New(env, n);
  size_t i = 0;
  try {
    for (; i < n; ++i) {
      ignis_tensor* t = ts[i];
      ts[i] = nullptr;  // Wrap owns it from here, also when it throws
      arr.Set(static_cast<uint32_t>(i), Tensor::Wrap(env, t));
    }
  } catch (...) {
    ignis_tensor_array_free(ts, n);
    throw;
  }
  ignis_tensor_array_free(ts, n);  // every entry is null: frees the array only
  return arr;
}

class Dataset : public Napi::ObjectWrap<Dataset> {
 public:
  static Napi::Function Init(Napi::Env env, AddonData* data) {
    Napi::Function ctor =
        DefineClass(env, "Dataset",
                    {
                        StaticMethod<&Dataset::FromTensors>("fromTensors"),
                        StaticMethod<&Dataset::FashionMnist<false>>("fashionMnist"),
                        StaticMethod<&Dataset::FashionMnist<true>>("fashionMnistAsync"),
                        StaticMethod<&Dataset::Idx<false>>("idx"),
                        StaticMethod<&Dataset::Idx<true>>("idxAsync"),
                        StaticMethod<&Dataset::Csv<false>>("csv"),
                        StaticMethod<&Dataset::Csv<true>>("csvAsync"),
                        StaticMethod<&Dataset::ImageFolder<false>>("imageFolder"),
                        StaticMethod<&Dataset::ImageFolder<true>>("imageFolderAsync"),
                        InstanceAccessor<&Dataset::Length>("length"),
                        InstanceMethod<&Dataset::Get>("get"),
                        InstanceMethod<&Dataset::Subset>("subset"),
                        InstanceMethod<&Dataset::RandomSplit>("randomSplit"),
                        InstanceMethod<&Dataset::Dispose>("dispose"),
                    });
    data->dataset_ctor = Napi::Persistent(ctor);
    return ctor;
  }

  explicit Dataset(const Napi::CallbackInfo& info) : Napi::ObjectWrap<Dataset>(info) {
    if (info.Length() != 1 || !info[0].IsExternal())
      throw_arg(info.Env(), "Dataset cannot be constructed directly; use "
                            "ignis.data.TensorDataset(x, y), ignis.data.FashionMNIST(...) and the "
                            "other factories");
    ds_ = info[0].As<Napi::External<ignis_dataset>>().Data();
  }
  ~Dataset() override { ignis_dataset_release(ds_); }

  ignis_dataset* handle(Napi::Env env) const {
    if (!ds_) throw_arg(env, "the dataset has been disposed (dispose() was called on it)");
    return ds_;
  }

  static ignis_dataset* HandleOf(Napi::Env env, const Napi::Value& v, const char* what) {
    AddonData* data = env.GetInstanceData<AddonData>();
    if (!v.IsObject() || !v.As<Napi::Object>().InstanceOf(data->dataset_ctor.Value()))
      throw_arg(env,
                std::string("expected an ignis.data Dataset for ") + what + ", got " + describe(v));
    Dataset* d = nullptr;
    try {
      d = Unwrap(v.As<Napi::Object>());
    } catch (const Napi::Error&) {  // an object made from the prototype, never constructed
    }
    if (!d)
      throw_arg(env,
                std::string("expected an ignis.data Dataset for ") + what + ", got " + describe(v));
    return d->handle(env);
  }

  static Napi::Object Wrap(Napi::Env env, ignis_dataset* ds) {
    AddonData* data = env.GetInstanceData<AddonData>();
    try {
      return data->dataset_ctor.New({Napi::External<ignis_dataset>::New(env, ds)});
    } catch (...) {
      ignis_dataset_release(ds);
      throw;
    }
  }

 private:
  // fromTensors([t0, t1, ...]): example i is row i of each tensor (TensorDataset).
  static Napi::Value FromTensors(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    if (!info[0].IsArray())
      throw_arg(env, "TensorDataset expects tensors, got " + describe(info[0]));
    Napi::Array arr = info[0].As<Napi::Array>();
    std::vector<const ignis_tensor*> ts;
    for (uint32_t i = 0; i < arr.Length(); ++i)
      ts.push_back(Tensor::Handle(env, arr.Get(i), "TensorDataset tensor"));
    ignis_dataset* ds = nullptr;
    check(env, ignis_dataset_from_tensors(ts.data(), ts.size(), &ds));
    return Wrap(env, ds);
  }

  // The file-backed factories read (and unzip) their files when called: on the JS thread, or
  // for the ...Async forms on a libuv thread, resolving with the Dataset.
  using Opener = std::function<ignis_status(ignis_dataset**)>;

  template <bool kAsync>
  static Napi::Value Open(Napi::Env env, Opener open) {
    if constexpr (kAsync) {
      auto* w = new OpenWorker(env, std::move(open));
      Napi::Promise p = w->Promise();
      w->Queue();
      return p;
    } else {
      ignis_dataset* ds = nullptr;
      check(env, open(&ds));
      return Wrap(env, ds);
    }
  }

  class OpenWorker : public PromiseWorker {
   public:
    OpenWorker(Napi::Env env, Opener open) : PromiseWorker(env), open_(std::move(open)) {}
    ~OpenWorker() override { ignis_dataset_release(ds_); }

   private:
    ignis_status Run() override { return open_(&ds_); }
    Napi::Value Result(Napi::Env env) override {
      ignis_dataset* ds = ds_;
      ds_ = nullptr;
      return Wrap(env, ds);
    }
    Opener open_;
    ignis_dataset* ds_ = nullptr;
  };

  // fashionMnist(root | null, train): Debian's IDX files by default.
  template <bool kAsync>
  static Napi::Value FashionMnist(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    std::string root;
    bool has_root = !info[0].IsUndefined() && !info[0].IsNull();
    if (has_root) root = string_arg(env, info[0], "root");
    if (!info[1].IsBoolean())
      throw_arg(env, "FashionMNIST: train must be a boolean, got " + describe(info[1]));
    bool train = info[1].As<Napi::Boolean>().Value();
    return Open<kAsync>(env, [root, has_root, train](ignis_dataset** out) {
      return ignis_dataset_fashion_mnist(has_root ? root.c_str() : nullptr, train, out);
    });
  }

  // idx(imagesPath, labelsPath): an MNIST-family pair of IDX files.
  template <bool kAsync>
  static Napi::Value Idx(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    std::string images = string_arg(env, info[0], "imagesPath");
    std::string labels = string_arg(env, info[1], "labelsPath");
    return Open<kAsync>(env, [images, labels](ignis_dataset** out) {
      return ignis_dataset_idx(images.c_str(), labels.c_str(), out);
    });
  }

  // csv(path, {label_column, label_dtype, delimiter}).
  template <bool kAsync>
  static Napi::Value Csv(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    std::string path = string_arg(env, info[0], "path");
    std::string opts = options_json(env, info[1]);
    return Open<kAsync>(env, [path, opts](ignis_dataset** out) {
      return ignis_dataset_csv(path.c_str(), opts.c_str(), out);
    });
  }

  // imageFolder(root, transforms?): transforms is an array of {type, ...} objects.
  template <bool kAsync>
  static Napi::Value ImageFolder(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    std::string root = string_arg(env, info[0], "root");
    std::string transforms;
    if (!info[1].IsUndefined() && !info[1].IsNull()) {
      if (!info[1].IsArray())
        throw_arg(env, "ImageFolder: transforms must be an array of {type, ...} objects, got " +
                           describe(info[1]));
      Napi::Object json = env.Global().Get("JSON").As<Napi::Object>();
      transforms = json.Get("stringify").As<Napi::Function>().Call(json, {info[1]}).ToString();
    }
    return Open<kAsync>(env, [root, transforms](ignis_dataset** out) {
      return ignis_dataset_image_folder(root.c_str(), transforms.c_str(), out);
    });
  }

  Napi::Value Length(const Napi::CallbackInfo& info) {
    int64_t n = 0;
    check(info.Env(), ignis_dataset_size(handle(info.Env()), &n));
    return Napi::Number::New(info.Env(), static_cast<double>(n));
  }

  // get(i) -> Tensor[]: example i's fields.
  Napi::Value Get(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    int64_t i = to_int64(env, info[0], "index");
    ignis_tensor** ts = nullptr;
    size_t n = 0;
    check(env, ignis_dataset_get(handle(env), i, &ts, &n));
    return wrap_tensor_array(env, ts, n);
  }

  // subset(indices) -> Dataset (torch.utils.data.Subset).
  Napi::Value Subset(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    std::vector<int64_t> idx = to_int_list(env, info[0], "indices");
    ignis_dataset* ds = nullptr;
    check(env, ignis_dataset_subset(handle(env), idx.data(), idx.size(), &ds));
    return Wrap(env, ds);
  }

  // randomSplit(lengths, seed) -> Dataset[] (torch.utils.data.random_split).
  Napi::Value RandomSplit(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    std::vector<int64_t> lengths = to_int_list(env, info[0], "lengths");
    int64_t seed = to_int64(env, info[1], "seed");
    if (seed < 0) throw_arg(env, "randomSplit: seed must be >= 0, got " + std::to_string(seed));
    std::vector<ignis_dataset*> out(lengths.size(), nullptr);
    check(env, ignis_dataset_random_split(handle(env), lengths.data(), lengths.size(),
                                          static_cast<uint64_t>(seed), out.data()));
    Napi::Array arr = Napi::Array::New(env, out.size());
    for (size_t i = 0; i < out.size(); ++i) {
      ignis_dataset* d = out[i];
      out[i] = nullptr;
      try {
        arr.Set(static_cast<uint32_t>(i), Wrap(env, d));
      } catch (...) {
        for (auto* rest : out) ignis_dataset_release(rest);
        throw;
      }
    }
    return arr;
  }

  Napi::Value Dispose(const Napi::CallbackInfo& info) {
    ignis_dataset_release(ds_);
    ds_ = nullptr;
    return info.Env().Undefined();
  }

  ignis_dataset* ds_ = nullptr;
};

class DataLoader;

// One batch built on a libuv thread; the loader is marked busy until it settles, because a
// loader must not be used from two threads at once.
class NextWorker : public PromiseWorker {
 public:
  NextWorker(Napi::Env env, ignis_dataloader* dl, DataLoader* owner)
      : PromiseWorker(env), dl_(ignis_dataloader_retain(dl)), owner_(owner) {}
  ~NextWorker() override {
    if (batch_) ignis_tensor_array_free(batch_, n_);
    ignis_dataloader_release(dl_);
  }

 private:
  ignis_status Run() override { return ignis_dataloader_next(dl_, &batch_, &n_); }
  void Settled() override;
  Napi::Value Result(Napi::Env env) override;

  ignis_dataloader* dl_;
  DataLoader* owner_;  // kept alive by Keep() until the worker is done
  ignis_tensor** batch_ = nullptr;
  size_t n_ = 0;
};

class DataLoader : public Napi::ObjectWrap<DataLoader> {
 public:
  static Napi::Function Init(Napi::Env env, AddonData* data) {
    Napi::Function ctor = DefineClass(env, "DataLoader",
                                      {
                                          InstanceAccessor<&DataLoader::Length>("length"),
                                          InstanceAccessor<&DataLoader::DatasetOf>("dataset"),
                                          InstanceAccessor<&DataLoader::InEpoch>("inEpoch"),
                                          InstanceMethod<&DataLoader::Next>("next"),
                                          InstanceMethod<&DataLoader::NextAsync>("nextAsync"),
                                          InstanceMethod<&DataLoader::Reset>("reset"),
                                          InstanceMethod<&DataLoader::Dispose>("dispose"),
                                      });
    data->dataloader_ctor = Napi::Persistent(ctor);
    return ctor;
  }

  // new DataLoader(dataset, {batch_size, shuffle, seed, drop_last, num_workers,
  // prefetch_factor}): PyTorch's option names.
  explicit DataLoader(const Napi::CallbackInfo& info) : Napi::ObjectWrap<DataLoader>(info) {
    Napi::Env env = info.Env();
    Napi::Value dsv = info.Length() > 0 ? info[0] : env.Undefined();
    ignis_dataset* ds = Dataset::HandleOf(env, dsv, "DataLoader's dataset");
    std::string opts = options_json(env, info.Length() > 1 ? info[1] : env.Undefined());
    check(env, ignis_dataloader_create(ds, opts.c_str(), &dl_));
    dataset_ = Napi::Persistent(dsv.As<Napi::Object>());
  }
  ~DataLoader() override { ignis_dataloader_release(dl_); }

  void set_busy(bool b) { busy_ = b; }
  // Records whether the last batch fetched was the end of an epoch.
  void set_in_epoch(bool b) { in_epoch_ = b; }

 private:
  // The live handle, not while a nextAsync is in flight.
  ignis_dataloader* handle(Napi::Env env) const {
    if (!dl_) throw_arg(env, "the data loader has been disposed (dispose() was called on it)");
    if (busy_)
      throw_arg(env, "the data loader is busy: a nextAsync() batch is still being built (await "
                     "it before asking for the next one)");
    return dl_;
  }

  Napi::Value Length(const Napi::CallbackInfo& info) {
    int64_t n = 0;
    check(info.Env(), ignis_dataloader_length(handle(info.Env()), &n));
    return Napi::Number::New(info.Env(), static_cast<double>(n));
  }

  Napi::Value DatasetOf(const Napi::CallbackInfo& info) { return dataset_.Value(); }

  Napi::Value InEpoch(const Napi::CallbackInfo& info) {
    return Napi::Boolean::New(info.Env(), in_epoch_);
  }

  // next() -> Tensor[] | null (null ends the epoch; the call after it starts the next one).
  Napi::Value Next(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    ignis_tensor** batch = nullptr;
    size_t n = 0;
    check(env, ignis_dataloader_next(handle(env), &batch, &n));
    in_epoch_ = batch != nullptr;
    if (!batch) return env.Null();
    return wrap_tensor_array(env, batch, n);
  }

  // nextAsync() -> Promise<Tensor[] | null>, the batch built on a libuv thread.
  Napi::Value NextAsync(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    auto* w = new NextWorker(env, handle(env), this);
    w->Keep(info.This());
    busy_ = true;
    Napi::Promise p = w->Promise();
    w->Queue();
    return p;
  }

  // Abandons the rest of the epoch; the next batch starts a new one.
  Napi::Value Reset(const Napi::CallbackInfo& info) {
    check(info.Env(), ignis_dataloader_reset(handle(info.Env())));
    in_epoch_ = false;
    return info.Env().Undefined();
  }

  // Stops the workers (an in-flight nextAsync keeps its own reference and still settles).
  Napi::Value Dispose(const Napi::CallbackInfo& info) {
    ignis_dataloader_release(dl_);
    dl_ = nullptr;
    return info.Env().Undefined();
  }

  ignis_dataloader* dl_ = nullptr;
  Napi::ObjectReference dataset_;
  bool busy_ = false;
  bool in_epoch_ = false;
};

void NextWorker::Settled() { owner_->set_busy(false); }

Napi::Value NextWorker::Result(Napi::Env env) {
  owner_->set_in_epoch(batch_ != nullptr);
  if (!batch_) return env.Null();
  ignis_tensor** b = batch_;
  batch_ = nullptr;
  return wrap_tensor_array(env, b, n_);
}

}  // namespace

void InitData(Napi::Env env, Napi::Object exports, AddonData* data) {
  exports.Set("Dataset", Dataset::Init(env, data));
  exports.Set("DataLoader", DataLoader::Init(env, data));
}

}  // namespace ignis_node
