package dev.ignis;

import dev.ignis.raw.IgnisRaw;
import java.lang.ref.Reference;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * What jni_callbacks.c calls for a gradient hook ({@link Tensor#registerHook}): the gradient
 * (borrowed) in, a new reference to its replacement (or 0, keep it) out.
 */
final class GradHook {
  private final UnaryOperator<Tensor> fn;

  GradHook(UnaryOperator<Tensor> fn) {
    this.fn = fn;
  }

  @SuppressWarnings("unused") // called from jni_callbacks.c
  long call(long grad) {
    try (Scope scope = Scope.open()) { // closes what the hook made, after the retain below
      Tensor g = Tensor.wrap(IgnisRaw.ignis_tensor_retain(grad));
      Tensor r = fn.apply(g);
      if (r == null || r == g) {
        return 0;
      }
      long h = r.handle(); // throws for a closed tensor
      if (!Arrays.equals(r.shape(), g.shape())) {
        throw new ShapeException("gradient hook: returned shape " + Arrays.toString(r.shape())
                                 + ", expected the gradient's " + Arrays.toString(g.shape()));
      }
      IgnisRaw.ignis_tensor_retain(h); // the engine takes this reference over
      Reference.reachabilityFence(r);
      return h;
    }
  }
}
