package dev.keyway.api;

import dev.keyway.model.Key;

/**
 * One action of a {@link WriteTransaction}, in request order: what it does, on which key, and the object it
 * was built from ({@code source}): the entity of a put, the generated update builder of {@code
 * update(EntityUpdate)}, or the key (a {@code Key} or a typed {@code <Entity>Key}) given to a raw update, a
 * delete or a check.
 */
public record TransactionAction(int index, Kind kind, Key key, Object source) {
  /** The four TransactWriteItems action types. */
  public enum Kind { PUT, UPDATE, DELETE, CHECK }

  /** Whether this action was built from {@code source} (by identity, or by equality for keys). */
  public boolean isFor(Object source) {
    return source != null && (source == this.source
        || source instanceof dev.keyway.model.ItemKey && source.equals(this.source));
  }

  @Override
  public String toString() {
    return "#" + index + " " + kind + " " + key.attributes();
  }
}
