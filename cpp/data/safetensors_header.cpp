// Safetensors header validation: everything a reader must check before touching tensor bytes.
#include "data/safetensors_header.h"

#include <algorithm>
#include <cstring>
#include <string_view>

#include "data/json.h"
#include "tensor/error.h"

namespace ignis::data {

namespace {

// Headers above this are rejected (the Hugging Face library's limit, 100 MB).
constexpr uint64_t kMaxHeader = 100'000'000;

struct DTypeName {
  DType dtype;
  const char* name;
  int64_t size;
};
constexpr DTypeName kDTypes[] = {
    {DType::Bool, "BOOL", 1}, {DType::U8, "U8", 1},     {DType::I8, "I8", 1},
    {DType::I16, "I16", 2},   {DType::I32, "I32", 4},   {DType::I64, "I64", 8},
    {DType::F16, "F16", 2},   {DType::BF16, "BF16", 2}, {DType::F32, "F32", 4},
    {DType::F64, "F64", 8},
};

SafetensorsEntry parse_entry(const std::string& name, const json::Value& v,
                             const std::string& src) {
  IGNIS_CHECK(v.is_object(), IO, src, ": safetensors header entry \"", name,
              "\" should be an object but is a ", json::kind_name(v.kind));
  SafetensorsEntry e;
  e.name = name;
  const json::Value* dtype = v.find("dtype");
  const json::Value* shape = v.find("shape");
  const json::Value* offsets = v.find("data_offsets");
  for (const std::string& key : v.keys)
    IGNIS_CHECK(key == "dtype" || key == "shape" || key == "data_offsets", IO, src,
                ": safetensors tensor \"", name, "\" has an unexpected field \"", key, "\"");
  IGNIS_CHECK(dtype && dtype->is_string(), IO, src, ": safetensors tensor \"", name,
              "\" needs a string \"dtype\"");
  IGNIS_CHECK(safetensors_dtype_from_name(dtype->text, &e.dtype), IO, src,
              ": safetensors tensor \"", name, "\" has unknown dtype \"", dtype->text,
              "\" (expected BOOL, U8, I8, I16, I32, I64, F16, BF16, F32 or F64)");
  IGNIS_CHECK(shape && shape->is_array(), IO, src, ": safetensors tensor \"", name,
              "\" needs an array \"shape\"");
  IGNIS_CHECK(shape->items.size() <= 64, IO, src, ": safetensors tensor \"", name, "\" has ",
              shape->items.size(), " dims (at most 64 supported)");
  // Byte size with overflow checks: every dim and the product stay below 2^62.
  uint64_t nbytes = static_cast<uint64_t>(safetensors_itemsize(e.dtype));
  bool zero = false;
  for (const json::Value& d : shape->items) {
    uint64_t n = 0;
    IGNIS_CHECK(d.as_u64(&n) && n < (1ULL << 62), IO, src, ": safetensors tensor \"", name,
                "\" has an invalid dim ", d.is_number() ? d.text : json::kind_name(d.kind),
                " in its shape (expected a non-negative integer)");
    e.shape.push_back(static_cast<int64_t>(n));
    if (n == 0) zero = true;
  }
  if (zero) {
    nbytes = 0;
  } else {
    for (int64_t n : e.shape) {
      IGNIS_CHECK(nbytes <= (1ULL << 62) / static_cast<uint64_t>(n), IO, src,
                  ": safetensors tensor \"", name, "\" has a shape whose byte size overflows");
      nbytes *= static_cast<uint64_t>(n);
    }
  }
  IGNIS_CHECK(offsets && offsets->is_array() && offsets->items.size() == 2 &&
                  offsets->items[0].as_u64(&e.begin) && offsets->items[1].as_u64(&e.end),
              IO, src, ": safetensors tensor \"", name,
              "\" needs \"data_offsets\" as two non-negative integers [begin, end]");
  IGNIS_CHECK(e.begin <= e.end, IO, src, ": safetensors tensor \"", name, "\" has data_offsets [",
              e.begin, ", ", e.end, "] with begin after end");
  IGNIS_CHECK(e.end - e.begin == nbytes, IO, src, ": safetensors tensor \"", name,
              "\" has data_offsets [", e.begin, ", ", e.end, "] spanning ", e.end - e.begin,
              " bytes but its dtype and shape need ", nbytes, " bytes");
  return e;
}

}  // namespace

const char* safetensors_dtype_name(DType dtype) {
  for (const auto& d : kDTypes)
    if (d.dtype == dtype) return d.name;
  return "?";
}

bool safetensors_dtype_from_name(const std::string& name, DType* out) {
  for (const auto& d : kDTypes)
    if (name == d.name) {
      *out = d.dtype;
      return true;
    }
  return false;
}

int64_t safetensors_itemsize(DType dtype) {
  for (const auto& d : kDTypes)
    if (d.dtype == dtype) return d.size;
  return 1;
}

SafetensorsHeader parse_safetensors_header(const uint8_t* bytes, size_t size,
                                           const std::string& src) {
  IGNIS_CHECK(size >= 8, IO, src, ": not a safetensors file: ", size,
              " bytes is shorter than the 8-byte header length");
  uint64_t n = 0;
  for (int i = 7; i >= 0; --i) n = (n << 8) | bytes[i];  // little-endian u64
  IGNIS_CHECK(n <= size - 8, IO, src, ": safetensors header length ", n, " exceeds the file size (",
              size, " bytes)");
  IGNIS_CHECK(n <= kMaxHeader, IO, src, ": safetensors header length ", n, " exceeds the limit of ",
              kMaxHeader, " bytes");
  IGNIS_CHECK(n >= 2 && bytes[8] == '{', IO, src,
              ": safetensors header should be a JSON object starting with '{'");
  std::string_view text(reinterpret_cast<const char*>(bytes + 8), static_cast<size_t>(n));
  json::Value root;
  std::string err;
  IGNIS_CHECK(json::parse(text, &root, &err), IO, src,
              ": safetensors header is not valid JSON: ", err);
  IGNIS_CHECK(root.is_object(), IO, src, ": safetensors header should be a JSON object");

  SafetensorsHeader h;
  h.data_start = 8 + n;
  h.data_size = size - h.data_start;
  for (size_t m = 0; m < root.keys.size(); ++m) {
    const std::string& name = root.keys[m];
    const json::Value& v = root.values[m];
    if (name == "__metadata__") {
      IGNIS_CHECK(v.is_object(), IO, src, ": safetensors __metadata__ should be an object");
      for (size_t j = 0; j < v.keys.size(); ++j) {
        const std::string& k = v.keys[j];
        const json::Value& mv = v.values[j];
        IGNIS_CHECK(mv.is_string(), IO, src, ": safetensors __metadata__ value of \"", k,
                    "\" should be a string but is a ", json::kind_name(mv.kind));
        h.metadata[k] = mv.text;
      }
      continue;
    }
    h.entries.push_back(parse_entry(name, v, src));
  }
  // Sorted by offset, the entries must tile the data section exactly.
  std::sort(h.entries.begin(), h.entries.end(), [](const auto& a, const auto& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  });
  uint64_t at = 0;
  for (const auto& e : h.entries) {
    IGNIS_CHECK(e.end <= h.data_size, IO, src, ": safetensors tensor \"", e.name,
                "\" has data_offsets [", e.begin, ", ", e.end,
                "] out of range of the data section (", h.data_size, " bytes)");
    IGNIS_CHECK(e.begin >= at, IO, src, ": safetensors tensor \"", e.name,
                "\" overlaps the previous tensor (begins at ", e.begin, ", before ", at, ")");
    IGNIS_CHECK(e.begin == at, IO, src, ": safetensors data has a gap of ", e.begin - at,
                " bytes before tensor \"", e.name, "\"");
    at = e.end;
  }
  IGNIS_CHECK(at == h.data_size, IO, src, ": safetensors tensors cover ", at,
              " bytes but the data section has ", h.data_size,
              " bytes (trailing bytes not covered by any tensor)");
  return h;
}

}  // namespace ignis::data
