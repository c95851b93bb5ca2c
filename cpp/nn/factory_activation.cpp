// Factory registrations of the activations added after the first set in factory_layers.cpp
// (Hardtanh, CELU, Softmin, ..., PReLU, GLU) and AlphaDropout (nn/factory.h).
#include "nn/factory_util.h"

namespace ignis::nn {

using namespace factory_detail;

void register_activation_modules(ModuleRegistry& r) {
  add_plain<Softsign>(r, "Softsign", false);
  add_plain<Tanhshrink>(r, "Tanhshrink", false);
  r.add({"Hardtanh",
         {optional("min_val", T::Float, -1.0), optional("max_val", T::Float, 1.0), inplace_opt()},
         [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<Hardtanh>(o.f("min_val"), o.f("max_val"));
         }});
  r.add(
      {"CELU",
       {optional("alpha", T::Float, 1.0), inplace_opt()},
       [](const ResolvedOptions& o) -> ModulePtr { return std::make_shared<CELU>(o.f("alpha")); }});
  // PyTorch's dim=None picks a dim implicitly (deprecated); here dim is required, as Softmax's.
  r.add({"Softmin", {required("dim", T::Int)}, [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<Softmin>(o.i("dim"));
         }});
  r.add({"Threshold",
         {required("threshold", T::Float), required("value", T::Float), inplace_opt()},
         [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<Threshold>(o.f("threshold"), o.f("value"));
         }});
  r.add(
      {"Hardshrink", {optional("lambd", T::Float, 0.5)}, [](const ResolvedOptions& o) -> ModulePtr {
         return std::make_shared<Hardshrink>(o.f("lambd"));
       }});
  r.add(
      {"Softshrink", {optional("lambd", T::Float, 0.5)}, [](const ResolvedOptions& o) -> ModulePtr {
         return std::make_shared<Softshrink>(o.f("lambd"));
       }});
  r.add({"PReLU",
         {optional("num_parameters", T::Int, int64_t{1}), optional("init", T::Float, 0.25),
          dtype_opt()},
         [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<PReLU>(o.i("num_parameters"), o.f("init"), o.dtype("dtype"));
         }});
  r.add({"GLU", {optional("dim", T::Int, int64_t{-1})}, [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<GLU>(o.i("dim"));
         }});
  r.add({"AlphaDropout",
         {optional("p", T::Float, 0.5), inplace_opt()},
         [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<AlphaDropout>(o.f("p"));
         }});
}

}  // namespace ignis::nn
