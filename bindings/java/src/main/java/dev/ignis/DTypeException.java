package dev.ignis;

/** An element type the operation does not accept (status 3). */
public class DTypeException extends IgnisException {
  private static final long serialVersionUID = 1L;

  public DTypeException(String message) {
    super(3, message);
  }
}
