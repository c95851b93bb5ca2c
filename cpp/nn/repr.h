// Helpers that print values the way PyTorch's module reprs do (Python's repr of floats, bools,
// tuples), so extra_repr() strings match torch's byte for byte.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ignis::nn::repr {

// Python's repr(float): shortest round-trip digits, "1.0", "0.0001", "1e-05", "inf", "nan".
std::string py_float(double v);
// "True" / "False".
inline const char* py_bool(bool b) { return b ? "True" : "False"; }
// Python tuple of ints: "(3,)", "(3, 2)".
std::string py_tuple(const std::vector<int64_t>& v);
// v repeated to n entries when it has one (PyTorch's _single/_pair), else v itself.
std::vector<int64_t> expand(const std::vector<int64_t>& v, size_t n);
// A single int when v has one entry ("2"), else a tuple ("(2, 3)"): how a pooling layer
// prints the int or tuple it was given.
std::string py_int_or_tuple(const std::vector<int64_t>& v);

}  // namespace ignis::nn::repr
