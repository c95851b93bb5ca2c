#include "tensor/broadcast.h"

#include <sstream>

#include "tensor/error.h"

namespace ignis {

std::string shape_str(IntArrayRef s) {
  std::ostringstream os;
  os << "[";
  for (size_t i = 0; i < s.size(); ++i) os << (i ? ", " : "") << s[i];
  os << "]";
  return os.str();
}

DimVector broadcast_shapes(IntArrayRef a, IntArrayRef b, const char* op) {
  size_t n = std::max(a.size(), b.size());
  DimVector out(n);
  for (size_t i = 0; i < n; ++i) {
    int64_t da = i < n - a.size() ? 1 : a[i - (n - a.size())];
    int64_t db = i < n - b.size() ? 1 : b[i - (n - b.size())];
    IGNIS_CHECK(da == db || da == 1 || db == 1, Shape, op, ": shapes ", shape_str(a), " and ",
                shape_str(b), " are not broadcastable (expected equal sizes or 1 at dim ", i,
                " but got ", da, " and ", db, ")");
    out[i] = da == 1 ? db : da;
  }
  return out;
}

bool is_expandable_to(IntArrayRef from, IntArrayRef to) {
  if (from.size() > to.size()) return false;
  size_t off = to.size() - from.size();
  for (size_t i = 0; i < from.size(); ++i)
    if (from[i] != to[i + off] && from[i] != 1) return false;
  return true;
}

}  // namespace ignis
