// Factory registrations of the spatial layers beyond conv/pool2d: transposed convolutions,
// instance norms, upsampling, 1-d and adaptive pools, and EmbeddingBag (nn/factory.h).
#include "nn/factory_util.h"

namespace ignis::nn {
namespace {

using namespace factory_detail;

void add_conv_transpose(ModuleRegistry& r, int dims) {
  std::string name = "ConvTranspose" + std::to_string(dims) + "d";
  // PyTorch's argument order: output_padding and groups come before bias and dilation.
  r.add({name,
         {required("in_channels", T::Int), required("out_channels", T::Int),
          required("kernel_size", T::Ints), optional("stride", T::Ints, int64_t{1}),
          optional("padding", T::Ints, int64_t{0}), optional("output_padding", T::Ints, int64_t{0}),
          optional("groups", T::Int, int64_t{1}), optional("bias", T::Bool, true),
          optional("dilation", T::Ints, int64_t{1}),
          optional("padding_mode", T::String, std::string("zeros")), dtype_opt()},
         [dims, name](const ResolvedOptions& o) -> ModulePtr {
           IGNIS_CHECK(o.s("padding_mode") == "zeros", Unsupported, name,
                       ": only padding_mode \"zeros\" is supported but got \"", o.s("padding_mode"),
                       "\"");
           ConvTransposeOptions c;
           c.stride = o.ints("stride");
           c.padding = o.ints("padding");
           c.output_padding = o.ints("output_padding");
           c.dilation = o.ints("dilation");
           c.groups = o.i("groups");
           c.bias = o.b("bias");
           c.dtype = o.dtype("dtype");
           return std::make_shared<ConvTransposeNd>(dims, o.i("in_channels"), o.i("out_channels"),
                                                    o.ints("kernel_size"), c);
         }});
}

void add_instance_norm(ModuleRegistry& r, int dims) {
  r.add({"InstanceNorm" + std::to_string(dims) + "d",
         {required("num_features", T::Int), optional("eps", T::Float, 1e-5),
          optional("momentum", T::Float, 0.1), optional("affine", T::Bool, false),
          optional("track_running_stats", T::Bool, false), dtype_opt()},
         [dims](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<InstanceNorm>(dims, o.i("num_features"), o.f("eps"),
                                                 o.f("momentum"), o.b("affine"),
                                                 o.b("track_running_stats"), o.dtype("dtype"));
         }});
}

std::optional<std::vector<int64_t>> opt_ints(const ResolvedOptions& o, const char* name) {
  if (o.is_none(name)) return std::nullopt;
  return o.ints(name);
}
std::optional<double> opt_float(const ResolvedOptions& o, const char* name) {
  if (o.is_none(name)) return std::nullopt;
  return o.f(name);
}

void add_upsample(ModuleRegistry& r) {
  r.add({"Upsample",
         {optional("size", T::Ints, std::monostate{}),
          optional("scale_factor", T::Float, std::monostate{}),
          optional("mode", T::String, std::string("nearest")),
          optional("align_corners", T::Bool, std::monostate{})},
         [](const ResolvedOptions& o) -> ModulePtr {
           std::optional<bool> align;
           if (!o.is_none("align_corners")) align = o.b("align_corners");
           return std::make_shared<Upsample>(UpsampleOptions{
               opt_ints(o, "size"), opt_float(o, "scale_factor"), o.s("mode"), align});
         }});
  r.add({"UpsamplingNearest2d",
         {optional("size", T::Ints, std::monostate{}),
          optional("scale_factor", T::Float, std::monostate{})},
         [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<UpsamplingNearest2d>(opt_ints(o, "size"),
                                                        opt_float(o, "scale_factor"));
         }});
  r.add({"UpsamplingBilinear2d",
         {optional("size", T::Ints, std::monostate{}),
          optional("scale_factor", T::Float, std::monostate{})},
         [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<UpsamplingBilinear2d>(opt_ints(o, "size"),
                                                         opt_float(o, "scale_factor"));
         }});
}

void add_pools_1d_and_adaptive(ModuleRegistry& r) {
  r.add({"MaxPool1d",
         {required("kernel_size", T::Int), optional("stride", T::Int, std::monostate{}),
          optional("padding", T::Int, int64_t{0}), optional("dilation", T::Int, int64_t{1}),
          optional("return_indices", T::Bool, false), optional("ceil_mode", T::Bool, false)},
         [](const ResolvedOptions& o) -> ModulePtr {
           IGNIS_CHECK(!o.b("return_indices"), Unsupported,
                       "MaxPool1d: return_indices=true is not supported");
           std::optional<int64_t> stride;
           if (!o.is_none("stride")) stride = o.i("stride");
           return std::make_shared<MaxPool1d>(o.i("kernel_size"), stride, o.i("padding"),
                                              o.b("ceil_mode"), o.i("dilation"));
         }});
  r.add({"AvgPool1d",
         {required("kernel_size", T::Int), optional("stride", T::Int, std::monostate{}),
          optional("padding", T::Int, int64_t{0}), optional("ceil_mode", T::Bool, false),
          optional("count_include_pad", T::Bool, true)},
         [](const ResolvedOptions& o) -> ModulePtr {
           std::optional<int64_t> stride;
           if (!o.is_none("stride")) stride = o.i("stride");
           return std::make_shared<AvgPool1d>(o.i("kernel_size"), stride, o.i("padding"),
                                              o.b("ceil_mode"), o.b("count_include_pad"));
         }});
  r.add({"AdaptiveAvgPool1d",
         {required("output_size", T::Int)},
         [](const ResolvedOptions& o) -> ModulePtr {
           return std::make_shared<AdaptiveAvgPool1d>(o.i("output_size"));
         }});
  r.add({"AdaptiveMaxPool2d",
         {required("output_size", T::Ints), optional("return_indices", T::Bool, false)},
         [](const ResolvedOptions& o) -> ModulePtr {
           IGNIS_CHECK(!o.b("return_indices"), Unsupported,
                       "AdaptiveMaxPool2d: return_indices=true is not supported");
           return std::make_shared<AdaptiveMaxPool2d>(o.ints("output_size"));
         }});
}

void add_embedding_bag(ModuleRegistry& r) {
  r.add({"EmbeddingBag",
         {required("num_embeddings", T::Int), required("embedding_dim", T::Int),
          optional("mode", T::String, std::string("mean")),
          optional("include_last_offset", T::Bool, false),
          optional("padding_idx", T::Int, std::monostate{}), dtype_opt()},
         [](const ResolvedOptions& o) -> ModulePtr {
           std::optional<int64_t> pad;
           if (!o.is_none("padding_idx")) pad = o.i("padding_idx");
           return std::make_shared<EmbeddingBag>(o.i("num_embeddings"), o.i("embedding_dim"),
                                                 o.s("mode"), o.b("include_last_offset"), pad,
                                                 o.dtype("dtype"));
         },
         // (input, offsets, per_sample_weights): offsets and weights may be None or left out.
         [](Module& m, const std::vector<Tensor>& in) -> std::vector<Tensor> {
           auto a = inputs_between("EmbeddingBag", in, 1, 3, "input, offsets, per_sample_weights");
           return {static_cast<EmbeddingBag&>(m).forward(*a[0], a[1], a[2])};
         }});
}

}  // namespace

void register_spatial_modules(ModuleRegistry& r) {
  add_conv_transpose(r, 1);
  add_conv_transpose(r, 2);
  add_instance_norm(r, 1);
  add_instance_norm(r, 2);
  add_upsample(r);
  add_pools_1d_and_adaptive(r);
  add_embedding_bag(r);
}

}  // namespace ignis::nn
