// libFuzzer target: drives ignis_op_call with random op names, argument kinds, shapes, dtypes and
// values, through the C API only. Every call must return a status; a crash, a sanitizer report or
// a leak is a finding. Built and run by scripts/fuzz.sh (clang -fsanitize=fuzzer,address).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <ignis/ignis.h>

namespace {

// Reads the fuzzer's bytes as a stream of small decisions.
struct Input {
  const uint8_t* p;
  size_t n;
  uint8_t byte() {
    if (n == 0) return 0;
    --n;
    return *p++;
  }
  int64_t small_int() {
    uint8_t b = byte();
    if (b == 255) return INT64_MAX;
    if (b == 254) return INT64_MIN;
    if (b == 253) return 64;  // larger, yet every result stays far below 1 GiB
    return static_cast<int64_t>(b % 25) - 8;  // [-8, 16]
  }
  double real() {
    static const double specials[] = {0.0, -0.0, 1.0, -1.5, 0.5, 1e300, -1e-300, 3.0, 2.0, -7.25};
    uint8_t b = byte();
    if (b < 10) return specials[b];
    if (b == 10) return __builtin_nan("");
    if (b == 11) return __builtin_inf();
    return static_cast<double>(b) / 16.0 - 8.0;
  }
};

const char* kStrings[] = {"none",  "tanh", "constant", "reflect", "replicate", "circular", "trunc",
                          "floor", "sum",  "mean",     "prod",    "amax",      "amin",     "fro",
                          "nuc",   "add",  "multiply", "",        "??"};

ignis_tensor* make_tensor(Input& in) {
  int64_t shape[4];
  size_t ndim = in.byte() % 4;
  int64_t numel = 1;
  for (size_t i = 0; i < ndim; ++i) {
    shape[i] = in.byte() % 5;
    numel *= shape[i];
  }
  auto dtype = static_cast<ignis_dtype>(in.byte() % 10);
  size_t nbytes = static_cast<size_t>(numel) * ignis_dtype_itemsize(dtype);
  std::vector<uint8_t> data(nbytes);
  for (size_t i = 0; i < nbytes; ++i) data[i] = in.byte();
  // Integer elements stay small (repeats, indices, counts): an op asked to build a result of
  // 10^18 elements from huge integer data may legitimately try, and that is not a finding.
  auto small = [&](auto* p) {
    for (int64_t i = 0; i < numel; ++i) p[i] = static_cast<int8_t>(in.byte()) % 6;
  };
  switch (dtype) {
  case IGNIS_BOOL:
    for (auto& b : data) b &= 1;  // bool storage holds 0 or 1
    break;
  case IGNIS_INT16:
    small(reinterpret_cast<int16_t*>(data.data()));
    break;
  case IGNIS_INT32:
    small(reinterpret_cast<int32_t*>(data.data()));
    break;
  case IGNIS_INT64:
    small(reinterpret_cast<int64_t*>(data.data()));
    break;
  default:
    break;
  }
  ignis_tensor* t = nullptr;
  if (ignis_tensor_from_data(data.data(), nbytes, shape, ndim, dtype, &t) != IGNIS_OK)
    return nullptr;
  if (in.byte() % 4 == 0 && ndim >= 2) {  // sometimes a strided view
    ignis_tensor* tr = nullptr;
    if (ignis_tensor_transpose(t, 0, 1, &tr) == IGNIS_OK) {
      ignis_tensor_release(t);
      t = tr;
    }
  }
  if (in.byte() % 8 == 0) ignis_tensor_set_requires_grad(t, 1);  // fails for integers: fine
  return t;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Input in{data, size};
  size_t count = ignis_op_count();
  uint8_t pick = in.byte();
  std::string name =
      pick == 255 ? std::string("no.such_op") : ignis_op_name((pick * 7u + in.byte()) % count);
  ignis_op_info info{};
  info.struct_size = sizeof info;
  if (ignis_op_schema(name.c_str(), &info) != IGNIS_OK) info.num_args = 3;

  std::vector<ignis_tensor*> owned;
  std::vector<std::vector<int64_t>> int_lists;
  std::vector<std::vector<const ignis_tensor*>> tensor_lists;
  int_lists.reserve(8);
  tensor_lists.reserve(8);
  size_t nargs = info.num_args;
  if (in.byte() % 8 == 0 && nargs > 0) nargs = in.byte() % (nargs + 1);  // leave defaults
  std::vector<ignis_value> args(nargs);
  for (size_t i = 0; i < nargs; ++i) {
    ignis_op_arg_info arg{};
    arg.struct_size = sizeof arg;
    int32_t kind = IGNIS_VALUE_TENSOR;
    if (ignis_op_arg(name.c_str(), i, &arg) == IGNIS_OK) kind = arg.kind;
    uint8_t mode = in.byte();
    if (mode % 16 == 0) kind = mode / 16 % 11;  // a wrong (or NONE) kind now and then
    ignis_value& v = args[i];
    v.kind = kind;
    switch (kind) {
    case IGNIS_VALUE_TENSOR: {
      ignis_tensor* t = make_tensor(in);
      if (t) owned.push_back(t);
      v.v.tensor = t;  // NULL when creation failed: the call must reject it
      break;
    }
    case IGNIS_VALUE_TENSOR_LIST: {
      tensor_lists.emplace_back();
      size_t n = in.byte() % 4;
      for (size_t k = 0; k < n; ++k) {
        ignis_tensor* t = make_tensor(in);
        if (t) owned.push_back(t);
        tensor_lists.back().push_back(t);
      }
      v.v.tensors.data = tensor_lists.back().data();
      v.v.tensors.count = n;
      break;
    }
    case IGNIS_VALUE_INT:
      v.v.i = in.small_int();
      break;
    case IGNIS_VALUE_INT_LIST: {
      int_lists.emplace_back();
      size_t n = in.byte() % 5;
      for (size_t k = 0; k < n; ++k) int_lists.back().push_back(in.small_int());
      v.v.ints.data = int_lists.back().data();
      v.v.ints.count = n;
      break;
    }
    case IGNIS_VALUE_FLOAT:
      v.v.f = in.real();
      break;
    case IGNIS_VALUE_BOOL:
      v.v.b = in.byte() % 3;
      break;
    case IGNIS_VALUE_SCALAR: {
      uint8_t k = in.byte() % 4;
      v.v.scalar = k == 0   ? ignis_scalar_bool(in.byte() & 1)
                   : k == 1 ? ignis_scalar_int(in.small_int())
                            : ignis_scalar_float(in.real());
      if (k == 3) v.v.scalar.kind = in.byte();  // sometimes an invalid tag
      break;
    }
    case IGNIS_VALUE_DTYPE:
      v.v.dtype = static_cast<ignis_dtype>(in.byte() % 12);
      break;
    case IGNIS_VALUE_DEVICE:
      v.v.device = ignis_device{static_cast<ignis_device_type>(in.byte() % 3), in.byte() % 2};
      break;
    case IGNIS_VALUE_STRING:
      v.v.str =
          in.byte() == 0 ? nullptr : kStrings[in.byte() % (sizeof kStrings / sizeof *kStrings)];
      break;
    default:
      break;
    }
  }

  static const bool verbose = std::getenv("IGNIS_FUZZ_VERBOSE") != nullptr;
  if (verbose) {  // reproducing a finding: say what is called
    std::fprintf(stderr, "ignis_op_call(%s", name.c_str());
    for (const ignis_value& v : args) {
      if (v.kind == IGNIS_VALUE_INT)
        std::fprintf(stderr, ", int %lld", (long long)v.v.i);
      else if (v.kind == IGNIS_VALUE_TENSOR && v.v.tensor) {
        std::fprintf(stderr, ", tensor[");
        int64_t sh[8];
        int64_t nd = ignis_tensor_ndim(v.v.tensor);
        ignis_tensor_shape(v.v.tensor, sh, 8);
        for (int64_t k = 0; k < nd; ++k) std::fprintf(stderr, "%lld ", (long long)sh[k]);
        std::fprintf(stderr, "]");
      } else if (v.kind == IGNIS_VALUE_INT_LIST) {
        std::fprintf(stderr, ", ints[");
        for (size_t k = 0; k < v.v.ints.count; ++k)
          std::fprintf(stderr, "%lld ", (long long)v.v.ints.data[k]);
        std::fprintf(stderr, "]");
      } else
        std::fprintf(stderr, ", kind %d", v.kind);
    }
    std::fprintf(stderr, ")\n");
  }
  ignis_tensor* outs[8] = {};
  size_t n_outs = 0;
  ignis_status s = ignis_op_call(name.c_str(), args.data(), nargs, outs, 8, &n_outs);
  if (s == IGNIS_OK) {
    for (size_t i = 0; i < n_outs; ++i) {
      // Touch every result: geometry, and a copy of the elements when they are few.
      int64_t numel = ignis_tensor_numel(outs[i]);
      ignis_dtype dt;
      if (numel >= 0 && numel < 4096 && ignis_tensor_dtype(outs[i], &dt) == IGNIS_OK) {
        std::vector<uint8_t> buf(static_cast<size_t>(numel) * ignis_dtype_itemsize(dt) + 1);
        ignis_tensor_copy_to(outs[i], buf.data(), buf.size() - 1);
      }
      ignis_tensor_release(outs[i]);
    }
  } else if (ignis_last_error()[0] == '\0') {
    __builtin_trap();  // every failure must come with a message
  } else if (static_cast<int>(s) < 1 || static_cast<int>(s) > 9) {
    __builtin_trap();  // and with a known status
  }
  for (ignis_tensor* t : owned) ignis_tensor_release(t);
  return 0;
}
