package dev.ignis;

/**
 * A failed engine call: its status code ({@link #status()}, the C API's ignis_status) and the
 * engine's message (ignis_last_error). Subclasses name the status: {@link ShapeException},
 * {@link DTypeException}, {@link DeviceException}, {@link InvalidArgumentException},
 * {@link OutOfMemoryException}, {@link IgnisIOException}, {@link UnsupportedException},
 * {@link IndexException}, {@link InternalException}. Unchecked, like the engine's errors in the
 * other bindings. Thread safety: immutable.
 */
public class IgnisException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  public IgnisException(String message) {
    this(8, message);
  }

  protected IgnisException(int status, String message) {
    super(message);
    this.status = status;
  }

  /** The C API status code (1 invalid argument, 2 shape, 3 dtype, ...). */
  public int status() {
    return status;
  }
}
