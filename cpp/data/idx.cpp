// IDX parsing through zlib's gzread (which passes plain files through unchanged).
#include "data/idx.h"

#include <zlib.h>

#include <filesystem>
#include <vector>

#include "ops/ops.gen.h"

namespace ignis::data {

namespace {

struct GzFile {
  gzFile f = nullptr;
  ~GzFile() {
    if (f) gzclose(f);
  }
};

// Reads exactly n bytes; false on a short read.
bool read_exact(gzFile f, void* buf, size_t n, const std::string& path) {
  auto* p = static_cast<char*>(buf);
  while (n > 0) {
    unsigned chunk = static_cast<unsigned>(std::min<size_t>(n, 1u << 30));
    int r = gzread(f, p, chunk);
    if (r < 0) {
      int code = 0;
      const char* msg = gzerror(f, &code);
      IGNIS_FAIL(IO, "read_idx: ", path, ": read error: ", msg ? msg : "unknown");
    }
    if (r == 0) return false;
    p += r;
    n -= static_cast<size_t>(r);
  }
  return true;
}

bool idx_dtype(uint8_t code, DType* out) {
  switch (code) {
  case 0x08:
    *out = DType::U8;
    return true;
  case 0x09:
    *out = DType::I8;
    return true;
  case 0x0B:
    *out = DType::I16;
    return true;
  case 0x0C:
    *out = DType::I32;
    return true;
  case 0x0D:
    *out = DType::F32;
    return true;
  case 0x0E:
    *out = DType::F64;
    return true;
  default:
    return false;
  }
}

std::string find_file(const std::string& root, const std::string& name) {
  namespace fs = std::filesystem;
  for (const std::string& cand : {root + "/" + name, root + "/" + name + ".gz"})
    if (fs::exists(cand)) return cand;
  IGNIS_FAIL(IO, "FashionMNIST: missing file ", root, "/", name, " (or ", name,
             ".gz); install Debian's dataset-fashion-mnist or pass its directory as root");
}

}  // namespace

Tensor read_idx(const std::string& path) {
  IGNIS_CHECK(std::filesystem::is_regular_file(path), IO, "read_idx: cannot open ", path,
              ": no such file");
  GzFile gz;
  gz.f = gzopen(path.c_str(), "rb");
  IGNIS_CHECK(gz.f != nullptr, IO, "read_idx: cannot open ", path);
  uint8_t magic[4];
  IGNIS_CHECK(read_exact(gz.f, magic, 4, path), IO, "read_idx: ", path,
              ": truncated: shorter than the 4-byte magic number");
  DType dtype = DType::U8;
  IGNIS_CHECK(magic[0] == 0 && magic[1] == 0 && idx_dtype(magic[2], &dtype) && magic[3] >= 1, IO,
              "read_idx: ", path, ": bad magic number 0x", std::hex,
              int(magic[0]) << 24 | int(magic[1]) << 16 | int(magic[2]) << 8 | int(magic[3]),
              " (expected 0x0000TTNN with type TT in 08, 09, 0B, 0C, 0D, 0E and NN >= 1 dims)");
  std::vector<int64_t> dims(magic[3]);
  uint64_t numel = 1;
  for (auto& d : dims) {
    uint8_t b[4];
    IGNIS_CHECK(read_exact(gz.f, b, 4, path), IO, "read_idx: ", path,
                ": truncated in the dimension sizes");
    d = int64_t(b[0]) << 24 | int64_t(b[1]) << 16 | int64_t(b[2]) << 8 | int64_t(b[3]);
    IGNIS_CHECK(numel <= (1ULL << 40) / uint64_t(std::max<int64_t>(d, 1)), IO, "read_idx: ", path,
                ": dimension sizes too large");
    numel *= uint64_t(d);
  }
  Tensor t = empty(dims, {.dtype = dtype});
  size_t nbytes = static_cast<size_t>(t.nbytes());
  auto* bytes = static_cast<uint8_t*>(t.data_ptr());
  IGNIS_CHECK(nbytes == 0 || read_exact(gz.f, bytes, nbytes, path), IO, "read_idx: ", path,
              ": truncated: expected ", nbytes, " bytes of data after the header");
  uint8_t extra;
  IGNIS_CHECK(!read_exact(gz.f, &extra, 1, path), IO, "read_idx: ", path,
              ": unexpected trailing data after ", nbytes, " bytes of data");
  // IDX stores big-endian elements.
  size_t item = static_cast<size_t>(t.element_size());
  if (item > 1)
    for (size_t i = 0; i < nbytes; i += item) std::reverse(bytes + i, bytes + i + item);
  return t;
}

FashionMNIST::FashionMNIST(const std::string& root, bool train) {
  std::string prefix = train ? "train" : "t10k";
  std::string ipath = find_file(root, prefix + "-images-idx3-ubyte");
  std::string lpath = find_file(root, prefix + "-labels-idx1-ubyte");
  images_ = read_idx(ipath);
  Tensor labels = read_idx(lpath);
  IGNIS_CHECK(images_.dtype() == DType::U8 && images_.dim() == 3 && images_.size(1) == 28 &&
                  images_.size(2) == 28,
              IO, "FashionMNIST: ", ipath, ": expected uint8 images of shape (N, 28, 28)");
  IGNIS_CHECK(labels.dtype() == DType::U8 && labels.dim() == 1, IO, "FashionMNIST: ", lpath,
              ": expected 1-D uint8 labels");
  IGNIS_CHECK(labels.size(0) == images_.size(0), IO, "FashionMNIST: ", lpath, " has ",
              labels.size(0), " labels but ", ipath, " has ", images_.size(0), " images");
  const uint8_t* l = labels.data_ptr<uint8_t>();
  for (int64_t i = 0; i < labels.numel(); ++i)
    IGNIS_CHECK(l[i] < 10, IO, "FashionMNIST: ", lpath, ": label ", int(l[i]), " at index ", i,
                " is out of range [0, 10)");
  labels_ = labels.to(DType::I64);
}

Example FashionMNIST::get(int64_t i) const {
  check_index(i, size(), "FashionMNIST");
  return Example(images_.select(0, i), labels_.select(0, i));
}

}  // namespace ignis::data
