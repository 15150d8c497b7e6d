package dev.keyway.api;

import dev.keyway.error.CancellationReason;
import dev.keyway.error.TransactionCanceledException;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link WriteTransaction} was cancelled (nothing was written), with each cancellation reason matched to the
 * action it belongs to: {@link #failures()} lists only the actions whose reason is not {@code None}, and
 * {@link #failed(Object)} asks about the action built from an entity or update builder.
 * A {@link TransactionCanceledException}, so existing handlers keep working.
 */
public class TransactionFailedException extends TransactionCanceledException {
  /** A failed action and why. */
  public record Failure(TransactionAction action, CancellationReason reason) {}

  private final List<TransactionAction> actions;
  private final List<Failure> failures;

  public TransactionFailedException(TransactionCanceledException cause, List<TransactionAction> actions) {
    super(cause.reasons());
    setStackTrace(cause.getStackTrace());
    this.actions = List.copyOf(actions);
    List<Failure> out = new ArrayList<>();
    List<CancellationReason> reasons = cause.reasons();
    for (int i = 0; i < reasons.size() && i < actions.size(); i++) {
      if (!"None".equals(reasons.get(i).code())) {
        out.add(new Failure(actions.get(i), reasons.get(i)));
      }
    }
    this.failures = List.copyOf(out);
  }

  public List<TransactionAction> actions() {
    return actions;
  }

  /** The actions that caused the cancellation, in request order. */
  public List<Failure> failures() {
    return failures;
  }

  /** Whether the action built from {@code source} (an entity put or an update builder) failed. */
  public boolean failed(Object source) {
    for (Failure f : failures) {
      if (f.action().isFor(source)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String getMessage() {
    return super.getMessage() + "; failed: " + failures;
  }
}
