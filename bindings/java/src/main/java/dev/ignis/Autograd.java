package dev.ignis;

import dev.ignis.raw.IgnisRaw;

/**
 * Grad mode (per thread, as in PyTorch) and the functional gradient. {@code try (var g =
 * Autograd.noGrad()) { ... }} runs a block without recording history on this thread.
 */
public final class Autograd {
  private Autograd() {}

  /** Restores the previous mode of this thread on close; close it on the thread that made it. */
  public static final class Guard implements AutoCloseable {
    private final boolean inference;
    private final int previous;
    private boolean closed;

    private Guard(boolean inference, int previous) {
      this.inference = inference;
      this.previous = previous;
    }

    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      if (inference) {
        IgnisRaw.ignis_inference_mode_set(previous, null);
      } else {
        IgnisRaw.ignis_grad_mode_set(previous, null);
      }
    }
  }

  /** Turns grad mode off on this thread until the guard closes. */
  public static Guard noGrad() {
    return setGradEnabled(false);
  }

  /** Sets grad mode on this thread until the guard closes. */
  public static Guard setGradEnabled(boolean enabled) {
    int[] prev = new int[1];
    IgnisRaw.ignis_grad_mode_set(enabled ? 1 : 0, prev);
    return new Guard(false, prev[0]);
  }

  /** Inference mode (no history at all) on this thread until the guard closes. */
  public static Guard inferenceMode() {
    int[] prev = new int[1];
    IgnisRaw.ignis_inference_mode_set(1, prev);
    return new Guard(true, prev[0]);
  }

  /** Whether this thread records history. */
  public static boolean isGradEnabled() {
    return IgnisRaw.ignis_grad_mode_is_enabled() != 0;
  }

  /**
   * d(outputs)/d(inputs) weighted by ones (outputs must have one element each), without
   * touching any .grad; null entries for unused inputs when allowUnused.
   */
  public static Tensor[] grad(Tensor[] outputs, Tensor[] inputs, boolean retainGraph,
                              boolean createGraph, boolean allowUnused) {
    long[] outs = Tensor.hAll(outputs, "outputs");
    long[] ins = Tensor.hAll(inputs, "inputs");
    long[] grads = new long[Math.max(1, ins.length)];
    try {
      IgnisRaw.ignis_autograd_grad(outs, outs.length, ins, ins.length, null, 0,
                                   retainGraph ? 1 : 0, createGraph ? 1 : 0,
                                   allowUnused ? 1 : 0, grads);
    } finally {
      java.lang.ref.Reference.reachabilityFence(outputs);
      java.lang.ref.Reference.reachabilityFence(inputs);
    }
    Tensor[] result = new Tensor[ins.length];
    for (int i = 0; i < ins.length; ++i) {
      result[i] = Tensor.wrap(grads[i]);
    }
    return result;
  }
}
