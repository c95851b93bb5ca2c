// einsum and tensordot, built from views, sum and bmm/mm so that autograd (and double
// backward) follows the composition: no backward formula of their own.
//
// einsum: each operand's repeated labels become diagonals, labels seen nowhere else are summed
// out, then the operands are contracted left to right, each pair as one bmm over
// [batch labels, left-only labels, contracted labels] x [batch, contracted, right-only].
// Labels are character codes; ellipsis dims are labels 256 + j, right-aligned across operands
// (an operand with fewer ellipsis dims simply lacks the leading ones, which broadcasts).
#include <algorithm>
#include <map>

#include "ops/indexing.h"
#include "ops/ops.gen.h"

namespace ignis {
namespace {

constexpr int kEllipsis = 256;

struct Term {
  std::vector<int> labels;  // letters as char codes, -1 for the ellipsis
  bool ellipsis = false;
};

Term parse_term(std::string_view s, size_t offset) {
  Term t;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == ' ') continue;
    if (c == '.') {
      IGNIS_CHECK(!t.ellipsis && i + 2 < s.size() + 0 && s.substr(i, 3) == "...", InvalidArgument,
                  "einsum(): found '.' for operand that is not part of any ellipsis or more than "
                  "one ellipsis at index ",
                  offset + i);
      t.ellipsis = true;
      t.labels.push_back(-1);
      i += 2;
      continue;
    }
    IGNIS_CHECK((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'), InvalidArgument,
                "einsum(): invalid subscript given at index ", offset + i,
                " in the equation string, subscripts must be in [a-zA-Z]");
    t.labels.push_back(c);
  }
  return t;
}

std::string label_name(int l) {
  return l >= kEllipsis ? "..." : std::string(1, static_cast<char>(l));
}

struct Operand {
  Tensor t;
  std::vector<int> labels;  // one per dim of t
};

std::vector<int64_t> sizes_of(const Operand& o, const std::vector<int>& ls) {
  std::vector<int64_t> s;
  for (int l : ls)
    s.push_back(o.t.size(std::find(o.labels.begin(), o.labels.end(), l) - o.labels.begin()));
  return s;
}
int64_t pos(const Operand& o, int l) {
  return std::find(o.labels.begin(), o.labels.end(), l) - o.labels.begin();
}
bool has(const std::vector<int>& v, int l) { return std::find(v.begin(), v.end(), l) != v.end(); }

// Sums the dims of o whose labels are in `drop` (keepdim when keep1, leaving size 1).
void sum_labels(Operand& o, const std::vector<int>& drop) {
  std::vector<int64_t> dims;
  std::vector<int> rest;
  for (size_t i = 0; i < o.labels.size(); ++i) {
    if (has(drop, o.labels[i]))
      dims.push_back(static_cast<int64_t>(i));
    else
      rest.push_back(o.labels[i]);
  }
  if (dims.empty()) return;
  o.t = sum(o.t, dims);
  o.labels = rest;
}

// Moves o's dims into the order of `ls` (every label of o) and reshapes to the group sizes.
Tensor grouped(const Operand& o, const std::vector<std::vector<int>>& groups) {
  std::vector<int64_t> perm, shape;
  for (const auto& g : groups) {
    int64_t n = 1;
    for (int l : g) {
      perm.push_back(pos(o, l));
      n *= o.t.size(pos(o, l));
    }
    shape.push_back(n);
  }
  return o.t.permute(perm).reshape(shape);
}

}  // namespace

