// Hand-written CPython fast paths for the hottest Tensor calls: the arithmetic operators
// (+ - * / and their in-place and reflected forms) and the methods add/sub/mul/div and
// add_/sub_/mul_/div_. A pybind11 call costs several hundred ns before the engine runs (overload
// resolution, a type lookup by typeid name per argument and per result, the argument casters,
// releasing the GIL); these cost a few tens.
//
// Each fast path is a METH_FASTCALL method that replaces the generated pybind11 method in the
// Tensor type's dict, so Python's operator protocol (slots, reflected operands, subclasses) is
// untouched. It handles one shape of call only: one positional argument, no keywords, a Tensor
// or a Python bool/int/float operand; for anything else it calls the pybind11 method it
// replaced, which therefore still defines the semantics. Both call the same C API function with
// the same arguments (alpha = 1), so results, type promotion, broadcasting, autograd history
// and version counters are those of the general path, and a failed status raises the same
// exception class with the same message (raise_status, the translator's mapping).
//
// The GIL: these calls keep it when every operand is a CPU tensor and the result has at most
// kKeepGilNumel elements (bounded by the operands' element counts: a 1-element operand
// broadcasts to the other's count, otherwise their product bounds it). Such a call is done in
// about a microsecond, so releasing and retaking the GIL (~50-100 ns) would buy other threads
// nothing worth its cost (PyTorch keeps the GIL for every op). It cannot deadlock: an
// elementwise op on CPU takes only the CPU allocator's lock, a leaf lock no thread holds while
// it waits for Python; it never calls back into Python; and it drops no last reference to an
// input (the caller holds them), so no Python deleter of from_numpy memory runs inside it. Larger
// or CUDA operands release the GIL as every other binding call does.
#include <array>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <utility>

#include "casters.h"

