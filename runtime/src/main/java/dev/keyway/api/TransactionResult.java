package dev.keyway.api;

import java.util.ArrayList;
import java.util.List;

/**
 * What a committed {@link WriteTransaction} did: its actions in request order, and each put entity as stored
 * (with its new version when versioned). Updates are not read back: TransactWriteItems returns no
 * attributes; read the item again when its new state is needed.
 */
public record TransactionResult(List<TransactionAction> actions, List<Object> stored) {
  public TransactionResult {
    actions = List.copyOf(actions);
    stored = List.copyOf(stored);
  }

  /** The put entities of this type as stored, in request order. */
  public <T> List<T> stored(Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Object o : stored) {
      if (type.isInstance(o)) {
        out.add(type.cast(o));
      }
    }
    return out;
  }

  /** {@code entity} (put by this transaction, matched by identity) as stored, e.g. with its new version. */
  @SuppressWarnings("unchecked")
  public <T> T stored(T entity) {
    int put = 0;
    for (TransactionAction a : actions) {
      if (a.kind() == TransactionAction.Kind.PUT) {
        if (a.source() == entity) {
          return (T) stored.get(put);
        }
        put++;
      }
    }
    throw new IllegalArgumentException("not put by this transaction: " + entity);
  }
}
