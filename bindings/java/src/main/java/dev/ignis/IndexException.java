package dev.ignis;

/** An index out of range (status 9). */
public class IndexException extends IgnisException {
  private static final long serialVersionUID = 1L;

  public IndexException(String message) {
    super(9, message);
  }
}
