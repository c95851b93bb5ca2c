package dev.ignis;

import static dev.ignis.TestUtil.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ignis.raw.IgnisRaw;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ops sampled across the families, against values computed with PyTorch 1.13. */
class OpsTest {
  private Scope scope;
  private Tensor a;
  private Tensor b;

  @BeforeEach
  void open() {
    scope = Scope.open();
    a = Tensor.of(new float[] {1, -2, 3, 4, 5, -6}, 2, 3);
    b = Tensor.of(new float[] {0.5f, 1, 2, -1, 3, 0.25f}, 2, 3);
  }

  @AfterEach
  void close() {
    scope.close();
  }

  @Test
  void elementwise() {
    assertClose(new double[] {2.0, 0.0, 7.0, 2.0, 11.0, -5.5}, a.add(b, 2));
    assertClose(new double[] {2, -1, 4, 5, 6, -5}, a.add(1));
    assertClose(new double[] {0.5, -2, 6, -4, 15, -1.5}, a.mul(b));
    assertClose(new double[] {0.7310585975646973, 0.11920291930437088, 0.9525741338729858,
                              0.9820137619972229, 0.9933071732521057, 0.0024726230185478926},
                a.sigmoid());
    assertClose(new double[] {0.7615941762924194, -0.9640275835990906, 0.9950547814369202,
                              0.9993293285369873, 0.9999092221260071, -0.9999877214431763},
                a.tanh());
    assertClose(new double[] {0.8413447141647339, -0.045500099658966064, 2.995950222015381,
                              3.999873161315918, 4.999998569488525, 0.0},
                a.gelu());
    assertClose(new double[] {1.0, -1.0, 2.0, 2.0, 2.0, -1.0}, a.clamp(-1, 2));
    assertClose(new double[] {0.25, 1.0, 4.0, 1.0, 9.0, 0.0625}, b.pow(2.0));
    assertArrayEquals(new boolean[] {false, false, true, false, false, false},
                      a.eq(3).toBooleanArray());
    // Integer tensor + integer scalar stays integer (PyTorch promotion); a floating Number
    // (Double, BigDecimal) is a float scalar, any integral one (Integer, BigInteger) an int.
    Tensor ints = Tensor.of(new long[] {1, 2});
    assertEquals(DType.INT64, ints.add(1).dtype());
    assertEquals(DType.INT64, ints.add(java.math.BigInteger.TEN).dtype());
    assertEquals(DType.FLOAT32, ints.add(0.5).dtype());
    assertClose(new double[] {1.5, 2.5}, ints.add(new java.math.BigDecimal("0.5")));
    assertClose(new double[] {0.5, -2, 2, -1, 3, -6},
                a.gt(b).where(b, a)); // where(a > b, b, a) = min
  }

  @Test
  void inPlaceAndOutForms() {
    Tensor c = a.copy();
    assertSame(c, c.relu_());
    assertClose(new double[] {1, 0, 3, 4, 5, 0}, c);
    Tensor out = Tensor.zeros(2, 3);
    assertSame(out, a.addOut(out, b));
    assertClose(new double[] {1.5, -1, 5, 3, 8, -5.75}, out);
  }

  @Test
  void reductionsAndMultipleResults() {
    assertEquals(5.0, a.sum().item(), 1e-6);
    assertClose(new double[] {3.132845163345337, 5.313273906707764},
                a.logsumexp(new long[] {1}));
    assertEquals(4.167333126068115, a.std().item(), 1e-5);
    assertClose(new double[] {4.5, 24.5, 40.5}, a.var(new long[] {0}, 1, false));
    Tensor[] max = a.max(1);
    assertEquals(2, max.length);
    assertClose(new double[] {3, 5}, max[0]);
    assertArrayEquals(new long[] {2, 1}, max[1].toLongArray());
    Tensor[] top = Tensor.of(new float[] {3, 1, 4, 1, 5, 9, 2, 6}).topk(3);
    assertClose(new double[] {9, 6, 5}, top[0]);
    assertArrayEquals(new long[] {5, 7, 4}, top[1].toLongArray());
    assertClose(new double[] {1.0, -1.0, 2.0, 4.0, 9.0, 3.0}, a.cumsum(1));
    assertEquals(9.539392471313477, a.linalgNorm().item(), 1e-5);
  }

  @Test
  void listsInAndOut() {
    Tensor c = Tensor.cat(new Tensor[] {a, b}, 0);
    assertArrayEquals(new long[] {4, 3}, c.shape());
    assertArrayEquals(new long[] {2, 2, 3}, Tensor.stack(new Tensor[] {a, b}).shape());
    Tensor[] parts = c.split(1, 0);
    assertEquals(4, parts.length);
    assertClose(new double[] {4, 5, -6}, parts[1]);
    Tensor[] sized = c.split(new long[] {1, 3}, 0);
    assertArrayEquals(new long[] {3, 3}, sized[1].shape());
  }

  @Test
  void linalgNnAndLosses() {
    assertClose(new double[] {4.5, -6.25, -5.0, 9.5}, a.matmul(b.transpose(0, 1)));
    assertClose(new double[] {0.11849965155124664, 0.0058997501619160175, 0.8756005764007568,
                              0.2689381539821625, 0.731049656867981, 1.2209772648930084e-05},
                a.softmax(1));
    assertEquals(0.7230595946311951, a.crossEntropy(Tensor.of(new long[] {2, 0})).item(), 1e-5);
    Tensor x = Tensor.arange(0.0, 16.0, 1.0, DType.FLOAT32).reshape(1, 1, 4, 4);
    Tensor w = Tensor.of(new float[] {1, 0, 0, -1}, 1, 1, 2, 2);
    Tensor y = x.conv2d(w);
    assertArrayEquals(new long[] {1, 1, 3, 3}, y.shape());
    assertClose(new double[] {-5, -5, -5, -5, -5, -5, -5, -5, -5}, y);
  }

  /** Every op the C API's schema lists (plain and in-place forms) has a Java method. */
  @Test
  void everySchemaOpHasAJavaMethod() {
    Set<String> methods = new HashSet<>();
    for (Method m : TensorOps.class.getDeclaredMethods()) {
      methods.add(m.getName());
    }
    List<String> missing = new ArrayList<>();
    long n = IgnisRaw.ignis_op_count();
    assertTrue(n > 200, "op count " + n);
    for (long i = 0; i < n; ++i) {
      String name = IgnisRaw.ignis_op_name(i); // "add.Tensor", "add_.Tensor"
      String[] p = name.split("\\.", 2);
      boolean inplace = p[0].endsWith("_");
      String base = camel(inplace ? p[0].substring(0, p[0].length() - 1) : p[0]);
      String alt = p.length > 1 ? base + camel("_" + snake(p[1])) : base;
      String suffix = inplace ? "_" : "";
      if (!methods.contains(base + suffix) && !methods.contains(alt + suffix)) {
        missing.add(name);
      }
    }
    assertTrue(missing.isEmpty(), "ops without a Java method: " + missing);
  }

  private static String snake(String s) {
    return s.replaceAll("(?<=[a-z0-9])([A-Z])", "_$1").toLowerCase();
  }

  private static String camel(String s) {
    StringBuilder sb = new StringBuilder();
    boolean up = false;
    for (char c : s.toCharArray()) {
      if (c == '_') {
        up = sb.length() > 0 || up;
        if (sb.length() == 0) {
          up = true;
        }
      } else {
        sb.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return sb.toString();
  }
}
