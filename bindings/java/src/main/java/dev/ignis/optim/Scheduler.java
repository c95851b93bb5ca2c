package dev.ignis.optim;

import dev.ignis.InvalidArgumentException;
import dev.ignis.Json;
import dev.ignis.NativeHandle;
import dev.ignis.raw.IgnisRaw;
import java.lang.ref.Reference;
import java.util.Map;
import java.util.function.LongToDoubleFunction;

/**
 * A learning-rate scheduler over an {@link Optimizer}, PyTorch's names and options: {@code
 * Scheduler.create("StepLR", opt, Map.of("step_size", 30, "gamma", 0.1))}, or LambdaLR with a
 * Java function of the epoch: {@code Scheduler.lambda(opt, epoch -> Math.pow(0.95, epoch))}.
 * Like PyTorch, creation sets the learning rates of epoch 0, and {@link #step()} advances one
 * epoch. It keeps its optimizer alive natively.
 *
 * <p>The lambda is called by the engine (through a JNI trampoline, bindings/java/jni_callbacks.c)
 * during creation and each step, on the calling thread. An exception it throws stops that call:
 * creation or step throws an {@link dev.ignis.IgnisException} (the lambda's IgnisException
 * status, else InvalidArgumentException) whose message names the lambda and the exception.
 *
 * <p>Thread safety: not for concurrent use; step must not overlap a forward or backward over
 * the optimizer's parameters.
 */
public final class Scheduler implements AutoCloseable {
  /** LambdaLR's function: the factor of the initial lr for epoch and parameter group. */
  @FunctionalInterface
  public interface LrLambda {
    double factor(long epoch, int group);
  }

  private final NativeHandle state;

  private Scheduler(long ptr) {
    state = new NativeHandle(this, ptr, IgnisRaw::ignis_scheduler_release, "scheduler");
  }

  /**
   * A scheduler of type ("StepLR", "MultiStepLR", "ExponentialLR", "CosineAnnealingLR",
   * "LinearLR", "OneCycleLR", "ReduceLROnPlateau") with PyTorch's option names.
   */
  public static Scheduler create(String type, Optimizer opt, Map<String, ?> options) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_scheduler_create(type, opt.handle(), Json.write(options), r);
    } finally {
      Reference.reachabilityFence(opt);
    }
    return new Scheduler(r[0]);
  }

  /** LambdaLR: lr of group g at epoch e = initial lr of g * fn.factor(e, g). */
  public static Scheduler lambda(Optimizer opt, LrLambda fn) {
    if (fn == null) {
      throw new InvalidArgumentException("fn: expected a LambdaLR function, got null");
    }
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_jni_scheduler_create_lambda(opt.handle(), fn, r);
    } finally {
      Reference.reachabilityFence(opt);
    }
    return new Scheduler(r[0]);
  }

  /** LambdaLR with one function of the epoch for every parameter group. */
  public static Scheduler lambda(Optimizer opt, LongToDoubleFunction fn) {
    if (fn == null) {
      throw new InvalidArgumentException("fn: expected a LambdaLR function, got null");
    }
    return lambda(opt, (LrLambda) (epoch, group) -> fn.applyAsDouble(epoch));
  }

  /**
   * SequentialLR: schedulers.get(k) (all over opt, none ReduceLROnPlateau) takes over at epoch
   * milestones[k - 1]; milestones.length must be schedulers.size() - 1. The new scheduler keeps
   * the others alive natively (closing them here is fine).
   */
  public static Scheduler sequential(Optimizer opt, java.util.List<Scheduler> schedulers,
                                     long... milestones) {
    if (schedulers == null || milestones == null) {
      throw new InvalidArgumentException(
          "sequential: expected a list of schedulers and milestones, got null");
    }
    long[] hs = new long[schedulers.size()];
    for (int i = 0; i < hs.length; ++i) {
      if (schedulers.get(i) == null) {
        throw new InvalidArgumentException("schedulers[" + i + "]: null");
      }
      hs[i] = schedulers.get(i).handle();
    }
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_scheduler_create_sequential(opt.handle(), hs, hs.length, milestones,
                                                 milestones.length, r);
    } finally {
      Reference.reachabilityFence(opt);
      Reference.reachabilityFence(schedulers);
    }
    return new Scheduler(r[0]);
  }

  public long handle() {
    return state.get();
  }

  @Override
  public void close() {
    state.close();
  }

  /** Advances one epoch (not ReduceLROnPlateau: {@link #step(double)}). */
  public void step() {
    try {
      IgnisRaw.ignis_scheduler_step(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /** ReduceLROnPlateau: records one epoch's metric. */
  public void step(double metric) {
    try {
      IgnisRaw.ignis_scheduler_step_metric(handle(), metric);
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /** The learning rate the last step set for group 0. */
  public double lastLr() {
    double[] lr = new double[1];
    long[] count = new long[1];
    try {
      IgnisRaw.ignis_scheduler_get_last_lr(handle(), lr, 1, count);
    } finally {
      Reference.reachabilityFence(this);
    }
    return lr[0];
  }
}
