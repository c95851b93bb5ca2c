package dev.ignis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import org.junit.jupiter.api.Test;

class TensorTest {
  @Test
  void createsFromEveryArrayType() {
    try (Scope s = Scope.open()) {
      Tensor f = Tensor.of(new float[] {1, -2, 3, 4, 5, -6}, 2, 3);
      assertArrayEquals(new long[] {2, 3}, f.shape());
      assertEquals(DType.FLOAT32, f.dtype());
      assertEquals(Device.CPU, f.device());
      assertEquals(6, f.numel());
      assertEquals(2, f.ndim());
      assertArrayEquals(new float[] {1, -2, 3, 4, 5, -6}, f.toFloatArray());
      assertArrayEquals(new long[] {3, 1}, f.strides());

      Tensor d = Tensor.of(new double[] {0.5, 1e300});
      assertEquals(DType.FLOAT64, d.dtype());
      assertArrayEquals(new double[] {0.5, 1e300}, d.toDoubleArray());
      Tensor i = Tensor.of(new int[] {7, -8}, 2, 1);
      assertEquals(DType.INT32, i.dtype());
      assertArrayEquals(new int[] {7, -8}, i.toIntArray());
      Tensor l = Tensor.of(new long[] {Long.MAX_VALUE, 3});
      assertEquals(DType.INT64, l.dtype());
      assertArrayEquals(new long[] {Long.MAX_VALUE, 3}, l.toLongArray());
      Tensor b = Tensor.of(new boolean[] {true, false, true});
      assertEquals(DType.BOOL, b.dtype());
      assertArrayEquals(new boolean[] {true, false, true}, b.toBooleanArray());
      assertEquals(2.5, Tensor.scalar(2.5f).item());
      assertEquals(0, Tensor.scalar(7L).ndim());
      assertEquals(7, Tensor.scalar(7L).itemLong());
    }
  }

  @Test
  void printsLikePyTorch() {
    try (Scope s = Scope.open()) {
      assertEquals("tensor([[ 1., -2.,  3.],\n        [ 4.,  5., -6.]])",
                   Tensor.of(new float[] {1, -2, 3, 4, 5, -6}, 2, 3).toString());
      assertEquals("tensor([1, 2, 3])", Tensor.of(new long[] {1, 2, 3}).toString());
    }
  }

  @Test
  void factoriesAndViews() {
    try (Scope s = Scope.open()) {
      assertArrayEquals(new float[] {0, 0, 0, 0}, Tensor.zeros(2, 2).toFloatArray());
      assertArrayEquals(new float[] {1, 1, 1}, Tensor.ones(3).toFloatArray());
      assertArrayEquals(new long[] {0, 1, 2, 3, 4}, Tensor.arange(5).toLongArray());
      assertArrayEquals(new float[] {7, 7}, Tensor.full(7.0, DType.FLOAT32, 2).toFloatArray());
      assertArrayEquals(new float[] {1, 0, 0, 1}, Tensor.eye(2).toFloatArray());
      assertArrayEquals(new float[] {0, 0.5f, 1}, Tensor.linspace(0, 1, 3).toFloatArray());
      Tensor a = Tensor.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
      Tensor t = a.transpose(0, 1);
      assertFalse(t.isContiguous());
      assertArrayEquals(new float[] {1, 4, 2, 5, 3, 6}, t.toFloatArray());
      assertArrayEquals(new float[] {1, 4, 2, 5, 3, 6}, t.contiguous().toFloatArray());
      assertArrayEquals(new long[] {3, 2}, a.reshape(3, -1).shape());
      assertArrayEquals(new float[] {4, 5, 6}, a.select(0, 1).toFloatArray());
      assertArrayEquals(new float[] {2, 5}, a.slice(1, 1L, 2L, 1).toFloatArray());
      assertArrayEquals(new long[] {1, 2, 3}, a.unsqueeze(0).shape());
      assertArrayEquals(new long[] {6}, a.flatten().shape());
      assertEquals(DType.FLOAT64, a.to(DType.FLOAT64).dtype());
      // Seeded generators are reproducible.
      assertArrayEquals(Tensor.randn(42, DType.FLOAT32, 5).toFloatArray(),
                        Tensor.randn(42, DType.FLOAT32, 5).toFloatArray());
      long[] r = Tensor.randint(3, 6, 100).toLongArray();
      for (long v : r) {
        assertTrue(v >= 3 && v < 6, "randint value " + v);
      }
    }
  }

