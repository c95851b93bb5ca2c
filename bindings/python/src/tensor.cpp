// Tensor's hand-written members: geometry, conversion, views and factories, each one C API call
// (tensor.h) with the GIL released. Schema ops are added by ops.gen.cpp; the Python layer
// (ignis/_tensor.py) adds operators, indexing and PyTorch's varargs conveniences on top.
#include <string>

#include "casters.h"

namespace ignis_py {
namespace {

// The shape a view/reshape/expand/permute call names: f(2, 3) or f((2, 3)) or f([2, 3]).
std::vector<int64_t> shape_args(const py::args& args) {
  if (args.size() == 1 && !PyLong_Check(args[0].ptr())) return args[0].cast<IntList>().v;
  std::vector<int64_t> v;
  for (const auto& a : args) v.push_back(a.cast<int64_t>());
  return v;
}

std::vector<int64_t> shape_of(const Tensor& t) {
  std::vector<int64_t> s(static_cast<size_t>(t.ndim()));
  check(ignis_tensor_shape(t.get(), s.data(), s.size()));
  return s;
}

py::tuple to_tuple(const std::vector<int64_t>& v) {
  py::tuple t(v.size());
  for (size_t i = 0; i < v.size(); ++i) t[i] = py::int_(v[i]);
  return t;
}

bool is_floating(ignis_dtype d) {
  return d == IGNIS_FLOAT16 || d == IGNIS_BFLOAT16 || d == IGNIS_FLOAT32 || d == IGNIS_FLOAT64;
}

}  // namespace

void init_tensor(py::module_& m, py::class_<Tensor>& cls) {
  // Tensor(other): a second Python object for the same tensor (same handle, same autograd
  // leaf). How ignis.nn.Parameter, a Python subclass, wraps an existing tensor.
  cls.def(py::init([](const Tensor& other) { return Tensor(other); }), py::arg("other"));
  // ---- geometry and metadata
  cls.def_property_readonly("_shape", [](const Tensor& t) { return to_tuple(shape_of(t)); })
      .def(
          "stride",
          [](const Tensor& t, std::optional<int64_t> dim) -> py::object {
            std::vector<int64_t> s(static_cast<size_t>(t.ndim()));
            check(ignis_tensor_strides(t.get(), s.data(), s.size()));
            if (!dim) return to_tuple(s);
            int64_t d = *dim < 0 ? *dim + t.ndim() : *dim;
            if (d < 0 || d >= t.ndim())
              throw py::index_error("stride: dim " + std::to_string(*dim) + " out of range for a " +
                                    std::to_string(t.ndim()) + "-D tensor");
            return py::int_(s[static_cast<size_t>(d)]);
          },
          py::arg("dim") = py::none())
      .def("dim", &Tensor::ndim)
      .def_property_readonly("ndim", &Tensor::ndim)
      .def("numel", &Tensor::numel)
      .def("nelement", &Tensor::numel)
      .def_property_readonly("dtype", &Tensor::dtype)
      .def_property_readonly("_device_str", [](const Tensor& t) { return py::cast(t.device()); })
      .def("is_contiguous",
           [](const Tensor& t) {
             int32_t r = 0;
             check(ignis_tensor_is_contiguous(t.get(), &r));
             return r != 0;
           })
      .def("is_floating_point", [](const Tensor& t) { return is_floating(t.dtype()); })
      .def("element_size", [](const Tensor& t) { return ignis_dtype_itemsize(t.dtype()); })
      .def("data_ptr", [](const Tensor& t) { return reinterpret_cast<uintptr_t>(t.data()); })
      .def("__repr__",
           [](const Tensor& t) {
             py::gil_scoped_release g;
             return t.str();
           })
      .def(
          "item",
          [](const Tensor& t) -> py::object {
            ignis_dtype d = t.dtype();
            if (is_floating(d)) return py::float_(t.item());
            int64_t v = t.item_int();
            if (d == IGNIS_BOOL) return py::bool_(v != 0);
            return py::int_(v);
          },
          "The single element as a Python number.");

  // ---- conversion and copies
  cls.def(
         "_to",
         [](const Tensor& t, ignis_dtype dtype, ignis_device device, bool copy) {
           return call1(
               [&](ignis_tensor** o) { return ignis_tensor_to(t.get(), dtype, device, copy, o); });
         },
         py::arg("dtype"), py::arg("device"), py::arg("copy") = false)
      .def("contiguous",
           [](const Tensor& t) {
             return call1([&](ignis_tensor** o) { return ignis_tensor_contiguous(t.get(), o); });
           })
      .def("clone",
           [](const Tensor& t) {
             return call1([&](ignis_tensor** o) { return ignis_tensor_clone(t.get(), o); });
           })
      .def("detach",
           [](const Tensor& t) {
             return call1([&](ignis_tensor** o) { return ignis_tensor_detach(t.get(), o); });
           })
      .def(
          "copy_",
          [](py::object self, const Tensor& src) {
            Tensor& t = self.cast<Tensor&>();
            call_void([&] { return ignis_tensor_copy_(t.get(), src.get()); });
            return self;
          },
          py::arg("src"));

  // ---- views
  cls.def("view",
          [](const Tensor& t, py::args a) {
            auto s = shape_args(a);
            return call1([&](ignis_tensor** o) {
              return ignis_tensor_view(t.get(), s.data(), s.size(), o);
            });
          })
      .def("reshape",
           [](const Tensor& t, py::args a) {
             auto s = shape_args(a);
             return call1([&](ignis_tensor** o) {
               return ignis_tensor_reshape(t.get(), s.data(), s.size(), o);
             });
           })
      .def("expand",
           [](const Tensor& t, py::args a) {
             auto s = shape_args(a);
             return call1([&](ignis_tensor** o) {
               return ignis_tensor_expand(t.get(), s.data(), s.size(), o);
             });
           })
      .def("permute",
           [](const Tensor& t, py::args a) {
             auto s = shape_args(a);
             return call1([&](ignis_tensor** o) {
               return ignis_tensor_permute(t.get(), s.data(), s.size(), o);
             });
           })
      .def(
          "transpose",
          [](const Tensor& t, int64_t d0, int64_t d1) {
            return call1(
                [&](ignis_tensor** o) { return ignis_tensor_transpose(t.get(), d0, d1, o); });
          },
          py::arg("dim0"), py::arg("dim1"))
      .def("_slice",
           [](const Tensor& t, int64_t dim, std::optional<int64_t> start,
              std::optional<int64_t> end, int64_t step) {
             return call1([&](ignis_tensor** o) {
               return ignis_tensor_slice(t.get(), dim, start ? &*start : nullptr,
                                         end ? &*end : nullptr, step, o);
             });
           })
      .def(
          "select",
          [](const Tensor& t, int64_t dim, int64_t index) {
            return call1(
                [&](ignis_tensor** o) { return ignis_tensor_select(t.get(), dim, index, o); });
          },
          py::arg("dim"), py::arg("index"))
      .def(
          "squeeze",
          [](const Tensor& t, std::optional<int64_t> dim) {
            return call1([&](ignis_tensor** o) {
              return ignis_tensor_squeeze(t.get(), dim ? &*dim : nullptr, o);
            });
          },
          py::arg("dim") = py::none())
      .def(
          "unsqueeze",
          [](const Tensor& t, int64_t dim) {
            return call1([&](ignis_tensor** o) { return ignis_tensor_unsqueeze(t.get(), dim, o); });
          },
          py::arg("dim"))
      .def(
          "flatten",
          [](const Tensor& t, int64_t start, int64_t end) {
            return call1(
                [&](ignis_tensor** o) { return ignis_tensor_flatten(t.get(), start, end, o); });
          },
          py::arg("start_dim") = 0, py::arg("end_dim") = -1);

  // ---- factories (the Python layer parses sizes, dtypes and devices)
  using Shape = const std::vector<int64_t>&;
  m.def("_empty", [](Shape s, ignis_dtype d, ignis_device dev) {
    return call1([&](ignis_tensor** o) { return ignis_empty(s.data(), s.size(), d, dev, o); });
  });
  m.def("_zeros", [](Shape s, ignis_dtype d, ignis_device dev) {
    return call1([&](ignis_tensor** o) { return ignis_zeros(s.data(), s.size(), d, dev, o); });
  });
  m.def("_ones", [](Shape s, ignis_dtype d, ignis_device dev) {
    return call1([&](ignis_tensor** o) { return ignis_ones(s.data(), s.size(), d, dev, o); });
  });
  m.def("_full", [](Shape s, const PyScalar& v, ignis_dtype d, ignis_device dev) {
    return call1([&](ignis_tensor** o) { return ignis_full(s.data(), s.size(), v.s, d, dev, o); });
  });
  m.def("_arange", [](const PyScalar& a, const PyScalar& b, const PyScalar& step, ignis_dtype d,
                      ignis_device dev) {
    return call1([&](ignis_tensor** o) { return ignis_arange(a.s, b.s, step.s, d, dev, o); });
  });
  m.def("_linspace", [](double a, double b, int64_t steps, ignis_dtype d, ignis_device dev) {
    return call1([&](ignis_tensor** o) { return ignis_linspace(a, b, steps, d, dev, o); });
  });
  m.def("_eye", [](int64_t n, int64_t k, ignis_dtype d, ignis_device dev) {
    return call1([&](ignis_tensor** o) { return ignis_eye(n, k, d, dev, o); });
  });
  m.def("_rand", [](Shape s, ignis_dtype d, ignis_device dev) {
    return call1(
        [&](ignis_tensor** o) { return ignis_rand(s.data(), s.size(), d, dev, nullptr, o); });
  });
  m.def("_randn", [](Shape s, ignis_dtype d, ignis_device dev) {
    return call1(
        [&](ignis_tensor** o) { return ignis_randn(s.data(), s.size(), d, dev, nullptr, o); });
  });
  m.def("_randint", [](int64_t lo, int64_t hi, Shape s, ignis_dtype d, ignis_device dev) {
    return call1([&](ignis_tensor** o) {
      return ignis_randint(lo, hi, s.data(), s.size(), d, dev, nullptr, o);
    });
  });
}

}  // namespace ignis_py
