package dev.ignis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ignis.nn.Module;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Status codes arrive as the matching IgnisException subclass with the engine's message. */
class ExceptionTest {
  @Test
  void shapeMismatch() {
    try (Scope s = Scope.open()) {
      Tensor a = Tensor.zeros(2, 3);
      Tensor b = Tensor.zeros(4);
      ShapeException e = assertThrows(ShapeException.class, () -> a.add(b));
      assertEquals(2, e.status());
      assertTrue(e.getMessage().contains("[2, 3]") && e.getMessage().contains("[4]"),
                 e.getMessage());
      ShapeException m = assertThrows(ShapeException.class, () -> a.matmul(a));
      assertTrue(m.getMessage().contains("matmul"), m.getMessage());
    }
  }

  @Test
  void wrongDType() {
    try (Scope s = Scope.open()) {
      Tensor f = Tensor.zeros(2);
      DTypeException e = assertThrows(DTypeException.class, f::toIntArray);
      assertTrue(e.getMessage().contains("float32"), e.getMessage());
      // From the engine: a bitwise op on floats.
      DTypeException n = assertThrows(DTypeException.class, () -> f.bitwiseNot());
      assertEquals(3, n.status());
      assertTrue(!n.getMessage().isEmpty(), "engine message");
    }
  }

  @Test
  void badArguments() {
    try (Scope s = Scope.open()) {
      Tensor a = Tensor.zeros(2, 3);
      assertThrows(IgnisException.class, () -> a.softmax(5));
      InvalidArgumentException nul =
          assertThrows(InvalidArgumentException.class, () -> a.add((Tensor) null));
      assertEquals("other: expected a Tensor, got null", nul.getMessage());
      InvalidArgumentException item = assertThrows(InvalidArgumentException.class, a::item);
      assertTrue(item.getMessage().contains("6"), item.getMessage());
    }
  }

  @Test
  void nnErrors() {
    InvalidArgumentException t =
        assertThrows(InvalidArgumentException.class, () -> Module.create("Linearr"));
    assertTrue(t.getMessage().contains("Linearr") && t.getMessage().contains("Linear"),
               t.getMessage());
    InvalidArgumentException o = assertThrows(
        InvalidArgumentException.class,
        () -> Module.create("Linear", Map.of("in_features", 2, "out_feature", 3)));
    assertTrue(o.getMessage().contains("out_feature"), o.getMessage());
    try (Module m = Module.create("Linear", Map.of("in_features", 2, "out_features", 3))) {
      IgnisIOException io =
          assertThrows(IgnisIOException.class, () -> m.load("/nonexistent/ignis.safetensors"));
      assertEquals(6, io.status());
      assertTrue(io.getMessage().contains("/nonexistent/ignis.safetensors"), io.getMessage());
      try (Scope s = Scope.open()) {
        assertThrows(ShapeException.class, () -> m.forward(Tensor.zeros(4, 5)));
      }
    }
  }
}