  @Test
  void directBufferIsSharedBothWays() {
    FloatBuffer buf =
        ByteBuffer.allocateDirect(6 * 4).order(ByteOrder.nativeOrder()).asFloatBuffer();
    buf.put(new float[] {1, 2, 3, 4, 5, 6});
    buf.flip();
    try (Tensor t = Tensor.fromBuffer(buf, 2, 3)) {
      assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, t.toFloatArray());
      buf.put(3, 40f); // write through the buffer: the tensor sees it
      assertArrayEquals(new float[] {1, 2, 3, 40, 5, 6}, t.toFloatArray());
      try (Tensor two = Tensor.full(2.0, DType.FLOAT32, 1)) {
        t.mul_(two); // write through the tensor: the buffer sees it
      }
      assertEquals(80f, buf.get(3));
      // asFloatBuffer is the tensor's memory too.
      FloatBuffer view = t.asFloatBuffer();
      view.put(0, -1f);
      assertEquals(-1f, buf.get(0));
    }
    // The tensor kept the buffer alive while it lived; the buffer stays usable after close.
    assertEquals(-1f, buf.get(0));
  }

  @Test
  void directBufferErrors() {
    FloatBuffer heap = FloatBuffer.allocate(4);
    InvalidArgumentException e =
        assertThrows(InvalidArgumentException.class, () -> Tensor.fromBuffer(heap, 4));
    assertTrue(e.getMessage().contains("direct"), e.getMessage());
    FloatBuffer small =
        ByteBuffer.allocateDirect(8).order(ByteOrder.nativeOrder()).asFloatBuffer();
    e = assertThrows(InvalidArgumentException.class, () -> Tensor.fromBuffer(small, 3));
    assertTrue(e.getMessage().contains("needs 12 bytes"), e.getMessage());
    FloatBuffer bigEndian = ByteBuffer.allocateDirect(16).asFloatBuffer(); // Java's default order
    e = assertThrows(InvalidArgumentException.class, () -> Tensor.fromBuffer(bigEndian, 4));
    assertTrue(e.getMessage().contains("BIG_ENDIAN"), e.getMessage());
  }

  @Test
  void scopeClosesWhatWasMadeInsideExceptKept() {
    Tensor kept;
    Tensor inner;
    Tensor outer;
    try (Scope s = Scope.open()) {
      outer = Tensor.ones(2);
      try (Scope s2 = Scope.open()) {
        inner = outer.add(1);
        kept = s2.keep(inner.mul(3));
        assertEquals(1, s2.size());
      }
      assertTrue(inner.isClosed());
      assertFalse(kept.isClosed()); // moved to the outer scope
      assertArrayEquals(new float[] {6, 6}, kept.toFloatArray());
      assertFalse(outer.isClosed());
    }
    assertTrue(outer.isClosed());
    assertTrue(kept.isClosed());
    // Outside any scope nothing is tracked; close is explicit (and idempotent).
    Tensor free = Tensor.ones(1);
    free.close();
    free.close();
    assertTrue(free.isClosed());
    assertEquals("tensor(<closed>)", free.toString());
  }

  @Test
  void closedTensorIsAnError() {
    Tensor t = Tensor.ones(2);
    t.close();
    InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> t.add(1));
    assertEquals("tensor used after close()", e.getMessage());
    assertEquals(1, e.status());
  }

  @Test
  void manyCreateCloseCyclesDoNotGrowNativeMemory() throws Exception {
    float[] data = new float[256];
    for (int i = 0; i < 20_000; ++i) { // warm-up: allocator pools, JIT
      Tensor.of(data, 16, 16).close();
    }
    long before = rssKb();
    for (int i = 0; i < 100_000; ++i) {
      try (Tensor t = Tensor.of(data, 16, 16); Tensor u = t.add(1)) {
        u.numel();
      }
    }
    long grown = rssKb() - before;
    // 100,000 cycles of 2 tensors x 1 KiB leaked would be ~200 MB; allow allocator noise.
    assertTrue(grown < 32 * 1024, "RSS grew by " + grown + " KiB over 100,000 cycles");
  }

  private static long rssKb() throws Exception {
    for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    throw new IllegalStateException("no VmRSS in /proc/self/status");
  }
}
