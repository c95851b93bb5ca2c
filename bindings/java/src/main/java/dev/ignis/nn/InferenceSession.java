package dev.ignis.nn;

import dev.ignis.Autograd;
import dev.ignis.InvalidArgumentException;
import dev.ignis.Tensor;

/**
 * A model served to any number of threads at once (DESIGN §8): the session puts the module in
 * eval mode once and runs each {@link #run} under no-grad on the calling thread, the engine's
 * thread-safe inference path. {@code
 * try (InferenceSession s = InferenceSession.load(makeCnn(), "model.safetensors")) {
 * pool.submit(() -> s.run(batch)); }}
 *
 * <p>The session takes the module over: it closes it on {@link #close()}, and nothing may
 * change the module (train, to, load, setParameter, an optimizer step) while the session
 * serves. Thread safety: {@link #run} from any number of threads at once; close after the last
 * run returned.
 */
public final class InferenceSession implements AutoCloseable {
  private final Module model;

  private InferenceSession(Module model) {
    this.model = model;
    model.eval();
  }

  /** A session over model (set to eval mode; closed with the session). */
  public static InferenceSession of(Module model) {
    if (model == null) {
      throw new InvalidArgumentException("model: expected a Module, got null");
    }
    return new InferenceSession(model);
  }

  /** A session over model after a strict load of the safetensors checkpoint at path. */
  public static InferenceSession load(Module model, String path) {
    if (model == null) {
      throw new InvalidArgumentException("model: expected a Module, got null");
    }
    model.load(path, true);
    return new InferenceSession(model);
  }

  /** model(x) in eval mode without autograd; the result belongs to the caller. */
  public Tensor run(Tensor x) {
    try (Autograd.Guard g = Autograd.noGrad()) {
      return model.forward(x);
    }
  }

  /** The served module (for inspection; do not change it while the session serves). */
  public Module module() {
    return model;
  }

  @Override
  public void close() {
    model.close();
  }
}
