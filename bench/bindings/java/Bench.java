// The Java side of the binding benchmarks (bench/bindings/run.sh, java.sh): the workloads of
// c_ref.c through the Java binding, printing `RESULT java <workload> <metric>=<value> ...`.
//   add_1elem      ns per 1-element float32 a.add(b), the result closed
//   add_inplace    ns per 1-element a.add_(b)
//   cnn_b<B>_t<T>  the Fashion-MNIST CNN loaded from CHECKPOINT in eval mode, grad mode off on
//                  each caller thread: T Java threads share the one model, each calls forward on
//                  a batch of B images for SECONDS; images/s over all threads, p50/p99 ms per call.
//                  Intra-op threads: 1 when T > 1, else 2 (as c_ref.c).
//   java -cp ignis.jar Bench.java CHECKPOINT [SECONDS=3]
// Nothing asserts a timing; the figures are for the notes.
import dev.ignis.Autograd;
import dev.ignis.DType;
import dev.ignis.Ignis;
import dev.ignis.Tensor;
import dev.ignis.nn.Module;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

public class Bench {
  static Module loadCnn(String path) {
    Module model = Module.sequential(
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
        Module.create("Linear", Map.of("in_features", 3136, "out_features", 10)));
    model.load(path);
    model.eval();
    return model;
  }

  static void benchAdd() {
    final int warmup = 1_000_000;
    final int calls = 5_000_000;
    try (Tensor a = Tensor.ones(1); Tensor b = Tensor.ones(1)) {
      for (int i = 0; i < warmup; ++i) {
        a.add(b).close();
      }
      long t0 = System.nanoTime();
      for (int i = 0; i < calls; ++i) {
        a.add(b).close();
      }
      System.out.printf("RESULT java add_1elem ns=%.1f%n", (System.nanoTime() - t0) / (double) calls);
      for (int i = 0; i < warmup; ++i) {
        a.add_(b);
      }
      t0 = System.nanoTime();
      for (int i = 0; i < calls; ++i) {
        a.add_(b);
      }
      System.out.printf("RESULT java add_inplace ns=%.1f%n",
                        (System.nanoTime() - t0) / (double) calls);
    }
  }

  /** One caller thread: forward on its own batch until the deadline; ms per call. */
  static double[] worker(Module model, long batch, double seconds, long seed) {
    double[] lat = new double[1 << 16];
    int n = 0;
    try (Autograd.Guard g = Autograd.noGrad(); // grad mode is per thread
         Tensor x = Tensor.randn(seed, DType.FLOAT32, batch, 1, 28, 28)) {
      for (int i = 0; i < 3; ++i) { // warm-up: JIT, primitive caches, allocator
        model.forward(x).close();
      }
      long start = System.nanoTime();
      long t0 = start;
      while ((t0 - start) * 1e-9 < seconds) {
        model.forward(x).close();
        long t1 = System.nanoTime();
        if (n == lat.length) {
          lat = Arrays.copyOf(lat, 2 * n);
        }
        lat[n++] = (t1 - t0) * 1e-6;
        t0 = t1;
      }
    }
    return Arrays.copyOf(lat, n);
  }

  static void benchCnn(Module model, long batch, int threads, double seconds) throws Exception {
    Ignis.setNumThreads(threads > 1 ? 1 : 2);
    List<double[]> results = new ArrayList<>();
    List<Thread> ts = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int i = 0; i < threads; ++i) {
      final long seed = i;
      Thread t = new Thread(() -> {
        double[] r = worker(model, batch, seconds, seed);
        synchronized (results) {
          results.add(r);
        }
      });
      t.start();
      ts.add(t);
    }
    for (Thread t : ts) {
      t.join();
    }
    double wall = (System.nanoTime() - t0) * 1e-9;
    double[] all = results.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
    if (results.size() != threads || all.length == 0) {
      throw new IllegalStateException("a worker thread failed");
    }
    System.out.printf("RESULT java cnn_b%d_t%d ips=%.1f p50_ms=%.3f p99_ms=%.3f%n", batch, threads,
                      all.length * batch / wall, all[all.length / 2],
                      all[(int) (all.length * 0.99)]);
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: Bench.java CHECKPOINT [SECONDS=3]");
      System.exit(2);
    }
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3.0;
    benchAdd();
    try (Module model = loadCnn(args[0])) {
      benchCnn(model, 1, 1, seconds);
      benchCnn(model, 64, 1, seconds);
      benchCnn(model, 1, 8, seconds);
      benchCnn(model, 64, 8, seconds);
    }
  }
}
