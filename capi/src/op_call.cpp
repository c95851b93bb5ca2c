// ops.h's dynamic entry: ignis_op_call over the generated table (ops.gen.cpp), schema
// introspection, and the readers that turn tagged ignis_value arguments into engine types.
#include <string_view>
#include <unordered_map>

#include "capi/src/glue.h"

using namespace ignis;

namespace ignis::capi::dyn {

namespace {
const char* kind_name(int32_t k) {
  static const char* names[] = {"NONE", "TENSOR", "TENSOR_LIST", "INT",    "INT_LIST", "FLOAT",
                                "BOOL", "SCALAR", "DTYPE",       "DEVICE", "STRING"};
  return k >= 0 && k <= 10 ? names[k] : "invalid";
}
[[noreturn]] void wrong(const ignis_value& v, const char* fn, const char* name, const char* want) {
  IGNIS_FAIL(InvalidArgument, fn, ": argument '", name, "' expects ", want,
             " but got an ignis_value of kind ", kind_name(v.kind), " (", v.kind, ")");
}
}  // namespace

const ignis_value& required(const ignis_value* a, size_t n, size_t i, const char* fn,
                            const char* name) {
  if (!present(a, n, i))
    IGNIS_FAIL(InvalidArgument, fn, ": missing required argument '", name, "' (position ", i, ")");
  return a[i];
}

Tensor get_tensor(const ignis_value& v, const char* fn, const char* name) {
  if (v.kind != IGNIS_VALUE_TENSOR) wrong(v, fn, name, "a TENSOR");
  require(v.v.tensor, fn, name);
  return Tensor(Ref<TensorImpl>(impl(v.v.tensor)));
}

std::vector<Tensor> get_tensor_list(const ignis_value& v, const char* fn, const char* name) {
  if (v.kind != IGNIS_VALUE_TENSOR_LIST) wrong(v, fn, name, "a TENSOR_LIST");
  return tensor_list_arg(fn, name, v.v.tensors.data, v.v.tensors.count);
}

int64_t get_int(const ignis_value& v, const char* fn, const char* name) {
  if (v.kind == IGNIS_VALUE_INT) return v.v.i;
  if (v.kind == IGNIS_VALUE_BOOL) return v.v.b != 0;
  if (v.kind == IGNIS_VALUE_SCALAR && v.v.scalar.kind != IGNIS_SCALAR_FLOAT)
    return v.v.scalar.value.i;
  wrong(v, fn, name, "an INT");
}

std::vector<int64_t> get_int_list(const ignis_value& v, const char* fn, const char* name) {
  if (v.kind == IGNIS_VALUE_INT) return {v.v.i};
  if (v.kind != IGNIS_VALUE_INT_LIST) wrong(v, fn, name, "an INT_LIST");
  IGNIS_CHECK(v.v.ints.count <= (size_t(1) << 24), InvalidArgument, fn, ": argument '", name,
              "' has an implausible length ", v.v.ints.count);
  if (v.v.ints.count > 0) require(v.v.ints.data, fn, name);
  return std::vector<int64_t>(v.v.ints.data, v.v.ints.data + v.v.ints.count);
}

double get_float(const ignis_value& v, const char* fn, const char* name) {
  if (v.kind == IGNIS_VALUE_FLOAT) return v.v.f;
  if (v.kind == IGNIS_VALUE_INT) return static_cast<double>(v.v.i);
  if (v.kind == IGNIS_VALUE_SCALAR) return scalar_arg(fn, name, v.v.scalar).to_double();
  wrong(v, fn, name, "a FLOAT");
}

bool get_bool(const ignis_value& v, const char* fn, const char* name) {
  if (v.kind == IGNIS_VALUE_BOOL) return v.v.b != 0;
  if (v.kind == IGNIS_VALUE_INT) return v.v.i != 0;
  wrong(v, fn, name, "a BOOL");
}

Scalar get_scalar(const ignis_value& v, const char* fn, const char* name) {
  switch (v.kind) {
  case IGNIS_VALUE_SCALAR:
    return scalar_arg(fn, name, v.v.scalar);
  case IGNIS_VALUE_INT:
    return Scalar(v.v.i);
  case IGNIS_VALUE_FLOAT:
    return Scalar(v.v.f);
  case IGNIS_VALUE_BOOL:
    return Scalar(v.v.b != 0);
  }
  wrong(v, fn, name, "a SCALAR");
}

DType get_dtype(const ignis_value& v, const char* fn, const char* name) {
  if (v.kind != IGNIS_VALUE_DTYPE) wrong(v, fn, name, "a DTYPE");
  return dtype_arg(fn, name, v.v.dtype);
}

Device get_device(const ignis_value& v, const char* fn, const char* name) {
  if (v.kind != IGNIS_VALUE_DEVICE) wrong(v, fn, name, "a DEVICE");
  return device_arg(fn, name, v.v.device);
}

std::string get_str(const ignis_value& v, const char* fn, const char* name) {
  if (v.kind != IGNIS_VALUE_STRING) wrong(v, fn, name, "a STRING");
  require(v.v.str, fn, name);
  return v.v.str;
}

}  // namespace ignis::capi::dyn

