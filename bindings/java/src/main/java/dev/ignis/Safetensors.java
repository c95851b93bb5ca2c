package dev.ignis;

import dev.ignis.raw.IgnisRaw;
import java.lang.ref.Reference;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named tensors to and from safetensors files (Hugging Face's format, which PyTorch's
 * safetensors package reads), with string metadata; the Java face of the C API's io.h. A module's
 * whole state dict goes through {@code Module.save/load}; this class reads and writes any
 * tensors (inputs and expected outputs of a test, embeddings, ...).
 *
 * <p>Thread safety: any thread; two saves to the same path at once leave one of the two files.
 */
public final class Safetensors {
  private Safetensors() {}

  /** What a file holds: its tensors by name (sorted; CPU) and its metadata. */
  public record Contents(Map<String, Tensor> tensors, Map<String, String> metadata) {}

  /**
   * Writes tensors (any device, strides, dtype; stored row-major little-endian) and metadata to
   * path, atomically. Names must be unique, non-empty and not "__metadata__".
   */
  public static void save(String path, Map<String, Tensor> tensors, Map<String, String> metadata) {
    if (tensors == null) {
      throw new InvalidArgumentException("tensors: expected a map of tensors, got null");
    }
    String[] names = new String[tensors.size()];
    long[] handles = new long[names.length];
    int i = 0;
    for (Map.Entry<String, Tensor> e : tensors.entrySet()) {
      names[i] = e.getKey();
      handles[i] = Tensor.h(e.getValue(), "tensors[\"" + e.getKey() + "\"]");
      ++i;
    }
    Map<String, String> meta = metadata == null ? Map.of() : metadata;
    String[] keys = meta.keySet().toArray(new String[0]);
    String[] values = new String[keys.length];
    for (int k = 0; k < keys.length; ++k) {
      values[k] = meta.get(keys[k]);
    }
    try {
      IgnisRaw.ignis_safetensors_save(path, names, handles, handles.length, keys, values,
                                      keys.length);
    } finally {
      Reference.reachabilityFence(tensors);
    }
  }

  /** save with the metadata PyTorch's files carry, {"format": "pt"} (as Module.save writes). */
  public static void save(String path, Map<String, Tensor> tensors) {
    save(path, tensors, Map.of("format", "pt"));
  }

  /** Every tensor of the file (new CPU tensors, registered with this thread's Scope). */
  public static Map<String, Tensor> load(String path) {
    return read(path).tensors();
  }

  /** The file's tensors and its metadata. */
  public static Contents read(String path) {
    Object[] r = (Object[]) IgnisRaw.ignis_jni_safetensors_load(path);
    String[] names = (String[]) r[0];
    long[] handles = (long[]) r[1];
    String[] keys = (String[]) r[2];
    String[] values = (String[]) r[3];
    Map<String, Tensor> tensors = new LinkedHashMap<>();
    for (int i = 0; i < names.length; ++i) {
      tensors.put(names[i], Tensor.wrap(handles[i]));
    }
    Map<String, String> meta = new LinkedHashMap<>();
    for (int k = 0; k < keys.length; ++k) {
      meta.put(keys[k], values[k]);
    }
    return new Contents(Collections.unmodifiableMap(tensors), Collections.unmodifiableMap(meta));
  }
}
