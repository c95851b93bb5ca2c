// Autograd through the C API (autograd.h): requires_grad, .grad, backward, the functional grad(),
// gradient hooks written in Python, grad and inference mode. Backward runs with the GIL
// released; a hook takes it back while it runs. A Python exception raised in a hook stops
// backward and is re-raised, as itself, from the backward()/grad() call.
#include <string>

#include "casters.h"

namespace ignis_py {
namespace {

// The exception a hook raised on this thread during the current backward, if any.
thread_local std::optional<py::error_already_set> t_hook_error;

// Calls the C API backward/grad; re-raises a hook's own Python exception over the status.
template <typename F>
void run_backward(F&& f) {
  t_hook_error.reset();
  ignis_status s;
  {
    py::gil_scoped_release g;
    s = f();
  }
  if (s != IGNIS_OK && t_hook_error) {
    py::error_already_set e = std::move(*t_hook_error);
    t_hook_error.reset();
    throw e;
  }
  t_hook_error.reset();
  check(s);
}

ignis_status call_hook(const ignis_tensor* grad, ignis_tensor** replacement, void* ud) {
  py::gil_scoped_acquire g;
  try {
    auto* fn = static_cast<py::object*>(ud);
    py::object r = (*fn)(Tensor::borrow(const_cast<ignis_tensor*>(grad)));
    if (!r.is_none()) {
      if (!py::isinstance<Tensor>(r)) {
        return ignis_set_last_error(IGNIS_ERROR_INVALID_ARGUMENT,
                                    ("a gradient hook must return a Tensor or None, but returned " +
                                     std::string(py::str(py::type::of(r).attr("__name__"))))
                                        .c_str());
      }
      *replacement = Tensor(r.cast<const Tensor&>()).release();
    }
    return IGNIS_OK;
  } catch (py::error_already_set& e) {
    std::string msg = e.what();
    t_hook_error = std::move(e);
    return ignis_set_last_error(IGNIS_ERROR_INTERNAL, ("gradient hook raised: " + msg).c_str());
  } catch (const std::exception& e) {
    return ignis_set_last_error(IGNIS_ERROR_INTERNAL, e.what());
  }
}

void destroy_hook(void* ud) {
  if (!Py_IsInitialized()) return;
  py::gil_scoped_acquire g;
  delete static_cast<py::object*>(ud);
}

// A Python autograd.Function's backward (ignis_autograd_function): the callable gets the
// gradients and saved tensors as tuples and returns one Tensor or None per input. Its exception
// is kept, as the hooks' are, and re-raised by backward() as itself.
ignis_status call_function_backward(const ignis_tensor* const* grads, size_t n_grads,
                                    const ignis_tensor* const* saved, size_t n_saved,
                                    ignis_tensor** grad_inputs, size_t n_inputs, void* ud) {
  py::gil_scoped_acquire g;
  try {
    py::tuple gs(n_grads), ss(n_saved);
    for (size_t i = 0; i < n_grads; ++i)
      gs[i] = py::cast(Tensor::borrow(const_cast<ignis_tensor*>(grads[i])));
    for (size_t i = 0; i < n_saved; ++i)
      ss[i] = py::cast(Tensor::borrow(const_cast<ignis_tensor*>(saved[i])));
    py::object r = (*static_cast<py::object*>(ud))(gs, ss);
    auto seq = r.cast<py::sequence>();
    if (seq.size() != n_inputs)
      return ignis_set_last_error(IGNIS_ERROR_INVALID_ARGUMENT,
                                  ("backward returned " + std::to_string(seq.size()) +
                                   " gradients for " + std::to_string(n_inputs) + " inputs")
                                      .c_str());
    for (size_t i = 0; i < n_inputs; ++i) {
      py::object gi = seq[i];
      if (!gi.is_none()) grad_inputs[i] = Tensor(gi.cast<const Tensor&>()).release();
    }
    return IGNIS_OK;
  } catch (py::error_already_set& e) {
    std::string msg = e.what();
    t_hook_error = std::move(e);
    return ignis_set_last_error(IGNIS_ERROR_INTERNAL, ("backward raised: " + msg).c_str());
  } catch (const std::exception& e) {
    return ignis_set_last_error(IGNIS_ERROR_INTERNAL, e.what());
  }
}

std::vector<const ignis_tensor*> opt_handles(const std::vector<std::optional<Tensor>>& ts) {
  std::vector<const ignis_tensor*> v;
  for (const auto& t : ts) v.push_back(t ? t->get() : nullptr);
  return v;
}

}  // namespace

void init_autograd(py::module_& m, py::class_<Tensor>& cls) {
  cls.def_property(
         "requires_grad", [](const Tensor& t) { return t.requires_grad(); },
         [](Tensor& t, bool r) { check(ignis_tensor_set_requires_grad(t.get(), r)); })
      .def_property_readonly("is_leaf", &Tensor::is_leaf)
      .def_property(
          "grad",
          [](const Tensor& t) -> std::optional<Tensor> {
            Tensor g = t.grad();
            if (!g.defined()) return std::nullopt;
            return g;
          },
          [](Tensor& t, const std::optional<Tensor>& g) {
            check(ignis_tensor_set_grad(t.get(), g ? g->get() : nullptr));
          })
      .def("retain_grad", [](Tensor& t) { check(ignis_tensor_retain_grad(t.get())); })
      .def(
          "backward",
          [](const Tensor& t, const std::optional<Tensor>& gradient, std::optional<bool> retain,
             bool create) {
            // PyTorch: retain_graph defaults to create_graph.
            bool r = retain.value_or(create);
            run_backward([&] {
              return ignis_tensor_backward(t.get(), gradient ? gradient->get() : nullptr, r,
                                           create);
            });
          },
          py::arg("gradient") = py::none(), py::arg("retain_graph") = py::none(),
          py::arg("create_graph") = false,
          "Backpropagates from this tensor into the leaves' .grad.")
      .def(
          "_register_hook",
          [](const Tensor& t, py::function fn) {
            ignis_grad_hook h{sizeof(ignis_grad_hook), &call_hook, new py::object(std::move(fn)),
                              &destroy_hook};
            check(ignis_tensor_register_hook(t.get(), &h));  // destroy runs even on failure
          },
          py::arg("hook"));

  m.def("_function_apply",
        [](py::function backward, const std::string& name,
           const std::vector<std::optional<Tensor>>& inputs, const std::vector<Tensor>& outputs,
           const std::vector<Tensor>& saved) {
          auto ih = opt_handles(inputs);
          auto oh = handles(outputs);
          auto sh = handles(saved);
          ignis_autograd_function fn{sizeof(ignis_autograd_function), name.c_str(),
                                     &call_function_backward, new py::object(std::move(backward)),
                                     &destroy_hook};
          std::vector<ignis_tensor*> res(outputs.size(), nullptr);
          check(ignis_autograd_function_apply(&fn, ih.data(), ih.size(), oh.data(), oh.size(),
                                              sh.data(), sh.size(), res.data()));
          std::vector<Tensor> out;
          for (ignis_tensor* h : res) out.push_back(Tensor::adopt(h));
          return out;
        });
  cls.def_property_readonly("_grad_fn_name", [](const Tensor& t) -> std::optional<std::string> {
    char* s = nullptr;
    check(ignis_tensor_grad_fn_name(t.get(), &s));
    if (!s) return std::nullopt;
    std::string r = s;
    ignis_string_free(s);
    return r;
  });
  m.def("_autograd_backward",
        [](const std::vector<Tensor>& outputs, const std::vector<std::optional<Tensor>>& grads,
           bool retain, bool create) {
          auto oh = handles(outputs);
          auto gh = opt_handles(grads);
          run_backward([&] {
            return ignis_autograd_backward(oh.data(), oh.size(), gh.empty() ? nullptr : gh.data(),
                                           gh.size(), retain, create);
          });
        });
  m.def("_autograd_grad", [](const std::vector<Tensor>& outputs, const std::vector<Tensor>& inputs,
                             const std::vector<std::optional<Tensor>>& grads, bool retain,
                             bool create, bool allow_unused) {
    auto oh = handles(outputs);
    auto ih = handles(inputs);
    auto gh = opt_handles(grads);
    std::vector<ignis_tensor*> out(inputs.size(), nullptr);
    run_backward([&] {
      return ignis_autograd_grad(oh.data(), oh.size(), ih.data(), ih.size(),
                                 gh.empty() ? nullptr : gh.data(), gh.size(), retain, create,
                                 allow_unused, out.data());
    });
    py::tuple r(out.size());
    for (size_t i = 0; i < out.size(); ++i)
      r[i] = out[i] ? py::cast(Tensor::adopt(out[i])) : py::none();
    return r;
  });
  m.def("_set_grad_enabled", [](bool on) {
    int32_t prev = 0;
    check(ignis_grad_mode_set(on, &prev));
    return prev != 0;
  });
  m.def("is_grad_enabled", [] { return ignis_grad_mode_is_enabled() != 0; });
  m.def("_set_inference_mode", [](bool on) {
    int32_t prev = 0;
    check(ignis_inference_mode_set(on, &prev));
    return prev != 0;
  });
}

}  // namespace ignis_py
