// Safetensors: round trips, byte-exact fixtures from the format spec, and every validation.
#include "data/safetensors.h"

#include <sys/wait.h>

#include <csignal>
#include <cstring>

#include "data/json.h"
#include "data_test_util.h"
#include "ops/ops.gen.h"
#include "test_util.h"

namespace ignis::data {
namespace {

using test::expect_error;
using test::TempDir;
using test::values;

// A file as the spec lays it out: u64 LE header length, the header, the data.
std::string file_bytes(std::string header, const std::string& data, bool pad = true) {
  if (pad) header.append((8 - header.size() % 8) % 8, ' ');
  std::string out(8, '\0');
  uint64_t n = header.size();
  for (int i = 0; i < 8; ++i) out[i] = static_cast<char>(n >> (8 * i));
  return out + header + data;
}

std::string f32_bytes(std::initializer_list<float> v) {
  std::string s(v.size() * 4, '\0');
  std::memcpy(s.data(), std::data(v), s.size());
  return s;
}

TEST(Safetensors, RoundTripsEveryDType) {
  TempDir dir;
  TensorMap in;
  for (DType d : {DType::Bool, DType::U8, DType::I8, DType::I16, DType::I32, DType::I64, DType::F16,
                  DType::BF16, DType::F32, DType::F64})
    in[std::string("t_") + dtype_name(d)] = arange(6).to(d).reshape({2, 3});
  in["scalar"] = full(IntArrayRef(), 2.5, {.dtype = DType::F32});
  in["empty"] = zeros({0, 4});
  save_safetensors(dir / "a.safetensors", in, {{"format", "pt"}, {"note", "q\"uote\n"}});
  Metadata meta;
  TensorMap out = load_safetensors(dir / "a.safetensors", &meta);
  EXPECT_EQ(meta.at("format"), "pt");
  EXPECT_EQ(meta.at("note"), "q\"uote\n");
  ASSERT_EQ(out.size(), in.size());
  for (const auto& [name, t] : in) {
    const Tensor& u = out.at(name);
    EXPECT_EQ(u.dtype(), t.dtype()) << name;
    EXPECT_EQ(test::vec(u.sizes()), test::vec(t.sizes())) << name;
    EXPECT_EQ(values(u), values(t)) << name;
  }
}

TEST(Safetensors, WritesNonContiguousAndGradTensors) {
  TempDir dir;
  Tensor w = arange(12, {.dtype = DType::F32}).reshape({3, 4}).t();
  Tensor p = ones({3}).requires_grad_();
  save_safetensors(dir / "b.safetensors", {{"w", w}, {"p", p}});
  TensorMap out = load_safetensors(dir / "b.safetensors");
  EXPECT_EQ(values(out.at("w")), values(w));
  EXPECT_FALSE(out.at("p").requires_grad());
}

TEST(Safetensors, WritesTheSpecLayoutByteForByte) {
  TempDir dir;
  save_safetensors(dir / "c.safetensors",
                   {{"a", from_data(f32_bytes({1, 2}).data(), {2}, DType::F32)}});
  std::string header = R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})";
  EXPECT_EQ(test::read_file(dir / "c.safetensors"), file_bytes(header, f32_bytes({1, 2})));
}

// A fixture laid out like the Hugging Face library writes it (metadata first, spaces padding the
// header to 8 bytes, tensors sorted by offset).
TEST(Safetensors, ReadsAHandBuiltFixture) {
  TempDir dir;
  std::string header =
      R"({"__metadata__":{"format":"pt"},"bias":{"dtype":"F32","shape":[2],)"
      R"("data_offsets":[24,32]},"weight":{"dtype":"F32","shape":[2,3],"data_offsets":[0,24]}})";
  std::string data = f32_bytes({1, 2, 3, 4, 5, 6}) + f32_bytes({-1, 0.5});
  test::write_file(dir / "hf.safetensors", file_bytes(header, data));
  Metadata meta;
  TensorMap m = load_safetensors(dir / "hf.safetensors", &meta);
  EXPECT_EQ(meta.at("format"), "pt");
  EXPECT_EQ(test::vec(m.at("weight").sizes()), (std::vector<int64_t>{2, 3}));
  EXPECT_EQ(values(m.at("weight")), (std::vector<double>{1, 2, 3, 4, 5, 6}));
  EXPECT_EQ(values(m.at("bias")), (std::vector<double>{-1, 0.5}));
  // Unpadded headers are legal too; misaligned tensors are copied instead of viewed.
  test::write_file(dir / "odd.safetensors",
                   file_bytes(R"({"x":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})",
                              f32_bytes({7}), /*pad=*/false));
  EXPECT_EQ(values(load_safetensors(dir / "odd.safetensors").at("x")), (std::vector<double>{7}));
}

