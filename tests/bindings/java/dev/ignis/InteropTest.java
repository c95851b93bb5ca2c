package dev.ignis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ignis.nn.InferenceSession;
import dev.ignis.nn.Module;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The cross-language checkpoint written by the Python binding (tests/fixtures/interop): the
 * Fashion-MNIST CNN built in Java loads it, gives Python's logits, saves the very same bytes,
 * and serves many threads at once.
 */
class InteropTest {
  static final Path FIXTURES = Path.of(System.getProperty("ignis.test.fixtures"));
  static final Path CHECKPOINT = FIXTURES.resolve("python_cnn.safetensors");
  static final Path IO = FIXTURES.resolve("python_cnn_io.safetensors");

  /** make_cnn() of examples/python/fashion_mnist.py (and examples/java/FashionMnist.java). */
  static Module cnn() {
    return Module.sequential(
        Module.create("Conv2d", Map.of("in_channels", 1, "out_channels", 32, "kernel_size", 3,
                                       "padding", 1)),
        Module.create("BatchNorm2d", Map.of("num_features", 32)),
        Module.create("ReLU"),
        Module.create("MaxPool2d", Map.of("kernel_size", 2)),
        Module.create("Conv2d", Map.of("in_channels", 32, "out_channels", 64, "kernel_size", 3,
                                       "padding", 1)),
        Module.create("BatchNorm2d", Map.of("num_features", 64)),
        Module.create("ReLU"),
        Module.create("MaxPool2d", Map.of("kernel_size", 2)),
        Module.create("Flatten"),
        Module.create("Dropout", Map.of("p", 0.25)),
        Module.create("Linear", Map.of("in_features", 64 * 7 * 7, "out_features", 10)));
  }

  @Test
  void pythonCheckpointRoundTrip() throws Exception {
    Path dir = Files.createTempDirectory("ignis-java-interop");
    Path saved = dir.resolve("java_cnn.safetensors");
    try (Module model = cnn(); Module again = cnn(); Scope s = Scope.open()) {
      Safetensors.Contents io = Safetensors.read(IO.toString());
      assertEquals(Map.of("format", "pt"), io.metadata());
      Tensor input = io.tensors().get("input");
      float[] expected = io.tensors().get("logits").toFloatArray();
      assertArrayEquals(new long[] {4, 1, 28, 28}, input.shape());

      Module.LoadReport r = model.load(CHECKPOINT.toString());
      assertTrue(r.missingKeys().isEmpty() && r.unexpectedKeys().isEmpty(), r.toString());
      model.eval();
      float[] logits;
      try (Autograd.Guard g = Autograd.noGrad()) {
        logits = model.forward(input).toFloatArray();
      }
      assertEquals(expected.length, logits.length);
      for (int i = 0; i < logits.length; ++i) {
        assertEquals(expected[i], logits[i], 1e-5, "logit " + i);
      }

      // Saved back from Java: byte for byte what Python wrote (keys, tensors, {"format":"pt"}).
      model.save(saved.toString());
      assertArrayEquals(Files.readAllBytes(CHECKPOINT), Files.readAllBytes(saved));
      // ... and so is a dict of tensors written with Safetensors' default metadata.
      Path ioCopy = dir.resolve("io.safetensors");
      Safetensors.save(ioCopy.toString(), io.tensors());
      assertArrayEquals(Files.readAllBytes(IO), Files.readAllBytes(ioCopy));
      Files.delete(ioCopy);

      // The Java-written file loads back (strict) into a fresh model with the same logits.
      again.load(saved.toString());
      again.eval();
      assertArrayEquals(logits, again.infer(input).toFloatArray());
    } finally {
      Files.deleteIfExists(saved);
      Files.deleteIfExists(dir);
    }
  }

  /** The same through InferenceSession: threads share one session, results identical. */
  @Test
  void inferenceSessionServesThreads() throws Exception {
    try (InferenceSession session = InferenceSession.load(cnn(), CHECKPOINT.toString());
         Scope s = Scope.open()) {
      assertTrue(!session.module().isTraining());
      Safetensors.Contents io = Safetensors.read(IO.toString());
      Tensor input = io.tensors().get("input");
      float[] expected = io.tensors().get("logits").toFloatArray();
      Thread[] threads = new Thread[4];
      Throwable[] failures = new Throwable[threads.length];
      for (int t = 0; t < threads.length; ++t) {
        final int k = t;
        threads[t] = new Thread(() -> {
          try {
            for (int i = 0; i < 20; ++i) {
              try (Tensor y = session.run(input)) {
                assertTrue(!y.requiresGrad(), "no graph recorded");
                float[] got = y.toFloatArray();
                for (int j = 0; j < got.length; ++j) {
                  assertEquals(expected[j], got[j], 1e-5, "logit " + j);
                }
              }
            }
          } catch (Throwable e) {
            failures[k] = e;
          }
        });
        threads[t].start();
      }
      for (int t = 0; t < threads.length; ++t) {
        threads[t].join();
        if (failures[t] != null) {
          throw new AssertionError("thread " + t, failures[t]);
        }
      }
    }
  }

  /** 8 threads share one model in eval() + noGrad for 2 s; every result is the same. */
  @Test
  void eightThreadsShareOneModelForTwoSeconds() throws Exception {
    try (Module model = cnn(); Scope s = Scope.open()) {
      model.load(CHECKPOINT.toString());
      model.eval();
      Tensor input = Safetensors.load(IO.toString()).get("input");
      float[] expected;
      try (Autograd.Guard g = Autograd.noGrad()) {
        expected = model.forward(input).toFloatArray();
      }
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<Integer>> runs = new ArrayList<>();
        long deadline = System.nanoTime() + 2_000_000_000L;
        for (int t = 0; t < 8; ++t) {
          runs.add(pool.submit(() -> {
            int n = 0;
            // Grad mode is per thread: each worker turns it off for itself.
            try (Autograd.Guard g = Autograd.noGrad()) {
              do {
                try (Scope it = Scope.open()) {
                  assertArrayEquals(expected, model.forward(input).toFloatArray());
                }
                ++n;
              } while (System.nanoTime() < deadline);
            }
            return n;
          }));
        }
        int total = 0;
        for (Future<Integer> f : runs) {
          total += f.get(); // rethrows a worker's assertion failure
        }
        assertTrue(total >= 8, "runs: " + total);
      } finally {
        pool.shutdown();
      }
    }
  }
}
