package dev.ignis;

/** Tensors on the wrong or on different devices (status 4). */
public class DeviceException extends IgnisException {
  private static final long serialVersionUID = 1L;

  public DeviceException(String message) {
    super(4, message);
  }
}
