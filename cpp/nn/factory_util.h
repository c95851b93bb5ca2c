// Helpers shared by the factory registration files (factory_layers.cpp, factory_<family>.cpp):
// common option specs and the N-in/M-out forward adapters. Internal to cpp/nn.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "nn/factory.h"
#include "nn/nn.h"

namespace ignis::nn::factory_detail {

using T = OptionType;
using Ints = std::vector<int64_t>;

inline OptionSpec dtype_opt() { return optional("dtype", T::DType, std::string("float32")); }
// PyTorch activations take `inplace`; the result is the same tensor values, so it is accepted
// and the computation stays out of place.
inline OptionSpec inplace_opt() { return optional("inplace", T::Bool, false); }
inline OptionSpec reduction_opt() { return optional("reduction", T::String, std::string("mean")); }

// Checks that forward_n got between min_n and max_n inputs and that the first min_n are tensors
// (not None); returns the inputs padded with None up to max_n, so optional trailing inputs may
// be left out as in PyTorch's keyword defaults.
inline std::vector<std::optional<Tensor>> inputs_between(const std::string& who,
                                                         const std::vector<Tensor>& in,
                                                         size_t min_n, size_t max_n,
                                                         const char* names) {
  IGNIS_CHECK(in.size() >= min_n && in.size() <= max_n, InvalidArgument, who, ": forward takes ",
              min_n == max_n ? std::to_string(min_n)
                             : std::to_string(min_n) + " to " + std::to_string(max_n),
              " input tensors (", names, ") but got ", in.size());
  std::vector<std::optional<Tensor>> out(max_n);
  for (size_t k = 0; k < in.size(); ++k) {
    if (in[k].defined()) {
      out[k] = in[k];
    } else {
      IGNIS_CHECK(k >= min_n, InvalidArgument, who, ": forward input ", k,
                  " is None; expected a tensor (inputs: ", names, ")");
    }
  }
  return out;
}

// forward for layers taking (input, target) or (x1, x2): two tensors in, one out.
template <typename M>
ForwardN two_inputs(const char* who) {
  return [who](Module& m, const std::vector<Tensor>& in) -> std::vector<Tensor> {
    IGNIS_CHECK(in.size() == 2, InvalidArgument, who, ": forward takes 2 input tensors but got ",
                in.size());
    for (size_t k = 0; k < 2; ++k)
      IGNIS_CHECK(in[k].defined(), InvalidArgument, who, ": forward input ", k,
                  " is None; expected a tensor");
    return {static_cast<M&>(m).forward(in[0], in[1])};
  };
}

// A 1-d float tensor from a list option (class weights), or nullopt for None.
inline std::optional<Tensor> weight_opt(const ResolvedOptions& o, const std::string& name) {
  if (o.is_none(name)) return std::nullopt;
  std::vector<double> w = o.floats(name);
  Tensor t = empty({static_cast<int64_t>(w.size())}, {.dtype = DType::F64});
  for (size_t i = 0; i < w.size(); ++i) t.data_ptr<double>()[i] = w[i];
  return t.to(DType::F32);
}

// Activations without options of their own (besides inplace where PyTorch has it).
template <typename M>
void add_plain(ModuleRegistry& r, const char* name, bool has_inplace) {
  std::vector<OptionSpec> specs;
  if (has_inplace) specs.push_back(inplace_opt());
  r.add({name, specs, [](const ResolvedOptions&) -> ModulePtr { return std::make_shared<M>(); }});
}

}  // namespace ignis::nn::factory_detail

namespace ignis::nn {
// The registrations of each family, called by register_builtin_modules.
void register_spatial_modules(ModuleRegistry& r);     // factory_spatial.cpp
void register_activation_modules(ModuleRegistry& r);  // factory_activation.cpp
void register_sequence_modules(ModuleRegistry& r);    // factory_sequence.cpp
}  // namespace ignis::nn