namespace ignis_py {

void raise_status(ignis_status s);  // dtypes_errors.cpp

namespace {

namespace pd = py::detail;

constexpr int64_t kKeepGilNumel = 1 << 14;  // ~16K elements: a few microseconds at most

PyTypeObject* g_type = nullptr;    // ignis._C.Tensor
pd::type_info* g_tinfo = nullptr;  // its pybind11 record, looked up once

// The handle a Tensor (or subclass) object holds, or null for anything else (also for a
// subclass instance whose __init__ never constructed the C++ value).
ignis_tensor* handle_of(PyObject* o) {
  if (Py_TYPE(o) != g_type && !PyType_IsSubtype(Py_TYPE(o), g_type)) return nullptr;
  auto* inst = reinterpret_cast<pd::instance*>(o);
  if (!inst->simple_layout || !inst->simple_holder_constructed) return nullptr;
  return static_cast<Tensor*>(inst->simple_value_holder[0])->get();
}

// A new Tensor object owning r: what pybind11's cast of a returned Tensor does (new instance,
// value moved to the heap, unique_ptr holder, instance registered), minus its type lookups.
// Out of memory anywhere here is a MemoryError, and r is released either way.
PyObject* wrap(ignis_tensor* r) {
  PyObject* o = nullptr;
  try {
    o = pd::make_new_instance(g_type);
  } catch (...) {
    o = nullptr;
  }
  if (!o) {
    ignis_tensor_release(r);
    return PyErr_Occurred() ? nullptr : PyErr_NoMemory();
  }
  auto* inst = reinterpret_cast<pd::instance*>(o);
  auto v_h = inst->get_value_and_holder(g_tinfo, false);
  auto* value = new (std::nothrow) Tensor(Tensor::adopt(r));  // adopt runs only on success
  if (!value) {
    ignis_tensor_release(r);
    Py_DECREF(o);  // holds nothing yet
    return PyErr_NoMemory();
  }
  v_h.value_ptr() = value;
  inst->owned = true;
  // The holder first: from here on, dropping o deletes value (and releases r).
  new (std::addressof(v_h.holder<std::unique_ptr<Tensor>>())) std::unique_ptr<Tensor>(value);
  v_h.set_holder_constructed();
  try {
    pd::register_instance(inst, value, g_tinfo);
  } catch (...) {
    Py_DECREF(o);
    return PyErr_NoMemory();
  }
  v_h.set_instance_registered();
  return o;
}

// A Python bool, int (within int64) or float as the C API's scalar, as the PyScalar caster
// reads it; false for anything else (NumPy scalars and big ints take the general path).
bool scalar_of(PyObject* o, ignis_scalar* s) {
  if (PyFloat_CheckExact(o)) {
    *s = ignis_scalar_float(PyFloat_AS_DOUBLE(o));
    return true;
  }
  if (PyBool_Check(o)) {
    *s = ignis_scalar_bool(o == Py_True);
    return true;
  }
  if (PyLong_CheckExact(o)) {
    int overflow = 0;
    long long v = PyLong_AsLongLongAndOverflow(o, &overflow);
    if (overflow) return false;
    *s = ignis_scalar_int(v);
    return true;
  }
  return false;
}

// True when a call on these operands keeps the GIL (see the file comment).
bool keep_gil(const ignis_tensor* a, const ignis_tensor* b) {
  ignis_device d{};
  if (ignis_tensor_device(a, &d) != IGNIS_OK || d.type != IGNIS_CPU) return false;
  int64_t na = ignis_tensor_numel(a), nb = 1;
  if (b) {
    if (ignis_tensor_device(b, &d) != IGNIS_OK || d.type != IGNIS_CPU) return false;
    nb = ignis_tensor_numel(b);
  }
  if (na < 0 || nb < 0 || na > kKeepGilNumel || nb > kKeepGilNumel) return false;
  int64_t bound = na == 1 || nb == 1 ? (na > nb ? na : nb) : na * nb;
  return bound <= kKeepGilNumel;
}

template <typename F>
ignis_status run(bool keep, F&& f) {
  if (keep) return f();
  PyThreadState* ts = PyEval_SaveThread();
  ignis_status s = f();
  PyEval_RestoreThread(ts);
  return s;
}

// One fast method: its name, the C API entry points, and the pybind11 method it replaces.
// The functional forms return a new tensor; the in-place forms write self and return it.
struct Op {
  const char* name;
  bool inplace;
  ignis_status (*tt)(ignis_tensor* self, const ignis_tensor* other, ignis_tensor** out);
  ignis_status (*ts)(ignis_tensor* self, ignis_scalar other, ignis_tensor** out);
};

const ignis_scalar kOne = ignis_scalar_int(1);

#define IGNIS_FAST_ALPHA(fn)                                                                       \
  [](ignis_tensor* a, const ignis_tensor* b, ignis_tensor** o) {                                   \
    return fn##_tensor(a, b, kOne, o);                                                             \
  },                                                                                               \
      [](ignis_tensor* a, ignis_scalar b, ignis_tensor** o) { return fn##_scalar(a, b, kOne, o); }
#define IGNIS_FAST_ALPHA_(fn)                                                                      \
  [](ignis_tensor* a, const ignis_tensor* b, ignis_tensor**) {                                     \
    return fn##_tensor_inplace(a, b, kOne);                                                        \
  },                                                                                               \
      [](ignis_tensor* a, ignis_scalar b, ignis_tensor**) {                                        \
        return fn##_scalar_inplace(a, b, kOne);                                                    \
      }
#define IGNIS_FAST(fn)                                                                             \
  [](ignis_tensor* a, const ignis_tensor* b, ignis_tensor** o) { return fn##_tensor(a, b, o); },   \
      [](ignis_tensor* a, ignis_scalar b, ignis_tensor** o) { return fn##_scalar(a, b, o); }
#define IGNIS_FAST_(fn)                                                                            \
  [](ignis_tensor* a, const ignis_tensor* b, ignis_tensor**) {                                     \
    return fn##_tensor_inplace(a, b);                                                              \
  },                                                                                               \
      [](ignis_tensor* a, ignis_scalar b, ignis_tensor**) { return fn##_scalar_inplace(a, b); }

// __radd__ and __rmul__ are the generated self + other / self * other (both commute); __rsub__
// and __rtruediv__ are Python functions (ignis/_tensor.py) and stay so.
Op g_ops[] = {
    {"__add__", false, IGNIS_FAST_ALPHA(ignis_add)},
    {"__radd__", false, IGNIS_FAST_ALPHA(ignis_add)},
    {"add", false, IGNIS_FAST_ALPHA(ignis_add)},
    {"__iadd__", true, IGNIS_FAST_ALPHA_(ignis_add)},
    {"add_", true, IGNIS_FAST_ALPHA_(ignis_add)},
    {"__sub__", false, IGNIS_FAST_ALPHA(ignis_sub)},
    {"sub", false, IGNIS_FAST_ALPHA(ignis_sub)},
    {"__isub__", true, IGNIS_FAST_ALPHA_(ignis_sub)},
    {"sub_", true, IGNIS_FAST_ALPHA_(ignis_sub)},
    {"__mul__", false, IGNIS_FAST(ignis_mul)},
    {"__rmul__", false, IGNIS_FAST(ignis_mul)},
    {"mul", false, IGNIS_FAST(ignis_mul)},
    {"__imul__", true, IGNIS_FAST_(ignis_mul)},
    {"mul_", true, IGNIS_FAST_(ignis_mul)},
    {"__truediv__", false, IGNIS_FAST(ignis_div)},
    {"div", false, IGNIS_FAST(ignis_div)},
    {"__itruediv__", true, IGNIS_FAST_(ignis_div)},
    {"div_", true, IGNIS_FAST_(ignis_div)},
};
constexpr size_t kOps = sizeof(g_ops) / sizeof(g_ops[0]);
// The replaced pybind11 methods (strong references, kept for the process) and their docstrings.
std::array<PyObject*, kOps> g_fallback{};
std::array<std::string, kOps> g_doc;

PyObject* call_fallback(PyObject* fallback, PyObject* self, PyObject* const* args, Py_ssize_t nargs,
                        PyObject* kwnames) {
  // The replaced method is an instancemethod over pybind11's function: call it with self first.
  Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
  PyObject* small[8];
  std::unique_ptr<PyObject*[]> big;
  PyObject** stack = small;
  if (nargs + nkw + 1 > 8) {
    big.reset(new PyObject*[static_cast<size_t>(nargs + nkw + 1)]);
    stack = big.get();
  }
  stack[0] = self;
  for (Py_ssize_t i = 0; i < nargs + nkw; ++i) stack[i + 1] = args[i];
  return PyObject_Vectorcall(fallback, stack, static_cast<size_t>(nargs + 1), kwnames);
}

template <size_t I>
PyObject* fast(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
  const Op& op = g_ops[I];
  ignis_tensor* a = nargs == 1 && !kwnames ? handle_of(self) : nullptr;
  if (a) {
    ignis_tensor* out = nullptr;
    ignis_status s;
    if (ignis_tensor* b = handle_of(args[0])) {
      s = run(keep_gil(a, b), [&] { return op.tt(a, b, &out); });
    } else if (ignis_scalar v; scalar_of(args[0], &v)) {
      s = run(keep_gil(a, nullptr), [&] { return op.ts(a, v, &out); });
    } else {
      return call_fallback(g_fallback[I], self, args, nargs, kwnames);
    }
    if (s != IGNIS_OK) {
      raise_status(s);
      return nullptr;
    }
    if (op.inplace) {
      Py_INCREF(self);
      return self;
    }
    return wrap(out);
  }
  return call_fallback(g_fallback[I], self, args, nargs, kwnames);
}

template <size_t... I>
constexpr std::array<PyCFunction, sizeof...(I)> fast_table(std::index_sequence<I...>) {
  return {reinterpret_cast<PyCFunction>(reinterpret_cast<void (*)()>(&fast<I>))...};
}

}  // namespace

void init_fast_ops(py::class_<Tensor>& cls) {
  g_type = reinterpret_cast<PyTypeObject*>(cls.ptr());
  g_tinfo = pd::get_type_info(typeid(Tensor));
  static const auto fns = fast_table(std::make_index_sequence<kOps>());
  static PyMethodDef defs[kOps];
  PyObject* dict = g_type->tp_dict;
  for (size_t i = 0; i < kOps; ++i) {
    const Op& op = g_ops[i];
    PyObject* orig = PyDict_GetItemString(dict, op.name);  // borrowed
    if (!orig)
      throw std::runtime_error(std::string("ignis: no Tensor.") + op.name + " to speed up");
    Py_INCREF(orig);
    g_fallback[i] = orig;
    py::object doc = py::getattr(orig, "__doc__", py::none());
    if (!doc.is_none()) g_doc[i] = doc.cast<std::string>();
    defs[i] = PyMethodDef{op.name, fns[i], METH_FASTCALL | METH_KEYWORDS,
                          g_doc[i].empty() ? nullptr : g_doc[i].c_str()};
    py::object descr = py::reinterpret_steal<py::object>(PyDescr_NewMethod(g_type, &defs[i]));
    if (!descr) throw py::error_already_set();
    cls.attr(op.name) = descr;
  }
}

}  // namespace ignis_py
