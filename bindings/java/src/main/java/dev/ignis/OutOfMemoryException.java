package dev.ignis;

/** The engine could not allocate memory (status 5). */
public class OutOfMemoryException extends IgnisException {
  private static final long serialVersionUID = 1L;

  public OutOfMemoryException(String message) {
    super(5, message);
  }
}
