package dev.ignis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ignis.data.DataLoader;
import dev.ignis.data.Dataset;
import dev.ignis.optim.Optimizer;
import dev.ignis.optim.Scheduler;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Java code the engine calls: LambdaLR's lambda, custom autograd functions, Java datasets. */
class CallbackTest {
  @Test
  void lambdaLrCallsTheJavaLambda() {
    try (Scope s = Scope.open();
         Optimizer opt = Optimizer.create("SGD", List.of(Tensor.zeros(2).setRequiresGrad(true)),
                                          Map.of("lr", 0.1))) {
      AtomicInteger calls = new AtomicInteger();
      try (Scheduler sched = Scheduler.lambda(opt, epoch -> {
             calls.incrementAndGet();
             return 1.0 / (1 + epoch);
           })) {
        assertEquals(1, calls.get(), "creation sets epoch 0's lr");
        assertEquals(0.1, opt.lr(), 1e-15);
        for (int epoch = 1; epoch <= 4; ++epoch) {
          sched.step();
          assertEquals(0.1 / (1 + epoch), opt.lr(), 1e-15);
          assertEquals(0.1 / (1 + epoch), sched.lastLr(), 1e-15);
        }
        assertEquals(5, calls.get());
      }
    }
  }

  @Test
  void lambdaLrExceptionsBecomeEngineErrors() {
    try (Scope s = Scope.open();
         Optimizer opt = Optimizer.create("SGD", List.of(Tensor.zeros(2).setRequiresGrad(true)),
                                          Map.of("lr", 0.1))) {
      // Thrown during creation (epoch 0): creation fails with the Java exception's text.
      InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
          () -> Scheduler.lambda(opt, epoch -> {
            throw new IllegalStateException("no factor for epoch " + epoch);
          }));
      assertTrue(e.getMessage().contains(
                     "LambdaLR lambda threw java.lang.IllegalStateException: no factor for epoch 0"),
                 e.getMessage());
      // Thrown by a later step; an IgnisException keeps its status.
      try (Scheduler sched = Scheduler.lambda(opt, epoch -> {
             if (epoch == 2) {
               throw new ShapeException("bad epoch");
             }
             return 0.5;
           })) {
        sched.step();
        ShapeException se = assertThrows(ShapeException.class, sched::step);
        assertTrue(se.getMessage().contains("dev.ignis.ShapeException: bad epoch"),
                   se.getMessage());
        assertEquals(0.05, opt.lr(), 1e-15, "the failed step left the lr alone");
      }
      InvalidArgumentException nul = assertThrows(InvalidArgumentException.class,
          () -> Scheduler.lambda(opt, (Scheduler.LrLambda) null));
      assertTrue(nul.getMessage().contains("null"), nul.getMessage());
    }
  }

  /** y = x^3 with a hand-written backward 3 x^2 g (torch: d/dx sum(x^3) = 3 x^2). */
  static final class Cube extends Function {
    @Override
    protected Tensor[] forward(Context ctx, Tensor... in) {
      ctx.saveForBackward(in[0]);
      return new Tensor[] {in[0].pow(3)};
    }

    @Override
    protected Tensor[] backward(Context ctx, Tensor... grad) {
      Tensor x = ctx.savedTensors()[0];
      return new Tensor[] {grad[0].mul(x.pow(2).mul(3))};
    }
  }

  @Test
  void customFunctionBackwardRunsInJava() {
    try (Scope s = Scope.open()) {
      Tensor x = Tensor.of(new float[] {1, -2, 0.5f}).setRequiresGrad(true);
      Tensor y = new Cube().apply(x)[0];
      assertEquals("Cube", y.gradFnName());
      TestUtil.assertClose(new double[] {1, -8, 0.125}, y);
      y.mul(Tensor.of(new float[] {1, 2, 3})).sum().backward();
      TestUtil.assertClose(new double[] {3, 24, 2.25}, x.grad());
    }
  }

  /** Two inputs (one without a gradient), two outputs, a non-tensor value in the context. */
  @Test
  void customFunctionWithSeveralInputsAndOutputs() {
    Function scaleAndShift = new Function("ScaleShift") {
      @Override
      protected Tensor[] forward(Context ctx, Tensor... in) {
        ctx.put("k", 2.0);
        return new Tensor[] {in[0].mul(2.0), in[0].add(in[1])};
      }

      @Override
      protected Tensor[] backward(Context ctx, Tensor... g) {
        double k = (Double) ctx.get("k");
        return new Tensor[] {g[0].mul(k).add(g[1]), null};
      }
    };
    try (Scope s = Scope.open()) {
      Tensor a = Tensor.of(new float[] {1, 2}).setRequiresGrad(true);
      Tensor b = Tensor.of(new float[] {10, 20});
      Tensor[] out = scaleAndShift.apply(a, b);
      TestUtil.assertClose(new double[] {2, 4}, out[0]);
      TestUtil.assertClose(new double[] {11, 22}, out[1]);
      out[0].sum().add(out[1].mul(3).sum()).backward();
      TestUtil.assertClose(new double[] {5, 5}, a.grad()); // 2 * 1 + 3
      assertNull(b.grad());
    }
  }

  @Test
  void customFunctionErrorsReachBackwardsCaller() {
    Function throwing = new Function("Throwing") {
      @Override
      protected Tensor[] forward(Context ctx, Tensor... in) {
        return new Tensor[] {in[0].mul(1.0)};
      }

      @Override
      protected Tensor[] backward(Context ctx, Tensor... g) {
        throw new UnsupportedOperationException("no backward today");
      }
    };
    Function miscounted = new Function("Miscounted") {
      @Override
      protected Tensor[] forward(Context ctx, Tensor... in) {
        return new Tensor[] {in[0].mul(1.0)};
      }

      @Override
      protected Tensor[] backward(Context ctx, Tensor... g) {
        return new Tensor[] {g[0], g[0]};
      }
    };
    Function wrongShape = new Function("WrongShape") {
      @Override
      protected Tensor[] forward(Context ctx, Tensor... in) {
        return new Tensor[] {in[0].mul(1.0)};
      }

      @Override
      protected Tensor[] backward(Context ctx, Tensor... g) {
        return new Tensor[] {Tensor.ones(2)}; // a (2,) gradient for a (3,) input
      }
    };
    try (Scope s = Scope.open()) {
      Tensor x = Tensor.ones(3).setRequiresGrad(true);
      InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
          () -> throwing.apply(x)[0].sum().backward());
      assertTrue(e.getMessage().contains(
                     "threw java.lang.UnsupportedOperationException: no backward today"),
                 e.getMessage());
      InvalidArgumentException m = assertThrows(InvalidArgumentException.class,
          () -> miscounted.apply(x)[0].sum().backward());
      assertTrue(m.getMessage().contains("Miscounted.backward: expected 1 gradients"),
                 m.getMessage());
      ShapeException w = assertThrows(ShapeException.class,
          () -> wrongShape.apply(x)[0].sum().backward());
      assertTrue(w.getMessage().contains(
                     "WrongShape.backward: gradient 0 has shape [2], expected [3]"),
                 w.getMessage());
      assertNull(x.grad(), "no gradient reached x");
      // Still usable afterwards.
      new Cube().apply(x)[0].sum().backward();
      TestUtil.assertClose(new double[] {3, 3, 3}, x.grad());
    }
  }

  /** get runs on the loader's worker threads (native threads the trampoline attaches). */
  @Test
  void javaDatasetServesLoaderWorkerThreads() {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    try (Scope s = Scope.open();
         Dataset ds = Dataset.fromJava(100, i -> {
           threads.add(Thread.currentThread());
           if (i == 157) {
             throw new IllegalArgumentException("no example " + i);
           }
           return new Tensor[] {Tensor.full(i % 100, DType.FLOAT32, 3), Tensor.scalar(i)};
         });
         DataLoader dl = new DataLoader(ds, Map.of("batch_size", 10, "num_workers", 2))) {
      assertEquals(100, ds.size());
      assertEquals(7L, ds.get(7)[1].itemLong()); // on this thread (no loader)
      for (int epoch = 0; epoch < 3; ++epoch) { // the workers stay attached between epochs
        long labels = 0;
        int batches = 0;
        for (Tensor[] b : dl) {
          assertArrayEquals(new long[] {10, 3}, b[0].shape());
          labels += b[1].sum().itemLong();
          assertEquals(b[1].sum().itemLong() * 3, (long) b[0].sum().item());
          ++batches;
        }
        assertEquals(10, batches);
        assertEquals(4950, labels);
      }
      assertTrue(threads.stream().anyMatch(t -> t != Thread.currentThread()),
                 "get ran on the loader's worker threads: " + threads);
    }
    // An exception in get fails the batch with its text, on a worker thread.
    try (Scope s = Scope.open();
         Dataset bad = Dataset.fromJava(200, i -> {
           if (i == 157) {
             throw new IllegalArgumentException("no example " + i);
           }
           return new Tensor[] {Tensor.scalar(i)};
         });
         DataLoader dl = new DataLoader(bad, Map.of("batch_size", 10, "num_workers", 2))) {
      IgnisException e = assertThrows(IgnisException.class, () -> {
        for (Tensor[] b : dl) {
          b[0].close();
        }
      });
      assertTrue(e.getMessage().contains(
                     "dataset get threw java.lang.IllegalArgumentException: no example 157"),
                 e.getMessage());
      InvalidArgumentException n = assertThrows(InvalidArgumentException.class,
          () -> Dataset.fromJava(3, i -> new Tensor[0]).get(0));
      assertTrue(n.getMessage().contains("dataset get(0): expected 1 to 16 tensors, got 0"),
                 n.getMessage());
    }
  }

  /**
   * The engine drops its JNI global references when it drops the callbacks (their destroy): the
   * Java objects then become unreachable. Leaked references would keep them alive forever.
   */
  @Test
  void droppedCallbacksReleaseTheirJavaObjects() throws Exception {
    List<WeakReference<Object>> refs = new ArrayList<>();
    try (Scope s = Scope.open()) {
      Tensor x = Tensor.ones(3).setRequiresGrad(true);
      Cube cube = new Cube();
      refs.add(new WeakReference<>(cube));
      try (Tensor y = cube.apply(x)[0]; Tensor sum = y.sum()) {
        sum.backward();
      } // the graph (and the function's node) goes with y and sum
      cube = null;
      try (Optimizer opt = Optimizer.create("SGD", List.of(x), Map.of("lr", 0.1))) {
        double factor = 1.0; // captured: a non-capturing lambda is a never-collected singleton
        Scheduler.LrLambda lambda = (epoch, group) -> factor;
        refs.add(new WeakReference<>(lambda));
        Scheduler.lambda(opt, lambda).close();
        lambda = null;
      }
      long offset = 10;
      LongFunction<Tensor[]> get = i -> new Tensor[] {Tensor.scalar(i + offset)};
      refs.add(new WeakReference<>(get));
      Dataset.fromJava(4, get).close();
      get = null;
      UnaryOperator<Tensor> hook = g -> g.mul(factorOf(refs));
      refs.add(new WeakReference<>(hook));
      try (Tensor w = Tensor.ones(2).setRequiresGrad(true)) {
        w.registerHook(hook);
      } // the hook goes with its tensor
      hook = null;
    }
    for (int i = 0; i < 100 && refs.stream().anyMatch(r -> r.get() != null); ++i) {
      System.gc();
      Thread.sleep(20);
    }
    for (int i = 0; i < refs.size(); ++i) {
      assertNull(refs.get(i).get(), "callback object " + i + " is still reachable");
    }
  }

  private static double factorOf(List<?> list) {
    return list.size();
  }

  @Test
  void gradientHooksSeeAndReplaceGradients() {
    try (Scope s = Scope.open()) {
      Tensor x = Tensor.of(new float[] {1, 2}).setRequiresGrad(true);
      List<float[]> seen = new ArrayList<>();
      x.registerHook(g -> {
        seen.add(g.toFloatArray());
        return null; // keep it
      });
      x.registerHook(g -> g.mul(2)); // then double it
      x.mul(3).sum().backward();
      assertEquals(1, seen.size());
      TestUtil.assertClose(new double[] {3, 3}, seen.get(0), 0);
      TestUtil.assertClose(new double[] {6, 6}, x.grad());

      Tensor y = Tensor.ones(2).setRequiresGrad(true);
      y.registerHook(g -> {
        throw new IllegalStateException("hook says no");
      });
      InvalidArgumentException e =
          assertThrows(InvalidArgumentException.class, () -> y.mul(2).sum().backward());
      assertTrue(e.getMessage().contains(
                     "gradient hook threw java.lang.IllegalStateException: hook says no"),
                 e.getMessage());
      Tensor z = Tensor.ones(2).setRequiresGrad(true);
      z.registerHook(g -> Tensor.ones(3));
      ShapeException se = assertThrows(ShapeException.class, () -> z.sum().backward());
      assertTrue(se.getMessage().contains("returned shape [3], expected the gradient's [2]"),
                 se.getMessage());
      InvalidArgumentException nr = assertThrows(InvalidArgumentException.class,
          () -> Tensor.ones(2).registerHook(g -> g));
      assertTrue(!nr.getMessage().isEmpty());
    }
  }
}
