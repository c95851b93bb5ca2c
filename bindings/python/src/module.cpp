// The extension module ignis._C: checks the runtime library's API level, then registers the
// dtypes, the exception classes, the Tensor type and its members, and every schema op.
#include <map>
#include <string>

#include "casters.h"

namespace ignis_py {

void init_dtypes(py::module_& m);
void init_errors(py::module_& m);
void init_tensor(py::module_& m, py::class_<Tensor>& cls);
void init_interop(py::module_& m, py::class_<Tensor>& cls);
void init_autograd(py::module_& m, py::class_<Tensor>& cls);
void init_ops(py::module_& m, py::class_<Tensor>& cls);
void init_training(py::module_& m);
void init_fast_ops(py::class_<Tensor>& cls);

ignis_device parse_device(py::handle h) {
  std::string s = py::str(h);
  if (s == "cpu") return ignis_device{IGNIS_CPU, 0};
  if (s == "cuda") return ignis_device{IGNIS_CUDA, 0};
  if (s.rfind("cuda:", 0) == 0 && s.size() > 5 &&
      s.find_first_not_of("0123456789", 5) == std::string::npos && s.size() < 12)
    return ignis_device{IGNIS_CUDA, std::stoi(s.substr(5))};
  throw py::value_error("expected a device 'cpu', 'cuda' or 'cuda:N' but got '" + s + "'");
}

py::handle named_tuple(const char* name, const char* fields) {
  // Types live as long as the module (leaked on purpose: they outlive interpreter teardown).
  static auto* types = new std::map<std::string, py::object>();
  auto it = types->find(name);
  if (it != types->end()) return it->second;
  py::object t = py::module_::import("collections").attr("namedtuple")(name, fields);
  t.attr("__module__") = "ignis.return_types";
  return (*types)[name] = t;
}

}  // namespace ignis_py

PYBIND11_MODULE(_C, m) {
  using namespace ignis_py;
  m.doc() = "ignis._C: the Ignis engine through its C API (libignis.so.1)";
  if (ignis_api_version() < IGNIS_API_VERSION)
    throw std::runtime_error("ignis: the loaded libignis has API level " +
                             std::to_string(ignis_api_version()) + " but this binding needs " +
                             std::to_string(IGNIS_API_VERSION) + " or newer");
  m.attr("__version__") = ignis_version_string();
  m.attr("api_version") = ignis_api_version();
  init_errors(m);
  init_dtypes(m);
  py::class_<Tensor> cls(m, "Tensor", "A multi-dimensional array on a device, with autograd.");
  cls.attr("_ignis_tensor") = true;
  init_tensor(m, cls);
  init_interop(m, cls);
  init_autograd(m, cls);
  init_ops(m, cls);
  init_fast_ops(cls);  // after init_ops: replaces some of its methods
  init_training(m);

  m.def(
      "manual_seed", [](uint64_t seed) { check(ignis_manual_seed(seed)); }, py::arg("seed"),
      "Seeds every default random generator.");
  m.def(
      "set_num_threads", [](int32_t n) { check(ignis_set_num_threads(n)); }, py::arg("n"),
      "Sets the number of threads intra-op loops use.");
  m.def("get_num_threads", &ignis_get_num_threads);
  m.def("cuda_is_available", [] { return ignis_cuda_is_available() != 0; });
  m.def("cuda_device_count", &ignis_cuda_device_count);
  m.def(
      "set_default_dtype", [](ignis_dtype d) { check(ignis_experimental_set_default_dtype(d)); },
      py::arg("dtype"));
}
