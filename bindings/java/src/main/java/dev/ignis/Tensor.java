package dev.ignis;

import dev.ignis.raw.IgnisRaw;
import java.lang.ref.Reference;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;
import java.util.Arrays;

/**
 * An n-dimensional array on a device, with autograd. Holds one reference to a native tensor
 * (ignis_tensor*): {@link #close()} releases it at once; a {@link Cleaner} releases it when the
 * Tensor becomes unreachable without being closed (a safety net: the garbage collector does not
 * see native memory, so close tensors, or make them inside a {@link Scope}). Every schema op is
 * a method ({@link TensorOps}); results are new tensors the caller owns.
 *
 * <p>Thread safety: a tensor may be read (ops, data access) from several threads at once; it
 * must not be written (in-place ops, setRequiresGrad, backward into its grad) or closed while
 * another thread uses it.
 */
public final class Tensor extends TensorOps implements AutoCloseable {
  private final NativeHandle state;
  /** The Scope that will close this tensor, if any (touched only on that scope's thread). */
  Scope scope;

  private Tensor(long ptr) {
    this.state = new NativeHandle(this, ptr, IgnisRaw::ignis_tensor_release, "tensor");
  }

  /** Takes over a new native reference (0 gives null); registers it with this thread's Scope. */
  static Tensor wrap(long ptr) {
    if (ptr == 0) {
      return null;
    }
    Tensor t = new Tensor(ptr);
    Scope.track(t);
    return t;
  }

  static Tensor[] wrapAll(long[] ptrs) {
    Tensor[] ts = new Tensor[ptrs == null ? 0 : ptrs.length];
    for (int i = 0; i < ts.length; ++i) {
      ts[i] = wrap(ptrs[i]);
    }
    return ts;
  }

  /** Takes over a native reference the caller owns (from the raw layer). */
  public static Tensor fromHandle(long ptr) {
    if (ptr == 0) {
      throw new InvalidArgumentException("fromHandle: handle is 0");
    }
    return wrap(ptr);
  }

  @Override
  public long handle() {
    return state.get();
  }

  static long h(Tensor t, String name) {
    if (t == null) {
      throw new InvalidArgumentException(name + ": expected a Tensor, got null");
    }
    return t.handle();
  }

  static long hOpt(Tensor t) {
    return t == null ? 0 : t.handle();
  }

  static long[] hAll(Tensor[] ts, String name) {
    if (ts == null) {
      throw new InvalidArgumentException(name + ": expected a Tensor[], got null");
    }
    long[] hs = new long[ts.length];
    for (int i = 0; i < ts.length; ++i) {
      hs[i] = h(ts[i], name + "[" + i + "]");
    }
    return hs;
  }

  static long[] ints(long[] v, String name) {
    if (v == null) {
      throw new InvalidArgumentException(name + ": expected a long[], got null");
    }
    return v;
  }

  static Number num(Number v, String name) {
    if (v == null) {
      throw new InvalidArgumentException(name + ": expected a number, got null");
    }
    return v;
  }

  /** Releases the native reference now (idempotent). Views share memory and stay valid. */
  @Override
  public void close() {
    state.close();
    Scope.untrack(this);
  }

  public boolean isClosed() {
    return state.isClosed();
  }

  // ---- creation (copies of Java arrays) ----

  private static Tensor fromArray(Object data, int length, DType dtype, long[] shape) {
    long[] s = shape.length == 0 && length != 1 ? new long[] {length} : shape;
    long[] r = new long[1];
    IgnisRaw.ignis_tensor_from_data(data, s, s.length, dtype.code(), r);
    return wrap(r[0]);
  }

  /** A float32 tensor holding a copy of data (shape omitted: 1-D of data.length). */
  public static Tensor of(float[] data, long... shape) {
    return fromArray(data, data.length, DType.FLOAT32, shape);
  }

