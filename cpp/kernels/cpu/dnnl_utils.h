// oneDNN glue shared by the CPU kernels that use it (conv, pool, linalg, nn): the CPU engine, a
// per-thread stream, memory descriptors taken from a Tensor's sizes and strides, and a
// thread-safe cache of primitives keyed by everything that shapes them.
//
//   PrimKey key("conv_fwd");
//   key << x << w << stride << int64_t(algo);             // sizes, strides, dtype of each
//   auto entry = prim_cache().get<ConvEntry>(key, [&] { return make_conv_entry(...); });
//   entry->prim.execute(cpu_stream(), {{DNNL_ARG_SRC, mem_of(x)}, ...});
//   cpu_stream().wait();
//
// oneDNN runs on the same GNU OpenMP pool as our own loops (Debian's libdnnl is built on it).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include <oneapi/dnnl/dnnl.hpp>

#include "tensor/tensor.h"

namespace ignis::dnnl_utils {

// The process-wide oneDNN CPU engine.
const dnnl::engine& cpu_engine();
// A stream on the CPU engine owned by the calling thread.
dnnl::stream& cpu_stream();

// True when oneDNN has a data type for dt (f32, bf16, f16, i8, u8, i32); false for f64, i64...
bool has_dnnl_type(DType dt);
// The oneDNN data type of dt; throws DTypeError naming op when there is none.
dnnl::memory::data_type dnnl_type(DType dt, const char* op);

// A plain (strided) memory descriptor with t's sizes, strides and dtype (0-dim: shape {1}).
dnnl::memory::desc md_of(const Tensor& t, const char* op);
// A descriptor with the given dims and dtype and format `any` (oneDNN picks the layout).
dnnl::memory::desc md_any(IntArrayRef sizes, DType dt, const char* op);
// A memory object of descriptor md over t's data (no copy; t must outlive its use).
dnnl::memory mem_of(const Tensor& t, const dnnl::memory::desc& md);
// mem_of(t, md_of(t, op)).
dnnl::memory mem_of(const Tensor& t, const char* op);

// Cache key: the bytes of everything a primitive depends on. Streaming a Tensor appends its
// dtype, sizes and strides (not its data address or offset).
class PrimKey {
 public:
  explicit PrimKey(std::string_view kind) : bytes_(kind) { bytes_.push_back('\0'); }
  PrimKey& operator<<(int64_t v);
  PrimKey& operator<<(IntArrayRef v);
  PrimKey& operator<<(const Tensor& t);
  PrimKey& operator<<(std::string_view s);
  const std::string& str() const { return bytes_; }

 private:
  std::string bytes_;
};

// Thread-safe map from PrimKey to a cached entry of any type (a primitive, its descriptors,
// reorders...). Entries are created once per key and kept for the life of the process (up to a
// size cap, beyond which the cache is cleared before inserting).
class PrimCache {
 public:
  // The entry of key, built by make() (returning T or shared_ptr<T>) on first use. make runs
  // outside the lock, so two threads may both build it; the first one stored wins.
  template <typename T, typename Make>
  std::shared_ptr<T> get(const PrimKey& key, Make&& make) {
    if (auto p = find(key.str())) return std::static_pointer_cast<T>(p);
    std::shared_ptr<T> made;
    if constexpr (std::is_convertible_v<decltype(make()), std::shared_ptr<T>>)
      made = make();
    else
      made = std::make_shared<T>(make());
    return std::static_pointer_cast<T>(insert(key.str(), made));
  }
  // Number of entries (for tests).
  size_t size() const;
  void clear();

 private:
  std::shared_ptr<void> find(const std::string& key) const;
  std::shared_ptr<void> insert(const std::string& key, std::shared_ptr<void> value);
  mutable std::mutex mu_;
  std::unordered_map<std::string, std::shared_ptr<void>> map_;
};

// The process-wide primitive cache.
PrimCache& prim_cache();

// Attributes every cached primitive is made with: the caller provides the scratchpad
// (scratchpad_mode::user). A cached primitive runs on many threads at once (concurrent
// inference), and a library-owned scratchpad would be shared between them.
dnnl::primitive_attr primitive_attr();

// Runs prim on the calling thread's stream with args and waits for it, giving it a fresh
// scratchpad when its descriptor asks for one; oneDNN errors become ignis errors naming op.
void execute(const dnnl::primitive& prim, const std::unordered_map<int, dnnl::memory>& args,
             const char* op);

}  // namespace ignis::dnnl_utils
