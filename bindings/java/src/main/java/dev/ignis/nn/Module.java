package dev.ignis.nn;

import dev.ignis.Autograd;
import dev.ignis.Json;
import dev.ignis.Tensor;
import dev.ignis.NativeHandle;
import dev.ignis.raw.IgnisRaw;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An engine module (layer, container or loss) made by PyTorch class name with PyTorch's
 * constructor options: {@code Module.create("Linear", Map.of("in_features", 4, "out_features",
 * 2))}. Holds one native reference (ignis_module*), released by {@link #close()} or, as a
 * safety net, when unreachable. A child fetched from a container is the same module, not a copy.
 *
 * <p>Java code defines its own modules by extending this class: the constructor registers
 * children ({@link #register}) and parameters ({@link #registerParameter}) on a native
 * container, so parameters(), train/eval, zeroGrad, save/load and toString work as for engine
 * modules, and {@link #forward(Tensor)} is overridden:
 *
 * <pre>{@code
 * class Net extends Module {
 *   final Module fc1 = register("fc1", Module.create("Linear", Map.of("in_features", 2, "out_features", 8)));
 *   final Module fc2 = register("fc2", Module.create("Linear", Map.of("in_features", 8, "out_features", 1)));
 *   @Override public Tensor forward(Tensor x) { return fc2.forward(fc1.forward(x).relu()); }
 * }
 * }</pre>
 *
 * The engine does not call a Java module's forward: a Java-defined module put inside an engine
 * container (a Sequential) is not run by that container's forward.
 *
 * <p>Thread safety: a module in {@link #eval()} mode may run {@link #infer} (or forward under
 * {@link Autograd#noGrad()}) from many threads at once; everything that changes it (train/eval,
 * to, zeroGrad, setParameter, load, optimizer steps) must not overlap any other use.
 */
public class Module implements AutoCloseable {
  private final NativeHandle state;

  private Module(long ptr) {
    state = new NativeHandle(this, ptr, IgnisRaw::ignis_module_release, "module");
  }

  /** For Java-defined modules: an empty native container that holds what they register. */
  protected Module() {
    long[] r = new long[1];
    IgnisRaw.ignis_module_create("ModuleDict", "", r);
    state = new NativeHandle(this, r[0], IgnisRaw::ignis_module_release, "module");
  }

  /** Registers child under name (its parameters become this module's "name.*"); returns it. */
  protected final <M extends Module> M register(String name, M child) {
    addChild(name, child);
    return child;
  }

  /** Registers t (shared, marked as requiring grad) as parameter name; returns t. */
  protected final Tensor registerParameter(String name, Tensor t) {
    setParameter(name, t, true);
    return t;
  }

  /** A new module of PyTorch class type with options (PyTorch's argument names). */
  public static Module create(String type, Map<String, ?> options) {
    long[] r = new long[1];
    IgnisRaw.ignis_module_create(type, Json.write(options), r);
    return new Module(r[0]);
  }

  /** A new module of type with PyTorch's default options. */
  public static Module create(String type) {
    return create(type, Map.of());
  }

  /** A Sequential running modules in order (it shares them). */
  public static Module sequential(Module... modules) {
    Module seq = create("Sequential");
    for (Module m : modules) {
      seq.append(m);
    }
    return seq;
  }

  /** The registered module types, sorted. */
  public static List<String> types() {
    String[][] names = new String[1][];
    IgnisRaw.ignis_module_types(names);
    return List.of(names[0]);
  }

  /** The options type accepts, as "name: type = default, ..." text. */
  public static String typeOptions(String type) {
    String[] s = new String[1];
    IgnisRaw.ignis_module_type_options(type, s);
    return s[0];
  }

  /** The native handle (ignis_module*); throws once closed. */
  public long handle() {
    return state.get();
  }

  @Override
  public void close() {
    state.close();
  }

  /** out = module(x) for modules taking one tensor; Java-defined modules override it. */
  public Tensor forward(Tensor x) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_module_forward(handle(), x == null ? 0 : x.handle(), r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(x);
    }
    return Tensor.fromHandle(r[0]);
  }

  /** Forward with several tensors (a loss's (input, target)); nested results flattened. */
  public Tensor[] forward(Tensor... inputs) {
    long[] hs = new long[inputs.length];
    for (int i = 0; i < inputs.length; ++i) {
      hs[i] = inputs[i] == null ? 0 : inputs[i].handle();
    }
    long[][] r = new long[1][];
    try {
      IgnisRaw.ignis_module_forward_n(handle(), hs, hs.length, r);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(inputs);
    }
    Tensor[] out = new Tensor[r[0].length];
    for (int i = 0; i < out.length; ++i) {
      out[i] = Tensor.fromHandle(r[0][i]);
    }
    return out;
  }

  /**
   * forward(x) with grad mode off on the calling thread: the thread-safe inference path (call
   * {@link #eval()} once first; then any number of threads may call this at once).
   */
  public Tensor infer(Tensor x) {
    try (Autograd.Guard g = Autograd.noGrad()) {
      return forward(x);
    }
  }

  /** Training mode for this module and every descendant; returns this. */
  public Module train(boolean training) {
    try {
      IgnisRaw.ignis_module_train(handle(), training ? 1 : 0);
    } finally {
      Reference.reachabilityFence(this);
    }
    return this;
  }

  public Module train() {
    return train(true);
  }

  public Module eval() {
    return train(false);
  }

  public boolean isTraining() {
    int[] v = new int[1];
    try {
      IgnisRaw.ignis_module_is_training(handle(), v);
    } finally {
      Reference.reachabilityFence(this);
    }
    return v[0] != 0;
  }

  /** Converts floating parameters and buffers to dtype in place; returns this. */
  public Module to(dev.ignis.DType dtype) {
    try {
      IgnisRaw.ignis_module_to_dtype(handle(), dtype.code());
    } finally {
      Reference.reachabilityFence(this);
    }
    return this;
  }

  public Module to(dev.ignis.Device device) {
    try {
      IgnisRaw.ignis_module_to_device(handle(), device.encode());
    } finally {
      Reference.reachabilityFence(this);
    }
    return this;
  }

  /** Drops every parameter's gradient. */
  public void zeroGrad() {
    try {
      IgnisRaw.ignis_module_zero_grad(handle(), 1);
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /** The PyTorch class name ("Linear"). */
  public String type() {
    String[] s = new String[1];
    try {
      IgnisRaw.ignis_module_type(handle(), s);
    } finally {
      Reference.reachabilityFence(this);
    }
    return s[0];
  }

  /** PyTorch-style description. */
  @Override
  public String toString() {
    if (state.isClosed()) {
      return "Module(<closed>)";
    }
    String[] s = new String[1];
    try {
      IgnisRaw.ignis_module_repr(handle(), s);
    } finally {
      Reference.reachabilityFence(this);
    }
    return s[0];
  }

  /** Appends child to a Sequential or ModuleList; returns this. */
  public Module append(Module child) {
    try {
      IgnisRaw.ignis_module_append(handle(), child.handle());
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(child);
    }
    return this;
  }

  /** Registers (or replaces) child under name; returns this. */
  public Module addChild(String name, Module child) {
    try {
      IgnisRaw.ignis_module_add_child(handle(), name, child.handle());
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(child);
    }
    return this;
  }

  /** The direct children by name, in registration order (each the same module). */
  public Map<String, Module> children() {
    Map<String, Module> out = new LinkedHashMap<>();
    try {
      long[] n = new long[1];
      IgnisRaw.ignis_module_child_count(handle(), n);
      for (long i = 0; i < n[0]; ++i) {
        String[] name = new String[1];
        long[] r = new long[1];
        IgnisRaw.ignis_module_child(handle(), i, name, r);
        out.put(name[0], new Module(r[0]));
      }
    } finally {
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Parameters by dotted name ("0.weight"), sharing the module's memory. */
  public Map<String, Tensor> namedParameters() {
    return named(true);
  }

  /** Buffers (running statistics, ...) by dotted name. */
  public Map<String, Tensor> namedBuffers() {
    return named(false);
  }

  public List<Tensor> parameters() {
    return new ArrayList<>(namedParameters().values());
  }

  private Map<String, Tensor> named(boolean params) {
    Map<String, Tensor> out = new LinkedHashMap<>();
    try {
      long[] n = new long[1];
      if (params) {
        IgnisRaw.ignis_module_parameter_count(handle(), 1, n);
      } else {
        IgnisRaw.ignis_module_buffer_count(handle(), 1, n);
      }
      for (long i = 0; i < n[0]; ++i) {
        String[] name = new String[1];
        long[] r = new long[1];
        if (params) {
          IgnisRaw.ignis_module_parameter(handle(), 1, i, name, r);
        } else {
          IgnisRaw.ignis_module_buffer(handle(), 1, i, name, r);
        }
        out.put(name[0], Tensor.fromHandle(r[0]));
      }
    } finally {
      Reference.reachabilityFence(this);
    }
    return out;
  }

  /** Registers t (shared) as parameter name (dotted paths through existing children). */
  public void setParameter(String name, Tensor t, boolean requiresGrad) {
    try {
      IgnisRaw.ignis_module_set_parameter(handle(), name, t.handle(), requiresGrad ? 1 : 0);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(t);
    }
  }

  /** Writes the state dict to a safetensors file (atomically). */
  public void save(String path) {
    try {
      IgnisRaw.ignis_module_save(handle(), path);
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /** Keys a non-strict load found missing from the file or unexpected in it. */
  public record LoadReport(List<String> missingKeys, List<String> unexpectedKeys) {}

  /** Loads a safetensors state dict (all or nothing; strict: every key must match). */
  public LoadReport load(String path, boolean strict) {
    String[][] report = new String[2][];
    try {
      IgnisRaw.ignis_module_load(handle(), path, strict ? 1 : 0, report);
    } finally {
      Reference.reachabilityFence(this);
    }
    return new LoadReport(List.of(report[0] == null ? new String[0] : report[0]),
                          List.of(report[1] == null ? new String[0] : report[1]));
  }

  public LoadReport load(String path) {
    return load(path, true);
  }
}
