// The registrations of the built-in layers with PyTorch's constructor argument names and
// defaults (nn/factory.h): linear, conv, norm, pool, the first activations, losses and
// containers here; the other families in factory_<family>.cpp. A new layer joins with one
// `r.add({...})` in register_builtin_modules (or its family's register_<family>_modules).
#include <cmath>

#include "nn/factory.h"
#include "nn/factory_util.h"
#include "nn/nn.h"

namespace ignis::nn {
namespace {

using namespace factory_detail;

void add_conv(ModuleRegistry& r, int dims) {
  std::string name = "Conv" + std::to_string(dims) + "d";
  r.add(
      {name,
       {required("in_channels", T::Int), required("out_channels", T::Int),
        required("kernel_size", T::Ints), optional("stride", T::Ints, int64_t{1}),
        optional("padding", T::IntsOrString, int64_t{0}), optional("dilation", T::Ints, int64_t{1}),
        optional("groups", T::Int, int64_t{1}), optional("bias", T::Bool, true),
        optional("padding_mode", T::String, std::string("zeros")), dtype_opt()},
       [dims, name](const ResolvedOptions& o) -> ModulePtr {
         IGNIS_CHECK(o.s("padding_mode") == "zeros", Unsupported, name,
                     ": only padding_mode \"zeros\" is supported but got \"", o.s("padding_mode"),
                     "\"");
         ConvOptions c;
         c.stride = o.ints("stride");
         if (o.is_string("padding")) {
           c.padding_mode_str = o.s("padding");
           IGNIS_CHECK(c.padding_mode_str == "same" || c.padding_mode_str == "valid",
                       InvalidArgument, name,
                       ": padding must be \"same\", \"valid\" or ints but got \"",
                       c.padding_mode_str, "\"");
         } else {
           c.padding = o.ints("padding");
         }
         c.dilation = o.ints("dilation");
         c.groups = o.i("groups");
         c.bias = o.b("bias");
         c.dtype = o.dtype("dtype");
         return std::make_shared<ConvNd>(dims, o.i("in_channels"), o.i("out_channels"),
                                         o.ints("kernel_size"), c);
       }});
}

void add_batch_norm(ModuleRegistry& r, int dims) {
  r.add({"BatchNorm" + std::to_string(dims) + "d",
         {required("num_features", T::Int), optional("eps", T::Float, 1e-5),
          optional("momentum", T::Float, 0.1, true), optional("affine", T::Bool, true),
          optional("track_running_stats", T::Bool, true), dtype_opt()},
         [dims](const ResolvedOptions& o) -> ModulePtr {
           // momentum=None is PyTorch's cumulative average, spelled momentum < 0 here.
           double momentum = o.is_none("momentum") ? -1.0 : o.f("momentum");
           return std::make_shared<BatchNorm>(dims, o.i("num_features"), o.f("eps"), momentum,
                                              o.b("affine"), o.b("track_running_stats"),
                                              o.dtype("dtype"));
         }});
}

void add_losses(ModuleRegistry& r) {
  auto reduction = reduction_opt;
  r.add({"CrossEntropyLoss",
         {optional("weight", T::Floats, std::monostate{}),
          optional("ignore_index", T::Int, int64_t{-100}), reduction(),
          optional("label_smoothing", T::Float, 0.0)},
         [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<CrossEntropyLoss>(weight_opt(o, "weight"), o.i("ignore_index"),
                                                     o.s("reduction"), o.f("label_smoothing"));
         },
         two_inputs<CrossEntropyLoss>("CrossEntropyLoss")});
  r.add({"NLLLoss",
         {optional("weight", T::Floats, std::monostate{}),
          optional("ignore_index", T::Int, int64_t{-100}), reduction()},
         [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<NLLLoss>(weight_opt(o, "weight"), o.i("ignore_index"),
                                            o.s("reduction"));
         },
         two_inputs<NLLLoss>("NLLLoss")});
  r.add({"MSELoss",
         {reduction()},
         [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<MSELoss>(o.s("reduction"));
         },
         two_inputs<MSELoss>("MSELoss")});
  r.add({"L1Loss",
         {reduction()},
         [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<L1Loss>(o.s("reduction"));
         },
         two_inputs<L1Loss>("L1Loss")});
  r.add({"BCELoss",
         {optional("weight", T::Floats, std::monostate{}), reduction()},
         [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<BCELoss>(o.s("reduction"), weight_opt(o, "weight"));
         },
         two_inputs<BCELoss>("BCELoss")});
  r.add({"BCEWithLogitsLoss",
         {optional("weight", T::Floats, std::monostate{}), reduction(),
          optional("pos_weight", T::Floats, std::monostate{})},
         [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<BCEWithLogitsLoss>(weight_opt(o, "pos_weight"), o.s("reduction"),
                                                      weight_opt(o, "weight"));
         },
         two_inputs<BCEWithLogitsLoss>("BCEWithLogitsLoss")});
  r.add({"SmoothL1Loss",
         {reduction(), optional("beta", T::Float, 1.0)},
         [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<SmoothL1Loss>(o.s("reduction"), o.f("beta"));
         },
         two_inputs<SmoothL1Loss>("SmoothL1Loss")});
  r.add({"HuberLoss",
         {reduction(), optional("delta", T::Float, 1.0)},
         [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<HuberLoss>(o.s("reduction"), o.f("delta"));
         },
         two_inputs<HuberLoss>("HuberLoss")});
  r.add({"KLDivLoss",
         {reduction(), optional("log_target", T::Bool, false)},
         [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<KLDivLoss>(o.s("reduction"), o.b("log_target"));
         },
         two_inputs<KLDivLoss>("KLDivLoss")});
}

void add_activations(ModuleRegistry& r) {
  add_plain<ReLU>(r, "ReLU", true);
  add_plain<ReLU6>(r, "ReLU6", true);
  add_plain<SELU>(r, "SELU", true);
  add_plain<SiLU>(r, "SiLU", true);
  add_plain<Mish>(r, "Mish", true);
  add_plain<Hardswish>(r, "Hardswish", true);
  add_plain<Hardsigmoid>(r, "Hardsigmoid", true);
  add_plain<Sigmoid>(r, "Sigmoid", false);
  add_plain<LogSigmoid>(r, "LogSigmoid", false);
  add_plain<Tanh>(r, "Tanh", false);
  add_plain<Identity>(r, "Identity", false);
  r.add({"LeakyReLU",
         {optional("negative_slope", T::Float, 0.01), inplace_opt()},
         [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<LeakyReLU>(o.f("negative_slope"));
         }});
  r.add(
      {"ELU",
       {optional("alpha", T::Float, 1.0), inplace_opt()},
       [](const ResolvedOptions& o) -> ModulePtr { return std::make_shared<ELU>(o.f("alpha")); }});
  r.add({"GELU",
         {optional("approximate", T::String, std::string("none"))},
         [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<GELU>(o.s("approximate"));
         }});
  r.add({"Softplus",
         {optional("beta", T::Float, 1.0), optional("threshold", T::Float, 20.0)},
         [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<Softplus>(o.f("beta"), o.f("threshold"));
         }});
  r.add({"Softmax", {required("dim", T::Int)}, [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<Softmax>(o.i("dim"));
         }});
  r.add({"LogSoftmax", {required("dim", T::Int)}, [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<LogSoftmax>(o.i("dim"));
         }});
  r.add(
      {"Dropout",
       {optional("p", T::Float, 0.5), inplace_opt()},
       [](const ResolvedOptions& o) -> ModulePtr { return std::make_shared<Dropout>(o.f("p")); }});
}

void add_linear_family(ModuleRegistry& r) {
  r.add({"Linear",
         {required("in_features", T::Int), required("out_features", T::Int),
          optional("bias", T::Bool, true), dtype_opt()},
         [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<Linear>(o.i("in_features"), o.i("out_features"), o.b("bias"),
                                           o.dtype("dtype"));
         }});
  r.add({"Bilinear",
         {required("in1_features", T::Int), required("in2_features", T::Int),
          required("out_features", T::Int), optional("bias", T::Bool, true), dtype_opt()},
         [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<Bilinear>(o.i("in1_features"), o.i("in2_features"),
                                             o.i("out_features"), o.b("bias"), o.dtype("dtype"));
         },
         two_inputs<Bilinear>("Bilinear")});
  r.add({"Flatten",
         {optional("start_dim", T::Int, int64_t{1}), optional("end_dim", T::Int, int64_t{-1})},
         [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<Flatten>(o.i("start_dim"), o.i("end_dim"));
         }});
  r.add({"Unflatten",
         {required("dim", T::Int), required("unflattened_size", T::Ints)},
         [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<Unflatten>(o.i("dim"), o.ints("unflattened_size"));
         }});
  r.add({"Embedding",
         {required("num_embeddings", T::Int), required("embedding_dim", T::Int),
          optional("padding_idx", T::Int, std::monostate{}), dtype_opt()},
         [](const ResolvedOptions& o) -> ModulePtr {
           int64_t num = o.i("num_embeddings");
           int64_t pad = -1;  // the engine's "no padding row"
           if (!o.is_none("padding_idx")) {
             pad = o.i("padding_idx");
             IGNIS_CHECK(pad >= -num && pad < num, Index,
                         "Embedding: padding_idx must be within num_embeddings (", num,
                         ") but got ", pad);
             if (pad < 0) pad += num;  // PyTorch: negative counts from the end
           }
           return std::make_shared<Embedding>(num, o.i("embedding_dim"), pad, o.dtype("dtype"));
         }});
}

void add_norms(ModuleRegistry& r) {
  add_batch_norm(r, 1);
  add_batch_norm(r, 2);
  r.add({"LayerNorm",
         {required("normalized_shape", T::Ints), optional("eps", T::Float, 1e-5),
          optional("elementwise_affine", T::Bool, true), dtype_opt()},
         [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<LayerNorm>(o.ints("normalized_shape"), o.f("eps"),
                                              o.b("elementwise_affine"), o.dtype("dtype"));
         }});
  r.add({"GroupNorm",
         {required("num_groups", T::Int), required("num_channels", T::Int),
          optional("eps", T::Float, 1e-5), optional("affine", T::Bool, true), dtype_opt()},
         [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<GroupNorm>(o.i("num_groups"), o.i("num_channels"), o.f("eps"),
                                              o.b("affine"), o.dtype("dtype"));
         }});
  r.add({"RMSNorm",
         {required("normalized_shape", T::Ints), optional("eps", T::Float, std::monostate{}),
          optional("elementwise_affine", T::Bool, true), dtype_opt()},
         [](const ResolvedOptions& o) -> ModulePtr {
           std::optional<double> eps;
           if (!o.is_none("eps")) eps = o.f("eps");
           return std::make_shared<RMSNorm>(o.ints("normalized_shape"), eps,
                                            o.b("elementwise_affine"), o.dtype("dtype"));
         }});
}

void add_pools(ModuleRegistry& r) {
  r.add({"MaxPool2d",
         {required("kernel_size", T::Ints), optional("stride", T::Ints, std::monostate{}),
          optional("padding", T::Ints, int64_t{0}), optional("dilation", T::Ints, int64_t{1}),
          optional("return_indices", T::Bool, false), optional("ceil_mode", T::Bool, false)},
         [](const ResolvedOptions& o) -> ModulePtr {
           IGNIS_CHECK(!o.b("return_indices"), Unsupported,
                       "MaxPool2d: return_indices=true is not supported");
           Ints stride = o.is_none("stride") ? Ints{} : o.ints("stride");
           return std::make_shared<MaxPool2d>(o.ints("kernel_size"), stride, o.ints("padding"),
                                              o.b("ceil_mode"), o.ints("dilation"));
         }});
  r.add({"AvgPool2d",
         {required("kernel_size", T::Ints), optional("stride", T::Ints, std::monostate{}),
          optional("padding", T::Ints, int64_t{0}), optional("ceil_mode", T::Bool, false),
          optional("count_include_pad", T::Bool, true),
          optional("divisor_override", T::Int, std::monostate{})},
         [](const ResolvedOptions& o) -> ModulePtr {
           Ints stride = o.is_none("stride") ? Ints{} : o.ints("stride");
           std::optional<int64_t> divisor;
           if (!o.is_none("divisor_override")) divisor = o.i("divisor_override");
           return std::make_shared<AvgPool2d>(o.ints("kernel_size"), stride, o.ints("padding"),
                                              o.b("ceil_mode"), o.b("count_include_pad"), divisor);
         }});
  r.add({"AdaptiveAvgPool2d",
         {required("output_size", T::Ints)},
         [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<AdaptiveAvgPool2d>(o.ints("output_size"));
         }});
}

void add_containers(ModuleRegistry& r) {
  add_plain<Sequential>(r, "Sequential", false);
  add_plain<ModuleList>(r, "ModuleList", false);
  add_plain<ModuleDict>(r, "ModuleDict", false);
}

}  // namespace

void register_builtin_modules(ModuleRegistry& r) {
  add_linear_family(r);
  add_conv(r, 1);
  add_conv(r, 2);
  add_conv(r, 3);
  add_norms(r);
  add_pools(r);
  add_activations(r);
  add_losses(r);
  add_containers(r);
  register_spatial_modules(r);
  register_activation_modules(r);
  register_sequence_modules(r);
}

}  // namespace ignis::nn
