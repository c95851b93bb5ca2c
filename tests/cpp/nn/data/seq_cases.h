// Runs a torch reference case (tests/cpp/nn/data/gen_seq_cases.py) through an Ignis module:
// loads torch's parameters by state dict key (strict, so the keys must match), runs forward on
// the same inputs, compares the outputs, backpropagates the same loss and compares the gradients
// of every floating input and every parameter.
#pragma once

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "autograd/engine.h"
#include "data/safetensors.h"
#include "nn/module.h"
#include "ops/operators.h"
#include "test_util.h"

namespace ignis::test {

// The cases of one blob: base64 text decoded, then read as safetensors.
inline data::TensorMap load_cases(std::string_view b64) {
  auto val = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    return c == '+' ? 62 : c == '/' ? 63 : -1;
  };
  std::string bytes;
  int acc = 0, bits = 0;
  for (char c : b64) {
    int v = val(c);
    if (v < 0) continue;  // '=' padding
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push_back(static_cast<char>((acc >> bits) & 0xff));
    }
  }
  return data::load_safetensors_from_memory(bytes.data(), bytes.size(), "reference cases");
}

inline void expect_close(const Tensor& got, const Tensor& want, const std::string& what,
                         double rtol = 1e-8, double atol = 1e-10) {
  ASSERT_TRUE(got.defined()) << what << ": undefined";
  ASSERT_EQ(vec(got.sizes()), vec(want.sizes())) << what << ": shape";
  std::vector<double> g = values(got), w = values(want);
  double worst = 0;
  size_t at = 0;
  for (size_t i = 0; i < g.size(); ++i) {
    double err = std::abs(g[i] - w[i]) - rtol * std::abs(w[i]);
    if (!(err <= atol) && (err > worst || std::isnan(err))) worst = err, at = i;
  }
  EXPECT_EQ(worst, 0.0) << what << ": element " << at << " is " << g[at] << ", torch gives "
                        << w[at];
}

using Inputs = std::map<std::string, Tensor>;
using Outputs = std::map<std::string, Tensor>;

// Checks module `m` against case `name` of `all`; fn maps the inputs (by the script's names) to
// the outputs (by the script's names).
inline void check_case(nn::Module& m, const data::TensorMap& all, const std::string& name,
                       bool train, const std::function<Outputs(Inputs&)>& fn) {
  SCOPED_TRACE("case " + name);
  const std::string pre = name + "/";
  nn::StateDict params;
  Inputs in;
  std::map<std::string, Tensor> want_grad_p;
  for (const auto& [k, t] : all) {
    if (k.rfind(pre, 0) != 0) continue;
    std::string rest = k.substr(pre.size());
    if (rest.rfind("p.", 0) == 0) params[rest.substr(2)] = t;
    if (rest.rfind("in.", 0) == 0) {
      Tensor c = t.clone();
      if (c.is_floating_point()) c.set_requires_grad(true);
      in[rest.substr(3)] = c;
    }
    if (rest.rfind("grad.p.", 0) == 0) want_grad_p[rest.substr(7)] = t;
  }
  ASSERT_FALSE(params.empty()) << "no case named " << name;
  m.to(DType::F64);
  m.load_state_dict(params);  // strict: every key must match torch's
  m.train(train);
  std::vector<std::string> ours;
  for (auto& [k, p] : m.named_parameters()) ours.push_back(k);
  std::vector<std::string> theirs;
  for (auto& [k, g] : want_grad_p) theirs.push_back(k);
  std::sort(ours.begin(), ours.end());
  EXPECT_EQ(ours, theirs) << "parameter names differ from torch's";

  Outputs out = fn(in);
  Tensor loss;
  for (auto& [k, o] : out) {
    expect_close(o, all.at(pre + "out." + k), "output " + k);
    Tensor term = sum(o * all.at(pre + "cot." + k));
    loss = loss.defined() ? loss + term : term;
  }
  loss.backward();
  for (auto& [k, t] : in)
    if (t.is_floating_point()) expect_close(t.grad(), all.at(pre + "grad.in." + k), "grad of " + k);
  for (auto& [k, p] : m.named_parameters())
    if (want_grad_p.count(k)) expect_close(p.grad(), want_grad_p.at(k), "grad of " + k);
}

}  // namespace ignis::test