TEST(Safetensors, LoadedTensorsAreCopyOnWriteViewsThatOutliveTheMap) {
  TempDir dir;
  save_safetensors(dir / "d.safetensors", {{"x", ones({4})}});
  Tensor x = load_safetensors(dir / "d.safetensors").at("x");
  x.fill_(5.0);  // private mapping: the file is unchanged
  EXPECT_EQ(values(x), (std::vector<double>{5, 5, 5, 5}));
  EXPECT_EQ(values(load_safetensors(dir / "d.safetensors").at("x")),
            (std::vector<double>{1, 1, 1, 1}));
}

TEST(Safetensors, OverwritesAtomicallyAndLeavesNoTempFile) {
  TempDir dir;
  save_safetensors(dir / "e.safetensors", {{"x", ones({2})}});
  save_safetensors(dir / "e.safetensors", {{"y", zeros({3})}});
  TensorMap m = load_safetensors(dir / "e.safetensors");
  EXPECT_EQ(m.count("x"), 0u);
  EXPECT_EQ(m.at("y").numel(), 3);
  int files = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir.path())) (void)e, ++files;
  EXPECT_EQ(files, 1);
}

TEST(Safetensors, SaveErrors) {
  TempDir dir;
  expect_error<IOError>(
      [&] {
        save_safetensors(dir / "no/such/dir/f", {{"x", ones({1})}});
      },
      {"save_safetensors", "no/such/dir/f"});
  expect_error<InvalidArgumentError>(
      [&] {
        save_safetensors(dir / "f", {{"__metadata__", ones({1})}});
      },
      {"__metadata__"});
}

TEST(Safetensors, MissingFileIsAnIOError) {
  expect_error<IOError>([] { load_safetensors("/nonexistent/x.safetensors"); },
                        {"load_safetensors", "/nonexistent/x.safetensors"});
}

// Every malformed file: an IOError naming the file and the problem.
TEST(Safetensors, RejectsMalformedFiles) {
  TempDir dir;
  std::string ok = R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})";
  std::string data = f32_bytes({1, 2});
  struct Case {
    const char* name;
    std::string bytes;
    const char* word;
  };
  std::string big_len = file_bytes(ok, data);
  big_len[0] = static_cast<char>(0xff);
  std::string huge_len = file_bytes(ok, data);
  huge_len[7] = static_cast<char>(0x80);
  std::vector<Case> cases = {
      {"empty", "", "shorter than the 8-byte"},
      {"short", "abc", "shorter than the 8-byte"},
      {"header_past_end", big_len, "exceeds the file size"},
      {"huge_header", huge_len, "exceeds the file size"},
      {"not_json", file_bytes("{nope}", ""), "not valid JSON"},
      {"not_object", file_bytes("[1, 2]", ""), "starting with '{'"},
      {"truncated_json", file_bytes(R"({"a":{"dtype":"F32")", ""), "not valid JSON"},
      {"unknown_dtype",
       file_bytes(R"({"a":{"dtype":"F8","shape":[2],"data_offsets":[0,8]}})", data),
       "unknown dtype \"F8\""},
      {"negative_dim",
       file_bytes(R"({"a":{"dtype":"F32","shape":[-2],"data_offsets":[0,8]}})", data),
       "invalid dim -2"},
      {"shape_overflow",
       file_bytes(R"({"a":{"dtype":"F64","shape":[4611686018427387903,4],"data_offsets":[0,8]}})",
                  data),
       "overflows"},
      {"size_mismatch",
       file_bytes(R"({"a":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})", data),
       "need 12 bytes"},
      {"out_of_range",
       file_bytes(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[8,16]}})", data),
       "out of range"},
      {"begin_after_end",
       file_bytes(R"({"a":{"dtype":"F32","shape":[0],"data_offsets":[8,0]}})", data),
       "begin after end"},
      {"overlap",
       file_bytes(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                  R"("b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})",
                  data),
       "overlaps"},
      {"gap", file_bytes(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})", data),
       "gap of 4 bytes"},
      {"trailing", file_bytes(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})", data),
       "trailing bytes"},
      {"duplicate",
       file_bytes(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},)"
                  R"("a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})",
                  data),
       "duplicate key \"a\""},
      {"missing_offsets", file_bytes(R"({"a":{"dtype":"F32","shape":[2]}})", data), "data_offsets"},
      {"extra_field",
       file_bytes(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8],"x":1}})", data),
       "unexpected field \"x\""},
      {"bad_metadata", file_bytes(R"({"__metadata__":{"k":1}})", ""), "should be a string"},
      {"deep_json", file_bytes("{\"a\":" + std::string(100, '[') + std::string(100, ']') + "}", ""),
       "nesting"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    std::string path = dir / (std::string(c.name) + ".safetensors");
    test::write_file(path, c.bytes);
    expect_error<IOError>([&] { load_safetensors(path); }, {path, c.word});
    expect_error<IOError>(
        [&] { load_safetensors_from_memory(c.bytes.data(), c.bytes.size(), "m"); }, {c.word});
  }
}

