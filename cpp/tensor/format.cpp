// Tensor::str(): the same text PyTorch's repr prints (torch/_tensor_str.py, precision 4,
// threshold 1000, edge items 3, line width 80), with "ignis." in place of "torch." for dtypes.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "tensor/convert.h"
#include "tensor/dispatch.h"
#include "tensor/graph.h"
#include "tensor/tensor.h"

namespace ignis {
namespace {

constexpr int kPrecision = 4;
constexpr int64_t kThreshold = 1000;
constexpr int64_t kEdgeItems = 3;
constexpr int kLineWidth = 80;

// The tensor's values on the host, widened to double (floating, bool) or int64 (integers).
struct HostValues {
  DimVector sizes, strides;
  std::vector<double> f;
  std::vector<int64_t> i;
  bool floating = false, boolean = false;
};

HostValues read_values(const Tensor& t) {
  HostValues h;
  h.floating = is_floating(t.dtype());
  h.boolean = t.dtype() == DType::Bool;
  Tensor c = t.device().is_cpu() ? t.contiguous() : t.to(kCPU).contiguous();
  h.sizes = DimVector(c.sizes());
  h.strides = contiguous_strides(c.sizes());
  IGNIS_DISPATCH_ALL(c.dtype(), "str", [&] {
    const scalar_t* p = static_cast<const scalar_t*>(c.data_ptr());
    if (h.floating)
      for (int64_t k = 0; k < c.numel(); ++k) h.f.push_back(convert<double>(p[k]));
    else
      for (int64_t k = 0; k < c.numel(); ++k) h.i.push_back(convert<int64_t>(p[k]));
  });
  return h;
}

// printf with a precision argument: "%.*f" or "%.*e".
std::string printf_str(const char* fmt, int precision, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, fmt, precision, v);
  return buf;
}

class Formatter {
 public:
  Formatter(const HostValues& h, const std::vector<int64_t>& idx) : h_(h) {
    if (!h.floating) {
      for (int64_t k : idx) width_ = std::max<int>(width_, static_cast<int>(raw(k).size()));
      return;
    }
    std::vector<double> vals;
    for (int64_t k : idx)
      if (std::isfinite(h.f[k]) && h.f[k] != 0.0) vals.push_back(h.f[k]);
    if (vals.empty()) return;
    double lo = INFINITY, hi = 0;
    for (double v : vals) {
      lo = std::min(lo, std::fabs(v));
      hi = std::max(hi, std::fabs(v));
      if (v != std::ceil(v)) int_mode_ = false;
    }
    sci_ = (hi / lo > 1000.0 || hi > 1e8) || (!int_mode_ && lo < 1e-4);
    for (double v : vals) {
      int w = sci_        ? static_cast<int>(printf_str("%.*e", kPrecision, v).size())
              : int_mode_ ? static_cast<int>(printf_str("%.*f", 0, v).size()) + 1
                          : static_cast<int>(printf_str("%.*f", kPrecision, v).size());
      width_ = std::max(width_, w);
    }
  }

  int width() const { return width_; }

  std::string format(int64_t k) const {
    std::string s = raw(k);
    return std::string(std::max<int>(0, width_ - static_cast<int>(s.size())), ' ') + s;
  }

 private:
  std::string raw(int64_t k) const {
    if (!h_.floating) {
      if (h_.boolean) return h_.i[k] ? "True" : "False";
      return std::to_string(h_.i[k]);
    }
    double v = h_.f[k];
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    if (sci_) return printf_str("%.*e", kPrecision, v);
    if (int_mode_) return printf_str("%.*f", 0, v) + ".";
    return printf_str("%.*f", kPrecision, v);
  }

