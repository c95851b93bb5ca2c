// IDX (plain, gzip, Fashion-MNIST), CSV and PNG image-folder readers, and image transforms.
#include <zlib.h>

#include <filesystem>
#include <set>

#include "data/csv.h"
#include "data/dataloader.h"
#include "data/idx.h"
#include "data/image_folder.h"
#include "data/transforms.h"
#include "data_test_util.h"
#include "ops/ops.gen.h"
#include "test_util.h"

namespace ignis::data {
namespace {

using test::expect_error;
using test::int_values;
using test::TempDir;
using test::values;

// An IDX file: magic 0x0000TTNN, big-endian dims, then the data as given.
std::string idx_bytes(uint8_t type, std::vector<uint32_t> dims, const std::string& data) {
  std::string s = {0, 0, static_cast<char>(type), static_cast<char>(dims.size())};
  for (uint32_t d : dims)
    for (int k = 3; k >= 0; --k) s.push_back(static_cast<char>(d >> (8 * k)));
  return s + data;
}

void write_gz(const std::string& path, const std::string& bytes) {
  gzFile f = gzopen(path.c_str(), "wb");
  ASSERT_NE(f, nullptr);
  gzwrite(f, bytes.data(), static_cast<unsigned>(bytes.size()));
  gzclose(f);
}

TEST(Idx, ReadsPlainAndGzipFiles) {
  TempDir dir;
  std::string u8 = idx_bytes(0x08, {2, 3}, std::string("\x01\x02\x03\x04\x05\xff", 6));
  test::write_file(dir / "a.idx", u8);
  write_gz(dir / "a.idx.gz", u8);
  for (const char* name : {"a.idx", "a.idx.gz"}) {
    Tensor t = read_idx(dir / name);
    EXPECT_EQ(t.dtype(), DType::U8);
    EXPECT_EQ(test::vec(t.sizes()), (std::vector<int64_t>{2, 3}));
    EXPECT_EQ(values(t), (std::vector<double>{1, 2, 3, 4, 5, 255}));
  }
  // Multi-byte elements are big-endian.
  test::write_file(dir / "i32.idx",
                   idx_bytes(0x0C, {2}, std::string("\x00\x00\x01\x02\xff\xff\xff\xfe", 8)));
  EXPECT_EQ(int_values(read_idx(dir / "i32.idx")), (std::vector<int64_t>{258, -2}));
}

TEST(Idx, CorruptFilesAreIOErrorsNamingTheFile) {
  TempDir dir;
  struct Case {
    const char* name;
    std::string bytes;
    const char* word;
  };
  std::vector<Case> cases = {
      {"bad_magic", std::string("\x08\x03\x00\x00", 4) + std::string(8, '\0'), "bad magic"},
      {"bad_type", idx_bytes(0x07, {1}, "x"), "bad magic"},
      {"short", std::string("\x00\x00", 2), "magic"},
      {"truncated_dims", idx_bytes(0x08, {2, 3}, "").substr(0, 9), "dimension"},
      {"truncated_data", idx_bytes(0x08, {2, 3}, "abc"), "truncated"},
      {"trailing", idx_bytes(0x08, {2}, "abc"), "trailing"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    std::string path = dir / c.name;
    test::write_file(path, c.bytes);
    expect_error<IOError>([&] { read_idx(path); }, {path, c.word});
    write_gz(path + ".gz", c.bytes);
    expect_error<IOError>([&] { read_idx(path + ".gz"); }, {path + ".gz", c.word});
  }
  // A gzip stream cut short.
  write_gz(dir / "cut.gz", idx_bytes(0x08, {1000}, std::string(1000, 'x')));
  std::string gz = test::read_file(dir / "cut.gz");
  test::write_file(dir / "cut.gz", gz.substr(0, gz.size() / 2));
  expect_error<IOError>([&] { read_idx(dir / "cut.gz"); }, {dir / "cut.gz"});
  expect_error<IOError>([&] { read_idx(dir / "missing.idx"); }, {"missing.idx", "no such file"});
}

// Small Fashion-MNIST-shaped files the test writes itself.
void write_fake_fashion(const TempDir& dir, int n, uint8_t bad_label = 0) {
  std::string pixels(static_cast<size_t>(n) * 28 * 28, '\0');
  for (size_t i = 0; i < pixels.size(); ++i) pixels[i] = static_cast<char>(i % 251);
  std::string labels;
  for (int i = 0; i < n; ++i) labels.push_back(static_cast<char>(i % 10));
  if (bad_label) labels[0] = static_cast<char>(bad_label);
  write_gz(dir / "t10k-images-idx3-ubyte.gz",
           idx_bytes(0x08, {static_cast<uint32_t>(n), 28, 28}, pixels));
  test::write_file(dir / "t10k-labels-idx1-ubyte",
                   idx_bytes(0x08, {static_cast<uint32_t>(n)}, labels));
}

TEST(FashionMNIST, ReadsSmallFilesAndChecksThem) {
  TempDir dir;
  write_fake_fashion(dir, 12);
  FashionMNIST ds(dir.path().string(), /*train=*/false);
  EXPECT_EQ(ds.size(), 12);
  Example e = ds.get(11);
  EXPECT_EQ(e.data().dtype(), DType::U8);
  EXPECT_EQ(test::vec(e.data().sizes()), (std::vector<int64_t>{28, 28}));
  EXPECT_EQ(e.target().dtype(), DType::I64);
  EXPECT_EQ(e.target().item<int64_t>(), 1);
  expect_error<IOError>([&] { FashionMNIST(dir.path().string(), /*train=*/true); },
                        {"FashionMNIST", "train-images-idx3-ubyte", "missing"});
  write_fake_fashion(dir, 12, /*bad_label=*/10);
  expect_error<IOError>([&] { FashionMNIST(dir.path().string(), false); },
                        {"t10k-labels-idx1-ubyte", "label 10", "out of range"});
}

TEST(FashionMNIST, ReadsDebiansDataset) {
  if (!std::filesystem::exists(std::string(FashionMNIST::kDebianRoot) +
                               "/t10k-images-idx3-ubyte.gz"))
    GTEST_SKIP() << "dataset-fashion-mnist is not installed";
  FashionMNIST test(FashionMNIST::kDebianRoot, /*train=*/false);
  EXPECT_EQ(test.size(), 10000);
  EXPECT_EQ(test.images().dtype(), DType::U8);
  EXPECT_EQ(test::vec(test.images().sizes()), (std::vector<int64_t>{10000, 28, 28}));
  // The t10k labels are balanced: 1000 per class.
  std::vector<int64_t> count(10);
  for (int64_t l : int_values(test.labels())) ++count[static_cast<size_t>(l)];
  for (int64_t c : count) EXPECT_EQ(c, 1000);
  EXPECT_EQ(test.get(0).target().item<int64_t>(), 9);  // the first test image is an ankle boot
  FashionMNIST train(FashionMNIST::kDebianRoot, /*train=*/true);
  EXPECT_EQ(train.size(), 60000);
  DataLoader loader(std::make_shared<FashionMNIST>(std::move(train)),
                    {.batch_size = 256, .shuffle = true, .num_workers = 2});
  auto it = loader.begin();
  EXPECT_EQ(test::vec(it->data().sizes()), (std::vector<int64_t>{256, 28, 28}));
}

TEST(Csv, ReadsFeaturesAndLabelByName) {
  TempDir dir;
  test::write_file(dir / "d.csv", "x1,label,\"x 2\"\r\n1.5,0,-2\r\n\n3,2,4e1\n\"5\",1,  6 \n");
  CsvDataset ds(dir / "d.csv", {.label_column = "label"});
  EXPECT_EQ(ds.feature_names(), (std::vector<std::string>{"x1", "x 2"}));
  EXPECT_EQ(ds.size(), 3);
  EXPECT_EQ(values(ds.features()), (std::vector<double>{1.5, -2, 3, 40, 5, 6}));
  EXPECT_EQ(ds.features().dtype(), DType::F32);
  EXPECT_EQ(int_values(ds.labels()), (std::vector<int64_t>{0, 2, 1}));
  CsvDataset reg(dir / "d.csv", {.label_column = "x1", .label_dtype = DType::F32});
  EXPECT_EQ(values(reg.labels()), (std::vector<double>{1.5, 3, 5}));
}

TEST(Csv, ErrorsNameTheFileLineAndColumn) {
  TempDir dir;
  test::write_file(dir / "a.csv", "a,b\n1,2\n3,x\n");
  expect_error<IOError>([&] { CsvDataset(dir / "a.csv", {.label_column = "b"}); },
                        {"a.csv:3", "column \"b\"", "\"x\""});
  test::write_file(dir / "b.csv", "a,b\n1,2,3\n");
  expect_error<IOError>([&] { CsvDataset(dir / "b.csv", {.label_column = "b"}); },
                        {"b.csv:2", "expected 2 fields but got 3"});
  expect_error<IOError>([&] { CsvDataset(dir / "b.csv", {.label_column = "zzz"}); },
                        {"b.csv", "no label column \"zzz\""});
  test::write_file(dir / "c.csv", "a,b\n1,2.5\n");
  expect_error<IOError>([&] { CsvDataset(dir / "c.csv", {.label_column = "b"}); },
                        {"c.csv:2", "not an integer"});
  expect_error<IOError>([&] { CsvDataset(dir / "none.csv", {.label_column = "b"}); },
                        {"cannot open", "none.csv"});
}

Tensor gradient_image(int64_t c, int64_t h, int64_t w) {
  std::vector<uint8_t> v(static_cast<size_t>(c * h * w));
  for (size_t i = 0; i < v.size(); ++i) v[i] = static_cast<uint8_t>(i * 37 % 256);
  return from_data(v.data(), {c, h, w}, DType::U8);
}

TEST(ImageFolder, ReadsClassFoldersOfPngs) {
  TempDir dir;
  for (const char* cls : {"dog", "cat"}) std::filesystem::create_directories(dir / cls);
  write_png(dir / "dog/b.png", gradient_image(3, 4, 5));
  write_png(dir / "dog/a.png", gradient_image(3, 4, 5));
  write_png(dir / "cat/z.png", gradient_image(1, 4, 5));
  test::write_file(dir / "cat/notes.txt", "not an image");
  ImageFolder ds(dir.path().string());
  EXPECT_EQ(ds.classes(), (std::vector<std::string>{"cat", "dog"}));
  ASSERT_EQ(ds.size(), 3);
  EXPECT_EQ(ds.label(0), 0);
  EXPECT_NE(ds.path(1).find("a.png"), std::string::npos);
  Example color = ds.get(1);
  EXPECT_EQ(color.target().item<int64_t>(), 1);
  EXPECT_EQ(color.data().dtype(), DType::U8);
  EXPECT_EQ(test::vec(color.data().sizes()), (std::vector<int64_t>{3, 4, 5}));
  EXPECT_EQ(values(color.data()), values(gradient_image(3, 4, 5)));
  EXPECT_EQ(test::vec(ds.get(0).data().sizes()), (std::vector<int64_t>{1, 4, 5}));
  // With a transform pipeline, batches of a DataLoader.
  ImageFolder t(dir.path().string(),
                compose({to_float(), resize(8, 8), normalize({0.5f}, {0.25f})}));
  EXPECT_EQ(test::vec(t.get(2).data().sizes()), (std::vector<int64_t>{3, 8, 8}));
  DataLoader loader(std::make_shared<ImageFolder>(t), {.batch_size = 1, .num_workers = 2});
  std::vector<int64_t> labels;
  for (const Example& b : loader) {
    EXPECT_EQ(b.data().size(0), 1);
    EXPECT_EQ(b.data().size(2), 8);
    labels.push_back(b.target().item<int64_t>());
  }
  EXPECT_EQ(labels, (std::vector<int64_t>{0, 1, 1}));
}

TEST(ImageFolder, BadFilesAreIOErrors) {
  TempDir dir;
  std::filesystem::create_directories(dir / "c");
  test::write_file(dir / "c/broken.png", "\x89PNG not really");
  ImageFolder ds(dir.path().string());
  expect_error<IOError>([&] { ds.get(0); }, {"read_png", "broken.png"});
  expect_error<IOError>([&] { read_png(dir / "c/missing.png"); }, {"missing.png"});
  expect_error<IOError>([&] { ImageFolder(dir / "nope"); }, {"ImageFolder", "nope"});
}

TEST(Transforms, ResizeMatchesBilinearHalfPixel) {
  // torch.nn.functional.interpolate([[0, 1], [2, 3]], size=(4, 4), mode="bilinear",
  // align_corners=False)
  Tensor img = tensor<float>({0, 1, 2, 3}).reshape({1, 2, 2});
  std::vector<double> expect = {0,   0.25, 0.75, 1,   0.5, 0.75, 1.25, 1.5,
                                1.5, 1.75, 2.25, 2.5, 2,   2.25, 2.75, 3};
  std::vector<double> got = values(resize(4, 4)(img));
  ASSERT_EQ(got.size(), expect.size());
  for (size_t i = 0; i < got.size(); ++i) EXPECT_NEAR(got[i], expect[i], 1e-6) << i;
  EXPECT_EQ(values(resize(2, 2)(img)), values(img));
}

TEST(Transforms, NormalizeToFloatCropAndFlip) {
  Tensor img = tensor<uint8_t>({0, 255, 51, 102}).reshape({1, 2, 2});
  EXPECT_EQ(values(to_float()(img)), (std::vector<double>{0, 1, 0.2f, 0.4f}));
  Tensor two = tensor<float>({1, 2, 3, 4}).reshape({2, 1, 2});
  EXPECT_EQ(values(normalize({1, 2}, {1, 0.5})(two)), (std::vector<double>{0, 1, 2, 4}));
  expect_error<ShapeError>([&] { normalize({1, 2, 3}, {1, 1, 1})(two); }, {"normalize", "2"});
  // Flip with p = 1 always mirrors; p = 0 never does.
  EXPECT_EQ(values(random_horizontal_flip(1.0)(two)), (std::vector<double>{2, 1, 4, 3}));
  EXPECT_EQ(values(random_horizontal_flip(0.0)(two)), values(two));
  // Cropping the full padded size keeps a zero border around the image.
  Tensor pad = random_crop(4, 4, 1)(tensor<float>({1, 2, 3, 4}).reshape({1, 2, 2}));
  EXPECT_EQ(values(pad), (std::vector<double>{0, 0, 0, 0, 0, 1, 2, 0, 0, 3, 4, 0, 0, 0, 0, 0}));
  // Seeded: the same generator seed gives the same crops and flips.
  Tensor big = arange(64, {.dtype = DType::F32}).reshape({1, 8, 8});
  Generator g1(5), g2(5);
  Transform a = compose({random_crop(5, 5, 2, &g1), random_horizontal_flip(0.5, &g1)});
  Transform b = compose({random_crop(5, 5, 2, &g2), random_horizontal_flip(0.5, &g2)});
  std::set<std::vector<double>> seen;
  for (int i = 0; i < 10; ++i) {
    std::vector<double> va = values(a(big));
    EXPECT_EQ(va, values(b(big)));
    seen.insert(va);
  }
  EXPECT_GT(seen.size(), 1u);
  expect_error<ShapeError>([&] { random_crop(9, 9)(big); }, {"random_crop", "larger"});
}

}  // namespace
}  // namespace ignis::data
