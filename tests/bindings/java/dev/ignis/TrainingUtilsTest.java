package dev.ignis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ignis.nn.Utils;
import dev.ignis.optim.Optimizer;
import dev.ignis.optim.Scheduler;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Gradient clipping (dev.ignis.nn.Utils) and SequentialLR, against torch 1.13's numbers. */
class TrainingUtilsTest {
  /** A leaf whose gradient is g (from sum(p * g)). */
  private static Tensor leafWithGrad(float[] g) {
    Tensor p = Tensor.of(new float[g.length], g.length).setRequiresGrad(true);
    try (Tensor w = Tensor.of(g, g.length);
        Tensor prod = p.mul(w);
        Tensor loss = prod.sum()) {
      loss.backward();
    }
    return p;
  }

  @Test
  void clipGradNormScalesToTheMaxNormAndReturnsTheNormBefore() {
    try (Tensor a = leafWithGrad(new float[] {3, 0});
        Tensor b = leafWithGrad(new float[] {0, 4})) {
      assertEquals(5.0, Utils.clipGradNorm(List.of(a, b), 1.0), 1e-6);
      assertArrayEquals(new float[] {0.6f, 0}, a.grad().toFloatArray(), 1e-6f);
      assertArrayEquals(new float[] {0, 0.8f}, b.grad().toFloatArray(), 1e-6f);
      // The infinity norm: the largest |g| (0.8 now); under max_norm nothing changes.
      assertEquals(0.8, Utils.clipGradNorm(List.of(a, b), 1.0, Double.POSITIVE_INFINITY, false),
          1e-6);
      assertArrayEquals(new float[] {0, 0.8f}, b.grad().toFloatArray(), 1e-6f);
    }
    try (Tensor n = leafWithGrad(new float[] {Float.NaN, 1})) {
      IgnisException e = assertThrows(IgnisException.class,
          () -> Utils.clipGradNorm(List.of(n), 1.0, 2.0, true));
      assertTrue(e.getMessage().contains("is nan, so they cannot be clipped"), e.getMessage());
    }
    assertThrows(InvalidArgumentException.class, () -> Utils.clipGradNorm(null, 1.0));
  }

  @Test
  void clipGradValueClamps() {
    try (Tensor a = leafWithGrad(new float[] {-3, 0.5f, 2})) {
      Utils.clipGradValue(List.of(a), 1.0);
      assertArrayEquals(new float[] {-1, 0.5f, 1}, a.grad().toFloatArray(), 0f);
    }
  }

  @Test
  void sequentialLrFollowsTorch() {
    try (Tensor p = Tensor.of(new float[] {0}, 1).setRequiresGrad(true);
        Optimizer opt = Optimizer.create("SGD", List.of(p), Map.of("lr", 1.0));
        Scheduler warm =
            Scheduler.create("LinearLR", opt, Map.of("start_factor", 0.5, "total_iters", 2));
        Scheduler decay = Scheduler.create("ExponentialLR", opt, Map.of("gamma", 0.5));
        Scheduler seq = Scheduler.sequential(opt, List.of(warm, decay), 2)) {
      // torch.optim.lr_scheduler.SequentialLR([LinearLR(0.5, 2), ExponentialLR(0.5)], [2]).
      double[] want = {0.5, 0.75, 1.0, 0.5, 0.25, 0.125};
      double[] got = new double[want.length];
      got[0] = opt.lr();
      for (int i = 1; i < want.length; ++i) {
        opt.step();
        seq.step();
        got[i] = opt.lr();
      }
      assertArrayEquals(want, got, 1e-12);
      assertThrows(IgnisException.class, () -> Scheduler.sequential(opt, List.of(warm, decay)));
    }
  }
}
