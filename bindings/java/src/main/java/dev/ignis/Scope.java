package dev.ignis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Closes every tensor made on this thread while it is open, when it closes:
 *
 * <pre>{@code
 * try (Scope scope = Scope.open()) {
 *   Tensor h = x.matmul(w).relu();          // closed with the scope
 *   result = scope.keep(h.sum());           // survives it (moves to the enclosing scope)
 * }
 * }</pre>
 *
 * Scopes nest per thread; a tensor belongs to the innermost scope open on the thread that made
 * it. Thread safety: a Scope belongs to the thread that opened it; close it there (try with
 * resources does).
 */
public final class Scope implements AutoCloseable {
  private static final ThreadLocal<ArrayDeque<Scope>> STACK =
      ThreadLocal.withInitial(ArrayDeque::new);

  private final List<Tensor> tensors = new ArrayList<>();
  private final Thread owner = Thread.currentThread();
  private boolean closed;

  private Scope() {}

  /** Opens a scope on this thread. */
  public static Scope open() {
    Scope s = new Scope();
    STACK.get().push(s);
    return s;
  }

  static void track(Tensor t) {
    Scope s = STACK.get().peek();
    if (s != null) {
      s.tensors.add(t);
      t.scope = s;
    }
  }

  /** Called by Tensor.close on the owning thread: the scope no longer needs to close t. */
  static void untrack(Tensor t) {
    Scope s = t.scope;
    if (s != null && s.owner == Thread.currentThread()) {
      s.remove(t);
      t.scope = null;
    }
  }

  private boolean remove(Tensor t) {
    for (int i = tensors.size() - 1; i >= 0; --i) {
      if (tensors.get(i) == t) {
        tensors.remove(i);
        return true;
      }
    }
    return false;
  }

  /** Lets t outlive this scope: it moves to the enclosing scope, if any. Returns t. */
  public Tensor keep(Tensor t) {
    if (t == null) {
      return null;
    }
    if (t.scope != this || !remove(t)) {
      throw new InvalidArgumentException("keep: the tensor does not belong to this scope");
    }
    t.scope = null;
    boolean passed = false;
    for (Scope s : STACK.get()) { // innermost first
      if (passed) {
        s.tensors.add(t);
        t.scope = s;
        break;
      }
      passed = s == this;
    }
    return t;
  }

  /** Number of tensors this scope will close. */
  public int size() {
    return tensors.size();
  }

  /** Closes every tensor still in this scope (and any scope opened inside it and left open). */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    if (Thread.currentThread() != owner) {
      throw new IllegalStateException("Scope closed on another thread than the one that opened it");
    }
    ArrayDeque<Scope> stack = STACK.get();
    while (!stack.isEmpty()) {
      Scope s = stack.pop();
      s.closeTensors();
      if (s == this) {
        break;
      }
    }
  }

  private void closeTensors() {
    closed = true;
    List<Tensor> ts = new ArrayList<>(tensors);
    tensors.clear();
    for (int i = ts.size() - 1; i >= 0; --i) {
      Tensor t = ts.get(i);
      t.scope = null;
      t.close();
    }
  }
}
