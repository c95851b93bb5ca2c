package dev.ignis;

import static dev.ignis.TestUtil.assertClose;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AutogradTest {
  @Test
  void backwardFillsLeafGradients() {
    try (Scope s = Scope.open()) {
      Tensor x = Tensor.of(new float[] {1, -2, 3}).setRequiresGrad(true);
      assertTrue(x.requiresGrad());
      assertTrue(x.isLeaf());
      assertNull(x.grad());
      Tensor y = x.mul(x).sum(); // d/dx sum(x^2) = 2x
      assertFalse(y.isLeaf());
      y.backward();
      assertClose(new double[] {2, -4, 6}, x.grad());
      x.mul(3).sum().backward(); // accumulates: 2x + 3
      assertClose(new double[] {5, -1, 9}, x.grad());
      x.setGrad(null);
      assertNull(x.grad());
    }
  }

  @Test
  void noGradStopsRecordingOnThisThreadOnly() throws Exception {
    try (Scope s = Scope.open()) {
      Tensor x = Tensor.ones(2).setRequiresGrad(true);
      try (Autograd.Guard g = Autograd.noGrad()) {
        assertFalse(Autograd.isGradEnabled());
        assertFalse(x.mul(2).requiresGrad());
        boolean[] other = new boolean[1];
        Thread t = new Thread(() -> other[0] = Autograd.isGradEnabled());
        t.start();
        t.join();
        assertTrue(other[0], "grad mode is per thread");
      }
      assertTrue(Autograd.isGradEnabled());
      assertTrue(x.mul(2).requiresGrad());
    }
  }

  @Test
  void functionalGradLeavesDotGradAlone() {
    try (Scope s = Scope.open()) {
      Tensor x = Tensor.of(new float[] {0.5f, 2}).setRequiresGrad(true);
      Tensor y = x.exp().sum();
      Tensor[] g = Autograd.grad(new Tensor[] {y}, new Tensor[] {x}, false, false, false);
      assertClose(new double[] {Math.exp(0.5), Math.exp(2)}, g[0]);
      assertNull(x.grad());
    }
  }
}
