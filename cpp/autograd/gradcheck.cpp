#include "autograd/gradcheck.h"

#include <cmath>
#include <sstream>

#include "autograd/engine.h"
#include "tensor/generator.h"
#include "tensor/graph.h"

namespace ignis::autograd {
namespace {

// Address of logical element j of t (row-major order), honouring strides.
double* element(const Tensor& t, int64_t j) {
  int64_t off = 0;
  for (int64_t d = t.dim() - 1; d >= 0; --d) {
    int64_t sz = t.sizes()[d];
    off += (j % sz) * t.strides()[d];
    j /= sz;
  }
  return static_cast<double*>(t.data_ptr()) + off;
}

std::vector<double> flat_values(const std::vector<Tensor>& outs) {
  std::vector<double> v;
  for (const Tensor& o : outs) {
    if (!o.defined()) continue;
    Tensor c = o.detach().to(DType::F64).contiguous();
    const double* p = static_cast<const double*>(c.data_ptr());
    v.insert(v.end(), p, p + c.numel());
  }
  return v;
}

}  // namespace

GradcheckResult gradcheck(const Function& fn, const std::vector<Tensor>& inputs,
                          GradcheckOptions opts) {
  for (const Tensor& t : inputs)
    IGNIS_CHECK(!t.defined() || !t.requires_grad() || t.dtype() == DType::F64, DType,
                "gradcheck: expected float64 inputs but got ", dtype_name(t.dtype()));
  std::vector<Tensor> outs = fn(inputs);
  std::vector<double> base = flat_values(outs);
  // Numerical Jacobian columns, one input element at a time.
  // Grad mode stays on: fn may itself call autograd (gradgradcheck's second-order function).
  std::vector<std::vector<std::vector<double>>> numeric(inputs.size());
  {
    for (size_t i = 0; i < inputs.size(); ++i) {
      const Tensor& x = inputs[i];
      if (!x.defined() || !x.requires_grad()) continue;
      for (int64_t j = 0; j < x.numel(); ++j) {
        double* p = element(x, j);
        double orig = *p;
        *p = orig + opts.eps;
        std::vector<double> plus = flat_values(fn(inputs));
        *p = orig - opts.eps;
        std::vector<double> minus = flat_values(fn(inputs));
        *p = orig;
        if (plus.size() != base.size() || minus.size() != base.size())
          return {false, "gradcheck: the function's outputs changed size under perturbation"};
        std::vector<double> col(plus.size());
        for (size_t k = 0; k < plus.size(); ++k) col[k] = (plus[k] - minus[k]) / (2 * opts.eps);
        numeric[i].push_back(std::move(col));
      }
    }
  }
  // Analytical rows: one backward per output element.
  std::vector<Tensor> diff_inputs;
  std::vector<size_t> diff_index;
  for (size_t i = 0; i < inputs.size(); ++i)
    if (inputs[i].defined() && inputs[i].requires_grad()) {
      diff_inputs.push_back(inputs[i]);
      diff_index.push_back(i);
    }
  std::vector<Tensor> diff_outs;
  for (const Tensor& o : outs)
    if (o.defined() && o.requires_grad()) diff_outs.push_back(o);
  size_t row = 0;
  for (size_t oi = 0; oi < outs.size(); ++oi) {
    const Tensor& o = outs[oi];
    if (!o.defined()) continue;
    for (int64_t k = 0; k < o.numel(); ++k, ++row) {
      std::vector<Tensor> analytic(diff_inputs.size());
      if (o.requires_grad()) {
        Tensor seed = zeros(o.sizes(), {.dtype = o.dtype()});
        *element(seed, k) = 1.0;
        analytic = grad({o}, diff_inputs, {seed}, /*retain_graph=*/true, false,
                        /*allow_unused=*/true);
      }
      for (size_t a = 0; a < diff_inputs.size(); ++a) {
        size_t i = diff_index[a];
        Tensor an_t =
            analytic[a].defined() ? analytic[a].detach().to(DType::F64).contiguous() : Tensor();
        for (int64_t j = 0; j < inputs[i].numel(); ++j) {
          double an = an_t.defined() ? static_cast<const double*>(an_t.data_ptr())[j] : 0.0;
          double nu = numeric[i][j][row];
          if (std::fabs(an - nu) > opts.atol + opts.rtol * std::fabs(nu)) {
            std::ostringstream os;
            os << "gradcheck: Jacobian mismatch for output " << oi << " element " << k
               << " with respect to input " << i << " element " << j << ": numerical " << nu
               << ", analytical " << an;
            return {false, os.str()};
          }
        }
      }
    }
  }
  if (row != base.size()) return {false, "gradcheck: the function's outputs are not deterministic"};
  return {};
}

GradcheckResult gradgradcheck(const Function& fn, const std::vector<Tensor>& inputs,
                              GradcheckOptions opts) {
  std::vector<Tensor> outs = fn(inputs);
  Generator gen(12345);
  std::vector<Tensor> vs;
  for (const Tensor& o : outs)
    vs.push_back(o.defined() && o.requires_grad()
                     ? randn(o.sizes(), &gen, {.dtype = DType::F64}).set_requires_grad(true)
                     : Tensor());
  size_t n_in = inputs.size();
  Function second = [&](const std::vector<Tensor>& xs) {
    std::vector<Tensor> in(xs.begin(), xs.begin() + static_cast<long>(n_in));
    std::vector<Tensor> o = fn(in), used_o, used_v, diff;
    for (size_t k = 0; k < o.size(); ++k)
      if (o[k].defined() && o[k].requires_grad()) {
        used_o.push_back(o[k]);
        used_v.push_back(xs[n_in + k]);
      }
    for (const Tensor& x : in)
      if (x.defined() && x.requires_grad()) diff.push_back(x);
    std::vector<Tensor> g = grad(used_o, diff, used_v, true, /*create_graph=*/true, true);
    for (Tensor& t : g)
      if (!t.defined()) t = Tensor();
    return g;
  };
  std::vector<Tensor> all(inputs);
  all.insert(all.end(), vs.begin(), vs.end());
  return gradcheck(second, all, opts);
}

}  // namespace ignis::autograd
