package dev.ignis;

/** A bad argument: a wrong value, an unknown option, a null or closed tensor (status 1). */
public class InvalidArgumentException extends IgnisException {
  private static final long serialVersionUID = 1L;

  public InvalidArgumentException(String message) {
    super(1, message);
  }
}
