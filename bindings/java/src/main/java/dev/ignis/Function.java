package dev.ignis;

import dev.ignis.raw.IgnisRaw;
import java.lang.ref.Reference;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A custom autograd function written in Java, as PyTorch's {@code torch.autograd.Function}:
 * {@link #forward} computes the outputs (called with grad mode off), {@link #backward} maps the
 * outputs' gradients to the inputs' gradients. {@link #apply} records it in the graph:
 *
 * <pre>{@code
 * Function cube = new Function("Cube") {
 *   protected Tensor[] forward(Context ctx, Tensor... in) {
 *     ctx.saveForBackward(in[0]);
 *     return new Tensor[] {in[0].pow(3)};
 *   }
 *   protected Tensor[] backward(Context ctx, Tensor... grad) {
 *     Tensor x = ctx.savedTensors()[0];
 *     return new Tensor[] {grad[0].mul(x.pow(2).mul(3))};
 *   }
 * };
 * Tensor y = cube.apply(x)[0];   // y.gradFnName() is "Cube"
 * }</pre>
 *
 * The engine calls backward through a JNI trampoline (bindings/java/jni_callbacks.c), on the
 * thread running the backward pass (attached to the JVM if it is not a Java thread). backward
 * returns one gradient per input (null: none), each of its input's shape. An exception thrown
 * by backward stops the backward pass: the caller of {@code Tensor.backward} gets an {@link
 * IgnisException} (the thrown IgnisException's status, else InvalidArgumentException) whose
 * message names the function and the exception. Tensors made inside forward and backward are
 * closed when they return (the engine keeps what it needs); apply's results belong to the
 * caller's Scope.
 *
 * <p>Thread safety: a Function holds no per-call state (that lives in the {@link Context}), so
 * one instance may be applied from several threads at once if its own fields allow it.
 */
public abstract class Function {
  /** Per-application state: tensors saved for backward and any other values. */
  public static final class Context {
    private Tensor[] toSave = new Tensor[0];
    private Tensor[] saved;
    private final Map<String, Object> values = new HashMap<>();

    /** In forward: tensors (inputs, outputs or others) backward will need. */
    public void saveForBackward(Tensor... tensors) {
      toSave = tensors.clone();
    }

    /** In backward: the tensors saved in forward (checked for in-place changes since). */
    public Tensor[] savedTensors() {
      if (saved == null) {
        throw new InvalidArgumentException("savedTensors() is only available during backward");
      }
      return saved.clone();
    }

    /** Keeps a non-tensor value (a dim, a scale) from forward for backward. */
    public void put(String key, Object value) {
      values.put(key, value);
    }

    public Object get(String key) {
      return values.get(key);
    }
  }

  private final String name;

  /** name: shown as the outputs' grad_fn name. */
  protected Function(String name) {
    if (name == null || name.isEmpty()) {
      throw new InvalidArgumentException("name: expected a non-empty name");
    }
    this.name = name;
  }

  /** Named after the class ("JavaFunction" for an anonymous one). */
  protected Function() {
    String n = getClass().getSimpleName();
    this.name = n.isEmpty() ? "JavaFunction" : n;
  }

  /** The outputs from inputs (grad mode is off here; null inputs allowed). */
  protected abstract Tensor[] forward(Context ctx, Tensor... inputs);

  /** One gradient per input (null for none) from one gradient per output. */
  protected abstract Tensor[] backward(Context ctx, Tensor... gradOutputs);

  /** Runs forward and records the function; the results carry its backward. */
  public final Tensor[] apply(Tensor... inputs) {
    long[] in = new long[inputs.length];
    for (int i = 0; i < in.length; ++i) {
      in[i] = Tensor.hOpt(inputs[i]);
    }
    Context ctx = new Context();
    long[] results;
    try (Scope forwardScope = Scope.open()) { // closes forward's own tensors afterwards
      Tensor[] outs;
      try (Autograd.Guard g = Autograd.noGrad()) {
        outs = forward(ctx, inputs);
      }
      if (outs == null || outs.length == 0) {
        throw new InvalidArgumentException(name + ".forward: expected at least one output");
      }
      long[] out = new long[outs.length];
      for (int i = 0; i < out.length; ++i) {
        out[i] = Tensor.h(outs[i], name + ".forward output " + i);
      }
      long[] saved = new long[ctx.toSave.length];
      for (int i = 0; i < saved.length; ++i) {
        saved[i] = Tensor.h(ctx.toSave[i], name + " saved tensor " + i);
      }
      results = new long[out.length];
      try {
        long[][] shapes = new long[inputs.length][];
        for (int i = 0; i < shapes.length; ++i) {
          shapes[i] = inputs[i] == null ? null : inputs[i].shape();
        }
        IgnisRaw.ignis_jni_autograd_function_apply(name, new Bridge(this, ctx, shapes), in,
                                                   in.length, out, out.length, saved,
                                                   saved.length, results);
      } finally {
        Reference.reachabilityFence(inputs);
        Reference.reachabilityFence(outs);
        Reference.reachabilityFence(ctx.toSave);
      }
      ctx.toSave = new Tensor[0]; // the engine holds them now
    }
    return Tensor.wrapAll(results);
  }

  /** What the C trampoline calls: borrowed handles in, new references out. */
  private static final class Bridge {
    private final Function fn;
    private final Context ctx;
    private final long[][] inputShapes;
    private final int nInputs;

    Bridge(Function fn, Context ctx, long[][] inputShapes) {
      this.fn = fn;
      this.ctx = ctx;
      this.inputShapes = inputShapes;
      this.nInputs = inputShapes.length;
    }

    @SuppressWarnings("unused") // called from jni_callbacks.c
    long[] backward(long[] gradOutputs, long[] saved) {
      long[] out = new long[nInputs];
      try (Scope scope = Scope.open()) { // closes what backward made, after the retains below
        ctx.saved = borrow(saved);
        Tensor[] grads;
        try {
          grads = fn.backward(ctx, borrow(gradOutputs));
        } finally {
          ctx.saved = null;
        }
        if (grads == null || grads.length != nInputs) {
          throw new InvalidArgumentException(
              fn.name + ".backward: expected " + nInputs + " gradients (one per input, null for"
              + " none), got " + (grads == null ? "null" : String.valueOf(grads.length)));
        }
        for (int i = 0; i < nInputs; ++i) {
          out[i] = Tensor.hOpt(grads[i]); // throws for a closed tensor before any retain
          if (grads[i] != null && inputShapes[i] != null
              && !Arrays.equals(grads[i].shape(), inputShapes[i])) {
            throw new ShapeException(fn.name + ".backward: gradient " + i + " has shape "
                                     + Arrays.toString(grads[i].shape()) + ", expected "
                                     + Arrays.toString(inputShapes[i]) + " (input " + i + "'s)");
          }
        }
        for (int i = 0; i < nInputs; ++i) {
          if (out[i] != 0) {
            IgnisRaw.ignis_tensor_retain(out[i]); // the engine takes this reference over
          }
        }
        Reference.reachabilityFence(grads);
      }
      return out;
    }

    /** New Java tensors (own references) for handles the engine lends for the call. */
    private static Tensor[] borrow(long[] handles) {
      Tensor[] ts = new Tensor[handles.length];
      for (int i = 0; i < ts.length; ++i) {
        ts[i] = handles[i] == 0 ? null : Tensor.wrap(IgnisRaw.ignis_tensor_retain(handles[i]));
      }
      return ts;
    }
  }
}
