// Backward formulas of the loss family (see loss_grad.h).
#include "ops/loss_grad.h"

#include "ops/operators.h"
#include "ops/ops.gen.h"

namespace ignis {

void record_cross_entropy_rows(const Tensor& x, const Tensor& target, Tensor& loss,
                               int64_t ignore_index) {
  if (!any_requires_grad({&x})) return;
  record("CrossEntropyRowsBackward0", {x}, {&loss}, {{x, false}, {target, false}},
         [ignore_index](const TensorList& g, const TensorList& s) -> TensorList {
           const Tensor &x = s[0], &t = s[1];
           const int64_t C = x.size(1);
           Tensor valid = ne(t, Scalar(ignore_index));
           Tensor safe = where(valid, t, Scalar(0));
           Tensor hot = one_hot(safe, C).to(x.dtype());
           Tensor coef = (g[0] * valid.to(x.dtype())).unsqueeze(1);
           return {(softmax(x, 1) - hot) * coef};
         });
}

}  // namespace ignis