  /** A float64 tensor holding a copy of data. */
  public static Tensor of(double[] data, long... shape) {
    return fromArray(data, data.length, DType.FLOAT64, shape);
  }

  /** An int32 tensor holding a copy of data. */
  public static Tensor of(int[] data, long... shape) {
    return fromArray(data, data.length, DType.INT32, shape);
  }

  /** An int64 tensor holding a copy of data. */
  public static Tensor of(long[] data, long... shape) {
    return fromArray(data, data.length, DType.INT64, shape);
  }

  /** A bool tensor holding a copy of data. */
  public static Tensor of(boolean[] data, long... shape) {
    return fromArray(data, data.length, DType.BOOL, shape);
  }

  /** A 0-dimensional float32 tensor. */
  public static Tensor scalar(float v) {
    return fromArray(new float[] {v}, 1, DType.FLOAT32, new long[0]);
  }

  /** A 0-dimensional float64 tensor. */
  public static Tensor scalar(double v) {
    return fromArray(new double[] {v}, 1, DType.FLOAT64, new long[0]);
  }

  /** A 0-dimensional int64 tensor. */
  public static Tensor scalar(long v) {
    return fromArray(new long[] {v}, 1, DType.INT64, new long[0]);
  }

  /**
   * Wraps a direct buffer without copying: writes through the buffer show in the tensor and the
   * other way round. The buffer's byte order must be the native one; its bytes from its
   * position must hold numel * itemsize. The tensor keeps the buffer alive.
   */
  public static Tensor fromBuffer(Buffer buffer, DType dtype, long... shape) {
    if (buffer == null || !buffer.isDirect()) {
      throw new InvalidArgumentException(
          "buffer: expected a direct java.nio buffer, got " +
          (buffer == null ? "null" : "a heap buffer"));
    }
    int elem = elementSize(buffer);
    if (byteOrder(buffer) != ByteOrder.nativeOrder()) {
      // ByteBuffer.allocateDirect(n).asFloatBuffer() is big-endian unless order() was set.
      throw new InvalidArgumentException(
          "buffer: byte order is " + byteOrder(buffer) + ", expected ByteOrder.nativeOrder() (" +
          ByteOrder.nativeOrder() + "); call order(ByteOrder.nativeOrder()) on the ByteBuffer " +
          "before viewing it as another type");
    }
    long numel = 1;
    for (long d : shape) {
      if (d < 0) {
        throw new ShapeException("shape: negative size in " + Arrays.toString(shape));
      }
      numel *= d;
    }
    long need = numel * dtype.itemSize();
    long have = (long) buffer.remaining() * elem;
    if (have < need) {
      throw new InvalidArgumentException("buffer: " + Arrays.toString(shape) + " " +
                                         dtype.torchName() + " needs " + need +
                                         " bytes, the buffer has " + have + " remaining");
    }
    // Wrap the buffer's memory from its position: slice so the address starts there.
    Buffer view = buffer.position() == 0 ? buffer : buffer.slice();
    long[] r = new long[1];
    IgnisRaw.ignis_jni_tensor_from_buffer(view, shape, shape.length, dtype.code(), r);
    return wrap(r[0]);
  }

  /** A float32 tensor over a direct FloatBuffer, without copying. */
  public static Tensor fromBuffer(FloatBuffer buffer, long... shape) {
    return fromBuffer(buffer, DType.FLOAT32, shape);
  }

  private static ByteOrder byteOrder(Buffer b) {
    if (b instanceof ByteBuffer x) {
      return x.order();
    } else if (b instanceof FloatBuffer x) {
      return x.order();
    } else if (b instanceof IntBuffer x) {
      return x.order();
    } else if (b instanceof DoubleBuffer x) {
      return x.order();
    } else if (b instanceof LongBuffer x) {
      return x.order();
    } else if (b instanceof ShortBuffer x) {
      return x.order();
    }
    throw new InvalidArgumentException("buffer: unsupported buffer type " + b.getClass());
  }

