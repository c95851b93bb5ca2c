package dev.ignis.data;

import dev.ignis.InvalidArgumentException;
import dev.ignis.Json;
import dev.ignis.Tensor;
import dev.ignis.NativeHandle;
import dev.ignis.raw.IgnisRaw;
import java.lang.ref.Reference;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Batches of a dataset (torch.utils.data.DataLoader): options "batch_size", "shuffle", "seed",
 * "drop_last", "num_workers", "prefetch_factor". Iterating runs one epoch; each batch is a
 * Tensor[] (field k of every example stacked), owned by the caller (or its Scope).
 *
 * <p>Thread safety: one thread at a time; with num_workers > 0 the engine's worker threads
 * build batches meanwhile.
 */
public final class DataLoader implements AutoCloseable, Iterable<Tensor[]> {
  private final NativeHandle state;

  /** A loader over dataset (which it keeps alive) with options in PyTorch's names. */
  public DataLoader(Dataset dataset, Map<String, ?> options) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_dataloader_create(dataset.handle(), Json.write(options), r);
    } finally {
      Reference.reachabilityFence(dataset);
    }
    state = new NativeHandle(this, r[0], IgnisRaw::ignis_dataloader_release, "data loader");
  }

  public long handle() {
    return state.get();
  }

  @Override
  public void close() {
    state.close();
  }

  /** Batches per epoch. */
  public long length() {
    long[] n = new long[1];
    try {
      IgnisRaw.ignis_dataloader_length(handle(), n);
    } finally {
      Reference.reachabilityFence(this);
    }
    return n[0];
  }

  /** The next batch of this epoch, or null at its end (the call after that starts the next). */
  public Tensor[] next() {
    long[][] r = new long[1][];
    try {
      IgnisRaw.ignis_dataloader_next(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    if (r[0] == null) {
      return null;
    }
    Tensor[] out = new Tensor[r[0].length];
    for (int k = 0; k < out.length; ++k) {
      out[k] = Tensor.fromHandle(r[0][k]);
    }
    return out;
  }

  /** Starts a new epoch now, abandoning the rest of the current one. */
  public void reset() {
    try {
      IgnisRaw.ignis_dataloader_reset(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /** One epoch from its start (resets the loader first). */
  @Override
  public Iterator<Tensor[]> iterator() {
    reset();
    return new Iterator<>() {
      private Tensor[] pending = DataLoader.this.next();

      @Override
      public boolean hasNext() {
        return pending != null;
      }

      @Override
      public Tensor[] next() {
        if (pending == null) {
          throw new NoSuchElementException("end of the epoch");
        }
        Tensor[] b = pending;
        pending = DataLoader.this.next();
        return b;
      }
    };
  }
}
