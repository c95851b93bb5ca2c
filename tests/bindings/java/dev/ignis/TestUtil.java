package dev.ignis;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Shared assertions of the Java binding's tests. */
final class TestUtil {
  private TestUtil() {}

  static void assertClose(double[] expected, float[] actual, double tol) {
    assertEquals(expected.length, actual.length, "length");
    for (int i = 0; i < expected.length; ++i) {
      assertEquals(expected[i], actual[i], tol + tol * Math.abs(expected[i]), "element " + i);
    }
  }

  static void assertClose(double[] expected, Tensor t) {
    assertClose(expected, t.toFloatArray(), 1e-5);
  }
}
