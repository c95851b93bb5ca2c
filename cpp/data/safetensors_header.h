// Parsing and validation of a safetensors file's header, independent of tensors (and fuzzed
// on its own: cpp/data/fuzz/safetensors_fuzz.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "tensor/dtype.h"

namespace ignis::data {

// One tensor's entry: where its bytes lie relative to the start of the data section.
struct SafetensorsEntry {
  std::string name;
  DType dtype = DType::F32;
  std::vector<int64_t> shape;
  uint64_t begin = 0, end = 0;
};

// A validated header: entries sorted by begin, covering [0, data_size) without gaps or overlap.
struct SafetensorsHeader {
  std::vector<SafetensorsEntry> entries;
  std::map<std::string, std::string> metadata;
  uint64_t data_start = 0;  // 8 + header length: where the data section starts in the file
  uint64_t data_size = 0;
};

// Validates the first `size` bytes of a file (the whole file) and returns its header. Throws
// IOError starting with "<source>: " for anything that does not follow the format.
SafetensorsHeader parse_safetensors_header(const uint8_t* bytes, size_t size,
                                           const std::string& source);

// The format's dtype name ("F32", "BF16", ...) of a dtype, and back (false when unknown).
const char* safetensors_dtype_name(DType dtype);
bool safetensors_dtype_from_name(const std::string& name, DType* out);
// Bytes per element, without the tensor layer's tables (the fuzz target links only this file).
int64_t safetensors_itemsize(DType dtype);

}  // namespace ignis::data
