#include "tensor/dtype.h"

#include <atomic>
#include <string>

#include "tensor/error.h"

namespace ignis {

int64_t itemsize(DType t) {
  static constexpr int64_t sizes[kNumDTypes] = {1, 1, 1, 2, 4, 8, 2, 2, 4, 8};
  return sizes[static_cast<int>(t)];
}

const char* dtype_name(DType t) {
  static constexpr const char* names[kNumDTypes] = {"bool",    "uint8",  "int8",    "int16",
                                                    "int32",   "int64",  "float16", "bfloat16",
                                                    "float32", "float64"};
  int i = static_cast<int>(t);
  return i >= 0 && i < kNumDTypes ? names[i] : "invalid";
}

DType dtype_from_name(std::string_view n) {
  struct Alias {
    const char* name;
    DType t;
  };
  static constexpr Alias aliases[] = {
      {"bool", DType::Bool}, {"uint8", DType::U8},    {"u8", DType::U8},
      {"int8", DType::I8},   {"i8", DType::I8},       {"int16", DType::I16},
      {"short", DType::I16}, {"i16", DType::I16},     {"int32", DType::I32},
      {"int", DType::I32},   {"i32", DType::I32},     {"int64", DType::I64},
      {"long", DType::I64},  {"i64", DType::I64},     {"float16", DType::F16},
      {"half", DType::F16},  {"f16", DType::F16},     {"bfloat16", DType::BF16},
      {"bf16", DType::BF16}, {"float32", DType::F32}, {"float", DType::F32},
      {"f32", DType::F32},   {"float64", DType::F64}, {"double", DType::F64},
      {"f64", DType::F64},
  };
  for (const Alias& a : aliases)
    if (n == a.name) return a.t;
  IGNIS_FAIL(InvalidArgument, "dtype: expected a dtype name such as 'float32' or 'int64' but got '",
             std::string(n), "'");
}

DType promote_types(DType a, DType b) {
  if (a == b) return a;
  // Table indexed in enum order: b1 u1 i1 i2 i4 i8 f2 bf f4 f8 (PyTorch's promotion lattice).
  constexpr DType b1 = DType::Bool, u1 = DType::U8, i1 = DType::I8, i2 = DType::I16,
                  i4 = DType::I32, i8 = DType::I64, f2 = DType::F16, bf = DType::BF16,
                  f4 = DType::F32, f8 = DType::F64;
  static constexpr DType table[kNumDTypes][kNumDTypes] = {
      /* b1 */ {b1, u1, i1, i2, i4, i8, f2, bf, f4, f8},
      /* u1 */ {u1, u1, i2, i2, i4, i8, f2, bf, f4, f8},
      /* i1 */ {i1, i2, i1, i2, i4, i8, f2, bf, f4, f8},
      /* i2 */ {i2, i2, i2, i2, i4, i8, f2, bf, f4, f8},
      /* i4 */ {i4, i4, i4, i4, i4, i8, f2, bf, f4, f8},
      /* i8 */ {i8, i8, i8, i8, i8, i8, f2, bf, f4, f8},
      /* f2 */ {f2, f2, f2, f2, f2, f2, f2, f4, f4, f8},
      /* bf */ {bf, bf, bf, bf, bf, bf, f4, bf, f4, f8},
      /* f4 */ {f4, f4, f4, f4, f4, f4, f4, f4, f4, f8},
      /* f8 */ {f8, f8, f8, f8, f8, f8, f8, f8, f8, f8},
  };
  return table[static_cast<int>(a)][static_cast<int>(b)];
}

void ResultTypeState::add_tensor(DType t, bool zero_dim) {
  if (zero_dim) {
    zero_ = has_zero_ ? promote_types(zero_, t) : t;
    has_zero_ = true;
  } else {
    dim_ = has_dim_ ? promote_types(dim_, t) : t;
    has_dim_ = true;
  }
}

void ResultTypeState::add_scalar(DType t) {
  // A floating scalar takes the default float dtype, an integral one int64, a bool stays bool.
  DType d = is_floating(t) ? default_float_dtype() : t;
  wrapped_ = has_wrapped_ ? promote_types(wrapped_, d) : d;
  has_wrapped_ = true;
}

DType ResultTypeState::result() const {
  // c10's combine_categories: a lower-priority operand only matters when it raises the
  // category (bool -> integer -> floating); then both are promoted together.
  struct Opt {
    bool present;
    DType t;
  };
  auto combine = [](Opt higher, Opt lower) -> Opt {
    if (!higher.present) return lower;
    if (!lower.present || is_floating(higher.t)) return higher;
    if (higher.t == DType::Bool || is_floating(lower.t))
      return {true, promote_types(higher.t, lower.t)};
    return higher;
  };
  Opt r = combine({has_dim_, dim_}, combine({has_zero_, zero_}, {has_wrapped_, wrapped_}));
  return r.present ? r.t : default_float_dtype();
}

static std::atomic<DType> g_default_float{DType::F32};

DType default_float_dtype() { return g_default_float.load(std::memory_order_relaxed); }

void set_default_float_dtype(DType t) {
  IGNIS_CHECK(t == DType::F32 || t == DType::F64, DType,
              "set_default_dtype: expected float32 or float64 but got ", dtype_name(t));
  g_default_float.store(t);
}

}  // namespace ignis
