// tests capi/src/data.cpp through libignis.so: datasets over tensors, IDX, CSV, PNG folders,
// callbacks, subsets and splits; loaders (batching, end of epoch, drop_last, seeded shuffling,
// workers) and the errors of each, with files written here.
#include <algorithm>
#include <numeric>
#include <set>

#include "capi_test_util.h"

using namespace capi_test;

namespace {

ignis_tensor* make_i64(const std::vector<int64_t>& v, const std::vector<int64_t>& shape) {
  ignis_tensor* t = nullptr;
  EXPECT_EQ(ignis_tensor_from_data(v.data(), v.size() * sizeof(int64_t), shape.data(), shape.size(),
                                   IGNIS_INT64, &t),
            IGNIS_OK);
  return t;
}

std::vector<int64_t> values_i64(const ignis_tensor* t) {
  std::vector<int64_t> v(static_cast<size_t>(ignis_tensor_numel(t)));
  EXPECT_EQ(ignis_tensor_copy_to(t, v.data(), v.size() * sizeof(int64_t)), IGNIS_OK)
      << last_error();
  return v;
}

// A dataset of n examples (x = [i, 10 i] float, y = i int64).
ignis_dataset* counting_dataset(int64_t n) {
  std::vector<float> xs;
  std::vector<int64_t> ys;
  for (int64_t i = 0; i < n; ++i) {
    xs.insert(xs.end(), {static_cast<float>(i), static_cast<float>(10 * i)});
    ys.push_back(i);
  }
  Owned x(make_f32(xs, {n, 2})), y(make_i64(ys, {n}));
  const ignis_tensor* ts[2] = {x, y};
  ignis_dataset* ds = nullptr;
  EXPECT_EQ(ignis_dataset_from_tensors(ts, 2, &ds), IGNIS_OK) << last_error();
  return ds;
}

ignis_dataloader* make_loader(ignis_dataset* ds, const char* json) {
  ignis_dataloader* dl = nullptr;
  EXPECT_EQ(ignis_dataloader_create(ds, json, &dl), IGNIS_OK) << last_error();
  return dl;
}

// The labels of every batch of one epoch, batch by batch (reads up to the end signal).
std::vector<std::vector<int64_t>> epoch_labels(ignis_dataloader* dl) {
  std::vector<std::vector<int64_t>> out;
  for (;;) {
    ignis_tensor** batch = nullptr;
    size_t n = 0;
    EXPECT_EQ(ignis_dataloader_next(dl, &batch, &n), IGNIS_OK) << last_error();
    if (!batch) {
      EXPECT_EQ(n, 0u);
      return out;
    }
    EXPECT_EQ(n, 2u);
    out.push_back(values_i64(batch[1]));
    ignis_tensor_array_free(batch, n);
  }
}

std::string be32(uint32_t v) {
  return {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8),
          static_cast<char>(v)};
}

// An IDX file of uint8 data with the given dims.
std::string idx_u8(const std::vector<uint32_t>& dims, const std::vector<uint8_t>& data) {
  std::string s{0, 0, 0x08, static_cast<char>(dims.size())};
  for (uint32_t d : dims) s += be32(d);
  return s + std::string(data.begin(), data.end());
}

uint32_t crc32(const std::string& bytes) {
  uint32_t c = 0xFFFFFFFFu;
  for (unsigned char b : bytes) {
    c ^= b;
    for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
  }
  return c ^ 0xFFFFFFFFu;
}

// A minimal 8-bit grayscale PNG: IDAT is a zlib stream of one stored (uncompressed) block.
std::string png_gray(int w, int h, uint8_t value) {
  std::string raw;
  for (int y = 0; y < h; ++y) {
    raw += '\0';  // filter: none
    raw += std::string(static_cast<size_t>(w), static_cast<char>(value));
  }
  uint32_t a = 1, b = 0;
  for (unsigned char c : raw) {
    a = (a + c) % 65521;
    b = (b + a) % 65521;
  }
  uint16_t len = static_cast<uint16_t>(raw.size());
  std::string z{0x78,
                0x01,
                0x01,
                static_cast<char>(len & 0xFF),
                static_cast<char>(len >> 8),
                static_cast<char>(~len & 0xFF),
                static_cast<char>((~len >> 8) & 0xFF)};
  z += raw + be32((b << 16) | a);
  auto chunk = [](const std::string& type, const std::string& data) {
    return be32(static_cast<uint32_t>(data.size())) + type + data + be32(crc32(type + data));
  };
  std::string ihdr =
      be32(static_cast<uint32_t>(w)) + be32(static_cast<uint32_t>(h)) + std::string{8, 0, 0, 0, 0};
  return std::string("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr) + chunk("IDAT", z) +
         chunk("IEND", "");
}

}  // namespace

