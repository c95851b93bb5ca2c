// Classifies the Fashion-MNIST test set from Java with the CNN of examples/python/fashion_mnist.py
// (and the C, C++ and Rust examples), loading the checkpoint one of them saved: the same
// safetensors file gives the same accuracy in every language (DESIGN §11). Run (after building
// ignis.jar and running the Python example):
//   java -cp build/default/bindings/java/ignis.jar examples/java/FashionMnist.java \
//       build/default/fashion_mnist_cnn_py.safetensors [TEST_BATCHES]
// TEST_BATCHES (optional) evaluates only the first batches of 1000 test images. Data: Debian's
// dataset-fashion-mnist (/usr/share/datasets/fashion-mnist).
import dev.ignis.DType;
import dev.ignis.IgnisException;
import dev.ignis.Scope;
import dev.ignis.Tensor;
import dev.ignis.data.DataLoader;
import dev.ignis.data.Dataset;
import dev.ignis.nn.InferenceSession;
import dev.ignis.nn.Module;
import java.util.Map;

public class FashionMnist {
  // Training set statistics of the pixel values in [0, 1] (as every example uses).
  static final double MEAN = 0.2860;
  static final double STD = 0.3530;

  /** The CNN, layer for layer as make_cnn() in the Python example: same state-dict keys. */
  static Module makeCnn() {
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

  /** (N, 28, 28) uint8 -> (N, 1, 28, 28) float32, normalized as in the Python example. */
  static Tensor prepare(Tensor images) {
    return images.to(DType.FLOAT32).div(255.0).sub(MEAN).div(STD).unsqueeze(1);
  }

  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: FashionMnist.java CHECKPOINT.safetensors [TEST_BATCHES]");
      System.exit(2);
    }
    String checkpoint = args[0];
    long maxBatches = args.length > 1 ? Long.parseLong(args[1]) : Long.MAX_VALUE;
    // The session loads the checkpoint strictly (every key of the file and of the model must
    // match), puts the model in eval mode and runs it without autograd.
    try (Dataset test = Dataset.fashionMnist(null, false);
         DataLoader loader = new DataLoader(test, Map.of("batch_size", 1000));
         InferenceSession model = InferenceSession.load(makeCnn(), checkpoint)) {
      long correct = 0;
      long total = 0;
      long batches = 0;
      for (Tensor[] batch : loader) {
        if (batches++ == maxBatches) {
          break;
        }
        try (Scope s = Scope.open(); Tensor images = batch[0]; Tensor labels = batch[1]) {
          Tensor hits = model.run(prepare(images)).argmax(1L).eq(labels);
          correct += hits.sum().itemLong();
          total += labels.numel();
        }
      }
      System.out.printf("Java: test accuracy %.2f%% (%d of %d test images, checkpoint %s)%n",
                        100.0 * correct / Math.max(total, 1), correct, total, checkpoint);
    } catch (IgnisException e) {
      System.err.println("FashionMnist: " + e.getMessage());
      System.exit(1);
    }
  }
}
