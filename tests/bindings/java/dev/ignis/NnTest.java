package dev.ignis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ignis.nn.Module;
import dev.ignis.optim.Optimizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class NnTest {
  private static Module mlp() {
    return Module.sequential(
        Module.create("Linear", Map.of("in_features", 2, "out_features", 16)),
        Module.create("Tanh"),
        Module.create("Linear", Map.of("in_features", 16, "out_features", 1)));
  }

  @Test
  void moduleBasics() {
    Ignis.manualSeed(0);
    try (Module m = mlp(); Scope s = Scope.open()) {
      assertEquals("Sequential", m.type());
      assertEquals(List.of("0.weight", "0.bias", "2.weight", "2.bias"),
                   new ArrayList<>(m.namedParameters().keySet()));
      assertArrayEquals(new long[] {16, 2}, m.namedParameters().get("0.weight").shape());
      assertEquals(3, m.children().size());
      assertTrue(m.isTraining());
      assertFalse(m.eval().isTraining());
      assertArrayEquals(new long[] {5, 1}, m.forward(Tensor.zeros(5, 2)).shape());
      assertTrue(m.toString().startsWith("Sequential("), m.toString());
      assertTrue(Module.types().contains("Conv2d"));
    }
  }

  @Test
  void sgdTrainingLowersTheLoss() {
    Ignis.manualSeed(1);
    try (Module m = mlp(); Module lossFn = Module.create("MSELoss"); Scope s = Scope.open()) {
      // y = x0 - 2 x1 on fixed random inputs.
      Tensor x = Tensor.randn(7, DType.FLOAT32, 64, 2);
      Tensor y = x.matmul(Tensor.of(new float[] {1, -2}, 2, 1));
      Optimizer opt = Optimizer.create("Adam", m.parameters(), Map.of("lr", 0.05));
      double first = 0;
      double last = 0;
      for (int step = 0; step < 200; ++step) {
        try (Scope it = Scope.open()) {
          opt.zeroGrad();
          Tensor loss = lossFn.forward(m.forward(x), y)[0];
          loss.backward();
          opt.step();
          last = loss.item();
          if (step == 0) {
            first = last;
          }
        }
      }
      assertTrue(first > 1.0, "initial loss " + first);
      assertTrue(last < 0.05, "loss after 200 Adam steps: " + last + " (from " + first + ")");
      assertEquals(0.05, opt.lr(), 1e-12);
      opt.close();
    }
  }

  @Test
  void checkpointRoundTrip() throws Exception {
    Path dir = Files.createTempDirectory("ignis-java");
    String path = dir.resolve("mlp.safetensors").toString();
    Ignis.manualSeed(2);
    try (Module a = mlp(); Module b = mlp(); Scope s = Scope.open()) {
      Tensor x = Tensor.randn(3, DType.FLOAT32, 4, 2);
      a.save(path);
      assertFalse(java.util.Arrays.equals(a.forward(x).toFloatArray(),
                                          b.forward(x).toFloatArray()));
      Module.LoadReport r = b.load(path);
      assertTrue(r.missingKeys().isEmpty() && r.unexpectedKeys().isEmpty());
      assertArrayEquals(a.forward(x).toFloatArray(), b.forward(x).toFloatArray());
    } finally {
      Files.deleteIfExists(Path.of(path));
      Files.deleteIfExists(dir);
    }
  }

  /** A model in eval mode serves many threads at once with identical results. */
  @Test
  void concurrentInference() throws Exception {
    Ignis.manualSeed(3);
    try (Module m = mlp().eval(); Tensor x = Tensor.randn(5, DType.FLOAT32, 32, 2)) {
      float[] expected;
      try (Tensor y = m.infer(x)) {
        expected = y.toFloatArray();
      }
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<Integer>> results = new ArrayList<>();
        long deadline = System.nanoTime() + 1_000_000_000L;
        for (int t = 0; t < 8; ++t) {
          results.add(pool.submit(() -> {
            int runs = 0;
            while (System.nanoTime() < deadline) {
              try (Scope s = Scope.open()) {
                assertArrayEquals(expected, m.infer(x).toFloatArray());
              }
              ++runs;
            }
            return runs;
          }));
        }
        for (Future<Integer> f : results) {
          assertTrue(f.get() > 0);
        }
      } finally {
        pool.shutdown();
      }
    }
  }
}