TEST(CApiData, TensorDatasetSizeGetAndErrors) {
  OwnedDataset ds(counting_dataset(5));
  int64_t n = 0;
  ASSERT_EQ(ignis_dataset_size(ds, &n), IGNIS_OK);
  EXPECT_EQ(n, 5);
  ignis_tensor** ex = nullptr;
  size_t count = 0;
  ASSERT_EQ(ignis_dataset_get(ds, 3, &ex, &count), IGNIS_OK);
  ASSERT_EQ(count, 2u);
  EXPECT_EQ(values_f32(ex[0]), (std::vector<float>{3, 30}));
  EXPECT_EQ(values_i64(ex[1]), (std::vector<int64_t>{3}));
  ignis_tensor_array_free(ex, count);
  EXPECT_EQ(ignis_dataset_get(ds, 5, &ex, &count), IGNIS_ERROR_INDEX);
  EXPECT_NE(last_error().find("5"), std::string::npos);
  EXPECT_EQ(ex, nullptr);
  EXPECT_EQ(ignis_dataset_get(ds, -1, &ex, &count), IGNIS_ERROR_INDEX);
  EXPECT_EQ(ignis_dataset_get(nullptr, 0, &ex, &count), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("argument 'ds' is NULL"), std::string::npos);
  Owned a(make_f32({1, 2, 3}, {3})), b(make_f32({1, 2}, {2}));
  const ignis_tensor* mismatched[2] = {a, b};
  ignis_dataset* bad = nullptr;
  EXPECT_NE(ignis_dataset_from_tensors(mismatched, 2, &bad), IGNIS_OK);
  EXPECT_NE(last_error().find("TensorDataset"), std::string::npos) << last_error();
  EXPECT_EQ(ignis_dataset_from_tensors(mismatched, 0, &bad), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(bad, nullptr);
  ignis_dataset_release(nullptr);
  EXPECT_EQ(ignis_dataset_retain(nullptr), nullptr);
}

TEST(CApiData, LoaderBatchesSignalsEpochEndsAndDropsLast) {
  OwnedDataset ds(counting_dataset(10));
  OwnedLoader dl(make_loader(ds, R"({"batch_size": 3})"));
  int64_t len = 0;
  ASSERT_EQ(ignis_dataloader_length(dl, &len), IGNIS_OK);
  EXPECT_EQ(len, 4);
  auto e1 = epoch_labels(dl);
  EXPECT_EQ(e1, (std::vector<std::vector<int64_t>>{{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {9}}));
  EXPECT_EQ(epoch_labels(dl), e1);  // the call after the end starts the next epoch
  // reset abandons the epoch midway.
  ignis_tensor** batch = nullptr;
  size_t n = 0;
  ASSERT_EQ(ignis_dataloader_next(dl, &batch, &n), IGNIS_OK);
  ignis_tensor_array_free(batch, n);
  ASSERT_EQ(ignis_dataloader_reset(dl), IGNIS_OK);
  EXPECT_EQ(epoch_labels(dl).size(), 4u);
  // A batch stacks the examples: (3, 2) features.
  ASSERT_EQ(ignis_dataloader_next(dl, &batch, &n), IGNIS_OK);
  EXPECT_EQ(shape_of(batch[0]), (std::vector<int64_t>{3, 2}));
  ignis_tensor_array_free(batch, n);

  OwnedLoader dropping(make_loader(ds, R"({"batch_size": 3, "drop_last": true})"));
  ASSERT_EQ(ignis_dataloader_length(dropping, &len), IGNIS_OK);
  EXPECT_EQ(len, 3);
  EXPECT_EQ(epoch_labels(dropping).size(), 3u);
}

TEST(CApiData, SeededShufflingIsReproducibleWithAndWithoutWorkers) {
  OwnedDataset ds(counting_dataset(20));
  OwnedLoader a(make_loader(ds, R"({"batch_size": 4, "shuffle": true, "seed": 7})"));
  OwnedLoader b(make_loader(ds, R"({"batch_size": 4, "shuffle": true, "seed": 7, "num_workers": 2,
              "prefetch_factor": 3})"));
  auto ea = epoch_labels(a), eb = epoch_labels(b);
  EXPECT_EQ(ea, eb);
  std::vector<int64_t> all;
  for (auto& batch : ea) all.insert(all.end(), batch.begin(), batch.end());
  std::vector<int64_t> sorted = all;
  std::sort(sorted.begin(), sorted.end());
  std::vector<int64_t> want(20);
  std::iota(want.begin(), want.end(), 0);
  EXPECT_EQ(sorted, want);  // every example once
  EXPECT_NE(all, want);     // and shuffled
  auto a2 = epoch_labels(a), b2 = epoch_labels(b);
  EXPECT_NE(a2, ea);  // a new order each epoch
  EXPECT_EQ(a2, b2);
}

TEST(CApiData, LoaderOptionErrors) {
  OwnedDataset ds(counting_dataset(4));
  ignis_dataloader* dl = nullptr;
  EXPECT_EQ(ignis_dataloader_create(ds, R"({"batch": 2})", &dl), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_TRUE(contains_all(last_error(), {"DataLoader: unknown option 'batch'", "batch_size"}));
  EXPECT_EQ(ignis_dataloader_create(ds, R"({"batch_size": 0})", &dl), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("batch_size must be >= 1 but got 0"), std::string::npos);
  EXPECT_EQ(ignis_dataloader_create(ds, R"({"num_workers": -1})", &dl),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(ignis_dataloader_create(ds, R"({"shuffle": 1})", &dl), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("option 'shuffle' must be bool but got int 1"), std::string::npos);
  EXPECT_EQ(ignis_dataloader_create(nullptr, nullptr, &dl), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(dl, nullptr);
  ignis_tensor** batch = nullptr;
  size_t n = 0;
  EXPECT_EQ(ignis_dataloader_next(nullptr, &batch, &n), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(ignis_dataloader_next(dl, nullptr, &n), IGNIS_ERROR_INVALID_ARGUMENT);
  ignis_dataloader_release(nullptr);
}

TEST(CApiData, SubsetAndRandomSplit) {
  OwnedDataset ds(counting_dataset(10));
  int64_t idx[3] = {7, 2, 7};
  OwnedDataset sub;
  ASSERT_EQ(ignis_dataset_subset(ds, idx, 3, sub.out()), IGNIS_OK);
  OwnedLoader dl(make_loader(sub, R"({"batch_size": 3})"));
  EXPECT_EQ(epoch_labels(dl), (std::vector<std::vector<int64_t>>{{7, 2, 7}}));
  int64_t bad_idx[1] = {10};
  ignis_dataset* bad = nullptr;
  EXPECT_EQ(ignis_dataset_subset(ds, bad_idx, 1, &bad), IGNIS_ERROR_INDEX);
  EXPECT_NE(last_error().find("index 10 (entry 0) is out of range for a dataset of 10"),
            std::string::npos);

  int64_t lengths[2] = {7, 3};
  ignis_dataset* parts[2] = {};
  ASSERT_EQ(ignis_dataset_random_split(ds, lengths, 2, 42, parts), IGNIS_OK) << last_error();
  std::set<int64_t> seen;
  for (int k = 0; k < 2; ++k) {
    int64_t n = 0;
    ASSERT_EQ(ignis_dataset_size(parts[k], &n), IGNIS_OK);
    EXPECT_EQ(n, lengths[k]);
    for (int64_t i = 0; i < n; ++i) {
      ignis_tensor** ex = nullptr;
      size_t c = 0;
      ASSERT_EQ(ignis_dataset_get(parts[k], i, &ex, &c), IGNIS_OK);
      seen.insert(values_i64(ex[1])[0]);
      ignis_tensor_array_free(ex, c);
    }
  }
  EXPECT_EQ(seen.size(), 10u);
  // The same seed gives the same split.
  ignis_dataset* again[2] = {};
  ASSERT_EQ(ignis_dataset_random_split(ds, lengths, 2, 42, again), IGNIS_OK);
  ignis_tensor** e1 = nullptr;
  ignis_tensor** e2 = nullptr;
  size_t c1 = 0, c2 = 0;
  ASSERT_EQ(ignis_dataset_get(parts[0], 0, &e1, &c1), IGNIS_OK);
  ASSERT_EQ(ignis_dataset_get(again[0], 0, &e2, &c2), IGNIS_OK);
  EXPECT_EQ(values_i64(e1[1]), values_i64(e2[1]));
  ignis_tensor_array_free(e1, c1);
  ignis_tensor_array_free(e2, c2);
  for (int k = 0; k < 2; ++k) {
    ignis_dataset_release(parts[k]);
    ignis_dataset_release(again[k]);
  }
  int64_t wrong[2] = {5, 3};
  EXPECT_EQ(ignis_dataset_random_split(ds, wrong, 2, 1, parts), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(parts[0], nullptr);
  EXPECT_NE(last_error().find("10"), std::string::npos) << last_error();
}

TEST(CApiData, IdxFilesAndTheirErrors) {
  TempDir dir;
  std::vector<uint8_t> pixels(3 * 2 * 2);
  std::iota(pixels.begin(), pixels.end(), 0);
  write_file(dir.file("images.idx"), idx_u8({3, 2, 2}, pixels));
  write_file(dir.file("labels.idx"), idx_u8({3}, {4, 5, 6}));
  write_file(dir.file("labels2.idx"), idx_u8({2}, {4, 5}));
  OwnedDataset ds;
  ASSERT_EQ(
      ignis_dataset_idx(dir.file("images.idx").c_str(), dir.file("labels.idx").c_str(), ds.out()),
      IGNIS_OK)
      << last_error();
  ignis_tensor** ex = nullptr;
  size_t c = 0;
  ASSERT_EQ(ignis_dataset_get(ds, 2, &ex, &c), IGNIS_OK);
  ignis_dtype dt;
  ASSERT_EQ(ignis_tensor_dtype(ex[0], &dt), IGNIS_OK);
  EXPECT_EQ(dt, IGNIS_UINT8);
  EXPECT_EQ(shape_of(ex[0]), (std::vector<int64_t>{2, 2}));
  EXPECT_EQ(values_i64(ex[1]), (std::vector<int64_t>{6}));
  ignis_tensor_array_free(ex, c);
  ignis_dataset* bad = nullptr;
  EXPECT_EQ(
      ignis_dataset_idx(dir.file("images.idx").c_str(), dir.file("labels2.idx").c_str(), &bad),
      IGNIS_ERROR_SHAPE);
  EXPECT_NE(last_error().find("holds 3 images but"), std::string::npos) << last_error();
  EXPECT_EQ(ignis_dataset_idx(dir.file("nope.idx").c_str(), dir.file("labels.idx").c_str(), &bad),
            IGNIS_ERROR_IO);
  EXPECT_NE(last_error().find("nope.idx"), std::string::npos);
  std::string truncated = idx_u8({3, 2, 2}, pixels);
  write_file(dir.file("short.idx"), truncated.substr(0, truncated.size() - 1));
  EXPECT_EQ(ignis_dataset_idx(dir.file("short.idx").c_str(), dir.file("labels.idx").c_str(), &bad),
            IGNIS_ERROR_IO);
  EXPECT_NE(last_error().find("short.idx"), std::string::npos);
  EXPECT_EQ(ignis_dataset_fashion_mnist(dir.path().c_str(), 1, &bad), IGNIS_ERROR_IO);
  EXPECT_EQ(bad, nullptr);
}

TEST(CApiData, FashionMnistFromDebiansPackage) {
  ignis_dataset* ds = nullptr;
  if (ignis_dataset_fashion_mnist(nullptr, 0, &ds) != IGNIS_OK)
    GTEST_SKIP() << "dataset-fashion-mnist not installed: " << last_error();
  OwnedDataset test(ds);
  int64_t n = 0;
  ASSERT_EQ(ignis_dataset_size(test, &n), IGNIS_OK);
  EXPECT_EQ(n, 10000);
  ignis_tensor** ex = nullptr;
  size_t c = 0;
  ASSERT_EQ(ignis_dataset_get(test, 0, &ex, &c), IGNIS_OK);
  EXPECT_EQ(shape_of(ex[0]), (std::vector<int64_t>{28, 28}));
  EXPECT_EQ(values_i64(ex[1]), (std::vector<int64_t>{9}));  // the first test image: ankle boot
  ignis_tensor_array_free(ex, c);
}

TEST(CApiData, CsvFiles) {
  TempDir dir;
  write_file(dir.file("d.csv"), "a,label,b\n1,0,2\n3,1,4.5\n");
  OwnedDataset ds;
  ASSERT_EQ(ignis_dataset_csv(dir.file("d.csv").c_str(), R"({"label_column": "label"})", ds.out()),
            IGNIS_OK)
      << last_error();
  ignis_tensor** ex = nullptr;
  size_t c = 0;
  ASSERT_EQ(ignis_dataset_get(ds, 1, &ex, &c), IGNIS_OK);
  EXPECT_EQ(values_f32(ex[0]), (std::vector<float>{3, 4.5f}));
  EXPECT_EQ(values_i64(ex[1]), (std::vector<int64_t>{1}));
  ignis_tensor_array_free(ex, c);
  ignis_dataset* bad = nullptr;
  EXPECT_EQ(ignis_dataset_csv(dir.file("d.csv").c_str(), R"({"label_column": "y"})", &bad),
            IGNIS_ERROR_IO);
  EXPECT_NE(last_error().find("y"), std::string::npos);
  EXPECT_EQ(ignis_dataset_csv(dir.file("d.csv").c_str(), "{}", &bad), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("missing required option 'label_column'"), std::string::npos);
  EXPECT_EQ(ignis_dataset_csv(dir.file("d.csv").c_str(),
                              R"({"label_column": "label", "label_dtype": "int8"})", &bad),
            IGNIS_ERROR_DTYPE);
  EXPECT_EQ(ignis_dataset_csv(dir.file("d.csv").c_str(),
                              R"({"label_column": "label", "delimiter": ";;"})", &bad),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(ignis_dataset_csv(dir.file("none.csv").c_str(), R"({"label_column": "label"})", &bad),
            IGNIS_ERROR_IO);
}

TEST(CApiData, ImageFolderWithTransforms) {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "cat");
  std::filesystem::create_directories(dir.path() / "dog");
  write_file(dir.file("cat/a.png"), png_gray(4, 3, 255));
  write_file(dir.file("dog/b.png"), png_gray(4, 3, 0));
  OwnedDataset ds;
  ASSERT_EQ(ignis_dataset_image_folder(
                dir.path().c_str(),
                R"([{"type": "to_float"}, {"type": "resize", "height": 2, "width": 2},
                    {"type": "normalize", "mean": [0.5], "std": [0.5]}])",
                ds.out()),
            IGNIS_OK)
      << last_error();
  int64_t n = 0;
  ASSERT_EQ(ignis_dataset_size(ds, &n), IGNIS_OK);
  EXPECT_EQ(n, 2);
  ignis_tensor** ex = nullptr;
  size_t c = 0;
  ASSERT_EQ(ignis_dataset_get(ds, 0, &ex, &c), IGNIS_OK) << last_error();
  EXPECT_EQ(shape_of(ex[0]), (std::vector<int64_t>{1, 2, 2}));
  EXPECT_EQ(values_f32(ex[0]), (std::vector<float>{1, 1, 1, 1}));  // (1 - 0.5) / 0.5
  EXPECT_EQ(values_i64(ex[1]), (std::vector<int64_t>{0}));
  ignis_tensor_array_free(ex, c);
  ASSERT_EQ(ignis_dataset_get(ds, 1, &ex, &c), IGNIS_OK);
  EXPECT_EQ(values_f32(ex[0]), (std::vector<float>{-1, -1, -1, -1}));
  EXPECT_EQ(values_i64(ex[1]), (std::vector<int64_t>{1}));
  ignis_tensor_array_free(ex, c);

  OwnedDataset raw;
  ASSERT_EQ(ignis_dataset_image_folder(dir.path().c_str(), nullptr, raw.out()), IGNIS_OK);
  ASSERT_EQ(ignis_dataset_get(raw, 0, &ex, &c), IGNIS_OK);
  ignis_dtype dt;
  ASSERT_EQ(ignis_tensor_dtype(ex[0], &dt), IGNIS_OK);
  EXPECT_EQ(dt, IGNIS_UINT8);
  EXPECT_EQ(shape_of(ex[0]), (std::vector<int64_t>{1, 3, 4}));
  ignis_tensor_array_free(ex, c);

  ignis_dataset* bad = nullptr;
  const char* root = dir.path().c_str();
  EXPECT_EQ(ignis_dataset_image_folder(root, R"([{"type": "blur"}])", &bad),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_TRUE(contains_all(last_error(), {"unknown transform type 'blur'", "random_crop"}));
  EXPECT_EQ(ignis_dataset_image_folder(root, R"([{"type": "resize", "height": 2}])", &bad),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("resize: missing required option 'width'"), std::string::npos);
  EXPECT_EQ(ignis_dataset_image_folder(root, R"({"type": "to_float"})", &bad),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("expected a JSON array"), std::string::npos);
  EXPECT_EQ(ignis_dataset_image_folder(root, R"([{"height": 2}])", &bad),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(ignis_dataset_image_folder(dir.file("missing").c_str(), nullptr, &bad), IGNIS_ERROR_IO);
  // A corrupt PNG is an I/O error naming the file when the example is read.
  write_file(dir.file("dog/c.png"), "\x89PNG garbage");
  OwnedDataset with_corrupt;
  ASSERT_EQ(ignis_dataset_image_folder(root, nullptr, with_corrupt.out()), IGNIS_OK);
  EXPECT_EQ(ignis_dataset_get(with_corrupt, 2, &ex, &c), IGNIS_ERROR_IO);
  EXPECT_NE(last_error().find("c.png"), std::string::npos) << last_error();
}

namespace {
struct CallbackState {
  std::atomic<int> gets{0};
  int destroyed = 0;
  int64_t fail_at = -1;
};
ignis_status get_example(int64_t index, ignis_tensor** ts, size_t capacity, size_t* count,
                         void* ud) {
  auto* st = static_cast<CallbackState*>(ud);
  ++st->gets;
  if (index == st->fail_at) return ignis_set_last_error(IGNIS_ERROR_IO, "example 3 is unreadable");
  if (capacity < 2) return ignis_set_last_error(IGNIS_ERROR_INTERNAL, "capacity too small");
  float x = static_cast<float>(index) * 2;
  int64_t shape[1] = {1};
  ignis_tensor_from_data(&x, sizeof x, shape, 1, IGNIS_FLOAT32, &ts[0]);
  ignis_tensor_from_data(&index, sizeof index, nullptr, 0, IGNIS_INT64, &ts[1]);
  *count = 2;
  return IGNIS_OK;
}
void destroy_state(void* ud) { ++static_cast<CallbackState*>(ud)->destroyed; }
}  // namespace

TEST(CApiData, CallbackDatasetsFeedLoadersAndReportErrors) {
  CallbackState st;
  ignis_dataset_callbacks cb{sizeof(ignis_dataset_callbacks), 6, get_example, &st, destroy_state};
  ignis_dataset* ds = nullptr;
  ASSERT_EQ(ignis_dataset_from_callbacks(&cb, &ds), IGNIS_OK) << last_error();
  {
    OwnedLoader dl(make_loader(ds, R"({"batch_size": 2, "num_workers": 2})"));
    auto labels = epoch_labels(dl);
    EXPECT_EQ(labels, (std::vector<std::vector<int64_t>>{{0, 1}, {2, 3}, {4, 5}}));
    EXPECT_EQ(st.gets.load(), 6);
    // The callback's error reaches the consumer with its status and message.
    st.fail_at = 3;
    ignis_tensor** batch = nullptr;
    size_t n = 0;
    ASSERT_EQ(ignis_dataloader_next(dl, &batch, &n), IGNIS_OK);
    ignis_tensor_array_free(batch, n);
    EXPECT_EQ(ignis_dataloader_next(dl, &batch, &n), IGNIS_ERROR_IO);
    EXPECT_EQ(last_error(), "example 3 is unreadable");
    EXPECT_EQ(batch, nullptr);
  }
  ignis_dataset_release(ds);  // the loader was the other owner
  EXPECT_EQ(st.destroyed, 1);
  // destroy runs when creation fails too; a small struct_size is refused.
  ignis_dataset_callbacks no_get{sizeof(ignis_dataset_callbacks), 1, nullptr, &st, destroy_state};
  EXPECT_EQ(ignis_dataset_from_callbacks(&no_get, &ds), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(st.destroyed, 2);
  ignis_dataset_callbacks small{8, 1, get_example, &st, destroy_state};
  EXPECT_EQ(ignis_dataset_from_callbacks(&small, &ds), IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(last_error().find("struct_size"), std::string::npos);
  EXPECT_EQ(ignis_dataset_from_callbacks(nullptr, &ds), IGNIS_ERROR_INVALID_ARGUMENT);
}
