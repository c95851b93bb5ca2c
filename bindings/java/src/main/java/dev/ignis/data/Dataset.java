package dev.ignis.data;

import dev.ignis.InvalidArgumentException;
import dev.ignis.Scope;
import dev.ignis.Tensor;
import dev.ignis.NativeHandle;
import dev.ignis.raw.IgnisRaw;
import java.lang.ref.Reference;
import java.util.List;
import java.util.function.LongFunction;

/**
 * An engine dataset: example i is a small array of tensors (features, label). Made from
 * tensors, Fashion-MNIST / IDX files, a CSV file or a PNG image folder; subsets and random
 * splits share their source. Holds one native reference, released by {@link #close()} or, as a
 * safety net, when unreachable.
 *
 * <p>Thread safety: size and get may be called from several threads at once; a dataset may feed
 * several loaders.
 */
public final class Dataset implements AutoCloseable {
  private final NativeHandle state;

  private Dataset(long ptr) {
    state = new NativeHandle(this, ptr, IgnisRaw::ignis_dataset_release, "dataset");
  }

  /** Example i is row i of each tensor (all with the same first dim; shared, not copied). */
  public static Dataset fromTensors(Tensor... tensors) {
    long[] hs = new long[tensors.length];
    for (int i = 0; i < hs.length; ++i) {
      if (tensors[i] == null) {
        throw new InvalidArgumentException("tensors[" + i + "]: null");
      }
      hs[i] = tensors[i].handle();
    }
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_dataset_from_tensors(hs, hs.length, r);
    } finally {
      Reference.reachabilityFence(tensors);
    }
    return new Dataset(r[0]);
  }

  /**
   * Fashion-MNIST from the IDX files under root (null: Debian's
   * /usr/share/datasets/fashion-mnist): the 60000 training or the 10000 test images.
   */
  public static Dataset fashionMnist(String root, boolean train) {
    long[] r = new long[1];
    IgnisRaw.ignis_dataset_fashion_mnist(root, train ? 1 : 0, r);
    return new Dataset(r[0]);
  }

  /** Images and labels from two IDX files (gzip or not) of the MNIST family. */
  public static Dataset idx(String imagesPath, String labelsPath) {
    long[] r = new long[1];
    IgnisRaw.ignis_dataset_idx(imagesPath, labelsPath, r);
    return new Dataset(r[0]);
  }

  /**
   * A dataset of size examples served by Java: example i is get.apply(i), 1 to 16 tensors (new
   * ones are closed after the engine took its own references). With a DataLoader's
   * num_workers &gt; 0, get runs on the loader's worker threads, several at once, so it must be
   * thread safe; those engine threads are attached to the JVM (as daemons) while they live. An
   * exception get throws fails that get or batch: the caller gets an IgnisException (the
   * thrown IgnisException's status, else InvalidArgumentException) naming the exception.
   */
  public static Dataset fromJava(long size, LongFunction<Tensor[]> get) {
    if (get == null) {
      throw new InvalidArgumentException("get: expected a function, got null");
    }
    long[] r = new long[1];
    IgnisRaw.ignis_jni_dataset_from_callbacks(size, new Source(get), r);
    return new Dataset(r[0]);
  }

  /** What jni_callbacks.c calls: example index as new native references. */
  private static final class Source {
    private static final int CAPACITY = 16; // ignis_dataset_callbacks' capacity
    private final LongFunction<Tensor[]> get;

    Source(LongFunction<Tensor[]> get) {
      this.get = get;
    }

    @SuppressWarnings("unused") // called from jni_callbacks.c
    long[] get(long index) {
      try (Scope scope = Scope.open()) { // closes what get made, after the retains below
        Tensor[] ts = get.apply(index);
        if (ts == null || ts.length == 0 || ts.length > CAPACITY) {
          throw new InvalidArgumentException(
              "dataset get(" + index + "): expected 1 to " + CAPACITY + " tensors, got "
              + (ts == null ? "null" : String.valueOf(ts.length)));
        }
        long[] out = new long[ts.length];
        for (int i = 0; i < ts.length; ++i) {
          if (ts[i] == null) {
            throw new InvalidArgumentException("dataset get(" + index + "): tensor " + i
                                               + " is null");
          }
          out[i] = ts[i].handle(); // throws for a closed tensor before any retain
        }
        for (long h : out) {
          IgnisRaw.ignis_tensor_retain(h); // the engine takes these references over
        }
        Reference.reachabilityFence(ts);
        return out;
      }
    }
  }

  /** A CSV file with a header row; options as ignis_dataset_csv documents ("label_column"). */
  public static Dataset csv(String path, java.util.Map<String, ?> options) {
    long[] r = new long[1];
    IgnisRaw.ignis_dataset_csv(path, dev.ignis.Json.write(options), r);
    return new Dataset(r[0]);
  }

  /** The examples at indices, in that order. */
  public Dataset subset(long... indices) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_dataset_subset(handle(), indices, indices.length, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return new Dataset(r[0]);
  }

  /** Non-overlapping random subsets of the given lengths (summing to size()), seeded. */
  public List<Dataset> randomSplit(long seed, long... lengths) {
    long[] r = new long[Math.max(1, lengths.length)];
    try {
      IgnisRaw.ignis_dataset_random_split(handle(), lengths, lengths.length, seed, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    Dataset[] out = new Dataset[lengths.length];
    for (int i = 0; i < out.length; ++i) {
      out[i] = new Dataset(r[i]);
    }
    return List.of(out);
  }

  /** The native handle (ignis_dataset*); throws once closed. */
  public long handle() {
    return state.get();
  }

  @Override
  public void close() {
    state.close();
  }

  /** Number of examples. */
  public long size() {
    long[] n = new long[1];
    try {
      IgnisRaw.ignis_dataset_size(handle(), n);
    } finally {
      Reference.reachabilityFence(this);
    }
    return n[0];
  }

  /** Example i (0 <= i < size(), else IndexException): its tensors, new references. */
  public Tensor[] get(long i) {
    long[][] r = new long[1][];
    try {
      IgnisRaw.ignis_dataset_get(handle(), i, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    Tensor[] out = new Tensor[r[0].length];
    for (int k = 0; k < out.length; ++k) {
      out[k] = Tensor.fromHandle(r[0][k]);
    }
    return out;
  }
}