  private static int elementSize(Buffer b) {
    if (b instanceof ByteBuffer) {
      return 1;
    } else if (b instanceof FloatBuffer || b instanceof IntBuffer) {
      return 4;
    } else if (b instanceof DoubleBuffer || b instanceof LongBuffer) {
      return 8;
    } else if (b instanceof ShortBuffer) {
      return 2;
    }
    throw new InvalidArgumentException("buffer: unsupported buffer type " + b.getClass());
  }

  // ---- factories ----

  public static Tensor empty(DType dtype, long... shape) {
    long[] r = new long[1];
    IgnisRaw.ignis_empty(shape, shape.length, dtype.code(), Device.CPU.encode(), r);
    return wrap(r[0]);
  }

  public static Tensor zeros(long... shape) {
    return zeros(DType.FLOAT32, Device.CPU, shape);
  }

  public static Tensor zeros(DType dtype, Device device, long... shape) {
    long[] r = new long[1];
    IgnisRaw.ignis_zeros(shape, shape.length, dtype.code(), device.encode(), r);
    return wrap(r[0]);
  }

  public static Tensor ones(long... shape) {
    return ones(DType.FLOAT32, Device.CPU, shape);
  }

  public static Tensor ones(DType dtype, Device device, long... shape) {
    long[] r = new long[1];
    IgnisRaw.ignis_ones(shape, shape.length, dtype.code(), device.encode(), r);
    return wrap(r[0]);
  }

  /** A tensor filled with value (bool, integer or floating, as the Number's type). */
  public static Tensor full(Number value, DType dtype, long... shape) {
    long[] r = new long[1];
    IgnisRaw.ignis_full(shape, shape.length, num(value, "value"), dtype.code(),
                        Device.CPU.encode(), r);
    return wrap(r[0]);
  }

  /** start, start+step, ... below end. */
  public static Tensor arange(Number start, Number end, Number step, DType dtype) {
    long[] r = new long[1];
    IgnisRaw.ignis_arange(num(start, "start"), num(end, "end"), num(step, "step"), dtype.code(),
                          Device.CPU.encode(), r);
    return wrap(r[0]);
  }

  /** 0, 1, ..., end - 1 as int64. */
  public static Tensor arange(long end) {
    return arange(0L, end, 1L, DType.INT64);
  }

  public static Tensor linspace(double start, double end, long steps) {
    long[] r = new long[1];
    IgnisRaw.ignis_linspace(start, end, steps, DType.FLOAT32.code(), Device.CPU.encode(), r);
    return wrap(r[0]);
  }

  public static Tensor eye(long n) {
    long[] r = new long[1];
    IgnisRaw.ignis_eye(n, -1, DType.FLOAT32.code(), Device.CPU.encode(), r);
    return wrap(r[0]);
  }

  /** Uniform [0, 1) float32 samples from the default generator (Ignis.manualSeed). */
  public static Tensor rand(long... shape) {
    long[] r = new long[1];
    IgnisRaw.ignis_rand(shape, shape.length, DType.FLOAT32.code(), Device.CPU.encode(), null, r);
    return wrap(r[0]);
  }

  /** Standard normal float32 samples from the default generator. */
  public static Tensor randn(long... shape) {
    long[] r = new long[1];
    IgnisRaw.ignis_randn(shape, shape.length, DType.FLOAT32.code(), Device.CPU.encode(), null, r);
    return wrap(r[0]);
  }

  /** Standard normal samples from a fresh generator seeded with seed (reproducible). */
  public static Tensor randn(long seed, DType dtype, long... shape) {
    long[] r = new long[1];
    IgnisRaw.ignis_randn(shape, shape.length, dtype.code(), Device.CPU.encode(),
                         new long[] {seed}, r);
    return wrap(r[0]);
  }

  /** int64 integers uniform in [low, high). */
  public static Tensor randint(long low, long high, long... shape) {
    long[] r = new long[1];
    IgnisRaw.ignis_randint(low, high, shape, shape.length, DType.INT64.code(),
                           Device.CPU.encode(), null, r);
    return wrap(r[0]);
  }

