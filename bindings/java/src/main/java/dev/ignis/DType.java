package dev.ignis;

/** Element types, with the C API's codes (ignis_dtype) and PyTorch's names. */
public enum DType {
  BOOL(0, 1, "bool"),
  UINT8(1, 1, "uint8"),
  INT8(2, 1, "int8"),
  INT16(3, 2, "int16"),
  INT32(4, 4, "int32"),
  INT64(5, 8, "int64"),
  FLOAT16(6, 2, "float16"),
  BFLOAT16(7, 2, "bfloat16"),
  FLOAT32(8, 4, "float32"),
  FLOAT64(9, 8, "float64");

  private final int code;
  private final int itemSize;
  private final String torchName;

  DType(int code, int itemSize, String torchName) {
    this.code = code;
    this.itemSize = itemSize;
    this.torchName = torchName;
  }

  /** The C API's ignis_dtype value. */
  public int code() {
    return code;
  }

  /** Bytes per element. */
  public int itemSize() {
    return itemSize;
  }

  /** PyTorch's name ("float32"). */
  public String torchName() {
    return torchName;
  }

  /** The DType of a C API code. */
  public static DType fromCode(int code) {
    for (DType d : values()) {
      if (d.code == code) {
        return d;
      }
    }
    throw new DTypeException("dtype: unknown code " + code);
  }
}
