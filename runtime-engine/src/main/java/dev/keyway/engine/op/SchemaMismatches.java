package dev.keyway.engine.op;

import dev.keyway.engine.op.check.KeySchemaException;
import dev.keyway.error.CancellationReason;
import dev.keyway.error.TransactionCanceledException;
import java.util.ArrayList;
import java.util.List;

/**
 * Keys that do not match their table's schema in a transaction: DynamoDB cancels the transaction
 * with a {@code ValidationError} reason at each such action and {@code None} at the others, before
 * it looks at duplicates or conditions.
 */
final class SchemaMismatches {
  private SchemaMismatches() {}

  /** Throws the cancellation when any action's key (null: matches) did not match. */
  static void cancelIfAny(List<KeySchemaException> mismatches) {
    if (mismatches.stream().allMatch(m -> m == null)) {
      return;
    }
    List<CancellationReason> reasons = new ArrayList<>(mismatches.size());
    for (KeySchemaException m : mismatches) {
      reasons.add(m == null ? CancellationReason.NONE
          : new CancellationReason("ValidationError", m.getMessage(), null));
    }
    throw new TransactionCanceledException(reasons);
  }
}
