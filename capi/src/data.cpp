// data.h: dataset and data loader handles over data::Dataset and data::DataLoader.
#include "ignis/data.h"

#include "capi/src/handles.h"
#include "data/csv.h"
#include "data/dataloader.h"
#include "data/idx.h"
#include "data/image_folder.h"

using namespace ignis;
using capi::null_out;
using DatasetBox = std::shared_ptr<const data::Dataset>;
using T = nn::OptionType;

namespace {

const data::Dataset& ds_arg(const ignis_dataset* ds, const char* fn) {
  return *capi::unbox<DatasetBox>(ds, fn, "ds");
}

// The loader with what it points at; members in this order so the loader goes first.
struct LoaderHandle {
  DatasetBox dataset;
  std::unique_ptr<Generator> generator;
  std::unique_ptr<data::DataLoader> loader;
  bool in_epoch = false;
};
using LoaderBox = std::shared_ptr<LoaderHandle>;

// Owns the callbacks' user_data; get() may run on worker threads.
class CallbackDataset : public data::Dataset {
 public:
  explicit CallbackDataset(const ignis_dataset_callbacks& cb) : cb_(cb) {}
  ~CallbackDataset() override {
    if (cb_.destroy) cb_.destroy(cb_.user_data);
  }
  int64_t size() const override { return cb_.size; }
  data::Example get(int64_t i) const override {
    data::check_index(i, cb_.size, "callback dataset");
    ignis_tensor* ts[kCapacity] = {};
    size_t count = 0;
    ignis_status st = cb_.get(i, ts, kCapacity, &count, cb_.user_data);
    data::Example ex;
    size_t n = count <= kCapacity ? count : kCapacity;
    for (size_t k = 0; k < n; ++k)  // adopt first, so every reference is dropped on error
      if (ts[k]) ex.tensors.emplace_back(Ref<TensorImpl>::adopt(capi::impl(ts[k])));
    if (st != IGNIS_OK) {
      int s = static_cast<int>(st);
      throw Error(s >= 1 && s <= 9 ? static_cast<ErrorKind>(s) : ErrorKind::Internal,
                  ignis_last_error());
    }
    IGNIS_CHECK(count <= kCapacity, InvalidArgument, "callback dataset: get(", i, ") returned ",
                count, " tensors; at most ", kCapacity, " fit");
    IGNIS_CHECK(ex.tensors.size() == count && count > 0, InvalidArgument, "callback dataset: get(",
                i, ") returned ", count,
                " tensors, some NULL or none; expected at least one tensor");
    return ex;
  }
  static constexpr size_t kCapacity = 16;

 private:
  ignis_dataset_callbacks cb_;
};

// One transform from its JSON object ({"type": "resize", "height": 32, "width": 32}).
data::Transform make_transform(nn::OptionMap o, const char* fn) {
  auto t = o.find("type");
  IGNIS_CHECK(t != o.end() && std::holds_alternative<std::string>(t->second), InvalidArgument, fn,
              ": every transform needs a \"type\" string (to_float, resize, normalize, "
              "random_crop, random_horizontal_flip)");
  std::string type = std::get<std::string>(t->second);
  o.erase(t);
  using nn::optional;
  using nn::required;
  if (type == "to_float") {
    nn::resolve_options(type, {}, o);
    return data::to_float();
  }
  if (type == "resize") {
    auto r = nn::resolve_options(type, {required("height", T::Int), required("width", T::Int)}, o);
    return data::resize(r.i("height"), r.i("width"));
  }
  if (type == "normalize") {
    auto r =
        nn::resolve_options(type, {required("mean", T::Floats), required("std", T::Floats)}, o);
    std::vector<double> m = r.floats("mean"), s = r.floats("std");
    return data::normalize(std::vector<float>(m.begin(), m.end()),
                           std::vector<float>(s.begin(), s.end()));
  }
  if (type == "random_crop") {
    auto r = nn::resolve_options(type,
                                 {required("height", T::Int), required("width", T::Int),
                                  optional("padding", T::Int, int64_t{0})},
                                 o);
    return data::random_crop(r.i("height"), r.i("width"), r.i("padding"));
  }
  if (type == "random_horizontal_flip") {
    auto r = nn::resolve_options(type, {optional("p", T::Float, 0.5)}, o);
    return data::random_horizontal_flip(r.f("p"));
  }
  IGNIS_FAIL(InvalidArgument, fn, ": unknown transform type '", type,
             "'; known types: to_float, resize, normalize, random_crop, random_horizontal_flip");
}

ignis_status give(ignis_dataset** out, DatasetBox d) {
  *out = capi::box<ignis_dataset>(std::move(d));
  return IGNIS_OK;
}

}  // namespace

