package dev.ignis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ignis.nn.Module;
import dev.ignis.optim.Optimizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A Module defined in Java: engine children, its own parameter, a Java forward. */
class CustomModuleTest {
  static final class Net extends Module {
    final Module fc1 = register("fc1", Module.create("Linear", Map.of("in_features", 2,
                                                                      "out_features", 16)));
    final Module fc2 = register("fc2", Module.create("Linear", Map.of("in_features", 16,
                                                                      "out_features", 1)));
    final Tensor scale = registerParameter("scale", Tensor.ones(1));

    @Override
    public Tensor forward(Tensor x) {
      return fc2.forward(fc1.forward(x).tanh()).mul(scale);
    }
  }

  @Test
  void trainsSavesAndLoads() throws Exception {
    Ignis.manualSeed(11);
    Path file = Files.createTempFile("ignis-net", ".safetensors");
    try (Net net = new Net(); Net copy = new Net(); Scope s = Scope.open()) {
      // As in PyTorch: the module's own parameters first, then its children's.
      assertEquals(List.of("scale", "fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias"),
                   List.copyOf(net.namedParameters().keySet()));
      // y = sin(x0) + x1 / 2 on fixed inputs.
      Tensor x = Tensor.randn(9, DType.FLOAT32, 128, 2);
      Tensor y = x.select(1, 0).sin().add(x.select(1, 1).mul(0.5)).unsqueeze(1);
      double first = 0;
      double last = 0;
      try (Optimizer opt = Optimizer.create("Adam", net.parameters(), Map.of("lr", 0.02))) {
        for (int step = 0; step < 300; ++step) {
          try (Scope it = Scope.open()) {
            opt.zeroGrad();
            Tensor loss = net.forward(x).sub(y).pow(2).mean();
            loss.backward();
            opt.step();
            last = loss.item();
            if (step == 0) {
              first = last;
            }
          }
        }
      }
      assertTrue(last < 0.01 && last < first / 10,
                 "loss " + first + " -> " + last + " after 300 Adam steps");
      assertTrue(net.scale.item() != 1.0, "the Java-registered parameter was trained");
      net.eval();
      net.save(file.toString());
      Module.LoadReport r = copy.load(file.toString());
      assertTrue(r.missingKeys().isEmpty() && r.unexpectedKeys().isEmpty());
      copy.eval();
      assertArrayEquals(net.infer(x).toFloatArray(), copy.infer(x).toFloatArray());
      assertTrue(net.toString().contains("fc1"), net.toString());
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
