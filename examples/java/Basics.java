// A first Java program on Ignis: tensors, a few gradient-descent steps by hand, then a small
// MLP trained with an engine optimizer. Run (after building ignis.jar):
//   java -cp build/default/bindings/java/ignis.jar examples/java/Basics.java
import dev.ignis.Autograd;
import dev.ignis.DType;
import dev.ignis.Ignis;
import dev.ignis.Scope;
import dev.ignis.Tensor;
import dev.ignis.nn.Module;
import dev.ignis.optim.Optimizer;
import java.util.Map;

public class Basics {
  public static void main(String[] args) {
    System.out.println("ignis " + Ignis.version());
    try (Scope scope = Scope.open()) { // closes every tensor made inside
      Tensor x = Tensor.of(new float[] {1, 2, 3, 4}, 2, 2);
      Tensor y = Tensor.of(new float[] {5, 11}, 2, 1); // x @ [1, 2]
      Tensor w = Tensor.zeros(2, 1).setRequiresGrad(true);
      for (int step = 0; step < 200; ++step) {
        try (Scope it = Scope.open()) {
          Tensor loss = x.matmul(w).sub(y).pow(2).mean();
          loss.backward();
          try (var g = Autograd.noGrad()) {
            w.sub_(w.grad().mul(0.05)); // in place, outside autograd
          }
          w.setGrad(null);
        }
      }
      System.out.println("w = " + w); // close to [[1.], [2.]]

      Ignis.manualSeed(0);
      Module model = Module.sequential(
          Module.create("Linear", Map.of("in_features", 2, "out_features", 16)),
          Module.create("ReLU"),
          Module.create("Linear", Map.of("in_features", 16, "out_features", 1)));
      Module mse = Module.create("MSELoss");
      Optimizer opt = Optimizer.create("Adam", model.parameters(), Map.of("lr", 0.02));
      Tensor inputs = Tensor.randn(1, DType.FLOAT32, 256, 2);
      Tensor targets = inputs.mul(inputs).sum(new long[] {1}, true); // x0^2 + x1^2
      for (int epoch = 0; epoch <= 300; ++epoch) {
        try (Scope it = Scope.open()) {
          opt.zeroGrad();
          Tensor loss = mse.forward(model.forward(inputs), targets)[0];
          loss.backward();
          opt.step();
          if (epoch % 100 == 0) {
            System.out.printf("epoch %d  loss %.4f%n", epoch, loss.item());
          }
        }
      }
      model.eval();
      System.out.println("f(1, 1) = " + model.infer(Tensor.of(new float[] {1, 1}, 1, 2)).item()
                         + " (exact: 2)");
      opt.close(); // modules and optimizers hold native memory too
      mse.close();
      model.close();
    }
  }
}
