package dev.ignis.optim;

import dev.ignis.Json;
import dev.ignis.Tensor;
import dev.ignis.NativeHandle;
import dev.ignis.raw.IgnisRaw;
import java.lang.ref.Reference;
import java.util.List;
import java.util.Map;

/**
 * An engine optimizer ("SGD", "Adam", "AdamW", "RMSprop", "Adagrad", "Adadelta") over leaf
 * tensors that require grad, with PyTorch's option names: {@code Optimizer.create("SGD",
 * model.parameters(), Map.of("lr", 0.1, "momentum", 0.9))}. It shares its parameters (keeps them
 * alive natively even when their Java Tensors are closed).
 *
 * <p>Thread safety: not for concurrent use; step must not overlap a forward or backward that
 * uses its parameters.
 */
public final class Optimizer implements AutoCloseable {
  private final NativeHandle state;

  private Optimizer(long ptr) {
    state = new NativeHandle(this, ptr, IgnisRaw::ignis_optimizer_release, "optimizer");
  }

  /** A new optimizer of type over params with options (null or empty: PyTorch's defaults). */
  public static Optimizer create(String type, List<Tensor> params, Map<String, ?> options) {
    if (params == null) {
      throw new dev.ignis.InvalidArgumentException("params: expected a list of tensors, got null");
    }
    long[] hs = new long[params.size()];
    for (int i = 0; i < hs.length; ++i) {
      Tensor t = params.get(i);
      if (t == null) {
        throw new dev.ignis.InvalidArgumentException("params[" + i + "]: null");
      }
      hs[i] = t.handle();
    }
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_optimizer_create(type, hs, hs.length, Json.write(options), r);
    } finally {
      Reference.reachabilityFence(params);
    }
    return new Optimizer(r[0]);
  }

  public long handle() {
    return state.get();
  }

  @Override
  public void close() {
    state.close();
  }

  /** Updates every parameter that has a gradient. */
  public void step() {
    try {
      IgnisRaw.ignis_optimizer_step(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /** Drops every parameter's gradient (PyTorch's set_to_none default). */
  public void zeroGrad() {
    try {
      IgnisRaw.ignis_optimizer_zero_grad(handle(), 1);
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /** Option name ("lr", "momentum", ...) of parameter group group. */
  public double option(String name, int group) {
    double[] v = new double[1];
    try {
      IgnisRaw.ignis_optimizer_get_option(handle(), group, name, v);
    } finally {
      Reference.reachabilityFence(this);
    }
    return v[0];
  }

  /** Sets option name of group (checked like creation options). */
  public void setOption(String name, int group, double value) {
    try {
      IgnisRaw.ignis_optimizer_set_option(handle(), group, name, value);
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /** The learning rate of group 0. */
  public double lr() {
    return option("lr", 0);
  }

  /** Writes the optimizer state to a safetensors file. */
  public void save(String path) {
    try {
      IgnisRaw.ignis_optimizer_save(handle(), path);
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /** Restores a state saved from an optimizer of the same type and groups. */
  public void load(String path) {
    try {
      IgnisRaw.ignis_optimizer_load(handle(), path);
    } finally {
      Reference.reachabilityFence(this);
    }
  }
}
