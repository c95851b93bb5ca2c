// Matrix products: mm, bmm, addmm, baddbmm (kernels/linalg.h gemm: oneDNN on the CPU), and
// matmul, mv, dot, outer built from them with views so that autograd follows them for free.
#include "kernels/linalg.h"

#include <sstream>

#include "ops/indexing.h"
#include "ops/linalg_grad.h"
#include "ops/ops.gen.h"
#include "tensor/broadcast.h"

namespace ignis {
namespace {

std::string dims_str(const Tensor& t) {
  std::ostringstream s;
  for (int64_t i = 0; i < t.dim(); ++i) s << (i ? "x" : "") << t.size(i);
  return s.str();
}

void check_operand(const Tensor& t, int64_t rank, const char* op, const char* arg) {
  IGNIS_CHECK(t.defined(), InvalidArgument, op, ": expected a defined ", arg, " tensor");
  IGNIS_CHECK(rank < 0 || t.dim() == rank, Shape, op, ": expected ", arg, " to be ", rank,
              "-D but got ", t.dim(), "-D");
  IGNIS_CHECK(t.dtype() != DType::Bool, DType, op, ": expected ", arg,
              " of a numeric dtype but got bool");
}

void check_pair(const Tensor& a, const Tensor& b, const char* op, const char* an, const char* bn) {
  IGNIS_CHECK(a.device() == b.device(), Device, op, ": expected ", an, " and ", bn,
              " on the same device, but got ", a.device().str(), " and ", b.device().str());
  IGNIS_CHECK(a.dtype() == b.dtype(), DType, op, ": expected ", an, " and ", bn,
              " to have the same dtype, but got: ", dtype_name(a.dtype()),
              " != ", dtype_name(b.dtype()));
}

void check_inner(const Tensor& a, const Tensor& b, const char* op) {
  IGNIS_CHECK(a.size(-1) == b.size(-2), Shape, op, ": mat1 and mat2 shapes cannot be multiplied (",
              dims_str(a), " and ", dims_str(b), ")");
}

// out [B, M, N] = alpha * a3 @ w3 + beta * out (out's contents used when beta != 0).
void gemm_into(const Tensor& out, const Tensor& a3, const Tensor& w3, double alpha, double beta,
               const char* op) {
  if (out.numel() == 0) return;
  if (a3.size(2) == 0 || alpha == 0) {
    Tensor o = out;
    if (beta == 0)
      o.zero_();
    else if (beta != 1)
      o.copy_(mul(out, Scalar(beta)));
    return;
  }
  kernel(gemm_kernel, op, out.device())(out, a3, w3, alpha, beta);
}

Tensor gemm3(const Tensor& a3, const Tensor& w3, const char* op) {
  int64_t B = std::max(a3.size(0), w3.size(0));
  Tensor out = empty({B, a3.size(1), w3.size(2)}, {.dtype = a3.dtype(), .device = a3.device()});
  gemm_into(out, a3, w3, 1.0, 0.0, op);
  return out;
}

double to_double(const Scalar& s) { return s.to<double>(); }

// beta * self + alpha * m1 @ m2 for 3-D m1, m2 (no history); shape is the product's shape.
Tensor addmm_forward(const Tensor& self, const Tensor& m1, const Tensor& m2, const Scalar& beta,
                     const Scalar& alpha, IntArrayRef shape, const char* op) {
  IGNIS_CHECK(self.defined(), InvalidArgument, op, ": expected a defined self tensor");
  check_pair(self, m1, op, "self", m1.dim() == 2 ? "mat1" : "batch1");
  IGNIS_CHECK(is_expandable_to(self.sizes(), shape), Shape, op, ": expected self of a shape ",
              "broadcastable to ", shape_str(shape), " but got ", shape_str(self.sizes()));
  NoGradGuard no_history;
  Tensor a3 = m1.dim() == 2 ? m1.unsqueeze(0) : m1, w3 = m2.dim() == 2 ? m2.unsqueeze(0) : m2;
  Tensor out =
      empty({a3.size(0), a3.size(1), w3.size(2)}, {.dtype = m1.dtype(), .device = m1.device()});
  double b = to_double(beta);
  if (b != 0) out.view(shape).copy_(self);
  gemm_into(out, a3, w3, to_double(alpha), b, op);
  return out.view(shape);
}

void check_mm(const Tensor& a, const Tensor& b, const char* op, const char* an, const char* bn) {
  check_operand(a, 2, op, an);
  check_operand(b, 2, op, bn);
  check_pair(a, b, op, an, bn);
  check_inner(a, b, op);
}

void check_bmm(const Tensor& a, const Tensor& b, const char* op, const char* an, const char* bn) {
  check_operand(a, 3, op, an);
  check_operand(b, 3, op, bn);
  check_pair(a, b, op, an, bn);
  IGNIS_CHECK(a.size(0) == b.size(0) && a.size(2) == b.size(1), Shape, op, ": ", an, " and ", bn,
              " shapes cannot be multiplied (", dims_str(a), " and ", dims_str(b), ")");
}

}  // namespace

Tensor mm(const Tensor& self, const Tensor& mat2) {
  check_mm(self, mat2, "mm", "self", "mat2");
  Tensor out = [&] {
    NoGradGuard no_history;
    return gemm3(self.unsqueeze(0), mat2.unsqueeze(0), "mm").view({self.size(0), mat2.size(1)});
  }();
  record_mm(self, mat2, out);
  return out;
}
Tensor& mm_out(Tensor& out, const Tensor& self, const Tensor& mat2) {
  return detail::write_out("mm_out", out, mm(self, mat2));
}

Tensor bmm(const Tensor& self, const Tensor& mat2) {
  check_bmm(self, mat2, "bmm", "self", "mat2");
  Tensor out = [&] {
    NoGradGuard no_history;
    return gemm3(self, mat2, "bmm");
  }();
  record_bmm(self, mat2, out);
  return out;
}
Tensor& bmm_out(Tensor& out, const Tensor& self, const Tensor& mat2) {
  return detail::write_out("bmm_out", out, bmm(self, mat2));
}

Tensor addmm(const Tensor& self, const Tensor& mat1, const Tensor& mat2, const Scalar& beta,
             const Scalar& alpha) {
  check_mm(mat1, mat2, "addmm", "mat1", "mat2");
  Tensor out = addmm_forward(self, mat1, mat2, beta, alpha, {mat1.size(0), mat2.size(1)}, "addmm");
  record_addmm(self, mat1, mat2, beta, alpha, false, out);
  return out;
}
Tensor& addmm_out(Tensor& out, const Tensor& self, const Tensor& mat1, const Tensor& mat2,
                  const Scalar& beta, const Scalar& alpha) {
  return detail::write_out("addmm_out", out, addmm(self, mat1, mat2, beta, alpha));
}
Tensor& addmm_(Tensor& self, const Tensor& mat1, const Tensor& mat2, const Scalar& beta,
               const Scalar& alpha) {
  check_mm(mat1, mat2, "addmm_", "mat1", "mat2");
  check_inplace(self, "addmm_");
  std::vector<int64_t> shape{mat1.size(0), mat2.size(1)};
  IGNIS_CHECK(self.defined() && self.shape() == shape, Shape, "addmm_: expected self of shape ",
              shape_str(shape), " but got ", self.defined() ? shape_str(self.sizes()) : "none");
  Tensor r = addmm_forward(self, mat1, mat2, beta, alpha, shape, "addmm_");
  {
    NoGradGuard no_history;
    self.copy_(r);
  }
  record_addmm(self, mat1, mat2, beta, alpha, false, self);
  return self;
}

Tensor baddbmm(const Tensor& self, const Tensor& batch1, const Tensor& batch2, const Scalar& beta,
               const Scalar& alpha) {
  check_bmm(batch1, batch2, "baddbmm", "batch1", "batch2");
  Tensor out = addmm_forward(self, batch1, batch2, beta, alpha,
                             {batch1.size(0), batch1.size(1), batch2.size(2)}, "baddbmm");
  record_addmm(self, batch1, batch2, beta, alpha, true, out);
  return out;
}
Tensor& baddbmm_out(Tensor& out, const Tensor& self, const Tensor& batch1, const Tensor& batch2,
                    const Scalar& beta, const Scalar& alpha) {
  return detail::write_out("baddbmm_out", out, baddbmm(self, batch1, batch2, beta, alpha));
}
Tensor& baddbmm_(Tensor& self, const Tensor& batch1, const Tensor& batch2, const Scalar& beta,
                 const Scalar& alpha) {
  check_bmm(batch1, batch2, "baddbmm_", "batch1", "batch2");
  check_inplace(self, "baddbmm_");
  std::vector<int64_t> shape{batch1.size(0), batch1.size(1), batch2.size(2)};
  IGNIS_CHECK(self.defined() && self.shape() == shape, Shape, "baddbmm_: expected self of shape ",
              shape_str(shape), " but got ", self.defined() ? shape_str(self.sizes()) : "none");
  Tensor r = addmm_forward(self, batch1, batch2, beta, alpha, shape, "baddbmm_");
  {
    NoGradGuard no_history;
    self.copy_(r);
  }
  record_addmm(self, batch1, batch2, beta, alpha, true, self);
  return self;
}

Tensor mv(const Tensor& self, const Tensor& vec) {
  check_operand(self, 2, "mv", "self");
  check_operand(vec, 1, "mv", "vec");
  check_pair(self, vec, "mv", "self", "vec");
  IGNIS_CHECK(self.size(1) == vec.size(0), Shape, "mv: size mismatch, self: ", dims_str(self),
              ", vec: ", dims_str(vec));
  return mm(self, vec.unsqueeze(1)).squeeze(1);
}
Tensor& mv_out(Tensor& out, const Tensor& self, const Tensor& vec) {
  return detail::write_out("mv_out", out, mv(self, vec));
}

Tensor dot(const Tensor& self, const Tensor& tensor) {
  check_operand(self, 1, "dot", "self");
  check_operand(tensor, 1, "dot", "tensor");
  check_pair(self, tensor, "dot", "self", "tensor");
  IGNIS_CHECK(self.size(0) == tensor.size(0), Shape,
              "dot: inconsistent tensor size, expected tensor [", self.size(0), "] and src [",
              tensor.size(0), "] to have the same number of elements, but got ", self.size(0),
              " and ", tensor.size(0), " elements respectively");
  return mm(self.unsqueeze(0), tensor.unsqueeze(1)).reshape({});
}
Tensor& dot_out(Tensor& out, const Tensor& self, const Tensor& tensor) {
  return detail::write_out("dot_out", out, dot(self, tensor));
}

Tensor outer(const Tensor& self, const Tensor& vec2) {
  check_operand(self, 1, "outer", "self");
  check_operand(vec2, 1, "outer", "vec2");
  return mul(self.unsqueeze(1), vec2.unsqueeze(0));
}
Tensor& outer_out(Tensor& out, const Tensor& self, const Tensor& vec2) {
  return detail::write_out("outer_out", out, outer(self, vec2));
}

// NumPy matmul: the 1-D cases, then a batched product broadcasting the batch dims (a 2-D or
// 1-D right operand folds the left one's batch into its rows, so no batch copy is made).
Tensor matmul(const Tensor& self, const Tensor& other) {
  check_operand(self, -1, "matmul", "self");
  check_operand(other, -1, "matmul", "other");
  IGNIS_CHECK(self.dim() > 0 && other.dim() > 0, Shape,
              "matmul: both arguments need to be at least 1-D, but they are ", self.dim(),
              "-D and ", other.dim(), "-D");
  check_pair(self, other, "matmul", "self", "other");
  int64_t da = self.dim(), db = other.dim();
  if (da == 1 && db == 1) return dot(self, other);
  if (da == 2 && db == 1) return mv(self, other);
  if (da == 1 && db == 2) {
    check_inner(self.unsqueeze(0), other, "matmul");
    return mm(self.unsqueeze(0), other).squeeze(0);
  }
  if (da == 2 && db == 2) {
    check_inner(self, other, "matmul");
    return mm(self, other);
  }
  Tensor a = da == 1 ? self.unsqueeze(0) : self;
  Tensor b = db == 1 ? other.unsqueeze(-1) : other;
  check_inner(a, b, "matmul");
  int64_t M = a.size(-2), K = a.size(-1), N = b.size(-1);
  if (db <= 2 && da >= 3) {  // fold self's batch into rows
    std::vector<int64_t> shape(a.sizes().begin(), a.sizes().end() - 1);
    Tensor r = mm(a.reshape({-1, K}), b);
    shape.push_back(N);
    r = r.view(shape);
    return db == 1 ? r.squeeze(-1) : r;
  }
  std::vector<int64_t> ba(a.sizes().begin(), a.sizes().end() - 2),
      bb(b.sizes().begin(), b.sizes().end() - 2);
  DimVector batch = broadcast_shapes(ba, bb, "matmul");
  std::vector<int64_t> bshape(batch.begin(), batch.end());
  int64_t B = 1;
  for (int64_t s : bshape) B *= s;
  auto fold = [&](const Tensor& t, int64_t r, int64_t c) {
    std::vector<int64_t> full = bshape;
    full.push_back(r);
    full.push_back(c);
    return t.expand(full).reshape({B, r, c});
  };
  Tensor out = bmm(fold(a, M, K), fold(b, K, N));
  std::vector<int64_t> shape = bshape;
  if (da > 1) shape.push_back(M);
  if (db > 1) shape.push_back(N);
  return out.view(shape);
}
Tensor& matmul_out(Tensor& out, const Tensor& self, const Tensor& other) {
  return detail::write_out("matmul_out", out, matmul(self, other));
}

}  // namespace ignis