namespace {

const capi::OpEntry* find_op(const char* name) {
  static const auto* index = [] {
    auto* m = new std::unordered_map<std::string_view, const capi::OpEntry*>();
    for (size_t i = 0; i < capi::kNumOps; ++i) (*m)[capi::kOps[i].name] = &capi::kOps[i];
    return m;
  }();
  auto it = index->find(name);
  if (it == index->end())
    IGNIS_FAIL(InvalidArgument, "ignis_op_call: unknown op '", name,
               "' (names look like \"add.Tensor\"; see ignis_op_name)");
  return it->second;
}

}  // namespace

extern "C" {

IGNIS_API size_t ignis_op_count(void) { return capi::kNumOps; }

IGNIS_API const char* ignis_op_name(size_t i) {
  return i < capi::kNumOps ? capi::kOps[i].name : nullptr;
}

IGNIS_API ignis_status ignis_op_schema(const char* name, ignis_op_info* info) {
  IGNIS_CAPI_TRY
  capi::require(name, "ignis_op_schema", "name");
  capi::require(info, "ignis_op_schema", "info");
  IGNIS_CHECK(info->struct_size >= sizeof(ignis_op_info), InvalidArgument,
              "ignis_op_schema: info->struct_size is ", info->struct_size, ", expected at least ",
              sizeof(ignis_op_info));
  const capi::OpEntry* e = find_op(name);
  info->name = e->name;
  info->schema = e->schema;
  info->doc = e->doc;
  info->num_args = e->num_args;
  info->num_returns = e->num_returns;
  info->inplace = e->inplace;
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_op_arg(const char* name, size_t i, ignis_op_arg_info* info) {
  IGNIS_CAPI_TRY
  capi::require(name, "ignis_op_arg", "name");
  capi::require(info, "ignis_op_arg", "info");
  IGNIS_CHECK(info->struct_size >= sizeof(ignis_op_arg_info), InvalidArgument,
              "ignis_op_arg: info->struct_size is ", info->struct_size, ", expected at least ",
              sizeof(ignis_op_arg_info));
  const capi::OpEntry* e = find_op(name);
  IGNIS_CHECK(i < e->num_args, Index, "ignis_op_arg: ", name, " has ", e->num_args,
              " arguments, so index ", i, " is out of range");
  const capi::OpArg& a = e->args[i];
  info->name = a.name;
  info->type = a.type;
  info->kind = a.kind;
  info->optional = a.optional;
  info->has_default = a.has_default;
  info->kwonly = a.kwonly;
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_op_call(const char* name, const ignis_value* args, size_t n_args,
                                     ignis_tensor** outs, size_t outs_capacity, size_t* n_outs) {
  constexpr const char* fn = "ignis_op_call";
  if (n_outs) *n_outs = 0;
  if (outs_capacity > 0 && !outs) return capi::null_out(fn, "outs");
  for (size_t i = 0; i < outs_capacity; ++i) outs[i] = nullptr;
  IGNIS_CAPI_TRY
  capi::require(name, fn, "name");
  if (n_args > 0) capi::require(args, fn, "args");
  const capi::OpEntry* e = find_op(name);
  IGNIS_CHECK(n_args <= e->num_args, InvalidArgument, fn, ": ", name, " takes at most ",
              e->num_args, " arguments but got ", n_args);
  std::vector<Tensor> results;
  e->call(args, n_args, results);
  IGNIS_CHECK(results.size() <= outs_capacity, InvalidArgument, fn, ": ", name, " returned ",
              results.size(), " tensors but outs holds only ", outs_capacity);
  for (size_t i = 0; i < results.size(); ++i) outs[i] = capi::leak(std::move(results[i]));
  if (n_outs) *n_outs = results.size();
  IGNIS_CAPI_CATCH
}

}  // extern "C"
