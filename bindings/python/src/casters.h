// The pieces every file of the extension shares: the Tensor type (ignis::Tensor from ignis.hpp,
// one owned C API handle), pybind11 type casters for the schema's argument types (Scalar, int
// lists, dtypes, devices), and the helpers that call a C API function with the GIL released and
// turn its status into an exception.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include "ignis/ignis.hpp"

namespace py = pybind11;

namespace ignis_py {

using ignis::Tensor;

// A Scalar argument: a Python bool, int or float (or a NumPy scalar of those).
struct PyScalar {
  ignis_scalar s;
};
// An int[] argument: a sequence of ints, or one int (PyTorch accepts both: sum(dim=1)).
struct IntList {
  std::vector<int64_t> v;
};

// The Python object of a dtype (ignis.float32, ...); singletons made by init_dtypes.
py::object dtype_object(ignis_dtype d);
// The dtype an ignis.dtype object stands for, or nullopt for anything else.
std::optional<ignis_dtype> dtype_of(py::handle h);
// Parses "cpu", "cuda", "cuda:1" or an ignis.device (anything whose str() is one of those).
ignis_device parse_device(py::handle h);

// Throws ignis::Error for a failed status (translated to a Python exception by init_errors).
inline void check(ignis_status s) { ignis::check(s); }

// Runs f (a C API call taking only out-parameters) with the GIL released; adopts its result.
template <typename F>
Tensor call1(F&& f) {
  ignis_tensor* r = nullptr;
  ignis_status s;
  {
    py::gil_scoped_release g;
    s = f(&r);
  }
  check(s);
  return Tensor::adopt(r);
}
template <typename F>
void call_void(F&& f) {
  ignis_status s;
  {
    py::gil_scoped_release g;
    s = f();
  }
  check(s);
}
// A collections.namedtuple type (made once per name): the tuple results torch names.
py::handle named_tuple(const char* name, const char* fields);

// type, when given, is the named-tuple type of the result.
template <size_t N, typename F>
py::tuple call_tuple(F&& f, py::handle type) {
  std::array<ignis_tensor*, N> r{};
  ignis_status s;
  {
    py::gil_scoped_release g;
    s = f(r.data());
  }
  check(s);
  py::tuple t(N);
  for (size_t i = 0; i < N; ++i) t[i] = py::cast(Tensor::adopt(r[i]));
  if (type) return type(*t);
  return t;
}
template <typename F>
py::tuple call_list(F&& f) {
  ignis_tensor** r = nullptr;
  size_t n = 0;
  ignis_status s;
  {
    py::gil_scoped_release g;
    s = f(&r, &n);
  }
  check(s);
  py::tuple t(n);
  for (size_t i = 0; i < n; ++i) t[i] = py::cast(Tensor::adopt(r[i]));
  ignis_tensor_array_free(r, 0);  // the references now live in t
  return t;
}
inline std::vector<const ignis_tensor*> handles(const std::vector<Tensor>& ts) {
  std::vector<const ignis_tensor*> v;
  v.reserve(ts.size());
  for (const Tensor& t : ts) v.push_back(t.get());
  return v;
}

}  // namespace ignis_py

namespace pybind11::detail {

// ignis::Tensor's caster: pybind11's own (type_caster_base, which every Tensor argument and
// result goes through) with the class's pybind11 record found once instead of by a hash of the
// typeid name on every argument and every result, ~15% of a small op's call. Must be seen by
// every file of the extension (they all include this header), as any caster specialization.
template <>
class type_caster<ignis::Tensor> : public type_caster_generic {
  using T = ignis::Tensor;

 public:
  static constexpr auto name = const_name<T>();

  type_caster() : type_caster_generic(record()) {}

  static handle cast(const T& src, return_value_policy policy, handle parent) {
    if (policy == return_value_policy::automatic ||
        policy == return_value_policy::automatic_reference)
      policy = return_value_policy::copy;
    return cast(&src, policy, parent);
  }
  static handle cast(T&& src, return_value_policy, handle parent) {
    return cast(&src, return_value_policy::move, parent);
  }
  static handle cast(const T* src, return_value_policy policy, handle parent) {
    const type_info* r = record();
    if (!r) return type_caster_base<T>::cast(src, policy, parent);  // not registered yet
    return type_caster_generic::cast(src, policy, parent, r, copy, move);
  }

  template <typename U>
  using cast_op_type = detail::cast_op_type<U>;
  operator T*() { return static_cast<T*>(value); }
  operator T&() {
    if (!value) throw reference_cast_error();
    return *static_cast<T*>(value);
  }

