// oneDNN engine, streams, descriptors and the primitive cache (see dnnl_utils.h).
#include "kernels/cpu/dnnl_utils.h"

#include <cstring>

namespace ignis::dnnl_utils {

namespace {
using dt = dnnl::memory::data_type;
constexpr size_t kMaxEntries = 4096;
}  // namespace

const dnnl::engine& cpu_engine() {
  static const dnnl::engine eng(dnnl::engine::kind::cpu, 0);
  return eng;
}

dnnl::stream& cpu_stream() {
  thread_local dnnl::stream s(cpu_engine());
  return s;
}

bool has_dnnl_type(DType d) {
  switch (d) {
  case DType::F32:
  case DType::BF16:
  case DType::F16:
  case DType::I8:
  case DType::U8:
  case DType::I32:
    return true;
  default:
    return false;
  }
}

dnnl::memory::data_type dnnl_type(DType d, const char* op) {
  switch (d) {
  case DType::F32:
    return dt::f32;
  case DType::BF16:
    return dt::bf16;
  case DType::F16:
    return dt::f16;
  case DType::I8:
    return dt::s8;
  case DType::U8:
    return dt::u8;
  case DType::I32:
    return dt::s32;
  default:
    IGNIS_FAIL(DType, op, ": oneDNN has no data type for ", dtype_name(d));
  }
}

dnnl::memory::desc md_of(const Tensor& t, const char* op) {
  dnnl::memory::dims dims(t.sizes().begin(), t.sizes().end());
  dnnl::memory::dims strides(t.strides().begin(), t.strides().end());
  if (dims.empty()) {
    dims = {1};
    strides = {1};
  }
  return dnnl::memory::desc(dims, dnnl_type(t.dtype(), op), strides);
}

dnnl::memory::desc md_any(IntArrayRef sizes, DType d, const char* op) {
  dnnl::memory::dims dims(sizes.begin(), sizes.end());
  return dnnl::memory::desc(dims, dnnl_type(d, op), dnnl::memory::format_tag::any);
}

dnnl::memory mem_of(const Tensor& t, const dnnl::memory::desc& md) {
  return dnnl::memory(md, cpu_engine(), t.data_ptr());
}

dnnl::memory mem_of(const Tensor& t, const char* op) { return mem_of(t, md_of(t, op)); }

PrimKey& PrimKey::operator<<(int64_t v) {
  char buf[sizeof v];
  std::memcpy(buf, &v, sizeof v);
  bytes_.append(buf, sizeof v);
  return *this;
}

PrimKey& PrimKey::operator<<(IntArrayRef v) {
  *this << static_cast<int64_t>(v.size());
  for (int64_t x : v) *this << x;
  return *this;
}

PrimKey& PrimKey::operator<<(const Tensor& t) {
  if (!t.defined()) return *this << int64_t{-1};
  *this << static_cast<int64_t>(t.dtype());
  *this << t.sizes();
  return *this << t.strides();
}

PrimKey& PrimKey::operator<<(std::string_view s) {
  *this << static_cast<int64_t>(s.size());
  bytes_.append(s);
  return *this;
}

std::shared_ptr<void> PrimCache::find(const std::string& key) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = map_.find(key);
  return it == map_.end() ? nullptr : it->second;
}

std::shared_ptr<void> PrimCache::insert(const std::string& key, std::shared_ptr<void> value) {
  std::lock_guard<std::mutex> lock(mu_);
  if (map_.size() >= kMaxEntries) map_.clear();
  auto [it, inserted] = map_.emplace(key, std::move(value));
  return it->second;
}

size_t PrimCache::size() const {
  std::lock_guard<std::mutex> lock(mu_);
  return map_.size();
}

void PrimCache::clear() {
  std::lock_guard<std::mutex> lock(mu_);
  map_.clear();
}

PrimCache& prim_cache() {
  static PrimCache* cache = new PrimCache();  // never destroyed: primitives outlive statics
  return *cache;
}

dnnl::primitive_attr primitive_attr() {
  dnnl::primitive_attr attr;
  attr.set_scratchpad_mode(dnnl::scratchpad_mode::user);
  return attr;
}

void execute(const dnnl::primitive& prim, const std::unordered_map<int, dnnl::memory>& args,
             const char* op) {
  try {
    dnnl::stream& s = cpu_stream();
    const dnnl_memory_desc_t* scratch =
        dnnl_primitive_desc_query_md(prim.get_primitive_desc(), dnnl_query_scratchpad_md, 0);
    dnnl::memory::desc md = scratch ? dnnl::memory::desc(*scratch) : dnnl::memory::desc();
    if (md.get_size() == 0) {
      prim.execute(s, args);
    } else {
      Tensor buf = empty({static_cast<int64_t>(md.get_size())}, {.dtype = DType::U8});
      std::unordered_map<int, dnnl::memory> with = args;
      with.emplace(DNNL_ARG_SCRATCHPAD, dnnl::memory(md, cpu_engine(), buf.data_ptr()));
      prim.execute(s, with);
    }
    s.wait();
  } catch (const dnnl::error& e) {
    IGNIS_FAIL(Internal, op, ": oneDNN failed: ", e.what());
  }
}

}  // namespace ignis::dnnl_utils
