// Memory exchange with NumPy and DLPack: .numpy() and from_numpy share memory (the NumPy array
// keeps the Tensor alive, the Tensor keeps the array alive), copies from contiguous arrays, and
// __dlpack__ / __dlpack_device__ / from_dlpack without copies.
#include <string>

#include <dlpack/dlpack.h>
#include <pybind11/numpy.h>

#include "casters.h"

namespace ignis_py {
namespace {

const char* numpy_name(ignis_dtype d) {
  switch (d) {
  case IGNIS_BOOL:
    return "bool";
  case IGNIS_UINT8:
    return "uint8";
  case IGNIS_INT8:
    return "int8";
  case IGNIS_INT16:
    return "int16";
  case IGNIS_INT32:
    return "int32";
  case IGNIS_INT64:
    return "int64";
  case IGNIS_FLOAT16:
    return "float16";
  case IGNIS_FLOAT32:
    return "float32";
  case IGNIS_FLOAT64:
    return "float64";
  default:
    return nullptr;
  }
}

ignis_dtype dtype_from_numpy(const py::dtype& dt) {
  if (dt.kind() != 'b' && dt.byteorder() == '>')
    throw py::type_error("ignis: byte-swapped NumPy arrays are not supported (dtype " +
                         std::string(py::str(py::handle(dt))) + ")");
  const char kind = dt.kind();
  const auto size = dt.itemsize();
  if (kind == 'b') return IGNIS_BOOL;
  if (kind == 'u' && size == 1) return IGNIS_UINT8;
  if (kind == 'i') {
    if (size == 1) return IGNIS_INT8;
    if (size == 2) return IGNIS_INT16;
    if (size == 4) return IGNIS_INT32;
    if (size == 8) return IGNIS_INT64;
  }
  if (kind == 'f') {
    if (size == 2) return IGNIS_FLOAT16;
    if (size == 4) return IGNIS_FLOAT32;
    if (size == 8) return IGNIS_FLOAT64;
  }
  throw py::type_error(
      "can't convert np.ndarray of type " + std::string(py::str(py::handle(dt))) +
      "; the supported types are: float64, float32, float16, int64, int32, int16, int8, uint8 "
      "and bool");
}

// Deleter of memory borrowed from Python: drops the owner's reference under the GIL (the last
// view may go away on any thread, GIL held or not).
void decref_owner(void*, void* owner) {
  if (!Py_IsInitialized()) return;  // interpreter gone: nothing left to release into
  PyGILState_STATE st = PyGILState_Ensure();
  Py_DECREF(static_cast<PyObject*>(owner));
  PyGILState_Release(st);
}

py::array to_numpy(py::object self) {
  const Tensor& t = self.cast<const Tensor&>();
  const char* name = numpy_name(t.dtype());
  if (!name)
    throw py::type_error(std::string("Got unsupported ScalarType ") + ignis_dtype_name(t.dtype()) +
                         " (NumPy has no such dtype; convert with .float() first)");
  void* data = t.data();  // device error for non-CPU tensors
  std::vector<py::ssize_t> shape, strides;
  auto sz = static_cast<py::ssize_t>(ignis_dtype_itemsize(t.dtype()));
  std::vector<int64_t> sh(static_cast<size_t>(t.ndim())), st(sh.size());
  check(ignis_tensor_shape(t.get(), sh.data(), sh.size()));
  check(ignis_tensor_strides(t.get(), st.data(), st.size()));
  for (size_t i = 0; i < sh.size(); ++i) {
    shape.push_back(sh[i]);
    strides.push_back(st[i] * sz);
  }
  return py::array(py::dtype(name), shape, strides, data, self);
}

Tensor from_numpy(py::array arr) {
  ignis_dtype d = dtype_from_numpy(arr.dtype());
  const auto sz = arr.itemsize();
  std::vector<int64_t> shape, strides;
  for (py::ssize_t i = 0; i < arr.ndim(); ++i) {
    shape.push_back(arr.shape(i));
    if (arr.strides(i) < 0 || arr.strides(i) % sz != 0)
      throw py::value_error(
          "At least one stride in the given numpy array is negative or not a multiple of the "
          "element size; this is not supported (use array.copy() first)");
    strides.push_back(arr.strides(i) / sz);
  }
  PyObject* owner = arr.ptr();
  Py_INCREF(owner);
  ignis_tensor* out = nullptr;
  ignis_status s = ignis_tensor_from_blob(const_cast<void*>(arr.data()), shape.data(),
                                          strides.data(), shape.size(), d,
                                          ignis_device{IGNIS_CPU, 0}, &decref_owner, owner, &out);
  if (s != IGNIS_OK) Py_DECREF(owner);  // on failure the library took nothing
  check(s);
  return Tensor::adopt(out);
}

// A copy of a C-contiguous array (ignis.tensor and friends).
Tensor from_numpy_copy(py::array arr) {
  ignis_dtype d = dtype_from_numpy(arr.dtype());
  if (!(arr.flags() & py::array::c_style))
    throw py::value_error("_from_numpy_copy: expected a C-contiguous array");
  std::vector<int64_t> shape(arr.shape(), arr.shape() + arr.ndim());
  const void* data = arr.data();
  size_t n = static_cast<size_t>(arr.nbytes());
  return call1([&](ignis_tensor** o) {
    return ignis_tensor_from_data(data, n, shape.data(), shape.size(), d, o);
  });
}

// ---- DLPack
void capsule_destructor(PyObject* cap) {
  // A capsule nobody consumed still owns its tensor.
  if (PyCapsule_IsValid(cap, "dltensor")) {
    auto* m = static_cast<DLManagedTensor*>(PyCapsule_GetPointer(cap, "dltensor"));
    if (m && m->deleter) m->deleter(m);
  } else {
    PyErr_Clear();
  }
}

py::capsule to_dlpack(const Tensor& t) {
  DLManagedTensor* m = nullptr;
  check(ignis_tensor_to_dlpack(t.get(), &m));
  return py::reinterpret_steal<py::capsule>(PyCapsule_New(m, "dltensor", &capsule_destructor));
}

// Wraps a producer's DLManagedTensor so its deleter runs under the GIL (NumPy's deleter
// drops a Python reference and does not take the GIL itself).
void gil_deleter(DLManagedTensor* self) {
  auto* inner = static_cast<DLManagedTensor*>(self->manager_ctx);
  delete self;
  if (!Py_IsInitialized()) return;
  PyGILState_STATE st = PyGILState_Ensure();
  if (inner->deleter) inner->deleter(inner);
  PyGILState_Release(st);
}

Tensor from_dlpack(py::object obj) {
  py::object cap = obj;
  if (py::hasattr(obj, "__dlpack__")) cap = obj.attr("__dlpack__")();
  if (!PyCapsule_IsValid(cap.ptr(), "dltensor"))
    throw py::type_error(
        "from_dlpack: expected an object with __dlpack__ or an unused DLPack capsule named "
        "'dltensor'");
  auto* inner = static_cast<DLManagedTensor*>(PyCapsule_GetPointer(cap.ptr(), "dltensor"));
  auto* outer = new DLManagedTensor{inner->dl_tensor, inner, &gil_deleter};
  ignis_tensor* out = nullptr;
  ignis_status s = ignis_tensor_from_dlpack(outer, &out);
  if (s != IGNIS_OK) {
    delete outer;  // the capsule still owns inner
    check(s);
  }
  PyCapsule_SetName(cap.ptr(), "used_dltensor");
  return Tensor::adopt(out);
}

}  // namespace

void init_interop(py::module_& m, py::class_<Tensor>& cls) {
  cls.def("_numpy", &to_numpy);
  cls.def(
      "__dlpack__", [](const Tensor& t, py::object /*stream*/) { return to_dlpack(t); },
      py::arg("stream") = py::none(), "Exports the tensor as a DLPack capsule (no copy).");
  cls.def("__dlpack_device__", [](const Tensor& t) {
    ignis_device d = t.device();
    return py::make_tuple(
        d.type == IGNIS_CUDA ? static_cast<int>(kDLCUDA) : static_cast<int>(kDLCPU), d.index);
  });
  m.def("from_numpy", &from_numpy, py::arg("ndarray"),
        "A tensor sharing the memory of a NumPy array (which it keeps alive).");
  m.def("_from_numpy_copy", &from_numpy_copy);
  m.def("from_dlpack", &from_dlpack, py::arg("ext_tensor"),
        "A tensor sharing the memory of any object with __dlpack__ (or a DLPack capsule).");
}

}  // namespace ignis_py