 private:
  // Found on first use once the class is registered (always under the GIL).
  static const type_info* record() {
    static const type_info* r = nullptr;
    if (!r) r = get_type_info(typeid(T));
    return r;
  }
  static void* copy(const void* p) { return new T(*static_cast<const T*>(p)); }
  static void* move(const void* p) {
    return new T(std::move(*const_cast<T*>(static_cast<const T*>(p))));
  }
};

template <>
struct type_caster<ignis_py::PyScalar> {
  PYBIND11_TYPE_CASTER(ignis_py::PyScalar, const_name("Scalar"));
  bool load(handle src, bool convert) {
    if (PyBool_Check(src.ptr())) {
      value.s = ignis_scalar_bool(src.ptr() == Py_True);
      return true;
    }
    if (PyLong_Check(src.ptr())) {
      int overflow = 0;
      long long v = PyLong_AsLongLongAndOverflow(src.ptr(), &overflow);
      if (overflow) {  // beyond int64: PyTorch turns such ints into doubles
        value.s = ignis_scalar_float(PyLong_AsDouble(src.ptr()));
        return !PyErr_Occurred();
      }
      value.s = ignis_scalar_int(v);
      return true;
    }
    if (PyFloat_Check(src.ptr())) {
      value.s = ignis_scalar_float(PyFloat_AS_DOUBLE(src.ptr()));
      return true;
    }
    if (!convert) return false;
    // NumPy scalars and other number types: integers through __index__, else __float__.
    if (PyIndex_Check(src.ptr())) {
      object i = reinterpret_steal<object>(PyNumber_Index(src.ptr()));
      if (!i) {
        PyErr_Clear();
        return false;
      }
      value.s = ignis_scalar_int(PyLong_AsLongLong(i.ptr()));
      return !PyErr_Occurred();
    }
    if (hasattr(src, "__float__") && !hasattr(src, "_ignis_tensor")) {
      double d = PyFloat_AsDouble(src.ptr());
      if (PyErr_Occurred()) {
        PyErr_Clear();
        return false;
      }
      value.s = ignis_scalar_float(d);
      return true;
    }
    return false;
  }
  static handle cast(const ignis_py::PyScalar& s, return_value_policy, handle) {
    if (s.s.kind == IGNIS_SCALAR_BOOL) return pybind11::bool_(s.s.value.i != 0).release();
    if (s.s.kind == IGNIS_SCALAR_INT) return pybind11::int_(s.s.value.i).release();
    return pybind11::float_(s.s.value.f).release();
  }
};

template <>
struct type_caster<ignis_py::IntList> {
  PYBIND11_TYPE_CASTER(ignis_py::IntList, const_name("List[int]"));
  bool load(handle src, bool convert) {
    value.v.clear();
    if (PyLong_Check(src.ptr()) && !PyBool_Check(src.ptr())) {
      value.v.push_back(PyLong_AsLongLong(src.ptr()));
      return !PyErr_Occurred();
    }
    if (!PySequence_Check(src.ptr()) || PyUnicode_Check(src.ptr()) || hasattr(src, "_ignis_tensor"))
      return false;
    sequence seq = reinterpret_borrow<sequence>(src);
    for (const auto& item : seq) {
      if (PyBool_Check(item.ptr())) return false;
      if (!PyLong_Check(item.ptr()) && !(convert && PyIndex_Check(item.ptr()))) return false;
      object i = reinterpret_steal<object>(PyNumber_Index(item.ptr()));
      if (!i) {
        PyErr_Clear();
        return false;
      }
      value.v.push_back(PyLong_AsLongLong(i.ptr()));
      if (PyErr_Occurred()) {
        PyErr_Clear();
        return false;
      }
    }
    return true;
  }
  static handle cast(const ignis_py::IntList& l, return_value_policy, handle) {
    tuple t(l.v.size());
    for (size_t i = 0; i < l.v.size(); ++i) t[i] = int_(l.v[i]);
    return t.release();
  }
};

template <>
struct type_caster<ignis_dtype> {
  PYBIND11_TYPE_CASTER(ignis_dtype, const_name("dtype"));
  bool load(handle src, bool) {
    auto d = ignis_py::dtype_of(src);
    if (!d) return false;
    value = *d;
    return true;
  }
  static handle cast(ignis_dtype d, return_value_policy, handle) {
    return ignis_py::dtype_object(d).release();
  }
};

template <>
struct type_caster<ignis_device> {
  PYBIND11_TYPE_CASTER(ignis_device, const_name("device"));
  bool load(handle src, bool) {
    if (!PyUnicode_Check(src.ptr()) && !hasattr(src, "_ignis_device")) return false;
    value = ignis_py::parse_device(src);
    return true;
  }
  static handle cast(ignis_device d, return_value_policy, handle) {
    std::string s = d.type == IGNIS_CUDA ? "cuda:" + std::to_string(d.index) : "cpu";
    return str(s).release();
  }
};

}  // namespace pybind11::detail
