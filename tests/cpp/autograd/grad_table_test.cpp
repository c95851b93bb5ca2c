// Runs every registered gradcheck case, and checks that every differentiable schema op has one.
#include <gtest/gtest.h>

#include "autograd/grad_harness.h"
#include "ops/op_table.gen.h"

using namespace ignis;
using namespace ignis::test;

TEST(GradTable, EveryDifferentiableSchemaOpHasAGradcheckCase) {
  std::set<std::string> keys;
  for (const GradCase& c : grad_cases()) keys.insert(c.key);
  for (const OpInfo& op : kOpTable) {
    if (!op.differentiable) continue;
    std::string key(op.name);
    if (!op.overload.empty()) key += "." + std::string(op.overload);
    EXPECT_TRUE(keys.count(key) || keys.count(std::string(op.name)))
        << "differentiable schema op " << key << " (" << op.family
        << ") has no gradcheck case (IGNIS_GRAD_CASE in tests/cpp/autograd/" << op.family
        << "_grad_test.cpp)";
  }
}

TEST(GradTable, GradcheckEveryCase) {
  for (const GradCase& c : grad_cases()) {
    SCOPED_TRACE(c.key + " [" + c.label + "]");
    std::vector<Tensor> in = c.inputs();
    std::vector<Tensor> out = c.fn(in);
    bool any = false;
    for (const Tensor& o : out) any = any || (o.defined() && o.requires_grad());
    ASSERT_TRUE(any) << c.key << ": no output requires grad: the op records no backward";
    autograd::GradcheckResult r = autograd::gradcheck(c.fn, in);
    EXPECT_TRUE(r.ok) << r.message;
    if (c.gradgrad) {
      autograd::GradcheckResult r2 = autograd::gradgradcheck(c.fn, in);
      EXPECT_TRUE(r2.ok) << "gradgradcheck: " << r2.message;
    }
  }
}
