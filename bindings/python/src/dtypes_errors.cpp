// ignis.dtype singletons (ignis.float32, ...) and the exception classes a failed C API status
// becomes. Every engine error is a RuntimeError, as in PyTorch; invalid arguments are also
// ValueError, index errors IndexError, dtype errors TypeError, I/O errors OSError.
#include <array>
#include <string>

#include "casters.h"

namespace ignis_py {
namespace {

struct DType {
  ignis_dtype value;
};
constexpr int kDTypes = 10;
std::array<py::object, kDTypes>& dtype_objects() {
  static auto* objs = new std::array<py::object, kDTypes>();  // leaked: outlives interpreter exit
  return *objs;
}

bool is_floating(ignis_dtype d) {
  return d == IGNIS_FLOAT16 || d == IGNIS_BFLOAT16 || d == IGNIS_FLOAT32 || d == IGNIS_FLOAT64;
}

std::array<PyObject*, 10> g_errors{};  // index = status code

// The exception class a failed status becomes.
PyObject* error_class(ignis_status status) {
  int s = static_cast<int>(status);
  return (s > 0 && s < 10) ? g_errors[s] : g_errors[0];
}

}  // namespace

py::object dtype_object(ignis_dtype d) {
  if (static_cast<int>(d) < 0 || static_cast<int>(d) >= kDTypes)
    throw std::runtime_error("ignis: invalid dtype value " + std::to_string(static_cast<int>(d)));
  return dtype_objects()[static_cast<int>(d)];
}

std::optional<ignis_dtype> dtype_of(py::handle h) {
  if (!py::isinstance<DType>(h)) return std::nullopt;
  return h.cast<const DType&>().value;
}

void init_dtypes(py::module_& m) {
  py::class_<DType> cls(m, "dtype", "An element type: ignis.float32, ignis.int64, ...");
  cls.def_property_readonly("is_floating_point",
                            [](const DType& d) { return is_floating(d.value); })
      .def_property_readonly(
          "is_signed",
          [](const DType& d) { return d.value != IGNIS_BOOL && d.value != IGNIS_UINT8; })
      .def_property_readonly("itemsize",
                             [](const DType& d) { return ignis_dtype_itemsize(d.value); })
      .def_property_readonly("name", [](const DType& d) { return ignis_dtype_name(d.value); })
      .def("__repr__",
           [](const DType& d) { return std::string("ignis.") + ignis_dtype_name(d.value); })
      .def("__reduce__", [](const DType& d) { return std::string(ignis_dtype_name(d.value)); });
  for (int i = 0; i < kDTypes; ++i) {
    auto d = static_cast<ignis_dtype>(i);
    py::object o = py::cast(DType{d});
    dtype_objects()[i] = o;
    m.attr(ignis_dtype_name(d)) = o;
  }
}

void init_errors(py::module_& m) {
  struct Kind {
    ignis_status status;
    const char* name;
    PyObject* extra;  // a second base besides IgnisError, or null
  };
  PyObject* base = PyErr_NewExceptionWithDoc(
      "ignis.IgnisError", "An error the Ignis engine reported.", PyExc_RuntimeError, nullptr);
  m.add_object("IgnisError", py::handle(base));
  const Kind kinds[] = {
      {IGNIS_ERROR_INVALID_ARGUMENT, "InvalidArgumentError", PyExc_ValueError},
      {IGNIS_ERROR_SHAPE, "ShapeError", nullptr},
      {IGNIS_ERROR_DTYPE, "DTypeError", PyExc_TypeError},
      {IGNIS_ERROR_DEVICE, "DeviceError", nullptr},
      {IGNIS_ERROR_OUT_OF_MEMORY, "OutOfMemoryError", PyExc_MemoryError},
      {IGNIS_ERROR_IO, "IOError", PyExc_OSError},
      {IGNIS_ERROR_UNSUPPORTED, "UnsupportedError", PyExc_NotImplementedError},
      {IGNIS_ERROR_INTERNAL, "InternalError", nullptr},
      {IGNIS_ERROR_INDEX, "IndexError", PyExc_IndexError},
  };
  g_errors.fill(base);
  for (const Kind& k : kinds) {
    py::tuple bases = k.extra ? py::make_tuple(py::handle(base), py::handle(k.extra))
                              : py::make_tuple(py::handle(base));
    std::string qual = std::string("ignis.") + k.name;
    PyObject* cls = PyErr_NewException(qual.c_str(), bases.ptr(), nullptr);
    if (!cls) throw py::error_already_set();
    m.add_object(k.name, py::handle(cls));
    g_errors[k.status] = cls;
  }
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const ignis::Error& e) {
      PyErr_SetString(error_class(e.status()), e.what());
    }
  });
}

void raise_status(ignis_status s) { PyErr_SetString(error_class(s), ignis_last_error()); }

}  // namespace ignis_py
