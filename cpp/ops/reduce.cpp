// Reductions (sum, mean, prod, var, std, max, min, amax, amin, argmax, argmin, logsumexp, all,
// any, norm, count_nonzero) and scans (cumsum, cumprod): argument checks, result shape and
// dtype, and the call of the kernel registered for the input's device (kernels/reduce.h).
#include "kernels/reduce.h"

#include <cmath>
#include <string>

#include "ops/ops.gen.h"
#include "ops/reduce_grad.h"
#include "tensor/broadcast.h"

namespace ignis {
namespace {

// Which dims of a tensor a reduction removes, and the shapes around it.
struct ReducePlan {
  std::vector<bool> reduced;  // per dim of self
  DimVector kept_shape;       // result shape without keepdim
  DimVector keep_shape;       // result shape with keepdim
  Tensor rows;                // self as (kept..., R): reduced dims moved last and merged
};

// dims: the reduction dims (none or empty = all); duplicates are an error.
ReducePlan plan_reduce(const Tensor& self, OptIntArrayRef dims, const char* op) {
  IGNIS_CHECK(self.defined(), InvalidArgument, op, ": expected a defined input tensor");
  int64_t nd = self.dim();
  ReducePlan p;
  p.reduced.assign(nd, !dims.has_value() || dims.value().empty());
  if (dims.has_value()) {
    std::vector<bool> seen(std::max<int64_t>(nd, 1), false);
    for (int64_t d : *dims) {
      int64_t w = wrap_dim(d, nd, op);
      IGNIS_CHECK(!seen[w], InvalidArgument, op, ": dim ", w,
                  " appears multiple times in the list of dims");
      seen[w] = true;
      if (nd > 0) p.reduced[w] = true;
    }
  }
  std::vector<int64_t> perm, rows_shape;
  int64_t R = 1;
  for (int64_t d = 0; d < nd; ++d) {
    if (p.reduced[d]) continue;
    perm.push_back(d);
    p.kept_shape.push_back(self.sizes()[d]);
    rows_shape.push_back(self.sizes()[d]);
  }
  for (int64_t d = 0; d < nd; ++d) {
    p.keep_shape.push_back(p.reduced[d] ? 1 : self.sizes()[d]);
    if (p.reduced[d]) {
      perm.push_back(d);
      R *= self.sizes()[d];
    }
  }
  rows_shape.push_back(R);
  NoGradGuard no_history;  // rows only feeds the kernel; the op records its own backward
  p.rows = (nd == 0 ? self : self.permute(perm)).reshape(rows_shape);
  return p;
}

// Runs a ReduceOp kernel over plan p into a new tensor of dtype `out` (keepdim applied).
Tensor run_reduce(const char* op, ReduceOp rop, const ReducePlan& p, bool keepdim, DType out,
                  double arg = 0) {
  Tensor r = empty(p.kept_shape, {.dtype = out, .device = p.rows.device()});
  if (r.numel() > 0) kernel(reduce_kernel, op, p.rows.device())(rop, r, p.rows, arg);
  return keepdim ? r.view(p.keep_shape) : r;
}

// Copies a computed result into a caller's out= tensor (same dtype; resized only when empty).
Tensor& write_out(const char* op, Tensor& out, const Tensor& r) {
  IGNIS_CHECK(out.defined(), InvalidArgument, op, ": expected a defined out tensor");
  IGNIS_CHECK(out.device() == r.device(), Device, op, ": expected out on ", r.device().str(),
              " but got ", out.device().str());
  IGNIS_CHECK(out.dtype() == r.dtype(), DType, op, ": expected out to have dtype ",
              dtype_name(r.dtype()), " but got ", dtype_name(out.dtype()));
  if (!equal_dims(out.sizes(), r.sizes())) {
    IGNIS_CHECK(out.numel() == 0, Shape, op, ": expected out to have shape ", shape_str(r.sizes()),
                " but got ", shape_str(out.sizes()));
    out = empty(r.sizes(), {.dtype = r.dtype(), .device = r.device()});
  }
  out.copy_(r);
  return out;
}

// dtype= converts the input first (sum, prod, cumsum, cumprod), without history: the
// converted copy only feeds the kernel.
Tensor convert_input(const Tensor& self, std::optional<DType> dtype) {
  NoGradGuard no_history;
  return dtype ? self.to(*dtype) : self;
}
// The kernels' result dtype of sum, prod, cumsum and cumprod: integers and bool widen to int64.
DType widened(DType t) { return is_floating(t) ? t : DType::I64; }
// A widened result converted to the requested dtype (sum(int32 tensor, dtype=int32)).
Tensor narrow_to(const Tensor& r, std::optional<DType> dtype) {
  return dtype && *dtype != r.dtype() ? r.to(*dtype) : r;
}

void check_floating(const Tensor& self, const char* op) {
  IGNIS_CHECK(is_floating(self.dtype()), DType, op,
              ": expected a floating point input (float16, bfloat16, float32 or float64) but got ",
              dtype_name(self.dtype()));
}

// Every reduced dim must be non-empty (max, min, amax, amin, argmax, argmin).
void check_nonempty(const Tensor& self, const ReducePlan& p, bool whole, const char* op) {
  if (whole) {
    IGNIS_CHECK(self.numel() > 0, InvalidArgument, op,
                ": Expected reduction dim to be specified for input.numel() == 0 (the input is "
                "empty; specify the reduction dim with the 'dim' argument)");
    return;
  }
  for (int64_t d = 0; d < self.dim(); ++d)
    IGNIS_CHECK(!p.reduced[d] || self.sizes()[d] > 0, Index, op, ": Expected reduction dim ", d,
                " to have non-zero size");
}

std::tuple<Tensor, Tensor> extreme_dim(const Tensor& self, int64_t dim, bool keepdim, bool is_max,
                                       const char* op) {
  int64_t d = wrap_dim(dim, self.dim(), op);
  ReducePlan p = plan_reduce(self, OptIntArrayRef(d), op);
  check_nonempty(self, p, false, op);
  Tensor v = empty(p.kept_shape, {.dtype = self.dtype(), .device = self.device()});
  Tensor i = empty(p.kept_shape, {.dtype = DType::I64, .device = self.device()});
  if (v.numel() > 0) kernel(arg_reduce_kernel, op, self.device())(is_max, v, i, p.rows);
  if (keepdim) {
    v = v.view(p.keep_shape);
    i = i.view(p.keep_shape);
  }
  record_extreme_dim(self, d, keepdim, is_max, v, i);
  return {v, i};
}

Tensor arg_extreme(const Tensor& self, std::optional<int64_t> dim, bool keepdim, bool is_max,
                   const char* op) {
  IGNIS_CHECK(self.defined(), InvalidArgument, op, ": expected a defined input tensor");
  IGNIS_CHECK(self.dtype() != DType::Bool, DType, op,
              ": expected a numeric input (not bool) but got bool");
  Tensor x = dim ? self : self.reshape({-1});
  int64_t d = dim ? wrap_dim(*dim, self.dim(), op) : 0;
  ReducePlan p = plan_reduce(x, OptIntArrayRef(d), op);
  check_nonempty(x, p, !dim, op);
  Tensor i = empty(p.kept_shape, {.dtype = DType::I64, .device = self.device()});
  if (i.numel() > 0) kernel(arg_reduce_kernel, op, self.device())(is_max, Tensor(), i, p.rows);
  if (!keepdim) return i;
  if (dim) return i.view(p.keep_shape);
  return i.reshape(std::vector<int64_t>(self.dim(), 1));
}

Tensor scan(const Tensor& self, int64_t dim, std::optional<DType> dtype, ScanOp op,
            const char* name) {
  IGNIS_CHECK(self.defined(), InvalidArgument, name, ": expected a defined input tensor");
  int64_t d = wrap_dim(dim, self.dim(), name);
  Tensor x = convert_input(self, dtype);
  Tensor r = empty(self.sizes(), {.dtype = widened(x.dtype()), .device = self.device()});
  if (r.numel() == 0) return narrow_to(r, dtype);
  NoGradGuard no_history;  // the views only feed the kernel; the op records its own backward
  Tensor xr = self.dim() == 0 ? x.reshape({1}) : x.transpose(d, -1);
  Tensor rr = self.dim() == 0 ? r.view({1}) : r.transpose(d, -1);
  kernel(scan_kernel, name, self.device())(op, rr, xr);
  return narrow_to(r, dtype);
}

double correction_value(const std::optional<Scalar>& c) { return c ? c->to_double() : 1.0; }

}  // namespace

Tensor sum(const Tensor& self, OptIntArrayRef dim, bool keepdim, std::optional<DType> dtype) {
  IGNIS_CHECK(self.defined(), InvalidArgument, "sum: expected a defined input tensor");
  Tensor x = convert_input(self, dtype);
  Tensor out = narrow_to(
      run_reduce("sum", ReduceOp::Sum, plan_reduce(x, dim, "sum"), keepdim, widened(x.dtype())),
      dtype);
  record_sum(self, dim, keepdim, out);
  return out;
}
Tensor& sum_out(Tensor& out, const Tensor& self, OptIntArrayRef dim, bool keepdim,
                std::optional<DType> dtype) {
  return write_out("sum_out", out, sum(self, dim, keepdim, dtype));
}

Tensor mean(const Tensor& self, OptIntArrayRef dim, bool keepdim, std::optional<DType> dtype) {
  IGNIS_CHECK(self.defined(), InvalidArgument, "mean: expected a defined input tensor");
  DType t = dtype.value_or(self.dtype());
  IGNIS_CHECK(is_floating(t), DType,
              "mean: could not infer output dtype; expected a floating point input or dtype "
              "(float16, bfloat16, float32 or float64) but got ",
              dtype_name(t));
  Tensor x = convert_input(self, t);
  Tensor out = run_reduce("mean", ReduceOp::Mean, plan_reduce(x, dim, "mean"), keepdim, t);
  record_mean(self, dim, keepdim, out);
  return out;
}
Tensor& mean_out(Tensor& out, const Tensor& self, OptIntArrayRef dim, bool keepdim,
                 std::optional<DType> dtype) {
  return write_out("mean_out", out, mean(self, dim, keepdim, dtype));
}

Tensor prod(const Tensor& self, OptIntArrayRef dim, bool keepdim, std::optional<DType> dtype) {
  IGNIS_CHECK(self.defined(), InvalidArgument, "prod: expected a defined input tensor");
  Tensor x = convert_input(self, dtype);
  Tensor out = narrow_to(
      run_reduce("prod", ReduceOp::Prod, plan_reduce(x, dim, "prod"), keepdim, widened(x.dtype())),
      dtype);
  record_prod(self, dim, keepdim, out);
  return out;
}
Tensor& prod_out(Tensor& out, const Tensor& self, OptIntArrayRef dim, bool keepdim,
                 std::optional<DType> dtype) {
  return write_out("prod_out", out, prod(self, dim, keepdim, dtype));
}

Tensor var(const Tensor& self, OptIntArrayRef dim, const std::optional<Scalar>& correction,
           bool keepdim) {
  ReducePlan p = plan_reduce(self, dim, "var");
  check_floating(self, "var");
  Tensor out =
      run_reduce("var", ReduceOp::Var, p, keepdim, self.dtype(), correction_value(correction));
  record_var(self, dim, correction_value(correction), keepdim, /*is_std=*/false, out);
  return out;
}
Tensor& var_out(Tensor& out, const Tensor& self, OptIntArrayRef dim,
                const std::optional<Scalar>& correction, bool keepdim) {
  return write_out("var_out", out, var(self, dim, correction, keepdim));
}

Tensor std(const Tensor& self, OptIntArrayRef dim, const std::optional<Scalar>& correction,
           bool keepdim) {
  ReducePlan p = plan_reduce(self, dim, "std");
  check_floating(self, "std");
  Tensor out =
      run_reduce("std", ReduceOp::Std, p, keepdim, self.dtype(), correction_value(correction));
  record_var(self, dim, correction_value(correction), keepdim, /*is_std=*/true, out);
  return out;
}
Tensor& std_out(Tensor& out, const Tensor& self, OptIntArrayRef dim,
                const std::optional<Scalar>& correction, bool keepdim) {
  return write_out("std_out", out, std(self, dim, correction, keepdim));
}

Tensor max(const Tensor& self) {
  ReducePlan p = plan_reduce(self, std::nullopt, "max");
  check_nonempty(self, p, true, "max");
  Tensor out = run_reduce("max", ReduceOp::Max, p, false, self.dtype());
  record_extreme(self, /*is_max=*/true, out);
  return out;
}
std::tuple<Tensor, Tensor> max(const Tensor& self, int64_t dim, bool keepdim) {
  return extreme_dim(self, dim, keepdim, true, "max");
}
Tensor min(const Tensor& self) {
  ReducePlan p = plan_reduce(self, std::nullopt, "min");
  check_nonempty(self, p, true, "min");
  Tensor out = run_reduce("min", ReduceOp::Min, p, false, self.dtype());
  record_extreme(self, /*is_max=*/false, out);
  return out;
}
std::tuple<Tensor, Tensor> min(const Tensor& self, int64_t dim, bool keepdim) {
  return extreme_dim(self, dim, keepdim, false, "min");
}

Tensor amax(const Tensor& self, IntArrayRef dim, bool keepdim) {
  ReducePlan p = plan_reduce(self, dim, "amax");
  check_nonempty(self, p, false, "amax");
  Tensor out = run_reduce("amax", ReduceOp::Max, p, keepdim, self.dtype());
  record_amax_amin(self, dim, keepdim, /*is_max=*/true, out);
  return out;
}
Tensor& amax_out(Tensor& out, const Tensor& self, IntArrayRef dim, bool keepdim) {
  return write_out("amax_out", out, amax(self, dim, keepdim));
}
Tensor amin(const Tensor& self, IntArrayRef dim, bool keepdim) {
  ReducePlan p = plan_reduce(self, dim, "amin");
  check_nonempty(self, p, false, "amin");
  Tensor out = run_reduce("amin", ReduceOp::Min, p, keepdim, self.dtype());
  record_amax_amin(self, dim, keepdim, /*is_max=*/false, out);
  return out;
}
Tensor& amin_out(Tensor& out, const Tensor& self, IntArrayRef dim, bool keepdim) {
  return write_out("amin_out", out, amin(self, dim, keepdim));
}

Tensor argmax(const Tensor& self, std::optional<int64_t> dim, bool keepdim) {
  return arg_extreme(self, dim, keepdim, true, "argmax");
}
Tensor& argmax_out(Tensor& out, const Tensor& self, std::optional<int64_t> dim, bool keepdim) {
  return write_out("argmax_out", out, argmax(self, dim, keepdim));
}
Tensor argmin(const Tensor& self, std::optional<int64_t> dim, bool keepdim) {
  return arg_extreme(self, dim, keepdim, false, "argmin");
}
Tensor& argmin_out(Tensor& out, const Tensor& self, std::optional<int64_t> dim, bool keepdim) {
  return write_out("argmin_out", out, argmin(self, dim, keepdim));
}

Tensor logsumexp(const Tensor& self, IntArrayRef dim, bool keepdim) {
  IGNIS_CHECK(self.defined(), InvalidArgument, "logsumexp: expected a defined input tensor");
  Tensor x = convert_input(self, is_floating(self.dtype()) ? self.dtype() : default_float_dtype());
  Tensor out = run_reduce("logsumexp", ReduceOp::LogSumExp, plan_reduce(x, dim, "logsumexp"),
                          keepdim, x.dtype());
  record_logsumexp(self, dim, keepdim, out);
  return out;
}
Tensor& logsumexp_out(Tensor& out, const Tensor& self, IntArrayRef dim, bool keepdim) {
  return write_out("logsumexp_out", out, logsumexp(self, dim, keepdim));
}

Tensor all(const Tensor& self, OptIntArrayRef dim, bool keepdim) {
  return run_reduce("all", ReduceOp::All, plan_reduce(self, dim, "all"), keepdim, DType::Bool);
}
Tensor& all_out(Tensor& out, const Tensor& self, OptIntArrayRef dim, bool keepdim) {
  return write_out("all_out", out, all(self, dim, keepdim));
}
Tensor any(const Tensor& self, OptIntArrayRef dim, bool keepdim) {
  return run_reduce("any", ReduceOp::Any, plan_reduce(self, dim, "any"), keepdim, DType::Bool);
}
Tensor& any_out(Tensor& out, const Tensor& self, OptIntArrayRef dim, bool keepdim) {
  return write_out("any_out", out, any(self, dim, keepdim));
}

Tensor norm(const Tensor& self, const std::optional<Scalar>& p, OptIntArrayRef dim, bool keepdim,
            std::optional<DType> dtype) {
  IGNIS_CHECK(self.defined(), InvalidArgument, "norm: expected a defined input tensor");
  IGNIS_CHECK(is_floating(self.dtype()), DType,
              "norm: expected a floating point input (float16, bfloat16, float32 or float64) but "
              "got ",
              dtype_name(self.dtype()));
  IGNIS_CHECK(!dtype || is_floating(*dtype), DType,
              "norm: expected a floating point dtype but got ", dtype_name(*dtype));
  Tensor x = convert_input(self, dtype);
  double pv = p ? p->to_double() : 2.0;
  IGNIS_CHECK(!std::isnan(pv), InvalidArgument, "norm: expected p to be a number but got nan");
  Tensor out =
      run_reduce("norm", ReduceOp::Norm, plan_reduce(x, dim, "norm"), keepdim, x.dtype(), pv);
  record_norm(self, pv, dim, keepdim, out);
  return out;
}
Tensor& norm_out(Tensor& out, const Tensor& self, const std::optional<Scalar>& p,
                 OptIntArrayRef dim, bool keepdim, std::optional<DType> dtype) {
  return write_out("norm_out", out, norm(self, p, dim, keepdim, dtype));
}
Tensor norm(const Tensor& self, std::string_view p, OptIntArrayRef dim, bool keepdim,
            std::optional<DType> dtype) {
  IGNIS_CHECK(p != "nuc", Unsupported, "norm: p = \"nuc\" (nuclear norm) is not supported yet");
  IGNIS_CHECK(p == "fro", InvalidArgument, "norm: expected p to be \"fro\" or a number but got \"",
              std::string(p), "\"");
  return norm(self, Scalar(2.0), dim, keepdim, dtype);
}

Tensor count_nonzero(const Tensor& self, OptIntArrayRef dim) {
  return run_reduce("count_nonzero", ReduceOp::CountNonzero,
                    plan_reduce(self, dim, "count_nonzero"), false, DType::I64);
}

Tensor cumsum(const Tensor& self, int64_t dim, std::optional<DType> dtype) {
  Tensor out = scan(self, dim, dtype, ScanOp::Sum, "cumsum");
  record_cumsum(self, dim, out);
  return out;
}
Tensor& cumsum_out(Tensor& out, const Tensor& self, int64_t dim, std::optional<DType> dtype) {
  return write_out("cumsum_out", out, cumsum(self, dim, dtype));
}
Tensor& cumsum_(Tensor& self, int64_t dim, std::optional<DType> dtype) {
  check_inplace(self, "cumsum_");
  return self.copy_(cumsum(self, dim, dtype));
}
Tensor cumprod(const Tensor& self, int64_t dim, std::optional<DType> dtype) {
  Tensor out = scan(self, dim, dtype, ScanOp::Prod, "cumprod");
  record_cumprod(self, dim, out);
  return out;
}
Tensor& cumprod_out(Tensor& out, const Tensor& self, int64_t dim, std::optional<DType> dtype) {
  return write_out("cumprod_out", out, cumprod(self, dim, dtype));
}
Tensor& cumprod_(Tensor& self, int64_t dim, std::optional<DType> dtype) {
  check_inplace(self, "cumprod_");
  // The backward needs the old values, which the copy below overwrites: save a clone.
  return self.copy_(cumprod(any_requires_grad({&self}) ? self.clone() : self, dim, dtype));
}

}  // namespace ignis
