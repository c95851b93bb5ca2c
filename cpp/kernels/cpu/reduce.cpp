// CPU reductions and scans: one templated row loop per op (several accumulators for ILP, wide
// accumulators: double for floats, int64 for integers), a column-blocked loop when the reduced
// dim is the outer one, per-thread partials combined in a fixed order for one long row, and
// Highway fast paths for contiguous float32 rows (reduce_hwy.cpp).
#include "kernels/reduce.h"

#include <cmath>
#include <limits>
#include <type_traits>
#include <vector>

#include "kernels/cpu/reduce_hwy.h"
#include "kernels/cpu/reduce_rows.h"
#include "tensor/convert.h"
#include "tensor/dispatch.h"

namespace ignis {
namespace {

template <typename T>
inline constexpr bool is_float_v = std::is_floating_point_v<T> || is_reduced_float_v<T>;

// Wide accumulator of T: double for floats, int64 for integers and bool.
template <typename T>
using wide_t = std::conditional_t<is_float_v<T>, double, int64_t>;
// Element type of a sum/prod/cumsum result for input T.
template <typename T>
using sum_out_t = std::conditional_t<is_float_v<T>, T, int64_t>;
// Type max/min compare in (16-bit floats as float).
template <typename T>
using cmp_t = std::conditional_t<is_reduced_float_v<T>, float, T>;

template <typename T>
inline bool is_nan(T v) {
  if constexpr (is_float_v<T>)
    return std::isnan(static_cast<double>(convert<double>(v)));
  else
    return false;
}

// ---- single-pass ops: acc init(), step(acc, x), combine(a, b), finish(acc, n) -> out_t
template <typename T>
struct SumOp {
  using in_t = T;
  using acc_t = wide_t<T>;
  using out_t = sum_out_t<T>;
  static constexpr bool kHwySum = true;
  acc_t init() const { return 0; }
  acc_t step(acc_t a, T x) const { return a + convert<acc_t>(x); }
  acc_t combine(acc_t a, acc_t b) const { return a + b; }
  out_t finish(acc_t a, int64_t) const { return convert<out_t>(a); }
};
template <typename T>
struct MeanOp : SumOp<T> {
  using out_t = T;
  T finish(double a, int64_t n) const { return convert<T>(a / static_cast<double>(n)); }
};
template <typename T>
struct ProdOp {
  using in_t = T;
  using acc_t = wide_t<T>;
  using out_t = sum_out_t<T>;
  acc_t init() const { return 1; }
  acc_t step(acc_t a, T x) const { return a * convert<acc_t>(x); }
  acc_t combine(acc_t a, acc_t b) const { return a * b; }
  out_t finish(acc_t a, int64_t) const { return convert<out_t>(a); }
};
template <typename T, bool kMax>
struct ExtremeOp {  // max / min with nan propagation
  using in_t = T;
  using acc_t = cmp_t<T>;
  using out_t = T;
  static constexpr bool kHwyMax = kMax, kHwyMin = !kMax;
  acc_t init() const {
    if constexpr (std::is_same_v<T, bool>)
      return !kMax;
    else if constexpr (std::numeric_limits<acc_t>::has_infinity)
      return kMax ? -std::numeric_limits<acc_t>::infinity()
                  : std::numeric_limits<acc_t>::infinity();
    else
      return kMax ? std::numeric_limits<acc_t>::lowest() : std::numeric_limits<acc_t>::max();
  }
  acc_t step(acc_t a, T xv) const {
    acc_t x = static_cast<acc_t>(xv);
    if constexpr (is_float_v<T>)
      if (x != x) return x;
    return (kMax ? x > a : x < a) ? x : a;
  }
  acc_t combine(acc_t a, acc_t b) const {
    if (a != a) return a;
    if (b != b) return b;
    return (kMax ? b > a : b < a) ? b : a;
  }
  out_t finish(acc_t a, int64_t) const { return static_cast<T>(a); }
};
template <typename T, bool kAll>
struct LogicalOp {
  using in_t = T;
  using acc_t = int64_t;
  using out_t = bool;
  acc_t init() const { return kAll; }
  acc_t step(acc_t a, T x) const {
    return kAll ? (a && convert<bool>(x)) : (a || convert<bool>(x));
  }
  acc_t combine(acc_t a, acc_t b) const { return kAll ? (a && b) : (a || b); }
  out_t finish(acc_t a, int64_t) const { return a != 0; }
};
template <typename T>
struct CountOp {
  using in_t = T;
  using acc_t = int64_t;
  using out_t = int64_t;
  acc_t init() const { return 0; }
  acc_t step(acc_t a, T x) const { return a + (convert<bool>(x) ? 1 : 0); }
  acc_t combine(acc_t a, acc_t b) const { return a + b; }
  out_t finish(acc_t a, int64_t) const { return a; }
};
template <typename T>
struct NormOp {  // kind: 0 = count, 1 = sum |x|, 2 = sqrt(sum x^2), 3 = max |x|, 4 = min |x|, 5 =
                 // general
  using in_t = T;
  using acc_t = double;
  using out_t = T;
  int kind;
  double p;
  acc_t init() const {
    return kind == 3 ? 0.0 : kind == 4 ? std::numeric_limits<double>::infinity() : 0.0;
  }
  acc_t step(acc_t a, T xv) const {
    double x = std::fabs(convert<double>(xv));
    switch (kind) {
    case 0:
      return a + (x != 0);
    case 1:
      return a + x;
    case 2:
      return a + x * x;
    case 3:
      return (x != x || x > a) && a == a ? x : a;
    case 4:
      return (x != x || x < a) && a == a ? x : a;
    default:
      return a + std::pow(x, p);
    }
  }
  acc_t combine(acc_t a, acc_t b) const {
    if (kind == 3 || kind == 4)
      return a != a ? a : b != b ? b : kind == 3 ? std::max(a, b) : std::min(a, b);
    return a + b;
  }
  out_t finish(acc_t a, int64_t) const {
    return convert<T>(kind == 2 ? std::sqrt(a) : kind == 5 ? std::pow(a, 1.0 / p) : a);
  }
};
template <typename T>
struct SqDevOp {  // sum of (x - mean)^2
  using acc_t = double;
  double mean;
  acc_t init() const { return 0; }
  acc_t step(acc_t a, T x) const {
    double d = convert<double>(x) - mean;
    return a + d * d;
  }
  acc_t combine(acc_t a, acc_t b) const { return a + b; }
};
template <typename T>
struct SumExpOp {  // sum of exp(x - m)
  using acc_t = double;
  double m;
  acc_t init() const { return 0; }
  acc_t step(acc_t a, T x) const { return a + std::exp(convert<double>(x) - m); }
  acc_t combine(acc_t a, acc_t b) const { return a + b; }
};

// Serial reduction of n elements at p with element stride st, four accumulators for ILP.
template <class Op, typename T>
typename Op::acc_t reduce_serial(const Op& op, const T* p, int64_t n, int64_t st) {
  using acc_t = typename Op::acc_t;
  if constexpr (std::is_same_v<T, float>) {
    if (st == 1) {
      if constexpr (requires { Op::kHwySum; }) return static_cast<acc_t>(cpu::hwy_sum_f32(p, n));
      if constexpr (requires { Op::kHwyMax; }) {
        if constexpr (Op::kHwyMax)
          return cpu::hwy_max_f32(p, n);
        else
          return cpu::hwy_min_f32(p, n);
      }
    }
  }
  acc_t a0 = op.init(), a1 = op.init(), a2 = op.init(), a3 = op.init();
  int64_t i = 0;
  for (; i + 4 <= n; i += 4) {
    a0 = op.step(a0, p[i * st]);
    a1 = op.step(a1, p[(i + 1) * st]);
    a2 = op.step(a2, p[(i + 2) * st]);
    a3 = op.step(a3, p[(i + 3) * st]);
  }
  for (; i < n; ++i) a0 = op.step(a0, p[i * st]);
  return op.combine(op.combine(a0, a1), op.combine(a2, a3));
}

// Reduction of one row; a long row is split into one chunk per thread and the partials are
// combined in chunk order (deterministic for a given thread count).
template <class Op, typename T>
typename Op::acc_t reduce_row(const Op& op, const T* p, int64_t n, int64_t st) {
  using acc_t = typename Op::acc_t;
  int nt = get_num_threads();
  if (n < 4 * kGrainSize || nt < 2 || in_parallel_region()) return reduce_serial(op, p, n, st);
  int64_t chunk = (n + nt - 1) / nt;
  std::vector<acc_t> part(nt, op.init());
  parallel_for(0, nt, 1, [&](int64_t b, int64_t e) {
    for (int64_t c = b; c < e; ++c) {
      int64_t lo = c * chunk, len = std::min(chunk, n - lo);
      if (len > 0) part[c] = reduce_serial(op, p + lo * st, len, st);
    }
  });
  acc_t a = part[0];
  for (int c = 1; c < nt; ++c) a = op.combine(a, part[c]);
  return a;
}

// Runs a single-pass op over every row of in (kept..., R) into out (kept...).
template <class Op>
void run_single(const Op& op, const Tensor& out, const Tensor& in) {
  using T = typename Op::in_t;
  using out_t = typename Op::out_t;
  using acc_t = typename Op::acc_t;
  IGNIS_CHECK(out.dtype() == dtype_of<out_t>, Internal, "reduce: unexpected output dtype ",
              dtype_name(out.dtype()));
  int64_t R = in.size(-1), st = in.stride(-1);
  cpu::for_each_rows({out}, {cpu::drop_last_dim(in)}, R, "reduce",
                     [&](char** data, const int64_t* strides, int64_t n) {
                       char* o = data[0];
                       const char* ip = data[1];
                       if (n > 1 && strides[1] == int64_t(sizeof(T)) && st != 1) {
                         // Outer reduction: neighbouring rows start at neighbouring elements; walk
                         // the reduced dim once for a tile of rows, vectorizable across the tile.
                         constexpr int64_t kTile = 64;
                         for (int64_t j0 = 0; j0 < n; j0 += kTile) {
                           int64_t m = std::min(kTile, n - j0);
                           acc_t acc[kTile];
                           for (int64_t j = 0; j < m; ++j) acc[j] = op.init();
                           const T* base = reinterpret_cast<const T*>(ip) + j0;
                           for (int64_t r = 0; r < R; ++r) {
                             const T* row = base + r * st;
                             for (int64_t j = 0; j < m; ++j) acc[j] = op.step(acc[j], row[j]);
                           }
                           for (int64_t j = 0; j < m; ++j)
                             *reinterpret_cast<out_t*>(o + (j0 + j) * strides[0]) =
                                 op.finish(acc[j], R);
                         }
                         return;
                       }
                       for (int64_t i = 0; i < n; ++i) {
                         const T* row = reinterpret_cast<const T*>(ip + i * strides[1]);
                         *reinterpret_cast<out_t*>(o + i * strides[0]) =
                             op.finish(reduce_row(op, row, R, st), R);
                       }
                     });
}

// Runs row(const T* p, n, st) -> out_t over every row (multi-pass ops).
template <typename T, typename out_t, typename RowFn>
void run_rows(const Tensor& out, const Tensor& in, const RowFn& row) {
  IGNIS_CHECK(out.dtype() == dtype_of<out_t>, Internal, "reduce: unexpected output dtype ",
              dtype_name(out.dtype()));
  int64_t R = in.size(-1), st = in.stride(-1);
  cpu::for_each_rows({out}, {cpu::drop_last_dim(in)}, R, "reduce",
                     [&](char** data, const int64_t* strides, int64_t n) {
                       for (int64_t i = 0; i < n; ++i)
                         *reinterpret_cast<out_t*>(data[0] + i * strides[0]) =
                             row(reinterpret_cast<const T*>(data[1] + i * strides[1]), R, st);
                     });
}

void reduce_cpu(ReduceOp op, const Tensor& out, const Tensor& in, double arg) {
  const char* name = "reduce";
  switch (op) {
  case ReduceOp::Sum:
    return IGNIS_DISPATCH_ALL(in.dtype(), "sum", [&] { run_single(SumOp<scalar_t>{}, out, in); });
  case ReduceOp::Prod:
    return IGNIS_DISPATCH_ALL(in.dtype(), "prod", [&] { run_single(ProdOp<scalar_t>{}, out, in); });
  case ReduceOp::Mean:
    return IGNIS_DISPATCH_FLOATING(in.dtype(), "mean",
                                   [&] { run_single(MeanOp<scalar_t>{}, out, in); });
  case ReduceOp::Max:
    return IGNIS_DISPATCH_ALL(in.dtype(), "max",
                              [&] { run_single(ExtremeOp<scalar_t, true>{}, out, in); });
  case ReduceOp::Min:
    return IGNIS_DISPATCH_ALL(in.dtype(), "min",
                              [&] { run_single(ExtremeOp<scalar_t, false>{}, out, in); });
  case ReduceOp::All:
    return IGNIS_DISPATCH_ALL(in.dtype(), "all",
                              [&] { run_single(LogicalOp<scalar_t, true>{}, out, in); });
  case ReduceOp::Any:
    return IGNIS_DISPATCH_ALL(in.dtype(), "any",
                              [&] { run_single(LogicalOp<scalar_t, false>{}, out, in); });
  case ReduceOp::CountNonzero:
    return IGNIS_DISPATCH_ALL(in.dtype(), "count_nonzero",
                              [&] { run_single(CountOp<scalar_t>{}, out, in); });
  case ReduceOp::Norm: {
    int kind = arg == 0 ? 0 : arg == 1 ? 1 : arg == 2 ? 2 : std::isinf(arg) ? (arg > 0 ? 3 : 4) : 5;
    return IGNIS_DISPATCH_FLOATING(in.dtype(), "norm", [&] {
      run_single(NormOp<scalar_t>{kind, arg}, out, in);
    });
  }
  case ReduceOp::Var:
  case ReduceOp::Std: {
    bool take_sqrt = op == ReduceOp::Std;
    return IGNIS_DISPATCH_FLOATING(in.dtype(), take_sqrt ? "std" : "var", [&] {
      run_rows<scalar_t, scalar_t>(out, in, [&](const scalar_t* p, int64_t n, int64_t st) {
        double mean = static_cast<double>(reduce_row(SumOp<scalar_t>{}, p, n, st)) / n;
        double ss = reduce_row(SqDevOp<scalar_t>{mean}, p, n, st);
        double v = ss / std::max(0.0, static_cast<double>(n) - arg);
        return convert<scalar_t>(take_sqrt ? std::sqrt(v) : v);
      });
    });
  }
  case ReduceOp::LogSumExp:
    return IGNIS_DISPATCH_FLOATING(in.dtype(), "logsumexp", [&] {
      run_rows<scalar_t, scalar_t>(out, in, [&](const scalar_t* p, int64_t n, int64_t st) {
        double m = reduce_row(ExtremeOp<scalar_t, true>{}, p, n, st);
        if (std::isinf(m) || std::isnan(m)) return convert<scalar_t>(m);
        double s = reduce_row(SumExpOp<scalar_t>{m}, p, n, st);
        return convert<scalar_t>(std::log(s) + m);
      });
    });
  }
  IGNIS_FAIL(Internal, name, ": unknown reduction");
}

// ---- argmax / argmin and max.dim / min.dim

// Index of the first extreme of p[0..n) (stride st); nan is the extreme.
template <typename T, bool kMax>
std::pair<cmp_t<T>, int64_t> arg_serial(const T* p, int64_t n, int64_t st, int64_t base) {
  using C = cmp_t<T>;
  C best = static_cast<C>(p[0]);
  int64_t bi = 0;
  if (!is_nan(best)) {
    for (int64_t i = 1; i < n; ++i) {
      C x = static_cast<C>(p[i * st]);
      if (is_nan(x)) {
        best = x;
        bi = i;
        break;
      }
      if (kMax ? x > best : x < best) {
        best = x;
        bi = i;
      }
    }
  }
  return {best, bi + base};
}

template <typename T, bool kMax>
std::pair<cmp_t<T>, int64_t> arg_row(const T* p, int64_t n, int64_t st) {
  if constexpr (std::is_same_v<T, float>)
    if (st == 1 && n >= 64) return cpu::hwy_argext_f32(p, n, kMax);
  int nt = get_num_threads();
  if (n < 4 * kGrainSize || nt < 2 || in_parallel_region()) return arg_serial<T, kMax>(p, n, st, 0);
  int64_t chunk = (n + nt - 1) / nt;
  std::vector<std::pair<cmp_t<T>, int64_t>> part(nt, {cmp_t<T>(), -1});
  parallel_for(0, nt, 1, [&](int64_t b, int64_t e) {
    for (int64_t c = b; c < e; ++c) {
      int64_t lo = c * chunk, len = std::min(chunk, n - lo);
      if (len > 0) part[c] = arg_serial<T, kMax>(p + lo * st, len, st, lo);
    }
  });
  auto best = part[0];
  for (int c = 1; c < nt; ++c) {
    if (part[c].second < 0 || is_nan(best.first)) continue;
    if (is_nan(part[c].first) || (kMax ? part[c].first > best.first : part[c].first < best.first))
      best = part[c];
  }
  return best;
}

void arg_reduce_cpu(bool is_max, const Tensor& values, const Tensor& indices, const Tensor& in) {
  const char* name = is_max ? "argmax" : "argmin";
  int64_t R = in.size(-1), st = in.stride(-1);
  Tensor vals = values.defined() ? values : indices;  // placeholder operand when unused
  bool want_values = values.defined();
  IGNIS_DISPATCH_ALL(in.dtype(), name, [&] {
    cpu::for_each_rows({vals, indices}, {cpu::drop_last_dim(in)}, R, name,
                       [&](char** data, const int64_t* strides, int64_t n) {
                         for (int64_t i = 0; i < n; ++i) {
                           const auto* row =
                               reinterpret_cast<const scalar_t*>(data[2] + i * strides[2]);
                           auto r = is_max ? arg_row<scalar_t, true>(row, R, st)
                                           : arg_row<scalar_t, false>(row, R, st);
                           if (want_values)
                             *reinterpret_cast<scalar_t*>(data[0] + i * strides[0]) =
                                 static_cast<scalar_t>(r.first);
                           *reinterpret_cast<int64_t*>(data[1] + i * strides[1]) = r.second;
                         }
                       });
  });
}

// ---- cumsum / cumprod

void scan_cpu(ScanOp op, const Tensor& out, const Tensor& in) {
  int64_t R = in.size(-1), ist = in.stride(-1), ost = out.stride(-1);
  IGNIS_DISPATCH_ALL(in.dtype(), op == ScanOp::Sum ? "cumsum" : "cumprod", [&] {
    using out_t = sum_out_t<scalar_t>;
    using acc_t = wide_t<scalar_t>;
    IGNIS_CHECK(out.dtype() == dtype_of<out_t>, Internal, "scan: unexpected output dtype");
    bool sum = op == ScanOp::Sum;
    cpu::for_each_rows({cpu::drop_last_dim(out)}, {cpu::drop_last_dim(in)}, R, "scan",
                       [&](char** data, const int64_t* strides, int64_t n) {
                         for (int64_t i = 0; i < n; ++i) {
                           auto* o = reinterpret_cast<out_t*>(data[0] + i * strides[0]);
                           const auto* p =
                               reinterpret_cast<const scalar_t*>(data[1] + i * strides[1]);
                           acc_t a = sum ? 0 : 1;
                           for (int64_t r = 0; r < R; ++r) {
                             acc_t x = convert<acc_t>(p[r * ist]);
                             a = sum ? a + x : a * x;
                             o[r * ost] = convert<out_t>(a);
                           }
                         }
                       });
  });
}

}  // namespace

IGNIS_REGISTER_KERNEL(reduce, CPU, reduce_cpu);
IGNIS_REGISTER_KERNEL(arg_reduce, CPU, arg_reduce_cpu);
IGNIS_REGISTER_KERNEL(scan, CPU, scan_cpu);

}  // namespace ignis
