package dev.ignis;

/**
 * A device: its kind and, for CUDA, its ordinal. Immutable value; {@link #CPU} or {@link
 * #cuda(int)}.
 */
public record Device(Device.Kind kind, int index) {
  /** Device kinds, with the C API's codes (ignis_device_type). */
  public enum Kind {
    CPU,
    CUDA
  }

  public static final Device CPU = new Device(Kind.CPU, 0);

  public Device {
    if (kind == null) {
      throw new InvalidArgumentException("device: kind is null");
    }
    if (index < 0) {
      throw new InvalidArgumentException("device: index must be >= 0, got " + index);
    }
  }

  /** CUDA device number index. */
  public static Device cuda(int index) {
    return new Device(Kind.CUDA, index);
  }

  /** The raw layer's encoding of ignis_device: (type << 32) | index. */
  public long encode() {
    return ((long) kind.ordinal() << 32) | (index & 0xFFFFFFFFL);
  }

  static Device decode(long v) {
    int type = (int) (v >>> 32);
    return new Device(Kind.values()[type], (int) v);
  }

  @Override
  public String toString() {
    return kind == Kind.CPU ? "cpu" : "cuda:" + index;
  }
}