  // ---- geometry ----

  public long[] shape() {
    try {
      long[] s = new long[(int) IgnisRaw.ignis_tensor_ndim(handle())];
      IgnisRaw.ignis_tensor_shape(handle(), s, s.length);
      return s;
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /** Size of dimension dim (negative counts from the end). */
  public long size(int dim) {
    long[] s = shape();
    int d = dim < 0 ? dim + s.length : dim;
    if (d < 0 || d >= s.length) {
      throw new IndexException("size: dim " + dim + " out of range for a " + s.length +
                               "-dimensional tensor");
    }
    return s[d];
  }

  public long[] strides() {
    try {
      long[] s = new long[(int) IgnisRaw.ignis_tensor_ndim(handle())];
      IgnisRaw.ignis_tensor_strides(handle(), s, s.length);
      return s;
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  public int ndim() {
    try {
      return (int) IgnisRaw.ignis_tensor_ndim(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  public long numel() {
    try {
      return IgnisRaw.ignis_tensor_numel(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  public DType dtype() {
    int[] d = new int[1];
    try {
      IgnisRaw.ignis_tensor_dtype(handle(), d);
    } finally {
      Reference.reachabilityFence(this);
    }
    return DType.fromCode(d[0]);
  }

  public Device device() {
    long[] d = new long[1];
    try {
      IgnisRaw.ignis_tensor_device(handle(), d);
    } finally {
      Reference.reachabilityFence(this);
    }
    return Device.decode(d[0]);
  }

  public boolean isContiguous() {
    int[] c = new int[1];
    try {
      IgnisRaw.ignis_tensor_is_contiguous(handle(), c);
    } finally {
      Reference.reachabilityFence(this);
    }
    return c[0] != 0;
  }

  // ---- data out (copies; any device and layout) ----

  private void copyTo(Object array, DType want) {
    try {
      if (dtype() != want) {
        throw new DTypeException("to" + javaName(want) + "Array: tensor is " +
                                 dtype().torchName() + ", expected " + want.torchName() +
                                 " (convert with to(DType." + want + "))");
      }
      IgnisRaw.ignis_tensor_copy_to(handle(), array);
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  private static String javaName(DType d) {
    return switch (d) {
      case FLOAT32 -> "Float";
      case FLOAT64 -> "Double";
      case INT32 -> "Int";
      case INT64 -> "Long";
      default -> "Boolean";
    };
  }

  private int checkedNumel() {
    long n = numel();
    if (n > Integer.MAX_VALUE) {
      throw new InvalidArgumentException("tensor has " + n + " elements, too many for a Java array");
    }
    return (int) n;
  }

  /** The elements of a float32 tensor, row-major. */
  public float[] toFloatArray() {
    float[] a = new float[checkedNumel()];
    copyTo(a, DType.FLOAT32);
    return a;
  }

  /** The elements of a float64 tensor, row-major. */
  public double[] toDoubleArray() {
    double[] a = new double[checkedNumel()];
    copyTo(a, DType.FLOAT64);
    return a;
  }

  /** The elements of an int32 tensor, row-major. */
  public int[] toIntArray() {
    int[] a = new int[checkedNumel()];
    copyTo(a, DType.INT32);
    return a;
  }

  /** The elements of an int64 tensor, row-major. */
  public long[] toLongArray() {
    long[] a = new long[checkedNumel()];
    copyTo(a, DType.INT64);
    return a;
  }

  /** The elements of a bool tensor, row-major. */
  public boolean[] toBooleanArray() {
    boolean[] a = new boolean[checkedNumel()];
    copyTo(a, DType.BOOL);
    return a;
  }

  /**
   * The tensor's own memory as a direct ByteBuffer in native order (no copy; a contiguous CPU
   * tensor). Valid only while this tensor is open: using it after close() is undefined.
   */
  public ByteBuffer asByteBuffer() {
    try {
      ByteBuffer b = (ByteBuffer) IgnisRaw.ignis_jni_tensor_buffer(handle());
      return b.order(ByteOrder.nativeOrder());
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /** {@link #asByteBuffer()} of a float32 tensor viewed as floats. */
  public FloatBuffer asFloatBuffer() {
    if (dtype() != DType.FLOAT32) {
      throw new DTypeException("asFloatBuffer: tensor is " + dtype().torchName() +
                               ", expected float32");
    }
    return asByteBuffer().asFloatBuffer();
  }

  /** The single element as a double (any dtype; numel must be 1). */
  public double item() {
    double[] v = new double[1];
    try {
      IgnisRaw.ignis_tensor_item_double(handle(), v);
    } finally {
      Reference.reachabilityFence(this);
    }
    return v[0];
  }

  /** The single element as a long (floats truncate). */
  public long itemLong() {
    long[] v = new long[1];
    try {
      IgnisRaw.ignis_tensor_item_int64(handle(), v);
    } finally {
      Reference.reachabilityFence(this);
    }
    return v[0];
  }

  /** PyTorch-style text: "tensor([1., 2.])". */
  @Override
  public String toString() {
    if (isClosed()) {
      return "tensor(<closed>)";
    }
    String[] s = new String[1];
    try {
      IgnisRaw.ignis_tensor_to_string(handle(), s);
    } finally {
      Reference.reachabilityFence(this);
    }
    return s[0];
  }

  // ---- conversion, copies and views ----

  /** This tensor converted to dtype (itself, as a new reference, when it already is). */
  public Tensor to(DType dtype) {
    return to(dtype, device());
  }

  public Tensor to(Device device) {
    return to(dtype(), device);
  }

  public Tensor to(DType dtype, Device device) {
    long[] r = new long[1];
    try {
      IgnisRaw.ignis_tensor_to(handle(), dtype.code(), device.encode(), 0, r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return wrap(r[0]);
  }

  private interface Unary {
    void call(long self, long[] out);
  }

  private Tensor unary(Unary f) {
    long[] r = new long[1];
    try {
      f.call(handle(), r);
    } finally {
      Reference.reachabilityFence(this);
    }
    return wrap(r[0]);
  }

  public Tensor contiguous() {
    return unary(IgnisRaw::ignis_tensor_contiguous);
  }

  /** A copy with its own memory (history is recorded). */
  public Tensor copy() {
    return unary(IgnisRaw::ignis_tensor_clone);
  }

  /** A view sharing memory, cut from history. */
  public Tensor detach() {
    return unary(IgnisRaw::ignis_tensor_detach);
  }

  /** Copies src into this tensor in place (broadcasting, converting); returns this. */
  public Tensor copy_(Tensor src) {
    try {
      IgnisRaw.ignis_tensor_copy_(handle(), h(src, "src"));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(src);
    }
    return this;
  }

  public Tensor view(long... shape) {
    return unary((t, r) -> IgnisRaw.ignis_tensor_view(t, shape, shape.length, r));
  }

  public Tensor reshape(long... shape) {
    return unary((t, r) -> IgnisRaw.ignis_tensor_reshape(t, shape, shape.length, r));
  }

  public Tensor transpose(long dim0, long dim1) {
    return unary((t, r) -> IgnisRaw.ignis_tensor_transpose(t, dim0, dim1, r));
  }

  public Tensor permute(long... dims) {
    return unary((t, r) -> IgnisRaw.ignis_tensor_permute(t, dims, dims.length, r));
  }

  /** Elements start, start+step, ... below end along dim (null: the whole range). */
  public Tensor slice(long dim, Long start, Long end, long step) {
    long[] s = start == null ? null : new long[] {start};
    long[] e = end == null ? null : new long[] {end};
    return unary((t, r) -> IgnisRaw.ignis_tensor_slice(t, dim, s, e, step, r));
  }

  public Tensor select(long dim, long index) {
    return unary((t, r) -> IgnisRaw.ignis_tensor_select(t, dim, index, r));
  }

  public Tensor expand(long... shape) {
    return unary((t, r) -> IgnisRaw.ignis_tensor_expand(t, shape, shape.length, r));
  }

  /** Removes every size-1 dim. */
  public Tensor squeeze() {
    return unary((t, r) -> IgnisRaw.ignis_tensor_squeeze(t, null, r));
  }

  public Tensor squeeze(long dim) {
    return unary((t, r) -> IgnisRaw.ignis_tensor_squeeze(t, new long[] {dim}, r));
  }

  public Tensor unsqueeze(long dim) {
    return unary((t, r) -> IgnisRaw.ignis_tensor_unsqueeze(t, dim, r));
  }

  public Tensor flatten() {
    return flatten(0, -1);
  }

  public Tensor flatten(long startDim, long endDim) {
    return unary((t, r) -> IgnisRaw.ignis_tensor_flatten(t, startDim, endDim, r));
  }

  // ---- autograd ----

  public boolean requiresGrad() {
    int[] v = new int[1];
    try {
      IgnisRaw.ignis_tensor_requires_grad(handle(), v);
    } finally {
      Reference.reachabilityFence(this);
    }
    return v[0] != 0;
  }

  /** Marks a leaf as needing gradients (or not); returns this. */
  public Tensor setRequiresGrad(boolean requiresGrad) {
    try {
      IgnisRaw.ignis_tensor_set_requires_grad(handle(), requiresGrad ? 1 : 0);
    } finally {
      Reference.reachabilityFence(this);
    }
    return this;
  }

  public boolean isLeaf() {
    int[] v = new int[1];
    try {
      IgnisRaw.ignis_tensor_is_leaf(handle(), v);
    } finally {
      Reference.reachabilityFence(this);
    }
    return v[0] != 0;
  }

  /** Keeps .grad for a non-leaf after backward. */
  public void retainGrad() {
    try {
      IgnisRaw.ignis_tensor_retain_grad(handle());
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /**
   * Calls hook with this tensor's gradient each time backward computes it (PyTorch's
   * register_hook): the hook may return a replacement of the same shape, or null (or its
   * argument) to keep it. It runs on the thread calling backward; an exception it throws stops
   * backward, whose caller gets an IgnisException naming it. The tensor must require grad.
   */
  public void registerHook(java.util.function.UnaryOperator<Tensor> hook) {
    if (hook == null) {
      throw new InvalidArgumentException("hook: expected a function, got null");
    }
    try {
      IgnisRaw.ignis_jni_tensor_register_hook(handle(), new GradHook(hook));
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /** The name of the node that made this tensor ("AddBackward0"), or null for a leaf. */
  public String gradFnName() {
    String[] s = new String[1];
    try {
      IgnisRaw.ignis_tensor_grad_fn_name(handle(), s);
    } finally {
      Reference.reachabilityFence(this);
    }
    return s[0];
  }

  /** The accumulated gradient (a new Tensor sharing it), or null when there is none. */
  public Tensor grad() {
    return unary(IgnisRaw::ignis_tensor_grad);
  }

  /** Replaces .grad (null clears it). */
  public void setGrad(Tensor grad) {
    try {
      IgnisRaw.ignis_tensor_set_grad(handle(), hOpt(grad));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(grad);
    }
  }

  /** Backpropagates from this one-element tensor into the .grad of the leaves. */
  public void backward() {
    backward(null, false, false);
  }

  /** Backpropagates with an explicit gradient (null: ones for a one-element tensor). */
  public void backward(Tensor gradient, boolean retainGraph, boolean createGraph) {
    try {
      IgnisRaw.ignis_tensor_backward(handle(), hOpt(gradient), retainGraph ? 1 : 0,
                                     createGraph ? 1 : 0);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(gradient);
    }
  }
}
