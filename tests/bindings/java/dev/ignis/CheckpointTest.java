package dev.ignis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ignis.nn.Module;
import dev.ignis.optim.Optimizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checkpoint: training resumes from a saved module + Adam state exactly as if it had never
 * stopped; Python's plain state dict loads as a checkpoint; the errors name what is wrong.
 */
class CheckpointTest {
  private Path dir;

  @BeforeEach
  void makeDir() throws Exception {
    dir = Files.createTempDirectory("ignis-java-ckpt");
  }

  @AfterEach
  void removeDir() throws Exception {
    try (var files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Files.delete(p);
      }
    }
    Files.delete(dir);
  }

  private static Module mlp(int hidden) {
    return Module.sequential(
        Module.create("Linear", Map.of("in_features", 2, "out_features", hidden)),
        Module.create("Tanh"),
        Module.create("Linear", Map.of("in_features", hidden, "out_features", 1)));
  }

  /** One Adam step on (x, y); the loss before the step. */
  private static double step(Module m, Optimizer opt, Module lossFn, Tensor x, Tensor y) {
    try (Scope it = Scope.open()) {
      opt.zeroGrad();
      Tensor loss = lossFn.forward(m.forward(x), y)[0];
      loss.backward();
      opt.step();
      return loss.item();
    }
  }

  private static List<float[]> weights(Module m) {
    List<float[]> w = new ArrayList<>();
    for (Tensor t : m.parameters()) {
      w.add(t.toFloatArray());
    }
    return w;
  }

  private static void assertSameWeights(List<float[]> a, List<float[]> b) {
    assertEquals(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i) {
      assertArrayEquals(a.get(i), b.get(i), "parameter " + i);
    }
  }

  @Test
  void trainingResumesExactly() {
    Path path = dir.resolve("run.ckpt.safetensors");
    try (Module a = mlp(8); Module b = mlp(8); Module lossFn = Module.create("MSELoss");
         Scope s = Scope.open()) {
      Tensor x = Tensor.randn(11, DType.FLOAT32, 16, 2);
      Tensor y = x.matmul(Tensor.of(new float[] {1, -2}, 2, 1));
      Optimizer optA = Optimizer.create("Adam", a.parameters(), Map.of("lr", 0.05));
      for (int i = 0; i < 3; ++i) {
        step(a, optA, lossFn, x, y);
      }
      Checkpoint.save(path, a, optA, Map.of("epoch", "3"));

      Optimizer optB = Optimizer.create("Adam", b.parameters(), Map.of("lr", 0.5));
      Checkpoint.LoadResult r = Checkpoint.load(path, b, optB, true);
      assertTrue(r.missingKeys().isEmpty() && r.unexpectedKeys().isEmpty(), r.toString());
      assertTrue(r.optimizerLoaded());
      assertEquals(Map.of("epoch", "3", "format", "pt"), r.metadata());
      assertEquals(0.05, optB.lr(), 1e-12, "the learning rate comes from the checkpoint");
      assertSameWeights(weights(a), weights(b));

      // The next steps: the same losses and weights, bit for bit (Adam's moments and step
      // count were restored, not restarted).
      for (int i = 0; i < 3; ++i) {
        assertEquals(step(a, optA, lossFn, x, y), step(b, optB, lossFn, x, y), 0.0, "step " + i);
      }
      assertSameWeights(weights(a), weights(b));

      // A fresh Adam that did not load the state diverges at once: the check can fail.
      try (Module c = mlp(8)) {
        Checkpoint.load(path, c);
        Optimizer optC = Optimizer.create("Adam", c.parameters(), Map.of("lr", 0.05));
        Optimizer optD = Optimizer.create("Adam", b.parameters(), Map.of("lr", 0.05));
        Checkpoint.load(path.toString(), b, optD);
        step(b, optD, lossFn, x, y);
        step(c, optC, lossFn, x, y);
        assertFalse(java.util.Arrays.equals(weights(b).get(0), weights(c).get(0)));
        optC.close();
        optD.close();
      }
      optA.close();
      optB.close();
    }
  }

  @Test
  void pythonStateDictLoadsAsCheckpoint() {
    try (Module model = InteropTest.cnn(); Scope s = Scope.open()) {
      Safetensors.Contents io = Safetensors.read(InteropTest.IO.toString());
      Optimizer opt = Optimizer.create("Adam", model.parameters(), Map.of("lr", 1e-3));
      List<float[]> before = weights(model);

      // Strict with an optimizer: the file has no optimizer state; nothing changes.
      InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
          () -> Checkpoint.load(InteropTest.CHECKPOINT, model, opt, true));
      assertTrue(e.getMessage().contains("no optimizer state"), e.getMessage());
      assertSameWeights(before, weights(model));

      // Without an optimizer (not strict): the module loads, nothing missing or unexpected.
      Checkpoint.LoadResult r = Checkpoint.load(InteropTest.CHECKPOINT, model, null, false);
      assertTrue(r.missingKeys().isEmpty() && r.unexpectedKeys().isEmpty(), r.toString());
      assertFalse(r.optimizerLoaded());
      assertEquals(Map.of("format", "pt"), r.metadata());
      model.eval();
      float[] expected = io.tensors().get("logits").toFloatArray();
      float[] logits = model.infer(io.tensors().get("input")).toFloatArray();
      assertEquals(expected.length, logits.length);
      for (int i = 0; i < logits.length; ++i) {
        assertEquals(expected[i], logits[i], 1e-5, "logit " + i);
      }

      // Saved back without an optimizer: Python's tensors under Python's keys, byte for byte,
      // with "format": "pt" (the file differs from Python's only by the format's own
      // "ignis.checkpoint" entry; Module.save writes the plain, byte-identical state dict).
      Path back = dir.resolve("java_cnn.safetensors");
      Checkpoint.save(back, model);
      Safetensors.Contents python = Safetensors.read(InteropTest.CHECKPOINT.toString());
      Safetensors.Contents java = Safetensors.read(back.toString());
      assertEquals(python.tensors().keySet(), java.tensors().keySet());
      for (String k : python.tensors().keySet()) {
        Tensor a = python.tensors().get(k);
        Tensor b = java.tensors().get(k);
        assertEquals(a.dtype(), b.dtype(), k);
        assertArrayEquals(a.shape(), b.shape(), k);
        if (a.dtype() == DType.INT64) {
          assertArrayEquals(a.toLongArray(), b.toLongArray(), k);
        } else {
          assertArrayEquals(a.toFloatArray(), b.toFloatArray(), k);
        }
      }
      assertEquals(Map.of("format", "pt", "ignis.checkpoint", "1"), java.metadata());

      // Not strict with an optimizer: the module loads, the optimizer is left as it was.
      try (Module again = InteropTest.cnn()) {
        Optimizer opt2 = Optimizer.create("Adam", again.parameters(), Map.of("lr", 1e-3));
        assertFalse(Checkpoint.load(back, again, opt2, false).optimizerLoaded());
        assertSameWeights(weights(model), weights(again));
        opt2.close();
      }
      opt.close();
    }
  }

  @Test
  void errorsNameWhatIsWrong() {
    try (Module m = mlp(8); Module wide = mlp(4); Scope s = Scope.open()) {
      Path missing = dir.resolve("no_such.safetensors");
      IgnisIOException io =
          assertThrows(IgnisIOException.class, () -> Checkpoint.load(missing, m));
      assertTrue(io.getMessage().contains("no_such.safetensors"), io.getMessage());

      Path path = dir.resolve("m.safetensors");
      InvalidArgumentException reserved = assertThrows(InvalidArgumentException.class,
          () -> Checkpoint.save(path, m, null, Map.of("ignis.checkpoint", "2")));
      assertTrue(reserved.getMessage().contains("ignis.checkpoint")
                 && reserved.getMessage().contains("reserved"), reserved.getMessage());
      assertFalse(Files.exists(path));

      // Another shape: ShapeException naming the key; the module is unchanged.
      Checkpoint.save(path, m);
      List<float[]> before = weights(wide);
      ShapeException shape = assertThrows(ShapeException.class, () -> Checkpoint.load(path, wide));
      assertTrue(shape.getMessage().contains("0.weight"), shape.getMessage());
      assertSameWeights(before, weights(wide));

      assertThrows(InvalidArgumentException.class, () -> Checkpoint.save(path, null));
      assertThrows(InvalidArgumentException.class, () -> Checkpoint.load((Path) null, m));
      Map<String, String> nullValue = new java.util.HashMap<>();
      nullValue.put("epoch", null);
      assertThrows(InvalidArgumentException.class,
                   () -> Checkpoint.save(path, m, null, nullValue));
    }
  }
}