// Flipping any single byte of the header gives either a valid file or an IOError, never a crash.
TEST(Safetensors, EveryHeaderByteFlipIsHandled) {
  std::string good = file_bytes(R"({"__metadata__":{"k":"v"},"a":{"dtype":"F32","shape":[2,1],)"
                                R"("data_offsets":[0,8]}})",
                                f32_bytes({1, 2}));
  for (size_t i = 0; i < good.size() - 8; ++i)
    for (unsigned char x : {0x01, 0x20, 0x80, 0xff}) {
      std::string bad = good;
      bad[i] = static_cast<char>(bad[i] ^ x);
      try {
        load_safetensors_from_memory(bad.data(), bad.size());
      } catch (const IOError&) {
      }
    }
}

TEST(Json, ParsesAndRejects) {
  json::Value v;
  std::string err;
  ASSERT_TRUE(json::parse(R"( {"a": [1, -2.5e3, true, null, "x\u00e9\ud83d\ude00\n"]} )", &v, &err))
      << err;
  EXPECT_EQ(v.find("a")->items[4].text, "x\xc3\xa9\xf0\x9f\x98\x80\n");
  uint64_t n = 0;
  EXPECT_TRUE(v.find("a")->items[0].as_u64(&n));
  EXPECT_EQ(n, 1u);
  EXPECT_FALSE(v.find("a")->items[1].as_u64(&n));
  json::Value big;
  ASSERT_TRUE(json::parse("18446744073709551616", &big, &err));
  EXPECT_FALSE(big.as_u64(&n));
  for (const char* bad :
       {"", "{", "[1,]", "{\"a\" 1}", "01x", "\"\\x\"", "\"\\ud800\"", "tru", "{} {}", "\"a\x01\""})
    EXPECT_FALSE(json::parse(bad, &v, &err)) << bad;
  std::string s;
  json::write_string(s, "a\"\\\n\x01");
  EXPECT_EQ(s, "\"a\\\"\\\\\\n\\u0001\"");
}

// A writer killed mid-write (SIGKILL, so no cleanup runs) leaves the previous file intact.
TEST(Safetensors, KilledWriterLeavesThePreviousFileIntact) {
  TempDir dir;
  std::string path = dir / "ckpt.safetensors";
  Tensor old = arange(1000, {.dtype = DType::F32});
  save_safetensors(path, {{"w", old}});
  std::string before = test::read_file(path);
  Tensor big = ones({64 * 1024 * 1024}, {.dtype = DType::F32});  // 256 MiB
  pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    for (;;) save_safetensors(path, {{"w", big}});  // only single-threaded I/O in the child
  }
  std::string tmp = path + ".tmp." + std::to_string(pid);
  bool seen = false;
  for (int i = 0; i < 20000 && !seen; ++i) {
    std::error_code ec;
    seen = std::filesystem::file_size(tmp, ec) > 1024 * 1024;
    if (!seen) ::usleep(500);
  }
  bool renamed = test::read_file(path).size() != before.size();
  ::kill(pid, SIGKILL);
  int status = 0;
  ::waitpid(pid, &status, 0);
  EXPECT_TRUE(WIFSIGNALED(status));
  ASSERT_TRUE(seen) << "the writer never started writing " << tmp;
  ASSERT_FALSE(renamed) << "the writer finished before it was killed; use a larger tensor";
  EXPECT_EQ(test::read_file(path), before);
  EXPECT_EQ(values(load_safetensors(path).at("w")), values(old));
  std::filesystem::remove(tmp);
}

}  // namespace
}  // namespace ignis::data
