// The engine's training objects through the C API (nn.h, optim.h, data.h): module, optimizer,
// scheduler, dataset and data-loader handles as private classes (_Module, _Optimizer, ...). The
// PyTorch-shaped classes (ignis.nn.Linear, ignis.optim.SGD, ignis.utils.data.DataLoader) are
// Python code in the package over these; this file only moves handles and releases the GIL
// around engine work (forward, step, batch building).
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "casters.h"

namespace ignis_py {
namespace {

using NamedTensors = std::vector<std::pair<std::string, Tensor>>;

// Optional tensors in (None -> NULL), as forward_n takes for optional inputs.
std::vector<const ignis_tensor*> opt_handles(const std::vector<std::optional<Tensor>>& ts) {
  std::vector<const ignis_tensor*> v;
  for (const auto& t : ts) v.push_back(t ? t->get() : nullptr);
  return v;
}

// The LambdaLR callback: a Python callable epoch -> factor (one per group), called with the GIL
// taken back (steps run with it released). Its exception becomes the step's error.
struct PyLambda {
  std::vector<py::object> fns;
  ~PyLambda() {
    if (!Py_IsInitialized()) {
      for (auto& f : fns) f.release();  // the interpreter is gone: leak rather than crash
      return;
    }
    py::gil_scoped_acquire g;
    fns.clear();
  }
};
ignis_status call_lambda(int64_t epoch, size_t group, double* factor, void* ud) {
  py::gil_scoped_acquire g;
  auto* l = static_cast<PyLambda*>(ud);
  try {
    const py::object& fn = l->fns.size() == 1 ? l->fns[0] : l->fns.at(group);
    *factor = fn(epoch).cast<double>();
    return IGNIS_OK;
  } catch (py::error_already_set& e) {
    return ignis_set_last_error(IGNIS_ERROR_INVALID_ARGUMENT,
                                ("LambdaLR lr_lambda raised: " + std::string(e.what())).c_str());
  } catch (const std::exception& e) {
    return ignis_set_last_error(IGNIS_ERROR_INVALID_ARGUMENT, e.what());
  }
}
void destroy_lambda(void* ud) { delete static_cast<PyLambda*>(ud); }

void init_module(py::module_& m) {
  py::class_<ignis::Module>(m, "_Module", "An engine module handle (ignis.nn wraps it).")
      .def(py::init([](const std::string& type, const std::string& options) {
             return ignis::Module(type, options);
           }),
           py::arg("type"), py::arg("options_json") = "{}")
      .def("forward_n",
           [](const ignis::Module& mod, const std::vector<std::optional<Tensor>>& xs) {
             auto hs = opt_handles(xs);
             ignis_tensor** outs = nullptr;
             size_t n = 0;
             ignis_status s;
             {
               py::gil_scoped_release g;
               s = ignis_module_forward_n(mod.get(), hs.data(), hs.size(), &outs, &n);
             }
             check(s);
             return ignis::detail::adopt_array(outs, n);
           })
      .def("train", [](ignis::Module& mod, bool on) { mod.train(on); })
      .def("is_training", &ignis::Module::is_training)
      .def("to_dtype", [](ignis::Module& mod, ignis_dtype d) { mod.to(d); })
      .def("to_device", [](ignis::Module& mod, py::handle d) { mod.to(parse_device(d)); })
      .def("zero_grad", &ignis::Module::zero_grad)
      .def("repr", &ignis::Module::repr)
      .def("type",
           [](const ignis::Module& mod) {
             char* s = nullptr;
             check(ignis_module_type(mod.get(), &s));
             return ignis::detail::take_string(s);
           })
      .def("append", [](ignis::Module& mod, const ignis::Module& c) { mod.append(c); })
      .def("add_child", &ignis::Module::add_child)
      .def("children",
           [](const ignis::Module& mod) {
             size_t n = 0;
             check(ignis_module_child_count(mod.get(), &n));
             std::vector<std::pair<std::string, ignis::Module>> v;
             for (size_t i = 0; i < n; ++i) {
               char* name = nullptr;
               ignis_module* c = nullptr;
               check(ignis_module_child(mod.get(), i, &name, &c));
               v.emplace_back(ignis::detail::take_string(name), ignis::Module::adopt(c));
             }
             return v;
           })
      .def("named_parameters", &ignis::Module::named_parameters, py::arg("recurse"))
      .def("named_buffers", &ignis::Module::named_buffers, py::arg("recurse"))
      .def("set_parameter", &ignis::Module::set_parameter)
      .def("set_buffer",
           [](ignis::Module& mod, const std::string& name, const Tensor& t) {
             check(ignis_module_set_buffer(mod.get(), name.c_str(), t.get()));
           })
      .def("save", &ignis::Module::save)
      .def("load", [](ignis::Module& mod, const std::string& path, bool strict) {
        ignis::LoadReport r = mod.load(path, strict);
        return std::make_pair(r.missing_keys, r.unexpected_keys);
      });
  m.def("_module_types", [] {
    char** names = nullptr;
    size_t n = 0;
    check(ignis_module_types(&names, &n));
    return ignis::detail::take_strings(names, n);
  });
  m.def("_module_type_options", [](const std::string& type) {
    char* s = nullptr;
    check(ignis_module_type_options(type.c_str(), &s));
    return ignis::detail::take_string(s);
  });
}

void init_optim(py::module_& m) {
  py::class_<ignis::Optimizer>(m, "_Optimizer", "An engine optimizer handle (ignis.optim).")
      .def(py::init(
          [](const std::string& type, const std::vector<Tensor>& params,
             const std::string& options) { return ignis::Optimizer(type, params, options); }))
      .def("add_param_group", &ignis::Optimizer::add_param_group)
      .def("step",
           [](ignis::Optimizer& o) {
             py::gil_scoped_release g;
             o.step();
           })
      .def("zero_grad", &ignis::Optimizer::zero_grad)
      .def("group_count",
           [](const ignis::Optimizer& o) {
             size_t n = 0;
             check(ignis_optimizer_group_count(o.get(), &n));
             return n;
           })
      .def("get_option", [](const ignis::Optimizer& o, size_t group,
                            const std::string& name) { return o.option(name, group); })
      .def("set_option", [](ignis::Optimizer& o, size_t group, const std::string& name,
                            double v) { o.set_option(name, v, group); })
      .def("save", &ignis::Optimizer::save)
      .def("load", &ignis::Optimizer::load);

  py::class_<ignis::Scheduler>(m, "_Scheduler", "An engine lr-scheduler handle.")
      .def(py::init([](const std::string& type, const ignis::Optimizer& o,
                       const std::string& options) { return ignis::Scheduler(type, o, options); }))
      .def("step",
           [](ignis::Scheduler& s) {
             py::gil_scoped_release g;
             s.step();
           })
      .def("step_metric", [](ignis::Scheduler& s, double metric) { s.step(metric); })
      .def("last_lr", &ignis::Scheduler::last_lr);
  m.def("_scheduler_lambda", [](const ignis::Optimizer& o, std::vector<py::object> fns) {
    ignis_lr_lambda cb{sizeof(ignis_lr_lambda), &call_lambda, new PyLambda{std::move(fns)},
                       &destroy_lambda};
    ignis_scheduler* h = nullptr;
    check(ignis_scheduler_create_lambda(o.get(), &cb, &h));  // destroy runs on failure
    // Scheduler has no public adopt: a derived wrapper takes the handle, then moves into one.
    struct Adopt : ignis::Scheduler {
      explicit Adopt(ignis_scheduler* p) { h_ = p; }
    };
    return ignis::Scheduler(Adopt(h));
  });
  m.def("_scheduler_sequential",
        [](const ignis::Optimizer& o, const std::vector<ignis::Scheduler>& scheds,
           const std::vector<int64_t>& milestones) {
          std::vector<ignis_scheduler*> hs;
          for (const auto& s : scheds) hs.push_back(s.get());
          ignis_scheduler* h = nullptr;
          check(ignis_scheduler_create_sequential(o.get(), hs.data(), hs.size(), milestones.data(),
                                                  milestones.size(), &h));
          struct Adopt : ignis::Scheduler {
            explicit Adopt(ignis_scheduler* p) { h_ = p; }
          };
          return ignis::Scheduler(Adopt(h));
        });
  m.def("_clip_grad_norm", [](const std::vector<Tensor>& ps, double max_norm, double norm_type,
                              bool error_if_nonfinite) {
    auto hs = handles(ps);
    double total = 0;
    check(ignis_clip_grad_norm(hs.data(), hs.size(), max_norm, norm_type, error_if_nonfinite,
                               &total));
    return total;
  });
  m.def("_clip_grad_value", [](const std::vector<Tensor>& ps, double clip) {
    auto hs = handles(ps);
    check(ignis_clip_grad_value(hs.data(), hs.size(), clip));
  });
}

void init_data(py::module_& m) {
  py::class_<ignis::Dataset>(m, "_Dataset", "An engine dataset handle (ignis.utils.data).")
      .def_static("from_tensors", &ignis::Dataset::from_tensors)
      .def_static("fashion_mnist",
                  [](const std::string& root, bool train) {
                    return ignis::Dataset::fashion_mnist(train, root);
                  })
      .def_static("idx",
                  [](const std::string& images, const std::string& labels) {
                    ignis_dataset* h = nullptr;
                    check(ignis_dataset_idx(images.c_str(), labels.c_str(), &h));
                    return ignis::Dataset::adopt(h);
                  })
      .def("subset",
           [](const ignis::Dataset& d, const std::vector<int64_t>& idx) {
             ignis_dataset* h = nullptr;
             check(ignis_dataset_subset(d.get(), idx.data(), idx.size(), &h));
             return ignis::Dataset::adopt(h);
           })
      .def("size", &ignis::Dataset::size)
      .def("get", [](const ignis::Dataset& d, int64_t i) {
        py::gil_scoped_release g;
        return d.get(i);
      });
  py::class_<ignis::DataLoader>(m, "_DataLoader", "An engine data-loader handle.")
      .def(py::init([](const ignis::Dataset& d, const std::string& options) {
        return ignis::DataLoader(d, options);
      }))
      .def("next",
           [](ignis::DataLoader& dl) {
             py::gil_scoped_release g;
             return dl.next();
           })
      .def("reset", &ignis::DataLoader::reset)
      .def("length", &ignis::DataLoader::size);
}

// ignis.save / ignis.load (io.h): named tensors and string metadata in safetensors files.
void init_io(py::module_& m) {
  m.def("_safetensors_save",
        [](const std::string& path, const std::vector<std::pair<std::string, Tensor>>& items,
           const std::map<std::string, std::string>& meta) {
          std::vector<const char*> names;
          std::vector<const ignis_tensor*> ts;
          for (const auto& [n, t] : items) {
            names.push_back(n.c_str());
            ts.push_back(t.get());
          }
          std::vector<const char*> keys, vals;
          for (const auto& [k, v] : meta) {
            keys.push_back(k.c_str());
            vals.push_back(v.c_str());
          }
          call_void([&] {
            return ignis_safetensors_save(path.c_str(), names.data(), ts.data(), ts.size(),
                                          keys.data(), vals.data(), keys.size());
          });
        });
  m.def("_safetensors_load", [](const std::string& path) {
    char** names = nullptr;
    ignis_tensor** ts = nullptr;
    size_t n = 0, nm = 0;
    char **keys = nullptr, **vals = nullptr;
    call_void(
        [&] { return ignis_safetensors_load(path.c_str(), &names, &ts, &n, &keys, &vals, &nm); });
    std::vector<std::string> ns = ignis::detail::take_strings(names, n);
    std::vector<Tensor> tensors = ignis::detail::adopt_array(ts, n);
    std::vector<std::string> ks = ignis::detail::take_strings(keys, nm);
    std::vector<std::string> vs = ignis::detail::take_strings(vals, nm);
    std::vector<std::pair<std::string, Tensor>> items;
    for (size_t i = 0; i < n; ++i) items.emplace_back(ns[i], tensors[i]);
    std::map<std::string, std::string> meta;
    for (size_t i = 0; i < nm; ++i) meta[ks[i]] = vs[i];
    return std::make_pair(items, meta);
  });
}

}  // namespace

void init_training(py::module_& m) {
  init_module(m);
  init_optim(m);
  init_data(m);
  init_io(m);
}

}  // namespace ignis_py
