package dev.ignis;

/** An engine bug (status 8). */
public class InternalException extends IgnisException {
  private static final long serialVersionUID = 1L;

  public InternalException(String message) {
    super(8, message);
  }
}
