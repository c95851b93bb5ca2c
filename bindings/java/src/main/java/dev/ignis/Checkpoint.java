package dev.ignis;

import dev.ignis.nn.Module;
import dev.ignis.optim.Optimizer;
import dev.ignis.raw.IgnisRaw;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Training checkpoints: a module's state dict and, optionally, its optimizer's state (moments,
 * step counts, learning rates) in one safetensors file, so training resumes where it stopped;
 * the Java face of the C API's checkpoint.h. Saves are atomic (the file holds the old or the new
 * checkpoint, never half of one); loads are all-or-nothing (every key, shape and dtype is
 * checked against the module and the optimizer before either changes). Any plain safetensors
 * state dict (Module.save's, PyTorch's, Python's ignis.save) loads as a checkpoint without
 * optimizer state.
 *
 * <p>Thread safety: any thread, but the module and optimizer must not be used by another thread
 * during the call (a load writes into them).
 */
public final class Checkpoint {
  private Checkpoint() {}

  /**
   * What a load found: the module keys the file lacks ({@code missingKeys}) or has that the
   * module lacks ({@code unexpectedKeys}), both empty after a strict load; whether optimizer
   * state was restored; and the file's metadata (the caller's entries and "format", without the
   * format's own "ignis.*" entries).
   */
  public record LoadResult(List<String> missingKeys, List<String> unexpectedKeys,
                           boolean optimizerLoaded, Map<String, String> metadata) {}

  /**
   * Writes module's state dict and, unless optimizer is null, the optimizer's state to path,
   * with metadata strings (null: none; "format" defaults to "pt", keys starting with "ignis."
   * are reserved: InvalidArgumentException). IgnisIOException names the file when it cannot be
   * written.
   */
  public static void save(String path, Module module, Optimizer optimizer,
                          Map<String, String> metadata) {
    requirePath(path);
    long m = requireModule(module).handle();
    long o = optimizer == null ? 0 : optimizer.handle();
    Map<String, String> meta = metadata == null ? Map.of() : metadata;
    String[] keys = new String[meta.size()];
    String[] values = new String[keys.length];
    int i = 0;
    for (Map.Entry<String, String> e : meta.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        throw new InvalidArgumentException(
            "metadata: expected non-null keys and values, got " + e.getKey() + " = "
            + e.getValue());
      }
      keys[i] = e.getKey();
      values[i] = e.getValue();
      ++i;
    }
    try {
      IgnisRaw.ignis_checkpoint_save(path, m, o, keys, values, keys.length);
    } finally {
      Reference.reachabilityFence(module);
      Reference.reachabilityFence(optimizer);
    }
  }

  public static void save(Path path, Module module, Optimizer optimizer,
                          Map<String, String> metadata) {
    save(pathString(path), module, optimizer, metadata);
  }

  /** save without metadata of your own. */
  public static void save(String path, Module module, Optimizer optimizer) {
    save(path, module, optimizer, null);
  }

  public static void save(Path path, Module module, Optimizer optimizer) {
    save(pathString(path), module, optimizer, null);
  }

  /** The module's state dict alone (the same file Module.save writes). */
  public static void save(String path, Module module) {
    save(path, module, null, null);
  }

  public static void save(Path path, Module module) {
    save(pathString(path), module, null, null);
  }

  /**
   * Restores a checkpoint into module and, unless optimizer is null, the optimizer (the file's
   * optimizer entries are ignored when it is null). strict: missing or unexpected module keys
   * are an error naming them (InvalidArgumentException), and so is a file without optimizer
   * state when an optimizer is given; not strict: the keys come back in the result and the
   * optimizer stays as it was. IgnisIOException for a missing or corrupt file (named),
   * ShapeException / DTypeException naming the key whose shape or dtype differs.
   */
  public static LoadResult load(String path, Module module, Optimizer optimizer, boolean strict) {
    requirePath(path);
    long m = requireModule(module).handle();
    long o = optimizer == null ? 0 : optimizer.handle();
    String[][] report = new String[2][];
    int[] loaded = new int[1];
    String[][] metadata = new String[2][];
    try {
      IgnisRaw.ignis_checkpoint_load(path, m, o, strict ? 1 : 0, report, loaded, metadata);
    } finally {
      Reference.reachabilityFence(module);
      Reference.reachabilityFence(optimizer);
    }
    Map<String, String> meta = new LinkedHashMap<>();
    String[] keys = metadata[0] == null ? new String[0] : metadata[0];
    for (int k = 0; k < keys.length; ++k) {
      meta.put(keys[k], metadata[1][k]);
    }
    return new LoadResult(List.of(report[0] == null ? new String[0] : report[0]),
                          List.of(report[1] == null ? new String[0] : report[1]), loaded[0] != 0,
                          Collections.unmodifiableMap(meta));
  }

  public static LoadResult load(Path path, Module module, Optimizer optimizer, boolean strict) {
    return load(pathString(path), module, optimizer, strict);
  }

  /** A strict load (every key must match; the file must hold optimizer state if given one). */
  public static LoadResult load(String path, Module module, Optimizer optimizer) {
    return load(path, module, optimizer, true);
  }

  public static LoadResult load(Path path, Module module, Optimizer optimizer) {
    return load(pathString(path), module, optimizer, true);
  }

  /** The module alone, strictly (a plain state dict or a checkpoint's module part). */
  public static LoadResult load(String path, Module module) {
    return load(path, module, null, true);
  }

  public static LoadResult load(Path path, Module module) {
    return load(pathString(path), module, null, true);
  }

  private static void requirePath(String path) {
    if (path == null) {
      throw new InvalidArgumentException("path: expected a checkpoint file path, got null");
    }
  }

  private static String pathString(Path path) {
    if (path == null) {
      throw new InvalidArgumentException("path: expected a checkpoint file path, got null");
    }
    return path.toString();
  }

  private static Module requireModule(Module module) {
    if (module == null) {
      throw new InvalidArgumentException("module: expected a Module, got null");
    }
    return module;
  }
}
