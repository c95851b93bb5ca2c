package dev.ignis.nn;

import dev.ignis.InvalidArgumentException;
import dev.ignis.Tensor;
import dev.ignis.raw.IgnisRaw;
import java.lang.ref.Reference;
import java.util.List;

/**
 * Gradient clipping, as {@code torch.nn.utils}: call between {@code backward()} and the
 * optimizer's {@code step()}, e.g. {@code Utils.clipGradNorm(model.parameters(), 1.0)}.
 * Parameters without a gradient are skipped. Thread safety: not concurrently with a backward or
 * a step over the same parameters.
 */
public final class Utils {
  private Utils() {}

  /**
   * Scales the gradients of params in place so that their joint 2-norm is at most maxNorm, and
   * returns the norm before clipping ({@code clip_grad_norm_}).
   */
  public static double clipGradNorm(List<Tensor> params, double maxNorm) {
    return clipGradNorm(params, maxNorm, 2.0, false);
  }

  /**
   * As {@link #clipGradNorm(List, double)} with the norm's order (Double.POSITIVE_INFINITY: the
   * largest absolute value); errorIfNonfinite makes a NaN or infinite total norm an {@link
   * dev.ignis.IgnisException} instead of scaling by it.
   */
  public static double clipGradNorm(List<Tensor> params, double maxNorm, double normType,
                                    boolean errorIfNonfinite) {
    long[] hs = handles(params);
    double[] total = new double[1];
    try {
      IgnisRaw.ignis_clip_grad_norm(hs, hs.length, maxNorm, normType, errorIfNonfinite ? 1 : 0,
                                    total);
    } finally {
      Reference.reachabilityFence(params);
    }
    return total[0];
  }

  /** Clamps every gradient of params into [-clipValue, clipValue] in place. */
  public static void clipGradValue(List<Tensor> params, double clipValue) {
    long[] hs = handles(params);
    try {
      IgnisRaw.ignis_clip_grad_value(hs, hs.length, clipValue);
    } finally {
      Reference.reachabilityFence(params);
    }
  }

  private static long[] handles(List<Tensor> params) {
    if (params == null) {
      throw new InvalidArgumentException("params: expected a list of tensors, got null");
    }
    long[] hs = new long[params.size()];
    for (int i = 0; i < hs.length; ++i) {
      Tensor t = params.get(i);
      if (t == null) {
        throw new InvalidArgumentException("params[" + i + "]: null");
      }
      hs[i] = t.handle();
    }
    return hs;
  }
}