extern "C" {

IGNIS_API ignis_status ignis_dataset_from_tensors(const ignis_tensor* const* tensors, size_t n,
                                                  ignis_dataset** out) {
  constexpr const char* fn = "ignis_dataset_from_tensors";
  if (!out) return null_out(fn, "out");
  *out = nullptr;
  IGNIS_CAPI_TRY
  IGNIS_CHECK(n > 0, InvalidArgument, fn, ": expected at least one tensor but got none");
  return give(
      out, std::make_shared<data::TensorDataset>(capi::tensor_list_arg(fn, "tensors", tensors, n)));
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_dataset_fashion_mnist(const char* root, int32_t train,
                                                   ignis_dataset** out) {
  if (!out) return null_out("ignis_dataset_fashion_mnist", "out");
  *out = nullptr;
  IGNIS_CAPI_TRY
  std::string r = root ? root : data::FashionMNIST::kDebianRoot;
  return give(out, std::make_shared<data::FashionMNIST>(r, train != 0));
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_dataset_idx(const char* images_path, const char* labels_path,
                                         ignis_dataset** out) {
  constexpr const char* fn = "ignis_dataset_idx";
  if (!out) return null_out(fn, "out");
  *out = nullptr;
  IGNIS_CAPI_TRY
  std::string ip(capi::str_arg(fn, "images_path", images_path));
  std::string lp(capi::str_arg(fn, "labels_path", labels_path));
  Tensor images = data::read_idx(ip), labels = data::read_idx(lp);
  IGNIS_CHECK(images.dim() >= 1 && labels.dim() == 1, Shape, fn,
              ": expected images with at least 1 dim and 1-D labels but got ", images.dim(),
              "-D and ", labels.dim(), "-D");
  IGNIS_CHECK(images.size(0) == labels.size(0), Shape, fn, ": ", ip, " holds ", images.size(0),
              " images but ", lp, " holds ", labels.size(0), " labels");
  return give(out, std::make_shared<data::TensorDataset>(images, labels.to(DType::I64)));
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_dataset_csv(const char* path, const char* options_json,
                                         ignis_dataset** out) {
  constexpr const char* fn = "ignis_dataset_csv";
  if (!out) return null_out(fn, "out");
  *out = nullptr;
  IGNIS_CAPI_TRY
  std::string p(capi::str_arg(fn, "path", path));
  auto o = nn::resolve_options(fn,
                               {nn::required("label_column", T::String),
                                nn::optional("label_dtype", T::DType, std::string("int64")),
                                nn::optional("delimiter", T::String, std::string(","))},
                               capi::parse_options(fn, options_json));
  data::CsvOptions c;
  c.label_column = o.s("label_column");
  c.label_dtype = o.dtype("label_dtype");
  IGNIS_CHECK(c.label_dtype == DType::I64 || c.label_dtype == DType::F32, DType, fn,
              ": label_dtype must be int64 or float32 but got ", dtype_name(c.label_dtype));
  IGNIS_CHECK(o.s("delimiter").size() == 1, InvalidArgument, fn,
              ": delimiter must be one character but got \"", o.s("delimiter"), "\"");
  c.delimiter = o.s("delimiter")[0];
  return give(out, std::make_shared<data::CsvDataset>(p, c));
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_dataset_image_folder(const char* root, const char* transforms_json,
                                                  ignis_dataset** out) {
  constexpr const char* fn = "ignis_dataset_image_folder";
  if (!out) return null_out(fn, "out");
  *out = nullptr;
  IGNIS_CAPI_TRY
  std::string r(capi::str_arg(fn, "root", root));
  std::vector<data::Transform> ts;
  for (nn::OptionMap& o : capi::parse_option_list(fn, transforms_json))
    ts.push_back(make_transform(std::move(o), fn));
  data::Transform t = ts.empty() ? data::Transform() : data::compose(std::move(ts));
  return give(out, std::make_shared<data::ImageFolder>(r, t));
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_dataset_subset(const ignis_dataset* ds, const int64_t* indices,
                                            size_t n, ignis_dataset** out) {
  constexpr const char* fn = "ignis_dataset_subset";
  if (!out) return null_out(fn, "out");
  *out = nullptr;
  IGNIS_CAPI_TRY
  DatasetBox d = capi::unbox<DatasetBox>(ds, fn, "ds");
  IntArrayRef idx = capi::int_list_arg(fn, "indices", indices, n);
  for (size_t k = 0; k < n; ++k)
    IGNIS_CHECK(idx[k] >= 0 && idx[k] < d->size(), Index, fn, ": index ", idx[k], " (entry ", k,
                ") is out of range for a dataset of ", d->size(), " examples");
  return give(out, std::make_shared<data::Subset>(d, std::vector<int64_t>(idx.begin(), idx.end())));
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_dataset_random_split(const ignis_dataset* ds, const int64_t* lengths,
                                                  size_t n, uint64_t seed, ignis_dataset** out) {
  constexpr const char* fn = "ignis_dataset_random_split";
  if (n > 0 && !out) return null_out(fn, "out");
  for (size_t k = 0; k < n; ++k) out[k] = nullptr;
  IGNIS_CAPI_TRY
  DatasetBox d = capi::unbox<DatasetBox>(ds, fn, "ds");
  IntArrayRef ls = capi::int_list_arg(fn, "lengths", lengths, n);
  Generator gen(seed);
  auto parts = data::random_split(d, std::vector<int64_t>(ls.begin(), ls.end()), &gen);
  IGNIS_CHECK(parts.size() == n, Internal, fn, ": got ", parts.size(), " parts for ", n,
              " lengths");
  for (size_t k = 0; k < n; ++k) out[k] = capi::box<ignis_dataset>(DatasetBox(parts[k]));
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_dataset_from_callbacks(const ignis_dataset_callbacks* cb,
                                                    ignis_dataset** out) {
  constexpr const char* fn = "ignis_dataset_from_callbacks";
  if (!cb) return capi::set_error(IGNIS_ERROR_INVALID_ARGUMENT, std::string(fn) + ": cb is NULL");
  if (cb->struct_size < sizeof(ignis_dataset_callbacks))
    return capi::set_error(IGNIS_ERROR_INVALID_ARGUMENT,
                           std::string(fn) + ": cb->struct_size is " +
                               std::to_string(cb->struct_size) + ", expected at least " +
                               std::to_string(sizeof(ignis_dataset_callbacks)));
  // From here on the library owns user_data: the dataset's destructor runs destroy.
  std::shared_ptr<CallbackDataset> d;
  try {
    d = std::make_shared<CallbackDataset>(*cb);
  } catch (...) {
    if (cb->destroy) cb->destroy(cb->user_data);
    return capi::handle_exception();
  }
  if (!out) return null_out(fn, "out");
  *out = nullptr;
  IGNIS_CAPI_TRY
  IGNIS_CHECK(cb->get != nullptr, InvalidArgument, fn, ": cb->get is NULL");
  IGNIS_CHECK(cb->size >= 0, InvalidArgument, fn, ": cb->size must be >= 0 but got ", cb->size);
  return give(out, std::move(d));
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_dataset* ignis_dataset_retain(ignis_dataset* ds) {
  return capi::retain<DatasetBox>(ds);
}

IGNIS_API void ignis_dataset_release(ignis_dataset* ds) { capi::release<DatasetBox>(ds); }

IGNIS_API ignis_status ignis_dataset_size(const ignis_dataset* ds, int64_t* out) {
  if (!out) return null_out("ignis_dataset_size", "out");
  IGNIS_CAPI_TRY
  *out = ds_arg(ds, "ignis_dataset_size").size();
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_dataset_get(const ignis_dataset* ds, int64_t i, ignis_tensor*** out,
                                         size_t* count) {
  constexpr const char* fn = "ignis_dataset_get";
  if (!out) return null_out(fn, "out");
  if (!count) return null_out(fn, "count");
  *out = nullptr;
  *count = 0;
  IGNIS_CAPI_TRY
  const data::Dataset& d = ds_arg(ds, fn);
  data::check_index(i, d.size(), fn);
  capi::leak_list(d.get(i).tensors, out, count);
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_dataloader_create(ignis_dataset* ds, const char* options_json,
                                               ignis_dataloader** out) {
  constexpr const char* fn = "ignis_dataloader_create";
  if (!out) return null_out(fn, "out");
  *out = nullptr;
  IGNIS_CAPI_TRY
  auto h = std::make_shared<LoaderHandle>();
  h->dataset = capi::unbox<DatasetBox>(ds, fn, "ds");
  auto o = nn::resolve_options(
      "DataLoader",
      {nn::optional("batch_size", T::Int, int64_t{1}), nn::optional("shuffle", T::Bool, false),
       nn::optional("seed", T::Int, std::monostate{}), nn::optional("drop_last", T::Bool, false),
       nn::optional("num_workers", T::Int, int64_t{0}),
       nn::optional("prefetch_factor", T::Int, int64_t{2})},
      capi::parse_options(fn, options_json));
  data::DataLoaderOptions c;
  c.batch_size = o.i("batch_size");
  IGNIS_CHECK(c.batch_size >= 1, InvalidArgument, fn, ": batch_size must be >= 1 but got ",
              c.batch_size);
  int64_t workers = o.i("num_workers"), prefetch = o.i("prefetch_factor");
  IGNIS_CHECK(workers >= 0 && workers <= 256, InvalidArgument, fn,
              ": num_workers must be in [0, 256] but got ", workers);
  IGNIS_CHECK(prefetch >= 1 && prefetch <= 1024, InvalidArgument, fn,
              ": prefetch_factor must be in [1, 1024] but got ", prefetch);
  c.shuffle = o.b("shuffle");
  c.drop_last = o.b("drop_last");
  c.num_workers = static_cast<int>(workers);
  c.prefetch_factor = static_cast<int>(prefetch);
  if (!o.is_none("seed")) {
    h->generator = std::make_unique<Generator>(static_cast<uint64_t>(o.i("seed")));
    c.generator = h->generator.get();
  }
  h->loader = std::make_unique<data::DataLoader>(h->dataset, c);
  *out = capi::box<ignis_dataloader>(LoaderBox(h));
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_dataloader* ignis_dataloader_retain(ignis_dataloader* dl) {
  return capi::retain<LoaderBox>(dl);
}

IGNIS_API void ignis_dataloader_release(ignis_dataloader* dl) { capi::release<LoaderBox>(dl); }

IGNIS_API ignis_status ignis_dataloader_next(ignis_dataloader* dl, ignis_tensor*** batch,
                                             size_t* count) {
  constexpr const char* fn = "ignis_dataloader_next";
  if (!batch) return null_out(fn, "batch");
  if (!count) return null_out(fn, "count");
  *batch = nullptr;
  *count = 0;
  IGNIS_CAPI_TRY
  LoaderHandle& h = *capi::unbox<LoaderBox>(dl, fn, "dl");
  if (!h.in_epoch) {
    h.loader->reset();
    h.in_epoch = true;
  }
  std::optional<data::Example> b = h.loader->next();
  if (!b) {
    h.in_epoch = false;
    return IGNIS_OK;
  }
  capi::leak_list(std::move(b->tensors), batch, count);
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_dataloader_reset(ignis_dataloader* dl) {
  IGNIS_CAPI_TRY
  LoaderHandle& h = *capi::unbox<LoaderBox>(dl, "ignis_dataloader_reset", "dl");
  h.loader->reset();
  h.in_epoch = true;
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_dataloader_length(const ignis_dataloader* dl, int64_t* out) {
  if (!out) return null_out("ignis_dataloader_length", "out");
  IGNIS_CAPI_TRY
  *out = capi::unbox<LoaderBox>(dl, "ignis_dataloader_length", "dl")->loader->size();
  IGNIS_CAPI_CATCH
}

}  // extern "C"
