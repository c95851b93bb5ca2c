package dev.ignis;

/** An operation this build of the engine does not support (status 7). */
public class UnsupportedException extends IgnisException {
  private static final long serialVersionUID = 1L;

  public UnsupportedException(String message) {
    super(7, message);
  }
}