  const HostValues& h_;
  bool int_mode_ = true, sci_ = false;
  int width_ = 1;
};

// Flat indices of the elements that will be printed (all, or only edge items when summarizing).
void collect(const HostValues& h, size_t d, int64_t base, bool summarize,
             std::vector<int64_t>& out) {
  if (d == h.sizes.size()) {
    out.push_back(base);
    return;
  }
  int64_t n = h.sizes[d];
  for (int64_t k = 0; k < n; ++k) {
    if (summarize && n > 2 * kEdgeItems && k == kEdgeItems) k = n - kEdgeItems;
    collect(h, d + 1, base + k * h.strides[d], summarize, out);
  }
}

std::string vector_str(const HostValues& h, int64_t base, int indent, bool summarize,
                       const Formatter& fmt) {
  int64_t n = h.sizes.back(), stride = h.strides.back();
  int per_line = std::max(1, (kLineWidth - indent) / (fmt.width() + 2));
  std::vector<std::string> data;
  for (int64_t k = 0; k < n; ++k) {
    if (summarize && n > 2 * kEdgeItems && k == kEdgeItems) {
      data.push_back(" ...");
      k = n - kEdgeItems;
    }
    data.push_back(fmt.format(base + k * stride));
  }
  std::string s = "[";
  for (size_t k = 0; k < data.size(); ++k) {
    if (k > 0) s += k % per_line == 0 ? ",\n" + std::string(indent + 1, ' ') : ", ";
    s += data[k];
  }
  return s + "]";
}

std::string tensor_str(const HostValues& h, size_t d, int64_t base, int indent, bool summarize,
                       const Formatter& fmt) {
  size_t nd = h.sizes.size();
  if (nd - d == 1) return vector_str(h, base, indent, summarize, fmt);
  int64_t n = h.sizes[d];
  std::string sep = "," + std::string(nd - d - 1, '\n') + std::string(indent + 1, ' ');
  std::string s = "[";
  for (int64_t k = 0; k < n; ++k) {
    if (k > 0) s += sep;
    if (summarize && n > 2 * kEdgeItems && k == kEdgeItems) {
      s += "..." + sep;
      k = n - kEdgeItems;
    }
    s += tensor_str(h, d + 1, base + k * h.strides[d], indent + 1, summarize, fmt);
  }
  return s + "]";
}

std::string add_suffixes(std::string s, const std::vector<std::string>& suffixes, int indent) {
  // PyTorch's measure, two more than the last line's length: len(s) - s.rfind("\n") + 1.
  size_t nl = s.rfind('\n');
  int last = static_cast<int>(nl == std::string::npos ? s.size() + 2 : s.size() - nl + 1);
  for (const std::string& suf : suffixes) {
    if (last + static_cast<int>(suf.size()) + 2 > kLineWidth) {
      s += ",\n" + std::string(indent, ' ') + suf;
      last = indent + static_cast<int>(suf.size());
    } else {
      s += ", " + suf;
      last += static_cast<int>(suf.size()) + 2;
    }
  }
  return s + ")";
}

}  // namespace

std::string Tensor::str() const {
  if (!defined()) return "tensor(undefined)";
  const std::string prefix = "tensor(";
  const int indent = static_cast<int>(prefix.size());
  std::vector<std::string> suffixes;
  if (!device().is_cpu()) suffixes.push_back("device='" + device().str() + "'");
  std::string body;
  bool default_dtype =
      dtype() == default_float_dtype() || dtype() == DType::I64 || dtype() == DType::Bool;
  if (numel() == 0) {
    body = "[]";
    if (dim() != 1) {
      std::string sz = "size=(";
      for (int64_t k = 0; k < dim(); ++k) sz += (k ? ", " : "") + std::to_string(sizes()[k]);
      suffixes.push_back(sz + (dim() == 1 ? ",)" : ")"));
    }
    if (dtype() != default_float_dtype())
      suffixes.push_back(std::string("dtype=ignis.") + dtype_name(dtype()));
  } else {
    HostValues h = read_values(*this);
    bool summarize = numel() > kThreshold;
    std::vector<int64_t> idx;
    collect(h, 0, 0, summarize, idx);
    Formatter fmt(h, idx);
    body = dim() == 0 ? fmt.format(0) : tensor_str(h, 0, 0, indent, summarize, fmt);
    if (!default_dtype) suffixes.push_back(std::string("dtype=ignis.") + dtype_name(dtype()));
  }
  AutogradMeta* m = impl()->autograd();
  if (m && m->grad_fn)
    suffixes.push_back("grad_fn=<" + m->grad_fn->name() + ">");
  else if (requires_grad())
    suffixes.push_back("requires_grad=True");
  return add_suffixes(prefix + body, suffixes, indent);
}

}  // namespace ignis
