package dev.ignis;

import java.lang.ref.Cleaner;
import java.util.function.LongConsumer;

/**
 * One native reference owned by a Java object of the binding (a {@link Tensor}, Module,
 * Optimizer, Scheduler, Dataset, DataLoader): released exactly once, by {@link #close()} or, as
 * a safety net, by one shared {@link Cleaner} once the owner is unreachable. It holds no
 * reference to its owner (the Cleaner requires that), only the pointer and the release function.
 *
 * <p>Thread safety: {@link #close()} may race with the Cleaner; the release still runs once.
 * Using the pointer after close is the caller's error, reported by {@link #get()}.
 */
public final class NativeHandle implements Runnable {
  private static final Cleaner CLEANER = Cleaner.create();

  private volatile long ptr;
  private final LongConsumer release;
  private final String what;
  private final Cleaner.Cleanable cleanable;

  /**
   * Takes over ptr for owner; release (an ignis_*_release) frees it; what names the kind of
   * object in the error of a use after close ("tensor", "module").
   */
  public NativeHandle(Object owner, long ptr, LongConsumer release, String what) {
    this.ptr = ptr;
    this.release = release;
    this.what = what;
    this.cleanable = CLEANER.register(owner, this);
  }

  /** The pointer; an {@link InvalidArgumentException} once closed. */
  public long get() {
    long p = ptr;
    if (p == 0) {
      throw new InvalidArgumentException(what + " used after close()");
    }
    return p;
  }

  public boolean isClosed() {
    return ptr == 0;
  }

  /** Releases the native reference now (idempotent). */
  public void close() {
    cleanable.clean();
  }

  /** The Cleaner's action (through {@link Cleaner.Cleanable#clean()}): not for callers. */
  @Override
  public void run() {
    long p = ptr;
    ptr = 0;
    if (p != 0) {
      release.accept(p);
    }
  }
}
