// Safetensors writing (temp file + fsync + rename) and reading (mmap + full validation).
#include "data/safetensors.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <bit>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "data/json.h"
#include "data/safetensors_header.h"
#include "tensor/graph.h"

namespace ignis::data {

static_assert(std::endian::native == std::endian::little,
              "safetensors I/O assumes a little-endian host");

namespace {

std::string errno_text() { return std::strerror(errno); }

// Writes all of buf to fd, retrying on short writes and EINTR.
void write_all(int fd, const void* buf, size_t n, const std::string& path) {
  const char* p = static_cast<const char*>(buf);
  while (n > 0) {
    ssize_t w = ::write(fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    IGNIS_CHECK(w > 0, IO, "save_safetensors: writing ", path, " failed: ", errno_text());
    p += w;
    n -= static_cast<size_t>(w);
  }
}

// Closes an fd and removes the temporary file unless released.
struct TempFile {
  int fd = -1;
  std::string path;
  bool keep = false;
  ~TempFile() {
    if (fd >= 0) ::close(fd);
    if (!keep) ::unlink(path.c_str());
  }
};

std::string build_header(const TensorMap& tensors, const std::vector<Tensor>& data,
                         const Metadata& metadata) {
  std::string h = "{";
  bool first = true;
  if (!metadata.empty()) {
    h += "\"__metadata__\":{";
    for (const auto& [k, v] : metadata) {
      if (!first) h += ",";
      first = false;
      json::write_string(h, k);
      h += ":";
      json::write_string(h, v);
    }
    h += "}";
  }
  uint64_t at = 0;
  size_t i = 0;
  for (const auto& [name, t] : tensors) {
    if (h.size() > 1) h += ",";
    json::write_string(h, name);
    h += ":{\"dtype\":\"";
    h += safetensors_dtype_name(t.dtype());
    h += "\",\"shape\":[";
    for (int64_t d = 0; d < t.dim(); ++d) {
      if (d) h += ',';
      h += std::to_string(t.size(d));
    }
    uint64_t n = static_cast<uint64_t>(data[i++].nbytes());
    h += "],\"data_offsets\":[" + std::to_string(at) + "," + std::to_string(at + n) + "]}";
    at += n;
  }
  h += "}";
  h.append((8 - h.size() % 8) % 8, ' ');
  return h;
}

TensorMap build_tensors(const SafetensorsHeader& h, const uint8_t* base, Ref<Storage> storage) {
  TensorMap out;
  for (const auto& e : h.entries) {
    int64_t item = safetensors_itemsize(e.dtype);
    uint64_t pos = h.data_start + e.begin;
    // Contiguous strides; a zero-copy view needs an element-aligned offset into the mapping.
    std::vector<int64_t> strides(e.shape.size());
    int64_t s = 1;
    for (size_t d = e.shape.size(); d-- > 0;) {
      strides[d] = s;
      s *= std::max<int64_t>(e.shape[d], 1);
    }
    Tensor t;
    if (storage && pos % static_cast<uint64_t>(item) == 0) {
      t = make_tensor(storage, e.dtype, e.shape, strides, static_cast<int64_t>(pos) / item);
    } else {
      t = from_data(base + pos, e.shape, e.dtype);
    }
    out.emplace(e.name, std::move(t));
  }
  return out;
}

}  // namespace

void save_safetensors(const std::string& path, const TensorMap& tensors, const Metadata& metadata) {
  std::vector<Tensor> data;
  data.reserve(tensors.size());
  {
    NoGradGuard no_grad;
    for (const auto& [name, t] : tensors) {
      IGNIS_CHECK(!name.empty() && name != "__metadata__", InvalidArgument,
                  "save_safetensors: tensor name \"", name, "\" is reserved or empty");
      IGNIS_CHECK(t.defined(), InvalidArgument, "save_safetensors: tensor \"", name,
                  "\" is undefined");
      data.push_back(t.detach().to(kCPU).contiguous());
    }
  }
  std::string header = build_header(tensors, data, metadata);

  TempFile tmp;
  tmp.path = path + ".tmp." + std::to_string(::getpid());
  tmp.fd = ::open(tmp.path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  IGNIS_CHECK(tmp.fd >= 0, IO, "save_safetensors: cannot create ", tmp.path, ": ", errno_text());
  uint64_t n = header.size();
  uint8_t len[8];
  for (int i = 0; i < 8; ++i) len[i] = static_cast<uint8_t>(n >> (8 * i));
  write_all(tmp.fd, len, 8, tmp.path);
  write_all(tmp.fd, header.data(), header.size(), tmp.path);
  for (const Tensor& t : data)
    if (t.nbytes() > 0) write_all(tmp.fd, t.data_ptr(), static_cast<size_t>(t.nbytes()), tmp.path);
  IGNIS_CHECK(::fsync(tmp.fd) == 0, IO, "save_safetensors: fsync of ", tmp.path,
              " failed: ", errno_text());
  IGNIS_CHECK(::close(tmp.fd) == 0, IO, "save_safetensors: closing ", tmp.path,
              " failed: ", errno_text());
  tmp.fd = -1;
  IGNIS_CHECK(::rename(tmp.path.c_str(), path.c_str()) == 0, IO, "save_safetensors: renaming ",
              tmp.path, " to ", path, " failed: ", errno_text());
  tmp.keep = true;
  // Make the rename itself durable.
  std::filesystem::path parent = std::filesystem::path(path).parent_path();
  std::string dir = parent.empty() ? std::string(".") : parent.string();
  int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    int rc = ::fsync(dfd);
    int saved = errno;
    ::close(dfd);
    errno = saved;
    IGNIS_CHECK(rc == 0 || errno == EINVAL, IO, "save_safetensors: fsync of directory ", dir,
                " failed: ", errno_text());
  }
}

TensorMap load_safetensors(const std::string& path, Metadata* metadata) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  IGNIS_CHECK(fd >= 0, IO, "load_safetensors: cannot open ", path, ": ", errno_text());
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    int saved = errno;
    ::close(fd);
    IGNIS_FAIL(IO, "load_safetensors: cannot stat ", path, ": ", std::strerror(saved));
  }
  if (!S_ISREG(st.st_mode)) {
    ::close(fd);
    IGNIS_FAIL(IO, "load_safetensors: ", path, " is not a regular file");
  }
  size_t size = static_cast<size_t>(st.st_size);
  if (size < 8) {
    ::close(fd);
    IGNIS_FAIL(IO, path, ": not a safetensors file: ", size,
               " bytes is shorter than the 8-byte header length");
  }
  // Private and writable: in-place ops on loaded tensors copy the page, never touch the file.
  void* map = ::mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
  int saved = errno;
  ::close(fd);
  IGNIS_CHECK(map != MAP_FAILED, IO, "load_safetensors: cannot mmap ", path, ": ",
              std::strerror(saved));
  Ref<Storage> storage = make_ref<Storage>(map, size, kCPU, [size](void* p) { ::munmap(p, size); });
  SafetensorsHeader h = parse_safetensors_header(static_cast<const uint8_t*>(map), size, path);
  if (metadata) *metadata = h.metadata;
  return build_tensors(h, static_cast<const uint8_t*>(map), storage);
}

TensorMap load_safetensors_from_memory(const void* data, size_t size, const std::string& source,
                                       Metadata* metadata) {
  const auto* bytes = static_cast<const uint8_t*>(data);
  SafetensorsHeader h = parse_safetensors_header(bytes, size, source);
  if (metadata) *metadata = h.metadata;
  return build_tensors(h, bytes, Ref<Storage>());
}

}  // namespace ignis::data
