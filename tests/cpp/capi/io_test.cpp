// tests capi/src/io.cpp through libignis.so: safetensors save/load of named tensors with
// metadata, the file layout, and errors naming the file.
#include <cstring>

#include "capi_test_util.h"

using namespace capi_test;

namespace {
std::string temp_path(const char* name) {
  return (std::filesystem::temp_directory_path() /
          (std::string("ignis_io_test_") + std::to_string(getpid()) + "_" + name))
      .string();
}
}  // namespace

TEST(CApiIo, SafetensorsRoundTripWithMetadata) {
  std::string path = temp_path("rt.safetensors");
  Owned a(make_f32({1, 2, 3, 4, 5, 6}, {2, 3})), b(make_f32({7}, {1})), at;
  ASSERT_EQ(ignis_tensor_transpose(a, 0, 1, at.out()), IGNIS_OK);  // strided: stored row-major
  const char* names[] = {"w.t", "b"};
  const ignis_tensor* ts[] = {at, b};
  const char* keys[] = {"format"};
  const char* vals[] = {"pt"};
  ASSERT_EQ(ignis_safetensors_save(path.c_str(), names, ts, 2, keys, vals, 1), IGNIS_OK)
      << last_error();
  // The layout: an 8-byte little-endian header length, then the JSON header.
  std::ifstream f(path, std::ios::binary);
  uint64_t n = 0;
  f.read(reinterpret_cast<char*>(&n), 8);
  std::string header(n, '\0');
  f.read(header.data(), static_cast<std::streamsize>(n));
  EXPECT_TRUE(contains_all(header, {"\"w.t\"", "\"F32\"", "[3,2]", "\"format\":\"pt\""})) << header;

  char** out_names = nullptr;
  ignis_tensor** out = nullptr;
  size_t count = 0;
  char **mk = nullptr, **mv = nullptr;
  size_t nm = 0;
  ASSERT_EQ(ignis_safetensors_load(path.c_str(), &out_names, &out, &count, &mk, &mv, &nm), IGNIS_OK)
      << last_error();
  ASSERT_EQ(count, 2u);
  EXPECT_STREQ(out_names[0], "b");  // sorted
  EXPECT_STREQ(out_names[1], "w.t");
  EXPECT_EQ(values_f32(out[1]), (std::vector<float>{1, 4, 2, 5, 3, 6}));
  ASSERT_EQ(nm, 1u);
  EXPECT_STREQ(mk[0], "format");
  EXPECT_STREQ(mv[0], "pt");
  ignis_string_array_free(out_names, count);
  ignis_tensor_array_free(out, count);
  ignis_string_array_free(mk, nm);
  ignis_string_array_free(mv, nm);
  // Metadata may be skipped.
  ASSERT_EQ(
      ignis_safetensors_load(path.c_str(), &out_names, &out, &count, nullptr, nullptr, nullptr),
      IGNIS_OK);
  ignis_string_array_free(out_names, count);
  ignis_tensor_array_free(out, count);
  std::filesystem::remove(path);
}

TEST(CApiIo, Errors) {
  std::string path = temp_path("err.safetensors");
  Owned a(make_f32({1}, {1}));
  const char* dup[] = {"x", "x"};
  const ignis_tensor* ts[] = {a, a};
  EXPECT_EQ(ignis_safetensors_save(path.c_str(), dup, ts, 2, nullptr, nullptr, 0),
            IGNIS_ERROR_INVALID_ARGUMENT);
  EXPECT_TRUE(contains_all(last_error(), {"'x'", "more than once"})) << last_error();
  const char* meta_name[] = {"__metadata__"};
  EXPECT_NE(ignis_safetensors_save(path.c_str(), meta_name, ts, 1, nullptr, nullptr, 0), IGNIS_OK);
  char** names = nullptr;
  ignis_tensor** out = nullptr;
  size_t count = 0;
  EXPECT_EQ(ignis_safetensors_load("/nonexistent/x.safetensors", &names, &out, &count, nullptr,
                                   nullptr, nullptr),
            IGNIS_ERROR_IO);
  EXPECT_TRUE(contains_all(last_error(), {"/nonexistent/x.safetensors"})) << last_error();
  EXPECT_EQ(names, nullptr);
  {
    std::ofstream bad(path, std::ios::binary);
    bad << "garbage!";
  }
  EXPECT_EQ(ignis_safetensors_load(path.c_str(), &names, &out, &count, nullptr, nullptr, nullptr),
            IGNIS_ERROR_IO);
  EXPECT_EQ(ignis_safetensors_load(path.c_str(), nullptr, &out, &count, nullptr, nullptr, nullptr),
            IGNIS_ERROR_INVALID_ARGUMENT);
  std::filesystem::remove(path);
}
