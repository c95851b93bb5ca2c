package dev.ignis;

/** Shapes that do not fit the operation (status 2). */
public class ShapeException extends IgnisException {
  private static final long serialVersionUID = 1L;

  public ShapeException(String message) {
    super(2, message);
  }
}
