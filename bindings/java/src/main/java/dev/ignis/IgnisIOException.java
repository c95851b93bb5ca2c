package dev.ignis;

/** A file could not be read or written (its path is in the message) (status 6). */
public class IgnisIOException extends IgnisException {
  private static final long serialVersionUID = 1L;

  public IgnisIOException(String message) {
    super(6, message);
  }
}