Tensor einsum(std::string_view equation, const std::vector<Tensor>& tensors) {
  IGNIS_CHECK(!tensors.empty(), InvalidArgument, "einsum(): must provide at least one operand");
  for (size_t i = 0; i < tensors.size(); ++i) {
    IGNIS_CHECK(tensors[i].defined(), InvalidArgument, "einsum(): operand ", i, " is undefined");
    IGNIS_CHECK(tensors[i].dtype() == tensors[0].dtype(), DType,
                "einsum(): expected all operands to have the same dtype, but operand ", i, " is ",
                dtype_name(tensors[i].dtype()), " and operand 0 is ",
                dtype_name(tensors[0].dtype()));
    IGNIS_CHECK(tensors[i].dtype() != DType::Bool, DType,
                "einsum(): expected numeric operands but operand ", i, " is bool");
    IGNIS_CHECK(tensors[i].device() == tensors[0].device(), Device,
                "einsum(): expected all operands on one device, but got ",
                tensors[0].device().str(), " and ", tensors[i].device().str());
  }
  size_t arrow = equation.find("->");
  std::string_view lhs = equation.substr(0, arrow);
  std::vector<Term> terms;
  size_t start = 0;
  while (true) {
    size_t comma = lhs.find(',', start);
    terms.push_back(parse_term(
        lhs.substr(start, comma == std::string_view::npos ? lhs.npos : comma - start), start));
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  IGNIS_CHECK(terms.size() == tensors.size(), InvalidArgument, "einsum(): ",
              terms.size() < tensors.size() ? "more operands were provided than specified in the "
                                              "equation"
                                            : "fewer operands were provided than "
                                              "specified in the equation",
              " (", terms.size(), " subscripts and ", tensors.size(), " operands)");
  // Label each operand's dims.
  std::vector<Operand> ops(tensors.size());
  int64_t E = 0;
  for (size_t i = 0; i < terms.size(); ++i) {
    int64_t letters = static_cast<int64_t>(terms[i].labels.size()) - (terms[i].ellipsis ? 1 : 0);
    int64_t nd = tensors[i].dim();
    IGNIS_CHECK(terms[i].ellipsis ? letters <= nd : letters == nd, Shape,
                "einsum(): the number of subscripts in the equation (", letters,
                ") does not match the number of dimensions (", nd, ") for operand ", i,
                terms[i].ellipsis ? "" : " and no ellipsis was given");
    E = std::max(E, nd - letters);
  }
  std::map<int, int64_t> seen_size;
  for (size_t i = 0; i < terms.size(); ++i) {
    int64_t ell = tensors[i].dim() -
                  (static_cast<int64_t>(terms[i].labels.size()) - (terms[i].ellipsis ? 1 : 0));
    ops[i].t = tensors[i];
    for (int l : terms[i].labels) {
      if (l == -1) {
        for (int64_t j = 0; j < ell; ++j)
          ops[i].labels.push_back(kEllipsis + static_cast<int>(E - ell + j));
      } else {
        ops[i].labels.push_back(l);
      }
    }
    // Repeated labels: take the diagonal (appended last by diagonal()).
    for (bool again = true; again;) {
      again = false;
      auto& ls = ops[i].labels;
      for (size_t p = 0; p < ls.size() && !again; ++p)
        for (size_t q = p + 1; q < ls.size() && !again; ++q) {
          if (ls[p] != ls[q]) continue;
          IGNIS_CHECK(ops[i].t.size(p) == ops[i].t.size(q), Shape, "einsum(): subscript ",
                      label_name(ls[p]), " is repeated for operand ", i,
                      " but the sizes don't match, ", ops[i].t.size(p), " != ", ops[i].t.size(q));
          int l = ls[p];
          ops[i].t = ops[i].t.diagonal(0, p, q);
          ls.erase(ls.begin() + q);
          ls.erase(ls.begin() + p);
          ls.push_back(l);
          again = true;
        }
    }
    for (size_t d = 0; d < ops[i].labels.size(); ++d) {
      int l = ops[i].labels[d];
      int64_t s = ops[i].t.size(d);
      auto it = seen_size.find(l);
      if (it == seen_size.end() || it->second == 1) {
        seen_size[l] = s;
      } else {
        IGNIS_CHECK(s == it->second || s == 1, Shape, "einsum(): subscript ", label_name(l),
                    " has size ", s, " for operand ", i,
                    " which does not broadcast with previously seen size ", it->second);
      }
    }
  }
  // Output labels.
  std::vector<int> out;
  if (arrow != std::string_view::npos) {
    Term t = parse_term(equation.substr(arrow + 2), arrow + 2);
    for (int l : t.labels) {
      if (l == -1) {
        for (int64_t j = 0; j < E; ++j) out.push_back(kEllipsis + static_cast<int>(j));
        continue;
      }
      IGNIS_CHECK(!has(out, l), InvalidArgument, "einsum(): output subscript ", label_name(l),
                  " appears more than once in the output");
      IGNIS_CHECK(seen_size.count(l), InvalidArgument, "einsum(): output subscript ", label_name(l),
                  " does not appear in the equation for any input operand");
      out.push_back(l);
    }
  } else {
    for (int64_t j = 0; j < E; ++j) out.push_back(kEllipsis + static_cast<int>(j));
    std::map<int, int> occurrences;
    for (const Term& t : terms)
      for (int l : t.labels)
        if (l != -1) ++occurrences[l];
    for (auto [l, n] : occurrences)
      if (n == 1) out.push_back(l);
  }
  // Labels needed after operand i: the output's and those of operands after i.
  auto needed_after = [&](size_t i) {
    std::vector<int> need = out;
    for (size_t j = i + 1; j < ops.size(); ++j)
      need.insert(need.end(), ops[j].labels.begin(), ops[j].labels.end());
    return need;
  };
  // Sum out labels that only one operand has and the output lacks.
  for (size_t i = 0; i < ops.size(); ++i) {
    std::vector<int> drop;
    for (int l : ops[i].labels) {
      bool elsewhere = has(out, l);
      for (size_t j = 0; j < ops.size() && !elsewhere; ++j)
        elsewhere = j != i && has(ops[j].labels, l);
      if (!elsewhere) drop.push_back(l);
    }
    sum_labels(ops[i], drop);
  }
  Operand cur = ops[0];
  for (size_t i = 1; i < ops.size(); ++i) {
    Operand& oth = ops[i];
    std::vector<int> need = needed_after(i);
    std::vector<int> batch, left, contracted, right;
    for (int l : cur.labels) {
      if (has(oth.labels, l))
        (has(need, l) ? batch : contracted).push_back(l);
      else
        left.push_back(l);
    }
    for (int l : oth.labels)
      if (!has(cur.labels, l)) right.push_back(l);
    // Size-1 broadcasting between the two: expand batch dims, pre-sum contracted ones.
    for (int l : batch) {
      int64_t a = cur.t.size(pos(cur, l)), b = oth.t.size(pos(oth, l));
      if (a == b) continue;
      Operand& small = a == 1 ? cur : oth;
      std::vector<int64_t> s = small.t.shape();
      s[pos(small, l)] = std::max(a, b);
      small.t = small.t.expand(s);
    }
    for (int l : contracted) {
      int64_t a = cur.t.size(pos(cur, l)), b = oth.t.size(pos(oth, l));
      if (a == b) continue;
      Operand& big = a == 1 ? oth : cur;
      big.t = sum(big.t, std::vector<int64_t>{pos(big, l)}, true);
    }
    Tensor A = grouped(cur, {batch, left, contracted});
    Tensor Bm = grouped(oth, {batch, contracted, right});
    std::vector<int64_t> shape = sizes_of(cur, batch), ls = sizes_of(cur, left),
                         rs = sizes_of(oth, right);
    Tensor prod = bmm(A, Bm);
    shape.insert(shape.end(), ls.begin(), ls.end());
    shape.insert(shape.end(), rs.begin(), rs.end());
    cur.t = prod.view(shape);
    cur.labels = batch;
    cur.labels.insert(cur.labels.end(), left.begin(), left.end());
    cur.labels.insert(cur.labels.end(), right.begin(), right.end());
  }
  std::vector<int> drop;
  for (int l : cur.labels)
    if (!has(out, l)) drop.push_back(l);
  sum_labels(cur, drop);
  std::vector<int64_t> perm;
  for (int l : out) perm.push_back(pos(cur, l));
  return cur.t.permute(perm);
}

Tensor tensordot(const Tensor& self, const Tensor& other, IntArrayRef dims_self,
                 IntArrayRef dims_other) {
  IGNIS_CHECK(self.defined() && other.defined(), InvalidArgument,
              "tensordot: expected defined tensors");
  IGNIS_CHECK(dims_self.size() == dims_other.size(), InvalidArgument,
              "tensordot: both dimension lists should have same length, but got ", dims_self.size(),
              " and ", dims_other.size());
  IGNIS_CHECK(self.dtype() == other.dtype(), DType,
              "tensordot: expected self and other to have the same dtype, but got ",
              dtype_name(self.dtype()), " and ", dtype_name(other.dtype()));
  IGNIS_CHECK(dims_self.empty() || (self.dim() > 0 && other.dim() > 0), Index,
              "tensordot: cannot contract dimensions of a 0-dim tensor (self is ", self.dim(),
              "-D, other is ", other.dim(), "-D)");
  std::vector<bool> ca(self.dim(), false), cb(other.dim(), false);
  std::vector<int64_t> pa_tail, pb_head;
  int64_t K = 1;
  for (size_t i = 0; i < dims_self.size(); ++i) {
    int64_t da = wrap_dim(dims_self[i], self.dim(), "tensordot");
    int64_t db = wrap_dim(dims_other[i], other.dim(), "tensordot");
    IGNIS_CHECK(!ca[da] && !cb[db], InvalidArgument, "tensordot: dim ", ca[da] ? da : db,
                " appears multiple times in the list of dims");
    IGNIS_CHECK(self.size(da) == other.size(db), Shape,
                "tensordot: contracted dimensions need to match, but first has size ",
                self.size(da), " in dim ", da, " and second has size ", other.size(db), " in dim ",
                db);
    ca[da] = cb[db] = true;
    pa_tail.push_back(da);
    pb_head.push_back(db);
    K *= self.size(da);
  }
  std::vector<int64_t> pa, pb = pb_head, shape;
  int64_t M = 1, N = 1;
  for (int64_t d = 0; d < self.dim(); ++d)
    if (!ca[d]) {
      pa.push_back(d);
      shape.push_back(self.size(d));
      M *= self.size(d);
    }
  for (int64_t d = 0; d < other.dim(); ++d)
    if (!cb[d]) {
      pb.push_back(d);
      shape.push_back(other.size(d));
      N *= other.size(d);
    }
  pa.insert(pa.end(), pa_tail.begin(), pa_tail.end());
  Tensor a = self.permute(pa).reshape({M, K}), b = other.permute(pb).reshape({K, N});
  return mm(a, b).view(shape);
}
Tensor& tensordot_out(Tensor& out, const Tensor& self, const Tensor& other, IntArrayRef dims_self,
                      IntArrayRef dims_other) {
  return detail::write_out("tensordot_out", out, tensordot(self, other, dims_self, dims_other));
}

Tensor tensordot(const Tensor& self, const Tensor& other, int64_t dims) {
  IGNIS_CHECK(self.defined() && other.defined(), InvalidArgument,
              "tensordot: expected defined tensors");
  IGNIS_CHECK(dims >= 0, InvalidArgument, "tensordot expects dims >= 0, but got dims=", dims);
  IGNIS_CHECK(dims <= self.dim() && dims <= other.dim(), InvalidArgument,
              "tensordot expects dims < ndim_a or ndim_b, but got dims=", dims);
  std::vector<int64_t> da, db;
  for (int64_t i = 0; i < dims; ++i) {
    da.push_back(self.dim() - dims + i);
    db.push_back(i);
  }
  return tensordot(self, other, da, db);
}

}  // namespace ignis
