// Trains a module defined in Java (a subclass of dev.ignis.nn.Module) on XOR with Adam and a
// LambdaLR schedule written as a Java lambda, then prints its predictions. Exits 1 when the
// loss does not fall below 0.01 (ctest's java.junit runs this file). Run:
//   java -cp build/default/bindings/java/ignis.jar examples/java/TrainXor.java
import dev.ignis.Ignis;
import dev.ignis.Scope;
import dev.ignis.Tensor;
import dev.ignis.nn.Module;
import dev.ignis.optim.Optimizer;
import dev.ignis.optim.Scheduler;
import java.util.Map;

public class TrainXor {
  /** Two engine Linear layers and a Java forward: tanh hidden layer, logits out. */
  static final class Xor extends Module {
    final Module hidden =
        register("hidden", Module.create("Linear", Map.of("in_features", 2, "out_features", 8)));
    final Module out =
        register("out", Module.create("Linear", Map.of("in_features", 8, "out_features", 1)));

    @Override
    public Tensor forward(Tensor x) {
      return out.forward(hidden.forward(x).tanh());
    }
  }

  public static void main(String[] args) {
    Ignis.manualSeed(0);
    double loss = Double.NaN;
    try (Scope scope = Scope.open();
         Xor net = new Xor();
         Module bce = Module.create("BCEWithLogitsLoss");
         Optimizer opt = Optimizer.create("Adam", net.parameters(), Map.of("lr", 0.05));
         // lr = 0.05 * 0.995^epoch, the factor computed in Java on every step.
         Scheduler sched = Scheduler.lambda(opt, epoch -> Math.pow(0.995, epoch))) {
      Tensor x = Tensor.of(new float[] {0, 0, 0, 1, 1, 0, 1, 1}, 4, 2);
      Tensor y = Tensor.of(new float[] {0, 1, 1, 0}, 4, 1);
      for (int step = 1; step <= 500; ++step) {
        try (Scope it = Scope.open()) {
          opt.zeroGrad();
          Tensor l = bce.forward(net.forward(x), y)[0];
          l.backward();
          opt.step();
          sched.step();
          loss = l.item();
          if (step % 100 == 0) {
            System.out.printf("step %d: loss %.5f, lr %.5f%n", step, loss, opt.lr());
          }
        }
      }
      net.eval();
      System.out.println("predictions for 00, 01, 10, 11: " + net.infer(x).sigmoid());
    }
    if (!(loss < 0.01)) {
      System.err.println("TrainXor: loss " + loss + " did not fall below 0.01");
      System.exit(1);
    }
  }
}
