// Checkpoints in the safetensors format (Hugging Face's): save atomically, load through mmap.
#pragma once

#include <map>
#include <string>

#include "tensor/tensor.h"

namespace ignis::data {

using TensorMap = std::map<std::string, Tensor>;
using Metadata = std::map<std::string, std::string>;

// Writes tensors (any device, strides or requires_grad; stored row-major little-endian) and
// string metadata to `path`. Crash-safe: writes `path.tmp.<pid>`, fsyncs it, renames it over
// `path` and fsyncs the directory, so `path` is always either the old or the new file.
// Throws IOError naming the file on failure, InvalidArgumentError for an empty or "__metadata__"
// tensor name.
void save_safetensors(const std::string& path, const TensorMap& tensors,
                      const Metadata& metadata = {});

// The tensors of a safetensors file. The file is mmapped; tensors whose bytes are aligned for
// their dtype are zero-copy views into the mapping (copy-on-write: writing to them never
// changes the file) that keep it mapped while any view lives. Validates everything first
// (header length, JSON, dtypes, shapes, offsets) and throws IOError naming the file and the
// problem. Fills *metadata when given.
TensorMap load_safetensors(const std::string& path, Metadata* metadata = nullptr);

// The same from bytes in memory (copied into the tensors); `source` names them in errors.
TensorMap load_safetensors_from_memory(const void* data, size_t size,
                                       const std::string& source = "<memory>",
                                       Metadata* metadata = nullptr);

}  // namespace ignis::data
